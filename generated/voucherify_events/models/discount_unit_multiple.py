from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.discount_unit_multiple_one_unit import DiscountUnitMultipleOneUnit


T = TypeVar("T", bound="DiscountUnitMultiple")

_KNOWN_KEYS = frozenset(
    {
        "type",
        "effect",
        "units",
    }
)


@_attrs_define
class DiscountUnitMultiple:
    type_: Literal["UNIT"] | Unset = "UNIT"
    """ Discount type. """
    effect: Literal["ADD_MANY_ITEMS"] | Unset = "ADD_MANY_ITEMS"
    """ Defines how the discount is applied to the customer's order. """
    units: list[DiscountUnitMultipleOneUnit] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        type_ = self.type_

        effect = self.effect

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
                        if isinstance(units_type_0_item_data, DiscountUnitMultipleOneUnit)
                        else units_type_0_item_data
                    )

                    units.append(units_type_0_item)

            elif not isinstance(self.units, Unset):
                units = self.units

        else:
            units = self.units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if effect is not UNSET:
            field_dict["effect"] = effect
        if units is not UNSET:
            field_dict["units"] = units

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        type_ = d.get("type", UNSET)

        effect = d.get("effect", UNSET)

        try:
            _units = d.get("units", UNSET)
            units: list[DiscountUnitMultipleOneUnit] | None | Unset
            if _units is UNSET:
                units = UNSET
            elif _units is None:
                units = None
            else:
                _units_type_0 = _units
                units_type_0: list[DiscountUnitMultipleOneUnit]
                if not isinstance(_units_type_0, list):
                    raise TypeError("expected a list")
                else:
                    units_type_0 = []
                    for units_type_0_item_data in _units_type_0:
                        # One item the SDK cannot read is kept as it came; its neighbours are still parsed.
                        try:
                            units_type_0_item = DiscountUnitMultipleOneUnit.from_dict(units_type_0_item_data)

                        except PARSE_ERRORS:
                            units_type_0_item = units_type_0_item_data
                        units_type_0.append(units_type_0_item)

                units = units_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            units = d.get("units", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        discount_unit_multiple = cls(
            type_,
            effect,
            units,
        )

        if not _KNOWN_KEYS.issuperset(d):
            discount_unit_multiple.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return discount_unit_multiple

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
    global DiscountUnitMultipleOneUnit
    from ..models.discount_unit_multiple_one_unit import DiscountUnitMultipleOneUnit

    _unbound = False
