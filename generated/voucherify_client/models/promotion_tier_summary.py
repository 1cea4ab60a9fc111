from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.promotion_tier_summary_orders import PromotionTierSummaryOrders
    from ..models.promotion_tier_summary_redemptions import PromotionTierSummaryRedemptions


T = TypeVar("T", bound="PromotionTierSummary")

_KNOWN_KEYS = frozenset(
    {
        "redemptions",
        "orders",
    }
)


@_attrs_define
class PromotionTierSummary:
    redemptions: None | PromotionTierSummaryRedemptions | Unset = UNSET
    """ Contains statistics about promotion tier redemptions. """
    orders: None | PromotionTierSummaryOrders | Unset = UNSET
    """ Contains statistics about orders related to the promotion tier. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        redemptions: dict[str, Any] | None | Unset
        if isinstance(self.redemptions, Unset):
            redemptions = UNSET
        elif isinstance(self.redemptions, PromotionTierSummaryRedemptions):
            redemptions = (
                self.redemptions.to_dict()
                if isinstance(self.redemptions, PromotionTierSummaryRedemptions)
                else self.redemptions
            )

        else:
            redemptions = self.redemptions

        orders: dict[str, Any] | None | Unset
        if isinstance(self.orders, Unset):
            orders = UNSET
        elif isinstance(self.orders, PromotionTierSummaryOrders):
            orders = self.orders.to_dict() if isinstance(self.orders, PromotionTierSummaryOrders) else self.orders

        else:
            orders = self.orders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if redemptions is not UNSET:
            field_dict["redemptions"] = redemptions
        if orders is not UNSET:
            field_dict["orders"] = orders

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        try:
            _redemptions = d.get("redemptions", UNSET)
            redemptions: None | PromotionTierSummaryRedemptions | Unset
            if _redemptions is UNSET:
                redemptions = UNSET
            elif _redemptions is None:
                redemptions = None
            else:
                redemptions_type_0 = PromotionTierSummaryRedemptions.from_dict(_redemptions)

                redemptions = redemptions_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            redemptions = d.get("redemptions", UNSET)

        try:
            _orders = d.get("orders", UNSET)
            orders: None | PromotionTierSummaryOrders | Unset
            if _orders is UNSET:
                orders = UNSET
            elif _orders is None:
                orders = None
            else:
                orders_type_0 = PromotionTierSummaryOrders.from_dict(_orders)

                orders = orders_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            orders = d.get("orders", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        promotion_tier_summary = cls(
            redemptions,
            orders,
        )

        if not _KNOWN_KEYS.issuperset(d):
            promotion_tier_summary.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return promotion_tier_summary

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
    global PromotionTierSummaryOrders
    global PromotionTierSummaryRedemptions
    from ..models.promotion_tier_summary_orders import PromotionTierSummaryOrders
    from ..models.promotion_tier_summary_redemptions import PromotionTierSummaryRedemptions

    _unbound = False
