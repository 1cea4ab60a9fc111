from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class ValidationsRedeemableInapplicableResult(Model):
    """`ValidationsRedeemableInapplicableResult` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    error: Error | None = None
    details: ValidationsRedeemableInapplicableResultDetails | None = None
    """ Provides details about the reason why the redeemable is inapplicable. """
    bundle: Bundle | None = None

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "error",
        "details",
        "bundle",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


ValidationsRedeemableInapplicableResultDict = TypedDict(
    "ValidationsRedeemableInapplicableResultDict",
    {
        "error": "ErrorDict | None",
        "details": "ValidationsRedeemableInapplicableResultDetailsDict | None",
        "bundle": "BundleDict | None",
    },
    total=False,
)
"""ValidationsRedeemableInapplicableResult as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.bundle import Bundle, BundleDict
from ..models.error import Error, ErrorDict
from ..models.validations_redeemable_inapplicable_result_details import (
    ValidationsRedeemableInapplicableResultDetails,
    ValidationsRedeemableInapplicableResultDetailsDict,
)
