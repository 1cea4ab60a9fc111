from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class VoucherBaseLoyaltyCard(Model):
    """`VoucherBaseLoyaltyCard` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    points: int | None = None
    """ Total number of points added to the loyalty card over its lifespan. """
    balance: int | None = None
    """ Points available for reward redemption. This is calculated as follows: `balance` = `points` -
    `expired_points` - `subtracted_points` - `redemption.redeemed_points`. """
    next_expiration_date: datetime.date | None = None
    """ The next closest date when the next set of points are due to expire. """
    next_expiration_points: int | None = None
    """ The amount of points that are set to expire next. """
    pending_points: int | None = None
    """ Shows the number of pending points that will be added to the loyalty card when they are activated
    automatically or manually. """
    expired_points: int | None = None
    """ Shows the total number of expired points over the lifetime of the loyalty card. """
    subtracted_points: int | None = None
    """ Shows the total number of subtracted points over the lifetime of the loyalty card. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "points",
        "balance",
        "next_expiration_date",
        "next_expiration_points",
        "pending_points",
        "expired_points",
        "subtracted_points",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


VoucherBaseLoyaltyCardDict = TypedDict(
    "VoucherBaseLoyaltyCardDict",
    {
        "points": "int | None",
        "balance": "int | None",
        "next_expiration_date": "datetime.date | str | None",
        "next_expiration_points": "int | None",
        "pending_points": "int | None",
        "expired_points": "int | None",
        "subtracted_points": "int | None",
    },
    total=False,
)
"""VoucherBaseLoyaltyCard as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
