from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class ParameterCreatedBeforeAfter(Model):
    """`ParameterCreatedBeforeAfter` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    before: datetime.datetime | None = None
    """ Timestamp representing the date and time before the voucher was created. The value is shown in the ISO 8601
    format. """
    after: datetime.datetime | None = None
    """ Timestamp representing the date and time after the voucher was created. The value is shown in the ISO 8601
    format. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "before",
        "after",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


ParameterCreatedBeforeAfterDict = TypedDict(
    "ParameterCreatedBeforeAfterDict",
    {
        "before": "datetime.datetime | str",
        "after": "datetime.datetime | str",
    },
    total=False,
)
"""ParameterCreatedBeforeAfter as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
