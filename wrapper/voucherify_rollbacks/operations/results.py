"""Typed results: what a call returns, readable without knowing about the generated models' `Unset`.

Every view reads the fields people use as plain values or None. A view of an answer is read straight from the
decoded JSON, keeping the values it read and the raw body, not the decoded dict; the generated model (`.model`, with
unknown fields in `model.additional_properties` and unknown enum values) is built from that body only when a caller
asks for it: through `.model`, `to_dict()` or a field the view does not name. A view made from a generated model
(`from_model`) reads it, with the same semantics field by field.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import attrs
import voucherify_client.models as generated_models
from voucherify_client.models import (
    OrdersGetResponseBody,
    RedemptionBaseOrder,
    RedemptionRollback,
    RedemptionRollbackOrder,
    RedemptionsRedeemResponseBody,
    RedemptionsRedeemResponseBodyOrder,
    RedemptionsRollbacksCreateResponseBody,
    RedemptionsRollbacksCreateResponseBodyOrder,
    RedemptionVoucher,
    RedemptionWithVoucherWithoutStackingRulesTypeCategories,
    RedemptionWithVoucherWithoutStackingRulesTypeCategoriesVoucher,
)
from voucherify_client.models import (
    Redemption as RedemptionModel,
)
from voucherify_client.models import (
    Voucher as VoucherModel,
)
from voucherify_client.types import Unset, parse_datetime

from ..errors import RollbackFailedError
from ..errors.redaction import redact_headers

# Upstream defines an order, a voucher and a redemption inline in several places; each place is its own class.
OrderModel = (
    OrdersGetResponseBody
    | RedemptionRollbackOrder
    | RedemptionsRollbacksCreateResponseBodyOrder
    | RedemptionsRedeemResponseBodyOrder
    | (RedemptionBaseOrder)
)
VoucherModels = VoucherModel | RedemptionVoucher | RedemptionWithVoucherWithoutStackingRulesTypeCategoriesVoucher
RedemptionModels = RedemptionModel | RedemptionWithVoucherWithoutStackingRulesTypeCategories

# `status` is missing from older payloads (facts §3.4); `result` says the same thing.
_STATUS_FROM_RESULT = {"SUCCESS": "SUCCEEDED", "FAILURE": "FAILED"}


def plain(value: Any) -> Any:
    """The value, with the generated models' UNSET read as None."""
    return None if isinstance(value, Unset) else value


def _attr(model: Any, *path: str) -> Any:
    """Follow attributes through nested models; None as soon as a step is missing, null or not a model."""
    for name in path:
        model = plain(getattr(model, name, None))
        if model is None:
            return None
    return model


# The readers below run for every field of every view: exact type checks first, Unset (never an int, str or datetime)
# falls through to None without a separate test.
def _int(value: Any) -> int | None:
    if type(value) is int:
        return value
    return int(value) if isinstance(value, int) and not isinstance(value, bool) else None


def _str(value: Any) -> str | None:
    if type(value) is str:
        return value
    return str(value) if isinstance(value, str) else None  # an enum member reads as its value


def _date(value: Any) -> datetime.datetime | None:
    return value if isinstance(value, datetime.datetime) else None


def _metadata(value: Any) -> dict[str, Any] | None:
    value = plain(value)
    if value is None:
        return None
    extra = getattr(value, "additional_properties", value)
    return dict(extra) if isinstance(extra, Mapping) else None


def order_entry(order: Any, redemption_id: str | None) -> Any:
    """The order's `redemptions[<redemption_id>]` entry (rollback_id, stacked, rollback_stacked), or None."""
    entries = plain(getattr(order, "redemptions", None))
    extra = getattr(entries, "additional_properties", None)
    return extra.get(redemption_id) if isinstance(extra, dict) and redemption_id else None


