from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class ReferralProgram(Model):
    """Defines the referee reward and the way a referral is triggered. Context: `REFERRAL_PROGRAM`."""

    conversion_event_type: str | None = None
    """ Defines how a referral is triggered. """
    custom_event: ReferralProgramCustomEvent | None = None
    """ Contains details about the custom event. """
    referee_reward: ReferralProgramRefereeReward | None = None
    """ Defines the referee reward. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "conversion_event_type",
        "custom_event",
        "referee_reward",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


ReferralProgramDict = TypedDict(
    "ReferralProgramDict",
    {
        "conversion_event_type": "str | None",
        "custom_event": "ReferralProgramCustomEventDict | None",
        "referee_reward": "ReferralProgramRefereeRewardDict | None",
    },
    total=False,
)
"""ReferralProgram as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.referral_program_custom_event import ReferralProgramCustomEvent, ReferralProgramCustomEventDict
from ..models.referral_program_referee_reward import ReferralProgramRefereeReward, ReferralProgramRefereeRewardDict
