from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.bus_val_rule_assignment import BusValRuleAssignment


T = TypeVar("T", bound="ValidationRulesAssignmentsList")

_KNOWN_KEYS = frozenset(
    {
        "object",
        "data_ref",
        "data",
        "total",
    }
)


@_attrs_define
class ValidationRulesAssignmentsList:
    """List of Validation Rules Assignments"""

    object_: Literal["list"] | Unset = "list"
    """ The type of the object represented by JSON. This object stores information about validation rules
    assignments. """
    data_ref: Literal["data"] | Unset = "data"
    """ Identifies the name of the attribute that contains the array of validation rules assignments. """
    data: list[BusValRuleAssignment] | None | Unset = UNSET
    """ Contains array of validation rules assignments. """
    total: int | None | Unset = UNSET
    """ Total number of validation rules assignments. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        object_ = self.object_

        data_ref = self.data_ref

        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = UNSET
            if isinstance(self.data, list):
                data = []
                for data_type_0_item_data in self.data:
                    data_type_0_item: dict[str, Any] = (
                        data_type_0_item_data.to_dict()
                        if isinstance(data_type_0_item_data, BusValRuleAssignment)
                        else data_type_0_item_data
                    )

                    data.append(data_type_0_item)

            elif not isinstance(self.data, Unset):
                data = self.data

        else:
            data = self.data

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if data_ref is not UNSET:
            field_dict["data_ref"] = data_ref
        if data is not UNSET:
            field_dict["data"] = data
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        object_ = d.get("object", UNSET)

        data_ref = d.get("data_ref", UNSET)

        try:
            _data = d.get("data", UNSET)
            data: list[BusValRuleAssignment] | None | Unset
            if _data is UNSET:
                data = UNSET
            elif _data is None:
                data = None
            else:
                _data_type_0 = _data
                data_type_0: list[BusValRuleAssignment]
                if not isinstance(_data_type_0, list):
                    raise TypeError("expected a list")
                else:
                    data_type_0 = []
                    for data_type_0_item_data in _data_type_0:
                        # One item the SDK cannot read is kept as it came; its neighbours are still parsed.
                        try:
                            data_type_0_item = BusValRuleAssignment.from_dict(data_type_0_item_data)

                        except PARSE_ERRORS:
                            data_type_0_item = data_type_0_item_data
                        data_type_0.append(data_type_0_item)

                data = data_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            data = d.get("data", UNSET)

        total = d.get("total", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        validation_rules_assignments_list = cls(
            object_,
            data_ref,
            data,
            total,
        )

        if not _KNOWN_KEYS.issuperset(d):
            validation_rules_assignments_list.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return validation_rules_assignments_list

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
    global BusValRuleAssignment
    from ..models.bus_val_rule_assignment import BusValRuleAssignment

    _unbound = False
