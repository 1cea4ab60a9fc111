from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_error import ErrorError


T = TypeVar("T", bound="Error")

_KNOWN_KEYS = frozenset(
    {
        "code",
        "key",
        "message",
        "details",
        "request_id",
        "resource_id",
        "resource_type",
        "error",
    }
)


@_attrs_define
class Error:
    """Error details"""

    code: int | None | Unset = UNSET
    """ Error's HTTP status code. """
    key: None | str | Unset = UNSET
    """ Short string describing the kind of error which occurred. """
    message: None | str | Unset = UNSET
    """ A human-readable message providing a short description of the error. """
    details: None | str | Unset = UNSET
    """ A human-readable message providing more details about the error. """
    request_id: None | str | Unset = UNSET
    """ This ID is useful when troubleshooting and/or finding the root cause of an error response by our support
    team. """
    resource_id: None | str | Unset = UNSET
    """ Unique resource ID that can be used in another endpoint to get more details. """
    resource_type: None | str | Unset = UNSET
    """ The resource type. """
    error: ErrorError | None | Unset = UNSET
    """ Includes additional information about the error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        code: int | None | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        details: None | str | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        else:
            details = self.details

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        resource_id: None | str | Unset
        if isinstance(self.resource_id, Unset):
            resource_id = UNSET
        else:
            resource_id = self.resource_id

        resource_type: None | str | Unset
        if isinstance(self.resource_type, Unset):
            resource_type = UNSET
        else:
            resource_type = self.resource_type

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ErrorError):
            error = self.error.to_dict() if isinstance(self.error, ErrorError) else self.error

        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if key is not UNSET:
            field_dict["key"] = key
        if message is not UNSET:
            field_dict["message"] = message
        if details is not UNSET:
            field_dict["details"] = details
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        code = d.get("code", UNSET)

        key = d.get("key", UNSET)

        message = d.get("message", UNSET)

        details = d.get("details", UNSET)

        request_id = d.get("request_id", UNSET)

        resource_id = d.get("resource_id", UNSET)

        resource_type = d.get("resource_type", UNSET)

        try:
            _error = d.get("error", UNSET)
            error: ErrorError | None | Unset
            if _error is UNSET:
                error = UNSET
            elif _error is None:
                error = None
            else:
                error_type_0 = ErrorError.from_dict(_error)

                error = error_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            error = d.get("error", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        error = cls(
            code,
            key,
            message,
            details,
            request_id,
            resource_id,
            resource_type,
            error,
        )

        if not _KNOWN_KEYS.issuperset(d):
            error.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return error

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
    global ErrorError
    from ..models.error_error import ErrorError

    _unbound = False
