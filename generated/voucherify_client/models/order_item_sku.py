from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderItemSku")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "source_id",
        "override",
        "sku",
        "price",
        "metadata",
    }
)


@_attrs_define
class OrderItemSku:
    id: str | Unset = UNSET
    """ A unique identifier that represents the SKU and is assigned by Voucherify. """
    source_id: str | Unset = UNSET
    """ The merchant's SKU ID (if it is different than Voucherify's SKU ID). It is really useful in case of
    integration between multiple systems. It can be an ID from an eCommerce site, a database or a 3rd party service.
    """
    override: bool | Unset = UNSET
    """ The override set to `true` is used to store the product information in the system. If the product does not
    exist, it will be created with a source_id; if it does exist, the provided values for the name, price, and
    metadata will replace those already stored in the system. """
    sku: str | Unset = UNSET
    """ The SKU name. """
    price: float | Unset = UNSET
    """ SKU price. A positive integer in the smallest currency unit (e.g. 100 cents for $1.00). """
    metadata: Any | Unset = UNSET
    """ A set of custom key/value pairs that you can attach to an order item. It can be useful for storing
    additional information about the order item in a structured format. It can be used to create product
    collections. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_id = self.source_id

        override = self.override

        sku = self.sku

        price = self.price

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if override is not UNSET:
            field_dict["override"] = override
        if sku is not UNSET:
            field_dict["sku"] = sku
        if price is not UNSET:
            field_dict["price"] = price
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        id = d.get("id", UNSET)

        source_id = d.get("source_id", UNSET)

        override = d.get("override", UNSET)

        sku = d.get("sku", UNSET)

        price = d.get("price", UNSET)

        metadata = d.get("metadata", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        order_item_sku = cls(
            id,
            source_id,
            override,
            sku,
            price,
            metadata,
        )

        if not _KNOWN_KEYS.issuperset(d):
            order_item_sku.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return order_item_sku

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
