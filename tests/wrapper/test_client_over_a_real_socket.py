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

import pytest
from scripted_api import (
    APP_ID,
    APP_TOKEN,
    PARENT_ID,
    example,
    now_iso,
    page,
    refused_rollback,
    rollback_item,
    run,
    stacked_parent_redemption,
)
from voucherify_rollbacks import AlreadyRolledBackError, AsyncVoucherify, Voucherify
from voucherify_rollbacks.errors import APIConnectionError

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
        rollback_item("rr_parent", PARENT_ID, order=order, date=date),
        rollback_item("rr_c1", "r_c1", date=date),
        rollback_item("rr_c2", "r_c2", date=date),
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
        result = client.rollback_stacked(PARENT_ID)
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
