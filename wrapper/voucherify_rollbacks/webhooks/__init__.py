"""Voucherify's webhooks: check their signature (`verify_signature`, `sign_payload` for tests) and act on each event
once (`EventStore`, `SQLiteEventStore`)."""

from .dedupe import EventStore, SQLiteEventStore
from .signature import sign_payload, signature_header, signed_text, verify_signature

__all__ = ["EventStore", "SQLiteEventStore", "sign_payload", "signature_header", "signed_text", "verify_signature"]
