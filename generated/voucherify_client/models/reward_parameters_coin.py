from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

T = TypeVar("T", bound="RewardParametersCoin")

_KNOWN_KEYS = frozenset(
    {
        "exchange_ratio",
        "points_ratio",
    }
)


@_attrs_define
class RewardParametersCoin:
    """Pay-with-points conversion of a COIN reward."""

    exchange_ratio: float | None | Unset = UNSET
    """ Value of one point (can be fractional). """
    points_ratio: float | None | Unset = UNSET
    """ Points per unit of value (can be fractional). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange_ratio: float | None | Unset
        if isinstance(self.exchange_ratio, Unset):
            exchange_ratio = UNSET
        else:
            exchange_ratio = self.exchange_ratio

        points_ratio: float | None | Unset
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
        try:
            _exchange_ratio = d.get("exchange_ratio", UNSET)
            exchange_ratio: float | None | Unset
            if _exchange_ratio is None or _exchange_ratio is UNSET:
                exchange_ratio = _exchange_ratio
            else:
                exchange_ratio = cast(float | None | Unset, _exchange_ratio)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            exchange_ratio = d.get("exchange_ratio", UNSET)

        try:
            _points_ratio = d.get("points_ratio", UNSET)
            points_ratio: float | None | Unset
            if _points_ratio is None or _points_ratio is UNSET:
                points_ratio = _points_ratio
            else:
                points_ratio = cast(float | None | Unset, _points_ratio)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            points_ratio = d.get("points_ratio", UNSET)

        reward_parameters_coin = cls(
            exchange_ratio=exchange_ratio,
            points_ratio=points_ratio,
        )

        if not _KNOWN_KEYS.issuperset(d):
            reward_parameters_coin.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return reward_parameters_coin

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
