"""rollback_many keeps `concurrency` calls in flight, refilled as each ends (no waves): a slow rollback holds only its
own slot, outcomes come as they complete, and closing the iterator early waits for the calls in flight (sync and
async). The journal group-commits: one commit holds every write made before it; items are claimed a batch ahead (one
write and one fsync per batch), and a run killed with claims whose requests never left settles them by look-up."""

from __future__ import annotations

import asyncio
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import anyio
import pytest
from voucherify_rollbacks import RollbackOutcome
from voucherify_rollbacks.bulk.journal import Journal
from voucherify_rollbacks.bulk.runner import claim_batch

from tests.support.stacks import redeem_stacks

POST = ("POST", "rollback-stacked-redemptions")


def _assert_the_slow_one_came_last(ids: list[str], outcomes: list[RollbackOutcome]) -> None:
    # The delayed rollback is the first one sent, so one of the first four items' (concurrency 4). In waves it
    # would come out with its wave, within the first four outcomes; in a pool every other one passes it.
    assert sorted(o.redemption_id for o in outcomes) == sorted(ids)
    assert {o.status for o in outcomes} == {"rolled_back"}
    assert outcomes[-1].redemption_id in ids[:4]


def test_a_slow_rollback_holds_only_its_own_slot(sandbox: Any, tmp_path: Path) -> None:
    ids = redeem_stacks(sandbox, 41)
    sandbox.inject_fault("rollback-stacked-redemptions", "delay:3")
    with sandbox.client() as vf:
        outcomes = list(
            vf.rollback_many(ids, journal=str(tmp_path / "j.sqlite"), concurrency=4, requests_per_minute=None)
        )
    _assert_the_slow_one_came_last(ids, outcomes)


def test_a_slow_rollback_holds_only_its_own_slot_async(sandbox: Any, tmp_path: Path) -> None:
    ids = redeem_stacks(sandbox, 41)
    sandbox.inject_fault("rollback-stacked-redemptions", "delay:3")

    async def run() -> list[RollbackOutcome]:
        async with sandbox.async_client() as vf:
            many = vf.rollback_many(ids, journal=str(tmp_path / "j.sqlite"), concurrency=4, requests_per_minute=None)
            return [o async for o in many]

    _assert_the_slow_one_came_last(ids, asyncio.run(run()))


def test_closing_a_sync_run_early_waits_for_the_calls_in_flight_and_resumes(sandbox: Any, tmp_path: Path) -> None:
    ids = redeem_stacks(sandbox, 8)
    journal = str(tmp_path / "j.sqlite")
    with sandbox.client() as vf:
        outcomes = vf.rollback_many(ids, journal=journal, concurrency=3, requests_per_minute=None)
        taken = [next(outcomes), next(outcomes)]
        outcomes.close()  # type: ignore[attr-defined]
        posts = sandbox.seen[POST]
        with Journal(journal) as book:  # every rollback sent has its outcome: none left in flight
            counts = book.counts()
        assert set(counts) <= {"done", "pending"} and counts["done"] == posts >= len(taken)
        again = list(vf.rollback_many(ids, journal=journal, requests_per_minute=None))
    assert sum(o.resumed for o in again) == posts and len(again) == 8
    assert all(sandbox.count_rollbacks(i) == 1 for i in ids)


@pytest.mark.parametrize("client", ["sync", "async"])
def test_outcomes_are_reported_as_they_end_while_a_slow_rollback_runs(
    sandbox: Any, tmp_path: Path, client: str
) -> None:
    ids = redeem_stacks(sandbox, 4)
    sandbox.inject_fault("rollback-stacked-redemptions", "delay:3")  # the first rollback to reach the sandbox
    journal = str(tmp_path / "j.sqlite")
    got: list[tuple[str, dict[str, int]]] = []  # each outcome, and every redemption's rollbacks when it came

    def note(outcome: RollbackOutcome) -> None:
        got.append((outcome.redemption_id, {i: sandbox.count_rollbacks(i) for i in ids}))

    if client == "sync":
        with sandbox.client() as vf:
            for outcome in vf.rollback_many(ids, journal=journal, concurrency=2, requests_per_minute=None):
                note(outcome)
    else:

        async def run() -> None:
            async with sandbox.async_client() as vf:
                async for outcome in vf.rollback_many(ids, journal=journal, concurrency=2, requests_per_minute=None):
                    note(outcome)

        asyncio.run(run())
    slow = got[-1][0]
    assert sorted(i for i, _ in got) == sorted(ids)
    # The three fast ones (one slot between them) are reported while the slow one still waits to be applied.
    assert [counts[slow] for _, counts in got] == [0, 0, 0, 1]


