"""Rollback calls that never report a rollback the server made as failed.

Voucherify has no idempotency key, so a rollback retried after an ambiguous failure (a timeout after sending, a
reset, a 5xx) may find its own earlier attempt already applied: the server then answers `already_rolled_back`.
Within the same call that answer means "done", so the SDK looks up the rollback that attempt made and returns it
with `recovered=True`. A caller's own second call is not a retry: it still gets AlreadyRolledBackError.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from .errors import AlreadyRolledBackError, MalformedResponseError, VoucherifyError
from .operations import get_request, read_item
from .results import Redemption, Rollback, RollbackResult, plain
from .sending import Attempts, CallOptions, Plan, Request, send

# Children of one stack: at most 30 redeemables per redemption (facts §5).
_MAX_CHILDREN = 30


def rollback_plan(
    request: Request,
    options: CallOptions,
    read: Callable[[httpx.Response], RollbackResult],
    *,
    redemption_id: str,
) -> Plan[RollbackResult]:
    """Send a rollback with retries; recover the earlier attempt's rollback when a retry meets already_rolled_back,
    or when the server's success answer cannot be read."""
    attempts = Attempts()
    try:
        response = yield from send(request, options, attempts)
    except AlreadyRolledBackError:
        if not attempts.maybe_applied:
            raise
        try:
            return (yield from _look_up(redemption_id, options))
        except VoucherifyError:
            # The refusal itself proves the redemption is rolled back; only the details could not be fetched.
            return RollbackResult(recovered=True)
    try:
        return read(response)
    except MalformedResponseError as unreadable:
        # A 2xx means the rollback was applied: fetch it rather than report a failure.
        try:
            return (yield from _look_up(redemption_id, options))
        except VoucherifyError:
            raise unreadable from None


def _look_up(redemption_id: str, options: CallOptions) -> Plan[RollbackResult]:
    """Rebuild the result of a rollback already made on `redemption_id` from get-redemption calls."""
    redemption = yield from _fetch(redemption_id, options)
    if not isinstance(redemption, Redemption):
        raise MalformedResponseError(f"{redemption_id} is not a redemption")
    rollback_id = _rollback_id(redemption)
    if rollback_id is None:
        raise MalformedResponseError(f"no successful rollback is recorded on {redemption_id}")
    rollback = yield from _fetch(rollback_id, options)
    if not isinstance(rollback, Rollback):
        raise MalformedResponseError(f"{rollback_id} is not a rollback")
    child_ids = _stacked_rollback_ids(rollback, redemption_id) or _stacked_rollback_ids(redemption, redemption_id)
    if not child_ids:
        return RollbackResult.from_single(rollback.model, recovered=True)
    children = []
    for child_id in child_ids[:_MAX_CHILDREN]:
        child = yield from _fetch(child_id, options)
        if isinstance(child, Rollback):
            children.append(child.model)
    order = plain(rollback.model.order)
    return RollbackResult(parent_rollback=rollback.model, rollbacks=children, order=order, recovered=True)


def _fetch(item_id: str, options: CallOptions) -> Plan[Redemption | Rollback]:
    response = yield from send(get_request(item_id, timeout=options.timeout), options)
    return read_item(response)


def _rollback_id(redemption: Redemption) -> str | None:
    """The redemption's successful rollback: listed in related_redemptions, or on its order's entry."""
    for rollback_id in reversed(redemption.rollback_ids):
        if rollback_id.startswith("rr_"):
            return rollback_id
    entry = _order_entry(redemption.order.model if redemption.order else None, redemption.id)
    found = plain(getattr(entry, "rollback_id", None))
    return found if isinstance(found, str) else None


def _stacked_rollback_ids(item: Redemption | Rollback, parent_id: str) -> list[str]:
    """The child rollback ids the order records under the parent redemption (`rollback_stacked`)."""
    entry = _order_entry(item.order.model if item.order else None, parent_id)
    ids = plain(getattr(entry, "rollback_stacked", None))
    return [i for i in ids if isinstance(i, str)] if isinstance(ids, list) else []


def _order_entry(order: Any, redemption_id: str | None) -> Any:
    entries = plain(getattr(order, "redemptions", None))
    extra = getattr(entries, "additional_properties", None)
    return extra.get(redemption_id) if isinstance(extra, dict) and redemption_id else None
