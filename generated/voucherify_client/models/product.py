from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, format_datetime, parse_datetime

if TYPE_CHECKING:
    from ..models.skus_list_for_product import SkusListForProduct


T = TypeVar("T", bound="Product")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "source_id",
        "name",
        "price",
        "attributes",
        "metadata",
        "image_url",
        "created_at",
        "updated_at",
        "object",
        "skus",
    }
)


@_attrs_define
class Product:
    """This is an object representing a product.

    This entity should be used to map product items from your inventory management system. The aim of products is to
    build which reflect product-specific campaigns.

    """

    id: None | str | Unset = UNSET
    """ Unique product ID assigned by Voucherify. """
    source_id: None | str | Unset = UNSET
    """ Unique product source ID. """
    name: None | str | Unset = UNSET
    """ Unique user-defined product name. """
    price: int | None | Unset = UNSET
    """ Unit price. It is represented by a value multiplied by 100 to accurately reflect 2 decimal places, such as
    `$100.00` being expressed as `10000`. """
    attributes: Any | Unset = UNSET
    """ A list of product attributes whose values you can customize for given SKUs: `["color","size","ranking"]`.
    Each child SKU can have a unique value for a given attribute. """
    metadata: Any | Unset = UNSET
    """ The metadata object stores all custom attributes assigned to the product. A set of key/value pairs that you
    can attach to a product object. It can be useful for storing additional information about the product in a
    structured format. It can be used to create product collections. """
    image_url: None | str | Unset = UNSET
    """ The HTTPS URL pointing to the .png or .jpg file that will be used to render the product image. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp representing the date and time when the product was created. The value is shown in the ISO 8601
    format. """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp representing the date and time when the product was updated. The value is shown in the ISO 8601
    format. """
    object_: Literal["product"] | Unset = "product"
    """ The type of the object represented by JSON. This object stores information about the product. """
    skus: None | SkusListForProduct | Unset = UNSET
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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        price: int | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        attributes = self.attributes

        metadata = self.metadata

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

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

        skus: dict[str, Any] | None | Unset
        if isinstance(self.skus, Unset):
            skus = UNSET
        elif isinstance(self.skus, SkusListForProduct):
            skus = self.skus.to_dict() if isinstance(self.skus, SkusListForProduct) else self.skus

        else:
            skus = self.skus

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if name is not UNSET:
            field_dict["name"] = name
        if price is not UNSET:
            field_dict["price"] = price
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if object_ is not UNSET:
            field_dict["object"] = object_
        if skus is not UNSET:
            field_dict["skus"] = skus

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        id = d.get("id", UNSET)

        source_id = d.get("source_id", UNSET)

        name = d.get("name", UNSET)

        price = d.get("price", UNSET)

        attributes = d.get("attributes", UNSET)

        metadata = d.get("metadata", UNSET)

        image_url = d.get("image_url", UNSET)

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

        try:
            _skus = d.get("skus", UNSET)
            skus: None | SkusListForProduct | Unset
            if _skus is UNSET:
                skus = UNSET
            elif _skus is None:
                skus = None
            else:
                skus_type_0 = SkusListForProduct.from_dict(_skus)

                skus = skus_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            skus = d.get("skus", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        product = cls(
            id,
            source_id,
            name,
            price,
            attributes,
            metadata,
            image_url,
            created_at,
            updated_at,
            object_,
            skus,
        )

        if not _KNOWN_KEYS.issuperset(d):
            product.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return product

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
    global SkusListForProduct
    from ..models.skus_list_for_product import SkusListForProduct

    _unbound = False
