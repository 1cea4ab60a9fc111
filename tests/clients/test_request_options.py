"""Per-request and per-client options (extra_headers, extra_query, extra_body, default_headers, default_query,
channel, api_version) and `with_options`, over a real socket to a stand-in that records what arrives and counts the
connections it accepts: the SDK's own pool and a caller's httpx client must put the same request on the wire."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
from voucherify_rollbacks import AsyncVoucherify, ConfigurationError, InvalidArgumentError, Voucherify
from voucherify_rollbacks._version import __version__
from voucherify_rollbacks.errors.redaction import current_secrets

from tests.support.scripted_api import APP_ID, APP_TOKEN, PARENT_ID, example, now_iso, run, stacked_parent_redemption

STACKED_PATH = f"/v1/redemptions/{PARENT_ID}/rollbacks"
GET_PATH = f"/v1/redemptions/{PARENT_ID}"
API_KEY = "proxy-key-SECRET-91b2"


@dataclass
class Arrived:
    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes


class _Server(ThreadingHTTPServer):
    connections = 0

    def process_request(self, request: Any, client_address: Any) -> None:
        self.connections += 1
        super().process_request(request, client_address)


class Recorder:
    """Answers a rollback and a get with real payloads over keep-alive HTTP/1.1, or an error naming what arrived."""

    def __init__(self) -> None:
        self.arrived: list[Arrived] = []
        self.error: tuple[int, dict[str, Any]] | None = None
        self.server = _Server(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    @property
    def connections(self) -> int:
        return self.server.connections

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, so a reused connection shows as one

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                query = parse_qsl(parts.query, keep_blank_values=True)
                recorder.arrived.append(Arrived(self.command, parts.path, query, dict(self.headers), body))
                if recorder.error is not None:
                    status, payload = recorder.error
                elif self.command == "POST":
                    status, payload = 200, example("rollbacks_success.json")
                else:
                    status, payload = 200, stacked_parent_redemption(date=now_iso())
                content = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)

            do_GET = do_POST = _serve

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler


@pytest.fixture
def recorder() -> Iterator[Recorder]:
    server = Recorder()
    server.thread.start()
    yield server
    server.server.shutdown()
    server.server.server_close()
    server.thread.join(timeout=5)


OPTIONS: dict[str, Any] = {
    "default_headers": {"X-Team": "checkout", "User-Agent": "shop/1.0"},
    "default_query": {"source": "shop", "shared": "client"},
    "channel": "shop-backend",
    "api_version": "v2018-08-01",
}
CALL: dict[str, Any] = {
    "extra_headers": {"X-Team": "refunds", "X-Trace": "t-1", "X-Api-Key": API_KEY},
    "extra_query": {"shared": "call", "flag": True, "tag": ["a", "b"]},
    "extra_body": {"customer": {"id": "cust_extra"}, "note": "hello"},
}


def rollback_over(recorder: Recorder, transport: str, sync: bool, **call: Any) -> Arrived:
    """One rollback_stacked with OPTIONS and `call`, by the sync or async client, over its own pool or httpx's."""
    kwargs: dict[str, Any] = {"app_id": APP_ID, "app_token": APP_TOKEN, "base_url": recorder.base_url, **OPTIONS}
    if sync:
        http_client = httpx.Client() if transport == "httpx" else None
        with Voucherify(http_client=http_client, **kwargs) as client:
            client.rollback_stacked(PARENT_ID, reason="r", customer={"id": "cust_1"}, metadata={"k": 1}, **call)
        if http_client is not None:
            http_client.close()
    else:

        async def scenario() -> None:
            http_client = httpx.AsyncClient() if transport == "httpx" else None
            async with AsyncVoucherify(http_client=http_client, **kwargs) as client:
                await client.rollback_stacked(
                    PARENT_ID, reason="r", customer={"id": "cust_1"}, metadata={"k": 1}, **call
                )
            if http_client is not None:
                await http_client.aclose()

        run(scenario())
    return recorder.arrived[-1]


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
@pytest.mark.parametrize("transport", ["own", "httpx"])
def test_every_option_reaches_the_wire(recorder: Recorder, transport: str, sync: bool) -> None:
    arrived = rollback_over(recorder, transport, sync, **CALL)
    headers = {name.lower(): value for name, value in arrived.headers.items()}
    assert headers["x-team"] == "refunds"  # the call's extra_headers win over the client's default_headers
    assert headers["x-trace"] == "t-1"
    assert headers["x-api-key"] == API_KEY
    assert headers["user-agent"] == "shop/1.0"
    assert headers["x-voucherify-channel"] == "shop-backend"
    assert headers["x-voucherify-api-version"] == "v2018-08-01"
    assert headers["x-app-id"] == APP_ID and headers["x-app-token"] == APP_TOKEN
    assert arrived.query == [
        ("reason", "r"),
        ("source", "shop"),
        ("shared", "call"),
        ("flag", "true"),
        ("tag", "a"),
        ("tag", "b"),
    ]
    # extra_body merges into the top level; a key the operation also sends (customer) takes extra_body's value.
    assert json.loads(arrived.body) == {"customer": {"id": "cust_extra"}, "metadata": {"k": 1}, "note": "hello"}


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
def test_the_own_pool_and_a_callers_httpx_client_send_the_same_request(recorder: Recorder, sync: bool) -> None:
    own = rollback_over(recorder, "own", sync, **CALL)
    theirs = rollback_over(recorder, "httpx", sync, **CALL)
    # httpx adds `Connection: keep-alive` (HTTP/1.1's default) and its client's own Accept/User-Agent defaults
    # are replaced by the SDK's; everything else is the same, in the same order.
    assert [h for h in own.headers.items() if h[0] != "Connection"] == [
        h for h in theirs.headers.items() if h[0] != "Connection"
    ]
    assert (own.method, own.path, own.query, own.body) == (theirs.method, theirs.path, theirs.query, theirs.body)


