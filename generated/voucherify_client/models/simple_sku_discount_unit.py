from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class SimpleSkuDiscountUnit(Model):
    """`SimpleSkuDiscountUnit` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    id: str | None = None
    """ Unique SKU ID, assigned by Voucherify. """
    source_id: str | None = None
    """ Product variant's source ID. """
    name: str | None = None
    """ Sku name """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "id",
        "source_id",
        "name",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


SimpleSkuDiscountUnitDict = TypedDict(
    "SimpleSkuDiscountUnitDict",
    {
        "id": "str | None",
        "source_id": "str | None",
        "name": "str | None",
    },
    total=False,
)
"""SimpleSkuDiscountUnit as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
