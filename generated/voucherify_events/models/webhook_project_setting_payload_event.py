from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_project_setting_payload_event_type import WebhookProjectSettingPayloadEventType
from ..types import PARSE_ERRORS, UNSET, Unset, format_datetime, parse_datetime

_WebhookProjectSettingPayloadEventType_values = WebhookProjectSettingPayloadEventType._value2member_map_

if TYPE_CHECKING:
    from ..models.event_source import EventSource


T = TypeVar("T", bound="WebhookProjectSettingPayloadEvent")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "type",
        "created_at",
        "entity_id",
        "group_id",
        "event_source",
    }
)


@_attrs_define
class WebhookProjectSettingPayloadEvent:
    id: None | str | Unset = UNSET
    """ Unique identifier of the event that triggered the sendout. """
    type_: None | Unset | WebhookProjectSettingPayloadEventType = UNSET
    """ Determines the type of the event. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ The exact moment when the event was created. """
    entity_id: None | str | Unset = UNSET
    """ Unique identifier of the entity that triggered the sendout. """
    group_id: None | str | Unset = UNSET
    """ Unique identifier of the request that triggered the event. """
    event_source: EventSource | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, WebhookProjectSettingPayloadEventType):
            type_ = self.type_.value if isinstance(self.type_, WebhookProjectSettingPayloadEventType) else self.type_

        else:
            type_ = self.type_

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                format_datetime(self.created_at) if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        else:
            created_at = self.created_at

        entity_id: None | str | Unset
        if isinstance(self.entity_id, Unset):
            entity_id = UNSET
        else:
            entity_id = self.entity_id

        group_id: None | str | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        event_source: dict[str, Any] | None | Unset
        if isinstance(self.event_source, Unset):
            event_source = UNSET
        elif isinstance(self.event_source, EventSource):
            event_source = (
                self.event_source.to_dict() if isinstance(self.event_source, EventSource) else self.event_source
            )

        else:
            event_source = self.event_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if event_source is not UNSET:
            field_dict["event_source"] = event_source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        id = d.get("id", UNSET)

        try:
            _type_ = d.get("type", UNSET)
            type_: None | Unset | WebhookProjectSettingPayloadEventType
            if _type_ is UNSET:
                type_ = UNSET
            elif _type_ is None:
                type_ = None
            else:
                type_type_0 = _WebhookProjectSettingPayloadEventType_values.get(
                    _type_
                ) or WebhookProjectSettingPayloadEventType(_type_)

                type_ = type_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            type_ = d.get("type", UNSET)

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

        entity_id = d.get("entity_id", UNSET)

        group_id = d.get("group_id", UNSET)

        try:
            _event_source = d.get("event_source", UNSET)
            event_source: EventSource | None | Unset
            if _event_source is UNSET:
                event_source = UNSET
            elif _event_source is None:
                event_source = None
            else:
                event_source_type_0 = EventSource.from_dict(_event_source)

                event_source = event_source_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            event_source = d.get("event_source", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        webhook_project_setting_payload_event = cls(
            id,
            type_,
            created_at,
            entity_id,
            group_id,
            event_source,
        )

        if not _KNOWN_KEYS.issuperset(d):
            webhook_project_setting_payload_event.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return webhook_project_setting_payload_event

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
    global EventSource
    from ..models.event_source import EventSource

    _unbound = False
