"""`rollback_many` (both clients): roll back thousands of redemptions, or orders' redemptions, resumably.

Every redemption goes through `rollback_stacked` (retries and recovery included) with each attempt's intent, end
and outcome in a `Journal`, so a run killed at any point (`kill -9`, a power cut) is resumed by running it again
with the same journal: known outcomes are reported, not sent again; a redemption whose rollback was in flight is
settled with `find_rollback` first, and sent only when it is provably not rolled back.

The journal is bound to the host, the account and the input it was made for (another one is refused with
JournalMismatchError unless the run rebinds it), and holds one marker per run (`core.markers`), sent in every
rollback's metadata. A resumed run never claims a rollback on circumstantial evidence: a rollback found by a
look-up is the run's own (`rolled_back`, `recovered=True`) only when it carries the run's marker; one carrying
another marker, or none and dated outside every recorded attempt window (less `BULK_CLOCK_TOLERANCE`), is someone
else's (`already_rolled_back`, with its id); one without a marker dated within an attempt window is
"authorship_unknown". `multiple_requests` (an earlier attempt may still be running on the server) is waited for
and settled again within `BULK_IN_FLIGHT_WAITS`, else left `outcome_unknown` for a later run to settle. A child
redemption given as an item is rolled back through its parent, reported for the line that named it. Workers share
one `RateLimiter`, which counts every HTTP request.

The loop that hands units to the workers reads the input a batch ahead (`claim_batch`) and claims them in one
journal write, which the first worker to send one of them commits and fsyncs for all (the loop itself never waits
for the disk); the workers keep each outcome in memory, and the loop writes all those known in one write and one
commit before reporting them. A kill can thus leave at most two batches of claims whose requests never left: the
resumed run looks each up before sending it. A run that ends early (the caller stops iterating) takes them back.
"""

from __future__ import annotations

import collections
import dataclasses
import itertools
import queue
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

import httpx

from .._constants import (
    BULK_CLAIM_AHEAD,
    BULK_CLAIM_BATCH,
    BULK_CLOCK_TOLERANCE,
    BULK_IN_FLIGHT_WAITS,
    MAX_CONCURRENCY,
)
from ..core.markers import marker_of
from ..core.plans import Action, Outcome, Plan, Request, Sleep
from ..errors import (
    AlreadyRolledBackError,
    APIConnectionError,
    InvalidArgumentError,
    InvalidRedemptionParentError,
    MalformedResponseError,
    MultipleRequestsError,
    NotFoundError,
    RateLimitError,
    RollbackOutcomeUnknownError,
    ServerError,
    VoucherifyError,
)
from ..errors.redaction import redact_exception
from ..operations.orders import order_redemptions
from ..operations.outcomes import (
    ALREADY_ROLLED_BACK,
    AUTHORSHIP_UNKNOWN,
    FAILED,
    OUTCOME_UNKNOWN,
    ROLLED_BACK,
    RollbackOutcome,
    fields_of,
)
from ..operations.records import Order, Redemption, Rollback
from ..operations.redemptions import check_id
from ..operations.results import RollbackResult, answer_of
from .journal import DONE, RETRY, UNKNOWN, UNSETTLED, Attempt, Entry, Journal, OutcomeRecord
from .ratelimit import RateLimiter

T = TypeVar("T")

ORDER, REDEMPTION = "order", "redemption"
# Who made a rollback a look-up found, as far as the journal can prove it.
OURS, THEIRS, UNPROVEN = "ours", "theirs", "unproven"


@dataclasses.dataclass(frozen=True)
class BulkCalls:
    """The plans of the calls a bulk run makes (each with the client's options), and the client's secrets, which
    the errors kept in outcomes are scrubbed of. `rollback` takes the run's marker (None: send none)."""

    rollback: Callable[[str, str | None], Plan[RollbackResult]]
    find_rollback: Callable[[str], Plan[RollbackResult | None]]
    get_order: Callable[[str], Plan[Order]]
    get_redemption: Callable[[str], Plan[Redemption | Rollback]]
    secrets: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True)
