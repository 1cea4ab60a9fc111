from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.redemptions_redeem_request_body_options_expand_item import RedemptionsRedeemRequestBodyOptionsExpandItem
from ..types import PARSE_ERRORS, UNSET, Unset

_RedemptionsRedeemRequestBodyOptionsExpandItem_values = RedemptionsRedeemRequestBodyOptionsExpandItem._value2member_map_


T = TypeVar("T", bound="RedemptionsRedeemRequestBodyOptions")

_KNOWN_KEYS = frozenset(
    {
        "expand",
    }
)


@_attrs_define
class RedemptionsRedeemRequestBodyOptions:
    expand: list[RedemptionsRedeemRequestBodyOptionsExpandItem] | Unset = UNSET
    """ Expand array lets you configure params included in the response. Depending on the strings included in the
    array, the response will contain different details.

    | **Expand Option** | **Response Body** |
    |:---|:---|
    | ["order"] | - Same response as fallback response (without an options object).<br />- Order data with
    calculated discounts are listed in each child redeemable object.<br />- Metadata not included for each discount
    type. |
    | ["redeemable"] | Expands redeemable objects by including `metadata` for each discount type. |
    | ["order", "redeemable"] | - Order data with calculated discounts are listed in each child redeemable
    object.<br />- Includes `metadata` for each discount type. |
    | ["redeemable", "redemption", "category"] | - Returns each discount type's `metadata` in each child redemption
    object.<br />- Returns redemption object `metadata`.<br />- Returns an expanded `categories` object, showing
    details about the category. | """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expand: list[str] | Unset = UNSET
        if isinstance(self.expand, list):
            expand = []
            for expand_item_data in self.expand:
                expand_item: str = (
                    expand_item_data.value
                    if isinstance(expand_item_data, RedemptionsRedeemRequestBodyOptionsExpandItem)
                    else expand_item_data
                )

                expand.append(expand_item)

        elif not isinstance(self.expand, Unset):
            expand = self.expand

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expand is not UNSET:
            field_dict["expand"] = expand

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        try:
            _expand = d.get("expand", UNSET)
            expand: list[RedemptionsRedeemRequestBodyOptionsExpandItem] | Unset
            if _expand is UNSET:
                expand = UNSET
            elif not isinstance(_expand, list):
                raise TypeError("expected a list")
            else:
                expand = []
                for expand_item_data in _expand:
                    # One item the SDK cannot read is kept as it came; its neighbours are still parsed.
                    try:
                        expand_item = _RedemptionsRedeemRequestBodyOptionsExpandItem_values.get(
                            expand_item_data
                        ) or RedemptionsRedeemRequestBodyOptionsExpandItem(expand_item_data)

                    except PARSE_ERRORS:
                        expand_item = expand_item_data
                    expand.append(expand_item)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            expand = d.get("expand", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        redemptions_redeem_request_body_options = cls(
            expand,
        )

        if not _KNOWN_KEYS.issuperset(d):
            redemptions_redeem_request_body_options.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return redemptions_redeem_request_body_options

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
