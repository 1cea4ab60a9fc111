from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CodeConfig")

_KNOWN_KEYS = frozenset(
    {
        "length",
        "charset",
        "prefix",
        "postfix",
        "pattern",
        "initial_count",
    }
)


@_attrs_define
class CodeConfig:
    """Schema containing information about config used for voucher. Defines the code pattern (prefix, suffix, length,
    charset, etc).

    """

    length: float | None | Unset = UNSET
    """ Number of characters in a generated code (excluding prefix and postfix). """
    charset: None | str | Unset = UNSET
    """ Characters that can appear in the code. """
    prefix: None | str | Unset = UNSET
    """ A text appended before the code. """
    postfix: None | str | Unset = UNSET
    """ A text appended after the code. """
    pattern: None | str | Unset = UNSET
    """ A pattern for codes where hashes (#) will be replaced with random characters. Overrides `length`. """
    initial_count: int | None | Unset = UNSET
    """ The initial count. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        length: float | None | Unset
        if isinstance(self.length, Unset):
            length = UNSET
        else:
            length = self.length

        charset: None | str | Unset
        if isinstance(self.charset, Unset):
            charset = UNSET
        else:
            charset = self.charset

        prefix: None | str | Unset
        if isinstance(self.prefix, Unset):
            prefix = UNSET
        else:
            prefix = self.prefix

        postfix: None | str | Unset
        if isinstance(self.postfix, Unset):
            postfix = UNSET
        else:
            postfix = self.postfix

        pattern: None | str | Unset
        if isinstance(self.pattern, Unset):
            pattern = UNSET
        else:
            pattern = self.pattern

        initial_count: int | None | Unset
        if isinstance(self.initial_count, Unset):
            initial_count = UNSET
        else:
            initial_count = self.initial_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if length is not UNSET:
            field_dict["length"] = length
        if charset is not UNSET:
            field_dict["charset"] = charset
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if postfix is not UNSET:
            field_dict["postfix"] = postfix
        if pattern is not UNSET:
            field_dict["pattern"] = pattern
        if initial_count is not UNSET:
            field_dict["initial_count"] = initial_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        length = d.get("length", UNSET)

        charset = d.get("charset", UNSET)

        prefix = d.get("prefix", UNSET)

        postfix = d.get("postfix", UNSET)

        pattern = d.get("pattern", UNSET)

        initial_count = d.get("initial_count", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        code_config = cls(
            length,
            charset,
            prefix,
            postfix,
            pattern,
            initial_count,
        )

        if not _KNOWN_KEYS.issuperset(d):
            code_config.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return code_config

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
