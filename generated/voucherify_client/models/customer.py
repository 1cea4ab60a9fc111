from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class Customer(Model):
    """`Customer` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    id: str | None = None
    """ The ID of an existing customer. """
    source_id: str | None = None
    """ A unique identifier of the customer who validates a voucher. It can be a customer ID or email from a CRM
    system, database, or a third-party service. If you also pass a customer ID (unique ID assigned by Voucherify),
    the source ID will be ignored. """
    name: str | None = None
    """ Customer's first and last name. """
    description: str | None = None
    """ An arbitrary string that you can attach to a customer object. """
    email: str | None = None
    """ Customer's email address. """
    phone: str | None = None
    """ Customer's phone number. This parameter is mandatory when you try to send out codes to customers via an SMS
    channel. """
    birthday: datetime.date | None = None
    """ `Deprecated`. ~~Customer's birthdate; format YYYY-MM-DD~~. """
    birthdate: datetime.date | None = None
    """ Customer's birthdate; format YYYY-MM-DD. """
    address: CustomerBaseAddress | None = None
    """ Customer's address. """
    metadata: Any | None = None
    """ A set of custom key/value pairs that you can attach to a customer. The metadata object stores all custom
    attributes assigned to the customer. It can be useful for storing additional information about the customer in a
    structured format. This metadata can be used for validating whether the customer qualifies for a discount or it
    can be used in building customer segments. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "id",
        "source_id",
        "name",
        "description",
        "email",
        "phone",
        "birthday",
        "birthdate",
        "address",
        "metadata",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


CustomerDict = TypedDict(
    "CustomerDict",
    {
        "id": "str",
        "source_id": "str",
        "name": "str",
        "description": "str",
        "email": "str",
        "phone": "str",
        "birthday": "datetime.date | str",
        "birthdate": "datetime.date | str",
        "address": "CustomerBaseAddressDict | None",
        "metadata": "Any",
    },
    total=False,
)
"""Customer as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.customer_base_address import CustomerBaseAddress, CustomerBaseAddressDict
