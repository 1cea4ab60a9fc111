from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_source_channel import EventSourceChannel
from ..types import PARSE_ERRORS, UNSET, Unset

_EventSourceChannel_values = EventSourceChannel._value2member_map_

if TYPE_CHECKING:
    from ..models.event_source_api_key import EventSourceApiKey
    from ..models.event_source_user import EventSourceUser


T = TypeVar("T", bound="EventSource")

_KNOWN_KEYS = frozenset(
    {
        "channel",
        "user",
        "api_key",
    }
)


@_attrs_define
class EventSource:
    """Contains the source of the object that initiated the event."""

    channel: EventSourceChannel | None | Unset = UNSET
    """ Determines the channel that initiated the event. """
    user: EventSourceUser | None | Unset = UNSET
    """ Determines the Voucherify user who triggered the event. """
    api_key: EventSourceApiKey | None | Unset = UNSET
    """ Determines the API key used to initiate the event. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        elif isinstance(self.channel, EventSourceChannel):
            channel = self.channel.value if isinstance(self.channel, EventSourceChannel) else self.channel

        else:
            channel = self.channel

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, EventSourceUser):
            user = self.user.to_dict() if isinstance(self.user, EventSourceUser) else self.user

        else:
            user = self.user

        api_key: dict[str, Any] | None | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        elif isinstance(self.api_key, EventSourceApiKey):
            api_key = self.api_key.to_dict() if isinstance(self.api_key, EventSourceApiKey) else self.api_key

        else:
            api_key = self.api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel is not UNSET:
            field_dict["channel"] = channel
        if user is not UNSET:
            field_dict["user"] = user
        if api_key is not UNSET:
            field_dict["api_key"] = api_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        try:
            _channel = d.get("channel", UNSET)
            channel: EventSourceChannel | None | Unset
            if _channel is UNSET:
                channel = UNSET
            elif _channel is None:
                channel = None
            else:
                channel_type_0 = _EventSourceChannel_values.get(_channel) or EventSourceChannel(_channel)

                channel = channel_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            channel = d.get("channel", UNSET)

        try:
            _user = d.get("user", UNSET)
            user: EventSourceUser | None | Unset
            if _user is UNSET:
                user = UNSET
            elif _user is None:
                user = None
            else:
                user_type_0 = EventSourceUser.from_dict(_user)

                user = user_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            user = d.get("user", UNSET)

        try:
            _api_key = d.get("api_key", UNSET)
            api_key: EventSourceApiKey | None | Unset
            if _api_key is UNSET:
                api_key = UNSET
            elif _api_key is None:
                api_key = None
            else:
                api_key_type_0 = EventSourceApiKey.from_dict(_api_key)

                api_key = api_key_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            api_key = d.get("api_key", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        event_source = cls(
            channel,
            user,
            api_key,
        )

        if not _KNOWN_KEYS.issuperset(d):
            event_source.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return event_source

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
    global EventSourceApiKey
    global EventSourceUser
    from ..models.event_source_api_key import EventSourceApiKey
    from ..models.event_source_user import EventSourceUser

    _unbound = False
