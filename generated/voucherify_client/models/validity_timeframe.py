from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class ValidityTimeframe(Model):
    """Set recurrent time periods when the earning rule is valid. For example, valid for 1 hour every other
    day.`start_date` **required** when including the `validity_timeframe`.

    """

    duration: str | None = None
    """ Defines the amount of time an earning rule will be active in ISO 8601 format. For example, an earning rule
    with a `duration` of `PT1H` will be valid for a duration of one hour. """
    interval: str | None = None
    """ Defines the intervening time between two time points in ISO 8601 format, expressed as a duration. For
    example, an earning rule with an `interval` of `P2D` will be valid every other day. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "duration",
        "interval",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


ValidityTimeframeDict = TypedDict(
    "ValidityTimeframeDict",
    {
        "duration": "str | None",
        "interval": "str | None",
    },
    total=False,
)
"""ValidityTimeframe as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
