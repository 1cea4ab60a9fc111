from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_loyalty_card_expiration_rules_period_type import CampaignLoyaltyCardExpirationRulesPeriodType
from ..models.campaign_loyalty_card_expiration_rules_rounding_type import CampaignLoyaltyCardExpirationRulesRoundingType
from ..types import PARSE_ERRORS, UNSET, Unset

_CampaignLoyaltyCardExpirationRulesPeriodType_values = CampaignLoyaltyCardExpirationRulesPeriodType._value2member_map_
_CampaignLoyaltyCardExpirationRulesRoundingType_values = (
    CampaignLoyaltyCardExpirationRulesRoundingType._value2member_map_
)


T = TypeVar("T", bound="CampaignLoyaltyCardExpirationRules")

_KNOWN_KEYS = frozenset(
    {
        "period_type",
        "period_value",
        "rounding_type",
        "rounding_value",
        "fixed_month",
        "fixed_day",
    }
)


@_attrs_define
class CampaignLoyaltyCardExpirationRules:
    period_type: CampaignLoyaltyCardExpirationRulesPeriodType | None | Unset = UNSET
    """ Type of period. Can be set for `MONTH` or `FIXED_DAY_OF_YEAR`. `MONTH` requires the `period_value` field.
    `FIXED_DAY_OF_YEAR` requires the `fixed_month` and `fixed_day` fields. """
    period_value: int | None | Unset = UNSET
    """ Value of the period. Required for the `period_type: MONTH`. """
    rounding_type: CampaignLoyaltyCardExpirationRulesRoundingType | None | Unset = UNSET
    """ Type of rounding of the expiration period. Optional  for the `period_type: MONTH`. """
    rounding_value: int | None | Unset = UNSET
    """ Value of rounding of the expiration period. Required for the `rounding_type`. """
    fixed_month: int | None | Unset = UNSET
    """ Determines the month when the points expire; `1` is January, `2` is February, and so on. Required for the
    `period_type: FIXED_DAY_OF_YEAR`. """
    fixed_day: int | None | Unset = UNSET
    """ Determines the day of the month when the points expire. Required for the `period_type: FIXED_DAY_OF_YEAR`.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period_type: None | str | Unset
        if isinstance(self.period_type, Unset):
            period_type = UNSET
        elif isinstance(self.period_type, CampaignLoyaltyCardExpirationRulesPeriodType):
            period_type = (
                self.period_type.value
                if isinstance(self.period_type, CampaignLoyaltyCardExpirationRulesPeriodType)
                else self.period_type
            )

        else:
            period_type = self.period_type

        period_value: int | None | Unset
        if isinstance(self.period_value, Unset):
            period_value = UNSET
        else:
            period_value = self.period_value

        rounding_type: None | str | Unset
        if isinstance(self.rounding_type, Unset):
            rounding_type = UNSET
        elif isinstance(self.rounding_type, CampaignLoyaltyCardExpirationRulesRoundingType):
            rounding_type = (
                self.rounding_type.value
                if isinstance(self.rounding_type, CampaignLoyaltyCardExpirationRulesRoundingType)
                else self.rounding_type
            )

        else:
            rounding_type = self.rounding_type

        rounding_value: int | None | Unset
        if isinstance(self.rounding_value, Unset):
            rounding_value = UNSET
        else:
            rounding_value = self.rounding_value

        fixed_month: int | None | Unset
        if isinstance(self.fixed_month, Unset):
            fixed_month = UNSET
        else:
            fixed_month = self.fixed_month

        fixed_day: int | None | Unset
        if isinstance(self.fixed_day, Unset):
            fixed_day = UNSET
        else:
            fixed_day = self.fixed_day

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if period_type is not UNSET:
            field_dict["period_type"] = period_type
        if period_value is not UNSET:
            field_dict["period_value"] = period_value
        if rounding_type is not UNSET:
            field_dict["rounding_type"] = rounding_type
        if rounding_value is not UNSET:
            field_dict["rounding_value"] = rounding_value
        if fixed_month is not UNSET:
            field_dict["fixed_month"] = fixed_month
        if fixed_day is not UNSET:
            field_dict["fixed_day"] = fixed_day

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        try:
            _period_type = d.get("period_type", UNSET)
            period_type: CampaignLoyaltyCardExpirationRulesPeriodType | None | Unset
            if _period_type is UNSET:
                period_type = UNSET
            elif _period_type is None:
                period_type = None
            else:
                period_type_type_0 = _CampaignLoyaltyCardExpirationRulesPeriodType_values.get(
                    _period_type
                ) or CampaignLoyaltyCardExpirationRulesPeriodType(_period_type)

                period_type = period_type_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            period_type = d.get("period_type", UNSET)

        period_value = d.get("period_value", UNSET)

        try:
            _rounding_type = d.get("rounding_type", UNSET)
            rounding_type: CampaignLoyaltyCardExpirationRulesRoundingType | None | Unset
            if _rounding_type is UNSET:
                rounding_type = UNSET
            elif _rounding_type is None:
                rounding_type = None
            else:
                rounding_type_type_0 = _CampaignLoyaltyCardExpirationRulesRoundingType_values.get(
                    _rounding_type
                ) or CampaignLoyaltyCardExpirationRulesRoundingType(_rounding_type)

                rounding_type = rounding_type_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            rounding_type = d.get("rounding_type", UNSET)

        rounding_value = d.get("rounding_value", UNSET)

        fixed_month = d.get("fixed_month", UNSET)

        fixed_day = d.get("fixed_day", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        campaign_loyalty_card_expiration_rules = cls(
            period_type,
            period_value,
            rounding_type,
            rounding_value,
            fixed_month,
            fixed_day,
        )

        if not _KNOWN_KEYS.issuperset(d):
            campaign_loyalty_card_expiration_rules.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return campaign_loyalty_card_expiration_rules

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
