from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simple_order_status import SimpleOrderStatus
from ..types import PARSE_ERRORS, UNSET, Unset

_SimpleOrderStatus_values = SimpleOrderStatus._value2member_map_

if TYPE_CHECKING:
    from ..models.simple_order_item import SimpleOrderItem


T = TypeVar("T", bound="SimpleOrder")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "source_id",
        "status",
        "customer_id",
        "referrer_id",
        "amount",
        "discount_amount",
        "applied_discount_amount",
        "items_discount_amount",
        "items_applied_discount_amount",
        "total_discount_amount",
        "total_applied_discount_amount",
        "total_amount",
        "items",
        "metadata",
        "object",
    }
)


@_attrs_define
class SimpleOrder:
    """Order information."""

    id: None | str | Unset = UNSET
    """ Unique identifier of an existing order that will be linked to the redemption of this request. """
    source_id: None | str | Unset = UNSET
    """ Unique source identifier of an existing order that will be linked to the redemption of this request. """
    status: None | SimpleOrderStatus | Unset = UNSET
    """ The order status. """
    customer_id: None | str | Unset = UNSET
    """ Unique customer identifier of the customer making the purchase. The ID is assigned by Voucherify. """
    referrer_id: None | str | Unset = UNSET
    """ Unique identifier of the referrer assigned by Voucherify. """
    amount: int | None | Unset = UNSET
    """ A positive integer in the smallest currency unit (e.g. 100 cents for $1.00) representing the total amount of
    the order. This is the sum of the order items' amounts. """
    discount_amount: int | None | Unset = UNSET
    """ Sum of all order-level discounts applied to the order. It is expressed as an integer in the smallest
    currency unit (e.g. 100 cents for $1.00). """
    applied_discount_amount: int | None | Unset = UNSET
    """ This field shows the order-level discount applied. It is expressed as an integer in the smallest currency
    unit (e.g. 100 cents for $1.00). """
    items_discount_amount: int | None | Unset = UNSET
    """ Sum of all product-specific discounts applied to the order.  It is expressed as an integer in the smallest
    currency unit (e.g. 100 cents for $1.00). """
    items_applied_discount_amount: int | None | Unset = UNSET
    """ Sum of all product-specific discounts applied in a particular request. It is expressed as an integer in the
    smallest currency unit (e.g. 100 cents for $1.00).
    `sum(items, i => i.applied_discount_amount)` """
    total_discount_amount: int | None | Unset = UNSET
    """ Sum of all order-level AND all product-specific discounts applied to the order. It is expressed as an
    integer in the smallest currency unit (e.g. 100 cents for $1.00). """
    total_applied_discount_amount: int | None | Unset = UNSET
    """ Sum of all order-level AND all product-specific discounts applied in a particular request. It is expressed
    as an integer in the smallest currency unit (e.g. 100 cents for $1.00).
    `total_applied_discount_amount` = `applied_discount_amount` + `items_applied_discount_amount` """
    total_amount: int | None | Unset = UNSET
    """ Order amount after undoing all the discounts through the rollback redemption. It is expressed as an integer
    in the smallest currency unit (e.g. 100 cents for $1.00). """
    items: list[SimpleOrderItem] | None | Unset = UNSET
    """ Array of items applied to the order. It can include up to 500 items. """
    metadata: Any | Unset = UNSET
    """ A set of custom key/value pairs that you can attach to an order. It can be useful for storing additional
    information about the order in a structured format. It can be used to define business validation rules or
    discount formulas. """
    object_: Literal["order"] | Unset = "order"
    """ The type of the object represented by JSON. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        source_id: None | str | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, SimpleOrderStatus):
            status = self.status.value if isinstance(self.status, SimpleOrderStatus) else self.status

        else:
            status = self.status

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        referrer_id: None | str | Unset
        if isinstance(self.referrer_id, Unset):
            referrer_id = UNSET
        else:
            referrer_id = self.referrer_id

        amount: int | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        discount_amount: int | None | Unset
        if isinstance(self.discount_amount, Unset):
            discount_amount = UNSET
        else:
            discount_amount = self.discount_amount

        applied_discount_amount: int | None | Unset
        if isinstance(self.applied_discount_amount, Unset):
            applied_discount_amount = UNSET
        else:
            applied_discount_amount = self.applied_discount_amount

        items_discount_amount: int | None | Unset
        if isinstance(self.items_discount_amount, Unset):
            items_discount_amount = UNSET
        else:
            items_discount_amount = self.items_discount_amount

        items_applied_discount_amount: int | None | Unset
        if isinstance(self.items_applied_discount_amount, Unset):
            items_applied_discount_amount = UNSET
        else:
            items_applied_discount_amount = self.items_applied_discount_amount

        total_discount_amount: int | None | Unset
        if isinstance(self.total_discount_amount, Unset):
            total_discount_amount = UNSET
        else:
            total_discount_amount = self.total_discount_amount

        total_applied_discount_amount: int | None | Unset
        if isinstance(self.total_applied_discount_amount, Unset):
            total_applied_discount_amount = UNSET
        else:
            total_applied_discount_amount = self.total_applied_discount_amount

        total_amount: int | None | Unset
        if isinstance(self.total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = self.total_amount

        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = UNSET
            if isinstance(self.items, list):
                items = []
                for items_type_0_item_data in self.items:
                    items_type_0_item: dict[str, Any] = (
                        items_type_0_item_data.to_dict()
                        if isinstance(items_type_0_item_data, SimpleOrderItem)
                        else items_type_0_item_data
                    )

                    items.append(items_type_0_item)

            elif not isinstance(self.items, Unset):
                items = self.items

        else:
            items = self.items

        metadata = self.metadata

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if status is not UNSET:
            field_dict["status"] = status
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if referrer_id is not UNSET:
            field_dict["referrer_id"] = referrer_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if applied_discount_amount is not UNSET:
            field_dict["applied_discount_amount"] = applied_discount_amount
        if items_discount_amount is not UNSET:
            field_dict["items_discount_amount"] = items_discount_amount
        if items_applied_discount_amount is not UNSET:
            field_dict["items_applied_discount_amount"] = items_applied_discount_amount
        if total_discount_amount is not UNSET:
            field_dict["total_discount_amount"] = total_discount_amount
        if total_applied_discount_amount is not UNSET:
            field_dict["total_applied_discount_amount"] = total_applied_discount_amount
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if items is not UNSET:
            field_dict["items"] = items
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if object_ is not UNSET:
            field_dict["object"] = object_

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
            status: None | SimpleOrderStatus | Unset
            if _status is UNSET:
                status = UNSET
            elif _status is None:
                status = None
            else:
                status_type_0 = _SimpleOrderStatus_values.get(_status) or SimpleOrderStatus(_status)

                status = status_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            status = d.get("status", UNSET)

        customer_id = d.get("customer_id", UNSET)

        referrer_id = d.get("referrer_id", UNSET)

        amount = d.get("amount", UNSET)

        discount_amount = d.get("discount_amount", UNSET)

        applied_discount_amount = d.get("applied_discount_amount", UNSET)

        items_discount_amount = d.get("items_discount_amount", UNSET)

        items_applied_discount_amount = d.get("items_applied_discount_amount", UNSET)

        total_discount_amount = d.get("total_discount_amount", UNSET)

        total_applied_discount_amount = d.get("total_applied_discount_amount", UNSET)

        total_amount = d.get("total_amount", UNSET)

        try:
            _items = d.get("items", UNSET)
            items: list[SimpleOrderItem] | None | Unset
            if _items is UNSET:
                items = UNSET
            elif _items is None:
                items = None
            else:
                _items_type_0 = _items
                items_type_0: list[SimpleOrderItem]
                if not isinstance(_items_type_0, list):
                    raise TypeError("expected a list")
                else:
                    items_type_0 = []
                    for items_type_0_item_data in _items_type_0:
                        # One item the SDK cannot read is kept as it came; its neighbours are still parsed.
                        try:
                            items_type_0_item = SimpleOrderItem.from_dict(items_type_0_item_data)

                        except PARSE_ERRORS:
                            items_type_0_item = items_type_0_item_data
                        items_type_0.append(items_type_0_item)

                items = items_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            items = d.get("items", UNSET)

        metadata = d.get("metadata", UNSET)

        object_ = d.get("object", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        simple_order = cls(
            id,
            source_id,
            status,
            customer_id,
            referrer_id,
            amount,
            discount_amount,
            applied_discount_amount,
            items_discount_amount,
            items_applied_discount_amount,
            total_discount_amount,
            total_applied_discount_amount,
            total_amount,
            items,
            metadata,
            object_,
        )

        if not _KNOWN_KEYS.issuperset(d):
            simple_order.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return simple_order

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
    global SimpleOrderItem
    from ..models.simple_order_item import SimpleOrderItem

    _unbound = False
