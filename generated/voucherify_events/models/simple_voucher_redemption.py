from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SimpleVoucherRedemption")

_KNOWN_KEYS = frozenset(
    {
        "quantity",
        "redeemed_quantity",
    }
)


@_attrs_define
class SimpleVoucherRedemption:
    quantity: int | None | Unset = UNSET
    """ How many times a voucher can be redeemed. A `null` value means unlimited. """
    redeemed_quantity: int | None | Unset = UNSET
    """ How many times a voucher has already been redeemed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        redeemed_quantity: int | None | Unset
        if isinstance(self.redeemed_quantity, Unset):
            redeemed_quantity = UNSET
        else:
            redeemed_quantity = self.redeemed_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if redeemed_quantity is not UNSET:
            field_dict["redeemed_quantity"] = redeemed_quantity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        quantity = d.get("quantity", UNSET)

        redeemed_quantity = d.get("redeemed_quantity", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        simple_voucher_redemption = cls(
            quantity,
            redeemed_quantity,
        )

        if not _KNOWN_KEYS.issuperset(d):
            simple_voucher_redemption.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return simple_voucher_redemption

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
