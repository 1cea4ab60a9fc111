from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.redemption_base_related_redemptions_redemptions_item import (
        RedemptionBaseRelatedRedemptionsRedemptionsItem,
    )
    from ..models.redemption_base_related_redemptions_rollbacks_item import (
        RedemptionBaseRelatedRedemptionsRollbacksItem,
    )


T = TypeVar("T", bound="RedemptionBaseRelatedRedemptions")

_KNOWN_KEYS = frozenset(
    {
        "rollbacks",
        "redemptions",
    }
)


@_attrs_define
class RedemptionBaseRelatedRedemptions:
    rollbacks: list[RedemptionBaseRelatedRedemptionsRollbacksItem] | None | Unset = UNSET
    redemptions: list[RedemptionBaseRelatedRedemptionsRedemptionsItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        rollbacks: list[dict[str, Any]] | None | Unset
        if isinstance(self.rollbacks, Unset):
            rollbacks = UNSET
        elif isinstance(self.rollbacks, list):
            rollbacks = UNSET
            if isinstance(self.rollbacks, list):
                rollbacks = []
                for rollbacks_type_0_item_data in self.rollbacks:
                    rollbacks_type_0_item: dict[str, Any] = (
                        rollbacks_type_0_item_data.to_dict()
                        if isinstance(rollbacks_type_0_item_data, RedemptionBaseRelatedRedemptionsRollbacksItem)
                        else rollbacks_type_0_item_data
                    )

                    rollbacks.append(rollbacks_type_0_item)

            elif not isinstance(self.rollbacks, Unset):
                rollbacks = self.rollbacks

        else:
            rollbacks = self.rollbacks

        redemptions: list[dict[str, Any]] | None | Unset
        if isinstance(self.redemptions, Unset):
            redemptions = UNSET
        elif isinstance(self.redemptions, list):
            redemptions = UNSET
            if isinstance(self.redemptions, list):
                redemptions = []
                for redemptions_type_0_item_data in self.redemptions:
                    redemptions_type_0_item: dict[str, Any] = (
                        redemptions_type_0_item_data.to_dict()
                        if isinstance(redemptions_type_0_item_data, RedemptionBaseRelatedRedemptionsRedemptionsItem)
                        else redemptions_type_0_item_data
                    )

                    redemptions.append(redemptions_type_0_item)

            elif not isinstance(self.redemptions, Unset):
                redemptions = self.redemptions

        else:
            redemptions = self.redemptions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rollbacks is not UNSET:
            field_dict["rollbacks"] = rollbacks
        if redemptions is not UNSET:
            field_dict["redemptions"] = redemptions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        try:
            _rollbacks = d.get("rollbacks", UNSET)
            rollbacks: list[RedemptionBaseRelatedRedemptionsRollbacksItem] | None | Unset
            if _rollbacks is UNSET:
                rollbacks = UNSET
            elif _rollbacks is None:
                rollbacks = None
            else:
                _rollbacks_type_0 = _rollbacks
                rollbacks_type_0: list[RedemptionBaseRelatedRedemptionsRollbacksItem]
                if not isinstance(_rollbacks_type_0, list):
                    raise TypeError("expected a list")
                else:
                    rollbacks_type_0 = []
                    for rollbacks_type_0_item_data in _rollbacks_type_0:
                        # One item the SDK cannot read is kept as it came; its neighbours are still parsed.
                        try:
                            rollbacks_type_0_item = RedemptionBaseRelatedRedemptionsRollbacksItem.from_dict(
                                rollbacks_type_0_item_data
                            )

                        except PARSE_ERRORS:
                            rollbacks_type_0_item = rollbacks_type_0_item_data
                        rollbacks_type_0.append(rollbacks_type_0_item)

                rollbacks = rollbacks_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            rollbacks = d.get("rollbacks", UNSET)

        try:
            _redemptions = d.get("redemptions", UNSET)
            redemptions: list[RedemptionBaseRelatedRedemptionsRedemptionsItem] | None | Unset
            if _redemptions is UNSET:
                redemptions = UNSET
            elif _redemptions is None:
                redemptions = None
            else:
                _redemptions_type_0 = _redemptions
                redemptions_type_0: list[RedemptionBaseRelatedRedemptionsRedemptionsItem]
                if not isinstance(_redemptions_type_0, list):
                    raise TypeError("expected a list")
                else:
                    redemptions_type_0 = []
                    for redemptions_type_0_item_data in _redemptions_type_0:
                        # One item the SDK cannot read is kept as it came; its neighbours are still parsed.
                        try:
                            redemptions_type_0_item = RedemptionBaseRelatedRedemptionsRedemptionsItem.from_dict(
                                redemptions_type_0_item_data
                            )

                        except PARSE_ERRORS:
                            redemptions_type_0_item = redemptions_type_0_item_data
                        redemptions_type_0.append(redemptions_type_0_item)

                redemptions = redemptions_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            redemptions = d.get("redemptions", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        redemption_base_related_redemptions = cls(
            rollbacks,
            redemptions,
        )

        if not _KNOWN_KEYS.issuperset(d):
            redemption_base_related_redemptions.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return redemption_base_related_redemptions

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
    global RedemptionBaseRelatedRedemptionsRedemptionsItem
    global RedemptionBaseRelatedRedemptionsRollbacksItem
    from ..models.redemption_base_related_redemptions_redemptions_item import (
        RedemptionBaseRelatedRedemptionsRedemptionsItem,
    )
    from ..models.redemption_base_related_redemptions_rollbacks_item import (
        RedemptionBaseRelatedRedemptionsRollbacksItem,
    )

    _unbound = False
