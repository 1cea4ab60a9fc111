"""The views users read: `Rollback`, `Redemption`, the `Order` and `Voucher` they touched (see `reading`)."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cached_property
from typing import Any

from voucherify_client.models import (
    OrdersGetResponseBody,
    RedemptionRollback,
)
from voucherify_client.models import (
    Redemption as RedemptionModel,
)

from .reading import (
    _NO_OBJECT,
    _STATUS_FROM_RESULT,
    OrderModel,
    RedemptionModels,
    VoucherModels,
    _attr,
    _date,
    _int,
    _json_date,
    _json_str,
    _metadata,
    _new_view,
    _Source,
    _str,
    _View,
    order_entry,
    plain,
)


class Voucher(_View):
    """The voucher a redemption or rollback touched, as Voucherify reported it at that moment."""

    id: str | None
    code: str | None
    type: str | None
    campaign: str | None
    campaign_id: str | None
    gift_amount: int | None
    gift_balance: int | None
    loyalty_points: int | None
    loyalty_balance: int | None
    redemption_quantity: int | None
    redeemed_quantity: int | None
    redeemed_amount: int | None
    active: bool | None
    model: VoucherModels

    @classmethod
    def from_model(cls, model: Any) -> Voucher | None:
        """A view of a generated voucher model (a view is returned as it is), or None when there is no voucher."""
        if isinstance(model, Voucher):
            return model
        if not isinstance(model, VoucherModels):
            return None
        active = plain(model.active)
        return cls(
            id=_str(model.id),
            code=_str(model.code),
            type=_str(model.type_),
            campaign=_str(model.campaign),
            campaign_id=_str(model.campaign_id),
            gift_amount=_int(_attr(model, "gift", "amount")),
            gift_balance=_int(_attr(model, "gift", "balance")),
            loyalty_points=_int(_attr(model, "loyalty_card", "points")),
            loyalty_balance=_int(_attr(model, "loyalty_card", "balance")),
            redemption_quantity=_int(_attr(model, "redemption", "quantity")),
            redeemed_quantity=_int(_attr(model, "redemption", "redeemed_quantity")),
            redeemed_amount=_int(_attr(model, "redemption", "redeemed_amount")),
            active=active if isinstance(active, bool) else None,
            model=model,
        )

    @classmethod
    def _from_json(cls, data: dict[str, Any], source: _Source) -> Voucher:
        # Written out flat (each read once, no helper calls): this runs for every rollback of every result.
        get = data.get
        gift, card, redeemed = get("gift"), get("loyalty_card"), get("redemption")
        gift = gift if type(gift) is dict else _NO_OBJECT
        card = card if type(card) is dict else _NO_OBJECT
        redeemed = redeemed if type(redeemed) is dict else _NO_OBJECT
        return _new_view(
            cls,
            {
                "id": v if type(v := get("id")) is str else None,
                "code": v if type(v := get("code")) is str else None,
                "type": v if type(v := get("type")) is str else None,
                "campaign": v if type(v := get("campaign")) is str else None,
                "campaign_id": v if type(v := get("campaign_id")) is str else None,
                "gift_amount": v if type(v := gift.get("amount")) is int else None,
                "gift_balance": v if type(v := gift.get("balance")) is int else None,
                "loyalty_points": v if type(v := card.get("points")) is int else None,
                "loyalty_balance": v if type(v := card.get("balance")) is int else None,
                "redemption_quantity": v if type(v := redeemed.get("quantity")) is int else None,
                "redeemed_quantity": v if type(v := redeemed.get("redeemed_quantity")) is int else None,
                "redeemed_amount": v if type(v := redeemed.get("redeemed_amount")) is int else None,
                "active": v if type(v := get("active")) is bool else None,
            },
            source,
        )


class Order(_View):
    """An order's status and totals, in minor units (facts §2.3: total_amount = amount - total_discount_amount)."""

    id: str | None
    source_id: str | None
    status: str | None
    amount: int | None
    discount_amount: int | None
    items_discount_amount: int | None
    total_discount_amount: int | None
    total_amount: int | None
    applied_discount_amount: int | None
    total_applied_discount_amount: int | None
    model: OrderModel

    @classmethod
    def from_model(cls, model: Any) -> Order | None:
        """A view of a generated order model (a view is returned as it is), or None when there is no order."""
        if isinstance(model, Order):
            return model
        if not isinstance(model, OrderModel):
            return None
        return cls(
            id=_str(model.id),
            source_id=_str(model.source_id),
            status=_str(model.status),
            amount=_int(model.amount),
            discount_amount=_int(model.discount_amount),
            items_discount_amount=_int(model.items_discount_amount),
            total_discount_amount=_int(model.total_discount_amount),
            total_amount=_int(model.total_amount),
            applied_discount_amount=_int(model.applied_discount_amount),
            total_applied_discount_amount=_int(model.total_applied_discount_amount),
            model=model,
        )

    @classmethod
    def _from_json(cls, data: dict[str, Any], source: _Source) -> Order:
        get = data.get
        return _new_view(
            cls,
            {
                "id": v if type(v := get("id")) is str else None,
                "source_id": v if type(v := get("source_id")) is str else None,
                "status": v if type(v := get("status")) is str else None,
                "amount": v if type(v := get("amount")) is int else None,
                "discount_amount": v if type(v := get("discount_amount")) is int else None,
                "items_discount_amount": v if type(v := get("items_discount_amount")) is int else None,
                "total_discount_amount": v if type(v := get("total_discount_amount")) is int else None,
                "total_amount": v if type(v := get("total_amount")) is int else None,
                "applied_discount_amount": v if type(v := get("applied_discount_amount")) is int else None,
                "total_applied_discount_amount": v if type(v := get("total_applied_discount_amount")) is int else None,
            },
            source,
        )

    @classmethod
    def _model_from(cls, found: Any) -> Any:
        # An order read on its own (GET /v1/orders/{id}) has plain JSON at its source; a nested one, its model.
        return OrdersGetResponseBody.from_dict(found) if isinstance(found, Mapping) else found


