"""POST /v1/redemptions/{id}/rollbacks and /rollback: undo a redemption (and, for a parent, all its children).

Refusals, checked in this order: unknown id → 404 not_found; a failed redemption → invalid_redemption; a child →
invalid_redemption_parent; a stacked parent on the single endpoint → invalid_redemption; already rolled back →
already_rolled_back with a stored `rrf_…` failed rollback; older than 3 calendar months → rollback_time_limit_exceeded
(Voucherify documents the 3-month limit but not its error key; the key is the sandbox's own).
"""

from __future__ import annotations

import contextlib
import copy
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

from . import shapes
from .clock import add_months, iso, parse_iso
from .errors import ApiError, not_found
from .ids import new_id
from .payloads import RollbackRequest
from .store import Store

Doc = dict[str, Any]
ROLLBACK_WINDOW_MONTHS = 3


class InFlight:
    """Redemption ids whose rollback is running. A concurrent rollback of the same id is refused with
    `multiple_requests`, as Voucherify does since July 2026 (facts §5), instead of queueing behind the first."""

    def __init__(self) -> None:
        self._ids: set[str] = set()
        self._lock = threading.Lock()

    @contextlib.contextmanager
    def claim(self, redemption_id: str) -> Iterator[None]:
        with self._lock:
            if redemption_id in self._ids:
                raise ApiError(
                    400,
                    "multiple_requests",
                    "Multiple requests",
                    f"Another request is rolling back redemption {redemption_id}; retry later.",
                    resource_id=redemption_id,
                    resource_type="redemption",
                )
            self._ids.add(redemption_id)
        try:
            yield
        finally:
            with self._lock:
                self._ids.discard(redemption_id)


def _refusal(source: Doc | None, redemption_id: str, stacked_endpoint: bool, now: datetime) -> ApiError | None:
    """Why this redemption cannot be rolled back at all (None if it can, or if it is only already rolled back)."""
    if source is None or source["object"] != "redemption":
        return not_found("redemption", redemption_id)
    if source["result"] != "SUCCESS":
        return ApiError(
            400, "invalid_redemption", "Invalid redemption", "You can rollback only a successful redemption."
        )
    if source.get("redemption"):
        return ApiError(
            400,
            "invalid_redemption_parent",
            "Invalid redemption parent",
            "You can rollback only a redemption that does not have parent redemption.",
        )
    if not stacked_endpoint and source["related_object_type"] == "redemption":
        return ApiError(
            400,
            "invalid_redemption",
            "Invalid redemption",
            "You can rollback only a single redemption. Use different endpoint for stacked redemption.",
        )
    if source["status"] != "ROLLED_BACK" and now > add_months(parse_iso(source["date"]), ROLLBACK_WINDOW_MONTHS):
        return ApiError(
            400,
            "rollback_time_limit_exceeded",
            "Rollback time limit exceeded",
            f"A redemption can be rolled back up to {ROLLBACK_WINDOW_MONTHS} months after it was made.",
        )
    return None


def _unrelated(source: Doc, order: Doc | None, request: RollbackRequest) -> ApiError | None:
    """A customer or order in the rollback body must be the redemption's own (facts §4.1 invalid_customer/order)."""
    customer = request.customer or {}
    mine = source.get("customer") or {}
    for key in ("id", "source_id"):
        if customer.get(key) is not None and customer[key] != mine.get(key):
            return ApiError(400, "invalid_customer", "Invalid customer", "Customer is not related with redemption.")
    wanted = request.order or {}
    for key in ("id", "source_id"):
        if wanted.get(key) is not None and wanted[key] != (order or {}).get(key):
            return ApiError(400, "invalid_order", "Invalid order", "Order is not related with redemption.")
    return None


def _target_of(store: Store, doc: Doc) -> Doc | None:
    """The current stored voucher or promotion tier a redemption used (None for a parent)."""
    if "voucher" in doc:
        return store.voucher(doc["voucher"]["id"])
    if "promotion_tier" in doc:
        return store.promotion_tier(doc["promotion_tier"]["id"])
    return None


def _restore(store: Store, child: Doc, now: str) -> Doc | None:
    """Give back what `child` took: gift credits, loyalty points, one redemption of the voucher's quantity."""
    target = _target_of(store, child)
    if target is None:
        return None
    if target["object"] == "voucher":
        if "gift" in child and target.get("gift"):
            target["gift"]["balance"] += child["gift"]["amount"]
            target["gift"]["subtracted_amount"] = target["gift"]["amount"] - target["gift"]["balance"]
        if "loyalty_card" in child and target.get("loyalty_card"):
            target["loyalty_card"]["balance"] += child["loyalty_card"]["points"]
        target["redemption"]["redeemed_quantity"] = max(0, target["redemption"]["redeemed_quantity"] - 1)
        target["updated_at"] = now
        store.put_voucher(target)
    else:
        target["summary"]["redemptions"]["total_redeemed"] = max(
            0, target["summary"]["redemptions"]["total_redeemed"] - 1
        )
        target["updated_at"] = now
        store.put_promotion_tier(target)
    return target


def _rollback_doc(
    prefix: str,
    source: Doc,
    target: Doc | None,
    order: Doc | None,
    request: RollbackRequest,
    now: str,
    channel_id: str,
) -> Doc:
    who = shapes.Actor(source.get("customer"), request.tracking_id or source.get("tracking_id"), channel_id)
    doc = shapes.record(
        "redemption_rollback",
        new_id(prefix),
        now,
        who,
        metadata=request.metadata,
        order=shapes.order_view(order) if order else None,
        target=target,
        redemption_ref=source["id"],
    )
    doc["reason"] = request.reason
    return doc


