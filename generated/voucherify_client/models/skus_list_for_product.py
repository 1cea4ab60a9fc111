from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.sku import Sku


T = TypeVar("T", bound="SkusListForProduct")

_KNOWN_KEYS = frozenset(
    {
        "object",
        "data_ref",
        "data",
        "total",
    }
)


@_attrs_define
class SkusListForProduct:
    """Contains information about child SKUs."""

    object_: None | str | Unset = "list"
    """ The type of the object represented by JSON. This object stores information about SKUs. """
    data_ref: None | str | Unset = "data"
    """ Identifies the name of the JSON property that contains the array of SKUs. """
    data: list[Sku] | None | Unset = UNSET
    """ A dictionary that contains an array of SKUs. """
    total: int | None | Unset = UNSET
    """ Total number of SKUs in the product. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        else:
            object_ = self.object_

        data_ref: None | str | Unset
        if isinstance(self.data_ref, Unset):
            data_ref = UNSET
        else:
            data_ref = self.data_ref

        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = UNSET
            if isinstance(self.data, list):
                data = []
                for data_type_0_item_data in self.data:
                    data_type_0_item: dict[str, Any] = (
                        data_type_0_item_data.to_dict()
                        if isinstance(data_type_0_item_data, Sku)
                        else data_type_0_item_data
                    )

                    data.append(data_type_0_item)

            elif not isinstance(self.data, Unset):
                data = self.data

        else:
            data = self.data

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if data_ref is not UNSET:
            field_dict["data_ref"] = data_ref
        if data is not UNSET:
            field_dict["data"] = data
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        object_ = d.get("object", UNSET)

        data_ref = d.get("data_ref", UNSET)

        try:
            _data = d.get("data", UNSET)
            data: list[Sku] | None | Unset
            if _data is UNSET:
                data = UNSET
            elif _data is None:
                data = None
            else:
                _data_type_0 = _data
                data_type_0: list[Sku]
                if not isinstance(_data_type_0, list):
                    raise TypeError("expected a list")
                else:
                    data_type_0 = []
                    for data_type_0_item_data in _data_type_0:
                        # One item the SDK cannot read is kept as it came; its neighbours are still parsed.
                        try:
                            data_type_0_item = Sku.from_dict(data_type_0_item_data)

                        except PARSE_ERRORS:
                            data_type_0_item = data_type_0_item_data
                        data_type_0.append(data_type_0_item)

                data = data_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            data = d.get("data", UNSET)

        total = d.get("total", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        skus_list_for_product = cls(
            object_,
            data_ref,
            data,
            total,
        )

        if not _KNOWN_KEYS.issuperset(d):
            skus_list_for_product.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return skus_list_for_product

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
    global Sku
    from ..models.sku import Sku

    _unbound = False
