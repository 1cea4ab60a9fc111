from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simple_order_item_related_object import SimpleOrderItemRelatedObject
from ..types import PARSE_ERRORS, UNSET, Unset

_SimpleOrderItemRelatedObject_values = SimpleOrderItemRelatedObject._value2member_map_


T = TypeVar("T", bound="SimpleOrderItem")

_KNOWN_KEYS = frozenset(
    {
        "object",
        "source_id",
        "related_object",
        "product_id",
        "sku_id",
        "quantity",
        "discount_quantity",
        "amount",
        "discount_amount",
        "applied_discount_amount",
        "price",
        "subtotal_amount",
    }
)


@_attrs_define
class SimpleOrderItem:
    """Simplified order item data."""

    object_: Literal["order_item"] | Unset = "order_item"
    """ The type of the object represented by JSON. This object stores information about the `order_item`. """
    source_id: None | str | Unset = UNSET
    """ The merchant’s product/SKU ID (if it is different from the Voucherify product/SKU ID). """
    related_object: None | SimpleOrderItemRelatedObject | Unset = UNSET
    """ Used along with the source_id property. It can be set to either SKU or product. """
    product_id: None | str | Unset = UNSET
    """ A unique product ID assigned by Voucherify. """
    sku_id: None | str | Unset = UNSET
    """ A unique SKU ID assigned by Voucherify. """
    quantity: int | None | Unset = UNSET
    """ The quantity of the particular item in the cart. """
    discount_quantity: int | None | Unset = UNSET
    """ Number of dicounted items. """
    amount: int | None | Unset = UNSET
    """ The total amount of the order item (price * quantity). """
    discount_amount: int | None | Unset = UNSET
    """ The sum of all order-item-level discounts applied to the order. """
    applied_discount_amount: int | None | Unset = UNSET
    """ The order-level discount applied. """
    price: int | None | Unset = UNSET
    """ Unit price of an item. Value is multiplied by 100 to precisely represent 2 decimal places. For example, a
    $10 discount is written as 1000. """
    subtotal_amount: int | None | Unset = UNSET
    """ Final order amount after the applied discount. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        source_id: None | str | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        related_object: None | str | Unset
        if isinstance(self.related_object, Unset):
            related_object = UNSET
        elif isinstance(self.related_object, SimpleOrderItemRelatedObject):
            related_object = (
                self.related_object.value
                if isinstance(self.related_object, SimpleOrderItemRelatedObject)
                else self.related_object
            )

        else:
            related_object = self.related_object

        product_id: None | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        sku_id: None | str | Unset
        if isinstance(self.sku_id, Unset):
            sku_id = UNSET
        else:
            sku_id = self.sku_id

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        discount_quantity: int | None | Unset
        if isinstance(self.discount_quantity, Unset):
            discount_quantity = UNSET
        else:
            discount_quantity = self.discount_quantity

        amount: int | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        discount_amount: int | None | Unset
        if isinstance(self.discount_amount, Unset):
            discount_amount = UNSET
        else:
            discount_amount = self.discount_amount

        applied_discount_amount: int | None | Unset
        if isinstance(self.applied_discount_amount, Unset):
            applied_discount_amount = UNSET
        else:
            applied_discount_amount = self.applied_discount_amount

        price: int | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        subtotal_amount: int | None | Unset
        if isinstance(self.subtotal_amount, Unset):
            subtotal_amount = UNSET
        else:
            subtotal_amount = self.subtotal_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if related_object is not UNSET:
            field_dict["related_object"] = related_object
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if sku_id is not UNSET:
            field_dict["sku_id"] = sku_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if discount_quantity is not UNSET:
            field_dict["discount_quantity"] = discount_quantity
        if amount is not UNSET:
            field_dict["amount"] = amount
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if applied_discount_amount is not UNSET:
            field_dict["applied_discount_amount"] = applied_discount_amount
        if price is not UNSET:
            field_dict["price"] = price
        if subtotal_amount is not UNSET:
            field_dict["subtotal_amount"] = subtotal_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        object_ = d.get("object", UNSET)

        source_id = d.get("source_id", UNSET)

        try:
            _related_object = d.get("related_object", UNSET)
            related_object: None | SimpleOrderItemRelatedObject | Unset
            if _related_object is UNSET:
                related_object = UNSET
            elif _related_object is None:
                related_object = None
            else:
                related_object_type_0 = _SimpleOrderItemRelatedObject_values.get(
                    _related_object
                ) or SimpleOrderItemRelatedObject(_related_object)

                related_object = related_object_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            related_object = d.get("related_object", UNSET)

        product_id = d.get("product_id", UNSET)

        sku_id = d.get("sku_id", UNSET)

        quantity = d.get("quantity", UNSET)

        discount_quantity = d.get("discount_quantity", UNSET)

        amount = d.get("amount", UNSET)

        discount_amount = d.get("discount_amount", UNSET)

        applied_discount_amount = d.get("applied_discount_amount", UNSET)

        price = d.get("price", UNSET)

        subtotal_amount = d.get("subtotal_amount", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        simple_order_item = cls(
            object_,
            source_id,
            related_object,
            product_id,
            sku_id,
            quantity,
            discount_quantity,
            amount,
            discount_amount,
            applied_discount_amount,
            price,
            subtotal_amount,
        )

        if not _KNOWN_KEYS.issuperset(d):
            simple_order_item.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return simple_order_item

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
