from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, parse_date

if TYPE_CHECKING:
    from ..models.customer_base_address import CustomerBaseAddress


T = TypeVar("T", bound="Customer")

_KNOWN_KEYS = frozenset(
    {
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
    }
)


@_attrs_define
class Customer:
    id: str | Unset = UNSET
    """ The ID of an existing customer. """
    source_id: str | Unset = UNSET
    """ A unique identifier of the customer who validates a voucher. It can be a customer ID or email from a CRM
    system, database, or a third-party service. If you also pass a customer ID (unique ID assigned by Voucherify),
    the source ID will be ignored. """
    name: str | Unset = UNSET
    """ Customer's first and last name. """
    description: str | Unset = UNSET
    """ An arbitrary string that you can attach to a customer object. """
    email: str | Unset = UNSET
    """ Customer's email address. """
    phone: str | Unset = UNSET
    """ Customer's phone number. This parameter is mandatory when you try to send out codes to customers via an SMS
    channel. """
    birthday: datetime.date | Unset = UNSET
    """ `Deprecated`. ~~Customer's birthdate; format YYYY-MM-DD~~. """
    birthdate: datetime.date | Unset = UNSET
    """ Customer's birthdate; format YYYY-MM-DD. """
    address: CustomerBaseAddress | None | Unset = UNSET
    """ Customer's address. """
    metadata: Any | Unset = UNSET
    """ A set of custom key/value pairs that you can attach to a customer. The metadata object stores all custom
    attributes assigned to the customer. It can be useful for storing additional information about the customer in a
    structured format. This metadata can be used for validating whether the customer qualifies for a discount or it
    can be used in building customer segments. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        id = self.id

        source_id = self.source_id

        name = self.name

        description = self.description

        email = self.email

        phone = self.phone

        birthday: str | Unset = UNSET
        if isinstance(self.birthday, datetime.date):
            birthday = self.birthday.isoformat()
        elif not isinstance(self.birthday, Unset):
            birthday = self.birthday

        birthdate: str | Unset = UNSET
        if isinstance(self.birthdate, datetime.date):
            birthdate = self.birthdate.isoformat()
        elif not isinstance(self.birthdate, Unset):
            birthdate = self.birthdate

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, CustomerBaseAddress):
            address = self.address.to_dict() if isinstance(self.address, CustomerBaseAddress) else self.address

        else:
            address = self.address

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if birthday is not UNSET:
            field_dict["birthday"] = birthday
        if birthdate is not UNSET:
            field_dict["birthdate"] = birthdate
        if address is not UNSET:
            field_dict["address"] = address
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        id = d.get("id", UNSET)

        source_id = d.get("source_id", UNSET)

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        email = d.get("email", UNSET)

        phone = d.get("phone", UNSET)

        try:
            _birthday = d.get("birthday", UNSET)
            birthday: datetime.date | Unset
            if _birthday is UNSET:
                birthday = UNSET
            else:
                birthday = parse_date(_birthday)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            birthday = d.get("birthday", UNSET)

        try:
            _birthdate = d.get("birthdate", UNSET)
            birthdate: datetime.date | Unset
            if _birthdate is UNSET:
                birthdate = UNSET
            else:
                birthdate = parse_date(_birthdate)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            birthdate = d.get("birthdate", UNSET)

        try:
            _address = d.get("address", UNSET)
            address: CustomerBaseAddress | None | Unset
            if _address is UNSET:
                address = UNSET
            elif _address is None:
                address = None
            else:
                address_type_0 = CustomerBaseAddress.from_dict(_address)

                address = address_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            address = d.get("address", UNSET)

        metadata = d.get("metadata", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        customer = cls(
            id,
            source_id,
            name,
            description,
            email,
            phone,
            birthday,
            birthdate,
            address,
            metadata,
        )

        if not _KNOWN_KEYS.issuperset(d):
            customer.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return customer

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
    global CustomerBaseAddress
    from ..models.customer_base_address import CustomerBaseAddress

    _unbound = False
