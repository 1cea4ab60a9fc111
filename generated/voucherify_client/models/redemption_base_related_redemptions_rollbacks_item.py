from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.redemption_base_related_redemptions_rollbacks_item_rollback_order_mode import (
    RedemptionBaseRelatedRedemptionsRollbacksItemRollbackOrderMode,
)
from ..types import PARSE_ERRORS, UNSET, Unset, format_datetime, parse_datetime

_RedemptionBaseRelatedRedemptionsRollbacksItemRollbackOrderMode_values = (
    RedemptionBaseRelatedRedemptionsRollbacksItemRollbackOrderMode._value2member_map_
)


T = TypeVar("T", bound="RedemptionBaseRelatedRedemptionsRollbacksItem")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "date",
        "rollback_order_mode",
    }
)


@_attrs_define
class RedemptionBaseRelatedRedemptionsRollbacksItem:
    id: None | str | Unset = UNSET
    """ Unique rollback redemption ID. """
    date: datetime.datetime | None | Unset = UNSET
    """ Timestamp representing the date and time when the object was created. The value is shown in the ISO 8601
    format. """
    rollback_order_mode: None | RedemptionBaseRelatedRedemptionsRollbacksItemRollbackOrderMode | Unset = UNSET
    """ Defines the rollback mode for the order. `WITH_ORDER` is a default setting. The redemption is rolled back
    together with the data about the order, including related discount values. `WITHOUT_ORDER` allows rolling the
    redemption back without affecting order data, including the applied discount values. This is returned only in
    GET `v1/redemptions/` and GET `v1/redemptions/{redemptionId}` endpoints. """
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

        rollback_order_mode: None | str | Unset
        if isinstance(self.rollback_order_mode, Unset):
            rollback_order_mode = UNSET
        elif isinstance(self.rollback_order_mode, RedemptionBaseRelatedRedemptionsRollbacksItemRollbackOrderMode):
            rollback_order_mode = (
                self.rollback_order_mode.value
                if isinstance(self.rollback_order_mode, RedemptionBaseRelatedRedemptionsRollbacksItemRollbackOrderMode)
                else self.rollback_order_mode
            )

        else:
            rollback_order_mode = self.rollback_order_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if date is not UNSET:
            field_dict["date"] = date
        if rollback_order_mode is not UNSET:
            field_dict["rollback_order_mode"] = rollback_order_mode

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

        try:
            _rollback_order_mode = d.get("rollback_order_mode", UNSET)
            rollback_order_mode: None | RedemptionBaseRelatedRedemptionsRollbacksItemRollbackOrderMode | Unset
            if _rollback_order_mode is UNSET:
                rollback_order_mode = UNSET
            elif _rollback_order_mode is None:
                rollback_order_mode = None
            else:
                rollback_order_mode_type_0 = _RedemptionBaseRelatedRedemptionsRollbacksItemRollbackOrderMode_values.get(
                    _rollback_order_mode
                ) or RedemptionBaseRelatedRedemptionsRollbacksItemRollbackOrderMode(_rollback_order_mode)

                rollback_order_mode = rollback_order_mode_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            rollback_order_mode = d.get("rollback_order_mode", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        redemption_base_related_redemptions_rollbacks_item = cls(
            id,
            date,
            rollback_order_mode,
        )

        if not _KNOWN_KEYS.issuperset(d):
            redemption_base_related_redemptions_rollbacks_item.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return redemption_base_related_redemptions_rollbacks_item

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