class Target:
    """Where a run sends: the API host and the account (app id, or the bearer token, which the journal keeps only
    as a salted fingerprint)."""

    host: str
    app_id: str | None
    bearer_token: str | None = dataclasses.field(default=None, repr=False)


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
    target: Target,
    reason: str | None = None,
    tracking_id: str | None = None,
    marker: bool = True,
    rebind: bool = False,
) -> BulkRun:
    """Check the arguments and open the journal now (errors are raised here, not on the first outcome):
    ConfigurationError when it is unusable or held by another run, JournalMismatchError when it was made for
    another host, account or input (unless `rebind`)."""
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or not 1 <= concurrency <= MAX_CONCURRENCY:
        raise InvalidArgumentError(
            f"concurrency must be an integer from 1 to {MAX_CONCURRENCY}", argument="concurrency"
        )
    if isinstance(items, str):
        raise InvalidArgumentError("items must be an iterable of ids, not one string", argument="items")
    book = Journal(journal)
    try:
        # Staged in the journal's temporary table, not in a list: memory does not grow with the input.
        digest = book.stage_input(parse_item(item) for item in items)
        book.check_settings({"reason": reason, "tracking_id": tracking_id})
        host = target.host.rstrip("/")
        book.bind(host=host, app_id=target.app_id, bearer_token=target.bearer_token, digest=digest, rebind=rebind)
        run_marker = book.marker(create=marker) if marker else None
        book.add_staged_items()
    except BaseException:
        book.close()
        raise
    return BulkRun(calls, book, limiter, book.staged_items(), concurrency, run_marker)


@dataclasses.dataclass(frozen=True)
class _Expand:
    item: str
    kind: str


@dataclasses.dataclass(frozen=True)
class _Claimed:
    """A redemption item recorded with its first intent (`BulkRun._read_ahead`): send it once `ticket` is durable."""

    entry: Entry
    ticket: int


_Unit = _Expand | _Claimed | Entry


_Done = tuple[list[RollbackOutcome], list[_Unit]]


@dataclasses.dataclass(frozen=True)
class _Durable:
    """A unit's step: wait until the journal write `ticket` (an intent) is committed and on disk (the runner's
    drivers do it, never the HTTP driver)."""

    ticket: int


# A unit's plan: HTTP actions for the client's driver, and waits for the journal.
_Steps = Generator[Action | _Durable, Outcome, T]


def _one(action: Action) -> Plan[Outcome]:
    """A plan of one action: the client's driver performs it and returns what came of it."""
    return (yield action)


