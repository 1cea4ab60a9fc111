from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicationDetailsItem")

_KNOWN_KEYS = frozenset(
    {
        "source_index",
        "source_applied_quantity",
        "source_applied_quantity_amount",
        "target_index",
        "target_applied_quantity",
        "target_applied_quantity_amount",
        "target_applied_discount_amount",
    }
)


@_attrs_define
class ApplicationDetailsItem:
    source_index: int | None | Unset = UNSET
    """ Index number of the source item that is replaced. The enumeration starts from `0`, which represents the
    first item in the request, e.g., if the replaced item is passed as the second in the request, `source_index`
    equals `3`. """
    source_applied_quantity: int | None | Unset = UNSET
    """ Number of source units that are replaced. """
    source_applied_quantity_amount: int | None | Unset = UNSET
    """ Amount equal to the price of the units that are replaced. Determines the change of the amount of the source
    item quantity. """
    target_index: int | None | Unset = UNSET
    """ Index number of the target item that is a replacement of the source item. The enumeration continues the
    values for the order items, e.g. if there are three items in the request, `target_index` equals `3`, as
    enumeration starts from `0`. """
    target_applied_quantity: int | None | Unset = UNSET
    """ Number of added target units that are replacements. """
    target_applied_quantity_amount: int | None | Unset = UNSET
    """ Amount equal to the price of the units that are replacements. Determines the change in the amount of the
    target item quantity. """
    target_applied_discount_amount: int | None | Unset = UNSET
    """ Discount amount applied to the target item with regard to the replacement. Equals the
    `target_applied_quantity_amount` minus `source_applied_quantity_amount`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_index: int | None | Unset
        if isinstance(self.source_index, Unset):
            source_index = UNSET
        else:
            source_index = self.source_index

        source_applied_quantity: int | None | Unset
        if isinstance(self.source_applied_quantity, Unset):
            source_applied_quantity = UNSET
        else:
            source_applied_quantity = self.source_applied_quantity

        source_applied_quantity_amount: int | None | Unset
        if isinstance(self.source_applied_quantity_amount, Unset):
            source_applied_quantity_amount = UNSET
        else:
            source_applied_quantity_amount = self.source_applied_quantity_amount

        target_index: int | None | Unset
        if isinstance(self.target_index, Unset):
            target_index = UNSET
        else:
            target_index = self.target_index

        target_applied_quantity: int | None | Unset
        if isinstance(self.target_applied_quantity, Unset):
            target_applied_quantity = UNSET
        else:
            target_applied_quantity = self.target_applied_quantity

        target_applied_quantity_amount: int | None | Unset
        if isinstance(self.target_applied_quantity_amount, Unset):
            target_applied_quantity_amount = UNSET
        else:
            target_applied_quantity_amount = self.target_applied_quantity_amount

        target_applied_discount_amount: int | None | Unset
        if isinstance(self.target_applied_discount_amount, Unset):
            target_applied_discount_amount = UNSET
        else:
            target_applied_discount_amount = self.target_applied_discount_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_index is not UNSET:
            field_dict["source_index"] = source_index
        if source_applied_quantity is not UNSET:
            field_dict["source_applied_quantity"] = source_applied_quantity
        if source_applied_quantity_amount is not UNSET:
            field_dict["source_applied_quantity_amount"] = source_applied_quantity_amount
        if target_index is not UNSET:
            field_dict["target_index"] = target_index
        if target_applied_quantity is not UNSET:
            field_dict["target_applied_quantity"] = target_applied_quantity
        if target_applied_quantity_amount is not UNSET:
            field_dict["target_applied_quantity_amount"] = target_applied_quantity_amount
        if target_applied_discount_amount is not UNSET:
            field_dict["target_applied_discount_amount"] = target_applied_discount_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        source_index = d.get("source_index", UNSET)

        source_applied_quantity = d.get("source_applied_quantity", UNSET)

        source_applied_quantity_amount = d.get("source_applied_quantity_amount", UNSET)

        target_index = d.get("target_index", UNSET)

        target_applied_quantity = d.get("target_applied_quantity", UNSET)

        target_applied_quantity_amount = d.get("target_applied_quantity_amount", UNSET)

        target_applied_discount_amount = d.get("target_applied_discount_amount", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        application_details_item = cls(
            source_index,
            source_applied_quantity,
            source_applied_quantity_amount,
            target_index,
            target_applied_quantity,
            target_applied_quantity_amount,
            target_applied_discount_amount,
        )

        if not _KNOWN_KEYS.issuperset(d):
            application_details_item.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return application_details_item

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
