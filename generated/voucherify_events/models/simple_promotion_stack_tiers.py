from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class SimplePromotionStackTiers(Model):
    """`SimplePromotionStackTiers` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    ids: list[str] | None = None
    """ Contains the list of tiers in a pre-defined sequence. """
    hierarchy_mode: str | None = None

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "ids",
        "hierarchy_mode",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "hierarchy_mode": "MANUAL",
    }


SimplePromotionStackTiersDict = TypedDict(
    "SimplePromotionStackTiersDict",
    {
        "ids": "list[str] | None",
        "hierarchy_mode": "Literal['MANUAL']",
    },
    total=False,
)
"""SimplePromotionStackTiers as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
