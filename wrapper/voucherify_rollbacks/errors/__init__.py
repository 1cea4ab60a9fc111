"""The errors layer: every exception the SDK raises, `error_from_response` (an HTTP error response to its typed
exception, by status and Voucherify key), what each failure code means, and the redaction that keeps credentials out
of every error text and log line. It imports nothing else of the SDK.
"""

from . import exceptions
from .exceptions import *  # noqa: F403  (the whole hierarchy is this layer's public face)
from .responses import error_from_response, says_token_expired, status_class

__all__ = [*exceptions.__all__, "error_from_response", "says_token_expired", "status_class"]
