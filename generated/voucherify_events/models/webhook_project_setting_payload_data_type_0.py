from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookProjectSettingPayloadDataType0")

_KNOWN_KEYS = frozenset({})


@_attrs_define
class WebhookProjectSettingPayloadDataType0:
    """Payload depends on the event that triggered the webhook sendout. Project settings cover the following events:
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
    - [`voucher.updated`](ref:events-voucher-updated)

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        webhook_project_setting_payload_data_type_0 = cls()

        if not _KNOWN_KEYS.issuperset(d):
            webhook_project_setting_payload_data_type_0.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return webhook_project_setting_payload_data_type_0

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
