from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class ReferralProgramCustomEvent(Model):
    """`ReferralProgramCustomEvent` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    id: str | None = None
    """ Unique custom event ID. """
    name: str | None = None
    """ Custom event name. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


ReferralProgramCustomEventDict = TypedDict(
    "ReferralProgramCustomEventDict",
    {
        "id": "str | None",
        "name": "str | None",
    },
    total=False,
)
"""ReferralProgramCustomEvent as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
