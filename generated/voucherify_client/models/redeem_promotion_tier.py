from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class RedeemPromotionTier(Model):
    """Validate or redeem a promotion tier."""

    object: str | None = None
    """ Redeemable object type. """
    id: str | None = None
    """ Promotion tier unique id, such as: promo_Mwy9XpA0TLctSGriM5kum0qp """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "object",
        "id",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "object": "promotion_tier",
    }


RedeemPromotionTierDict = TypedDict(
    "RedeemPromotionTierDict",
    {
        "object": "Required[Literal['promotion_tier']]",
        "id": "Required[str]",
    },
    total=False,
)
"""RedeemPromotionTier as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
