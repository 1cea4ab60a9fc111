from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class DiscountPercent(Model):
    """`DiscountPercent` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    type: str | None = None
    """ Defines the type of the voucher. """
    percent_off: float | None = None
    """ The percent discount that the customer will receive. """
    percent_off_formula: str | None = None
    """ Formula used to dynamically calculate the discount. """
    amount_limit: float | None = None
    """ Upper limit allowed to be applied as a discount. Value is multiplied by 100 to precisely represent 2 decimal
    places. For example, a $6 maximum discount is written as 600. """
    aggregated_amount_limit: int | None = None
    """ Maximum discount amount per order. """
    effect: str | None = None
    """ Defines how the discount is applied to the customer's order. """
    is_dynamic: bool | None = None
    """ Flag indicating whether the discount was calculated using a formula. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "type",
        "percent_off",
        "percent_off_formula",
        "amount_limit",
        "aggregated_amount_limit",
        "effect",
        "is_dynamic",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "type": "PERCENT",
    }


DiscountPercentDict = TypedDict(
    "DiscountPercentDict",
    {
        "type": "Literal['PERCENT']",
        "percent_off": "float | None",
        "percent_off_formula": "str | None",
        "amount_limit": "float | None",
        "aggregated_amount_limit": "int | None",
        "effect": "str | None",
        "is_dynamic": "bool | None",
    },
    total=False,
)
"""DiscountPercent as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
