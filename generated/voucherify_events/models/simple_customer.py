from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SimpleCustomer")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "email",
        "source_id",
        "metadata",
        "object",
    }
)


@_attrs_define
class SimpleCustomer:
    """Simplified customer data."""

    id: None | str | Unset = UNSET
    """ Unique identifier of an existing customer. It is assigned by Voucherify. """
    name: None | str | Unset = UNSET
    """ Customer's first and last name. """
    email: None | str | Unset = UNSET
    """ Customer's email address. """
    source_id: None | str | Unset = UNSET
    """ A unique identifier of the customer. It can be a customer ID or email from a CRM system, database, or a
    third-party service. """
    metadata: Any | Unset = UNSET
    """ A set of custom key/value pairs that are attached to the customer. It stores all custom attributes assigned
    to the customer. """
    object_: Literal["customer"] | Unset = UNSET
    """ The type of the object represented by JSON. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        source_id: None | str | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        metadata = self.metadata

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        id = d.get("id", UNSET)

        name = d.get("name", UNSET)

        email = d.get("email", UNSET)

        source_id = d.get("source_id", UNSET)

        metadata = d.get("metadata", UNSET)

        object_ = d.get("object", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        simple_customer = cls(
            id,
            name,
            email,
            source_id,
            metadata,
            object_,
        )

        if not _KNOWN_KEYS.issuperset(d):
            simple_customer.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return simple_customer

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
