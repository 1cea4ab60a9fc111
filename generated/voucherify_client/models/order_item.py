from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class OrderItem(Model):
    """`OrderItem` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    sku_id: str | None = None
    """ Unique identifier of the SKU. It is assigned by Voucherify. """
    product_id: str | None = None
    """ Unique identifier of the product. It is assigned by Voucherify. """
    related_object: str | None = None
    source_id: str | None = None
    """ The merchant's product/SKU ID (if it is different from the Voucherify product/SKU ID). It is useful in the
    integration between multiple systems. It can be an ID from an eCommerce site, a database, or a third-party
    service. """
    quantity: int | None = None
    """ The quantity of the particular item in the cart. """
    discount_quantity: int | None = None
    """ Number of dicounted items. """
    initial_quantity: int | None = None
    """ A positive integer in the smallest unit quantity representing the total amount of the order; this is the sum
    of the order items' quantity. """
    amount: int | None = None
    """ The total amount of the order item (price * quantity). """
    discount_amount: int | None = None
    """ Sum of all order-item-level discounts applied to the order. """
    initial_amount: int | None = None
    """ A positive integer in the smallest currency unit (e.g. 100 cents for $1.00) representing the total amount of
    the order. This is the sum of the order items' amounts. """
    price: int | None = None
    """ Unit price of an item. The value is multiplied by 100 to represent 2 decimal places. For example `10000
    cents` for `$100.00`. """
    product: OrderItemProduct | None = None
    sku: OrderItemSku | None = None
    metadata: Any | None = None
    """ A set of custom key/value pairs that you can attach to an order item. It can be useful for storing
    additional information about the order item in a structured format. It can be used to define business validation
    rules. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
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
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


OrderItemDict = TypedDict(
    "OrderItemDict",
    {
        "sku_id": "str",
        "product_id": "str",
        "related_object": "str",
        "source_id": "str",
        "quantity": "int",
        "discount_quantity": "int",
        "initial_quantity": "int",
        "amount": "int",
        "discount_amount": "int",
        "initial_amount": "int",
        "price": "int",
        "product": "OrderItemProductDict",
        "sku": "OrderItemSkuDict",
        "metadata": "Any",
    },
    total=False,
)
"""OrderItem as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.order_item_product import OrderItemProduct, OrderItemProductDict
from ..models.order_item_sku import OrderItemSku, OrderItemSkuDict
