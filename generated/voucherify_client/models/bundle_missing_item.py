from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class BundleMissingItem(Model):
    """`BundleMissingItem` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    id: str | None = None
    """ Unique identifier of the collection, product, or SKU that is missing in the customer's order items. This is
    an ID assigned by Voucherify. """
    object: str | None = None
    """ Determines the type of the object that is missing in the customer's order items. """
    item_quantity: int | None = None
    """ Quantity of items that are missing in the order items to meet the bundle conditions. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "item_quantity",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


BundleMissingItemDict = TypedDict(
    "BundleMissingItemDict",
    {
        "id": "str | None",
        "object": "str | None",
        "item_quantity": "int | None",
    },
    total=False,
)
"""BundleMissingItem as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
