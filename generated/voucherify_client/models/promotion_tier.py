from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validity_day_of_week_item import ValidityDayOfWeekItem
from ..types import PARSE_ERRORS, UNSET, Unset, format_datetime, parse_datetime

_ValidityDayOfWeekItem_values = ValidityDayOfWeekItem._value2member_map_

if TYPE_CHECKING:
    from ..models.category import Category
    from ..models.promotion_tier_action import PromotionTierAction
    from ..models.promotion_tier_campaign import PromotionTierCampaign
    from ..models.promotion_tier_summary import PromotionTierSummary
    from ..models.validation_rule_assignments_list import ValidationRuleAssignmentsList
    from ..models.validity_hours import ValidityHours
    from ..models.validity_timeframe import ValidityTimeframe


T = TypeVar("T", bound="PromotionTier")

_KNOWN_KEYS = frozenset(
    {
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
    }
)


@_attrs_define
class PromotionTier:
    """This is an object representing a promotion tier. Promotion tiers are always assigned to a campaign and cannot be
    used standalone.

    """

    id: None | str | Unset = UNSET
    """ Unique promotion tier ID. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp representing the date and time when the promotion tier was created. The value is shown in the ISO
    8601 format. """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp representing the date and time when the promotion tier was updated. The value is shown in the ISO
    8601 format. """
    name: None | str | Unset = UNSET
    """ Name of the promotion tier. """
    banner: None | str | Unset = UNSET
    """ Text to be displayed to your customers on your website. """
    action: None | PromotionTierAction | Unset = UNSET
    """ Contains details about the discount applied by the promotion tier. """
    metadata: Any | Unset = UNSET
    """ The metadata object stores all custom attributes assigned to the promotion tier. A set of key/value pairs
    that you can attach to a promotion tier object. It can be useful for storing additional information about the
    promotion tier in a structured format. """
    hierarchy: int | None | Unset = UNSET
    """ The promotions hierarchy defines the order in which the discounts from different tiers will be applied to a
    customer's order. If a customer qualifies for discounts from more than one tier, discounts will be applied in
    the order defined in the hierarchy. """
    promotion_id: None | str | Unset = UNSET
    """ Promotion unique ID. """
    campaign: None | PromotionTierCampaign | Unset = UNSET
    """ Contains details about promotion tier's parent campaign. """
    campaign_id: None | str | Unset = UNSET
    """ Promotion tier's parent campaign's unique ID. """
    active: bool | None | Unset = UNSET
    """ A flag to toggle the promotion tier on or off. You can disable a promotion tier even though it's within the
    active period defined by the `start_date` and `expiration_date`.

    - `true` indicates an *active* promotion tier
    - `false` indicates an *inactive* promotion tier """
    start_date: datetime.datetime | None | Unset = UNSET
    """ Activation timestamp defines when the promotion tier starts to be active in ISO 8601 format. Promotion tier
    is *inactive before* this date.  """
    expiration_date: datetime.datetime | None | Unset = UNSET
    """ Activation timestamp defines when the promotion tier expires in ISO 8601 format. Promotion tier is *inactive
    after* this date.  """
    validity_timeframe: None | Unset | ValidityTimeframe = UNSET
    validity_day_of_week: list[ValidityDayOfWeekItem] | None | Unset = UNSET
    validity_hours: None | Unset | ValidityHours = UNSET
    summary: None | PromotionTierSummary | Unset = UNSET
    """ Contains statistics about promotion tier redemptions and orders. """
    object_: None | str | Unset = "promotion_tier"
    """ The type of the object represented by JSON. This object stores information about the promotion tier. """
    validation_rule_assignments: None | Unset | ValidationRuleAssignmentsList = UNSET
    category_id: None | str | Unset = UNSET
    """ Promotion tier category ID. """
    categories: list[Category] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                format_datetime(self.created_at) if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = (
                format_datetime(self.updated_at) if isinstance(self.updated_at, datetime.datetime) else self.updated_at
            )

        else:
            updated_at = self.updated_at

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        banner: None | str | Unset
        if isinstance(self.banner, Unset):
            banner = UNSET
        else:
            banner = self.banner

        action: dict[str, Any] | None | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, PromotionTierAction):
            action = self.action.to_dict() if isinstance(self.action, PromotionTierAction) else self.action

        else:
            action = self.action

        metadata = self.metadata

        hierarchy: int | None | Unset
        if isinstance(self.hierarchy, Unset):
            hierarchy = UNSET
        else:
            hierarchy = self.hierarchy

        promotion_id: None | str | Unset
        if isinstance(self.promotion_id, Unset):
            promotion_id = UNSET
        else:
            promotion_id = self.promotion_id

        campaign: dict[str, Any] | None | Unset
        if isinstance(self.campaign, Unset):
            campaign = UNSET
        elif isinstance(self.campaign, PromotionTierCampaign):
            campaign = self.campaign.to_dict() if isinstance(self.campaign, PromotionTierCampaign) else self.campaign

        else:
            campaign = self.campaign

        campaign_id: None | str | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = (
                format_datetime(self.start_date) if isinstance(self.start_date, datetime.datetime) else self.start_date
            )

        else:
            start_date = self.start_date

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        elif isinstance(self.expiration_date, datetime.datetime):
            expiration_date = (
                format_datetime(self.expiration_date)
                if isinstance(self.expiration_date, datetime.datetime)
                else self.expiration_date
            )

        else:
            expiration_date = self.expiration_date

        validity_timeframe: dict[str, Any] | None | Unset
        if isinstance(self.validity_timeframe, Unset):
            validity_timeframe = UNSET
        elif isinstance(self.validity_timeframe, ValidityTimeframe):
            validity_timeframe = (
                self.validity_timeframe.to_dict()
                if isinstance(self.validity_timeframe, ValidityTimeframe)
                else self.validity_timeframe
            )

        else:
            validity_timeframe = self.validity_timeframe

        validity_day_of_week: list[int] | None | Unset
        if isinstance(self.validity_day_of_week, Unset):
            validity_day_of_week = UNSET
        elif isinstance(self.validity_day_of_week, list):
            validity_day_of_week = UNSET
            if isinstance(self.validity_day_of_week, list):
                validity_day_of_week = []
                for componentsschemas_validity_day_of_week_item_data in self.validity_day_of_week:
                    componentsschemas_validity_day_of_week_item: int = (
                        componentsschemas_validity_day_of_week_item_data.value
                        if isinstance(componentsschemas_validity_day_of_week_item_data, ValidityDayOfWeekItem)
                        else componentsschemas_validity_day_of_week_item_data
                    )

                    validity_day_of_week.append(componentsschemas_validity_day_of_week_item)

            elif not isinstance(self.validity_day_of_week, Unset):
                validity_day_of_week = self.validity_day_of_week

        else:
            validity_day_of_week = self.validity_day_of_week

        validity_hours: dict[str, Any] | None | Unset
        if isinstance(self.validity_hours, Unset):
            validity_hours = UNSET
        elif isinstance(self.validity_hours, ValidityHours):
            validity_hours = (
                self.validity_hours.to_dict() if isinstance(self.validity_hours, ValidityHours) else self.validity_hours
            )

        else:
            validity_hours = self.validity_hours

        summary: dict[str, Any] | None | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        elif isinstance(self.summary, PromotionTierSummary):
            summary = self.summary.to_dict() if isinstance(self.summary, PromotionTierSummary) else self.summary

        else:
            summary = self.summary

        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        else:
            object_ = self.object_

        validation_rule_assignments: dict[str, Any] | None | Unset
        if isinstance(self.validation_rule_assignments, Unset):
            validation_rule_assignments = UNSET
        elif isinstance(self.validation_rule_assignments, ValidationRuleAssignmentsList):
            validation_rule_assignments = (
                self.validation_rule_assignments.to_dict()
                if isinstance(self.validation_rule_assignments, ValidationRuleAssignmentsList)
                else self.validation_rule_assignments
            )

        else:
            validation_rule_assignments = self.validation_rule_assignments

        category_id: None | str | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        categories: list[dict[str, Any]] | None | Unset
        if isinstance(self.categories, Unset):
            categories = UNSET
        elif isinstance(self.categories, list):
            categories = UNSET
            if isinstance(self.categories, list):
                categories = []
                for categories_type_0_item_data in self.categories:
                    categories_type_0_item: dict[str, Any] = (
                        categories_type_0_item_data.to_dict()
                        if isinstance(categories_type_0_item_data, Category)
                        else categories_type_0_item_data
                    )

                    categories.append(categories_type_0_item)

            elif not isinstance(self.categories, Unset):
                categories = self.categories

        else:
            categories = self.categories

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if name is not UNSET:
            field_dict["name"] = name
        if banner is not UNSET:
            field_dict["banner"] = banner
        if action is not UNSET:
            field_dict["action"] = action
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if hierarchy is not UNSET:
            field_dict["hierarchy"] = hierarchy
        if promotion_id is not UNSET:
            field_dict["promotion_id"] = promotion_id
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if active is not UNSET:
            field_dict["active"] = active
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if validity_timeframe is not UNSET:
            field_dict["validity_timeframe"] = validity_timeframe
        if validity_day_of_week is not UNSET:
            field_dict["validity_day_of_week"] = validity_day_of_week
        if validity_hours is not UNSET:
            field_dict["validity_hours"] = validity_hours
        if summary is not UNSET:
            field_dict["summary"] = summary
        if object_ is not UNSET:
            field_dict["object"] = object_
        if validation_rule_assignments is not UNSET:
            field_dict["validation_rule_assignments"] = validation_rule_assignments
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if categories is not UNSET:
            field_dict["categories"] = categories

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        id = d.get("id", UNSET)

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

        try:
            _updated_at = d.get("updated_at", UNSET)
            updated_at: datetime.datetime | None | Unset
            if _updated_at is UNSET:
                updated_at = UNSET
            elif _updated_at is None:
                updated_at = None
            else:
                updated_at_type_0 = parse_datetime(_updated_at)

                updated_at = updated_at_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            updated_at = d.get("updated_at", UNSET)

        name = d.get("name", UNSET)

        banner = d.get("banner", UNSET)

        try:
            _action = d.get("action", UNSET)
            action: None | PromotionTierAction | Unset
            if _action is UNSET:
                action = UNSET
            elif _action is None:
                action = None
            else:
                action_type_0 = PromotionTierAction.from_dict(_action)

                action = action_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            action = d.get("action", UNSET)

        metadata = d.get("metadata", UNSET)

        hierarchy = d.get("hierarchy", UNSET)

        promotion_id = d.get("promotion_id", UNSET)

        try:
            _campaign = d.get("campaign", UNSET)
            campaign: None | PromotionTierCampaign | Unset
            if _campaign is UNSET:
                campaign = UNSET
            elif _campaign is None:
                campaign = None
            else:
                campaign_type_0 = PromotionTierCampaign.from_dict(_campaign)

                campaign = campaign_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            campaign = d.get("campaign", UNSET)

        campaign_id = d.get("campaign_id", UNSET)

        active = d.get("active", UNSET)

        try:
            _start_date = d.get("start_date", UNSET)
            start_date: datetime.datetime | None | Unset
            if _start_date is UNSET:
                start_date = UNSET
            elif _start_date is None:
                start_date = None
            else:
                start_date_type_0 = parse_datetime(_start_date)

                start_date = start_date_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            start_date = d.get("start_date", UNSET)

        try:
            _expiration_date = d.get("expiration_date", UNSET)
            expiration_date: datetime.datetime | None | Unset
            if _expiration_date is UNSET:
                expiration_date = UNSET
            elif _expiration_date is None:
                expiration_date = None
            else:
                expiration_date_type_0 = parse_datetime(_expiration_date)

                expiration_date = expiration_date_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            expiration_date = d.get("expiration_date", UNSET)

        try:
            _validity_timeframe = d.get("validity_timeframe", UNSET)
            validity_timeframe: None | Unset | ValidityTimeframe
            if _validity_timeframe is UNSET:
                validity_timeframe = UNSET
            elif _validity_timeframe is None:
                validity_timeframe = None
            else:
                validity_timeframe_type_0 = ValidityTimeframe.from_dict(_validity_timeframe)

                validity_timeframe = validity_timeframe_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            validity_timeframe = d.get("validity_timeframe", UNSET)

        try:
            _validity_day_of_week = d.get("validity_day_of_week", UNSET)
            validity_day_of_week: list[ValidityDayOfWeekItem] | None | Unset
            if _validity_day_of_week is UNSET:
                validity_day_of_week = UNSET
            elif _validity_day_of_week is None:
                validity_day_of_week = None
            else:
                _validity_day_of_week_type_0 = _validity_day_of_week
                validity_day_of_week_type_0: list[ValidityDayOfWeekItem]
                if not isinstance(_validity_day_of_week_type_0, list):
                    raise TypeError("expected a list")
                else:
                    validity_day_of_week_type_0 = []
                    for componentsschemas_validity_day_of_week_item_data in _validity_day_of_week_type_0:
                        # One item the SDK cannot read is kept as it came; its neighbours are still parsed.
                        try:
                            componentsschemas_validity_day_of_week_item = _ValidityDayOfWeekItem_values.get(
                                componentsschemas_validity_day_of_week_item_data
                            ) or ValidityDayOfWeekItem(componentsschemas_validity_day_of_week_item_data)

                        except PARSE_ERRORS:
                            componentsschemas_validity_day_of_week_item = (
                                componentsschemas_validity_day_of_week_item_data
                            )
                        validity_day_of_week_type_0.append(componentsschemas_validity_day_of_week_item)

                validity_day_of_week = validity_day_of_week_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            validity_day_of_week = d.get("validity_day_of_week", UNSET)

        try:
            _validity_hours = d.get("validity_hours", UNSET)
            validity_hours: None | Unset | ValidityHours
            if _validity_hours is UNSET:
                validity_hours = UNSET
            elif _validity_hours is None:
                validity_hours = None
            else:
                validity_hours_type_0 = ValidityHours.from_dict(_validity_hours)

                validity_hours = validity_hours_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            validity_hours = d.get("validity_hours", UNSET)

        try:
            _summary = d.get("summary", UNSET)
            summary: None | PromotionTierSummary | Unset
            if _summary is UNSET:
                summary = UNSET
            elif _summary is None:
                summary = None
            else:
                summary_type_0 = PromotionTierSummary.from_dict(_summary)

                summary = summary_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            summary = d.get("summary", UNSET)

        object_ = d.get("object", UNSET)

        try:
            _validation_rule_assignments = d.get("validation_rule_assignments", UNSET)
            validation_rule_assignments: None | Unset | ValidationRuleAssignmentsList
            if _validation_rule_assignments is UNSET:
                validation_rule_assignments = UNSET
            elif _validation_rule_assignments is None:
                validation_rule_assignments = None
            else:
                validation_rule_assignments_type_0 = ValidationRuleAssignmentsList.from_dict(
                    _validation_rule_assignments
                )

                validation_rule_assignments = validation_rule_assignments_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            validation_rule_assignments = d.get("validation_rule_assignments", UNSET)

        category_id = d.get("category_id", UNSET)

        try:
            _categories = d.get("categories", UNSET)
            categories: list[Category] | None | Unset
            if _categories is UNSET:
                categories = UNSET
            elif _categories is None:
                categories = None
            else:
                _categories_type_0 = _categories
                categories_type_0: list[Category]
                if not isinstance(_categories_type_0, list):
                    raise TypeError("expected a list")
                else:
                    categories_type_0 = []
                    for categories_type_0_item_data in _categories_type_0:
                        # One item the SDK cannot read is kept as it came; its neighbours are still parsed.
                        try:
                            categories_type_0_item = Category.from_dict(categories_type_0_item_data)

                        except PARSE_ERRORS:
                            categories_type_0_item = categories_type_0_item_data
                        categories_type_0.append(categories_type_0_item)

                categories = categories_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            categories = d.get("categories", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        promotion_tier = cls(
            id,
            created_at,
            updated_at,
            name,
            banner,
            action,
            metadata,
            hierarchy,
            promotion_id,
            campaign,
            campaign_id,
            active,
            start_date,
            expiration_date,
            validity_timeframe,
            validity_day_of_week,
            validity_hours,
            summary,
            object_,
            validation_rule_assignments,
            category_id,
            categories,
        )

        if not _KNOWN_KEYS.issuperset(d):
            promotion_tier.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return promotion_tier

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
    global Category
    global PromotionTierAction
    global PromotionTierCampaign
    global PromotionTierSummary
    global ValidationRuleAssignmentsList
    global ValidityHours
    global ValidityTimeframe
    from ..models.category import Category
    from ..models.promotion_tier_action import PromotionTierAction
    from ..models.promotion_tier_campaign import PromotionTierCampaign
    from ..models.promotion_tier_summary import PromotionTierSummary
    from ..models.validation_rule_assignments_list import ValidationRuleAssignmentsList
    from ..models.validity_hours import ValidityHours
    from ..models.validity_timeframe import ValidityTimeframe

    _unbound = False
