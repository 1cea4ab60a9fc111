from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class ValidationRulesAssignmentsList(Model):
    """List of Validation Rules Assignments"""

    object: str | None = None
    """ The type of the object represented by JSON. This object stores information about validation rules
    assignments. """
    data_ref: str | None = None
    """ Identifies the name of the attribute that contains the array of validation rules assignments. """
    data: list[BusValRuleAssignment] | None = None
    """ Contains array of validation rules assignments. """
    total: int | None = None
    """ Total number of validation rules assignments. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "object",
        "data_ref",
        "data",
        "total",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "object": "list",
        "data_ref": "data",
    }


ValidationRulesAssignmentsListDict = TypedDict(
    "ValidationRulesAssignmentsListDict",
    {
        "object": "Literal['list']",
        "data_ref": "Literal['data']",
        "data": "list[BusValRuleAssignmentDict] | None",
        "total": "int | None",
    },
    total=False,
)
"""ValidationRulesAssignmentsList as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.bus_val_rule_assignment import BusValRuleAssignment, BusValRuleAssignmentDict
