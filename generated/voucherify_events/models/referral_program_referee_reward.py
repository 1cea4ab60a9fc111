from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simple_voucher_type import SimpleVoucherType
from ..types import PARSE_ERRORS, UNSET, Unset

_SimpleVoucherType_values = SimpleVoucherType._value2member_map_

if TYPE_CHECKING:
    from ..models.referral_program_referee_reward_related_object_parent import (
        ReferralProgramRefereeRewardRelatedObjectParent,
    )


T = TypeVar("T", bound="ReferralProgramRefereeReward")

_KNOWN_KEYS = frozenset(
    {
        "related_object_parent",
        "type",
        "amount",
    }
)


@_attrs_define
class ReferralProgramRefereeReward:
    related_object_parent: None | ReferralProgramRefereeRewardRelatedObjectParent | Unset = UNSET
    """ Details of the resource from which the reward originates. """
    type_: None | SimpleVoucherType | Unset = UNSET
    """ Type of reward. """
    amount: None | str | Unset = UNSET
    """ Define the number of `points` to add to a loyalty card or `credits` to the balance on a gift card. In case
    of the gift card, the value is multiplied by 100 to precisely represent 2 decimal places. For example, $100
    amount is written as 10000. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        related_object_parent: dict[str, Any] | None | Unset
        if isinstance(self.related_object_parent, Unset):
            related_object_parent = UNSET
        elif isinstance(self.related_object_parent, ReferralProgramRefereeRewardRelatedObjectParent):
            related_object_parent = (
                self.related_object_parent.to_dict()
                if isinstance(self.related_object_parent, ReferralProgramRefereeRewardRelatedObjectParent)
                else self.related_object_parent
            )

        else:
            related_object_parent = self.related_object_parent

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, SimpleVoucherType):
            type_ = self.type_.value if isinstance(self.type_, SimpleVoucherType) else self.type_

        else:
            type_ = self.type_

        amount: None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if related_object_parent is not UNSET:
            field_dict["related_object_parent"] = related_object_parent
        if type_ is not UNSET:
            field_dict["type"] = type_
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        try:
            _related_object_parent = d.get("related_object_parent", UNSET)
            related_object_parent: None | ReferralProgramRefereeRewardRelatedObjectParent | Unset
            if _related_object_parent is UNSET:
                related_object_parent = UNSET
            elif _related_object_parent is None:
                related_object_parent = None
            else:
                related_object_parent_type_0 = ReferralProgramRefereeRewardRelatedObjectParent.from_dict(
                    _related_object_parent
                )

                related_object_parent = related_object_parent_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            related_object_parent = d.get("related_object_parent", UNSET)

        try:
            _type_ = d.get("type", UNSET)
            type_: None | SimpleVoucherType | Unset
            if _type_ is UNSET:
                type_ = UNSET
            elif _type_ is None:
                type_ = None
            else:
                type_type_0 = _SimpleVoucherType_values.get(_type_) or SimpleVoucherType(_type_)

                type_ = type_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            type_ = d.get("type", UNSET)

        amount = d.get("amount", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        referral_program_referee_reward = cls(
            related_object_parent,
            type_,
            amount,
        )

        if not _KNOWN_KEYS.issuperset(d):
            referral_program_referee_reward.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return referral_program_referee_reward

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
    global ReferralProgramRefereeRewardRelatedObjectParent
    from ..models.referral_program_referee_reward_related_object_parent import (
        ReferralProgramRefereeRewardRelatedObjectParent,
    )

    _unbound = False
