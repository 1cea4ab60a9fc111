from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidationsRedeemableSkippedResultNoEffect")

_KNOWN_KEYS = frozenset(
    {
        "key",
        "message",
    }
)


@_attrs_define
class ValidationsRedeemableSkippedResultNoEffect:
    """Displayed when the redeemable does not calculate any discount effect and the `redeemables_no_effect_rule` defined in
    the stacking rules is set to `SKIP` for the redeemable, either globally or through `no_effect_skip_categories`.

    """

    key: Literal["no_effect"] | Unset = "no_effect"
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        key = d.get("key", UNSET)

        message = d.get("message", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        validations_redeemable_skipped_result_no_effect = cls(
            key,
            message,
        )

        if not _KNOWN_KEYS.issuperset(d):
            validations_redeemable_skipped_result_no_effect.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return validations_redeemable_skipped_result_no_effect

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
