from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class ReferralProgramRefereeRewardRelatedObjectParent(Model):
    """`ReferralProgramRefereeRewardRelatedObjectParent` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    id: str | None = None
    """ Unique identifier of the reward source. """
    name: str | None = None
    """ Name of the reward source. """
    object: str | None = None
    """ Type of resource represented by the source of the reward. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "object",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "object": "CAMPAIGN",
    }


ReferralProgramRefereeRewardRelatedObjectParentDict = TypedDict(
    "ReferralProgramRefereeRewardRelatedObjectParentDict",
    {
        "id": "str | None",
        "name": "str | None",
        "object": "Literal['CAMPAIGN']",
    },
    total=False,
)
"""ReferralProgramRefereeRewardRelatedObjectParent as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
