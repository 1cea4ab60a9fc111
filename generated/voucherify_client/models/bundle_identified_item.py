from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_item_related_object import OrderItemRelatedObject
from ..types import PARSE_ERRORS, UNSET, Unset

_OrderItemRelatedObject_values = OrderItemRelatedObject._value2member_map_


T = TypeVar("T", bound="BundleIdentifiedItem")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "object",
        "item_index",
        "item_quantity",
    }
)


@_attrs_define
class BundleIdentifiedItem:
    id: None | str | Unset = UNSET
    """ Unique identifier of the product or SKU that meets the bundle condition. This is an ID assigned by
    Voucherify. """
    object_: None | OrderItemRelatedObject | Unset = UNSET
    """ Determines the type of the object that meets the bundle condition. """
    item_index: int | None | Unset = UNSET
    """ Number assigned to the order line item in accordance with the order sent in the request. It starts with `0`
    for the first order line item in the request. """
    item_quantity: int | None | Unset = UNSET
    """ Quantity of items that meet the bundle conditions. If the quantity in the order is higher than the quantity
    required by the bundle, this returns only the number that meets the bundle. For example, if the bundle requires
    `5` coffees, but the order includes `10` coffees, `item_quantity` returns `5`. """
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
        elif isinstance(self.object_, OrderItemRelatedObject):
            object_ = self.object_.value if isinstance(self.object_, OrderItemRelatedObject) else self.object_

        else:
            object_ = self.object_

        item_index: int | None | Unset
        if isinstance(self.item_index, Unset):
            item_index = UNSET
        else:
            item_index = self.item_index

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
        if item_index is not UNSET:
            field_dict["item_index"] = item_index
        if item_quantity is not UNSET:
            field_dict["item_quantity"] = item_quantity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        id = d.get("id", UNSET)

        try:
            _object_ = d.get("object", UNSET)
            object_: None | OrderItemRelatedObject | Unset
            if _object_ is UNSET:
                object_ = UNSET
            elif _object_ is None:
                object_ = None
            else:
                object_type_0 = _OrderItemRelatedObject_values.get(_object_) or OrderItemRelatedObject(_object_)

                object_ = object_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            object_ = d.get("object", UNSET)

        item_index = d.get("item_index", UNSET)

        item_quantity = d.get("item_quantity", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        bundle_identified_item = cls(
            id,
            object_,
            item_index,
            item_quantity,
        )

        if not _KNOWN_KEYS.issuperset(d):
            bundle_identified_item.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return bundle_identified_item

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
