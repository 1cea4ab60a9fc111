from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, format_datetime, parse_datetime

if TYPE_CHECKING:
    from ..models.simple_campaign import SimpleCampaign
    from ..models.simple_customer import SimpleCustomer
    from ..models.simple_order import SimpleOrder
    from ..models.simple_promotion_stack import SimplePromotionStack
    from ..models.simple_promotion_tier import SimplePromotionTier
    from ..models.simple_redemption import SimpleRedemption
    from ..models.simple_voucher import SimpleVoucher


T = TypeVar("T", bound="EventRedemptionFailedData")

_KNOWN_KEYS = frozenset(
    {
        "customer",
        "order",
        "campaign",
        "voucher",
        "holder",
        "promotion_tier",
        "promotion_stack",
        "redemption",
        "created_at",
    }
)


@_attrs_define
class EventRedemptionFailedData:
    """Event data object schema for `redemption.failed`."""

    customer: None | SimpleCustomer | Unset = UNSET
    order: None | SimpleOrder | Unset = UNSET
    campaign: None | SimpleCampaign | Unset = UNSET
    voucher: None | SimpleVoucher | Unset = UNSET
    holder: None | SimpleCustomer | Unset = UNSET
    promotion_tier: None | SimplePromotionTier | Unset = UNSET
    promotion_stack: None | SimplePromotionStack | Unset = UNSET
    redemption: None | SimpleRedemption | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp representing the date and time when the redemption failed in the ISO 8601 format. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, SimpleCustomer):
            customer = self.customer.to_dict() if isinstance(self.customer, SimpleCustomer) else self.customer

        else:
            customer = self.customer

        order: dict[str, Any] | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        elif isinstance(self.order, SimpleOrder):
            order = self.order.to_dict() if isinstance(self.order, SimpleOrder) else self.order

        else:
            order = self.order

        campaign: dict[str, Any] | None | Unset
        if isinstance(self.campaign, Unset):
            campaign = UNSET
        elif isinstance(self.campaign, SimpleCampaign):
            campaign = self.campaign.to_dict() if isinstance(self.campaign, SimpleCampaign) else self.campaign

        else:
            campaign = self.campaign

        voucher: dict[str, Any] | None | Unset
        if isinstance(self.voucher, Unset):
            voucher = UNSET
        elif isinstance(self.voucher, SimpleVoucher):
            voucher = self.voucher.to_dict() if isinstance(self.voucher, SimpleVoucher) else self.voucher

        else:
            voucher = self.voucher

        holder: dict[str, Any] | None | Unset
        if isinstance(self.holder, Unset):
            holder = UNSET
        elif isinstance(self.holder, SimpleCustomer):
            holder = self.holder.to_dict() if isinstance(self.holder, SimpleCustomer) else self.holder

        else:
            holder = self.holder

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

        promotion_stack: dict[str, Any] | None | Unset
        if isinstance(self.promotion_stack, Unset):
            promotion_stack = UNSET
        elif isinstance(self.promotion_stack, SimplePromotionStack):
            promotion_stack = (
                self.promotion_stack.to_dict()
                if isinstance(self.promotion_stack, SimplePromotionStack)
                else self.promotion_stack
            )

        else:
            promotion_stack = self.promotion_stack

        redemption: dict[str, Any] | None | Unset
        if isinstance(self.redemption, Unset):
            redemption = UNSET
        elif isinstance(self.redemption, SimpleRedemption):
            redemption = self.redemption.to_dict() if isinstance(self.redemption, SimpleRedemption) else self.redemption

        else:
            redemption = self.redemption

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                format_datetime(self.created_at) if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer is not UNSET:
            field_dict["customer"] = customer
        if order is not UNSET:
            field_dict["order"] = order
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if holder is not UNSET:
            field_dict["holder"] = holder
        if promotion_tier is not UNSET:
            field_dict["promotion_tier"] = promotion_tier
        if promotion_stack is not UNSET:
            field_dict["promotion_stack"] = promotion_stack
        if redemption is not UNSET:
            field_dict["redemption"] = redemption
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
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
            _campaign = d.get("campaign", UNSET)
            campaign: None | SimpleCampaign | Unset
            if _campaign is UNSET:
                campaign = UNSET
            elif _campaign is None:
                campaign = None
            else:
                campaign_type_0 = SimpleCampaign.from_dict(_campaign)

                campaign = campaign_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            campaign = d.get("campaign", UNSET)

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
            _holder = d.get("holder", UNSET)
            holder: None | SimpleCustomer | Unset
            if _holder is UNSET:
                holder = UNSET
            elif _holder is None:
                holder = None
            else:
                holder_type_0 = SimpleCustomer.from_dict(_holder)

                holder = holder_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            holder = d.get("holder", UNSET)

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

        try:
            _promotion_stack = d.get("promotion_stack", UNSET)
            promotion_stack: None | SimplePromotionStack | Unset
            if _promotion_stack is UNSET:
                promotion_stack = UNSET
            elif _promotion_stack is None:
                promotion_stack = None
            else:
                promotion_stack_type_0 = SimplePromotionStack.from_dict(_promotion_stack)

                promotion_stack = promotion_stack_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            promotion_stack = d.get("promotion_stack", UNSET)

        try:
            _redemption = d.get("redemption", UNSET)
            redemption: None | SimpleRedemption | Unset
            if _redemption is UNSET:
                redemption = UNSET
            elif _redemption is None:
                redemption = None
            else:
                redemption_type_0 = SimpleRedemption.from_dict(_redemption)

                redemption = redemption_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            redemption = d.get("redemption", UNSET)

        try:
            _created_at = d.get("created_at", UNSET)
            created_at: datetime.datetime | None | Unset
            if _created_at is UNSET:
                created_at = UNSET
            elif _created_at is None:
                created_at = None
            else:
                created_at_type_0 = parse_datetime(_created_at)

                created_at = created_at_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            created_at = d.get("created_at", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        event_redemption_failed_data = cls(
            customer,
            order,
            campaign,
            voucher,
            holder,
            promotion_tier,
            promotion_stack,
            redemption,
            created_at,
        )

        if not _KNOWN_KEYS.issuperset(d):
            event_redemption_failed_data.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return event_redemption_failed_data

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
    global SimpleCampaign
    global SimpleCustomer
    global SimpleOrder
    global SimplePromotionStack
    global SimplePromotionTier
    global SimpleRedemption
    global SimpleVoucher
    from ..models.simple_campaign import SimpleCampaign
    from ..models.simple_customer import SimpleCustomer
    from ..models.simple_order import SimpleOrder
    from ..models.simple_promotion_stack import SimplePromotionStack
    from ..models.simple_promotion_tier import SimplePromotionTier
    from ..models.simple_redemption import SimpleRedemption
    from ..models.simple_voucher import SimpleVoucher

    _unbound = False
