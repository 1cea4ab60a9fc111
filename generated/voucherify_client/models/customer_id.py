from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class CustomerId(Model):
    """`CustomerId` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    id: str | None = None
    """ A unique identifier of an existing customer. """
    object: str | None = None
    """ The type of the object represented by JSON. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "object": "customer",
    }


CustomerIdDict = TypedDict(
    "CustomerIdDict",
    {
        "id": "str | None",
        "object": "Literal['customer']",
    },
    total=False,
)
"""CustomerId as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
