from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class PromotionTierSummaryOrders(Model):
    """`PromotionTierSummaryOrders` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    total_amount: int | None = None
    """ Sum of order totals. """
    total_discount_amount: int | None = None
    """ Sum of total discount applied using the promotion tier. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "total_amount",
        "total_discount_amount",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


PromotionTierSummaryOrdersDict = TypedDict(
    "PromotionTierSummaryOrdersDict",
    {
        "total_amount": "int | None",
        "total_discount_amount": "int | None",
    },
    total=False,
)
"""PromotionTierSummaryOrders as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
