from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.filter_conditions_string import FilterConditionsString


T = TypeVar("T", bound="ParameterFiltersListRedemptionsObject")

_KNOWN_KEYS = frozenset(
    {
        "conditions",
    }
)


@_attrs_define
class ParameterFiltersListRedemptionsObject:
    conditions: FilterConditionsString | Unset = UNSET
    """ Data filters used to narrow down the data records to be returned in the result. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        conditions: dict[str, Any] | Unset = UNSET
        if isinstance(self.conditions, FilterConditionsString):
            conditions = self.conditions.to_dict()
        elif not isinstance(self.conditions, Unset):
            conditions = self.conditions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conditions is not UNSET:
            field_dict["conditions"] = conditions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        try:
            _conditions = d.get("conditions", UNSET)
            conditions: FilterConditionsString | Unset
            if _conditions is UNSET:
                conditions = UNSET
            else:
                conditions = FilterConditionsString.from_dict(_conditions)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            conditions = d.get("conditions", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        parameter_filters_list_redemptions_object = cls(
            conditions,
        )

        if not _KNOWN_KEYS.issuperset(d):
            parameter_filters_list_redemptions_object.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return parameter_filters_list_redemptions_object

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
    global FilterConditionsString
    from ..models.filter_conditions_string import FilterConditionsString

    _unbound = False
