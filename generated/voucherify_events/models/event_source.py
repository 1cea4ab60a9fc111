from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class EventSource(Model):
    """Contains the source of the object that initiated the event."""

    channel: str | None = None
    """ Determines the channel that initiated the event. """
    user: EventSourceUser | None = None
    """ Determines the Voucherify user who triggered the event. """
    api_key: EventSourceApiKey | None = None
    """ Determines the API key used to initiate the event. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "channel",
        "user",
        "api_key",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


EventSourceDict = TypedDict(
    "EventSourceDict",
    {
        "channel": "str | None",
        "user": "EventSourceUserDict | None",
        "api_key": "EventSourceApiKeyDict | None",
    },
    total=False,
)
"""EventSource as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.event_source_api_key import EventSourceApiKey, EventSourceApiKeyDict
from ..models.event_source_user import EventSourceUser, EventSourceUserDict
