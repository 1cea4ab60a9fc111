from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class SimpleVoucherRedemption(Model):
    """`SimpleVoucherRedemption` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    quantity: int | None = None
    """ How many times a voucher can be redeemed. A `null` value means unlimited. """
    redeemed_quantity: int | None = None
    """ How many times a voucher has already been redeemed. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "quantity",
        "redeemed_quantity",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


SimpleVoucherRedemptionDict = TypedDict(
    "SimpleVoucherRedemptionDict",
    {
        "quantity": "int | None",
        "redeemed_quantity": "int | None",
    },
    total=False,
)
"""SimpleVoucherRedemption as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
