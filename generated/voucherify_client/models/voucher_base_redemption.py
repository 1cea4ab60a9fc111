from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoucherBaseRedemption")

_KNOWN_KEYS = frozenset(
    {
        "quantity",
        "redeemed_quantity",
        "redeemed_points",
        "object",
        "url",
        "redeemed_amount",
    }
)


@_attrs_define
class VoucherBaseRedemption:
    quantity: int | None | Unset = UNSET
    """ How many times a voucher can be redeemed. A `null` value means unlimited. """
    redeemed_quantity: int | None | Unset = UNSET
    """ How many times a voucher has already been redeemed. """
    redeemed_points: int | None | Unset = UNSET
    """ Total loyalty points redeemed. """
    object_: None | str | Unset = "list"
    """ The type of the object represented is by default `list`. To get this list, you need to make a call to the
    endpoint returned in the url attribute. """
    url: None | str | Unset = UNSET
    """ The endpoint where this list of redemptions can be accessed using a **GET** method.
    `/v1/vouchers/{voucher_code}/redemptions` """
    redeemed_amount: int | None | Unset = UNSET
    """ Gift card credits redeemed so far, in minor units (a rollback gives them back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        redeemed_quantity: int | None | Unset
        if isinstance(self.redeemed_quantity, Unset):
            redeemed_quantity = UNSET
        else:
            redeemed_quantity = self.redeemed_quantity

        redeemed_points: int | None | Unset
        if isinstance(self.redeemed_points, Unset):
            redeemed_points = UNSET
        else:
            redeemed_points = self.redeemed_points

        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        else:
            object_ = self.object_

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        redeemed_amount: int | None | Unset
        if isinstance(self.redeemed_amount, Unset):
            redeemed_amount = UNSET
        else:
            redeemed_amount = self.redeemed_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if redeemed_quantity is not UNSET:
            field_dict["redeemed_quantity"] = redeemed_quantity
        if redeemed_points is not UNSET:
            field_dict["redeemed_points"] = redeemed_points
        if object_ is not UNSET:
            field_dict["object"] = object_
        if url is not UNSET:
            field_dict["url"] = url
        if redeemed_amount is not UNSET:
            field_dict["redeemed_amount"] = redeemed_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        quantity = d.get("quantity", UNSET)

        redeemed_quantity = d.get("redeemed_quantity", UNSET)

        redeemed_points = d.get("redeemed_points", UNSET)

        object_ = d.get("object", UNSET)

        url = d.get("url", UNSET)

        redeemed_amount = d.get("redeemed_amount", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        voucher_base_redemption = cls(
            quantity,
            redeemed_quantity,
            redeemed_points,
            object_,
            url,
            redeemed_amount,
        )

        if not _KNOWN_KEYS.issuperset(d):
            voucher_base_redemption.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return voucher_base_redemption

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
