"""How a client is configured: arguments, the VOUCHERIFY_* environment, clusters, auth headers, the transport."""

from __future__ import annotations

import contextlib

import httpx
import pytest
from voucherify_rollbacks import AsyncVoucherify, Voucherify, VoucherifyError
from voucherify_rollbacks.errors import ConfigurationError

from tests.support.scripted_api import (
    APP_ID,
    APP_TOKEN,
    BEARER_TOKEN,
    PARENT_ID,
    Reply,
    ScriptedAPI,
    api_error,
    example,
    ok,
    run,
)

REDEMPTION = {"id": "r_1", "object": "redemption", "result": "SUCCESS"}


def test_client_arguments_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        Voucherify(APP_ID, APP_TOKEN)  # type: ignore[misc]
    with pytest.raises(TypeError):
        AsyncVoucherify(APP_ID, APP_TOKEN)  # type: ignore[misc]


def test_credentials_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch, api: ScriptedAPI) -> None:
    monkeypatch.setenv("VOUCHERIFY_APP_ID", "env-app-id")
    monkeypatch.setenv("VOUCHERIFY_APP_TOKEN", "env-app-token")
    monkeypatch.setenv("VOUCHERIFY_BASE_URL", "http://127.0.0.1:8099/")
    api.on("GET", "/v1/redemptions/r_1", ok(REDEMPTION))
    transport = httpx.Client(transport=httpx.MockTransport(api.handler))
    with Voucherify(http_client=transport, sleep=api.sleep) as client:
        assert client.base_url == "http://127.0.0.1:8099"
        client.get_redemption("r_1")
    sent = api.requests[0]
    assert str(sent.url) == "http://127.0.0.1:8099/v1/redemptions/r_1"
    assert sent.headers["X-App-Id"] == "env-app-id"
    assert sent.headers["X-App-Token"] == "env-app-token"


def test_bearer_token_from_the_environment_sends_authorization_and_no_app_keys(
    monkeypatch: pytest.MonkeyPatch, api: ScriptedAPI
) -> None:
    monkeypatch.setenv("VOUCHERIFY_BEARER_TOKEN", BEARER_TOKEN)
    api.on("GET", "/v1/redemptions/r_1", ok(REDEMPTION))
    with Voucherify(http_client=httpx.Client(transport=httpx.MockTransport(api.handler))) as client:
        client.get_redemption("r_1")
    sent = api.requests[0]
    assert sent.headers["Authorization"] == f"Bearer {BEARER_TOKEN}"
    assert "X-App-Id" not in sent.headers
    assert "X-App-Token" not in sent.headers


def test_app_keys_send_x_app_id_and_x_app_token_and_no_authorization(api: ScriptedAPI) -> None:
    api.on("GET", "/v1/redemptions/r_1", ok(REDEMPTION))
    with api.client() as client:
        client.get_redemption("r_1")
    sent = api.requests[0]
    assert (sent.headers["X-App-Id"], sent.headers["X-App-Token"]) == (APP_ID, APP_TOKEN)
    assert "Authorization" not in sent.headers


def test_arguments_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOUCHERIFY_CLUSTER", "us1")
    monkeypatch.setenv("VOUCHERIFY_APP_ID", "env-id")
    monkeypatch.setenv("VOUCHERIFY_APP_TOKEN", "env-token")
    with Voucherify(app_id="arg-id", app_token="arg-token", cluster="as1") as client:
        assert client.base_url == "https://as1.api.voucherify.io"


@pytest.mark.parametrize(
    ("present", "missing"),
    [
        ({"VOUCHERIFY_APP_ID": "id"}, "VOUCHERIFY_APP_TOKEN"),
        ({"VOUCHERIFY_APP_TOKEN": "token"}, "VOUCHERIFY_APP_ID"),
        ({}, "VOUCHERIFY_APP_ID"),
        ({}, "VOUCHERIFY_BEARER_TOKEN"),
    ],
)
def test_missing_credential_error_names_the_missing_variable(
    monkeypatch: pytest.MonkeyPatch, present: dict[str, str], missing: str
) -> None:
    for name, value in present.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ConfigurationError, match=missing):
        Voucherify()
    with pytest.raises(ConfigurationError, match=missing):
        AsyncVoucherify()


