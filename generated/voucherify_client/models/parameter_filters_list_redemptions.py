from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.junction import Junction
from ..types import PARSE_ERRORS, UNSET, Unset

_Junction_values = Junction._value2member_map_

if TYPE_CHECKING:
    from ..models.parameter_filters_list_redemptions_object import ParameterFiltersListRedemptionsObject


T = TypeVar("T", bound="ParameterFiltersListRedemptions")

_KNOWN_KEYS = frozenset(
    {
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
        "junction",
    }
)


@_attrs_define
class ParameterFiltersListRedemptions:
    voucher_code: ParameterFiltersListRedemptionsObject | Unset = UNSET
    related_object_id: ParameterFiltersListRedemptionsObject | Unset = UNSET
    related_object_parent_id: ParameterFiltersListRedemptionsObject | Unset = UNSET
    parent_redemption_id: ParameterFiltersListRedemptionsObject | Unset = UNSET
    failure_code: ParameterFiltersListRedemptionsObject | Unset = UNSET
    result: ParameterFiltersListRedemptionsObject | Unset = UNSET
    object_: ParameterFiltersListRedemptionsObject | Unset = UNSET
    customer_id: ParameterFiltersListRedemptionsObject | Unset = UNSET
    campaign_name: ParameterFiltersListRedemptionsObject | Unset = UNSET
    user_login: ParameterFiltersListRedemptionsObject | Unset = UNSET
    junction: Junction | Unset = UNSET
    """ Logical Operator Between Filters. Filter by conditions set on the `junction` parameter indicating how the
    `conditions` should be accounted for in the query. An `AND` is an all-inclusive logical operator, meaning the
    `AND` operator displays a record if **ALL** the conditions separated by AND are TRUE, while  an `OR` operator
    displays a record if **ANY** of the conditions separated by OR is TRUE. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        voucher_code: dict[str, Any] | Unset = UNSET
        if isinstance(self.voucher_code, ParameterFiltersListRedemptionsObject):
            voucher_code = self.voucher_code.to_dict()
        elif not isinstance(self.voucher_code, Unset):
            voucher_code = self.voucher_code

        related_object_id: dict[str, Any] | Unset = UNSET
        if isinstance(self.related_object_id, ParameterFiltersListRedemptionsObject):
            related_object_id = self.related_object_id.to_dict()
        elif not isinstance(self.related_object_id, Unset):
            related_object_id = self.related_object_id

        related_object_parent_id: dict[str, Any] | Unset = UNSET
        if isinstance(self.related_object_parent_id, ParameterFiltersListRedemptionsObject):
            related_object_parent_id = self.related_object_parent_id.to_dict()
        elif not isinstance(self.related_object_parent_id, Unset):
            related_object_parent_id = self.related_object_parent_id

        parent_redemption_id: dict[str, Any] | Unset = UNSET
        if isinstance(self.parent_redemption_id, ParameterFiltersListRedemptionsObject):
            parent_redemption_id = self.parent_redemption_id.to_dict()
        elif not isinstance(self.parent_redemption_id, Unset):
            parent_redemption_id = self.parent_redemption_id

        failure_code: dict[str, Any] | Unset = UNSET
        if isinstance(self.failure_code, ParameterFiltersListRedemptionsObject):
            failure_code = self.failure_code.to_dict()
        elif not isinstance(self.failure_code, Unset):
            failure_code = self.failure_code

        result: dict[str, Any] | Unset = UNSET
        if isinstance(self.result, ParameterFiltersListRedemptionsObject):
            result = self.result.to_dict()
        elif not isinstance(self.result, Unset):
            result = self.result

        object_: dict[str, Any] | Unset = UNSET
        if isinstance(self.object_, ParameterFiltersListRedemptionsObject):
            object_ = self.object_.to_dict()
        elif not isinstance(self.object_, Unset):
            object_ = self.object_

        customer_id: dict[str, Any] | Unset = UNSET
        if isinstance(self.customer_id, ParameterFiltersListRedemptionsObject):
            customer_id = self.customer_id.to_dict()
        elif not isinstance(self.customer_id, Unset):
            customer_id = self.customer_id

        campaign_name: dict[str, Any] | Unset = UNSET
        if isinstance(self.campaign_name, ParameterFiltersListRedemptionsObject):
            campaign_name = self.campaign_name.to_dict()
        elif not isinstance(self.campaign_name, Unset):
            campaign_name = self.campaign_name

        user_login: dict[str, Any] | Unset = UNSET
        if isinstance(self.user_login, ParameterFiltersListRedemptionsObject):
            user_login = self.user_login.to_dict()
        elif not isinstance(self.user_login, Unset):
            user_login = self.user_login

        junction: str | Unset = UNSET
        if isinstance(self.junction, Junction):
            junction = self.junction.value
        elif not isinstance(self.junction, Unset):
            junction = self.junction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if junction is not UNSET:
            field_dict["junction"] = junction

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        try:
            _voucher_code = d.get("voucher_code", UNSET)
            voucher_code: ParameterFiltersListRedemptionsObject | Unset
            if _voucher_code is UNSET:
                voucher_code = UNSET
            else:
                voucher_code = ParameterFiltersListRedemptionsObject.from_dict(_voucher_code)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            voucher_code = d.get("voucher_code", UNSET)

        try:
            _related_object_id = d.get("related_object_id", UNSET)
            related_object_id: ParameterFiltersListRedemptionsObject | Unset
            if _related_object_id is UNSET:
                related_object_id = UNSET
            else:
                related_object_id = ParameterFiltersListRedemptionsObject.from_dict(_related_object_id)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            related_object_id = d.get("related_object_id", UNSET)

        try:
            _related_object_parent_id = d.get("related_object_parent_id", UNSET)
            related_object_parent_id: ParameterFiltersListRedemptionsObject | Unset
            if _related_object_parent_id is UNSET:
                related_object_parent_id = UNSET
            else:
                related_object_parent_id = ParameterFiltersListRedemptionsObject.from_dict(_related_object_parent_id)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            related_object_parent_id = d.get("related_object_parent_id", UNSET)

        try:
            _parent_redemption_id = d.get("parent_redemption_id", UNSET)
            parent_redemption_id: ParameterFiltersListRedemptionsObject | Unset
            if _parent_redemption_id is UNSET:
                parent_redemption_id = UNSET
            else:
                parent_redemption_id = ParameterFiltersListRedemptionsObject.from_dict(_parent_redemption_id)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            parent_redemption_id = d.get("parent_redemption_id", UNSET)

        try:
            _failure_code = d.get("failure_code", UNSET)
            failure_code: ParameterFiltersListRedemptionsObject | Unset
            if _failure_code is UNSET:
                failure_code = UNSET
            else:
                failure_code = ParameterFiltersListRedemptionsObject.from_dict(_failure_code)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            failure_code = d.get("failure_code", UNSET)

        try:
            _result = d.get("result", UNSET)
            result: ParameterFiltersListRedemptionsObject | Unset
            if _result is UNSET:
                result = UNSET
            else:
                result = ParameterFiltersListRedemptionsObject.from_dict(_result)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            result = d.get("result", UNSET)

        try:
            _object_ = d.get("object", UNSET)
            object_: ParameterFiltersListRedemptionsObject | Unset
            if _object_ is UNSET:
                object_ = UNSET
            else:
                object_ = ParameterFiltersListRedemptionsObject.from_dict(_object_)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            object_ = d.get("object", UNSET)

        try:
            _customer_id = d.get("customer_id", UNSET)
            customer_id: ParameterFiltersListRedemptionsObject | Unset
            if _customer_id is UNSET:
                customer_id = UNSET
            else:
                customer_id = ParameterFiltersListRedemptionsObject.from_dict(_customer_id)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            customer_id = d.get("customer_id", UNSET)

        try:
            _campaign_name = d.get("campaign_name", UNSET)
            campaign_name: ParameterFiltersListRedemptionsObject | Unset
            if _campaign_name is UNSET:
                campaign_name = UNSET
            else:
                campaign_name = ParameterFiltersListRedemptionsObject.from_dict(_campaign_name)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            campaign_name = d.get("campaign_name", UNSET)

        try:
            _user_login = d.get("user_login", UNSET)
            user_login: ParameterFiltersListRedemptionsObject | Unset
            if _user_login is UNSET:
                user_login = UNSET
            else:
                user_login = ParameterFiltersListRedemptionsObject.from_dict(_user_login)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            user_login = d.get("user_login", UNSET)

        try:
            _junction = d.get("junction", UNSET)
            junction: Junction | Unset
            if _junction is UNSET:
                junction = UNSET
            else:
                junction = _Junction_values.get(_junction) or Junction(_junction)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            junction = d.get("junction", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        parameter_filters_list_redemptions = cls(
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
            junction,
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
    global ParameterFiltersListRedemptionsObject
    from ..models.parameter_filters_list_redemptions_object import ParameterFiltersListRedemptionsObject

    _unbound = False
