from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class EventRedemptionRollbackSucceededWebhook(Model):
    """Event data object schema for `EVENTS.REDEMPTION.ROLLBACK.SUCCEEDED` webhook."""

    id: str | None = None
    """ Unique identifier of the sendout for this webhook. """
    project_id: str | None = None
    """ Unique identifier of the Voucherify project. """
    created_at: datetime.datetime | None = None
    """ The exact moment when the webhook was created. """
    type: str | None = None
    data: EventRedemptionRollbackSucceededData | None = None
    source: DefaultPayloadData2Source | None = None
    """ Webhook ID of the distribution for which the distribution has been initiated. """
    event: DefaultPayloadData2Event | None = None
    """ Contains other data of the event that triggered the sendout. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "id",
        "project_id",
        "created_at",
        "type",
        "data",
        "source",
        "event",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "type": "redemption.rollback.succeeded",
    }


EventRedemptionRollbackSucceededWebhookDict = TypedDict(
    "EventRedemptionRollbackSucceededWebhookDict",
    {
        "id": "str | None",
        "project_id": "str | None",
        "created_at": "datetime.datetime | str | None",
        "type": "Literal['redemption.rollback.succeeded']",
        "data": "EventRedemptionRollbackSucceededDataDict | None",
        "source": "DefaultPayloadData2SourceDict | None",
        "event": "DefaultPayloadData2EventDict | None",
    },
    total=False,
)
"""EventRedemptionRollbackSucceededWebhook as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.default_payload_data_2_event import DefaultPayloadData2Event, DefaultPayloadData2EventDict
from ..models.default_payload_data_2_source import DefaultPayloadData2Source, DefaultPayloadData2SourceDict
from ..models.event_redemption_rollback_succeeded_data import (
    EventRedemptionRollbackSucceededData,
    EventRedemptionRollbackSucceededDataDict,
)
