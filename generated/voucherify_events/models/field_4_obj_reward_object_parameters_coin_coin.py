from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Field4ObjRewardObjectParametersCOINCoin")

_KNOWN_KEYS = frozenset(
    {
        "exchange_ratio",
        "points_ratio",
    }
)


@_attrs_define
class Field4ObjRewardObjectParametersCOINCoin:
    exchange_ratio: int | None | Unset = UNSET
    """ The cash equivalent of the points defined in the `points_ratio` property. """
    points_ratio: int | None | Unset = UNSET
    """ The number of loyalty points that will map to the predefined cash amount defined by the `exchange_ratio`
    property. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange_ratio: int | None | Unset
        if isinstance(self.exchange_ratio, Unset):
            exchange_ratio = UNSET
        else:
            exchange_ratio = self.exchange_ratio

        points_ratio: int | None | Unset
        if isinstance(self.points_ratio, Unset):
            points_ratio = UNSET
        else:
            points_ratio = self.points_ratio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exchange_ratio is not UNSET:
            field_dict["exchange_ratio"] = exchange_ratio
        if points_ratio is not UNSET:
            field_dict["points_ratio"] = points_ratio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        exchange_ratio = d.get("exchange_ratio", UNSET)

        points_ratio = d.get("points_ratio", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        field_4_obj_reward_object_parameters_coin_coin = cls(
            exchange_ratio,
            points_ratio,
        )

        if not _KNOWN_KEYS.issuperset(d):
            field_4_obj_reward_object_parameters_coin_coin.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return field_4_obj_reward_object_parameters_coin_coin

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
