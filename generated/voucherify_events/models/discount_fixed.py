from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class DiscountFixed(Model):
    """`DiscountFixed` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    type: str | None = None
    """ Defines the type of the voucher. """
    fixed_amount: float | None = None
    """ Sets a fixed value for an order total or the item price. The value is multiplied by 100 to precisely
    represent 2 decimal places. For example, a $10 discount is written as 1000. If the fixed amount is calculated by
    the formula, i.e. the `fixed_amount_formula` parameter is present in the fixed amount definition, this value
    becomes the **fallback value**. As a result, if the formula cannot be calculated due to missing metadata, for
    example, this value will be used as the fixed value. """
    fixed_amount_formula: str | None = None
    effect: str | None = None
    """ Defines how the discount is applied to the customer's order. """
    is_dynamic: bool | None = None
    """ Flag indicating whether the discount was calculated using a formula. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "type",
        "fixed_amount",
        "fixed_amount_formula",
        "effect",
        "is_dynamic",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "type": "FIXED",
    }


DiscountFixedDict = TypedDict(
    "DiscountFixedDict",
    {
        "type": "Literal['FIXED']",
        "fixed_amount": "float | None",
        "fixed_amount_formula": "str | None",
        "effect": "str | None",
        "is_dynamic": "bool | None",
    },
    total=False,
)
"""DiscountFixed as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
