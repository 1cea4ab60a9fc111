"""The operator commands against a sandbox over real sockets: rollbacks, reads, JSON lines, dry runs, exit codes,
credentials from the environment or an env file (never echoed), and the confirmation asked of remote hosts."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from voucherify_rollbacks import __version__
from voucherify_rollbacks.cli import main
from voucherify_rollbacks.cli.output import (
    EXIT_ALREADY_ROLLED_BACK,
    EXIT_AUTH,
    EXIT_NOT_FOUND,
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


@pytest.fixture
def sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox]:
    with Sandbox() as sb:
        for name in ENV:
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("VOUCHERIFY_APP_ID", sb.app_id)
        monkeypatch.setenv("VOUCHERIFY_APP_TOKEN", sb.app_token)
        monkeypatch.setenv("VOUCHERIFY_BASE_URL", sb.base_url)
        yield sb


def _stack(sb: Sandbox) -> str:
    with sb.client() as vf:
        redeemed = vf.redeem(["GIFT-100", "SAVE10"], order={"amount": 20000})
    assert redeemed.redemption_id is not None
    return redeemed.redemption_id


def _run(command: str, *argv: str, stdin: str = "") -> tuple[int, str]:
    out = io.StringIO()
    code = run(command, list(argv), stdin=io.StringIO(stdin), stdout=out)
    return code, out.getvalue()


def _json_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_rollback_stacked_prints_a_table_then_a_second_run_exits_already_rolled_back(
    sandbox: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    parent = _stack(sandbox)
    code, out = _run("rollback-stacked", parent, "--reason", "order canceled")
    assert code == EXIT_OK, out
    assert out.count("rr_") >= 3 and "SUCCESS" in out and "CANCELED" in out
    assert sandbox.voucher("GIFT-100")["gift"]["balance"] == 10000
    code, out = _run("rollback-stacked", parent)
    assert code == EXIT_ALREADY_ROLLED_BACK
    assert "AlreadyRolledBackError" in capsys.readouterr().err
    assert sandbox.count_rollbacks(parent) == 1


def test_json_output_is_one_object_per_line_with_the_rollbacks(sandbox: Sandbox) -> None:
    parent = _stack(sandbox)
    code, out = _run("rollback-stacked", parent, "--json")
    assert code == EXIT_OK
    (line,) = _json_lines(out)
    assert line["ok"] is True and line["id"] == parent
    assert line["parent_rollback"]["redemption"] == parent
    assert sorted(r["result"] for r in line["rollbacks"]) == ["SUCCESS", "SUCCESS"]
    code, out = _run("rollback-stacked", parent, "--json")
    (error,) = _json_lines(out)
    assert code == EXIT_ALREADY_ROLLED_BACK and error["key"] == "already_rolled_back" and error["status_code"] == 400


def test_dry_run_sends_no_post(sandbox: Sandbox) -> None:
    parent = _stack(sandbox)
    # A pending fault on the rollback operation is consumed by the first POST that reaches it: it must stay pending.
    sandbox_faults = Sandbox(faults=True)
    with sandbox_faults as sb:
        with sb.client() as vf:
            stacked = vf.redeem(["GIFT-100", "SAVE10"], order={"amount": 20000}).redemption_id
        assert stacked is not None
        sb.inject_fault("rollback-stacked-redemptions", "500", times=1)
        code, out = _run("rollback-stacked", stacked, "--dry-run", "--json", "--base-url", sb.base_url)
        assert code == EXIT_AUTH  # the fixture's credentials are the other sandbox's: proves flags reach the client
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("VOUCHERIFY_APP_ID", sb.app_id)
            patch.setenv("VOUCHERIFY_APP_TOKEN", sb.app_token)
            code, out = _run("rollback-stacked", stacked, "--dry-run", "--json", "--base-url", sb.base_url)
        assert code == EXIT_OK, out
        (plan,) = _json_lines(out)
        assert plan["would_roll_back"] is True and len(plan["children"]) == 2
        assert sb.faults_pending() == {"rollback-stacked-redemptions": ["500"]}
        assert sb.count_rollbacks(stacked) == 0
    code, out = _run("rollback-stacked", parent, "--dry-run")
    assert code == EXIT_OK and "would roll back" in out and "GIFT-100" in out
    assert sandbox.count_rollbacks(parent) == 0


def test_dry_run_of_a_rolled_back_stack_says_it_would_be_refused(sandbox: Sandbox) -> None:
    parent = _stack(sandbox)
    assert _run("rollback-stacked", parent)[0] == EXIT_OK
    code, out = _run("rollback-stacked", parent, "--dry-run", "--json")
    (plan,) = _json_lines(out)
    assert code == EXIT_OK and plan["would_roll_back"] is False and plan["already_rolled_back_by"]


def test_get_list_and_not_found(sandbox: Sandbox) -> None:
    parent = _stack(sandbox)
    code, out = _run("get", parent, "--json")
    assert code == EXIT_OK and _json_lines(out)[0]["id"] == parent
    code, out = _run("list", "--json", "--parent-redemption-id", parent)
    children = _json_lines(out)
    assert code == EXIT_OK and len(children) == 2 and {c["redemption"] for c in children} == {parent}
    code, out = _run("list", "--limit", "1")
    assert code == EXIT_OK and "1 item(s)" in out
    assert _run("get", "r_0000000000000000000")[0] == EXIT_NOT_FOUND
    assert _run("rollback-stacked", "r_0000000000000000000")[0] == EXIT_NOT_FOUND


def test_credentials_from_an_env_file_win_and_are_never_printed(
    sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    parent = _stack(sandbox)
    monkeypatch.setenv("VOUCHERIFY_APP_TOKEN", "wrong-token-from-the-environment")
    assert _run("get", parent)[0] == EXIT_AUTH
    env_file = tmp_path / "voucherify.env"
    env_file.write_text(f"# staging\nexport VOUCHERIFY_APP_TOKEN='{sandbox.app_token}'\n", encoding="utf-8")
    code, out = _run("rollback-stacked", parent, "--env-file", str(env_file), "--json")
    captured = capsys.readouterr()
    assert code == EXIT_OK
    for secret in (sandbox.app_token, "wrong-token-from-the-environment"):
        assert secret not in out + captured.out + captured.err
    assert _run("get", parent, "--env-file", str(tmp_path / "missing.env"))[0] == EXIT_USAGE


def test_a_remote_host_needs_confirmation(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # Refused before anything is sent: no network is needed (and none is reached).
    monkeypatch.setenv("VOUCHERIFY_APP_ID", "id")
    monkeypatch.setenv("VOUCHERIFY_APP_TOKEN", "token")
    code, _ = _run("rollback-stacked", "r_1", "--base-url", "https://api.voucherify.io")
    assert code == EXIT_USAGE and "--yes" in capsys.readouterr().err
    assert _run("rollback", "r_1", "--base-url", "https://api.voucherify.io", stdin="n\n")[0] == EXIT_USAGE


def test_version_help_and_python_dash_m(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"voucherify-rollbacks {__version__}"
    assert main(["--help"]) == 0
    text = capsys.readouterr().out
    assert "rollback-stacked" in text and "exit codes:" in text and "may or may not have been applied" in text
    with pytest.raises(SystemExit) as exited:
        main(["rollback", "--help"])
    assert exited.value.code == 0 and "exit codes:" in capsys.readouterr().out
    ran = subprocess.run(
        [sys.executable, "-m", "voucherify_rollbacks", "--version"], capture_output=True, text=True, timeout=60
    )
    assert ran.returncode == 0 and ran.stdout.strip() == f"voucherify-rollbacks {__version__}"


def test_the_sdk_and_the_cli_entry_point_load_no_cli_library() -> None:
    # httpx itself imports rich for its own command line when click is installed (the dev tools bring it): what
    # counts is what our modules add on top of `import httpx`.
    code = (
        "import sys, httpx; before = set(sys.modules); "
        "import pkgutil, importlib, voucherify_rollbacks, voucherify_rollbacks.cli as cli; "
        "[importlib.import_module(m.name) for m in pkgutil.iter_modules(cli.__path__, 'voucherify_rollbacks.cli.')]; "
        "print(sorted(m for m in set(sys.modules) - before if m.split('.')[0] in ('rich', 'dotenv')))"
    )
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert ran.stdout.strip() == "[]"
