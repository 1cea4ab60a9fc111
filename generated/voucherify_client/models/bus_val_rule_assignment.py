from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class BusValRuleAssignment(Model):
    """Assignments of business validation rule

    Example:
        {'id': 'asgm_LnY1g7UNFA9KyDrD', 'rule_id': 'val_3gPNA6SnH4ae', 'related_object_id':
            'camp_CZOnEGiZfwIKWmSjhIoIT7Ol', 'related_object_type': 'campaign', 'object': 'validation_rules_assignment',
            'validation_status': 'PARTIALLY_VALID', 'validation_omitted_rules': ['1']}

    """

    id: str | None = None
    """ The unique identifier for a assignment """
    rule_id: str | None = None
    """ The unique identifier for a rule """
    related_object_id: str | None = None
    """ The unique identifier for a related object """
    related_object_type: str | None = None
    """ The type of related object """
    created_at: datetime.datetime | None = None
    """ Timestamp representing the date and time when the object was created. The value is shown in the ISO 8601
    format. """
    updated_at: datetime.datetime | None = None
    """ Timestamp representing the date and time when the object was last updated in ISO 8601 format. """
    object: str | None = None
    """ The type of the object represented by JSON. """
    validation_status: str | None = None
    """ The validation status of the assignment """
    validation_omitted_rules: list[str] | None = None
    """ The list of omitted rules """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "id",
        "rule_id",
        "related_object_id",
        "related_object_type",
        "created_at",
        "updated_at",
        "object",
        "validation_status",
        "validation_omitted_rules",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "object": "validation_rules_assignment",
    }


BusValRuleAssignmentDict = TypedDict(
    "BusValRuleAssignmentDict",
    {
        "id": "str | None",
        "rule_id": "str | None",
        "related_object_id": "str | None",
        "related_object_type": "str | None",
        "created_at": "datetime.datetime | str | None",
        "updated_at": "datetime.datetime | str | None",
        "object": "Literal['validation_rules_assignment']",
        "validation_status": "str | None",
        "validation_omitted_rules": "list[str] | None",
    },
    total=False,
)
"""BusValRuleAssignment as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
