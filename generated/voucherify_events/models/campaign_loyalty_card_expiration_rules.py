from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class CampaignLoyaltyCardExpirationRules(Model):
    """`CampaignLoyaltyCardExpirationRules` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    period_type: str | None = None
    """ Type of period. Can be set for `MONTH` or `FIXED_DAY_OF_YEAR`. `MONTH` requires the `period_value` field.
    `FIXED_DAY_OF_YEAR` requires the `fixed_month` and `fixed_day` fields. """
    period_value: int | None = None
    """ Value of the period. Required for the `period_type: MONTH`. """
    rounding_type: str | None = None
    """ Type of rounding of the expiration period. Optional  for the `period_type: MONTH`. """
    rounding_value: int | None = None
    """ Value of rounding of the expiration period. Required for the `rounding_type`. """
    fixed_month: int | None = None
    """ Determines the month when the points expire; `1` is January, `2` is February, and so on. Required for the
    `period_type: FIXED_DAY_OF_YEAR`. """
    fixed_day: int | None = None
    """ Determines the day of the month when the points expire. Required for the `period_type: FIXED_DAY_OF_YEAR`.
    """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "period_type",
        "period_value",
        "rounding_type",
        "rounding_value",
        "fixed_month",
        "fixed_day",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


CampaignLoyaltyCardExpirationRulesDict = TypedDict(
    "CampaignLoyaltyCardExpirationRulesDict",
    {
        "period_type": "str | None",
        "period_value": "int | None",
        "rounding_type": "str | None",
        "rounding_value": "int | None",
        "fixed_month": "int | None",
        "fixed_day": "int | None",
    },
    total=False,
)
"""CampaignLoyaltyCardExpirationRules as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
