from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class ParameterFiltersListRedemptions(Model):
    """`ParameterFiltersListRedemptions` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    voucher_code: ParameterFiltersListRedemptionsObject | None = None
    related_object_id: ParameterFiltersListRedemptionsObject | None = None
    related_object_parent_id: ParameterFiltersListRedemptionsObject | None = None
    parent_redemption_id: ParameterFiltersListRedemptionsObject | None = None
    failure_code: ParameterFiltersListRedemptionsObject | None = None
    result: ParameterFiltersListRedemptionsObject | None = None
    object: ParameterFiltersListRedemptionsObject | None = None
    customer_id: ParameterFiltersListRedemptionsObject | None = None
    campaign_name: ParameterFiltersListRedemptionsObject | None = None
    user_login: ParameterFiltersListRedemptionsObject | None = None
    junction: str | None = None
    """ Logical Operator Between Filters. Filter by conditions set on the `junction` parameter indicating how the
    `conditions` should be accounted for in the query. An `AND` is an all-inclusive logical operator, meaning the
    `AND` operator displays a record if **ALL** the conditions separated by AND are TRUE, while  an `OR` operator
    displays a record if **ANY** of the conditions separated by OR is TRUE. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "voucher_code",
        "related_object_id",
        "related_object_parent_id",
        "parent_redemption_id",
        "failure_code",
        "result",
        "object",
        "customer_id",
        "campaign_name",
        "user_login",
        "junction",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


ParameterFiltersListRedemptionsDict = TypedDict(
    "ParameterFiltersListRedemptionsDict",
    {
        "voucher_code": "ParameterFiltersListRedemptionsObjectDict",
        "related_object_id": "ParameterFiltersListRedemptionsObjectDict",
        "related_object_parent_id": "ParameterFiltersListRedemptionsObjectDict",
        "parent_redemption_id": "ParameterFiltersListRedemptionsObjectDict",
        "failure_code": "ParameterFiltersListRedemptionsObjectDict",
        "result": "ParameterFiltersListRedemptionsObjectDict",
        "object": "ParameterFiltersListRedemptionsObjectDict",
        "customer_id": "ParameterFiltersListRedemptionsObjectDict",
        "campaign_name": "ParameterFiltersListRedemptionsObjectDict",
        "user_login": "ParameterFiltersListRedemptionsObjectDict",
        "junction": "str",
    },
    total=False,
)
"""ParameterFiltersListRedemptions as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.parameter_filters_list_redemptions_object import (
    ParameterFiltersListRedemptionsObject,
    ParameterFiltersListRedemptionsObjectDict,
)
