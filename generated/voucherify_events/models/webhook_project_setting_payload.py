from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class WebhookProjectSettingPayload(Model):
    """`WebhookProjectSettingPayload` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    id: str | None = None
    """ Unique identifier of the sendout for this webhook. """
    project_id: str | None = None
    """ Unique identifier of the Voucherify project. """
    created_at: datetime.datetime | None = None
    """ The exact moment when the webhook was created. """
    type: str | None = None
    """ Name of the event that triggerered the webhook sendout. """
    data: WebhookProjectSettingPayloadDataType0 | None = None
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
    source: WebhookProjectSettingPayloadSource | None = None
    """ Contains details about the source of the webhook sendout. """
    event: WebhookProjectSettingPayloadEvent | None = None
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
    __vf_consts__: ClassVar[dict[str, Any]] = {}


WebhookProjectSettingPayloadDict = TypedDict(
    "WebhookProjectSettingPayloadDict",
    {
        "id": "str | None",
        "project_id": "str | None",
        "created_at": "datetime.datetime | str | None",
        "type": "str | None",
        "data": "WebhookProjectSettingPayloadDataType0Dict | None",
        "source": "WebhookProjectSettingPayloadSourceDict | None",
        "event": "WebhookProjectSettingPayloadEventDict | None",
    },
    total=False,
)
"""WebhookProjectSettingPayload as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.webhook_project_setting_payload_data_type_0 import (
    WebhookProjectSettingPayloadDataType0,
    WebhookProjectSettingPayloadDataType0Dict,
)
from ..models.webhook_project_setting_payload_event import (
    WebhookProjectSettingPayloadEvent,
    WebhookProjectSettingPayloadEventDict,
)
from ..models.webhook_project_setting_payload_source import (
    WebhookProjectSettingPayloadSource,
    WebhookProjectSettingPayloadSourceDict,
)