def test_one_commit_holds_every_write_made_before_it(tmp_path: Path) -> None:
    path = str(tmp_path / "j.sqlite")
    with Journal(path) as book:
        book.add_items([("r1", "redemption"), ("r2", "redemption"), ("r3", "redemption")])
        for item in ("r1", "r2", "r3"):
            book.expand(item, None, [(item, None)])
        commits: list[str] = []
        book._db.set_trace_callback(lambda sql: commits.append(sql) if sql == "COMMIT" else None)
        tickets = [book.queue_intent(item, "m")[1] for item in ("r1", "r2", "r3")]
        assert not any(book.is_durable(t) for t in tickets)
        book.commit_through(tickets[0])
        assert all(book.is_durable(t) for t in tickets) and commits == ["COMMIT"]
        book.commit_through(tickets[2])  # already committed: no second commit
        assert commits == ["COMMIT"]
        with sqlite3.connect(path) as other:  # on disk, for any other reader
            assert other.execute("SELECT COUNT(*) FROM attempts").fetchone()[0] == 3


def test_every_column_the_journal_looks_up_by_is_indexed(tmp_path: Path) -> None:
    with Journal(str(tmp_path / "j.sqlite")) as book:
        for sql in (
            "SELECT * FROM redemptions WHERE item = ?",
            "SELECT * FROM redemptions WHERE redemption_id = ?",
            "SELECT * FROM redemptions WHERE state = ?",
            "SELECT * FROM items WHERE item = ?",
            "SELECT * FROM attempts WHERE redemption_id = ?",
            "SELECT * FROM run WHERE key = ?",
        ):
            plan = " ".join(str(row[-1]) for row in book._db.execute("EXPLAIN QUERY PLAN " + sql, ("x",)))
            assert "USING" in plan and "SCAN" not in plan, (sql, plan)


def test_closing_an_async_run_early_leaves_no_claim_of_a_request_never_sent(sandbox: Any, tmp_path: Path) -> None:
    ids = redeem_stacks(sandbox, 40)
    journal = str(tmp_path / "j.sqlite")

    async def first_two() -> None:
        async with sandbox.async_client() as vf:
            outcomes = vf.rollback_many(ids, journal=journal, concurrency=3, requests_per_minute=None)
            async for _ in outcomes:
                if sandbox.seen[POST] >= 2:
                    break
            await outcomes.aclose()  # type: ignore[attr-defined]

    asyncio.run(first_two())
    posts = sandbox.seen[POST]
    with Journal(journal) as book:  # the items read ahead and never begun are unclaimed: only real sends recorded
        counts = book.counts()
    assert set(counts) <= {"done", "sent"} and sum(counts.values()) == posts < len(ids)


@pytest.mark.parametrize("how", ["anyio cancel scope", "asyncio.wait_for"])
def test_cancelling_an_async_run_while_its_claims_commit_leaves_no_claim_and_sends_nothing(
    sandbox: Any, tmp_path: Path, monkeypatch: Any, how: str
) -> None:
    ids = redeem_stacks(sandbox, 6)
    journal = str(tmp_path / "j.sqlite")
    commit_through = Journal.commit_through

    def slow_commit(self: Journal, ticket: int, *, sync: bool = True) -> None:
        if sync:  # an intent's commit and fsync, on a disk that takes its time: every unit waits for it
            time.sleep(0.6)
        commit_through(self, ticket, sync=sync)

    monkeypatch.setattr(Journal, "commit_through", slow_commit)

    async def cancelled() -> None:
        async with sandbox.async_client() as vf:
            outcomes = vf.rollback_many(ids, journal=journal, concurrency=3, requests_per_minute=None)
            if how == "asyncio.wait_for":  # cancels only the task iterating; the run cancels its units itself
                with pytest.raises(TimeoutError):
                    await asyncio.wait_for(outcomes.__anext__(), 0.2)
            else:  # cancels every task in the scope, the units' too
                with anyio.move_on_after(0.2) as scope:
                    await outcomes.__anext__()
                assert scope.cancelled_caught

    asyncio.run(cancelled())
    assert sandbox.seen[POST] == 0
    with Journal(journal) as book:  # every unit was cancelled before its request left: no claim stays behind
        assert book.counts() == {}


