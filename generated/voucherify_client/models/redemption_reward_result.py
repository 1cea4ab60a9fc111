from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class RedemptionRewardResult(Model):
    """`RedemptionRewardResult` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    customer: SimpleCustomer | None = None
    assignment_id: str | None = None
    """ Unique reward assignment ID assigned by Voucherify. """
    voucher: Voucher | None = None
    product: Product | None = None
    sku: Sku | None = None
    loyalty_tier_id: str | None = None
    """ Unique loyalty tier ID assigned by Voucherify. """
    id: str | None = None
    """ Unique reward ID. """
    name: str | None = None
    """ Name of the reward. """
    object: str | None = None
    """ The type of the object represented by the JSON """
    created_at: datetime.datetime | None = None
    """ Timestamp representing the date and time when the redemption was created. The value is shown in the ISO 8601
    format. """
    updated_at: datetime.datetime | None = None
    """ Timestamp in ISO 8601 format indicating when the reward was updated. """
    parameters: RedemptionRewardResultParameters | None = None
    """ These are parameters representing a material reward. """
    metadata: Any | None = None
    """ A set of custom key/value pairs that you can attach to a reward. The metadata object stores all custom
    attributes assigned to the reward. """
    type: str | None = None
    """ Reward type. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
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
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "object": "reward",
    }


RedemptionRewardResultDict = TypedDict(
    "RedemptionRewardResultDict",
    {
        "customer": "SimpleCustomerDict | None",
        "assignment_id": "str | None",
        "voucher": "VoucherDict | None",
        "product": "ProductDict | None",
        "sku": "SkuDict | None",
        "loyalty_tier_id": "str | None",
        "id": "str | None",
        "name": "str | None",
        "object": "Literal['reward']",
        "created_at": "datetime.datetime | str | None",
        "updated_at": "datetime.datetime | str | None",
        "parameters": "RedemptionRewardResultParametersDict | None",
        "metadata": "Any",
        "type": "str | None",
    },
    total=False,
)
"""RedemptionRewardResult as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.product import Product, ProductDict
from ..models.redemption_reward_result_parameters import (
    RedemptionRewardResultParameters,
    RedemptionRewardResultParametersDict,
)
from ..models.simple_customer import SimpleCustomer, SimpleCustomerDict
from ..models.sku import Sku, SkuDict
from ..models.voucher import Voucher, VoucherDict
