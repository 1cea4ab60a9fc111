from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class SkusListForProduct(Model):
    """Contains information about child SKUs."""

    object: str | None = None
    """ The type of the object represented by JSON. This object stores information about SKUs. """
    data_ref: str | None = None
    """ Identifies the name of the JSON property that contains the array of SKUs. """
    data: list[Sku] | None = None
    """ A dictionary that contains an array of SKUs. """
    total: int | None = None
    """ Total number of SKUs in the product. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "object",
        "data_ref",
        "data",
        "total",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


SkusListForProductDict = TypedDict(
    "SkusListForProductDict",
    {
        "object": "str | None",
        "data_ref": "str | None",
        "data": "list[SkuDict] | None",
        "total": "int | None",
    },
    total=False,
)
"""SkusListForProduct as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.sku import Sku, SkuDict
