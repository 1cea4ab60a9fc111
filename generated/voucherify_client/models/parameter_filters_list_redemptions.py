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
    voucher_code: None | ParameterFiltersListRedemptionsObject | Unset = UNSET
    """ Unique voucher code. """
    related_object_id: None | ParameterFiltersListRedemptionsObject | Unset = UNSET
    """ Unique related object ID, i.e. v_hS8JFl8S6lNcd1L69wLIoXgTio7eWEgk. """
    related_object_parent_id: None | ParameterFiltersListRedemptionsObject | Unset = UNSET
    """ Unique related object parent ID, i.e. camp_22noMlhTADb7Fq2UL3vWu3d1. """
    parent_redemption_id: None | ParameterFiltersListRedemptionsObject | Unset = UNSET
    """ Unique parent redemption ID, i.e. r_0c5952900bcbfd54b6. """
    failure_code: None | ParameterFiltersListRedemptionsObject | Unset = UNSET
    """ Failure code, i.e. quantity_exceeded. """
    result: None | ParameterFiltersListRedemptionsObject | Unset = UNSET
    """ Result, i.e. `SUCCESS` or `FAILURE`. """
    object_: None | ParameterFiltersListRedemptionsObject | Unset = UNSET
    """ Specify which type of object to return, i.e. `redemption` or `redemption_rollback`. """
    customer_id: None | ParameterFiltersListRedemptionsObject | Unset = UNSET
    """ Unique customer ID, i.e. cust_sehkNIi8Uq2qQuRqSr7xn4Zi. """
    campaign_name: None | ParameterFiltersListRedemptionsObject | Unset = UNSET
    """ Campaign name. """
    user_login: None | ParameterFiltersListRedemptionsObject | Unset = UNSET
    """ User login used to login to Voucherify, i.e. name.lastname@email.com """
    junction: Junction | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        voucher_code: dict[str, Any] | None | Unset
        if isinstance(self.voucher_code, Unset):
            voucher_code = UNSET
        elif isinstance(self.voucher_code, ParameterFiltersListRedemptionsObject):
            voucher_code = (
                self.voucher_code.to_dict()
                if isinstance(self.voucher_code, ParameterFiltersListRedemptionsObject)
                else self.voucher_code
            )

        else:
            voucher_code = self.voucher_code

        related_object_id: dict[str, Any] | None | Unset
        if isinstance(self.related_object_id, Unset):
            related_object_id = UNSET
        elif isinstance(self.related_object_id, ParameterFiltersListRedemptionsObject):
            related_object_id = (
                self.related_object_id.to_dict()
                if isinstance(self.related_object_id, ParameterFiltersListRedemptionsObject)
                else self.related_object_id
            )

        else:
            related_object_id = self.related_object_id

        related_object_parent_id: dict[str, Any] | None | Unset
        if isinstance(self.related_object_parent_id, Unset):
            related_object_parent_id = UNSET
        elif isinstance(self.related_object_parent_id, ParameterFiltersListRedemptionsObject):
            related_object_parent_id = (
                self.related_object_parent_id.to_dict()
                if isinstance(self.related_object_parent_id, ParameterFiltersListRedemptionsObject)
                else self.related_object_parent_id
            )

        else:
            related_object_parent_id = self.related_object_parent_id

        parent_redemption_id: dict[str, Any] | None | Unset
        if isinstance(self.parent_redemption_id, Unset):
            parent_redemption_id = UNSET
        elif isinstance(self.parent_redemption_id, ParameterFiltersListRedemptionsObject):
            parent_redemption_id = (
                self.parent_redemption_id.to_dict()
                if isinstance(self.parent_redemption_id, ParameterFiltersListRedemptionsObject)
                else self.parent_redemption_id
            )

        else:
            parent_redemption_id = self.parent_redemption_id

        failure_code: dict[str, Any] | None | Unset
        if isinstance(self.failure_code, Unset):
            failure_code = UNSET
        elif isinstance(self.failure_code, ParameterFiltersListRedemptionsObject):
            failure_code = (
                self.failure_code.to_dict()
                if isinstance(self.failure_code, ParameterFiltersListRedemptionsObject)
                else self.failure_code
            )

        else:
            failure_code = self.failure_code

        result: dict[str, Any] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, ParameterFiltersListRedemptionsObject):
            result = (
                self.result.to_dict() if isinstance(self.result, ParameterFiltersListRedemptionsObject) else self.result
            )

        else:
            result = self.result

        object_: dict[str, Any] | None | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        elif isinstance(self.object_, ParameterFiltersListRedemptionsObject):
            object_ = (
                self.object_.to_dict()
                if isinstance(self.object_, ParameterFiltersListRedemptionsObject)
                else self.object_
            )

        else:
            object_ = self.object_

        customer_id: dict[str, Any] | None | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        elif isinstance(self.customer_id, ParameterFiltersListRedemptionsObject):
            customer_id = (
                self.customer_id.to_dict()
                if isinstance(self.customer_id, ParameterFiltersListRedemptionsObject)
                else self.customer_id
            )

        else:
            customer_id = self.customer_id

        campaign_name: dict[str, Any] | None | Unset
        if isinstance(self.campaign_name, Unset):
            campaign_name = UNSET
        elif isinstance(self.campaign_name, ParameterFiltersListRedemptionsObject):
            campaign_name = (
                self.campaign_name.to_dict()
                if isinstance(self.campaign_name, ParameterFiltersListRedemptionsObject)
                else self.campaign_name
            )

        else:
            campaign_name = self.campaign_name

        user_login: dict[str, Any] | None | Unset
        if isinstance(self.user_login, Unset):
            user_login = UNSET
        elif isinstance(self.user_login, ParameterFiltersListRedemptionsObject):
            user_login = (
                self.user_login.to_dict()
                if isinstance(self.user_login, ParameterFiltersListRedemptionsObject)
                else self.user_login
            )

        else:
            user_login = self.user_login

        junction: None | str | Unset
        if isinstance(self.junction, Unset):
            junction = UNSET
        elif isinstance(self.junction, Junction):
            junction = self.junction.value if isinstance(self.junction, Junction) else self.junction

        else:
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
            voucher_code: None | ParameterFiltersListRedemptionsObject | Unset
            if _voucher_code is UNSET:
                voucher_code = UNSET
            elif _voucher_code is None:
                voucher_code = None
            else:
                voucher_code_type_0 = ParameterFiltersListRedemptionsObject.from_dict(_voucher_code)

                voucher_code = voucher_code_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            voucher_code = d.get("voucher_code", UNSET)

        try:
            _related_object_id = d.get("related_object_id", UNSET)
            related_object_id: None | ParameterFiltersListRedemptionsObject | Unset
            if _related_object_id is UNSET:
                related_object_id = UNSET
            elif _related_object_id is None:
                related_object_id = None
            else:
                related_object_id_type_0 = ParameterFiltersListRedemptionsObject.from_dict(_related_object_id)

                related_object_id = related_object_id_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            related_object_id = d.get("related_object_id", UNSET)

        try:
            _related_object_parent_id = d.get("related_object_parent_id", UNSET)
            related_object_parent_id: None | ParameterFiltersListRedemptionsObject | Unset
            if _related_object_parent_id is UNSET:
                related_object_parent_id = UNSET
            elif _related_object_parent_id is None:
                related_object_parent_id = None
            else:
                related_object_parent_id_type_0 = ParameterFiltersListRedemptionsObject.from_dict(
                    _related_object_parent_id
                )

                related_object_parent_id = related_object_parent_id_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            related_object_parent_id = d.get("related_object_parent_id", UNSET)

        try:
            _parent_redemption_id = d.get("parent_redemption_id", UNSET)
            parent_redemption_id: None | ParameterFiltersListRedemptionsObject | Unset
            if _parent_redemption_id is UNSET:
                parent_redemption_id = UNSET
            elif _parent_redemption_id is None:
                parent_redemption_id = None
            else:
                parent_redemption_id_type_0 = ParameterFiltersListRedemptionsObject.from_dict(_parent_redemption_id)

                parent_redemption_id = parent_redemption_id_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            parent_redemption_id = d.get("parent_redemption_id", UNSET)

        try:
            _failure_code = d.get("failure_code", UNSET)
            failure_code: None | ParameterFiltersListRedemptionsObject | Unset
            if _failure_code is UNSET:
                failure_code = UNSET
            elif _failure_code is None:
                failure_code = None
            else:
                failure_code_type_0 = ParameterFiltersListRedemptionsObject.from_dict(_failure_code)

                failure_code = failure_code_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            failure_code = d.get("failure_code", UNSET)

        try:
            _result = d.get("result", UNSET)
            result: None | ParameterFiltersListRedemptionsObject | Unset
            if _result is UNSET:
                result = UNSET
            elif _result is None:
                result = None
            else:
                result_type_0 = ParameterFiltersListRedemptionsObject.from_dict(_result)

                result = result_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            result = d.get("result", UNSET)

        try:
            _object_ = d.get("object", UNSET)
            object_: None | ParameterFiltersListRedemptionsObject | Unset
            if _object_ is UNSET:
                object_ = UNSET
            elif _object_ is None:
                object_ = None
            else:
                object_type_0 = ParameterFiltersListRedemptionsObject.from_dict(_object_)

                object_ = object_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            object_ = d.get("object", UNSET)

        try:
            _customer_id = d.get("customer_id", UNSET)
            customer_id: None | ParameterFiltersListRedemptionsObject | Unset
            if _customer_id is UNSET:
                customer_id = UNSET
            elif _customer_id is None:
                customer_id = None
            else:
                customer_id_type_0 = ParameterFiltersListRedemptionsObject.from_dict(_customer_id)

                customer_id = customer_id_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            customer_id = d.get("customer_id", UNSET)

        try:
            _campaign_name = d.get("campaign_name", UNSET)
            campaign_name: None | ParameterFiltersListRedemptionsObject | Unset
            if _campaign_name is UNSET:
                campaign_name = UNSET
            elif _campaign_name is None:
                campaign_name = None
            else:
                campaign_name_type_0 = ParameterFiltersListRedemptionsObject.from_dict(_campaign_name)

                campaign_name = campaign_name_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            campaign_name = d.get("campaign_name", UNSET)

        try:
            _user_login = d.get("user_login", UNSET)
            user_login: None | ParameterFiltersListRedemptionsObject | Unset
            if _user_login is UNSET:
                user_login = UNSET
            elif _user_login is None:
                user_login = None
            else:
                user_login_type_0 = ParameterFiltersListRedemptionsObject.from_dict(_user_login)

                user_login = user_login_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            user_login = d.get("user_login", UNSET)

        try:
            _junction = d.get("junction", UNSET)
            junction: Junction | None | Unset
            if _junction is UNSET:
                junction = UNSET
            elif _junction is None:
                junction = None
            else:
                junction_type_0 = _Junction_values.get(_junction) or Junction(_junction)

                junction = junction_type_0

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
