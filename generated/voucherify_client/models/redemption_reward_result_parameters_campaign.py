from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class RedemptionRewardResultParametersCampaign(Model):
    """`RedemptionRewardResultParametersCampaign` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    id: str | None = None
    """ Campaign unique ID. """
    balance: int | None = None
    """ Points available for reward redemption. This is calculated as follows: `balance` = `points` -
    `expired_points` - `subtracted_points` - `redemption.redeemed_points`. """
    type: str | None = None
    """ Defines the type of the campaign. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "id",
        "balance",
        "type",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


RedemptionRewardResultParametersCampaignDict = TypedDict(
    "RedemptionRewardResultParametersCampaignDict",
    {
        "id": "str | None",
        "balance": "int | None",
        "type": "str | None",
    },
    total=False,
)
"""RedemptionRewardResultParametersCampaign as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
