from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class RedemptionBaseChannel(Model):
    """`RedemptionBaseChannel` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    channel_id: str | None = None
    """ Unique channel ID of the user performing the redemption. This is either a user ID from a user using the
    Voucherify Dashboard or an X-APP-Id of a user using the API. For `AUTO_REDEEM`, it is the reward assignment ID.
    """
    channel_type: str | None = None
    """ The source of the channel for the redemption. A `USER` corresponds to the Voucherify Dashboard, `API`
    corresponds to the API, and `AUTO_REDEEM` corresponds to a loyalty campaign reward that has been redeemed
    automatically. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "channel_id",
        "channel_type",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


RedemptionBaseChannelDict = TypedDict(
    "RedemptionBaseChannelDict",
    {
        "channel_id": "str | None",
        "channel_type": "str | None",
    },
    total=False,
)
"""RedemptionBaseChannel as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
