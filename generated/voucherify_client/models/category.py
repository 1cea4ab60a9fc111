from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class Category(Model):
    """Category object with `stacking_rules_type`"""

    id: str | None = None
    """ Unique category ID assigned by Voucherify. """
    name: str | None = None
    """ Category name. """
    hierarchy: int | None = None
    """ Category hierarchy. Categories with lower hierarchy are processed before categories with higher hierarchy
    value. """
    object: str | None = None
    """ The type of the object represented by the JSON. This object stores information about the category. """
    created_at: datetime.datetime | None = None
    """ Timestamp representing the date and time when the category was created. The value is shown in the ISO 8601
    format. """
    updated_at: datetime.datetime | None = None
    """ Timestamp representing the date and time when the category was updated. The value is shown in the ISO 8601
    format. """
    stacking_rules_type: str | None = None
    """ The type of the stacking rule eligibility. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "hierarchy",
        "object",
        "created_at",
        "updated_at",
        "stacking_rules_type",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "object": "category",
    }


CategoryDict = TypedDict(
    "CategoryDict",
    {
        "id": "str | None",
        "name": "str | None",
        "hierarchy": "int | None",
        "object": "Literal['category']",
        "created_at": "datetime.datetime | str | None",
        "updated_at": "datetime.datetime | str | None",
        "stacking_rules_type": "str | None",
    },
    total=False,
)
"""Category as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
