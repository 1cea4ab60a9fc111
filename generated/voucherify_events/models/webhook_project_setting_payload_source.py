from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class WebhookProjectSettingPayloadSource(Model):
    """`WebhookProjectSettingPayloadSource` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    id: str | None = None
    """ ID number of the webhook. """
    object: str | None = None
    """ Determines the type of the object. """
    target_url: str | None = None
    """ The address where the webhook will be sent. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "target_url",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "object": "webhook",
    }


WebhookProjectSettingPayloadSourceDict = TypedDict(
    "WebhookProjectSettingPayloadSourceDict",
    {
        "id": "str | None",
        "object": "Literal['webhook']",
        "target_url": "str | None",
    },
    total=False,
)
"""WebhookProjectSettingPayloadSource as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
