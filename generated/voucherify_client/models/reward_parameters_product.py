from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

T = TypeVar("T", bound="RewardParametersProduct")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "sku_id",
    }
)


@_attrs_define
class RewardParametersProduct:
    """Product given by a reward."""

    id: None | str | Unset = UNSET
    """ Product ID. """
    sku_id: None | str | Unset = UNSET
    """ SKU ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        sku_id: None | str | Unset
        if isinstance(self.sku_id, Unset):
            sku_id = UNSET
        else:
            sku_id = self.sku_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if sku_id is not UNSET:
            field_dict["sku_id"] = sku_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        try:
            _id = d.get("id", UNSET)
            id: None | str | Unset
            if _id is None or _id is UNSET:
                id = _id
            else:
                id = cast(None | str | Unset, _id)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            id = d.get("id", UNSET)

        try:
            _sku_id = d.get("sku_id", UNSET)
            sku_id: None | str | Unset
            if _sku_id is None or _sku_id is UNSET:
                sku_id = _sku_id
            else:
                sku_id = cast(None | str | Unset, _sku_id)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            sku_id = d.get("sku_id", UNSET)

        reward_parameters_product = cls(
            id=id,
            sku_id=sku_id,
        )

        if not _KNOWN_KEYS.issuperset(d):
            reward_parameters_product.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return reward_parameters_product

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
