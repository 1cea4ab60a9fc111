from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class SimpleOrderItem(Model):
    """Simplified order item data."""

    object: str | None = None
    """ The type of the object represented by JSON. This object stores information about the `order_item`. """
    source_id: str | None = None
    """ The merchant’s product/SKU ID (if it is different from the Voucherify product/SKU ID). """
    related_object: str | None = None
    """ Used along with the source_id property. It can be set to either SKU or product. """
    product_id: str | None = None
    """ A unique product ID assigned by Voucherify. """
    sku_id: str | None = None
    """ A unique SKU ID assigned by Voucherify. """
    quantity: int | None = None
    """ The quantity of the particular item in the cart. """
    discount_quantity: int | None = None
    """ Number of dicounted items. """
    amount: int | None = None
    """ The total amount of the order item (price * quantity). """
    discount_amount: int | None = None
    """ The sum of all order-item-level discounts applied to the order. """
    applied_discount_amount: int | None = None
    """ The order-level discount applied. """
    price: int | None = None
    """ Unit price of an item. Value is multiplied by 100 to precisely represent 2 decimal places. For example, a
    $10 discount is written as 1000. """
    subtotal_amount: int | None = None
    """ Final order amount after the applied discount. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
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
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "object": "order_item",
    }


SimpleOrderItemDict = TypedDict(
    "SimpleOrderItemDict",
    {
        "object": "Literal['order_item']",
        "source_id": "str | None",
        "related_object": "str | None",
        "product_id": "str | None",
        "sku_id": "str | None",
        "quantity": "int | None",
        "discount_quantity": "int | None",
        "amount": "int | None",
        "discount_amount": "int | None",
        "applied_discount_amount": "int | None",
        "price": "int | None",
        "subtotal_amount": "int | None",
    },
    total=False,
)
"""SimpleOrderItem as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
