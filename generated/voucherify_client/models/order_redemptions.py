from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS

T = TypeVar("T", bound="OrderRedemptions")

_KNOWN_KEYS = frozenset({})


@_attrs_define
class OrderRedemptions:
    """Map of redemption ID to redemption entry."""

    additional_properties: dict[str, OrderRedemptionsEntry] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict() if isinstance(prop, OrderRedemptionsEntry) else prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        order_redemptions = cls()

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
            order_redemptions.additional_properties = additional_properties
        return order_redemptions

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


# Imported after the class: models refer to each other in cycles, and a module-level import keeps
# import statements out of every from_dict/to_dict call.
from ..models.order_redemptions_entry import OrderRedemptionsEntry
