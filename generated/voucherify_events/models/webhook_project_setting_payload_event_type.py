from enum import StrEnum
from typing import Self, TypeAlias


class WebhookProjectSettingPayloadEventType(StrEnum):
    CUSTOMER_CUSTOM_EVENT = "customer.custom_event"
    CUSTOMER_ENTERED_SEGMENT = "customer.entered.segment"
    CUSTOMER_LOYALTY_TIER_DOWNGRADED = "customer.loyalty.tier.downgraded"
    CUSTOMER_LOYALTY_TIER_JOINED = "customer.loyalty.tier.joined"
    CUSTOMER_LOYALTY_TIER_LEFT = "customer.loyalty.tier.left"
    CUSTOMER_LOYALTY_TIER_PROLONGED = "customer.loyalty.tier.prolonged"
    CUSTOMER_LOYALTY_TIER_UPGRADED = "customer.loyalty.tier.upgraded"
    CUSTOMER_ORDER_CANCELED = "customer.order.canceled"
    CUSTOMER_ORDER_CREATED = "customer.order.created"
    CUSTOMER_ORDER_PAID = "customer.order.paid"
    CUSTOMER_ORDER_UPDATED = "customer.order.updated"
    CUSTOMER_PUBLICATION_SUCCEEDED = "customer.publication.succeeded"
    CUSTOMER_REDEMPTION_ROLLBACK_SUCCEEDED = "customer.redemption.rollback.succeeded"
    CUSTOMER_REDEMPTION_SUCCEEDED = "customer.redemption.succeeded"
    CUSTOMER_SEGMENT_LEFT = "customer.segment.left"
    CUSTOMER_VOUCHER_GIFT_BALANCE_ADDED = "customer.voucher.gift.balance_added"
    CUSTOMER_VOUCHER_LOYALTY_CARD_POINTS_ADDED = "customer.voucher.loyalty_card.points_added"
    CUSTOMER_VOUCHER_LOYALTY_CARD_POINTS_EXPIRED = "customer.voucher.loyalty_card.points_expired"
    MANUAL_DISTRIBUTION_SCHEDULE = "manual_distribution_schedule"

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        # Voucherify adds enum values without a new API version: keep an unknown string as a
        # pseudo-member (name UNKNOWN) that compares equal to it and serializes back unchanged.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)


WebhookProjectSettingPayloadEventTypeDict: TypeAlias = str
"""WebhookProjectSettingPayloadEventType as a request takes it: one of the values above, or one Voucherify added since."""