# The same readers over the decoded JSON, which holds only dict, list, str, int, float, bool and None. Each gives
# what its model reader above gives for the model the generated `from_dict` builds from the same JSON: the model
# keeps a scalar as it came, an enum value as a member whose str is that value, a date it cannot parse as it came.
# The views' hot readers inline the same tests (`type(v) is str`, `type(v) is int`: never a bool, as
# type(True) is bool) to spare a call per field; tests/generated/test_views_from_json_match_views_from_models.py
# holds every reader to its model twin.
def _json_str(value: Any) -> str | None:
    return value if type(value) is str else None


def _json_date(value: Any) -> datetime.datetime | None:
    if type(value) is not str:
        return None
    try:
        return parse_datetime(value)  # the generated models' own parser
    except ValueError:
        return None


_NO_OBJECT: dict[str, Any] = {}  # stands for a nested object that is absent or not an object; never written


class _Json:
    """The raw body a view was read from: parsed again, into plain data, only when a caller asks for the model."""

    __slots__ = ("body",)

    def __init__(self, body: bytes) -> None:
        self.body = body

    def __getstate__(self) -> bytes:
        return self.body

    def __setstate__(self, body: bytes) -> None:
        self.body = body

    @property
    def model(self) -> Any:
        return json.loads(self.body)


# Where a view read from JSON finds its generated model: an object with a `.model` (the result, the enclosing view,
# a raw body) and the path from that model to this view's (attribute or key names, list indexes).
_Source = tuple[Any, tuple[str | int, ...]]


def _model_at(source: _Source) -> Any:
    found, path = source[0].model, source[1]
    for step in path:
        if isinstance(step, int):
            found = found[step]
        elif isinstance(found, Mapping):
            found = found.get(step)
        else:
            found = plain(getattr(found, step, None))
    return found


_V = TypeVar("_V", bound="_View")


def _new_view(cls: type[_V], values: dict[str, Any], source: _Source) -> _V:
    view = object.__new__(cls)
    values["_source"] = source
    object.__setattr__(view, "__dict__", values)
    return view


class _View:
    """A read-only record of plain values. Written by hand rather than with dataclasses: building dataclasses costs
    milliseconds at import time, and this package is imported by CLIs and web workers on every start."""

    _fields: ClassVar[tuple[str, ...]] = ()
    _field_set: ClassVar[frozenset[str]] = frozenset()

    def __init_subclass__(cls) -> None:
        # Fields are the annotations of the class and its view bases, in declaration order.
        names = [n for klass in reversed(cls.__mro__) for n in vars(klass).get("__annotations__", {}) if n[0] != "_"]
        cls._fields = tuple(dict.fromkeys(names))
        cls._field_set = frozenset(cls._fields)

    def __init__(self, **values: Any) -> None:
        if values.keys() != self._field_set:
            raise TypeError(f"{type(self).__name__} takes exactly {', '.join(self._fields)}")
        self.__dict__.update(values)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in self._fields if f != "model")

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        shown = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields if f != "model")
        return f"{type(self).__name__}({shown})"

    if not TYPE_CHECKING:
        # Hidden from type checkers, so that a misspelt field is still an error there; `.model.<field>` is the
        # statically typed way to the same value.

        def __getattr__(self, name: str) -> Any:
            # Only reached for names the view does not define: every other field of the generated model reads as
            # its value (absent or null as None), so a field Voucherify adds reaches users after scripts/sync-spec
            # and scripts/generate with no line here. A value that does not fit the field's declared type (the
            # model keeps it, and writes it back) reads as None, so the type the spec gives the field holds.
            if name[:1] == "_":
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            model = self._model()
            if name == "model" and model is not None:
                return model
            if model is not None:
                fits = _model_fields(type(model)).get(name)
                if fits is not None:
                    value = plain(getattr(model, name))
                    return _readable(value) if value is not None and fits(value) else None
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def _model(self) -> Any:
        """The generated model: the one given, or the one built (once) from the body this view was read from."""
        values = self.__dict__
        model = values.get("model")
        if model is None and "_source" in values:
            model = values["model"] = type(self)._model_from(_model_at(values["_source"]))
        return model

    @classmethod
    def _model_from(cls, found: Any) -> Any:
        """This view's generated model from what its source holds at its path (a model, or plain JSON data)."""
        return found

    def __dir__(self) -> list[str]:
        model: Any = self._model()
        return sorted({*super().__dir__(), *(_model_fields(type(model)) if model is not None else {})})

    def to_dict(self) -> dict[str, Any]:
        """The object as plain JSON-ready data, exactly what the API sent (unknown fields included)."""
        return self.model.to_dict()  # type: ignore[attr-defined, no-any-return]


