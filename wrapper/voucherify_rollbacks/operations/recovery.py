"""Rollback calls that tell the truth under every fault, and `find_rollback`, the look-up they share.

Voucherify has no idempotency key. After an attempt that may have applied (a timeout after sending, a reset, a 5xx,
a 2xx the SDK cannot read or that names another redemption), any later ending of the call (`already_rolled_back`,
retries spent, the deadline) goes through a look-up before the call gives up. A rollback it finds is one of three:

- made by this call (proved only by this call's marker in the rollback's metadata, whatever the clocks say): that
  rollback is the result, `recovered=True`;
- made by someone else (proved by another marker, another reason or tracking id, or a date outside every attempt of
  ours that may have applied, on the server's clock with its tolerance): AlreadyRolledBackError,
  `made_by_this_call=False`, carrying the rollback found;
- rolled back, authorship unproven (no marker sent or stored, and nothing above tells it from another caller's with
  the same reason whose attempts overlapped ours): RollbackAuthorshipUnknownError, `made_by_this_call=None`.

Without a marker no look-up proves a rollback ours: a rollback dated within our only attempt may be a concurrent
caller's, our attempt then refused. Only a readable 2xx answering for the redemption asked is ours without one.
When Voucherify refuses every attempt that reached it (a plain repeat), the rollback is someone else's
(`made_by_this_call=False`, found by one look-up) unless it carries this call's marker.

When the look-up finds the redemption not rolled back, nothing was applied, so the rollback is sent again (within
max_retries and the deadline); when no retry is left, the last error is raised, unless an attempt of ours may still
be running on the server (a timeout, a gateway's 502/504/408, `multiple_requests`): then RollbackOutcomeUnknownError.
When the look-up fails, or the deadline leaves no time for it: RollbackOutcomeUnknownError.

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
from voucherify_client.models import OrderRedemptionsEntry

from .._constants import (
    MAX_STACK_CHILDREN,
    PROBE_BUSY_WAITS,
    PROBE_MAX_RETRIES,
    RECOVERY_MAX_PAGES,
    RECOVERY_PAGE_SIZE,
    RECOVERY_WINDOW,
)
from ..core import events
from ..core.markers import marker_of
from ..core.options import recovery_reserve
from ..core.plans import Attempts, CallOptions, Plan, Request, Sleep, send
from ..errors import (
    AlreadyRolledBackError,
    APIConnectionError,
    APIError,
    MalformedResponseError,
    MultipleRequestsError,
    RollbackAuthorshipUnknownError,
    RollbackOutcomeUnknownError,
    VoucherifyError,
)
from .records import Redemption, Rollback, child_ids, order_entry, rollback_ids, succeeded
from .redemptions import check_id, get_request, list_request, read_item, read_page, read_rollback
from .results import RollbackResult

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
    unmarked: Request | None = None,
) -> Plan[RollbackResult]:
    """Send a rollback with retries and answer the truth table above. `marker` is the one the request carries in
    its metadata (`core.markers`), or None; `unmarked` is the same request without it, sent once instead when the
    project's metadata schema refuses the marker (`metadata_validation_failed`: nothing was applied)."""
    attempts = Attempts()
    options.reserve = recovery_reserve(options.policy.deadline)
    state = options.retry_state(reserved=True)
    asked = _Question(redemption_id, reason, tracking_id, marker)
    while True:
        try:
            response = yield from send(request, options, attempts, state)
        except (APIError, APIConnectionError) as error:
            if unmarked is not None and asked.marker and isinstance(error, APIError) and _refuses_marker(error):
                request, unmarked, asked.marker, asked.marker_refused = unmarked, None, None, True
                continue
            if isinstance(error, MalformedResponseError) and error.status_code and error.status_code < 300:
                attempts.may_have_applied(in_progress=True)  # a 2xx too large to read
            if not attempts.maybe_applied:
                if isinstance(error, AlreadyRolledBackError):
                    return (yield from _refused(error, asked, options))
                raise
            ending: VoucherifyError = error
        else:
            try:
                result = read(response)
            except MalformedResponseError as unreadable:
                # A 2xx that is not a readable rollback: it may have been applied, and may still be settling.
                attempts.may_have_applied(in_progress=True)
                ending = unreadable
            else:
                other = _other_redemption(result, redemption_id, single=read is read_rollback)
                if other is None:
                    result.marker_refused = asked.marker_refused
                    return result
                # A 2xx about another redemption (a misrouting gateway, a cache): ours may or may not be applied.
                attempts.may_have_applied(in_progress=True)
                ending = MalformedResponseError(
                    f"the API answered {response.status_code} with the rollback of {other}, not of {redemption_id}",
                    status_code=response.status_code,
                    request_id=result.request_id,
                )
        fetched: dict[str, Redemption] = {}
        try:
            # The listing reaches up to now, so that it holds this call's own refusal (its rrf_ record) too.
            until = options.server_clock.latest(options.clock())
            events.recovery_lookup(redemption_id, _describe(ending))
            found = yield from look_up(redemption_id, options, until=until, fetched=fetched)
        except VoucherifyError as failed:
            why = f"the look-up after {_describe(ending)} failed: {failed}"
            unknown = RollbackOutcomeUnknownError(redemption_id, ending, why)
            unknown.redemption = fetched.get("redemption")  # what the look-up did fetch, e.g. status ROLLED_BACK
            unknown.marker_refused, unknown.marker = asked.marker_refused, asked.marker
            raise unknown from failed
        if found is not None:
            verdict = yield from _authorship(found, ending, attempts, asked, options, request, read)
            if isinstance(verdict, RollbackResult):
                verdict.marker_refused = asked.marker_refused
                return verdict  # the probe found it not rolled back after all (a stale read): now it is, by us
            if verdict.made_by_this_call:
                found.result.recovered = True
                found.result.marker_refused = asked.marker_refused
                return found.result
            raise _not_proved_ours(verdict, ending, found, asked) from None
        if isinstance(ending, AlreadyRolledBackError) or attempts.in_progress:
            # Refused as rolled back yet not rolled back, or an attempt of ours may still be running: a retry may
            # settle it; without one the outcome is unknown.
            delay = state.next_delay()
            if delay is None:
                why = f"after {_describe(ending)} the redemption is not rolled back yet, but an attempt may still run"
                unknown = RollbackOutcomeUnknownError(redemption_id, ending, why)
                unknown.marker_refused, unknown.marker = asked.marker_refused, asked.marker
                raise unknown from ending
        else:
            delay = state.next_delay()
            if delay is None:
                raise ending  # the look-up proved that nothing was applied
        yield Sleep(delay)


