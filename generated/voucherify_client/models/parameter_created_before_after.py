from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, format_datetime, parse_datetime

T = TypeVar("T", bound="ParameterCreatedBeforeAfter")

_KNOWN_KEYS = frozenset(
    {
        "before",
        "after",
    }
)


@_attrs_define
class ParameterCreatedBeforeAfter:
    before: datetime.datetime | Unset = UNSET
    """ Timestamp representing the date and time before the voucher was created. The value is shown in the ISO 8601
    format. """
    after: datetime.datetime | Unset = UNSET
    """ Timestamp representing the date and time after the voucher was created. The value is shown in the ISO 8601
    format. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        before: str | Unset = UNSET
        if isinstance(self.before, datetime.datetime):
            before = format_datetime(self.before)
        elif not isinstance(self.before, Unset):
            before = self.before

        after: str | Unset = UNSET
        if isinstance(self.after, datetime.datetime):
            after = format_datetime(self.after)
        elif not isinstance(self.after, Unset):
            after = self.after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if before is not UNSET:
            field_dict["before"] = before
        if after is not UNSET:
            field_dict["after"] = after

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        try:
            _before = d.get("before", UNSET)
            before: datetime.datetime | Unset
            if _before is UNSET:
                before = UNSET
            else:
                before = parse_datetime(_before)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            before = d.get("before", UNSET)

        try:
            _after = d.get("after", UNSET)
            after: datetime.datetime | Unset
            if _after is UNSET:
                after = UNSET
            else:
                after = parse_datetime(_after)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            after = d.get("after", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        parameter_created_before_after = cls(
            before,
            after,
        )

        if not _KNOWN_KEYS.issuperset(d):
            parameter_created_before_after.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return parameter_created_before_after

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
