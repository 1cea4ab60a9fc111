from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class ApplicationDetailsItem(Model):
    """`ApplicationDetailsItem` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    source_index: int | None = None
    """ Index number of the source item that is replaced. The enumeration starts from `0`, which represents the
    first item in the request, e.g., if the replaced item is passed as the second in the request, `source_index`
    equals `3`. """
    source_applied_quantity: int | None = None
    """ Number of source units that are replaced. """
    source_applied_quantity_amount: int | None = None
    """ Amount equal to the price of the units that are replaced. Determines the change of the amount of the source
    item quantity. """
    target_index: int | None = None
    """ Index number of the target item that is a replacement of the source item. The enumeration continues the
    values for the order items, e.g. if there are three items in the request, `target_index` equals `3`, as
    enumeration starts from `0`. """
    target_applied_quantity: int | None = None
    """ Number of added target units that are replacements. """
    target_applied_quantity_amount: int | None = None
    """ Amount equal to the price of the units that are replacements. Determines the change in the amount of the
    target item quantity. """
    target_applied_discount_amount: int | None = None
    """ Discount amount applied to the target item with regard to the replacement. Equals the
    `target_applied_quantity_amount` minus `source_applied_quantity_amount`. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "source_index",
        "source_applied_quantity",
        "source_applied_quantity_amount",
        "target_index",
        "target_applied_quantity",
        "target_applied_quantity_amount",
        "target_applied_discount_amount",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


ApplicationDetailsItemDict = TypedDict(
    "ApplicationDetailsItemDict",
    {
        "source_index": "int | None",
        "source_applied_quantity": "int | None",
        "source_applied_quantity_amount": "int | None",
        "target_index": "int | None",
        "target_applied_quantity": "int | None",
        "target_applied_quantity_amount": "int | None",
        "target_applied_discount_amount": "int | None",
    },
    total=False,
)
"""ApplicationDetailsItem as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
