"""`--plan` names the project's Voucherify plan for every operator command (rollback-many keeps under its rate limit);
an unknown plan is bad usage."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from voucherify_rollbacks.cli.output import EXIT_OK, EXIT_USAGE
from voucherify_rollbacks.cli.router import run
from voucherify_sandbox import Sandbox


@pytest.fixture
def sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox]:
    with Sandbox(rate_limit="business") as sb:
        for name in ("VOUCHERIFY_BEARER_TOKEN", "VOUCHERIFY_CLUSTER"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("VOUCHERIFY_APP_ID", sb.app_id)
        monkeypatch.setenv("VOUCHERIFY_APP_TOKEN", sb.app_token)
        monkeypatch.setenv("VOUCHERIFY_BASE_URL", sb.base_url)
        yield sb


def test_rollback_many_with_a_plan_rolls_back_within_it(
    sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from voucherify_rollbacks import Voucherify
    from voucherify_rollbacks.cli import command

    opened: list[dict[str, Any]] = []

    def recording(**options: Any) -> Voucherify:
        opened.append(options)
        return Voucherify(**options)

    monkeypatch.setattr(command, "Voucherify", recording)
    with sandbox.client() as vf:
        ids = [str(vf.redeem(["SAVE10"], order={"amount": 5000}).redemption_id) for _ in range(3)]
    source = tmp_path / "ids.txt"
    source.write_text("\n".join(ids) + "\n", encoding="utf-8")
    argv = ["--from", str(source), "--journal", str(tmp_path / "j.sqlite"), "--plan", "business", "--yes", "--json"]
    code = run("rollback-many", argv, stdin=io.StringIO(""), stdout=io.StringIO())
    assert code == EXIT_OK
    assert all(sandbox.count_rollbacks(i) == 1 for i in ids)
    assert sandbox.rate_limit is not None and sandbox.rate_limit.refused == 0
    assert [options["rate_limit_plan"] for options in opened] == ["business"]


def test_an_unknown_plan_is_bad_usage(sandbox: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        run("get", ["r_1", "--plan", "enterprise"], stdin=io.StringIO(""), stdout=io.StringIO())
    assert exited.value.code == EXIT_USAGE
    assert "--plan" in capsys.readouterr().err
