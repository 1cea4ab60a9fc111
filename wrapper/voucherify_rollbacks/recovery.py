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
from .results import Redemption, Rollback, RollbackResult, order_entry, plain
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
    """Rebuild the result of a rollback already made on `redemption_id` from get-redemption calls: the redemption
    names its rollback; for a stack, each child redemption names its own."""
    redemption = yield from _fetch(redemption_id, options)
    if not isinstance(redemption, Redemption):
        raise MalformedResponseError(f"{redemption_id} is not a redemption")
    rollback = yield from _fetch_rollback_of(redemption, options)
    if rollback is None:
        raise MalformedResponseError(f"no successful rollback is recorded on {redemption_id}")
    child_ids = _stacked_rollback_ids(rollback, redemption_id) or _stacked_rollback_ids(redemption, redemption_id)
    children: list[Any] = []
    for child_id in child_ids[:_MAX_CHILDREN]:
        child = yield from _fetch(child_id, options)
        if isinstance(child, Rollback):
            children.append(child.model)
    if not child_ids:
        # The order does not list the child rollbacks: ask each child redemption for its own.
        for child_id in redemption.child_ids[:_MAX_CHILDREN]:
            child_redemption = yield from _fetch(child_id, options)
            if isinstance(child_redemption, Redemption):
                child_rollback = yield from _fetch_rollback_of(child_redemption, options)
                if child_rollback is not None:
                    children.append(child_rollback.model)
    if not children:
        return RollbackResult.from_single(rollback.model, recovered=True)
    order = plain(rollback.model.order)
    return RollbackResult(parent_rollback=rollback.model, rollbacks=children, order=order, recovered=True)


def _fetch_rollback_of(redemption: Redemption, options: CallOptions) -> Plan[Rollback | None]:
    rollback_id = _rollback_id(redemption)
    if rollback_id is None:
        return None
    rollback = yield from _fetch(rollback_id, options)
    return rollback if isinstance(rollback, Rollback) else None


def _fetch(item_id: str, options: CallOptions) -> Plan[Redemption | Rollback]:
    response = yield from send(get_request(item_id, timeout=options.timeout), options)
    return read_item(response)


def _rollback_id(redemption: Redemption) -> str | None:
    """The redemption's successful rollback: listed in related_redemptions, or on its order's entry."""
    for rollback_id in reversed(redemption.rollback_ids):
        if not rollback_id.startswith("rrf_"):  # rrf_ ids are refused attempts, stored as failed rollbacks
            return rollback_id
    entry = order_entry(redemption.order.model if redemption.order else None, redemption.id)
    found = plain(getattr(entry, "rollback_id", None))
    return found if isinstance(found, str) else None


def _stacked_rollback_ids(item: Redemption | Rollback, parent_id: str) -> list[str]:
    """The child rollback ids the order records under the parent redemption (`rollback_stacked`)."""
    entry = order_entry(item.order.model if item.order else None, parent_id)
    ids = plain(getattr(entry, "rollback_stacked", None))
    return [i for i in ids if isinstance(i, str)] if isinstance(ids, list) else []
