from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class RedeemVoucher(Model):
    """Validate or redeem a voucher code: a discount code, or a gift card (`gift`: the credits to apply) or a
    loyalty card (`reward`: the reward to take and the points to use).

    """

    object: str | None = None
    """ Redeemable object type. """
    id: str | None = None
    """ Redeemable code. """
    gift: RedeemGiftCardGift | None = None
    reward: RedeemLoyaltyCardReward | None = None

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "object",
        "id",
        "gift",
        "reward",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "object": "voucher",
    }


RedeemVoucherDict = TypedDict(
    "RedeemVoucherDict",
    {
        "object": "Required[Literal['voucher']]",
        "id": "Required[str]",
        "gift": "RedeemGiftCardGiftDict",
        "reward": "RedeemLoyaltyCardRewardDict",
    },
    total=False,
)
"""RedeemVoucher as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.redeem_gift_card_gift import RedeemGiftCardGift, RedeemGiftCardGiftDict
from ..models.redeem_loyalty_card_reward import RedeemLoyaltyCardReward, RedeemLoyaltyCardRewardDict
