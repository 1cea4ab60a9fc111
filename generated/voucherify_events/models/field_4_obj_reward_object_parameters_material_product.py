from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Field4ObjRewardObjectParametersMATERIALProduct")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "sku_id",
    }
)


@_attrs_define
class Field4ObjRewardObjectParametersMATERIALProduct:
    id: None | str | Unset = UNSET
    """ Unique identifier of the product assigned by Voucherify.  """
    sku_id: None | str | Unset = UNSET
    """ Unique identifier of the SKU assigned by Voucherify for the SKU given as a reward. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        sku_id: None | str | Unset
        if isinstance(self.sku_id, Unset):
            sku_id = UNSET
        else:
            sku_id = self.sku_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if sku_id is not UNSET:
            field_dict["sku_id"] = sku_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        id = d.get("id", UNSET)

        sku_id = d.get("sku_id", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        field_4_obj_reward_object_parameters_material_product = cls(
            id,
            sku_id,
        )

        if not _KNOWN_KEYS.issuperset(d):
            field_4_obj_reward_object_parameters_material_product.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return field_4_obj_reward_object_parameters_material_product

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
