"""Contains all the data models used in inputs/outputs

Models are imported when first used (PEP 562), so importing the package costs only what a program touches.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .campaign_loyalty_card import CampaignLoyaltyCard
    from .campaign_loyalty_card_expiration_rules import CampaignLoyaltyCardExpirationRules
    from .campaign_loyalty_card_expiration_rules_period_type import CampaignLoyaltyCardExpirationRulesPeriodType
    from .campaign_loyalty_card_expiration_rules_rounding_type import CampaignLoyaltyCardExpirationRulesRoundingType
    from .category import Category
    from .category_stacking_rules_type import CategoryStackingRulesType
    from .code_config import CodeConfig
    from .default_payload_data_2_event import DefaultPayloadData2Event
    from .default_payload_data_2_source import DefaultPayloadData2Source
    from .default_payload_data_2_source_object import DefaultPayloadData2SourceObject
    from .discount_amount import DiscountAmount
    from .discount_amount_vouchers_effect_types import DiscountAmountVouchersEffectTypes
    from .discount_fixed import DiscountFixed
    from .discount_fixed_vouchers_effect_types import DiscountFixedVouchersEffectTypes
    from .discount_percent import DiscountPercent
    from .discount_percent_vouchers_effect_types import DiscountPercentVouchersEffectTypes
    from .discount_unit import DiscountUnit
    from .discount_unit_multiple import DiscountUnitMultiple
    from .discount_unit_multiple_one_unit import DiscountUnitMultipleOneUnit
    from .discount_unit_multiple_one_unit_effect import DiscountUnitMultipleOneUnitEffect
    from .discount_unit_vouchers_effect_types import DiscountUnitVouchersEffectTypes
    from .event_redemption_failed_data import EventRedemptionFailedData
    from .event_redemption_failed_webhook import EventRedemptionFailedWebhook
    from .event_redemption_rollback_failed_data import EventRedemptionRollbackFailedData
    from .event_redemption_rollback_failed_webhook import EventRedemptionRollbackFailedWebhook
    from .event_redemption_rollback_succeeded_data import EventRedemptionRollbackSucceededData
    from .event_redemption_rollback_succeeded_webhook import EventRedemptionRollbackSucceededWebhook
    from .event_redemption_succeeded_data import EventRedemptionSucceededData
    from .event_redemption_succeeded_webhook import EventRedemptionSucceededWebhook
    from .event_source import EventSource
    from .event_source_api_key import EventSourceApiKey
    from .event_source_channel import EventSourceChannel
    from .event_source_user import EventSourceUser
    from .field_4_obj_reward_object_parameters_campaign import Field4ObjRewardObjectParametersCAMPAIGN
    from .field_4_obj_reward_object_parameters_campaigndiscountcoupons import (
        Field4ObjRewardObjectParametersCAMPAIGNDISCOUNTCOUPONS,
    )
    from .field_4_obj_reward_object_parameters_campaigngiftvouchers import (
        Field4ObjRewardObjectParametersCAMPAIGNGIFTVOUCHERS,
    )
    from .field_4_obj_reward_object_parameters_campaignloyaltyprogram import (
        Field4ObjRewardObjectParametersCAMPAIGNLOYALTYPROGRAM,
    )
    from .field_4_obj_reward_object_parameters_coin import Field4ObjRewardObjectParametersCOIN
    from .field_4_obj_reward_object_parameters_coin_coin import Field4ObjRewardObjectParametersCOINCoin
    from .field_4_obj_reward_object_parameters_material import Field4ObjRewardObjectParametersMATERIAL
    from .field_4_obj_reward_object_parameters_material_product import Field4ObjRewardObjectParametersMATERIALProduct
    from .gift import Gift
    from .referral_program import ReferralProgram
    from .referral_program_conversion_event_type import ReferralProgramConversionEventType
    from .referral_program_custom_event import ReferralProgramCustomEvent
    from .referral_program_referee_reward import ReferralProgramRefereeReward
    from .referral_program_referee_reward_related_object_parent import ReferralProgramRefereeRewardRelatedObjectParent
    from .simple_campaign import SimpleCampaign
    from .simple_campaign_type import SimpleCampaignType
    from .simple_campaign_voucher import SimpleCampaignVoucher
    from .simple_customer import SimpleCustomer
    from .simple_loyalty_card import SimpleLoyaltyCard
    from .simple_order import SimpleOrder
    from .simple_order_item import SimpleOrderItem
    from .simple_order_item_related_object import SimpleOrderItemRelatedObject
    from .simple_order_status import SimpleOrderStatus
    from .simple_product import SimpleProduct
    from .simple_product_discount_unit import SimpleProductDiscountUnit
    from .simple_promotion_stack import SimplePromotionStack
    from .simple_promotion_stack_tiers import SimplePromotionStackTiers
    from .simple_promotion_tier import SimplePromotionTier
    from .simple_promotion_tier_campaign import SimplePromotionTierCampaign
    from .simple_redemption import SimpleRedemption
    from .simple_redemption_channel import SimpleRedemptionChannel
    from .simple_redemption_channel_channel_type import SimpleRedemptionChannelChannelType
    from .simple_redemption_result import SimpleRedemptionResult
    from .simple_redemption_reward_result import SimpleRedemptionRewardResult
    from .simple_redemption_reward_result_type import SimpleRedemptionRewardResultType
    from .simple_redemption_status import SimpleRedemptionStatus
    from .simple_sku import SimpleSku
    from .simple_sku_discount_unit import SimpleSkuDiscountUnit
    from .simple_voucher import SimpleVoucher
    from .simple_voucher_redemption import SimpleVoucherRedemption
    from .simple_voucher_type import SimpleVoucherType
    from .webhook_project_setting_payload import WebhookProjectSettingPayload
    from .webhook_project_setting_payload_data_type_0 import WebhookProjectSettingPayloadDataType0
    from .webhook_project_setting_payload_event import WebhookProjectSettingPayloadEvent
    from .webhook_project_setting_payload_event_type import WebhookProjectSettingPayloadEventType
    from .webhook_project_setting_payload_source import WebhookProjectSettingPayloadSource
    from .webhook_project_setting_payload_type import WebhookProjectSettingPayloadType

_MODULES = {
    "CampaignLoyaltyCard": ".campaign_loyalty_card",
    "CampaignLoyaltyCardExpirationRules": ".campaign_loyalty_card_expiration_rules",
    "CampaignLoyaltyCardExpirationRulesPeriodType": ".campaign_loyalty_card_expiration_rules_period_type",
    "CampaignLoyaltyCardExpirationRulesRoundingType": ".campaign_loyalty_card_expiration_rules_rounding_type",
    "Category": ".category",
    "CategoryStackingRulesType": ".category_stacking_rules_type",
    "CodeConfig": ".code_config",
    "DefaultPayloadData2Event": ".default_payload_data_2_event",
    "DefaultPayloadData2Source": ".default_payload_data_2_source",
    "DefaultPayloadData2SourceObject": ".default_payload_data_2_source_object",
    "DiscountAmount": ".discount_amount",
    "DiscountAmountVouchersEffectTypes": ".discount_amount_vouchers_effect_types",
    "DiscountFixed": ".discount_fixed",
    "DiscountFixedVouchersEffectTypes": ".discount_fixed_vouchers_effect_types",
    "DiscountPercent": ".discount_percent",
    "DiscountPercentVouchersEffectTypes": ".discount_percent_vouchers_effect_types",
    "DiscountUnit": ".discount_unit",
    "DiscountUnitMultiple": ".discount_unit_multiple",
    "DiscountUnitMultipleOneUnit": ".discount_unit_multiple_one_unit",
    "DiscountUnitMultipleOneUnitEffect": ".discount_unit_multiple_one_unit_effect",
    "DiscountUnitVouchersEffectTypes": ".discount_unit_vouchers_effect_types",
    "EventRedemptionFailedData": ".event_redemption_failed_data",
    "EventRedemptionFailedWebhook": ".event_redemption_failed_webhook",
    "EventRedemptionRollbackFailedData": ".event_redemption_rollback_failed_data",
    "EventRedemptionRollbackFailedWebhook": ".event_redemption_rollback_failed_webhook",
    "EventRedemptionRollbackSucceededData": ".event_redemption_rollback_succeeded_data",
    "EventRedemptionRollbackSucceededWebhook": ".event_redemption_rollback_succeeded_webhook",
    "EventRedemptionSucceededData": ".event_redemption_succeeded_data",
    "EventRedemptionSucceededWebhook": ".event_redemption_succeeded_webhook",
    "EventSource": ".event_source",
    "EventSourceApiKey": ".event_source_api_key",
    "EventSourceChannel": ".event_source_channel",
    "EventSourceUser": ".event_source_user",
    "Field4ObjRewardObjectParametersCAMPAIGN": ".field_4_obj_reward_object_parameters_campaign",
    "Field4ObjRewardObjectParametersCAMPAIGNDISCOUNTCOUPONS": ".field_4_obj_reward_object_parameters_campaigndiscountcoupons",
    "Field4ObjRewardObjectParametersCAMPAIGNGIFTVOUCHERS": ".field_4_obj_reward_object_parameters_campaigngiftvouchers",
    "Field4ObjRewardObjectParametersCAMPAIGNLOYALTYPROGRAM": ".field_4_obj_reward_object_parameters_campaignloyaltyprogram",
    "Field4ObjRewardObjectParametersCOIN": ".field_4_obj_reward_object_parameters_coin",
    "Field4ObjRewardObjectParametersCOINCoin": ".field_4_obj_reward_object_parameters_coin_coin",
    "Field4ObjRewardObjectParametersMATERIAL": ".field_4_obj_reward_object_parameters_material",
    "Field4ObjRewardObjectParametersMATERIALProduct": ".field_4_obj_reward_object_parameters_material_product",
    "Gift": ".gift",
    "ReferralProgram": ".referral_program",
    "ReferralProgramConversionEventType": ".referral_program_conversion_event_type",
    "ReferralProgramCustomEvent": ".referral_program_custom_event",
    "ReferralProgramRefereeReward": ".referral_program_referee_reward",
    "ReferralProgramRefereeRewardRelatedObjectParent": ".referral_program_referee_reward_related_object_parent",
    "SimpleCampaign": ".simple_campaign",
    "SimpleCampaignType": ".simple_campaign_type",
    "SimpleCampaignVoucher": ".simple_campaign_voucher",
    "SimpleCustomer": ".simple_customer",
    "SimpleLoyaltyCard": ".simple_loyalty_card",
    "SimpleOrder": ".simple_order",
    "SimpleOrderItem": ".simple_order_item",
    "SimpleOrderItemRelatedObject": ".simple_order_item_related_object",
    "SimpleOrderStatus": ".simple_order_status",
    "SimpleProduct": ".simple_product",
    "SimpleProductDiscountUnit": ".simple_product_discount_unit",
    "SimplePromotionStack": ".simple_promotion_stack",
    "SimplePromotionStackTiers": ".simple_promotion_stack_tiers",
    "SimplePromotionTier": ".simple_promotion_tier",
    "SimplePromotionTierCampaign": ".simple_promotion_tier_campaign",
    "SimpleRedemption": ".simple_redemption",
    "SimpleRedemptionChannel": ".simple_redemption_channel",
    "SimpleRedemptionChannelChannelType": ".simple_redemption_channel_channel_type",
    "SimpleRedemptionResult": ".simple_redemption_result",
    "SimpleRedemptionRewardResult": ".simple_redemption_reward_result",
    "SimpleRedemptionRewardResultType": ".simple_redemption_reward_result_type",
    "SimpleRedemptionStatus": ".simple_redemption_status",
    "SimpleSku": ".simple_sku",
    "SimpleSkuDiscountUnit": ".simple_sku_discount_unit",
    "SimpleVoucher": ".simple_voucher",
    "SimpleVoucherRedemption": ".simple_voucher_redemption",
    "SimpleVoucherType": ".simple_voucher_type",
    "WebhookProjectSettingPayload": ".webhook_project_setting_payload",
    "WebhookProjectSettingPayloadDataType0": ".webhook_project_setting_payload_data_type_0",
    "WebhookProjectSettingPayloadEvent": ".webhook_project_setting_payload_event",
    "WebhookProjectSettingPayloadEventType": ".webhook_project_setting_payload_event_type",
    "WebhookProjectSettingPayloadSource": ".webhook_project_setting_payload_source",
    "WebhookProjectSettingPayloadType": ".webhook_project_setting_payload_type",
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
    "CampaignLoyaltyCardExpirationRules",
    "CampaignLoyaltyCardExpirationRulesPeriodType",
    "CampaignLoyaltyCardExpirationRulesRoundingType",
    "Category",
    "CategoryStackingRulesType",
    "CodeConfig",
    "DefaultPayloadData2Event",
    "DefaultPayloadData2Source",
    "DefaultPayloadData2SourceObject",
    "DiscountAmount",
    "DiscountAmountVouchersEffectTypes",
    "DiscountFixed",
    "DiscountFixedVouchersEffectTypes",
    "DiscountPercent",
    "DiscountPercentVouchersEffectTypes",
    "DiscountUnit",
    "DiscountUnitMultiple",
    "DiscountUnitMultipleOneUnit",
    "DiscountUnitMultipleOneUnitEffect",
    "DiscountUnitVouchersEffectTypes",
    "EventRedemptionFailedData",
    "EventRedemptionFailedWebhook",
    "EventRedemptionRollbackFailedData",
    "EventRedemptionRollbackFailedWebhook",
    "EventRedemptionRollbackSucceededData",
    "EventRedemptionRollbackSucceededWebhook",
    "EventRedemptionSucceededData",
    "EventRedemptionSucceededWebhook",
    "EventSource",
    "EventSourceApiKey",
    "EventSourceChannel",
    "EventSourceUser",
    "Field4ObjRewardObjectParametersCAMPAIGN",
    "Field4ObjRewardObjectParametersCAMPAIGNDISCOUNTCOUPONS",
    "Field4ObjRewardObjectParametersCAMPAIGNGIFTVOUCHERS",
    "Field4ObjRewardObjectParametersCAMPAIGNLOYALTYPROGRAM",
    "Field4ObjRewardObjectParametersCOIN",
    "Field4ObjRewardObjectParametersCOINCoin",
    "Field4ObjRewardObjectParametersMATERIAL",
    "Field4ObjRewardObjectParametersMATERIALProduct",
    "Gift",
    "ReferralProgram",
    "ReferralProgramConversionEventType",
    "ReferralProgramCustomEvent",
    "ReferralProgramRefereeReward",
    "ReferralProgramRefereeRewardRelatedObjectParent",
    "SimpleCampaign",
    "SimpleCampaignType",
    "SimpleCampaignVoucher",
    "SimpleCustomer",
    "SimpleLoyaltyCard",
    "SimpleOrder",
    "SimpleOrderItem",
    "SimpleOrderItemRelatedObject",
    "SimpleOrderStatus",
    "SimpleProduct",
    "SimpleProductDiscountUnit",
    "SimplePromotionStack",
    "SimplePromotionStackTiers",
    "SimplePromotionTier",
    "SimplePromotionTierCampaign",
    "SimpleRedemption",
    "SimpleRedemptionChannel",
    "SimpleRedemptionChannelChannelType",
    "SimpleRedemptionResult",
    "SimpleRedemptionRewardResult",
    "SimpleRedemptionRewardResultType",
    "SimpleRedemptionStatus",
    "SimpleSku",
    "SimpleSkuDiscountUnit",
    "SimpleVoucher",
    "SimpleVoucherRedemption",
    "SimpleVoucherType",
    "WebhookProjectSettingPayload",
    "WebhookProjectSettingPayloadDataType0",
    "WebhookProjectSettingPayloadEvent",
    "WebhookProjectSettingPayloadEventType",
    "WebhookProjectSettingPayloadSource",
    "WebhookProjectSettingPayloadType",
)
