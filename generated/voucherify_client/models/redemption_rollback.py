from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.redemption_base_related_object_type import RedemptionBaseRelatedObjectType
from ..models.redemption_base_result import RedemptionBaseResult
from ..models.redemption_rollback_status import RedemptionRollbackStatus
from ..types import PARSE_ERRORS, UNSET, Unset, format_datetime, parse_datetime

_RedemptionBaseRelatedObjectType_values = RedemptionBaseRelatedObjectType._value2member_map_
_RedemptionBaseResult_values = RedemptionBaseResult._value2member_map_
_RedemptionRollbackStatus_values = RedemptionRollbackStatus._value2member_map_

if TYPE_CHECKING:
    from ..models.orders_get_response_body import OrdersGetResponseBody
    from ..models.promotion_tier import PromotionTier
    from ..models.redemption_base_gift import RedemptionBaseGift
    from ..models.redemption_base_loyalty_card import RedemptionBaseLoyaltyCard
    from ..models.redemption_reward_result import RedemptionRewardResult
    from ..models.redemption_rollback_channel import RedemptionRollbackChannel
    from ..models.simple_customer import SimpleCustomer
    from ..models.voucher import Voucher


T = TypeVar("T", bound="RedemptionRollback")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "object",
        "date",
        "customer_id",
        "tracking_id",
        "metadata",
        "amount",
        "redemption",
        "reason",
        "result",
        "status",
        "failure_code",
        "failure_message",
        "order",
        "channel",
        "customer",
        "related_object_type",
        "related_object_id",
        "voucher",
        "promotion_tier",
        "reward",
        "gift",
        "loyalty_card",
    }
)


