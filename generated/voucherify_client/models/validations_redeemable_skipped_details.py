from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validations_redeemable_skipped_key import ValidationsRedeemableSkippedKey
from ..types import PARSE_ERRORS, UNSET, Unset

_ValidationsRedeemableSkippedKey_values = ValidationsRedeemableSkippedKey._value2member_map_


T = TypeVar("T", bound="ValidationsRedeemableSkippedDetails")

_KNOWN_KEYS = frozenset(
    {
        "key",
        "message",
    }
)


@_attrs_define
class ValidationsRedeemableSkippedDetails:
    """Reason a redeemable was skipped."""

    key: None | Unset | ValidationsRedeemableSkippedKey = UNSET
    """ Machine-readable reason. """
    message: None | str | Unset = UNSET
    """ Human-readable reason. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        elif isinstance(self.key, ValidationsRedeemableSkippedKey):
            key = self.key.value if isinstance(self.key, ValidationsRedeemableSkippedKey) else self.key

        else:
            key = self.key

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        try:
            _key = d.get("key", UNSET)
            key: None | Unset | ValidationsRedeemableSkippedKey
            if _key is UNSET:
                key = UNSET
            elif _key is None:
                key = None
            else:
                key_type_0 = _ValidationsRedeemableSkippedKey_values.get(_key) or ValidationsRedeemableSkippedKey(_key)

                key = key_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            key = d.get("key", UNSET)

        message = d.get("message", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        validations_redeemable_skipped_details = cls(
            key,
            message,
        )

        if not _KNOWN_KEYS.issuperset(d):
            validations_redeemable_skipped_details.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return validations_redeemable_skipped_details

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
