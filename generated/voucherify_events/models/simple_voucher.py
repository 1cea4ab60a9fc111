from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simple_voucher_type import SimpleVoucherType
from ..types import PARSE_ERRORS, UNSET, Unset, format_datetime, parse_datetime

_SimpleVoucherType_values = SimpleVoucherType._value2member_map_

if TYPE_CHECKING:
    from ..models.category import Category
    from ..models.discount_amount import DiscountAmount
    from ..models.discount_fixed import DiscountFixed
    from ..models.discount_percent import DiscountPercent
    from ..models.discount_unit import DiscountUnit
    from ..models.discount_unit_multiple import DiscountUnitMultiple
    from ..models.gift import Gift
    from ..models.simple_loyalty_card import SimpleLoyaltyCard
    from ..models.simple_voucher_redemption import SimpleVoucherRedemption


T = TypeVar("T", bound="SimpleVoucher")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "code",
        "gift",
        "discount",
        "loyalty_card",
        "type",
        "campaign",
        "campaign_id",
        "is_referral_code",
        "holder_id",
        "referrer_id",
        "category_id",
        "categories",
        "active",
        "created_at",
        "updated_at",
        "redemption",
        "start_date",
        "expiration_date",
        "metadata",
        "object",
    }
)


@_attrs_define
class SimpleVoucher:
    """Simplified voucher data."""

    id: None | str | Unset = UNSET
    """ A unique identifier that represents the voucher assigned by Voucherify. """
    code: None | str | Unset = UNSET
    """ Voucher code. """
    gift: Gift | None | Unset = UNSET
    """ Gift object response. """
    discount: DiscountAmount | DiscountFixed | DiscountPercent | DiscountUnit | DiscountUnitMultiple | None | Unset = (
        UNSET
    )
    loyalty_card: SimpleLoyaltyCard | Unset = UNSET
    """ Simplified loyalty card data. """
    type_: None | SimpleVoucherType | Unset = UNSET
    """ Type of the voucher. """
    campaign: None | str | Unset = UNSET
    """ Campaign name. """
    campaign_id: None | str | Unset = UNSET
    """ Campaign unique ID. """
    is_referral_code: bool | None | Unset = UNSET
    """ Flag indicating whether this voucher is a referral code; `true` for campaign type `REFERRAL_PROGRAM`. """
    holder_id: None | str | Unset = UNSET
    """ Unique customer identifier of the redeemable holder. It equals to the customer ID assigned by Voucherify.
    """
    referrer_id: None | str | Unset = UNSET
    """ Unique identifier of the referrer assigned by Voucherify. """
    category_id: None | str | Unset = UNSET
    """ Unique identifier of the category that this voucher belongs to. """
    categories: list[Category] | None | Unset = UNSET
    """ Contains details about the category. """
    active: bool | None | Unset = UNSET
    """ Shows whether the voucher is on or off. `true` indicates an *active* voucher and `false` indicates an
    *inactive* voucher. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp representing the date and time when the order was created in the ISO 8601 format. """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp representing the date and time when the order was created. The value is shown in the ISO 8601
    format. """
    redemption: None | SimpleVoucherRedemption | Unset = UNSET
    """ Defines the redemption limits on vouchers. """
    start_date: datetime.datetime | None | Unset = UNSET
    """ Activation timestamp defines when the code starts to be active in ISO 8601 format. Voucher is *inactive
    before* this date. """
    expiration_date: datetime.datetime | None | Unset = UNSET
    """ Expiration timestamp defines when the code expires in ISO 8601 format.  Voucher is *inactive after* this
    date. """
    metadata: Any | Unset = UNSET
    """ A set of custom key/value pairs that you can attach to a voucher. The metadata object stores all custom
    attributes assigned to the voucher. """
    object_: Literal["voucher"] | Unset = "voucher"
    """ The type of the object represented by JSON. """
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

        gift: dict[str, Any] | None | Unset
        if isinstance(self.gift, Unset):
            gift = UNSET
        elif isinstance(self.gift, Gift):
            gift = self.gift.to_dict() if isinstance(self.gift, Gift) else self.gift

        else:
            gift = self.gift

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

        loyalty_card: dict[str, Any] | Unset = UNSET
        if isinstance(self.loyalty_card, SimpleLoyaltyCard):
            loyalty_card = self.loyalty_card.to_dict()
        elif not isinstance(self.loyalty_card, Unset):
            loyalty_card = self.loyalty_card

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, SimpleVoucherType):
            type_ = self.type_.value if isinstance(self.type_, SimpleVoucherType) else self.type_

        else:
            type_ = self.type_

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

        is_referral_code: bool | None | Unset
        if isinstance(self.is_referral_code, Unset):
            is_referral_code = UNSET
        else:
            is_referral_code = self.is_referral_code

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

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

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

        redemption: dict[str, Any] | None | Unset
        if isinstance(self.redemption, Unset):
            redemption = UNSET
        elif isinstance(self.redemption, SimpleVoucherRedemption):
            redemption = (
                self.redemption.to_dict() if isinstance(self.redemption, SimpleVoucherRedemption) else self.redemption
            )

        else:
            redemption = self.redemption

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

        metadata = self.metadata

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if code is not UNSET:
            field_dict["code"] = code
        if gift is not UNSET:
            field_dict["gift"] = gift
        if discount is not UNSET:
            field_dict["discount"] = discount
        if loyalty_card is not UNSET:
            field_dict["loyalty_card"] = loyalty_card
        if type_ is not UNSET:
            field_dict["type"] = type_
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if is_referral_code is not UNSET:
            field_dict["is_referral_code"] = is_referral_code
        if holder_id is not UNSET:
            field_dict["holder_id"] = holder_id
        if referrer_id is not UNSET:
            field_dict["referrer_id"] = referrer_id
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if categories is not UNSET:
            field_dict["categories"] = categories
        if active is not UNSET:
            field_dict["active"] = active
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if redemption is not UNSET:
            field_dict["redemption"] = redemption
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        id = d.get("id", UNSET)

        code = d.get("code", UNSET)

        try:
            _gift = d.get("gift", UNSET)
            gift: Gift | None | Unset
            if _gift is UNSET:
                gift = UNSET
            elif _gift is None:
                gift = None
            else:
                gift_type_0 = Gift.from_dict(_gift)

                gift = gift_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            gift = d.get("gift", UNSET)

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
            _loyalty_card = d.get("loyalty_card", UNSET)
            loyalty_card: SimpleLoyaltyCard | Unset
            if _loyalty_card is UNSET:
                loyalty_card = UNSET
            else:
                loyalty_card = SimpleLoyaltyCard.from_dict(_loyalty_card)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            loyalty_card = d.get("loyalty_card", UNSET)

        try:
            _type_ = d.get("type", UNSET)
            type_: None | SimpleVoucherType | Unset
            if _type_ is UNSET:
                type_ = UNSET
            elif _type_ is None:
                type_ = None
            else:
                type_type_0 = _SimpleVoucherType_values.get(_type_) or SimpleVoucherType(_type_)

                type_ = type_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            type_ = d.get("type", UNSET)

        campaign = d.get("campaign", UNSET)

        campaign_id = d.get("campaign_id", UNSET)

        is_referral_code = d.get("is_referral_code", UNSET)

        holder_id = d.get("holder_id", UNSET)

        referrer_id = d.get("referrer_id", UNSET)

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

        active = d.get("active", UNSET)

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

        try:
            _redemption = d.get("redemption", UNSET)
            redemption: None | SimpleVoucherRedemption | Unset
            if _redemption is UNSET:
                redemption = UNSET
            elif _redemption is None:
                redemption = None
            else:
                redemption_type_0 = SimpleVoucherRedemption.from_dict(_redemption)

                redemption = redemption_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            redemption = d.get("redemption", UNSET)

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

        metadata = d.get("metadata", UNSET)

        object_ = d.get("object", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        simple_voucher = cls(
            id,
            code,
            gift,
            discount,
            loyalty_card,
            type_,
            campaign,
            campaign_id,
            is_referral_code,
            holder_id,
            referrer_id,
            category_id,
            categories,
            active,
            created_at,
            updated_at,
            redemption,
            start_date,
            expiration_date,
            metadata,
            object_,
        )

        if not _KNOWN_KEYS.issuperset(d):
            simple_voucher.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return simple_voucher

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
    global Gift
    global SimpleLoyaltyCard
    global SimpleVoucherRedemption
    from ..models.category import Category
    from ..models.discount_amount import DiscountAmount
    from ..models.discount_fixed import DiscountFixed
    from ..models.discount_percent import DiscountPercent
    from ..models.discount_unit import DiscountUnit
    from ..models.discount_unit_multiple import DiscountUnitMultiple
    from ..models.gift import Gift
    from ..models.simple_loyalty_card import SimpleLoyaltyCard
    from ..models.simple_voucher_redemption import SimpleVoucherRedemption

    _unbound = False
