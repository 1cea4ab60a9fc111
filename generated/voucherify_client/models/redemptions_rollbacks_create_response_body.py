from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.orders_get_response_body import OrdersGetResponseBody
    from ..models.redemption_rollback import RedemptionRollback


T = TypeVar("T", bound="RedemptionsRollbacksCreateResponseBody")

_KNOWN_KEYS = frozenset(
    {
        "rollbacks",
        "parent_rollback",
        "order",
    }
)


@_attrs_define
class RedemptionsRollbacksCreateResponseBody:
    """Response body schema for **POST** `/redemptions/{parentRedemptionID}/rollbacks`."""

    rollbacks: list[RedemptionRollback] | None | Unset = UNSET
    """ Contains the rollback redemption objects of the particular incentives. """
    parent_rollback: None | RedemptionRollback | Unset = UNSET
    order: None | OrdersGetResponseBody | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        rollbacks: list[dict[str, Any]] | None | Unset
        if isinstance(self.rollbacks, Unset):
            rollbacks = UNSET
        elif isinstance(self.rollbacks, list):
            rollbacks = UNSET
            if isinstance(self.rollbacks, list):
                rollbacks = []
                for rollbacks_type_0_item_data in self.rollbacks:
                    rollbacks_type_0_item: dict[str, Any] = (
                        rollbacks_type_0_item_data.to_dict()
                        if isinstance(rollbacks_type_0_item_data, RedemptionRollback)
                        else rollbacks_type_0_item_data
                    )

                    rollbacks.append(rollbacks_type_0_item)

            elif not isinstance(self.rollbacks, Unset):
                rollbacks = self.rollbacks

        else:
            rollbacks = self.rollbacks

        parent_rollback: dict[str, Any] | None | Unset
        if isinstance(self.parent_rollback, Unset):
            parent_rollback = UNSET
        elif isinstance(self.parent_rollback, RedemptionRollback):
            parent_rollback = (
                self.parent_rollback.to_dict()
                if isinstance(self.parent_rollback, RedemptionRollback)
                else self.parent_rollback
            )

        else:
            parent_rollback = self.parent_rollback

        order: dict[str, Any] | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        elif isinstance(self.order, OrdersGetResponseBody):
            order = self.order.to_dict() if isinstance(self.order, OrdersGetResponseBody) else self.order

        else:
            order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rollbacks is not UNSET:
            field_dict["rollbacks"] = rollbacks
        if parent_rollback is not UNSET:
            field_dict["parent_rollback"] = parent_rollback
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        try:
            _rollbacks = d.get("rollbacks", UNSET)
            rollbacks: list[RedemptionRollback] | None | Unset
            if _rollbacks is UNSET:
                rollbacks = UNSET
            elif _rollbacks is None:
                rollbacks = None
            else:
                _rollbacks_type_0 = _rollbacks
                rollbacks_type_0: list[RedemptionRollback]
                if not isinstance(_rollbacks_type_0, list):
                    raise TypeError("expected a list")
                else:
                    rollbacks_type_0 = []
                    for rollbacks_type_0_item_data in _rollbacks_type_0:
                        # One item the SDK cannot read is kept as it came; its neighbours are still parsed.
                        try:
                            rollbacks_type_0_item = RedemptionRollback.from_dict(rollbacks_type_0_item_data)

                        except PARSE_ERRORS:
                            rollbacks_type_0_item = rollbacks_type_0_item_data
                        rollbacks_type_0.append(rollbacks_type_0_item)

                rollbacks = rollbacks_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            rollbacks = d.get("rollbacks", UNSET)

        try:
            _parent_rollback = d.get("parent_rollback", UNSET)
            parent_rollback: None | RedemptionRollback | Unset
            if _parent_rollback is UNSET:
                parent_rollback = UNSET
            elif _parent_rollback is None:
                parent_rollback = None
            else:
                parent_rollback_type_0 = RedemptionRollback.from_dict(_parent_rollback)

                parent_rollback = parent_rollback_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            parent_rollback = d.get("parent_rollback", UNSET)

        try:
            _order = d.get("order", UNSET)
            order: None | OrdersGetResponseBody | Unset
            if _order is UNSET:
                order = UNSET
            elif _order is None:
                order = None
            else:
                order_type_0 = OrdersGetResponseBody.from_dict(_order)

                order = order_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            order = d.get("order", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        redemptions_rollbacks_create_response_body = cls(
            rollbacks,
            parent_rollback,
            order,
        )

        if not _KNOWN_KEYS.issuperset(d):
            redemptions_rollbacks_create_response_body.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return redemptions_rollbacks_create_response_body

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
    global OrdersGetResponseBody
    global RedemptionRollback
    from ..models.orders_get_response_body import OrdersGetResponseBody
    from ..models.redemption_rollback import RedemptionRollback

    _unbound = False
