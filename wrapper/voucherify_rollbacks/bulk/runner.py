"""`rollback_many` (both clients): roll back thousands of redemptions, or orders' redemptions, resumably.

Every redemption goes through `rollback_stacked` (retries and recovery included) with its intent and outcome in a
`Journal`, so a run killed at any point (`kill -9`, a power cut) is resumed by running it again with the same
journal: known outcomes are reported, not sent again; a redemption whose rollback was in flight is settled with
`find_rollback` first, and sent only when it is provably not rolled back. A rollback found then counts as this
run's own (`rolled_back`, `recovered=True`) when it carries the run's `reason` (and `tracking_id`, when given) and
is dated after the run's first intent for it (less `BULK_CLOCK_TOLERANCE`); otherwise it was rolled back by someone
else (`already_rolled_back`). Workers share one `RateLimiter`, which counts every HTTP request.
"""

from __future__ import annotations

import collections
import dataclasses
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import Any, TypeVar

import httpx

from .._constants import BULK_CLOCK_TOLERANCE, MAX_CONCURRENCY
from ..core.plans import Plan, Request, Sleep
from ..errors import (
    AlreadyRolledBackError,
    APIConnectionError,
    MalformedResponseError,
    NotFoundError,
    RateLimitError,
    RollbackOutcomeUnknownError,
    ServerError,
    VoucherifyError,
)
from ..errors.redaction import redact_exception
from ..operations.orders import order_redemptions
from ..operations.outcomes import ALREADY_ROLLED_BACK, FAILED, OUTCOME_UNKNOWN, ROLLED_BACK, RollbackOutcome
from ..operations.redemptions import check_id
from ..operations.results import RollbackResult
from ..operations.views import Order
from .journal import DONE, RETRY, UNKNOWN, UNSETTLED, Entry, Journal
from .ratelimit import RateLimiter

T = TypeVar("T")

# How much earlier than the run's first intent (on this machine's clock) a rollback found by a look-up may be dated
# and still count as this run's: the server's clock and ours disagree by a little.

ORDER, REDEMPTION = "order", "redemption"


@dataclasses.dataclass(frozen=True)
class BulkCalls:
    """The plans of the three calls a bulk run makes (each with the client's options), and the client's secrets,
    which the errors kept in outcomes are scrubbed of."""

    rollback: Callable[[str], Plan[RollbackResult]]
    find_rollback: Callable[[str], Plan[RollbackResult | None]]
    get_order: Callable[[str], Plan[Order]]
    secrets: tuple[str, ...] = ()


def parse_item(text: str) -> tuple[str, str]:
    """(id, kind) of one item: `ord_…` is an order, anything else a redemption; `order:ID` and `redemption:ID`
    say so explicitly (an order's source id, say). Raises ValueError for an empty or unusable id."""
    value = text.strip()
    kind = ORDER if value.startswith("ord_") else REDEMPTION
    for prefix in (ORDER, REDEMPTION):
        if value.startswith(prefix + ":"):
            kind, value = prefix, value[len(prefix) + 1 :].strip()
    return check_id(value, f"{kind} id"), kind


def metered(plan: Plan[T], limiter: RateLimiter) -> Plan[T]:
    """`plan` with every request booked on `limiter` first (a pause when the ceiling or the server says so), and
    every answer shown to it."""
    outcome: Any = None
    while True:
        try:
            action = plan.send(outcome)
        except StopIteration as stop:
            result: T = stop.value
            return result
        if not isinstance(action, Request):
            outcome = yield action
            continue
        wait_for = limiter.reserve()
        if wait_for > 0:
            yield Sleep(wait_for)
            if action.seconds_left is not None:  # the pause counts against the call's deadline
                action = dataclasses.replace(action, seconds_left=max(action.seconds_left - wait_for, 0.001))
        outcome = yield action
        if isinstance(outcome, httpx.Response):
            limiter.observe(outcome.status_code, outcome.headers)


