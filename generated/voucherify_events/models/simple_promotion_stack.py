from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.simple_promotion_stack_tiers import SimplePromotionStackTiers
    from ..models.simple_promotion_tier_campaign import SimplePromotionTierCampaign


T = TypeVar("T", bound="SimplePromotionStack")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "category_id",
        "campaign",
        "tiers",
    }
)


@_attrs_define
class SimplePromotionStack:
    """Simplified promotion stack data."""

    id: None | str | Unset = UNSET
    """ Unique identifier of the promotion stack. """
    name: None | str | Unset = UNSET
    """ Name of the promotion stack. """
    category_id: None | str | Unset = UNSET
    """ Unique identifier of the category of the promotion stack. """
    campaign: None | SimplePromotionTierCampaign | Unset = UNSET
    """ Represents simplified promotion stack campaign data. """
    tiers: None | SimplePromotionStackTiers | Unset = UNSET
    """ Contains the tier configuration. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
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

        category_id: None | str | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        campaign: dict[str, Any] | None | Unset
        if isinstance(self.campaign, Unset):
            campaign = UNSET
        elif isinstance(self.campaign, SimplePromotionTierCampaign):
            campaign = (
                self.campaign.to_dict() if isinstance(self.campaign, SimplePromotionTierCampaign) else self.campaign
            )

        else:
            campaign = self.campaign

        tiers: dict[str, Any] | None | Unset
        if isinstance(self.tiers, Unset):
            tiers = UNSET
        elif isinstance(self.tiers, SimplePromotionStackTiers):
            tiers = self.tiers.to_dict() if isinstance(self.tiers, SimplePromotionStackTiers) else self.tiers

        else:
            tiers = self.tiers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if tiers is not UNSET:
            field_dict["tiers"] = tiers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        id = d.get("id", UNSET)

        name = d.get("name", UNSET)

        category_id = d.get("category_id", UNSET)

        try:
            _campaign = d.get("campaign", UNSET)
            campaign: None | SimplePromotionTierCampaign | Unset
            if _campaign is UNSET:
                campaign = UNSET
            elif _campaign is None:
                campaign = None
            else:
                campaign_type_0 = SimplePromotionTierCampaign.from_dict(_campaign)

                campaign = campaign_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            campaign = d.get("campaign", UNSET)

        try:
            _tiers = d.get("tiers", UNSET)
            tiers: None | SimplePromotionStackTiers | Unset
            if _tiers is UNSET:
                tiers = UNSET
            elif _tiers is None:
                tiers = None
            else:
                tiers_type_0 = SimplePromotionStackTiers.from_dict(_tiers)

                tiers = tiers_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            tiers = d.get("tiers", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        simple_promotion_stack = cls(
            id,
            name,
            category_id,
            campaign,
            tiers,
        )

        if not _KNOWN_KEYS.issuperset(d):
            simple_promotion_stack.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return simple_promotion_stack

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
    global SimplePromotionStackTiers
    global SimplePromotionTierCampaign
    from ..models.simple_promotion_stack_tiers import SimplePromotionStackTiers
    from ..models.simple_promotion_tier_campaign import SimplePromotionTierCampaign

    _unbound = False
