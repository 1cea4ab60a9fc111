from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_4_obj_reward_object_parameters_coin_coin import Field4ObjRewardObjectParametersCOINCoin


T = TypeVar("T", bound="Field4ObjRewardObjectParametersCOIN")

_KNOWN_KEYS = frozenset(
    {
        "coin",
    }
)


@_attrs_define
class Field4ObjRewardObjectParametersCOIN:
    """These are parameters representing a Pay with Points (COIN) reward."""

    coin: Field4ObjRewardObjectParametersCOINCoin | None | Unset = UNSET
    """ Defines the ratio by mapping the number of loyalty points in `points_ratio` to a predefined cash amount in
    `exchange_ratio`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        coin: dict[str, Any] | None | Unset
        if isinstance(self.coin, Unset):
            coin = UNSET
        elif isinstance(self.coin, Field4ObjRewardObjectParametersCOINCoin):
            coin = self.coin.to_dict() if isinstance(self.coin, Field4ObjRewardObjectParametersCOINCoin) else self.coin

        else:
            coin = self.coin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if coin is not UNSET:
            field_dict["coin"] = coin

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        try:
            _coin = d.get("coin", UNSET)
            coin: Field4ObjRewardObjectParametersCOINCoin | None | Unset
            if _coin is UNSET:
                coin = UNSET
            elif _coin is None:
                coin = None
            else:
                coin_type_0 = Field4ObjRewardObjectParametersCOINCoin.from_dict(_coin)

                coin = coin_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            coin = d.get("coin", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        field_4_obj_reward_object_parameters_coin = cls(
            coin,
        )

        if not _KNOWN_KEYS.issuperset(d):
            field_4_obj_reward_object_parameters_coin.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return field_4_obj_reward_object_parameters_coin

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


# The models this one refers to are imported on its first use, not at import time: models refer to each other in
# cycles, and importing the package should cost only the classes a program actually touches.
_unbound = True


def _bind_models() -> None:
    global _unbound
    global Field4ObjRewardObjectParametersCOINCoin
    from ..models.field_4_obj_reward_object_parameters_coin_coin import Field4ObjRewardObjectParametersCOINCoin

    _unbound = False
