from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simple_redemption_reward_result_type import SimpleRedemptionRewardResultType
from ..types import PARSE_ERRORS, UNSET, Unset, format_datetime, parse_datetime

_SimpleRedemptionRewardResultType_values = SimpleRedemptionRewardResultType._value2member_map_

if TYPE_CHECKING:
    from ..models.field_4_obj_reward_object_parameters_campaign import Field4ObjRewardObjectParametersCAMPAIGN
    from ..models.field_4_obj_reward_object_parameters_coin import Field4ObjRewardObjectParametersCOIN
    from ..models.field_4_obj_reward_object_parameters_material import Field4ObjRewardObjectParametersMATERIAL
    from ..models.simple_customer import SimpleCustomer
    from ..models.simple_product import SimpleProduct
    from ..models.simple_sku import SimpleSku
    from ..models.simple_voucher import SimpleVoucher


T = TypeVar("T", bound="SimpleRedemptionRewardResult")

_KNOWN_KEYS = frozenset(
    {
        "customer",
        "assignment_id",
        "voucher",
        "product",
        "sku",
        "loyalty_tier_id",
        "id",
        "object",
        "name",
        "created_at",
        "updated_at",
        "parameters",
        "metadata",
        "type",
    }
)


@_attrs_define
class SimpleRedemptionRewardResult:
    """Simplified redemption reward result data"""

    customer: None | SimpleCustomer | Unset = UNSET
    assignment_id: None | str | Unset = UNSET
    """ Unique reward assignment ID assigned by Voucherify. """
    voucher: None | SimpleVoucher | Unset = UNSET
    product: None | SimpleProduct | Unset = UNSET
    sku: None | SimpleSku | Unset = UNSET
    loyalty_tier_id: None | str | Unset = UNSET
    """ Unique loyalty tier ID assigned by Voucherify. """
    id: None | str | Unset = UNSET
    """ Unique reward ID, assigned by Voucherify. """
    object_: Literal["reward"] | Unset = "reward"
    """ The type of the object represented by the JSON. This object stores information about the reward. """
    name: None | str | Unset = UNSET
    """ Reward name. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp representing the date and time when the reward was created in the ISO 8601 format. """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp representing the date and time when the reward was updated. The value is shown in the ISO 8601
    format. """
    parameters: (
        Field4ObjRewardObjectParametersCAMPAIGN
        | Field4ObjRewardObjectParametersCOIN
        | Field4ObjRewardObjectParametersMATERIAL
        | None
        | Unset
    ) = UNSET
    """ Defines how the reward is generated. """
    metadata: Any | Unset = UNSET
    """ A set of custom key/value pairs that you can attach to a reward. The metadata object stores all custom
    attributes assigned to the reward. """
    type_: None | SimpleRedemptionRewardResultType | Unset = UNSET
    """ Reward type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, SimpleCustomer):
            customer = self.customer.to_dict() if isinstance(self.customer, SimpleCustomer) else self.customer

        else:
            customer = self.customer

        assignment_id: None | str | Unset
        if isinstance(self.assignment_id, Unset):
            assignment_id = UNSET
        else:
            assignment_id = self.assignment_id

        voucher: dict[str, Any] | None | Unset
        if isinstance(self.voucher, Unset):
            voucher = UNSET
        elif isinstance(self.voucher, SimpleVoucher):
            voucher = self.voucher.to_dict() if isinstance(self.voucher, SimpleVoucher) else self.voucher

        else:
            voucher = self.voucher

        product: dict[str, Any] | None | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        elif isinstance(self.product, SimpleProduct):
            product = self.product.to_dict() if isinstance(self.product, SimpleProduct) else self.product

        else:
            product = self.product

        sku: dict[str, Any] | None | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        elif isinstance(self.sku, SimpleSku):
            sku = self.sku.to_dict() if isinstance(self.sku, SimpleSku) else self.sku

        else:
            sku = self.sku

        loyalty_tier_id: None | str | Unset
        if isinstance(self.loyalty_tier_id, Unset):
            loyalty_tier_id = UNSET
        else:
            loyalty_tier_id = self.loyalty_tier_id

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        object_ = self.object_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                format_datetime(self.created_at) if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = (
                format_datetime(self.updated_at) if isinstance(self.updated_at, datetime.datetime) else self.updated_at
            )

        else:
            updated_at = self.updated_at

        parameters: dict[str, Any] | None | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        elif isinstance(self.parameters, Field4ObjRewardObjectParametersCAMPAIGN):
            parameters = (
                self.parameters.to_dict()
                if isinstance(self.parameters, Field4ObjRewardObjectParametersCAMPAIGN)
                else self.parameters
            )

        elif isinstance(self.parameters, Field4ObjRewardObjectParametersCOIN):
            parameters = (
                self.parameters.to_dict()
                if isinstance(self.parameters, Field4ObjRewardObjectParametersCOIN)
                else self.parameters
            )

        elif isinstance(self.parameters, Field4ObjRewardObjectParametersMATERIAL):
            parameters = (
                self.parameters.to_dict()
                if isinstance(self.parameters, Field4ObjRewardObjectParametersMATERIAL)
                else self.parameters
            )

        else:
            parameters = self.parameters

        metadata = self.metadata

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, SimpleRedemptionRewardResultType):
            type_ = self.type_.value if isinstance(self.type_, SimpleRedemptionRewardResultType) else self.type_

        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer is not UNSET:
            field_dict["customer"] = customer
        if assignment_id is not UNSET:
            field_dict["assignment_id"] = assignment_id
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if product is not UNSET:
            field_dict["product"] = product
        if sku is not UNSET:
            field_dict["sku"] = sku
        if loyalty_tier_id is not UNSET:
            field_dict["loyalty_tier_id"] = loyalty_tier_id
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if name is not UNSET:
            field_dict["name"] = name
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        try:
            _customer = d.get("customer", UNSET)
            customer: None | SimpleCustomer | Unset
            if _customer is UNSET:
                customer = UNSET
            elif _customer is None:
                customer = None
            else:
                customer_type_0 = SimpleCustomer.from_dict(_customer)

                customer = customer_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            customer = d.get("customer", UNSET)

        assignment_id = d.get("assignment_id", UNSET)

        try:
            _voucher = d.get("voucher", UNSET)
            voucher: None | SimpleVoucher | Unset
            if _voucher is UNSET:
                voucher = UNSET
            elif _voucher is None:
                voucher = None
            else:
                voucher_type_0 = SimpleVoucher.from_dict(_voucher)

                voucher = voucher_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            voucher = d.get("voucher", UNSET)

        try:
            _product = d.get("product", UNSET)
            product: None | SimpleProduct | Unset
            if _product is UNSET:
                product = UNSET
            elif _product is None:
                product = None
            else:
                product_type_0 = SimpleProduct.from_dict(_product)

                product = product_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            product = d.get("product", UNSET)

        try:
            _sku = d.get("sku", UNSET)
            sku: None | SimpleSku | Unset
            if _sku is UNSET:
                sku = UNSET
            elif _sku is None:
                sku = None
            else:
                sku_type_0 = SimpleSku.from_dict(_sku)

                sku = sku_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            sku = d.get("sku", UNSET)

        loyalty_tier_id = d.get("loyalty_tier_id", UNSET)

        id = d.get("id", UNSET)

        object_ = d.get("object", UNSET)

        name = d.get("name", UNSET)

        try:
            _created_at = d.get("created_at", UNSET)
            created_at: datetime.datetime | None | Unset
            if _created_at is UNSET:
                created_at = UNSET
            elif _created_at is None:
                created_at = None
            else:
                created_at_type_0 = parse_datetime(_created_at)

                created_at = created_at_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            created_at = d.get("created_at", UNSET)

        try:
            _updated_at = d.get("updated_at", UNSET)
            updated_at: datetime.datetime | None | Unset
            if _updated_at is UNSET:
                updated_at = UNSET
            elif _updated_at is None:
                updated_at = None
            else:
                updated_at_type_0 = parse_datetime(_updated_at)

                updated_at = updated_at_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            updated_at = d.get("updated_at", UNSET)

        try:
            _parameters = d.get("parameters", UNSET)
            parameters: (
                Field4ObjRewardObjectParametersCAMPAIGN
                | Field4ObjRewardObjectParametersCOIN
                | Field4ObjRewardObjectParametersMATERIAL
                | None
                | Unset
            )
            if _parameters is UNSET:
                parameters = UNSET
            elif isinstance(_parameters, dict):
                componentsschemas_simple_redemption_reward_result_parameters_type_0 = (
                    Field4ObjRewardObjectParametersCAMPAIGN.from_dict(_parameters)
                )

                parameters = componentsschemas_simple_redemption_reward_result_parameters_type_0
            elif isinstance(_parameters, dict):
                componentsschemas_simple_redemption_reward_result_parameters_type_1 = (
                    Field4ObjRewardObjectParametersCOIN.from_dict(_parameters)
                )

                parameters = componentsschemas_simple_redemption_reward_result_parameters_type_1
            elif isinstance(_parameters, dict):
                componentsschemas_simple_redemption_reward_result_parameters_type_2 = (
                    Field4ObjRewardObjectParametersMATERIAL.from_dict(_parameters)
                )

                parameters = componentsschemas_simple_redemption_reward_result_parameters_type_2
            elif _parameters is None:
                parameters = None
            else:
                parameters = cast(
                    Field4ObjRewardObjectParametersCAMPAIGN
                    | Field4ObjRewardObjectParametersCOIN
                    | Field4ObjRewardObjectParametersMATERIAL
                    | None
                    | Unset,
                    _parameters,
                )

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            parameters = d.get("parameters", UNSET)

        metadata = d.get("metadata", UNSET)

        try:
            _type_ = d.get("type", UNSET)
            type_: None | SimpleRedemptionRewardResultType | Unset
            if _type_ is UNSET:
                type_ = UNSET
            elif _type_ is None:
                type_ = None
            else:
                type_type_0 = _SimpleRedemptionRewardResultType_values.get(_type_) or SimpleRedemptionRewardResultType(
                    _type_
                )

                type_ = type_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            type_ = d.get("type", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        simple_redemption_reward_result = cls(
            customer,
            assignment_id,
            voucher,
            product,
            sku,
            loyalty_tier_id,
            id,
            object_,
            name,
            created_at,
            updated_at,
            parameters,
            metadata,
            type_,
        )

        if not _KNOWN_KEYS.issuperset(d):
            simple_redemption_reward_result.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return simple_redemption_reward_result

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
    global Field4ObjRewardObjectParametersCAMPAIGN
    global Field4ObjRewardObjectParametersCOIN
    global Field4ObjRewardObjectParametersMATERIAL
    global SimpleCustomer
    global SimpleProduct
    global SimpleSku
    global SimpleVoucher
    from ..models.field_4_obj_reward_object_parameters_campaign import Field4ObjRewardObjectParametersCAMPAIGN
    from ..models.field_4_obj_reward_object_parameters_coin import Field4ObjRewardObjectParametersCOIN
    from ..models.field_4_obj_reward_object_parameters_material import Field4ObjRewardObjectParametersMATERIAL
    from ..models.simple_customer import SimpleCustomer
    from ..models.simple_product import SimpleProduct
    from ..models.simple_sku import SimpleSku
    from ..models.simple_voucher import SimpleVoucher

    _unbound = False
