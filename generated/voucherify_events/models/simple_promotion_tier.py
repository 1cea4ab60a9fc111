from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.simple_promotion_tier_campaign import SimplePromotionTierCampaign


T = TypeVar("T", bound="SimplePromotionTier")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "banner",
        "campaign",
        "metadata",
    }
)


@_attrs_define
class SimplePromotionTier:
    """Simplified promotion tier data."""

    id: None | str | Unset = UNSET
    """ Unique promotion tier ID. """
    name: None | str | Unset = UNSET
    """ Name of the promotion tier. """
    banner: None | str | Unset = UNSET
    """ Text to be displayed to your customers on your website. """
    campaign: None | SimplePromotionTierCampaign | Unset = UNSET
    metadata: Any | Unset = UNSET
    """ A set of custom key/value pairs that you can attach to a promotion tier. The metadata object stores all
    custom attributes assigned to the promotion tier. """
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

        banner: None | str | Unset
        if isinstance(self.banner, Unset):
            banner = UNSET
        else:
            banner = self.banner

        campaign: dict[str, Any] | None | Unset
        if isinstance(self.campaign, Unset):
            campaign = UNSET
        elif isinstance(self.campaign, SimplePromotionTierCampaign):
            campaign = (
                self.campaign.to_dict() if isinstance(self.campaign, SimplePromotionTierCampaign) else self.campaign
            )

        else:
            campaign = self.campaign

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if banner is not UNSET:
            field_dict["banner"] = banner
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        id = d.get("id", UNSET)

        name = d.get("name", UNSET)

        banner = d.get("banner", UNSET)

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

        metadata = d.get("metadata", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        simple_promotion_tier = cls(
            id,
            name,
            banner,
            campaign,
            metadata,
        )

        if not _KNOWN_KEYS.issuperset(d):
            simple_promotion_tier.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return simple_promotion_tier

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
    global SimplePromotionTierCampaign
    from ..models.simple_promotion_tier_campaign import SimplePromotionTierCampaign

    _unbound = False
