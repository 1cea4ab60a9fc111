from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of

# Fields that hold one of several models: the union for type checkers, a stand-in that picks the variant at run time.
if TYPE_CHECKING:
    _discount: TypeAlias = DiscountAmount | DiscountUnit | DiscountUnitMultiple | DiscountPercent | DiscountFixed
else:
    _discount = one_of(
        globals(),
        "DiscountAmount",
        "DiscountUnit",
        "DiscountUnitMultiple",
        "DiscountPercent",
        "DiscountFixed",
    )


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class PromotionTierAction(Model):
    """`PromotionTierAction` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    discount: _discount | None = None

    __vf_fields__: ClassVar[tuple[str, ...]] = ("discount",)
    __vf_consts__: ClassVar[dict[str, Any]] = {}


PromotionTierActionDict = TypedDict(
    "PromotionTierActionDict",
    {
        "discount": "DiscountAmountDict | DiscountUnitDict | DiscountUnitMultipleDict | DiscountPercentDict | DiscountFixedDict | None",
    },
    total=False,
)
"""PromotionTierAction as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.discount_amount import DiscountAmount, DiscountAmountDict
from ..models.discount_fixed import DiscountFixed, DiscountFixedDict
from ..models.discount_percent import DiscountPercent, DiscountPercentDict
from ..models.discount_unit import DiscountUnit, DiscountUnitDict
from ..models.discount_unit_multiple import DiscountUnitMultiple, DiscountUnitMultipleDict
