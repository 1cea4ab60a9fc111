"""Voucherify's webhook signature (facts §10): lowercase hex HMAC-SHA256 of the payload, keyed with the webhook
secret, sent as `x-voucherify-signature`.

For a JSON payload the signed text is the JSON with every whitespace character outside string literals removed
(what is inside strings, escapes included, untouched); a payload that is not JSON text is signed as it is. So a body
is accepted when its signature matches the raw bytes as received or that whitespace-stripped form: never a
re-encoding of parsed JSON, which would change with key order, escapes and number formats. Comparisons are constant
time; several secrets can be given at once (rotation). There is no timestamp in the signature: replay protection is
the receiver's (`max_age` on the envelope's `created_at`, and de-duplication by event id: `dedupe`).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Mapping

from .._constants import WEBHOOK_SIGNATURE_HEADER
from ..errors import WebhookSignatureError

_JSON_WHITESPACE = frozenset(b" \t\n\r")
_QUOTE, _BACKSLASH = ord('"'), ord("\\")
_HEX = frozenset("0123456789abcdef")


def signed_text(body: bytes) -> bytes:
    """The bytes Voucherify signs for `body`: a JSON object or array with the whitespace outside its string literals
    removed; anything else as it is."""
    start = body.lstrip(bytes(_JSON_WHITESPACE))[:1]
    if start not in (b"{", b"["):
        return body
    out = bytearray()
    in_string = escaped = False
    for byte in body:
        if in_string:
            out.append(byte)
            if escaped:
                escaped = False
            elif byte == _BACKSLASH:
                escaped = True
            elif byte == _QUOTE:
                in_string = False
        elif byte not in _JSON_WHITESPACE:
            out.append(byte)
            in_string = byte == _QUOTE
    return bytes(out)


def sign_payload(body: bytes | str, secret: str) -> str:
    """The `x-voucherify-signature` Voucherify would send for `body` under `secret` (for tests and local senders)."""
    raw = body.encode("utf-8") if isinstance(body, str) else bytes(body)
    return _digest(signed_text(raw), _key(secret))


def verify_signature(body: bytes, signature: str | None, secrets: str | Iterable[str]) -> None:
    """Return when `signature` is Voucherify's for `body` under one of `secrets`; raise WebhookSignatureError
    otherwise: a missing, empty or malformed signature, no usable secret, or no match."""
    keys = [_key(secret) for secret in ([secrets] if isinstance(secrets, str) else list(secrets))]
    if not keys:
        raise WebhookSignatureError("no webhook secret was given to check the signature with")
    if signature is None:
        raise WebhookSignatureError(f"the request has no {WEBHOOK_SIGNATURE_HEADER} header")
    given = signature.strip().lower()
    if not given:
        raise WebhookSignatureError(f"the {WEBHOOK_SIGNATURE_HEADER} header is empty")
    if len(given) != 2 * hashlib.sha256().digest_size or not set(given) <= _HEX:
        raise WebhookSignatureError(f"the {WEBHOOK_SIGNATURE_HEADER} header is not a hex SHA-256 digest")
    raw = bytes(body)
    forms = [raw]
    stripped = signed_text(raw)
    if stripped != raw:
        forms.append(stripped)
    matched = False
    for key in keys:
        for form in forms:
            # Every comparison runs, match or not, so the time taken says nothing about which secret or form matched.
            matched |= hmac.compare_digest(_digest(form, key), given)
    if not matched:
        raise WebhookSignatureError("the signature does not match the body under any of the secrets given")


def signature_header(headers: Mapping[str, str]) -> str | None:
    """The signature header of a request, whatever the case of its name."""
    for name, value in headers.items():
        if name.lower() == WEBHOOK_SIGNATURE_HEADER:
            return value
    return None


def _key(secret: object) -> bytes:
    if not isinstance(secret, str):
        raise WebhookSignatureError(f"a webhook secret must be a string, got {type(secret).__name__}")
    if not secret.strip():
        raise WebhookSignatureError("a webhook secret is empty")
    return secret.encode("utf-8")


def _digest(text: bytes, key: bytes) -> str:
    return hmac.new(key, text, hashlib.sha256).hexdigest()
