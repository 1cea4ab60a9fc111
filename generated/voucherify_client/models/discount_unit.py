from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_unit_effect import DiscountUnitEffect
from ..types import PARSE_ERRORS, UNSET, Unset

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
        try:
            type_ = cast(Literal["UNIT"] | Unset, d.get("type", UNSET))
            if type_ != "UNIT" and not isinstance(type_, Unset):
                raise ValueError(f"type must match const 'UNIT', got '{type_}'")
        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            type_ = d.get("type", UNSET)

        try:
            _unit_off = d.get("unit_off", UNSET)
            unit_off: float | None | Unset
            if _unit_off is None or _unit_off is UNSET:
                unit_off = _unit_off
            else:
                unit_off = cast(float | None | Unset, _unit_off)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            unit_off = d.get("unit_off", UNSET)

        try:
            _unit_off_formula = d.get("unit_off_formula", UNSET)
            unit_off_formula: None | str | Unset
            if _unit_off_formula is None or _unit_off_formula is UNSET:
                unit_off_formula = _unit_off_formula
            else:
                unit_off_formula = cast(None | str | Unset, _unit_off_formula)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            unit_off_formula = d.get("unit_off_formula", UNSET)

        try:
            _unit_type = d.get("unit_type", UNSET)
            unit_type: None | str | Unset
            if _unit_type is None or _unit_type is UNSET:
                unit_type = _unit_type
            else:
                unit_type = cast(None | str | Unset, _unit_type)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            unit_type = d.get("unit_type", UNSET)

        try:
            _effect = d.get("effect", UNSET)
            effect: DiscountUnitEffect | None | Unset
            if _effect is None or _effect is UNSET:
                effect = _effect
            elif isinstance(_effect, str):
                effect_type_0 = DiscountUnitEffect(_effect)

                effect = effect_type_0
            else:
                effect = cast(DiscountUnitEffect | None | Unset, _effect)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            effect = d.get("effect", UNSET)

        try:
            _product = d.get("product", UNSET)
            product: DiscountProduct | None | Unset
            if _product is None or _product is UNSET:
                product = _product
            elif isinstance(_product, dict):
                product_type_0 = DiscountProduct.from_dict(_product)

                product = product_type_0
            else:
                product = cast(DiscountProduct | None | Unset, _product)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            product = d.get("product", UNSET)

        try:
            _sku = d.get("sku", UNSET)
            sku: DiscountSku | None | Unset
            if _sku is None or _sku is UNSET:
                sku = _sku
            elif isinstance(_sku, dict):
                sku_type_0 = DiscountSku.from_dict(_sku)

                sku = sku_type_0
            else:
                sku = cast(DiscountSku | None | Unset, _sku)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            sku = d.get("sku", UNSET)

        try:
            _units = d.get("units", UNSET)
            units: list[DiscountUnitItem] | None | Unset
            if _units is None or _units is UNSET:
                units = _units
            elif isinstance(_units, list):
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
            else:
                units = cast(list[DiscountUnitItem] | None | Unset, _units)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            units = d.get("units", UNSET)

        try:
            _is_dynamic = d.get("is_dynamic", UNSET)
            is_dynamic: bool | None | Unset
            if _is_dynamic is None or _is_dynamic is UNSET:
                is_dynamic = _is_dynamic
            else:
                is_dynamic = cast(bool | None | Unset, _is_dynamic)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            is_dynamic = d.get("is_dynamic", UNSET)

        discount_unit = cls(
            type_=type_,
            unit_off=unit_off,
            unit_off_formula=unit_off_formula,
            unit_type=unit_type,
            effect=effect,
            product=product,
            sku=sku,
            units=units,
            is_dynamic=is_dynamic,
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
