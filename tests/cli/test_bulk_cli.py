"""rollback-many, find-rollback and rollback-order's confirmation against a sandbox over real sockets: input formats,
the report, resuming from the journal, dry runs that send no POST, exit codes per outcome class."""

from __future__ import annotations

import csv
import io
import json
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from voucherify_rollbacks.cli.output import (
    EXIT_ALREADY_ROLLED_BACK,
    EXIT_NOT_FOUND,
    EXIT_NOT_ROLLED_BACK,
    EXIT_OK,
    EXIT_USAGE,
)
from voucherify_rollbacks.cli.router import run
from voucherify_sandbox import Sandbox

ENV = (
    "VOUCHERIFY_APP_ID",
    "VOUCHERIFY_APP_TOKEN",
    "VOUCHERIFY_BEARER_TOKEN",
    "VOUCHERIFY_BASE_URL",
    "VOUCHERIFY_CLUSTER",
)
POST = ("POST", "rollback-stacked-redemptions")


@pytest.fixture
def sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    seen: Counter[tuple[str, str]] = Counter()
    lock = threading.Lock()

    def observe(operation_id: Any, method: str, *_: Any) -> None:
        with lock:
            seen[(method, str(operation_id))] += 1

    with Sandbox(on_response=observe) as sb:
        for name in ENV:
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("VOUCHERIFY_APP_ID", sb.app_id)
        monkeypatch.setenv("VOUCHERIFY_APP_TOKEN", sb.app_token)
        monkeypatch.setenv("VOUCHERIFY_BASE_URL", sb.base_url)
        sb.seen = seen  # type: ignore[attr-defined]
        yield sb


def _stacks(sb: Sandbox, count: int) -> list[str]:
    with sb.client() as vf:
        return [vf.redeem(["GIFT-50", "SAVE10"], order={"amount": 20000}).redemption_id for _ in range(count)]


def _run(command: str, *argv: str, stdin: str = "") -> tuple[int, str]:
    out = io.StringIO()
    code = run(command, list(argv), stdin=io.StringIO(stdin), stdout=out)
    return code, out.getvalue()


