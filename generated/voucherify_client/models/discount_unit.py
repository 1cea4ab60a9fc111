from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_unit_effect import DiscountUnitEffect
from ..types import PARSE_ERRORS, UNSET, Unset

_DiscountUnitEffect_values = DiscountUnitEffect._value2member_map_

if TYPE_CHECKING:
    from ..models.discount_product import DiscountProduct
    from ..models.discount_sku import DiscountSku
    from ..models.discount_unit_item import DiscountUnitItem


T = TypeVar("T", bound="DiscountUnit")

_KNOWN_KEYS = frozenset(
    {
        "type",
        "unit_off",
        "unit_off_formula",
        "unit_type",
        "effect",
        "product",
        "sku",
        "units",
        "is_dynamic",
    }
)


@_attrs_define
class DiscountUnit:
    """Free units of a product; with effect `ADD_MANY_ITEMS` the free units are listed in `units`."""

    type_: Literal["UNIT"] | Unset = UNSET
    """ Always `UNIT`. """
    unit_off: float | None | Unset = UNSET
    """ Number of free units. """
    unit_off_formula: None | str | Unset = UNSET
    """ Formula computing the number of free units. """
    unit_type: None | str | Unset = UNSET
    """ Product or SKU ID of the free unit. """
    effect: DiscountUnitEffect | None | Unset = UNSET
    """ How the units are added. """
    product: DiscountProduct | None | Unset = UNSET
    """ The discounted product. """
    sku: DiscountSku | None | Unset = UNSET
    """ The discounted SKU. """
    units: list[DiscountUnitItem] | None | Unset = UNSET
    """ Free units for effect `ADD_MANY_ITEMS`. """
    is_dynamic: bool | None | Unset = UNSET
    """ Whether the value is computed by a formula. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        type_ = self.type_

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

        unit_type: None | str | Unset
        if isinstance(self.unit_type, Unset):
            unit_type = UNSET
        else:
            unit_type = self.unit_type

        effect: None | str | Unset
        if isinstance(self.effect, Unset):
            effect = UNSET
        elif isinstance(self.effect, DiscountUnitEffect):
            effect = self.effect.value if isinstance(self.effect, DiscountUnitEffect) else self.effect

        else:
            effect = self.effect

        product: dict[str, Any] | None | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        elif isinstance(self.product, DiscountProduct):
            product = self.product.to_dict() if isinstance(self.product, DiscountProduct) else self.product

        else:
            product = self.product

        sku: dict[str, Any] | None | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        elif isinstance(self.sku, DiscountSku):
            sku = self.sku.to_dict() if isinstance(self.sku, DiscountSku) else self.sku

        else:
            sku = self.sku

        units: list[dict[str, Any]] | None | Unset
        if isinstance(self.units, Unset):
            units = UNSET
        elif isinstance(self.units, list):
            units = UNSET
            if isinstance(self.units, list):
                units = []
                for units_type_0_item_data in self.units:
                    units_type_0_item: dict[str, Any] = (
                        units_type_0_item_data.to_dict()
                        if isinstance(units_type_0_item_data, DiscountUnitItem)
                        else units_type_0_item_data
                    )

                    units.append(units_type_0_item)

            elif not isinstance(self.units, Unset):
                units = self.units

        else:
            units = self.units

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
        if unit_off is not UNSET:
            field_dict["unit_off"] = unit_off
        if unit_off_formula is not UNSET:
            field_dict["unit_off_formula"] = unit_off_formula
        if unit_type is not UNSET:
            field_dict["unit_type"] = unit_type
        if effect is not UNSET:
            field_dict["effect"] = effect
        if product is not UNSET:
            field_dict["product"] = product
        if sku is not UNSET:
            field_dict["sku"] = sku
        if units is not UNSET:
            field_dict["units"] = units
        if is_dynamic is not UNSET:
            field_dict["is_dynamic"] = is_dynamic

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        type_ = d.get("type", UNSET)

        unit_off = d.get("unit_off", UNSET)

        unit_off_formula = d.get("unit_off_formula", UNSET)

        unit_type = d.get("unit_type", UNSET)

        try:
            _effect = d.get("effect", UNSET)
            effect: DiscountUnitEffect | None | Unset
            if _effect is UNSET:
                effect = UNSET
            elif _effect is None:
                effect = None
            else:
                effect_type_0 = _DiscountUnitEffect_values.get(_effect) or DiscountUnitEffect(_effect)

                effect = effect_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            effect = d.get("effect", UNSET)

        try:
            _product = d.get("product", UNSET)
            product: DiscountProduct | None | Unset
            if _product is UNSET:
                product = UNSET
            elif _product is None:
                product = None
            else:
                product_type_0 = DiscountProduct.from_dict(_product)

                product = product_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            product = d.get("product", UNSET)

        try:
            _sku = d.get("sku", UNSET)
            sku: DiscountSku | None | Unset
            if _sku is UNSET:
                sku = UNSET
            elif _sku is None:
                sku = None
            else:
                sku_type_0 = DiscountSku.from_dict(_sku)

                sku = sku_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            sku = d.get("sku", UNSET)

        try:
            _units = d.get("units", UNSET)
            units: list[DiscountUnitItem] | None | Unset
            if _units is UNSET:
                units = UNSET
            elif _units is None:
                units = None
            else:
                _units_type_0 = _units
                units_type_0: list[DiscountUnitItem]
                if not isinstance(_units_type_0, list):
                    raise TypeError("expected a list")
                else:
                    units_type_0 = []
                    for units_type_0_item_data in _units_type_0:
                        # One item the SDK cannot read is kept as it came; its neighbours are still parsed.
                        try:
                            units_type_0_item = DiscountUnitItem.from_dict(units_type_0_item_data)

                        except PARSE_ERRORS:
                            units_type_0_item = units_type_0_item_data
                        units_type_0.append(units_type_0_item)

                units = units_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            units = d.get("units", UNSET)

        is_dynamic = d.get("is_dynamic", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        discount_unit = cls(
            type_,
            unit_off,
            unit_off_formula,
            unit_type,
            effect,
            product,
            sku,
            units,
            is_dynamic,
        )

        if not _KNOWN_KEYS.issuperset(d):
            discount_unit.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return discount_unit

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
    global DiscountProduct
    global DiscountSku
    global DiscountUnitItem
    from ..models.discount_product import DiscountProduct
    from ..models.discount_sku import DiscountSku
    from ..models.discount_unit_item import DiscountUnitItem

    _unbound = False
