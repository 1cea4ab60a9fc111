from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.bundle import Bundle
    from ..models.error import Error
    from ..models.validations_redeemable_inapplicable_result_details import (
        ValidationsRedeemableInapplicableResultDetails,
    )


T = TypeVar("T", bound="ValidationsRedeemableInapplicableResult")

_KNOWN_KEYS = frozenset(
    {
        "error",
        "details",
        "bundle",
    }
)


@_attrs_define
class ValidationsRedeemableInapplicableResult:
    error: Error | None | Unset = UNSET
    details: None | Unset | ValidationsRedeemableInapplicableResultDetails = UNSET
    """ Provides details about the reason why the redeemable is inapplicable. """
    bundle: Bundle | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, Error):
            error = self.error.to_dict() if isinstance(self.error, Error) else self.error

        else:
            error = self.error

        details: dict[str, Any] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, ValidationsRedeemableInapplicableResultDetails):
            details = (
                self.details.to_dict()
                if isinstance(self.details, ValidationsRedeemableInapplicableResultDetails)
                else self.details
            )

        else:
            details = self.details

        bundle: dict[str, Any] | None | Unset
        if isinstance(self.bundle, Unset):
            bundle = UNSET
        elif isinstance(self.bundle, Bundle):
            bundle = self.bundle.to_dict() if isinstance(self.bundle, Bundle) else self.bundle

        else:
            bundle = self.bundle

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if details is not UNSET:
            field_dict["details"] = details
        if bundle is not UNSET:
            field_dict["bundle"] = bundle

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        try:
            _error = d.get("error", UNSET)
            error: Error | None | Unset
            if _error is UNSET:
                error = UNSET
            elif _error is None:
                error = None
            else:
                error_type_0 = Error.from_dict(_error)

                error = error_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            error = d.get("error", UNSET)

        try:
            _details = d.get("details", UNSET)
            details: None | Unset | ValidationsRedeemableInapplicableResultDetails
            if _details is UNSET:
                details = UNSET
            elif _details is None:
                details = None
            else:
                details_type_0 = ValidationsRedeemableInapplicableResultDetails.from_dict(_details)

                details = details_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            details = d.get("details", UNSET)

        try:
            _bundle = d.get("bundle", UNSET)
            bundle: Bundle | None | Unset
            if _bundle is UNSET:
                bundle = UNSET
            elif _bundle is None:
                bundle = None
            else:
                bundle_type_0 = Bundle.from_dict(_bundle)

                bundle = bundle_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            bundle = d.get("bundle", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        validations_redeemable_inapplicable_result = cls(
            error,
            details,
            bundle,
        )

        if not _KNOWN_KEYS.issuperset(d):
            validations_redeemable_inapplicable_result.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return validations_redeemable_inapplicable_result

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
    global Bundle
    global Error
    global ValidationsRedeemableInapplicableResultDetails
    from ..models.bundle import Bundle
    from ..models.error import Error
    from ..models.validations_redeemable_inapplicable_result_details import (
        ValidationsRedeemableInapplicableResultDetails,
    )

    _unbound = False
