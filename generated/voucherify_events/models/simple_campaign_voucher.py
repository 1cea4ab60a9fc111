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
class SimpleCampaignVoucher(Model):
    """Simplified campaign voucher data."""

    type: str | None = None
    """ Type of the voucher. """
    discount: _discount | None = None
    """ Defines the voucher discount type and details. It will not be returned at all or it will return a `null` for
    `LOYALTY_CARD`. """
    gift: Gift | None = None
    """ Defines the voucher gift details. It will not be returned at all or it will return a `null` for
    `LOYALTY_CARD`. """
    loyalty_card: CampaignLoyaltyCard | None = None
    """ Defines the voucher loyalty card details.  It will not be returned at all or it will return a `null` for
    `DISCOUNT_VOUCHER` or `GIFT_CARD`. """
    redemption: SimpleVoucherRedemption | None = None
    """ Defines the redemption limits on vouchers. """
    code_config: CodeConfig | None = None

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "type",
        "discount",
        "gift",
        "loyalty_card",
        "redemption",
        "code_config",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


SimpleCampaignVoucherDict = TypedDict(
    "SimpleCampaignVoucherDict",
    {
        "type": "str | None",
        "discount": "DiscountAmountDict | DiscountUnitDict | DiscountUnitMultipleDict | DiscountPercentDict | DiscountFixedDict | None",
        "gift": "GiftDict | None",
        "loyalty_card": "CampaignLoyaltyCardDict | None",
        "redemption": "SimpleVoucherRedemptionDict | None",
        "code_config": "CodeConfigDict | None",
    },
    total=False,
)
"""SimpleCampaignVoucher as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.campaign_loyalty_card import CampaignLoyaltyCard, CampaignLoyaltyCardDict
from ..models.code_config import CodeConfig, CodeConfigDict
from ..models.discount_amount import DiscountAmount, DiscountAmountDict
from ..models.discount_fixed import DiscountFixed, DiscountFixedDict
from ..models.discount_percent import DiscountPercent, DiscountPercentDict
from ..models.discount_unit import DiscountUnit, DiscountUnitDict
from ..models.discount_unit_multiple import DiscountUnitMultiple, DiscountUnitMultipleDict
from ..models.gift import Gift, GiftDict
from ..models.simple_voucher_redemption import SimpleVoucherRedemption, SimpleVoucherRedemptionDict
