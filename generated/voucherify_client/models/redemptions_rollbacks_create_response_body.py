from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class RedemptionsRollbacksCreateResponseBody(Model):
    """Response body schema for **POST** `/redemptions/{parentRedemptionID}/rollbacks`."""

    rollbacks: list[RedemptionRollback] | None = None
    """ Contains the rollback redemption objects of the particular incentives. """
    parent_rollback: RedemptionRollback | None = None
    order: OrdersGetResponseBody | None = None

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "rollbacks",
        "parent_rollback",
        "order",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


RedemptionsRollbacksCreateResponseBodyDict = TypedDict(
    "RedemptionsRollbacksCreateResponseBodyDict",
    {
        "rollbacks": "list[RedemptionRollbackDict] | None",
        "parent_rollback": "RedemptionRollbackDict | None",
        "order": "OrdersGetResponseBodyDict | None",
    },
    total=False,
)
"""RedemptionsRollbacksCreateResponseBody as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.orders_get_response_body import OrdersGetResponseBody, OrdersGetResponseBodyDict
from ..models.redemption_rollback import RedemptionRollback, RedemptionRollbackDict
