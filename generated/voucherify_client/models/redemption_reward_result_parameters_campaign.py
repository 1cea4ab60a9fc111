from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RedemptionRewardResultParametersCampaign")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "balance",
        "type",
    }
)


@_attrs_define
class RedemptionRewardResultParametersCampaign:
    id: None | str | Unset = UNSET
    """ Campaign unique ID. """
    balance: int | None | Unset = UNSET
    """ Points available for reward redemption. This is calculated as follows: `balance` = `points` -
    `expired_points` - `subtracted_points` - `redemption.redeemed_points`. """
    type_: None | str | Unset = UNSET
    """ Defines the type of the campaign. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        balance: int | None | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        else:
            balance = self.balance

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if balance is not UNSET:
            field_dict["balance"] = balance
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        id = d.get("id", UNSET)

        balance = d.get("balance", UNSET)

        type_ = d.get("type", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        redemption_reward_result_parameters_campaign = cls(
            id,
            balance,
            type_,
        )

        if not _KNOWN_KEYS.issuperset(d):
            redemption_reward_result_parameters_campaign.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return redemption_reward_result_parameters_campaign

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
