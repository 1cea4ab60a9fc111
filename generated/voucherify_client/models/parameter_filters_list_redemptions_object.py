from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class ParameterFiltersListRedemptionsObject(Model):
    """`ParameterFiltersListRedemptionsObject` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    conditions: FilterConditionsString | None = None
    """ Data filters used to narrow down the data records to be returned in the result. """

    __vf_fields__: ClassVar[tuple[str, ...]] = ("conditions",)
    __vf_consts__: ClassVar[dict[str, Any]] = {}


ParameterFiltersListRedemptionsObjectDict = TypedDict(
    "ParameterFiltersListRedemptionsObjectDict",
    {
        "conditions": "FilterConditionsStringDict",
    },
    total=False,
)
"""ParameterFiltersListRedemptionsObject as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.filter_conditions_string import FilterConditionsString, FilterConditionsStringDict
