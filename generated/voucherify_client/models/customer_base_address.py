from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerBaseAddress")

_KNOWN_KEYS = frozenset(
    {
        "city",
        "state",
        "line_1",
        "line_2",
        "country",
        "postal_code",
    }
)


@_attrs_define
class CustomerBaseAddress:
    city: str | Unset = UNSET
    """ City """
    state: str | Unset = UNSET
    """ State """
    line_1: str | Unset = UNSET
    """ First line of address. """
    line_2: str | Unset = UNSET
    """ Second line of address. """
    country: str | Unset = UNSET
    """ Country. """
    postal_code: str | Unset = UNSET
    """ Postal code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        state = self.state

        line_1 = self.line_1

        line_2 = self.line_2

        country = self.country

        postal_code = self.postal_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if line_1 is not UNSET:
            field_dict["line_1"] = line_1
        if line_2 is not UNSET:
            field_dict["line_2"] = line_2
        if country is not UNSET:
            field_dict["country"] = country
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        city = d.get("city", UNSET)

        state = d.get("state", UNSET)

        line_1 = d.get("line_1", UNSET)

        line_2 = d.get("line_2", UNSET)

        country = d.get("country", UNSET)

        postal_code = d.get("postal_code", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        customer_base_address = cls(
            city,
            state,
            line_1,
            line_2,
            country,
            postal_code,
        )

        if not _KNOWN_KEYS.issuperset(d):
            customer_base_address.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return customer_base_address

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
