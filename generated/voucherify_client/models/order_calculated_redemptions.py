from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS

if TYPE_CHECKING:
    from ..models.order_redemptions_entry import OrderRedemptionsEntry


T = TypeVar("T", bound="OrderCalculatedRedemptions")

_KNOWN_KEYS = frozenset({})


@_attrs_define
class OrderCalculatedRedemptions:
    additional_properties: dict[str, OrderRedemptionsEntry] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict() if isinstance(prop, OrderRedemptionsEntry) else prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        order_calculated_redemptions = cls()

        if not _KNOWN_KEYS.issuperset(d):
            additional_properties = {}
            for prop_name, prop_dict in d.items():
                if prop_name in _KNOWN_KEYS:
                    continue
                try:
                    additional_property = OrderRedemptionsEntry.from_dict(prop_dict)

                except PARSE_ERRORS:
                    additional_property = prop_dict
                additional_properties[prop_name] = additional_property
            order_calculated_redemptions.additional_properties = additional_properties
        return order_calculated_redemptions

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> OrderRedemptionsEntry:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: OrderRedemptionsEntry) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to are imported on its first use, not at import time: models refer to each other in
# cycles, and importing the package should cost only the classes a program actually touches.
_unbound = True


def _bind_models() -> None:
    global _unbound
    global OrderRedemptionsEntry
    from ..models.order_redemptions_entry import OrderRedemptionsEntry

    _unbound = False
