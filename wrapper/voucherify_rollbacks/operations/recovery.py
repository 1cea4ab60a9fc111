"""Rollback calls that tell the truth under every fault, and `find_rollback`, the look-up they share.

Voucherify has no idempotency key. After an attempt that may have applied (a timeout after sending, a reset, a 5xx,
a 2xx the SDK cannot read), any later ending of the call (`already_rolled_back`, retries spent, the deadline) goes
through a look-up before the call gives up:

- the redemption is rolled back by a rollback dated within one of this call's attempts that may have applied (on
  the server's clock, see `core.clock.ServerClock`) and carrying this call's `reason` (and `tracking_id`, when sent):
  that rollback is the result, `recovered=True`;
- it is rolled back by any other rollback: AlreadyRolledBackError, carrying the rollback found;
- it is not rolled back: nothing was applied, so the rollback is sent again (within max_retries and the deadline);
  when no retry is left, the last error is raised, unless an attempt of ours may still be running on the server (a
  timeout, a gateway's 502/504/408, `multiple_requests`): then RollbackOutcomeUnknownError;
- the look-up fails, or the deadline leaves no time for it: RollbackOutcomeUnknownError.

A look-up costs two requests on a quiet project, whatever the stack's size: the redemption, then one page of
rollbacks listed around its rollback's date (filters Voucherify documents: `object`, `created_at`), matched by the
ids the redemption and its order name. Items are read tolerantly: a rollback by `object`, else by its rr_/rrf_ id.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

import httpx

from .._constants import MAX_STACK_CHILDREN, RECOVERY_MAX_PAGES, RECOVERY_PAGE_SIZE, RECOVERY_WINDOW
from ..core.options import recovery_reserve
from ..core.plans import Attempts, CallOptions, Plan, Request, Sleep, send
from ..errors import (
    AlreadyRolledBackError,
    APIConnectionError,
    APIError,
    MalformedResponseError,
    RollbackOutcomeUnknownError,
    VoucherifyError,
)
from .reading import order_entry, plain
from .redemptions import check_id, get_request, list_request, read_item, read_page
from .results import RollbackResult
from .views import Redemption, Rollback

# The listing window around a rollback's recorded date: the order's and the redemption's dates may differ from the
# rollback's own by a few milliseconds.
RECOVERY_WINDOW_DELTA = datetime.timedelta(seconds=RECOVERY_WINDOW)


@dataclass
class LookUp:
    """What a look-up found: the rollback that undid the redemption (the stack's own for a parent), the result
    rebuilt around it, and the rollbacks listed on the way by id (the refusals' rrf_ records among them)."""

    rollback: Rollback
    result: RollbackResult
    listed: dict[str, Rollback] = field(default_factory=dict)


def rollback_plan(
    request: Request,
    options: CallOptions,
    read: Callable[[httpx.Response], RollbackResult],
    *,
    redemption_id: str,
    reason: str | None = None,
    tracking_id: str | None = None,
    marker: str | None = None,
) -> Plan[RollbackResult]:
    """Send a rollback with retries and answer the truth table above. `marker` is the one the request carries in
    its metadata (`core.markers`), or None."""
    attempts = Attempts()
    options.reserve = recovery_reserve(options.policy.deadline)
    state = options.retry_state(reserved=True)
    while True:
        try:
            response = yield from send(request, options, attempts, state)
        except (APIError, APIConnectionError) as error:
            if isinstance(error, MalformedResponseError) and error.status_code and error.status_code < 300:
                attempts.may_have_applied(in_progress=True)  # a 2xx too large to read
            if not attempts.maybe_applied:
                raise
            ending: VoucherifyError = error
        else:
            try:
                return read(response)
            except MalformedResponseError as unreadable:
                # A 2xx that is not a readable rollback: it may have been applied, and may still be settling.
                attempts.may_have_applied(in_progress=True)
                ending = unreadable
        fetched: dict[str, Redemption] = {}
        try:
            # The listing reaches up to now, so that it holds this call's own refusal (its rrf_ record) too.
            until = options.server_clock.latest(options.clock())
            found = yield from look_up(redemption_id, options, until=until, fetched=fetched)
        except VoucherifyError as failed:
            why = f"the look-up after {_describe(ending)} failed: {failed}"
            unknown = RollbackOutcomeUnknownError(redemption_id, ending, why)
            unknown.redemption = fetched.get("redemption")  # what the look-up did fetch, e.g. status ROLLED_BACK
            raise unknown from failed
        if found is not None:
            dated = False
            if _provably_ours(found.rollback, attempts, options, reason, tracking_id):
                # Ours on the evidence so far (the Date headers, to the second): only a date to the millisecond
                # proves it, as another call's rollback made just before ours would pass that test too.
                try:
                    dated = yield from _anchor(found, ending, attempts.last, options)
                    if not dated:
                        probed = yield from _probe(request, read, found, options)
                        if isinstance(probed, RollbackResult):
                            return probed  # it was not rolled back after all (a stale read): now it is, by us
                        dated = probed
                except VoucherifyError:
                    dated = False  # dating failed: not proved ours, so it is reported as found, not as ours
            if dated and _provably_ours(found.rollback, attempts, options, reason, tracking_id):
                found.result.recovered = True
                return found.result
            raise _rolled_back_before(ending, found) from None
        if isinstance(ending, AlreadyRolledBackError) or attempts.in_progress:
            # Refused as rolled back yet not rolled back, or an attempt of ours may still be running: a retry may
            # settle it; without one the outcome is unknown.
            delay = state.next_delay()
            if delay is None:
                why = f"after {_describe(ending)} the redemption is not rolled back yet, but an attempt may still run"
                raise RollbackOutcomeUnknownError(redemption_id, ending, why) from ending
        else:
            delay = state.next_delay()
            if delay is None:
                raise ending  # the look-up proved that nothing was applied
        yield Sleep(delay)


def find_rollback_plan(redemption_id: str, options: CallOptions) -> Plan[RollbackResult | None]:
    """The rollback result of a redemption (for a child: of its stack), or None when it is not rolled back."""
    check_id(redemption_id, "redemption_id")  # the caller's own argument: a ValueError naming it
    found = yield from look_up(redemption_id, options, follow_parent=True)
    return None if found is None else found.result


def look_up(
    redemption_id: str,
    options: CallOptions,
    *,
    follow_parent: bool = False,
    until: float | None = None,
    fetched: dict[str, Redemption] | None = None,
) -> Plan[LookUp | None]:
    """The rollback that undid `redemption_id`, or None when it is not rolled back; raises what the requests raise
    (NotFoundError for an unknown id) and MalformedResponseError when the answers contradict each other. The
    redemption, once fetched, is kept in `fetched["redemption"]` for an error to carry."""
    fetched = {} if fetched is None else fetched
    redemption = yield from _fetch_redemption(redemption_id, options)
    if follow_parent and redemption.redemption and redemption.redemption != redemption.id:
        redemption = yield from _fetch_redemption(redemption.redemption, options)
    fetched["redemption"] = redemption
    rollback_id = _rollback_id(redemption)
    if rollback_id is None and redemption.status != "ROLLED_BACK":
        return None
    child_ids = redemption.child_ids[:MAX_STACK_CHILDREN]
    entry = order_entry(redemption.order.model if redemption.order else None, redemption.id)
    named = plain(getattr(entry, "rollback_stacked", None))
    child_rollback_ids = [i for i in named if isinstance(i, str)] if isinstance(named, list) else []
    wanted = {i for i in (rollback_id, *child_rollback_ids) if i}
    listed: dict[str, Rollback] = {}
    when = _rollback_date(redemption, entry, rollback_id)
    if when is not None:
        latest = when if until is None else max(when, datetime.datetime.fromtimestamp(until, datetime.UTC))
        listed = yield from _list_rollbacks(when, latest, options, wanted, set(child_ids), redemption.id)
    parent = listed.get(rollback_id) if rollback_id else _undoing(listed, redemption.id)
    if parent is None and rollback_id is not None:
        parent = yield from _fetch_rollback(rollback_id, options)
    if parent is None:
        raise MalformedResponseError(f"{redemption.id} is rolled back, but its rollback could not be found")
    if not child_ids:
        return LookUp(parent, RollbackResult(rollbacks=[parent], order=parent.order, single=True), listed)
    children: list[Rollback] = []
    for child_id in child_ids:
        child = _undoing(listed, child_id)
        if child is None:
            named_id = next((i for i in child_rollback_ids if i not in listed), None)
            if named_id is not None:
                child = yield from _fetch_rollback(named_id, options)
                if child is not None and child.id:
                    listed[child.id] = child
        if child is not None:
            children.append(child)
    # The views themselves, not their models: a listed view builds its model from the whole page's body.
    result = RollbackResult(parent_rollback=parent, rollbacks=children, order=parent.order)
    return LookUp(parent, result, listed)


def _fetch_redemption(redemption_id: str, options: CallOptions) -> Plan[Redemption]:
    try:
        request = get_request(check_id(redemption_id, "redemption_id"), timeout=options.timeout)
    except ValueError:  # a parent id from the server that no path can carry
        raise MalformedResponseError(f"the API named a redemption id no request can carry: {redemption_id!r}") from None
    response = yield from send(request, options)
    item = read_item(response)
    if not isinstance(item, Redemption):
        raise MalformedResponseError(f"{redemption_id} is not a redemption")
    return item


def _fetch_rollback(rollback_id: str, options: CallOptions) -> Plan[Rollback | None]:
    try:
        request = get_request(check_id(rollback_id, "rollback_id"), timeout=options.timeout)
    except ValueError:  # an id no path can carry: not this SDK's to crash on
        return None
    response = yield from send(request, options)
    item = read_item(response)
    return item if isinstance(item, Rollback) else None


def _list_rollbacks(
    when: datetime.datetime,
    latest: datetime.datetime,
    options: CallOptions,
    wanted: set[str],
    children: set[str],
    parent_id: str | None,
) -> Plan[dict[str, Rollback]]:
    """Rollbacks created from `when` to `latest` (with a margin), by id, oldest first, read until every wanted one
    is there (or RECOVERY_MAX_PAGES)."""
    query: dict[str, Any] = {
        "limit": RECOVERY_PAGE_SIZE,
        "order": "created_at",
        "created_at": {"after": _iso(when - RECOVERY_WINDOW_DELTA), "before": _iso(latest + RECOVERY_WINDOW_DELTA)},
        "filters": {"object": {"conditions": {"$is": "redemption_rollback"}}},
    }
    listed: dict[str, Rollback] = {}
    for page in range(1, RECOVERY_MAX_PAGES + 1):
        response = yield from send(list_request({**query, "page": page}, timeout=options.timeout), options)
        items = read_page(response)
        for item in items:
            if isinstance(item, Rollback) and item.id:
                listed[item.id] = item
        undone = {r.redemption for r in listed.values() if r.succeeded}
        if wanted <= listed.keys() and children <= undone and (wanted or parent_id in undone):
            break
        if len(items) < RECOVERY_PAGE_SIZE:
            break
    return listed


def _undoing(listed: dict[str, Rollback], redemption_id: str | None) -> Rollback | None:
    """The successful rollback of `redemption_id` among those listed."""
    found = [r for r in listed.values() if r.redemption == redemption_id and r.succeeded and r.id]
    return found[-1] if found else None


def _rollback_id(redemption: Redemption) -> str | None:
    """The redemption's successful rollback: listed in related_redemptions, or on its order's entry."""
    for rollback_id in reversed(redemption.rollback_ids):
        if not rollback_id.strip().startswith("rrf_"):  # rrf_ ids are refused attempts, stored as failed rollbacks
            return rollback_id
    entry = order_entry(redemption.order.model if redemption.order else None, redemption.id)
    found = plain(getattr(entry, "rollback_id", None))
    return found if isinstance(found, str) and not found.startswith("rrf_") else None


def _rollback_date(redemption: Redemption, entry: Any, rollback_id: str | None) -> datetime.datetime | None:
    related = plain(getattr(plain(getattr(redemption.model, "related_redemptions", None)), "rollbacks", None))
    for item in related if isinstance(related, list) else []:
        if plain(getattr(item, "id", None)) == rollback_id and isinstance(plain(item.date), datetime.datetime):
            return _aware(plain(item.date))
    date = plain(getattr(entry, "rollback_date", None))
    if isinstance(date, datetime.datetime):
        return _aware(date)
    if isinstance(date, str):
        try:
            return _aware(datetime.datetime.fromisoformat(date.replace("Z", "+00:00")))
        except ValueError:
            return None
    return None


def _aware(value: datetime.datetime) -> datetime.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=datetime.UTC)


def _iso(value: datetime.datetime) -> str:
    return value.astimezone(datetime.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _anchor(
    found: LookUp, ending: BaseException, attempt: tuple[float, float | None], options: CallOptions
) -> Plan[bool]:
    """An `already_rolled_back` refusal stored an rrf_ record dated while that attempt was open: it ties the
    server's clock to ours to the millisecond (fetched when the listing did not reach it: one more request).
    True when the clock is anchored."""
    sent, answered = attempt
    refusal_id = ending.resource_id if isinstance(ending, AlreadyRolledBackError) else None
    if not refusal_id or answered is None:
        return False
    refusal = found.listed.get(refusal_id)
    if refusal is None:
        refusal = yield from _fetch_rollback(refusal_id, options)
    if refusal is None or refusal.date is None:
        return False
    options.server_clock.anchor(refusal.date.timestamp(), sent, answered)
    return True


def _probe(
    request: Request, read: Callable[[httpx.Response], RollbackResult], found: LookUp, options: CallOptions
) -> Plan[RollbackResult | bool]:
    """Send the rollback once more to anchor the server's clock: the redemption is rolled back, so it is refused
    with `already_rolled_back` and a dated rrf_ record (it cannot apply twice). Needed only when the call's own
    endings gave no refusal (retries spent on 5xx or `multiple_requests`) and the found rollback carries this
    call's reason: without it, dates are known only to the second. A success means the look-up read stale data
    and the rollback is now made; anything else leaves the clock as it was."""
    probe = Attempts()
    try:
        response = yield from send(replace(request, kind="read"), options, probe, options.retry_state(retries=0))
    except AlreadyRolledBackError as refused:
        return (yield from _anchor(found, refused, probe.last, options))
    except (APIError, APIConnectionError):
        return False
    try:
        return read(response)
    except MalformedResponseError:
        return False


def _same_request(rollback: Rollback, reason: str | None, tracking_id: str | None) -> bool:
    """The rollback carries the reason (and the tracking_id, when one was sent) of this call."""
    if (rollback.reason or "") != (reason or ""):
        return False
    return tracking_id is None or rollback.tracking_id == tracking_id


def _provably_ours(
    rollback: Rollback, attempts: Attempts, options: CallOptions, reason: str | None, tracking_id: str | None
) -> bool:
    """Dated within one of this call's attempts that may have applied, with this call's reason and tracking_id."""
    if not _same_request(rollback, reason, tracking_id) or rollback.date is None:
        return False
    when = rollback.date.timestamp()
    clock = options.server_clock
    return any(
        clock.earliest(sent) <= when and (answered is None or when <= clock.latest(answered))
        for sent, answered in attempts.windows
    )


def _rolled_back_before(ending: VoucherifyError, found: LookUp) -> AlreadyRolledBackError:
    if isinstance(ending, AlreadyRolledBackError):
        error = ending
    else:
        error = AlreadyRolledBackError(
            f"the redemption was rolled back by {found.rollback.id}, not by this call",
            status_code=400,
            key="already_rolled_back",
            resource_id=found.rollback.id,
            resource_type="redemption_rollback",
        )
        error.__cause__ = ending
    error.rollback, error.result = found.rollback, found.result
    return error


def _describe(error: VoucherifyError) -> str:
    return type(error).__name__ + (f" {error.status_code}" if isinstance(error, APIError) and error.status_code else "")
