from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class RedeemGiftCardGift(Model):
    """`RedeemGiftCardGift` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    credits: int | None = None
    """ The number of credits that the user wants to use from the gift card to fulfill the order. The value of
    credits cannot be higher than the current balance on the gift card. The value is multiplied by 100 to represent
    2 decimal places. For example `10000 cents` for `$100.00`. """

    __vf_fields__: ClassVar[tuple[str, ...]] = ("credits",)
    __vf_consts__: ClassVar[dict[str, Any]] = {}


RedeemGiftCardGiftDict = TypedDict(
    "RedeemGiftCardGiftDict",
    {
        "credits": "int",
    },
    total=False,
)
"""RedeemGiftCardGift as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
