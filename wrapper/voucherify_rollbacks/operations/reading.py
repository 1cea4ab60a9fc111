"""How result views read an answer: straight from the decoded JSON (`_Json`), or from a generated model, with the
same semantics field by field; the generated models a view may stand for, and the checks of their field types.

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
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import attrs
import voucherify_client.models as generated_models
from voucherify_client.models import (
    OrdersGetResponseBody,
    RedemptionBaseOrder,
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

from ..errors import InvalidArgumentTypeError

# Upstream defines an order, a voucher and a redemption inline in several places. sync-spec merges the places of the
# same shape into one class; these differ (a redemption's order items carry no `application_details`, a voucher's
# categories may carry `stacking_rules_type`), so each is still two or three classes.
OrderModel = OrdersGetResponseBody | RedemptionBaseOrder
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
            raise InvalidArgumentTypeError(f"{type(self).__name__} takes exactly {', '.join(self._fields)}")
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
