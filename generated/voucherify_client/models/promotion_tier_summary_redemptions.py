from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionTierSummaryRedemptions")

_KNOWN_KEYS = frozenset(
    {
        "total_redeemed",
    }
)


@_attrs_define
class PromotionTierSummaryRedemptions:
    total_redeemed: int | None | Unset = UNSET
    """ Number of times the promotion tier was redeemed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_redeemed: int | None | Unset
        if isinstance(self.total_redeemed, Unset):
            total_redeemed = UNSET
        else:
            total_redeemed = self.total_redeemed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_redeemed is not UNSET:
            field_dict["total_redeemed"] = total_redeemed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        total_redeemed = d.get("total_redeemed", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        promotion_tier_summary_redemptions = cls(
            total_redeemed,
        )

        if not _KNOWN_KEYS.issuperset(d):
            promotion_tier_summary_redemptions.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return promotion_tier_summary_redemptions

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
