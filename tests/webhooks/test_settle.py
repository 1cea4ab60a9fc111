"""Settling from Voucherify's events: `webhooks.settle` answers the authorship question as the truth table does and
never more boldly (the unit cases), a call whose answer was lost is settled from the event the sandbox sent, and a
bulk run whose answers were all lost is settled by `rollback-many --events FILE` with no look-up at all.
Everything over real sockets on 127.0.0.1: the SDK -> a fault proxy -> the sandbox -> signed webhooks -> a receiver
built on the public API."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from voucherify_rollbacks import RollbackOutcome, RollbackOutcomeUnknownError, Voucherify, new_marker, settle_journal
from voucherify_rollbacks.cli.router import run as cli
from voucherify_rollbacks.webhooks import (
    Event,
    RollbackSucceededEvent,
    SQLiteEventStore,
    settle,
    sign_payload,
    unwrap,
)
from voucherify_sandbox import Sandbox

from tests.support.fault_helpers import CATALOG, STACK_CODES, no_sleep
from tests.support.fault_proxy import Fault, FaultProxy
from tests.support.webhook_receiver import Receiver

SECRET = "whsec-settle-1"
MARKER_KEY = "voucherify_rollbacks_marker"
ROLLBACKS = {"method": "POST", "path": "/rollbacks"}
READS = {"method": "GET"}


def rollback_event(
    redemption: str, *, succeeded: bool = True, metadata: Any = None, group_id: str = "v-other", event: str = "evred_1"
) -> Event:
    kind = "redemption.rollback.succeeded" if succeeded else "redemption.rollback.failed"
    rollback = {"id": "rr_1" if succeeded else "rrf_1", "redemption": redemption, "metadata": metadata}
    payload = {
        "id": "whs_1",
        "type": kind,
        "data": {"redemption_rollback": rollback},
        "event": {"id": event, "type": kind, "group_id": group_id, "entity_id": rollback["id"]},
    }
    body = json.dumps(payload).encode()
    return unwrap(body, {"x-voucherify-signature": sign_payload(body, SECRET)}, secret=SECRET)


# --- the truth table, unit by unit ----------------------------------------------------------------------------------


def test_the_calls_marker_proves_it_ours() -> None:
    found = settle("r_1", [rollback_event("r_1", metadata={MARKER_KEY: "vrm_ours"})], markers=["vrm_ours"])
    assert found is not None
    assert (found.status, found.made_by_this_call, found.rollback_id) == ("rolled_back", True, "rr_1")
    assert found.confirmed_by == "voucherify_event" and found.event_id == "evred_1"
    outcome = found.outcome(item="r_1")
    assert outcome.recovered and outcome.ok and outcome.confirmed_by_event == "evred_1"
    assert outcome.to_dict()["confirmed_by_event"] == "evred_1"
    assert RollbackOutcome.from_dict(outcome.to_dict()).confirmed_by_event == "evred_1"


def test_a_group_id_the_call_saw_proves_it_ours() -> None:
    found = settle("r_1", [rollback_event("r_1", group_id="v-ours")], request_ids=["v-ours"])
    assert found is not None and found.status == "rolled_back" and found.made_by_this_call is True
    assert "v-ours" in found.why


def test_another_marker_proves_it_someone_elses() -> None:
    found = settle("r_1", [rollback_event("r_1", metadata={MARKER_KEY: "vrm_theirs"})], markers=["vrm_ours"])
    assert found is not None and (found.status, found.made_by_this_call) == ("already_rolled_back", False)
    assert not found.outcome().recovered


@pytest.mark.parametrize("metadata", [None, {}, {"other": 1}])
def test_no_marker_and_an_unseen_group_id_leave_authorship_unproven(metadata: Any) -> None:
    found = settle("r_1", [rollback_event("r_1", metadata=metadata)], markers=["vrm_ours"], request_ids=["v-ours"])
    assert found is not None and (found.status, found.made_by_this_call) == ("authorship_unknown", None)
    assert found.outcome().ok and not found.outcome().recovered


def test_a_failed_event_or_another_redemptions_event_settles_nothing() -> None:
    events = [rollback_event("r_1", succeeded=False, metadata={MARKER_KEY: "vrm_ours"}), rollback_event("r_2")]
    assert settle("r_1", events, markers=["vrm_ours"]) is None
    assert settle("r_1", []) is None


def test_per_child_events_settle_the_stack_when_its_children_are_given() -> None:
    child = rollback_event("r_child", metadata={MARKER_KEY: "vrm_ours"})
    assert settle("r_parent", [child], markers=["vrm_ours"]) is None
    found = settle("r_parent", [child], markers=["vrm_ours"], children=["r_child"])
    assert found is not None and found.redemption_id == "r_parent" and found.made_by_this_call is True


def test_an_outcome_unknown_error_brings_its_marker_and_last_request_id() -> None:
    error = RollbackOutcomeUnknownError("r_1", None, "the look-up failed")
    error.marker = "vrm_ours"
    found = settle(error, [rollback_event("r_1", metadata={MARKER_KEY: "vrm_ours"})])
    assert found is not None and found.made_by_this_call is True
    bare = RollbackOutcomeUnknownError("r_1", None, "the look-up failed")
    assert settle(bare, [rollback_event("r_1", metadata={MARKER_KEY: "vrm_ours"})]).status == "already_rolled_back"  # type: ignore[union-attr]


# --- over real sockets ----------------------------------------------------------------------------------------------


@pytest.fixture
def receiver(tmp_path: Path) -> Iterator[Receiver]:
    found = Receiver([SECRET], SQLiteEventStore(str(tmp_path / "seen.db")), record=tmp_path / "events.jsonl")
    yield found
    found.close()


@pytest.mark.parametrize("markers", [True, False])
def test_a_call_whose_answer_was_lost_is_settled_by_the_event_it_caused(receiver: Receiver, markers: bool) -> None:
    with Sandbox(vouchers=CATALOG, promotion_tiers=[], webhook_time_factor=0.001) as sandbox:
        sandbox.add_webhook(receiver.url, SECRET, stacked="parent", duplicate=True)
        with sandbox.client() as direct:
            parent = direct.redeem(STACK_CODES[:3], order={"amount": 100_000}).redemption_id
        with FaultProxy(sandbox.port) as proxy:
            proxy.inject(Fault.drop_after(**ROLLBACKS), Fault.status_before(503, **READS, times=50))
            keys = {"app_id": sandbox.app_id, "app_token": sandbox.app_token, "base_url": proxy.base_url}
            with (
                Voucherify(**keys, markers=markers, sleep=no_sleep) as vf,
                pytest.raises(RollbackOutcomeUnknownError) as caught,
            ):
                vf.rollback_stacked(parent, reason="Order canceled")
        assert sandbox.wait_for_webhooks(timeout=30)

    assert receiver.duplicates >= 1  # every event came twice; the store kept one
    found = settle(caught.value, receiver.events)
    assert found is not None and found.redemption_id == parent
    if markers:
        assert (found.status, found.made_by_this_call) == ("rolled_back", True)
        assert "marker" in found.why
    else:  # nothing proves whose it is: the event alone claims nothing more than a look-up could
        assert (found.status, found.made_by_this_call) == ("authorship_unknown", None)


def test_a_bulk_run_whose_answers_were_lost_is_settled_from_events_with_no_look_up(
    receiver: Receiver, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal, ids, events = tmp_path / "run.journal", tmp_path / "ids.txt", tmp_path / "events.jsonl"
    with Sandbox(vouchers=CATALOG, promotion_tiers=[], webhook_time_factor=0.001) as sandbox:
        sandbox.add_webhook(receiver.url, SECRET, stacked="parent", reorder=True)
        with sandbox.client() as direct:
            parents = [
                direct.redeem(STACK_CODES[i : i + 2], order={"amount": 100_000}).redemption_id for i in (0, 2, 4)
            ]
        ids.write_text("\n".join(parents) + "\n", encoding="utf-8")
        with FaultProxy(sandbox.port) as proxy:
            for name, value in {
                "VOUCHERIFY_APP_ID": sandbox.app_id,
                "VOUCHERIFY_APP_TOKEN": sandbox.app_token,
                "VOUCHERIFY_BASE_URL": proxy.base_url,
                "VOUCHERIFY_WEBHOOK_SECRET": SECRET,
            }.items():
                monkeypatch.setenv(name, value)
            argv = ["--from", str(ids), "--journal", str(journal), "--yes", "--json", "--max-retries", "0"]
            # First run: every rollback is applied, every answer is lost, every look-up fails.
            proxy.inject(Fault.drop_after(**ROLLBACKS, times=3), Fault.status_before(503, **READS, times=1000))
            code, text = _cli("rollback-many", *argv)
            first = [json.loads(line) for line in text.splitlines()]
            assert [o["status"] for o in first] == ["outcome_unknown"] * 3, text
            assert sandbox.wait_for_webhooks(timeout=30)
            rollbacks = [e for e in receiver.events if isinstance(e, RollbackSucceededEvent)]
            assert len(rollbacks) == 3  # one per stack (stacked="parent"), beside the redeems' events
            assert events.read_text(encoding="utf-8").count("\n") == len(receiver.events)

            # Second run, look-ups still failing: the events settle all three, and no request is sent at all.
            sent_before = len(proxy.seen)
            code, text = _cli("rollback-many", *argv, "--events", str(events))
            assert len(proxy.seen) == sent_before, proxy.trail()[sent_before:]
    second = [json.loads(line) for line in text.splitlines()]
    assert code == 0, text
    assert sorted(o["redemption_id"] for o in second) == sorted(parents)
    for outcome in second:
        assert (outcome["status"], outcome["recovered"], outcome["resumed"]) == ("rolled_back", True, True)
        assert outcome["confirmed_by_event"].startswith("evred_")


def test_a_tampered_events_file_is_refused_naming_the_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    body = json.dumps({"type": "redemption.rollback.succeeded", "event": {"id": "evred_9"}}).encode()
    good = json.dumps({"x-voucherify-signature": sign_payload(body, SECRET), "body": body.decode()})
    bad = json.dumps({"x-voucherify-signature": sign_payload(body, "not-the-secret"), "body": body.decode()})
    events, ids = tmp_path / "events.jsonl", tmp_path / "ids.txt"
    events.write_text(f"{good}\n\n{bad}\n", encoding="utf-8")
    ids.write_text("r_0123456789\n", encoding="utf-8")
    monkeypatch.setenv("VOUCHERIFY_APP_ID", "app")
    monkeypatch.setenv("VOUCHERIFY_APP_TOKEN", "token")
    monkeypatch.setenv("VOUCHERIFY_BASE_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("VOUCHERIFY_WEBHOOK_SECRET", SECRET)
    argv = ["--from", str(ids), "--journal", str(tmp_path / "j"), "--yes", "--events", str(events)]
    code, text = _cli("rollback-many", *argv)
    shown = text + capsys.readouterr().err
    assert code == 2
    assert f"--events {events}: line 3: webhook signature check failed" in shown
    assert SECRET not in shown and not (tmp_path / "j").exists()  # refused before anything was settled or sent
    events.write_text("not a record\n", encoding="utf-8")
    code, text = _cli("rollback-many", *argv)
    assert code == 2 and "line 1: webhook body unreadable" in capsys.readouterr().err


def test_settle_journal_refuses_a_missing_journal(tmp_path: Path) -> None:
    from voucherify_rollbacks import ConfigurationError

    with pytest.raises(ConfigurationError, match="no such file"):
        settle_journal(str(tmp_path / "none.journal"), [])
    assert new_marker().startswith("vrm_")


def test_settle_journal_reads_the_events_once_and_each_redemptions_first_rollback_event_decides(
    tmp_path: Path,
) -> None:
    from voucherify_rollbacks.bulk.journal import SENT, Journal

    path, ids = str(tmp_path / "run.journal"), ["r_0", "r_1", "r_2", "r_3"]
    with Journal(path) as book:
        book.add_items([(i, "redemption") for i in ids])
        marker = book.marker(create=True)
        assert marker is not None
        book.claim(ids, marker=marker)  # intents without outcomes: what a killed run leaves
    read = [0]

    def recording() -> Iterator[Event]:  # a long one, mostly about other redemptions: a generator, readable once
        for n in range(1500):
            read[0] += 1
            yield rollback_event(f"r_other_{n}", metadata={MARKER_KEY: marker})
        yield rollback_event("r_0", metadata={MARKER_KEY: marker}, event="evred_first")
        yield rollback_event("r_0", metadata={MARKER_KEY: "vrm_theirs"}, event="evred_second")
        yield rollback_event("r_1", succeeded=False, metadata={MARKER_KEY: marker})
        yield rollback_event("r_2", metadata={MARKER_KEY: "vrm_theirs"}, event="evred_2")
        yield rollback_event("r_2", metadata={MARKER_KEY: marker}, event="evred_2_later")

    settled = {o.redemption_id: o for o in settle_journal(path, recording())}
    assert read[0] == 1500 and set(settled) == {"r_0", "r_2"}
    assert (settled["r_0"].status, settled["r_0"].confirmed_by_event) == ("rolled_back", "evred_first")
    assert settled["r_0"].recovered
    assert (settled["r_2"].status, settled["r_2"].confirmed_by_event) == ("already_rolled_back", "evred_2")
    with Journal(path) as book:  # a failed event settles nothing; a redemption no event names stays to look up
        assert sorted(e.redemption_id for e in book.entries_in(SENT)) == ["r_1", "r_3"]


def _cli(command: str, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = cli(command, list(argv), stdin=io.StringIO(""), stdout=out)
    return code, out.getvalue()
