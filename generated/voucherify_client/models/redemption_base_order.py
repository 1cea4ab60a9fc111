from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_base_status import OrderBaseStatus
from ..types import PARSE_ERRORS, UNSET, Unset, format_datetime, parse_datetime

_OrderBaseStatus_values = OrderBaseStatus._value2member_map_

if TYPE_CHECKING:
    from ..models.customer_id import CustomerId
    from ..models.order_calculated_redemptions import OrderCalculatedRedemptions
    from ..models.redemption_base_order_items_item import RedemptionBaseOrderItemsItem


T = TypeVar("T", bound="RedemptionBaseOrder")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "source_id",
        "status",
        "amount",
        "initial_amount",
        "discount_amount",
        "items_discount_amount",
        "total_discount_amount",
        "total_amount",
        "applied_discount_amount",
        "items_applied_discount_amount",
        "total_applied_discount_amount",
        "metadata",
        "object",
        "created_at",
        "updated_at",
        "customer_id",
        "referrer_id",
        "customer",
        "referrer",
        "redemptions",
        "items",
    }
)


@_attrs_define
class RedemptionBaseOrder:
    id: None | str | Unset = UNSET
    """ Unique ID assigned by Voucherify of an existing order that will be linked to the redemption of this request.
    """
    source_id: None | str | Unset = UNSET
    """ Unique source ID of an existing order that will be linked to the redemption of this request. """
    status: None | OrderBaseStatus | Unset = UNSET
    """ The order status. """
    amount: int | None | Unset = UNSET
    """ This is the sum of the order items' amounts. It is expressed as an integer in the smallest currency unit
    (e.g. 100 cents for $1.00). """
    initial_amount: int | None | Unset = UNSET
    """ This is the sum of the order items' amounts before any discount or other effect (e.g. add missing units) is
    applied. It is expressed as an integer in the smallest currency unit (e.g. 100 cents for $1.00). """
    discount_amount: int | None | Unset = UNSET
    """ Sum of all order-level discounts applied to the order. It is expressed as an integer in the smallest
    currency unit (e.g. 100 cents for $1.00). """
    items_discount_amount: int | None | Unset = UNSET
    """ Sum of all product-specific discounts applied to the order. It is expressed as an integer in the smallest
    currency unit (e.g. 100 cents for $1.00). """
    total_discount_amount: int | None | Unset = UNSET
    """ Sum of all order-level AND all product-specific discounts applied to the order. It is expressed as an
    integer in the smallest currency unit (e.g. 100 cents for $1.00). """
    total_amount: int | None | Unset = UNSET
    """ Order amount after undoing all the discounts through the rollback redemption. It is expressed as an integer
    in the smallest currency unit (e.g. 100 cents for $1.00). """
    applied_discount_amount: int | None | Unset = UNSET
    """ This field shows the order-level discount applied. It is expressed as an integer in the smallest currency
    unit (e.g. 100 cents for $1.00). """
    items_applied_discount_amount: int | None | Unset = UNSET
    """ Sum of all product-specific discounts applied in a particular request. It is expressed as an integer in the
    smallest currency unit (e.g. 100 cents for $1.00).
    `sum(items, i => i.applied_discount_amount)` """
    total_applied_discount_amount: int | None | Unset = UNSET
    """ Sum of all order-level AND all product-specific discounts applied in a particular request. It is expressed
    as an integer in the smallest currency unit (e.g. 100 cents for $1.00).
    `total_applied_discount_amount` = `applied_discount_amount` + `items_applied_discount_amount` """
    metadata: Any | Unset = UNSET
    """ A set of custom key/value pairs that you can attach to an order. It can be useful for storing additional
    information about the order in a structured format. It can be used to define business validation rules or
    discount formulas. """
    object_: Literal["order"] | Unset = "order"
    """ The type of the object represented by JSON. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp representing the date and time when the order was created. The value is shown in the ISO 8601
    format. """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp representing the date and time when the order was last updated in ISO 8601 format. """
    customer_id: None | str | Unset = UNSET
    """ Unique customer identifier of the customer making the purchase. The ID is assigned by Voucherify. """
    referrer_id: None | str | Unset = UNSET
    """ Unique referrer ID. """
    customer: CustomerId | None | Unset = UNSET
    referrer: CustomerId | None | Unset = UNSET
    redemptions: None | OrderCalculatedRedemptions | Unset = UNSET
    items: list[RedemptionBaseOrderItemsItem] | None | Unset = UNSET
    """ Array of items applied to the order. It can include up to 500 items. """
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
        elif isinstance(self.status, OrderBaseStatus):
            status = self.status.value if isinstance(self.status, OrderBaseStatus) else self.status

        else:
            status = self.status

        amount: int | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        initial_amount: int | None | Unset
        if isinstance(self.initial_amount, Unset):
            initial_amount = UNSET
        else:
            initial_amount = self.initial_amount

        discount_amount: int | None | Unset
        if isinstance(self.discount_amount, Unset):
            discount_amount = UNSET
        else:
            discount_amount = self.discount_amount

        items_discount_amount: int | None | Unset
        if isinstance(self.items_discount_amount, Unset):
            items_discount_amount = UNSET
        else:
            items_discount_amount = self.items_discount_amount

        total_discount_amount: int | None | Unset
        if isinstance(self.total_discount_amount, Unset):
            total_discount_amount = UNSET
        else:
            total_discount_amount = self.total_discount_amount

        total_amount: int | None | Unset
        if isinstance(self.total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = self.total_amount

        applied_discount_amount: int | None | Unset
        if isinstance(self.applied_discount_amount, Unset):
            applied_discount_amount = UNSET
        else:
            applied_discount_amount = self.applied_discount_amount

        items_applied_discount_amount: int | None | Unset
        if isinstance(self.items_applied_discount_amount, Unset):
            items_applied_discount_amount = UNSET
        else:
            items_applied_discount_amount = self.items_applied_discount_amount

        total_applied_discount_amount: int | None | Unset
        if isinstance(self.total_applied_discount_amount, Unset):
            total_applied_discount_amount = UNSET
        else:
            total_applied_discount_amount = self.total_applied_discount_amount

        metadata = self.metadata

        object_ = self.object_

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                format_datetime(self.created_at) if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = (
                format_datetime(self.updated_at) if isinstance(self.updated_at, datetime.datetime) else self.updated_at
            )

        else:
            updated_at = self.updated_at

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

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, CustomerId):
            customer = self.customer.to_dict() if isinstance(self.customer, CustomerId) else self.customer

        else:
            customer = self.customer

        referrer: dict[str, Any] | None | Unset
        if isinstance(self.referrer, Unset):
            referrer = UNSET
        elif isinstance(self.referrer, CustomerId):
            referrer = self.referrer.to_dict() if isinstance(self.referrer, CustomerId) else self.referrer

        else:
            referrer = self.referrer

        redemptions: dict[str, Any] | None | Unset
        if isinstance(self.redemptions, Unset):
            redemptions = UNSET
        elif isinstance(self.redemptions, OrderCalculatedRedemptions):
            redemptions = (
                self.redemptions.to_dict()
                if isinstance(self.redemptions, OrderCalculatedRedemptions)
                else self.redemptions
            )

        else:
            redemptions = self.redemptions

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
                        if isinstance(items_type_0_item_data, RedemptionBaseOrderItemsItem)
                        else items_type_0_item_data
                    )

                    items.append(items_type_0_item)

            elif not isinstance(self.items, Unset):
                items = self.items

        else:
            items = self.items

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
        if items_discount_amount is not UNSET:
            field_dict["items_discount_amount"] = items_discount_amount
        if total_discount_amount is not UNSET:
            field_dict["total_discount_amount"] = total_discount_amount
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if applied_discount_amount is not UNSET:
            field_dict["applied_discount_amount"] = applied_discount_amount
        if items_applied_discount_amount is not UNSET:
            field_dict["items_applied_discount_amount"] = items_applied_discount_amount
        if total_applied_discount_amount is not UNSET:
            field_dict["total_applied_discount_amount"] = total_applied_discount_amount
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if object_ is not UNSET:
            field_dict["object"] = object_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if referrer_id is not UNSET:
            field_dict["referrer_id"] = referrer_id
        if customer is not UNSET:
            field_dict["customer"] = customer
        if referrer is not UNSET:
            field_dict["referrer"] = referrer
        if redemptions is not UNSET:
            field_dict["redemptions"] = redemptions
        if items is not UNSET:
            field_dict["items"] = items

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
            status: None | OrderBaseStatus | Unset
            if _status is UNSET:
                status = UNSET
            elif _status is None:
                status = None
            else:
                status_type_0 = _OrderBaseStatus_values.get(_status) or OrderBaseStatus(_status)

                status = status_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            status = d.get("status", UNSET)

        amount = d.get("amount", UNSET)

        initial_amount = d.get("initial_amount", UNSET)

        discount_amount = d.get("discount_amount", UNSET)

        items_discount_amount = d.get("items_discount_amount", UNSET)

        total_discount_amount = d.get("total_discount_amount", UNSET)

        total_amount = d.get("total_amount", UNSET)

        applied_discount_amount = d.get("applied_discount_amount", UNSET)

        items_applied_discount_amount = d.get("items_applied_discount_amount", UNSET)

        total_applied_discount_amount = d.get("total_applied_discount_amount", UNSET)

        metadata = d.get("metadata", UNSET)

        object_ = d.get("object", UNSET)

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
            _updated_at = d.get("updated_at", UNSET)
            updated_at: datetime.datetime | None | Unset
            if _updated_at is UNSET:
                updated_at = UNSET
            elif _updated_at is None:
                updated_at = None
            else:
                updated_at_type_0 = parse_datetime(_updated_at)

                updated_at = updated_at_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            updated_at = d.get("updated_at", UNSET)

        customer_id = d.get("customer_id", UNSET)

        referrer_id = d.get("referrer_id", UNSET)

        try:
            _customer = d.get("customer", UNSET)
            customer: CustomerId | None | Unset
            if _customer is UNSET:
                customer = UNSET
            elif _customer is None:
                customer = None
            else:
                customer_type_0 = CustomerId.from_dict(_customer)

                customer = customer_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            customer = d.get("customer", UNSET)

        try:
            _referrer = d.get("referrer", UNSET)
            referrer: CustomerId | None | Unset
            if _referrer is UNSET:
                referrer = UNSET
            elif _referrer is None:
                referrer = None
            else:
                referrer_type_0 = CustomerId.from_dict(_referrer)

                referrer = referrer_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            referrer = d.get("referrer", UNSET)

        try:
            _redemptions = d.get("redemptions", UNSET)
            redemptions: None | OrderCalculatedRedemptions | Unset
            if _redemptions is UNSET:
                redemptions = UNSET
            elif _redemptions is None:
                redemptions = None
            else:
                redemptions_type_0 = OrderCalculatedRedemptions.from_dict(_redemptions)

                redemptions = redemptions_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            redemptions = d.get("redemptions", UNSET)

        try:
            _items = d.get("items", UNSET)
            items: list[RedemptionBaseOrderItemsItem] | None | Unset
            if _items is UNSET:
                items = UNSET
            elif _items is None:
                items = None
            else:
                _items_type_0 = _items
                items_type_0: list[RedemptionBaseOrderItemsItem]
                if not isinstance(_items_type_0, list):
                    raise TypeError("expected a list")
                else:
                    items_type_0 = []
                    for items_type_0_item_data in _items_type_0:
                        # One item the SDK cannot read is kept as it came; its neighbours are still parsed.
                        try:
                            items_type_0_item = RedemptionBaseOrderItemsItem.from_dict(items_type_0_item_data)

                        except PARSE_ERRORS:
                            items_type_0_item = items_type_0_item_data
                        items_type_0.append(items_type_0_item)

                items = items_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            items = d.get("items", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        redemption_base_order = cls(
            id,
            source_id,
            status,
            amount,
            initial_amount,
            discount_amount,
            items_discount_amount,
            total_discount_amount,
            total_amount,
            applied_discount_amount,
            items_applied_discount_amount,
            total_applied_discount_amount,
            metadata,
            object_,
            created_at,
            updated_at,
            customer_id,
            referrer_id,
            customer,
            referrer,
            redemptions,
            items,
        )

        if not _KNOWN_KEYS.issuperset(d):
            redemption_base_order.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return redemption_base_order

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
    global CustomerId
    global OrderCalculatedRedemptions
    global RedemptionBaseOrderItemsItem
    from ..models.customer_id import CustomerId
    from ..models.order_calculated_redemptions import OrderCalculatedRedemptions
    from ..models.redemption_base_order_items_item import RedemptionBaseOrderItemsItem

    _unbound = False
