from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.redemption_rollback import RedemptionRollback
    from ..models.redemption_with_voucher_without_stacking_rules_type_categories import (
        RedemptionWithVoucherWithoutStackingRulesTypeCategories,
    )


T = TypeVar("T", bound="RedemptionsListResponseBody")

_KNOWN_KEYS = frozenset(
    {
        "object",
        "data_ref",
        "redemptions",
        "total",
    }
)


@_attrs_define
class RedemptionsListResponseBody:
    """Response body schema for **GET** `v1/redemptions`."""

    object_: None | str | Unset = "list"
    """ The type of the object represented by JSON. This object stores information about redemptions in a
    dictionary. """
    data_ref: None | str | Unset = "redemptions"
    """ Identifies the name of the attribute that contains the array of redemption objects. """
    redemptions: list[RedemptionRollback | RedemptionWithVoucherWithoutStackingRulesTypeCategories] | None | Unset = (
        UNSET
    )
    total: int | None | Unset = UNSET
    """ Total number of redemptions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        else:
            object_ = self.object_

        data_ref: None | str | Unset
        if isinstance(self.data_ref, Unset):
            data_ref = UNSET
        else:
            data_ref = self.data_ref

        redemptions: list[dict[str, Any]] | None | Unset
        if isinstance(self.redemptions, Unset):
            redemptions = UNSET
        elif isinstance(self.redemptions, list):
            redemptions = UNSET
            if isinstance(self.redemptions, list):
                redemptions = []
                for redemptions_type_0_item_data in self.redemptions:
                    redemptions_type_0_item: dict[str, Any]
                    if isinstance(
                        redemptions_type_0_item_data, RedemptionWithVoucherWithoutStackingRulesTypeCategories
                    ):
                        redemptions_type_0_item = (
                            redemptions_type_0_item_data.to_dict()
                            if isinstance(
                                redemptions_type_0_item_data, RedemptionWithVoucherWithoutStackingRulesTypeCategories
                            )
                            else redemptions_type_0_item_data
                        )

                    else:
                        redemptions_type_0_item = (
                            redemptions_type_0_item_data.to_dict()
                            if isinstance(redemptions_type_0_item_data, RedemptionRollback)
                            else redemptions_type_0_item_data
                        )

                    redemptions.append(redemptions_type_0_item)

            elif not isinstance(self.redemptions, Unset):
                redemptions = self.redemptions

        else:
            redemptions = self.redemptions

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if data_ref is not UNSET:
            field_dict["data_ref"] = data_ref
        if redemptions is not UNSET:
            field_dict["redemptions"] = redemptions
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        object_ = d.get("object", UNSET)

        data_ref = d.get("data_ref", UNSET)

        try:
            _redemptions = d.get("redemptions", UNSET)
            redemptions: (
                list[RedemptionRollback | RedemptionWithVoucherWithoutStackingRulesTypeCategories] | None | Unset
            )
            if _redemptions is UNSET:
                redemptions = UNSET
            elif _redemptions is None:
                redemptions = None
            else:
                _redemptions_type_0 = _redemptions
                redemptions_type_0: list[RedemptionRollback | RedemptionWithVoucherWithoutStackingRulesTypeCategories]
                if not isinstance(_redemptions_type_0, list):
                    raise TypeError("expected a list")
                else:
                    redemptions_type_0 = []
                    for redemptions_type_0_item_data in _redemptions_type_0:
                        # One item the SDK cannot read is kept as it came; its neighbours are still parsed.
                        try:
                            _redemptions_type_0_item = redemptions_type_0_item_data
                            redemptions_type_0_item: (
                                RedemptionRollback | RedemptionWithVoucherWithoutStackingRulesTypeCategories
                            )
                            if (
                                isinstance(_redemptions_type_0_item, dict)
                                and _redemptions_type_0_item.get("object") == "redemption"
                            ):
                                componentsschemas_redemptions_get_response_body_type_0 = (
                                    RedemptionWithVoucherWithoutStackingRulesTypeCategories.from_dict(
                                        _redemptions_type_0_item
                                    )
                                )

                                redemptions_type_0_item = componentsschemas_redemptions_get_response_body_type_0
                            elif (
                                isinstance(_redemptions_type_0_item, dict)
                                and _redemptions_type_0_item.get("object") == "redemption_rollback"
                            ):
                                componentsschemas_redemptions_get_response_body_type_1 = RedemptionRollback.from_dict(
                                    _redemptions_type_0_item
                                )

                                redemptions_type_0_item = componentsschemas_redemptions_get_response_body_type_1
                            elif (
                                isinstance(_redemptions_type_0_item, dict) and "object" not in _redemptions_type_0_item
                            ):
                                redemptions_type_0_item = (
                                    RedemptionWithVoucherWithoutStackingRulesTypeCategories.from_dict(
                                        _redemptions_type_0_item
                                    )
                                )
                            else:
                                redemptions_type_0_item = cast(
                                    RedemptionRollback | RedemptionWithVoucherWithoutStackingRulesTypeCategories,
                                    _redemptions_type_0_item,
                                )

                        except PARSE_ERRORS:
                            redemptions_type_0_item = redemptions_type_0_item_data
                        redemptions_type_0.append(redemptions_type_0_item)

                redemptions = redemptions_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            redemptions = d.get("redemptions", UNSET)

        total = d.get("total", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        redemptions_list_response_body = cls(
            object_,
            data_ref,
            redemptions,
            total,
        )

        if not _KNOWN_KEYS.issuperset(d):
            redemptions_list_response_body.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return redemptions_list_response_body

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
    global RedemptionRollback
    global RedemptionWithVoucherWithoutStackingRulesTypeCategories
    from ..models.redemption_rollback import RedemptionRollback
    from ..models.redemption_with_voucher_without_stacking_rules_type_categories import (
        RedemptionWithVoucherWithoutStackingRulesTypeCategories,
    )

    _unbound = False
