"""The objects a request body takes, as types the clients' signatures use, all generated from the spec: each is the
generated model or its TypedDict (a plain dict a type checker checks key by key), so `order={"amout": 1}` is an
error under mypy and a field Voucherify adds is accepted after a regenerate. At run time they are placeholders,
so that importing the clients loads no generated module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

if TYPE_CHECKING:
    from voucherify_client.models import (
        Customer,
        CustomerDict,
        Order,
        OrderDict,
        RedeemPromotionStack,
        RedeemPromotionStackDict,
        RedeemPromotionTier,
        RedeemPromotionTierDict,
        RedeemVoucher,
        RedeemVoucherDict,
        RedemptionsRedeemRequestBodyOptions,
        RedemptionsRedeemRequestBodyOptionsDict,
        Session,
        SessionDict,
    )

    CustomerArg: TypeAlias = CustomerDict | Customer
    OrderArg: TypeAlias = OrderDict | Order
    SessionArg: TypeAlias = SessionDict | Session
    RedeemOptionsArg: TypeAlias = RedemptionsRedeemRequestBodyOptionsDict | RedemptionsRedeemRequestBodyOptions
    # A plain string is a voucher code.
    RedeemableArg: TypeAlias = (
        str
        | RedeemVoucherDict
        | RedeemPromotionTierDict
        | RedeemPromotionStackDict
        | RedeemVoucher
        | RedeemPromotionTier
        | RedeemPromotionStack
    )
else:
    CustomerArg = OrderArg = SessionArg = RedeemOptionsArg = RedeemableArg = Any

# Metadata is free-form in the spec: any JSON object.
MetadataArg: TypeAlias = dict[str, Any]

__all__ = ["CustomerArg", "MetadataArg", "OrderArg", "RedeemOptionsArg", "RedeemableArg", "SessionArg"]
