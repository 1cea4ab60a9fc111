from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class SimpleCustomer(Model):
    """Simplified customer data."""

    id: str | None = None
    """ Unique identifier of an existing customer. It is assigned by Voucherify. """
    name: str | None = None
    """ Customer's first and last name. """
    email: str | None = None
    """ Customer's email address. """
    source_id: str | None = None
    """ A unique identifier of the customer. It can be a customer ID or email from a CRM system, database, or a
    third-party service. """
    metadata: Any | None = None
    """ A set of custom key/value pairs that are attached to the customer. It stores all custom attributes assigned
    to the customer. """
    object: str | None = None
    """ The type of the object represented by JSON. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "email",
        "source_id",
        "metadata",
        "object",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "object": "customer",
    }


SimpleCustomerDict = TypedDict(
    "SimpleCustomerDict",
    {
        "id": "str | None",
        "name": "str | None",
        "email": "str | None",
        "source_id": "str | None",
        "metadata": "Any",
        "object": "Literal['customer']",
    },
    total=False,
)
"""SimpleCustomer as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
