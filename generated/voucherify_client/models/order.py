from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_base_status import OrderBaseStatus
from ..types import PARSE_ERRORS, UNSET, Unset

_OrderBaseStatus_values = OrderBaseStatus._value2member_map_

if TYPE_CHECKING:
    from ..models.order_item import OrderItem


T = TypeVar("T", bound="Order")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "source_id",
        "status",
        "amount",
        "initial_amount",
        "discount_amount",
        "items",
        "metadata",
    }
)


@_attrs_define
class Order:
    """Order information."""

    id: str | Unset = UNSET
    """ Unique ID assigned by Voucherify of an existing order that will be linked to the redemption of this request.
    """
    source_id: None | str | Unset = UNSET
    """ Unique source ID of an existing order that will be linked to the redemption of this request.

    For validation and redemption, if `source_id` is used with an existing order, the original order data will be
    used, like `items`, `amount`, and so on, not the one sent in the new request. """
    status: OrderBaseStatus | Unset = UNSET
    amount: int | Unset = UNSET
    """ A positive integer in the smallest currency unit (e.g. 100 cents for $1.00) representing the total amount of
    the order. This is the sum of the order items' amounts. """
    initial_amount: int | Unset = UNSET
    """ A positive integer in the smallest currency unit (e.g. 100 cents for $1.00) representing the total amount of
    the order. This is the sum of the order items' amounts. """
    discount_amount: int | Unset = UNSET
    """ Sum of all order-level discounts applied to the order. It is expressed as an integer in the smallest
    currency unit (e.g. 100 cents for $1.00). """
    items: list[OrderItem] | Unset = UNSET
    """ Array of items applied to the order. It can include up to 500 items. """
    metadata: Any | Unset = UNSET
    """ A set of custom key/value pairs that you can attach to an order. It can be useful for storing additional
    information about the order in a structured format. It can be used to define business validation rules or
    discount formulas. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        id = self.id

        source_id: None | str | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        status: str | Unset = UNSET
        if isinstance(self.status, OrderBaseStatus):
            status = self.status.value
        elif not isinstance(self.status, Unset):
            status = self.status

        amount = self.amount

        initial_amount = self.initial_amount

        discount_amount = self.discount_amount

        items: list[dict[str, Any]] | Unset = UNSET
        if isinstance(self.items, list):
            items = []
            for items_item_data in self.items:
                items_item: dict[str, Any] = (
                    items_item_data.to_dict() if isinstance(items_item_data, OrderItem) else items_item_data
                )

                items.append(items_item)

        elif not isinstance(self.items, Unset):
            items = self.items

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if status is not UNSET:
            field_dict["status"] = status
        if amount is not UNSET:
            field_dict["amount"] = amount
        if initial_amount is not UNSET:
            field_dict["initial_amount"] = initial_amount
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if items is not UNSET:
            field_dict["items"] = items
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        id = d.get("id", UNSET)

        source_id = d.get("source_id", UNSET)

        try:
            _status = d.get("status", UNSET)
            status: OrderBaseStatus | Unset
            if _status is UNSET:
                status = UNSET
            else:
                status = _OrderBaseStatus_values.get(_status) or OrderBaseStatus(_status)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            status = d.get("status", UNSET)

        amount = d.get("amount", UNSET)

        initial_amount = d.get("initial_amount", UNSET)

        discount_amount = d.get("discount_amount", UNSET)

        try:
            _items = d.get("items", UNSET)
            items: list[OrderItem] | Unset
            if _items is UNSET:
                items = UNSET
            elif not isinstance(_items, list):
                raise TypeError("expected a list")
            else:
                items = []
                for items_item_data in _items:
                    # One item the SDK cannot read is kept as it came; its neighbours are still parsed.
                    try:
                        items_item = OrderItem.from_dict(items_item_data)

                    except PARSE_ERRORS:
                        items_item = items_item_data
                    items.append(items_item)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            items = d.get("items", UNSET)

        metadata = d.get("metadata", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        order = cls(
            id,
            source_id,
            status,
            amount,
            initial_amount,
            discount_amount,
            items,
            metadata,
        )

        if not _KNOWN_KEYS.issuperset(d):
            order.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return order

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
    global OrderItem
    from ..models.order_item import OrderItem

    _unbound = False
