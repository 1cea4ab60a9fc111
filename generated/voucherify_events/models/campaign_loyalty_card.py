from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class CampaignLoyaltyCard(Model):
    """Schema model for a campaign loyalty card."""

    points: int | None = None
    """ The initial number of points to assign to the loyalty card. This is the current loyalty card score i.e. the
    number of loyalty points on the card. """
    expiration_rules: CampaignLoyaltyCardExpirationRules | None = None
    """ Defines the loyalty point expiration rule. This expiration rule applies when there are no `expiration_rules`
    defined for an earning rule. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "points",
        "expiration_rules",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


CampaignLoyaltyCardDict = TypedDict(
    "CampaignLoyaltyCardDict",
    {
        "points": "int | None",
        "expiration_rules": "CampaignLoyaltyCardExpirationRulesDict | None",
    },
    total=False,
)
"""CampaignLoyaltyCard as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.campaign_loyalty_card_expiration_rules import (
    CampaignLoyaltyCardExpirationRules,
    CampaignLoyaltyCardExpirationRulesDict,
)
