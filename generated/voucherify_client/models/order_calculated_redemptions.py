from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..models.order_redemptions_entry import OrderRedemptionsEntry, OrderRedemptionsEntryDict
from ..types import Model, absent_reads_none, one_of

OrderCalculatedRedemptions: TypeAlias = dict[str, OrderRedemptionsEntry]
"""     `OrderCalculatedRedemptions` of Voucherify's spec (it describes it no further): each field as the spec types it.

 """
OrderCalculatedRedemptionsDict: TypeAlias = dict[str, OrderRedemptionsEntryDict]
"""OrderCalculatedRedemptions as a request takes it."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
