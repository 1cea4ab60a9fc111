"""Contains all the data models used in inputs/outputs

Models are imported when first used (PEP 562), so importing the package costs only what a program touches.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .application_details_item import ApplicationDetailsItem, ApplicationDetailsItemDict
    from .bundle import Bundle, BundleDict
    from .bundle_identified_item import BundleIdentifiedItem, BundleIdentifiedItemDict
    from .bundle_missing_item import BundleMissingItem, BundleMissingItemDict
    from .bundle_missing_item_object import BundleMissingItemObject, BundleMissingItemObjectDict
    from .bus_val_rule_assignment import BusValRuleAssignment, BusValRuleAssignmentDict
    from .bus_val_rule_assignment_validation_status import (
        BusValRuleAssignmentValidationStatus,
        BusValRuleAssignmentValidationStatusDict,
    )
    from .category import Category, CategoryDict
    from .category_with_stacking_rules_type_stacking_rules_type import (
        CategoryWithStackingRulesTypeStackingRulesType,
        CategoryWithStackingRulesTypeStackingRulesTypeDict,
    )
    from .customer import Customer, CustomerDict
    from .customer_base_address import CustomerBaseAddress, CustomerBaseAddressDict
    from .customer_id import CustomerId, CustomerIdDict
    from .discount_amount import DiscountAmount, DiscountAmountDict
    from .discount_amount_vouchers_effect_types import (
        DiscountAmountVouchersEffectTypes,
        DiscountAmountVouchersEffectTypesDict,
    )
    from .discount_fixed import DiscountFixed, DiscountFixedDict
    from .discount_fixed_vouchers_effect_types import (
        DiscountFixedVouchersEffectTypes,
        DiscountFixedVouchersEffectTypesDict,
    )
    from .discount_percent import DiscountPercent, DiscountPercentDict
    from .discount_unit import DiscountUnit, DiscountUnitDict
    from .discount_unit_multiple import DiscountUnitMultiple, DiscountUnitMultipleDict
    from .discount_unit_multiple_one_unit import DiscountUnitMultipleOneUnit, DiscountUnitMultipleOneUnitDict
    from .discount_unit_multiple_one_unit_effect import (
        DiscountUnitMultipleOneUnitEffect,
        DiscountUnitMultipleOneUnitEffectDict,
    )
    from .discount_unit_vouchers_effect_types import (
        DiscountUnitVouchersEffectTypes,
        DiscountUnitVouchersEffectTypesDict,
    )
    from .error import Error, ErrorDict
    from .error_error import ErrorError, ErrorErrorDict
    from .filter_conditions_string import FilterConditionsString, FilterConditionsStringDict
    from .junction import Junction, JunctionDict
    from .order import Order, OrderDict
    from .order_base_status import OrderBaseStatus, OrderBaseStatusDict
    from .order_calculated_item import OrderCalculatedItem, OrderCalculatedItemDict
    from .order_calculated_item_product import OrderCalculatedItemProduct, OrderCalculatedItemProductDict
    from .order_calculated_item_sku import OrderCalculatedItemSku, OrderCalculatedItemSkuDict
    from .order_calculated_redemptions import OrderCalculatedRedemptions, OrderCalculatedRedemptionsDict
    from .order_item import OrderItem, OrderItemDict
    from .order_item_product import OrderItemProduct, OrderItemProductDict
    from .order_item_related_object import OrderItemRelatedObject, OrderItemRelatedObjectDict
    from .order_item_sku import OrderItemSku, OrderItemSkuDict
    from .order_redemptions_entry import OrderRedemptionsEntry, OrderRedemptionsEntryDict
    from .orders_get_response_body import OrdersGetResponseBody, OrdersGetResponseBodyDict
    from .parameter_created_before_after import ParameterCreatedBeforeAfter, ParameterCreatedBeforeAfterDict
    from .parameter_filters_list_redemptions import ParameterFiltersListRedemptions, ParameterFiltersListRedemptionsDict
    from .parameter_filters_list_redemptions_object import (
        ParameterFiltersListRedemptionsObject,
        ParameterFiltersListRedemptionsObjectDict,
    )
    from .parameter_order_list_redemptions import ParameterOrderListRedemptions, ParameterOrderListRedemptionsDict
    from .product import Product, ProductDict
    from .promotion_tier import PromotionTier, PromotionTierDict
    from .promotion_tier_action import PromotionTierAction, PromotionTierActionDict
    from .promotion_tier_campaign import PromotionTierCampaign, PromotionTierCampaignDict
    from .promotion_tier_summary import PromotionTierSummary, PromotionTierSummaryDict
    from .promotion_tier_summary_orders import PromotionTierSummaryOrders, PromotionTierSummaryOrdersDict
    from .promotion_tier_summary_redemptions import PromotionTierSummaryRedemptions, PromotionTierSummaryRedemptionsDict
    from .redeem_gift_card_gift import RedeemGiftCardGift, RedeemGiftCardGiftDict
    from .redeem_loyalty_card_reward import RedeemLoyaltyCardReward, RedeemLoyaltyCardRewardDict
    from .redeem_promotion_stack import RedeemPromotionStack, RedeemPromotionStackDict
    from .redeem_promotion_tier import RedeemPromotionTier, RedeemPromotionTierDict
    from .redeem_voucher import RedeemVoucher, RedeemVoucherDict
    from .redemption import Redemption, RedemptionDict
    from .redemption_base_channel import RedemptionBaseChannel, RedemptionBaseChannelDict
    from .redemption_base_channel_channel_type import (
        RedemptionBaseChannelChannelType,
        RedemptionBaseChannelChannelTypeDict,
    )
    from .redemption_base_gift import RedemptionBaseGift, RedemptionBaseGiftDict
    from .redemption_base_loyalty_card import RedemptionBaseLoyaltyCard, RedemptionBaseLoyaltyCardDict
    from .redemption_base_related_object_type import (
        RedemptionBaseRelatedObjectType,
        RedemptionBaseRelatedObjectTypeDict,
    )
    from .redemption_base_related_redemptions import (
        RedemptionBaseRelatedRedemptions,
        RedemptionBaseRelatedRedemptionsDict,
    )
    from .redemption_base_related_redemptions_redemptions_item import (
        RedemptionBaseRelatedRedemptionsRedemptionsItem,
        RedemptionBaseRelatedRedemptionsRedemptionsItemDict,
    )
    from .redemption_base_related_redemptions_rollbacks_item import (
        RedemptionBaseRelatedRedemptionsRollbacksItem,
        RedemptionBaseRelatedRedemptionsRollbacksItemDict,
    )
    from .redemption_base_related_redemptions_rollbacks_item_rollback_order_mode import (
        RedemptionBaseRelatedRedemptionsRollbacksItemRollbackOrderMode,
        RedemptionBaseRelatedRedemptionsRollbacksItemRollbackOrderModeDict,
    )
    from .redemption_base_result import RedemptionBaseResult, RedemptionBaseResultDict
    from .redemption_base_session import RedemptionBaseSession, RedemptionBaseSessionDict
    from .redemption_base_status import RedemptionBaseStatus, RedemptionBaseStatusDict
    from .redemption_reward_result import RedemptionRewardResult, RedemptionRewardResultDict
    from .redemption_reward_result_parameters import (
        RedemptionRewardResultParameters,
        RedemptionRewardResultParametersDict,
    )
    from .redemption_reward_result_parameters_campaign import (
        RedemptionRewardResultParametersCampaign,
        RedemptionRewardResultParametersCampaignDict,
    )
    from .redemption_reward_result_parameters_coin import (
        RedemptionRewardResultParametersCoin,
        RedemptionRewardResultParametersCoinDict,
    )
    from .redemption_reward_result_parameters_product import (
        RedemptionRewardResultParametersProduct,
        RedemptionRewardResultParametersProductDict,
    )
    from .redemption_reward_result_type import RedemptionRewardResultType, RedemptionRewardResultTypeDict
    from .redemption_rollback import RedemptionRollback, RedemptionRollbackDict
    from .redemption_rollback_channel import RedemptionRollbackChannel, RedemptionRollbackChannelDict
    from .redemption_rollback_channel_channel_type import (
        RedemptionRollbackChannelChannelType,
        RedemptionRollbackChannelChannelTypeDict,
    )
    from .redemption_rollback_status import RedemptionRollbackStatus, RedemptionRollbackStatusDict
    from .redemptions_list_response_body import RedemptionsListResponseBody, RedemptionsListResponseBodyDict
    from .redemptions_redeem_request_body import RedemptionsRedeemRequestBody, RedemptionsRedeemRequestBodyDict
    from .redemptions_redeem_request_body_options import (
        RedemptionsRedeemRequestBodyOptions,
        RedemptionsRedeemRequestBodyOptionsDict,
    )
    from .redemptions_redeem_request_body_options_expand_item import (
        RedemptionsRedeemRequestBodyOptionsExpandItem,
        RedemptionsRedeemRequestBodyOptionsExpandItemDict,
    )
    from .redemptions_redeem_response_body import RedemptionsRedeemResponseBody, RedemptionsRedeemResponseBodyDict
    from .redemptions_rollback_create_request_body import (
        RedemptionsRollbackCreateRequestBody,
        RedemptionsRollbackCreateRequestBodyDict,
    )
    from .redemptions_rollbacks_create_response_body import (
        RedemptionsRollbacksCreateResponseBody,
        RedemptionsRollbacksCreateResponseBodyDict,
    )
    from .session import Session, SessionDict
    from .session_ttl_unit import SessionTtlUnit, SessionTtlUnitDict
    from .simple_customer import SimpleCustomer, SimpleCustomerDict
    from .simple_sku_discount_unit import SimpleSkuDiscountUnit, SimpleSkuDiscountUnitDict
    from .sku import Sku, SkuDict
    from .skus_list_for_product import SkusListForProduct, SkusListForProductDict
    from .validation_rule_assignment import ValidationRuleAssignment, ValidationRuleAssignmentDict
    from .validation_rule_assignment_related_object_type import (
        ValidationRuleAssignmentRelatedObjectType,
        ValidationRuleAssignmentRelatedObjectTypeDict,
    )
    from .validation_rule_assignments_list import ValidationRuleAssignmentsList, ValidationRuleAssignmentsListDict
    from .validation_rules_assignments_list import ValidationRulesAssignmentsList, ValidationRulesAssignmentsListDict
    from .validations_redeemable_inapplicable import (
        ValidationsRedeemableInapplicable,
        ValidationsRedeemableInapplicableDict,
    )
    from .validations_redeemable_inapplicable_result import (
        ValidationsRedeemableInapplicableResult,
        ValidationsRedeemableInapplicableResultDict,
    )
    from .validations_redeemable_inapplicable_result_details import (
        ValidationsRedeemableInapplicableResultDetails,
        ValidationsRedeemableInapplicableResultDetailsDict,
    )
    from .validations_redeemable_skipped import ValidationsRedeemableSkipped, ValidationsRedeemableSkippedDict
    from .validations_redeemable_skipped_object import (
        ValidationsRedeemableSkippedObject,
        ValidationsRedeemableSkippedObjectDict,
    )
    from .validations_redeemable_skipped_result import (
        ValidationsRedeemableSkippedResult,
        ValidationsRedeemableSkippedResultDict,
    )
    from .validations_redeemable_skipped_result_category_limit_exceeded import (
        ValidationsRedeemableSkippedResultCategoryLimitExceeded,
        ValidationsRedeemableSkippedResultCategoryLimitExceededDict,
    )
    from .validations_redeemable_skipped_result_exclusion_rules_not_met import (
        ValidationsRedeemableSkippedResultExclusionRulesNotMet,
        ValidationsRedeemableSkippedResultExclusionRulesNotMetDict,
    )
    from .validations_redeemable_skipped_result_limit_exceeded import (
        ValidationsRedeemableSkippedResultLimitExceeded,
        ValidationsRedeemableSkippedResultLimitExceededDict,
    )
    from .validations_redeemable_skipped_result_no_effect import (
        ValidationsRedeemableSkippedResultNoEffect,
        ValidationsRedeemableSkippedResultNoEffectDict,
    )
    from .validations_redeemable_skipped_result_preceding_validation_failed import (
        ValidationsRedeemableSkippedResultPrecedingValidationFailed,
        ValidationsRedeemableSkippedResultPrecedingValidationFailedDict,
    )
    from .validations_redeemable_skipped_result_redeemables_category_limit_exceeded import (
        ValidationsRedeemableSkippedResultRedeemablesCategoryLimitExceeded,
        ValidationsRedeemableSkippedResultRedeemablesCategoryLimitExceededDict,
    )
    from .validations_redeemable_skipped_result_redeemables_limit_exceeded import (
        ValidationsRedeemableSkippedResultRedeemablesLimitExceeded,
        ValidationsRedeemableSkippedResultRedeemablesLimitExceededDict,
    )
    from .validity_day_of_week_item import ValidityDayOfWeekItem, ValidityDayOfWeekItemDict
    from .validity_hours import ValidityHours, ValidityHoursDict
    from .validity_hours_daily_item import ValidityHoursDailyItem, ValidityHoursDailyItemDict
    from .validity_timeframe import ValidityTimeframe, ValidityTimeframeDict
    from .voucher import Voucher, VoucherDict
    from .voucher_assets import VoucherAssets, VoucherAssetsDict
    from .voucher_assets_qr import VoucherAssetsQr, VoucherAssetsQrDict
    from .voucher_base_gift import VoucherBaseGift, VoucherBaseGiftDict
    from .voucher_base_loyalty_card import VoucherBaseLoyaltyCard, VoucherBaseLoyaltyCardDict
    from .voucher_base_publish import VoucherBasePublish, VoucherBasePublishDict
    from .voucher_base_redemption import VoucherBaseRedemption, VoucherBaseRedemptionDict
    from .voucher_base_type import VoucherBaseType, VoucherBaseTypeDict

_MODULES = {
    "ApplicationDetailsItem": ".application_details_item",
    "ApplicationDetailsItemDict": ".application_details_item",
    "Bundle": ".bundle",
    "BundleDict": ".bundle",
    "BundleIdentifiedItem": ".bundle_identified_item",
    "BundleIdentifiedItemDict": ".bundle_identified_item",
    "BundleMissingItem": ".bundle_missing_item",
    "BundleMissingItemDict": ".bundle_missing_item",
    "BundleMissingItemObject": ".bundle_missing_item_object",
    "BundleMissingItemObjectDict": ".bundle_missing_item_object",
    "BusValRuleAssignment": ".bus_val_rule_assignment",
    "BusValRuleAssignmentDict": ".bus_val_rule_assignment",
    "BusValRuleAssignmentValidationStatus": ".bus_val_rule_assignment_validation_status",
    "BusValRuleAssignmentValidationStatusDict": ".bus_val_rule_assignment_validation_status",
    "Category": ".category",
    "CategoryDict": ".category",
    "CategoryWithStackingRulesTypeStackingRulesType": ".category_with_stacking_rules_type_stacking_rules_type",
    "CategoryWithStackingRulesTypeStackingRulesTypeDict": ".category_with_stacking_rules_type_stacking_rules_type",
    "Customer": ".customer",
    "CustomerDict": ".customer",
    "CustomerBaseAddress": ".customer_base_address",
    "CustomerBaseAddressDict": ".customer_base_address",
    "CustomerId": ".customer_id",
    "CustomerIdDict": ".customer_id",
    "DiscountAmount": ".discount_amount",
    "DiscountAmountDict": ".discount_amount",
    "DiscountAmountVouchersEffectTypes": ".discount_amount_vouchers_effect_types",
    "DiscountAmountVouchersEffectTypesDict": ".discount_amount_vouchers_effect_types",
    "DiscountFixed": ".discount_fixed",
    "DiscountFixedDict": ".discount_fixed",
    "DiscountFixedVouchersEffectTypes": ".discount_fixed_vouchers_effect_types",
    "DiscountFixedVouchersEffectTypesDict": ".discount_fixed_vouchers_effect_types",
    "DiscountPercent": ".discount_percent",
    "DiscountPercentDict": ".discount_percent",
    "DiscountUnit": ".discount_unit",
    "DiscountUnitDict": ".discount_unit",
    "DiscountUnitMultiple": ".discount_unit_multiple",
    "DiscountUnitMultipleDict": ".discount_unit_multiple",
    "DiscountUnitMultipleOneUnit": ".discount_unit_multiple_one_unit",
    "DiscountUnitMultipleOneUnitDict": ".discount_unit_multiple_one_unit",
    "DiscountUnitMultipleOneUnitEffect": ".discount_unit_multiple_one_unit_effect",
    "DiscountUnitMultipleOneUnitEffectDict": ".discount_unit_multiple_one_unit_effect",
    "DiscountUnitVouchersEffectTypes": ".discount_unit_vouchers_effect_types",
    "DiscountUnitVouchersEffectTypesDict": ".discount_unit_vouchers_effect_types",
    "Error": ".error",
    "ErrorDict": ".error",
    "ErrorError": ".error_error",
    "ErrorErrorDict": ".error_error",
    "FilterConditionsString": ".filter_conditions_string",
    "FilterConditionsStringDict": ".filter_conditions_string",
    "Junction": ".junction",
    "JunctionDict": ".junction",
    "Order": ".order",
    "OrderDict": ".order",
    "OrderBaseStatus": ".order_base_status",
    "OrderBaseStatusDict": ".order_base_status",
    "OrderCalculatedItem": ".order_calculated_item",
    "OrderCalculatedItemDict": ".order_calculated_item",
    "OrderCalculatedItemProduct": ".order_calculated_item_product",
    "OrderCalculatedItemProductDict": ".order_calculated_item_product",
    "OrderCalculatedItemSku": ".order_calculated_item_sku",
    "OrderCalculatedItemSkuDict": ".order_calculated_item_sku",
    "OrderCalculatedRedemptions": ".order_calculated_redemptions",
    "OrderCalculatedRedemptionsDict": ".order_calculated_redemptions",
    "OrderItem": ".order_item",
    "OrderItemDict": ".order_item",
    "OrderItemProduct": ".order_item_product",
    "OrderItemProductDict": ".order_item_product",
    "OrderItemRelatedObject": ".order_item_related_object",
    "OrderItemRelatedObjectDict": ".order_item_related_object",
    "OrderItemSku": ".order_item_sku",
    "OrderItemSkuDict": ".order_item_sku",
    "OrderRedemptionsEntry": ".order_redemptions_entry",
    "OrderRedemptionsEntryDict": ".order_redemptions_entry",
    "OrdersGetResponseBody": ".orders_get_response_body",
    "OrdersGetResponseBodyDict": ".orders_get_response_body",
    "ParameterCreatedBeforeAfter": ".parameter_created_before_after",
    "ParameterCreatedBeforeAfterDict": ".parameter_created_before_after",
    "ParameterFiltersListRedemptions": ".parameter_filters_list_redemptions",
    "ParameterFiltersListRedemptionsDict": ".parameter_filters_list_redemptions",
    "ParameterFiltersListRedemptionsObject": ".parameter_filters_list_redemptions_object",
    "ParameterFiltersListRedemptionsObjectDict": ".parameter_filters_list_redemptions_object",
    "ParameterOrderListRedemptions": ".parameter_order_list_redemptions",
    "ParameterOrderListRedemptionsDict": ".parameter_order_list_redemptions",
    "Product": ".product",
    "ProductDict": ".product",
    "PromotionTier": ".promotion_tier",
    "PromotionTierDict": ".promotion_tier",
    "PromotionTierAction": ".promotion_tier_action",
    "PromotionTierActionDict": ".promotion_tier_action",
    "PromotionTierCampaign": ".promotion_tier_campaign",
    "PromotionTierCampaignDict": ".promotion_tier_campaign",
    "PromotionTierSummary": ".promotion_tier_summary",
    "PromotionTierSummaryDict": ".promotion_tier_summary",
    "PromotionTierSummaryOrders": ".promotion_tier_summary_orders",
    "PromotionTierSummaryOrdersDict": ".promotion_tier_summary_orders",
    "PromotionTierSummaryRedemptions": ".promotion_tier_summary_redemptions",
    "PromotionTierSummaryRedemptionsDict": ".promotion_tier_summary_redemptions",
    "RedeemGiftCardGift": ".redeem_gift_card_gift",
    "RedeemGiftCardGiftDict": ".redeem_gift_card_gift",
    "RedeemLoyaltyCardReward": ".redeem_loyalty_card_reward",
    "RedeemLoyaltyCardRewardDict": ".redeem_loyalty_card_reward",
    "RedeemPromotionStack": ".redeem_promotion_stack",
    "RedeemPromotionStackDict": ".redeem_promotion_stack",
    "RedeemPromotionTier": ".redeem_promotion_tier",
    "RedeemPromotionTierDict": ".redeem_promotion_tier",
    "RedeemVoucher": ".redeem_voucher",
    "RedeemVoucherDict": ".redeem_voucher",
    "Redemption": ".redemption",
    "RedemptionDict": ".redemption",
    "RedemptionBaseChannel": ".redemption_base_channel",
    "RedemptionBaseChannelDict": ".redemption_base_channel",
    "RedemptionBaseChannelChannelType": ".redemption_base_channel_channel_type",
    "RedemptionBaseChannelChannelTypeDict": ".redemption_base_channel_channel_type",
    "RedemptionBaseGift": ".redemption_base_gift",
    "RedemptionBaseGiftDict": ".redemption_base_gift",
    "RedemptionBaseLoyaltyCard": ".redemption_base_loyalty_card",
    "RedemptionBaseLoyaltyCardDict": ".redemption_base_loyalty_card",
    "RedemptionBaseRelatedObjectType": ".redemption_base_related_object_type",
    "RedemptionBaseRelatedObjectTypeDict": ".redemption_base_related_object_type",
    "RedemptionBaseRelatedRedemptions": ".redemption_base_related_redemptions",
    "RedemptionBaseRelatedRedemptionsDict": ".redemption_base_related_redemptions",
    "RedemptionBaseRelatedRedemptionsRedemptionsItem": ".redemption_base_related_redemptions_redemptions_item",
    "RedemptionBaseRelatedRedemptionsRedemptionsItemDict": ".redemption_base_related_redemptions_redemptions_item",
    "RedemptionBaseRelatedRedemptionsRollbacksItem": ".redemption_base_related_redemptions_rollbacks_item",
    "RedemptionBaseRelatedRedemptionsRollbacksItemDict": ".redemption_base_related_redemptions_rollbacks_item",
    "RedemptionBaseRelatedRedemptionsRollbacksItemRollbackOrderMode": ".redemption_base_related_redemptions_rollbacks_item_rollback_order_mode",
    "RedemptionBaseRelatedRedemptionsRollbacksItemRollbackOrderModeDict": ".redemption_base_related_redemptions_rollbacks_item_rollback_order_mode",
    "RedemptionBaseResult": ".redemption_base_result",
    "RedemptionBaseResultDict": ".redemption_base_result",
    "RedemptionBaseSession": ".redemption_base_session",
    "RedemptionBaseSessionDict": ".redemption_base_session",
    "RedemptionBaseStatus": ".redemption_base_status",
    "RedemptionBaseStatusDict": ".redemption_base_status",
    "RedemptionRewardResult": ".redemption_reward_result",
    "RedemptionRewardResultDict": ".redemption_reward_result",
    "RedemptionRewardResultParameters": ".redemption_reward_result_parameters",
    "RedemptionRewardResultParametersDict": ".redemption_reward_result_parameters",
    "RedemptionRewardResultParametersCampaign": ".redemption_reward_result_parameters_campaign",
    "RedemptionRewardResultParametersCampaignDict": ".redemption_reward_result_parameters_campaign",
    "RedemptionRewardResultParametersCoin": ".redemption_reward_result_parameters_coin",
    "RedemptionRewardResultParametersCoinDict": ".redemption_reward_result_parameters_coin",
    "RedemptionRewardResultParametersProduct": ".redemption_reward_result_parameters_product",
    "RedemptionRewardResultParametersProductDict": ".redemption_reward_result_parameters_product",
    "RedemptionRewardResultType": ".redemption_reward_result_type",
    "RedemptionRewardResultTypeDict": ".redemption_reward_result_type",
    "RedemptionRollback": ".redemption_rollback",
    "RedemptionRollbackDict": ".redemption_rollback",
    "RedemptionRollbackChannel": ".redemption_rollback_channel",
    "RedemptionRollbackChannelDict": ".redemption_rollback_channel",
    "RedemptionRollbackChannelChannelType": ".redemption_rollback_channel_channel_type",
    "RedemptionRollbackChannelChannelTypeDict": ".redemption_rollback_channel_channel_type",
    "RedemptionRollbackStatus": ".redemption_rollback_status",
    "RedemptionRollbackStatusDict": ".redemption_rollback_status",
    "RedemptionsListResponseBody": ".redemptions_list_response_body",
    "RedemptionsListResponseBodyDict": ".redemptions_list_response_body",
    "RedemptionsRedeemRequestBody": ".redemptions_redeem_request_body",
    "RedemptionsRedeemRequestBodyDict": ".redemptions_redeem_request_body",
    "RedemptionsRedeemRequestBodyOptions": ".redemptions_redeem_request_body_options",
    "RedemptionsRedeemRequestBodyOptionsDict": ".redemptions_redeem_request_body_options",
    "RedemptionsRedeemRequestBodyOptionsExpandItem": ".redemptions_redeem_request_body_options_expand_item",
    "RedemptionsRedeemRequestBodyOptionsExpandItemDict": ".redemptions_redeem_request_body_options_expand_item",
    "RedemptionsRedeemResponseBody": ".redemptions_redeem_response_body",
    "RedemptionsRedeemResponseBodyDict": ".redemptions_redeem_response_body",
    "RedemptionsRollbackCreateRequestBody": ".redemptions_rollback_create_request_body",
    "RedemptionsRollbackCreateRequestBodyDict": ".redemptions_rollback_create_request_body",
    "RedemptionsRollbacksCreateResponseBody": ".redemptions_rollbacks_create_response_body",
    "RedemptionsRollbacksCreateResponseBodyDict": ".redemptions_rollbacks_create_response_body",
    "Session": ".session",
    "SessionDict": ".session",
    "SessionTtlUnit": ".session_ttl_unit",
    "SessionTtlUnitDict": ".session_ttl_unit",
    "SimpleCustomer": ".simple_customer",
    "SimpleCustomerDict": ".simple_customer",
    "SimpleSkuDiscountUnit": ".simple_sku_discount_unit",
    "SimpleSkuDiscountUnitDict": ".simple_sku_discount_unit",
    "Sku": ".sku",
    "SkuDict": ".sku",
    "SkusListForProduct": ".skus_list_for_product",
    "SkusListForProductDict": ".skus_list_for_product",
    "ValidationRuleAssignment": ".validation_rule_assignment",
    "ValidationRuleAssignmentDict": ".validation_rule_assignment",
    "ValidationRuleAssignmentRelatedObjectType": ".validation_rule_assignment_related_object_type",
    "ValidationRuleAssignmentRelatedObjectTypeDict": ".validation_rule_assignment_related_object_type",
    "ValidationRuleAssignmentsList": ".validation_rule_assignments_list",
    "ValidationRuleAssignmentsListDict": ".validation_rule_assignments_list",
    "ValidationRulesAssignmentsList": ".validation_rules_assignments_list",
    "ValidationRulesAssignmentsListDict": ".validation_rules_assignments_list",
    "ValidationsRedeemableInapplicable": ".validations_redeemable_inapplicable",
    "ValidationsRedeemableInapplicableDict": ".validations_redeemable_inapplicable",
    "ValidationsRedeemableInapplicableResult": ".validations_redeemable_inapplicable_result",
    "ValidationsRedeemableInapplicableResultDict": ".validations_redeemable_inapplicable_result",
    "ValidationsRedeemableInapplicableResultDetails": ".validations_redeemable_inapplicable_result_details",
    "ValidationsRedeemableInapplicableResultDetailsDict": ".validations_redeemable_inapplicable_result_details",
    "ValidationsRedeemableSkipped": ".validations_redeemable_skipped",
    "ValidationsRedeemableSkippedDict": ".validations_redeemable_skipped",
    "ValidationsRedeemableSkippedObject": ".validations_redeemable_skipped_object",
    "ValidationsRedeemableSkippedObjectDict": ".validations_redeemable_skipped_object",
    "ValidationsRedeemableSkippedResult": ".validations_redeemable_skipped_result",
    "ValidationsRedeemableSkippedResultDict": ".validations_redeemable_skipped_result",
    "ValidationsRedeemableSkippedResultCategoryLimitExceeded": ".validations_redeemable_skipped_result_category_limit_exceeded",
    "ValidationsRedeemableSkippedResultCategoryLimitExceededDict": ".validations_redeemable_skipped_result_category_limit_exceeded",
    "ValidationsRedeemableSkippedResultExclusionRulesNotMet": ".validations_redeemable_skipped_result_exclusion_rules_not_met",
    "ValidationsRedeemableSkippedResultExclusionRulesNotMetDict": ".validations_redeemable_skipped_result_exclusion_rules_not_met",
    "ValidationsRedeemableSkippedResultLimitExceeded": ".validations_redeemable_skipped_result_limit_exceeded",
    "ValidationsRedeemableSkippedResultLimitExceededDict": ".validations_redeemable_skipped_result_limit_exceeded",
    "ValidationsRedeemableSkippedResultNoEffect": ".validations_redeemable_skipped_result_no_effect",
    "ValidationsRedeemableSkippedResultNoEffectDict": ".validations_redeemable_skipped_result_no_effect",
    "ValidationsRedeemableSkippedResultPrecedingValidationFailed": ".validations_redeemable_skipped_result_preceding_validation_failed",
    "ValidationsRedeemableSkippedResultPrecedingValidationFailedDict": ".validations_redeemable_skipped_result_preceding_validation_failed",
    "ValidationsRedeemableSkippedResultRedeemablesCategoryLimitExceeded": ".validations_redeemable_skipped_result_redeemables_category_limit_exceeded",
    "ValidationsRedeemableSkippedResultRedeemablesCategoryLimitExceededDict": ".validations_redeemable_skipped_result_redeemables_category_limit_exceeded",
    "ValidationsRedeemableSkippedResultRedeemablesLimitExceeded": ".validations_redeemable_skipped_result_redeemables_limit_exceeded",
    "ValidationsRedeemableSkippedResultRedeemablesLimitExceededDict": ".validations_redeemable_skipped_result_redeemables_limit_exceeded",
    "ValidityDayOfWeekItem": ".validity_day_of_week_item",
    "ValidityDayOfWeekItemDict": ".validity_day_of_week_item",
    "ValidityHours": ".validity_hours",
    "ValidityHoursDict": ".validity_hours",
    "ValidityHoursDailyItem": ".validity_hours_daily_item",
    "ValidityHoursDailyItemDict": ".validity_hours_daily_item",
    "ValidityTimeframe": ".validity_timeframe",
    "ValidityTimeframeDict": ".validity_timeframe",
    "Voucher": ".voucher",
    "VoucherDict": ".voucher",
    "VoucherAssets": ".voucher_assets",
    "VoucherAssetsDict": ".voucher_assets",
    "VoucherAssetsQr": ".voucher_assets_qr",
    "VoucherAssetsQrDict": ".voucher_assets_qr",
    "VoucherBaseGift": ".voucher_base_gift",
    "VoucherBaseGiftDict": ".voucher_base_gift",
    "VoucherBaseLoyaltyCard": ".voucher_base_loyalty_card",
    "VoucherBaseLoyaltyCardDict": ".voucher_base_loyalty_card",
    "VoucherBasePublish": ".voucher_base_publish",
    "VoucherBasePublishDict": ".voucher_base_publish",
    "VoucherBaseRedemption": ".voucher_base_redemption",
    "VoucherBaseRedemptionDict": ".voucher_base_redemption",
    "VoucherBaseType": ".voucher_base_type",
    "VoucherBaseTypeDict": ".voucher_base_type",
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
    "ApplicationDetailsItemDict",
    "Bundle",
    "BundleDict",
    "BundleIdentifiedItem",
    "BundleIdentifiedItemDict",
    "BundleMissingItem",
    "BundleMissingItemDict",
    "BundleMissingItemObject",
    "BundleMissingItemObjectDict",
    "BusValRuleAssignment",
    "BusValRuleAssignmentDict",
    "BusValRuleAssignmentValidationStatus",
    "BusValRuleAssignmentValidationStatusDict",
    "Category",
    "CategoryDict",
    "CategoryWithStackingRulesTypeStackingRulesType",
    "CategoryWithStackingRulesTypeStackingRulesTypeDict",
    "Customer",
    "CustomerBaseAddress",
    "CustomerBaseAddressDict",
    "CustomerDict",
    "CustomerId",
    "CustomerIdDict",
    "DiscountAmount",
    "DiscountAmountDict",
    "DiscountAmountVouchersEffectTypes",
    "DiscountAmountVouchersEffectTypesDict",
    "DiscountFixed",
    "DiscountFixedDict",
    "DiscountFixedVouchersEffectTypes",
    "DiscountFixedVouchersEffectTypesDict",
    "DiscountPercent",
    "DiscountPercentDict",
    "DiscountUnit",
    "DiscountUnitDict",
    "DiscountUnitMultiple",
    "DiscountUnitMultipleDict",
    "DiscountUnitMultipleOneUnit",
    "DiscountUnitMultipleOneUnitDict",
    "DiscountUnitMultipleOneUnitEffect",
    "DiscountUnitMultipleOneUnitEffectDict",
    "DiscountUnitVouchersEffectTypes",
    "DiscountUnitVouchersEffectTypesDict",
    "Error",
    "ErrorDict",
    "ErrorError",
    "ErrorErrorDict",
    "FilterConditionsString",
    "FilterConditionsStringDict",
    "Junction",
    "JunctionDict",
    "Order",
    "OrderBaseStatus",
    "OrderBaseStatusDict",
    "OrderCalculatedItem",
    "OrderCalculatedItemDict",
    "OrderCalculatedItemProduct",
    "OrderCalculatedItemProductDict",
    "OrderCalculatedItemSku",
    "OrderCalculatedItemSkuDict",
    "OrderCalculatedRedemptions",
    "OrderCalculatedRedemptionsDict",
    "OrderDict",
    "OrderItem",
    "OrderItemDict",
    "OrderItemProduct",
    "OrderItemProductDict",
    "OrderItemRelatedObject",
    "OrderItemRelatedObjectDict",
    "OrderItemSku",
    "OrderItemSkuDict",
    "OrderRedemptionsEntry",
    "OrderRedemptionsEntryDict",
    "OrdersGetResponseBody",
    "OrdersGetResponseBodyDict",
    "ParameterCreatedBeforeAfter",
    "ParameterCreatedBeforeAfterDict",
    "ParameterFiltersListRedemptions",
    "ParameterFiltersListRedemptionsDict",
    "ParameterFiltersListRedemptionsObject",
    "ParameterFiltersListRedemptionsObjectDict",
    "ParameterOrderListRedemptions",
    "ParameterOrderListRedemptionsDict",
    "Product",
    "ProductDict",
    "PromotionTier",
    "PromotionTierAction",
    "PromotionTierActionDict",
    "PromotionTierCampaign",
    "PromotionTierCampaignDict",
    "PromotionTierDict",
    "PromotionTierSummary",
    "PromotionTierSummaryDict",
    "PromotionTierSummaryOrders",
    "PromotionTierSummaryOrdersDict",
    "PromotionTierSummaryRedemptions",
    "PromotionTierSummaryRedemptionsDict",
    "RedeemGiftCardGift",
    "RedeemGiftCardGiftDict",
    "RedeemLoyaltyCardReward",
    "RedeemLoyaltyCardRewardDict",
    "RedeemPromotionStack",
    "RedeemPromotionStackDict",
    "RedeemPromotionTier",
    "RedeemPromotionTierDict",
    "RedeemVoucher",
    "RedeemVoucherDict",
    "Redemption",
    "RedemptionBaseChannel",
    "RedemptionBaseChannelChannelType",
    "RedemptionBaseChannelChannelTypeDict",
    "RedemptionBaseChannelDict",
    "RedemptionBaseGift",
    "RedemptionBaseGiftDict",
    "RedemptionBaseLoyaltyCard",
    "RedemptionBaseLoyaltyCardDict",
    "RedemptionBaseRelatedObjectType",
    "RedemptionBaseRelatedObjectTypeDict",
    "RedemptionBaseRelatedRedemptions",
    "RedemptionBaseRelatedRedemptionsDict",
    "RedemptionBaseRelatedRedemptionsRedemptionsItem",
    "RedemptionBaseRelatedRedemptionsRedemptionsItemDict",
    "RedemptionBaseRelatedRedemptionsRollbacksItem",
    "RedemptionBaseRelatedRedemptionsRollbacksItemDict",
    "RedemptionBaseRelatedRedemptionsRollbacksItemRollbackOrderMode",
    "RedemptionBaseRelatedRedemptionsRollbacksItemRollbackOrderModeDict",
    "RedemptionBaseResult",
    "RedemptionBaseResultDict",
    "RedemptionBaseSession",
    "RedemptionBaseSessionDict",
    "RedemptionBaseStatus",
    "RedemptionBaseStatusDict",
    "RedemptionDict",
    "RedemptionRewardResult",
    "RedemptionRewardResultDict",
    "RedemptionRewardResultParameters",
    "RedemptionRewardResultParametersCampaign",
    "RedemptionRewardResultParametersCampaignDict",
    "RedemptionRewardResultParametersCoin",
    "RedemptionRewardResultParametersCoinDict",
    "RedemptionRewardResultParametersDict",
    "RedemptionRewardResultParametersProduct",
    "RedemptionRewardResultParametersProductDict",
    "RedemptionRewardResultType",
    "RedemptionRewardResultTypeDict",
    "RedemptionRollback",
    "RedemptionRollbackChannel",
    "RedemptionRollbackChannelChannelType",
    "RedemptionRollbackChannelChannelTypeDict",
    "RedemptionRollbackChannelDict",
    "RedemptionRollbackDict",
    "RedemptionRollbackStatus",
    "RedemptionRollbackStatusDict",
    "RedemptionsListResponseBody",
    "RedemptionsListResponseBodyDict",
    "RedemptionsRedeemRequestBody",
    "RedemptionsRedeemRequestBodyDict",
    "RedemptionsRedeemRequestBodyOptions",
    "RedemptionsRedeemRequestBodyOptionsDict",
    "RedemptionsRedeemRequestBodyOptionsExpandItem",
    "RedemptionsRedeemRequestBodyOptionsExpandItemDict",
    "RedemptionsRedeemResponseBody",
    "RedemptionsRedeemResponseBodyDict",
    "RedemptionsRollbackCreateRequestBody",
    "RedemptionsRollbackCreateRequestBodyDict",
    "RedemptionsRollbacksCreateResponseBody",
    "RedemptionsRollbacksCreateResponseBodyDict",
    "Session",
    "SessionDict",
    "SessionTtlUnit",
    "SessionTtlUnitDict",
    "SimpleCustomer",
    "SimpleCustomerDict",
    "SimpleSkuDiscountUnit",
    "SimpleSkuDiscountUnitDict",
    "Sku",
    "SkuDict",
    "SkusListForProduct",
    "SkusListForProductDict",
    "ValidationRuleAssignment",
    "ValidationRuleAssignmentDict",
    "ValidationRuleAssignmentRelatedObjectType",
    "ValidationRuleAssignmentRelatedObjectTypeDict",
    "ValidationRuleAssignmentsList",
    "ValidationRuleAssignmentsListDict",
    "ValidationRulesAssignmentsList",
    "ValidationRulesAssignmentsListDict",
    "ValidationsRedeemableInapplicable",
    "ValidationsRedeemableInapplicableDict",
    "ValidationsRedeemableInapplicableResult",
    "ValidationsRedeemableInapplicableResultDetails",
    "ValidationsRedeemableInapplicableResultDetailsDict",
    "ValidationsRedeemableInapplicableResultDict",
    "ValidationsRedeemableSkipped",
    "ValidationsRedeemableSkippedDict",
    "ValidationsRedeemableSkippedObject",
    "ValidationsRedeemableSkippedObjectDict",
    "ValidationsRedeemableSkippedResult",
    "ValidationsRedeemableSkippedResultCategoryLimitExceeded",
    "ValidationsRedeemableSkippedResultCategoryLimitExceededDict",
    "ValidationsRedeemableSkippedResultDict",
    "ValidationsRedeemableSkippedResultExclusionRulesNotMet",
    "ValidationsRedeemableSkippedResultExclusionRulesNotMetDict",
    "ValidationsRedeemableSkippedResultLimitExceeded",
    "ValidationsRedeemableSkippedResultLimitExceededDict",
    "ValidationsRedeemableSkippedResultNoEffect",
    "ValidationsRedeemableSkippedResultNoEffectDict",
    "ValidationsRedeemableSkippedResultPrecedingValidationFailed",
    "ValidationsRedeemableSkippedResultPrecedingValidationFailedDict",
    "ValidationsRedeemableSkippedResultRedeemablesCategoryLimitExceeded",
    "ValidationsRedeemableSkippedResultRedeemablesCategoryLimitExceededDict",
    "ValidationsRedeemableSkippedResultRedeemablesLimitExceeded",
    "ValidationsRedeemableSkippedResultRedeemablesLimitExceededDict",
    "ValidityDayOfWeekItem",
    "ValidityDayOfWeekItemDict",
    "ValidityHours",
    "ValidityHoursDailyItem",
    "ValidityHoursDailyItemDict",
    "ValidityHoursDict",
    "ValidityTimeframe",
    "ValidityTimeframeDict",
    "Voucher",
    "VoucherAssets",
    "VoucherAssetsDict",
    "VoucherAssetsQr",
    "VoucherAssetsQrDict",
    "VoucherBaseGift",
    "VoucherBaseGiftDict",
    "VoucherBaseLoyaltyCard",
    "VoucherBaseLoyaltyCardDict",
    "VoucherBasePublish",
    "VoucherBasePublishDict",
    "VoucherBaseRedemption",
    "VoucherBaseRedemptionDict",
    "VoucherBaseType",
    "VoucherBaseTypeDict",
    "VoucherDict",
)