class BulkRun:
    """One bulk run: each unit of work (expanding an item, settling or sending one redemption) is a plan, written
    once; `outcomes` drives `concurrency` of them at a time on threads for the sync client, `outcomes_async` in a
    task group for the async one. Each is a pool refilled as a unit ends: a slow rollback holds only its own slot."""

    def __init__(
        self,
        calls: BulkCalls,
        journal: Journal,
        limiter: RateLimiter,
        items: Iterable[tuple[str, str]],
        concurrency: int,
        marker: str | None,
    ) -> None:
        self.calls, self.journal, self.limiter = calls, journal, limiter
        self.items, self.concurrency, self.marker = items, concurrency, marker
        # Items whose redemption another item holds (a child's parent, say): (item, that redemption's id, whether
        # an earlier run found so); each is reported with the holder's outcome once the run has ended.
        self._followers: list[tuple[str, str, bool]] = []
        self._syncing: Any = None  # the async run's commit under way (`_durable_async`): an anyio Event, set when done
        self._records: collections.deque[OutcomeRecord] = collections.deque()  # outcomes known, not written yet

    def outcomes(self, run: Callable[[Plan[Outcome]], Outcome]) -> Generator[RollbackOutcome, None, None]:
        """Drive the run with `run` (a sync driver) on `concurrency` threads, yielding outcomes as they complete.
        Closing the iterator early sends nothing more and waits for the rollbacks in flight (their outcomes are
        journaled, for a later run to report)."""
        units: collections.deque[_Unit] = collections.deque()  # expanded ones, ahead of the items read ahead
        ahead: collections.deque[_Unit] = collections.deque()  # items read ahead, each claimed or to expand
        source = iter(self.items)
        ended: queue.SimpleQueue[Future[_Done]] = queue.SimpleQueue()
        try:
            with ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="voucherify-bulk") as pool:
                running: dict[Future[_Done], _Unit] = {}
                found: list[RollbackOutcome] = []
                try:
                    while True:
                        while len(running) < self.concurrency:
                            unit = units.popleft() if units else ahead.popleft() if ahead else None
                            if unit is None:
                                if not self._read_ahead(source, ahead):
                                    break
                                continue
                            future = pool.submit(self._drive_sync, run, self._work(unit))
                            running[future] = unit
                            future.add_done_callback(ended.put)
                        if not units and len(ahead) < self.concurrency:
                            self._read_ahead(source, ahead)
                        if found:  # the slots are refilled first: the caller's work on these holds none of them
                            yield from self._reported(found)
                            found = []
                            continue
                        if not running:
                            break
                        future = ended.get()
                        while True:  # every unit ended by now: their outcomes share one write and one commit
                            del running[future]
                            done, more = future.result()
                            units.extendleft(reversed(more))
                            found.extend(done)
                            try:
                                future = ended.get_nowait()
                            except queue.Empty:
                                break
                finally:
                    for future, unit in running.items():
                        if future.cancel():  # queued ones; running ones finish and record their outcome
                            ahead.append(unit)
                    self._unclaim(ahead)
            self._write_records()
            yield from self._follower_outcomes()
        finally:
            self._close()

    async def outcomes_async(
        self, run: Callable[[Plan[Outcome]], Awaitable[Outcome]]
    ) -> AsyncGenerator[RollbackOutcome, None]:
        """Drive the run with `run` (an async driver), `concurrency` units at a time, yielding outcomes as they
        complete. Closing the iterator early (`aclose`, or leaving `async for` in a closing context) sends nothing
        more and waits for the rollbacks in flight, so none is left half-driven; cancelling it cancels them."""
        import anyio

        units: collections.deque[_Unit] = collections.deque()  # expanded ones, ahead of the items read ahead
        ahead: collections.deque[_Unit] = collections.deque()  # items read ahead, each claimed or to expand
        source = iter(self.items)
        # Each unit's task sends one message when it ends: its result, its error, or None when it was cancelled.
        send, receive = anyio.create_memory_object_stream[_Done | BaseException | None](self.concurrency)
        closed = False
        try:
            async with anyio.create_task_group() as group:
                running = 0
                found: list[RollbackOutcome] = []
                try:
                    while True:
                        while running < self.concurrency:
                            unit = units.popleft() if units else ahead.popleft() if ahead else None
                            if unit is None:
                                if not self._read_ahead(source, ahead):
                                    break
                                continue
                            group.start_soon(self._task, run, unit, send)
                            running += 1
                        if not units and len(ahead) < self.concurrency:
                            self._read_ahead(source, ahead)
                        if found:  # the slots are refilled first, as in `outcomes`
                            taken, found = found, []
                            for outcome in self._reported(taken):
                                try:
                                    yield outcome
                                except GeneratorExit:  # closed by the caller: end the task group cleanly first
                                    closed = True
                                    break
                            if closed:
                                break
                            continue
                        if not running:
                            break
                        messages = [await receive.receive()]
                        while running > len(messages):  # every unit ended by now: one write and one commit
                            try:
                                messages.append(receive.receive_nowait())
                            except anyio.WouldBlock:
                                break
                        running -= len(messages)
                        for message in messages:
                            if isinstance(message, BaseException):
                                raise message
                            if message is not None:
                                units.extendleft(reversed(message[1]))
                                found.extend(message[0])
                except anyio.get_cancelled_exc_class():
                    # This task was cancelled (asyncio.timeout, say): so are the units, which a close would let end.
                    group.cancel_scope.cancel()
                    raise
                finally:
                    self._unclaim(ahead)
                    with anyio.CancelScope(shield=True):
                        for _ in range(running):
                            await receive.receive()
            self._write_records()
            if closed:
                return
            for outcome in self._follower_outcomes():
                yield outcome
        finally:
            send.close()
            receive.close()
            self._close()

    def _read_ahead(self, source: Iterator[tuple[str, str]], ahead: collections.deque[_Unit]) -> bool:
        """Read a batch of items more into `ahead` (False: the input is exhausted), the redemption items met for
        the first time claimed (recorded with their first intent) in one write, not waited for: the first worker to
        send one of them commits and fsyncs the write (`_Durable`), the others find it done or share it. Reading
        ahead costs a resumed run at most two batches of look-ups after a kill (intents whose requests never left),
        and saves a commit and an fsync per item."""
        read = list(itertools.islice(source, claim_batch(self.concurrency, self.limiter.ceiling)))
        if not read:
            return False
        redemptions = [item for item, kind in read if kind == REDEMPTION]
        claimed, ticket = self.journal.claim(redemptions, marker=self.marker) if redemptions else ({}, 0)
        for item, kind in read:
            entry = claimed.get(item) if kind == REDEMPTION else None
            ahead.append(_Claimed(entry, ticket) if entry is not None else _Expand(item, kind))
        return True

    def _unclaim(self, ahead: collections.deque[_Unit]) -> None:
        """Take back the claims of the items read ahead and never begun (the run ends early): none was sent."""
        self.journal.unclaim(unit.entry.redemption_id for unit in ahead if isinstance(unit, _Claimed))
        ahead.clear()

    async def _task(
        self,
        run: Callable[[Plan[Outcome]], Awaitable[Outcome]],
        unit: _Unit,
        send: Any,
    ) -> None:
        ended: _Done | BaseException | None = None
        requested: list[bool] = []  # one entry once the unit has handed a request to the client
        try:
            ended = await self._drive_async(run, self._work(unit), requested)
        except Exception as error:  # reported to the loop, which raises it
            ended = error
        finally:
            try:
                if ended is None and not requested and isinstance(unit, _Claimed):
                    # Cancelled before its request could leave (waiting for its claim's commit, say): taken back,
                    # as the items read ahead are, so a later run neither looks it up nor counts it as sent.
                    self.journal.unclaim([unit.entry.redemption_id])
            finally:
                send.send_nowait(ended)  # the loop counts on one message per unit, whatever happened

    def _drive_sync(self, run: Callable[[Plan[Outcome]], Outcome], steps: _Steps[T]) -> T:
        outcome: Outcome = None
        while True:
            try:
                step = steps.send(outcome)
            except StopIteration as stop:
                result: T = stop.value
                return result
            if isinstance(step, _Durable):
                self.journal.commit_through(step.ticket)
                outcome = None
            else:
                outcome = run(_one(step))

    async def _drive_async(
        self, run: Callable[[Plan[Outcome]], Awaitable[Outcome]], steps: _Steps[T], requested: list[bool]
    ) -> T:
        import anyio.lowlevel

        outcome: Outcome = None
        while True:
            try:
                step = steps.send(outcome)
            except StopIteration as stop:
                result: T = stop.value
                return result
            if isinstance(step, _Durable):
                await self._durable_async(step.ticket)
                outcome = None
            else:
                if not requested and isinstance(step, Request):
                    # A cancellation pending now (delivered while the unit waited for a thread, say) ends the unit
                    # here, before the client has its request: nothing can have left.
                    await anyio.lowlevel.checkpoint_if_cancelled()
                    requested.append(True)
                outcome = await run(_one(step))

    async def _durable_async(self, ticket: int) -> None:
        """Return once the journal write `ticket` is committed and on disk. One task at a time commits, on a thread
        (the others keep writing and sending meanwhile), everything written so far; the tasks that wrote while it
        synced share the next commit: one thread hop and one fsync for many intents."""
        import anyio

        while not self.journal.is_durable(ticket):
            syncing = self._syncing
            if syncing is not None:
                await syncing.wait()
                continue
            self._syncing = done = anyio.Event()
            try:
                await anyio.to_thread.run_sync(self.journal.commit_through, self.journal.written)
            finally:
                self._syncing = None
                done.set()

    def _call(self, plan: Plan[T]) -> _Steps[T]:
        return (yield from metered(plan, self.limiter))

    def _work(self, unit: _Unit) -> _Steps[_Done]:
        if isinstance(unit, _Claimed):  # its first intent is written already (`_read_ahead`)
            outcome = yield from self._settle_or_send(unit.entry, intent=(1, unit.ticket))
            return ([] if outcome is None else [outcome]), []
        if isinstance(unit, _Expand):
            found, entries = yield from self._expand(unit)
            if len(entries) != 1 or not isinstance(entries[0], Entry):  # an order's redemptions: a slot each
                return found, entries
            unit = entries[0]  # a redemption item: sent in the same slot, not queued behind every other item
        outcome = yield from self._settle_or_send(unit)
        return ([] if outcome is None else [outcome]), []

    def _expand(self, unit: _Expand) -> _Steps[_Done]:
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
        if not entries and unit.kind == REDEMPTION:  # another item holds it (as a child's parent, say)
            self._followers.append((unit.item, unit.item, False))
        return [], list(entries)

    def _settle_or_send(self, entry: Entry, intent: tuple[int, int] | None = None) -> _Steps[RollbackOutcome | None]:
        if entry.parent_id is not None:  # a child resolved to its parent by an earlier run
            parent = self.journal.entry(entry.parent_id)
            if parent is not None and parent.item != entry.item:
                self._followers.append((entry.item, entry.parent_id, True))
            return None  # else the parent's own entry, under this item, reports for it
        if entry.state == DONE and entry.outcome is not None:
            return _from_journal(entry.outcome, resumed=True)
        if entry.state in UNSETTLED:
            settled = yield from self._settle(entry)
            if settled is not None:
                return self._record(settled)
        outcome, ended = yield from self._send(entry, intent)
        return outcome if outcome is None else self._record(outcome, ended=ended)

    def _send(
        self, entry: Entry, intent: tuple[int, int] | None = None
    ) -> _Steps[tuple[RollbackOutcome | None, int | None]]:
        """Send the rollback once more (the call retries and recovers within itself) and read what came of it: the
        outcome, and the attempt to end with its write (None: ended already, or not to be ended). `intent`: the
        attempt's (number, ticket) when its intent is written already (`Journal.claim`)."""
        number, ticket = intent or self.journal.queue_intent(entry.redemption_id, self.marker, after=entry.attempts)
        yield _Durable(ticket)  # the intent is on disk before the request leaves
        outcome = yield from self._sent(entry, number)
        return outcome

    def _sent(self, entry: Entry, number: int) -> _Steps[tuple[RollbackOutcome | None, int | None]]:
        where: dict[str, Any] = {"item": entry.item, "order_id": entry.order_id}
        try:
            result = yield from self._call(self.calls.rollback(entry.redemption_id, self.marker))
        except RollbackOutcomeUnknownError as unknown:
            # No end recorded: an attempt of this call may still be applied on the server at any time.
            redact_exception(unknown, self.calls.secrets)
            return RollbackOutcome.from_error(entry.redemption_id, unknown, **where), None
        except AlreadyRolledBackError as refused:
            self.journal.end_attempt(entry.redemption_id, number)
            redact_exception(refused, self.calls.secrets)
            return (yield from self._rolled_back_before(entry, refused, number)), None
        except MultipleRequestsError as busy:
            self.journal.end_attempt(entry.redemption_id, number)
            redact_exception(busy, self.calls.secrets)
            return (yield from self._wait_in_flight(entry, busy, number)), None
        except InvalidRedemptionParentError as child:
            self.journal.end_attempt(entry.redemption_id, number)
            redact_exception(child, self.calls.secrets)
            return (yield from self._through_parent(entry, child)), None
        except VoucherifyError as error:
            self.journal.end_attempt(entry.redemption_id, number)
            redact_exception(error, self.calls.secrets)
            return RollbackOutcome.from_error(entry.redemption_id, error, **where), None
        except ValueError as refused:  # an id an order named that no request path can carry: nothing was sent
            self.journal.end_attempt(entry.redemption_id, number)
            unusable = MalformedResponseError(f"the order names a redemption id no request can carry: {refused}")
            return RollbackOutcome.from_error(entry.redemption_id, unusable, **where), None
        if result.recovered:  # the call's recovery found a rollback after a lost answer: the marker must say whose
            self.journal.end_attempt(entry.redemption_id, number)
            return self._judged(entry, result), None
        # Ended with the outcome's own write.
        return RollbackOutcome(entry.redemption_id, ROLLED_BACK, result=result, **where), number

    def _settle(self, entry: Entry) -> _Steps[RollbackOutcome | None]:
        """The outcome of earlier attempts, by a look-up: None when the redemption is provably not rolled back."""
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
        return self._judged(entry, found)

    def _rolled_back_before(
        self, entry: Entry, refused: AlreadyRolledBackError, attempt: int
    ) -> _Steps[RollbackOutcome]:
        """Refused as rolled back: the rollback (found by the call, else looked up now), judged by the journal.
        When the call proved it is not the author (`made_by_this_call` False), or found no rollback (none of its
        attempts may have applied), this attempt is no author."""
        found = refused.result if isinstance(refused.result, RollbackResult) else None
        applied_nothing = found is None or refused.made_by_this_call is False
        if found is None:
            try:
                found = yield from self._call(self.calls.find_rollback(entry.redemption_id))
            except VoucherifyError as error:  # the refusal stands; only the rollback's id is missing
                redact_exception(error, self.calls.secrets)
        if found is None:
            return RollbackOutcome.from_error(entry.redemption_id, refused, item=entry.item, order_id=entry.order_id)
        return self._judged(entry, found, refused, not_by=attempt if applied_nothing else None)

    def _wait_in_flight(self, entry: Entry, busy: MultipleRequestsError, attempt: int) -> _Steps[RollbackOutcome]:
        """`multiple_requests`: another request (an earlier attempt of this run's, killed, maybe) is rolling the
        redemption back right now. Wait for it and look again; never "failed" while it may be ours. (This attempt,
        refused, applied nothing.)"""
        where: dict[str, Any] = {"item": entry.item, "order_id": entry.order_id}
        for delay in BULK_IN_FLIGHT_WAITS:
            yield Sleep(delay)
            try:
                found = yield from self._call(self.calls.find_rollback(entry.redemption_id))
            except VoucherifyError as error:
                redact_exception(error, self.calls.secrets)
                continue
            if found is not None:
                return self._judged(entry, found, not_by=attempt)
        if entry.attempts:  # an earlier attempt of this run may be the request in flight: a later run settles it
            why = "another request, maybe an earlier attempt of this run, was still rolling it back"
            unknown = RollbackOutcomeUnknownError(entry.redemption_id, busy, why)
            return RollbackOutcome.from_error(entry.redemption_id, unknown, **where)
        return RollbackOutcome.from_error(entry.redemption_id, busy, **where)

    def _through_parent(self, entry: Entry, child: InvalidRedemptionParentError) -> _Steps[RollbackOutcome | None]:
        """A child redemption was named: roll back its parent instead (once, whichever item names it), and report
        the parent's outcome for the item that named the child."""
        where: dict[str, Any] = {"item": entry.item, "order_id": entry.order_id}
        try:
            found = yield from self._call(self.calls.get_redemption(entry.redemption_id))
        except VoucherifyError as error:
            redact_exception(error, self.calls.secrets)
            return RollbackOutcome.from_error(entry.redemption_id, child, **where)
        parent_id = found.redemption if isinstance(found, Redemption) else None
        if not parent_id or parent_id == entry.redemption_id:
            return RollbackOutcome.from_error(entry.redemption_id, child, **where)
        parent = self.journal.resolve_child(entry.redemption_id, parent_id)
        if parent.item != entry.item:  # another item holds the parent: its outcome is reported at the end
            self._followers.append((entry.item, parent_id, False))
            return None
        return (yield from self._settle_or_send(parent))

    def _judged(
        self,
        entry: Entry,
        found: RollbackResult,
        refused: AlreadyRolledBackError | None = None,
        *,
        not_by: int | None = None,
    ) -> RollbackOutcome:
        """A rollback found for `entry`, as the journal's attempts (but attempt `not_by`, refused) prove it: the
        run's own, someone else's, or unproven (never claimed)."""
        where: dict[str, Any] = {"item": entry.item, "order_id": entry.order_id}
        current = self.journal.entry(entry.redemption_id)
        recorded = current.attempts if current is not None else entry.attempts
        attempts = [a for a in recorded if a.number != not_by or not_by is None]
        markers = {a.marker for a in recorded if a.marker} | ({self.marker} if self.marker else set())
        rollback = found.parent_rollback or (found.rollbacks[0] if found.rollbacks else None)
        author = authorship(rollback, attempts, markers)
        if author == OURS:
            found.recovered = True
            return RollbackOutcome(entry.redemption_id, ROLLED_BACK, result=found, recovered=True, **where)
        if author == THEIRS:
            found.recovered = False
            return RollbackOutcome(entry.redemption_id, ALREADY_ROLLED_BACK, result=found, error=refused, **where)
        found.recovered = False
        return RollbackOutcome(entry.redemption_id, AUTHORSHIP_UNKNOWN, result=found, **where)

    def _follower_outcomes(self) -> Iterator[RollbackOutcome]:
        """For each item that named a child whose parent another item holds: the parent's outcome, as recorded."""
        for item, parent_id, resumed in self._followers:
            parent = self.journal.entry(parent_id)
            while parent is not None and parent.parent_id is not None:  # itself a child, resolved
                parent = self.journal.entry(parent.parent_id)
            if parent is not None and parent.outcome is not None:
                yield _from_journal({**parent.outcome, "item": item}, resumed=resumed)

    def _reported(self, found: list[RollbackOutcome]) -> list[RollbackOutcome]:
        """`found`, once their outcomes are written and committed (one write and one commit for all the outcomes
        known so far, and for whatever else was written meanwhile): an outcome is reported only once a kill cannot
        lose it. (Committed, not fsynced: a power cut losing it costs a look-up, no more.)"""
        self._write_records()
        self.journal.commit_through(self.journal.written, sync=False)
        return found

    def _record(self, outcome: RollbackOutcome, *, ended: int | None = None) -> RollbackOutcome:
        """Keep the outcome (and the end of attempt `ended`, now) for the journal's next write of outcomes
        (`_write_records`, before it is reported); nothing of the unit that made it reads it back meanwhile."""
        result = outcome.result
        answer = answer_of(result) if isinstance(result, RollbackResult) else None
        if answer is None:
            record = self.journal.outcome_record(outcome.redemption_id, _state(outcome), outcome.to_dict(), ended=ended)
        else:  # the answer kept as it came, with the result's own fields: not re-encoded
            own = {"recovered": result.recovered, "request_id": result.request_id, "status_code": result.status_code}
            data = fields_of(outcome, own)
            ids = [r.id for r in ([result.parent_rollback] if result.parent_rollback else []) + result.rollbacks]
            record = self.journal.outcome_record(
                outcome.redemption_id,
                _state(outcome),
                data,
                answer=answer,
                rollback_ids=dict.fromkeys(i for i in ids if isinstance(i, str)),
                ended=ended,
            )
        self._records.append(record)  # a deque: appends from any worker thread are safe
        return outcome

    def _write_records(self) -> None:
        """Write the outcomes kept so far (`_record`), in one write (uncommitted)."""
        records: list[OutcomeRecord] = []
        while self._records:
            records.append(self._records.popleft())
        self.journal.queue_outcomes(records)

    def _close(self) -> None:
        """Write the outcomes kept and close the journal (which commits them)."""
        try:
            self._write_records()
        finally:
            self.journal.close()


