from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of

# Fields that hold one of several models: the union for type checkers, a stand-in that picks the variant at run time.
if TYPE_CHECKING:
    _redemptions: TypeAlias = Redemption | RedemptionRollback
else:
    _redemptions = one_of(
        globals(),
        "Redemption",
        "RedemptionRollback",
    )


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class RedemptionsListResponseBody(Model):
    """Response body schema for **GET** `v1/redemptions`."""

    object: str | None = None
    """ The type of the object represented by JSON. This object stores information about redemptions in a
    dictionary. """
    data_ref: str | None = None
    """ Identifies the name of the attribute that contains the array of redemption objects. """
    redemptions: list[_redemptions] | None = None
    total: int | None = None
    """ Total number of redemptions. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "object",
        "data_ref",
        "redemptions",
        "total",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


RedemptionsListResponseBodyDict = TypedDict(
    "RedemptionsListResponseBodyDict",
    {
        "object": "str | None",
        "data_ref": "str | None",
        "redemptions": "list[RedemptionDict | RedemptionRollbackDict] | None",
        "total": "int | None",
    },
    total=False,
)
"""RedemptionsListResponseBody as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.redemption import Redemption, RedemptionDict
from ..models.redemption_rollback import RedemptionRollback, RedemptionRollbackDict
