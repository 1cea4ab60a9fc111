from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class SimplePromotionStack(Model):
    """Simplified promotion stack data."""

    id: str | None = None
    """ Unique identifier of the promotion stack. """
    name: str | None = None
    """ Name of the promotion stack. """
    category_id: str | None = None
    """ Unique identifier of the category of the promotion stack. """
    campaign: SimplePromotionTierCampaign | None = None
    """ Represents simplified promotion stack campaign data. """
    tiers: SimplePromotionStackTiers | None = None
    """ Contains the tier configuration. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "category_id",
        "campaign",
        "tiers",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


SimplePromotionStackDict = TypedDict(
    "SimplePromotionStackDict",
    {
        "id": "str | None",
        "name": "str | None",
        "category_id": "str | None",
        "campaign": "SimplePromotionTierCampaignDict | None",
        "tiers": "SimplePromotionStackTiersDict | None",
    },
    total=False,
)
"""SimplePromotionStack as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.simple_promotion_stack_tiers import SimplePromotionStackTiers, SimplePromotionStackTiersDict
from ..models.simple_promotion_tier_campaign import SimplePromotionTierCampaign, SimplePromotionTierCampaignDict
