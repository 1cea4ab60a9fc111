from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_ttl_unit import SessionTtlUnit
from ..types import PARSE_ERRORS, UNSET, Unset

_SessionTtlUnit_values = SessionTtlUnit._value2member_map_


T = TypeVar("T", bound="Session")

_KNOWN_KEYS = frozenset(
    {
        "key",
        "type",
        "ttl",
        "ttl_unit",
    }
)


@_attrs_define
class Session:
    key: str | Unset = UNSET
    """ The session unique ID assigned by Voucherify or your own unique session ID. Sending an existing ID will
    result in overwriting an existing session. If no session key is provided, then a new ID will be generated. """
    type_: Literal["LOCK"] | Unset = "LOCK"
    """ This parameter is required to establish a new session. """
    ttl: float | Unset = UNSET
    """ Value for the period of time that the session is active. Units for this parameter are defined by the
    session.ttl_unit parameter. """
    ttl_unit: SessionTtlUnit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        type_ = self.type_

        ttl = self.ttl

        ttl_unit: str | Unset = UNSET
        if isinstance(self.ttl_unit, SessionTtlUnit):
            ttl_unit = self.ttl_unit.value
        elif not isinstance(self.ttl_unit, Unset):
            ttl_unit = self.ttl_unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if type_ is not UNSET:
            field_dict["type"] = type_
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if ttl_unit is not UNSET:
            field_dict["ttl_unit"] = ttl_unit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        key = d.get("key", UNSET)

        type_ = d.get("type", UNSET)

        ttl = d.get("ttl", UNSET)

        try:
            _ttl_unit = d.get("ttl_unit", UNSET)
            ttl_unit: SessionTtlUnit | Unset
            if _ttl_unit is UNSET:
                ttl_unit = UNSET
            else:
                ttl_unit = _SessionTtlUnit_values.get(_ttl_unit) or SessionTtlUnit(_ttl_unit)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            ttl_unit = d.get("ttl_unit", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        session = cls(
            key,
            type_,
            ttl,
            ttl_unit,
        )

        if not _KNOWN_KEYS.issuperset(d):
            session.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return session

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
