from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_4_obj_reward_object_parameters_campaigndiscountcoupons import (
        Field4ObjRewardObjectParametersCAMPAIGNDISCOUNTCOUPONS,
    )
    from ..models.field_4_obj_reward_object_parameters_campaigngiftvouchers import (
        Field4ObjRewardObjectParametersCAMPAIGNGIFTVOUCHERS,
    )
    from ..models.field_4_obj_reward_object_parameters_campaignloyaltyprogram import (
        Field4ObjRewardObjectParametersCAMPAIGNLOYALTYPROGRAM,
    )


T = TypeVar("T", bound="Field4ObjRewardObjectParametersCAMPAIGN")

_KNOWN_KEYS = frozenset(
    {
        "campaign",
    }
)


@_attrs_define
class Field4ObjRewardObjectParametersCAMPAIGN:
    """These are parameters representing a Campaign reward. These can be in the form of discount coupons, gift card
    credits, or loyalty point credits.

    """

    campaign: (
        Field4ObjRewardObjectParametersCAMPAIGNDISCOUNTCOUPONS
        | Field4ObjRewardObjectParametersCAMPAIGNGIFTVOUCHERS
        | Field4ObjRewardObjectParametersCAMPAIGNLOYALTYPROGRAM
        | None
        | Unset
    ) = UNSET
    """ Objects stores information about the campaign related to the reward. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        campaign: dict[str, Any] | None | Unset
        if isinstance(self.campaign, Unset):
            campaign = UNSET
        elif isinstance(self.campaign, Field4ObjRewardObjectParametersCAMPAIGNDISCOUNTCOUPONS):
            campaign = (
                self.campaign.to_dict()
                if isinstance(self.campaign, Field4ObjRewardObjectParametersCAMPAIGNDISCOUNTCOUPONS)
                else self.campaign
            )

        elif isinstance(self.campaign, Field4ObjRewardObjectParametersCAMPAIGNGIFTVOUCHERS):
            campaign = (
                self.campaign.to_dict()
                if isinstance(self.campaign, Field4ObjRewardObjectParametersCAMPAIGNGIFTVOUCHERS)
                else self.campaign
            )

        elif isinstance(self.campaign, Field4ObjRewardObjectParametersCAMPAIGNLOYALTYPROGRAM):
            campaign = (
                self.campaign.to_dict()
                if isinstance(self.campaign, Field4ObjRewardObjectParametersCAMPAIGNLOYALTYPROGRAM)
                else self.campaign
            )

        else:
            campaign = self.campaign

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign is not UNSET:
            field_dict["campaign"] = campaign

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        try:
            _campaign = d.get("campaign", UNSET)
            campaign: (
                Field4ObjRewardObjectParametersCAMPAIGNDISCOUNTCOUPONS
                | Field4ObjRewardObjectParametersCAMPAIGNGIFTVOUCHERS
                | Field4ObjRewardObjectParametersCAMPAIGNLOYALTYPROGRAM
                | None
                | Unset
            )
            if _campaign is UNSET:
                campaign = UNSET
            elif isinstance(_campaign, dict) and _campaign.get("type") == "DISCOUNT_COUPONS":
                componentsschemas_4_obj_reward_object_parameters_campaign_campaign_type_0 = (
                    Field4ObjRewardObjectParametersCAMPAIGNDISCOUNTCOUPONS.from_dict(_campaign)
                )

                campaign = componentsschemas_4_obj_reward_object_parameters_campaign_campaign_type_0
            elif isinstance(_campaign, dict) and _campaign.get("type") == "GIFT_VOUCHERS":
                componentsschemas_4_obj_reward_object_parameters_campaign_campaign_type_1 = (
                    Field4ObjRewardObjectParametersCAMPAIGNGIFTVOUCHERS.from_dict(_campaign)
                )

                campaign = componentsschemas_4_obj_reward_object_parameters_campaign_campaign_type_1
            elif isinstance(_campaign, dict) and _campaign.get("type") == "LOYALTY_PROGRAM":
                componentsschemas_4_obj_reward_object_parameters_campaign_campaign_type_2 = (
                    Field4ObjRewardObjectParametersCAMPAIGNLOYALTYPROGRAM.from_dict(_campaign)
                )

                campaign = componentsschemas_4_obj_reward_object_parameters_campaign_campaign_type_2
            elif isinstance(_campaign, dict) and "type" not in _campaign:
                campaign = Field4ObjRewardObjectParametersCAMPAIGNDISCOUNTCOUPONS.from_dict(_campaign)
            elif _campaign is None:
                campaign = None
            else:
                campaign = cast(
                    Field4ObjRewardObjectParametersCAMPAIGNDISCOUNTCOUPONS
                    | Field4ObjRewardObjectParametersCAMPAIGNGIFTVOUCHERS
                    | Field4ObjRewardObjectParametersCAMPAIGNLOYALTYPROGRAM
                    | None
                    | Unset,
                    _campaign,
                )

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            campaign = d.get("campaign", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        field_4_obj_reward_object_parameters_campaign = cls(
            campaign,
        )

        if not _KNOWN_KEYS.issuperset(d):
            field_4_obj_reward_object_parameters_campaign.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return field_4_obj_reward_object_parameters_campaign

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


# The models this one refers to are imported on its first use, not at import time: models refer to each other in
# cycles, and importing the package should cost only the classes a program actually touches.
_unbound = True


def _bind_models() -> None:
    global _unbound
    global Field4ObjRewardObjectParametersCAMPAIGNDISCOUNTCOUPONS
    global Field4ObjRewardObjectParametersCAMPAIGNGIFTVOUCHERS
    global Field4ObjRewardObjectParametersCAMPAIGNLOYALTYPROGRAM
    from ..models.field_4_obj_reward_object_parameters_campaigndiscountcoupons import (
        Field4ObjRewardObjectParametersCAMPAIGNDISCOUNTCOUPONS,
    )
    from ..models.field_4_obj_reward_object_parameters_campaigngiftvouchers import (
        Field4ObjRewardObjectParametersCAMPAIGNGIFTVOUCHERS,
    )
    from ..models.field_4_obj_reward_object_parameters_campaignloyaltyprogram import (
        Field4ObjRewardObjectParametersCAMPAIGNLOYALTYPROGRAM,
    )

    _unbound = False
