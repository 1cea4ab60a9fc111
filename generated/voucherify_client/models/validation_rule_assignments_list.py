from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class ValidationRuleAssignmentsList(Model):
    """Validation Rule Assignments List"""

    object: str | None = None
    """ The type of the object represented by JSON. This object stores information about validation rule
    assignments. """
    data_ref: str | None = None
    """ Identifies the name of the JSON property that contains the array of validation rule assignments. """
    data: list[ValidationRuleAssignment] | None = None
    """ A dictionary that contains an array of validation rule assignments. """
    total: int | None = None
    """ Total number of validation rule assignments. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "object",
        "data_ref",
        "data",
        "total",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


ValidationRuleAssignmentsListDict = TypedDict(
    "ValidationRuleAssignmentsListDict",
    {
        "object": "str | None",
        "data_ref": "str | None",
        "data": "list[ValidationRuleAssignmentDict] | None",
        "total": "int | None",
    },
    total=False,
)
"""ValidationRuleAssignmentsList as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.validation_rule_assignment import ValidationRuleAssignment, ValidationRuleAssignmentDict
