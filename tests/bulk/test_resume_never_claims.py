"""A resumed rollback_many never claims a rollback it cannot prove its own: only the run's marker proves it. Over
real sockets, against the sandbox (its clock shifted for support's rollbacks, its slow-commit fault for a killed
run's request still being processed)."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from voucherify_rollbacks import child_ids
from voucherify_rollbacks.bulk import runner
from voucherify_rollbacks.bulk.journal import Journal

from tests.bulk.killed_runs import killed_run_journal
from tests.support.stacks import redeem_stacks

POST = ("POST", "rollback-stacked-redemptions")


def _send_in_background(sandbox: Any, redemption_id: str, marker: str | None, reason: str | None) -> threading.Thread:
    """The killed run's own request, still being processed by the server after the run died."""

    def send() -> None:
        headers = {"X-App-Id": sandbox.app_id, "X-App-Token": sandbox.app_token}
        body = {"metadata": {"voucherify_rollbacks_marker": marker}} if marker else {}
        params = {"reason": reason} if reason else {}
        httpx.post(
            f"{sandbox.base_url}/v1/redemptions/{redemption_id}/rollbacks",
            json=body,
            params=params,
            headers=headers,
            timeout=30,
        )

    thread = threading.Thread(target=send, daemon=True)
    thread.start()
    return thread


def _wait_until_claimed(sandbox: Any, redemption_id: str) -> None:
    deadline = time.monotonic() + 5
    claims = sandbox._server.sandbox_app.operations.in_flight
    while redemption_id not in claims._ids:
        assert time.monotonic() < deadline
        time.sleep(0.01)


def test_a_killed_runs_request_still_in_flight_is_waited_for_and_reported_rolled_back(
    sandbox: Any, tmp_path: Path
) -> None:
    (parent,) = redeem_stacks(sandbox, 1)
    journal = str(tmp_path / "run.sqlite")
    marker = killed_run_journal(sandbox, journal, [parent], intents=[parent], reason="fraud")
    sandbox.inject_fault("rollback-stacked-redemptions", "slow-commit:2")
    in_flight = _send_in_background(sandbox, parent, marker, "fraud")
    _wait_until_claimed(sandbox, parent)
    with sandbox.client() as vf:  # restarted at once: the look-up finds nothing yet, the send meets multiple_requests
        (outcome,) = vf.rollback_many([parent], journal=journal, requests_per_minute=None, reason="fraud")
    in_flight.join(10)
    assert (outcome.status, outcome.recovered, outcome.ok) == ("rolled_back", True, True)
    assert outcome.rollback_id and sandbox.count_rollbacks(parent) == 1
    with Journal(journal) as book:
        assert book.counts() == {"done": 1}


def test_multiple_requests_past_the_wait_is_outcome_unknown_and_the_next_run_settles_it(
    sandbox: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runner, "BULK_IN_FLIGHT_WAITS", (0.1, 0.1))
    (parent,) = redeem_stacks(sandbox, 1)
    journal = str(tmp_path / "run.sqlite")
    marker = killed_run_journal(sandbox, journal, [parent], intents=[parent])
    sandbox.inject_fault("rollback-stacked-redemptions", "slow-commit:1.5")
    in_flight = _send_in_background(sandbox, parent, marker, None)
    _wait_until_claimed(sandbox, parent)
    with sandbox.client() as vf:
        (first,) = vf.rollback_many([parent], journal=journal, requests_per_minute=None)
        assert first.status == "outcome_unknown" and first.error.key == "multiple_requests"
        in_flight.join(10)
        posts = sandbox.seen[POST]
        (settled,) = vf.rollback_many([parent], journal=journal, requests_per_minute=None)
    assert (settled.status, settled.recovered) == ("rolled_back", True)
    assert sandbox.seen[POST] == posts and sandbox.count_rollbacks(parent) == 1


def test_support_rolling_back_an_hour_after_a_failed_attempt_is_not_ours(sandbox: Any, tmp_path: Path) -> None:
    (parent,) = redeem_stacks(sandbox, 1)
    journal = str(tmp_path / "run.sqlite")
    sandbox.inject_fault("rollback-stacked-redemptions", "429")
    with sandbox.client(max_retries=0) as vf:
        (first,) = vf.rollback_many([parent], journal=journal, requests_per_minute=None, reason="fraud")
        assert first.status == "failed"  # proved not applied: state retry
        sandbox.advance_time(hours=1)
        support = vf.rollback_stacked(parent, reason="fraud").parent_rollback.id  # same reason, no marker
        (later,) = vf.rollback_many([parent], journal=journal, requests_per_minute=None, reason="fraud")
    assert (later.status, later.recovered, later.rollback_id) == ("already_rolled_back", False, support)
    assert sandbox.count_rollbacks(parent) == 1


