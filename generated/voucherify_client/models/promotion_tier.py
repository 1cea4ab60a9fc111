from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class PromotionTier(Model):
    """This is an object representing a promotion tier. Promotion tiers are always assigned to a campaign and cannot be
    used standalone.

    """

    id: str | None = None
    """ Unique promotion tier ID. """
    created_at: datetime.datetime | None = None
    """ Timestamp representing the date and time when the promotion tier was created. The value is shown in the ISO
    8601 format. """
    updated_at: datetime.datetime | None = None
    """ Timestamp representing the date and time when the promotion tier was updated. The value is shown in the ISO
    8601 format. """
    name: str | None = None
    """ Name of the promotion tier. """
    banner: str | None = None
    """ Text to be displayed to your customers on your website. """
    action: PromotionTierAction | None = None
    """ Contains details about the discount applied by the promotion tier. """
    metadata: Any | None = None
    """ The metadata object stores all custom attributes assigned to the promotion tier. A set of key/value pairs
    that you can attach to a promotion tier object. It can be useful for storing additional information about the
    promotion tier in a structured format. """
    hierarchy: int | None = None
    """ The promotions hierarchy defines the order in which the discounts from different tiers will be applied to a
    customer's order. If a customer qualifies for discounts from more than one tier, discounts will be applied in
    the order defined in the hierarchy. """
    promotion_id: str | None = None
    """ Promotion unique ID. """
    campaign: PromotionTierCampaign | None = None
    """ Contains details about promotion tier's parent campaign. """
    campaign_id: str | None = None
    """ Promotion tier's parent campaign's unique ID. """
    active: bool | None = None
    """ A flag to toggle the promotion tier on or off. You can disable a promotion tier even though it's within the
    active period defined by the `start_date` and `expiration_date`.

    - `true` indicates an *active* promotion tier
    - `false` indicates an *inactive* promotion tier """
    start_date: datetime.datetime | None = None
    """ Activation timestamp defines when the promotion tier starts to be active in ISO 8601 format. Promotion tier
    is *inactive before* this date.  """
    expiration_date: datetime.datetime | None = None
    """ Activation timestamp defines when the promotion tier expires in ISO 8601 format. Promotion tier is *inactive
    after* this date.  """
    validity_timeframe: ValidityTimeframe | None = None
    validity_day_of_week: list[int] | None = None
    validity_hours: ValidityHours | None = None
    summary: PromotionTierSummary | None = None
    """ Contains statistics about promotion tier redemptions and orders. """
    object: str | None = None
    """ The type of the object represented by JSON. This object stores information about the promotion tier. """
    validation_rule_assignments: ValidationRuleAssignmentsList | None = None
    category_id: str | None = None
    """ Promotion tier category ID. """
    categories: list[Category] | None = None

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "id",
        "created_at",
        "updated_at",
        "name",
        "banner",
        "action",
        "metadata",
        "hierarchy",
        "promotion_id",
        "campaign",
        "campaign_id",
        "active",
        "start_date",
        "expiration_date",
        "validity_timeframe",
        "validity_day_of_week",
        "validity_hours",
        "summary",
        "object",
        "validation_rule_assignments",
        "category_id",
        "categories",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


PromotionTierDict = TypedDict(
    "PromotionTierDict",
    {
        "id": "str | None",
        "created_at": "datetime.datetime | str | None",
        "updated_at": "datetime.datetime | str | None",
        "name": "str | None",
        "banner": "str | None",
        "action": "PromotionTierActionDict | None",
        "metadata": "Any",
        "hierarchy": "int | None",
        "promotion_id": "str | None",
        "campaign": "PromotionTierCampaignDict | None",
        "campaign_id": "str | None",
        "active": "bool | None",
        "start_date": "datetime.datetime | str | None",
        "expiration_date": "datetime.datetime | str | None",
        "validity_timeframe": "ValidityTimeframeDict | None",
        "validity_day_of_week": "list[int] | None",
        "validity_hours": "ValidityHoursDict | None",
        "summary": "PromotionTierSummaryDict | None",
        "object": "str | None",
        "validation_rule_assignments": "ValidationRuleAssignmentsListDict | None",
        "category_id": "str | None",
        "categories": "list[CategoryDict] | None",
    },
    total=False,
)
"""PromotionTier as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.category import Category, CategoryDict
from ..models.promotion_tier_action import PromotionTierAction, PromotionTierActionDict
from ..models.promotion_tier_campaign import PromotionTierCampaign, PromotionTierCampaignDict
from ..models.promotion_tier_summary import PromotionTierSummary, PromotionTierSummaryDict
from ..models.validation_rule_assignments_list import ValidationRuleAssignmentsList, ValidationRuleAssignmentsListDict
from ..models.validity_hours import ValidityHours, ValidityHoursDict
from ..models.validity_timeframe import ValidityTimeframe, ValidityTimeframeDict
