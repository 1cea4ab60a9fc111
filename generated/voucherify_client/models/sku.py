from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class Sku(Model):
    """This is an object representing a product SKU."""

    id: str | None = None
    """ A unique identifier that represents the SKU and is assigned by Voucherify. """
    source_id: str | None = None
    """ A unique SKU identifier from your inventory system. """
    product_id: str | None = None
    """ The parent product's unique ID. """
    sku: str | None = None
    """ Unique user-defined SKU name. """
    price: int | None = None
    """ Unit price. It is represented by a value multiplied by 100 to accurately reflect 2 decimal places, such as
    `$100.00` being expressed as `10000`. """
    currency: str | None = None
    """ SKU price currency. """
    attributes: Any | None = None
    """ The attributes object stores values for all custom attributes inherited by the SKU from the parent product.
    A set of key/value pairs that are attached to a SKU object and are unique to each SKU within a product family.
    """
    image_url: str | None = None
    """ The HTTPS URL pointing to the .png or .jpg file that will be used to render the SKU image. """
    metadata: Any | None = None
    """ The metadata object stores all custom attributes assigned to the SKU. A set of key/value pairs that you can
    attach to a SKU object. It can be useful for storing additional information about the SKU in a structured
    format. It can be used to create product collections. """
    created_at: datetime.datetime | None = None
    """ Timestamp representing the date and time when the SKU was created. The value is shown in the ISO 8601
    format. """
    updated_at: datetime.datetime | None = None
    """ Timestamp representing the date and time when the SKU was updated. The value is shown in the ISO 8601
    format. """
    object: str | None = None
    """ The type of the object represented by JSON. This object stores information about the `SKU`. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
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
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "object": "sku",
    }


SkuDict = TypedDict(
    "SkuDict",
    {
        "id": "str | None",
        "source_id": "str | None",
        "product_id": "str | None",
        "sku": "str | None",
        "price": "int | None",
        "currency": "str | None",
        "attributes": "Any",
        "image_url": "str | None",
        "metadata": "Any",
        "created_at": "datetime.datetime | str | None",
        "updated_at": "datetime.datetime | str | None",
        "object": "Literal['sku']",
    },
    total=False,
)
"""Sku as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
