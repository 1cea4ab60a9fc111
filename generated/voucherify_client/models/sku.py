from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, format_datetime, parse_datetime

T = TypeVar("T", bound="Sku")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "source_id",
        "product_id",
        "sku",
        "price",
        "currency",
        "attributes",
        "image_url",
        "metadata",
        "created_at",
        "updated_at",
        "object",
    }
)


@_attrs_define
class Sku:
    """This is an object representing a product SKU."""

    id: None | str | Unset = UNSET
    """ A unique identifier that represents the SKU and is assigned by Voucherify. """
    source_id: None | str | Unset = UNSET
    """ A unique SKU identifier from your inventory system. """
    product_id: None | str | Unset = UNSET
    """ The parent product's unique ID. """
    sku: None | str | Unset = UNSET
    """ Unique user-defined SKU name. """
    price: int | None | Unset = UNSET
    """ Unit price. It is represented by a value multiplied by 100 to accurately reflect 2 decimal places, such as
    `$100.00` being expressed as `10000`. """
    currency: None | str | Unset = UNSET
    """ SKU price currency. """
    attributes: Any | Unset = UNSET
    """ The attributes object stores values for all custom attributes inherited by the SKU from the parent product.
    A set of key/value pairs that are attached to a SKU object and are unique to each SKU within a product family.
    """
    image_url: None | str | Unset = UNSET
    """ The HTTPS URL pointing to the .png or .jpg file that will be used to render the SKU image. """
    metadata: Any | Unset = UNSET
    """ The metadata object stores all custom attributes assigned to the SKU. A set of key/value pairs that you can
    attach to a SKU object. It can be useful for storing additional information about the SKU in a structured
    format. It can be used to create product collections. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp representing the date and time when the SKU was created. The value is shown in the ISO 8601
    format. """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp representing the date and time when the SKU was updated. The value is shown in the ISO 8601
    format. """
    object_: Literal["sku"] | Unset = "sku"
    """ The type of the object represented by JSON. This object stores information about the `SKU`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        product_id: None | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        sku: None | str | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        else:
            sku = self.sku

        price: int | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        attributes = self.attributes

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        metadata = self.metadata

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

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if sku is not UNSET:
            field_dict["sku"] = sku
        if price is not UNSET:
            field_dict["price"] = price
        if currency is not UNSET:
            field_dict["currency"] = currency
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        id = d.get("id", UNSET)

        source_id = d.get("source_id", UNSET)

        product_id = d.get("product_id", UNSET)

        sku = d.get("sku", UNSET)

        price = d.get("price", UNSET)

        currency = d.get("currency", UNSET)

        attributes = d.get("attributes", UNSET)

        image_url = d.get("image_url", UNSET)

        metadata = d.get("metadata", UNSET)

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

        object_ = d.get("object", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        sku = cls(
            id,
            source_id,
            product_id,
            sku,
            price,
            currency,
            attributes,
            image_url,
            metadata,
            created_at,
            updated_at,
            object_,
        )

        if not _KNOWN_KEYS.issuperset(d):
            sku.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return sku

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
