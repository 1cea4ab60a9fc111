from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class RedemptionRewardResultParameters(Model):
    """`RedemptionRewardResultParameters` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    campaign: RedemptionRewardResultParametersCampaign | None = None
    """ Defines the product redeemed as a reward. """
    product: RedemptionRewardResultParametersProduct | None = None
    """ Defines the product redeemed as a reward. """
    coin: RedemptionRewardResultParametersCoin | None = None
    """ Defines the ratio by mapping the number of loyalty points in `points_ratio` to a predefined cash amount in
    `exchange_ratio`. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "campaign",
        "product",
        "coin",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


RedemptionRewardResultParametersDict = TypedDict(
    "RedemptionRewardResultParametersDict",
    {
        "campaign": "RedemptionRewardResultParametersCampaignDict | None",
        "product": "RedemptionRewardResultParametersProductDict | None",
        "coin": "RedemptionRewardResultParametersCoinDict | None",
    },
    total=False,
)
"""RedemptionRewardResultParameters as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.redemption_reward_result_parameters_campaign import (
    RedemptionRewardResultParametersCampaign,
    RedemptionRewardResultParametersCampaignDict,
)
from ..models.redemption_reward_result_parameters_coin import (
    RedemptionRewardResultParametersCoin,
    RedemptionRewardResultParametersCoinDict,
)
from ..models.redemption_reward_result_parameters_product import (
    RedemptionRewardResultParametersProduct,
    RedemptionRewardResultParametersProductDict,
)
