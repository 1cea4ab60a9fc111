from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

T = TypeVar("T", bound="VoucherPublish")

_KNOWN_KEYS = frozenset(
    {
        "object",
        "count",
        "url",
    }
)


@_attrs_define
class VoucherPublish:
    """Publication summary of a voucher."""

    object_: None | str | Unset = UNSET
    """ Always `list`. """
    count: int | None | Unset = UNSET
    """ Number of publications. """
    url: None | str | Unset = UNSET
    """ API path to list the publications. """
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
        try:
            _object_ = d.get("object", UNSET)
            object_: None | str | Unset
            if _object_ is None or _object_ is UNSET:
                object_ = _object_
            else:
                object_ = cast(None | str | Unset, _object_)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            object_ = d.get("object", UNSET)

        try:
            _count = d.get("count", UNSET)
            count: int | None | Unset
            if _count is None or _count is UNSET:
                count = _count
            else:
                count = cast(int | None | Unset, _count)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            count = d.get("count", UNSET)

        try:
            _url = d.get("url", UNSET)
            url: None | str | Unset
            if _url is None or _url is UNSET:
                url = _url
            else:
                url = cast(None | str | Unset, _url)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            url = d.get("url", UNSET)

        voucher_publish = cls(
            object_=object_,
            count=count,
            url=url,
        )

        if not _KNOWN_KEYS.issuperset(d):
            voucher_publish.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return voucher_publish

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
