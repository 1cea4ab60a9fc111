from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class SimplePromotionTier(Model):
    """Simplified promotion tier data."""

    id: str | None = None
    """ Unique promotion tier ID. """
    name: str | None = None
    """ Name of the promotion tier. """
    banner: str | None = None
    """ Text to be displayed to your customers on your website. """
    campaign: SimplePromotionTierCampaign | None = None
    metadata: Any | None = None
    """ A set of custom key/value pairs that you can attach to a promotion tier. The metadata object stores all
    custom attributes assigned to the promotion tier. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "banner",
        "campaign",
        "metadata",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


SimplePromotionTierDict = TypedDict(
    "SimplePromotionTierDict",
    {
        "id": "str | None",
        "name": "str | None",
        "banner": "str | None",
        "campaign": "SimplePromotionTierCampaignDict | None",
        "metadata": "Any",
    },
    total=False,
)
"""SimplePromotionTier as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.simple_promotion_tier_campaign import SimplePromotionTierCampaign, SimplePromotionTierCampaignDict
