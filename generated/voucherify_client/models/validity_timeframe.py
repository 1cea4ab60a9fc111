from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidityTimeframe")

_KNOWN_KEYS = frozenset(
    {
        "duration",
        "interval",
    }
)


@_attrs_define
class ValidityTimeframe:
    """Set recurrent time periods when the earning rule is valid. For example, valid for 1 hour every other
    day.`start_date` **required** when including the `validity_timeframe`.

    """

    duration: None | str | Unset = UNSET
    """ Defines the amount of time an earning rule will be active in ISO 8601 format. For example, an earning rule
    with a `duration` of `PT1H` will be valid for a duration of one hour. """
    interval: None | str | Unset = UNSET
    """ Defines the intervening time between two time points in ISO 8601 format, expressed as a duration. For
    example, an earning rule with an `interval` of `P2D` will be valid every other day. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration: None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        interval: None | str | Unset
        if isinstance(self.interval, Unset):
            interval = UNSET
        else:
            interval = self.interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if duration is not UNSET:
            field_dict["duration"] = duration
        if interval is not UNSET:
            field_dict["interval"] = interval

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        duration = d.get("duration", UNSET)

        interval = d.get("interval", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        validity_timeframe = cls(
            duration,
            interval,
        )

        if not _KNOWN_KEYS.issuperset(d):
            validity_timeframe.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return validity_timeframe

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
