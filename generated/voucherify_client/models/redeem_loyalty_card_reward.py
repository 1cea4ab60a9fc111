from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class RedeemLoyaltyCardReward(Model):
    """`RedeemLoyaltyCardReward` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    id: str | None = None
    """ Unique reward ID assigned by Voucherify. The reward must be assigned to the campaign in order for the user
    to be able to use the reward. """
    points: int | None = None
    """ The number of loyalty points that the user wants to spend in order to fulfill the order using a **pay with
    points** reward. The number of points cannot be higher than the current balance on the loyalty card. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "id",
        "points",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


RedeemLoyaltyCardRewardDict = TypedDict(
    "RedeemLoyaltyCardRewardDict",
    {
        "id": "str",
        "points": "int",
    },
    total=False,
)
"""RedeemLoyaltyCardReward as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
