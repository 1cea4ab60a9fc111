from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookProjectSettingPayloadSource")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "object",
        "target_url",
    }
)


@_attrs_define
class WebhookProjectSettingPayloadSource:
    id: None | str | Unset = UNSET
    """ ID number of the webhook. """
    object_: Literal["webhook"] | Unset = UNSET
    """ Determines the type of the object. """
    target_url: None | str | Unset = UNSET
    """ The address where the webhook will be sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        object_ = self.object_

        target_url: None | str | Unset
        if isinstance(self.target_url, Unset):
            target_url = UNSET
        else:
            target_url = self.target_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if target_url is not UNSET:
            field_dict["target_url"] = target_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        id = d.get("id", UNSET)

        object_ = d.get("object", UNSET)

        target_url = d.get("target_url", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        webhook_project_setting_payload_source = cls(
            id,
            object_,
            target_url,
        )

        if not _KNOWN_KEYS.issuperset(d):
            webhook_project_setting_payload_source.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return webhook_project_setting_payload_source

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
