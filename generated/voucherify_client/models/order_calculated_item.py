from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class OrderCalculatedItem(Model):
    """`OrderCalculatedItem` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    id: str | None = None
    """ Unique identifier of the order line item. """
    sku_id: str | None = None
    """ Unique identifier of the SKU. It is assigned by Voucherify. """
    product_id: str | None = None
    """ Unique identifier of the product. It is assigned by Voucherify. """
    related_object: str | None = None
    """ Used along with the source_id property, can be set to either sku or product. """
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
    applied_discount_amount: int | None = None
    """ This field shows the order-level discount applied. """
    applied_discount_quantity: int | None = None
    """ Number of the discounted items applied in the transaction. """
    applied_quantity: int | None = None
    """ Quantity of items changed by the application of a new quantity items. It can be positive when an item is
    added or negative if an item is replaced. """
    applied_quantity_amount: int | None = None
    """ Amount for the items changed by the application of a new quantity items. It can be positive when an item is
    added or negative if an item is replaced. """
    initial_amount: int | None = None
    """ A positive integer in the smallest currency unit (e.g. 100 cents for $1.00) representing the total amount of
    the order. This is the sum of the order items' amounts. """
    price: int | None = None
    """ Unit price of an item. The value is multiplied by 100 to represent 2 decimal places. For example `10000
    cents` for `$100.00`. """
    subtotal_amount: int | None = None
    """ Final order item amount after the applied item-level discount.  If there are no item-level discounts
    applied, this item is equal to the `amount`.
    `subtotal_amount`=`amount`-`applied_discount_amount` """
    product: OrderCalculatedItemProduct | None = None
    """ An object containing details of the related product. """
    sku: OrderCalculatedItemSku | None = None
    """ An object containing details of the related SKU. """
    object: str | None = None
    """ The type of the object represented by JSON. """
    metadata: Any | None = None
    """ A set of custom key/value pairs that you can attach to an item object. It can be useful for storing
    additional information about the item in a structured format. It can be used to define business validation rules
    or discount formulas. """
    application_details: list[ApplicationDetailsItem] | None = None

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "id",
        "sku_id",
        "product_id",
        "related_object",
        "source_id",
        "quantity",
        "discount_quantity",
        "initial_quantity",
        "amount",
        "discount_amount",
        "applied_discount_amount",
        "applied_discount_quantity",
        "applied_quantity",
        "applied_quantity_amount",
        "initial_amount",
        "price",
        "subtotal_amount",
        "product",
        "sku",
        "object",
        "metadata",
        "application_details",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "object": "order_item",
    }


OrderCalculatedItemDict = TypedDict(
    "OrderCalculatedItemDict",
    {
        "id": "str | None",
        "sku_id": "str | None",
        "product_id": "str | None",
        "related_object": "str | None",
        "source_id": "str | None",
        "quantity": "int | None",
        "discount_quantity": "int | None",
        "initial_quantity": "int | None",
        "amount": "int | None",
        "discount_amount": "int | None",
        "applied_discount_amount": "int | None",
        "applied_discount_quantity": "int | None",
        "applied_quantity": "int | None",
        "applied_quantity_amount": "int | None",
        "initial_amount": "int | None",
        "price": "int | None",
        "subtotal_amount": "int | None",
        "product": "OrderCalculatedItemProductDict | None",
        "sku": "OrderCalculatedItemSkuDict | None",
        "object": "Literal['order_item']",
        "metadata": "Any",
        "application_details": "list[ApplicationDetailsItemDict] | None",
    },
    total=False,
)
"""OrderCalculatedItem as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.application_details_item import ApplicationDetailsItem, ApplicationDetailsItemDict
from ..models.order_calculated_item_product import OrderCalculatedItemProduct, OrderCalculatedItemProductDict
from ..models.order_calculated_item_sku import OrderCalculatedItemSku, OrderCalculatedItemSkuDict
