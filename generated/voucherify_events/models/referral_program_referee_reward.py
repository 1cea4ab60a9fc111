from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class ReferralProgramRefereeReward(Model):
    """`ReferralProgramRefereeReward` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    related_object_parent: ReferralProgramRefereeRewardRelatedObjectParent | None = None
    """ Details of the resource from which the reward originates. """
    type: str | None = None
    """ Type of reward. """
    amount: str | None = None
    """ Define the number of `points` to add to a loyalty card or `credits` to the balance on a gift card. In case
    of the gift card, the value is multiplied by 100 to precisely represent 2 decimal places. For example, $100
    amount is written as 10000. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "related_object_parent",
        "type",
        "amount",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


ReferralProgramRefereeRewardDict = TypedDict(
    "ReferralProgramRefereeRewardDict",
    {
        "related_object_parent": "ReferralProgramRefereeRewardRelatedObjectParentDict | None",
        "type": "str | None",
        "amount": "str | None",
    },
    total=False,
)
"""ReferralProgramRefereeReward as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.referral_program_referee_reward_related_object_parent import (
    ReferralProgramRefereeRewardRelatedObjectParent,
    ReferralProgramRefereeRewardRelatedObjectParentDict,
)
