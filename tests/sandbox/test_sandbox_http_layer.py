"""The HTTP layer against hostile clients, over raw sockets on 127.0.0.1: backlog, chunked bodies of any chunk size,
a deadline for a request to arrive, slow clients that must not hold worker threads, 405 with Allow; and the
packaging around it (the `sandbox` extra, a pytest plugin that costs nothing until used)."""

from __future__ import annotations

import os
import selectors
import socket
import subprocess
import sys
import threading
from pathlib import Path

import httpx
from voucherify_sandbox import Sandbox

from tests.support.sandbox_helpers import auth_headers

ROOT = Path(__file__).resolve().parents[2]


def request_bytes(sb: Sandbox, method: str, path: str, extra: str = "", body: bytes = b"") -> bytes:
    headers = "".join(f"{k}: {v}\r\n" for k, v in auth_headers(sb).items())
    return f"{method} {path} HTTP/1.1\r\nHost: x\r\n{headers}{extra}\r\n".encode() + body


def read_reply(conn: socket.socket) -> bytes:
    chunks = []
    while True:
        try:
            chunk = conn.recv(65536)
        except (TimeoutError, ConnectionResetError):
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


def status_of(reply: bytes) -> int:
    assert reply.startswith(b"HTTP/1."), reply[:200]
    return int(reply.split(b" ", 2)[1])


def test_300_concurrent_connections_are_all_served(sb: Sandbox) -> None:
    count = 300
    conns = [socket.create_connection((sb.host, sb.port), timeout=15) for _ in range(count)]
    try:
        payload = request_bytes(sb, "GET", "/v1/redemptions?limit=1", "Connection: close\r\n")
        for conn in conns:
            conn.sendall(payload)
        statuses = [status_of(read_reply(conn)) for conn in conns]
    finally:
        for conn in conns:
            conn.close()
    assert statuses == [200] * count


def test_one_by_one_connections_are_all_served(sb: Sandbox) -> None:
    for _ in range(60):
        with socket.create_connection((sb.host, sb.port), timeout=10) as conn:
            conn.sendall(request_bytes(sb, "GET", "/v1/redemptions?limit=1", "Connection: close\r\n"))
            assert status_of(read_reply(conn)) == 200


def test_a_negative_chunk_size_is_400_at_once(sb: Sandbox) -> None:
    with socket.create_connection((sb.host, sb.port), timeout=10) as conn:
        conn.sendall(request_bytes(sb, "POST", "/v1/redemptions", "Transfer-Encoding: chunked\r\n", b"-1\r\nxx\r\n"))
        reply = read_reply(conn)
    assert status_of(reply) == 400 and b'"invalid_payload"' in reply and b"application/json" in reply


def test_a_huge_chunk_is_refused_at_the_body_limit_without_reading_it_all(sb: Sandbox) -> None:
    # One chunk announced as 2**44 bytes: the server must answer 413 after 1 MiB, not read until the client stops.
    with socket.create_connection((sb.host, sb.port), timeout=10) as conn:
        conn.sendall(
            request_bytes(sb, "POST", "/v1/redemptions", "Transfer-Encoding: chunked\r\n", b"100000000000\r\n")
        )
        sent = 0
        stop = threading.Event()

        def flood() -> None:
            nonlocal sent
            block = b"x" * 65536
            try:
                while not stop.is_set() and sent < 64 * 1024 * 1024:  # bounded: 64 MiB at most
                    conn.sendall(block)
                    sent += len(block)
            except OSError:
                pass  # the server closed the connection: what this test wants

        sender = threading.Thread(target=flood)
        sender.start()
        reply = read_reply(conn)
        stop.set()
        sender.join(timeout=10)
    assert status_of(reply) == 413 and b'"query_too_large"' in reply
    assert sent < 64 * 1024 * 1024  # the server stopped reading long before the client gave up


def test_many_small_chunks_over_the_limit_are_413(api: httpx.Client) -> None:
    def chunks():
        for _ in range(2 * 1024):
            yield b" " * 1024

    response = api.post("/v1/redemptions", content=chunks())
    assert response.status_code == 413 and response.json()["key"] == "query_too_large"


def test_headers_trickled_past_the_deadline_are_cut_with_408(make_sandbox) -> None:
    sandbox = make_sandbox(io_timeout=1.0)
    with socket.create_connection((sandbox.host, sandbox.port), timeout=10) as conn:
        reply = b""
        for index in range(60):  # at most 60 * 0.2 s; the server must cut well before
            try:
                conn.sendall(f"X-Slow-{index}: y\r\n".encode() if index else b"GET /v1/redemptions HTTP/1.1\r\n")
            except OSError:
                break
            selector = selectors.DefaultSelector()
            selector.register(conn, selectors.EVENT_READ)
            if selector.select(timeout=0.2):
                reply = read_reply(conn)
                break
    assert status_of(reply) == 408 and b'"request_timeout"' in reply


def test_slow_clients_do_not_hold_worker_threads(make_sandbox) -> None:
    sandbox = make_sandbox(io_timeout=30.0)
    stalled = [socket.create_connection((sandbox.host, sandbox.port), timeout=10) for _ in range(40)]
    try:
        for conn in stalled:  # more half-sent requests than the server has worker threads
            conn.sendall(b"POST /v1/redemptions HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{")
        with httpx.Client(base_url=sandbox.base_url, headers=auth_headers(sandbox), timeout=5) as api:
            for _ in range(5):
                assert api.get("/v1/redemptions").status_code == 200
    finally:
        for conn in stalled:
            conn.close()


def test_every_405_names_the_allowed_methods(sb: Sandbox, api: httpx.Client) -> None:
    for method, path, allowed in [
        ("DELETE", "/v1/redemptions", "GET, POST"),
        ("PUT", "/v1/redemptions/r_x", "GET"),
        ("GET", "/v1/redemptions/r_x/rollback", "POST"),
        ("POST", "/v1/vouchers/GIFT-50", "GET"),
        ("PATCH", "/v1/orders/ord_x", "GET"),
        ("PUT", "/_sandbox/faults", "DELETE, GET, POST"),
    ]:
        response = api.request(method, path)
        assert response.status_code == 405, (method, path)
        assert response.headers["Allow"] == allowed and response.json()["key"] == "method_not_allowed"


def _python(code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "wrapper"), str(ROOT / "generated")])}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)


def test_without_the_extra_starting_the_sandbox_names_the_extra() -> None:
    blocked = "import sys; sys.modules['waitress'] = None\n"  # an environment without the sandbox extra
    result = _python(
        blocked + "from voucherify_sandbox import Sandbox\n"
        "try:\n    Sandbox().start()\nexcept ImportError as error:\n    print(type(error).__name__, error)\n"
    )
    assert "MissingExtraError" in result.stdout, result.stderr
    assert "pip install 'voucherify-rollbacks[sandbox]'" in result.stdout
    cli = _python(blocked + "from voucherify_sandbox.cli import main; raise SystemExit(main(['serve']))")
    assert cli.returncode == 2 and "voucherify-rollbacks[sandbox]" in cli.stderr and "Traceback" not in cli.stderr


def test_the_pytest_plugin_loads_nothing_of_the_sandbox_until_used() -> None:
    result = _python(
        "import sys, pytest, voucherify_rollbacks\n"  # what any pytest run with the SDK installed has loaded anyway
        "before = set(sys.modules)\n"
        "import voucherify_sandbox.pytest_plugin\n"
        "print(sorted(set(sys.modules) - before))\n"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['voucherify_sandbox', 'voucherify_sandbox.pytest_plugin']"
