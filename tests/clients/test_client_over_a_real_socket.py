"""The clients over a real TCP connection to a scripted Voucherify stand-in on 127.0.0.1 (no MockTransport):
real framing, real dropped connections, the SDK's own connection pool."""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote, urlsplit

import httpx
import pytest
from voucherify_rollbacks import AlreadyRolledBackError, AsyncVoucherify, Voucherify
from voucherify_rollbacks._constants import MARKER_METADATA_KEY
from voucherify_rollbacks.errors import APIConnectionError

from tests.support.scripted_api import (
    APP_ID,
    APP_TOKEN,
    MARKER,
    PARENT_ID,
    example,
    now_iso,
    page,
    refused_rollback,
    rollback_item,
    run,
    stacked_parent_redemption,
)

STACKED_PATH = f"/v1/redemptions/{PARENT_ID}/rollbacks"
DROP = "drop"  # close the connection after reading the request, without answering


@dataclass
class Seen:
    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes


class StandIn:
    """A ThreadingHTTPServer answering from per-route queues of (status, body, headers) or DROP."""

    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], deque[Any]] = {}
        self.seen: list[Seen] = []
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def on(self, method: str, path: str, *answers: Any) -> None:
        with self.lock:
            self.routes.setdefault((method, path), deque()).extend(answers)

    def trail(self) -> list[str]:
        return [f"{s.method} {s.path}" for s in self.seen]

    def _next(self, method: str, path: str) -> Any:
        with self.lock:
            queue = self.routes.get((method, path))
            return queue.popleft() if queue else (599, {"message": f"unscripted {method} {path}"}, {})

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                path = unquote(parts.path)
                with stand_in.lock:
                    stand_in.seen.append(Seen(self.command, path, parts.query, dict(self.headers), body))
                answer = stand_in._next(self.command, path)
                if answer == DROP:
                    self.close_connection = True
                    return
                status, payload, headers = answer
                content = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(content)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(content)

            do_GET = do_POST = _serve

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler


@pytest.fixture
def stand_in() -> Iterator[StandIn]:
    server = StandIn()
    server.thread.start()
    yield server
    server.server.shutdown()
    server.server.server_close()
    server.thread.join(timeout=5)


def sync_client(stand_in: StandIn, **kwargs: Any) -> tuple[Voucherify, list[float]]:
    sleeps: list[float] = []
    client = Voucherify(
        app_id=APP_ID,
        app_token=APP_TOKEN,
        base_url=stand_in.base_url,
        timeout=5.0,
        sleep=sleeps.append,
        random=lambda: 0.0,
        **kwargs,
    )
    return client, sleeps


def serve_recovery(stand_in: StandIn) -> None:
    date = now_iso()
    order = {"id": "ord_1", "object": "order", "status": "CANCELED"}
    stand_in.on("GET", f"/v1/redemptions/{PARENT_ID}", (200, stacked_parent_redemption(date=date), {}))
    rollbacks = [
        # The marker the call sent (`marker=MARKER`), stored on the rollback as Voucherify stores its metadata.
        rollback_item("rr_parent", PARENT_ID, order=order, date=date, metadata={MARKER_METADATA_KEY: MARKER}),
        rollback_item("rr_c1", "r_c1", date=date, metadata={MARKER_METADATA_KEY: MARKER}),
        rollback_item("rr_c2", "r_c2", date=date, metadata={MARKER_METADATA_KEY: MARKER}),
        refused_rollback(PARENT_ID),
    ]
    stand_in.on("GET", "/v1/redemptions", (200, page(rollbacks), {}))


def test_rollback_stacked_succeeds_over_a_real_socket(stand_in: StandIn) -> None:
    stand_in.on("POST", STACKED_PATH, (200, example("rollbacks_success.json"), {"X-Request-Id": "v-sock"}))
    client, _ = sync_client(stand_in)
    with client:
        result = client.rollback_stacked(PARENT_ID, reason="Order canceled", customer={"id": "cust_1"})
    assert [r.id for r in result.rollbacks] == ["rr_MT3J5Dm4u3cmss4nUPzRi72s", "rr_h9chHZFx410qxH6YsgRxPLq2"]
    assert result.order.status == "CANCELED"
    assert result.request_id == "v-sock"
    (seen,) = stand_in.seen
    assert seen.query == "reason=Order+canceled"
    assert json.loads(seen.body) == {"customer": {"id": "cust_1"}}
    assert seen.headers["X-App-Token"] == APP_TOKEN
    assert seen.headers["X-App-Id"] == APP_ID


