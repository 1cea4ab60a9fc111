from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_status import OrderStatus
from ..types import PARSE_ERRORS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_id import CustomerId
    from ..models.metadata import Metadata
    from ..models.order_calculated_item import OrderCalculatedItem
    from ..models.order_redemptions import OrderRedemptions


T = TypeVar("T", bound="OrderCalculated")

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
class OrderCalculated:
    """Order as calculated by Voucherify. All amounts are integers in minor currency units. `total_amount = amount -
    total_discount_amount`.

    """

    id: None | str | Unset = UNSET
    """ Voucherify order ID, `ord_...`. """
    source_id: None | str | Unset = UNSET
    """ Your own order identifier. """
    status: None | OrderStatus | Unset = UNSET
    """ Order status; `CANCELED` after a rollback that reverted the order. """
    amount: int | None | Unset = UNSET
    """ Order amount before discounts. """
    initial_amount: int | None | Unset = UNSET
    """ Initial order amount. """
    discount_amount: int | None | Unset = UNSET
    """ Order-level discount (previous plus applied). """
    items_discount_amount: int | None | Unset = UNSET
    """ Sum of item discounts. """
    total_discount_amount: int | None | Unset = UNSET
    """ discount_amount + items_discount_amount. """
    total_amount: int | None | Unset = UNSET
    """ Amount to pay, amount - total_discount_amount. """
    applied_discount_amount: int | None | Unset = UNSET
    """ Order-level discount applied by this operation. """
    items_applied_discount_amount: int | None | Unset = UNSET
    """ Sum of item discounts applied by this operation. """
    total_applied_discount_amount: int | None | Unset = UNSET
    """ applied_discount_amount + items_applied_discount_amount. """
    metadata: Metadata | None | Unset = UNSET
    """ Order metadata. """
    object_: None | str | Unset = UNSET
    """ Always `order`. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Time the order was created. """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ Time the order was last updated. """
    customer_id: None | str | Unset = UNSET
    """ ID of the customer. """
    referrer_id: None | str | Unset = UNSET
    """ ID of the referrer. """
    customer: CustomerId | None | Unset = UNSET
    """ The customer of the order. """
    referrer: CustomerId | None | Unset = UNSET
    """ The referrer of the order. """
    redemptions: None | OrderRedemptions | Unset = UNSET
    """ Redemptions of this order, keyed by redemption ID. """
    items: list[OrderCalculatedItem] | None | Unset = UNSET
    """ Order items (up to 500). """
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
        elif isinstance(self.status, OrderStatus):
            status = self.status.value if isinstance(self.status, OrderStatus) else self.status

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

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict() if isinstance(self.metadata, Metadata) else self.metadata

        else:
            metadata = self.metadata

        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        else:
            object_ = self.object_

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = (
                self.updated_at.isoformat() if isinstance(self.updated_at, datetime.datetime) else self.updated_at
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
        elif isinstance(self.redemptions, OrderRedemptions):
            redemptions = (
                self.redemptions.to_dict() if isinstance(self.redemptions, OrderRedemptions) else self.redemptions
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
                        if isinstance(items_type_0_item_data, OrderCalculatedItem)
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
        try:
            _id = d.get("id", UNSET)
            id: None | str | Unset
            if _id is None or _id is UNSET:
                id = _id
            else:
                id = cast(None | str | Unset, _id)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            id = d.get("id", UNSET)

        try:
            _source_id = d.get("source_id", UNSET)
            source_id: None | str | Unset
            if _source_id is None or _source_id is UNSET:
                source_id = _source_id
            else:
                source_id = cast(None | str | Unset, _source_id)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            source_id = d.get("source_id", UNSET)

        try:
            _status = d.get("status", UNSET)
            status: None | OrderStatus | Unset
            if _status is None or _status is UNSET:
                status = _status
            elif isinstance(_status, str):
                status_type_0 = OrderStatus(_status)

                status = status_type_0
            else:
                status = cast(None | OrderStatus | Unset, _status)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            status = d.get("status", UNSET)

        try:
            _amount = d.get("amount", UNSET)
            amount: int | None | Unset
            if _amount is None or _amount is UNSET:
                amount = _amount
            else:
                amount = cast(int | None | Unset, _amount)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            amount = d.get("amount", UNSET)

        try:
            _initial_amount = d.get("initial_amount", UNSET)
            initial_amount: int | None | Unset
            if _initial_amount is None or _initial_amount is UNSET:
                initial_amount = _initial_amount
            else:
                initial_amount = cast(int | None | Unset, _initial_amount)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            initial_amount = d.get("initial_amount", UNSET)

        try:
            _discount_amount = d.get("discount_amount", UNSET)
            discount_amount: int | None | Unset
            if _discount_amount is None or _discount_amount is UNSET:
                discount_amount = _discount_amount
            else:
                discount_amount = cast(int | None | Unset, _discount_amount)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            discount_amount = d.get("discount_amount", UNSET)

        try:
            _items_discount_amount = d.get("items_discount_amount", UNSET)
            items_discount_amount: int | None | Unset
            if _items_discount_amount is None or _items_discount_amount is UNSET:
                items_discount_amount = _items_discount_amount
            else:
                items_discount_amount = cast(int | None | Unset, _items_discount_amount)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            items_discount_amount = d.get("items_discount_amount", UNSET)

        try:
            _total_discount_amount = d.get("total_discount_amount", UNSET)
            total_discount_amount: int | None | Unset
            if _total_discount_amount is None or _total_discount_amount is UNSET:
                total_discount_amount = _total_discount_amount
            else:
                total_discount_amount = cast(int | None | Unset, _total_discount_amount)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            total_discount_amount = d.get("total_discount_amount", UNSET)

        try:
            _total_amount = d.get("total_amount", UNSET)
            total_amount: int | None | Unset
            if _total_amount is None or _total_amount is UNSET:
                total_amount = _total_amount
            else:
                total_amount = cast(int | None | Unset, _total_amount)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            total_amount = d.get("total_amount", UNSET)

        try:
            _applied_discount_amount = d.get("applied_discount_amount", UNSET)
            applied_discount_amount: int | None | Unset
            if _applied_discount_amount is None or _applied_discount_amount is UNSET:
                applied_discount_amount = _applied_discount_amount
            else:
                applied_discount_amount = cast(int | None | Unset, _applied_discount_amount)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            applied_discount_amount = d.get("applied_discount_amount", UNSET)

        try:
            _items_applied_discount_amount = d.get("items_applied_discount_amount", UNSET)
            items_applied_discount_amount: int | None | Unset
            if _items_applied_discount_amount is None or _items_applied_discount_amount is UNSET:
                items_applied_discount_amount = _items_applied_discount_amount
            else:
                items_applied_discount_amount = cast(int | None | Unset, _items_applied_discount_amount)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            items_applied_discount_amount = d.get("items_applied_discount_amount", UNSET)

        try:
            _total_applied_discount_amount = d.get("total_applied_discount_amount", UNSET)
            total_applied_discount_amount: int | None | Unset
            if _total_applied_discount_amount is None or _total_applied_discount_amount is UNSET:
                total_applied_discount_amount = _total_applied_discount_amount
            else:
                total_applied_discount_amount = cast(int | None | Unset, _total_applied_discount_amount)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            total_applied_discount_amount = d.get("total_applied_discount_amount", UNSET)

        try:
            _metadata = d.get("metadata", UNSET)
            metadata: Metadata | None | Unset
            if _metadata is None or _metadata is UNSET:
                metadata = _metadata
            elif isinstance(_metadata, dict):
                metadata_type_0 = Metadata.from_dict(_metadata)

                metadata = metadata_type_0
            else:
                metadata = cast(Metadata | None | Unset, _metadata)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            metadata = d.get("metadata", UNSET)

        try:
            _object_ = d.get("object", UNSET)
            object_: None | str | Unset
            if _object_ is None or _object_ is UNSET:
                object_ = _object_
            else:
                object_ = cast(None | str | Unset, _object_)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            object_ = d.get("object", UNSET)

        try:
            _created_at = d.get("created_at", UNSET)
            created_at: datetime.datetime | None | Unset
            if _created_at is None or _created_at is UNSET:
                created_at = _created_at
            elif isinstance(_created_at, str):
                created_at_type_0 = datetime.datetime.fromisoformat(_created_at)

                created_at = created_at_type_0
            else:
                created_at = cast(datetime.datetime | None | Unset, _created_at)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            created_at = d.get("created_at", UNSET)

        try:
            _updated_at = d.get("updated_at", UNSET)
            updated_at: datetime.datetime | None | Unset
            if _updated_at is None or _updated_at is UNSET:
                updated_at = _updated_at
            elif isinstance(_updated_at, str):
                updated_at_type_0 = datetime.datetime.fromisoformat(_updated_at)

                updated_at = updated_at_type_0
            else:
                updated_at = cast(datetime.datetime | None | Unset, _updated_at)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            updated_at = d.get("updated_at", UNSET)

        try:
            _customer_id = d.get("customer_id", UNSET)
            customer_id: None | str | Unset
            if _customer_id is None or _customer_id is UNSET:
                customer_id = _customer_id
            else:
                customer_id = cast(None | str | Unset, _customer_id)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            customer_id = d.get("customer_id", UNSET)

        try:
            _referrer_id = d.get("referrer_id", UNSET)
            referrer_id: None | str | Unset
            if _referrer_id is None or _referrer_id is UNSET:
                referrer_id = _referrer_id
            else:
                referrer_id = cast(None | str | Unset, _referrer_id)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            referrer_id = d.get("referrer_id", UNSET)

        try:
            _customer = d.get("customer", UNSET)
            customer: CustomerId | None | Unset
            if _customer is None or _customer is UNSET:
                customer = _customer
            elif isinstance(_customer, dict):
                customer_type_0 = CustomerId.from_dict(_customer)

                customer = customer_type_0
            else:
                customer = cast(CustomerId | None | Unset, _customer)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            customer = d.get("customer", UNSET)

        try:
            _referrer = d.get("referrer", UNSET)
            referrer: CustomerId | None | Unset
            if _referrer is None or _referrer is UNSET:
                referrer = _referrer
            elif isinstance(_referrer, dict):
                referrer_type_0 = CustomerId.from_dict(_referrer)

                referrer = referrer_type_0
            else:
                referrer = cast(CustomerId | None | Unset, _referrer)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            referrer = d.get("referrer", UNSET)

        try:
            _redemptions = d.get("redemptions", UNSET)
            redemptions: None | OrderRedemptions | Unset
            if _redemptions is None or _redemptions is UNSET:
                redemptions = _redemptions
            elif isinstance(_redemptions, dict):
                redemptions_type_0 = OrderRedemptions.from_dict(_redemptions)

                redemptions = redemptions_type_0
            else:
                redemptions = cast(None | OrderRedemptions | Unset, _redemptions)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            redemptions = d.get("redemptions", UNSET)

        try:
            _items = d.get("items", UNSET)
            items: list[OrderCalculatedItem] | None | Unset
            if _items is None or _items is UNSET:
                items = _items
            elif isinstance(_items, list):
                _items_type_0 = _items
                items_type_0: list[OrderCalculatedItem]
                if not isinstance(_items_type_0, list):
                    raise TypeError("expected a list")
                else:
                    items_type_0 = []
                    for items_type_0_item_data in _items_type_0:
                        # One item the SDK cannot read is kept as it came; its neighbours are still parsed.
                        try:
                            items_type_0_item = OrderCalculatedItem.from_dict(items_type_0_item_data)

                        except PARSE_ERRORS:
                            items_type_0_item = items_type_0_item_data
                        items_type_0.append(items_type_0_item)

                items = items_type_0
            else:
                items = cast(list[OrderCalculatedItem] | None | Unset, _items)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            items = d.get("items", UNSET)

        order_calculated = cls(
            id=id,
            source_id=source_id,
            status=status,
            amount=amount,
            initial_amount=initial_amount,
            discount_amount=discount_amount,
            items_discount_amount=items_discount_amount,
            total_discount_amount=total_discount_amount,
            total_amount=total_amount,
            applied_discount_amount=applied_discount_amount,
            items_applied_discount_amount=items_applied_discount_amount,
            total_applied_discount_amount=total_applied_discount_amount,
            metadata=metadata,
            object_=object_,
            created_at=created_at,
            updated_at=updated_at,
            customer_id=customer_id,
            referrer_id=referrer_id,
            customer=customer,
            referrer=referrer,
            redemptions=redemptions,
            items=items,
        )

        if not _KNOWN_KEYS.issuperset(d):
            order_calculated.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return order_calculated

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
    global Metadata
    global OrderCalculatedItem
    global OrderRedemptions
    from ..models.customer_id import CustomerId
    from ..models.metadata import Metadata
    from ..models.order_calculated_item import OrderCalculatedItem
    from ..models.order_redemptions import OrderRedemptions

    _unbound = False
