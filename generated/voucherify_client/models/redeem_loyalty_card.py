from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.redeem_loyalty_card_reward import RedeemLoyaltyCardReward


T = TypeVar("T", bound="RedeemLoyaltyCard")

_KNOWN_KEYS = frozenset(
    {
        "object",
        "id",
        "reward",
    }
)


@_attrs_define
class RedeemLoyaltyCard:
    """Validate or redeem a loyalty card"""

    object_: Literal["voucher"] | Unset = "voucher"
    """ Redeemable object type. """
    id: None | str | Unset = UNSET
    """ Redeemable code. """
    reward: None | RedeemLoyaltyCardReward | Unset = UNSET
    """ Contains information about the reward that the customer wants to redeem and the number of points the
    customer is choosing to use for the reward. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        object_ = self.object_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        reward: dict[str, Any] | None | Unset
        if isinstance(self.reward, Unset):
            reward = UNSET
        elif isinstance(self.reward, RedeemLoyaltyCardReward):
            reward = self.reward.to_dict() if isinstance(self.reward, RedeemLoyaltyCardReward) else self.reward

        else:
            reward = self.reward

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if id is not UNSET:
            field_dict["id"] = id
        if reward is not UNSET:
            field_dict["reward"] = reward

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        object_ = d.get("object", UNSET)

        id = d.get("id", UNSET)

        try:
            _reward = d.get("reward", UNSET)
            reward: None | RedeemLoyaltyCardReward | Unset
            if _reward is UNSET:
                reward = UNSET
            elif _reward is None:
                reward = None
            else:
                reward_type_0 = RedeemLoyaltyCardReward.from_dict(_reward)

                reward = reward_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            reward = d.get("reward", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        redeem_loyalty_card = cls(
            object_,
            id,
            reward,
        )

        if not _KNOWN_KEYS.issuperset(d):
            redeem_loyalty_card.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return redeem_loyalty_card

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
    global RedeemLoyaltyCardReward
    from ..models.redeem_loyalty_card_reward import RedeemLoyaltyCardReward

    _unbound = False
