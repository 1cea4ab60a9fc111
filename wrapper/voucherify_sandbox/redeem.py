"""POST /v1/redemptions: redeem up to 30 stacked redeemables under the ALL policy (one invalid ⇒ nothing applied)."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any

from . import shapes
from .clock import iso, parse_iso
from .errors import ApiError
from .ids import new_id
from .payloads import Redeemable, RedeemRequest
from .pricing import discount_off, order_amount
from .store import Store
from .strict_json import INT64_MAX

Doc = dict[str, Any]

FAILURE_MESSAGES = {
    "resource_not_found": "Resource not found",
    "voucher_disabled": "Voucher is disabled",
    "voucher_not_active": "Voucher not active",
    "voucher_expired": "Voucher expired",
    "promotion_inactive": "Inactive Promotion",
    "quantity_exceeded": "Quantity exceeded",
    "gift_amount_exceeded": "Gift amount exceeded",
    "loyalty_card_points_exceeded": "Loyalty card points exceeded",
    "missing_reward": "Missing reward",
    "missing_order": "Missing order",
    "missing_amount": "Missing order amount",
    "invalid_order": "Invalid order",
    "invalid_amount": "Invalid amount",
}


class RedemptionFailure(Exception):
    """One redeemable failed validation; under the ALL policy that fails the whole request."""

    def __init__(self, code: str, details: str, redeemable: Redeemable, target: Doc | None) -> None:
        super().__init__(code)
        self.code, self.details, self.redeemable, self.target = code, details, redeemable, target

    def error(self, failed_id: str) -> ApiError:
        resource_type = "voucher" if self.redeemable.object == "voucher" else self.redeemable.object
        # An unknown code is a 404, like every missing resource in Voucherify's error table; the rest are 400s.
        return ApiError(
            404 if self.code == "resource_not_found" else 400,
            self.code,
            FAILURE_MESSAGES[self.code],
            f"{self.details} (failed redemption {failed_id})",
            resource_id=self.redeemable.id,
            resource_type=resource_type,
        )


@dataclasses.dataclass
class _Resolved:
    redeemable: Redeemable
    target: Doc  # stored voucher or promotion tier (mutated when applied)


def _check_window(item: Redeemable, target: Doc, now: datetime, inactive_code: str) -> None:
    if target.get("active") is False:
        raise RedemptionFailure(inactive_code, f"{item.id} is disabled", item, target)
    if target.get("start_date") and now < parse_iso(target["start_date"]):
        code = "voucher_not_active" if item.object == "voucher" else "promotion_inactive"
        raise RedemptionFailure(code, f"{item.id} is not active yet", item, target)
    if target.get("expiration_date") and now > parse_iso(target["expiration_date"]):
        code = "voucher_expired" if item.object == "voucher" else "promotion_inactive"
        raise RedemptionFailure(code, f"{item.id} has expired", item, target)


def _resolve(store: Store, item: Redeemable, now: datetime) -> _Resolved:
    """Find the redeemable and check everything that does not depend on the order."""
    if item.object == "voucher":
        voucher = store.voucher(item.id)
        if voucher is None:
            raise RedemptionFailure("resource_not_found", f"Cannot find voucher with id {item.id}", item, None)
        _check_window(item, voucher, now, "voucher_disabled")
        limits = voucher["redemption"]
        if limits["quantity"] is not None and limits["redeemed_quantity"] >= limits["quantity"]:
            raise RedemptionFailure(
                "quantity_exceeded", f"{item.id} was redeemed {limits['quantity']} time(s) already", item, voucher
            )
        if voucher["type"] == "GIFT_VOUCHER" and (item.credits or 0) > voucher["gift"]["balance"]:
            raise RedemptionFailure(
                "gift_amount_exceeded", f"{item.id} has a balance of {voucher['gift']['balance']}", item, voucher
            )
        if voucher["type"] == "LOYALTY_CARD":
            if item.points is None:
                raise RedemptionFailure("missing_reward", "A loyalty card needs reward: {id, points}", item, voucher)
            if item.points > voucher["loyalty_card"]["balance"]:
                raise RedemptionFailure(
                    "loyalty_card_points_exceeded",
                    f"{item.id} has {voucher['loyalty_card']['balance']} points",
                    item,
                    voucher,
                )
        return _Resolved(item, voucher)
    if item.object == "promotion_tier":
        tier = store.promotion_tier(item.id)
        if tier is None:
            raise RedemptionFailure("resource_not_found", f"Cannot find promotion_tier with id {item.id}", item, None)
        _check_window(item, tier, now, "promotion_inactive")
        return _Resolved(item, tier)
    # The sandbox catalog has no promotion stacks; a stack id is therefore always unknown.
    raise RedemptionFailure("resource_not_found", f"Cannot find promotion_stack with id {item.id}", item, None)


def _identity(store: Store, item: Redeemable) -> tuple[str, str]:
    """What a redeemable names, whatever the spelling: a voucher given by code or by `v_` id is the same voucher."""
    if item.object == "voucher":
        voucher = store.voucher(item.id)
        if voucher is not None:
            return "voucher", str(voucher["id"])
    return item.object, item.id


def _refuse_duplicates(store: Store, redeemables: list[Redeemable]) -> None:
    """facts §2.3: each redeemable may be sent once per request; checked on identities, before anything applies."""
    seen: set[tuple[str, str]] = set()
    for item in redeemables:
        identity = _identity(store, item)
        if identity in seen:
            raise ApiError(
                400,
                "duplicated_redeemables",
                "Duplicated redeemables detected",
                f"{item.object} {item.id!r} is named more than once in this request (by code or by id).",
                resource_id=identity[1],
                resource_type=identity[0],
            )
        seen.add(identity)


def _checked_order(order: Any, first: Redeemable) -> tuple[Doc, int]:
    """The order and its amount. Every redeemable needs one: all discounts here are computed on the order total."""
    if order is None:
        raise RedemptionFailure("missing_order", "An order with an amount is required", first, None)
    if not isinstance(order, dict) or not isinstance(order.get("items", []) or [], list):
        raise RedemptionFailure("invalid_order", "order must be an object with an items array", first, None)
    for key in ("id", "source_id", "status"):
        if order.get(key) is not None and not isinstance(order[key], str):
            raise RedemptionFailure("invalid_order", f"order.{key} must be a string", first, None)
    for item in order.get("items") or []:
        if not isinstance(item, dict) or any(
            item.get(k) is not None and (isinstance(item[k], bool) or not isinstance(item[k], int) or item[k] < 0)
            for k in ("amount", "price", "quantity")
        ):
            raise RedemptionFailure(
                "invalid_order", "order.items must be objects with integer amount/price/quantity", first, None
            )
    amount = order.get("amount")
    if amount is not None and (isinstance(amount, bool) or not isinstance(amount, int) or amount < 0):
        raise RedemptionFailure(
            "invalid_amount", "order.amount must be a non-negative integer (minor units)", first, None
        )
    amount = order_amount(order)
    if amount is None:
        raise RedemptionFailure("missing_amount", "order.amount (or items with amounts) is required", first, None)
    if amount > INT64_MAX:  # price × quantity can overflow what a JSON amount may carry
        raise RedemptionFailure("invalid_amount", "the order amount exceeds the signed 64-bit range", first, None)
    return order, amount


def _apply(resolved: _Resolved, remaining: int, items: list[Doc], now: str) -> tuple[int, dict[str, Any]]:
    """Apply one redeemable to the stored target; returns the discount and the extra fields of its redemption."""
    target, item = resolved.target, resolved.redeemable
    extra: dict[str, Any] = {}
    if item.object == "promotion_tier":
        off = discount_off(target["action"]["discount"], remaining, items)
        target["summary"]["redemptions"]["total_redeemed"] += 1
    elif target["type"] == "GIFT_VOUCHER":
        gift = target["gift"]
        wanted = item.credits if item.credits is not None else gift["balance"]
        off = min(wanted, remaining)
        gift["balance"] -= off
        gift["subtracted_amount"] = gift["amount"] - gift["balance"]
        extra = {"amount": off, "gift": {"amount": off}}
    elif target["type"] == "LOYALTY_CARD":
        # Pay with points: 1 point = 1 minor unit of discount; only the points the order can absorb are spent.
        off = min(item.points or 0, remaining)
        target["loyalty_card"]["balance"] -= off
        extra = {"amount": off, "loyalty_card": {"points": off}}
    else:
        off = discount_off(target["discount"], remaining, items)
    if item.object == "voucher":
        target["redemption"]["redeemed_quantity"] += 1
    target["updated_at"] = now
    return off, extra


def _store_target(store: Store, target: Doc) -> None:
    (store.put_voucher if target["object"] == "voucher" else store.put_promotion_tier)(target)


def _store_failure(
    store: Store, failure: RedemptionFailure, request: RedeemRequest, who: shapes.Actor, now: str
) -> str:
    """Voucherify keeps failed attempts as `rf_…` redemptions (they show up in list-redemptions)."""
    target = failure.target
    doc = shapes.record(
        "redemption", new_id("rf"), now, who, metadata=request.metadata, order=None, target=target, redemption_ref=None
    )
    if target is None and failure.redeemable.object == "promotion_stack":
        # The spec's related_object_type enum has no promotion_stack: a stack, like a parent, is its own redemption.
        doc.update(related_object_type="redemption", related_object_id=doc["id"])
    elif target is None:
        doc.update(related_object_type=failure.redeemable.object, related_object_id=failure.redeemable.id)
    doc["related_redemptions"] = {"rollbacks": [], "redemptions": []}
    store.add_redemption(shapes.fail(doc, failure.code, FAILURE_MESSAGES[failure.code]))
    return str(doc["id"])


def redeem(store: Store, request: RedeemRequest, now: datetime, channel_id: str) -> Doc:
    """Validate every redeemable, then apply all of them in one transaction; returns the response body."""
    when = iso(now)
    who = shapes.actor(request.customer, request.tracking_id, channel_id)
    with store.transaction():
        _refuse_duplicates(store, request.redeemables)
        try:
            resolved = [_resolve(store, item, now) for item in request.redeemables]
            request_order, amount = _checked_order(request.order, request.redeemables[0])
        except RedemptionFailure as failure:
            failed = failure
        else:
            return _redeem_all(store, request, resolved, request_order, amount, when, who)
        failed_id = _store_failure(store, failed, request, who, when)
    # raised after the commit above, so the rf_ record survives while nothing else changed
    raise failed.error(failed_id)


def _redeem_all(
    store: Store,
    request: RedeemRequest,
    resolved: list[_Resolved],
    request_order: Doc,
    amount: int,
    now: str,
    who: shapes.Actor,
) -> Doc:
    order = shapes.new_order(new_id("ord"), request_order, amount, now, who)
    stacked = len(resolved) > 1
    parent_id = new_id("r") if stacked else None
    children: list[Doc] = []
    discount = 0
    for item in resolved:
        off, extra = _apply(item, order["amount"] - discount, order["items"], now)
        discount += off
        _store_target(store, item.target)
        line = dict(order)
        shapes.set_order_discount(line, discount, off)
        child = shapes.record(
            "redemption",
            new_id("r"),
            now,
            who,
            metadata=request.metadata,
            order=shapes.order_view(line),
            target=item.target,
            redemption_ref=parent_id,
        )
        child.update(extra, related_redemptions={"rollbacks": [], "redemptions": []})
        if "loyalty_card" in extra:
            child["reward"] = shapes.coin_reward(item.target, who.customer, item.redeemable.reward_id)
        children.append(child)
    shapes.set_order_discount(order, discount, discount)
    if parent_id is not None:
        parent = shapes.record(
            "redemption",
            parent_id,
            now,
            who,
            metadata=request.metadata,
            order=shapes.order_view(order),
            target=None,
            redemption_ref=None,
        )
        parent["related_redemptions"] = {
            "rollbacks": [],
            "redemptions": [{"id": c["id"], "date": now} for c in children],
        }
        order["redemptions"][parent_id] = {
            "date": now,
            "related_object_type": "redemption",
            "related_object_id": parent_id,
            "stacked": [c["id"] for c in children],
        }
    else:
        only = children[0]
        order["redemptions"][only["id"]] = {
            "date": now,
            "related_object_type": only["related_object_type"],
            "related_object_id": only["related_object_id"],
        }
    for child in children:
        store.add_redemption(child)
    body: Doc = {"redemptions": children}
    if stacked:
        store.add_redemption(parent)
        body["parent_redemption"] = parent
    store.put_order(order)
    body["order"] = order
    return body
