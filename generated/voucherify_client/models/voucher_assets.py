from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class VoucherAssets(Model):
    """Stores links to images of QR and barcode that correspond to an encrypted voucher code."""

    qr: VoucherAssetsQr | None = None
    """ Stores Quick Response (QR) representation of encrypted code. """
    barcode: VoucherAssetsQr | None = None
    """ Stores barcode representation of encrypted code. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "qr",
        "barcode",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


VoucherAssetsDict = TypedDict(
    "VoucherAssetsDict",
    {
        "qr": "VoucherAssetsQrDict | None",
        "barcode": "VoucherAssetsQrDict | None",
    },
    total=False,
)
"""VoucherAssets as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.voucher_assets_qr import VoucherAssetsQr, VoucherAssetsQrDict
