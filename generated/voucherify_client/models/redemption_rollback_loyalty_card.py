from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RedemptionRollbackLoyaltyCard")

_KNOWN_KEYS = frozenset(
    {
        "points",
    }
)


@_attrs_define
class RedemptionRollbackLoyaltyCard:
    points: int | None | Unset = UNSET
    """ Number of points being returned to the loyalty card for the reward redemption rollback. It is expressed as a
    negative integer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        points: int | None | Unset
        if isinstance(self.points, Unset):
            points = UNSET
        else:
            points = self.points

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if points is not UNSET:
            field_dict["points"] = points

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        points = d.get("points", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        redemption_rollback_loyalty_card = cls(
            points,
        )

        if not _KNOWN_KEYS.issuperset(d):
            redemption_rollback_loyalty_card.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return redemption_rollback_loyalty_card

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
