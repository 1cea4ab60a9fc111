from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

T = TypeVar("T", bound="SimplePromotionStackTiers")

_KNOWN_KEYS = frozenset(
    {
        "ids",
        "hierarchy_mode",
    }
)


@_attrs_define
class SimplePromotionStackTiers:
    ids: list[str] | None | Unset = UNSET
    """ Contains the list of tiers in a pre-defined sequence. """
    hierarchy_mode: Literal["MANUAL"] | Unset = "MANUAL"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids: list[str] | None | Unset
        if isinstance(self.ids, Unset):
            ids = UNSET
        elif isinstance(self.ids, list):
            ids = UNSET
            if isinstance(self.ids, list) or not isinstance(self.ids, Unset):
                ids = self.ids

        else:
            ids = self.ids

        hierarchy_mode = self.hierarchy_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if hierarchy_mode is not UNSET:
            field_dict["hierarchy_mode"] = hierarchy_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        try:
            _ids = d.get("ids", UNSET)
            ids: list[str] | None | Unset
            if _ids is UNSET:
                ids = UNSET
            elif _ids is None:
                ids = None
            else:
                _ids_type_0 = _ids
                ids_type_0: list[str]
                if not isinstance(_ids_type_0, list):
                    raise TypeError("expected a list")
                else:
                    ids_type_0 = _ids_type_0

                ids = ids_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            ids = d.get("ids", UNSET)

        hierarchy_mode = d.get("hierarchy_mode", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        simple_promotion_stack_tiers = cls(
            ids,
            hierarchy_mode,
        )

        if not _KNOWN_KEYS.issuperset(d):
            simple_promotion_stack_tiers.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return simple_promotion_stack_tiers

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