_Check = Callable[[Any], bool]
_MODEL_FIELDS: dict[type, dict[str, _Check]] = {}
_SCALARS: dict[str, _Check] = {
    "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "float": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "str": lambda v: isinstance(v, str),
    "bool": lambda v: isinstance(v, bool),
    "datetime.datetime": lambda v: isinstance(v, datetime.datetime),
    "datetime.date": lambda v: isinstance(v, datetime.date) and not isinstance(v, datetime.datetime),
}


def _model_fields(model_class: type) -> dict[str, _Check]:
    """The fields a generated model declares (but its catch-all of unknown keys), each with a check that a value
    fits the field's declared type; built once per class from the generated annotations."""
    checks = _MODEL_FIELDS.get(model_class)
    if checks is None:
        fields = attrs.fields(model_class) if attrs.has(model_class) else ()
        checks = {f.name: _check(str(f.type)) for f in fields if f.name != "additional_properties"}
        _MODEL_FIELDS[model_class] = checks
    return checks


def _split_union(annotation: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for index, char in enumerate(annotation):
        depth += char == "["
        depth -= char == "]"
        if char == "|" and depth == 0:
            parts.append(annotation[start:index].strip())
            start = index + 1
    parts.append(annotation[start:].strip())
    return [part for part in parts if part not in ("None", "Unset")]


def _check(annotation: str) -> _Check:
    """A check for a generated annotation such as `list[Category] | None | Unset` (None is let through before)."""
    checks = [_check_one(part) for part in _split_union(annotation)]
    if len(checks) == 1:
        return checks[0]
    return lambda value: any(check(value) for check in checks)


def _check_one(annotation: str) -> _Check:
    if annotation in _SCALARS:
        return _SCALARS[annotation]
    if annotation.startswith("list[") and annotation.endswith("]"):
        item = _check(annotation[5:-1])
        return lambda value: isinstance(value, list) and all(v is None or item(v) for v in value)
    if annotation.startswith("dict["):
        return lambda value: isinstance(value, dict)
    if annotation.startswith("Literal["):
        return _SCALARS["str"]
    model = getattr(generated_models, annotation, None)
    if isinstance(model, type) and model.__module__.startswith("voucherify_client."):
        return lambda value: isinstance(value, model)
    return lambda value: True  # Any, or a type this reader does not know: nothing to hold it to


def _generated_models() -> Any:
    from voucherify_client import models

    return models


class ModelView(_View):
    """Any other generated object of a result (a reward, a channel, a promotion tier, a customer) read the way the
    views are: every field as its value or None, never `Unset`; `.model` is the generated object itself."""

    model: Any

    def __eq__(self, other: object) -> bool:
        return self.model == other.model if type(other) is ModelView else NotImplemented

    def __repr__(self) -> str:
        return f"ModelView({self.model!r})"


def _readable(value: Any) -> Any:
    """A value as views hand it out: generated objects (alone or in lists) as ModelViews, everything else as is."""
    if type(value) is list:
        return [_readable(item) for item in value]
    if type(value) in _MODEL_FIELDS or attrs.has(type(value)):
        return ModelView(model=value)
    return value


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


class RollbackResult:
    """What `rollback_stacked` and `rollback` return.

    `rollbacks` are the per-incentive rollbacks, `parent_rollback` the stack's own (None for a single redemption),
    `order` the order after the rollback. `recovered` is True when an answer of this call was lost (a timeout, a
    reset, a 5xx, an unreadable success) and the SDK's look-up found the rollback one of its own attempts made
    (dated within that attempt, with this call's reason and tracking_id). The views are read from the decoded
    answer when it arrives; the generated model (`.model`, `to_dict()`) is built from the kept body when first asked.
    """

    def __init__(
        self,
        *,
        data: Mapping[str, Any] | None = None,
        single: bool = False,
        parent_rollback: Any = None,
        rollbacks: list[Any] | None = None,
        order: Any = None,
        recovered: bool = False,
        request_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        status_code: int | None = None,
    ) -> None:
        self._data = data
        self._body: bytes | None = None
        self._single = single
        self._given = (parent_rollback, rollbacks or [], order)
        self.recovered = recovered
        self.request_id = request_id
        self._headers = headers or {}
        self.status_code = status_code

    @cached_property
    def headers(self) -> dict[str, str]:
        """The response headers, credential-like ones redacted."""
        return redact_headers(self._headers)

    @classmethod
    def from_single(cls, rollback: RedemptionRollback, **meta: Any) -> RollbackResult:
        """From one rollback model: no parent."""
        return cls(rollbacks=[rollback], order=plain(rollback.order), single=True, **meta)

    @classmethod
    def _read(cls, data: dict[str, Any], body: bytes, *, single: bool = False, **meta: Any) -> RollbackResult:
        """The result of an answer: `data` is its decoded `body`. The views are read from `data` now and `body` is
        kept for `.model`, so the result holds neither the decoded dict nor a model nobody asked for."""
        result = cls(single=single, **meta)
        result._body = body
        if single:
            parent, rollbacks = None, [Rollback._read(data, (result, ()))]
        else:
            found, items = data.get("parent_rollback"), data.get("rollbacks")
            parent = None if found is None else Rollback._read(found, (result, ("parent_rollback",)))
            listed = items if type(items) is list else []
            rollbacks = [Rollback._read(item, (result, ("rollbacks", i))) for i, item in enumerate(listed)]
        order = data.get("order")
        result.__dict__.update(
            parent_rollback=parent,
            rollbacks=rollbacks,
            order=Order._from_json(order, (result, ("order",))) if type(order) is dict else None,
        )
        return result

    @cached_property
    def model(self) -> RedemptionsRollbacksCreateResponseBody | RedemptionRollback | None:
        """The answer as the generated model (None for a result rebuilt by recovery)."""
        data = self._data if self._body is None else json.loads(self._body)
        if data is None:
            return None
        if self._single:
            return RedemptionRollback.from_dict(data)
        return RedemptionsRollbacksCreateResponseBody.from_dict(data)

    @cached_property
    def _parts(self) -> tuple[Any, list[Any], Any]:
        model = self.model
        if isinstance(model, RedemptionRollback):
            return None, [model], plain(model.order)
        if isinstance(model, RedemptionsRollbacksCreateResponseBody):
            items = plain(model.rollbacks)
            return plain(model.parent_rollback), items if isinstance(items, list) else [], plain(model.order)
        return self._given

    @cached_property
    def parent_rollback(self) -> Rollback | None:
        """The stack's own rollback, linked to the parent redemption; None for a single redemption."""
        parent = self._parts[0]
        return None if parent is None else Rollback.from_model(parent)

    @cached_property
    def rollbacks(self) -> list[Rollback]:
        """One rollback per redeemed incentive, each with the child redemption it undid in `redemption`."""
        return [Rollback.from_model(item) for item in self._parts[1]]

    @cached_property
    def order(self) -> Order | None:
        """The order after the rollback (status CANCELED under the default rollback policy)."""
        return Order.from_model(self._parts[2])

    @property
    def failures(self) -> list[Rollback]:
        """The items Voucherify did not roll back, each with its `failure_code` and `failure_message`."""
        items = ([self.parent_rollback] if self.parent_rollback else []) + self.rollbacks
        return [item for item in items if not item.succeeded]

    @property
    def ok(self) -> bool:
        """True when the result holds rollbacks and every item (and the parent) was rolled back; never True for a
        result without any rollback."""
        return bool(self.rollbacks or self.parent_rollback) and not self.failures

    def raise_for_failures(self) -> RollbackResult:
        """Raise RollbackFailedError listing the failed items (or saying that there is no rollback at all), unless
        every item was rolled back; return self otherwise."""
        if not self.ok:
            raise RollbackFailedError(self.failures)
        return self

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: `ok`, `recovered`, the request id and status, and the parent rollback, the
        rollbacks, the failed items' ids and the order as Voucherify's own JSON (every field, unknown ones too)."""
        return {
            "ok": self.ok,
            "recovered": self.recovered,
            "request_id": self.request_id,
            "status_code": self.status_code,
            "parent_rollback": _model_dict(self.parent_rollback),
            "rollbacks": [_model_dict(item) for item in self.rollbacks],
            "failures": [item.id for item in self.failures],
            "order": _model_dict(self.order),
        }

    def __repr__(self) -> str:
        ids = [r.id for r in self.rollbacks]
        parent = self.parent_rollback.id if self.parent_rollback else None
        return (
            f"RollbackResult(parent_rollback={parent!r}, rollbacks={ids!r}, ok={self.ok}, recovered={self.recovered})"
        )


class RedeemResult:
    """What `redeem` returns: the child redemptions, their parent (None for a single redeemable) and the order."""

    def __init__(
        self,
        body: RedemptionsRedeemResponseBody,
        *,
        request_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        status_code: int | None = None,
    ) -> None:
        self.model = body
        self.request_id = request_id
        self._headers = headers or {}
        self.status_code = status_code

    @cached_property
    def headers(self) -> dict[str, str]:
        """The response headers, credential-like ones redacted."""
        return redact_headers(self._headers)

    def to_dict(self) -> dict[str, Any]:
        """The result as plain JSON-ready data, exactly what the API sent (unknown fields included)."""
        return self.model.to_dict()

    @cached_property
    def parent_redemption(self) -> Redemption | None:
        """The redemption of the whole stack; None when a single redeemable was redeemed."""
        parent = plain(self.model.parent_redemption)
        return None if parent is None else Redemption.from_model(parent)

    @cached_property
    def redemptions(self) -> list[Redemption]:
        """One redemption per redeemable."""
        items = plain(self.model.redemptions)
        return [Redemption.from_model(item) for item in (items if isinstance(items, list) else [])]

    @cached_property
    def order(self) -> Order | None:
        """The order with the discounts applied."""
        return Order.from_model(plain(self.model.order))

    @property
    def redemption_id(self) -> str | None:
        """The id to roll back: the parent's for a stack, the only redemption's otherwise."""
        if self.parent_redemption is not None:
            return self.parent_redemption.id
        return self.redemptions[0].id if len(self.redemptions) == 1 else None

    @property
    def inapplicable(self) -> list[Any]:
        """Redeemables that could not be applied (PARTIAL validation policy), as generated models."""
        items = plain(self.model.inapplicable_redeemables)
        return list(items) if isinstance(items, list) else []

    @property
    def skipped(self) -> list[Any]:
        """Redeemables skipped by the stacking rules (PARTIAL validation policy), as generated models."""
        items = plain(self.model.skipped_redeemables)
        return list(items) if isinstance(items, list) else []

    def __repr__(self) -> str:
        return f"RedeemResult(redemption_id={self.redemption_id!r}, redemptions={[r.id for r in self.redemptions]!r})"


def _model_dict(view: Any) -> dict[str, Any] | None:
    """A view's generated model as JSON-ready data (`to_dict()` of the model keeps unknown fields), or None."""
    model = getattr(view, "model", None)
    data = model.to_dict() if model is not None else None
    return data if isinstance(data, dict) else None