class _Record(_View):
    """What redemptions and rollbacks share. `voucher` and `order` are read with the view when it comes from JSON,
    on first access when it comes from a model."""

    id: str | None
    redemption: str | None
    result: str | None
    status: str | None
    failure_code: str | None
    failure_message: str | None
    amount: int | None
    date: datetime.datetime | None
    customer_id: str | None
    tracking_id: str | None
    related_object_type: str | None
    related_object_id: str | None
    gift_amount: int | None
    loyalty_points: int | None
    metadata: dict[str, Any] | None

    @staticmethod
    def _shared(model: Any) -> dict[str, Any]:
        result = _str(model.result)
        return {
            "id": _str(model.id),
            "redemption": _str(model.redemption),
            "result": result,
            "status": _str(model.status) or _STATUS_FROM_RESULT.get(result or ""),
            "failure_code": _str(model.failure_code),
            "failure_message": _str(model.failure_message),
            "amount": _int(model.amount),
            "date": _date(model.date),
            "customer_id": _str(model.customer_id),
            "tracking_id": _str(model.tracking_id),
            "related_object_type": _str(model.related_object_type),
            "related_object_id": _str(model.related_object_id),
            "gift_amount": _int(_attr(model, "gift", "amount")),
            "loyalty_points": _int(_attr(model, "loyalty_card", "points")),
            "metadata": _metadata(model.metadata),
            "model": model,
        }

    @classmethod
    def _from_json(cls, data: dict[str, Any], source: _Source, values: dict[str, Any]) -> Any:
        """The view of a decoded JSON redemption or rollback, its own fields in `values`; its voucher and order are
        read at once (each keeps only what it read), so the view keeps nothing of `data`."""
        get = data.get
        result = v if type(v := get("result")) is str else None
        gift, card, metadata = get("gift"), get("loyalty_card"), get("metadata")
        values.update(
            id=v if type(v := get("id")) is str else None,
            redemption=v if type(v := get("redemption")) is str else None,
            result=result,
            status=v if type(v := get("status")) is str else _STATUS_FROM_RESULT.get(result or ""),
            failure_code=v if type(v := get("failure_code")) is str else None,
            failure_message=v if type(v := get("failure_message")) is str else None,
            amount=v if type(v := get("amount")) is int else None,
            date=_json_date(get("date")),
            customer_id=v if type(v := get("customer_id")) is str else None,
            tracking_id=v if type(v := get("tracking_id")) is str else None,
            related_object_type=v if type(v := get("related_object_type")) is str else None,
            related_object_id=v if type(v := get("related_object_id")) is str else None,
            gift_amount=v if type(gift) is dict and type(v := gift.get("amount")) is int else None,
            loyalty_points=v if type(card) is dict and type(v := card.get("points")) is int else None,
            metadata=dict(metadata) if type(metadata) is dict else None,
        )
        view = _new_view(cls, values, source)
        voucher, order = get("voucher"), get("order")
        values["voucher"] = Voucher._from_json(voucher, (view, ("voucher",))) if type(voucher) is dict else None
        values["order"] = Order._from_json(order, (view, ("order",))) if type(order) is dict else None
        return view

    @cached_property
    def voucher(self) -> Voucher | None:
        """The voucher this redemption or rollback touched, as it was then; None for a promotion tier."""
        return Voucher.from_model(plain(self.model.voucher))  # type: ignore[attr-defined]

    @cached_property
    def order(self) -> Order | None:
        """The order as it was after this redemption or rollback."""
        return Order.from_model(plain(self.model.order))  # type: ignore[attr-defined]


