from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.validations_redeemable_skipped_details import ValidationsRedeemableSkippedDetails


T = TypeVar("T", bound="ValidationsRedeemableSkippedResult")

_KNOWN_KEYS = frozenset(
    {
        "details",
    }
)


@_attrs_define
class ValidationsRedeemableSkippedResult:
    """Details of a skipped redeemable."""

    details: None | Unset | ValidationsRedeemableSkippedDetails = UNSET
    """ Why it was skipped. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        details: dict[str, Any] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, ValidationsRedeemableSkippedDetails):
            details = (
                self.details.to_dict()
                if isinstance(self.details, ValidationsRedeemableSkippedDetails)
                else self.details
            )

        else:
            details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        try:
            _details = d.get("details", UNSET)
            details: None | Unset | ValidationsRedeemableSkippedDetails
            if _details is UNSET:
                details = UNSET
            elif _details is None:
                details = None
            else:
                details_type_0 = ValidationsRedeemableSkippedDetails.from_dict(_details)

                details = details_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            details = d.get("details", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        validations_redeemable_skipped_result = cls(
            details,
        )

        if not _KNOWN_KEYS.issuperset(d):
            validations_redeemable_skipped_result.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return validations_redeemable_skipped_result

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
    global ValidationsRedeemableSkippedDetails
    from ..models.validations_redeemable_skipped_details import ValidationsRedeemableSkippedDetails

    _unbound = False
