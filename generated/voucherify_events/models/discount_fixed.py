from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_fixed_vouchers_effect_types import DiscountFixedVouchersEffectTypes
from ..types import PARSE_ERRORS, UNSET, Unset

_DiscountFixedVouchersEffectTypes_values = DiscountFixedVouchersEffectTypes._value2member_map_


T = TypeVar("T", bound="DiscountFixed")

_KNOWN_KEYS = frozenset(
    {
        "type",
        "fixed_amount",
        "fixed_amount_formula",
        "effect",
        "is_dynamic",
    }
)


@_attrs_define
class DiscountFixed:
    type_: Literal["FIXED"] | Unset = "FIXED"
    """ Defines the type of the voucher. """
    fixed_amount: float | None | Unset = UNSET
    """ Sets a fixed value for an order total or the item price. The value is multiplied by 100 to precisely
    represent 2 decimal places. For example, a $10 discount is written as 1000. If the fixed amount is calculated by
    the formula, i.e. the `fixed_amount_formula` parameter is present in the fixed amount definition, this value
    becomes the **fallback value**. As a result, if the formula cannot be calculated due to missing metadata, for
    example, this value will be used as the fixed value. """
    fixed_amount_formula: None | str | Unset = UNSET
    effect: DiscountFixedVouchersEffectTypes | None | Unset = UNSET
    """ Defines how the discount is applied to the customer's order. """
    is_dynamic: bool | None | Unset = UNSET
    """ Flag indicating whether the discount was calculated using a formula. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        fixed_amount: float | None | Unset
        if isinstance(self.fixed_amount, Unset):
            fixed_amount = UNSET
        else:
            fixed_amount = self.fixed_amount

        fixed_amount_formula: None | str | Unset
        if isinstance(self.fixed_amount_formula, Unset):
            fixed_amount_formula = UNSET
        else:
            fixed_amount_formula = self.fixed_amount_formula

        effect: None | str | Unset
        if isinstance(self.effect, Unset):
            effect = UNSET
        elif isinstance(self.effect, DiscountFixedVouchersEffectTypes):
            effect = self.effect.value if isinstance(self.effect, DiscountFixedVouchersEffectTypes) else self.effect

        else:
            effect = self.effect

        is_dynamic: bool | None | Unset
        if isinstance(self.is_dynamic, Unset):
            is_dynamic = UNSET
        else:
            is_dynamic = self.is_dynamic

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if fixed_amount is not UNSET:
            field_dict["fixed_amount"] = fixed_amount
        if fixed_amount_formula is not UNSET:
            field_dict["fixed_amount_formula"] = fixed_amount_formula
        if effect is not UNSET:
            field_dict["effect"] = effect
        if is_dynamic is not UNSET:
            field_dict["is_dynamic"] = is_dynamic

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        type_ = d.get("type", UNSET)

        fixed_amount = d.get("fixed_amount", UNSET)

        fixed_amount_formula = d.get("fixed_amount_formula", UNSET)

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

        is_dynamic = d.get("is_dynamic", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        discount_fixed = cls(
            type_,
            fixed_amount,
            fixed_amount_formula,
            effect,
            is_dynamic,
        )

        if not _KNOWN_KEYS.issuperset(d):
            discount_fixed.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return discount_fixed

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