def test_dropped_connection_is_retried_and_succeeds(stand_in: StandIn) -> None:
    stand_in.on("POST", STACKED_PATH, DROP, (200, example("rollbacks_success.json"), {}))
    client, sleeps = sync_client(stand_in)
    with client:
        result = client.rollback_stacked(PARENT_ID)
    assert result.recovered is False
    assert len(result.rollbacks) == 2
    assert stand_in.trail() == [f"POST {STACKED_PATH}"] * 2
    assert sleeps == [0.5]


def test_dropped_connection_then_already_rolled_back_recovers_the_rollback(stand_in: StandIn) -> None:
    stand_in.on("POST", STACKED_PATH, DROP, (400, example("error_400_already_rolled_back.json"), {}))
    serve_recovery(stand_in)
    client, _ = sync_client(stand_in)
    with client:
        result = client.rollback_stacked(PARENT_ID, marker=MARKER)
    assert result.recovered is True
    assert stand_in.trail()[:3] == [f"POST {STACKED_PATH}", f"POST {STACKED_PATH}", f"GET /v1/redemptions/{PARENT_ID}"]
    assert result.parent_rollback is not None
    assert result.parent_rollback.id == "rr_parent"
    assert [r.id for r in result.rollbacks] == ["rr_c1", "rr_c2"]


def test_redeem_is_not_resent_after_a_dropped_connection(stand_in: StandIn) -> None:
    stand_in.on("POST", "/v1/redemptions", DROP, (200, example("redeem_stackable_response.json"), {}))
    client, sleeps = sync_client(stand_in)
    with client, pytest.raises(APIConnectionError) as caught:
        client.redeem(["CODE"])
    assert caught.value.request_sent is None
    assert stand_in.trail() == ["POST /v1/redemptions"]
    assert sleeps == []


def test_nothing_listening_is_a_connection_error_that_was_never_sent() -> None:
    with ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler) as closed:
        port = closed.server_address[1]
    sleeps: list[float] = []
    client = Voucherify(
        app_id=APP_ID, app_token=APP_TOKEN, base_url=f"http://127.0.0.1:{port}", sleep=sleeps.append, random=lambda: 0
    )
    with client, pytest.raises(APIConnectionError) as caught:
        client.redeem(["CODE"])
    assert caught.value.request_sent is False
    assert sleeps == [0.5, 1.0]  # a redeem that never arrived is safe to send again


def test_async_client_over_a_real_socket(stand_in: StandIn) -> None:
    stand_in.on("POST", STACKED_PATH, (200, example("rollbacks_success.json"), {}))
    stand_in.on("POST", "/v1/redemptions/r_again/rollbacks", (400, example("error_400_already_rolled_back.json"), {}))
    stand_in.on("GET", "/v1/redemptions", (200, {"object": "list", "redemptions": [{"id": "r_1"}]}, {}))

    async def scenario() -> Any:
        async with AsyncVoucherify(app_id=APP_ID, app_token=APP_TOKEN, base_url=stand_in.base_url) as client:
            result = await client.rollback_stacked(PARENT_ID)
            with pytest.raises(AlreadyRolledBackError) as caught:
                await client.rollback_stacked("r_again")
            listed = [item.id async for item in client.redemptions()]
            return result, caught.value, listed

    result, error, listed = run(scenario())
    assert result.ok is True
    assert len(result.rollbacks) == 2
    assert error.resource_id == "rrf_0c67af954e039be56b"
    assert listed == ["r_1"]


# --- the SDK's own client sends straight to its transport -------------------------------------------------------


def _same_calls(client: Voucherify) -> None:
    client.rollback_stacked(
        PARENT_ID, reason="Zwrot: ünïcode & spaces/+", tracking_id="t 1", customer={"id": "cust_1"}, metadata={"a": 1}
    )
    client.get_redemption(PARENT_ID)
    list(client.redemptions(result="FAILURE", voucher_code=["A B", "C&D"], page_size=2))


