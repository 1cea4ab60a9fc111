from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class Gift(Model):
    """Contains current gift card balance information."""

    amount: float | None = None
    """ Total gift card income over the lifetime of the card. Value is multiplied by 100 to precisely represent 2
    decimal places. For example, $10 amount is written as 1000. """
    balance: float | None = None
    """ Available funds. Value is multiplied by 100 to precisely represent 2 decimal places. For example, $10 amount
    is written as 1000. """
    effect: str | None = None
    """ Defines how the credits are applied to the customer's order. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "amount",
        "balance",
        "effect",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


GiftDict = TypedDict(
    "GiftDict",
    {
        "amount": "float | None",
        "balance": "float | None",
        "effect": "str | None",
    },
    total=False,
)
"""Gift as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
