"""Contains all the data models used in inputs/outputs

Models are imported when first used (PEP 562), so importing the package costs only what a program touches.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .application_details_item import ApplicationDetailsItem
    from .bundle import Bundle
    from .bundle_identified_item import BundleIdentifiedItem
    from .bundle_missing_item import BundleMissingItem
    from .bundle_missing_item_object import BundleMissingItemObject
    from .bus_val_rule_assignment import BusValRuleAssignment
    from .bus_val_rule_assignment_validation_status import BusValRuleAssignmentValidationStatus
    from .category import Category
    from .category_with_stacking_rules_type import CategoryWithStackingRulesType
    from .category_with_stacking_rules_type_stacking_rules_type import CategoryWithStackingRulesTypeStackingRulesType
    from .customer import Customer
    from .customer_base_address import CustomerBaseAddress
    from .customer_id import CustomerId
    from .discount_amount import DiscountAmount
    from .discount_amount_vouchers_effect_types import DiscountAmountVouchersEffectTypes
    from .discount_fixed import DiscountFixed
    from .discount_fixed_vouchers_effect_types import DiscountFixedVouchersEffectTypes
    from .discount_percent import DiscountPercent
    from .discount_unit import DiscountUnit
    from .discount_unit_multiple import DiscountUnitMultiple
    from .discount_unit_multiple_one_unit import DiscountUnitMultipleOneUnit
    from .discount_unit_multiple_one_unit_effect import DiscountUnitMultipleOneUnitEffect
    from .discount_unit_vouchers_effect_types import DiscountUnitVouchersEffectTypes
    from .error import Error
    from .error_error import ErrorError
    from .filter_conditions_string import FilterConditionsString
    from .junction import Junction
    from .order import Order
    from .order_base_status import OrderBaseStatus
    from .order_calculated_item import OrderCalculatedItem
    from .order_calculated_item_product import OrderCalculatedItemProduct
    from .order_calculated_item_sku import OrderCalculatedItemSku
    from .order_calculated_redemptions import OrderCalculatedRedemptions
    from .order_item import OrderItem
    from .order_item_product import OrderItemProduct
    from .order_item_related_object import OrderItemRelatedObject
    from .order_item_sku import OrderItemSku
    from .order_redemptions_entry import OrderRedemptionsEntry
    from .orders_get_response_body import OrdersGetResponseBody
    from .parameter_created_before_after import ParameterCreatedBeforeAfter
    from .parameter_filters_list_redemptions import ParameterFiltersListRedemptions
    from .parameter_filters_list_redemptions_object import ParameterFiltersListRedemptionsObject
    from .parameter_order_list_redemptions import ParameterOrderListRedemptions
    from .product import Product
    from .promotion_tier import PromotionTier
    from .promotion_tier_action import PromotionTierAction
    from .promotion_tier_campaign import PromotionTierCampaign
    from .promotion_tier_summary import PromotionTierSummary
    from .promotion_tier_summary_orders import PromotionTierSummaryOrders
    from .promotion_tier_summary_redemptions import PromotionTierSummaryRedemptions
    from .redeem_gift_card_gift import RedeemGiftCardGift
    from .redeem_loyalty_card_reward import RedeemLoyaltyCardReward
    from .redeem_promotion_stack import RedeemPromotionStack
    from .redeem_promotion_tier import RedeemPromotionTier
    from .redeem_voucher import RedeemVoucher
    from .redemption import Redemption
    from .redemption_base_channel import RedemptionBaseChannel
    from .redemption_base_channel_channel_type import RedemptionBaseChannelChannelType
    from .redemption_base_gift import RedemptionBaseGift
    from .redemption_base_loyalty_card import RedemptionBaseLoyaltyCard
    from .redemption_base_order import RedemptionBaseOrder
    from .redemption_base_order_items_item import RedemptionBaseOrderItemsItem
    from .redemption_base_related_object_type import RedemptionBaseRelatedObjectType
    from .redemption_base_related_redemptions import RedemptionBaseRelatedRedemptions
    from .redemption_base_related_redemptions_redemptions_item import RedemptionBaseRelatedRedemptionsRedemptionsItem
    from .redemption_base_related_redemptions_rollbacks_item import RedemptionBaseRelatedRedemptionsRollbacksItem
    from .redemption_base_related_redemptions_rollbacks_item_rollback_order_mode import (
        RedemptionBaseRelatedRedemptionsRollbacksItemRollbackOrderMode,
    )
    from .redemption_base_result import RedemptionBaseResult
    from .redemption_base_session import RedemptionBaseSession
    from .redemption_base_status import RedemptionBaseStatus
    from .redemption_reward_result import RedemptionRewardResult
    from .redemption_reward_result_parameters import RedemptionRewardResultParameters
    from .redemption_reward_result_parameters_campaign import RedemptionRewardResultParametersCampaign
    from .redemption_reward_result_parameters_coin import RedemptionRewardResultParametersCoin
    from .redemption_reward_result_parameters_product import RedemptionRewardResultParametersProduct
    from .redemption_reward_result_type import RedemptionRewardResultType
    from .redemption_rollback import RedemptionRollback
    from .redemption_rollback_channel import RedemptionRollbackChannel
    from .redemption_rollback_channel_channel_type import RedemptionRollbackChannelChannelType
    from .redemption_rollback_status import RedemptionRollbackStatus
    from .redemption_voucher import RedemptionVoucher
    from .redemption_with_voucher_without_stacking_rules_type_categories import (
        RedemptionWithVoucherWithoutStackingRulesTypeCategories,
    )
    from .redemption_with_voucher_without_stacking_rules_type_categories_voucher import (
        RedemptionWithVoucherWithoutStackingRulesTypeCategoriesVoucher,
    )
    from .redemptions_list_response_body import RedemptionsListResponseBody
    from .redemptions_redeem_request_body import RedemptionsRedeemRequestBody
    from .redemptions_redeem_request_body_options import RedemptionsRedeemRequestBodyOptions
    from .redemptions_redeem_request_body_options_expand_item import RedemptionsRedeemRequestBodyOptionsExpandItem
    from .redemptions_redeem_response_body import RedemptionsRedeemResponseBody
    from .redemptions_rollback_create_request_body import RedemptionsRollbackCreateRequestBody
    from .redemptions_rollbacks_create_response_body import RedemptionsRollbacksCreateResponseBody
    from .session import Session
    from .session_ttl_unit import SessionTtlUnit
    from .simple_customer import SimpleCustomer
    from .simple_sku_discount_unit import SimpleSkuDiscountUnit
    from .sku import Sku
    from .skus_list_for_product import SkusListForProduct
    from .validation_rule_assignment import ValidationRuleAssignment
    from .validation_rule_assignment_related_object_type import ValidationRuleAssignmentRelatedObjectType
    from .validation_rule_assignments_list import ValidationRuleAssignmentsList
    from .validation_rules_assignments_list import ValidationRulesAssignmentsList
    from .validations_redeemable_inapplicable import ValidationsRedeemableInapplicable
    from .validations_redeemable_inapplicable_result import ValidationsRedeemableInapplicableResult
    from .validations_redeemable_inapplicable_result_details import ValidationsRedeemableInapplicableResultDetails
    from .validations_redeemable_skipped import ValidationsRedeemableSkipped
    from .validations_redeemable_skipped_object import ValidationsRedeemableSkippedObject
    from .validations_redeemable_skipped_result import ValidationsRedeemableSkippedResult
    from .validations_redeemable_skipped_result_category_limit_exceeded import (
        ValidationsRedeemableSkippedResultCategoryLimitExceeded,
    )
    from .validations_redeemable_skipped_result_exclusion_rules_not_met import (
        ValidationsRedeemableSkippedResultExclusionRulesNotMet,
    )
    from .validations_redeemable_skipped_result_limit_exceeded import ValidationsRedeemableSkippedResultLimitExceeded
    from .validations_redeemable_skipped_result_no_effect import ValidationsRedeemableSkippedResultNoEffect
    from .validations_redeemable_skipped_result_preceding_validation_failed import (
        ValidationsRedeemableSkippedResultPrecedingValidationFailed,
    )
    from .validations_redeemable_skipped_result_redeemables_category_limit_exceeded import (
        ValidationsRedeemableSkippedResultRedeemablesCategoryLimitExceeded,
    )
    from .validations_redeemable_skipped_result_redeemables_limit_exceeded import (
        ValidationsRedeemableSkippedResultRedeemablesLimitExceeded,
    )
    from .validity_day_of_week_item import ValidityDayOfWeekItem
    from .validity_hours import ValidityHours
    from .validity_hours_daily_item import ValidityHoursDailyItem
    from .validity_timeframe import ValidityTimeframe
    from .voucher import Voucher
    from .voucher_assets import VoucherAssets
    from .voucher_assets_qr import VoucherAssetsQr
    from .voucher_base_gift import VoucherBaseGift
    from .voucher_base_loyalty_card import VoucherBaseLoyaltyCard
    from .voucher_base_publish import VoucherBasePublish
    from .voucher_base_redemption import VoucherBaseRedemption
    from .voucher_base_type import VoucherBaseType

_MODULES = {
    "ApplicationDetailsItem": ".application_details_item",
    "Bundle": ".bundle",
    "BundleIdentifiedItem": ".bundle_identified_item",
    "BundleMissingItem": ".bundle_missing_item",
    "BundleMissingItemObject": ".bundle_missing_item_object",
    "BusValRuleAssignment": ".bus_val_rule_assignment",
    "BusValRuleAssignmentValidationStatus": ".bus_val_rule_assignment_validation_status",
    "Category": ".category",
    "CategoryWithStackingRulesType": ".category_with_stacking_rules_type",
    "CategoryWithStackingRulesTypeStackingRulesType": ".category_with_stacking_rules_type_stacking_rules_type",
    "Customer": ".customer",
    "CustomerBaseAddress": ".customer_base_address",
    "CustomerId": ".customer_id",
    "DiscountAmount": ".discount_amount",
    "DiscountAmountVouchersEffectTypes": ".discount_amount_vouchers_effect_types",
    "DiscountFixed": ".discount_fixed",
    "DiscountFixedVouchersEffectTypes": ".discount_fixed_vouchers_effect_types",
    "DiscountPercent": ".discount_percent",
    "DiscountUnit": ".discount_unit",
    "DiscountUnitMultiple": ".discount_unit_multiple",
    "DiscountUnitMultipleOneUnit": ".discount_unit_multiple_one_unit",
    "DiscountUnitMultipleOneUnitEffect": ".discount_unit_multiple_one_unit_effect",
    "DiscountUnitVouchersEffectTypes": ".discount_unit_vouchers_effect_types",
    "Error": ".error",
    "ErrorError": ".error_error",
    "FilterConditionsString": ".filter_conditions_string",
    "Junction": ".junction",
    "Order": ".order",
    "OrderBaseStatus": ".order_base_status",
    "OrderCalculatedItem": ".order_calculated_item",
    "OrderCalculatedItemProduct": ".order_calculated_item_product",
    "OrderCalculatedItemSku": ".order_calculated_item_sku",
    "OrderCalculatedRedemptions": ".order_calculated_redemptions",
    "OrderItem": ".order_item",
    "OrderItemProduct": ".order_item_product",
    "OrderItemRelatedObject": ".order_item_related_object",
    "OrderItemSku": ".order_item_sku",
    "OrderRedemptionsEntry": ".order_redemptions_entry",
    "OrdersGetResponseBody": ".orders_get_response_body",
    "ParameterCreatedBeforeAfter": ".parameter_created_before_after",
    "ParameterFiltersListRedemptions": ".parameter_filters_list_redemptions",
    "ParameterFiltersListRedemptionsObject": ".parameter_filters_list_redemptions_object",
    "ParameterOrderListRedemptions": ".parameter_order_list_redemptions",
    "Product": ".product",
    "PromotionTier": ".promotion_tier",
    "PromotionTierAction": ".promotion_tier_action",
    "PromotionTierCampaign": ".promotion_tier_campaign",
    "PromotionTierSummary": ".promotion_tier_summary",
    "PromotionTierSummaryOrders": ".promotion_tier_summary_orders",
    "PromotionTierSummaryRedemptions": ".promotion_tier_summary_redemptions",
    "RedeemGiftCardGift": ".redeem_gift_card_gift",
    "RedeemLoyaltyCardReward": ".redeem_loyalty_card_reward",
    "RedeemPromotionStack": ".redeem_promotion_stack",
    "RedeemPromotionTier": ".redeem_promotion_tier",
    "RedeemVoucher": ".redeem_voucher",
    "Redemption": ".redemption",
    "RedemptionBaseChannel": ".redemption_base_channel",
    "RedemptionBaseChannelChannelType": ".redemption_base_channel_channel_type",
    "RedemptionBaseGift": ".redemption_base_gift",
    "RedemptionBaseLoyaltyCard": ".redemption_base_loyalty_card",
    "RedemptionBaseOrder": ".redemption_base_order",
    "RedemptionBaseOrderItemsItem": ".redemption_base_order_items_item",
    "RedemptionBaseRelatedObjectType": ".redemption_base_related_object_type",
    "RedemptionBaseRelatedRedemptions": ".redemption_base_related_redemptions",
    "RedemptionBaseRelatedRedemptionsRedemptionsItem": ".redemption_base_related_redemptions_redemptions_item",
    "RedemptionBaseRelatedRedemptionsRollbacksItem": ".redemption_base_related_redemptions_rollbacks_item",
    "RedemptionBaseRelatedRedemptionsRollbacksItemRollbackOrderMode": ".redemption_base_related_redemptions_rollbacks_item_rollback_order_mode",
    "RedemptionBaseResult": ".redemption_base_result",
    "RedemptionBaseSession": ".redemption_base_session",
    "RedemptionBaseStatus": ".redemption_base_status",
    "RedemptionRewardResult": ".redemption_reward_result",
    "RedemptionRewardResultParameters": ".redemption_reward_result_parameters",
    "RedemptionRewardResultParametersCampaign": ".redemption_reward_result_parameters_campaign",
    "RedemptionRewardResultParametersCoin": ".redemption_reward_result_parameters_coin",
    "RedemptionRewardResultParametersProduct": ".redemption_reward_result_parameters_product",
    "RedemptionRewardResultType": ".redemption_reward_result_type",
    "RedemptionRollback": ".redemption_rollback",
    "RedemptionRollbackChannel": ".redemption_rollback_channel",
    "RedemptionRollbackChannelChannelType": ".redemption_rollback_channel_channel_type",
    "RedemptionRollbackStatus": ".redemption_rollback_status",
    "RedemptionVoucher": ".redemption_voucher",
    "RedemptionWithVoucherWithoutStackingRulesTypeCategories": ".redemption_with_voucher_without_stacking_rules_type_categories",
    "RedemptionWithVoucherWithoutStackingRulesTypeCategoriesVoucher": ".redemption_with_voucher_without_stacking_rules_type_categories_voucher",
    "RedemptionsListResponseBody": ".redemptions_list_response_body",
    "RedemptionsRedeemRequestBody": ".redemptions_redeem_request_body",
    "RedemptionsRedeemRequestBodyOptions": ".redemptions_redeem_request_body_options",
    "RedemptionsRedeemRequestBodyOptionsExpandItem": ".redemptions_redeem_request_body_options_expand_item",
    "RedemptionsRedeemResponseBody": ".redemptions_redeem_response_body",
    "RedemptionsRollbackCreateRequestBody": ".redemptions_rollback_create_request_body",
    "RedemptionsRollbacksCreateResponseBody": ".redemptions_rollbacks_create_response_body",
    "Session": ".session",
    "SessionTtlUnit": ".session_ttl_unit",
    "SimpleCustomer": ".simple_customer",
    "SimpleSkuDiscountUnit": ".simple_sku_discount_unit",
    "Sku": ".sku",
    "SkusListForProduct": ".skus_list_for_product",
    "ValidationRuleAssignment": ".validation_rule_assignment",
    "ValidationRuleAssignmentRelatedObjectType": ".validation_rule_assignment_related_object_type",
    "ValidationRuleAssignmentsList": ".validation_rule_assignments_list",
    "ValidationRulesAssignmentsList": ".validation_rules_assignments_list",
    "ValidationsRedeemableInapplicable": ".validations_redeemable_inapplicable",
    "ValidationsRedeemableInapplicableResult": ".validations_redeemable_inapplicable_result",
    "ValidationsRedeemableInapplicableResultDetails": ".validations_redeemable_inapplicable_result_details",
    "ValidationsRedeemableSkipped": ".validations_redeemable_skipped",
    "ValidationsRedeemableSkippedObject": ".validations_redeemable_skipped_object",
    "ValidationsRedeemableSkippedResult": ".validations_redeemable_skipped_result",
    "ValidationsRedeemableSkippedResultCategoryLimitExceeded": ".validations_redeemable_skipped_result_category_limit_exceeded",
    "ValidationsRedeemableSkippedResultExclusionRulesNotMet": ".validations_redeemable_skipped_result_exclusion_rules_not_met",
    "ValidationsRedeemableSkippedResultLimitExceeded": ".validations_redeemable_skipped_result_limit_exceeded",
    "ValidationsRedeemableSkippedResultNoEffect": ".validations_redeemable_skipped_result_no_effect",
    "ValidationsRedeemableSkippedResultPrecedingValidationFailed": ".validations_redeemable_skipped_result_preceding_validation_failed",
    "ValidationsRedeemableSkippedResultRedeemablesCategoryLimitExceeded": ".validations_redeemable_skipped_result_redeemables_category_limit_exceeded",
    "ValidationsRedeemableSkippedResultRedeemablesLimitExceeded": ".validations_redeemable_skipped_result_redeemables_limit_exceeded",
    "ValidityDayOfWeekItem": ".validity_day_of_week_item",
    "ValidityHours": ".validity_hours",
    "ValidityHoursDailyItem": ".validity_hours_daily_item",
    "ValidityTimeframe": ".validity_timeframe",
    "Voucher": ".voucher",
    "VoucherAssets": ".voucher_assets",
    "VoucherAssetsQr": ".voucher_assets_qr",
    "VoucherBaseGift": ".voucher_base_gift",
    "VoucherBaseLoyaltyCard": ".voucher_base_loyalty_card",
    "VoucherBasePublish": ".voucher_base_publish",
    "VoucherBaseRedemption": ".voucher_base_redemption",
    "VoucherBaseType": ".voucher_base_type",
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
    "ApplicationDetailsItem",
    "Bundle",
    "BundleIdentifiedItem",
    "BundleMissingItem",
    "BundleMissingItemObject",
    "BusValRuleAssignment",
    "BusValRuleAssignmentValidationStatus",
    "Category",
    "CategoryWithStackingRulesType",
    "CategoryWithStackingRulesTypeStackingRulesType",
    "Customer",
    "CustomerBaseAddress",
    "CustomerId",
    "DiscountAmount",
    "DiscountAmountVouchersEffectTypes",
    "DiscountFixed",
    "DiscountFixedVouchersEffectTypes",
    "DiscountPercent",
    "DiscountUnit",
    "DiscountUnitMultiple",
    "DiscountUnitMultipleOneUnit",
    "DiscountUnitMultipleOneUnitEffect",
    "DiscountUnitVouchersEffectTypes",
    "Error",
    "ErrorError",
    "FilterConditionsString",
    "Junction",
    "Order",
    "OrderBaseStatus",
    "OrderCalculatedItem",
    "OrderCalculatedItemProduct",
    "OrderCalculatedItemSku",
    "OrderCalculatedRedemptions",
    "OrderItem",
    "OrderItemProduct",
    "OrderItemRelatedObject",
    "OrderItemSku",
    "OrderRedemptionsEntry",
    "OrdersGetResponseBody",
    "ParameterCreatedBeforeAfter",
    "ParameterFiltersListRedemptions",
    "ParameterFiltersListRedemptionsObject",
    "ParameterOrderListRedemptions",
    "Product",
    "PromotionTier",
    "PromotionTierAction",
    "PromotionTierCampaign",
    "PromotionTierSummary",
    "PromotionTierSummaryOrders",
    "PromotionTierSummaryRedemptions",
    "RedeemGiftCardGift",
    "RedeemLoyaltyCardReward",
    "RedeemPromotionStack",
    "RedeemPromotionTier",
    "RedeemVoucher",
    "Redemption",
    "RedemptionBaseChannel",
    "RedemptionBaseChannelChannelType",
    "RedemptionBaseGift",
    "RedemptionBaseLoyaltyCard",
    "RedemptionBaseOrder",
    "RedemptionBaseOrderItemsItem",
    "RedemptionBaseRelatedObjectType",
    "RedemptionBaseRelatedRedemptions",
    "RedemptionBaseRelatedRedemptionsRedemptionsItem",
    "RedemptionBaseRelatedRedemptionsRollbacksItem",
    "RedemptionBaseRelatedRedemptionsRollbacksItemRollbackOrderMode",
    "RedemptionBaseResult",
    "RedemptionBaseSession",
    "RedemptionBaseStatus",
    "RedemptionRewardResult",
    "RedemptionRewardResultParameters",
    "RedemptionRewardResultParametersCampaign",
    "RedemptionRewardResultParametersCoin",
    "RedemptionRewardResultParametersProduct",
    "RedemptionRewardResultType",
    "RedemptionRollback",
    "RedemptionRollbackChannel",
    "RedemptionRollbackChannelChannelType",
    "RedemptionRollbackStatus",
    "RedemptionVoucher",
    "RedemptionWithVoucherWithoutStackingRulesTypeCategories",
    "RedemptionWithVoucherWithoutStackingRulesTypeCategoriesVoucher",
    "RedemptionsListResponseBody",
    "RedemptionsRedeemRequestBody",
    "RedemptionsRedeemRequestBodyOptions",
    "RedemptionsRedeemRequestBodyOptionsExpandItem",
    "RedemptionsRedeemResponseBody",
    "RedemptionsRollbackCreateRequestBody",
    "RedemptionsRollbacksCreateResponseBody",
    "Session",
    "SessionTtlUnit",
    "SimpleCustomer",
    "SimpleSkuDiscountUnit",
    "Sku",
    "SkusListForProduct",
    "ValidationRuleAssignment",
    "ValidationRuleAssignmentRelatedObjectType",
    "ValidationRuleAssignmentsList",
    "ValidationRulesAssignmentsList",
    "ValidationsRedeemableInapplicable",
    "ValidationsRedeemableInapplicableResult",
    "ValidationsRedeemableInapplicableResultDetails",
    "ValidationsRedeemableSkipped",
    "ValidationsRedeemableSkippedObject",
    "ValidationsRedeemableSkippedResult",
    "ValidationsRedeemableSkippedResultCategoryLimitExceeded",
    "ValidationsRedeemableSkippedResultExclusionRulesNotMet",
    "ValidationsRedeemableSkippedResultLimitExceeded",
    "ValidationsRedeemableSkippedResultNoEffect",
    "ValidationsRedeemableSkippedResultPrecedingValidationFailed",
    "ValidationsRedeemableSkippedResultRedeemablesCategoryLimitExceeded",
    "ValidationsRedeemableSkippedResultRedeemablesLimitExceeded",
    "ValidityDayOfWeekItem",
    "ValidityHours",
    "ValidityHoursDailyItem",
    "ValidityTimeframe",
    "Voucher",
    "VoucherAssets",
    "VoucherAssetsQr",
    "VoucherBaseGift",
    "VoucherBaseLoyaltyCard",
    "VoucherBasePublish",
    "VoucherBaseRedemption",
    "VoucherBaseType",
)
