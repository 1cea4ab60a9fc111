from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class VoucherBasePublish(Model):
    """`VoucherBasePublish` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    object: str | None = None
    """ The type of the object represented is by default `list`. To get this list, you need to make a call to the
    endpoint returned in the `url` attribute. """
    count: int | None = None
    """ Publication events counter. """
    url: str | None = None
    """ The endpoint where this list of publications can be accessed using a **GET** method.
    `/v1/vouchers/{voucher_code}/publications` """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "object",
        "count",
        "url",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


VoucherBasePublishDict = TypedDict(
    "VoucherBasePublishDict",
    {
        "object": "str | None",
        "count": "int | None",
        "url": "str | None",
    },
    total=False,
)
"""VoucherBasePublish as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
