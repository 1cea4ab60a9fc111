from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bundle_missing_item_object import BundleMissingItemObject
from ..types import PARSE_ERRORS, UNSET, Unset

_BundleMissingItemObject_values = BundleMissingItemObject._value2member_map_


T = TypeVar("T", bound="BundleMissingItem")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "object",
        "item_quantity",
    }
)


@_attrs_define
class BundleMissingItem:
    id: None | str | Unset = UNSET
    """ Unique identifier of the collection, product, or SKU that is missing in the customer's order items. This is
    an ID assigned by Voucherify. """
    object_: BundleMissingItemObject | None | Unset = UNSET
    """ Determines the type of the object that is missing in the customer's order items. """
    item_quantity: int | None | Unset = UNSET
    """ Quantity of items that are missing in the order items to meet the bundle conditions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        elif isinstance(self.object_, BundleMissingItemObject):
            object_ = self.object_.value if isinstance(self.object_, BundleMissingItemObject) else self.object_

        else:
            object_ = self.object_

        item_quantity: int | None | Unset
        if isinstance(self.item_quantity, Unset):
            item_quantity = UNSET
        else:
            item_quantity = self.item_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if item_quantity is not UNSET:
            field_dict["item_quantity"] = item_quantity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        id = d.get("id", UNSET)

        try:
            _object_ = d.get("object", UNSET)
            object_: BundleMissingItemObject | None | Unset
            if _object_ is UNSET:
                object_ = UNSET
            elif _object_ is None:
                object_ = None
            else:
                object_type_0 = _BundleMissingItemObject_values.get(_object_) or BundleMissingItemObject(_object_)

                object_ = object_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            object_ = d.get("object", UNSET)

        item_quantity = d.get("item_quantity", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        bundle_missing_item = cls(
            id,
            object_,
            item_quantity,
        )

        if not _KNOWN_KEYS.issuperset(d):
            bundle_missing_item.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return bundle_missing_item

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
