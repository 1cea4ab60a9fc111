from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.redeem_gift_card_gift import RedeemGiftCardGift
    from ..models.redeem_loyalty_card_reward import RedeemLoyaltyCardReward


T = TypeVar("T", bound="RedeemVoucher")

_KNOWN_KEYS = frozenset(
    {
        "object",
        "id",
        "gift",
        "reward",
    }
)


@_attrs_define
class RedeemVoucher:
    """Validate or redeem a voucher code: a discount code, or a gift card (`gift`: the credits to apply) or a
    loyalty card (`reward`: the reward to take and the points to use).

    """

    id: str
    """ Redeemable code. """
    object_: Literal["voucher"] = "voucher"
    """ Redeemable object type. """
    gift: RedeemGiftCardGift | Unset = UNSET
    reward: RedeemLoyaltyCardReward | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        object_ = self.object_

        id = self.id

        gift: dict[str, Any] | Unset = UNSET
        if isinstance(self.gift, RedeemGiftCardGift):
            gift = self.gift.to_dict()
        elif not isinstance(self.gift, Unset):
            gift = self.gift

        reward: dict[str, Any] | Unset = UNSET
        if isinstance(self.reward, RedeemLoyaltyCardReward):
            reward = self.reward.to_dict()
        elif not isinstance(self.reward, Unset):
            reward = self.reward

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
            }
        )
        if gift is not UNSET:
            field_dict["gift"] = gift
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
            _gift = d.get("gift", UNSET)
            gift: RedeemGiftCardGift | Unset
            if _gift is UNSET:
                gift = UNSET
            else:
                gift = RedeemGiftCardGift.from_dict(_gift)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            gift = d.get("gift", UNSET)

        try:
            _reward = d.get("reward", UNSET)
            reward: RedeemLoyaltyCardReward | Unset
            if _reward is UNSET:
                reward = UNSET
            else:
                reward = RedeemLoyaltyCardReward.from_dict(_reward)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            reward = d.get("reward", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        redeem_voucher = cls(
            id,
            object_,
            gift,
            reward,
        )

        if not _KNOWN_KEYS.issuperset(d):
            redeem_voucher.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return redeem_voucher

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
    global RedeemGiftCardGift
    global RedeemLoyaltyCardReward
    from ..models.redeem_gift_card_gift import RedeemGiftCardGift
    from ..models.redeem_loyalty_card_reward import RedeemLoyaltyCardReward

    _unbound = False
