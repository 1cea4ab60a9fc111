from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of

# Fields that hold one of several models: the union for type checkers, a stand-in that picks the variant at run time.
if TYPE_CHECKING:
    _redeemables: TypeAlias = RedeemVoucher | RedeemPromotionTier | RedeemPromotionStack
else:
    _redeemables = one_of(
        globals(),
        "RedeemVoucher",
        "RedeemPromotionTier",
        "RedeemPromotionStack",
    )


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class RedemptionsRedeemRequestBody(Model):
    """Response body schema for **POST** `v1/redemptions`."""

    redeemables: list[_redeemables] | None = None
    """ An array of redeemables. You can combine `voucher`(s) and `promotion_tier`(s). Alternatively, send one
    unique`promotion_stack` in the array. Each unique redeemable can be sent in one request only once. """
    options: RedemptionsRedeemRequestBodyOptions | None = None
    order: Order | None = None
    """ Order information. """
    customer: Customer | None = None
    session: Session | None = None
    tracking_id: str | None = None
    """ Is correspondent to Customer's source_id """
    metadata: Any | None = None
    """ A set of key/value pairs that you can attach to a redemption object. It can be useful for storing additional
    information about the redemption in a structured format. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "redeemables",
        "options",
        "order",
        "customer",
        "session",
        "tracking_id",
        "metadata",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


RedemptionsRedeemRequestBodyDict = TypedDict(
    "RedemptionsRedeemRequestBodyDict",
    {
        "redeemables": "Required[list[RedeemVoucherDict | RedeemPromotionTierDict | RedeemPromotionStackDict]]",
        "options": "RedemptionsRedeemRequestBodyOptionsDict",
        "order": "OrderDict",
        "customer": "CustomerDict",
        "session": "SessionDict",
        "tracking_id": "str",
        "metadata": "Any",
    },
    total=False,
)
"""RedemptionsRedeemRequestBody as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.customer import Customer, CustomerDict
from ..models.order import Order, OrderDict
from ..models.redeem_promotion_stack import RedeemPromotionStack, RedeemPromotionStackDict
from ..models.redeem_promotion_tier import RedeemPromotionTier, RedeemPromotionTierDict
from ..models.redeem_voucher import RedeemVoucher, RedeemVoucherDict
from ..models.redemptions_redeem_request_body_options import (
    RedemptionsRedeemRequestBodyOptions,
    RedemptionsRedeemRequestBodyOptionsDict,
)
from ..models.session import Session, SessionDict
