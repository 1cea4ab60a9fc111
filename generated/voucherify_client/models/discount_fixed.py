from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_fixed_effect import DiscountFixedEffect
from ..types import PARSE_ERRORS, UNSET, Unset

_DiscountFixedEffect_values = DiscountFixedEffect._value2member_map_


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
    """Sets the price to a fixed amount."""

    type_: Literal["FIXED"] | Unset = UNSET
    """ Always `FIXED`. """
    fixed_amount: int | None | Unset = UNSET
    """ Fixed price, in minor currency units. """
    fixed_amount_formula: None | str | Unset = UNSET
    """ Formula computing the fixed price. """
    effect: DiscountFixedEffect | None | Unset = UNSET
    """ How the discount is applied. """
    is_dynamic: bool | None | Unset = UNSET
    """ Whether the value is computed by a formula. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        fixed_amount: int | None | Unset
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
        elif isinstance(self.effect, DiscountFixedEffect):
            effect = self.effect.value if isinstance(self.effect, DiscountFixedEffect) else self.effect

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
            effect: DiscountFixedEffect | None | Unset
            if _effect is UNSET:
                effect = UNSET
            elif _effect is None:
                effect = None
            else:
                effect_type_0 = _DiscountFixedEffect_values.get(_effect) or DiscountFixedEffect(_effect)

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
