"""voucherify-rollbacks: a typed, retry-safe client for Voucherify's Redemptions API.

from voucherify_rollbacks import Voucherify

with Voucherify(app_id="…", app_token="…", cluster="eu1") as vf:
    result = vf.rollback_stacked("r_0ba186c4824e4881e1", reason="Order canceled")
"""

from ._version import __version__
from .client import AsyncVoucherify, Voucherify
from .errors import (
    AlreadyRolledBackError,
    APIConnectionError,
    APIError,
    APITimeoutError,
    MalformedResponseError,
    RateLimitError,
    RollbackFailedError,
    VoucherifyError,
)
from .failure_codes import FAILURE_CODES
from .results import Order, RedeemResult, Redemption, Rollback, RollbackResult, Voucher

__all__ = [
    "FAILURE_CODES",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AlreadyRolledBackError",
    "AsyncVoucherify",
    "MalformedResponseError",
    "Order",
    "RateLimitError",
    "RedeemResult",
    "Redemption",
    "Rollback",
    "RollbackFailedError",
    "RollbackResult",
    "Voucher",
    "Voucherify",
    "VoucherifyError",
    "__version__",
]