def test_by_default_the_channel_names_the_sdk_and_no_api_version_is_sent(recorder: Recorder) -> None:
    with Voucherify(app_id=APP_ID, app_token=APP_TOKEN, base_url=recorder.base_url) as client:
        client.get_redemption(PARENT_ID)
        client.get_redemption(PARENT_ID, api_version="v2018-08-01")
    first, second = recorder.arrived
    assert first.headers["X-Voucherify-Channel"] == f"voucherify-rollbacks-python/{__version__}"
    assert "X-Voucherify-API-Version" not in first.headers
    assert second.headers["X-Voucherify-API-Version"] == "v2018-08-01"


@pytest.mark.parametrize("header", ["X-App-Token", "x-app-id", "Authorization"])
def test_extra_headers_cannot_override_the_credentials(recorder: Recorder, header: str) -> None:
    client = Voucherify(app_id=APP_ID, app_token=APP_TOKEN, base_url=recorder.base_url)
    with client, pytest.raises(InvalidArgumentError, match=f"cannot set {header}") as raised:
        client.get_redemption(PARENT_ID, extra_headers={header: "forged"})
    assert raised.value.argument == "extra_headers"
    assert recorder.arrived == []


def test_default_headers_cannot_override_the_credentials() -> None:
    with pytest.raises(InvalidArgumentError, match="cannot set Authorization"):
        Voucherify(bearer_token="t", base_url="http://127.0.0.1:9", default_headers={"Authorization": "Bearer x"})


def test_extra_body_is_refused_by_an_operation_that_only_reads(recorder: Recorder) -> None:
    client = Voucherify(app_id=APP_ID, app_token=APP_TOKEN, base_url=recorder.base_url)
    with client, pytest.raises(InvalidArgumentError, match="sends no body"):
        client.get_redemption(PARENT_ID, extra_body={"a": 1})
    assert recorder.arrived == []


