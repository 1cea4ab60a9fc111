"""voucherify-rollbacks: a typed, retry-safe client for Voucherify's Redemptions API.

from voucherify_rollbacks import Voucherify

with Voucherify(app_id="…", app_token="…", cluster="eu1") as vf:
    result = vf.rollback_stacked("r_0ba186c4824e4881e1", reason="Order canceled")
"""

from typing import TYPE_CHECKING, Any

from ._version import __version__
from .bulk.ratelimit import (
    RateLimiter,  # one requests-per-minute ceiling, for reads paced like a bulk run (CLI dry runs)
)
from .clients import AsyncVoucherify, Voucherify
from .clients.tracing import opentelemetry_hooks  # OpenTelemetry itself loads only when this is called
from .core.events import AnswerReceived, AttemptStarted, CallFinished, Hooks, RecoveryLookup, RetryScheduled
from .core.markers import new_marker
from .core.options import ClientOptions, RequestOptions
from .core.tokens import AccessToken, AppKeysTokenProvider, ServiceKeyTokenProvider
from .errors import (
    AlreadyRolledBackError,
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,  # public for the CLI's exit codes (401: exit 6), like the other status classes users catch
    ClientError,
    ConfigurationError,
    ExportDeadlineError,
    ExportDownloadError,
    ExportError,
    ExportFailedError,
    InvalidArgumentError,  # an argument refused before anything is sent; also a ValueError
    InvalidArgumentTypeError,  # an argument of the wrong type; also a TypeError
    JournalMismatchError,
    MalformedResponseError,
    NotFoundError,  # public for the CLI's exit codes (404: exit 4)
    PermissionDeniedError,  # public for the CLI's exit codes (403: exit 6)
    RateLimitError,
    ResponseTooLargeError,
    RollbackAuthorshipUnknownError,
    RollbackFailedError,
    RollbackOutcomeUnknownError,
    ServerError,
    TokenRefreshError,
    VoucherifyError,
    WebhookPayloadError,
    WebhookSignatureError,
    WebhookTimestampError,
)
from .errors.failure_codes import FAILURE_CODES
from .operations.outcomes import STATUSES as OUTCOME_STATUSES  # every RollbackOutcome.status, in report order
from .operations.outcomes import RollbackOutcome

if TYPE_CHECKING:
    from .bulk.reconcile import Reconciliation, journal_marker, reconcile_journal
    from .bulk.runner import parse_item as parse_bulk_item  # rollback_many's item syntax, to check ids before sending
    from .clients._settle import settle_journal  # a journal settled from webhook events
    from .operations.exports import (
        REDEMPTION_EXPORT_FIELDS,
        AsyncExportRows,
        Export,
        ExportedRedemption,
        ExportRows,
        marker_filters,
        redemption_filters,
    )
    from .operations.orders import order_redemptions  # what a rollback of an order would touch (dry runs)
    from .operations.records import (
        Order,
        Redemption,
        Rollback,
        Voucher,
        child_ids,
        promotion_tier_id,
        rollback_ids,
        status_of,
        succeeded,
    )
    from .operations.results import RedeemResult, RollbackResult
    from .webhooks.events import Event as WebhookEvent  # what unwrap returns (voucherify_rollbacks.webhooks)
    from .webhooks.events import RollbackSucceededEvent  # the one event that settles a rollback
    from .webhooks.receive import parse_received_line  # a line of a received-events file, for unwrap

# Imported when first asked for (PEP 562): the result classes and the order helper load the generated models, the
# bulk item parser the journal (sqlite3). Each name: (module, its name there when it differs).
_LAZY = {
    **dict.fromkeys(
        (
            "Order",
            "Redemption",
            "Rollback",
            "Voucher",
            "child_ids",
            "promotion_tier_id",
            "rollback_ids",
            "status_of",
            "succeeded",
        ),
        ("operations.records", ""),
    ),
    **dict.fromkeys(("RedeemResult", "RollbackResult"), ("operations.results", "")),
    "order_redemptions": ("operations.orders", "order_redemptions"),
    "parse_bulk_item": ("bulk.runner", "parse_item"),
    "settle_journal": ("clients._settle", "settle_journal"),
    "parse_received_line": ("webhooks.receive", "parse_received_line"),
    "WebhookEvent": ("webhooks.events", "Event"),
    "RollbackSucceededEvent": ("webhooks.events", ""),
    **dict.fromkeys(
        (
            "REDEMPTION_EXPORT_FIELDS",
            "AsyncExportRows",
            "Export",
            "ExportRows",
            "ExportedRedemption",
            "marker_filters",
            "redemption_filters",
        ),
        ("operations.exports", ""),
    ),
    **dict.fromkeys(("Reconciliation", "journal_marker", "reconcile_journal"), ("bulk.reconcile", "")),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        module, attribute = _LAZY[name]
        return getattr(import_module(f".{module}", __name__), attribute or name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "FAILURE_CODES",
    "OUTCOME_STATUSES",
    "REDEMPTION_EXPORT_FIELDS",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AccessToken",
    "AlreadyRolledBackError",
    "AnswerReceived",
    "AppKeysTokenProvider",
    "AsyncExportRows",
    "AsyncVoucherify",
    "AttemptStarted",
    "AuthenticationError",
    "CallFinished",
    "ClientError",
    "ClientOptions",
    "ConfigurationError",
    "Export",
    "ExportDeadlineError",
    "ExportDownloadError",
    "ExportError",
    "ExportFailedError",
    "ExportRows",
    "ExportedRedemption",
    "Hooks",
    "InvalidArgumentError",
    "InvalidArgumentTypeError",
    "JournalMismatchError",
    "MalformedResponseError",
    "NotFoundError",
    "Order",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimiter",
    "Reconciliation",
    "RecoveryLookup",
    "RedeemResult",
    "Redemption",
    "RequestOptions",
    "ResponseTooLargeError",
    "RetryScheduled",
    "Rollback",
    "RollbackAuthorshipUnknownError",
    "RollbackFailedError",
    "RollbackOutcome",
    "RollbackOutcomeUnknownError",
    "RollbackResult",
    "RollbackSucceededEvent",
    "ServerError",
    "ServiceKeyTokenProvider",
    "TokenRefreshError",
    "Voucher",
    "Voucherify",
    "VoucherifyError",
    "WebhookEvent",
    "WebhookPayloadError",
    "WebhookSignatureError",
    "WebhookTimestampError",
    "__version__",
    "child_ids",
    "journal_marker",
    "marker_filters",
    "new_marker",
    "opentelemetry_hooks",
    "order_redemptions",
    "parse_bulk_item",
    "parse_received_line",
    "promotion_tier_id",
    "reconcile_journal",
    "redemption_filters",
    "rollback_ids",
    "settle_journal",
    "status_of",
    "succeeded",
]
