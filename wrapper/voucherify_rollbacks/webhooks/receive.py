"""`unwrap`: from the raw bytes and headers of a webhook request to a verified, typed event."""

from __future__ import annotations

import datetime
import json
import math
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol

from .._constants import WEBHOOK_CLOCK_SKEW, WEBHOOK_SIGNATURE_HEADER
from ..errors import InvalidArgumentError, InvalidArgumentTypeError, WebhookPayloadError, WebhookTimestampError
from .events import Event, created_at, parse_event
from .signature import verify_signature


class Headers(Protocol):
    """What `unwrap` needs of a request's headers: their `(name, value)` pairs. A dict, `httpx.Headers`, Starlette's
    and Werkzeug's headers all fit."""

    def items(self) -> Iterable[tuple[str, str]]:
        """The headers' `(name, value)` pairs."""
        ...


def unwrap(
    body: bytes,
    headers: Headers,
    *,
    secret: str | Sequence[str],
    max_age: float | None = None,
    clock: Callable[[], datetime.datetime] | None = None,
) -> Event:
    """Verify a webhook request and return its typed event.

    `body` is the request body exactly as received (bytes; never re-encoded JSON), `headers` its headers (any case),
    `secret` the endpoint's secret, or several while rotating them (any one may match). A missing, empty or malformed
    signature, an empty or non-text secret, or no match raises `WebhookSignatureError`; a verified body that is not
    a JSON object `WebhookPayloadError`. With `max_age` (seconds), an event whose envelope `created_at` is older,
    more than a minute in the future (`WEBHOOK_CLOCK_SKEW`), or unreadable raises `WebhookTimestampError`; `clock`
    (an aware datetime, UTC by default) is the receiver's now.

    Returns `RedemptionSucceededEvent`, `RedemptionFailedEvent`, `RollbackSucceededEvent` or `RollbackFailedEvent`
    (generated from Voucherify's event specs: the envelope, with `data` typed) for those four types, and an
    `UnknownEvent` (typed envelope, `to_dict()` the body as received) for any other.
    """
    if isinstance(body, str) or not isinstance(body, bytes | bytearray | memoryview):
        raise InvalidArgumentTypeError(
            f"body must be the raw request bytes, got {type(body).__name__}: a signature covers bytes, not text",
            argument="body",
        )
    if max_age is not None and (
        isinstance(max_age, bool) or not isinstance(max_age, int | float) or not math.isfinite(max_age) or max_age <= 0
    ):
        raise InvalidArgumentError(f"max_age must be a number of seconds > 0, got {max_age!r}", argument="max_age")
    raw = bytes(body)
    verify_signature(raw, _signature(headers), secret)
    event = parse_event(_payload(raw))
    if max_age is not None:
        _check_age(event, float(max_age), clock)
    return event


def _signature(headers: Headers) -> str | None:
    if not callable(getattr(headers, "items", None)):
        raise InvalidArgumentTypeError(
            f"headers must be a mapping of the request's headers, got {type(headers).__name__}", argument="headers"
        )
    for name, value in headers.items():
        if isinstance(name, str) and name.lower() == WEBHOOK_SIGNATURE_HEADER:
            return value if isinstance(value, str) else None
    return None


def _payload(raw: bytes) -> dict[str, Any]:
    try:
        payload = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise WebhookPayloadError("the body is not UTF-8") from None
    except ValueError:
        raise WebhookPayloadError("the body is not JSON") from None
    if not isinstance(payload, dict):
        raise WebhookPayloadError(f"the body is a JSON {type(payload).__name__}, not an object")
    return payload


def _check_age(event: Event, max_age: float, clock: Callable[[], datetime.datetime] | None) -> None:
    shown, moment = created_at(event)
    if moment is None:
        reason = "it has no created_at" if shown is None else "its created_at is not a date"
        message = f"{reason}, so max_age cannot be checked"
        raise WebhookTimestampError(message, created_at=shown, age=None, max_age=max_age)
    now = clock() if clock is not None else datetime.datetime.now(datetime.UTC)
    if now.tzinfo is None:
        raise InvalidArgumentError("clock must return an aware datetime", argument="clock")
    age = (now - moment).total_seconds()
    if age > max_age:
        raise WebhookTimestampError(
            f"created {age:.0f} s ago, more than max_age={max_age:g} s", created_at=shown, age=age, max_age=max_age
        )
    if -age > WEBHOOK_CLOCK_SKEW:
        raise WebhookTimestampError(
            f"dated {-age:.0f} s in the future (more than the {WEBHOOK_CLOCK_SKEW:g} s allowed for clock skew)",
            created_at=shown,
            age=age,
            max_age=max_age,
        )


# The keys of one line of a received-events file (`received_line`).
_BODY_KEY = "body"


def received_line(body: bytes, headers: Headers) -> str:
    """One line for a file of received webhooks (what `rollback-many --events FILE` reads): a JSON object holding the
    body exactly as received (as text) and its `x-voucherify-signature`, so the file can be verified again later.
    Write it after `unwrap` accepted the request, one line per request, duplicates and all."""
    raw = bytes(body)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise WebhookPayloadError("the body is not UTF-8") from None
    return json.dumps({WEBHOOK_SIGNATURE_HEADER: _signature(headers), _BODY_KEY: text}, ensure_ascii=False)


def parse_received_line(line: str) -> tuple[bytes, dict[str, str]]:
    """The body and headers a `received_line` holds, for `unwrap` (or a client's `unwrap_webhook`) to verify again;
    WebhookPayloadError when the line is not one."""
    try:
        record = json.loads(line)
    except ValueError:
        raise WebhookPayloadError("the line is not JSON") from None
    if not isinstance(record, dict) or not isinstance(record.get(_BODY_KEY), str):
        shape = f'{{"{WEBHOOK_SIGNATURE_HEADER}": ..., "{_BODY_KEY}": ...}}'
        raise WebhookPayloadError(f"the line is not a received webhook ({shape})")
    signature = record.get(WEBHOOK_SIGNATURE_HEADER)
    headers = {WEBHOOK_SIGNATURE_HEADER: signature} if isinstance(signature, str) else {}
    return record[_BODY_KEY].encode("utf-8"), headers