@dataclass
class _Question:
    """What the call asked for: the redemption, and what its requests carry that a stored rollback keeps."""

    redemption_id: str
    reason: str | None
    tracking_id: str | None
    marker: str | None
    marker_refused: bool = False


@dataclass(frozen=True)
class _Verdict:
    """Who made a rollback found: this call (True), someone else (False) or unproven (None), and the evidence."""

    made_by_this_call: bool | None
    why: str


def _refuses_marker(error: APIError) -> bool:
    """The project's metadata schema refused the request's metadata: nothing was applied."""
    return error.status_code == 400 and error.key == "metadata_validation_failed"


def _refused(refusal: AlreadyRolledBackError, asked: _Question, options: CallOptions) -> Plan[RollbackResult]:
    """Voucherify refused every attempt that reached it as already rolled back: nothing of this call was applied, so
    the rollback is someone else's; one look-up fetches it for the error to carry (the refusal is raised as it is
    when the look-up fails). A rollback carrying this call's own marker is this call's after all (a middlebox sent
    a copy of the request and answered with the copy's refusal)."""
    refusal.made_by_this_call = False
    refusal.marker_refused = asked.marker_refused
    try:
        found = yield from look_up(asked.redemption_id, options)
    except VoucherifyError:
        raise refusal from None
    if found is not None:
        if asked.marker is not None and marker_of(found.rollback.metadata) == asked.marker:
            found.result.recovered = True
            found.result.marker_refused = asked.marker_refused
            return found.result
        refusal.rollback, refusal.result = found.rollback, found.result
    raise refusal


