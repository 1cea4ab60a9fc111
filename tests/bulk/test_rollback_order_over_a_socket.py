"""rollback_order and rollback_many by order over a real socket on 127.0.0.1, served by the stateful stand-in of
order_api.py (Voucherify's real payloads), and through the CLI: twice applies nothing twice."""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from voucherify_rollbacks import Voucherify
from voucherify_rollbacks.cli.output import EXIT_ALREADY_ROLLED_BACK, EXIT_OK
from voucherify_rollbacks.cli.router import run

from tests.support.order_api import OrderAPI

ORDER_ID = "ord_EFHJ63S5C8gODkMQbSuCN054"
PARENT = "r_5J38i6KjSnkHYw3bwLB4v72j"


class Served:
    def __init__(self, api: OrderAPI) -> None:
        lock = threading.Lock()

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                request = httpx.Request(self.command, f"http://127.0.0.1{self.path}", content=body)
                with lock:
                    response = api.handler(request)
                self.send_response(response.status_code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(response.content)))
                self.end_headers()
                self.wfile.write(response.content)

            do_GET = do_POST = _answer

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> Served:
        self.thread.start()
        return self

    def __exit__(self, *_: Any) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


@pytest.fixture
def served() -> Iterator[tuple[OrderAPI, str]]:
    api = OrderAPI(extra_single="r_single")
    with Served(api) as server:
        yield api, server.base_url


def test_rollback_order_twice_over_a_socket_applies_nothing_twice(served: tuple[OrderAPI, str]) -> None:
    api, base_url = served
    with Voucherify(base_url=base_url, app_id="a", app_token="t") as vf:
        assert vf.get_order(ORDER_ID).status == "PAID"
        first = vf.rollback_order(ORDER_ID, reason="order canceled")
        second = vf.rollback_order(ORDER_ID, reason="order canceled")
        assert vf.get_order(ORDER_ID).status == "CANCELED"
    assert [(o.redemption_id, o.status) for o in first] == [(PARENT, "rolled_back"), ("r_single", "rolled_back")]
    assert {o.status for o in second} == {"already_rolled_back"}
    assert sorted(api.posts) == sorted(f"/v1/redemptions/{i}/rollbacks" for i in (PARENT, "r_single"))


def test_rollback_many_expands_an_order_once_and_resumes(served: tuple[OrderAPI, str], tmp_path: Path) -> None:
    api, base_url = served
    journal = str(tmp_path / "j.sqlite")
    with Voucherify(base_url=base_url, app_id="a", app_token="t") as vf:
        first = list(vf.rollback_many([ORDER_ID], journal=journal, requests_per_minute=None))
        again = list(vf.rollback_many([ORDER_ID], journal=journal, requests_per_minute=None))
    assert {(o.item, o.redemption_id, o.status) for o in first} == {
        (ORDER_ID, PARENT, "rolled_back"),
        (ORDER_ID, "r_single", "rolled_back"),
    }
    assert all(o.resumed for o in again) and len(api.posts) == 2
    assert [m for m, p in api.requests].count("GET") == 1  # the order was read once, by the first run


def test_the_cli_rolls_back_an_order_then_exits_already_rolled_back(
    served: tuple[OrderAPI, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    api, base_url = served
    monkeypatch.setenv("VOUCHERIFY_BASE_URL", base_url)
    monkeypatch.setenv("VOUCHERIFY_APP_ID", "a")
    monkeypatch.setenv("VOUCHERIFY_APP_TOKEN", "t")
    out = io.StringIO()
    assert run("rollback-order", [ORDER_ID, "--dry-run", "--json"], stdout=out) == EXIT_OK
    assert [json.loads(line)["would_roll_back"] for line in out.getvalue().splitlines()] == [True, True]
    assert api.posts == []
    out = io.StringIO()
    assert run("rollback-order", [ORDER_ID], stdout=out) == EXIT_OK
    assert PARENT in out.getvalue() and "rolled_back" in out.getvalue()
    out = io.StringIO()
    assert run("rollback-order", [ORDER_ID, "--json"], stdout=out) == EXIT_ALREADY_ROLLED_BACK
    assert {json.loads(line)["status"] for line in out.getvalue().splitlines()} == {"already_rolled_back"}
    assert len(api.posts) == 2
