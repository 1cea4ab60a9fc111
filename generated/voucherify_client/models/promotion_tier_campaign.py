from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class PromotionTierCampaign(Model):
    """`PromotionTierCampaign` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    id: str | None = None
    """ Unique campaign ID. """
    start_date: datetime.datetime | None = None
    """ Activation timestamp defines when the campaign starts to be active in ISO 8601 format. Campaign is *inactive
    before* this date.  """
    expiration_date: datetime.datetime | None = None
    """ Expiration timestamp defines when the campaign expires in ISO 8601 format.  Campaign is *inactive after*
    this date. """
    validity_timeframe: ValidityTimeframe | None = None
    validity_day_of_week: list[int] | None = None
    validity_hours: ValidityHours | None = None
    active: bool | None = None
    """ A flag indicating whether the campaign is active or not active. A campaign can be disabled even though it's
    within the active period defined by the `start_date` and `expiration_date` using the [Disable Campaign](/api-
    reference/disable-campaign) endpoint.

    - `true` indicates an *active* campaign
    - `false` indicates an *inactive* campaign """
    category_id: str | None = None
    """ Unique category ID that this campaign belongs to. """
    object: str | None = None
    """ The type of the object represented by the campaign object. This object stores information about the
    campaign. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "id",
        "start_date",
        "expiration_date",
        "validity_timeframe",
        "validity_day_of_week",
        "validity_hours",
        "active",
        "category_id",
        "object",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


PromotionTierCampaignDict = TypedDict(
    "PromotionTierCampaignDict",
    {
        "id": "str | None",
        "start_date": "datetime.datetime | str | None",
        "expiration_date": "datetime.datetime | str | None",
        "validity_timeframe": "ValidityTimeframeDict | None",
        "validity_day_of_week": "list[int] | None",
        "validity_hours": "ValidityHoursDict | None",
        "active": "bool | None",
        "category_id": "str | None",
        "object": "str | None",
    },
    total=False,
)
"""PromotionTierCampaign as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.validity_hours import ValidityHours, ValidityHoursDict
from ..models.validity_timeframe import ValidityTimeframe, ValidityTimeframeDict
