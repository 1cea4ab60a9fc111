from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class Product(Model):
    """This is an object representing a product.

    This entity should be used to map product items from your inventory management system. The aim of products is to
    build which reflect product-specific campaigns.

    """

    id: str | None = None
    """ Unique product ID assigned by Voucherify. """
    source_id: str | None = None
    """ Unique product source ID. """
    name: str | None = None
    """ Unique user-defined product name. """
    price: int | None = None
    """ Unit price. It is represented by a value multiplied by 100 to accurately reflect 2 decimal places, such as
    `$100.00` being expressed as `10000`. """
    attributes: Any | None = None
    """ A list of product attributes whose values you can customize for given SKUs: `["color","size","ranking"]`.
    Each child SKU can have a unique value for a given attribute. """
    metadata: Any | None = None
    """ The metadata object stores all custom attributes assigned to the product. A set of key/value pairs that you
    can attach to a product object. It can be useful for storing additional information about the product in a
    structured format. It can be used to create product collections. """
    image_url: str | None = None
    """ The HTTPS URL pointing to the .png or .jpg file that will be used to render the product image. """
    created_at: datetime.datetime | None = None
    """ Timestamp representing the date and time when the product was created. The value is shown in the ISO 8601
    format. """
    updated_at: datetime.datetime | None = None
    """ Timestamp representing the date and time when the product was updated. The value is shown in the ISO 8601
    format. """
    object: str | None = None
    """ The type of the object represented by JSON. This object stores information about the product. """
    skus: SkusListForProduct | None = None

    __vf_fields__: ClassVar[tuple[str, ...]] = (
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
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "object": "product",
    }


ProductDict = TypedDict(
    "ProductDict",
    {
        "id": "str | None",
        "source_id": "str | None",
        "name": "str | None",
        "price": "int | None",
        "attributes": "Any",
        "metadata": "Any",
        "image_url": "str | None",
        "created_at": "datetime.datetime | str | None",
        "updated_at": "datetime.datetime | str | None",
        "object": "Literal['product']",
        "skus": "SkusListForProductDict | None",
    },
    total=False,
)
"""Product as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.skus_list_for_product import SkusListForProduct, SkusListForProductDict