def wire(seen: Seen) -> tuple[Any, ...]:
    """What a request carried, but for the headers an httpx.Client adds on its own (Connection) or keeps (cookies)."""
    headers = {k.lower(): v for k, v in seen.headers.items() if k.lower() not in ("connection", "cookie")}
    return seen.method, seen.path, seen.query, headers, seen.body


def _script_same_calls(stand_in: StandIn) -> None:
    stand_in.on("POST", STACKED_PATH, (200, example("rollbacks_success.json"), {"Set-Cookie": "AWSALB=sticky; Path=/"}))
    stand_in.on("GET", f"/v1/redemptions/{PARENT_ID}", (200, stacked_parent_redemption(date=now_iso()), {}))
    stand_in.on("GET", "/v1/redemptions", (200, page([]), {}))


def test_the_sdks_own_client_sends_what_a_callers_httpx_client_sends(stand_in: StandIn) -> None:
    # The SDK's own pool skips httpx.Client (no state to merge per request): the wire must not tell the difference,
    # but for the Connection header httpx.Client adds (keep-alive is HTTP/1.1's default) and cookies, which the
    # SDK's own client neither keeps nor sends back.
    _script_same_calls(stand_in)
    own, _ = sync_client(stand_in)
    with own:
        _same_calls(own)
    _script_same_calls(stand_in)
    with httpx.Client() as http:
        theirs, _ = sync_client(stand_in, http_client=http)
        _same_calls(theirs)
    assert len(stand_in.seen) == 6

    assert [wire(s) for s in stand_in.seen[:3]] == [wire(s) for s in stand_in.seen[3:]]
    assert "ünïcode" in unquote(stand_in.seen[0].query.replace("+", " "))
    assert all("cookie" not in {k.lower() for k in s.headers} for s in stand_in.seen[:3])
    assert stand_in.seen[0].headers["Content-Type"] == "application/json"
    assert "Content-Type" not in stand_in.seen[1].headers


def test_the_async_clients_own_pool_sends_what_a_callers_async_client_sends(stand_in: StandIn) -> None:
    async def calls(client: AsyncVoucherify) -> None:
        await client.rollback_stacked(PARENT_ID, reason="Zwrot ü", tracking_id="t 1", customer={"id": "cust_1"})
        await client.get_redemption(PARENT_ID)

    async def scenario() -> None:
        for http in (None, httpx.AsyncClient()):
            _script_same_calls(stand_in)
            async with AsyncVoucherify(
                app_id=APP_ID, app_token=APP_TOKEN, base_url=stand_in.base_url, timeout=5.0, http_client=http
            ) as client:
                await calls(client)
            if http is not None:
                await http.aclose()

    run(scenario())

    assert len(stand_in.seen) == 4
    assert [wire(s) for s in stand_in.seen[:2]] == [wire(s) for s in stand_in.seen[2:]]


class _RefusingProxy:
    """An HTTP proxy on 127.0.0.1 that records each CONNECT line and refuses it: nothing goes further."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def do_CONNECT(self) -> None:
                proxy.lines.append(self.requestline)
                self.send_response(403)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


def test_the_sdks_own_clients_go_through_the_environments_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    proxy = _RefusingProxy()
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    settings: dict[str, Any] = {"app_id": APP_ID, "app_token": APP_TOKEN, "base_url": "https://api.voucherify.invalid"}
    try:
        with Voucherify(**settings, max_retries=0, deadline=5) as client, pytest.raises(APIConnectionError) as sync:
            client.get_redemption(PARENT_ID)

        async def scenario() -> None:
            async with AsyncVoucherify(**settings, max_retries=0, deadline=5) as client:
                await client.get_redemption(PARENT_ID)

        with pytest.raises(APIConnectionError) as async_:
            run(scenario())
    finally:
        proxy.close()
    assert proxy.lines == ["CONNECT api.voucherify.invalid:443 HTTP/1.1"] * 2
    for raised in (sync.value, async_.value):
        assert APP_TOKEN not in str(raised) and APP_TOKEN not in repr(raised)