def claim_batch(concurrency: int, ceiling: tuple[int, float] | None = None) -> int:
    """How many items a run at `concurrency` reads ahead and claims in one journal write: `BULK_CLAIM_AHEAD` times
    its concurrency, at most `BULK_CLAIM_BATCH`, and no more than a second's requests at `ceiling` (requests,
    seconds: the rate limiter's), so that an intent is not written long before its request can leave; never fewer
    than `concurrency`."""
    batch = min(BULK_CLAIM_BATCH, BULK_CLAIM_AHEAD * concurrency)
    if ceiling is not None:
        batch = min(batch, int(ceiling[0] / ceiling[1]))
    return max(concurrency, batch)


def authorship(rollback: Rollback | None, attempts: Iterable[Attempt], markers: Iterable[str]) -> str:
    """Who made `rollback`, as a run proves it: OURS when it carries one of the run's `markers` (unguessable, sent
    by no one else); THEIRS when it carries another marker, or none and is dated outside every one of `attempts`'
    windows (widened by BULK_CLOCK_TOLERANCE either side; an attempt without an end stays open); else UNPROVEN."""
    if rollback is None:
        return UNPROVEN
    found = marker_of(rollback.metadata)
    if found is not None:
        return OURS if found in set(markers) else THEIRS
    if rollback.date is None:
        return UNPROVEN
    when = rollback.date.timestamp()
    for attempt in attempts:
        opened = attempt.intent - BULK_CLOCK_TOLERANCE
        if opened <= when and (attempt.ended is None or when <= attempt.ended + BULK_CLOCK_TOLERANCE):
            return UNPROVEN
    return THEIRS


def _from_journal(data: dict[str, Any], *, resumed: bool) -> RollbackOutcome:
    return RollbackOutcome.from_dict(data, resumed=resumed)


def _state(outcome: RollbackOutcome) -> str:
    """The journal state an outcome leaves: unknown and passing failures are looked at again by a resumed run."""
    if outcome.status == OUTCOME_UNKNOWN:
        return UNKNOWN
    passing = RateLimitError | APIConnectionError | ServerError | MultipleRequestsError
    if outcome.status == FAILED and isinstance(outcome.error, passing):
        return RETRY
    return DONE
