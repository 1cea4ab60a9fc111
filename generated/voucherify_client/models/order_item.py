from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_item_related_object import OrderItemRelatedObject
from ..types import PARSE_ERRORS, UNSET, Unset

_OrderItemRelatedObject_values = OrderItemRelatedObject._value2member_map_

if TYPE_CHECKING:
    from ..models.order_item_product import OrderItemProduct
    from ..models.order_item_sku import OrderItemSku


T = TypeVar("T", bound="OrderItem")

_KNOWN_KEYS = frozenset(
    {
        "sku_id",
        "product_id",
        "related_object",
        "source_id",
        "quantity",
        "discount_quantity",
        "initial_quantity",
        "amount",
        "discount_amount",
        "initial_amount",
        "price",
        "product",
        "sku",
        "metadata",
    }
)


@_attrs_define
class OrderItem:
    sku_id: str | Unset = UNSET
    """ Unique identifier of the SKU. It is assigned by Voucherify. """
    product_id: str | Unset = UNSET
    """ Unique identifier of the product. It is assigned by Voucherify. """
    related_object: OrderItemRelatedObject | Unset = UNSET
    source_id: str | Unset = UNSET
    """ The merchant's product/SKU ID (if it is different from the Voucherify product/SKU ID). It is useful in the
    integration between multiple systems. It can be an ID from an eCommerce site, a database, or a third-party
    service. """
    quantity: int | Unset = UNSET
    """ The quantity of the particular item in the cart. """
    discount_quantity: int | Unset = UNSET
    """ Number of dicounted items. """
    initial_quantity: int | Unset = UNSET
    """ A positive integer in the smallest unit quantity representing the total amount of the order; this is the sum
    of the order items' quantity. """
    amount: int | Unset = UNSET
    """ The total amount of the order item (price * quantity). """
    discount_amount: int | Unset = UNSET
    """ Sum of all order-item-level discounts applied to the order. """
    initial_amount: int | Unset = UNSET
    """ A positive integer in the smallest currency unit (e.g. 100 cents for $1.00) representing the total amount of
    the order. This is the sum of the order items' amounts. """
    price: int | Unset = UNSET
    """ Unit price of an item. The value is multiplied by 100 to represent 2 decimal places. For example `10000
    cents` for `$100.00`. """
    product: OrderItemProduct | Unset = UNSET
    sku: OrderItemSku | Unset = UNSET
    metadata: Any | Unset = UNSET
    """ A set of custom key/value pairs that you can attach to an order item. It can be useful for storing
    additional information about the order item in a structured format. It can be used to define business validation
    rules. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        sku_id = self.sku_id

        product_id = self.product_id

        related_object: str | Unset = UNSET
        if isinstance(self.related_object, OrderItemRelatedObject):
            related_object = self.related_object.value
        elif not isinstance(self.related_object, Unset):
            related_object = self.related_object

        source_id = self.source_id

        quantity = self.quantity

        discount_quantity = self.discount_quantity

        initial_quantity = self.initial_quantity

        amount = self.amount

        discount_amount = self.discount_amount

        initial_amount = self.initial_amount

        price = self.price

        product: dict[str, Any] | Unset = UNSET
        if isinstance(self.product, OrderItemProduct):
            product = self.product.to_dict()
        elif not isinstance(self.product, Unset):
            product = self.product

        sku: dict[str, Any] | Unset = UNSET
        if isinstance(self.sku, OrderItemSku):
            sku = self.sku.to_dict()
        elif not isinstance(self.sku, Unset):
            sku = self.sku

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sku_id is not UNSET:
            field_dict["sku_id"] = sku_id
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if related_object is not UNSET:
            field_dict["related_object"] = related_object
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if discount_quantity is not UNSET:
            field_dict["discount_quantity"] = discount_quantity
        if initial_quantity is not UNSET:
            field_dict["initial_quantity"] = initial_quantity
        if amount is not UNSET:
            field_dict["amount"] = amount
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if initial_amount is not UNSET:
            field_dict["initial_amount"] = initial_amount
        if price is not UNSET:
            field_dict["price"] = price
        if product is not UNSET:
            field_dict["product"] = product
        if sku is not UNSET:
            field_dict["sku"] = sku
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        sku_id = d.get("sku_id", UNSET)

        product_id = d.get("product_id", UNSET)

        try:
            _related_object = d.get("related_object", UNSET)
            related_object: OrderItemRelatedObject | Unset
            if _related_object is UNSET:
                related_object = UNSET
            else:
                related_object = _OrderItemRelatedObject_values.get(_related_object) or OrderItemRelatedObject(
                    _related_object
                )

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            related_object = d.get("related_object", UNSET)

        source_id = d.get("source_id", UNSET)

        quantity = d.get("quantity", UNSET)

        discount_quantity = d.get("discount_quantity", UNSET)

        initial_quantity = d.get("initial_quantity", UNSET)

        amount = d.get("amount", UNSET)

        discount_amount = d.get("discount_amount", UNSET)

        initial_amount = d.get("initial_amount", UNSET)

        price = d.get("price", UNSET)

        try:
            _product = d.get("product", UNSET)
            product: OrderItemProduct | Unset
            if _product is UNSET:
                product = UNSET
            else:
                product = OrderItemProduct.from_dict(_product)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            product = d.get("product", UNSET)

        try:
            _sku = d.get("sku", UNSET)
            sku: OrderItemSku | Unset
            if _sku is UNSET:
                sku = UNSET
            else:
                sku = OrderItemSku.from_dict(_sku)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            sku = d.get("sku", UNSET)

        metadata = d.get("metadata", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        order_item = cls(
            sku_id,
            product_id,
            related_object,
            source_id,
            quantity,
            discount_quantity,
            initial_quantity,
            amount,
            discount_amount,
            initial_amount,
            price,
            product,
            sku,
            metadata,
        )

        if not _KNOWN_KEYS.issuperset(d):
            order_item.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return order_item

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
    global OrderItemProduct
    global OrderItemSku
    from ..models.order_item_product import OrderItemProduct
    from ..models.order_item_sku import OrderItemSku

    _unbound = False
