"""Contains all the data models used in inputs/outputs

Models are imported when first used (PEP 562), so importing the package costs only what a program touches.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .category import Category
    from .customer import Customer
    from .customer_address import CustomerAddress
    from .customer_id import CustomerId
    from .discount_amount import DiscountAmount
    from .discount_amount_effect import DiscountAmountEffect
    from .discount_fixed import DiscountFixed
    from .discount_fixed_effect import DiscountFixedEffect
    from .discount_percent import DiscountPercent
    from .discount_percent_effect import DiscountPercentEffect
    from .discount_product import DiscountProduct
    from .discount_sku import DiscountSku
    from .discount_unit import DiscountUnit
    from .discount_unit_effect import DiscountUnitEffect
    from .discount_unit_item import DiscountUnitItem
    from .error import Error
    from .error_custom_message import ErrorCustomMessage
    from .filter_condition import FilterCondition
    from .filter_conditions_string import FilterConditionsString
    from .filter_junction import FilterJunction
    from .list_redemptions_order import ListRedemptionsOrder
    from .order import Order
    from .order_calculated import OrderCalculated
    from .order_calculated_item import OrderCalculatedItem
    from .order_item import OrderItem
    from .order_item_product import OrderItemProduct
    from .order_item_related_object import OrderItemRelatedObject
    from .order_item_sku import OrderItemSku
    from .order_redemptions import OrderRedemptions
    from .order_redemptions_entry import OrderRedemptionsEntry
    from .order_status import OrderStatus
    from .parameter_created_before_after import ParameterCreatedBeforeAfter
    from .parameter_filters_list_redemptions import ParameterFiltersListRedemptions
    from .product import Product
    from .product_skus_list import ProductSkusList
    from .promotion_tier import PromotionTier
    from .promotion_tier_action import PromotionTierAction
    from .promotion_tier_campaign import PromotionTierCampaign
    from .promotion_tier_summary import PromotionTierSummary
    from .promotion_tier_summary_orders import PromotionTierSummaryOrders
    from .promotion_tier_summary_redemptions import PromotionTierSummaryRedemptions
    from .redeem_gift_credits import RedeemGiftCredits
    from .redeem_loyalty_reward import RedeemLoyaltyReward
    from .redeem_options import RedeemOptions
    from .redeem_options_expand import RedeemOptionsExpand
    from .redeem_promotion_stack import RedeemPromotionStack
    from .redeem_promotion_tier import RedeemPromotionTier
    from .redeem_voucher import RedeemVoucher
    from .redemption import Redemption
    from .redemption_channel import RedemptionChannel
    from .redemption_channel_type import RedemptionChannelType
    from .redemption_gift import RedemptionGift
    from .redemption_loyalty_card import RedemptionLoyaltyCard
    from .redemption_related_object_type import RedemptionRelatedObjectType
    from .redemption_result import RedemptionResult
    from .redemption_reward_result import RedemptionRewardResult
    from .redemption_rollback import RedemptionRollback
    from .redemption_rollback_status import RedemptionRollbackStatus
    from .redemption_session import RedemptionSession
    from .redemption_status import RedemptionStatus
    from .redemptions_list_response_body import RedemptionsListResponseBody
    from .redemptions_redeem_request_body import RedemptionsRedeemRequestBody
    from .redemptions_redeem_response_body import RedemptionsRedeemResponseBody
    from .redemptions_rollback_create_request_body import RedemptionsRollbackCreateRequestBody
    from .redemptions_rollbacks_create_request_body import RedemptionsRollbacksCreateRequestBody
    from .redemptions_rollbacks_create_response_body import RedemptionsRollbacksCreateResponseBody
    from .related_redemption import RelatedRedemption
    from .related_redemption_rollback import RelatedRedemptionRollback
    from .related_redemptions import RelatedRedemptions
    from .reward_parameters import RewardParameters
    from .reward_parameters_campaign import RewardParametersCampaign
    from .reward_parameters_coin import RewardParametersCoin
    from .reward_parameters_product import RewardParametersProduct
    from .reward_type import RewardType
    from .rollback_order_mode import RollbackOrderMode
    from .session import Session
    from .session_ttl_unit import SessionTtlUnit
    from .session_type import SessionType
    from .simple_customer import SimpleCustomer
    from .sku import Sku
    from .sku_attributes import SkuAttributes
    from .validation_rules_assignment import ValidationRulesAssignment
    from .validation_rules_assignments_list import ValidationRulesAssignmentsList
    from .validations_redeemable_bundle import ValidationsRedeemableBundle
    from .validations_redeemable_inapplicable import ValidationsRedeemableInapplicable
    from .validations_redeemable_inapplicable_result import ValidationsRedeemableInapplicableResult
    from .validations_redeemable_inapplicable_status import ValidationsRedeemableInapplicableStatus
    from .validations_redeemable_object import ValidationsRedeemableObject
    from .validations_redeemable_result_details import ValidationsRedeemableResultDetails
    from .validations_redeemable_skipped import ValidationsRedeemableSkipped
    from .validations_redeemable_skipped_details import ValidationsRedeemableSkippedDetails
    from .validations_redeemable_skipped_key import ValidationsRedeemableSkippedKey
    from .validations_redeemable_skipped_result import ValidationsRedeemableSkippedResult
    from .validations_redeemable_skipped_status import ValidationsRedeemableSkippedStatus
    from .validity_hours import ValidityHours
    from .validity_hours_daily import ValidityHoursDaily
    from .validity_timeframe import ValidityTimeframe
    from .voucher import Voucher
    from .voucher_asset import VoucherAsset
    from .voucher_assets import VoucherAssets
    from .voucher_gift import VoucherGift
    from .voucher_gift_effect import VoucherGiftEffect
    from .voucher_loyalty_card import VoucherLoyaltyCard
    from .voucher_publish import VoucherPublish
    from .voucher_redemption import VoucherRedemption
    from .voucher_type import VoucherType

_MODULES = {
    "Category": ".category",
    "Customer": ".customer",
    "CustomerAddress": ".customer_address",
    "CustomerId": ".customer_id",
    "DiscountAmount": ".discount_amount",
    "DiscountAmountEffect": ".discount_amount_effect",
    "DiscountFixed": ".discount_fixed",
    "DiscountFixedEffect": ".discount_fixed_effect",
    "DiscountPercent": ".discount_percent",
    "DiscountPercentEffect": ".discount_percent_effect",
    "DiscountProduct": ".discount_product",
    "DiscountSku": ".discount_sku",
    "DiscountUnit": ".discount_unit",
    "DiscountUnitEffect": ".discount_unit_effect",
    "DiscountUnitItem": ".discount_unit_item",
    "Error": ".error",
    "ErrorCustomMessage": ".error_custom_message",
    "FilterCondition": ".filter_condition",
    "FilterConditionsString": ".filter_conditions_string",
    "FilterJunction": ".filter_junction",
    "ListRedemptionsOrder": ".list_redemptions_order",
    "Order": ".order",
    "OrderCalculated": ".order_calculated",
    "OrderCalculatedItem": ".order_calculated_item",
    "OrderItem": ".order_item",
    "OrderItemProduct": ".order_item_product",
    "OrderItemRelatedObject": ".order_item_related_object",
    "OrderItemSku": ".order_item_sku",
    "OrderRedemptions": ".order_redemptions",
    "OrderRedemptionsEntry": ".order_redemptions_entry",
    "OrderStatus": ".order_status",
    "ParameterCreatedBeforeAfter": ".parameter_created_before_after",
    "ParameterFiltersListRedemptions": ".parameter_filters_list_redemptions",
    "Product": ".product",
    "ProductSkusList": ".product_skus_list",
    "PromotionTier": ".promotion_tier",
    "PromotionTierAction": ".promotion_tier_action",
    "PromotionTierCampaign": ".promotion_tier_campaign",
    "PromotionTierSummary": ".promotion_tier_summary",
    "PromotionTierSummaryOrders": ".promotion_tier_summary_orders",
    "PromotionTierSummaryRedemptions": ".promotion_tier_summary_redemptions",
    "RedeemGiftCredits": ".redeem_gift_credits",
    "RedeemLoyaltyReward": ".redeem_loyalty_reward",
    "RedeemOptions": ".redeem_options",
    "RedeemOptionsExpand": ".redeem_options_expand",
    "RedeemPromotionStack": ".redeem_promotion_stack",
    "RedeemPromotionTier": ".redeem_promotion_tier",
    "RedeemVoucher": ".redeem_voucher",
    "Redemption": ".redemption",
    "RedemptionChannel": ".redemption_channel",
    "RedemptionChannelType": ".redemption_channel_type",
    "RedemptionGift": ".redemption_gift",
    "RedemptionLoyaltyCard": ".redemption_loyalty_card",
    "RedemptionRelatedObjectType": ".redemption_related_object_type",
    "RedemptionResult": ".redemption_result",
    "RedemptionRewardResult": ".redemption_reward_result",
    "RedemptionRollback": ".redemption_rollback",
    "RedemptionRollbackStatus": ".redemption_rollback_status",
    "RedemptionSession": ".redemption_session",
    "RedemptionStatus": ".redemption_status",
    "RedemptionsListResponseBody": ".redemptions_list_response_body",
    "RedemptionsRedeemRequestBody": ".redemptions_redeem_request_body",
    "RedemptionsRedeemResponseBody": ".redemptions_redeem_response_body",
    "RedemptionsRollbackCreateRequestBody": ".redemptions_rollback_create_request_body",
    "RedemptionsRollbacksCreateRequestBody": ".redemptions_rollbacks_create_request_body",
    "RedemptionsRollbacksCreateResponseBody": ".redemptions_rollbacks_create_response_body",
    "RelatedRedemption": ".related_redemption",
    "RelatedRedemptionRollback": ".related_redemption_rollback",
    "RelatedRedemptions": ".related_redemptions",
    "RewardParameters": ".reward_parameters",
    "RewardParametersCampaign": ".reward_parameters_campaign",
    "RewardParametersCoin": ".reward_parameters_coin",
    "RewardParametersProduct": ".reward_parameters_product",
    "RewardType": ".reward_type",
    "RollbackOrderMode": ".rollback_order_mode",
    "Session": ".session",
    "SessionTtlUnit": ".session_ttl_unit",
    "SessionType": ".session_type",
    "SimpleCustomer": ".simple_customer",
    "Sku": ".sku",
    "SkuAttributes": ".sku_attributes",
    "ValidationRulesAssignment": ".validation_rules_assignment",
    "ValidationRulesAssignmentsList": ".validation_rules_assignments_list",
    "ValidationsRedeemableBundle": ".validations_redeemable_bundle",
    "ValidationsRedeemableInapplicable": ".validations_redeemable_inapplicable",
    "ValidationsRedeemableInapplicableResult": ".validations_redeemable_inapplicable_result",
    "ValidationsRedeemableInapplicableStatus": ".validations_redeemable_inapplicable_status",
    "ValidationsRedeemableObject": ".validations_redeemable_object",
    "ValidationsRedeemableResultDetails": ".validations_redeemable_result_details",
    "ValidationsRedeemableSkipped": ".validations_redeemable_skipped",
    "ValidationsRedeemableSkippedDetails": ".validations_redeemable_skipped_details",
    "ValidationsRedeemableSkippedKey": ".validations_redeemable_skipped_key",
    "ValidationsRedeemableSkippedResult": ".validations_redeemable_skipped_result",
    "ValidationsRedeemableSkippedStatus": ".validations_redeemable_skipped_status",
    "ValidityHours": ".validity_hours",
    "ValidityHoursDaily": ".validity_hours_daily",
    "ValidityTimeframe": ".validity_timeframe",
    "Voucher": ".voucher",
    "VoucherAsset": ".voucher_asset",
    "VoucherAssets": ".voucher_assets",
    "VoucherGift": ".voucher_gift",
    "VoucherGiftEffect": ".voucher_gift_effect",
    "VoucherLoyaltyCard": ".voucher_loyalty_card",
    "VoucherPublish": ".voucher_publish",
    "VoucherRedemption": ".voucher_redemption",
    "VoucherType": ".voucher_type",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "Category",
    "Customer",
    "CustomerAddress",
    "CustomerId",
    "DiscountAmount",
    "DiscountAmountEffect",
    "DiscountFixed",
    "DiscountFixedEffect",
    "DiscountPercent",
    "DiscountPercentEffect",
    "DiscountProduct",
    "DiscountSku",
    "DiscountUnit",
    "DiscountUnitEffect",
    "DiscountUnitItem",
    "Error",
    "ErrorCustomMessage",
    "FilterCondition",
    "FilterConditionsString",
    "FilterJunction",
    "ListRedemptionsOrder",
    "Order",
    "OrderCalculated",
    "OrderCalculatedItem",
    "OrderItem",
    "OrderItemProduct",
    "OrderItemRelatedObject",
    "OrderItemSku",
    "OrderRedemptions",
    "OrderRedemptionsEntry",
    "OrderStatus",
    "ParameterCreatedBeforeAfter",
    "ParameterFiltersListRedemptions",
    "Product",
    "ProductSkusList",
    "PromotionTier",
    "PromotionTierAction",
    "PromotionTierCampaign",
    "PromotionTierSummary",
    "PromotionTierSummaryOrders",
    "PromotionTierSummaryRedemptions",
    "RedeemGiftCredits",
    "RedeemLoyaltyReward",
    "RedeemOptions",
    "RedeemOptionsExpand",
    "RedeemPromotionStack",
    "RedeemPromotionTier",
    "RedeemVoucher",
    "Redemption",
    "RedemptionChannel",
    "RedemptionChannelType",
    "RedemptionGift",
    "RedemptionLoyaltyCard",
    "RedemptionRelatedObjectType",
    "RedemptionResult",
    "RedemptionRewardResult",
    "RedemptionRollback",
    "RedemptionRollbackStatus",
    "RedemptionSession",
    "RedemptionStatus",
    "RedemptionsListResponseBody",
    "RedemptionsRedeemRequestBody",
    "RedemptionsRedeemResponseBody",
    "RedemptionsRollbackCreateRequestBody",
    "RedemptionsRollbacksCreateRequestBody",
    "RedemptionsRollbacksCreateResponseBody",
    "RelatedRedemption",
    "RelatedRedemptionRollback",
    "RelatedRedemptions",
    "RewardParameters",
    "RewardParametersCampaign",
    "RewardParametersCoin",
    "RewardParametersProduct",
    "RewardType",
    "RollbackOrderMode",
    "Session",
    "SessionTtlUnit",
    "SessionType",
    "SimpleCustomer",
    "Sku",
    "SkuAttributes",
    "ValidationRulesAssignment",
    "ValidationRulesAssignmentsList",
    "ValidationsRedeemableBundle",
    "ValidationsRedeemableInapplicable",
    "ValidationsRedeemableInapplicableResult",
    "ValidationsRedeemableInapplicableStatus",
    "ValidationsRedeemableObject",
    "ValidationsRedeemableResultDetails",
    "ValidationsRedeemableSkipped",
    "ValidationsRedeemableSkippedDetails",
    "ValidationsRedeemableSkippedKey",
    "ValidationsRedeemableSkippedResult",
    "ValidationsRedeemableSkippedStatus",
    "ValidityHours",
    "ValidityHoursDaily",
    "ValidityTimeframe",
    "Voucher",
    "VoucherAsset",
    "VoucherAssets",
    "VoucherGift",
    "VoucherGiftEffect",
    "VoucherLoyaltyCard",
    "VoucherPublish",
    "VoucherRedemption",
    "VoucherType",
)