def _authorship(
    found: LookUp,
    ending: VoucherifyError,
    attempts: Attempts,
    asked: _Question,
    options: CallOptions,
    request: Request,
    read: Callable[[httpx.Response], RollbackResult],
) -> Plan[_Verdict | RollbackResult]:
    """Who made the rollback found after an attempt of this call may have applied.

    Only a marker proves it ours: two callers sending the same reason whose attempts overlap leave rollbacks that
    nothing else tells apart (a rollback dated within our only attempt may be a concurrent caller's, ours then
    refused). Someone else's is proved by another marker, another reason or tracking id, or a date outside every
    attempt of ours that may have applied. Dating uses the server's clock as this call's answers bound it; when
    that leaves the rollback within our attempts, a probe ties the clock to a record dated during one of them.
    """
    rollback = found.rollback
    stored = marker_of(rollback.metadata)
    if asked.marker is not None and stored == asked.marker:
        return _Verdict(True, "it carries this call's marker")
    if stored is not None:
        return _Verdict(False, f"it carries another call's marker ({stored})")
    own = _own_refusal(found, ending)
    differs = _differs_from_request(rollback, asked, own)
    if differs:
        return _Verdict(False, differs)
    if _dated_outside(rollback, attempts, options):
        return _Verdict(False, "it is dated outside every attempt of this call that may have applied")
    try:
        anchored = yield from _anchor(found, ending, attempts.last, options)
        if not anchored:
            probed = yield from _probe(request, read, found, options)
            if isinstance(probed, RollbackResult):
                return probed
            anchored = probed
    except VoucherifyError:
        anchored = False
    if anchored and _dated_outside(rollback, attempts, options):
        return _Verdict(False, "it is dated outside every attempt of this call that may have applied")
    if asked.marker is None:
        why = "no marker was sent, and another caller with the same reason could have made it during this call"
    else:
        why = "it carries no marker (the server or a proxy dropped it), and it is dated within this call's attempts"
    if not anchored and rollback.date is not None:
        why += "; the server's clock could not be tied to this call's attempts"
    return _Verdict(None, why)


def _own_refusal(found: LookUp, ending: VoucherifyError) -> Rollback | None:
    """The failed rollback record (rrf_) Voucherify stored when it refused this call's last attempt, if listed: it
    holds the reason and tracking id as the server received them from this call."""
    refusal_id = ending.resource_id if isinstance(ending, AlreadyRolledBackError) else None
    return found.listed.get(refusal_id) if refusal_id else None


def _differs_from_request(rollback: Rollback, asked: _Question, own: Rollback | None) -> str | None:
    """Why the rollback cannot have been made by a request of this call (another reason or tracking id), or None."""
    if _differs(rollback.reason, asked.reason, own.reason if own else None):
        return f"it carries another reason ({rollback.reason!r})"
    tracked = asked.tracking_id is not None and rollback.tracking_id is not None
    if tracked and _differs(rollback.tracking_id, asked.tracking_id, own.tracking_id if own else None):
        return f"it carries another tracking id ({rollback.tracking_id!r})"
    return None


def _differs(stored: str | None, sent: str | None, received: str | None) -> bool:
    """`stored` cannot be what this call sent: not `sent`, not what the server stored from this call's own refused
    attempt (`received`), and not a cut-down form of `sent` (proxies and gateways trim query values, or drop them)."""
    value, ours = (stored or "").strip(), (sent or "").strip()
    if value == ours or (received is not None and value == received.strip()):
        return False
    return not ours.startswith(value)


def _dated_outside(rollback: Rollback, attempts: Attempts, options: CallOptions) -> bool:
    """Dated, on the server's clock with its tolerance, outside every attempt of this call that may have applied
    (an attempt without an answer may have applied at any time since it was sent)."""
    if rollback.date is None:
        return False
    when = rollback.date.timestamp()
    clock = options.server_clock
    return not any(
        clock.earliest(sent) <= when and (answered is None or when <= clock.latest(answered))
        for sent, answered in attempts.windows
    )