def test_extra_body_goes_into_a_rollback_sent_without_a_body_of_its_own(recorder: Recorder) -> None:
    with Voucherify(app_id=APP_ID, app_token=APP_TOKEN, base_url=recorder.base_url) as client:
        client.rollback_stacked(PARENT_ID, extra_body={"note": "only this"})
    (arrived,) = recorder.arrived
    assert json.loads(arrived.body) == {"note": "only this"}
    assert arrived.headers["Content-Type"] == "application/json"


def test_a_credential_like_extra_header_is_redacted_from_errors(recorder: Recorder) -> None:
    recorder.error = (400, {"code": 400, "key": "invalid_key", "message": f"bad key {API_KEY}"})
    with Voucherify(app_id=APP_ID, app_token=APP_TOKEN, base_url=recorder.base_url) as client:
        with pytest.raises(Exception) as raised:
            client.get_redemption(PARENT_ID, extra_headers={"X-Api-Key": API_KEY})
        assert API_KEY in current_secrets()  # the log filter redacts it until the client is closed
        assert API_KEY not in str(raised.value)
        assert "<redacted>" in str(raised.value)
    assert API_KEY not in current_secrets()


def test_with_options_shares_the_pool_and_one_connection(recorder: Recorder) -> None:
    client = Voucherify(app_id=APP_ID, app_token=APP_TOKEN, base_url=recorder.base_url)
    derived = client.with_options(default_headers={"X-Team": "refunds"}, api_version="v2018-08-01", max_retries=0)
    assert client._own is not None and derived._own is not None
    assert derived._own.pool is client._own.pool
    client.get_redemption(PARENT_ID)
    derived.get_redemption(PARENT_ID)
    assert recorder.connections == 1
    first, second = recorder.arrived
    assert "X-Voucherify-API-Version" not in first.headers
    assert second.headers["X-Voucherify-API-Version"] == "v2018-08-01"
    other = client.with_options(timeout=3.0)
    derived.close()  # leaves the shared pool open
    client.get_redemption(PARENT_ID)
    assert recorder.connections == 1
    client.close()  # closes the pool, and the clients made from it with it
    with pytest.raises(ConfigurationError, match="with_options"):
        other.get_redemption(PARENT_ID)


def test_async_with_options_shares_the_pool_and_one_connection(recorder: Recorder) -> None:
    async def scenario() -> None:
        client = AsyncVoucherify(app_id=APP_ID, app_token=APP_TOKEN, base_url=recorder.base_url)
        derived = client.with_options(default_query={"source": "shop"})
        assert client._own is not None and derived._own is not None
        assert derived._own.pool is client._own.pool
        await client.get_redemption(PARENT_ID)
        await derived.get_redemption(PARENT_ID)
        await derived.aclose()
        await client.get_redemption(PARENT_ID)
        await client.aclose()
        with pytest.raises(ConfigurationError, match="closed"):
            await derived.get_redemption(PARENT_ID)

    run(scenario())
    assert recorder.connections == 1
    assert [a.query for a in recorder.arrived] == [[], [("source", "shop")], []]


def test_with_options_shares_a_callers_httpx_client_and_never_closes_it(recorder: Recorder) -> None:
    with httpx.Client() as http_client:
        client = Voucherify(app_id=APP_ID, app_token=APP_TOKEN, base_url=recorder.base_url, http_client=http_client)
        derived = client.with_options(channel="other")
        derived.get_redemption(PARENT_ID)
        client.close()
        derived.close()
        assert not http_client.is_closed
        assert derived._connection.client is http_client
    assert recorder.arrived[0].headers["X-Voucherify-Channel"] == "other"


def test_with_options_cannot_change_the_host() -> None:
    client = Voucherify(app_id=APP_ID, app_token=APP_TOKEN, base_url="http://127.0.0.1:9")
    with client, pytest.raises(ConfigurationError, match="cannot change base_url"):
        client.with_options(base_url="http://127.0.0.1:10")
