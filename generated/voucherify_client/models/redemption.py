from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class Redemption(Model):
    """This is an object representing a redemption for **POST** `v1/redemptions` and **POST** `/client/v1/redemptions`."""

    id: str | None = None
    """ Unique redemption ID. """
    object: str | None = None
    """ The type of the object represented by the JSON """
    date: datetime.datetime | None = None
    """ Timestamp representing the date and time when the object was created. The value is shown in the ISO 8601
    format. """
    customer_id: str | None = None
    """ Unique customer ID of the redeeming customer. """
    tracking_id: str | None = None
    """ Hashed customer source ID. """
    metadata: Any | None = None
    """ The metadata object stores all custom attributes assigned to the redemption. """
    amount: int | None = None
    """ For gift cards, this is a positive integer in the smallest currency unit (e.g. 100 cents for $1.00)
    representing the number of redeemed credits.
    For loyalty cards, this is the number of loyalty points used in the transaction. """
    redemption: str | None = None
    """ Unique redemption ID of the parent redemption. """
    result: str | None = None
    """ Redemption result. """
    status: str | None = None
    """ Redemption status. """
    session: RedemptionBaseSession | None = None
    """ Contains details about the redemption session lock. Sessions can be established only for discount vouchers,
    promotions, and gift cards. """
    related_redemptions: RedemptionBaseRelatedRedemptions | None = None
    failure_code: str | None = None
    """ If the result is `FAILURE`, this parameter will provide a generic reason as to why the redemption failed.
    """
    failure_message: str | None = None
    """ If the result is `FAILURE`, this parameter will provide a more expanded reason as to why the redemption
    failed. """
    order: OrdersGetResponseBody | None = None
    channel: RedemptionBaseChannel | None = None
    """ Defines the details of the channel through which the redemption was issued. """
    customer: SimpleCustomer | None = None
    related_object_type: str | None = None
    """ Defines the related object. """
    related_object_id: str | None = None
    """ Unique related object ID assigned by Voucherify, i.e. v_lfZi4rcEGe0sN9gmnj40bzwK2FH6QUno for a voucher. """
    promotion_tier: PromotionTier | None = None
    """ Contains details of the promotion tier and the parent campaign. """
    reward: RedemptionRewardResult | None = None
    gift: RedemptionBaseGift | None = None
    """ Contains the amount subtracted from the gift card for the redemption. """
    loyalty_card: RedemptionBaseLoyaltyCard | None = None
    """ Contains the number of points subtracted from the loyalty card for the redemption. """
    voucher: Voucher | None = None
    """ Defines the details of the voucher being redeemed. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "date",
        "customer_id",
        "tracking_id",
        "metadata",
        "amount",
        "redemption",
        "result",
        "status",
        "session",
        "related_redemptions",
        "failure_code",
        "failure_message",
        "order",
        "channel",
        "customer",
        "related_object_type",
        "related_object_id",
        "promotion_tier",
        "reward",
        "gift",
        "loyalty_card",
        "voucher",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "object": "redemption",
    }


RedemptionDict = TypedDict(
    "RedemptionDict",
    {
        "id": "str | None",
        "object": "Literal['redemption']",
        "date": "datetime.datetime | str | None",
        "customer_id": "str | None",
        "tracking_id": "str | None",
        "metadata": "Any",
        "amount": "int | None",
        "redemption": "str | None",
        "result": "str | None",
        "status": "str | None",
        "session": "RedemptionBaseSessionDict | None",
        "related_redemptions": "RedemptionBaseRelatedRedemptionsDict | None",
        "failure_code": "str | None",
        "failure_message": "str | None",
        "order": "OrdersGetResponseBodyDict | None",
        "channel": "RedemptionBaseChannelDict | None",
        "customer": "SimpleCustomerDict | None",
        "related_object_type": "str | None",
        "related_object_id": "str | None",
        "promotion_tier": "PromotionTierDict | None",
        "reward": "RedemptionRewardResultDict | None",
        "gift": "RedemptionBaseGiftDict | None",
        "loyalty_card": "RedemptionBaseLoyaltyCardDict | None",
        "voucher": "VoucherDict | None",
    },
    total=False,
)
"""Redemption as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.orders_get_response_body import OrdersGetResponseBody, OrdersGetResponseBodyDict
from ..models.promotion_tier import PromotionTier, PromotionTierDict
from ..models.redemption_base_channel import RedemptionBaseChannel, RedemptionBaseChannelDict
from ..models.redemption_base_gift import RedemptionBaseGift, RedemptionBaseGiftDict
from ..models.redemption_base_loyalty_card import RedemptionBaseLoyaltyCard, RedemptionBaseLoyaltyCardDict
from ..models.redemption_base_related_redemptions import (
    RedemptionBaseRelatedRedemptions,
    RedemptionBaseRelatedRedemptionsDict,
)
from ..models.redemption_base_session import RedemptionBaseSession, RedemptionBaseSessionDict
from ..models.redemption_reward_result import RedemptionRewardResult, RedemptionRewardResultDict
from ..models.simple_customer import SimpleCustomer, SimpleCustomerDict
from ..models.voucher import Voucher, VoucherDict
