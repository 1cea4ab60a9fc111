from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.validity_hours_daily_item import ValidityHoursDailyItem


T = TypeVar("T", bound="ValidityHours")

_KNOWN_KEYS = frozenset(
    {
        "daily",
    }
)


@_attrs_define
class ValidityHours:
    """Determines the hours of validity, e.g. to create a happy hours scenario."""

    daily: list[ValidityHoursDailyItem] | None | Unset = UNSET
    """ Defines the recurring period(s) when the resource is active. The periods should not overlap. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        daily: list[dict[str, Any]] | None | Unset
        if isinstance(self.daily, Unset):
            daily = UNSET
        elif isinstance(self.daily, list):
            daily = UNSET
            if isinstance(self.daily, list):
                daily = []
                for daily_type_0_item_data in self.daily:
                    daily_type_0_item: dict[str, Any] = (
                        daily_type_0_item_data.to_dict()
                        if isinstance(daily_type_0_item_data, ValidityHoursDailyItem)
                        else daily_type_0_item_data
                    )

                    daily.append(daily_type_0_item)

            elif not isinstance(self.daily, Unset):
                daily = self.daily

        else:
            daily = self.daily

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if daily is not UNSET:
            field_dict["daily"] = daily

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        try:
            _daily = d.get("daily", UNSET)
            daily: list[ValidityHoursDailyItem] | None | Unset
            if _daily is UNSET:
                daily = UNSET
            elif _daily is None:
                daily = None
            else:
                _daily_type_0 = _daily
                daily_type_0: list[ValidityHoursDailyItem]
                if not isinstance(_daily_type_0, list):
                    raise TypeError("expected a list")
                else:
                    daily_type_0 = []
                    for daily_type_0_item_data in _daily_type_0:
                        # One item the SDK cannot read is kept as it came; its neighbours are still parsed.
                        try:
                            daily_type_0_item = ValidityHoursDailyItem.from_dict(daily_type_0_item_data)

                        except PARSE_ERRORS:
                            daily_type_0_item = daily_type_0_item_data
                        daily_type_0.append(daily_type_0_item)

                daily = daily_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            daily = d.get("daily", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        validity_hours = cls(
            daily,
        )

        if not _KNOWN_KEYS.issuperset(d):
            validity_hours.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return validity_hours

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


# The models this one refers to are imported on its first use, not at import time: models refer to each other in
# cycles, and importing the package should cost only the classes a program actually touches.
_unbound = True


def _bind_models() -> None:
    global _unbound
    global ValidityHoursDailyItem
    from ..models.validity_hours_daily_item import ValidityHoursDailyItem

    _unbound = False
