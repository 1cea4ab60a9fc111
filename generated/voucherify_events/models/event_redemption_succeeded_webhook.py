from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, format_datetime, parse_datetime

if TYPE_CHECKING:
    from ..models.default_payload_data_2_event import DefaultPayloadData2Event
    from ..models.default_payload_data_2_source import DefaultPayloadData2Source
    from ..models.event_redemption_succeeded_data import EventRedemptionSucceededData


T = TypeVar("T", bound="EventRedemptionSucceededWebhook")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "project_id",
        "created_at",
        "type",
        "data",
        "source",
        "event",
    }
)


@_attrs_define
class EventRedemptionSucceededWebhook:
    """Event data object schema for `EVENTS.REDEMPTION.SUCCEEDED` webhook."""

    id: None | str | Unset = UNSET
    """ Unique identifier of the sendout for this webhook. """
    project_id: None | str | Unset = UNSET
    """ Unique identifier of the Voucherify project. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ The exact moment when the webhook was created. """
    type_: Literal["redemption.succeeded"] | Unset = UNSET
    data: EventRedemptionSucceededData | None | Unset = UNSET
    source: DefaultPayloadData2Source | None | Unset = UNSET
    """ Webhook ID of the distribution for which the distribution has been initiated. """
    event: DefaultPayloadData2Event | None | Unset = UNSET
    """ Contains other data of the event that triggered the sendout. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                format_datetime(self.created_at) if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        else:
            created_at = self.created_at

        type_ = self.type_

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, EventRedemptionSucceededData):
            data = self.data.to_dict() if isinstance(self.data, EventRedemptionSucceededData) else self.data

        else:
            data = self.data

        source: dict[str, Any] | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, DefaultPayloadData2Source):
            source = self.source.to_dict() if isinstance(self.source, DefaultPayloadData2Source) else self.source

        else:
            source = self.source

        event: dict[str, Any] | None | Unset
        if isinstance(self.event, Unset):
            event = UNSET
        elif isinstance(self.event, DefaultPayloadData2Event):
            event = self.event.to_dict() if isinstance(self.event, DefaultPayloadData2Event) else self.event

        else:
            event = self.event

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if type_ is not UNSET:
            field_dict["type"] = type_
        if data is not UNSET:
            field_dict["data"] = data
        if source is not UNSET:
            field_dict["source"] = source
        if event is not UNSET:
            field_dict["event"] = event

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        id = d.get("id", UNSET)

        project_id = d.get("project_id", UNSET)

        try:
            _created_at = d.get("created_at", UNSET)
            created_at: datetime.datetime | None | Unset
            if _created_at is UNSET:
                created_at = UNSET
            elif _created_at is None:
                created_at = None
            else:
                created_at_type_0 = parse_datetime(_created_at)

                created_at = created_at_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            created_at = d.get("created_at", UNSET)

        type_ = d.get("type", UNSET)

        try:
            _data = d.get("data", UNSET)
            data: EventRedemptionSucceededData | None | Unset
            if _data is UNSET:
                data = UNSET
            elif _data is None:
                data = None
            else:
                data_type_0 = EventRedemptionSucceededData.from_dict(_data)

                data = data_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            data = d.get("data", UNSET)

        try:
            _source = d.get("source", UNSET)
            source: DefaultPayloadData2Source | None | Unset
            if _source is UNSET:
                source = UNSET
            elif _source is None:
                source = None
            else:
                source_type_0 = DefaultPayloadData2Source.from_dict(_source)

                source = source_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            source = d.get("source", UNSET)

        try:
            _event = d.get("event", UNSET)
            event: DefaultPayloadData2Event | None | Unset
            if _event is UNSET:
                event = UNSET
            elif _event is None:
                event = None
            else:
                event_type_0 = DefaultPayloadData2Event.from_dict(_event)

                event = event_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            event = d.get("event", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        event_redemption_succeeded_webhook = cls(
            id,
            project_id,
            created_at,
            type_,
            data,
            source,
            event,
        )

        if not _KNOWN_KEYS.issuperset(d):
            event_redemption_succeeded_webhook.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return event_redemption_succeeded_webhook

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to are imported on its first use, not at import time: models refer to each other in
# cycles, and importing the package should cost only the classes a program actually touches.
_unbound = True


def _bind_models() -> None:
    global _unbound
    global DefaultPayloadData2Event
    global DefaultPayloadData2Source
    global EventRedemptionSucceededData
    from ..models.default_payload_data_2_event import DefaultPayloadData2Event
    from ..models.default_payload_data_2_source import DefaultPayloadData2Source
    from ..models.event_redemption_succeeded_data import EventRedemptionSucceededData

    _unbound = False