def open_run(
    items: Iterable[str],
    calls: BulkCalls,
    *,
    journal: str,
    concurrency: int,
    limiter: RateLimiter,
    reason: str | None = None,
    tracking_id: str | None = None,
) -> BulkRun:
    """Check the arguments and open the journal now (errors are raised here, not on the first outcome)."""
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or not 1 <= concurrency <= MAX_CONCURRENCY:
        raise ValueError(f"concurrency must be an integer from 1 to {MAX_CONCURRENCY}")
    if isinstance(items, str):
        raise ValueError("items must be an iterable of ids, not one string")
    parsed = list(dict.fromkeys(parse_item(item) for item in items))
    book = Journal(journal)
    try:
        book.check_settings({"reason": reason, "tracking_id": tracking_id})
        book.add_items(parsed)
    except BaseException:
        book.close()
        raise
    return BulkRun(calls, book, limiter, reason, tracking_id, parsed, concurrency)


@dataclasses.dataclass(frozen=True)
class _Expand:
    item: str
    kind: str


_Unit = _Expand | Entry


_Done = tuple[list[RollbackOutcome], list[_Unit]]


class BulkRun:
    """One bulk run: each unit of work (expanding an item, settling or sending one redemption) is a plan, written
    once; `outcomes` drives them on threads for the sync client, `outcomes_async` in task groups for the async one."""

    def __init__(
        self,
        calls: BulkCalls,
        journal: Journal,
        limiter: RateLimiter,
        reason: str | None,
        tracking_id: str | None,
        items: list[tuple[str, str]],
        concurrency: int,
    ) -> None:
        self.calls, self.journal, self.limiter = calls, journal, limiter
        self.reason, self.tracking_id = reason, tracking_id
        self.items, self.concurrency = items, concurrency

    def outcomes(self, run: Callable[[Plan[_Done]], _Done]) -> Iterator[RollbackOutcome]:
        """Drive the run with `run` (a sync driver) on `concurrency` threads, yielding outcomes as they complete."""
        units: collections.deque[_Unit] = collections.deque(_Expand(item, kind) for item, kind in self.items)
        try:
            with ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="voucherify-bulk") as pool:
                running: dict[Future[_Done], _Unit] = {}
                try:
                    while units or running:
                        while units and len(running) < self.concurrency:
                            unit = units.popleft()
                            running[pool.submit(run, self._work(unit))] = unit
                        done, _ = wait(running, return_when=FIRST_COMPLETED)
                        for future in done:
                            del running[future]
                            found, more = future.result()
                            units.extendleft(reversed(more))
                            yield from found
                finally:
                    for future in running:
                        future.cancel()  # queued ones; running ones finish and record their outcome
        finally:
            self.journal.close()

    async def outcomes_async(self, run: Callable[[Plan[_Done]], Awaitable[_Done]]) -> AsyncIterator[RollbackOutcome]:
        """Drive the run with `run` (an async driver), `concurrency` units at a time.

        Units run in waves of `concurrency`, each wave in its own task group, and a wave's outcomes are yielded once
        it has ended: no task is running while the caller holds an outcome, so breaking out of the loop (or
        cancelling it) never leaves a rollback half-driven by an abandoned task.
        """
        import anyio

        units: collections.deque[_Unit] = collections.deque(_Expand(item, kind) for item, kind in self.items)
        try:
            while units:
                wave = [units.popleft() for _ in range(min(self.concurrency, len(units)))]
                done: list[_Done] = [([], [])] * len(wave)
                async with anyio.create_task_group() as group:
                    for index, unit in enumerate(wave):
                        group.start_soon(self._drive, run, unit, done, index)
                for found, more in done:
                    units.extendleft(reversed(more))
                    for outcome in found:
                        yield outcome
        finally:
            self.journal.close()

    async def _drive(
        self, run: Callable[[Plan[_Done]], Awaitable[_Done]], unit: _Unit, done: list[_Done], index: int
    ) -> None:
        done[index] = await run(self._work(unit))

    def _call(self, plan: Plan[T]) -> Plan[T]:
        return (yield from metered(plan, self.limiter))

    def _work(self, unit: _Unit) -> Plan[_Done]:
        if isinstance(unit, _Expand):
            return (yield from self._expand(unit))
        outcome = yield from self._settle_or_send(unit)
        return [outcome], []

    def _expand(self, unit: _Expand) -> Plan[_Done]:
        """An item's redemptions, from the journal, or (first time) from the order or the item itself."""
        entries = self.journal.entries(unit.item)
        if not entries and not self.journal.is_expanded(unit.item):
            if unit.kind == REDEMPTION:
                self.journal.expand(unit.item, None, [(unit.item, None)])
            else:
                try:
                    order = yield from self._call(self.calls.get_order(unit.item))
                except VoucherifyError as error:
                    redact_exception(error, self.calls.secrets)
                    # Not journaled: reading an order applies nothing, so the next run reads it again.
                    return [RollbackOutcome.from_error(unit.item, error, item=unit.item, order_id=unit.item)], []
                known = []
                for found in order_redemptions(order):
                    before = None
                    if found.rollback_id is not None:
                        before = RollbackOutcome(
                            found.redemption_id,
                            ALREADY_ROLLED_BACK,
                            item=unit.item,
                            order_id=order.id,
                            rollback_id=found.rollback_id,
                        ).to_dict()
                    known.append((found.redemption_id, before))
                self.journal.expand(unit.item, order.id, known)
            entries = self.journal.entries(unit.item)
        return [], list(entries)

    def _settle_or_send(self, entry: Entry) -> Plan[RollbackOutcome]:
        if entry.state == DONE and entry.outcome is not None:
            return RollbackOutcome.from_dict(entry.outcome, resumed=True)
        if entry.state in UNSETTLED:
            settled = yield from self._settle(entry, entry.first_intent)
            if settled is not None:
                return self._record(settled)
        outcome = yield from self._send(entry)
        return self._record(outcome)

    def _send(self, entry: Entry) -> Plan[RollbackOutcome]:
        self.journal.intent(entry.redemption_id)
        where: dict[str, Any] = {"item": entry.item, "order_id": entry.order_id}
        try:
            result = yield from self._call(self.calls.rollback(entry.redemption_id))
        except AlreadyRolledBackError as refused:
            redact_exception(refused, self.calls.secrets)
            if entry.first_intent is not None:  # an earlier run's attempt may be what rolled it back
                settled = yield from self._settle(entry, entry.first_intent)
                if settled is not None:
                    return settled
            return RollbackOutcome.from_error(entry.redemption_id, refused, **where)
        except VoucherifyError as error:
            redact_exception(error, self.calls.secrets)
            return RollbackOutcome.from_error(entry.redemption_id, error, **where)
        except ValueError as refused:  # an id an order named that no request path can carry: nothing was sent
            unusable = MalformedResponseError(f"the order names a redemption id no request can carry: {refused}")
            return RollbackOutcome.from_error(entry.redemption_id, unusable, **where)
        return RollbackOutcome(entry.redemption_id, ROLLED_BACK, result=result, **where)

    def _settle(self, entry: Entry, since: float | None) -> Plan[RollbackOutcome | None]:
        """The outcome of an earlier attempt, by a look-up: None when the redemption is provably not rolled back."""
        where: dict[str, Any] = {"item": entry.item, "order_id": entry.order_id}
        try:
            found = yield from self._call(self.calls.find_rollback(entry.redemption_id))
        except NotFoundError as error:
            redact_exception(error, self.calls.secrets)
            return RollbackOutcome.from_error(entry.redemption_id, error, **where)
        except VoucherifyError as error:
            redact_exception(error, self.calls.secrets)
            unknown = RollbackOutcomeUnknownError(entry.redemption_id, error, f"the look-up failed: {error}")
            return RollbackOutcome.from_error(entry.redemption_id, unknown, **where)
        if found is None:
            return None
        ours = self._ours(found, since)
        status = ROLLED_BACK if ours else ALREADY_ROLLED_BACK
        return RollbackOutcome(entry.redemption_id, status, result=found, recovered=ours, **where)

    def _ours(self, found: RollbackResult, since: float | None) -> bool:
        rollback = found.parent_rollback or (found.rollbacks[0] if found.rollbacks else None)
        if rollback is None or since is None or rollback.date is None:
            return False
        if (rollback.reason or "") != (self.reason or ""):
            return False
        if self.tracking_id is not None and rollback.tracking_id != self.tracking_id:
            return False
        return rollback.date.timestamp() >= since - BULK_CLOCK_TOLERANCE

    def _record(self, outcome: RollbackOutcome) -> RollbackOutcome:
        self.journal.outcome(outcome.redemption_id, _state(outcome), outcome.to_dict())
        return outcome


def _state(outcome: RollbackOutcome) -> str:
    """The journal state an outcome leaves: unknown and passing failures are looked at again by a resumed run."""
    if outcome.status == OUTCOME_UNKNOWN:
        return UNKNOWN
    if outcome.status == FAILED and isinstance(outcome.error, RateLimitError | APIConnectionError | ServerError):
        return RETRY
    return DONE
