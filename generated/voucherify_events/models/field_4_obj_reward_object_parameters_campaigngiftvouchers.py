from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Field4ObjRewardObjectParametersCAMPAIGNGIFTVOUCHERS")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "balance",
        "type",
    }
)


@_attrs_define
class Field4ObjRewardObjectParametersCAMPAIGNGIFTVOUCHERS:
    """These are parameters representing a gift voucher, which is a subset of a Campaign reward."""

    id: None | str | Unset = UNSET
    """ Unique identifier of the campaign assigned by Voucherify. """
    balance: int | None | Unset = UNSET
    """ The incremental amout to be added to the current balance on the gift card. Value is multiplied by 100 to
    precisely represent 2 decimal places. For example, $100 amount is written as 10000. """
    type_: Literal["GIFT_VOUCHERS"] | Unset = "GIFT_VOUCHERS"
    """ Campaign type. """
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
        field_4_obj_reward_object_parameters_campaigngiftvouchers = cls(
            id,
            balance,
            type_,
        )

        if not _KNOWN_KEYS.issuperset(d):
            field_4_obj_reward_object_parameters_campaigngiftvouchers.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return field_4_obj_reward_object_parameters_campaigngiftvouchers

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