def test_support_rolling_back_3_s_before_the_runs_intent_is_not_ours(sandbox: Any, tmp_path: Path) -> None:
    (parent,) = redeem_stacks(sandbox, 1)
    journal = str(tmp_path / "run.sqlite")
    killed_run_journal(sandbox, journal, [parent], intents=[parent], reason="fraud")
    sandbox.advance_time(seconds=-3)  # support's rollback is dated 3 s before the run's intent
    with sandbox.client() as vf:
        support = vf.rollback_stacked(parent, reason="fraud").parent_rollback.id
        (outcome,) = vf.rollback_many([parent], journal=journal, requests_per_minute=None, reason="fraud")
    assert (outcome.status, outcome.recovered, outcome.rollback_id) == ("already_rolled_back", False, support)


def test_without_a_marker_a_resumed_run_claims_nothing(sandbox: Any, tmp_path: Path) -> None:
    (parent,) = redeem_stacks(sandbox, 1)
    journal = str(tmp_path / "run.sqlite")
    assert killed_run_journal(sandbox, journal, [parent], intents=[parent], marker=False) is None
    with sandbox.client() as vf:
        vf.rollback_stacked(parent)  # what the killed run's request did, for all anyone can prove
        (outcome,) = vf.rollback_many([parent], journal=journal, requests_per_minute=None, marker=False)
    assert (outcome.status, outcome.recovered, outcome.ok) == ("authorship_unknown", False, True)
    assert outcome.rollback_id is not None


def test_every_rollback_of_a_run_carries_the_runs_marker(sandbox: Any, tmp_path: Path) -> None:
    ids = redeem_stacks(sandbox, 3)
    journal = str(tmp_path / "run.sqlite")
    with sandbox.client() as vf:
        outcomes = list(vf.rollback_many(ids, journal=journal, requests_per_minute=None))
    with Journal(journal) as book:
        marker = book.marker(create=False)
    assert marker is not None and marker.startswith("vrm_")
    for outcome in outcomes:
        assert sandbox.redemption(outcome.rollback_id)["metadata"] == {"voucherify_rollbacks_marker": marker}


def _child_of(sandbox: Any, parent: str) -> str:
    with sandbox.client() as vf:
        return child_ids(vf.get_redemption(parent))[0]


def test_a_child_id_is_rolled_back_through_its_parent_and_reported_for_its_line(sandbox: Any, tmp_path: Path) -> None:
    alone, shared = redeem_stacks(sandbox, 2)
    child_alone, child_shared = _child_of(sandbox, alone), _child_of(sandbox, shared)
    journal = str(tmp_path / "run.sqlite")
    items = [child_alone, child_shared, shared]
    with sandbox.client() as vf:
        first = {o.item: o for o in vf.rollback_many(items, journal=journal, requests_per_minute=None, concurrency=1)}
        posts = sandbox.seen[POST]
        again = {o.item: o for o in vf.rollback_many(items, journal=journal, requests_per_minute=None)}
    assert sorted(first) == sorted(again) == sorted(items)
    assert (first[child_alone].status, first[child_alone].redemption_id) == ("rolled_back", alone)
    assert (first[child_shared].status, first[child_shared].redemption_id) == ("rolled_back", shared)
    assert first[child_shared].rollback_id == first[shared].rollback_id
    assert sandbox.count_rollbacks(alone) == sandbox.count_rollbacks(shared) == 1
    assert sandbox.seen[POST] == posts  # the resume sent nothing
    assert {o.status for o in again.values()} == {"rolled_back"}


def test_the_async_client_waits_for_an_in_flight_attempt_and_resolves_children_too(
    sandbox: Any, tmp_path: Path
) -> None:
    stuck, stacked = redeem_stacks(sandbox, 2)
    child = _child_of(sandbox, stacked)
    journal = str(tmp_path / "run.sqlite")
    marker = killed_run_journal(sandbox, journal, [stuck, child], intents=[stuck])
    sandbox.inject_fault("rollback-stacked-redemptions", "slow-commit:1.5")
    in_flight = _send_in_background(sandbox, stuck, marker, None)
    _wait_until_claimed(sandbox, stuck)

    async def run() -> dict[str, Any]:
        async with sandbox.async_client() as vf:
            found = vf.rollback_many([stuck, child], journal=journal, requests_per_minute=None)
            return {o.item: o async for o in found}

    outcomes = asyncio.run(run())
    in_flight.join(10)
    assert (outcomes[stuck].status, outcomes[stuck].recovered) == ("rolled_back", True)
    assert (outcomes[child].status, outcomes[child].redemption_id) == ("rolled_back", stacked)
    assert sandbox.count_rollbacks(stuck) == sandbox.count_rollbacks(stacked) == 1
