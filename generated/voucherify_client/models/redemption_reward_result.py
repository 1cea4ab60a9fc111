from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.redemption_reward_result_type import RedemptionRewardResultType
from ..types import PARSE_ERRORS, UNSET, Unset, format_datetime, parse_datetime

_RedemptionRewardResultType_values = RedemptionRewardResultType._value2member_map_

if TYPE_CHECKING:
    from ..models.product import Product
    from ..models.redemption_reward_result_parameters import RedemptionRewardResultParameters
    from ..models.simple_customer import SimpleCustomer
    from ..models.sku import Sku
    from ..models.voucher import Voucher


T = TypeVar("T", bound="RedemptionRewardResult")

_KNOWN_KEYS = frozenset(
    {
        "customer",
        "assignment_id",
        "voucher",
        "product",
        "sku",
        "loyalty_tier_id",
        "id",
        "name",
        "object",
        "created_at",
        "updated_at",
        "parameters",
        "metadata",
        "type",
    }
)


@_attrs_define
class RedemptionRewardResult:
    customer: None | SimpleCustomer | Unset = UNSET
    assignment_id: None | str | Unset = UNSET
    """ Unique reward assignment ID assigned by Voucherify. """
    voucher: None | Unset | Voucher = UNSET
    product: None | Product | Unset = UNSET
    sku: None | Sku | Unset = UNSET
    loyalty_tier_id: None | str | Unset = UNSET
    """ Unique loyalty tier ID assigned by Voucherify. """
    id: None | str | Unset = UNSET
    """ Unique reward ID. """
    name: None | str | Unset = UNSET
    """ Name of the reward. """
    object_: Literal["reward"] | Unset = "reward"
    """ The type of the object represented by the JSON """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp representing the date and time when the redemption was created. The value is shown in the ISO 8601
    format. """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp in ISO 8601 format indicating when the reward was updated. """
    parameters: None | RedemptionRewardResultParameters | Unset = UNSET
    """ These are parameters representing a material reward. """
    metadata: Any | Unset = UNSET
    """ A set of custom key/value pairs that you can attach to a reward. The metadata object stores all custom
    attributes assigned to the reward. """
    type_: None | RedemptionRewardResultType | Unset = UNSET
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
        elif isinstance(self.voucher, Voucher):
            voucher = self.voucher.to_dict() if isinstance(self.voucher, Voucher) else self.voucher

        else:
            voucher = self.voucher

        product: dict[str, Any] | None | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        elif isinstance(self.product, Product):
            product = self.product.to_dict() if isinstance(self.product, Product) else self.product

        else:
            product = self.product

        sku: dict[str, Any] | None | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        elif isinstance(self.sku, Sku):
            sku = self.sku.to_dict() if isinstance(self.sku, Sku) else self.sku

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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        object_ = self.object_

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
        elif isinstance(self.parameters, RedemptionRewardResultParameters):
            parameters = (
                self.parameters.to_dict()
                if isinstance(self.parameters, RedemptionRewardResultParameters)
                else self.parameters
            )

        else:
            parameters = self.parameters

        metadata = self.metadata

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, RedemptionRewardResultType):
            type_ = self.type_.value if isinstance(self.type_, RedemptionRewardResultType) else self.type_

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
        if name is not UNSET:
            field_dict["name"] = name
        if object_ is not UNSET:
            field_dict["object"] = object_
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
            voucher: None | Unset | Voucher
            if _voucher is UNSET:
                voucher = UNSET
            elif _voucher is None:
                voucher = None
            else:
                voucher_type_0 = Voucher.from_dict(_voucher)

                voucher = voucher_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            voucher = d.get("voucher", UNSET)

        try:
            _product = d.get("product", UNSET)
            product: None | Product | Unset
            if _product is UNSET:
                product = UNSET
            elif _product is None:
                product = None
            else:
                product_type_0 = Product.from_dict(_product)

                product = product_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            product = d.get("product", UNSET)

        try:
            _sku = d.get("sku", UNSET)
            sku: None | Sku | Unset
            if _sku is UNSET:
                sku = UNSET
            elif _sku is None:
                sku = None
            else:
                sku_type_0 = Sku.from_dict(_sku)

                sku = sku_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            sku = d.get("sku", UNSET)

        loyalty_tier_id = d.get("loyalty_tier_id", UNSET)

        id = d.get("id", UNSET)

        name = d.get("name", UNSET)

        object_ = d.get("object", UNSET)

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
            parameters: None | RedemptionRewardResultParameters | Unset
            if _parameters is UNSET:
                parameters = UNSET
            elif _parameters is None:
                parameters = None
            else:
                parameters_type_0 = RedemptionRewardResultParameters.from_dict(_parameters)

                parameters = parameters_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            parameters = d.get("parameters", UNSET)

        metadata = d.get("metadata", UNSET)

        try:
            _type_ = d.get("type", UNSET)
            type_: None | RedemptionRewardResultType | Unset
            if _type_ is UNSET:
                type_ = UNSET
            elif _type_ is None:
                type_ = None
            else:
                type_type_0 = _RedemptionRewardResultType_values.get(_type_) or RedemptionRewardResultType(_type_)

                type_ = type_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            type_ = d.get("type", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        redemption_reward_result = cls(
            customer,
            assignment_id,
            voucher,
            product,
            sku,
            loyalty_tier_id,
            id,
            name,
            object_,
            created_at,
            updated_at,
            parameters,
            metadata,
            type_,
        )

        if not _KNOWN_KEYS.issuperset(d):
            redemption_reward_result.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return redemption_reward_result

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
    global Product
    global RedemptionRewardResultParameters
    global SimpleCustomer
    global Sku
    global Voucher
    from ..models.product import Product
    from ..models.redemption_reward_result_parameters import RedemptionRewardResultParameters
    from ..models.simple_customer import SimpleCustomer
    from ..models.sku import Sku
    from ..models.voucher import Voucher

    _unbound = False
