"""An error keeps the credentials of the client that raised it out of everything it shows, after that client is
closed and in another process after pickling: against a real socket server that echoes the request's token into
its error body, message, details and headers."""

from __future__ import annotations

import json
import logging
import pickle
import subprocess
import sys
import traceback
from pathlib import Path
from typing import Any

import pytest
from voucherify_rollbacks import AsyncVoucherify, AuthenticationError, RollbackOutcomeUnknownError, Voucherify
from voucherify_rollbacks.cli import main
from voucherify_rollbacks.errors.redaction import PROCESS_FILTER, redact_exception

from tests.support.hostile import HostileServer, echo_credentials
from tests.support.scripted_api import APP_ID, APP_TOKEN, BEARER_TOKEN, run

AUTHS = {"app keys": {"app_id": APP_ID, "app_token": APP_TOKEN}, "bearer token": {"bearer_token": BEARER_TOKEN}}
TOKEN = {"app keys": APP_TOKEN, "bearer token": BEARER_TOKEN}


def raised_by_a_closed_client(base_url: str, auth: str, kind: str) -> AuthenticationError:
    options: dict[str, Any] = {"base_url": base_url, "max_retries": 0, **AUTHS[auth]}
    if kind == "sync":
        with Voucherify(**options) as client, pytest.raises(AuthenticationError) as caught:
            client.get_redemption("r_1")
        return caught.value

    async def scenario() -> AuthenticationError:
        async with AsyncVoucherify(**options) as client:
            with pytest.raises(AuthenticationError) as caught:
                await client.get_redemption("r_1")
        return caught.value

    error: AuthenticationError = run(scenario())
    return error


def everything_shown(error: BaseException) -> list[str]:
    wrapped = RuntimeError("the caller's own wrapper")
    wrapped.__cause__ = error
    return [
        str(error),
        repr(error),
        repr(error.args),
        json.dumps(getattr(error, "to_dict", dict)()),
        "".join(traceback.format_exception(error)),
        "".join(traceback.format_exception(wrapped)),
        repr({k: v for k, v in vars(error).items() if k != "body"}),
    ]


def assert_clean(token: str, *texts: str) -> None:
    for text in texts:
        assert token not in text, f"the token leaked into {text[:300]!r}"


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("auth", list(AUTHS))
def test_an_echoed_token_shows_nowhere_after_the_client_is_closed(
    auth: str, kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    with HostileServer(echo_credentials(401)) as server:
        error = raised_by_a_closed_client(server.base_url, auth, kind)
    token = TOKEN[auth]
    assert token in error.body, "the server did not echo the token: the checks below would prove nothing"
    assert token not in PROCESS_FILTER.secrets(), "the client is closed: only the error itself knows its token"
    assert_clean(token, *everything_shown(error))
    assert error.to_dict()["body"].count("<redacted>") >= 1
    caplog.set_level(logging.DEBUG)
    for name in ("voucherify_rollbacks", "my.app", ""):
        log = logging.getLogger(name)
        log.error("call failed: %s / %r", error, error, exc_info=error)
        log.debug("as data: %s", error.to_dict())
    assert caplog.records and "call failed" in caplog.text
    assert_clean(token, caplog.text, *(record.getMessage() for record in caplog.records))


UNPICKLE = """
import json, pickle, sys, traceback
error = pickle.loads(sys.stdin.buffer.read())
print(str(error)); print(repr(error)); print(repr(error.args)); print(json.dumps(error.to_dict()))
print("".join(traceback.format_exception_only(error)))
print("BODY-HOLDS-IT" if sys.argv[1] in error.body else "BODY-CLEAN")
"""


@pytest.mark.parametrize("auth", list(AUTHS))
def test_an_error_unpickled_in_another_process_still_scrubs_the_echoed_token(auth: str) -> None:
    with HostileServer(echo_credentials(401)) as server:
        error = raised_by_a_closed_client(server.base_url, auth, "sync")
    token = TOKEN[auth]
    shown = subprocess.run(
        [sys.executable, "-c", UNPICKLE, token],
        input=pickle.dumps(error),
        capture_output=True,
        check=True,
        timeout=60,
    ).stdout.decode()
    assert "BODY-HOLDS-IT" in shown, "the raw body travelled as documented"
    assert "AuthenticationError" in shown
    assert_clean(token, shown.replace("BODY-HOLDS-IT", ""))


def test_a_pickle_never_holds_a_token_the_error_itself_does_not() -> None:
    error = AuthenticationError("401 unauthorized", body='{"key": "unauthorized"}')
    redact_exception(error, ["never-echoed-token"])
    assert b"never-echoed-token" not in pickle.dumps(error)
    assert "never-echoed-token" not in repr(vars(error))


def test_an_outcome_unknown_error_scrubs_its_last_error_with_the_secrets_captured_when_raised() -> None:
    last = AuthenticationError("refused", body="you sent tok-captured-123", headers={"X-Echo": "tok-captured-123"})
    error = RollbackOutcomeUnknownError("r_1", last, "the look-up failed")
    redact_exception(error, ["tok-captured-123"])
    copy = pickle.loads(pickle.dumps(error))
    for shown in (error, copy):
        assert_clean("tok-captured-123", *everything_shown(shown))


@pytest.mark.parametrize("mode", [["--json"], []], ids=["json lines", "tables"])
@pytest.mark.parametrize("auth", list(AUTHS))
def test_the_cli_shows_no_echoed_token_in_any_output_mode(
    auth: str, mode: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for name in ("VOUCHERIFY_APP_ID", "VOUCHERIFY_APP_TOKEN", "VOUCHERIFY_BEARER_TOKEN", "VOUCHERIFY_CLUSTER"):
        monkeypatch.delenv(name, raising=False)
    for setting, value in AUTHS[auth].items():
        monkeypatch.setenv(f"VOUCHERIFY_{setting.upper()}", value)
    monkeypatch.setenv("VOUCHERIFY_LOG", "debug")
    source = tmp_path / "ids.txt"
    source.write_text("r_1\nr_2\n", encoding="utf-8")
    token = TOKEN[auth]
    with HostileServer(echo_credentials(401)) as server:
        base = ["--base-url", server.base_url, "--max-retries", "0", *mode]
        codes = [
            main(["get", "r_1", *base]),
            main(["rollback", "r_1", "--yes", *base]),
            main(["rollback-many", "--from", str(source), "--yes", "--journal", str(tmp_path / "j.sqlite"), *base]),
        ]
        output = capsys.readouterr()
    assert all(code != 0 for code in codes)
    assert output.out or output.err
    assert "unauthorized" in output.out + output.err, "the echoing answers were not shown: nothing was proved"
    assert_clean(token, output.out, output.err)
