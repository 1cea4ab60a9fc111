from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class ValidityHours(Model):
    """Determines the hours of validity, e.g. to create a happy hours scenario."""

    daily: list[ValidityHoursDailyItem] | None = None
    """ Defines the recurring period(s) when the resource is active. The periods should not overlap. """

    __vf_fields__: ClassVar[tuple[str, ...]] = ("daily",)
    __vf_consts__: ClassVar[dict[str, Any]] = {}


ValidityHoursDict = TypedDict(
    "ValidityHoursDict",
    {
        "daily": "list[ValidityHoursDailyItemDict] | None",
    },
    total=False,
)
"""ValidityHours as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.validity_hours_daily_item import ValidityHoursDailyItem, ValidityHoursDailyItemDict
