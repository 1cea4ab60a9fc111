"""Contains all the data models used in inputs/outputs

Models are imported when first used (PEP 562), so importing the package costs only what a program touches.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .campaign_loyalty_card import CampaignLoyaltyCard, CampaignLoyaltyCardDict
    from .campaign_loyalty_card_expiration_rules import (
        CampaignLoyaltyCardExpirationRules,
        CampaignLoyaltyCardExpirationRulesDict,
    )
    from .campaign_loyalty_card_expiration_rules_period_type import (
        CampaignLoyaltyCardExpirationRulesPeriodType,
        CampaignLoyaltyCardExpirationRulesPeriodTypeDict,
    )
    from .campaign_loyalty_card_expiration_rules_rounding_type import (
        CampaignLoyaltyCardExpirationRulesRoundingType,
        CampaignLoyaltyCardExpirationRulesRoundingTypeDict,
    )
    from .category import Category, CategoryDict
    from .category_stacking_rules_type import CategoryStackingRulesType, CategoryStackingRulesTypeDict
    from .code_config import CodeConfig, CodeConfigDict
    from .default_payload_data_2_event import DefaultPayloadData2Event, DefaultPayloadData2EventDict
    from .default_payload_data_2_source import DefaultPayloadData2Source, DefaultPayloadData2SourceDict
    from .default_payload_data_2_source_object import (
        DefaultPayloadData2SourceObject,
        DefaultPayloadData2SourceObjectDict,
    )
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
    from .discount_percent_vouchers_effect_types import (
        DiscountPercentVouchersEffectTypes,
        DiscountPercentVouchersEffectTypesDict,
    )
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
    from .event_redemption_failed_data import EventRedemptionFailedData, EventRedemptionFailedDataDict
    from .event_redemption_failed_webhook import EventRedemptionFailedWebhook, EventRedemptionFailedWebhookDict
    from .event_redemption_rollback_failed_data import (
        EventRedemptionRollbackFailedData,
        EventRedemptionRollbackFailedDataDict,
    )
    from .event_redemption_rollback_failed_webhook import (
        EventRedemptionRollbackFailedWebhook,
        EventRedemptionRollbackFailedWebhookDict,
    )
    from .event_redemption_rollback_succeeded_data import (
        EventRedemptionRollbackSucceededData,
        EventRedemptionRollbackSucceededDataDict,
    )
    from .event_redemption_rollback_succeeded_webhook import (
        EventRedemptionRollbackSucceededWebhook,
        EventRedemptionRollbackSucceededWebhookDict,
    )
    from .event_redemption_succeeded_data import EventRedemptionSucceededData, EventRedemptionSucceededDataDict
    from .event_redemption_succeeded_webhook import EventRedemptionSucceededWebhook, EventRedemptionSucceededWebhookDict
    from .event_source import EventSource, EventSourceDict
    from .event_source_api_key import EventSourceApiKey, EventSourceApiKeyDict
    from .event_source_channel import EventSourceChannel, EventSourceChannelDict
    from .event_source_user import EventSourceUser, EventSourceUserDict
    from .field_4_obj_reward_object_parameters_campaign import (
        Field4ObjRewardObjectParametersCAMPAIGN,
        Field4ObjRewardObjectParametersCAMPAIGNDict,
    )
    from .field_4_obj_reward_object_parameters_campaigndiscountcoupons import (
        Field4ObjRewardObjectParametersCAMPAIGNDISCOUNTCOUPONS,
        Field4ObjRewardObjectParametersCAMPAIGNDISCOUNTCOUPONSDict,
    )
    from .field_4_obj_reward_object_parameters_campaigngiftvouchers import (
        Field4ObjRewardObjectParametersCAMPAIGNGIFTVOUCHERS,
        Field4ObjRewardObjectParametersCAMPAIGNGIFTVOUCHERSDict,
    )
    from .field_4_obj_reward_object_parameters_campaignloyaltyprogram import (
        Field4ObjRewardObjectParametersCAMPAIGNLOYALTYPROGRAM,
        Field4ObjRewardObjectParametersCAMPAIGNLOYALTYPROGRAMDict,
    )
    from .field_4_obj_reward_object_parameters_coin import (
        Field4ObjRewardObjectParametersCOIN,
        Field4ObjRewardObjectParametersCOINDict,
    )
    from .field_4_obj_reward_object_parameters_coin_coin import (
        Field4ObjRewardObjectParametersCOINCoin,
        Field4ObjRewardObjectParametersCOINCoinDict,
    )
    from .field_4_obj_reward_object_parameters_material import (
        Field4ObjRewardObjectParametersMATERIAL,
        Field4ObjRewardObjectParametersMATERIALDict,
    )
    from .field_4_obj_reward_object_parameters_material_product import (
        Field4ObjRewardObjectParametersMATERIALProduct,
        Field4ObjRewardObjectParametersMATERIALProductDict,
    )
    from .gift import Gift, GiftDict
    from .referral_program import ReferralProgram, ReferralProgramDict
    from .referral_program_conversion_event_type import (
        ReferralProgramConversionEventType,
        ReferralProgramConversionEventTypeDict,
    )
    from .referral_program_custom_event import ReferralProgramCustomEvent, ReferralProgramCustomEventDict
    from .referral_program_referee_reward import ReferralProgramRefereeReward, ReferralProgramRefereeRewardDict
    from .referral_program_referee_reward_related_object_parent import (
        ReferralProgramRefereeRewardRelatedObjectParent,
        ReferralProgramRefereeRewardRelatedObjectParentDict,
    )
    from .simple_campaign import SimpleCampaign, SimpleCampaignDict
    from .simple_campaign_type import SimpleCampaignType, SimpleCampaignTypeDict
    from .simple_campaign_voucher import SimpleCampaignVoucher, SimpleCampaignVoucherDict
    from .simple_customer import SimpleCustomer, SimpleCustomerDict
    from .simple_loyalty_card import SimpleLoyaltyCard, SimpleLoyaltyCardDict
    from .simple_order import SimpleOrder, SimpleOrderDict
    from .simple_order_item import SimpleOrderItem, SimpleOrderItemDict
    from .simple_order_item_related_object import SimpleOrderItemRelatedObject, SimpleOrderItemRelatedObjectDict
    from .simple_order_status import SimpleOrderStatus, SimpleOrderStatusDict
    from .simple_product import SimpleProduct, SimpleProductDict
    from .simple_product_discount_unit import SimpleProductDiscountUnit, SimpleProductDiscountUnitDict
    from .simple_promotion_stack import SimplePromotionStack, SimplePromotionStackDict
    from .simple_promotion_stack_tiers import SimplePromotionStackTiers, SimplePromotionStackTiersDict
    from .simple_promotion_tier import SimplePromotionTier, SimplePromotionTierDict
    from .simple_promotion_tier_campaign import SimplePromotionTierCampaign, SimplePromotionTierCampaignDict
    from .simple_redemption import SimpleRedemption, SimpleRedemptionDict
    from .simple_redemption_channel import SimpleRedemptionChannel, SimpleRedemptionChannelDict
    from .simple_redemption_channel_channel_type import (
        SimpleRedemptionChannelChannelType,
        SimpleRedemptionChannelChannelTypeDict,
    )
    from .simple_redemption_result import SimpleRedemptionResult, SimpleRedemptionResultDict
    from .simple_redemption_reward_result import SimpleRedemptionRewardResult, SimpleRedemptionRewardResultDict
    from .simple_redemption_reward_result_type import (
        SimpleRedemptionRewardResultType,
        SimpleRedemptionRewardResultTypeDict,
    )
    from .simple_redemption_status import SimpleRedemptionStatus, SimpleRedemptionStatusDict
    from .simple_sku import SimpleSku, SimpleSkuDict
    from .simple_sku_discount_unit import SimpleSkuDiscountUnit, SimpleSkuDiscountUnitDict
    from .simple_voucher import SimpleVoucher, SimpleVoucherDict
    from .simple_voucher_redemption import SimpleVoucherRedemption, SimpleVoucherRedemptionDict
    from .simple_voucher_type import SimpleVoucherType, SimpleVoucherTypeDict
    from .webhook_project_setting_payload import WebhookProjectSettingPayload, WebhookProjectSettingPayloadDict
    from .webhook_project_setting_payload_data_type_0 import (
        WebhookProjectSettingPayloadDataType0,
        WebhookProjectSettingPayloadDataType0Dict,
    )
    from .webhook_project_setting_payload_event import (
        WebhookProjectSettingPayloadEvent,
        WebhookProjectSettingPayloadEventDict,
    )
    from .webhook_project_setting_payload_event_type import (
        WebhookProjectSettingPayloadEventType,
        WebhookProjectSettingPayloadEventTypeDict,
    )
    from .webhook_project_setting_payload_source import (
        WebhookProjectSettingPayloadSource,
        WebhookProjectSettingPayloadSourceDict,
    )
    from .webhook_project_setting_payload_type import (
        WebhookProjectSettingPayloadType,
        WebhookProjectSettingPayloadTypeDict,
    )

_MODULES = {
    "CampaignLoyaltyCard": ".campaign_loyalty_card",
    "CampaignLoyaltyCardDict": ".campaign_loyalty_card",
    "CampaignLoyaltyCardExpirationRules": ".campaign_loyalty_card_expiration_rules",
    "CampaignLoyaltyCardExpirationRulesDict": ".campaign_loyalty_card_expiration_rules",
    "CampaignLoyaltyCardExpirationRulesPeriodType": ".campaign_loyalty_card_expiration_rules_period_type",
    "CampaignLoyaltyCardExpirationRulesPeriodTypeDict": ".campaign_loyalty_card_expiration_rules_period_type",
    "CampaignLoyaltyCardExpirationRulesRoundingType": ".campaign_loyalty_card_expiration_rules_rounding_type",
    "CampaignLoyaltyCardExpirationRulesRoundingTypeDict": ".campaign_loyalty_card_expiration_rules_rounding_type",
    "Category": ".category",
    "CategoryDict": ".category",
    "CategoryStackingRulesType": ".category_stacking_rules_type",
    "CategoryStackingRulesTypeDict": ".category_stacking_rules_type",
    "CodeConfig": ".code_config",
    "CodeConfigDict": ".code_config",
    "DefaultPayloadData2Event": ".default_payload_data_2_event",
    "DefaultPayloadData2EventDict": ".default_payload_data_2_event",
    "DefaultPayloadData2Source": ".default_payload_data_2_source",
    "DefaultPayloadData2SourceDict": ".default_payload_data_2_source",
    "DefaultPayloadData2SourceObject": ".default_payload_data_2_source_object",
    "DefaultPayloadData2SourceObjectDict": ".default_payload_data_2_source_object",
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
    "DiscountPercentVouchersEffectTypes": ".discount_percent_vouchers_effect_types",
    "DiscountPercentVouchersEffectTypesDict": ".discount_percent_vouchers_effect_types",
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
    "EventRedemptionFailedData": ".event_redemption_failed_data",
    "EventRedemptionFailedDataDict": ".event_redemption_failed_data",
    "EventRedemptionFailedWebhook": ".event_redemption_failed_webhook",
    "EventRedemptionFailedWebhookDict": ".event_redemption_failed_webhook",
    "EventRedemptionRollbackFailedData": ".event_redemption_rollback_failed_data",
    "EventRedemptionRollbackFailedDataDict": ".event_redemption_rollback_failed_data",
    "EventRedemptionRollbackFailedWebhook": ".event_redemption_rollback_failed_webhook",
    "EventRedemptionRollbackFailedWebhookDict": ".event_redemption_rollback_failed_webhook",
    "EventRedemptionRollbackSucceededData": ".event_redemption_rollback_succeeded_data",
    "EventRedemptionRollbackSucceededDataDict": ".event_redemption_rollback_succeeded_data",
    "EventRedemptionRollbackSucceededWebhook": ".event_redemption_rollback_succeeded_webhook",
    "EventRedemptionRollbackSucceededWebhookDict": ".event_redemption_rollback_succeeded_webhook",
    "EventRedemptionSucceededData": ".event_redemption_succeeded_data",
    "EventRedemptionSucceededDataDict": ".event_redemption_succeeded_data",
    "EventRedemptionSucceededWebhook": ".event_redemption_succeeded_webhook",
    "EventRedemptionSucceededWebhookDict": ".event_redemption_succeeded_webhook",
    "EventSource": ".event_source",
    "EventSourceDict": ".event_source",
    "EventSourceApiKey": ".event_source_api_key",
    "EventSourceApiKeyDict": ".event_source_api_key",
    "EventSourceChannel": ".event_source_channel",
    "EventSourceChannelDict": ".event_source_channel",
    "EventSourceUser": ".event_source_user",
    "EventSourceUserDict": ".event_source_user",
    "Field4ObjRewardObjectParametersCAMPAIGN": ".field_4_obj_reward_object_parameters_campaign",
    "Field4ObjRewardObjectParametersCAMPAIGNDict": ".field_4_obj_reward_object_parameters_campaign",
    "Field4ObjRewardObjectParametersCAMPAIGNDISCOUNTCOUPONS": ".field_4_obj_reward_object_parameters_campaigndiscountcoupons",
    "Field4ObjRewardObjectParametersCAMPAIGNDISCOUNTCOUPONSDict": ".field_4_obj_reward_object_parameters_campaigndiscountcoupons",
    "Field4ObjRewardObjectParametersCAMPAIGNGIFTVOUCHERS": ".field_4_obj_reward_object_parameters_campaigngiftvouchers",
    "Field4ObjRewardObjectParametersCAMPAIGNGIFTVOUCHERSDict": ".field_4_obj_reward_object_parameters_campaigngiftvouchers",
    "Field4ObjRewardObjectParametersCAMPAIGNLOYALTYPROGRAM": ".field_4_obj_reward_object_parameters_campaignloyaltyprogram",
    "Field4ObjRewardObjectParametersCAMPAIGNLOYALTYPROGRAMDict": ".field_4_obj_reward_object_parameters_campaignloyaltyprogram",
    "Field4ObjRewardObjectParametersCOIN": ".field_4_obj_reward_object_parameters_coin",
    "Field4ObjRewardObjectParametersCOINDict": ".field_4_obj_reward_object_parameters_coin",
    "Field4ObjRewardObjectParametersCOINCoin": ".field_4_obj_reward_object_parameters_coin_coin",
    "Field4ObjRewardObjectParametersCOINCoinDict": ".field_4_obj_reward_object_parameters_coin_coin",
    "Field4ObjRewardObjectParametersMATERIAL": ".field_4_obj_reward_object_parameters_material",
    "Field4ObjRewardObjectParametersMATERIALDict": ".field_4_obj_reward_object_parameters_material",
    "Field4ObjRewardObjectParametersMATERIALProduct": ".field_4_obj_reward_object_parameters_material_product",
    "Field4ObjRewardObjectParametersMATERIALProductDict": ".field_4_obj_reward_object_parameters_material_product",
    "Gift": ".gift",
    "GiftDict": ".gift",
    "ReferralProgram": ".referral_program",
    "ReferralProgramDict": ".referral_program",
    "ReferralProgramConversionEventType": ".referral_program_conversion_event_type",
    "ReferralProgramConversionEventTypeDict": ".referral_program_conversion_event_type",
    "ReferralProgramCustomEvent": ".referral_program_custom_event",
    "ReferralProgramCustomEventDict": ".referral_program_custom_event",
    "ReferralProgramRefereeReward": ".referral_program_referee_reward",
    "ReferralProgramRefereeRewardDict": ".referral_program_referee_reward",
    "ReferralProgramRefereeRewardRelatedObjectParent": ".referral_program_referee_reward_related_object_parent",
    "ReferralProgramRefereeRewardRelatedObjectParentDict": ".referral_program_referee_reward_related_object_parent",
    "SimpleCampaign": ".simple_campaign",
    "SimpleCampaignDict": ".simple_campaign",
    "SimpleCampaignType": ".simple_campaign_type",
    "SimpleCampaignTypeDict": ".simple_campaign_type",
    "SimpleCampaignVoucher": ".simple_campaign_voucher",
    "SimpleCampaignVoucherDict": ".simple_campaign_voucher",
    "SimpleCustomer": ".simple_customer",
    "SimpleCustomerDict": ".simple_customer",
    "SimpleLoyaltyCard": ".simple_loyalty_card",
    "SimpleLoyaltyCardDict": ".simple_loyalty_card",
    "SimpleOrder": ".simple_order",
    "SimpleOrderDict": ".simple_order",
    "SimpleOrderItem": ".simple_order_item",
    "SimpleOrderItemDict": ".simple_order_item",
    "SimpleOrderItemRelatedObject": ".simple_order_item_related_object",
    "SimpleOrderItemRelatedObjectDict": ".simple_order_item_related_object",
    "SimpleOrderStatus": ".simple_order_status",
    "SimpleOrderStatusDict": ".simple_order_status",
    "SimpleProduct": ".simple_product",
    "SimpleProductDict": ".simple_product",
    "SimpleProductDiscountUnit": ".simple_product_discount_unit",
    "SimpleProductDiscountUnitDict": ".simple_product_discount_unit",
    "SimplePromotionStack": ".simple_promotion_stack",
    "SimplePromotionStackDict": ".simple_promotion_stack",
    "SimplePromotionStackTiers": ".simple_promotion_stack_tiers",
    "SimplePromotionStackTiersDict": ".simple_promotion_stack_tiers",
    "SimplePromotionTier": ".simple_promotion_tier",
    "SimplePromotionTierDict": ".simple_promotion_tier",
    "SimplePromotionTierCampaign": ".simple_promotion_tier_campaign",
    "SimplePromotionTierCampaignDict": ".simple_promotion_tier_campaign",
    "SimpleRedemption": ".simple_redemption",
    "SimpleRedemptionDict": ".simple_redemption",
    "SimpleRedemptionChannel": ".simple_redemption_channel",
    "SimpleRedemptionChannelDict": ".simple_redemption_channel",
    "SimpleRedemptionChannelChannelType": ".simple_redemption_channel_channel_type",
    "SimpleRedemptionChannelChannelTypeDict": ".simple_redemption_channel_channel_type",
    "SimpleRedemptionResult": ".simple_redemption_result",
    "SimpleRedemptionResultDict": ".simple_redemption_result",
    "SimpleRedemptionRewardResult": ".simple_redemption_reward_result",
    "SimpleRedemptionRewardResultDict": ".simple_redemption_reward_result",
    "SimpleRedemptionRewardResultType": ".simple_redemption_reward_result_type",
    "SimpleRedemptionRewardResultTypeDict": ".simple_redemption_reward_result_type",
    "SimpleRedemptionStatus": ".simple_redemption_status",
    "SimpleRedemptionStatusDict": ".simple_redemption_status",
    "SimpleSku": ".simple_sku",
    "SimpleSkuDict": ".simple_sku",
    "SimpleSkuDiscountUnit": ".simple_sku_discount_unit",
    "SimpleSkuDiscountUnitDict": ".simple_sku_discount_unit",
    "SimpleVoucher": ".simple_voucher",
    "SimpleVoucherDict": ".simple_voucher",
    "SimpleVoucherRedemption": ".simple_voucher_redemption",
    "SimpleVoucherRedemptionDict": ".simple_voucher_redemption",
    "SimpleVoucherType": ".simple_voucher_type",
    "SimpleVoucherTypeDict": ".simple_voucher_type",
    "WebhookProjectSettingPayload": ".webhook_project_setting_payload",
    "WebhookProjectSettingPayloadDict": ".webhook_project_setting_payload",
    "WebhookProjectSettingPayloadDataType0": ".webhook_project_setting_payload_data_type_0",
    "WebhookProjectSettingPayloadDataType0Dict": ".webhook_project_setting_payload_data_type_0",
    "WebhookProjectSettingPayloadEvent": ".webhook_project_setting_payload_event",
    "WebhookProjectSettingPayloadEventDict": ".webhook_project_setting_payload_event",
    "WebhookProjectSettingPayloadEventType": ".webhook_project_setting_payload_event_type",
    "WebhookProjectSettingPayloadEventTypeDict": ".webhook_project_setting_payload_event_type",
    "WebhookProjectSettingPayloadSource": ".webhook_project_setting_payload_source",
    "WebhookProjectSettingPayloadSourceDict": ".webhook_project_setting_payload_source",
    "WebhookProjectSettingPayloadType": ".webhook_project_setting_payload_type",
    "WebhookProjectSettingPayloadTypeDict": ".webhook_project_setting_payload_type",
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
    "CampaignLoyaltyCard",
    "CampaignLoyaltyCardDict",
    "CampaignLoyaltyCardExpirationRules",
    "CampaignLoyaltyCardExpirationRulesDict",
    "CampaignLoyaltyCardExpirationRulesPeriodType",
    "CampaignLoyaltyCardExpirationRulesPeriodTypeDict",
    "CampaignLoyaltyCardExpirationRulesRoundingType",
    "CampaignLoyaltyCardExpirationRulesRoundingTypeDict",
    "Category",
    "CategoryDict",
    "CategoryStackingRulesType",
    "CategoryStackingRulesTypeDict",
    "CodeConfig",
    "CodeConfigDict",
    "DefaultPayloadData2Event",
    "DefaultPayloadData2EventDict",
    "DefaultPayloadData2Source",
    "DefaultPayloadData2SourceDict",
    "DefaultPayloadData2SourceObject",
    "DefaultPayloadData2SourceObjectDict",
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
    "DiscountPercentVouchersEffectTypes",
    "DiscountPercentVouchersEffectTypesDict",
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
    "EventRedemptionFailedData",
    "EventRedemptionFailedDataDict",
    "EventRedemptionFailedWebhook",
    "EventRedemptionFailedWebhookDict",
    "EventRedemptionRollbackFailedData",
    "EventRedemptionRollbackFailedDataDict",
    "EventRedemptionRollbackFailedWebhook",
    "EventRedemptionRollbackFailedWebhookDict",
    "EventRedemptionRollbackSucceededData",
    "EventRedemptionRollbackSucceededDataDict",
    "EventRedemptionRollbackSucceededWebhook",
    "EventRedemptionRollbackSucceededWebhookDict",
    "EventRedemptionSucceededData",
    "EventRedemptionSucceededDataDict",
    "EventRedemptionSucceededWebhook",
    "EventRedemptionSucceededWebhookDict",
    "EventSource",
    "EventSourceApiKey",
    "EventSourceApiKeyDict",
    "EventSourceChannel",
    "EventSourceChannelDict",
    "EventSourceDict",
    "EventSourceUser",
    "EventSourceUserDict",
    "Field4ObjRewardObjectParametersCAMPAIGN",
    "Field4ObjRewardObjectParametersCAMPAIGNDISCOUNTCOUPONS",
    "Field4ObjRewardObjectParametersCAMPAIGNDISCOUNTCOUPONSDict",
    "Field4ObjRewardObjectParametersCAMPAIGNDict",
    "Field4ObjRewardObjectParametersCAMPAIGNGIFTVOUCHERS",
    "Field4ObjRewardObjectParametersCAMPAIGNGIFTVOUCHERSDict",
    "Field4ObjRewardObjectParametersCAMPAIGNLOYALTYPROGRAM",
    "Field4ObjRewardObjectParametersCAMPAIGNLOYALTYPROGRAMDict",
    "Field4ObjRewardObjectParametersCOIN",
    "Field4ObjRewardObjectParametersCOINCoin",
    "Field4ObjRewardObjectParametersCOINCoinDict",
    "Field4ObjRewardObjectParametersCOINDict",
    "Field4ObjRewardObjectParametersMATERIAL",
    "Field4ObjRewardObjectParametersMATERIALDict",
    "Field4ObjRewardObjectParametersMATERIALProduct",
    "Field4ObjRewardObjectParametersMATERIALProductDict",
    "Gift",
    "GiftDict",
    "ReferralProgram",
    "ReferralProgramConversionEventType",
    "ReferralProgramConversionEventTypeDict",
    "ReferralProgramCustomEvent",
    "ReferralProgramCustomEventDict",
    "ReferralProgramDict",
    "ReferralProgramRefereeReward",
    "ReferralProgramRefereeRewardDict",
    "ReferralProgramRefereeRewardRelatedObjectParent",
    "ReferralProgramRefereeRewardRelatedObjectParentDict",
    "SimpleCampaign",
    "SimpleCampaignDict",
    "SimpleCampaignType",
    "SimpleCampaignTypeDict",
    "SimpleCampaignVoucher",
    "SimpleCampaignVoucherDict",
    "SimpleCustomer",
    "SimpleCustomerDict",
    "SimpleLoyaltyCard",
    "SimpleLoyaltyCardDict",
    "SimpleOrder",
    "SimpleOrderDict",
    "SimpleOrderItem",
    "SimpleOrderItemDict",
    "SimpleOrderItemRelatedObject",
    "SimpleOrderItemRelatedObjectDict",
    "SimpleOrderStatus",
    "SimpleOrderStatusDict",
    "SimpleProduct",
    "SimpleProductDict",
    "SimpleProductDiscountUnit",
    "SimpleProductDiscountUnitDict",
    "SimplePromotionStack",
    "SimplePromotionStackDict",
    "SimplePromotionStackTiers",
    "SimplePromotionStackTiersDict",
    "SimplePromotionTier",
    "SimplePromotionTierCampaign",
    "SimplePromotionTierCampaignDict",
    "SimplePromotionTierDict",
    "SimpleRedemption",
    "SimpleRedemptionChannel",
    "SimpleRedemptionChannelChannelType",
    "SimpleRedemptionChannelChannelTypeDict",
    "SimpleRedemptionChannelDict",
    "SimpleRedemptionDict",
    "SimpleRedemptionResult",
    "SimpleRedemptionResultDict",
    "SimpleRedemptionRewardResult",
    "SimpleRedemptionRewardResultDict",
    "SimpleRedemptionRewardResultType",
    "SimpleRedemptionRewardResultTypeDict",
    "SimpleRedemptionStatus",
    "SimpleRedemptionStatusDict",
    "SimpleSku",
    "SimpleSkuDict",
    "SimpleSkuDiscountUnit",
    "SimpleSkuDiscountUnitDict",
    "SimpleVoucher",
    "SimpleVoucherDict",
    "SimpleVoucherRedemption",
    "SimpleVoucherRedemptionDict",
    "SimpleVoucherType",
    "SimpleVoucherTypeDict",
    "WebhookProjectSettingPayload",
    "WebhookProjectSettingPayloadDataType0",
    "WebhookProjectSettingPayloadDataType0Dict",
    "WebhookProjectSettingPayloadDict",
    "WebhookProjectSettingPayloadEvent",
    "WebhookProjectSettingPayloadEventDict",
    "WebhookProjectSettingPayloadEventType",
    "WebhookProjectSettingPayloadEventTypeDict",
    "WebhookProjectSettingPayloadSource",
    "WebhookProjectSettingPayloadSourceDict",
    "WebhookProjectSettingPayloadType",
    "WebhookProjectSettingPayloadTypeDict",
)
