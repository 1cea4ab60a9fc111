from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, format_datetime, parse_datetime

T = TypeVar("T", bound="OrderRedemptionsEntry")

_KNOWN_KEYS = frozenset(
    {
        "date",
        "rollback_id",
        "rollback_date",
        "related_object_type",
        "related_object_id",
        "related_object_parent_id",
        "stacked",
        "rollback_stacked",
    }
)


@_attrs_define
class OrderRedemptionsEntry:
    date: datetime.datetime | None | Unset = UNSET
    """ Timestamp representing the date and time when the redemption was created. The value is shown in the ISO 8601
    format. """
    rollback_id: None | str | Unset = UNSET
    """ Unique ID of the redemption rollback. """
    rollback_date: datetime.datetime | None | Unset = UNSET
    """ Timestamp representing the date and time when the redemption rollback was created. The value is shown in the
    ISO 8601 format. """
    related_object_type: None | str | Unset = "redemption"
    """ The source of the incentive. """
    related_object_id: None | str | Unset = UNSET
    """ Unique ID of the parent redemption. """
    related_object_parent_id: None | str | Unset = UNSET
    """ Represent's the campaign ID of the voucher if the redemption was based on a voucher that was part of bulk
    codes generated within a campaign. In case of a promotion tier, this represents the campaign ID of the promotion
    tier's parent campaign. """
    stacked: list[str] | None | Unset = UNSET
    """ Contains a list of unique IDs of child redemptions, which belong to the stacked incentives. """
    rollback_stacked: list[str] | None | Unset = UNSET
    """ Lists the rollback redemption IDs of the particular child redemptions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = format_datetime(self.date) if isinstance(self.date, datetime.datetime) else self.date

        else:
            date = self.date

        rollback_id: None | str | Unset
        if isinstance(self.rollback_id, Unset):
            rollback_id = UNSET
        else:
            rollback_id = self.rollback_id

        rollback_date: None | str | Unset
        if isinstance(self.rollback_date, Unset):
            rollback_date = UNSET
        elif isinstance(self.rollback_date, datetime.datetime):
            rollback_date = (
                format_datetime(self.rollback_date)
                if isinstance(self.rollback_date, datetime.datetime)
                else self.rollback_date
            )

        else:
            rollback_date = self.rollback_date

        related_object_type: None | str | Unset
        if isinstance(self.related_object_type, Unset):
            related_object_type = UNSET
        else:
            related_object_type = self.related_object_type

        related_object_id: None | str | Unset
        if isinstance(self.related_object_id, Unset):
            related_object_id = UNSET
        else:
            related_object_id = self.related_object_id

        related_object_parent_id: None | str | Unset
        if isinstance(self.related_object_parent_id, Unset):
            related_object_parent_id = UNSET
        else:
            related_object_parent_id = self.related_object_parent_id

        stacked: list[str] | None | Unset
        if isinstance(self.stacked, Unset):
            stacked = UNSET
        elif isinstance(self.stacked, list):
            stacked = UNSET
            if isinstance(self.stacked, list) or not isinstance(self.stacked, Unset):
                stacked = self.stacked

        else:
            stacked = self.stacked

        rollback_stacked: list[str] | None | Unset
        if isinstance(self.rollback_stacked, Unset):
            rollback_stacked = UNSET
        elif isinstance(self.rollback_stacked, list):
            rollback_stacked = UNSET
            if isinstance(self.rollback_stacked, list) or not isinstance(self.rollback_stacked, Unset):
                rollback_stacked = self.rollback_stacked

        else:
            rollback_stacked = self.rollback_stacked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if rollback_id is not UNSET:
            field_dict["rollback_id"] = rollback_id
        if rollback_date is not UNSET:
            field_dict["rollback_date"] = rollback_date
        if related_object_type is not UNSET:
            field_dict["related_object_type"] = related_object_type
        if related_object_id is not UNSET:
            field_dict["related_object_id"] = related_object_id
        if related_object_parent_id is not UNSET:
            field_dict["related_object_parent_id"] = related_object_parent_id
        if stacked is not UNSET:
            field_dict["stacked"] = stacked
        if rollback_stacked is not UNSET:
            field_dict["rollback_stacked"] = rollback_stacked

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
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

        rollback_id = d.get("rollback_id", UNSET)

        try:
            _rollback_date = d.get("rollback_date", UNSET)
            rollback_date: datetime.datetime | None | Unset
            if _rollback_date is UNSET:
                rollback_date = UNSET
            elif _rollback_date is None:
                rollback_date = None
            else:
                rollback_date_type_0 = parse_datetime(_rollback_date)

                rollback_date = rollback_date_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            rollback_date = d.get("rollback_date", UNSET)

        related_object_type = d.get("related_object_type", UNSET)

        related_object_id = d.get("related_object_id", UNSET)

        related_object_parent_id = d.get("related_object_parent_id", UNSET)

        try:
            _stacked = d.get("stacked", UNSET)
            stacked: list[str] | None | Unset
            if _stacked is UNSET:
                stacked = UNSET
            elif _stacked is None:
                stacked = None
            else:
                _stacked_type_0 = _stacked
                stacked_type_0: list[str]
                if not isinstance(_stacked_type_0, list):
                    raise TypeError("expected a list")
                else:
                    stacked_type_0 = _stacked_type_0

                stacked = stacked_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            stacked = d.get("stacked", UNSET)

        try:
            _rollback_stacked = d.get("rollback_stacked", UNSET)
            rollback_stacked: list[str] | None | Unset
            if _rollback_stacked is UNSET:
                rollback_stacked = UNSET
            elif _rollback_stacked is None:
                rollback_stacked = None
            else:
                _rollback_stacked_type_0 = _rollback_stacked
                rollback_stacked_type_0: list[str]
                if not isinstance(_rollback_stacked_type_0, list):
                    raise TypeError("expected a list")
                else:
                    rollback_stacked_type_0 = _rollback_stacked_type_0

                rollback_stacked = rollback_stacked_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            rollback_stacked = d.get("rollback_stacked", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        order_redemptions_entry = cls(
            date,
            rollback_id,
            rollback_date,
            related_object_type,
            related_object_id,
            related_object_parent_id,
            stacked,
            rollback_stacked,
        )

        if not _KNOWN_KEYS.issuperset(d):
            order_redemptions_entry.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return order_redemptions_entry

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
