"""AsyncVoucherify.rollback_many against the sandbox over real sockets: the same journal, outcomes and exactly-once
behaviour as the sync client, a run stopped early resumes, and the two clients resume each other's journals."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from voucherify_rollbacks import RollbackOutcome

from tests.support.stacks import redeem_stacks

POST = ("POST", "rollback-stacked-redemptions")


def test_async_run_rolls_back_each_once_and_the_sync_client_resumes_its_journal(sandbox: Any, tmp_path: Path) -> None:
    ids = redeem_stacks(sandbox, 7)
    journal = str(tmp_path / "j.sqlite")
    sandbox.inject_fault("rollback-stacked-redemptions", "drop-after-commit")

    async def run() -> list[RollbackOutcome]:
        async with sandbox.async_client() as vf:
            return [o async for o in vf.rollback_many(ids, journal=journal, concurrency=3, requests_per_minute=None)]

    outcomes = asyncio.run(run())
    assert sorted(o.redemption_id for o in outcomes) == sorted(ids)
    assert {o.status for o in outcomes} == {"rolled_back"}
    assert any(o.recovered for o in outcomes)  # the dropped answer was recovered by look-up
    assert all(sandbox.count_rollbacks(i) == 1 for i in ids)
    posts = sandbox.seen[POST]
    with sandbox.client() as vf:
        again = list(vf.rollback_many(ids, journal=journal, requests_per_minute=None))
    assert sandbox.seen[POST] == posts and all(o.resumed for o in again)


def test_an_async_run_stopped_early_leaves_nothing_in_flight_and_resumes(sandbox: Any, tmp_path: Path) -> None:
    from voucherify_rollbacks.bulk.journal import Journal

    ids = redeem_stacks(sandbox, 12)
    journal = str(tmp_path / "j.sqlite")

    async def first_two() -> list[RollbackOutcome]:
        taken: list[RollbackOutcome] = []
        async with sandbox.async_client() as vf:
            outcomes = vf.rollback_many(ids, journal=journal, concurrency=2, requests_per_minute=None)
            async for outcome in outcomes:
                taken.append(outcome)
                if len(taken) == 2:
                    break
            await outcomes.aclose()  # type: ignore[attr-defined]
        return taken

    taken = asyncio.run(first_two())
    assert len(taken) == 2
    with Journal(journal) as book:  # the rollbacks in flight at the break were awaited: none is left unsettled
        counts = book.counts()
    # Done: the two taken, those that ended with them (reported together, at most one per slot), and the two in
    # flight when the caller stopped; nothing was sent after.
    assert set(counts) <= {"done", "pending"} and 2 <= counts["done"] <= 2 + 2 * 2

    async def rest() -> list[RollbackOutcome]:
        async with sandbox.async_client() as vf:
            return [o async for o in vf.rollback_many(ids, journal=journal, requests_per_minute=None)]

    everything = asyncio.run(rest())
    assert sum(o.resumed for o in everything) == counts["done"] and len(everything) == 12
    assert all(sandbox.count_rollbacks(i) == 1 for i in ids)
