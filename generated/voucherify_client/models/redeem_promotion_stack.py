from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class RedeemPromotionStack(Model):
    """Validate or redeem a promotion stack."""

    object: str | None = None
    """ Redeemable object type. """
    id: str | None = None
    """ Promotion stack unique id, such as: stack_KxSD0GahLUg9ULB6TseGfUHJ """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "object",
        "id",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "object": "promotion_stack",
    }


RedeemPromotionStackDict = TypedDict(
    "RedeemPromotionStackDict",
    {
        "object": "Required[Literal['promotion_stack']]",
        "id": "Required[str]",
    },
    total=False,
)
"""RedeemPromotionStack as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
