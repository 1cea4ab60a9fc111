from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class Field4ObjRewardObjectParametersCOIN(Model):
    """These are parameters representing a Pay with Points (COIN) reward."""

    coin: Field4ObjRewardObjectParametersCOINCoin | None = None
    """ Defines the ratio by mapping the number of loyalty points in `points_ratio` to a predefined cash amount in
    `exchange_ratio`. """

    __vf_fields__: ClassVar[tuple[str, ...]] = ("coin",)
    __vf_consts__: ClassVar[dict[str, Any]] = {}


Field4ObjRewardObjectParametersCOINDict = TypedDict(
    "Field4ObjRewardObjectParametersCOINDict",
    {
        "coin": "Field4ObjRewardObjectParametersCOINCoinDict | None",
    },
    total=False,
)
"""Field4ObjRewardObjectParametersCOIN as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.field_4_obj_reward_object_parameters_coin_coin import (
    Field4ObjRewardObjectParametersCOINCoin,
    Field4ObjRewardObjectParametersCOINCoinDict,
)
