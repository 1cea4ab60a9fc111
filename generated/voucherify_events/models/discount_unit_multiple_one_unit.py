from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_unit_multiple_one_unit_effect import DiscountUnitMultipleOneUnitEffect
from ..types import PARSE_ERRORS, UNSET, Unset

_DiscountUnitMultipleOneUnitEffect_values = DiscountUnitMultipleOneUnitEffect._value2member_map_

if TYPE_CHECKING:
    from ..models.simple_product_discount_unit import SimpleProductDiscountUnit
    from ..models.simple_sku_discount_unit import SimpleSkuDiscountUnit


T = TypeVar("T", bound="DiscountUnitMultipleOneUnit")

_KNOWN_KEYS = frozenset(
    {
        "unit_off",
        "unit_off_formula",
        "effect",
        "unit_type",
        "product",
        "sku",
    }
)


@_attrs_define
class DiscountUnitMultipleOneUnit:
    unit_off: float | None | Unset = UNSET
    """ Number of units granted a full value discount. """
    unit_off_formula: None | str | Unset = UNSET
    effect: DiscountUnitMultipleOneUnitEffect | None | Unset = UNSET
    """ Defines how the unit is added to the customer's order. """
    unit_type: None | str | Unset = UNSET
    """ The product deemed as free, chosen from product inventory (e.g. time, items). """
    product: None | SimpleProductDiscountUnit | Unset = UNSET
    """ Contains information about the product. """
    sku: None | SimpleSkuDiscountUnit | Unset = UNSET
    """ Contains information about the sku. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        unit_off: float | None | Unset
        if isinstance(self.unit_off, Unset):
            unit_off = UNSET
        else:
            unit_off = self.unit_off

        unit_off_formula: None | str | Unset
        if isinstance(self.unit_off_formula, Unset):
            unit_off_formula = UNSET
        else:
            unit_off_formula = self.unit_off_formula

        effect: None | str | Unset
        if isinstance(self.effect, Unset):
            effect = UNSET
        elif isinstance(self.effect, DiscountUnitMultipleOneUnitEffect):
            effect = self.effect.value if isinstance(self.effect, DiscountUnitMultipleOneUnitEffect) else self.effect

        else:
            effect = self.effect

        unit_type: None | str | Unset
        if isinstance(self.unit_type, Unset):
            unit_type = UNSET
        else:
            unit_type = self.unit_type

        product: dict[str, Any] | None | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        elif isinstance(self.product, SimpleProductDiscountUnit):
            product = self.product.to_dict() if isinstance(self.product, SimpleProductDiscountUnit) else self.product

        else:
            product = self.product

        sku: dict[str, Any] | None | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        elif isinstance(self.sku, SimpleSkuDiscountUnit):
            sku = self.sku.to_dict() if isinstance(self.sku, SimpleSkuDiscountUnit) else self.sku

        else:
            sku = self.sku

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if unit_off is not UNSET:
            field_dict["unit_off"] = unit_off
        if unit_off_formula is not UNSET:
            field_dict["unit_off_formula"] = unit_off_formula
        if effect is not UNSET:
            field_dict["effect"] = effect
        if unit_type is not UNSET:
            field_dict["unit_type"] = unit_type
        if product is not UNSET:
            field_dict["product"] = product
        if sku is not UNSET:
            field_dict["sku"] = sku

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        unit_off = d.get("unit_off", UNSET)

        unit_off_formula = d.get("unit_off_formula", UNSET)

        try:
            _effect = d.get("effect", UNSET)
            effect: DiscountUnitMultipleOneUnitEffect | None | Unset
            if _effect is UNSET:
                effect = UNSET
            elif _effect is None:
                effect = None
            else:
                effect_type_0 = _DiscountUnitMultipleOneUnitEffect_values.get(
                    _effect
                ) or DiscountUnitMultipleOneUnitEffect(_effect)

                effect = effect_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            effect = d.get("effect", UNSET)

        unit_type = d.get("unit_type", UNSET)

        try:
            _product = d.get("product", UNSET)
            product: None | SimpleProductDiscountUnit | Unset
            if _product is UNSET:
                product = UNSET
            elif _product is None:
                product = None
            else:
                product_type_0 = SimpleProductDiscountUnit.from_dict(_product)

                product = product_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            product = d.get("product", UNSET)

        try:
            _sku = d.get("sku", UNSET)
            sku: None | SimpleSkuDiscountUnit | Unset
            if _sku is UNSET:
                sku = UNSET
            elif _sku is None:
                sku = None
            else:
                sku_type_0 = SimpleSkuDiscountUnit.from_dict(_sku)

                sku = sku_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            sku = d.get("sku", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        discount_unit_multiple_one_unit = cls(
            unit_off,
            unit_off_formula,
            effect,
            unit_type,
            product,
            sku,
        )

        if not _KNOWN_KEYS.issuperset(d):
            discount_unit_multiple_one_unit.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return discount_unit_multiple_one_unit

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


# The models this one refers to are imported on its first use, not at import time: models refer to each other in
# cycles, and importing the package should cost only the classes a program actually touches.
_unbound = True


def _bind_models() -> None:
    global _unbound
    global SimpleProductDiscountUnit
    global SimpleSkuDiscountUnit
    from ..models.simple_product_discount_unit import SimpleProductDiscountUnit
    from ..models.simple_sku_discount_unit import SimpleSkuDiscountUnit

    _unbound = False
