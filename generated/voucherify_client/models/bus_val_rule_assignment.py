from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bus_val_rule_assignment_validation_status import BusValRuleAssignmentValidationStatus
from ..types import PARSE_ERRORS, UNSET, Unset, format_datetime, parse_datetime

_BusValRuleAssignmentValidationStatus_values = BusValRuleAssignmentValidationStatus._value2member_map_


T = TypeVar("T", bound="BusValRuleAssignment")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "rule_id",
        "related_object_id",
        "related_object_type",
        "created_at",
        "updated_at",
        "object",
        "validation_status",
        "validation_omitted_rules",
    }
)


@_attrs_define
class BusValRuleAssignment:
    """Assignments of business validation rule

    Example:
        {'id': 'asgm_LnY1g7UNFA9KyDrD', 'rule_id': 'val_3gPNA6SnH4ae', 'related_object_id':
            'camp_CZOnEGiZfwIKWmSjhIoIT7Ol', 'related_object_type': 'campaign', 'object': 'validation_rules_assignment',
            'validation_status': 'PARTIALLY_VALID', 'validation_omitted_rules': ['1']}

    """

    id: None | str | Unset = UNSET
    """ The unique identifier for a assignment """
    rule_id: None | str | Unset = UNSET
    """ The unique identifier for a rule """
    related_object_id: None | str | Unset = UNSET
    """ The unique identifier for a related object """
    related_object_type: None | str | Unset = UNSET
    """ The type of related object """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp representing the date and time when the object was created. The value is shown in the ISO 8601
    format. """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp representing the date and time when the object was last updated in ISO 8601 format. """
    object_: Literal["validation_rules_assignment"] | Unset = "validation_rules_assignment"
    """ The type of the object represented by JSON. """
    validation_status: BusValRuleAssignmentValidationStatus | None | Unset = UNSET
    """ The validation status of the assignment """
    validation_omitted_rules: list[str] | None | Unset = UNSET
    """ The list of omitted rules """
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

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = (
                format_datetime(self.updated_at) if isinstance(self.updated_at, datetime.datetime) else self.updated_at
            )

        else:
            updated_at = self.updated_at

        object_ = self.object_

        validation_status: None | str | Unset
        if isinstance(self.validation_status, Unset):
            validation_status = UNSET
        elif isinstance(self.validation_status, BusValRuleAssignmentValidationStatus):
            validation_status = (
                self.validation_status.value
                if isinstance(self.validation_status, BusValRuleAssignmentValidationStatus)
                else self.validation_status
            )

        else:
            validation_status = self.validation_status

        validation_omitted_rules: list[str] | None | Unset
        if isinstance(self.validation_omitted_rules, Unset):
            validation_omitted_rules = UNSET
        elif isinstance(self.validation_omitted_rules, list):
            validation_omitted_rules = UNSET
            if isinstance(self.validation_omitted_rules, list) or not isinstance(self.validation_omitted_rules, Unset):
                validation_omitted_rules = self.validation_omitted_rules

        else:
            validation_omitted_rules = self.validation_omitted_rules

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
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if object_ is not UNSET:
            field_dict["object"] = object_
        if validation_status is not UNSET:
            field_dict["validation_status"] = validation_status
        if validation_omitted_rules is not UNSET:
            field_dict["validation_omitted_rules"] = validation_omitted_rules

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        id = d.get("id", UNSET)

        rule_id = d.get("rule_id", UNSET)

        related_object_id = d.get("related_object_id", UNSET)

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

        try:
            _updated_at = d.get("updated_at", UNSET)
            updated_at: datetime.datetime | None | Unset
            if _updated_at is UNSET:
                updated_at = UNSET
            elif _updated_at is None:
                updated_at = None
            else:
                updated_at_type_0 = parse_datetime(_updated_at)

                updated_at = updated_at_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            updated_at = d.get("updated_at", UNSET)

        object_ = d.get("object", UNSET)

        try:
            _validation_status = d.get("validation_status", UNSET)
            validation_status: BusValRuleAssignmentValidationStatus | None | Unset
            if _validation_status is UNSET:
                validation_status = UNSET
            elif _validation_status is None:
                validation_status = None
            else:
                validation_status_type_0 = _BusValRuleAssignmentValidationStatus_values.get(
                    _validation_status
                ) or BusValRuleAssignmentValidationStatus(_validation_status)

                validation_status = validation_status_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            validation_status = d.get("validation_status", UNSET)

        try:
            _validation_omitted_rules = d.get("validation_omitted_rules", UNSET)
            validation_omitted_rules: list[str] | None | Unset
            if _validation_omitted_rules is UNSET:
                validation_omitted_rules = UNSET
            elif _validation_omitted_rules is None:
                validation_omitted_rules = None
            else:
                _validation_omitted_rules_type_0 = _validation_omitted_rules
                validation_omitted_rules_type_0: list[str]
                if not isinstance(_validation_omitted_rules_type_0, list):
                    raise TypeError("expected a list")
                else:
                    validation_omitted_rules_type_0 = _validation_omitted_rules_type_0

                validation_omitted_rules = validation_omitted_rules_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            validation_omitted_rules = d.get("validation_omitted_rules", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        bus_val_rule_assignment = cls(
            id,
            rule_id,
            related_object_id,
            related_object_type,
            created_at,
            updated_at,
            object_,
            validation_status,
            validation_omitted_rules,
        )

        if not _KNOWN_KEYS.issuperset(d):
            bus_val_rule_assignment.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return bus_val_rule_assignment

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
