from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="RedeemPromotionStack")

_KNOWN_KEYS = frozenset(
    {
        "object",
        "id",
    }
)


@_attrs_define
class RedeemPromotionStack:
    """Validate or redeem a promotion stack."""

    id: str
    """ Promotion stack unique id, such as: stack_KxSD0GahLUg9ULB6TseGfUHJ """
    object_: Literal["promotion_stack"] = "promotion_stack"
    """ Redeemable object type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        object_ = d.get("object", UNSET)

        id = d.get("id", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        redeem_promotion_stack = cls(
            id,
            object_,
        )

        if not _KNOWN_KEYS.issuperset(d):
            redeem_promotion_stack.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return redeem_promotion_stack

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
