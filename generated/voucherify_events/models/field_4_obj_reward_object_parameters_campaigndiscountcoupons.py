from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class Field4ObjRewardObjectParametersCAMPAIGNDISCOUNTCOUPONS(Model):
    """These are parameters representing a discount coupon, which is a subset of a Campaign reward."""

    id: str | None = None
    """ Unique identifier of the campaign assigned by Voucherify. """
    type: str | None = None
    """ Campaign type. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "id",
        "type",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "type": "DISCOUNT_COUPONS",
    }


Field4ObjRewardObjectParametersCAMPAIGNDISCOUNTCOUPONSDict = TypedDict(
    "Field4ObjRewardObjectParametersCAMPAIGNDISCOUNTCOUPONSDict",
    {
        "id": "str | None",
        "type": "Literal['DISCOUNT_COUPONS']",
    },
    total=False,
)
"""Field4ObjRewardObjectParametersCAMPAIGNDISCOUNTCOUPONS as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
