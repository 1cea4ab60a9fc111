from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class EventRedemptionRollbackFailedData(Model):
    """Event data object schema for `redemption.rollback.failed`."""

    customer: SimpleCustomer | None = None
    order: SimpleOrder | None = None
    campaign: SimpleCampaign | None = None
    voucher: SimpleVoucher | None = None
    holder: SimpleCustomer | None = None
    promotion_tier: SimplePromotionTier | None = None
    promotion_stack: SimplePromotionStack | None = None
    redemption: SimpleRedemption | None = None
    redemption_rollback: SimpleRedemption | None = None

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "customer",
        "order",
        "campaign",
        "voucher",
        "holder",
        "promotion_tier",
        "promotion_stack",
        "redemption",
        "redemption_rollback",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


EventRedemptionRollbackFailedDataDict = TypedDict(
    "EventRedemptionRollbackFailedDataDict",
    {
        "customer": "SimpleCustomerDict | None",
        "order": "SimpleOrderDict | None",
        "campaign": "SimpleCampaignDict | None",
        "voucher": "SimpleVoucherDict | None",
        "holder": "SimpleCustomerDict | None",
        "promotion_tier": "SimplePromotionTierDict | None",
        "promotion_stack": "SimplePromotionStackDict | None",
        "redemption": "SimpleRedemptionDict | None",
        "redemption_rollback": "SimpleRedemptionDict | None",
    },
    total=False,
)
"""EventRedemptionRollbackFailedData as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.simple_campaign import SimpleCampaign, SimpleCampaignDict
from ..models.simple_customer import SimpleCustomer, SimpleCustomerDict
from ..models.simple_order import SimpleOrder, SimpleOrderDict
from ..models.simple_promotion_stack import SimplePromotionStack, SimplePromotionStackDict
from ..models.simple_promotion_tier import SimplePromotionTier, SimplePromotionTierDict
from ..models.simple_redemption import SimpleRedemption, SimpleRedemptionDict
from ..models.simple_voucher import SimpleVoucher, SimpleVoucherDict
