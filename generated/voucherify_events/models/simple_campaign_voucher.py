from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simple_voucher_type import SimpleVoucherType
from ..types import PARSE_ERRORS, UNSET, Unset

_SimpleVoucherType_values = SimpleVoucherType._value2member_map_

if TYPE_CHECKING:
    from ..models.campaign_loyalty_card import CampaignLoyaltyCard
    from ..models.code_config import CodeConfig
    from ..models.discount_amount import DiscountAmount
    from ..models.discount_fixed import DiscountFixed
    from ..models.discount_percent import DiscountPercent
    from ..models.discount_unit import DiscountUnit
    from ..models.discount_unit_multiple import DiscountUnitMultiple
    from ..models.gift import Gift
    from ..models.simple_voucher_redemption import SimpleVoucherRedemption


T = TypeVar("T", bound="SimpleCampaignVoucher")

_KNOWN_KEYS = frozenset(
    {
        "type",
        "discount",
        "gift",
        "loyalty_card",
        "redemption",
        "code_config",
    }
)


@_attrs_define
class SimpleCampaignVoucher:
    """Simplified campaign voucher data."""

    type_: None | SimpleVoucherType | Unset = UNSET
    """ Type of the voucher. """
    discount: DiscountAmount | DiscountFixed | DiscountPercent | DiscountUnit | DiscountUnitMultiple | None | Unset = (
        UNSET
    )
    """ Defines the voucher discount type and details. It will not be returned at all or it will return a `null` for
    `LOYALTY_CARD`. """
    gift: Gift | None | Unset = UNSET
    """ Defines the voucher gift details. It will not be returned at all or it will return a `null` for
    `LOYALTY_CARD`. """
    loyalty_card: CampaignLoyaltyCard | None | Unset = UNSET
    """ Defines the voucher loyalty card details.  It will not be returned at all or it will return a `null` for
    `DISCOUNT_VOUCHER` or `GIFT_CARD`. """
    redemption: None | SimpleVoucherRedemption | Unset = UNSET
    """ Defines the redemption limits on vouchers. """
    code_config: CodeConfig | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, SimpleVoucherType):
            type_ = self.type_.value if isinstance(self.type_, SimpleVoucherType) else self.type_

        else:
            type_ = self.type_

        discount: dict[str, Any] | None | Unset
        if isinstance(self.discount, Unset):
            discount = UNSET
        elif isinstance(self.discount, DiscountAmount):
            discount = self.discount.to_dict() if isinstance(self.discount, DiscountAmount) else self.discount

        elif isinstance(self.discount, DiscountUnit):
            discount = self.discount.to_dict() if isinstance(self.discount, DiscountUnit) else self.discount

        elif isinstance(self.discount, DiscountUnitMultiple):
            discount = self.discount.to_dict() if isinstance(self.discount, DiscountUnitMultiple) else self.discount

        elif isinstance(self.discount, DiscountPercent):
            discount = self.discount.to_dict() if isinstance(self.discount, DiscountPercent) else self.discount

        elif isinstance(self.discount, DiscountFixed):
            discount = self.discount.to_dict() if isinstance(self.discount, DiscountFixed) else self.discount

        else:
            discount = self.discount

        gift: dict[str, Any] | None | Unset
        if isinstance(self.gift, Unset):
            gift = UNSET
        elif isinstance(self.gift, Gift):
            gift = self.gift.to_dict() if isinstance(self.gift, Gift) else self.gift

        else:
            gift = self.gift

        loyalty_card: dict[str, Any] | None | Unset
        if isinstance(self.loyalty_card, Unset):
            loyalty_card = UNSET
        elif isinstance(self.loyalty_card, CampaignLoyaltyCard):
            loyalty_card = (
                self.loyalty_card.to_dict() if isinstance(self.loyalty_card, CampaignLoyaltyCard) else self.loyalty_card
            )

        else:
            loyalty_card = self.loyalty_card

        redemption: dict[str, Any] | None | Unset
        if isinstance(self.redemption, Unset):
            redemption = UNSET
        elif isinstance(self.redemption, SimpleVoucherRedemption):
            redemption = (
                self.redemption.to_dict() if isinstance(self.redemption, SimpleVoucherRedemption) else self.redemption
            )

        else:
            redemption = self.redemption

        code_config: dict[str, Any] | None | Unset
        if isinstance(self.code_config, Unset):
            code_config = UNSET
        elif isinstance(self.code_config, CodeConfig):
            code_config = self.code_config.to_dict() if isinstance(self.code_config, CodeConfig) else self.code_config

        else:
            code_config = self.code_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if discount is not UNSET:
            field_dict["discount"] = discount
        if gift is not UNSET:
            field_dict["gift"] = gift
        if loyalty_card is not UNSET:
            field_dict["loyalty_card"] = loyalty_card
        if redemption is not UNSET:
            field_dict["redemption"] = redemption
        if code_config is not UNSET:
            field_dict["code_config"] = code_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        try:
            _type_ = d.get("type", UNSET)
            type_: None | SimpleVoucherType | Unset
            if _type_ is UNSET:
                type_ = UNSET
            elif _type_ is None:
                type_ = None
            else:
                type_type_0 = _SimpleVoucherType_values.get(_type_) or SimpleVoucherType(_type_)

                type_ = type_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            type_ = d.get("type", UNSET)

        try:
            _discount = d.get("discount", UNSET)
            discount: (
                DiscountAmount | DiscountFixed | DiscountPercent | DiscountUnit | DiscountUnitMultiple | None | Unset
            )
            if _discount is UNSET:
                discount = UNSET
            elif isinstance(_discount, dict) and _discount.get("type") == "AMOUNT":
                componentsschemas_discount_type_0 = DiscountAmount.from_dict(_discount)

                discount = componentsschemas_discount_type_0
            elif isinstance(_discount, dict) and _discount.get("type") == "UNIT":
                componentsschemas_discount_type_1 = DiscountUnit.from_dict(_discount)

                discount = componentsschemas_discount_type_1
            elif isinstance(_discount, dict) and _discount.get("type") == "UNIT":
                componentsschemas_discount_type_2 = DiscountUnitMultiple.from_dict(_discount)

                discount = componentsschemas_discount_type_2
            elif isinstance(_discount, dict) and _discount.get("type") == "PERCENT":
                componentsschemas_discount_type_3 = DiscountPercent.from_dict(_discount)

                discount = componentsschemas_discount_type_3
            elif isinstance(_discount, dict) and _discount.get("type") == "FIXED":
                componentsschemas_discount_type_4 = DiscountFixed.from_dict(_discount)

                discount = componentsschemas_discount_type_4
            elif isinstance(_discount, dict) and "type" not in _discount:
                discount = DiscountAmount.from_dict(_discount)
            elif _discount is None:
                discount = None
            else:
                discount = cast(
                    DiscountAmount
                    | DiscountFixed
                    | DiscountPercent
                    | DiscountUnit
                    | DiscountUnitMultiple
                    | None
                    | Unset,
                    _discount,
                )

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            discount = d.get("discount", UNSET)

        try:
            _gift = d.get("gift", UNSET)
            gift: Gift | None | Unset
            if _gift is UNSET:
                gift = UNSET
            elif _gift is None:
                gift = None
            else:
                gift_type_0 = Gift.from_dict(_gift)

                gift = gift_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            gift = d.get("gift", UNSET)

        try:
            _loyalty_card = d.get("loyalty_card", UNSET)
            loyalty_card: CampaignLoyaltyCard | None | Unset
            if _loyalty_card is UNSET:
                loyalty_card = UNSET
            elif _loyalty_card is None:
                loyalty_card = None
            else:
                loyalty_card_type_0 = CampaignLoyaltyCard.from_dict(_loyalty_card)

                loyalty_card = loyalty_card_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            loyalty_card = d.get("loyalty_card", UNSET)

        try:
            _redemption = d.get("redemption", UNSET)
            redemption: None | SimpleVoucherRedemption | Unset
            if _redemption is UNSET:
                redemption = UNSET
            elif _redemption is None:
                redemption = None
            else:
                redemption_type_0 = SimpleVoucherRedemption.from_dict(_redemption)

                redemption = redemption_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            redemption = d.get("redemption", UNSET)

        try:
            _code_config = d.get("code_config", UNSET)
            code_config: CodeConfig | None | Unset
            if _code_config is UNSET:
                code_config = UNSET
            elif _code_config is None:
                code_config = None
            else:
                code_config_type_0 = CodeConfig.from_dict(_code_config)

                code_config = code_config_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            code_config = d.get("code_config", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        simple_campaign_voucher = cls(
            type_,
            discount,
            gift,
            loyalty_card,
            redemption,
            code_config,
        )

        if not _KNOWN_KEYS.issuperset(d):
            simple_campaign_voucher.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return simple_campaign_voucher

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
    global CampaignLoyaltyCard
    global CodeConfig
    global DiscountAmount
    global DiscountFixed
    global DiscountPercent
    global DiscountUnit
    global DiscountUnitMultiple
    global Gift
    global SimpleVoucherRedemption
    from ..models.campaign_loyalty_card import CampaignLoyaltyCard
    from ..models.code_config import CodeConfig
    from ..models.discount_amount import DiscountAmount
    from ..models.discount_fixed import DiscountFixed
    from ..models.discount_percent import DiscountPercent
    from ..models.discount_unit import DiscountUnit
    from ..models.discount_unit_multiple import DiscountUnitMultiple
    from ..models.gift import Gift
    from ..models.simple_voucher_redemption import SimpleVoucherRedemption

    _unbound = False
