from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.voucher_assets_qr import VoucherAssetsQr


T = TypeVar("T", bound="VoucherAssets")

_KNOWN_KEYS = frozenset(
    {
        "qr",
        "barcode",
    }
)


@_attrs_define
class VoucherAssets:
    """Stores links to images of QR and barcode that correspond to an encrypted voucher code."""

    qr: None | Unset | VoucherAssetsQr = UNSET
    """ Stores Quick Response (QR) representation of encrypted code. """
    barcode: None | Unset | VoucherAssetsQr = UNSET
    """ Stores barcode representation of encrypted code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        qr: dict[str, Any] | None | Unset
        if isinstance(self.qr, Unset):
            qr = UNSET
        elif isinstance(self.qr, VoucherAssetsQr):
            qr = self.qr.to_dict() if isinstance(self.qr, VoucherAssetsQr) else self.qr

        else:
            qr = self.qr

        barcode: dict[str, Any] | None | Unset
        if isinstance(self.barcode, Unset):
            barcode = UNSET
        elif isinstance(self.barcode, VoucherAssetsQr):
            barcode = self.barcode.to_dict() if isinstance(self.barcode, VoucherAssetsQr) else self.barcode

        else:
            barcode = self.barcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if qr is not UNSET:
            field_dict["qr"] = qr
        if barcode is not UNSET:
            field_dict["barcode"] = barcode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        try:
            _qr = d.get("qr", UNSET)
            qr: None | Unset | VoucherAssetsQr
            if _qr is UNSET:
                qr = UNSET
            elif _qr is None:
                qr = None
            else:
                qr_type_0 = VoucherAssetsQr.from_dict(_qr)

                qr = qr_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            qr = d.get("qr", UNSET)

        try:
            _barcode = d.get("barcode", UNSET)
            barcode: None | Unset | VoucherAssetsQr
            if _barcode is UNSET:
                barcode = UNSET
            elif _barcode is None:
                barcode = None
            else:
                barcode_type_0 = VoucherAssetsQr.from_dict(_barcode)

                barcode = barcode_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            barcode = d.get("barcode", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        voucher_assets = cls(
            qr,
            barcode,
        )

        if not _KNOWN_KEYS.issuperset(d):
            voucher_assets.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return voucher_assets

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to are imported on its first use, not at import time: models refer to each other in
# cycles, and importing the package should cost only the classes a program actually touches.
_unbound = True


def _bind_models() -> None:
    global _unbound
    global VoucherAssetsQr
    from ..models.voucher_assets_qr import VoucherAssetsQr

    _unbound = False
