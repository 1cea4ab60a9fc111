from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class Field4ObjRewardObjectParametersCAMPAIGNGIFTVOUCHERS(Model):
    """These are parameters representing a gift voucher, which is a subset of a Campaign reward."""

    id: str | None = None
    """ Unique identifier of the campaign assigned by Voucherify. """
    balance: int | None = None
    """ The incremental amout to be added to the current balance on the gift card. Value is multiplied by 100 to
    precisely represent 2 decimal places. For example, $100 amount is written as 10000. """
    type: str | None = None
    """ Campaign type. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "id",
        "balance",
        "type",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "type": "GIFT_VOUCHERS",
    }


Field4ObjRewardObjectParametersCAMPAIGNGIFTVOUCHERSDict = TypedDict(
    "Field4ObjRewardObjectParametersCAMPAIGNGIFTVOUCHERSDict",
    {
        "id": "str | None",
        "balance": "int | None",
        "type": "Literal['GIFT_VOUCHERS']",
    },
    total=False,
)
"""Field4ObjRewardObjectParametersCAMPAIGNGIFTVOUCHERS as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
