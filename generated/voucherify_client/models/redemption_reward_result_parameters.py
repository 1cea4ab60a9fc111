from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.redemption_reward_result_parameters_campaign import RedemptionRewardResultParametersCampaign
    from ..models.redemption_reward_result_parameters_coin import RedemptionRewardResultParametersCoin
    from ..models.redemption_reward_result_parameters_product import RedemptionRewardResultParametersProduct


T = TypeVar("T", bound="RedemptionRewardResultParameters")

_KNOWN_KEYS = frozenset(
    {
        "campaign",
        "product",
        "coin",
    }
)


@_attrs_define
class RedemptionRewardResultParameters:
    campaign: None | RedemptionRewardResultParametersCampaign | Unset = UNSET
    """ Defines the product redeemed as a reward. """
    product: None | RedemptionRewardResultParametersProduct | Unset = UNSET
    """ Defines the product redeemed as a reward. """
    coin: None | RedemptionRewardResultParametersCoin | Unset = UNSET
    """ Defines the ratio by mapping the number of loyalty points in `points_ratio` to a predefined cash amount in
    `exchange_ratio`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        campaign: dict[str, Any] | None | Unset
        if isinstance(self.campaign, Unset):
            campaign = UNSET
        elif isinstance(self.campaign, RedemptionRewardResultParametersCampaign):
            campaign = (
                self.campaign.to_dict()
                if isinstance(self.campaign, RedemptionRewardResultParametersCampaign)
                else self.campaign
            )

        else:
            campaign = self.campaign

        product: dict[str, Any] | None | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        elif isinstance(self.product, RedemptionRewardResultParametersProduct):
            product = (
                self.product.to_dict()
                if isinstance(self.product, RedemptionRewardResultParametersProduct)
                else self.product
            )

        else:
            product = self.product

        coin: dict[str, Any] | None | Unset
        if isinstance(self.coin, Unset):
            coin = UNSET
        elif isinstance(self.coin, RedemptionRewardResultParametersCoin):
            coin = self.coin.to_dict() if isinstance(self.coin, RedemptionRewardResultParametersCoin) else self.coin

        else:
            coin = self.coin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if product is not UNSET:
            field_dict["product"] = product
        if coin is not UNSET:
            field_dict["coin"] = coin

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        try:
            _campaign = d.get("campaign", UNSET)
            campaign: None | RedemptionRewardResultParametersCampaign | Unset
            if _campaign is UNSET:
                campaign = UNSET
            elif _campaign is None:
                campaign = None
            else:
                campaign_type_0 = RedemptionRewardResultParametersCampaign.from_dict(_campaign)

                campaign = campaign_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            campaign = d.get("campaign", UNSET)

        try:
            _product = d.get("product", UNSET)
            product: None | RedemptionRewardResultParametersProduct | Unset
            if _product is UNSET:
                product = UNSET
            elif _product is None:
                product = None
            else:
                product_type_0 = RedemptionRewardResultParametersProduct.from_dict(_product)

                product = product_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            product = d.get("product", UNSET)

        try:
            _coin = d.get("coin", UNSET)
            coin: None | RedemptionRewardResultParametersCoin | Unset
            if _coin is UNSET:
                coin = UNSET
            elif _coin is None:
                coin = None
            else:
                coin_type_0 = RedemptionRewardResultParametersCoin.from_dict(_coin)

                coin = coin_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            coin = d.get("coin", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        redemption_reward_result_parameters = cls(
            campaign,
            product,
            coin,
        )

        if not _KNOWN_KEYS.issuperset(d):
            redemption_reward_result_parameters.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return redemption_reward_result_parameters

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
    global RedemptionRewardResultParametersCampaign
    global RedemptionRewardResultParametersCoin
    global RedemptionRewardResultParametersProduct
    from ..models.redemption_reward_result_parameters_campaign import RedemptionRewardResultParametersCampaign
    from ..models.redemption_reward_result_parameters_coin import RedemptionRewardResultParametersCoin
    from ..models.redemption_reward_result_parameters_product import RedemptionRewardResultParametersProduct

    _unbound = False
