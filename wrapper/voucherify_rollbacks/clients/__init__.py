"""The clients layer: `Voucherify` and `AsyncVoucherify`, thin sync and async shells over the operations' plans.

`_base` holds what both share (settings, options, connection, secrets), `_operations` every operation once as a
plan, `_run` how a plan becomes a public method; `sync` and `asynchronous` are the two clients.
"""

from .asynchronous import AsyncVoucherify
from .sync import Voucherify

__all__ = ["AsyncVoucherify", "Voucherify"]
