from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class DiscountAmount(Model):
    """`DiscountAmount` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    type: str | None = None
    """ Defines the type of the voucher. """
    amount_off: float | None = None
    """ Amount taken off the subtotal of a price. Value is multiplied by 100 to precisely represent 2 decimal
    places. For example, a $10 discount is written as 1000. """
    amount_off_formula: str | None = None
    """ Formula used to dynamically calculate the discount. """
    aggregated_amount_limit: int | None = None
    """ Maximum discount amount per order. """
    effect: str | None = None
    """ Defines how the discount is applied to the customer's order. """
    is_dynamic: bool | None = None
    """ Flag indicating whether the discount was calculated using a formula. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "type",
        "amount_off",
        "amount_off_formula",
        "aggregated_amount_limit",
        "effect",
        "is_dynamic",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "type": "AMOUNT",
    }


DiscountAmountDict = TypedDict(
    "DiscountAmountDict",
    {
        "type": "Literal['AMOUNT']",
        "amount_off": "float | None",
        "amount_off_formula": "str | None",
        "aggregated_amount_limit": "int | None",
        "effect": "str | None",
        "is_dynamic": "bool | None",
    },
    total=False,
)
"""DiscountAmount as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
