from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class RedemptionRollbackChannel(Model):
    """`RedemptionRollbackChannel` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    channel_id: str | None = None
    """ Unique identifier of the channel which was used by the user performing the redemption rollback. This is
    either a user ID from the user using the Voucherify Dashboard or an X-APP-Id of a user using the API. """
    channel_type: str | None = None
    """ The source of the channel for the redemption. A `USER` corresponds to the Voucherify Dashboard and an `API`
    corresponds to the API. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "channel_id",
        "channel_type",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


RedemptionRollbackChannelDict = TypedDict(
    "RedemptionRollbackChannelDict",
    {
        "channel_id": "str | None",
        "channel_type": "str | None",
    },
    total=False,
)
"""RedemptionRollbackChannel as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
