from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SimpleLoyaltyCard")

_KNOWN_KEYS = frozenset(
    {
        "points",
        "balance",
        "next_expiration_date",
        "next_expiration_points",
        "pending_points",
        "expired_points",
        "subtracted_points",
    }
)


@_attrs_define
class SimpleLoyaltyCard:
    """Simplified loyalty card data."""

    points: int | None | Unset = UNSET
    """ Total number of points added to the loyalty card over its lifespan. """
    balance: int | None | Unset = UNSET
    """ Points available for reward redemption. This is calculated as follows: `balance` = `points` -
    `expired_points` - `subtracted_points` - `redemption.redeemed_points`. """
    next_expiration_date: None | str | Unset = UNSET
    """ The next closest date when the next set of points are due to expire. """
    next_expiration_points: int | None | Unset = UNSET
    """ The amount of points that are set to expire next. """
    pending_points: int | None | Unset = UNSET
    """ Shows the number of pending points that will be added to the loyalty card when they are activated
    automatically or manually. """
    expired_points: int | None | Unset = UNSET
    """ Shows the total number of expired points over the lifetime of the loyalty card. """
    subtracted_points: int | None | Unset = UNSET
    """ Shows the total number of subtracted points over the lifetime of the loyalty card. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        points: int | None | Unset
        if isinstance(self.points, Unset):
            points = UNSET
        else:
            points = self.points

        balance: int | None | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        else:
            balance = self.balance

        next_expiration_date: None | str | Unset
        if isinstance(self.next_expiration_date, Unset):
            next_expiration_date = UNSET
        else:
            next_expiration_date = self.next_expiration_date

        next_expiration_points: int | None | Unset
        if isinstance(self.next_expiration_points, Unset):
            next_expiration_points = UNSET
        else:
            next_expiration_points = self.next_expiration_points

        pending_points: int | None | Unset
        if isinstance(self.pending_points, Unset):
            pending_points = UNSET
        else:
            pending_points = self.pending_points

        expired_points: int | None | Unset
        if isinstance(self.expired_points, Unset):
            expired_points = UNSET
        else:
            expired_points = self.expired_points

        subtracted_points: int | None | Unset
        if isinstance(self.subtracted_points, Unset):
            subtracted_points = UNSET
        else:
            subtracted_points = self.subtracted_points

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if points is not UNSET:
            field_dict["points"] = points
        if balance is not UNSET:
            field_dict["balance"] = balance
        if next_expiration_date is not UNSET:
            field_dict["next_expiration_date"] = next_expiration_date
        if next_expiration_points is not UNSET:
            field_dict["next_expiration_points"] = next_expiration_points
        if pending_points is not UNSET:
            field_dict["pending_points"] = pending_points
        if expired_points is not UNSET:
            field_dict["expired_points"] = expired_points
        if subtracted_points is not UNSET:
            field_dict["subtracted_points"] = subtracted_points

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        points = d.get("points", UNSET)

        balance = d.get("balance", UNSET)

        next_expiration_date = d.get("next_expiration_date", UNSET)

        next_expiration_points = d.get("next_expiration_points", UNSET)

        pending_points = d.get("pending_points", UNSET)

        expired_points = d.get("expired_points", UNSET)

        subtracted_points = d.get("subtracted_points", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        simple_loyalty_card = cls(
            points,
            balance,
            next_expiration_date,
            next_expiration_points,
            pending_points,
            expired_points,
            subtracted_points,
        )

        if not _KNOWN_KEYS.issuperset(d):
            simple_loyalty_card.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return simple_loyalty_card

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
