from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.discount_fixed_vouchers_effect_types import DiscountFixedVouchersEffectTypes
from ..types import PARSE_ERRORS, UNSET, Unset

_DiscountFixedVouchersEffectTypes_values = DiscountFixedVouchersEffectTypes._value2member_map_


T = TypeVar("T", bound="Gift")

_KNOWN_KEYS = frozenset(
    {
        "amount",
        "balance",
        "effect",
    }
)


@_attrs_define
class Gift:
    """Contains current gift card balance information."""

    amount: float | None | Unset = UNSET
    """ Total gift card income over the lifetime of the card. Value is multiplied by 100 to precisely represent 2
    decimal places. For example, $10 amount is written as 1000. """
    balance: float | None | Unset = UNSET
    """ Available funds. Value is multiplied by 100 to precisely represent 2 decimal places. For example, $10 amount
    is written as 1000. """
    effect: DiscountFixedVouchersEffectTypes | None | Unset = UNSET
    """ Defines how the credits are applied to the customer's order. """

    def to_dict(self) -> dict[str, Any]:
        amount: float | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        balance: float | None | Unset
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

        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if balance is not UNSET:
            field_dict["balance"] = balance
        if effect is not UNSET:
            field_dict["effect"] = effect

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        amount = d.get("amount", UNSET)

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
        gift = cls(
            amount,
            balance,
            effect,
        )

        return gift
