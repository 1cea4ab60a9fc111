"""Voucherify's webhooks: verify and read them (`unwrap`, typed events), check a signature alone
(`verify_signature`, `sign_payload` for tests), act on each event once (`EventStore`, `SQLiteEventStore`), and settle
a rollback whose outcome was lost from Voucherify's event about it (`settle`)."""

from .dedupe import EventStore, SQLiteEventStore
from .events import (
    Event,
    RedemptionFailedEvent,
    RedemptionSucceededEvent,
    RollbackEvent,
    RollbackFailedEvent,
    RollbackSucceededEvent,
    UnknownEvent,
    WebhookEnvelope,
    event_id,
)
from .receive import Headers, parse_received_line, received_line, unwrap
from .settle import Settlement, settle
from .signature import sign_payload, signature_header, signed_text, verify_signature

__all__ = [
    "Event",
    "EventStore",
    "Headers",
    "RedemptionFailedEvent",
    "RedemptionSucceededEvent",
    "RollbackEvent",
    "RollbackFailedEvent",
    "RollbackSucceededEvent",
    "SQLiteEventStore",
    "Settlement",
    "UnknownEvent",
    "WebhookEnvelope",
    "event_id",
    "parse_received_line",
    "received_line",
    "settle",
    "sign_payload",
    "signature_header",
    "signed_text",
    "unwrap",
    "verify_signature",
]
