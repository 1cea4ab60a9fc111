"""`error_from_response`: the one place an HTTP error response becomes a typed exception, by (status, key)."""

from __future__ import annotations

import http
import json
import time
from collections.abc import Callable, Mapping
from typing import Any

from .._constants import MAX_PARSED_ERROR_CHARS
from .exceptions import (
    AlreadyRolledBackError,
    APIError,
    AuthenticationError,
    BadRequestError,
    ClientError,
    ConflictError,
    DuplicatedRedeemablesError,
    GiftAmountExceededError,
    InvalidCustomerError,
    InvalidOrderError,
    InvalidPayloadError,
    InvalidRedemptionError,
    InvalidRedemptionParentError,
    InvalidRollbackParamsError,
    LockedError,
    LoyaltyCardPointsExceededError,
    MultipleRequestsError,
    NotFoundError,
    PayloadTooLargeError,
    PaymentRequiredError,
    PermissionDeniedError,
    QuantityExceededError,
    RateLimitError,
    RedirectError,
    ResourceNotFoundError,
    ServerError,
    UnprocessableEntityError,
    VoucherDisabledError,
    VoucherExpiredError,
    VoucherNotActiveError,
)
from .headers import parse_retry_after

__all__ = ["error_from_response", "says_token_expired", "status_class"]


# Larger bodies are not even parsed: json.loads of megabytes of garbage would only slow the error path down.


_REQUEST_ID_HEADERS = ("x-voucherify-request-id", "x-request-id")


_STATUS_CLASSES: Mapping[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: PayloadTooLargeError,
    422: UnprocessableEntityError,
    423: LockedError,
    429: RateLimitError,
}


def status_class(status_code: int) -> type[APIError]:
    """The error class of an HTTP status: its own class, else ClientError (4xx), RedirectError (3xx), ServerError."""
    found = _STATUS_CLASSES.get(status_code)
    if found is not None:
        return found
    if 400 <= status_code <= 499:
        return ClientError
    if 300 <= status_code <= 399:
        return RedirectError
    return ServerError


# Keyed by (status, key) so a key arriving with an unusual status still gets the class of that status.
_KEY_CLASSES: Mapping[tuple[int, str], type[APIError]] = {
    (400, "already_rolled_back"): AlreadyRolledBackError,
    (400, "invalid_redemption_parent"): InvalidRedemptionParentError,
    (400, "invalid_redemption"): InvalidRedemptionError,
    (400, "invalid_order"): InvalidOrderError,
    (400, "invalid_customer"): InvalidCustomerError,
    (400, "multiple_requests"): MultipleRequestsError,
    (400, "invalid_rollback_params"): InvalidRollbackParamsError,
    (400, "invalid_payload"): InvalidPayloadError,
    (400, "duplicated_redeemables"): DuplicatedRedeemablesError,
    (400, "quantity_exceeded"): QuantityExceededError,
    (400, "gift_amount_exceeded"): GiftAmountExceededError,
    (400, "loyalty_card_points_exceeded"): LoyaltyCardPointsExceededError,
    (400, "voucher_expired"): VoucherExpiredError,
    (400, "voucher_not_active"): VoucherNotActiveError,
    (400, "voucher_disabled"): VoucherDisabledError,
    (404, "not_found"): ResourceNotFoundError,
    (404, "resource_not_found"): ResourceNotFoundError,
}


def error_from_response(
    status_code: int,
    body: bytes | str,
    headers: Mapping[str, str] | None = None,
    *,
    now: Callable[[], float] = time.time,
) -> APIError:
    """Turn a non-2xx response into the matching `APIError` subclass. Never raises, whatever the body holds.

    `now` is the wall clock used to turn `X-Rate-Limit-Retry` (a Unix time) into `RateLimitError.retry_after`.
    """
    try:
        return _build_error(status_code, body, headers or {}, now)
    except Exception:  # a bug here must not hide the HTTP failure the caller needs to see
        return status_class(status_code)(_reason(status_code), status_code=status_code)


def _build_error(status_code: int, body: bytes | str, headers: Mapping[str, str], now: Callable[[], float]) -> APIError:
    text, complete = _decode(body)
    fields = _json_object(text) if complete else {}
    key = _text(fields.get("key"))
    cls = _KEY_CLASSES.get((status_code, key or "")) or status_class(status_code)
    error = cls(
        _text(fields.get("message")) or _nested_message(fields) or _reason(status_code),
        status_code=status_code,
        key=key,
        details=_details(fields.get("details")),
        request_id=_text(fields.get("request_id")) or _request_id_header(headers),
        resource_id=_text(fields.get("resource_id")),
        resource_type=_text(fields.get("resource_type")),
        code=_int_code(fields.get("code")),
        body=text,
        headers=headers,
        validation_rule_message=_rule_message(fields),
        related_object_ids=_ids(_field(fields, "related_object_ids")),
        related_object_type=_text(_field(fields, "related_object_type")),
        related_object_total=_int_code(_field(fields, "related_object_total")),
    )
    if isinstance(error, RateLimitError):
        error.retry_after = parse_retry_after(headers, now=now)
    return error


def says_token_expired(error: APIError) -> bool:
    """Whether a 401 says the bearer token expired. Voucherify documents no body for it: a 401 whose key, message
    or details mention an expired token counts (the sandbox answers `details: "The access token has expired."`)."""
    if error.status_code != 401:
        return False
    text = " ".join(part for part in (error.key, error.message, error.details) if part).lower()
    return "expired" in text


def _decode(body: bytes | str | None) -> tuple[str, bool]:
    """Return the body as text, cut to what is worth parsing, and whether that text is the whole body."""
    if body is None:
        return "", True
    limit = MAX_PARSED_ERROR_CHARS
    if isinstance(body, str):
        return body[: limit + 1], len(body) <= limit
    # Error pages from proxies are not always UTF-8; a replacement character beats losing the error.
    return bytes(body[: limit + 1]).decode("utf-8", errors="replace"), len(body) <= limit


def _json_object(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text.lstrip("\ufeff"))
    except (ValueError, RecursionError):  # RecursionError: "[[[[..." nested deeper than the parser allows
        return {}
    return value if isinstance(value, dict) else {}


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _details(value: object) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def _nested_message(fields: Mapping[str, Any]) -> str | None:
    # Validation-rule errors carry the merchant's custom text as {"error": {"message": ...}}.
    nested = fields.get("error")
    if isinstance(nested, Mapping):
        return _text(nested.get("message"))
    return _text(nested)


def _rule_message(fields: Mapping[str, Any]) -> str | None:
    nested = fields.get("error")
    return _text(nested.get("message")) if isinstance(nested, Mapping) else None


def _field(fields: Mapping[str, Any], name: str) -> object:
    """A top-level field of the error body, or the same field inside its `error` object."""
    if name in fields:
        return fields[name]
    nested = fields.get("error")
    return nested.get(name) if isinstance(nested, Mapping) else None


def _ids(value: object) -> tuple[str, ...] | None:
    if not isinstance(value, list):
        return None
    return tuple(item for item in value if isinstance(item, str))


def _int_code(value: object) -> int | None:
    # `code` is the HTTP status as an int, but validation responses reuse the name for the voucher code (a string).
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        return int(value)
    return None


def _request_id_header(headers: Mapping[str, str]) -> str | None:
    lowered = {name.lower(): value for name, value in headers.items()}
    return next((lowered[name] for name in _REQUEST_ID_HEADERS if lowered.get(name)), None)


def _reason(status_code: int) -> str:
    try:
        return http.HTTPStatus(status_code).phrase
    except ValueError:
        return f"Unexpected HTTP status {status_code}"
