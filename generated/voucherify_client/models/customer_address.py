from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

T = TypeVar("T", bound="CustomerAddress")

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
class CustomerAddress:
    """Customer's postal address."""

    city: None | str | Unset = UNSET
    """ City. """
    state: None | str | Unset = UNSET
    """ State or region. """
    line_1: None | str | Unset = UNSET
    """ First address line. """
    line_2: None | str | Unset = UNSET
    """ Second address line. """
    country: None | str | Unset = UNSET
    """ Country. """
    postal_code: None | str | Unset = UNSET
    """ Postal code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        line_1: None | str | Unset
        if isinstance(self.line_1, Unset):
            line_1 = UNSET
        else:
            line_1 = self.line_1

        line_2: None | str | Unset
        if isinstance(self.line_2, Unset):
            line_2 = UNSET
        else:
            line_2 = self.line_2

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
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
        try:
            _city = d.get("city", UNSET)
            city: None | str | Unset
            if _city is None or _city is UNSET:
                city = _city
            else:
                city = cast(None | str | Unset, _city)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            city = d.get("city", UNSET)

        try:
            _state = d.get("state", UNSET)
            state: None | str | Unset
            if _state is None or _state is UNSET:
                state = _state
            else:
                state = cast(None | str | Unset, _state)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            state = d.get("state", UNSET)

        try:
            _line_1 = d.get("line_1", UNSET)
            line_1: None | str | Unset
            if _line_1 is None or _line_1 is UNSET:
                line_1 = _line_1
            else:
                line_1 = cast(None | str | Unset, _line_1)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            line_1 = d.get("line_1", UNSET)

        try:
            _line_2 = d.get("line_2", UNSET)
            line_2: None | str | Unset
            if _line_2 is None or _line_2 is UNSET:
                line_2 = _line_2
            else:
                line_2 = cast(None | str | Unset, _line_2)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            line_2 = d.get("line_2", UNSET)

        try:
            _country = d.get("country", UNSET)
            country: None | str | Unset
            if _country is None or _country is UNSET:
                country = _country
            else:
                country = cast(None | str | Unset, _country)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            country = d.get("country", UNSET)

        try:
            _postal_code = d.get("postal_code", UNSET)
            postal_code: None | str | Unset
            if _postal_code is None or _postal_code is UNSET:
                postal_code = _postal_code
            else:
                postal_code = cast(None | str | Unset, _postal_code)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            postal_code = d.get("postal_code", UNSET)

        customer_address = cls(
            city=city,
            state=state,
            line_1=line_1,
            line_2=line_2,
            country=country,
            postal_code=postal_code,
        )

        if not _KNOWN_KEYS.issuperset(d):
            customer_address.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return customer_address

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
