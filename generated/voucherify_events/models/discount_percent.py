from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_percent_vouchers_effect_types import DiscountPercentVouchersEffectTypes
from ..types import PARSE_ERRORS, UNSET, Unset

_DiscountPercentVouchersEffectTypes_values = DiscountPercentVouchersEffectTypes._value2member_map_


T = TypeVar("T", bound="DiscountPercent")

_KNOWN_KEYS = frozenset(
    {
        "type",
        "percent_off",
        "percent_off_formula",
        "amount_limit",
        "aggregated_amount_limit",
        "effect",
        "is_dynamic",
    }
)


@_attrs_define
class DiscountPercent:
    type_: Literal["PERCENT"] | Unset = "PERCENT"
    """ Defines the type of the voucher. """
    percent_off: float | None | Unset = UNSET
    """ The percent discount that the customer will receive. """
    percent_off_formula: None | str | Unset = UNSET
    amount_limit: float | None | Unset = UNSET
    """ Upper limit allowed to be applied as a discount. Value is multiplied by 100 to precisely represent 2 decimal
    places. For example, a $6 maximum discount is written as 600. """
    aggregated_amount_limit: int | None | Unset = UNSET
    """ Maximum discount amount per order. """
    effect: DiscountPercentVouchersEffectTypes | None | Unset = UNSET
    """ Defines how the discount is applied to the customer's order. """
    is_dynamic: bool | None | Unset = UNSET
    """ Flag indicating whether the discount was calculated using a formula. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        percent_off: float | None | Unset
        if isinstance(self.percent_off, Unset):
            percent_off = UNSET
        else:
            percent_off = self.percent_off

        percent_off_formula: None | str | Unset
        if isinstance(self.percent_off_formula, Unset):
            percent_off_formula = UNSET
        else:
            percent_off_formula = self.percent_off_formula

        amount_limit: float | None | Unset
        if isinstance(self.amount_limit, Unset):
            amount_limit = UNSET
        else:
            amount_limit = self.amount_limit

        aggregated_amount_limit: int | None | Unset
        if isinstance(self.aggregated_amount_limit, Unset):
            aggregated_amount_limit = UNSET
        else:
            aggregated_amount_limit = self.aggregated_amount_limit

        effect: None | str | Unset
        if isinstance(self.effect, Unset):
            effect = UNSET
        elif isinstance(self.effect, DiscountPercentVouchersEffectTypes):
            effect = self.effect.value if isinstance(self.effect, DiscountPercentVouchersEffectTypes) else self.effect

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
        if percent_off is not UNSET:
            field_dict["percent_off"] = percent_off
        if percent_off_formula is not UNSET:
            field_dict["percent_off_formula"] = percent_off_formula
        if amount_limit is not UNSET:
            field_dict["amount_limit"] = amount_limit
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

        percent_off = d.get("percent_off", UNSET)

        percent_off_formula = d.get("percent_off_formula", UNSET)

        amount_limit = d.get("amount_limit", UNSET)

        aggregated_amount_limit = d.get("aggregated_amount_limit", UNSET)

        try:
            _effect = d.get("effect", UNSET)
            effect: DiscountPercentVouchersEffectTypes | None | Unset
            if _effect is UNSET:
                effect = UNSET
            elif _effect is None:
                effect = None
            else:
                effect_type_0 = _DiscountPercentVouchersEffectTypes_values.get(
                    _effect
                ) or DiscountPercentVouchersEffectTypes(_effect)

                effect = effect_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            effect = d.get("effect", UNSET)

        is_dynamic = d.get("is_dynamic", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        discount_percent = cls(
            type_,
            percent_off,
            percent_off_formula,
            amount_limit,
            aggregated_amount_limit,
            effect,
            is_dynamic,
        )

        if not _KNOWN_KEYS.issuperset(d):
            discount_percent.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return discount_percent

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