# A run over the sandbox (its address and keys in argv) that dies (`os._exit`, as a kill would) the moment its first
# rollback would be sent: the claims written by then are on disk, and not one request has left.
KILLED_AFTER_CLAIMS = """
import os, sys
from voucherify_rollbacks import Voucherify
from voucherify_rollbacks.bulk import runner

def die(self, entry, number):
    os._exit(9)
    yield  # a generator, as `_sent` is

runner.BulkRun._sent = die
base_url, app_id, app_token, journal, ceiling, *ids = sys.argv[1:]
with Voucherify(base_url=base_url, app_id=app_id, app_token=app_token) as vf:
    pace = None if ceiling == "none" else int(ceiling)
    list(vf.rollback_many(ids, journal=journal, concurrency=4, requests_per_minute=pace))
"""


def test_claim_batches_grow_with_concurrency_within_a_second_of_the_ceiling() -> None:
    assert [claim_batch(c) for c in (1, 4, 8, 64)] == [4, 16, 32, 64]
    assert claim_batch(4, (100, 60.0)) == 4  # 1.7 requests a second: no further ahead than the slots
    assert claim_batch(8, (600, 60.0)) == 10 and claim_batch(8, (2000, 60.0)) == 32
    assert claim_batch(8, (100, 3600.0)) == 8  # Voucherify's sandbox projects: 100 calls an hour


@pytest.mark.parametrize("ceiling", [None, 120])
def test_claims_a_killed_run_never_sent_are_looked_up_then_sent_once(
    sandbox: Any, tmp_path: Path, ceiling: int | None
) -> None:
    # Items claimed per write at concurrency 4: four times the slots when the pace allows, else the slots alone.
    batch = claim_batch(4, None if ceiling is None else (ceiling, 60.0))
    assert batch == (16 if ceiling is None else 4)
    ids = redeem_stacks(sandbox, 2 * batch + 4)
    journal = str(tmp_path / "j.sqlite")
    args = [sandbox.base_url, sandbox.app_id, sandbox.app_token, journal, str(ceiling).lower(), *ids]
    died = subprocess.run([sys.executable, "-c", KILLED_AFTER_CLAIMS, *args], capture_output=True, timeout=60)
    assert died.returncode == 9, died.stderr.decode()
    assert sandbox.seen[POST] == 0
    with Journal(journal) as book:
        claimed = [entry.redemption_id for entry in book.entries_in("sent")]
    assert claimed in (ids[:batch], ids[: 2 * batch])  # one or two batches, each item with its intent, none sent
    gets_before = sum(n for (method, _), n in sandbox.seen.items() if method == "GET")
    with sandbox.client() as vf:
        again = list(vf.rollback_many(ids, journal=journal, concurrency=4, requests_per_minute=None))
    assert sorted(o.redemption_id for o in again) == sorted(ids)
    assert {o.status for o in again} == {"rolled_back"} and not any(o.resumed for o in again)
    assert all(sandbox.count_rollbacks(i) == 1 for i in ids) and sandbox.seen[POST] == len(ids)
    # Each claimed one was looked up first (provably not rolled back, then sent); the others were simply sent.
    assert sum(n for (method, _), n in sandbox.seen.items() if method == "GET") - gets_before == len(claimed)


def test_unclaim_takes_back_only_claims_nothing_has_touched(tmp_path: Path) -> None:
    with Journal(str(tmp_path / "j.sqlite")) as book:
        book.add_items([(item, "redemption") for item in ("r1", "r2", "r3", "r4")])
        claimed, ticket = book.claim(["r1", "r2", "r3", "r1"], marker="m")
        assert sorted(claimed) == ["r1", "r2", "r3"] and book.claim(["r1", "r4"], marker="m")[0].keys() == {"r4"}
        book.commit_through(ticket)
        # r2 was sent and ended
        book.queue_outcomes([book.outcome_record("r2", "done", {"status": "rolled_back"}, ended=1)])
        book.queue_intent("r3", "m")  # r3 is on its second attempt
        book.unclaim(["r1", "r2", "r3"])
        assert book.entries("r1") == [] and book.entry("r1") is None
        assert [a.number for a in book._entries("redemption_id = ?", ("r1",))] == []
        assert book.entry("r2") is not None and book.entry("r2").state == "done"  # type: ignore[union-attr]
        assert [a.number for a in book.entry("r3").attempts] == [1, 2]  # type: ignore[union-attr]
        assert book.claim(["r1"], marker="m")[0].keys() == {"r1"}  # claimable again, attempt number 1
        rows = book._db.execute("SELECT number FROM attempts WHERE redemption_id = 'r1'").fetchall()
    assert rows == [(1,)]
