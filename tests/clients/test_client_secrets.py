"""Credentials never leave the request headers: not in logs (even at DEBUG), errors, results or their headers."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from voucherify_rollbacks import VoucherifyError
from voucherify_rollbacks.errors.redaction import configure_from_env

from tests.support.scripted_api import APP_TOKEN, BEARER_TOKEN, PARENT_ID, Reply, ScriptedAPI, api_error, example, ok

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
    from tests.support.scripted_api import run

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


# --- credentials checked when the client is made ------------------------------------------------------------------


@pytest.mark.parametrize("padding", ["\n", "\r\n", "  ", "\t"])
def test_a_token_read_from_a_file_is_stripped_and_works(api: ScriptedAPI, padding: str) -> None:
    api.on("GET", "/v1/redemptions/r_1", ok({"id": "r_1", "object": "redemption"}))
    with api.client(app_token=APP_TOKEN + padding, app_id=" app-id-4f1c" + padding) as client:
        client.get_redemption("r_1")
    assert api.requests[0].headers["X-App-Token"] == APP_TOKEN
    assert api.requests[0].headers["X-App-Id"] == "app-id-4f1c"


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        ("app_token", "tok\nen-SECRET"),
        ("app_token", "tökén-SECRET"),
        ("bearer_token", "bearer\x00-SECRET"),
        ("bearer_token", "bearer\u200b-SECRET"),
        ("app_id", "app\rid-SECRET"),
    ],
)
def test_a_credential_a_header_cannot_carry_is_a_configuration_error_naming_the_setting_not_the_value(
    setting: str, value: str
) -> None:
    from voucherify_rollbacks import Voucherify
    from voucherify_rollbacks.errors import ConfigurationError

    kwargs: dict[str, str] = {"app_id": "id", "app_token": "token"}
    if setting == "bearer_token":
        kwargs = {}
    kwargs[setting] = value
    with pytest.raises(ConfigurationError) as caught:
        Voucherify(base_url="http://127.0.0.1:9", **kwargs)
    assert setting in str(caught.value)
    assert "SECRET" not in str(caught.value) and "SECRET" not in repr(caught.value.args)


def test_a_bad_token_from_the_environment_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    from voucherify_rollbacks import Voucherify
    from voucherify_rollbacks.errors import ConfigurationError

    monkeypatch.setenv("VOUCHERIFY_BEARER_TOKEN", "ünicode-SECRET")
    with pytest.raises(ConfigurationError, match="VOUCHERIFY_BEARER_TOKEN") as caught:
        Voucherify(base_url="http://127.0.0.1:9")
    assert "SECRET" not in str(caught.value)


def test_an_explicit_bearer_token_beats_app_keys_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, api: ScriptedAPI
) -> None:
    monkeypatch.setenv("VOUCHERIFY_APP_ID", "env-id")
    monkeypatch.setenv("VOUCHERIFY_APP_TOKEN", "env-token")
    api.on("GET", "/v1/redemptions/r_1", ok({"id": "r_1", "object": "redemption"}))
    from voucherify_rollbacks import Voucherify

    http = httpx.Client(transport=httpx.MockTransport(api.handler))
    with Voucherify(bearer_token=BEARER_TOKEN, http_client=http, base_url="https://api.voucherify.io") as client:
        client.get_redemption("r_1")
    sent = api.requests[0].headers
    assert sent["Authorization"] == f"Bearer {BEARER_TOKEN}"
    assert "X-App-Token" not in sent and "X-App-Id" not in sent


def test_explicit_app_keys_beat_a_bearer_token_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, api: ScriptedAPI
) -> None:
    monkeypatch.setenv("VOUCHERIFY_BEARER_TOKEN", "env-bearer")
    api.on("GET", "/v1/redemptions/r_1", ok({"id": "r_1", "object": "redemption"}))
    with api.client() as client:
        client.get_redemption("r_1")
    assert "Authorization" not in api.requests[0].headers


# --- one process-wide log filter -----------------------------------------------------------------------------------


def test_clients_share_one_log_filter_and_forget_their_secrets_when_closed(api: ScriptedAPI) -> None:
    from voucherify_rollbacks.errors.redaction import PROCESS_FILTER, SecretsFilter

    sdk_logger = logging.getLogger("voucherify_rollbacks")
    before = list(sdk_logger.filters)
    clients = [api.client(app_token=f"many-clients-token-{i}") for i in range(50)]
    assert sdk_logger.filters == before
    assert [f for f in sdk_logger.filters if isinstance(f, SecretsFilter)] == [PROCESS_FILTER]
    assert "many-clients-token-7" in PROCESS_FILTER.secrets()
    for client in clients:
        client.close()
    assert not any(s.startswith("many-clients-token-") for s in PROCESS_FILTER.secrets())


def test_two_clients_with_one_token_keep_it_redacted_until_both_are_closed(api: ScriptedAPI) -> None:
    from voucherify_rollbacks.errors.redaction import PROCESS_FILTER

    first, second = api.client(app_token="shared-token-xyz"), api.client(app_token="shared-token-xyz")
    first.close()
    assert "shared-token-xyz" in PROCESS_FILTER.secrets()
    second.close()
    assert "shared-token-xyz" not in PROCESS_FILTER.secrets()


@pytest.mark.parametrize("name", ["httpx", "httpcore", "httpcore.http11", "httpcore.connection"])
def test_httpx_and_httpcore_log_lines_are_redacted(
    caplog: pytest.LogCaptureFixture, api: ScriptedAPI, name: str
) -> None:
    caplog.set_level(logging.DEBUG)
    with api.client():
        logging.getLogger(name).debug("response headers %s", [(b"X-Echo", APP_TOKEN.encode())])
        logging.getLogger(name).debug(f"inline {APP_TOKEN}")
    assert "inline" in caplog.text
    assert_secret_free(caplog.text)


# --- errors carry no secret, whatever the server sends --------------------------------------------------------------


def test_an_error_echoing_the_token_keeps_it_in_body_only(api: ScriptedAPI) -> None:
    echoed = {"code": 400, "key": "bad", "message": f"token {APP_TOKEN} refused", "details": f"got {APP_TOKEN}"}
    api.on("GET", "/v1/redemptions/r_1", Reply(400, echoed, {"X-Echo": APP_TOKEN}))
    with api.client() as client, pytest.raises(VoucherifyError) as caught:
        client.get_redemption("r_1")
    error = caught.value
    assert_secret_free(
        str(error), repr(error), error.args, getattr(error, "headers", {}), getattr(error, "details", "")
    )
    assert APP_TOKEN in getattr(error, "body", "")


def test_a_success_echoing_the_token_in_any_header_never_shows_it_in_the_result(api: ScriptedAPI) -> None:
    api.on("POST", STACKED_PATH, ok(example("rollbacks_success.json"), **{"X-Echo": f"you sent {APP_TOKEN}"}))
    with api.client() as client:
        result = client.rollback_stacked(PARENT_ID)
        assert result.headers["x-echo"] == "you sent <redacted>"
        assert_secret_free(repr(result), result.headers)
