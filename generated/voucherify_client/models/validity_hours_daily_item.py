from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validity_day_of_week_item import ValidityDayOfWeekItem
from ..types import PARSE_ERRORS, UNSET, Unset

_ValidityDayOfWeekItem_values = ValidityDayOfWeekItem._value2member_map_


T = TypeVar("T", bound="ValidityHoursDailyItem")

_KNOWN_KEYS = frozenset(
    {
        "start_time",
        "days_of_week",
        "expiration_time",
    }
)


@_attrs_define
class ValidityHoursDailyItem:
    start_time: None | str | Unset = UNSET
    """ Defines the starting hour of validity in the HH:mm format. The resource is *inactive before* this time. """
    days_of_week: list[ValidityDayOfWeekItem] | None | Unset = UNSET
    """ Integer array corresponding to the particular days of the week in which the resource is valid.

    - `0` Sunday
    - `1` Monday
    - `2` Tuesday
    - `3`  Wednesday
    - `4` Thursday
    - `5` Friday
    - `6` Saturday """
    expiration_time: None | str | Unset = UNSET
    """ Defines the ending hour of validity in the HH:mm format. The resource is *inactive after* this time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        days_of_week: list[int] | None | Unset
        if isinstance(self.days_of_week, Unset):
            days_of_week = UNSET
        elif isinstance(self.days_of_week, list):
            days_of_week = UNSET
            if isinstance(self.days_of_week, list):
                days_of_week = []
                for days_of_week_type_0_item_data in self.days_of_week:
                    days_of_week_type_0_item: int = (
                        days_of_week_type_0_item_data.value
                        if isinstance(days_of_week_type_0_item_data, ValidityDayOfWeekItem)
                        else days_of_week_type_0_item_data
                    )

                    days_of_week.append(days_of_week_type_0_item)

            elif not isinstance(self.days_of_week, Unset):
                days_of_week = self.days_of_week

        else:
            days_of_week = self.days_of_week

        expiration_time: None | str | Unset
        if isinstance(self.expiration_time, Unset):
            expiration_time = UNSET
        else:
            expiration_time = self.expiration_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if days_of_week is not UNSET:
            field_dict["days_of_week"] = days_of_week
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        start_time = d.get("start_time", UNSET)

        try:
            _days_of_week = d.get("days_of_week", UNSET)
            days_of_week: list[ValidityDayOfWeekItem] | None | Unset
            if _days_of_week is UNSET:
                days_of_week = UNSET
            elif _days_of_week is None:
                days_of_week = None
            else:
                _days_of_week_type_0 = _days_of_week
                days_of_week_type_0: list[ValidityDayOfWeekItem]
                if not isinstance(_days_of_week_type_0, list):
                    raise TypeError("expected a list")
                else:
                    days_of_week_type_0 = []
                    for days_of_week_type_0_item_data in _days_of_week_type_0:
                        # One item the SDK cannot read is kept as it came; its neighbours are still parsed.
                        try:
                            days_of_week_type_0_item = _ValidityDayOfWeekItem_values.get(
                                days_of_week_type_0_item_data
                            ) or ValidityDayOfWeekItem(days_of_week_type_0_item_data)

                        except PARSE_ERRORS:
                            days_of_week_type_0_item = days_of_week_type_0_item_data
                        days_of_week_type_0.append(days_of_week_type_0_item)

                days_of_week = days_of_week_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            days_of_week = d.get("days_of_week", UNSET)

        expiration_time = d.get("expiration_time", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        validity_hours_daily_item = cls(
            start_time,
            days_of_week,
            expiration_time,
        )

        if not _KNOWN_KEYS.issuperset(d):
            validity_hours_daily_item.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return validity_hours_daily_item

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
