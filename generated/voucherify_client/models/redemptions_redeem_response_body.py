from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class RedemptionsRedeemResponseBody(Model):
    """Response body schema for **POST** `v1/redemptions`."""

    redemptions: list[Redemption] | None = None
    parent_redemption: Redemption | None = None
    order: OrdersGetResponseBody | None = None
    """ Contains the order details associated with the redemption. """
    inapplicable_redeemables: list[ValidationsRedeemableInapplicable] | None = None
    """ Lists validation results of each inapplicable redeemable. """
    skipped_redeemables: list[ValidationsRedeemableSkipped] | None = None
    """ Lists validation results of each redeemable. If a redeemable can be applied, the API returns `"status":
    "APPLICABLE"`. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "redemptions",
        "parent_redemption",
        "order",
        "inapplicable_redeemables",
        "skipped_redeemables",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


RedemptionsRedeemResponseBodyDict = TypedDict(
    "RedemptionsRedeemResponseBodyDict",
    {
        "redemptions": "list[RedemptionDict] | None",
        "parent_redemption": "RedemptionDict | None",
        "order": "OrdersGetResponseBodyDict | None",
        "inapplicable_redeemables": "list[ValidationsRedeemableInapplicableDict] | None",
        "skipped_redeemables": "list[ValidationsRedeemableSkippedDict] | None",
    },
    total=False,
)
"""RedemptionsRedeemResponseBody as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.orders_get_response_body import OrdersGetResponseBody, OrdersGetResponseBodyDict
from ..models.redemption import Redemption, RedemptionDict
from ..models.validations_redeemable_inapplicable import (
    ValidationsRedeemableInapplicable,
    ValidationsRedeemableInapplicableDict,
)
from ..models.validations_redeemable_skipped import ValidationsRedeemableSkipped, ValidationsRedeemableSkippedDict
