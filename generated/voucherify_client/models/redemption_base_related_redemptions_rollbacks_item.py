from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class RedemptionBaseRelatedRedemptionsRollbacksItem(Model):
    """`RedemptionBaseRelatedRedemptionsRollbacksItem` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    id: str | None = None
    """ Unique rollback redemption ID. """
    date: datetime.datetime | None = None
    """ Timestamp representing the date and time when the object was created. The value is shown in the ISO 8601
    format. """
    rollback_order_mode: str | None = None
    """ Defines the rollback mode for the order. `WITH_ORDER` is a default setting. The redemption is rolled back
    together with the data about the order, including related discount values. `WITHOUT_ORDER` allows rolling the
    redemption back without affecting order data, including the applied discount values. This is returned only in
    GET `v1/redemptions/` and GET `v1/redemptions/{redemptionId}` endpoints. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "id",
        "date",
        "rollback_order_mode",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


RedemptionBaseRelatedRedemptionsRollbacksItemDict = TypedDict(
    "RedemptionBaseRelatedRedemptionsRollbacksItemDict",
    {
        "id": "str | None",
        "date": "datetime.datetime | str | None",
        "rollback_order_mode": "str | None",
    },
    total=False,
)
"""RedemptionBaseRelatedRedemptionsRollbacksItem as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
