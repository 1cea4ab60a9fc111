"""Voucherify's webhooks: verify and read them (`unwrap`, typed events), check a signature alone
(`verify_signature`, `sign_payload` for tests), and act on each event once (`EventStore`, `SQLiteEventStore`)."""

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
from .receive import Headers, unwrap
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
    "UnknownEvent",
    "WebhookEnvelope",
    "event_id",
    "sign_payload",
    "signature_header",
    "signed_text",
    "unwrap",
    "verify_signature",
]
