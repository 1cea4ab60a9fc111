from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class ValidationsRedeemableInapplicable(Model):
    """`ValidationsRedeemableInapplicable` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    status: str | None = None
    """ Indicates whether the redeemable can be applied or not applied based on the validation rules. """
    id: str | None = None
    """ Redeemable ID, i.e. the voucher code. """
    object: str | None = None
    """ Redeemable's object type. """
    result: ValidationsRedeemableInapplicableResult | None = None
    """ Includes the error object with details about the reason why the redeemable is inapplicable """
    metadata: Any | None = None
    """ The metadata object stores all custom attributes in the form of key/value pairs assigned to the redeemable.
    """
    categories: list[Category] | None = None
    campaign_name: str | None = None
    """ Campaign name. Displayed only if the `options.expand` is passed with a `redeemable` value in the validation
    request body. """
    campaign_id: str | None = None
    """ Unique campaign ID assigned by Voucherify. Displayed only if the `options.expand` is passed with a
    `redeemable` value in the validation request body. """
    name: str | None = None
    """ Name of the promotion tier. Displayed only if the `options.expand` is passed with a `redeemable` value in
    the validation request body. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "status",
        "id",
        "object",
        "result",
        "metadata",
        "categories",
        "campaign_name",
        "campaign_id",
        "name",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "status": "INAPPLICABLE",
    }


ValidationsRedeemableInapplicableDict = TypedDict(
    "ValidationsRedeemableInapplicableDict",
    {
        "status": "Literal['INAPPLICABLE']",
        "id": "str | None",
        "object": "str | None",
        "result": "ValidationsRedeemableInapplicableResultDict | None",
        "metadata": "Any",
        "categories": "list[CategoryDict] | None",
        "campaign_name": "str | None",
        "campaign_id": "str | None",
        "name": "str | None",
    },
    total=False,
)
"""ValidationsRedeemableInapplicable as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.category import Category, CategoryDict
from ..models.validations_redeemable_inapplicable_result import (
    ValidationsRedeemableInapplicableResult,
    ValidationsRedeemableInapplicableResultDict,
)
