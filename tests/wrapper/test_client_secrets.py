"""Credentials never leave the request headers: not in logs (even at DEBUG), errors, results or their headers."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from scripted_api import APP_TOKEN, BEARER_TOKEN, PARENT_ID, Reply, ScriptedAPI, api_error, example, ok
from voucherify_rollbacks import VoucherifyError
from voucherify_rollbacks._logging import configure_from_env

STACKED_PATH = f"/v1/redemptions/{PARENT_ID}/rollbacks"
# A misbehaving proxy that echoes credentials back in its answers.
ECHOED = {
    "X-App-Token": APP_TOKEN,
    "WWW-Authenticate": f"Bearer {BEARER_TOKEN}",
    "X-Echo-Authorization": f"Bearer {BEARER_TOKEN}",
    "X-Request-Id": "v-echo",
}
SECRETS = (APP_TOKEN, BEARER_TOKEN)


def assert_secret_free(*texts: Any) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in str(text), f"a token leaked into {str(text)[:200]!r}"


def script_calls(api: ScriptedAPI) -> None:
    api.on("GET", "/v1/redemptions/r_401", Reply(401, {"code": 401, "key": "unauthorized"}, ECHOED))
    api.on("POST", STACKED_PATH, api_error(503), ok(example("rollbacks_success.json"), **ECHOED))
    api.on("GET", "/v1/redemptions/r_timeout", httpx.ReadTimeout, Reply(404, {"key": "not_found"}, ECHOED))


def run_calls(client: Any) -> tuple[list[VoucherifyError], Any]:
    errors: list[VoucherifyError] = []
    for call in (lambda: client.get_redemption("r_401"), lambda: client.get_redemption("r_timeout")):
        with pytest.raises(VoucherifyError) as caught:
            call()
        errors.append(caught.value)
    return errors, client.rollback_stacked(PARENT_ID)


@pytest.mark.parametrize("auth", ["app keys", "bearer token"])
def test_tokens_appear_nowhere_with_debug_logging(
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    api: ScriptedAPI,
    auth: str,
) -> None:
    monkeypatch.setenv("VOUCHERIFY_LOG", "debug")
    configure_from_env()
    caplog.set_level(logging.DEBUG)
    script_calls(api)
    kwargs = {"bearer_token": BEARER_TOKEN} if auth == "bearer token" else {}
    with api.client(**kwargs) as client:
        errors, result = run_calls(client)
        client_repr = repr(client)
    sent = api.requests[0].headers
    assert (sent.get("X-App-Token") == APP_TOKEN) or (sent.get("Authorization") == f"Bearer {BEARER_TOKEN}")
    assert "Retrying" in caplog.text, "the retry was not logged: the check below would prove nothing"
    assert "/v1/redemptions/r_401" in caplog.text
    stderr = capsys.readouterr().err
    assert "Retrying" in stderr, "VOUCHERIFY_LOG=debug did not send the SDK's records to stderr"
    assert_secret_free(caplog.text, stderr, client_repr)
    for record in caplog.records:
        assert_secret_free(record.getMessage(), record.args)
    for error in errors:
        assert_secret_free(str(error), repr(error), getattr(error, "headers", {}), vars(error))
    assert errors[0].request_id == "v-echo"
    assert_secret_free(repr(result), result.headers, result.request_id)
    assert result.headers.get("x-request-id") == "v-echo"


def test_async_client_keeps_tokens_out_of_logs(caplog: pytest.LogCaptureFixture, api: ScriptedAPI) -> None:
    from scripted_api import run

    caplog.set_level(logging.DEBUG)
    script_calls(api)

    async def scenario() -> tuple[list[Any], Any]:
        errors: list[Any] = []
        async with api.async_client() as client:
            for item_id in ("r_401", "r_timeout"):
                try:
                    await client.get_redemption(item_id)
                except VoucherifyError as error:
                    errors.append(error)
            return errors, await client.rollback_stacked(PARENT_ID)

    errors, result = run(scenario())
    assert len(errors) == 2
    assert "Retrying" in caplog.text
    assert_secret_free(caplog.text, *[repr(e) for e in errors], *[e.headers for e in errors], result.headers)


def test_a_token_logged_by_the_application_through_the_sdk_logger_is_redacted(
    caplog: pytest.LogCaptureFixture, api: ScriptedAPI
) -> None:
    caplog.set_level(logging.DEBUG, logger="voucherify_rollbacks")
    with api.client():
        logging.getLogger("voucherify_rollbacks").warning("token was %s", APP_TOKEN)
    assert "token was" in caplog.text
    assert_secret_free(caplog.text)


def test_sdk_log_lines_carry_the_path_but_never_the_query_or_body(
    caplog: pytest.LogCaptureFixture, api: ScriptedAPI
) -> None:
    caplog.set_level(logging.DEBUG, logger="voucherify_rollbacks")
    api.on("POST", STACKED_PATH, api_error(503), ok(example("rollbacks_success.json")))
    with api.client() as client:
        client.rollback_stacked(
            PARENT_ID, reason="alice@example.com complained", customer={"email": "alice@example.com"}
        )
    sdk_lines = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("voucherify_rollbacks"))
    assert STACKED_PATH in sdk_lines
    assert "Retrying" in sdk_lines
    assert "alice@example.com" not in sdk_lines


def test_internal_connection_repr_never_shows_credentials() -> None:
    from voucherify_rollbacks import Voucherify

    with Voucherify(app_id="id_1", app_token="tok_secret_123", base_url="https://api.voucherify.io") as client:
        assert "tok_secret_123" not in repr(client._connection)
        assert "tok_secret_123" not in repr(client._settings)
