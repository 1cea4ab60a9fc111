from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.order import Order


T = TypeVar("T", bound="RedemptionsRollbackCreateRequestBody")

_KNOWN_KEYS = frozenset(
    {
        "reason",
        "tracking_id",
        "customer",
        "order",
        "metadata",
    }
)


@_attrs_define
class RedemptionsRollbackCreateRequestBody:
    """Request body schema for **POST** `v1/redemptions/{redemptionId}/rollback`."""

    reason: str | Unset = UNSET
    """ Reason for the rollback. """
    tracking_id: str | Unset = UNSET
    """ Customer's `source_id`. """
    customer: Customer | Unset = UNSET
    order: Order | Unset = UNSET
    """ Order information. """
    metadata: Any | Unset = UNSET
    """ A set of key/value pairs that you can send in the request body to update **redemption** metadata. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        reason = self.reason

        tracking_id = self.tracking_id

        customer: dict[str, Any] | Unset = UNSET
        if isinstance(self.customer, Customer):
            customer = self.customer.to_dict()
        elif not isinstance(self.customer, Unset):
            customer = self.customer

        order: dict[str, Any] | Unset = UNSET
        if isinstance(self.order, Order):
            order = self.order.to_dict()
        elif not isinstance(self.order, Unset):
            order = self.order

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if tracking_id is not UNSET:
            field_dict["tracking_id"] = tracking_id
        if customer is not UNSET:
            field_dict["customer"] = customer
        if order is not UNSET:
            field_dict["order"] = order
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        reason = d.get("reason", UNSET)

        tracking_id = d.get("tracking_id", UNSET)

        try:
            _customer = d.get("customer", UNSET)
            customer: Customer | Unset
            if _customer is UNSET:
                customer = UNSET
            else:
                customer = Customer.from_dict(_customer)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            customer = d.get("customer", UNSET)

        try:
            _order = d.get("order", UNSET)
            order: Order | Unset
            if _order is UNSET:
                order = UNSET
            else:
                order = Order.from_dict(_order)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            order = d.get("order", UNSET)

        metadata = d.get("metadata", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        redemptions_rollback_create_request_body = cls(
            reason,
            tracking_id,
            customer,
            order,
            metadata,
        )

        if not _KNOWN_KEYS.issuperset(d):
            redemptions_rollback_create_request_body.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return redemptions_rollback_create_request_body

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
    global Customer
    global Order
    from ..models.customer import Customer
    from ..models.order import Order

    _unbound = False
