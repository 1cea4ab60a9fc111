from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class ValidationRuleAssignment(Model):
    """This is an object representing a validation rule assignment."""

    id: str | None = None
    """ Validation rule assignment ID. """
    rule_id: str | None = None
    """ Validation rule ID. """
    related_object_id: str | None = None
    """ The resource ID to which the validation rule was assigned. """
    related_object_type: str | None = None
    """ The type of resource to which the validation rule was assigned. """
    created_at: datetime.datetime | None = None
    """ Timestamp representing the date and time when the validation rule assignment was created. The value is shown
    in the ISO 8601 format. """
    object: str | None = None
    """ The type of the object represented by the ID. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "id",
        "rule_id",
        "related_object_id",
        "related_object_type",
        "created_at",
        "object",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "object": "validation_rules_assignment",
    }


ValidationRuleAssignmentDict = TypedDict(
    "ValidationRuleAssignmentDict",
    {
        "id": "str | None",
        "rule_id": "str | None",
        "related_object_id": "str | None",
        "related_object_type": "str | None",
        "created_at": "datetime.datetime | str | None",
        "object": "Literal['validation_rules_assignment']",
    },
    total=False,
)
"""ValidationRuleAssignment as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
