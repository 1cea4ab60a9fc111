from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SimpleProductDiscountUnit")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "source_id",
        "name",
    }
)


@_attrs_define
class SimpleProductDiscountUnit:
    """Simplified product discount unit data."""

    id: None | str | Unset = UNSET
    """ Unique product ID, assigned by Voucherify. """
    source_id: None | str | Unset = UNSET
    """ Product's source ID. """
    name: None | str | Unset = UNSET
    """ Product name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        source_id: None | str | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        id = d.get("id", UNSET)

        source_id = d.get("source_id", UNSET)

        name = d.get("name", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        simple_product_discount_unit = cls(
            id,
            source_id,
            name,
        )

        if not _KNOWN_KEYS.issuperset(d):
            simple_product_discount_unit.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return simple_product_discount_unit

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
