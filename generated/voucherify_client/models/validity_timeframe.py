from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

T = TypeVar("T", bound="ValidityTimeframe")

_KNOWN_KEYS = frozenset(
    {
        "duration",
        "interval",
    }
)


@_attrs_define
class ValidityTimeframe:
    """Recurring validity window."""

    duration: None | str | Unset = UNSET
    """ ISO 8601 duration of each window, e.g. `PT1H`. """
    interval: None | str | Unset = UNSET
    """ ISO 8601 interval between windows, e.g. `P2D`. """
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
        try:
            _duration = d.get("duration", UNSET)
            duration: None | str | Unset
            if _duration is None or _duration is UNSET:
                duration = _duration
            else:
                duration = cast(None | str | Unset, _duration)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            duration = d.get("duration", UNSET)

        try:
            _interval = d.get("interval", UNSET)
            interval: None | str | Unset
            if _interval is None or _interval is UNSET:
                interval = _interval
            else:
                interval = cast(None | str | Unset, _interval)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            interval = d.get("interval", UNSET)

        validity_timeframe = cls(
            duration=duration,
            interval=interval,
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
