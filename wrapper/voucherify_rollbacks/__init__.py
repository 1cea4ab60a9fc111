"""voucherify-rollbacks: a typed, retry-safe client for Voucherify's Redemptions API.

from voucherify_rollbacks import Voucherify

with Voucherify(app_id="…", app_token="…", cluster="eu1") as vf:
    result = vf.rollback_stacked("r_0ba186c4824e4881e1", reason="Order canceled")
"""

from typing import TYPE_CHECKING, Any

from ._version import __version__
from .clients import AsyncVoucherify, Voucherify
from .errors import (
    AlreadyRolledBackError,
    APIConnectionError,
    APIError,
    APITimeoutError,
    ClientError,
    ConfigurationError,
    MalformedResponseError,
    RateLimitError,
    ResponseTooLargeError,
    RollbackFailedError,
    RollbackOutcomeUnknownError,
    ServerError,
    VoucherifyError,
)
from .core.options import ClientOptions, RequestOptions
from .errors.failure_codes import FAILURE_CODES
from .operations.outcomes import RollbackOutcome

if TYPE_CHECKING:
    from .operations.results import RedeemResult, RollbackResult
    from .operations.views import Order, Redemption, Rollback, Voucher

# The result classes load the generated models: they are imported when first asked for (PEP 562).
_RESULTS = frozenset({"Order", "RedeemResult", "Redemption", "Rollback", "RollbackResult", "Voucher"})


def __getattr__(name: str) -> Any:
    if name in _RESULTS:
        from .operations import results, views

        return getattr(results if name.endswith("Result") else views, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "FAILURE_CODES",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AlreadyRolledBackError",
    "AsyncVoucherify",
    "ClientOptions",
    "ClientError",
    "ConfigurationError",
    "MalformedResponseError",
    "Order",
    "RateLimitError",
    "RedeemResult",
    "RequestOptions",
    "Redemption",
    "ResponseTooLargeError",
    "Rollback",
    "RollbackFailedError",
    "RollbackOutcome",
    "RollbackOutcomeUnknownError",
    "RollbackResult",
    "ServerError",
    "Voucher",
    "Voucherify",
    "VoucherifyError",
    "__version__",
]
