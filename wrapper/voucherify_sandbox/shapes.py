"""The JSON objects the sandbox stores and returns, shaped like Voucherify's (see shared/api/examples/*.json)."""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

from .ids import stable_id

Doc = dict[str, Any]
_DISCOUNT_FIELDS = (
    "discount_amount",
    "items_discount_amount",
    "total_discount_amount",
    "applied_discount_amount",
    "items_applied_discount_amount",
    "total_applied_discount_amount",
)


@dataclasses.dataclass(frozen=True)
class Actor:
    """Who a redemption or rollback is for, and through which channel: the part every record repeats."""

    customer: Doc | None
    tracking_id: str | None
    channel_id: str

    @property
    def customer_id(self) -> str | None:
        return self.customer["id"] if self.customer else None


def actor(request_customer: Doc | None, tracking_id: str | None, channel_id: str) -> Actor:
    """A SimpleCustomer snapshot from the request's customer. Customers are not stored: one `source_id` always
    maps to the same `cust_…` id, which is all list filters and rollback checks need."""
    customer = None
    if request_customer and (request_customer.get("id") or request_customer.get("source_id")):
        source_id = request_customer.get("source_id")
        customer = {
            "id": request_customer.get("id") or stable_id("cust", str(source_id)),
            "name": request_customer.get("name"),
            "email": request_customer.get("email"),
            "source_id": source_id,
            "metadata": request_customer.get("metadata") or {},
            "object": "customer",
        }
    if tracking_id is None and customer and customer["source_id"]:
        tracking_id = stable_id("track", str(customer["source_id"]))  # Voucherify: "hashed customer source ID"
    return Actor(customer=customer, tracking_id=tracking_id, channel_id=channel_id)


def new_order(order_id: str, request_order: Doc, amount: int, now: str, who: Actor) -> Doc:
    items = [dict(item, object="order_item") for item in request_order.get("items") or []]
    return {
        "id": order_id,
        "source_id": request_order.get("source_id"),
        "created_at": now,
        "updated_at": None,
        "status": "PAID",
        "amount": amount,
        "initial_amount": amount,
        **{name: 0 for name in _DISCOUNT_FIELDS},
        "total_amount": amount,
        "items": items,
        "metadata": request_order.get("metadata") or {},
        "customer": {"id": who.customer_id, "object": "customer"} if who.customer else None,
        "customer_id": who.customer_id,
        "referrer_id": None,
        "object": "order",
        "redemptions": {},
    }


def set_order_discount(order: Doc, discount: int, applied: int) -> None:
    """Voucherify's formulas with no item-level discounts: total_amount = amount - total_discount_amount."""
    order.update(
        discount_amount=discount,
        total_discount_amount=discount,
        applied_discount_amount=applied,
        total_applied_discount_amount=applied,
        items_discount_amount=0,
        items_applied_discount_amount=0,
        total_amount=max(0, order["amount"] - discount),
    )


def order_view(order: Doc) -> Doc:
    """The order as embedded in a redemption or rollback: totals without items and the redemptions map."""
    view = {key: order[key] for key in ("id", "source_id", "status", "customer_id", "referrer_id", "amount")}
    view.update({name: order[name] for name in _DISCOUNT_FIELDS}, total_amount=order["total_amount"], object="order")
    return view


def record(
    kind: str,
    record_id: str,
    now: str,
    who: Actor,
    *,
    metadata: Doc | None,
    order: Doc | None,
    target: Doc | None,
    redemption_ref: str | None,
) -> Doc:
    """A redemption (`kind` "redemption") or rollback ("redemption_rollback") with the fields both share.
    `target` is the voucher or promotion tier snapshot; None for a parent, whose related object is itself."""
    doc: Doc = {
        "id": record_id,
        "object": kind,
        "date": now,
        "customer_id": who.customer_id,
        "tracking_id": who.tracking_id,
        "metadata": metadata,
        "redemption": redemption_ref,
        "result": "SUCCESS",
        "status": "SUCCEEDED",
        "order": order,
        "channel": {"channel_id": who.channel_id, "channel_type": "API"},
        "customer": copy.deepcopy(who.customer),
    }
    if target is None:
        doc.update(
            related_object_type="redemption", related_object_id=record_id if kind == "redemption" else redemption_ref
        )
    else:
        doc.update(related_object_type=target["object"], related_object_id=target["id"])
        doc[target["object"]] = copy.deepcopy(target)
    return doc


# The loyalty card's "pay with points" reward: 1 point buys 1 minor unit of discount.
PAY_WITH_POINTS = "Pay with points"


def coin_reward(card: Doc, customer: Doc | None, reward_id: str | None) -> Doc:
    """The `reward` a loyalty-card redemption and its rollback carry, shaped like RedemptionRewardResult in the real
    rollback (tests/data/examples/rollbacks_success.json): a COIN reward, so no voucher, product or SKU."""
    reward_ref = reward_id or stable_id("rew", f"pay-with-points:{card.get('campaign_id') or card['id']}")
    return {
        "customer": copy.deepcopy(customer),
        "assignment_id": stable_id("rewa", f"{reward_ref}:{card.get('campaign_id') or card['id']}"),
        "voucher": None,
        "product": None,
        "sku": None,
        "loyalty_tier_id": None,
        "id": reward_ref,
        "object": "reward",
        "name": PAY_WITH_POINTS,
        "created_at": card.get("created_at"),
        "updated_at": None,
        "parameters": {"coin": {"exchange_ratio": 1, "points_ratio": 1}},
        "type": "COIN",
    }


def fail(doc: Doc, code: str, message: str) -> Doc:
    doc.update(result="FAILURE", status="FAILED", failure_code=code, failure_message=message)
    return doc