def _json_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_rollback_many_from_a_lines_file_writes_a_complete_csv_report_and_resumes(
    sandbox: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _stacks(sandbox, 6)
    source = tmp_path / "ids.txt"
    source.write_text("# fraud wave 12\n" + "\n".join(ids) + "\n\n", encoding="utf-8")
    report = tmp_path / "report.csv"
    code, out = _run("rollback-many", "--from", str(source), "--report", str(report), "--reason", "fraud")
    assert code == EXIT_OK, out
    with report.open(encoding="utf-8") as lines:
        rows = list(csv.DictReader(lines))
    assert sorted(r["redemption_id"] for r in rows) == sorted(ids)
    assert {r["status"] for r in rows} == {"rolled_back"} and all(r["rollback_id"].startswith("rr_") for r in rows)
    assert "rolled_back" in out and "total" in out and "journal:" in out
    assert "[6/6]" in capsys.readouterr().err  # plain progress lines off a terminal
    assert all(sandbox.count_rollbacks(i) == 1 for i in ids)
    posts = sandbox.seen[POST]
    code, out = _run("rollback-many", "--from", str(source), "--json", "--reason", "fraud")
    assert code == EXIT_OK and sandbox.seen[POST] == posts
    lines = _json_lines(out)
    assert len(lines) == 6 and all(line["resumed"] and line["status"] == "rolled_back" for line in lines)


def test_rollback_many_reads_a_csv_column_and_jsonl(sandbox: Any, tmp_path: Path) -> None:
    first, second = _stacks(sandbox, 2)
    table = tmp_path / "wave.csv"
    table.write_text(f"customer,parent\nalice,{first}\nbob,\n", encoding="utf-8")
    code, out = _run("rollback-many", "--from", str(table), "--column", "parent", "--json")
    assert code == EXIT_OK and [line["redemption_id"] for line in _json_lines(out)] == [first]
    lines = tmp_path / "wave.jsonl"
    lines.write_text(json.dumps({"redemption_id": second, "note": "x"}) + "\n", encoding="utf-8")
    code, out = _run("rollback-many", "--from", str(lines), "--json")
    assert code == EXIT_OK and [line["redemption_id"] for line in _json_lines(out)] == [second]


def test_rollback_many_exit_code_is_the_most_serious_outcome(sandbox: Any, tmp_path: Path) -> None:
    (parent,) = _stacks(sandbox, 1)
    with sandbox.client() as vf:
        vf.rollback_stacked(parent)
    (fresh,) = _stacks(sandbox, 1)
    source = tmp_path / "ids.txt"
    source.write_text(f"{parent}\n{fresh}\n", encoding="utf-8")
    code, out = _run("rollback-many", "--from", str(source), "--json")
    assert code == EXIT_ALREADY_ROLLED_BACK
    assert {line["redemption_id"]: line["status"] for line in _json_lines(out)} == {
        parent: "already_rolled_back",
        fresh: "rolled_back",
    }
    source.write_text("r_does_not_exist\n", encoding="utf-8")
    code, out = _run("rollback-many", "--from", str(source), "--journal", str(tmp_path / "other.sqlite"), "--json")
    assert code == EXIT_NOT_FOUND and _json_lines(out)[0]["error"]["status_code"] == 404


def test_rollback_many_dry_run_reads_only(sandbox: Any, tmp_path: Path) -> None:
    ids = _stacks(sandbox, 3)
    with sandbox.client() as vf:
        vf.rollback_stacked(ids[0])
    posts = sandbox.seen[POST]
    source = tmp_path / "ids.txt"
    source.write_text("\n".join(ids), encoding="utf-8")
    code, out = _run("rollback-many", "--from", str(source), "--dry-run", "--json")
    assert code == EXIT_OK and sandbox.seen[POST] == posts
    assert [line["would_roll_back"] for line in _json_lines(out)] == [False, True, True]
    assert not (tmp_path / "ids.txt.journal.sqlite").exists()
    code, out = _run("rollback-many", "--from", str(source), "--dry-run")
    assert "would roll back: 2" in out and "already rolled back: 1" in out


def test_rollback_many_refuses_bad_input_before_sending(sandbox: Any, tmp_path: Path) -> None:
    source = tmp_path / "ids.csv"
    source.write_text("customer\nalice\n", encoding="utf-8")
    assert _run("rollback-many", "--from", str(source))[0] == EXIT_USAGE
    assert _run("rollback-many", "--from", str(tmp_path / "missing.txt"))[0] == EXIT_USAGE
    (tmp_path / "bad.txt").write_text("r_1/../r_2\n", encoding="utf-8")
    assert _run("rollback-many", "--from", str(tmp_path / "bad.txt"))[0] == EXIT_USAGE
    assert sandbox.seen[POST] == 0


def test_rollback_many_from_stdin(sandbox: Any, tmp_path: Path) -> None:
    ids = _stacks(sandbox, 2)
    code, out = _run(
        "rollback-many", "--from", "-", "--journal", str(tmp_path / "j.sqlite"), "--json", stdin="\n".join(ids)
    )
    assert code == EXIT_OK and len(_json_lines(out)) == 2


def test_find_rollback_before_and_after(sandbox: Any) -> None:
    (parent,) = _stacks(sandbox, 1)
    code, out = _run("find-rollback", parent, "--json")
    assert code == EXIT_NOT_ROLLED_BACK and _json_lines(out) == [
        {"command": "find-rollback", "id": parent, "rolled_back": False}
    ]
    with sandbox.client() as vf:
        done = vf.rollback_stacked(parent, reason="lost answer")
    code, out = _run("find-rollback", parent, "--json")
    (line,) = _json_lines(out)
    assert code == EXIT_OK and line["rolled_back"] and line["parent_rollback"]["id"] == done.parent_rollback.id
    code, out = _run("find-rollback", parent)
    assert code == EXIT_OK and done.parent_rollback.id in out
    assert _run("find-rollback", "r_unknown")[0] == EXIT_NOT_FOUND


def test_rollback_many_on_a_remote_host_needs_confirmation(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("VOUCHERIFY_APP_ID", "app")
    monkeypatch.setenv("VOUCHERIFY_APP_TOKEN", "token-SECRET-1")
    monkeypatch.setenv("VOUCHERIFY_BASE_URL", "https://api.voucherify.invalid")
    source = tmp_path / "ids.txt"
    source.write_text("r_1\n", encoding="utf-8")
    assert _run("rollback-many", "--from", str(source))[0] == EXIT_USAGE
    assert _run("rollback-order", "ord_1")[0] == EXIT_USAGE
    err = capsys.readouterr().err
    assert "--yes" in err and "token-SECRET-1" not in err
    assert not (tmp_path / "ids.txt.journal.sqlite").exists()


def test_ctrl_c_ends_rollback_many_with_130_and_says_how_to_resume(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from voucherify_rollbacks import RollbackOutcome
    from voucherify_rollbacks.cli import rollback_many
    from voucherify_rollbacks.cli.output import EXIT_INTERRUPTED, Output
    from voucherify_rollbacks.cli.router import build_parser

    class Interrupted:
        base_url = "http://127.0.0.1:9"

        def rollback_many(self, items: Iterable[str], **_: Any) -> Iterator[RollbackOutcome]:
            yield RollbackOutcome(next(iter(items)), "rolled_back")
            raise KeyboardInterrupt

    source = tmp_path / "ids.txt"
    source.write_text("r_1\nr_2\n", encoding="utf-8")
    args = build_parser().parse_args(["rollback-many", "--from", str(source)])
    out = Output(json_lines=False, stream=io.StringIO())
    assert rollback_many.run(Interrupted(), args, out, io.StringIO()) == EXIT_INTERRUPTED  # type: ignore[arg-type]
    assert "run the same command again to resume" in capsys.readouterr().err


def test_rollback_many_refuses_a_journal_made_for_another_host_with_exit_2_until_rebound(
    sandbox: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _stacks(sandbox, 2)
    source = tmp_path / "ids.csv"
    source.write_text("redemption_id\n" + "\n".join(ids) + "\n", encoding="utf-8")
    assert _run("rollback-many", "--from", str(source), "--json")[0] == EXIT_OK
    with Sandbox(app_id=sandbox.app_id, app_token=sandbox.app_token) as other:
        monkeypatch.setenv("VOUCHERIFY_BASE_URL", other.base_url)
        capsys.readouterr()
        code, out = _run("rollback-many", "--from", str(source), "--json")
        said = capsys.readouterr().err + out
        assert code == EXIT_USAGE and other.base_url in said and "--rebind-journal" in said
        assert sandbox.app_token not in said
        code, out = _run("rollback-many", "--from", str(source), "--json", "--rebind-journal")
    assert code == EXIT_OK and {line["status"] for line in _json_lines(out)} == {"rolled_back"}


def test_rollback_many_killed_while_its_rollback_commits_late_reports_it_rolled_back_on_restart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    with Sandbox(faults=True) as sb:
        (parent,) = _stacks(sb, 1)
        source, report = tmp_path / "ids.txt", tmp_path / "report.jsonl"
        source.write_text(parent + "\n", encoding="utf-8")
        for name in ENV:
            monkeypatch.delenv(name, raising=False)
        env = {"VOUCHERIFY_APP_ID": sb.app_id, "VOUCHERIFY_APP_TOKEN": sb.app_token, "VOUCHERIFY_BASE_URL": sb.base_url}
        sb.inject_fault("rollback-stacked-redemptions", "slow-commit:3")
        command = [sys.executable, "-m", "voucherify_rollbacks", "rollback-many", "--from", str(source), "--json"]
        killed = subprocess.Popen(command, env={**os.environ, **env}, stdout=subprocess.DEVNULL)
        claims = sb._server.sandbox_app.operations.in_flight  # the server holds the killed run's request
        deadline = time.monotonic() + 30
        while parent not in claims._ids:
            assert time.monotonic() < deadline and killed.poll() is None
            time.sleep(0.01)
        killed.send_signal(signal.SIGKILL)
        killed.wait(10)
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        code, out = _run("rollback-many", "--from", str(source), "--json", "--report", str(report))  # at once
        assert sb.count_rollbacks(parent) == 1
    (line,) = _json_lines(out)
    assert code == EXIT_OK and (line["status"], line["recovered"], line["ok"]) == ("rolled_back", True, True)
    assert json.loads(report.read_text(encoding="utf-8"))["status"] == "rolled_back"
