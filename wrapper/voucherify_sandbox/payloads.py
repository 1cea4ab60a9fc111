"""Request bodies checked and read into plain values; anything malformed becomes a 400 before state is touched."""

from __future__ import annotations

import dataclasses
from typing import Any

from .errors import ApiError, invalid_payload
from .strict_json import INT64_MAX

MAX_REDEEMABLES = 30  # facts §2.3: maxItems 30
REDEEMABLE_OBJECTS = ("voucher", "promotion_tier", "promotion_stack")


@dataclasses.dataclass(frozen=True)
class Redeemable:
    object: str
    id: str
    credits: int | None = None  # gift card: how much to take from the balance
    points: int | None = None  # loyalty card: points to spend (1 point = 1 minor unit)
    reward_id: str | None = None


@dataclasses.dataclass(frozen=True)
class RedeemRequest:
    redeemables: list[Redeemable]
    order: dict[str, Any] | None
    customer: dict[str, Any] | None
    tracking_id: str | None
    metadata: Any


@dataclasses.dataclass(frozen=True)
class RollbackRequest:
    reason: str | None
    tracking_id: str | None
    customer: dict[str, Any] | None
    order: dict[str, Any] | None
    metadata: Any


def _field(body: dict[str, Any], name: str, kind: type, where: str) -> Any:
    value = body.get(name)
    if value is None:
        return None
    if not isinstance(value, kind):
        raise invalid_payload(f"Property {where}.{name} has the wrong type")
    return value


def _int_field(body: dict[str, Any], name: str, where: str, minimum: int = 0) -> int | None:
    value = body.get(name)
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer() and abs(value) <= INT64_MAX:
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= INT64_MAX:
        raise invalid_payload(f"Property {where}.{name} should be an integer >= {minimum}")
    return value


def _object(body: Any, what: str) -> dict[str, Any]:
    """The body as an object; operations.py hands an empty body over as {}, so `null`, arrays and scalars fail."""
    if not isinstance(body, dict):
        raise invalid_payload(f"The {what} body must be a JSON object")
    return body


def _customer(body: dict[str, Any], where: str) -> dict[str, Any] | None:
    customer = _field(body, "customer", dict, where)
    if customer is None:
        return None
    for name in ("id", "source_id", "name", "email", "phone", "description", "birthdate", "birthday"):
        _field(customer, name, str, f"{where}.customer")
    for name in ("metadata", "address"):
        _field(customer, name, dict, f"{where}.customer")
    return dict(customer)


def _metadata(body: dict[str, Any], where: str) -> dict[str, Any] | None:
    """`metadata` is an object of custom attributes (facts §2.1); null or absent means none."""
    metadata: dict[str, Any] | None = _field(body, "metadata", dict, where)
    return metadata


def _redeemable(index: int, raw: Any) -> Redeemable:
    where = f".redeemables[{index}]"
    if not isinstance(raw, dict):
        raise invalid_payload(f"Property {where} should be an object")
    kind, ref = raw.get("object"), raw.get("id")
    if kind not in REDEEMABLE_OBJECTS:
        raise invalid_payload(f"Property {where}.object should be one of {', '.join(REDEEMABLE_OBJECTS)}")
    if "id" not in raw:
        raise invalid_payload(f"Property {where} should have required property 'id'")
    if not isinstance(ref, str):
        raise invalid_payload(f"Property {where}.id should be a string")
    gift = _field(raw, "gift", dict, where) or {}
    reward = _field(raw, "reward", dict, where) or {}
    return Redeemable(
        object=kind,
        id=ref,
        credits=_int_field(gift, "credits", f"{where}.gift"),
        points=_int_field(reward, "points", f"{where}.reward", minimum=1),
        reward_id=_field(reward, "id", str, f"{where}.reward"),
    )


def parse_redeem(body: Any) -> RedeemRequest:
    body = _object(body, "request")
    raw = body.get("redeemables")
    if not isinstance(raw, list) or not raw:
        raise invalid_payload("Property .redeemables should be a non-empty array")
    if len(raw) > MAX_REDEEMABLES:
        raise invalid_payload(f"Property .redeemables should NOT have more than {MAX_REDEEMABLES} items")
    redeemables = [_redeemable(i, item) for i, item in enumerate(raw)]
    if any(r.object == "promotion_stack" for r in redeemables) and len(redeemables) > 1:
        raise ApiError(
            400, "invalid_redeemables", "Invalid redeemables", "Promotion Stack cannot be use with other redeemables"
        )
    order = body.get("order")
    # The order's own shape is checked later, as a redemption failure (invalid_order / invalid_amount), like Voucherify.
    return RedeemRequest(
        redeemables=redeemables,
        order=order,
        customer=_customer(body, ""),
        tracking_id=_field(body, "tracking_id", str, ""),
        metadata=_metadata(body, ""),
    )


def parse_rollback(body: Any, query_reason: str | None, query_tracking_id: str | None) -> RollbackRequest:
    """The body's `reason`/`tracking_id` win over the query string's: the body is the more specific, structured input
    (the docs do not say which wins, facts §3.4)."""
    body = _object(body, "rollback")
    try:
        reason = _field(body, "reason", str, "")
        tracking_id = _field(body, "tracking_id", str, "")
        order = _field(body, "order", dict, "")
        if order is not None:
            _field(order, "id", str, ".order")
            _field(order, "source_id", str, ".order")
        return RollbackRequest(
            reason=reason if reason is not None else query_reason,
            tracking_id=tracking_id if tracking_id is not None else query_tracking_id,
            customer=_customer(body, ""),
            order=order,
            metadata=_metadata(body, ""),
        )
    except ApiError as error:
        # facts §4.3: a malformed rollback object is `invalid_rollback_params`.
        raise ApiError(400, "invalid_rollback_params", "Invalid rollback params", error.details) from None
