from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_4_obj_reward_object_parameters_material_product import (
        Field4ObjRewardObjectParametersMATERIALProduct,
    )


T = TypeVar("T", bound="Field4ObjRewardObjectParametersMATERIAL")

_KNOWN_KEYS = frozenset(
    {
        "product",
    }
)


@_attrs_define
class Field4ObjRewardObjectParametersMATERIAL:
    """These are parameters representing products as a reward."""

    product: Field4ObjRewardObjectParametersMATERIALProduct | None | Unset = UNSET
    """ Contains information about the product given as a reward. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        product: dict[str, Any] | None | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        elif isinstance(self.product, Field4ObjRewardObjectParametersMATERIALProduct):
            product = (
                self.product.to_dict()
                if isinstance(self.product, Field4ObjRewardObjectParametersMATERIALProduct)
                else self.product
            )

        else:
            product = self.product

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product is not UNSET:
            field_dict["product"] = product

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        try:
            _product = d.get("product", UNSET)
            product: Field4ObjRewardObjectParametersMATERIALProduct | None | Unset
            if _product is UNSET:
                product = UNSET
            elif _product is None:
                product = None
            else:
                product_type_0 = Field4ObjRewardObjectParametersMATERIALProduct.from_dict(_product)

                product = product_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            product = d.get("product", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        field_4_obj_reward_object_parameters_material = cls(
            product,
        )

        if not _KNOWN_KEYS.issuperset(d):
            field_4_obj_reward_object_parameters_material.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return field_4_obj_reward_object_parameters_material

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
    global Field4ObjRewardObjectParametersMATERIALProduct
    from ..models.field_4_obj_reward_object_parameters_material_product import (
        Field4ObjRewardObjectParametersMATERIALProduct,
    )

    _unbound = False
