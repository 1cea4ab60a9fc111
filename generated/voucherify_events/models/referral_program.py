from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.referral_program_conversion_event_type import ReferralProgramConversionEventType
from ..types import PARSE_ERRORS, UNSET, Unset

_ReferralProgramConversionEventType_values = ReferralProgramConversionEventType._value2member_map_

if TYPE_CHECKING:
    from ..models.referral_program_custom_event import ReferralProgramCustomEvent
    from ..models.referral_program_referee_reward import ReferralProgramRefereeReward


T = TypeVar("T", bound="ReferralProgram")

_KNOWN_KEYS = frozenset(
    {
        "conversion_event_type",
        "custom_event",
        "referee_reward",
    }
)


@_attrs_define
class ReferralProgram:
    """Defines the referee reward and the way a referral is triggered. Context: `REFERRAL_PROGRAM`."""

    conversion_event_type: None | ReferralProgramConversionEventType | Unset = UNSET
    """ Defines how a referral is triggered. """
    custom_event: None | ReferralProgramCustomEvent | Unset = UNSET
    """ Contains details about the custom event. """
    referee_reward: None | ReferralProgramRefereeReward | Unset = UNSET
    """ Defines the referee reward. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        conversion_event_type: None | str | Unset
        if isinstance(self.conversion_event_type, Unset):
            conversion_event_type = UNSET
        elif isinstance(self.conversion_event_type, ReferralProgramConversionEventType):
            conversion_event_type = (
                self.conversion_event_type.value
                if isinstance(self.conversion_event_type, ReferralProgramConversionEventType)
                else self.conversion_event_type
            )

        else:
            conversion_event_type = self.conversion_event_type

        custom_event: dict[str, Any] | None | Unset
        if isinstance(self.custom_event, Unset):
            custom_event = UNSET
        elif isinstance(self.custom_event, ReferralProgramCustomEvent):
            custom_event = (
                self.custom_event.to_dict()
                if isinstance(self.custom_event, ReferralProgramCustomEvent)
                else self.custom_event
            )

        else:
            custom_event = self.custom_event

        referee_reward: dict[str, Any] | None | Unset
        if isinstance(self.referee_reward, Unset):
            referee_reward = UNSET
        elif isinstance(self.referee_reward, ReferralProgramRefereeReward):
            referee_reward = (
                self.referee_reward.to_dict()
                if isinstance(self.referee_reward, ReferralProgramRefereeReward)
                else self.referee_reward
            )

        else:
            referee_reward = self.referee_reward

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversion_event_type is not UNSET:
            field_dict["conversion_event_type"] = conversion_event_type
        if custom_event is not UNSET:
            field_dict["custom_event"] = custom_event
        if referee_reward is not UNSET:
            field_dict["referee_reward"] = referee_reward

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        try:
            _conversion_event_type = d.get("conversion_event_type", UNSET)
            conversion_event_type: None | ReferralProgramConversionEventType | Unset
            if _conversion_event_type is UNSET:
                conversion_event_type = UNSET
            elif _conversion_event_type is None:
                conversion_event_type = None
            else:
                conversion_event_type_type_0 = _ReferralProgramConversionEventType_values.get(
                    _conversion_event_type
                ) or ReferralProgramConversionEventType(_conversion_event_type)

                conversion_event_type = conversion_event_type_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            conversion_event_type = d.get("conversion_event_type", UNSET)

        try:
            _custom_event = d.get("custom_event", UNSET)
            custom_event: None | ReferralProgramCustomEvent | Unset
            if _custom_event is UNSET:
                custom_event = UNSET
            elif _custom_event is None:
                custom_event = None
            else:
                custom_event_type_0 = ReferralProgramCustomEvent.from_dict(_custom_event)

                custom_event = custom_event_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            custom_event = d.get("custom_event", UNSET)

        try:
            _referee_reward = d.get("referee_reward", UNSET)
            referee_reward: None | ReferralProgramRefereeReward | Unset
            if _referee_reward is UNSET:
                referee_reward = UNSET
            elif _referee_reward is None:
                referee_reward = None
            else:
                referee_reward_type_0 = ReferralProgramRefereeReward.from_dict(_referee_reward)

                referee_reward = referee_reward_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            referee_reward = d.get("referee_reward", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        referral_program = cls(
            conversion_event_type,
            custom_event,
            referee_reward,
        )

        if not _KNOWN_KEYS.issuperset(d):
            referral_program.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return referral_program

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
    global ReferralProgramCustomEvent
    global ReferralProgramRefereeReward
    from ..models.referral_program_custom_event import ReferralProgramCustomEvent
    from ..models.referral_program_referee_reward import ReferralProgramRefereeReward

    _unbound = False
