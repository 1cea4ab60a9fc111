"""The journal keeps a rollback result as the answer it was read from (real payloads, single and stacked), rebuilds
the same data when read, and still reads journals written before it did."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import httpx
import pytest
from voucherify_rollbacks import ConfigurationError
from voucherify_rollbacks._constants import JOURNAL_FORMAT
from voucherify_rollbacks.bulk.journal import DONE, Journal
from voucherify_rollbacks.operations.outcomes import RollbackOutcome, fields_of
from voucherify_rollbacks.operations.redemptions import read_rollback, read_rollback_stacked
from voucherify_rollbacks.operations.results import SINGLE, STACKED, RollbackResult, answer_of

EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "examples"


def _answer(name: str) -> httpx.Response:
    return httpx.Response(200, content=(EXAMPLES / name).read_bytes(), headers={"x-request-id": "req-1"})


def _stacked() -> RollbackResult:
    return read_rollback_stacked(_answer("rollbacks_success.json"))


def _single() -> RollbackResult:
    body = json.loads((EXAMPLES / "rollbacks_success.json").read_bytes())["rollbacks"][0]
    return read_rollback(httpx.Response(200, content=json.dumps(body).encode(), headers={"x-request-id": "req-2"}))


def _record(book: Journal, redemption_id: str, result: RollbackResult) -> RollbackOutcome:
    outcome = RollbackOutcome(redemption_id, "rolled_back", result=result)
    book.add_items([(redemption_id, "redemption")])
    book.expand(redemption_id, None, [(redemption_id, None)])
    answer = answer_of(result)
    assert answer is not None
    data = fields_of(outcome, {"recovered": result.recovered, "request_id": result.request_id, "status_code": 200})
    record = book.outcome_record(redemption_id, DONE, data, answer=answer, rollback_ids=["rr_x"])
    book.commit_through(book.queue_outcomes([record]))
    return outcome


def test_single_and_stacked_answers_come_back_as_the_same_data(tmp_path: Path) -> None:
    stacked, single = _stacked(), _single()
    assert answer_of(stacked) is not None and answer_of(stacked)[0] == STACKED  # type: ignore[index]
    assert answer_of(single) is not None and answer_of(single)[0] == SINGLE  # type: ignore[index]
    stacked.recovered = True  # the result's own fields are kept beside the answer
    with Journal(str(tmp_path / "j.sqlite")) as book:
        for redemption_id, result in (("r_stacked", stacked), ("r_single", single)):
            outcome = _record(book, redemption_id, result)
            entry = book.entry(redemption_id)
            assert entry is not None and entry.outcome is not None
            assert json.loads(json.dumps(entry.outcome)) == json.loads(json.dumps(outcome.to_dict()))
        assert entry.outcome["result"]["request_id"] == "req-2"
        assert book.entry("r_stacked").outcome["result"]["recovered"] is True  # type: ignore[union-attr]


def test_a_result_not_read_from_one_answer_is_journaled_whole(tmp_path: Path) -> None:
    stacked = _stacked()
    assembled = RollbackResult(parent_rollback=stacked.parent_rollback, rollbacks=stacked.rollbacks[:1])
    assert answer_of(assembled) is None  # a look-up's result: no one answer holds exactly it
    stacked.rollbacks = stacked.rollbacks[1:]  # changed after reading: no longer the answer's own objects
    assert answer_of(stacked) is None


def test_a_journal_written_before_answers_were_kept_still_reads(tmp_path: Path) -> None:
    path = str(tmp_path / "old.sqlite")
    outcome = RollbackOutcome("r_old", "rolled_back", result=_stacked())
    with sqlite3.connect(path) as db:  # the schema and rows of an earlier version: the whole result as JSON
        db.executescript(
            "CREATE TABLE run (key TEXT PRIMARY KEY, value TEXT);"
            "CREATE TABLE items (position INTEGER PRIMARY KEY, item TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,"
            " expanded INTEGER NOT NULL DEFAULT 0);"
            "CREATE TABLE redemptions (redemption_id TEXT PRIMARY KEY, item TEXT NOT NULL, order_id TEXT,"
            " position INTEGER NOT NULL, state TEXT NOT NULL, first_intent REAL, attempts INTEGER NOT NULL DEFAULT 0,"
            " status TEXT, outcome TEXT);"
        )
        db.execute("INSERT INTO items VALUES (0, 'r_old', 'redemption', 1)")
        db.execute(
            "INSERT INTO redemptions (redemption_id, item, position, state, status, outcome)"
            " VALUES ('r_old', 'r_old', 0, 'done', 'rolled_back', ?)",
            (json.dumps(outcome.to_dict()),),
        )
    with Journal(path) as book:
        entry = book.entry("r_old")
        assert entry is not None and entry.outcome == json.loads(json.dumps(outcome.to_dict()))
        result = outcome.result
        expected = [result.parent_rollback.id, *(r.id for r in result.rollbacks)]
        assert list(book.rollback_ids()) == list(dict.fromkeys(expected))
    with sqlite3.connect(path) as db:  # opened, it is marked with the format it now holds
        assert db.execute("PRAGMA user_version").fetchone()[0] == JOURNAL_FORMAT


def test_a_journal_of_a_newer_format_is_refused_untouched(tmp_path: Path) -> None:
    path = str(tmp_path / "newer.sqlite")
    with Journal(path):
        pass
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {JOURNAL_FORMAT + 1}")  # what a later version, storing more, would write
    db.execute("CREATE TABLE later (x)")
    db.commit()
    db.close()
    before = Path(path).read_bytes()
    with pytest.raises(ConfigurationError, match=f"newer voucherify-rollbacks .*format {JOURNAL_FORMAT + 1}"):
        Journal(path)
    assert Path(path).read_bytes() == before
    with pytest.raises(ConfigurationError, match="newer"):  # refused again: the refusal left nothing held
        Journal(path)
