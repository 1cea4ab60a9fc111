from enum import StrEnum
from typing import Self, TypeAlias


class WebhookProjectSettingPayloadType(StrEnum):
    BUSINESS_VALIDATION_RULE_ASSIGNMENT_CREATED = "business_validation_rule.assignment.created"
    BUSINESS_VALIDATION_RULE_ASSIGNMENT_DELETED = "business_validation_rule.assignment.deleted"
    BUSINESS_VALIDATION_RULE_CREATED = "business_validation_rule.created"
    BUSINESS_VALIDATION_RULE_DELETED = "business_validation_rule.deleted"
    BUSINESS_VALIDATION_RULE_UPDATED = "business_validation_rule.updated"
    CAMPAIGN_CREATED = "campaign.created"
    CAMPAIGN_DELETED = "campaign.deleted"
    CAMPAIGN_DISABLED = "campaign.disabled"
    CAMPAIGN_ENABLED = "campaign.enabled"
    CAMPAIGN_UPDATED = "campaign.updated"
    CAMPAIGN_VOUCHERS_GENERATION_COMPLETED = "campaign.vouchers.generation.completed"
    CUSTOMER_CREATED = "customer.created"
    CUSTOMER_DELETED = "customer.deleted"
    CUSTOMER_REWARDED = "customer.rewarded"
    CUSTOMER_REWARDED_LOYALTY_POINTS = "customer.rewarded.loyalty_points"
    PUBLICATION_SUCCEEDED = "publication.succeeded"
    REDEMPTION_FAILED = "redemption.failed"
    REDEMPTION_ROLLBACK_FAILED = "redemption.rollback.failed"
    REDEMPTION_ROLLBACK_SUCCEEDED = "redemption.rollback.succeeded"
    REDEMPTION_SUCCEEDED = "redemption.succeeded"
    VOUCHER_CREATED = "voucher.created"
    VOUCHER_DELETED = "voucher.deleted"
    VOUCHER_DISABLED = "voucher.disabled"
    VOUCHER_ENABLED = "voucher.enabled"
    VOUCHER_GIFT_BALANCE_ADDED = "voucher.gift.balance_added"
    VOUCHER_LOYALTY_CARD_POINTS_ADDED = "voucher.loyalty_card.points_added"
    VOUCHER_PUBLISHED = "voucher.published"
    VOUCHER_UPDATED = "voucher.updated"

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


WebhookProjectSettingPayloadTypeDict: TypeAlias = str
"""WebhookProjectSettingPayloadType as a request takes it: one of the values above, or one Voucherify added since."""
