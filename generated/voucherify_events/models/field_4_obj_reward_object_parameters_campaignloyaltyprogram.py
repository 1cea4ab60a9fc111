from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class Field4ObjRewardObjectParametersCAMPAIGNLOYALTYPROGRAM(Model):
    """These are parameters representing points on a loyalty card, which is a subset of a Campaign reward."""

    id: str | None = None
    """ Unique identifier of the campaign assigned by Voucherify. """
    balance: int | None = None
    """ The incremental points to be added to the current balance on the loyalty card. """
    type: str | None = None
    """ Campaign type. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "id",
        "balance",
        "type",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "type": "LOYALTY_PROGRAM",
    }


Field4ObjRewardObjectParametersCAMPAIGNLOYALTYPROGRAMDict = TypedDict(
    "Field4ObjRewardObjectParametersCAMPAIGNLOYALTYPROGRAMDict",
    {
        "id": "str | None",
        "balance": "int | None",
        "type": "Literal['LOYALTY_PROGRAM']",
    },
    total=False,
)
"""Field4ObjRewardObjectParametersCAMPAIGNLOYALTYPROGRAM as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
