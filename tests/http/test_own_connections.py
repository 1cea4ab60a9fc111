"""The SDK's own HTTP/1.1 connections (`_http.connections`) over real sockets: kept alive and reused, replaced when
the server closed them, bounded in number (a typed pool timeout past the bound), closed with the pool; sync, asyncio
and trio alike."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import anyio
import httpcore
import pytest
from voucherify_rollbacks._http.connections import AsyncHttp11Pool, Http11Pool

BODY = b'{"ok":true}'


class Server:
    """A raw HTTP/1.1 server on 127.0.0.1: counts connections and requests, answers each after `delay` seconds;
    `close_after_answer` sends `Connection: close` and closes; `idle_close` closes a connection idle that long."""

    def __init__(self, *, delay: float = 0.0, close_after_answer: bool = False, idle_close: float | None = None):
        self.delay, self.close_after_answer, self.idle_close = delay, close_after_answer, idle_close
        self.connections = 0
        self.requests = 0
        self.open_now = 0
        self.most_open = 0
        self.closed_by_client = 0
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._stop = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._stop:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self.connections += 1
                self.open_now += 1
                self.most_open = max(self.most_open, self.open_now)
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        buffer = b""
        try:
            conn.settimeout(self.idle_close if self.idle_close is not None else 10)
            while True:
                while b"\r\n\r\n" not in buffer:
                    chunk = conn.recv(65536)
                    if not chunk:
                        with self._lock:
                            self.closed_by_client += 1
                        return
                    buffer += chunk
                head, buffer = buffer.split(b"\r\n\r\n", 1)
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":")[1])
                while len(buffer) < length:
                    buffer += conn.recv(65536)
                buffer = buffer[length:]
                with self._lock:
                    self.requests += 1
                if self.delay:
                    time.sleep(self.delay)
                extra = b"Connection: close\r\n" if self.close_after_answer else b""
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n%s\r\n%s" % (len(BODY), extra, BODY))
                if self.close_after_answer:
                    return
        except (TimeoutError, OSError):
            return
        finally:
            conn.close()
            with self._lock:
                self.open_now -= 1

    def stop(self) -> None:
        self._stop = True
        self._listener.close()


@pytest.fixture
def server_factory() -> Iterator[Any]:
    made: list[Server] = []

    def make(**options: Any) -> Server:
        made.append(Server(**options))
        return made[-1]

    yield make
    for server in made:
        server.stop()


def _request(port: int, pool_timeout: float | None = None) -> httpcore.Request:
    url = httpcore.URL(scheme=b"http", host=b"127.0.0.1", port=port, target=b"/v1/x")
    extensions = {"timeout": {"pool": pool_timeout}} if pool_timeout is not None else {}
    return httpcore.Request(
        "POST", url, headers=[(b"Host", b"127.0.0.1"), (b"Content-Length", b"2")], content=b"{}", extensions=extensions
    )


_OPEN: list[Http11Pool] = []


@pytest.fixture(autouse=True)
def _close_pools() -> Iterator[None]:
    yield
    while _OPEN:
        _OPEN.pop().close()  # no socket left for the garbage collector


def _sync_pool(port: int, *, max_connections: int = 10, max_keepalive: int = 10) -> Http11Pool:
    origin = _request(port).url.origin
    pool = Http11Pool(
        origin,
        network_backend=httpcore.SyncBackend(),
        ssl_context=None,
        keepalive_expiry=30.0,
        max_connections=max_connections,
        max_keepalive=max_keepalive,
    )
    _OPEN.append(pool)
    return pool


def _send(pool: Http11Pool, port: int, pool_timeout: float | None = None) -> bytes:
    response = pool.handle_request(_request(port, pool_timeout))
    try:
        return b"".join(response.iter_stream())
    finally:
        response.close()


def test_one_connection_carries_every_request_in_turn(server_factory: Any) -> None:
    server = server_factory()
    pool = _sync_pool(server.port)
    assert [_send(pool, server.port) for _ in range(20)] == [BODY] * 20
    assert (server.requests, server.connections) == (20, 1)
    pool.close()


def test_a_connection_the_server_closes_is_replaced(server_factory: Any) -> None:
    closing = server_factory(close_after_answer=True)
    pool = _sync_pool(closing.port)
    assert [_send(pool, closing.port) for _ in range(5)] == [BODY] * 5
    assert closing.connections == 5  # `Connection: close` each time: never reused

    idle = server_factory(idle_close=0.2)
    pool = _sync_pool(idle.port)
    assert _send(pool, idle.port) == BODY
    deadline = time.monotonic() + 5
    while idle.open_now and time.monotonic() < deadline:  # the server drops the idle connection
        time.sleep(0.02)
    assert _send(pool, idle.port) == BODY  # the dead idle connection was noticed, not written to
    assert (idle.requests, idle.connections) == (2, 2)


def test_concurrent_requests_open_at_most_max_connections_and_then_wait(server_factory: Any) -> None:
    server = server_factory(delay=0.2)
    pool = _sync_pool(server.port, max_connections=2)
    results: list[bytes] = []
    threads = [threading.Thread(target=lambda: results.append(_send(pool, server.port))) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert results == [BODY] * 6 and server.connections == 2 and server.most_open == 2

    blocked = threading.Thread(target=lambda: _send(pool, server.port))
    other = threading.Thread(target=lambda: _send(pool, server.port))
    blocked.start()
    other.start()
    time.sleep(0.05)  # both slots are taken by slow requests: a third waits, and gives up at its pool timeout
    with pytest.raises(httpcore.PoolTimeout):
        _send(pool, server.port, pool_timeout=0.05)
    blocked.join(10)
    other.join(10)
    assert _send(pool, server.port) == BODY  # the timed-out wait took no slot with it


def test_closing_the_pool_closes_idle_connections_and_those_in_use_once_answered(server_factory: Any) -> None:
    server = server_factory(delay=0.3)
    pool = _sync_pool(server.port)
    pair = [threading.Thread(target=lambda: _send(pool, server.port)) for _ in range(2)]
    for thread in pair:
        thread.start()
    for thread in pair:
        thread.join(10)
    assert server.connections == 2  # both idle now
    answers: list[bytes] = []
    in_use = threading.Thread(target=lambda: answers.append(_send(pool, server.port)))
    in_use.start()
    time.sleep(0.1)
    pool.close()
    deadline = time.monotonic() + 5
    while server.closed_by_client < 1 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert server.closed_by_client == 1  # the idle one at once; the one in use is still answering
    in_use.join(10)
    assert answers == [BODY]  # the request in flight still got its answer, and then its connection closed
    while server.open_now and time.monotonic() < deadline:
        time.sleep(0.02)
    assert server.open_now == 0 and server.closed_by_client == 2
    with pytest.raises(httpcore.ConnectError, match="closed"):
        _send(pool, server.port)


def test_an_unread_answer_closes_its_connection_instead_of_reusing_it(server_factory: Any) -> None:
    server = server_factory()
    pool = _sync_pool(server.port)
    response = pool.handle_request(_request(server.port))
    response.close()  # the body never read: the connection cannot carry another request
    assert _send(pool, server.port) == BODY
    assert server.connections == 2


async def _async_round(port: int, count: int, limit: int) -> list[bytes]:
    origin = _request(port).url.origin
    from voucherify_rollbacks._http.pool import _CoalescingAsyncBackend

    pool = AsyncHttp11Pool(
        origin,
        network_backend=_CoalescingAsyncBackend(),
        ssl_context=None,
        keepalive_expiry=30.0,
        max_connections=limit,
        max_keepalive=limit,
    )
    answers: list[bytes] = []

    async def one() -> None:
        response = await pool.handle_async_request(_request(port))
        try:
            answers.append(b"".join([chunk async for chunk in response.aiter_stream()]))
        finally:
            await response.aclose()

    async with anyio.create_task_group() as group:
        for _ in range(count):
            group.start_soon(one)
    for _ in range(3):  # in turn: the kept connections serve them
        await one()
    await pool.aclose()
    return answers


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_async_requests_share_at_most_max_connections(server_factory: Any, backend: str) -> None:
    server = server_factory(delay=0.05)
    answers = anyio.run(_async_round, server.port, 8, 3, backend=backend)
    assert answers == [BODY] * 11
    assert server.connections == 3 and server.most_open == 3 and server.requests == 11


def test_async_pool_timeout_is_typed(server_factory: Any) -> None:
    server = server_factory(delay=0.3)

    async def main() -> None:
        origin = _request(server.port).url.origin
        from voucherify_rollbacks._http.pool import _CoalescingAsyncBackend

        pool = AsyncHttp11Pool(
            origin,
            network_backend=_CoalescingAsyncBackend(),
            ssl_context=None,
            keepalive_expiry=30.0,
            max_connections=1,
            max_keepalive=1,
        )

        async def slow() -> None:
            response = await pool.handle_async_request(_request(server.port))
            await response.aread()
            await response.aclose()

        task = asyncio.ensure_future(slow())
        await asyncio.sleep(0.05)
        with pytest.raises(httpcore.PoolTimeout):
            await pool.handle_async_request(_request(server.port, pool_timeout=0.05))
        await task
        response = await pool.handle_async_request(_request(server.port))  # the slot came back
        assert await response.aread() == BODY
        await response.aclose()
        await pool.aclose()

    asyncio.run(main())