@pytest.mark.parametrize(
    ("cluster", "base_url"),
    [
        ("eu1", "https://api.voucherify.io"),
        ("us1", "https://us1.api.voucherify.io"),
        ("as1", "https://as1.api.voucherify.io"),
    ],
)
def test_cluster_selects_its_regional_base_url(
    monkeypatch: pytest.MonkeyPatch, api: ScriptedAPI, cluster: str, base_url: str
) -> None:
    api.on("GET", "/v1/redemptions/r_1", ok(REDEMPTION))
    with api.client(cluster=cluster) as client:
        assert client.base_url == base_url
        client.get_redemption("r_1")
    assert str(api.requests[0].url) == f"{base_url}/v1/redemptions/r_1"
    monkeypatch.setenv("VOUCHERIFY_CLUSTER", cluster)
    with Voucherify(app_id=APP_ID, app_token=APP_TOKEN) as from_env:
        assert from_env.base_url == base_url


def test_default_cluster_is_eu1() -> None:
    with Voucherify(app_id=APP_ID, app_token=APP_TOKEN) as client:
        assert client.base_url == "https://api.voucherify.io"


def test_unknown_cluster_is_refused_by_name() -> None:
    with pytest.raises(ConfigurationError, match="eu9"):
        Voucherify(app_id=APP_ID, app_token=APP_TOKEN, cluster="eu9")


@pytest.mark.parametrize(
    "base_url", ["http://api.voucherify.io", "http://10.0.0.5:8080", "http://example.com/", "http://127.evil.com"]
)
def test_plain_http_to_a_non_loopback_host_is_refused(monkeypatch: pytest.MonkeyPatch, base_url: str) -> None:
    with pytest.raises(ConfigurationError, match="http"):
        Voucherify(app_id=APP_ID, app_token=APP_TOKEN, base_url=base_url)
    monkeypatch.setenv("VOUCHERIFY_BASE_URL", base_url)
    with pytest.raises(ConfigurationError):
        AsyncVoucherify(app_id=APP_ID, app_token=APP_TOKEN)


@pytest.mark.parametrize("base_url", ["http://127.0.0.1:8000", "http://localhost:8000", "http://[::1]:8000"])
def test_plain_http_to_loopback_is_allowed(base_url: str) -> None:
    with Voucherify(app_id=APP_ID, app_token=APP_TOKEN, base_url=base_url) as client:
        assert client.base_url == base_url


def test_closed_client_refuses_calls_without_sending(api: ScriptedAPI) -> None:
    with api.client() as client:
        pass
    with pytest.raises(ConfigurationError, match="closed"):
        client.get_redemption("r_1")
    assert api.requests == []


def test_async_closed_client_refuses_calls_without_sending(api: ScriptedAPI) -> None:
    async def scenario() -> None:
        async with api.async_client() as client:
            pass
        with pytest.raises(ConfigurationError, match="closed"):
            await client.rollback_stacked(PARENT_ID)

    run(scenario())
    assert api.requests == []


def test_close_closes_the_connection_pool_the_sdk_made() -> None:
    client = Voucherify(app_id=APP_ID, app_token=APP_TOKEN)
    client.close()
    assert client._own is not None and client._own.closed

    async def scenario() -> AsyncVoucherify:
        async with AsyncVoucherify(app_id=APP_ID, app_token=APP_TOKEN) as async_client:
            pass
        return async_client

    closed = run(scenario())._own
    assert closed is not None and closed.closed


def test_injected_http_client_gets_sdk_base_url_auth_timeout_and_retries_and_stays_open(api: ScriptedAPI) -> None:
    api.on("GET", "/v1/redemptions/r_1", api_error(503), ok(REDEMPTION))
    own = httpx.Client(
        transport=httpx.MockTransport(api.handler),
        base_url="https://proxy.example",
        headers={"X-App-Token": "someone-elses-token"},
        timeout=99.0,
    )
    with api.client(http_client=own, timeout=7.0) as client:
        client.get_redemption("r_1")
    assert len(api.requests) == 2
    sent = api.requests[-1]
    assert str(sent.url) == "https://api.voucherify.io/v1/redemptions/r_1"
    assert sent.headers["X-App-Token"] == APP_TOKEN
    assert sent.extensions["timeout"]["read"] == 7.0
    assert not own.is_closed
    api.on("GET", "/still-open", ok({}))
    assert own.get("/still-open").status_code == 200
    own.close()


