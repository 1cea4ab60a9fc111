from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.category_stacking_rules_type import CategoryStackingRulesType
from ..types import PARSE_ERRORS, UNSET, Unset, format_datetime, parse_datetime

_CategoryStackingRulesType_values = CategoryStackingRulesType._value2member_map_


T = TypeVar("T", bound="Category")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "hierarchy",
        "created_at",
        "updated_at",
        "object",
        "stacking_rules_type",
    }
)


@_attrs_define
class Category:
    id: None | str | Unset = UNSET
    """ Unique category ID assigned by Voucherify. """
    name: None | str | Unset = UNSET
    """ Category name. """
    hierarchy: int | None | Unset = UNSET
    """ Category hierarchy. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp representing the date and time when the category was created in the ISO 8601 format. """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp representing the date and time when the category was updated in the ISO 8601 format. """
    object_: Literal["category"] | Unset = "category"
    """ The type of the object represented by the JSON. This object stores information about the category. """
    stacking_rules_type: CategoryStackingRulesType | None | Unset = UNSET
    """ The type of the stacking rule eligibility. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        hierarchy: int | None | Unset
        if isinstance(self.hierarchy, Unset):
            hierarchy = UNSET
        else:
            hierarchy = self.hierarchy

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

        stacking_rules_type: None | str | Unset
        if isinstance(self.stacking_rules_type, Unset):
            stacking_rules_type = UNSET
        elif isinstance(self.stacking_rules_type, CategoryStackingRulesType):
            stacking_rules_type = (
                self.stacking_rules_type.value
                if isinstance(self.stacking_rules_type, CategoryStackingRulesType)
                else self.stacking_rules_type
            )

        else:
            stacking_rules_type = self.stacking_rules_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if hierarchy is not UNSET:
            field_dict["hierarchy"] = hierarchy
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if object_ is not UNSET:
            field_dict["object"] = object_
        if stacking_rules_type is not UNSET:
            field_dict["stacking_rules_type"] = stacking_rules_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        id = d.get("id", UNSET)

        name = d.get("name", UNSET)

        hierarchy = d.get("hierarchy", UNSET)

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
            _stacking_rules_type = d.get("stacking_rules_type", UNSET)
            stacking_rules_type: CategoryStackingRulesType | None | Unset
            if _stacking_rules_type is UNSET:
                stacking_rules_type = UNSET
            elif _stacking_rules_type is None:
                stacking_rules_type = None
            else:
                stacking_rules_type_type_0 = _CategoryStackingRulesType_values.get(
                    _stacking_rules_type
                ) or CategoryStackingRulesType(_stacking_rules_type)

                stacking_rules_type = stacking_rules_type_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            stacking_rules_type = d.get("stacking_rules_type", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        category = cls(
            id,
            name,
            hierarchy,
            created_at,
            updated_at,
            object_,
            stacking_rules_type,
        )

        if not _KNOWN_KEYS.issuperset(d):
            category.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return category

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
