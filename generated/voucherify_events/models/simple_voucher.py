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
class SimpleVoucher(Model):
    """Simplified voucher data."""

    id: str | None = None
    """ A unique identifier that represents the voucher assigned by Voucherify. """
    code: str | None = None
    """ Voucher code. """
    gift: Gift | None = None
    """ Gift object response. """
    discount: _discount | None = None
    loyalty_card: SimpleLoyaltyCard | None = None
    """ Simplified loyalty card data. """
    type: str | None = None
    """ Type of the voucher. """
    campaign: str | None = None
    """ Campaign name. """
    campaign_id: str | None = None
    """ Campaign unique ID. """
    is_referral_code: bool | None = None
    """ Flag indicating whether this voucher is a referral code; `true` for campaign type `REFERRAL_PROGRAM`. """
    holder_id: str | None = None
    """ Unique customer identifier of the redeemable holder. It equals to the customer ID assigned by Voucherify.
    """
    referrer_id: str | None = None
    """ Unique identifier of the referrer assigned by Voucherify. """
    category_id: str | None = None
    """ Unique identifier of the category that this voucher belongs to. """
    categories: list[Category] | None = None
    """ Contains details about the category. """
    active: bool | None = None
    """ Shows whether the voucher is on or off. `true` indicates an *active* voucher and `false` indicates an
    *inactive* voucher. """
    created_at: datetime.datetime | None = None
    """ Timestamp representing the date and time when the order was created in the ISO 8601 format. """
    updated_at: datetime.datetime | None = None
    """ Timestamp representing the date and time when the order was created. The value is shown in the ISO 8601
    format. """
    redemption: SimpleVoucherRedemption | None = None
    """ Defines the redemption limits on vouchers. """
    start_date: datetime.datetime | None = None
    """ Activation timestamp defines when the code starts to be active in ISO 8601 format. Voucher is *inactive
    before* this date. """
    expiration_date: datetime.datetime | None = None
    """ Expiration timestamp defines when the code expires in ISO 8601 format.  Voucher is *inactive after* this
    date. """
    metadata: Any | None = None
    """ A set of custom key/value pairs that you can attach to a voucher. The metadata object stores all custom
    attributes assigned to the voucher. """
    object: str | None = None
    """ The type of the object represented by JSON. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
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
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "object": "voucher",
    }


SimpleVoucherDict = TypedDict(
    "SimpleVoucherDict",
    {
        "id": "str | None",
        "code": "str | None",
        "gift": "GiftDict | None",
        "discount": "DiscountAmountDict | DiscountUnitDict | DiscountUnitMultipleDict | DiscountPercentDict | DiscountFixedDict | None",
        "loyalty_card": "SimpleLoyaltyCardDict",
        "type": "str | None",
        "campaign": "str | None",
        "campaign_id": "str | None",
        "is_referral_code": "bool | None",
        "holder_id": "str | None",
        "referrer_id": "str | None",
        "category_id": "str | None",
        "categories": "list[CategoryDict] | None",
        "active": "bool | None",
        "created_at": "datetime.datetime | str | None",
        "updated_at": "datetime.datetime | str | None",
        "redemption": "SimpleVoucherRedemptionDict | None",
        "start_date": "datetime.datetime | str | None",
        "expiration_date": "datetime.datetime | str | None",
        "metadata": "Any",
        "object": "Literal['voucher']",
    },
    total=False,
)
"""SimpleVoucher as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.category import Category, CategoryDict
from ..models.discount_amount import DiscountAmount, DiscountAmountDict
from ..models.discount_fixed import DiscountFixed, DiscountFixedDict
from ..models.discount_percent import DiscountPercent, DiscountPercentDict
from ..models.discount_unit import DiscountUnit, DiscountUnitDict
from ..models.discount_unit_multiple import DiscountUnitMultiple, DiscountUnitMultipleDict
from ..models.gift import Gift, GiftDict
from ..models.simple_loyalty_card import SimpleLoyaltyCard, SimpleLoyaltyCardDict
from ..models.simple_voucher_redemption import SimpleVoucherRedemption, SimpleVoucherRedemptionDict
