"""rollback_many against the sandbox over real sockets: exactly once, resumable from its journal, settled by look-up."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from voucherify_rollbacks import ConfigurationError, InvalidArgumentError, new_marker

from tests.bulk.killed_runs import killed_run_journal
from tests.support.stacks import redeem_stacks

POST = ("POST", "rollback-stacked-redemptions")


def test_every_redemption_is_rolled_back_once_and_a_rerun_sends_nothing(sandbox: Any, tmp_path: Path) -> None:
    ids = redeem_stacks(sandbox, 12)
    journal = str(tmp_path / "run.sqlite")
    with sandbox.client() as vf:
        first = list(vf.rollback_many(ids, journal=journal, concurrency=4, requests_per_minute=None, reason="fraud"))
        assert sandbox.seen[POST] == 12
        again = list(vf.rollback_many(ids, journal=journal, concurrency=4, requests_per_minute=None, reason="fraud"))
    assert sorted(o.redemption_id for o in first) == sorted(ids)
    assert {o.status for o in first} == {"rolled_back"} and all(o.ok and not o.resumed for o in first)
    assert all(sandbox.count_rollbacks(i) == 1 for i in ids)
    assert sandbox.seen[POST] == 12  # the rerun sent no rollback
    assert {(o.status, o.resumed) for o in again} == {("rolled_back", True)}
    assert {o.redemption_id: o.rollback_id for o in again} == {o.redemption_id: o.rollback_id for o in first}


def test_an_intent_whose_rollback_landed_is_settled_by_look_up_not_sent_again(sandbox: Any, tmp_path: Path) -> None:
    from voucherify_rollbacks.bulk.journal import Journal

    (parent,) = redeem_stacks(sandbox, 1)
    journal = str(tmp_path / "run.sqlite")
    with sandbox.client() as vf:
        _killed_after_sending(sandbox, vf, journal, parent, reason="fraud")
        posts = sandbox.seen[POST]
        (outcome,) = vf.rollback_many([parent], journal=journal, requests_per_minute=None, reason="fraud")
    assert (outcome.status, outcome.recovered, outcome.resumed) == ("rolled_back", True, False)
    assert sandbox.seen[POST] == posts and sandbox.count_rollbacks(parent) == 1
    with Journal(journal) as book:
        assert book.counts() == {"done": 1}


def test_an_intent_that_never_reached_the_server_is_sent_after_the_look_up(sandbox: Any, tmp_path: Path) -> None:

    (parent,) = redeem_stacks(sandbox, 1)
    journal = str(tmp_path / "run.sqlite")
    killed_run_journal(sandbox, journal, [parent], intents=[parent])  # killed before the request left
    with sandbox.client() as vf:
        (outcome,) = vf.rollback_many([parent], journal=journal, requests_per_minute=None)
    assert (outcome.status, outcome.recovered) == ("rolled_back", False)
    assert sandbox.seen[("GET", "get-redemption")] >= 1  # looked up before sending
    assert sandbox.count_rollbacks(parent) == 1


def test_a_rollback_made_by_someone_else_is_already_rolled_back_with_its_id_never_ours(
    sandbox: Any, tmp_path: Path
) -> None:
    first, second, third = redeem_stacks(sandbox, 3)
    journal = str(tmp_path / "run.sqlite")
    with sandbox.client() as vf:
        before = vf.rollback_stacked(first, reason="cleanup").parent_rollback.id
        killed_run_journal(sandbox, journal, [first, second, third], intents=[second, third], reason="cleanup")
        other = vf.rollback_stacked(second, reason="cleanup", marker=new_marker()).parent_rollback.id
        unmarked = vf.rollback_stacked(third, reason="cleanup").parent_rollback.id  # while our intent was open
        outcomes = {
            o.redemption_id: o
            for o in vf.rollback_many(
                [first, second, third], journal=journal, requests_per_minute=None, reason="cleanup"
            )
        }
    assert outcomes[first].status == "already_rolled_back" and outcomes[first].error.key == "already_rolled_back"
    assert outcomes[first].rollback_id == before  # found by a look-up, not the refusal's rrf_ record
    assert (outcomes[second].status, outcomes[second].rollback_id) == ("already_rolled_back", other)
    assert not outcomes[second].recovered
    assert (outcomes[third].status, outcomes[third].rollback_id) == ("authorship_unknown", unmarked)
    assert outcomes[third].ok and not outcomes[third].recovered  # rolled back, by nobody proved
    assert sandbox.count_rollbacks(first) == sandbox.count_rollbacks(second) == sandbox.count_rollbacks(third) == 1


def test_unknown_ids_fail_alone_and_are_not_retried_by_a_resume(sandbox: Any, tmp_path: Path) -> None:
    (parent,) = redeem_stacks(sandbox, 1)
    journal = str(tmp_path / "run.sqlite")
    with sandbox.client() as vf:
        outcomes = {o.redemption_id: o for o in vf.rollback_many([parent, "r_missing"], journal=journal)}
        assert outcomes["r_missing"].status == "failed" and outcomes["r_missing"].error.status_code == 404
        assert outcomes[parent].status == "rolled_back"
        posts = sandbox.seen[POST]
        resumed = {o.redemption_id: o for o in vf.rollback_many([parent, "r_missing"], journal=journal)}
    assert sandbox.seen[POST] == posts
    assert resumed["r_missing"].to_dict()["error"]["status_code"] == 404 and not resumed["r_missing"].ok


def test_a_429_is_waited_out_and_the_rollback_still_happens_once(sandbox: Any, tmp_path: Path) -> None:
    ids = redeem_stacks(sandbox, 3)
    sandbox.inject_fault("rollback-stacked-redemptions", "429", times=2)
    sandbox.inject_fault("rollback-stacked-redemptions", "drop-after-commit", times=1)
    with sandbox.client(max_retries=4) as vf:
        outcomes = list(vf.rollback_many(ids, journal=str(tmp_path / "j.sqlite"), requests_per_minute=None))
    assert {o.status for o in outcomes} == {"rolled_back"}
    assert all(sandbox.count_rollbacks(i) == 1 for i in ids)


def test_outcomes_are_json_ready(sandbox: Any, tmp_path: Path) -> None:
    (parent,) = redeem_stacks(sandbox, 1)
    with sandbox.client() as vf:
        (outcome,) = vf.rollback_many([parent], journal=str(tmp_path / "j.sqlite"), tracking_id="wave-3")
    data = json.loads(json.dumps(outcome.to_dict()))
    assert data["status"] == "rolled_back" and data["result"]["parent_rollback"]["redemption"] == parent
    assert data["result"]["parent_rollback"]["tracking_id"] == "wave-3"


def test_a_journal_refuses_a_resume_with_another_reason(sandbox: Any, tmp_path: Path) -> None:
    (parent,) = redeem_stacks(sandbox, 1)
    journal = str(tmp_path / "j.sqlite")
    with sandbox.client() as vf:
        list(vf.rollback_many([parent], journal=journal, reason="a"))
        with pytest.raises(ConfigurationError, match="same settings"):
            vf.rollback_many([parent], journal=journal, reason="b")


def test_bad_arguments_are_refused_before_anything_is_sent(sandbox: Any, tmp_path: Path) -> None:
    with sandbox.client() as vf:
        with pytest.raises(InvalidArgumentError, match="concurrency") as refused:  # also a ValueError
            vf.rollback_many(["r_1"], journal=str(tmp_path / "j"), concurrency=0)
        assert isinstance(refused.value, ValueError) and refused.value.argument == "concurrency"
        with pytest.raises(ValueError, match="not one string"):
            vf.rollback_many("r_1", journal=str(tmp_path / "j"))
        with pytest.raises(ValueError, match="path separators"):
            vf.rollback_many(["r_1/../x"], journal=str(tmp_path / "j"))
    assert sandbox.seen[POST] == 0


def _killed_after_sending(sandbox: Any, vf: Any, journal: str, redemption_id: str, *, reason: str) -> None:
    """What a run killed right after its rollback landed leaves behind: the intent, no outcome."""
    marker = killed_run_journal(sandbox, journal, [redemption_id], intents=[redemption_id], reason=reason)
    vf.rollback_stacked(redemption_id, reason=reason, marker=marker)


def test_the_bulk_guide_example_runs_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.support.docs_text import DOCS, python_blocks

    block = next(b for b in python_blocks(DOCS / "bulk.md") if "rollback_many(" in b)
    monkeypatch.chdir(tmp_path)
    exec(compile(block, "docs/bulk.md", "exec"), {})
    from voucherify_rollbacks.bulk.journal import Journal

    with Journal(str(tmp_path / "wave.sqlite")) as book:
        assert book.counts() == {"done": 3}


def test_a_journal_in_use_by_a_run_is_refused_to_a_second_one(sandbox: Any, tmp_path: Path) -> None:
    from voucherify_rollbacks.bulk.journal import Journal

    ids = redeem_stacks(sandbox, 2)
    journal = str(tmp_path / "j.sqlite")
    with sandbox.client() as vf:
        running = vf.rollback_many(ids, journal=journal, requests_per_minute=None)
        first = next(running)
        with pytest.raises(ConfigurationError, match="in use by another run"):
            vf.rollback_many(ids, journal=journal, requests_per_minute=None)
        rest = list(running)  # the first run ends and lets go of its journal
        with Journal(journal) as book:
            assert book.counts() == {"done": 2}
    assert sorted(o.redemption_id for o in [first, *rest]) == sorted(ids)
    assert sandbox.seen[POST] == 2


def test_a_resumed_outcome_gives_back_exactly_what_the_first_run_reported(sandbox: Any, tmp_path: Path) -> None:
    """The journal keeps a result as the answer's own bytes: a resume rebuilds the same data, for stacked and single
    redemptions alike, and reconciliation reads the same rollback ids."""
    import sqlite3

    from voucherify_rollbacks.bulk.journal import Journal

    stacks = redeem_stacks(sandbox, 2)
    with sandbox.client() as vf:
        single = vf.redeem(["SAVE10"], order={"amount": 5000}, customer={"source_id": "single"}).redemption_id
        assert single is not None
        ids = [*stacks, single]
        journal = str(tmp_path / "run.sqlite")
        first = {o.redemption_id: o for o in vf.rollback_many(ids, journal=journal, tracking_id="t-1")}
        again = {o.redemption_id: o for o in vf.rollback_many(ids, journal=journal, tracking_id="t-1")}
    assert {o.status for o in first.values()} == {"rolled_back"} and all(o.resumed for o in again.values())
    for redemption_id, outcome in first.items():
        before = json.loads(json.dumps(outcome.to_dict()))
        after = json.loads(json.dumps(again[redemption_id].to_dict()))
        assert after == {**before, "resumed": True}
        assert before["result"]["rollbacks"] and before["result"]["order"]
    with sqlite3.connect(journal) as db:
        kinds = dict(db.execute("SELECT redemption_id, answer_kind FROM redemptions").fetchall())
        stored = [json.loads(text) for (text,) in db.execute("SELECT outcome FROM redemptions")]
    assert set(kinds) == set(ids) and set(kinds.values()) <= {"stacked", "single"}  # every result kept as its answer
    assert all("rollbacks" not in data["result"] for data in stored)  # the result's data lives in the answer only
    expected = set()
    for outcome in first.values():
        result = outcome.result
        expected |= {r.id for r in ([result.parent_rollback] if result.parent_rollback else []) + result.rollbacks}
    with Journal(journal) as book:
        assert set(book.rollback_ids()) == expected and len(expected) == 2 * 3 + 1
