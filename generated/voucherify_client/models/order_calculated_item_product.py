from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class OrderCalculatedItemProduct(Model):
    """`OrderCalculatedItemProduct` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    id: str | None = None
    """ A unique identifier that represents the product and is assigned by Voucherify. """
    source_id: str | None = None
    """ The merchant's product ID (if it is different than Voucherify's product ID). It is really useful in case of
    integration between multiple systems. It can be an ID from an eCommerce site, a database or a 3rd party service.
    """
    override: bool | None = None
    """ The override set to `true` is used to store the product information in the system. If the product does not
    exist, it will be created with a source_id; if it does exist, the provided values for the name, price, and
    metadata will replace those already stored in the system. """
    name: str | None = None
    """ Product name. """
    metadata: Any | None = None
    """ A set of custom key/value pairs that you can attach to a product. It can be useful for storing additional
    information about the product in a structured format. It can be used to create product collections. """
    price: float | None = None
    """ Product price. A positive integer in the smallest currency unit (e.g. 100 cents for $1.00). """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "id",
        "source_id",
        "override",
        "name",
        "metadata",
        "price",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


OrderCalculatedItemProductDict = TypedDict(
    "OrderCalculatedItemProductDict",
    {
        "id": "str | None",
        "source_id": "str | None",
        "override": "bool | None",
        "name": "str | None",
        "metadata": "Any",
        "price": "float | None",
    },
    total=False,
)
"""OrderCalculatedItemProduct as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
