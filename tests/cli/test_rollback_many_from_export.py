"""`rollback-many --from-export` against a sandbox over real sockets: list's filters choose the redemptions, the run
rolls back exactly those, and the reconciliation export is reported (text and JSON); without --journal it is a usage
error, and a run sending no marker says the reconciliation was skipped."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from voucherify_rollbacks.cli.output import EXIT_OK, EXIT_USAGE
from voucherify_rollbacks.cli.router import run
from voucherify_sandbox import Sandbox

ENV = (
    "VOUCHERIFY_APP_ID",
    "VOUCHERIFY_APP_TOKEN",
    "VOUCHERIFY_BEARER_TOKEN",
    "VOUCHERIFY_BASE_URL",
    "VOUCHERIFY_CLUSTER",
)


@pytest.fixture
def sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox]:
    with Sandbox() as sb:
        for name in ENV:
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("VOUCHERIFY_APP_ID", sb.app_id)
        monkeypatch.setenv("VOUCHERIFY_APP_TOKEN", sb.app_token)
        monkeypatch.setenv("VOUCHERIFY_BASE_URL", sb.base_url)
        yield sb


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = run("rollback-many", list(argv), stdin=io.StringIO(""), stdout=out)
    return code, out.getvalue()


def _redeem(sb: Sandbox, code: str, count: int) -> list[str]:
    with sb.client() as vf:
        return [vf.redeem([code], order={"amount": 20000}).redemption_id for _ in range(count)]


def test_from_export_rolls_back_what_the_filters_select_and_reports_the_reconciliation(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    selected, others = _redeem(sandbox, "FIXED50", 3), _redeem(sandbox, "SAVE10", 2)
    journal = str(tmp_path / "run.sqlite")

    code, text = _run("--from-export", "--voucher-code", "FIXED50", "--journal", journal, "--yes", "--no-rate-limit")

    assert code == EXIT_OK
    assert "3 redemption(s) selected" in text
    assert "matches: in both 3, only in journal 0, only in export 0" in text
    assert [sandbox.count_rollbacks(i) for i in selected] == [1, 1, 1]
    assert [sandbox.count_rollbacks(i) for i in others] == [0, 0]


def test_from_export_in_json_ends_with_the_reconciliation_line(sandbox: Sandbox, tmp_path: Path) -> None:
    selected = _redeem(sandbox, "FIXED50", 2)
    journal = str(tmp_path / "run.sqlite")

    code, text = _run("--from-export", "--voucher-code", "FIXED50", "--journal", journal, "--yes", "--json")

    lines: list[dict[str, Any]] = [json.loads(line) for line in text.splitlines()]
    assert code == EXIT_OK
    assert sorted(line["redemption_id"] for line in lines[:-1]) == sorted(selected)
    reconciliation = lines[-1]["reconciliation"]
    assert (reconciliation["in_both"], reconciliation["matches"]) == (2, True)
    assert reconciliation["export_id"].startswith("exp_")


def test_from_export_needs_a_journal(sandbox: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = _run("--from-export", "--voucher-code", "FIXED50", "--yes")

    assert code == EXIT_USAGE
    assert "--from-export needs --journal FILE" in capsys.readouterr().err


def test_a_run_without_a_marker_skips_the_reconciliation(sandbox: Sandbox, tmp_path: Path) -> None:
    _redeem(sandbox, "FIXED50", 1)
    journal = str(tmp_path / "run.sqlite")

    code, text = _run("--from-export", "--voucher-code", "FIXED50", "--journal", journal, "--yes", "--no-marker")

    assert code == EXIT_OK
    assert "reconciliation: skipped" in text
