from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RedeemLoyaltyCardReward")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "points",
    }
)


@_attrs_define
class RedeemLoyaltyCardReward:
    id: str | Unset = UNSET
    """ Unique reward ID assigned by Voucherify. The reward must be assigned to the campaign in order for the user
    to be able to use the reward. """
    points: int | Unset = UNSET
    """ The number of loyalty points that the user wants to spend in order to fulfill the order using a **pay with
    points** reward. The number of points cannot be higher than the current balance on the loyalty card. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        points = self.points

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if points is not UNSET:
            field_dict["points"] = points

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        id = d.get("id", UNSET)

        points = d.get("points", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        redeem_loyalty_card_reward = cls(
            id,
            points,
        )

        if not _KNOWN_KEYS.issuperset(d):
            redeem_loyalty_card_reward.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return redeem_loyalty_card_reward

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