def test_injected_async_http_client_is_not_closed_by_aclose(api: ScriptedAPI) -> None:
    api.on("GET", "/v1/redemptions/r_1", ok(REDEMPTION))
    own = httpx.AsyncClient(transport=httpx.MockTransport(api.handler), base_url="https://proxy.example")

    async def scenario() -> None:
        async with api.async_client(http_client=own) as client:
            await client.get_redemption("r_1")
        assert not own.is_closed
        await own.aclose()

    run(scenario())
    assert str(api.requests[0].url) == "https://api.voucherify.io/v1/redemptions/r_1"


def test_injected_client_that_follows_redirects_never_forwards_credentials_to_another_host(api: ScriptedAPI) -> None:
    api.on("GET", "/v1/redemptions/r_1", Reply(307, "", {"Location": "https://elsewhere.example/collect"}))
    api.on("GET", "/collect", ok(REDEMPTION))
    own = httpx.Client(transport=httpx.MockTransport(api.handler), follow_redirects=True)
    with api.client(http_client=own) as client, contextlib.suppress(VoucherifyError):
        client.get_redemption("r_1", max_retries=0)
    own.close()
    assert api.requests[0].url.host == "api.voucherify.io"
    leaked = [str(r.url) for r in api.requests if r.url.host != "api.voucherify.io" and "X-App-Token" in r.headers]
    assert leaked == [], "the app token was sent to a host other than the base URL"


def test_wrong_kind_of_http_client_is_refused() -> None:
    with pytest.raises(ConfigurationError, match=r"httpx\.Client"):
        Voucherify(app_id=APP_ID, app_token=APP_TOKEN, http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match=r"httpx\.AsyncClient"):
        AsyncVoucherify(app_id=APP_ID, app_token=APP_TOKEN, http_client=httpx.Client())  # type: ignore[arg-type]


def test_default_timeout_is_sent_and_a_per_call_timeout_overrides_it(api: ScriptedAPI) -> None:
    api.on("GET", "/v1/redemptions/r_1", ok(REDEMPTION), ok(REDEMPTION))
    with api.client() as client:
        client.get_redemption("r_1")
        client.get_redemption("r_1", timeout=3.0)
    default, per_call = (r.extensions["timeout"] for r in api.requests)
    assert (default["read"], default["connect"]) == (30.0, 5.0)
    assert (per_call["read"], per_call["connect"]) == (3.0, 3.0)


@pytest.mark.parametrize("bad", [0, -1, float("inf"), float("nan")])
def test_unusable_timeout_is_refused(bad: float) -> None:
    with pytest.raises(ConfigurationError, match="timeout"):
        Voucherify(app_id=APP_ID, app_token=APP_TOKEN, timeout=bad)


@pytest.mark.parametrize("bad", [-1, True, 1.5])
def test_unusable_max_retries_is_refused(bad: object) -> None:
    with pytest.raises(ConfigurationError, match="max_retries"):
        Voucherify(app_id=APP_ID, app_token=APP_TOKEN, max_retries=bad)  # type: ignore[arg-type]


def test_repr_of_clients_results_and_errors_never_shows_the_token(api: ScriptedAPI) -> None:
    api.on(
        "POST",
        f"/v1/redemptions/{PARENT_ID}/rollbacks",
        ok(example("rollbacks_success.json"), **{"X-App-Token": APP_TOKEN}),
    )
    api.on("GET", "/v1/redemptions/r_2", api_error(401, "unauthorized", "Unauthorized"))
    with api.client() as client, Voucherify(bearer_token=BEARER_TOKEN) as bearer:
        result = client.rollback_stacked(PARENT_ID)
        with pytest.raises(Exception) as caught:
            client.get_redemption("r_2", max_retries=0)
        texts = [repr(client), str(client), repr(bearer), repr(result), repr(caught.value), str(caught.value)]
        texts += [repr(result.headers), repr(result.rollbacks), repr(result.parent_rollback)]
    for text in texts:
        assert APP_TOKEN not in text
        assert BEARER_TOKEN not in text
    assert "api.voucherify.io" in repr(client)