def _other_redemption(result: RollbackResult, redemption_id: str, *, single: bool) -> str | None:
    """The redemption a readable 2xx names instead of `redemption_id` (its rollback, or its stack's), or None when
    it answers the question: a parent rollback naming it (with its own children), or items naming it alone."""
    parent = result.parent_rollback
    if not single and parent is not None and parent.redemption is not None:
        return None if parent.redemption == redemption_id else parent.redemption
    children: set[str] = set()
    if not single and parent is not None:
        entry = order_entry(result.order, redemption_id)
        children = set(entry.stacked or ()) if entry is not None else set()
        if not children:
            return "a stack it does not name"
    for item in result.rollbacks:
        if item.redemption is not None and item.redemption != redemption_id and item.redemption not in children:
            return item.redemption
    return None


def _not_proved_ours(
    verdict: _Verdict, ending: VoucherifyError, found: LookUp, asked: _Question
) -> AlreadyRolledBackError:
    refusal = ending if type(ending) is AlreadyRolledBackError else None
    error: AlreadyRolledBackError
    if verdict.made_by_this_call is None:
        fields: dict[str, Any] = {}
        if refusal is not None:
            fields = {"request_id": refusal.request_id, "body": refusal.body, "headers": refusal.headers}
        error = RollbackAuthorshipUnknownError(asked.redemption_id, found.rollback, found.result, verdict.why, **fields)
        error.__cause__ = ending
    elif refusal is not None:
        error = refusal
    else:
        error = AlreadyRolledBackError(
            f"{asked.redemption_id} was rolled back by {found.rollback.id}, not by this call: {verdict.why}",
            status_code=400,
            key="already_rolled_back",
            resource_id=found.rollback.id,
            resource_type="redemption_rollback",
        )
        error.__cause__ = ending
    error.rollback, error.result = found.rollback, found.result
    error.made_by_this_call, error.marker_refused = verdict.made_by_this_call, asked.marker_refused
    return error


def find_rollback_plan(redemption_id: str, options: CallOptions) -> Plan[RollbackResult | None]:
    """The rollback result of a redemption (for a child: of its stack), or None when it is not rolled back. Given a
    rollback's own id: the result of the stack (or single redemption) it belongs to; a failed rollback record
    (rrf_) is a result of that one failed item."""
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
    item = yield from _fetch_item(redemption_id, options)
    if isinstance(item, Rollback):
        if not follow_parent:
            raise MalformedResponseError(f"{redemption_id} is a rollback, not a redemption")
        return (yield from _look_up_rollback(item, options))
    redemption = item
    if follow_parent and redemption.redemption and redemption.redemption != redemption.id:
        redemption = yield from _fetch_redemption(redemption.redemption, options)
    fetched["redemption"] = redemption
    rollback_id = _rollback_id(redemption)
    if rollback_id is None and redemption.status != "ROLLED_BACK":
        return None
    children_ids = child_ids(redemption)[:MAX_STACK_CHILDREN]
    entry = order_entry(redemption.order, redemption.id)
    child_rollback_ids = list(entry.rollback_stacked or ()) if entry is not None else []
    wanted = {i for i in (rollback_id, *child_rollback_ids) if i}
    listed: dict[str, Rollback] = {}
    when = _rollback_date(redemption, entry, rollback_id)
    if when is not None:
        latest = when if until is None else max(when, datetime.datetime.fromtimestamp(until, datetime.UTC))
        listed = yield from _list_rollbacks(when, latest, options, wanted, set(children_ids), redemption.id)
    parent = listed.get(rollback_id) if rollback_id else _undoing(listed, redemption.id)
    if parent is None and rollback_id is not None:
        parent = yield from _fetch_rollback(rollback_id, options)
    if parent is None:
        raise MalformedResponseError(f"{redemption.id} is rolled back, but its rollback could not be found")
    if not children_ids:
        return LookUp(parent, RollbackResult.from_single(parent), listed)
    children: list[Rollback] = []
    for child_id in children_ids:
        child = _undoing(listed, child_id)
        if child is None:
            named_id = next((i for i in child_rollback_ids if i not in listed), None)
            if named_id is not None:
                child = yield from _fetch_rollback(named_id, options)
                if child is not None and child.id:
                    listed[child.id] = child
        if child is not None:
            children.append(child)
    result = RollbackResult(parent_rollback=parent, rollbacks=children, order=parent.order)
    return LookUp(parent, result, listed)


