from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.bundle_identified_item import BundleIdentifiedItem
    from ..models.bundle_missing_item import BundleMissingItem


T = TypeVar("T", bound="Bundle")

_KNOWN_KEYS = frozenset(
    {
        "quantity",
        "limit",
        "identified",
        "missing",
    }
)


@_attrs_define
class Bundle:
    """Determines how the bundle conditions are met by the customer's order items. The items in the order meet the bundle
    condition in the following way: SKU, then product, then collection.

    """

    quantity: int | None | Unset = UNSET
    """ Determines how many bundles are qualified. If there are missing bundle products, the value is `0`. If the
    bundle is qualified, the value is `1`. The maximum number of identified bundles can equal the number set in
    `limit`. Also defines the multiplier of the discount for `AMOUNT`, `PERCENT`, and `UNIT` discount types. To
    inform end-customers that more products can be added to meet additional bundles, compare this parameter with
    `limit`. """
    limit: int | None | Unset = UNSET
    """ Determines the maximum number of identified bundles. This also defines the maximum multiplier of the bundle
    discount. """
    identified: list[BundleIdentifiedItem] | None | Unset = UNSET
    """ Determines products from the customer's order items that meet bundle conditions. SKUs meet the conditions
    for their product that is used in the bundle. Returns only the products and their quantity that meet the bundle.
    """
    missing: list[BundleMissingItem] | None | Unset = UNSET
    """ Determines products, SKUs, or collections from the bundle that are missing in the customer's order items.
    Determines also the missing quantity. For collections, this means that order items do not include a sufficient
    number of items that belong to the collection. Not returned when all required bundle items are in the order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        identified: list[dict[str, Any]] | None | Unset
        if isinstance(self.identified, Unset):
            identified = UNSET
        elif isinstance(self.identified, list):
            identified = UNSET
            if isinstance(self.identified, list):
                identified = []
                for identified_type_0_item_data in self.identified:
                    identified_type_0_item: dict[str, Any] = (
                        identified_type_0_item_data.to_dict()
                        if isinstance(identified_type_0_item_data, BundleIdentifiedItem)
                        else identified_type_0_item_data
                    )

                    identified.append(identified_type_0_item)

            elif not isinstance(self.identified, Unset):
                identified = self.identified

        else:
            identified = self.identified

        missing: list[dict[str, Any]] | None | Unset
        if isinstance(self.missing, Unset):
            missing = UNSET
        elif isinstance(self.missing, list):
            missing = UNSET
            if isinstance(self.missing, list):
                missing = []
                for missing_type_0_item_data in self.missing:
                    missing_type_0_item: dict[str, Any] = (
                        missing_type_0_item_data.to_dict()
                        if isinstance(missing_type_0_item_data, BundleMissingItem)
                        else missing_type_0_item_data
                    )

                    missing.append(missing_type_0_item)

            elif not isinstance(self.missing, Unset):
                missing = self.missing

        else:
            missing = self.missing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if limit is not UNSET:
            field_dict["limit"] = limit
        if identified is not UNSET:
            field_dict["identified"] = identified
        if missing is not UNSET:
            field_dict["missing"] = missing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        quantity = d.get("quantity", UNSET)

        limit = d.get("limit", UNSET)

        try:
            _identified = d.get("identified", UNSET)
            identified: list[BundleIdentifiedItem] | None | Unset
            if _identified is UNSET:
                identified = UNSET
            elif _identified is None:
                identified = None
            else:
                _identified_type_0 = _identified
                identified_type_0: list[BundleIdentifiedItem]
                if not isinstance(_identified_type_0, list):
                    raise TypeError("expected a list")
                else:
                    identified_type_0 = []
                    for identified_type_0_item_data in _identified_type_0:
                        # One item the SDK cannot read is kept as it came; its neighbours are still parsed.
                        try:
                            identified_type_0_item = BundleIdentifiedItem.from_dict(identified_type_0_item_data)

                        except PARSE_ERRORS:
                            identified_type_0_item = identified_type_0_item_data
                        identified_type_0.append(identified_type_0_item)

                identified = identified_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            identified = d.get("identified", UNSET)

        try:
            _missing = d.get("missing", UNSET)
            missing: list[BundleMissingItem] | None | Unset
            if _missing is UNSET:
                missing = UNSET
            elif _missing is None:
                missing = None
            else:
                _missing_type_0 = _missing
                missing_type_0: list[BundleMissingItem]
                if not isinstance(_missing_type_0, list):
                    raise TypeError("expected a list")
                else:
                    missing_type_0 = []
                    for missing_type_0_item_data in _missing_type_0:
                        # One item the SDK cannot read is kept as it came; its neighbours are still parsed.
                        try:
                            missing_type_0_item = BundleMissingItem.from_dict(missing_type_0_item_data)

                        except PARSE_ERRORS:
                            missing_type_0_item = missing_type_0_item_data
                        missing_type_0.append(missing_type_0_item)

                missing = missing_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            missing = d.get("missing", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        bundle = cls(
            quantity,
            limit,
            identified,
            missing,
        )

        if not _KNOWN_KEYS.issuperset(d):
            bundle.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return bundle

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
    global BundleIdentifiedItem
    global BundleMissingItem
    from ..models.bundle_identified_item import BundleIdentifiedItem
    from ..models.bundle_missing_item import BundleMissingItem

    _unbound = False
