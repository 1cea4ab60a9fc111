from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_item_related_object import OrderItemRelatedObject
from ..types import PARSE_ERRORS, UNSET, Unset

_OrderItemRelatedObject_values = OrderItemRelatedObject._value2member_map_

if TYPE_CHECKING:
    from ..models.order_calculated_item_product import OrderCalculatedItemProduct
    from ..models.order_calculated_item_sku import OrderCalculatedItemSku


T = TypeVar("T", bound="OrderCalculatedItem")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "sku_id",
        "product_id",
        "related_object",
        "source_id",
        "quantity",
        "discount_quantity",
        "initial_quantity",
        "amount",
        "discount_amount",
        "applied_discount_amount",
        "applied_discount_quantity",
        "applied_quantity",
        "applied_quantity_amount",
        "initial_amount",
        "price",
        "subtotal_amount",
        "product",
        "sku",
        "object",
        "metadata",
    }
)


@_attrs_define
class OrderCalculatedItem:
    id: None | str | Unset = UNSET
    """ Unique identifier of the order line item. """
    sku_id: None | str | Unset = UNSET
    """ Unique identifier of the SKU. It is assigned by Voucherify. """
    product_id: None | str | Unset = UNSET
    """ Unique identifier of the product. It is assigned by Voucherify. """
    related_object: None | OrderItemRelatedObject | Unset = UNSET
    """ Used along with the source_id property, can be set to either sku or product. """
    source_id: None | str | Unset = UNSET
    """ The merchant's product/SKU ID (if it is different from the Voucherify product/SKU ID). It is useful in the
    integration between multiple systems. It can be an ID from an eCommerce site, a database, or a third-party
    service. """
    quantity: int | None | Unset = UNSET
    """ The quantity of the particular item in the cart. """
    discount_quantity: int | None | Unset = UNSET
    """ Number of dicounted items. """
    initial_quantity: int | None | Unset = UNSET
    """ A positive integer in the smallest unit quantity representing the total amount of the order; this is the sum
    of the order items' quantity. """
    amount: int | None | Unset = UNSET
    """ The total amount of the order item (price * quantity). """
    discount_amount: int | None | Unset = UNSET
    """ Sum of all order-item-level discounts applied to the order. """
    applied_discount_amount: int | None | Unset = UNSET
    """ This field shows the order-level discount applied. """
    applied_discount_quantity: int | None | Unset = UNSET
    """ Number of the discounted items applied in the transaction. """
    applied_quantity: int | None | Unset = UNSET
    """ Quantity of items changed by the application of a new quantity items. It can be positive when an item is
    added or negative if an item is replaced. """
    applied_quantity_amount: int | None | Unset = UNSET
    """ Amount for the items changed by the application of a new quantity items. It can be positive when an item is
    added or negative if an item is replaced. """
    initial_amount: int | None | Unset = UNSET
    """ A positive integer in the smallest currency unit (e.g. 100 cents for $1.00) representing the total amount of
    the order. This is the sum of the order items' amounts. """
    price: int | None | Unset = UNSET
    """ Unit price of an item. The value is multiplied by 100 to represent 2 decimal places. For example `10000
    cents` for `$100.00`. """
    subtotal_amount: int | None | Unset = UNSET
    """ Final order item amount after the applied item-level discount.  If there are no item-level discounts
    applied, this item is equal to the `amount`.
    `subtotal_amount`=`amount`-`applied_discount_amount` """
    product: None | OrderCalculatedItemProduct | Unset = UNSET
    """ An object containing details of the related product. """
    sku: None | OrderCalculatedItemSku | Unset = UNSET
    """ An object containing details of the related SKU. """
    object_: Literal["order_item"] | Unset = "order_item"
    """ The type of the object represented by JSON. """
    metadata: Any | Unset = UNSET
    """ A set of custom key/value pairs that you can attach to an item object. It can be useful for storing
    additional information about the item in a structured format. It can be used to define business validation rules
    or discount formulas. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        sku_id: None | str | Unset
        if isinstance(self.sku_id, Unset):
            sku_id = UNSET
        else:
            sku_id = self.sku_id

        product_id: None | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        related_object: None | str | Unset
        if isinstance(self.related_object, Unset):
            related_object = UNSET
        elif isinstance(self.related_object, OrderItemRelatedObject):
            related_object = (
                self.related_object.value
                if isinstance(self.related_object, OrderItemRelatedObject)
                else self.related_object
            )

        else:
            related_object = self.related_object

        source_id: None | str | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        discount_quantity: int | None | Unset
        if isinstance(self.discount_quantity, Unset):
            discount_quantity = UNSET
        else:
            discount_quantity = self.discount_quantity

        initial_quantity: int | None | Unset
        if isinstance(self.initial_quantity, Unset):
            initial_quantity = UNSET
        else:
            initial_quantity = self.initial_quantity

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

        applied_discount_quantity: int | None | Unset
        if isinstance(self.applied_discount_quantity, Unset):
            applied_discount_quantity = UNSET
        else:
            applied_discount_quantity = self.applied_discount_quantity

        applied_quantity: int | None | Unset
        if isinstance(self.applied_quantity, Unset):
            applied_quantity = UNSET
        else:
            applied_quantity = self.applied_quantity

        applied_quantity_amount: int | None | Unset
        if isinstance(self.applied_quantity_amount, Unset):
            applied_quantity_amount = UNSET
        else:
            applied_quantity_amount = self.applied_quantity_amount

        initial_amount: int | None | Unset
        if isinstance(self.initial_amount, Unset):
            initial_amount = UNSET
        else:
            initial_amount = self.initial_amount

        price: int | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        subtotal_amount: int | None | Unset
        if isinstance(self.subtotal_amount, Unset):
            subtotal_amount = UNSET
        else:
            subtotal_amount = self.subtotal_amount

        product: dict[str, Any] | None | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        elif isinstance(self.product, OrderCalculatedItemProduct):
            product = self.product.to_dict() if isinstance(self.product, OrderCalculatedItemProduct) else self.product

        else:
            product = self.product

        sku: dict[str, Any] | None | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        elif isinstance(self.sku, OrderCalculatedItemSku):
            sku = self.sku.to_dict() if isinstance(self.sku, OrderCalculatedItemSku) else self.sku

        else:
            sku = self.sku

        object_ = self.object_

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if sku_id is not UNSET:
            field_dict["sku_id"] = sku_id
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if related_object is not UNSET:
            field_dict["related_object"] = related_object
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if discount_quantity is not UNSET:
            field_dict["discount_quantity"] = discount_quantity
        if initial_quantity is not UNSET:
            field_dict["initial_quantity"] = initial_quantity
        if amount is not UNSET:
            field_dict["amount"] = amount
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if applied_discount_amount is not UNSET:
            field_dict["applied_discount_amount"] = applied_discount_amount
        if applied_discount_quantity is not UNSET:
            field_dict["applied_discount_quantity"] = applied_discount_quantity
        if applied_quantity is not UNSET:
            field_dict["applied_quantity"] = applied_quantity
        if applied_quantity_amount is not UNSET:
            field_dict["applied_quantity_amount"] = applied_quantity_amount
        if initial_amount is not UNSET:
            field_dict["initial_amount"] = initial_amount
        if price is not UNSET:
            field_dict["price"] = price
        if subtotal_amount is not UNSET:
            field_dict["subtotal_amount"] = subtotal_amount
        if product is not UNSET:
            field_dict["product"] = product
        if sku is not UNSET:
            field_dict["sku"] = sku
        if object_ is not UNSET:
            field_dict["object"] = object_
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        id = d.get("id", UNSET)

        sku_id = d.get("sku_id", UNSET)

        product_id = d.get("product_id", UNSET)

        try:
            _related_object = d.get("related_object", UNSET)
            related_object: None | OrderItemRelatedObject | Unset
            if _related_object is UNSET:
                related_object = UNSET
            elif _related_object is None:
                related_object = None
            else:
                related_object_type_0 = _OrderItemRelatedObject_values.get(_related_object) or OrderItemRelatedObject(
                    _related_object
                )

                related_object = related_object_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            related_object = d.get("related_object", UNSET)

        source_id = d.get("source_id", UNSET)

        quantity = d.get("quantity", UNSET)

        discount_quantity = d.get("discount_quantity", UNSET)

        initial_quantity = d.get("initial_quantity", UNSET)

        amount = d.get("amount", UNSET)

        discount_amount = d.get("discount_amount", UNSET)

        applied_discount_amount = d.get("applied_discount_amount", UNSET)

        applied_discount_quantity = d.get("applied_discount_quantity", UNSET)

        applied_quantity = d.get("applied_quantity", UNSET)

        applied_quantity_amount = d.get("applied_quantity_amount", UNSET)

        initial_amount = d.get("initial_amount", UNSET)

        price = d.get("price", UNSET)

        subtotal_amount = d.get("subtotal_amount", UNSET)

        try:
            _product = d.get("product", UNSET)
            product: None | OrderCalculatedItemProduct | Unset
            if _product is UNSET:
                product = UNSET
            elif _product is None:
                product = None
            else:
                product_type_0 = OrderCalculatedItemProduct.from_dict(_product)

                product = product_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            product = d.get("product", UNSET)

        try:
            _sku = d.get("sku", UNSET)
            sku: None | OrderCalculatedItemSku | Unset
            if _sku is UNSET:
                sku = UNSET
            elif _sku is None:
                sku = None
            else:
                sku_type_0 = OrderCalculatedItemSku.from_dict(_sku)

                sku = sku_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            sku = d.get("sku", UNSET)

        object_ = d.get("object", UNSET)

        metadata = d.get("metadata", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        order_calculated_item = cls(
            id,
            sku_id,
            product_id,
            related_object,
            source_id,
            quantity,
            discount_quantity,
            initial_quantity,
            amount,
            discount_amount,
            applied_discount_amount,
            applied_discount_quantity,
            applied_quantity,
            applied_quantity_amount,
            initial_amount,
            price,
            subtotal_amount,
            product,
            sku,
            object_,
            metadata,
        )

        if not _KNOWN_KEYS.issuperset(d):
            order_calculated_item.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return order_calculated_item

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
    global OrderCalculatedItemProduct
    global OrderCalculatedItemSku
    from ..models.order_calculated_item_product import OrderCalculatedItemProduct
    from ..models.order_calculated_item_sku import OrderCalculatedItemSku

    _unbound = False
