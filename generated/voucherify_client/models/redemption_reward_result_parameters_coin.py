from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class RedemptionRewardResultParametersCoin(Model):
    """`RedemptionRewardResultParametersCoin` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    exchange_ratio: int | None = None
    """ The cash equivalent of the points defined in the `points_ratio` property. """
    points_ratio: int | None = None
    """ The number of loyalty points that will map to the predefined cash amount defined by the `exchange_ratio`
    property. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "exchange_ratio",
        "points_ratio",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


RedemptionRewardResultParametersCoinDict = TypedDict(
    "RedemptionRewardResultParametersCoinDict",
    {
        "exchange_ratio": "int | None",
        "points_ratio": "int | None",
    },
    total=False,
)
"""RedemptionRewardResultParametersCoin as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
