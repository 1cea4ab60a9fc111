from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class DiscountUnitMultiple(Model):
    """`DiscountUnitMultiple` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    type: str | None = None
    """ Discount type. """
    effect: str | None = None
    """ Defines how the discount is applied to the customer's order. """
    units: list[DiscountUnitMultipleOneUnit] | None = None

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "type",
        "effect",
        "units",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "type": "UNIT",
        "effect": "ADD_MANY_ITEMS",
    }


DiscountUnitMultipleDict = TypedDict(
    "DiscountUnitMultipleDict",
    {
        "type": "Literal['UNIT']",
        "effect": "Literal['ADD_MANY_ITEMS']",
        "units": "list[DiscountUnitMultipleOneUnitDict] | None",
    },
    total=False,
)
"""DiscountUnitMultiple as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.discount_unit_multiple_one_unit import DiscountUnitMultipleOneUnit, DiscountUnitMultipleOneUnitDict
