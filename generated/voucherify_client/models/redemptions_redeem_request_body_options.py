from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class RedemptionsRedeemRequestBodyOptions(Model):
    """`RedemptionsRedeemRequestBodyOptions` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    expand: list[str] | None = None
    """ Expand array lets you configure params included in the response. Depending on the strings included in the
    array, the response will contain different details.

    | **Expand Option** | **Response Body** |
    |:---|:---|
    | ["order"] | - Same response as fallback response (without an options object).<br />- Order data with
    calculated discounts are listed in each child redeemable object.<br />- Metadata not included for each discount
    type. |
    | ["redeemable"] | Expands redeemable objects by including `metadata` for each discount type. |
    | ["order", "redeemable"] | - Order data with calculated discounts are listed in each child redeemable
    object.<br />- Includes `metadata` for each discount type. |
    | ["redeemable", "redemption", "category"] | - Returns each discount type's `metadata` in each child redemption
    object.<br />- Returns redemption object `metadata`.<br />- Returns an expanded `categories` object, showing
    details about the category. | """

    __vf_fields__: ClassVar[tuple[str, ...]] = ("expand",)
    __vf_consts__: ClassVar[dict[str, Any]] = {}


RedemptionsRedeemRequestBodyOptionsDict = TypedDict(
    "RedemptionsRedeemRequestBodyOptionsDict",
    {
        "expand": "list[str]",
    },
    total=False,
)
"""RedemptionsRedeemRequestBodyOptions as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
