from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, format_datetime, parse_datetime

T = TypeVar("T", bound="RedemptionBaseRelatedRedemptionsRedemptionsItem")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "date",
    }
)


@_attrs_define
class RedemptionBaseRelatedRedemptionsRedemptionsItem:
    id: None | str | Unset = UNSET
    """ Unique redemption ID. """
    date: datetime.datetime | None | Unset = UNSET
    """ Timestamp representing the date and time when the object was created. The value is shown in the ISO 8601
    format. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = format_datetime(self.date) if isinstance(self.date, datetime.datetime) else self.date

        else:
            date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        id = d.get("id", UNSET)

        try:
            _date = d.get("date", UNSET)
            date: datetime.datetime | None | Unset
            if _date is UNSET:
                date = UNSET
            elif _date is None:
                date = None
            else:
                date_type_0 = parse_datetime(_date)

                date = date_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            date = d.get("date", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        redemption_base_related_redemptions_redemptions_item = cls(
            id,
            date,
        )

        if not _KNOWN_KEYS.issuperset(d):
            redemption_base_related_redemptions_redemptions_item.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return redemption_base_related_redemptions_redemptions_item

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
