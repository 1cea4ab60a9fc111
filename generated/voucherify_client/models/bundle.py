from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class Bundle(Model):
    """Determines how the bundle conditions are met by the customer's order items. The items in the order meet the bundle
    condition in the following way: SKU, then product, then collection.

    """

    quantity: int | None = None
    """ Determines how many bundles are qualified. If there are missing bundle products, the value is `0`. If the
    bundle is qualified, the value is `1`. The maximum number of identified bundles can equal the number set in
    `limit`. Also defines the multiplier of the discount for `AMOUNT`, `PERCENT`, and `UNIT` discount types. To
    inform end-customers that more products can be added to meet additional bundles, compare this parameter with
    `limit`. """
    limit: int | None = None
    """ Determines the maximum number of identified bundles. This also defines the maximum multiplier of the bundle
    discount. """
    identified: list[BundleIdentifiedItem] | None = None
    """ Determines products from the customer's order items that meet bundle conditions. SKUs meet the conditions
    for their product that is used in the bundle. Returns only the products and their quantity that meet the bundle.
    """
    missing: list[BundleMissingItem] | None = None
    """ Determines products, SKUs, or collections from the bundle that are missing in the customer's order items.
    Determines also the missing quantity. For collections, this means that order items do not include a sufficient
    number of items that belong to the collection. Not returned when all required bundle items are in the order. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "quantity",
        "limit",
        "identified",
        "missing",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


BundleDict = TypedDict(
    "BundleDict",
    {
        "quantity": "int | None",
        "limit": "int | None",
        "identified": "list[BundleIdentifiedItemDict] | None",
        "missing": "list[BundleMissingItemDict] | None",
    },
    total=False,
)
"""Bundle as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.bundle_identified_item import BundleIdentifiedItem, BundleIdentifiedItemDict
from ..models.bundle_missing_item import BundleMissingItem, BundleMissingItemDict
