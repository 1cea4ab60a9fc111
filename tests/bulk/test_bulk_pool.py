"""rollback_many keeps `concurrency` calls in flight, refilled as each ends (no waves): a slow rollback holds only its
own slot, outcomes come as they complete, and closing the iterator early waits for the calls in flight (sync and
async). The journal group-commits: one commit holds every write made before it."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path
from typing import Any

from voucherify_rollbacks import RollbackOutcome
from voucherify_rollbacks.bulk.journal import Journal

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
