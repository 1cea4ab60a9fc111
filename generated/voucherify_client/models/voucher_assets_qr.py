from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class VoucherAssetsQr(Model):
    """`VoucherAssetsQr` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    id: str | None = None
    """ Encrypted voucher code ID. """
    url: str | None = None
    """ URL to QR code

    *Optional:* Attach query parameters to base URL to customize the image of the encrypted voucher code.

    - `size`: integer value from `1` to `100`
    - `format`: string, either `png` (default) or `svg` """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "id",
        "url",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


VoucherAssetsQrDict = TypedDict(
    "VoucherAssetsQrDict",
    {
        "id": "str | None",
        "url": "str | None",
    },
    total=False,
)
"""VoucherAssetsQr as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
