from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_project_setting_payload_type import WebhookProjectSettingPayloadType
from ..types import PARSE_ERRORS, UNSET, Unset, format_datetime, parse_datetime

_WebhookProjectSettingPayloadType_values = WebhookProjectSettingPayloadType._value2member_map_

if TYPE_CHECKING:
    from ..models.webhook_project_setting_payload_data_type_0 import WebhookProjectSettingPayloadDataType0
    from ..models.webhook_project_setting_payload_event import WebhookProjectSettingPayloadEvent
    from ..models.webhook_project_setting_payload_source import WebhookProjectSettingPayloadSource


T = TypeVar("T", bound="WebhookProjectSettingPayload")

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
class WebhookProjectSettingPayload:
    id: None | str | Unset = UNSET
    """ Unique identifier of the sendout for this webhook. """
    project_id: None | str | Unset = UNSET
    """ Unique identifier of the Voucherify project. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ The exact moment when the webhook was created. """
    type_: None | Unset | WebhookProjectSettingPayloadType = UNSET
    """ Name of the event that triggerered the webhook sendout. """
    data: None | Unset | WebhookProjectSettingPayloadDataType0 = UNSET
    """ Payload depends on the event that triggered the webhook sendout. Project settings cover the following
    events:
     - [`business_validation_rule.assignment.created`](ref:events-bus_val_rule-assignment-created)
     - [`business_validation_rule.assignment.deleted`](ref:events-bus_val_rule-assignment-deleted)
     - [`business_validation_rule.created`](ref:events-bus_val_rule-created)
     - [`business_validation_rule.deleted`](ref:events-bus_val_rule-deleted)
     - [`business_validation_rule.updated`](ref:events-bus_val_rule-updated)
     - [`campaign.created`](ref:events-campaign-created)
     - [`campaign.deleted`](ref:events-campaign-deleted)
     - [`campaign.disabled`](ref:events-campaign-disabled)
     - [`campaign.enabled`](ref:events-campaign-enabled)
     - [`campaign.updated`](ref:events-campaign-updated)
     - [`campaign.vouchers.generation.completed`](ref:events-campaign-vouchers-generation-completed)
     - [`customer.created`](ref:events-customer-created)
     - [`customer.deleted`](ref:events-customer-deleted)
     - [`customer.rewarded`](ref:events-customer-rewarded-main)
     - [`customer.rewarded.loyalty_points`](ref:events-customer-rewarded-loyalty_points)
     - [`publication.succeeded`](ref:events-publication-succeeded)
     - [`redemption.failed`](ref:events-redemption-failed)
     - [`redemption.rollback.failed`](ref:events-redemption-rollback-failed)
     - [`redemption.rollback.succeeded`](ref:events-redemption-rollback-succeeded)
     - [`redemption.succeeded`](ref:events-redemption-succeeded)
     - [`voucher.created`](ref:events-voucher-created)
     - [`voucher.deleted`](ref:events-voucher-deleted)
     - [`voucher.disabled`](ref:events-voucher-disabled)
     - [`voucher.enabled`](ref:events-voucher-enabled)
     - [`voucher.gift.balance_added`](ref:events-voucher-gift-balance_added)
     - [`voucher.loyalty_card.points_added`](ref:events-voucher-loyalty_card-points_added)
     - [`voucher.published`](ref:events-voucher-published)
     - [`voucher.updated`](ref:events-voucher-updated) """
    source: None | Unset | WebhookProjectSettingPayloadSource = UNSET
    """ Contains details about the source of the webhook sendout. """
    event: None | Unset | WebhookProjectSettingPayloadEvent = UNSET
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

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, WebhookProjectSettingPayloadType):
            type_ = self.type_.value if isinstance(self.type_, WebhookProjectSettingPayloadType) else self.type_

        else:
            type_ = self.type_

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, WebhookProjectSettingPayloadDataType0):
            data = self.data.to_dict() if isinstance(self.data, WebhookProjectSettingPayloadDataType0) else self.data

        else:
            data = self.data

        source: dict[str, Any] | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, WebhookProjectSettingPayloadSource):
            source = (
                self.source.to_dict() if isinstance(self.source, WebhookProjectSettingPayloadSource) else self.source
            )

        else:
            source = self.source

        event: dict[str, Any] | None | Unset
        if isinstance(self.event, Unset):
            event = UNSET
        elif isinstance(self.event, WebhookProjectSettingPayloadEvent):
            event = self.event.to_dict() if isinstance(self.event, WebhookProjectSettingPayloadEvent) else self.event

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

        try:
            _type_ = d.get("type", UNSET)
            type_: None | Unset | WebhookProjectSettingPayloadType
            if _type_ is UNSET:
                type_ = UNSET
            elif _type_ is None:
                type_ = None
            else:
                type_type_0 = _WebhookProjectSettingPayloadType_values.get(_type_) or WebhookProjectSettingPayloadType(
                    _type_
                )

                type_ = type_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            type_ = d.get("type", UNSET)

        try:
            _data = d.get("data", UNSET)
            data: None | Unset | WebhookProjectSettingPayloadDataType0
            if _data is UNSET:
                data = UNSET
            elif _data is None:
                data = None
            else:
                data_type_0 = WebhookProjectSettingPayloadDataType0.from_dict(_data)

                data = data_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            data = d.get("data", UNSET)

        try:
            _source = d.get("source", UNSET)
            source: None | Unset | WebhookProjectSettingPayloadSource
            if _source is UNSET:
                source = UNSET
            elif _source is None:
                source = None
            else:
                source_type_0 = WebhookProjectSettingPayloadSource.from_dict(_source)

                source = source_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            source = d.get("source", UNSET)

        try:
            _event = d.get("event", UNSET)
            event: None | Unset | WebhookProjectSettingPayloadEvent
            if _event is UNSET:
                event = UNSET
            elif _event is None:
                event = None
            else:
                event_type_0 = WebhookProjectSettingPayloadEvent.from_dict(_event)

                event = event_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            event = d.get("event", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        webhook_project_setting_payload = cls(
            id,
            project_id,
            created_at,
            type_,
            data,
            source,
            event,
        )

        if not _KNOWN_KEYS.issuperset(d):
            webhook_project_setting_payload.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return webhook_project_setting_payload

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
    global WebhookProjectSettingPayloadDataType0
    global WebhookProjectSettingPayloadEvent
    global WebhookProjectSettingPayloadSource
    from ..models.webhook_project_setting_payload_data_type_0 import WebhookProjectSettingPayloadDataType0
    from ..models.webhook_project_setting_payload_event import WebhookProjectSettingPayloadEvent
    from ..models.webhook_project_setting_payload_source import WebhookProjectSettingPayloadSource

    _unbound = False