class Rollback(_Record):
    """One redemption rollback (`rr_…`, or `rrf_…` when it failed). `amount` is negative: what was given back."""

    reason: str | None
    model: RedemptionRollback

    @property
    def succeeded(self) -> bool:
        """True unless Voucherify reported this item as failed (or with a result this SDK does not know)."""
        if self.result is not None:
            return self.result == "SUCCESS"
        return self.status is None or self.status == "SUCCEEDED"

    @classmethod
    def from_model(cls, model: Any) -> Rollback:
        """A view of a generated RedemptionRollback (a raw dict is parsed first, a view is returned as it is)."""
        if isinstance(model, Rollback):
            return model
        if not isinstance(model, RedemptionRollback):
            model = RedemptionRollback.from_dict(model if isinstance(model, Mapping) else {})
        return cls(reason=_str(model.reason), **cls._shared(model))

    @classmethod
    def _read(cls, item: Any, source: _Source) -> Rollback:
        """The view of a decoded JSON rollback (anything but an object reads as an empty one, as `from_model`)."""
        data = item if type(item) is dict else {}
        view: Rollback = cls._from_json(data, source, {"reason": _json_str(data.get("reason"))})
        return view

    @classmethod
    def _model_from(cls, found: Any) -> Any:
        if isinstance(found, RedemptionRollback):
            return found
        return RedemptionRollback.from_dict(found if isinstance(found, Mapping) else {})


class Redemption(_Record):
    """One redemption (`r_…`, or `rf_…` when it failed). `redemption` is the parent's id for a stacked child."""

    promotion_tier_id: str | None
    rollback_ids: list[str]
    model: RedemptionModels

    @cached_property
    def child_ids(self) -> list[str]:
        """For a stack's parent, its child redemptions: from the order's entry (`stacked`), or from
        `related_redemptions.redemptions`. Empty for a redemption that is not a parent."""
        entry = order_entry(plain(self.model.order), self.id)
        stacked = plain(getattr(entry, "stacked", None))
        if isinstance(stacked, list) and stacked:
            return [i for i in stacked if isinstance(i, str)]
        related = _attr(self.model, "related_redemptions", "redemptions")
        found = [_str(_attr(item, "id")) for item in related] if isinstance(related, list) else []
        return [i for i in found if i and i != self.id]

    @classmethod
    def from_model(cls, model: Any) -> Redemption:
        """A view of a generated Redemption (a raw dict is parsed first, a view is returned as it is)."""
        if isinstance(model, Redemption):
            return model
        if not isinstance(model, RedemptionModels):
            model = RedemptionModel.from_dict(model if isinstance(model, Mapping) else {})
        rollbacks = _attr(model, "related_redemptions", "rollbacks")
        return cls(
            promotion_tier_id=_str(_attr(model, "promotion_tier", "id")),
            rollback_ids=[i for r in (rollbacks if isinstance(rollbacks, list) else []) if (i := _str(_attr(r, "id")))],
            **cls._shared(model),
        )

    @classmethod
    def _read(cls, item: Any, source: _Source) -> Redemption:
        """The view of a decoded JSON redemption (anything but an object reads as an empty one, as `from_model`)."""
        data = item if type(item) is dict else {}
        get = data.get
        tier, related = get("promotion_tier"), get("related_redemptions")
        related = related if type(related) is dict else {}
        rollbacks = related.get("rollbacks")
        view: Redemption = cls._from_json(
            data,
            source,
            {
                "promotion_tier_id": _json_str(tier.get("id")) if type(tier) is dict else None,
                "rollback_ids": [
                    i
                    for r in (rollbacks if type(rollbacks) is list else [])
                    if type(r) is dict and (i := _json_str(r.get("id")))
                ],
            },
        )
        view.__dict__["child_ids"] = _json_child_ids(data, view.id, related)
        return view

    @classmethod
    def _model_from(cls, found: Any) -> Any:
        if isinstance(found, RedemptionModels):
            return found
        return RedemptionModel.from_dict(found if isinstance(found, Mapping) else {})


def _json_child_ids(data: dict[str, Any], redemption_id: str | None, related: dict[str, Any]) -> list[str]:
    """`Redemption.child_ids` read from the decoded JSON."""
    order = data.get("order")
    entries = order.get("redemptions") if type(order) is dict else None
    entry = entries.get(redemption_id) if type(entries) is dict and redemption_id else None
    stacked = entry.get("stacked") if type(entry) is dict else None
    if type(stacked) is list and stacked:
        return [i for i in stacked if type(i) is str]
    items = related.get("redemptions")
    found = [_json_str(i.get("id")) if type(i) is dict else None for i in items] if type(items) is list else []
    return [i for i in found if i and i != redemption_id]
