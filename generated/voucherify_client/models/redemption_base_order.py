from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class RedemptionBaseOrder(Model):
    """`RedemptionBaseOrder` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    id: str | None = None
    """ Unique ID assigned by Voucherify of an existing order that will be linked to the redemption of this request.
    """
    source_id: str | None = None
    """ Unique source ID of an existing order that will be linked to the redemption of this request. """
    status: str | None = None
    """ The order status. """
    amount: int | None = None
    """ This is the sum of the order items' amounts. It is expressed as an integer in the smallest currency unit
    (e.g. 100 cents for $1.00). """
    initial_amount: int | None = None
    """ This is the sum of the order items' amounts before any discount or other effect (e.g. add missing units) is
    applied. It is expressed as an integer in the smallest currency unit (e.g. 100 cents for $1.00). """
    discount_amount: int | None = None
    """ Sum of all order-level discounts applied to the order. It is expressed as an integer in the smallest
    currency unit (e.g. 100 cents for $1.00). """
    items_discount_amount: int | None = None
    """ Sum of all product-specific discounts applied to the order. It is expressed as an integer in the smallest
    currency unit (e.g. 100 cents for $1.00). """
    total_discount_amount: int | None = None
    """ Sum of all order-level AND all product-specific discounts applied to the order. It is expressed as an
    integer in the smallest currency unit (e.g. 100 cents for $1.00). """
    total_amount: int | None = None
    """ Order amount after undoing all the discounts through the rollback redemption. It is expressed as an integer
    in the smallest currency unit (e.g. 100 cents for $1.00). """
    applied_discount_amount: int | None = None
    """ This field shows the order-level discount applied. It is expressed as an integer in the smallest currency
    unit (e.g. 100 cents for $1.00). """
    items_applied_discount_amount: int | None = None
    """ Sum of all product-specific discounts applied in a particular request. It is expressed as an integer in the
    smallest currency unit (e.g. 100 cents for $1.00).
    `sum(items, i => i.applied_discount_amount)` """
    total_applied_discount_amount: int | None = None
    """ Sum of all order-level AND all product-specific discounts applied in a particular request. It is expressed
    as an integer in the smallest currency unit (e.g. 100 cents for $1.00).
    `total_applied_discount_amount` = `applied_discount_amount` + `items_applied_discount_amount` """
    metadata: Any | None = None
    """ A set of custom key/value pairs that you can attach to an order. It can be useful for storing additional
    information about the order in a structured format. It can be used to define business validation rules or
    discount formulas. """
    object: str | None = None
    """ The type of the object represented by JSON. """
    created_at: datetime.datetime | None = None
    """ Timestamp representing the date and time when the order was created. The value is shown in the ISO 8601
    format. """
    updated_at: datetime.datetime | None = None
    """ Timestamp representing the date and time when the order was last updated in ISO 8601 format. """
    customer_id: str | None = None
    """ Unique customer identifier of the customer making the purchase. The ID is assigned by Voucherify. """
    referrer_id: str | None = None
    """ Unique referrer ID. """
    customer: CustomerId | None = None
    referrer: CustomerId | None = None
    redemptions: OrderCalculatedRedemptions | None = None
    items: list[RedemptionBaseOrderItemsItem] | None = None
    """ Array of items applied to the order. It can include up to 500 items. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "id",
        "source_id",
        "status",
        "amount",
        "initial_amount",
        "discount_amount",
        "items_discount_amount",
        "total_discount_amount",
        "total_amount",
        "applied_discount_amount",
        "items_applied_discount_amount",
        "total_applied_discount_amount",
        "metadata",
        "object",
        "created_at",
        "updated_at",
        "customer_id",
        "referrer_id",
        "customer",
        "referrer",
        "redemptions",
        "items",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "object": "order",
    }


RedemptionBaseOrderDict = TypedDict(
    "RedemptionBaseOrderDict",
    {
        "id": "str | None",
        "source_id": "str | None",
        "status": "str | None",
        "amount": "int | None",
        "initial_amount": "int | None",
        "discount_amount": "int | None",
        "items_discount_amount": "int | None",
        "total_discount_amount": "int | None",
        "total_amount": "int | None",
        "applied_discount_amount": "int | None",
        "items_applied_discount_amount": "int | None",
        "total_applied_discount_amount": "int | None",
        "metadata": "Any",
        "object": "Literal['order']",
        "created_at": "datetime.datetime | str | None",
        "updated_at": "datetime.datetime | str | None",
        "customer_id": "str | None",
        "referrer_id": "str | None",
        "customer": "CustomerIdDict | None",
        "referrer": "CustomerIdDict | None",
        "redemptions": "OrderCalculatedRedemptionsDict | None",
        "items": "list[RedemptionBaseOrderItemsItemDict] | None",
    },
    total=False,
)
"""RedemptionBaseOrder as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.customer_id import CustomerId, CustomerIdDict
from ..models.order_calculated_redemptions import OrderCalculatedRedemptions, OrderCalculatedRedemptionsDict
from ..models.redemption_base_order_items_item import RedemptionBaseOrderItemsItem, RedemptionBaseOrderItemsItemDict
