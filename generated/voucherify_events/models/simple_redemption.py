from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simple_redemption_result import SimpleRedemptionResult
from ..models.simple_redemption_status import SimpleRedemptionStatus
from ..types import PARSE_ERRORS, UNSET, Unset, format_datetime, parse_datetime

_SimpleRedemptionResult_values = SimpleRedemptionResult._value2member_map_
_SimpleRedemptionStatus_values = SimpleRedemptionStatus._value2member_map_

if TYPE_CHECKING:
    from ..models.simple_customer import SimpleCustomer
    from ..models.simple_order import SimpleOrder
    from ..models.simple_promotion_tier import SimplePromotionTier
    from ..models.simple_redemption_channel import SimpleRedemptionChannel
    from ..models.simple_redemption_reward_result import SimpleRedemptionRewardResult
    from ..models.simple_voucher import SimpleVoucher


T = TypeVar("T", bound="SimpleRedemption")

_KNOWN_KEYS = frozenset(
    {
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
    }
)


@_attrs_define
class SimpleRedemption:
    """Simplified redemption data."""

    id: None | str | Unset = UNSET
    """ Unique redemption ID. """
    customer_id: None | str | Unset = UNSET
    """ Unique customer ID of the redeeming customer. """
    tracking_id: None | str | Unset = UNSET
    """ Hashed customer source ID. """
    date: datetime.datetime | None | Unset = UNSET
    """ Timestamp representing the date and time when the redemption was created in the ISO 8601 format. """
    amount: int | None | Unset = UNSET
    """ For gift cards, this is a positive integer in the smallest currency unit (e.g. 100 cents for $1.00)
    representing the number of redeemed credits.
    For loyalty cards, this is the number of loyalty points used in the transaction.
    In the case of redemption rollback, the numbers are expressed as negative integers. """
    order: None | SimpleOrder | Unset = UNSET
    reward: None | SimpleRedemptionRewardResult | Unset = UNSET
    customer: None | SimpleCustomer | Unset = UNSET
    result: None | SimpleRedemptionResult | Unset = UNSET
    """ Redemption result. """
    status: None | SimpleRedemptionStatus | Unset = UNSET
    voucher: None | SimpleVoucher | Unset = UNSET
    """ Defines the details of the voucher being redeemed. """
    promotion_tier: None | SimplePromotionTier | Unset = UNSET
    redemption: None | str | Unset = UNSET
    """ Unique redemption ID of the parent redemption. """
    metadata: Any | Unset = UNSET
    """ The metadata object stores all custom attributes in the form of key/value pairs assigned to the redemption.
    """
    failure_code: None | str | Unset = UNSET
    """ If the result is `FAILURE`, this parameter will provide a generic reason as to why the redemption failed.
    """
    failure_message: None | str | Unset = UNSET
    """ If the result is `FAILURE`, this parameter will provide an expanded reason as to why the redemption failed.
    """
    reason: None | str | Unset = UNSET
    """ The reason for the redemption rollback. """
    channel: None | SimpleRedemptionChannel | Unset = UNSET
    """ Defines the details of the channel through which the redemption was issued. """
    object_: None | str | Unset = "redemption"
    """ The type of the object represented by the JSON. This object stores information about the `redemption`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

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

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = format_datetime(self.date) if isinstance(self.date, datetime.datetime) else self.date

        else:
            date = self.date

        amount: int | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        order: dict[str, Any] | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        elif isinstance(self.order, SimpleOrder):
            order = self.order.to_dict() if isinstance(self.order, SimpleOrder) else self.order

        else:
            order = self.order

        reward: dict[str, Any] | None | Unset
        if isinstance(self.reward, Unset):
            reward = UNSET
        elif isinstance(self.reward, SimpleRedemptionRewardResult):
            reward = self.reward.to_dict() if isinstance(self.reward, SimpleRedemptionRewardResult) else self.reward

        else:
            reward = self.reward

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, SimpleCustomer):
            customer = self.customer.to_dict() if isinstance(self.customer, SimpleCustomer) else self.customer

        else:
            customer = self.customer

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, SimpleRedemptionResult):
            result = self.result.value if isinstance(self.result, SimpleRedemptionResult) else self.result

        else:
            result = self.result

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, SimpleRedemptionStatus):
            status = self.status.value if isinstance(self.status, SimpleRedemptionStatus) else self.status

        else:
            status = self.status

        voucher: dict[str, Any] | None | Unset
        if isinstance(self.voucher, Unset):
            voucher = UNSET
        elif isinstance(self.voucher, SimpleVoucher):
            voucher = self.voucher.to_dict() if isinstance(self.voucher, SimpleVoucher) else self.voucher

        else:
            voucher = self.voucher

        promotion_tier: dict[str, Any] | None | Unset
        if isinstance(self.promotion_tier, Unset):
            promotion_tier = UNSET
        elif isinstance(self.promotion_tier, SimplePromotionTier):
            promotion_tier = (
                self.promotion_tier.to_dict()
                if isinstance(self.promotion_tier, SimplePromotionTier)
                else self.promotion_tier
            )

        else:
            promotion_tier = self.promotion_tier

        redemption: None | str | Unset
        if isinstance(self.redemption, Unset):
            redemption = UNSET
        else:
            redemption = self.redemption

        metadata = self.metadata

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

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        channel: dict[str, Any] | None | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        elif isinstance(self.channel, SimpleRedemptionChannel):
            channel = self.channel.to_dict() if isinstance(self.channel, SimpleRedemptionChannel) else self.channel

        else:
            channel = self.channel

        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        else:
            object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if tracking_id is not UNSET:
            field_dict["tracking_id"] = tracking_id
        if date is not UNSET:
            field_dict["date"] = date
        if amount is not UNSET:
            field_dict["amount"] = amount
        if order is not UNSET:
            field_dict["order"] = order
        if reward is not UNSET:
            field_dict["reward"] = reward
        if customer is not UNSET:
            field_dict["customer"] = customer
        if result is not UNSET:
            field_dict["result"] = result
        if status is not UNSET:
            field_dict["status"] = status
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if promotion_tier is not UNSET:
            field_dict["promotion_tier"] = promotion_tier
        if redemption is not UNSET:
            field_dict["redemption"] = redemption
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if failure_code is not UNSET:
            field_dict["failure_code"] = failure_code
        if failure_message is not UNSET:
            field_dict["failure_message"] = failure_message
        if reason is not UNSET:
            field_dict["reason"] = reason
        if channel is not UNSET:
            field_dict["channel"] = channel
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        id = d.get("id", UNSET)

        customer_id = d.get("customer_id", UNSET)

        tracking_id = d.get("tracking_id", UNSET)

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

        amount = d.get("amount", UNSET)

        try:
            _order = d.get("order", UNSET)
            order: None | SimpleOrder | Unset
            if _order is UNSET:
                order = UNSET
            elif _order is None:
                order = None
            else:
                order_type_0 = SimpleOrder.from_dict(_order)

                order = order_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            order = d.get("order", UNSET)

        try:
            _reward = d.get("reward", UNSET)
            reward: None | SimpleRedemptionRewardResult | Unset
            if _reward is UNSET:
                reward = UNSET
            elif _reward is None:
                reward = None
            else:
                reward_type_0 = SimpleRedemptionRewardResult.from_dict(_reward)

                reward = reward_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            reward = d.get("reward", UNSET)

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
            _result = d.get("result", UNSET)
            result: None | SimpleRedemptionResult | Unset
            if _result is UNSET:
                result = UNSET
            elif _result is None:
                result = None
            else:
                result_type_0 = _SimpleRedemptionResult_values.get(_result) or SimpleRedemptionResult(_result)

                result = result_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            result = d.get("result", UNSET)

        try:
            _status = d.get("status", UNSET)
            status: None | SimpleRedemptionStatus | Unset
            if _status is UNSET:
                status = UNSET
            elif _status is None:
                status = None
            else:
                status_type_0 = _SimpleRedemptionStatus_values.get(_status) or SimpleRedemptionStatus(_status)

                status = status_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            status = d.get("status", UNSET)

        try:
            _voucher = d.get("voucher", UNSET)
            voucher: None | SimpleVoucher | Unset
            if _voucher is UNSET:
                voucher = UNSET
            elif _voucher is None:
                voucher = None
            else:
                voucher_type_0 = SimpleVoucher.from_dict(_voucher)

                voucher = voucher_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            voucher = d.get("voucher", UNSET)

        try:
            _promotion_tier = d.get("promotion_tier", UNSET)
            promotion_tier: None | SimplePromotionTier | Unset
            if _promotion_tier is UNSET:
                promotion_tier = UNSET
            elif _promotion_tier is None:
                promotion_tier = None
            else:
                promotion_tier_type_0 = SimplePromotionTier.from_dict(_promotion_tier)

                promotion_tier = promotion_tier_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            promotion_tier = d.get("promotion_tier", UNSET)

        redemption = d.get("redemption", UNSET)

        metadata = d.get("metadata", UNSET)

        failure_code = d.get("failure_code", UNSET)

        failure_message = d.get("failure_message", UNSET)

        reason = d.get("reason", UNSET)

        try:
            _channel = d.get("channel", UNSET)
            channel: None | SimpleRedemptionChannel | Unset
            if _channel is UNSET:
                channel = UNSET
            elif _channel is None:
                channel = None
            else:
                channel_type_0 = SimpleRedemptionChannel.from_dict(_channel)

                channel = channel_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            channel = d.get("channel", UNSET)

        object_ = d.get("object", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        simple_redemption = cls(
            id,
            customer_id,
            tracking_id,
            date,
            amount,
            order,
            reward,
            customer,
            result,
            status,
            voucher,
            promotion_tier,
            redemption,
            metadata,
            failure_code,
            failure_message,
            reason,
            channel,
            object_,
        )

        if not _KNOWN_KEYS.issuperset(d):
            simple_redemption.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return simple_redemption

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
    global SimpleCustomer
    global SimpleOrder
    global SimplePromotionTier
    global SimpleRedemptionChannel
    global SimpleRedemptionRewardResult
    global SimpleVoucher
    from ..models.simple_customer import SimpleCustomer
    from ..models.simple_order import SimpleOrder
    from ..models.simple_promotion_tier import SimplePromotionTier
    from ..models.simple_redemption_channel import SimpleRedemptionChannel
    from ..models.simple_redemption_reward_result import SimpleRedemptionRewardResult
    from ..models.simple_voucher import SimpleVoucher

    _unbound = False
