from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class DefaultPayloadData2Event(Model):
    """`DefaultPayloadData2Event` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    id: str | None = None
    """ Unique identifier of the event that triggered the sendout. """
    type: str | None = None
    """ Determines the type of the object. """
    created_at: datetime.datetime | None = None
    """ The exact moment when the event was created. """
    entity_id: str | None = None
    """ Unique identifier of the entity that triggered the sendout. """
    group_id: str | None = None
    """ Unique identifier of the request that triggered the event. """
    event_source: EventSource | None = None

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "id",
        "type",
        "created_at",
        "entity_id",
        "group_id",
        "event_source",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


DefaultPayloadData2EventDict = TypedDict(
    "DefaultPayloadData2EventDict",
    {
        "id": "str | None",
        "type": "str | None",
        "created_at": "datetime.datetime | str | None",
        "entity_id": "str | None",
        "group_id": "str | None",
        "event_source": "EventSourceDict | None",
    },
    total=False,
)
"""DefaultPayloadData2Event as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.event_source import EventSource, EventSourceDict
