from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_loyalty_card_expiration_rules import CampaignLoyaltyCardExpirationRules


T = TypeVar("T", bound="CampaignLoyaltyCard")

_KNOWN_KEYS = frozenset(
    {
        "points",
        "expiration_rules",
    }
)


@_attrs_define
class CampaignLoyaltyCard:
    """Schema model for a campaign loyalty card."""

    points: int | None | Unset = UNSET
    """ The initial number of points to assign to the loyalty card. This is the current loyalty card score i.e. the
    number of loyalty points on the card. """
    expiration_rules: CampaignLoyaltyCardExpirationRules | None | Unset = UNSET
    """ Defines the loyalty point expiration rule. This expiration rule applies when there are no `expiration_rules`
    defined for an earning rule. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        points: int | None | Unset
        if isinstance(self.points, Unset):
            points = UNSET
        else:
            points = self.points

        expiration_rules: dict[str, Any] | None | Unset
        if isinstance(self.expiration_rules, Unset):
            expiration_rules = UNSET
        elif isinstance(self.expiration_rules, CampaignLoyaltyCardExpirationRules):
            expiration_rules = (
                self.expiration_rules.to_dict()
                if isinstance(self.expiration_rules, CampaignLoyaltyCardExpirationRules)
                else self.expiration_rules
            )

        else:
            expiration_rules = self.expiration_rules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if points is not UNSET:
            field_dict["points"] = points
        if expiration_rules is not UNSET:
            field_dict["expiration_rules"] = expiration_rules

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        points = d.get("points", UNSET)

        try:
            _expiration_rules = d.get("expiration_rules", UNSET)
            expiration_rules: CampaignLoyaltyCardExpirationRules | None | Unset
            if _expiration_rules is UNSET:
                expiration_rules = UNSET
            elif _expiration_rules is None:
                expiration_rules = None
            else:
                expiration_rules_type_0 = CampaignLoyaltyCardExpirationRules.from_dict(_expiration_rules)

                expiration_rules = expiration_rules_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            expiration_rules = d.get("expiration_rules", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        campaign_loyalty_card = cls(
            points,
            expiration_rules,
        )

        if not _KNOWN_KEYS.issuperset(d):
            campaign_loyalty_card.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return campaign_loyalty_card

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
    global CampaignLoyaltyCardExpirationRules
    from ..models.campaign_loyalty_card_expiration_rules import CampaignLoyaltyCardExpirationRules

    _unbound = False
