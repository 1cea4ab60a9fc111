from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of

# Fields that hold one of several models: the union for type checkers, a stand-in that picks the variant at run time.
if TYPE_CHECKING:
    _campaign: TypeAlias = (
        Field4ObjRewardObjectParametersCAMPAIGNDISCOUNTCOUPONS
        | Field4ObjRewardObjectParametersCAMPAIGNGIFTVOUCHERS
        | Field4ObjRewardObjectParametersCAMPAIGNLOYALTYPROGRAM
    )
else:
    _campaign = one_of(
        globals(),
        "Field4ObjRewardObjectParametersCAMPAIGNDISCOUNTCOUPONS",
        "Field4ObjRewardObjectParametersCAMPAIGNGIFTVOUCHERS",
        "Field4ObjRewardObjectParametersCAMPAIGNLOYALTYPROGRAM",
    )


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class Field4ObjRewardObjectParametersCAMPAIGN(Model):
    """These are parameters representing a Campaign reward. These can be in the form of discount coupons, gift card
    credits, or loyalty point credits.

    """

    campaign: _campaign | None = None
    """ Objects stores information about the campaign related to the reward. """

    __vf_fields__: ClassVar[tuple[str, ...]] = ("campaign",)
    __vf_consts__: ClassVar[dict[str, Any]] = {}


Field4ObjRewardObjectParametersCAMPAIGNDict = TypedDict(
    "Field4ObjRewardObjectParametersCAMPAIGNDict",
    {
        "campaign": "Field4ObjRewardObjectParametersCAMPAIGNDISCOUNTCOUPONSDict | Field4ObjRewardObjectParametersCAMPAIGNGIFTVOUCHERSDict | Field4ObjRewardObjectParametersCAMPAIGNLOYALTYPROGRAMDict | None",
    },
    total=False,
)
"""Field4ObjRewardObjectParametersCAMPAIGN as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.field_4_obj_reward_object_parameters_campaigndiscountcoupons import (
    Field4ObjRewardObjectParametersCAMPAIGNDISCOUNTCOUPONS,
    Field4ObjRewardObjectParametersCAMPAIGNDISCOUNTCOUPONSDict,
)
from ..models.field_4_obj_reward_object_parameters_campaigngiftvouchers import (
    Field4ObjRewardObjectParametersCAMPAIGNGIFTVOUCHERS,
    Field4ObjRewardObjectParametersCAMPAIGNGIFTVOUCHERSDict,
)
from ..models.field_4_obj_reward_object_parameters_campaignloyaltyprogram import (
    Field4ObjRewardObjectParametersCAMPAIGNLOYALTYPROGRAM,
    Field4ObjRewardObjectParametersCAMPAIGNLOYALTYPROGRAMDict,
)
