from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validity_day_of_week_item import ValidityDayOfWeekItem
from ..models.voucher_base_type import VoucherBaseType
from ..types import PARSE_ERRORS, UNSET, Unset, format_datetime, parse_datetime

_ValidityDayOfWeekItem_values = ValidityDayOfWeekItem._value2member_map_
_VoucherBaseType_values = VoucherBaseType._value2member_map_

if TYPE_CHECKING:
    from ..models.category import Category
    from ..models.discount_amount import DiscountAmount
    from ..models.discount_fixed import DiscountFixed
    from ..models.discount_percent import DiscountPercent
    from ..models.discount_unit import DiscountUnit
    from ..models.discount_unit_multiple import DiscountUnitMultiple
    from ..models.simple_customer import SimpleCustomer
    from ..models.validation_rules_assignments_list import ValidationRulesAssignmentsList
    from ..models.validity_hours import ValidityHours
    from ..models.validity_timeframe import ValidityTimeframe
    from ..models.voucher_assets import VoucherAssets
    from ..models.voucher_base_gift import VoucherBaseGift
    from ..models.voucher_base_loyalty_card import VoucherBaseLoyaltyCard
    from ..models.voucher_base_publish import VoucherBasePublish
    from ..models.voucher_base_redemption import VoucherBaseRedemption


T = TypeVar("T", bound="RedemptionWithVoucherWithoutStackingRulesTypeCategoriesVoucher")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "code",
        "campaign",
        "campaign_id",
        "category",
        "category_id",
        "type",
        "discount",
        "gift",
        "loyalty_card",
        "start_date",
        "expiration_date",
        "validity_timeframe",
        "validity_day_of_week",
        "validity_hours",
        "active",
        "additional_info",
        "metadata",
        "assets",
        "is_referral_code",
        "created_at",
        "updated_at",
        "holder_id",
        "referrer_id",
        "object",
        "publish",
        "redemption",
        "categories",
        "validation_rules_assignments",
        "holder",
    }
)


