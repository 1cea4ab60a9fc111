from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class RedemptionsRollbackCreateRequestBody(Model):
    """Request body schema for **POST** `v1/redemptions/{redemptionId}/rollback`."""

    reason: str | None = None
    """ Reason for the rollback. """
    tracking_id: str | None = None
    """ Customer's `source_id`. """
    customer: Customer | None = None
    order: Order | None = None
    """ Order information. """
    metadata: Any | None = None
    """ A set of key/value pairs that you can send in the request body to update **redemption** metadata. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "reason",
        "tracking_id",
        "customer",
        "order",
        "metadata",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


RedemptionsRollbackCreateRequestBodyDict = TypedDict(
    "RedemptionsRollbackCreateRequestBodyDict",
    {
        "reason": "str",
        "tracking_id": "str",
        "customer": "CustomerDict",
        "order": "OrderDict",
        "metadata": "Any",
    },
    total=False,
)
"""RedemptionsRollbackCreateRequestBody as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.customer import Customer, CustomerDict
from ..models.order import Order, OrderDict
