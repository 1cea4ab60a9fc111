from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class BundleIdentifiedItem(Model):
    """`BundleIdentifiedItem` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    id: str | None = None
    """ Unique identifier of the product or SKU that meets the bundle condition. This is an ID assigned by
    Voucherify. """
    object: str | None = None
    """ Determines the type of the object that meets the bundle condition. """
    item_index: int | None = None
    """ Number assigned to the order line item in accordance with the order sent in the request. It starts with `0`
    for the first order line item in the request. """
    item_quantity: int | None = None
    """ Quantity of items that meet the bundle conditions. If the quantity in the order is higher than the quantity
    required by the bundle, this returns only the number that meets the bundle. For example, if the bundle requires
    `5` coffees, but the order includes `10` coffees, `item_quantity` returns `5`. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "item_index",
        "item_quantity",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


BundleIdentifiedItemDict = TypedDict(
    "BundleIdentifiedItemDict",
    {
        "id": "str | None",
        "object": "str | None",
        "item_index": "int | None",
        "item_quantity": "int | None",
    },
    total=False,
)
"""BundleIdentifiedItem as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