@_attrs_define
class RedemptionWithVoucherWithoutStackingRulesTypeCategoriesVoucher:
    id: None | str | Unset = UNSET
    """ Assigned by the Voucherify API, identifies the voucher. """
    code: None | str | Unset = UNSET
    """ A code that identifies a voucher. Pattern can use all letters of the English alphabet, Arabic numerals, and
    special characters. """
    campaign: None | str | Unset = UNSET
    """ A unique campaign name, identifies the voucher's parent campaign. """
    campaign_id: None | str | Unset = UNSET
    """ Assigned by the Voucherify API, identifies the voucher's parent campaign. """
    category: None | str | Unset = UNSET
    """ Tag defining the category that this voucher belongs to. Useful when listing vouchers using the List Vouchers
    endpoint. """
    category_id: None | str | Unset = UNSET
    """ Unique category ID assigned by Voucherify. """
    type_: None | Unset | VoucherBaseType = UNSET
    """ Defines the type of the voucher.  """
    discount: DiscountAmount | DiscountFixed | DiscountPercent | DiscountUnit | DiscountUnitMultiple | None | Unset = (
        UNSET
    )
    gift: None | Unset | VoucherBaseGift = UNSET
    """ Object representing gift parameters. Child attributes are present only if `type` is `GIFT_VOUCHER`. Defaults
    to `null`. """
    loyalty_card: None | Unset | VoucherBaseLoyaltyCard = UNSET
    """ Object representing loyalty card parameters. Child attributes are present only if `type` is `LOYALTY_CARD`.
    Defaults to `null`. """
    start_date: datetime.datetime | None | Unset = UNSET
    """ Activation timestamp defines when the code starts to be active in ISO 8601 format. Voucher is *inactive
    before* this date.  """
    expiration_date: datetime.datetime | None | Unset = UNSET
    """ Expiration timestamp defines when the code expires in ISO 8601 format.  Voucher is *inactive after* this
    date. """
    validity_timeframe: None | Unset | ValidityTimeframe = UNSET
    validity_day_of_week: list[ValidityDayOfWeekItem] | None | Unset = UNSET
    validity_hours: None | Unset | ValidityHours = UNSET
    active: bool | None | Unset = UNSET
    """ A flag to toggle the voucher on or off. You can disable a voucher even though it's within the active period
    defined by the `start_date` and `expiration_date`.

    - `true` indicates an *active* voucher
    - `false` indicates an *inactive* voucher """
    additional_info: None | str | Unset = UNSET
    """ An optional field to keep any extra textual information about the code such as a code description and
    details. """
    metadata: Any | Unset = UNSET
    """ The metadata object stores all custom attributes assigned to the code. A set of key/value pairs that you can
    attach to a voucher object. It can be useful for storing additional information about the voucher in a
    structured format. """
    assets: None | Unset | VoucherAssets = UNSET
    is_referral_code: bool | None | Unset = UNSET
    """ Flag indicating whether this voucher is a referral code; `true` for campaign type `REFERRAL_PROGRAM`. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp representing the date and time when the voucher was created. The value is shown in the ISO 8601
    format. """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp representing the date and time when the voucher was last updated in ISO 8601 format. """
    holder_id: None | str | Unset = UNSET
    """ Unique customer identifier of the redeemable holder. It equals to the customer ID assigned by Voucherify.
    """
    referrer_id: None | str | Unset = UNSET
    """ Unique identifier of the referring person. """
    object_: None | str | Unset = "voucher"
    """ The type of the object represented by JSON. Default is `voucher`. """
    publish: None | Unset | VoucherBasePublish = UNSET
    """ Stores a summary of publication events: an event counter and endpoint to return details of each event.
    Publication is an assignment of a code to a customer, e.g. through a distribution. """
    redemption: None | Unset | VoucherBaseRedemption = UNSET
    """ Stores a summary of redemptions that have been applied to the voucher. """
    categories: list[Category] | None | Unset = UNSET
    """ Contains details about the category. """
    validation_rules_assignments: None | Unset | ValidationRulesAssignmentsList = UNSET
    holder: None | SimpleCustomer | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        campaign: None | str | Unset
        if isinstance(self.campaign, Unset):
            campaign = UNSET
        else:
            campaign = self.campaign

        campaign_id: None | str | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        category_id: None | str | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, VoucherBaseType):
            type_ = self.type_.value if isinstance(self.type_, VoucherBaseType) else self.type_

        else:
            type_ = self.type_

        discount: dict[str, Any] | None | Unset
        if isinstance(self.discount, Unset):
            discount = UNSET
        elif isinstance(self.discount, DiscountAmount):
            discount = self.discount.to_dict() if isinstance(self.discount, DiscountAmount) else self.discount

        elif isinstance(self.discount, DiscountUnit):
            discount = self.discount.to_dict() if isinstance(self.discount, DiscountUnit) else self.discount

        elif isinstance(self.discount, DiscountUnitMultiple):
            discount = self.discount.to_dict() if isinstance(self.discount, DiscountUnitMultiple) else self.discount

        elif isinstance(self.discount, DiscountPercent):
            discount = self.discount.to_dict() if isinstance(self.discount, DiscountPercent) else self.discount

        elif isinstance(self.discount, DiscountFixed):
            discount = self.discount.to_dict() if isinstance(self.discount, DiscountFixed) else self.discount

        else:
            discount = self.discount

        gift: dict[str, Any] | None | Unset
        if isinstance(self.gift, Unset):
            gift = UNSET
        elif isinstance(self.gift, VoucherBaseGift):
            gift = self.gift.to_dict() if isinstance(self.gift, VoucherBaseGift) else self.gift

        else:
            gift = self.gift

        loyalty_card: dict[str, Any] | None | Unset
        if isinstance(self.loyalty_card, Unset):
            loyalty_card = UNSET
        elif isinstance(self.loyalty_card, VoucherBaseLoyaltyCard):
            loyalty_card = (
                self.loyalty_card.to_dict()
                if isinstance(self.loyalty_card, VoucherBaseLoyaltyCard)
                else self.loyalty_card
            )

        else:
            loyalty_card = self.loyalty_card

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

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        additional_info: None | str | Unset
        if isinstance(self.additional_info, Unset):
            additional_info = UNSET
        else:
            additional_info = self.additional_info

        metadata = self.metadata

        assets: dict[str, Any] | None | Unset
        if isinstance(self.assets, Unset):
            assets = UNSET
        elif isinstance(self.assets, VoucherAssets):
            assets = self.assets.to_dict() if isinstance(self.assets, VoucherAssets) else self.assets

        else:
            assets = self.assets

        is_referral_code: bool | None | Unset
        if isinstance(self.is_referral_code, Unset):
            is_referral_code = UNSET
        else:
            is_referral_code = self.is_referral_code

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

        holder_id: None | str | Unset
        if isinstance(self.holder_id, Unset):
            holder_id = UNSET
        else:
            holder_id = self.holder_id

        referrer_id: None | str | Unset
        if isinstance(self.referrer_id, Unset):
            referrer_id = UNSET
        else:
            referrer_id = self.referrer_id

        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        else:
            object_ = self.object_

        publish: dict[str, Any] | None | Unset
        if isinstance(self.publish, Unset):
            publish = UNSET
        elif isinstance(self.publish, VoucherBasePublish):
            publish = self.publish.to_dict() if isinstance(self.publish, VoucherBasePublish) else self.publish

        else:
            publish = self.publish

        redemption: dict[str, Any] | None | Unset
        if isinstance(self.redemption, Unset):
            redemption = UNSET
        elif isinstance(self.redemption, VoucherBaseRedemption):
            redemption = (
                self.redemption.to_dict() if isinstance(self.redemption, VoucherBaseRedemption) else self.redemption
            )

        else:
            redemption = self.redemption

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

        validation_rules_assignments: dict[str, Any] | None | Unset
        if isinstance(self.validation_rules_assignments, Unset):
            validation_rules_assignments = UNSET
        elif isinstance(self.validation_rules_assignments, ValidationRulesAssignmentsList):
            validation_rules_assignments = (
                self.validation_rules_assignments.to_dict()
                if isinstance(self.validation_rules_assignments, ValidationRulesAssignmentsList)
                else self.validation_rules_assignments
            )

        else:
            validation_rules_assignments = self.validation_rules_assignments

        holder: dict[str, Any] | None | Unset
        if isinstance(self.holder, Unset):
            holder = UNSET
        elif isinstance(self.holder, SimpleCustomer):
            holder = self.holder.to_dict() if isinstance(self.holder, SimpleCustomer) else self.holder

        else:
            holder = self.holder

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if code is not UNSET:
            field_dict["code"] = code
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if category is not UNSET:
            field_dict["category"] = category
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if discount is not UNSET:
            field_dict["discount"] = discount
        if gift is not UNSET:
            field_dict["gift"] = gift
        if loyalty_card is not UNSET:
            field_dict["loyalty_card"] = loyalty_card
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
        if active is not UNSET:
            field_dict["active"] = active
        if additional_info is not UNSET:
            field_dict["additional_info"] = additional_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if assets is not UNSET:
            field_dict["assets"] = assets
        if is_referral_code is not UNSET:
            field_dict["is_referral_code"] = is_referral_code
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if holder_id is not UNSET:
            field_dict["holder_id"] = holder_id
        if referrer_id is not UNSET:
            field_dict["referrer_id"] = referrer_id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if publish is not UNSET:
            field_dict["publish"] = publish
        if redemption is not UNSET:
            field_dict["redemption"] = redemption
        if categories is not UNSET:
            field_dict["categories"] = categories
        if validation_rules_assignments is not UNSET:
            field_dict["validation_rules_assignments"] = validation_rules_assignments
        if holder is not UNSET:
            field_dict["holder"] = holder

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        id = d.get("id", UNSET)

        code = d.get("code", UNSET)

        campaign = d.get("campaign", UNSET)

        campaign_id = d.get("campaign_id", UNSET)

        category = d.get("category", UNSET)

        category_id = d.get("category_id", UNSET)

        try:
            _type_ = d.get("type", UNSET)
            type_: None | Unset | VoucherBaseType
            if _type_ is UNSET:
                type_ = UNSET
            elif _type_ is None:
                type_ = None
            else:
                type_type_0 = _VoucherBaseType_values.get(_type_) or VoucherBaseType(_type_)

                type_ = type_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            type_ = d.get("type", UNSET)

        try:
            _discount = d.get("discount", UNSET)
            discount: (
                DiscountAmount | DiscountFixed | DiscountPercent | DiscountUnit | DiscountUnitMultiple | None | Unset
            )
            if _discount is UNSET:
                discount = UNSET
            elif isinstance(_discount, dict) and _discount.get("type") == "AMOUNT":
                componentsschemas_discount_type_0 = DiscountAmount.from_dict(_discount)

                discount = componentsschemas_discount_type_0
            elif isinstance(_discount, dict) and _discount.get("type") == "UNIT":
                componentsschemas_discount_type_1 = DiscountUnit.from_dict(_discount)

                discount = componentsschemas_discount_type_1
            elif isinstance(_discount, dict) and _discount.get("type") == "UNIT":
                componentsschemas_discount_type_2 = DiscountUnitMultiple.from_dict(_discount)

                discount = componentsschemas_discount_type_2
            elif isinstance(_discount, dict) and _discount.get("type") == "PERCENT":
                componentsschemas_discount_type_3 = DiscountPercent.from_dict(_discount)

                discount = componentsschemas_discount_type_3
            elif isinstance(_discount, dict) and _discount.get("type") == "FIXED":
                componentsschemas_discount_type_4 = DiscountFixed.from_dict(_discount)

                discount = componentsschemas_discount_type_4
            elif isinstance(_discount, dict) and "type" not in _discount:
                discount = DiscountAmount.from_dict(_discount)
            elif _discount is None:
                discount = None
            else:
                discount = cast(
                    DiscountAmount
                    | DiscountFixed
                    | DiscountPercent
                    | DiscountUnit
                    | DiscountUnitMultiple
                    | None
                    | Unset,
                    _discount,
                )

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            discount = d.get("discount", UNSET)

        try:
            _gift = d.get("gift", UNSET)
            gift: None | Unset | VoucherBaseGift
            if _gift is UNSET:
                gift = UNSET
            elif _gift is None:
                gift = None
            else:
                gift_type_0 = VoucherBaseGift.from_dict(_gift)

                gift = gift_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            gift = d.get("gift", UNSET)

        try:
            _loyalty_card = d.get("loyalty_card", UNSET)
            loyalty_card: None | Unset | VoucherBaseLoyaltyCard
            if _loyalty_card is UNSET:
                loyalty_card = UNSET
            elif _loyalty_card is None:
                loyalty_card = None
            else:
                loyalty_card_type_0 = VoucherBaseLoyaltyCard.from_dict(_loyalty_card)

                loyalty_card = loyalty_card_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            loyalty_card = d.get("loyalty_card", UNSET)

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

        active = d.get("active", UNSET)

        additional_info = d.get("additional_info", UNSET)

        metadata = d.get("metadata", UNSET)

        try:
            _assets = d.get("assets", UNSET)
            assets: None | Unset | VoucherAssets
            if _assets is UNSET:
                assets = UNSET
            elif _assets is None:
                assets = None
            else:
                assets_type_0 = VoucherAssets.from_dict(_assets)

                assets = assets_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            assets = d.get("assets", UNSET)

        is_referral_code = d.get("is_referral_code", UNSET)

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

        holder_id = d.get("holder_id", UNSET)

        referrer_id = d.get("referrer_id", UNSET)

        object_ = d.get("object", UNSET)

        try:
            _publish = d.get("publish", UNSET)
            publish: None | Unset | VoucherBasePublish
            if _publish is UNSET:
                publish = UNSET
            elif _publish is None:
                publish = None
            else:
                publish_type_0 = VoucherBasePublish.from_dict(_publish)

                publish = publish_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            publish = d.get("publish", UNSET)

        try:
            _redemption = d.get("redemption", UNSET)
            redemption: None | Unset | VoucherBaseRedemption
            if _redemption is UNSET:
                redemption = UNSET
            elif _redemption is None:
                redemption = None
            else:
                redemption_type_0 = VoucherBaseRedemption.from_dict(_redemption)

                redemption = redemption_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            redemption = d.get("redemption", UNSET)

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

        try:
            _validation_rules_assignments = d.get("validation_rules_assignments", UNSET)
            validation_rules_assignments: None | Unset | ValidationRulesAssignmentsList
            if _validation_rules_assignments is UNSET:
                validation_rules_assignments = UNSET
            elif _validation_rules_assignments is None:
                validation_rules_assignments = None
            else:
                validation_rules_assignments_type_0 = ValidationRulesAssignmentsList.from_dict(
                    _validation_rules_assignments
                )

                validation_rules_assignments = validation_rules_assignments_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            validation_rules_assignments = d.get("validation_rules_assignments", UNSET)

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

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        redemption_with_voucher_without_stacking_rules_type_categories_voucher = cls(
            id,
            code,
            campaign,
            campaign_id,
            category,
            category_id,
            type_,
            discount,
            gift,
            loyalty_card,
            start_date,
            expiration_date,
            validity_timeframe,
            validity_day_of_week,
            validity_hours,
            active,
            additional_info,
            metadata,
            assets,
            is_referral_code,
            created_at,
            updated_at,
            holder_id,
            referrer_id,
            object_,
            publish,
            redemption,
            categories,
            validation_rules_assignments,
            holder,
        )

        if not _KNOWN_KEYS.issuperset(d):
            redemption_with_voucher_without_stacking_rules_type_categories_voucher.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return redemption_with_voucher_without_stacking_rules_type_categories_voucher

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
    global DiscountAmount
    global DiscountFixed
    global DiscountPercent
    global DiscountUnit
    global DiscountUnitMultiple
    global SimpleCustomer
    global ValidationRulesAssignmentsList
    global ValidityHours
    global ValidityTimeframe
    global VoucherAssets
    global VoucherBaseGift
    global VoucherBaseLoyaltyCard
    global VoucherBasePublish
    global VoucherBaseRedemption
    from ..models.category import Category
    from ..models.discount_amount import DiscountAmount
    from ..models.discount_fixed import DiscountFixed
    from ..models.discount_percent import DiscountPercent
    from ..models.discount_unit import DiscountUnit
    from ..models.discount_unit_multiple import DiscountUnitMultiple
    from ..models.simple_customer import SimpleCustomer
    from ..models.validation_rules_assignments_list import ValidationRulesAssignmentsList
    from ..models.validity_hours import ValidityHours
    from ..models.validity_timeframe import ValidityTimeframe
    from ..models.voucher_assets import VoucherAssets
    from ..models.voucher_base_gift import VoucherBaseGift
    from ..models.voucher_base_loyalty_card import VoucherBaseLoyaltyCard
    from ..models.voucher_base_publish import VoucherBasePublish
    from ..models.voucher_base_redemption import VoucherBaseRedemption

    _unbound = False
