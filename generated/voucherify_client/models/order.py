from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class Order(Model):
    """Order information."""

    id: str | None = None
    """ Unique ID assigned by Voucherify of an existing order that will be linked to the redemption of this request.
    """
    source_id: str | None = None
    """ Unique source ID of an existing order that will be linked to the redemption of this request.

    For validation and redemption, if `source_id` is used with an existing order, the original order data will be
    used, like `items`, `amount`, and so on, not the one sent in the new request. """
    status: str | None = None
    amount: int | None = None
    """ A positive integer in the smallest currency unit (e.g. 100 cents for $1.00) representing the total amount of
    the order. This is the sum of the order items' amounts. """
    initial_amount: int | None = None
    """ A positive integer in the smallest currency unit (e.g. 100 cents for $1.00) representing the total amount of
    the order. This is the sum of the order items' amounts. """
    discount_amount: int | None = None
    """ Sum of all order-level discounts applied to the order. It is expressed as an integer in the smallest
    currency unit (e.g. 100 cents for $1.00). """
    items: list[OrderItem] | None = None
    """ Array of items applied to the order. It can include up to 500 items. """
    metadata: Any | None = None
    """ A set of custom key/value pairs that you can attach to an order. It can be useful for storing additional
    information about the order in a structured format. It can be used to define business validation rules or
    discount formulas. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "id",
        "source_id",
        "status",
        "amount",
        "initial_amount",
        "discount_amount",
        "items",
        "metadata",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


OrderDict = TypedDict(
    "OrderDict",
    {
        "id": "str",
        "source_id": "str | None",
        "status": "str",
        "amount": "int",
        "initial_amount": "int",
        "discount_amount": "int",
        "items": "list[OrderItemDict]",
        "metadata": "Any",
    },
    total=False,
)
"""Order as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.order_item import OrderItem, OrderItemDict
