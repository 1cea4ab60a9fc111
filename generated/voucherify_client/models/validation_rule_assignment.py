from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_rule_assignment_related_object_type import ValidationRuleAssignmentRelatedObjectType
from ..types import PARSE_ERRORS, UNSET, Unset, format_datetime, parse_datetime

_ValidationRuleAssignmentRelatedObjectType_values = ValidationRuleAssignmentRelatedObjectType._value2member_map_


T = TypeVar("T", bound="ValidationRuleAssignment")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "rule_id",
        "related_object_id",
        "related_object_type",
        "created_at",
        "object",
    }
)


@_attrs_define
class ValidationRuleAssignment:
    """This is an object representing a validation rule assignment."""

    id: None | str | Unset = UNSET
    """ Validation rule assignment ID. """
    rule_id: None | str | Unset = UNSET
    """ Validation rule ID. """
    related_object_id: None | str | Unset = UNSET
    """ The resource ID to which the validation rule was assigned. """
    related_object_type: None | Unset | ValidationRuleAssignmentRelatedObjectType = UNSET
    """ The type of resource to which the validation rule was assigned. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp representing the date and time when the validation rule assignment was created. The value is shown
    in the ISO 8601 format. """
    object_: Literal["validation_rules_assignment"] | Unset = "validation_rules_assignment"
    """ The type of the object represented by the ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        rule_id: None | str | Unset
        if isinstance(self.rule_id, Unset):
            rule_id = UNSET
        else:
            rule_id = self.rule_id

        related_object_id: None | str | Unset
        if isinstance(self.related_object_id, Unset):
            related_object_id = UNSET
        else:
            related_object_id = self.related_object_id

        related_object_type: None | str | Unset
        if isinstance(self.related_object_type, Unset):
            related_object_type = UNSET
        elif isinstance(self.related_object_type, ValidationRuleAssignmentRelatedObjectType):
            related_object_type = (
                self.related_object_type.value
                if isinstance(self.related_object_type, ValidationRuleAssignmentRelatedObjectType)
                else self.related_object_type
            )

        else:
            related_object_type = self.related_object_type

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                format_datetime(self.created_at) if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        else:
            created_at = self.created_at

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if rule_id is not UNSET:
            field_dict["rule_id"] = rule_id
        if related_object_id is not UNSET:
            field_dict["related_object_id"] = related_object_id
        if related_object_type is not UNSET:
            field_dict["related_object_type"] = related_object_type
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        id = d.get("id", UNSET)

        rule_id = d.get("rule_id", UNSET)

        related_object_id = d.get("related_object_id", UNSET)

        try:
            _related_object_type = d.get("related_object_type", UNSET)
            related_object_type: None | Unset | ValidationRuleAssignmentRelatedObjectType
            if _related_object_type is UNSET:
                related_object_type = UNSET
            elif _related_object_type is None:
                related_object_type = None
            else:
                related_object_type_type_0 = _ValidationRuleAssignmentRelatedObjectType_values.get(
                    _related_object_type
                ) or ValidationRuleAssignmentRelatedObjectType(_related_object_type)

                related_object_type = related_object_type_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            related_object_type = d.get("related_object_type", UNSET)

        try:
            _created_at = d.get("created_at", UNSET)
            created_at: datetime.datetime | None | Unset
            if _created_at is UNSET:
                created_at = UNSET
            elif _created_at is None:
                created_at = None
            else:
                created_at_type_0 = parse_datetime(_created_at)

                created_at = created_at_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            created_at = d.get("created_at", UNSET)

        object_ = d.get("object", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        validation_rule_assignment = cls(
            id,
            rule_id,
            related_object_id,
            related_object_type,
            created_at,
            object_,
        )

        if not _KNOWN_KEYS.issuperset(d):
            validation_rule_assignment.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return validation_rule_assignment

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
