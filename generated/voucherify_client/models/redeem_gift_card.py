from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.redeem_gift_card_gift import RedeemGiftCardGift


T = TypeVar("T", bound="RedeemGiftCard")

_KNOWN_KEYS = frozenset(
    {
        "object",
        "id",
        "gift",
    }
)


@_attrs_define
class RedeemGiftCard:
    """Validate or redeem a gift card"""

    object_: Literal["voucher"] | Unset = "voucher"
    """ Redeemable object type. """
    id: None | str | Unset = UNSET
    """ Redeemable code. """
    gift: None | RedeemGiftCardGift | Unset = UNSET
    """ Contains information on the number of gift card credits that the customer wants to apply to the order. """
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

        gift: dict[str, Any] | None | Unset
        if isinstance(self.gift, Unset):
            gift = UNSET
        elif isinstance(self.gift, RedeemGiftCardGift):
            gift = self.gift.to_dict() if isinstance(self.gift, RedeemGiftCardGift) else self.gift

        else:
            gift = self.gift

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if id is not UNSET:
            field_dict["id"] = id
        if gift is not UNSET:
            field_dict["gift"] = gift

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
            gift: None | RedeemGiftCardGift | Unset
            if _gift is UNSET:
                gift = UNSET
            elif _gift is None:
                gift = None
            else:
                gift_type_0 = RedeemGiftCardGift.from_dict(_gift)

                gift = gift_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            gift = d.get("gift", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        redeem_gift_card = cls(
            object_,
            id,
            gift,
        )

        if not _KNOWN_KEYS.issuperset(d):
            redeem_gift_card.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return redeem_gift_card

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
    from ..models.redeem_gift_card_gift import RedeemGiftCardGift

    _unbound = False
