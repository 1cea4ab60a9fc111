"""The objects users read are the generated models themselves (`voucherify_client.models`, attrs classes decoded
straight from the answer's bytes): this module names the ones the wrapper hands out, and holds the few conveniences
derived from their fields, as functions. It lists no field of any schema: a field Voucherify adds reaches users
through scripts/sync-spec and scripts/generate alone.

- `Rollback` is the generated `RedemptionRollback`.
- `Redemption` is the generated `Redemption`.
- `Order` and `Voucher` likewise name the generated classes an order and a voucher are read into. (Upstream writes
  each several times with a field more or less; scripts/sync-spec folds such near-copies into one class.)
"""

from __future__ import annotations

from typing import Any

import msgspec
from voucherify_client.models import (
    OrderRedemptionsEntry,
    OrdersGetResponseBody,
    RedemptionRollback,
)
from voucherify_client.models import Redemption as RedemptionModel
from voucherify_client.models import Voucher as VoucherModel

Rollback = RedemptionRollback
"""One redemption rollback (`rr_…`, or `rrf_…` when it failed): the generated `RedemptionRollback`."""
Redemption = RedemptionModel
"""One redemption (`r_…`, or `rf_…` when it failed): the generated `Redemption`."""
Order = OrdersGetResponseBody
"""An order as every result holds it (a rollback's, a redemption's, `get_order`): the generated
`OrdersGetResponseBody`."""
Voucher = VoucherModel
"""The voucher a redemption or a rollback touched: the generated `Voucher`."""

# `status` is missing from older payloads (facts §3.4); `result` says the same thing.
_STATUS_FROM_RESULT = {"SUCCESS": "SUCCEEDED", "FAILURE": "FAILED"}


def status_of(item: Rollback | Redemption) -> str | None:
    """The item's `status`, or the one its `result` implies when Voucherify left `status` out."""
    return item.status or _STATUS_FROM_RESULT.get(item.result or "")


def succeeded(item: Rollback | Redemption) -> bool:
    """True unless Voucherify reported the item as failed (or with a result this SDK does not know)."""
    if item.result is not None:
        return item.result == "SUCCESS"
    return item.status is None or item.status == "SUCCEEDED"


def order_entry(order: Order | None, redemption_id: str | None) -> OrderRedemptionsEntry | None:
    """The order's `redemptions[<redemption_id>]` entry (rollback_id, stacked, rollback_stacked), or None."""
    entries = order.redemptions if order is not None else None
    return entries.get(redemption_id) if entries and redemption_id else None


def child_ids(redemption: Redemption) -> list[str]:
    """For a stack's parent, its child redemptions: from the order's entry (`stacked`), or from
    `related_redemptions.redemptions`. Empty for a redemption that is not a parent."""
    entry = order_entry(redemption.order, redemption.id)
    if entry is not None and entry.stacked:
        return list(entry.stacked)
    related = redemption.related_redemptions
    items = related.redemptions if related is not None else None
    return [item.id for item in items or () if item.id and item.id != redemption.id]


def rollback_ids(redemption: Redemption) -> list[str]:
    """The ids of the rollbacks Voucherify lists for a redemption (`related_redemptions.rollbacks`), oldest first."""
    related = redemption.related_redemptions
    items = related.rollbacks if related is not None else None
    return [item.id for item in items or () if item.id]


def promotion_tier_id(redemption: Redemption | Rollback) -> str | None:
    """The promotion tier a redemption applied (or a rollback undid); None for a voucher."""
    tier = redemption.promotion_tier
    return tier.id if tier is not None else None


# --- telling a redemption from a rollback -------------------------------------------------------------------------


class _Kind(msgspec.Struct):
    """What tells a rollback from a redemption, read from an item's bytes without decoding the rest."""

    object: Any = None
    id: Any = None


_KIND = msgspec.json.Decoder(_Kind)
BOM = b"\xef\xbb\xbf"  # a UTF-8 byte order mark, which json.loads (and the models) read past


def kind_of(item_object: object, item_id: object) -> str | None:
    """ "rollback", "redemption" or None: by `object` when the item has one, else by its id (real rollback items
    often omit `object`: facts §3.4). An item with neither is not guessed into a Redemption."""
    if item_object == "redemption_rollback":
        return "rollback"
    if item_object == "redemption":
        return "redemption"
    if item_object is None and isinstance(item_id, str):
        if item_id.startswith(("rr_", "rrf_")):
            return "rollback"
        if item_id.startswith(("r_", "rf_")):
            return "redemption"
    return None


def read_item(body: bytes | msgspec.Raw) -> Redemption | Rollback | None:
    """A redemption or a rollback from its JSON bytes (told apart by `object`, else by the id's prefix); None when
    the bytes hold neither."""
    data = (bytes(body) if isinstance(body, msgspec.Raw) else body).removeprefix(BOM)
    try:
        probe = _KIND.decode(data)
    except (msgspec.DecodeError, RecursionError):  # not an object, not JSON, or nested past any sense
        return None
    kind = kind_of(probe.object, probe.id)
    try:
        if kind == "rollback":
            return RedemptionRollback.from_json(data)
        if kind == "redemption":
            return RedemptionModel.from_json(data)
    except ValueError:  # a body msgspec's probe read but the model cannot (a document nested too deeply)
        return None
    return None


def item_from_dict(data: Any) -> Redemption | Rollback | None:
    """`read_item` for decoded JSON (a dict), as recovery and tests hold it."""
    if type(data) is not dict:
        return None
    kind = kind_of(data.get("object"), data.get("id"))
    if kind == "rollback":
        return RedemptionRollback.from_dict(data)
    if kind == "redemption":
        return RedemptionModel.from_dict(data)
    return None
