from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class Field4ObjRewardObjectParametersMATERIAL(Model):
    """These are parameters representing products as a reward."""

    product: Field4ObjRewardObjectParametersMATERIALProduct | None = None
    """ Contains information about the product given as a reward. """

    __vf_fields__: ClassVar[tuple[str, ...]] = ("product",)
    __vf_consts__: ClassVar[dict[str, Any]] = {}


Field4ObjRewardObjectParametersMATERIALDict = TypedDict(
    "Field4ObjRewardObjectParametersMATERIALDict",
    {
        "product": "Field4ObjRewardObjectParametersMATERIALProductDict | None",
    },
    total=False,
)
"""Field4ObjRewardObjectParametersMATERIAL as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.field_4_obj_reward_object_parameters_material_product import (
    Field4ObjRewardObjectParametersMATERIALProduct,
    Field4ObjRewardObjectParametersMATERIALProductDict,
)
