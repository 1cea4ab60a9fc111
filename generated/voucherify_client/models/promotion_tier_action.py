from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.discount_amount import DiscountAmount
    from ..models.discount_fixed import DiscountFixed
    from ..models.discount_percent import DiscountPercent
    from ..models.discount_unit import DiscountUnit
    from ..models.discount_unit_multiple import DiscountUnitMultiple


T = TypeVar("T", bound="PromotionTierAction")

_KNOWN_KEYS = frozenset(
    {
        "discount",
    }
)


@_attrs_define
class PromotionTierAction:
    discount: DiscountAmount | DiscountFixed | DiscountPercent | DiscountUnit | DiscountUnitMultiple | None | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if discount is not UNSET:
            field_dict["discount"] = discount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
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

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        promotion_tier_action = cls(
            discount,
        )

        if not _KNOWN_KEYS.issuperset(d):
            promotion_tier_action.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return promotion_tier_action

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
    global DiscountAmount
    global DiscountFixed
    global DiscountPercent
    global DiscountUnit
    global DiscountUnitMultiple
    from ..models.discount_amount import DiscountAmount
    from ..models.discount_fixed import DiscountFixed
    from ..models.discount_percent import DiscountPercent
    from ..models.discount_unit import DiscountUnit
    from ..models.discount_unit_multiple import DiscountUnitMultiple

    _unbound = False
