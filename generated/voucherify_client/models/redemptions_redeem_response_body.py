from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.redemption import Redemption
    from ..models.redemption_base_order import RedemptionBaseOrder
    from ..models.validations_redeemable_inapplicable import ValidationsRedeemableInapplicable
    from ..models.validations_redeemable_skipped import ValidationsRedeemableSkipped


T = TypeVar("T", bound="RedemptionsRedeemResponseBody")

_KNOWN_KEYS = frozenset(
    {
        "redemptions",
        "parent_redemption",
        "order",
        "inapplicable_redeemables",
        "skipped_redeemables",
    }
)


@_attrs_define
class RedemptionsRedeemResponseBody:
    """Response body schema for **POST** `v1/redemptions`."""

    redemptions: list[Redemption] | None | Unset = UNSET
    parent_redemption: None | Redemption | Unset = UNSET
    order: None | RedemptionBaseOrder | Unset = UNSET
    """ Contains the order details associated with the redemption. """
    inapplicable_redeemables: list[ValidationsRedeemableInapplicable] | None | Unset = UNSET
    """ Lists validation results of each inapplicable redeemable. """
    skipped_redeemables: list[ValidationsRedeemableSkipped] | None | Unset = UNSET
    """ Lists validation results of each redeemable. If a redeemable can be applied, the API returns `"status":
    "APPLICABLE"`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        redemptions: list[dict[str, Any]] | None | Unset
        if isinstance(self.redemptions, Unset):
            redemptions = UNSET
        elif isinstance(self.redemptions, list):
            redemptions = UNSET
            if isinstance(self.redemptions, list):
                redemptions = []
                for redemptions_type_0_item_data in self.redemptions:
                    redemptions_type_0_item: dict[str, Any] = (
                        redemptions_type_0_item_data.to_dict()
                        if isinstance(redemptions_type_0_item_data, Redemption)
                        else redemptions_type_0_item_data
                    )

                    redemptions.append(redemptions_type_0_item)

            elif not isinstance(self.redemptions, Unset):
                redemptions = self.redemptions

        else:
            redemptions = self.redemptions

        parent_redemption: dict[str, Any] | None | Unset
        if isinstance(self.parent_redemption, Unset):
            parent_redemption = UNSET
        elif isinstance(self.parent_redemption, Redemption):
            parent_redemption = (
                self.parent_redemption.to_dict()
                if isinstance(self.parent_redemption, Redemption)
                else self.parent_redemption
            )

        else:
            parent_redemption = self.parent_redemption

        order: dict[str, Any] | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        elif isinstance(self.order, RedemptionBaseOrder):
            order = self.order.to_dict() if isinstance(self.order, RedemptionBaseOrder) else self.order

        else:
            order = self.order

        inapplicable_redeemables: list[dict[str, Any]] | None | Unset
        if isinstance(self.inapplicable_redeemables, Unset):
            inapplicable_redeemables = UNSET
        elif isinstance(self.inapplicable_redeemables, list):
            inapplicable_redeemables = UNSET
            if isinstance(self.inapplicable_redeemables, list):
                inapplicable_redeemables = []
                for inapplicable_redeemables_type_0_item_data in self.inapplicable_redeemables:
                    inapplicable_redeemables_type_0_item: dict[str, Any] = (
                        inapplicable_redeemables_type_0_item_data.to_dict()
                        if isinstance(inapplicable_redeemables_type_0_item_data, ValidationsRedeemableInapplicable)
                        else inapplicable_redeemables_type_0_item_data
                    )

                    inapplicable_redeemables.append(inapplicable_redeemables_type_0_item)

            elif not isinstance(self.inapplicable_redeemables, Unset):
                inapplicable_redeemables = self.inapplicable_redeemables

        else:
            inapplicable_redeemables = self.inapplicable_redeemables

        skipped_redeemables: list[dict[str, Any]] | None | Unset
        if isinstance(self.skipped_redeemables, Unset):
            skipped_redeemables = UNSET
        elif isinstance(self.skipped_redeemables, list):
            skipped_redeemables = UNSET
            if isinstance(self.skipped_redeemables, list):
                skipped_redeemables = []
                for skipped_redeemables_type_0_item_data in self.skipped_redeemables:
                    skipped_redeemables_type_0_item: dict[str, Any] = (
                        skipped_redeemables_type_0_item_data.to_dict()
                        if isinstance(skipped_redeemables_type_0_item_data, ValidationsRedeemableSkipped)
                        else skipped_redeemables_type_0_item_data
                    )

                    skipped_redeemables.append(skipped_redeemables_type_0_item)

            elif not isinstance(self.skipped_redeemables, Unset):
                skipped_redeemables = self.skipped_redeemables

        else:
            skipped_redeemables = self.skipped_redeemables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if redemptions is not UNSET:
            field_dict["redemptions"] = redemptions
        if parent_redemption is not UNSET:
            field_dict["parent_redemption"] = parent_redemption
        if order is not UNSET:
            field_dict["order"] = order
        if inapplicable_redeemables is not UNSET:
            field_dict["inapplicable_redeemables"] = inapplicable_redeemables
        if skipped_redeemables is not UNSET:
            field_dict["skipped_redeemables"] = skipped_redeemables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        try:
            _redemptions = d.get("redemptions", UNSET)
            redemptions: list[Redemption] | None | Unset
            if _redemptions is UNSET:
                redemptions = UNSET
            elif _redemptions is None:
                redemptions = None
            else:
                _redemptions_type_0 = _redemptions
                redemptions_type_0: list[Redemption]
                if not isinstance(_redemptions_type_0, list):
                    raise TypeError("expected a list")
                else:
                    redemptions_type_0 = []
                    for redemptions_type_0_item_data in _redemptions_type_0:
                        # One item the SDK cannot read is kept as it came; its neighbours are still parsed.
                        try:
                            redemptions_type_0_item = Redemption.from_dict(redemptions_type_0_item_data)

                        except PARSE_ERRORS:
                            redemptions_type_0_item = redemptions_type_0_item_data
                        redemptions_type_0.append(redemptions_type_0_item)

                redemptions = redemptions_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            redemptions = d.get("redemptions", UNSET)

        try:
            _parent_redemption = d.get("parent_redemption", UNSET)
            parent_redemption: None | Redemption | Unset
            if _parent_redemption is UNSET:
                parent_redemption = UNSET
            elif _parent_redemption is None:
                parent_redemption = None
            else:
                parent_redemption_type_0 = Redemption.from_dict(_parent_redemption)

                parent_redemption = parent_redemption_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            parent_redemption = d.get("parent_redemption", UNSET)

        try:
            _order = d.get("order", UNSET)
            order: None | RedemptionBaseOrder | Unset
            if _order is UNSET:
                order = UNSET
            elif _order is None:
                order = None
            else:
                order_type_0 = RedemptionBaseOrder.from_dict(_order)

                order = order_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            order = d.get("order", UNSET)

        try:
            _inapplicable_redeemables = d.get("inapplicable_redeemables", UNSET)
            inapplicable_redeemables: list[ValidationsRedeemableInapplicable] | None | Unset
            if _inapplicable_redeemables is UNSET:
                inapplicable_redeemables = UNSET
            elif _inapplicable_redeemables is None:
                inapplicable_redeemables = None
            else:
                _inapplicable_redeemables_type_0 = _inapplicable_redeemables
                inapplicable_redeemables_type_0: list[ValidationsRedeemableInapplicable]
                if not isinstance(_inapplicable_redeemables_type_0, list):
                    raise TypeError("expected a list")
                else:
                    inapplicable_redeemables_type_0 = []
                    for inapplicable_redeemables_type_0_item_data in _inapplicable_redeemables_type_0:
                        # One item the SDK cannot read is kept as it came; its neighbours are still parsed.
                        try:
                            inapplicable_redeemables_type_0_item = ValidationsRedeemableInapplicable.from_dict(
                                inapplicable_redeemables_type_0_item_data
                            )

                        except PARSE_ERRORS:
                            inapplicable_redeemables_type_0_item = inapplicable_redeemables_type_0_item_data
                        inapplicable_redeemables_type_0.append(inapplicable_redeemables_type_0_item)

                inapplicable_redeemables = inapplicable_redeemables_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            inapplicable_redeemables = d.get("inapplicable_redeemables", UNSET)

        try:
            _skipped_redeemables = d.get("skipped_redeemables", UNSET)
            skipped_redeemables: list[ValidationsRedeemableSkipped] | None | Unset
            if _skipped_redeemables is UNSET:
                skipped_redeemables = UNSET
            elif _skipped_redeemables is None:
                skipped_redeemables = None
            else:
                _skipped_redeemables_type_0 = _skipped_redeemables
                skipped_redeemables_type_0: list[ValidationsRedeemableSkipped]
                if not isinstance(_skipped_redeemables_type_0, list):
                    raise TypeError("expected a list")
                else:
                    skipped_redeemables_type_0 = []
                    for skipped_redeemables_type_0_item_data in _skipped_redeemables_type_0:
                        # One item the SDK cannot read is kept as it came; its neighbours are still parsed.
                        try:
                            skipped_redeemables_type_0_item = ValidationsRedeemableSkipped.from_dict(
                                skipped_redeemables_type_0_item_data
                            )

                        except PARSE_ERRORS:
                            skipped_redeemables_type_0_item = skipped_redeemables_type_0_item_data
                        skipped_redeemables_type_0.append(skipped_redeemables_type_0_item)

                skipped_redeemables = skipped_redeemables_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            skipped_redeemables = d.get("skipped_redeemables", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        redemptions_redeem_response_body = cls(
            redemptions,
            parent_redemption,
            order,
            inapplicable_redeemables,
            skipped_redeemables,
        )

        if not _KNOWN_KEYS.issuperset(d):
            redemptions_redeem_response_body.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return redemptions_redeem_response_body

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
    global Redemption
    global RedemptionBaseOrder
    global ValidationsRedeemableInapplicable
    global ValidationsRedeemableSkipped
    from ..models.redemption import Redemption
    from ..models.redemption_base_order import RedemptionBaseOrder
    from ..models.validations_redeemable_inapplicable import ValidationsRedeemableInapplicable
    from ..models.validations_redeemable_skipped import ValidationsRedeemableSkipped

    _unbound = False
