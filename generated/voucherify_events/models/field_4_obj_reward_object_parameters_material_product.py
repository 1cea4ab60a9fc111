from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class Field4ObjRewardObjectParametersMATERIALProduct(Model):
    """`Field4ObjRewardObjectParametersMATERIALProduct` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    id: str | None = None
    """ Unique identifier of the product assigned by Voucherify.  """
    sku_id: str | None = None
    """ Unique identifier of the SKU assigned by Voucherify for the SKU given as a reward. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "id",
        "sku_id",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


Field4ObjRewardObjectParametersMATERIALProductDict = TypedDict(
    "Field4ObjRewardObjectParametersMATERIALProductDict",
    {
        "id": "str | None",
        "sku_id": "str | None",
    },
    total=False,
)
"""Field4ObjRewardObjectParametersMATERIALProduct as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
