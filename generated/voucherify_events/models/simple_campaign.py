from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simple_campaign_type import SimpleCampaignType
from ..types import PARSE_ERRORS, UNSET, Unset, format_datetime, parse_datetime

_SimpleCampaignType_values = SimpleCampaignType._value2member_map_

if TYPE_CHECKING:
    from ..models.category import Category
    from ..models.referral_program import ReferralProgram
    from ..models.simple_campaign_voucher import SimpleCampaignVoucher


T = TypeVar("T", bound="SimpleCampaign")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "campaign_type",
        "type",
        "is_referral_code",
        "voucher",
        "referral_program",
        "auto_join",
        "join_once",
        "active",
        "category_id",
        "category",
        "categories",
        "metadata",
        "start_date",
        "expiration_date",
        "description",
        "created_at",
        "updated_at",
        "object",
    }
)


@_attrs_define
class SimpleCampaign:
    """Simplified campaign data."""

    id: None | str | Unset = UNSET
    """ Campaign ID. """
    name: None | str | Unset = UNSET
    """ Campaign name. """
    campaign_type: None | str | Unset = UNSET
    """ Type of campaign. """
    type_: None | SimpleCampaignType | Unset = UNSET
    """ Defines whether the campaign can be updated with new vouchers after campaign creation or if the campaign
    consists of standalone vouchers.

    - `AUTO_UPDATE`: the campaign is dynamic, i.e. vouchers will generate based on set criteria
    -  `STATIC`: vouchers need to be manually published
    - `STANDALONE`: campaign for single vouchers """
    is_referral_code: bool | None | Unset = UNSET
    """ Flag indicating whether this voucher is a referral code; `true` for campaign type `REFERRAL_PROGRAM`. """
    voucher: None | SimpleCampaignVoucher | Unset = UNSET
    referral_program: None | ReferralProgram | Unset = UNSET
    auto_join: bool | None | Unset = UNSET
    """ Indicates whether customers will be able to auto-join the campaign if any earning rule is fulfilled. """
    join_once: bool | None | Unset = UNSET
    """ If this value is set to `true`, customers will be able to join the campaign only once. It is always `false`
    for standalone voucher campaigns and it cannot be changed in them. It is always `true` for loyalty campaigns.
    """
    active: bool | None | Unset = UNSET
    """ Indicates whether the campaign is active. """
    category_id: None | str | Unset = UNSET
    """ The unique category ID that this campaign belongs to. """
    category: None | str | Unset = UNSET
    """ Unique category name. """
    categories: list[Category] | None | Unset = UNSET
    """ Contains details about the category. """
    metadata: Any | Unset = UNSET
    """ A set of custom key/value pairs that you can attach to a campaign. The metadata object stores all custom
    attributes assigned to the campaign. """
    start_date: datetime.datetime | None | Unset = UNSET
    """ Activation timestamp defines when the campaign starts to be active in ISO 8601 format. Campaign is inactive
    *before* this date.  """
    expiration_date: datetime.datetime | None | Unset = UNSET
    """ Expiration timestamp defines when the campaign expires in ISO 8601 format.  Campaign is inactive *after*
    this date. """
    description: None | str | Unset = UNSET
    """ An optional field to keep extra textual information about the campaign such as a campaign description and
    details. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp representing the date and time when the campaign was created. The value is shown in the ISO 8601
    format. """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp representing the date and time when the campaign was updated in the ISO 8601 format. """
    object_: Literal["campaign"] | Unset = "campaign"
    """ The type of the object represented by JSON. This object stores information about the campaign. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        campaign_type: None | str | Unset
        if isinstance(self.campaign_type, Unset):
            campaign_type = UNSET
        else:
            campaign_type = self.campaign_type

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, SimpleCampaignType):
            type_ = self.type_.value if isinstance(self.type_, SimpleCampaignType) else self.type_

        else:
            type_ = self.type_

        is_referral_code: bool | None | Unset
        if isinstance(self.is_referral_code, Unset):
            is_referral_code = UNSET
        else:
            is_referral_code = self.is_referral_code

        voucher: dict[str, Any] | None | Unset
        if isinstance(self.voucher, Unset):
            voucher = UNSET
        elif isinstance(self.voucher, SimpleCampaignVoucher):
            voucher = self.voucher.to_dict() if isinstance(self.voucher, SimpleCampaignVoucher) else self.voucher

        else:
            voucher = self.voucher

        referral_program: dict[str, Any] | None | Unset
        if isinstance(self.referral_program, Unset):
            referral_program = UNSET
        elif isinstance(self.referral_program, ReferralProgram):
            referral_program = (
                self.referral_program.to_dict()
                if isinstance(self.referral_program, ReferralProgram)
                else self.referral_program
            )

        else:
            referral_program = self.referral_program

        auto_join: bool | None | Unset
        if isinstance(self.auto_join, Unset):
            auto_join = UNSET
        else:
            auto_join = self.auto_join

        join_once: bool | None | Unset
        if isinstance(self.join_once, Unset):
            join_once = UNSET
        else:
            join_once = self.join_once

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        category_id: None | str | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

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

        metadata = self.metadata

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

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if campaign_type is not UNSET:
            field_dict["campaign_type"] = campaign_type
        if type_ is not UNSET:
            field_dict["type"] = type_
        if is_referral_code is not UNSET:
            field_dict["is_referral_code"] = is_referral_code
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if referral_program is not UNSET:
            field_dict["referral_program"] = referral_program
        if auto_join is not UNSET:
            field_dict["auto_join"] = auto_join
        if join_once is not UNSET:
            field_dict["join_once"] = join_once
        if active is not UNSET:
            field_dict["active"] = active
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if category is not UNSET:
            field_dict["category"] = category
        if categories is not UNSET:
            field_dict["categories"] = categories
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if description is not UNSET:
            field_dict["description"] = description
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        id = d.get("id", UNSET)

        name = d.get("name", UNSET)

        campaign_type = d.get("campaign_type", UNSET)

        try:
            _type_ = d.get("type", UNSET)
            type_: None | SimpleCampaignType | Unset
            if _type_ is UNSET:
                type_ = UNSET
            elif _type_ is None:
                type_ = None
            else:
                type_type_0 = _SimpleCampaignType_values.get(_type_) or SimpleCampaignType(_type_)

                type_ = type_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            type_ = d.get("type", UNSET)

        is_referral_code = d.get("is_referral_code", UNSET)

        try:
            _voucher = d.get("voucher", UNSET)
            voucher: None | SimpleCampaignVoucher | Unset
            if _voucher is UNSET:
                voucher = UNSET
            elif _voucher is None:
                voucher = None
            else:
                voucher_type_0 = SimpleCampaignVoucher.from_dict(_voucher)

                voucher = voucher_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            voucher = d.get("voucher", UNSET)

        try:
            _referral_program = d.get("referral_program", UNSET)
            referral_program: None | ReferralProgram | Unset
            if _referral_program is UNSET:
                referral_program = UNSET
            elif _referral_program is None:
                referral_program = None
            else:
                referral_program_type_0 = ReferralProgram.from_dict(_referral_program)

                referral_program = referral_program_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            referral_program = d.get("referral_program", UNSET)

        auto_join = d.get("auto_join", UNSET)

        join_once = d.get("join_once", UNSET)

        active = d.get("active", UNSET)

        category_id = d.get("category_id", UNSET)

        category = d.get("category", UNSET)

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

        metadata = d.get("metadata", UNSET)

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

        description = d.get("description", UNSET)

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

        object_ = d.get("object", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        simple_campaign = cls(
            id,
            name,
            campaign_type,
            type_,
            is_referral_code,
            voucher,
            referral_program,
            auto_join,
            join_once,
            active,
            category_id,
            category,
            categories,
            metadata,
            start_date,
            expiration_date,
            description,
            created_at,
            updated_at,
            object_,
        )

        if not _KNOWN_KEYS.issuperset(d):
            simple_campaign.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return simple_campaign

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
    global ReferralProgram
    global SimpleCampaignVoucher
    from ..models.category import Category
    from ..models.referral_program import ReferralProgram
    from ..models.simple_campaign_voucher import SimpleCampaignVoucher

    _unbound = False
