from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of

# Fields that hold one of several models: the union for type checkers, a stand-in that picks the variant at run time.
if TYPE_CHECKING:
    _parameters: TypeAlias = (
        Field4ObjRewardObjectParametersCAMPAIGN
        | Field4ObjRewardObjectParametersCOIN
        | Field4ObjRewardObjectParametersMATERIAL
    )
else:
    _parameters = one_of(
        globals(),
        "Field4ObjRewardObjectParametersCAMPAIGN",
        "Field4ObjRewardObjectParametersCOIN",
        "Field4ObjRewardObjectParametersMATERIAL",
    )


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class SimpleRedemptionRewardResult(Model):
    """Simplified redemption reward result data"""

    customer: SimpleCustomer | None = None
    assignment_id: str | None = None
    """ Unique reward assignment ID assigned by Voucherify. """
    voucher: SimpleVoucher | None = None
    product: SimpleProduct | None = None
    sku: SimpleSku | None = None
    loyalty_tier_id: str | None = None
    """ Unique loyalty tier ID assigned by Voucherify. """
    id: str | None = None
    """ Unique reward ID, assigned by Voucherify. """
    object: str | None = None
    """ The type of the object represented by the JSON. This object stores information about the reward. """
    name: str | None = None
    """ Reward name. """
    created_at: datetime.datetime | None = None
    """ Timestamp representing the date and time when the reward was created in the ISO 8601 format. """
    updated_at: datetime.datetime | None = None
    """ Timestamp representing the date and time when the reward was updated. The value is shown in the ISO 8601
    format. """
    parameters: _parameters | None = None
    """ Defines how the reward is generated. """
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
        "object",
        "name",
        "created_at",
        "updated_at",
        "parameters",
        "metadata",
        "type",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "object": "reward",
    }


SimpleRedemptionRewardResultDict = TypedDict(
    "SimpleRedemptionRewardResultDict",
    {
        "customer": "SimpleCustomerDict | None",
        "assignment_id": "str | None",
        "voucher": "SimpleVoucherDict | None",
        "product": "SimpleProductDict | None",
        "sku": "SimpleSkuDict | None",
        "loyalty_tier_id": "str | None",
        "id": "str | None",
        "object": "Literal['reward']",
        "name": "str | None",
        "created_at": "datetime.datetime | str | None",
        "updated_at": "datetime.datetime | str | None",
        "parameters": "Field4ObjRewardObjectParametersCAMPAIGNDict | Field4ObjRewardObjectParametersCOINDict | Field4ObjRewardObjectParametersMATERIALDict | None",
        "metadata": "Any",
        "type": "str | None",
    },
    total=False,
)
"""SimpleRedemptionRewardResult as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.field_4_obj_reward_object_parameters_campaign import (
    Field4ObjRewardObjectParametersCAMPAIGN,
    Field4ObjRewardObjectParametersCAMPAIGNDict,
)
from ..models.field_4_obj_reward_object_parameters_coin import (
    Field4ObjRewardObjectParametersCOIN,
    Field4ObjRewardObjectParametersCOINDict,
)
from ..models.field_4_obj_reward_object_parameters_material import (
    Field4ObjRewardObjectParametersMATERIAL,
    Field4ObjRewardObjectParametersMATERIALDict,
)
from ..models.simple_customer import SimpleCustomer, SimpleCustomerDict
from ..models.simple_product import SimpleProduct, SimpleProductDict
from ..models.simple_sku import SimpleSku, SimpleSkuDict
from ..models.simple_voucher import SimpleVoucher, SimpleVoucherDict
