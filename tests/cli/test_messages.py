"""The CLI's error messages in the operator's words: the host or file concerned, and the flag or variable to change;
a missing --env-file and a bad number are usage errors (exit 2); a declined confirmation says nothing was done."""

from __future__ import annotations

import io
import json
import socket
from pathlib import Path

import pytest
from voucherify_rollbacks.cli.output import EXIT_AUTH, EXIT_OTHER, EXIT_USAGE
from voucherify_rollbacks.cli.router import run

ENV = (
    "VOUCHERIFY_APP_ID",
    "VOUCHERIFY_APP_TOKEN",
    "VOUCHERIFY_BEARER_TOKEN",
    "VOUCHERIFY_BASE_URL",
    "VOUCHERIFY_CLUSTER",
)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOUCHERIFY_APP_ID", "id")
    monkeypatch.setenv("VOUCHERIFY_APP_TOKEN", "token")


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _run(command: str, *argv: str, stdin: io.StringIO | None = None) -> tuple[int, str]:
    out = io.StringIO()
    code = run(command, list(argv), stdin=stdin or io.StringIO(), stdout=out)
    return code, out.getvalue()


@pytest.mark.usefixtures("keys")
def test_a_closed_port_names_the_url_and_the_flag_and_variable_to_check(capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://127.0.0.1:{_closed_port()}"
    code, _ = _run("list", "--base-url", url, "--max-retries", "0")
    err = capsys.readouterr().err
    assert code == EXIT_OTHER
    assert f"cannot connect to {url}: connection refused; check --base-url / VOUCHERIFY_BASE_URL" in err
    code, out = _run("list", "--base-url", url, "--max-retries", "0", "--json")
    assert json.loads(out)["message"].startswith(f"cannot connect to {url}: connection refused")


def test_no_credentials_names_the_variables_and_the_env_file_flag(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run("list")[0] == EXIT_AUTH
    err = capsys.readouterr().err
    assert "no credentials: set VOUCHERIFY_APP_ID and VOUCHERIFY_APP_TOKEN (or VOUCHERIFY_BEARER_TOKEN)" in err
    assert "--env-file FILE" in err and "app_id" not in err and "bearer_token" not in err


def test_half_a_key_pair_names_the_missing_variable(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("VOUCHERIFY_APP_ID", "id")
    assert _run("list")[0] == EXIT_AUTH
    assert "VOUCHERIFY_APP_ID is set but VOUCHERIFY_APP_TOKEN is missing" in capsys.readouterr().err


def test_a_missing_or_unreadable_env_file_is_a_usage_error_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.env"
    assert _run("list", "--env-file", str(missing))[0] == EXIT_USAGE
    assert f"--env-file {missing}: no such file" in capsys.readouterr().err
    garbled = tmp_path / "garbled.env"
    garbled.write_bytes(b"VOUCHERIFY_APP_ID=\xff\xfe\n")
    assert _run("list", "--env-file", str(garbled))[0] == EXIT_USAGE
    assert f"--env-file {garbled}: cannot read it (not UTF-8 text)" in capsys.readouterr().err
    assert _run("list", "--env-file", str(tmp_path))[0] == EXIT_USAGE  # a folder
    assert f"--env-file {tmp_path}: cannot read it" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("command", "option", "value"),
    [
        ("list", "--limit", "-1"),
        ("list", "--limit", "0"),
        ("list", "--timeout", "0"),
        ("list", "--max-retries", "-1"),
        ("rollback-many", "--concurrency", "0"),
        ("rollback-many", "--requests-per-minute", "0"),
        ("rollback-many", "--concurrency", "many"),
    ],
)
def test_numeric_options_out_of_range_exit_2_with_a_message(
    command: str, option: str, value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [option, value] + (["--from", "ids.txt"] if command == "rollback-many" else [])
    with pytest.raises(SystemExit) as stopped:
        _run(command, *argv)
    assert stopped.value.code == EXIT_USAGE
    assert f"argument {option}:" in capsys.readouterr().err


@pytest.mark.usefixtures("keys")
def test_a_declined_confirmation_says_nothing_was_rolled_back(capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = _run("rollback", "r_1", "--base-url", "https://api.voucherify.io", stdin=Terminal("n\n"))
    assert code == EXIT_USAGE
    assert "aborted: nothing was rolled back" in capsys.readouterr().err
