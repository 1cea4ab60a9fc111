from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class ValidationsRedeemableInapplicableResultDetails(Model):
    """`ValidationsRedeemableInapplicableResultDetails` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    message: str | None = None
    """ Generic message from the `message` string shown in the `error` object or the message configured in a
    validation rule. """
    key: str | None = None
    """ Generic message from the `key` string shown in the `error` object. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "message",
        "key",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


ValidationsRedeemableInapplicableResultDetailsDict = TypedDict(
    "ValidationsRedeemableInapplicableResultDetailsDict",
    {
        "message": "str | None",
        "key": "str | None",
    },
    total=False,
)
"""ValidationsRedeemableInapplicableResultDetails as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
