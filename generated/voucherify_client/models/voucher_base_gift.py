from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_fixed_vouchers_effect_types import DiscountFixedVouchersEffectTypes
from ..types import PARSE_ERRORS, UNSET, Unset

_DiscountFixedVouchersEffectTypes_values = DiscountFixedVouchersEffectTypes._value2member_map_


T = TypeVar("T", bound="VoucherBaseGift")

_KNOWN_KEYS = frozenset(
    {
        "amount",
        "subtracted_amount",
        "balance",
        "effect",
    }
)


@_attrs_define
class VoucherBaseGift:
    amount: int | None | Unset = UNSET
    """ Total gift card income over the lifetime of the card. The value is multiplied by 100 to represent 2 decimal
    places. For example `10000 cents` for `$100.00`. """
    subtracted_amount: int | None | Unset = UNSET
    """ Total amount of subtracted credits over the gift card lifetime. The value is multiplied by 100 to represent
    2 decimal places. For example `10000 cents` for `$100.00`. """
    balance: int | None | Unset = UNSET
    """ Available funds. The value is multiplied by 100 to represent 2 decimal places. For example `10000 cents` for
    `$100.00`. """
    effect: DiscountFixedVouchersEffectTypes | None | Unset = UNSET
    """ Defines how the credits are applied to the customer's order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: int | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        subtracted_amount: int | None | Unset
        if isinstance(self.subtracted_amount, Unset):
            subtracted_amount = UNSET
        else:
            subtracted_amount = self.subtracted_amount

        balance: int | None | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        else:
            balance = self.balance

        effect: None | str | Unset
        if isinstance(self.effect, Unset):
            effect = UNSET
        elif isinstance(self.effect, DiscountFixedVouchersEffectTypes):
            effect = self.effect.value if isinstance(self.effect, DiscountFixedVouchersEffectTypes) else self.effect

        else:
            effect = self.effect

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if subtracted_amount is not UNSET:
            field_dict["subtracted_amount"] = subtracted_amount
        if balance is not UNSET:
            field_dict["balance"] = balance
        if effect is not UNSET:
            field_dict["effect"] = effect

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        amount = d.get("amount", UNSET)

        subtracted_amount = d.get("subtracted_amount", UNSET)

        balance = d.get("balance", UNSET)

        try:
            _effect = d.get("effect", UNSET)
            effect: DiscountFixedVouchersEffectTypes | None | Unset
            if _effect is UNSET:
                effect = UNSET
            elif _effect is None:
                effect = None
            else:
                effect_type_0 = _DiscountFixedVouchersEffectTypes_values.get(
                    _effect
                ) or DiscountFixedVouchersEffectTypes(_effect)

                effect = effect_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            effect = d.get("effect", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        voucher_base_gift = cls(
            amount,
            subtracted_amount,
            balance,
            effect,
        )

        if not _KNOWN_KEYS.issuperset(d):
            voucher_base_gift.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return voucher_base_gift

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
