from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class PromotionTierSummary(Model):
    """`PromotionTierSummary` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    redemptions: PromotionTierSummaryRedemptions | None = None
    """ Contains statistics about promotion tier redemptions. """
    orders: PromotionTierSummaryOrders | None = None
    """ Contains statistics about orders related to the promotion tier. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "redemptions",
        "orders",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


PromotionTierSummaryDict = TypedDict(
    "PromotionTierSummaryDict",
    {
        "redemptions": "PromotionTierSummaryRedemptionsDict | None",
        "orders": "PromotionTierSummaryOrdersDict | None",
    },
    total=False,
)
"""PromotionTierSummary as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.promotion_tier_summary_orders import PromotionTierSummaryOrders, PromotionTierSummaryOrdersDict
from ..models.promotion_tier_summary_redemptions import (
    PromotionTierSummaryRedemptions,
    PromotionTierSummaryRedemptionsDict,
)
