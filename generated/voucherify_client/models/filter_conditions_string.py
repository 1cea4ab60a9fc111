from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class FilterConditionsString(Model):
    """Data filters used to narrow down the data records to be returned in the result."""

    in_: list[str] | None = None
    """ Array of resource values that should be included in the results (multiple values). """
    not_in: list[str] | None = None
    """ Array of resource values that should be included in the results (multiple values). """
    is_: str | None = None
    """ Value is exactly this value (single value). """
    is_not: str | None = None
    """ Results omit this value (single value). """
    has_value: str | None = None
    """ Value is NOT null. The value for this parameter is an empty string. """
    is_unknown: str | None = None
    """ Value is null. The value for this parameter is an empty string. """
    starts_with: str | None = None
    """ Value starts with the specified string. """
    ends_with: str | None = None
    """ Value ends with the specified string. """
    contains: str | None = None
    """ Value includes the specified string. """
    not_contain: str | None = None
    """ Value does NOT include the specified string. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "$in",
        "$not_in",
        "$is",
        "$is_not",
        "$has_value",
        "$is_unknown",
        "$starts_with",
        "$ends_with",
        "$contains",
        "$not_contain",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


FilterConditionsStringDict = TypedDict(
    "FilterConditionsStringDict",
    {
        "$in": "list[str]",
        "$not_in": "list[str]",
        "$is": "str",
        "$is_not": "str",
        "$has_value": "str",
        "$is_unknown": "str",
        "$starts_with": "str",
        "$ends_with": "str",
        "$contains": "str",
        "$not_contain": "str",
    },
    total=False,
)
"""FilterConditionsString as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
