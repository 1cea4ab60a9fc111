from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RedemptionBaseSession")

_KNOWN_KEYS = frozenset(
    {
        "key",
    }
)


@_attrs_define
class RedemptionBaseSession:
    key: None | str | Unset = UNSET
    """ The session unique ID assigned by Voucherify or your own unique session ID sent in the request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        key = d.get("key", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        redemption_base_session = cls(
            key,
        )

        if not _KNOWN_KEYS.issuperset(d):
            redemption_base_session.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return redemption_base_session

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
