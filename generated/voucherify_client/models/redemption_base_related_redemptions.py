from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class RedemptionBaseRelatedRedemptions(Model):
    """`RedemptionBaseRelatedRedemptions` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    rollbacks: list[RedemptionBaseRelatedRedemptionsRollbacksItem] | None = None
    redemptions: list[RedemptionBaseRelatedRedemptionsRedemptionsItem] | None = None

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "rollbacks",
        "redemptions",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


RedemptionBaseRelatedRedemptionsDict = TypedDict(
    "RedemptionBaseRelatedRedemptionsDict",
    {
        "rollbacks": "list[RedemptionBaseRelatedRedemptionsRollbacksItemDict] | None",
        "redemptions": "list[RedemptionBaseRelatedRedemptionsRedemptionsItemDict] | None",
    },
    total=False,
)
"""RedemptionBaseRelatedRedemptions as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.redemption_base_related_redemptions_redemptions_item import (
    RedemptionBaseRelatedRedemptionsRedemptionsItem,
    RedemptionBaseRelatedRedemptionsRedemptionsItemDict,
)
from ..models.redemption_base_related_redemptions_rollbacks_item import (
    RedemptionBaseRelatedRedemptionsRollbacksItem,
    RedemptionBaseRelatedRedemptionsRollbacksItemDict,
)
