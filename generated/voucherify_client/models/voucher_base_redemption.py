from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class VoucherBaseRedemption(Model):
    """`VoucherBaseRedemption` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    quantity: int | None = None
    """ How many times a voucher can be redeemed. A `null` value means unlimited. """
    redeemed_quantity: int | None = None
    """ How many times a voucher has already been redeemed. """
    redeemed_points: int | None = None
    """ Total loyalty points redeemed. """
    object: str | None = None
    """ The type of the object represented is by default `list`. To get this list, you need to make a call to the
    endpoint returned in the url attribute. """
    url: str | None = None
    """ The endpoint where this list of redemptions can be accessed using a **GET** method.
    `/v1/vouchers/{voucher_code}/redemptions` """
    redeemed_amount: int | None = None
    """ Gift card credits redeemed so far, in minor units (a rollback gives them back). """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "quantity",
        "redeemed_quantity",
        "redeemed_points",
        "object",
        "url",
        "redeemed_amount",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


VoucherBaseRedemptionDict = TypedDict(
    "VoucherBaseRedemptionDict",
    {
        "quantity": "int | None",
        "redeemed_quantity": "int | None",
        "redeemed_points": "int | None",
        "object": "str | None",
        "url": "str | None",
        "redeemed_amount": "int | None",
    },
    total=False,
)
"""VoucherBaseRedemption as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
