from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class SimpleCampaign(Model):
    """Simplified campaign data."""

    id: str | None = None
    """ Campaign ID. """
    name: str | None = None
    """ Campaign name. """
    campaign_type: str | None = None
    """ Type of campaign. """
    type: str | None = None
    """ Defines whether the campaign can be updated with new vouchers after campaign creation or if the campaign
    consists of standalone vouchers.

    - `AUTO_UPDATE`: the campaign is dynamic, i.e. vouchers will generate based on set criteria
    -  `STATIC`: vouchers need to be manually published
    - `STANDALONE`: campaign for single vouchers """
    is_referral_code: bool | None = None
    """ Flag indicating whether this voucher is a referral code; `true` for campaign type `REFERRAL_PROGRAM`. """
    voucher: SimpleCampaignVoucher | None = None
    referral_program: ReferralProgram | None = None
    auto_join: bool | None = None
    """ Indicates whether customers will be able to auto-join the campaign if any earning rule is fulfilled. """
    join_once: bool | None = None
    """ If this value is set to `true`, customers will be able to join the campaign only once. It is always `false`
    for standalone voucher campaigns and it cannot be changed in them. It is always `true` for loyalty campaigns.
    """
    active: bool | None = None
    """ Indicates whether the campaign is active. """
    category_id: str | None = None
    """ The unique category ID that this campaign belongs to. """
    category: str | None = None
    """ Unique category name. """
    categories: list[Category] | None = None
    """ Contains details about the category. """
    metadata: Any | None = None
    """ A set of custom key/value pairs that you can attach to a campaign. The metadata object stores all custom
    attributes assigned to the campaign. """
    start_date: datetime.datetime | None = None
    """ Activation timestamp defines when the campaign starts to be active in ISO 8601 format. Campaign is inactive
    *before* this date.  """
    expiration_date: datetime.datetime | None = None
    """ Expiration timestamp defines when the campaign expires in ISO 8601 format.  Campaign is inactive *after*
    this date. """
    description: str | None = None
    """ An optional field to keep extra textual information about the campaign such as a campaign description and
    details. """
    created_at: datetime.datetime | None = None
    """ Timestamp representing the date and time when the campaign was created. The value is shown in the ISO 8601
    format. """
    updated_at: datetime.datetime | None = None
    """ Timestamp representing the date and time when the campaign was updated in the ISO 8601 format. """
    object: str | None = None
    """ The type of the object represented by JSON. This object stores information about the campaign. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
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
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "object": "campaign",
    }


SimpleCampaignDict = TypedDict(
    "SimpleCampaignDict",
    {
        "id": "str | None",
        "name": "str | None",
        "campaign_type": "str | None",
        "type": "str | None",
        "is_referral_code": "bool | None",
        "voucher": "SimpleCampaignVoucherDict | None",
        "referral_program": "ReferralProgramDict | None",
        "auto_join": "bool | None",
        "join_once": "bool | None",
        "active": "bool | None",
        "category_id": "str | None",
        "category": "str | None",
        "categories": "list[CategoryDict] | None",
        "metadata": "Any",
        "start_date": "datetime.datetime | str | None",
        "expiration_date": "datetime.datetime | str | None",
        "description": "str | None",
        "created_at": "datetime.datetime | str | None",
        "updated_at": "datetime.datetime | str | None",
        "object": "Literal['campaign']",
    },
    total=False,
)
"""SimpleCampaign as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.category import Category, CategoryDict
from ..models.referral_program import ReferralProgram, ReferralProgramDict
from ..models.simple_campaign_voucher import SimpleCampaignVoucher, SimpleCampaignVoucherDict
