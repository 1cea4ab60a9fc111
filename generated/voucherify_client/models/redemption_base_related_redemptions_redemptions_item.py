from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class RedemptionBaseRelatedRedemptionsRedemptionsItem(Model):
    """`RedemptionBaseRelatedRedemptionsRedemptionsItem` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    id: str | None = None
    """ Unique redemption ID. """
    date: datetime.datetime | None = None
    """ Timestamp representing the date and time when the object was created. The value is shown in the ISO 8601
    format. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "id",
        "date",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


RedemptionBaseRelatedRedemptionsRedemptionsItemDict = TypedDict(
    "RedemptionBaseRelatedRedemptionsRedemptionsItemDict",
    {
        "id": "str | None",
        "date": "datetime.datetime | str | None",
    },
    total=False,
)
"""RedemptionBaseRelatedRedemptionsRedemptionsItem as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
