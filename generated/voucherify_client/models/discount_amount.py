from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_amount_effect import DiscountAmountEffect
from ..types import PARSE_ERRORS, UNSET, Unset

_DiscountAmountEffect_values = DiscountAmountEffect._value2member_map_


T = TypeVar("T", bound="DiscountAmount")

_KNOWN_KEYS = frozenset(
    {
        "type",
        "amount_off",
        "amount_off_formula",
        "aggregated_amount_limit",
        "effect",
        "is_dynamic",
    }
)


@_attrs_define
class DiscountAmount:
    """Fixed amount off."""

    type_: Literal["AMOUNT"] | Unset = UNSET
    """ Always `AMOUNT`. """
    amount_off: int | None | Unset = UNSET
    """ Amount off, in minor currency units. """
    amount_off_formula: None | str | Unset = UNSET
    """ Formula computing the amount off. """
    aggregated_amount_limit: int | None | Unset = UNSET
    """ Maximum total discount for the order, in minor currency units. """
    effect: DiscountAmountEffect | None | Unset = UNSET
    """ How the discount is applied. """
    is_dynamic: bool | None | Unset = UNSET
    """ Whether the value is computed by a formula. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        amount_off: int | None | Unset
        if isinstance(self.amount_off, Unset):
            amount_off = UNSET
        else:
            amount_off = self.amount_off

        amount_off_formula: None | str | Unset
        if isinstance(self.amount_off_formula, Unset):
            amount_off_formula = UNSET
        else:
            amount_off_formula = self.amount_off_formula

        aggregated_amount_limit: int | None | Unset
        if isinstance(self.aggregated_amount_limit, Unset):
            aggregated_amount_limit = UNSET
        else:
            aggregated_amount_limit = self.aggregated_amount_limit

        effect: None | str | Unset
        if isinstance(self.effect, Unset):
            effect = UNSET
        elif isinstance(self.effect, DiscountAmountEffect):
            effect = self.effect.value if isinstance(self.effect, DiscountAmountEffect) else self.effect

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
        if amount_off is not UNSET:
            field_dict["amount_off"] = amount_off
        if amount_off_formula is not UNSET:
            field_dict["amount_off_formula"] = amount_off_formula
        if aggregated_amount_limit is not UNSET:
            field_dict["aggregated_amount_limit"] = aggregated_amount_limit
        if effect is not UNSET:
            field_dict["effect"] = effect
        if is_dynamic is not UNSET:
            field_dict["is_dynamic"] = is_dynamic

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        type_ = d.get("type", UNSET)

        amount_off = d.get("amount_off", UNSET)

        amount_off_formula = d.get("amount_off_formula", UNSET)

        aggregated_amount_limit = d.get("aggregated_amount_limit", UNSET)

        try:
            _effect = d.get("effect", UNSET)
            effect: DiscountAmountEffect | None | Unset
            if _effect is UNSET:
                effect = UNSET
            elif _effect is None:
                effect = None
            else:
                effect_type_0 = _DiscountAmountEffect_values.get(_effect) or DiscountAmountEffect(_effect)

                effect = effect_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            effect = d.get("effect", UNSET)

        is_dynamic = d.get("is_dynamic", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        discount_amount = cls(
            type_,
            amount_off,
            amount_off_formula,
            aggregated_amount_limit,
            effect,
            is_dynamic,
        )

        if not _KNOWN_KEYS.issuperset(d):
            discount_amount.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return discount_amount

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
