from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoucherBasePublish")

_KNOWN_KEYS = frozenset(
    {
        "object",
        "count",
        "url",
    }
)


@_attrs_define
class VoucherBasePublish:
    object_: None | str | Unset = "list"
    """ The type of the object represented is by default `list`. To get this list, you need to make a call to the
    endpoint returned in the `url` attribute. """
    count: int | None | Unset = UNSET
    """ Publication events counter. """
    url: None | str | Unset = UNSET
    """ The endpoint where this list of publications can be accessed using a **GET** method.
    `/v1/vouchers/{voucher_code}/publications` """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        else:
            object_ = self.object_

        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if count is not UNSET:
            field_dict["count"] = count
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        object_ = d.get("object", UNSET)

        count = d.get("count", UNSET)

        url = d.get("url", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        voucher_base_publish = cls(
            object_,
            count,
            url,
        )

        if not _KNOWN_KEYS.issuperset(d):
            voucher_base_publish.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return voucher_base_publish

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
