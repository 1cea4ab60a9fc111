from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

T = TypeVar("T", bound="FilterConditionsString")

_KNOWN_KEYS = frozenset(
    {
        "$in",
        "$not_in",
        "$is",
        "$is_not",
        "$has_value",
        "$is_unknown",
        "$starts_with",
        "$ends_with",
        "$contains",
        "$not_contain",
    }
)


@_attrs_define
class FilterConditionsString:
    """Data filters used to narrow down the data records to be returned in the result."""

    in_: list[str] | Unset = UNSET
    """ Array of resource values that should be included in the results (multiple values). """
    not_in: list[str] | Unset = UNSET
    """ Array of resource values that should be included in the results (multiple values). """
    is_: str | Unset = UNSET
    """ Value is exactly this value (single value). """
    is_not: str | Unset = UNSET
    """ Results omit this value (single value). """
    has_value: str | Unset = UNSET
    """ Value is NOT null. The value for this parameter is an empty string. """
    is_unknown: str | Unset = UNSET
    """ Value is null. The value for this parameter is an empty string. """
    starts_with: str | Unset = UNSET
    """ Value starts with the specified string. """
    ends_with: str | Unset = UNSET
    """ Value ends with the specified string. """
    contains: str | Unset = UNSET
    """ Value includes the specified string. """
    not_contain: str | Unset = UNSET
    """ Value does NOT include the specified string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_: list[str] | Unset = UNSET
        if isinstance(self.in_, list) or not isinstance(self.in_, Unset):
            in_ = self.in_

        not_in: list[str] | Unset = UNSET
        if isinstance(self.not_in, list) or not isinstance(self.not_in, Unset):
            not_in = self.not_in

        is_ = self.is_

        is_not = self.is_not

        has_value = self.has_value

        is_unknown = self.is_unknown

        starts_with = self.starts_with

        ends_with = self.ends_with

        contains = self.contains

        not_contain = self.not_contain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if in_ is not UNSET:
            field_dict["$in"] = in_
        if not_in is not UNSET:
            field_dict["$not_in"] = not_in
        if is_ is not UNSET:
            field_dict["$is"] = is_
        if is_not is not UNSET:
            field_dict["$is_not"] = is_not
        if has_value is not UNSET:
            field_dict["$has_value"] = has_value
        if is_unknown is not UNSET:
            field_dict["$is_unknown"] = is_unknown
        if starts_with is not UNSET:
            field_dict["$starts_with"] = starts_with
        if ends_with is not UNSET:
            field_dict["$ends_with"] = ends_with
        if contains is not UNSET:
            field_dict["$contains"] = contains
        if not_contain is not UNSET:
            field_dict["$not_contain"] = not_contain

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        try:
            _in_ = d.get("$in", UNSET)
            in_: list[str] | Unset
            if _in_ is UNSET:
                in_ = UNSET
            elif not isinstance(_in_, list):
                raise TypeError("expected a list")
            else:
                in_ = _in_

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            in_ = d.get("$in", UNSET)

        try:
            _not_in = d.get("$not_in", UNSET)
            not_in: list[str] | Unset
            if _not_in is UNSET:
                not_in = UNSET
            elif not isinstance(_not_in, list):
                raise TypeError("expected a list")
            else:
                not_in = _not_in

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            not_in = d.get("$not_in", UNSET)

        is_ = d.get("$is", UNSET)

        is_not = d.get("$is_not", UNSET)

        has_value = d.get("$has_value", UNSET)

        is_unknown = d.get("$is_unknown", UNSET)

        starts_with = d.get("$starts_with", UNSET)

        ends_with = d.get("$ends_with", UNSET)

        contains = d.get("$contains", UNSET)

        not_contain = d.get("$not_contain", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        filter_conditions_string = cls(
            in_,
            not_in,
            is_,
            is_not,
            has_value,
            is_unknown,
            starts_with,
            ends_with,
            contains,
            not_contain,
        )

        if not _KNOWN_KEYS.issuperset(d):
            filter_conditions_string.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return filter_conditions_string

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
