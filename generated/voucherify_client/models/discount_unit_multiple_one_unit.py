from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class DiscountUnitMultipleOneUnit(Model):
    """`DiscountUnitMultipleOneUnit` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    unit_off: float | None = None
    """ Number of units to be granted a full value discount. """
    unit_off_formula: str | None = None
    """ Formula used to dynamically calculate the number of units. """
    effect: str | None = None
    """ Defines how the unit is added to the customer's order.

     """
    unit_type: str | None = None
    """ The product deemed as free, chosen from product inventory (e.g. time, items). """
    product: SimpleSkuDiscountUnit | None = None
    """ Contains information about the product. """
    sku: SimpleSkuDiscountUnit | None = None
    """ Contains information about the sku. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "unit_off",
        "unit_off_formula",
        "effect",
        "unit_type",
        "product",
        "sku",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


DiscountUnitMultipleOneUnitDict = TypedDict(
    "DiscountUnitMultipleOneUnitDict",
    {
        "unit_off": "float | None",
        "unit_off_formula": "str | None",
        "effect": "str | None",
        "unit_type": "str | None",
        "product": "SimpleSkuDiscountUnitDict | None",
        "sku": "SimpleSkuDiscountUnitDict | None",
    },
    total=False,
)
"""DiscountUnitMultipleOneUnit as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.simple_sku_discount_unit import SimpleSkuDiscountUnit, SimpleSkuDiscountUnitDict
