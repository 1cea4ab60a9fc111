from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class SimpleRedemption(Model):
    """Simplified redemption data."""

    id: str | None = None
    """ Unique redemption ID. """
    customer_id: str | None = None
    """ Unique customer ID of the redeeming customer. """
    tracking_id: str | None = None
    """ Hashed customer source ID. """
    date: datetime.datetime | None = None
    """ Timestamp representing the date and time when the redemption was created in the ISO 8601 format. """
    amount: int | None = None
    """ For gift cards, this is a positive integer in the smallest currency unit (e.g. 100 cents for $1.00)
    representing the number of redeemed credits.
    For loyalty cards, this is the number of loyalty points used in the transaction.
    In the case of redemption rollback, the numbers are expressed as negative integers. """
    order: SimpleOrder | None = None
    reward: SimpleRedemptionRewardResult | None = None
    customer: SimpleCustomer | None = None
    result: str | None = None
    """ Redemption result. """
    status: str | None = None
    voucher: SimpleVoucher | None = None
    """ Defines the details of the voucher being redeemed. """
    promotion_tier: SimplePromotionTier | None = None
    redemption: str | None = None
    """ Unique redemption ID of the parent redemption. """
    metadata: Any | None = None
    """ The metadata object stores all custom attributes in the form of key/value pairs assigned to the redemption.
    """
    failure_code: str | None = None
    """ If the result is `FAILURE`, this parameter will provide a generic reason as to why the redemption failed.
    """
    failure_message: str | None = None
    """ If the result is `FAILURE`, this parameter will provide an expanded reason as to why the redemption failed.
    """
    reason: str | None = None
    """ The reason for the redemption rollback. """
    channel: SimpleRedemptionChannel | None = None
    """ Defines the details of the channel through which the redemption was issued. """
    object: str | None = None
    """ The type of the object represented by the JSON. This object stores information about the `redemption`. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "id",
        "customer_id",
        "tracking_id",
        "date",
        "amount",
        "order",
        "reward",
        "customer",
        "result",
        "status",
        "voucher",
        "promotion_tier",
        "redemption",
        "metadata",
        "failure_code",
        "failure_message",
        "reason",
        "channel",
        "object",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


SimpleRedemptionDict = TypedDict(
    "SimpleRedemptionDict",
    {
        "id": "str | None",
        "customer_id": "str | None",
        "tracking_id": "str | None",
        "date": "datetime.datetime | str | None",
        "amount": "int | None",
        "order": "SimpleOrderDict | None",
        "reward": "SimpleRedemptionRewardResultDict | None",
        "customer": "SimpleCustomerDict | None",
        "result": "str | None",
        "status": "str | None",
        "voucher": "SimpleVoucherDict | None",
        "promotion_tier": "SimplePromotionTierDict | None",
        "redemption": "str | None",
        "metadata": "Any",
        "failure_code": "str | None",
        "failure_message": "str | None",
        "reason": "str | None",
        "channel": "SimpleRedemptionChannelDict | None",
        "object": "str | None",
    },
    total=False,
)
"""SimpleRedemption as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.simple_customer import SimpleCustomer, SimpleCustomerDict
from ..models.simple_order import SimpleOrder, SimpleOrderDict
from ..models.simple_promotion_tier import SimplePromotionTier, SimplePromotionTierDict
from ..models.simple_redemption_channel import SimpleRedemptionChannel, SimpleRedemptionChannelDict
from ..models.simple_redemption_reward_result import SimpleRedemptionRewardResult, SimpleRedemptionRewardResultDict
from ..models.simple_voucher import SimpleVoucher, SimpleVoucherDict
