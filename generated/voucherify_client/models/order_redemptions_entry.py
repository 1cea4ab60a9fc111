from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class OrderRedemptionsEntry(Model):
    """`OrderRedemptionsEntry` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    date: datetime.datetime | None = None
    """ Timestamp representing the date and time when the redemption was created. The value is shown in the ISO 8601
    format. """
    rollback_id: str | None = None
    """ Unique ID of the redemption rollback. """
    rollback_date: datetime.datetime | None = None
    """ Timestamp representing the date and time when the redemption rollback was created. The value is shown in the
    ISO 8601 format. """
    related_object_type: str | None = None
    """ The source of the incentive. """
    related_object_id: str | None = None
    """ Unique ID of the parent redemption. """
    related_object_parent_id: str | None = None
    """ Represent's the campaign ID of the voucher if the redemption was based on a voucher that was part of bulk
    codes generated within a campaign. In case of a promotion tier, this represents the campaign ID of the promotion
    tier's parent campaign. """
    stacked: list[str] | None = None
    """ Contains a list of unique IDs of child redemptions, which belong to the stacked incentives. """
    rollback_stacked: list[str] | None = None
    """ Lists the rollback redemption IDs of the particular child redemptions. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "date",
        "rollback_id",
        "rollback_date",
        "related_object_type",
        "related_object_id",
        "related_object_parent_id",
        "stacked",
        "rollback_stacked",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


OrderRedemptionsEntryDict = TypedDict(
    "OrderRedemptionsEntryDict",
    {
        "date": "datetime.datetime | str | None",
        "rollback_id": "str | None",
        "rollback_date": "datetime.datetime | str | None",
        "related_object_type": "str | None",
        "related_object_id": "str | None",
        "related_object_parent_id": "str | None",
        "stacked": "list[str] | None",
        "rollback_stacked": "list[str] | None",
    },
    total=False,
)
"""OrderRedemptionsEntry as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