def _look_up_rollback(rollback: Rollback, options: CallOptions) -> Plan[LookUp]:
    """A rollback asked for by its own id: the look-up of the redemption it undid (the whole stack's result, which
    holds it); a failed rollback record (rrf_), or one its redemption's look-up does not hold, as a result of its
    own (`ok` False for a failed one)."""
    alone = LookUp(rollback, RollbackResult.from_single(rollback))
    if not succeeded(rollback) or not rollback.redemption or rollback.redemption == rollback.id:
        return alone
    found = yield from look_up(rollback.redemption, options, follow_parent=True)
    if found is None:
        return alone
    held = [found.result.parent_rollback, *found.result.rollbacks]
    return found if any(item is not None and item.id == rollback.id for item in held) else alone


def _fetch_item(redemption_id: str, options: CallOptions) -> Plan[Redemption | Rollback]:
    try:
        request = get_request(check_id(redemption_id, "redemption_id"), timeout=options.timeout)
    except ValueError:  # a parent id from the server that no path can carry
        raise MalformedResponseError(f"the API named a redemption id no request can carry: {redemption_id!r}") from None
    response = yield from send(request, options)
    return read_item(response)


def _fetch_redemption(redemption_id: str, options: CallOptions) -> Plan[Redemption]:
    item = yield from _fetch_item(redemption_id, options)
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
        undone = {r.redemption for r in listed.values() if succeeded(r)}
        if wanted <= listed.keys() and children <= undone and (wanted or parent_id in undone):
            break
        if len(items) < RECOVERY_PAGE_SIZE:
            break
    return listed


def _undoing(listed: dict[str, Rollback], redemption_id: str | None) -> Rollback | None:
    """The successful rollback of `redemption_id` among those listed."""
    found = [r for r in listed.values() if r.redemption == redemption_id and succeeded(r) and r.id]
    return found[-1] if found else None


def _rollback_id(redemption: Redemption) -> str | None:
    """The redemption's successful rollback: listed in related_redemptions, or on its order's entry."""
    for rollback_id in reversed(rollback_ids(redemption)):
        if not rollback_id.strip().startswith("rrf_"):  # rrf_ ids are refused attempts, stored as failed rollbacks
            return rollback_id
    entry = order_entry(redemption.order, redemption.id)
    found = entry.rollback_id if entry is not None else None
    return found if found is not None and not found.startswith("rrf_") else None


def _rollback_date(
    redemption: Redemption, entry: OrderRedemptionsEntry | None, rollback_id: str | None
) -> datetime.datetime | None:
    related = redemption.related_redemptions
    for item in (related.rollbacks if related is not None else None) or ():
        if item.id == rollback_id and item.date is not None:
            return _aware(item.date)
    date = entry.rollback_date if entry is not None else None
    return _aware(date) if date is not None else None


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
    call's reason: without it, dates are known only to the second. A transient fault is retried (it cannot apply
    anything) within the call's deadline. A success means the look-up read stale data and the rollback is now
    made; anything else leaves the clock as it was."""
    busy = iter(PROBE_BUSY_WAITS)
    while True:
        probe = Attempts()
        try:
            retries = options.retry_state(retries=PROBE_MAX_RETRIES)
            response = yield from send(replace(request, kind="read"), options, probe, retries)
        except AlreadyRolledBackError as refused:
            return (yield from _anchor(found, refused, probe.last, options))
        except MultipleRequestsError:
            # Another caller's rollback of it is running: once it ends, the probe is refused and dated.
            pause = next(busy, None)
            left = options.remaining()
            if pause is None or (left is not None and left <= pause):
                return False
            yield Sleep(pause)
            continue
        except (APIError, APIConnectionError):
            return False
        break
    try:
        return read(response)
    except MalformedResponseError:
        return False


def _describe(error: VoucherifyError) -> str:
    return type(error).__name__ + (f" {error.status_code}" if isinstance(error, APIError) and error.status_code else "")
