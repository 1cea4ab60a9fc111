from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class ValidityHoursDailyItem(Model):
    """`ValidityHoursDailyItem` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    start_time: str | None = None
    """ Defines the starting hour of validity in the HH:mm format. The resource is *inactive before* this time. """
    days_of_week: list[int] | None = None
    """ Integer array corresponding to the particular days of the week in which the resource is valid.

    - `0` Sunday
    - `1` Monday
    - `2` Tuesday
    - `3`  Wednesday
    - `4` Thursday
    - `5` Friday
    - `6` Saturday """
    expiration_time: str | None = None
    """ Defines the ending hour of validity in the HH:mm format. The resource is *inactive after* this time. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "start_time",
        "days_of_week",
        "expiration_time",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


ValidityHoursDailyItemDict = TypedDict(
    "ValidityHoursDailyItemDict",
    {
        "start_time": "str | None",
        "days_of_week": "list[int] | None",
        "expiration_time": "str | None",
    },
    total=False,
)
"""ValidityHoursDailyItem as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