def _mark_rolled_back(store: Store, source: Doc, rollback: Doc) -> None:
    source["status"] = "ROLLED_BACK"
    source.setdefault("related_redemptions", {"rollbacks": [], "redemptions": []})
    source["related_redemptions"]["rollbacks"].append({"id": rollback["id"], "date": rollback["date"]})
    store.update_redemption(source)


def _apply(
    store: Store, source: Doc, request: RollbackRequest, now: str, channel_id: str
) -> tuple[list[Doc], Doc | None, Doc]:
    order = store.order(source["order"]["id"])
    assert order is not None, "every successful redemption has an order"
    order.update(status="CANCELED", updated_at=now)
    shapes.set_order_discount(order, 0, 0)  # "Revert" policy (WITH_ORDER, Voucherify's default): discounts removed
    entry = order["redemptions"].setdefault(source["id"], {})
    stacked = source["related_object_type"] == "redemption"
    children = [store.redemption(child_id) for child_id in entry.get("stacked", [])] if stacked else [source]
    rollbacks = []
    for child in children:
        assert child is not None
        target = _restore(store, child, now)
        rollback = _rollback_doc("rr", child, target, order, request, now, channel_id)
        if "amount" in child:  # returned credits/points are reported negative (facts §3.1)
            rollback["amount"] = -child["amount"]
        if "gift" in child:
            rollback["gift"] = {"amount": -child["gift"]["amount"]}
        if "loyalty_card" in child:
            rollback["loyalty_card"] = {"points": -child["loyalty_card"]["points"]}
            # The real rollback repeats the reward the points were spent on (rollbacks_success.json); a redemption
            # stored before redemptions carried it gets the same reward rebuilt from its card.
            rollback["reward"] = copy.deepcopy(child.get("reward")) or shapes.coin_reward(
                target or child["voucher"], child.get("customer"), None
            )
        _mark_rolled_back(store, child, rollback)
        store.add_redemption(rollback)
        rollbacks.append(rollback)
    parent_rollback = None
    if stacked:
        parent_rollback = _rollback_doc("rr", source, None, order, request, now, channel_id)
        _mark_rolled_back(store, source, parent_rollback)
        store.add_redemption(parent_rollback)
        entry["rollback_stacked"] = [r["id"] for r in rollbacks]
    entry.update(rollback_id=(parent_rollback or rollbacks[0])["id"], rollback_date=now)
    store.put_order(order)
    return rollbacks, parent_rollback, order


def rollback(
    store: Store,
    in_flight: InFlight,
    redemption_id: str,
    request: RollbackRequest,
    now: datetime,
    channel_id: str,
    *,
    stacked_endpoint: bool,
    commit_delay: float = 0.0,
) -> Doc:
    """Roll back `redemption_id` in one transaction and return the endpoint's response body.

    The stacked endpoint answers `{rollbacks, parent_rollback, order}`. For a parent-less single redemption it answers
    `{rollbacks: [one], order}` without `parent_rollback`, mirroring the redeem response, which has no
    `parent_redemption` for a single redeemable (facts §2.1, §5: such a redemption has no parent to roll back).
    `commit_delay` (the slow-commit fault): the redemption is claimed at once, the rollback applied (and dated) that
    many seconds later.
    """
    known = store.redemption(redemption_id)
    if known is None or known["object"] != "redemption":
        # Records are never deleted, so an id unknown now is unknown for good: 404 even while another request holds
        # the claim on the same (bogus) id, never multiple_requests.
        raise not_found("redemption", redemption_id)
    with in_flight.claim(redemption_id):
        if commit_delay:
            time.sleep(commit_delay)
            now += timedelta(seconds=commit_delay)
        return _rollback_claimed(store, redemption_id, request, now, channel_id, stacked_endpoint)


def _rollback_claimed(
    store: Store, redemption_id: str, request: RollbackRequest, now: datetime, channel_id: str, stacked_endpoint: bool
) -> Doc:
    when = iso(now)
    with store.transaction():
        source = store.redemption(redemption_id)
        refusal = _refusal(source, redemption_id, stacked_endpoint, now)
        if refusal is None and source is not None:
            refusal = _unrelated(source, store.order(source["order"]["id"]), request)
        if refusal is None and source is not None and source["status"] == "ROLLED_BACK":
            refusal = _store_already_rolled_back(store, source, request, when, channel_id)
        if refusal is None and source is not None:
            rollbacks, parent_rollback, order = _apply(store, source, request, when, channel_id)
            if not stacked_endpoint:
                return rollbacks[0]
            body: Doc = {"rollbacks": rollbacks}
            if parent_rollback is not None:
                body["parent_rollback"] = parent_rollback
            body["order"] = order
            return body
    # raised after the commit, so a stored rrf_ record survives
    assert refusal is not None
    raise refusal


def _store_already_rolled_back(
    store: Store, source: Doc, request: RollbackRequest, now: str, channel_id: str
) -> ApiError:
    """Voucherify stores the refused attempt as a failed rollback `rrf_…` and points the error at it."""
    failed = _rollback_doc(
        "rrf", source, _target_of(store, source), store.order(source["order"]["id"]), request, now, channel_id
    )
    store.add_redemption(shapes.fail(failed, "already_rolled_back", "Already rolled back"))
    return ApiError(
        400,
        "already_rolled_back",
        "Already rolled back",
        "Redemption has been already rolled back.",
        resource_id=failed["id"],
        resource_type="redemption_rollback",
    )
