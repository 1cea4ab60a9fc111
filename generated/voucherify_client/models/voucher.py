from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of

# Fields that hold one of several models: the union for type checkers, a stand-in that picks the variant at run time.
if TYPE_CHECKING:
    _discount: TypeAlias = DiscountAmount | DiscountUnit | DiscountUnitMultiple | DiscountPercent | DiscountFixed
else:
    _discount = one_of(
        globals(),
        "DiscountAmount",
        "DiscountUnit",
        "DiscountUnitMultiple",
        "DiscountPercent",
        "DiscountFixed",
    )


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class Voucher(Model):
    """`Voucher` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    id: str | None = None
    """ Assigned by the Voucherify API, identifies the voucher. """
    code: str | None = None
    """ A code that identifies a voucher. Pattern can use all letters of the English alphabet, Arabic numerals, and
    special characters. """
    campaign: str | None = None
    """ A unique campaign name, identifies the voucher's parent campaign. """
    campaign_id: str | None = None
    """ Assigned by the Voucherify API, identifies the voucher's parent campaign. """
    category: str | None = None
    """ Tag defining the category that this voucher belongs to. Useful when listing vouchers using the List Vouchers
    endpoint. """
    category_id: str | None = None
    """ Unique category ID assigned by Voucherify. """
    type: str | None = None
    """ Defines the type of the voucher.  """
    discount: _discount | None = None
    gift: VoucherBaseGift | None = None
    """ Object representing gift parameters. Child attributes are present only if `type` is `GIFT_VOUCHER`. Defaults
    to `null`. """
    loyalty_card: VoucherBaseLoyaltyCard | None = None
    """ Object representing loyalty card parameters. Child attributes are present only if `type` is `LOYALTY_CARD`.
    Defaults to `null`. """
    start_date: datetime.datetime | None = None
    """ Activation timestamp defines when the code starts to be active in ISO 8601 format. Voucher is *inactive
    before* this date.  """
    expiration_date: datetime.datetime | None = None
    """ Expiration timestamp defines when the code expires in ISO 8601 format.  Voucher is *inactive after* this
    date. """
    validity_timeframe: ValidityTimeframe | None = None
    validity_day_of_week: list[int] | None = None
    validity_hours: ValidityHours | None = None
    active: bool | None = None
    """ A flag to toggle the voucher on or off. You can disable a voucher even though it's within the active period
    defined by the `start_date` and `expiration_date`.

    - `true` indicates an *active* voucher
    - `false` indicates an *inactive* voucher """
    additional_info: str | None = None
    """ An optional field to keep any extra textual information about the code such as a code description and
    details. """
    metadata: Any | None = None
    """ The metadata object stores all custom attributes assigned to the code. A set of key/value pairs that you can
    attach to a voucher object. It can be useful for storing additional information about the voucher in a
    structured format. """
    assets: VoucherAssets | None = None
    is_referral_code: bool | None = None
    """ Flag indicating whether this voucher is a referral code; `true` for campaign type `REFERRAL_PROGRAM`. """
    created_at: datetime.datetime | None = None
    """ Timestamp representing the date and time when the voucher was created. The value is shown in the ISO 8601
    format. """
    updated_at: datetime.datetime | None = None
    """ Timestamp representing the date and time when the voucher was last updated in ISO 8601 format. """
    holder_id: str | None = None
    """ Unique customer identifier of the redeemable holder. It equals to the customer ID assigned by Voucherify.
    """
    referrer_id: str | None = None
    """ Unique identifier of the referring person. """
    object: str | None = None
    """ The type of the object represented by JSON. Default is `voucher`. """
    publish: VoucherBasePublish | None = None
    """ Stores a summary of publication events: an event counter and endpoint to return details of each event.
    Publication is an assignment of a code to a customer, e.g. through a distribution. """
    redemption: VoucherBaseRedemption | None = None
    """ Stores a summary of redemptions that have been applied to the voucher. """
    categories: list[Category] | None = None
    """ Contains details about the category. """
    validation_rules_assignments: ValidationRulesAssignmentsList | None = None
    holder: SimpleCustomer | None = None

    __vf_fields__: ClassVar[tuple[str, ...]] = (
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
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


VoucherDict = TypedDict(
    "VoucherDict",
    {
        "id": "str | None",
        "code": "str | None",
        "campaign": "str | None",
        "campaign_id": "str | None",
        "category": "str | None",
        "category_id": "str | None",
        "type": "str | None",
        "discount": "DiscountAmountDict | DiscountUnitDict | DiscountUnitMultipleDict | DiscountPercentDict | DiscountFixedDict | None",
        "gift": "VoucherBaseGiftDict | None",
        "loyalty_card": "VoucherBaseLoyaltyCardDict | None",
        "start_date": "datetime.datetime | str | None",
        "expiration_date": "datetime.datetime | str | None",
        "validity_timeframe": "ValidityTimeframeDict | None",
        "validity_day_of_week": "list[int] | None",
        "validity_hours": "ValidityHoursDict | None",
        "active": "bool | None",
        "additional_info": "str | None",
        "metadata": "Any",
        "assets": "VoucherAssetsDict | None",
        "is_referral_code": "bool | None",
        "created_at": "datetime.datetime | str | None",
        "updated_at": "datetime.datetime | str | None",
        "holder_id": "str | None",
        "referrer_id": "str | None",
        "object": "str | None",
        "publish": "VoucherBasePublishDict | None",
        "redemption": "VoucherBaseRedemptionDict | None",
        "categories": "list[CategoryDict] | None",
        "validation_rules_assignments": "ValidationRulesAssignmentsListDict | None",
        "holder": "SimpleCustomerDict | None",
    },
    total=False,
)
"""Voucher as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.category import Category, CategoryDict
from ..models.discount_amount import DiscountAmount, DiscountAmountDict
from ..models.discount_fixed import DiscountFixed, DiscountFixedDict
from ..models.discount_percent import DiscountPercent, DiscountPercentDict
from ..models.discount_unit import DiscountUnit, DiscountUnitDict
from ..models.discount_unit_multiple import DiscountUnitMultiple, DiscountUnitMultipleDict
from ..models.simple_customer import SimpleCustomer, SimpleCustomerDict
from ..models.validation_rules_assignments_list import (
    ValidationRulesAssignmentsList,
    ValidationRulesAssignmentsListDict,
)
from ..models.validity_hours import ValidityHours, ValidityHoursDict
from ..models.validity_timeframe import ValidityTimeframe, ValidityTimeframeDict
from ..models.voucher_assets import VoucherAssets, VoucherAssetsDict
from ..models.voucher_base_gift import VoucherBaseGift, VoucherBaseGiftDict
from ..models.voucher_base_loyalty_card import VoucherBaseLoyaltyCard, VoucherBaseLoyaltyCardDict
from ..models.voucher_base_publish import VoucherBasePublish, VoucherBasePublishDict
from ..models.voucher_base_redemption import VoucherBaseRedemption, VoucherBaseRedemptionDict
