from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class VoucherBaseGift(Model):
    """`VoucherBaseGift` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    amount: int | None = None
    """ Total gift card income over the lifetime of the card. The value is multiplied by 100 to represent 2 decimal
    places. For example `10000 cents` for `$100.00`. """
    subtracted_amount: int | None = None
    """ Total amount of subtracted credits over the gift card lifetime. The value is multiplied by 100 to represent
    2 decimal places. For example `10000 cents` for `$100.00`. """
    balance: int | None = None
    """ Available funds. The value is multiplied by 100 to represent 2 decimal places. For example `10000 cents` for
    `$100.00`. """
    effect: str | None = None
    """ Defines how the credits are applied to the customer's order. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "amount",
        "subtracted_amount",
        "balance",
        "effect",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


VoucherBaseGiftDict = TypedDict(
    "VoucherBaseGiftDict",
    {
        "amount": "int | None",
        "subtracted_amount": "int | None",
        "balance": "int | None",
        "effect": "str | None",
    },
    total=False,
)
"""VoucherBaseGift as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
