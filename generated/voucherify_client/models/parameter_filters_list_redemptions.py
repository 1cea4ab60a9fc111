from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.filter_junction import FilterJunction
from ..types import PARSE_ERRORS, UNSET, Unset

_FilterJunction_values = FilterJunction._value2member_map_

if TYPE_CHECKING:
    from ..models.filter_condition import FilterCondition


T = TypeVar("T", bound="ParameterFiltersListRedemptions")

_KNOWN_KEYS = frozenset(
    {
        "junction",
        "voucher_code",
        "related_object_id",
        "related_object_parent_id",
        "parent_redemption_id",
        "failure_code",
        "result",
        "object",
        "customer_id",
        "campaign_name",
        "user_login",
    }
)


@_attrs_define
class ParameterFiltersListRedemptions:
    """Filters for List Redemptions, sent as a deepObject query parameter."""

    junction: FilterJunction | Unset = UNSET
    """ Logical operator joining filter conditions. """
    voucher_code: FilterCondition | Unset = UNSET
    """ Filter on one field. """
    related_object_id: FilterCondition | Unset = UNSET
    """ Filter on one field. """
    related_object_parent_id: FilterCondition | Unset = UNSET
    """ Filter on one field. """
    parent_redemption_id: FilterCondition | Unset = UNSET
    """ Filter on one field. """
    failure_code: FilterCondition | Unset = UNSET
    """ Filter on one field. """
    result: FilterCondition | Unset = UNSET
    """ Filter on one field. """
    object_: FilterCondition | Unset = UNSET
    """ Filter on one field. """
    customer_id: FilterCondition | Unset = UNSET
    """ Filter on one field. """
    campaign_name: FilterCondition | Unset = UNSET
    """ Filter on one field. """
    user_login: FilterCondition | Unset = UNSET
    """ Filter on one field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        junction: str | Unset = UNSET
        if isinstance(self.junction, FilterJunction):
            junction = self.junction.value
        elif not isinstance(self.junction, Unset):
            junction = self.junction

        voucher_code: dict[str, Any] | Unset = UNSET
        if isinstance(self.voucher_code, FilterCondition):
            voucher_code = self.voucher_code.to_dict()
        elif not isinstance(self.voucher_code, Unset):
            voucher_code = self.voucher_code

        related_object_id: dict[str, Any] | Unset = UNSET
        if isinstance(self.related_object_id, FilterCondition):
            related_object_id = self.related_object_id.to_dict()
        elif not isinstance(self.related_object_id, Unset):
            related_object_id = self.related_object_id

        related_object_parent_id: dict[str, Any] | Unset = UNSET
        if isinstance(self.related_object_parent_id, FilterCondition):
            related_object_parent_id = self.related_object_parent_id.to_dict()
        elif not isinstance(self.related_object_parent_id, Unset):
            related_object_parent_id = self.related_object_parent_id

        parent_redemption_id: dict[str, Any] | Unset = UNSET
        if isinstance(self.parent_redemption_id, FilterCondition):
            parent_redemption_id = self.parent_redemption_id.to_dict()
        elif not isinstance(self.parent_redemption_id, Unset):
            parent_redemption_id = self.parent_redemption_id

        failure_code: dict[str, Any] | Unset = UNSET
        if isinstance(self.failure_code, FilterCondition):
            failure_code = self.failure_code.to_dict()
        elif not isinstance(self.failure_code, Unset):
            failure_code = self.failure_code

        result: dict[str, Any] | Unset = UNSET
        if isinstance(self.result, FilterCondition):
            result = self.result.to_dict()
        elif not isinstance(self.result, Unset):
            result = self.result

        object_: dict[str, Any] | Unset = UNSET
        if isinstance(self.object_, FilterCondition):
            object_ = self.object_.to_dict()
        elif not isinstance(self.object_, Unset):
            object_ = self.object_

        customer_id: dict[str, Any] | Unset = UNSET
        if isinstance(self.customer_id, FilterCondition):
            customer_id = self.customer_id.to_dict()
        elif not isinstance(self.customer_id, Unset):
            customer_id = self.customer_id

        campaign_name: dict[str, Any] | Unset = UNSET
        if isinstance(self.campaign_name, FilterCondition):
            campaign_name = self.campaign_name.to_dict()
        elif not isinstance(self.campaign_name, Unset):
            campaign_name = self.campaign_name

        user_login: dict[str, Any] | Unset = UNSET
        if isinstance(self.user_login, FilterCondition):
            user_login = self.user_login.to_dict()
        elif not isinstance(self.user_login, Unset):
            user_login = self.user_login

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if junction is not UNSET:
            field_dict["junction"] = junction
        if voucher_code is not UNSET:
            field_dict["voucher_code"] = voucher_code
        if related_object_id is not UNSET:
            field_dict["related_object_id"] = related_object_id
        if related_object_parent_id is not UNSET:
            field_dict["related_object_parent_id"] = related_object_parent_id
        if parent_redemption_id is not UNSET:
            field_dict["parent_redemption_id"] = parent_redemption_id
        if failure_code is not UNSET:
            field_dict["failure_code"] = failure_code
        if result is not UNSET:
            field_dict["result"] = result
        if object_ is not UNSET:
            field_dict["object"] = object_
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if campaign_name is not UNSET:
            field_dict["campaign_name"] = campaign_name
        if user_login is not UNSET:
            field_dict["user_login"] = user_login

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        try:
            _junction = d.get("junction", UNSET)
            junction: FilterJunction | Unset
            if _junction is UNSET:
                junction = UNSET
            else:
                junction = _FilterJunction_values.get(_junction) or FilterJunction(_junction)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            junction = d.get("junction", UNSET)

        try:
            _voucher_code = d.get("voucher_code", UNSET)
            voucher_code: FilterCondition | Unset
            if _voucher_code is UNSET:
                voucher_code = UNSET
            else:
                voucher_code = FilterCondition.from_dict(_voucher_code)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            voucher_code = d.get("voucher_code", UNSET)

        try:
            _related_object_id = d.get("related_object_id", UNSET)
            related_object_id: FilterCondition | Unset
            if _related_object_id is UNSET:
                related_object_id = UNSET
            else:
                related_object_id = FilterCondition.from_dict(_related_object_id)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            related_object_id = d.get("related_object_id", UNSET)

        try:
            _related_object_parent_id = d.get("related_object_parent_id", UNSET)
            related_object_parent_id: FilterCondition | Unset
            if _related_object_parent_id is UNSET:
                related_object_parent_id = UNSET
            else:
                related_object_parent_id = FilterCondition.from_dict(_related_object_parent_id)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            related_object_parent_id = d.get("related_object_parent_id", UNSET)

        try:
            _parent_redemption_id = d.get("parent_redemption_id", UNSET)
            parent_redemption_id: FilterCondition | Unset
            if _parent_redemption_id is UNSET:
                parent_redemption_id = UNSET
            else:
                parent_redemption_id = FilterCondition.from_dict(_parent_redemption_id)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            parent_redemption_id = d.get("parent_redemption_id", UNSET)

        try:
            _failure_code = d.get("failure_code", UNSET)
            failure_code: FilterCondition | Unset
            if _failure_code is UNSET:
                failure_code = UNSET
            else:
                failure_code = FilterCondition.from_dict(_failure_code)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            failure_code = d.get("failure_code", UNSET)

        try:
            _result = d.get("result", UNSET)
            result: FilterCondition | Unset
            if _result is UNSET:
                result = UNSET
            else:
                result = FilterCondition.from_dict(_result)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            result = d.get("result", UNSET)

        try:
            _object_ = d.get("object", UNSET)
            object_: FilterCondition | Unset
            if _object_ is UNSET:
                object_ = UNSET
            else:
                object_ = FilterCondition.from_dict(_object_)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            object_ = d.get("object", UNSET)

        try:
            _customer_id = d.get("customer_id", UNSET)
            customer_id: FilterCondition | Unset
            if _customer_id is UNSET:
                customer_id = UNSET
            else:
                customer_id = FilterCondition.from_dict(_customer_id)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            customer_id = d.get("customer_id", UNSET)

        try:
            _campaign_name = d.get("campaign_name", UNSET)
            campaign_name: FilterCondition | Unset
            if _campaign_name is UNSET:
                campaign_name = UNSET
            else:
                campaign_name = FilterCondition.from_dict(_campaign_name)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            campaign_name = d.get("campaign_name", UNSET)

        try:
            _user_login = d.get("user_login", UNSET)
            user_login: FilterCondition | Unset
            if _user_login is UNSET:
                user_login = UNSET
            else:
                user_login = FilterCondition.from_dict(_user_login)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            user_login = d.get("user_login", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        parameter_filters_list_redemptions = cls(
            junction,
            voucher_code,
            related_object_id,
            related_object_parent_id,
            parent_redemption_id,
            failure_code,
            result,
            object_,
            customer_id,
            campaign_name,
            user_login,
        )

        if not _KNOWN_KEYS.issuperset(d):
            parameter_filters_list_redemptions.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return parameter_filters_list_redemptions

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
    global FilterCondition
    from ..models.filter_condition import FilterCondition

    _unbound = False
