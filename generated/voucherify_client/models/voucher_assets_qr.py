from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoucherAssetsQr")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "url",
    }
)


@_attrs_define
class VoucherAssetsQr:
    id: None | str | Unset = UNSET
    """ Encrypted voucher code ID. """
    url: None | str | Unset = UNSET
    """ URL to QR code

    *Optional:* Attach query parameters to base URL to customize the image of the encrypted voucher code.

    - `size`: integer value from `1` to `100`
    - `format`: string, either `png` (default) or `svg` """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        id = d.get("id", UNSET)

        url = d.get("url", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        voucher_assets_qr = cls(
            id,
            url,
        )

        if not _KNOWN_KEYS.issuperset(d):
            voucher_assets_qr.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return voucher_assets_qr

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
