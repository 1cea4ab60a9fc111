from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RedeemGiftCardGift")

_KNOWN_KEYS = frozenset(
    {
        "credits",
    }
)


@_attrs_define
class RedeemGiftCardGift:
    credits_: int | Unset = UNSET
    """ The number of credits that the user wants to use from the gift card to fulfill the order. The value of
    credits cannot be higher than the current balance on the gift card. The value is multiplied by 100 to represent
    2 decimal places. For example `10000 cents` for `$100.00`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credits_ = self.credits_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credits_ is not UNSET:
            field_dict["credits"] = credits_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        credits_ = d.get("credits", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        redeem_gift_card_gift = cls(
            credits_,
        )

        if not _KNOWN_KEYS.issuperset(d):
            redeem_gift_card_gift.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return redeem_gift_card_gift

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