@_attrs_define
class RedemptionRollback:
    """This is an object representing a redemption rollback."""

    id: None | str | Unset = UNSET
    """ Unique identifier of the redemption rollback. """
    object_: Literal["redemption_rollback"] | Unset = "redemption_rollback"
    """ The type of the object represented by the JSON """
    date: datetime.datetime | None | Unset = UNSET
    """ Timestamp representing the date and time when the object was created. The value is shown in the ISO 8601
    format. """
    customer_id: None | str | Unset = UNSET
    """ Unique customer ID of the redeeming customer. """
    tracking_id: None | str | Unset = UNSET
    """ Hashed customer source ID. """
    metadata: Any | Unset = UNSET
    """ The metadata object stores all custom attributes assigned to the redemption. """
    amount: int | None | Unset = UNSET
    """ For gift cards, this represents the number of the credits restored to the card in the rolledback redemption.
    The number is a negative integer in the smallest currency unit, e.g. -100 cents for $1.00 added back to the
    card.
    For loyalty cards, this represents the number of loyalty points restored to the card in the rolledback
    redemption. The number is a negative integer. """
    redemption: None | str | Unset = UNSET
    """ Unique redemption ID of the parent redemption. """
    reason: None | str | Unset = UNSET
    """ System generated cause for the redemption being invalid in the context of the provided parameters. """
    result: None | RedemptionBaseResult | Unset = UNSET
    """ Redemption result. """
    status: None | RedemptionRollbackStatus | Unset = UNSET
    """ Redemption status. """
    failure_code: None | str | Unset = UNSET
    """ If the result is `FAILURE`, this parameter will provide a generic reason as to why the redemption failed.
    """
    failure_message: None | str | Unset = UNSET
    """ If the result is `FAILURE`, this parameter will provide a more expanded reason as to why the redemption
    failed. """
    order: None | OrdersGetResponseBody | Unset = UNSET
    channel: None | RedemptionRollbackChannel | Unset = UNSET
    """ Defines the details of the channel through which the redemption was issued. """
    customer: None | SimpleCustomer | Unset = UNSET
    related_object_type: None | RedemptionBaseRelatedObjectType | Unset = UNSET
    """ Defines the related object. """
    related_object_id: None | str | Unset = UNSET
    """ Unique identifier of the related object. It is assigned by Voucherify, i.e.
    `v_lfZi4rcEGe0sN9gmnj40bzwK2FH6QUno` for a voucher. """
    voucher: None | Unset | Voucher = UNSET
    """ Defines the details of the voucher being originally redeemed. """
    promotion_tier: None | PromotionTier | Unset = UNSET
    """ Contains details of the promotion tier and the parent campaign. """
    reward: None | RedemptionRewardResult | Unset = UNSET
    gift: None | RedemptionBaseGift | Unset = UNSET
    """ Contains the amount returned to the gift card in the redemption rollback. It is expressed as a negative
    integer. """
    loyalty_card: None | RedemptionBaseLoyaltyCard | Unset = UNSET
    """ Contains the number of points returned to the loyalty card in the reward redemption rollback. It is
    expressed as a negative integer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        object_ = self.object_

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = format_datetime(self.date) if isinstance(self.date, datetime.datetime) else self.date

        else:
            date = self.date

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        tracking_id: None | str | Unset
        if isinstance(self.tracking_id, Unset):
            tracking_id = UNSET
        else:
            tracking_id = self.tracking_id

        metadata = self.metadata

        amount: int | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        redemption: None | str | Unset
        if isinstance(self.redemption, Unset):
            redemption = UNSET
        else:
            redemption = self.redemption

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, RedemptionBaseResult):
            result = self.result.value if isinstance(self.result, RedemptionBaseResult) else self.result

        else:
            result = self.result

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, RedemptionRollbackStatus):
            status = self.status.value if isinstance(self.status, RedemptionRollbackStatus) else self.status

        else:
            status = self.status

        failure_code: None | str | Unset
        if isinstance(self.failure_code, Unset):
            failure_code = UNSET
        else:
            failure_code = self.failure_code

        failure_message: None | str | Unset
        if isinstance(self.failure_message, Unset):
            failure_message = UNSET
        else:
            failure_message = self.failure_message

        order: dict[str, Any] | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        elif isinstance(self.order, OrdersGetResponseBody):
            order = self.order.to_dict() if isinstance(self.order, OrdersGetResponseBody) else self.order

        else:
            order = self.order

        channel: dict[str, Any] | None | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        elif isinstance(self.channel, RedemptionRollbackChannel):
            channel = self.channel.to_dict() if isinstance(self.channel, RedemptionRollbackChannel) else self.channel

        else:
            channel = self.channel

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, SimpleCustomer):
            customer = self.customer.to_dict() if isinstance(self.customer, SimpleCustomer) else self.customer

        else:
            customer = self.customer

        related_object_type: None | str | Unset
        if isinstance(self.related_object_type, Unset):
            related_object_type = UNSET
        elif isinstance(self.related_object_type, RedemptionBaseRelatedObjectType):
            related_object_type = (
                self.related_object_type.value
                if isinstance(self.related_object_type, RedemptionBaseRelatedObjectType)
                else self.related_object_type
            )

        else:
            related_object_type = self.related_object_type

        related_object_id: None | str | Unset
        if isinstance(self.related_object_id, Unset):
            related_object_id = UNSET
        else:
            related_object_id = self.related_object_id

        voucher: dict[str, Any] | None | Unset
        if isinstance(self.voucher, Unset):
            voucher = UNSET
        elif isinstance(self.voucher, Voucher):
            voucher = self.voucher.to_dict() if isinstance(self.voucher, Voucher) else self.voucher

        else:
            voucher = self.voucher

        promotion_tier: dict[str, Any] | None | Unset
        if isinstance(self.promotion_tier, Unset):
            promotion_tier = UNSET
        elif isinstance(self.promotion_tier, PromotionTier):
            promotion_tier = (
                self.promotion_tier.to_dict() if isinstance(self.promotion_tier, PromotionTier) else self.promotion_tier
            )

        else:
            promotion_tier = self.promotion_tier

        reward: dict[str, Any] | None | Unset
        if isinstance(self.reward, Unset):
            reward = UNSET
        elif isinstance(self.reward, RedemptionRewardResult):
            reward = self.reward.to_dict() if isinstance(self.reward, RedemptionRewardResult) else self.reward

        else:
            reward = self.reward

        gift: dict[str, Any] | None | Unset
        if isinstance(self.gift, Unset):
            gift = UNSET
        elif isinstance(self.gift, RedemptionBaseGift):
            gift = self.gift.to_dict() if isinstance(self.gift, RedemptionBaseGift) else self.gift

        else:
            gift = self.gift

        loyalty_card: dict[str, Any] | None | Unset
        if isinstance(self.loyalty_card, Unset):
            loyalty_card = UNSET
        elif isinstance(self.loyalty_card, RedemptionBaseLoyaltyCard):
            loyalty_card = (
                self.loyalty_card.to_dict()
                if isinstance(self.loyalty_card, RedemptionBaseLoyaltyCard)
                else self.loyalty_card
            )

        else:
            loyalty_card = self.loyalty_card

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if date is not UNSET:
            field_dict["date"] = date
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if tracking_id is not UNSET:
            field_dict["tracking_id"] = tracking_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if amount is not UNSET:
            field_dict["amount"] = amount
        if redemption is not UNSET:
            field_dict["redemption"] = redemption
        if reason is not UNSET:
            field_dict["reason"] = reason
        if result is not UNSET:
            field_dict["result"] = result
        if status is not UNSET:
            field_dict["status"] = status
        if failure_code is not UNSET:
            field_dict["failure_code"] = failure_code
        if failure_message is not UNSET:
            field_dict["failure_message"] = failure_message
        if order is not UNSET:
            field_dict["order"] = order
        if channel is not UNSET:
            field_dict["channel"] = channel
        if customer is not UNSET:
            field_dict["customer"] = customer
        if related_object_type is not UNSET:
            field_dict["related_object_type"] = related_object_type
        if related_object_id is not UNSET:
            field_dict["related_object_id"] = related_object_id
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if promotion_tier is not UNSET:
            field_dict["promotion_tier"] = promotion_tier
        if reward is not UNSET:
            field_dict["reward"] = reward
        if gift is not UNSET:
            field_dict["gift"] = gift
        if loyalty_card is not UNSET:
            field_dict["loyalty_card"] = loyalty_card

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        id = d.get("id", UNSET)

        object_ = d.get("object", UNSET)

        try:
            _date = d.get("date", UNSET)
            date: datetime.datetime | None | Unset
            if _date is UNSET:
                date = UNSET
            elif _date is None:
                date = None
            else:
                date_type_0 = parse_datetime(_date)

                date = date_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            date = d.get("date", UNSET)

        customer_id = d.get("customer_id", UNSET)

        tracking_id = d.get("tracking_id", UNSET)

        metadata = d.get("metadata", UNSET)

        amount = d.get("amount", UNSET)

        redemption = d.get("redemption", UNSET)

        reason = d.get("reason", UNSET)

        try:
            _result = d.get("result", UNSET)
            result: None | RedemptionBaseResult | Unset
            if _result is UNSET:
                result = UNSET
            elif _result is None:
                result = None
            else:
                result_type_0 = _RedemptionBaseResult_values.get(_result) or RedemptionBaseResult(_result)

                result = result_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            result = d.get("result", UNSET)

        try:
            _status = d.get("status", UNSET)
            status: None | RedemptionRollbackStatus | Unset
            if _status is UNSET:
                status = UNSET
            elif _status is None:
                status = None
            else:
                status_type_0 = _RedemptionRollbackStatus_values.get(_status) or RedemptionRollbackStatus(_status)

                status = status_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            status = d.get("status", UNSET)

        failure_code = d.get("failure_code", UNSET)

        failure_message = d.get("failure_message", UNSET)

        try:
            _order = d.get("order", UNSET)
            order: None | OrdersGetResponseBody | Unset
            if _order is UNSET:
                order = UNSET
            elif _order is None:
                order = None
            else:
                order_type_0 = OrdersGetResponseBody.from_dict(_order)

                order = order_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            order = d.get("order", UNSET)

        try:
            _channel = d.get("channel", UNSET)
            channel: None | RedemptionRollbackChannel | Unset
            if _channel is UNSET:
                channel = UNSET
            elif _channel is None:
                channel = None
            else:
                channel_type_0 = RedemptionRollbackChannel.from_dict(_channel)

                channel = channel_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            channel = d.get("channel", UNSET)

        try:
            _customer = d.get("customer", UNSET)
            customer: None | SimpleCustomer | Unset
            if _customer is UNSET:
                customer = UNSET
            elif _customer is None:
                customer = None
            else:
                customer_type_0 = SimpleCustomer.from_dict(_customer)

                customer = customer_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            customer = d.get("customer", UNSET)

        try:
            _related_object_type = d.get("related_object_type", UNSET)
            related_object_type: None | RedemptionBaseRelatedObjectType | Unset
            if _related_object_type is UNSET:
                related_object_type = UNSET
            elif _related_object_type is None:
                related_object_type = None
            else:
                related_object_type_type_0 = _RedemptionBaseRelatedObjectType_values.get(
                    _related_object_type
                ) or RedemptionBaseRelatedObjectType(_related_object_type)

                related_object_type = related_object_type_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            related_object_type = d.get("related_object_type", UNSET)

        related_object_id = d.get("related_object_id", UNSET)

        try:
            _voucher = d.get("voucher", UNSET)
            voucher: None | Unset | Voucher
            if _voucher is UNSET:
                voucher = UNSET
            elif _voucher is None:
                voucher = None
            else:
                voucher_type_0 = Voucher.from_dict(_voucher)

                voucher = voucher_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            voucher = d.get("voucher", UNSET)

        try:
            _promotion_tier = d.get("promotion_tier", UNSET)
            promotion_tier: None | PromotionTier | Unset
            if _promotion_tier is UNSET:
                promotion_tier = UNSET
            elif _promotion_tier is None:
                promotion_tier = None
            else:
                promotion_tier_type_0 = PromotionTier.from_dict(_promotion_tier)

                promotion_tier = promotion_tier_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            promotion_tier = d.get("promotion_tier", UNSET)

        try:
            _reward = d.get("reward", UNSET)
            reward: None | RedemptionRewardResult | Unset
            if _reward is UNSET:
                reward = UNSET
            elif _reward is None:
                reward = None
            else:
                reward_type_0 = RedemptionRewardResult.from_dict(_reward)

                reward = reward_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            reward = d.get("reward", UNSET)

        try:
            _gift = d.get("gift", UNSET)
            gift: None | RedemptionBaseGift | Unset
            if _gift is UNSET:
                gift = UNSET
            elif _gift is None:
                gift = None
            else:
                gift_type_0 = RedemptionBaseGift.from_dict(_gift)

                gift = gift_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            gift = d.get("gift", UNSET)

        try:
            _loyalty_card = d.get("loyalty_card", UNSET)
            loyalty_card: None | RedemptionBaseLoyaltyCard | Unset
            if _loyalty_card is UNSET:
                loyalty_card = UNSET
            elif _loyalty_card is None:
                loyalty_card = None
            else:
                loyalty_card_type_0 = RedemptionBaseLoyaltyCard.from_dict(_loyalty_card)

                loyalty_card = loyalty_card_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            loyalty_card = d.get("loyalty_card", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        redemption_rollback = cls(
            id,
            object_,
            date,
            customer_id,
            tracking_id,
            metadata,
            amount,
            redemption,
            reason,
            result,
            status,
            failure_code,
            failure_message,
            order,
            channel,
            customer,
            related_object_type,
            related_object_id,
            voucher,
            promotion_tier,
            reward,
            gift,
            loyalty_card,
        )

        if not _KNOWN_KEYS.issuperset(d):
            redemption_rollback.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return redemption_rollback

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to are imported on its first use, not at import time: models refer to each other in
# cycles, and importing the package should cost only the classes a program actually touches.
_unbound = True


def _bind_models() -> None:
    global _unbound
    global OrdersGetResponseBody
    global PromotionTier
    global RedemptionBaseGift
    global RedemptionBaseLoyaltyCard
    global RedemptionRewardResult
    global RedemptionRollbackChannel
    global SimpleCustomer
    global Voucher
    from ..models.orders_get_response_body import OrdersGetResponseBody
    from ..models.promotion_tier import PromotionTier
    from ..models.redemption_base_gift import RedemptionBaseGift
    from ..models.redemption_base_loyalty_card import RedemptionBaseLoyaltyCard
    from ..models.redemption_reward_result import RedemptionRewardResult
    from ..models.redemption_rollback_channel import RedemptionRollbackChannel
    from ..models.simple_customer import SimpleCustomer
    from ..models.voucher import Voucher

    _unbound = False
