from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simple_redemption_channel_channel_type import SimpleRedemptionChannelChannelType
from ..types import PARSE_ERRORS, UNSET, Unset

_SimpleRedemptionChannelChannelType_values = SimpleRedemptionChannelChannelType._value2member_map_


T = TypeVar("T", bound="SimpleRedemptionChannel")

_KNOWN_KEYS = frozenset(
    {
        "channel_id",
        "channel_type",
    }
)


@_attrs_define
class SimpleRedemptionChannel:
    channel_id: None | str | Unset = UNSET
    """ Unique channel ID of the user performing the redemption. This is either a user ID from a user using the
    Voucherify Dashboard, an X-APP-Id of a user using the API, or the reward assignment ID for automatic reward
    redemption. """
    channel_type: None | SimpleRedemptionChannelChannelType | Unset = UNSET
    """ The source of the channel for the redemption:
    `USER` - the redemption was made in the Voucherify Dashboard by a user,
     `API` - redemption was made through the API,
    `AUTO_REDEEM - the redemption was made for a reward and it was made automatically. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel_id: None | str | Unset
        if isinstance(self.channel_id, Unset):
            channel_id = UNSET
        else:
            channel_id = self.channel_id

        channel_type: None | str | Unset
        if isinstance(self.channel_type, Unset):
            channel_type = UNSET
        elif isinstance(self.channel_type, SimpleRedemptionChannelChannelType):
            channel_type = (
                self.channel_type.value
                if isinstance(self.channel_type, SimpleRedemptionChannelChannelType)
                else self.channel_type
            )

        else:
            channel_type = self.channel_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if channel_type is not UNSET:
            field_dict["channel_type"] = channel_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        channel_id = d.get("channel_id", UNSET)

        try:
            _channel_type = d.get("channel_type", UNSET)
            channel_type: None | SimpleRedemptionChannelChannelType | Unset
            if _channel_type is UNSET:
                channel_type = UNSET
            elif _channel_type is None:
                channel_type = None
            else:
                channel_type_type_0 = _SimpleRedemptionChannelChannelType_values.get(
                    _channel_type
                ) or SimpleRedemptionChannelChannelType(_channel_type)

                channel_type = channel_type_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            channel_type = d.get("channel_type", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        simple_redemption_channel = cls(
            channel_id,
            channel_type,
        )

        if not _KNOWN_KEYS.issuperset(d):
            simple_redemption_channel.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return simple_redemption_channel

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
