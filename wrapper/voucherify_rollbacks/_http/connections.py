"""Keep-alive HTTP/1.1 connections to one origin, for the SDK's own pools (`pool.OwnPool`) when no proxy is in the
way: httpcore's own connections (connect, TLS, HTTP/1.1 framing, expiry), without its general pool.

httpcore's `ConnectionPool` serves any origin and HTTP/2 too: every request and every response's close scans all of
its connections (each idle one asked whether its socket is readable) under one lock, and the async pool asks anyio
for the socket's attributes on each of those checks. With a bulk run's eight or more connections that was a fifth of
a rollback's own cost. Here a request takes the most recently used idle connection (only that one is checked), or
opens one, and gives it back when its response is closed; at most `max_connections` requests are in flight (more
wait, within the pool timeout) and at most `max_keepalive` idle connections are kept.
"""

from __future__ import annotations

import ssl
import threading
from collections.abc import AsyncIterator, Iterator
from typing import Any

import anyio
import httpcore


class _Base:
    def __init__(
        self,
        origin: httpcore.Origin,
        *,
        ssl_context: ssl.SSLContext | None,
        keepalive_expiry: float | None,
        max_connections: int,
        max_keepalive: int,
    ) -> None:
        self._origin = origin
        self._ssl_context = ssl_context
        self._keepalive_expiry = keepalive_expiry
        self._max_connections = max_connections
        self._max_keepalive = max_keepalive
        self._closed = False

    def _check(self, request: httpcore.Request) -> float | None:
        """The request's pool timeout; refuses a request for another origin (a bug, not a user error)."""
        assert request.url.origin == self._origin, "a request for another origin than the pool's"
        timeout: float | None = request.extensions.get("timeout", {}).get("pool")
        return timeout


class Http11Pool(_Base):
    """The sync pool: thread-safe."""

    def __init__(self, origin: httpcore.Origin, *, network_backend: httpcore.NetworkBackend, **options: Any) -> None:
        super().__init__(origin, **options)
        self._backend = network_backend
        self._idle: list[httpcore.HTTPConnection] = []
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(self._max_connections)

    def handle_request(self, request: httpcore.Request) -> httpcore.Response:
        """Send `request` on an idle connection or a new one; the response's close gives the connection back."""
        timeout = self._check(request)
        if not self._slots.acquire(timeout=timeout):
            raise httpcore.PoolTimeout("no connection became free within the pool timeout")
        connection: httpcore.HTTPConnection | None = None
        try:
            connection = self._take()
            response = connection.handle_request(request)
        except BaseException:
            if connection is not None:
                connection.close()
            self._slots.release()
            raise
        return httpcore.Response(
            status=response.status,
            headers=response.headers,
            content=_Returned(response.stream, self, connection),
            extensions=response.extensions,
        )

    def _take(self) -> httpcore.HTTPConnection:
        stale: list[httpcore.HTTPConnection] = []
        found = None
        with self._lock:
            if self._closed:  # the clients refuse calls once closed: a request racing the close gets this
                raise httpcore.ConnectError("the connection pool is closed")
            while self._idle:
                connection = self._idle.pop()
                if connection.has_expired() or not connection.is_idle():
                    stale.append(connection)
                    continue
                found = connection
                break
        for connection in stale:
            connection.close()
        if found is not None:
            return found
        return httpcore.HTTPConnection(
            origin=self._origin,
            ssl_context=self._ssl_context,
            keepalive_expiry=self._keepalive_expiry,
            network_backend=self._backend,
        )

    def give_back(self, connection: httpcore.HTTPConnection) -> None:
        """A response's connection, once the response is closed: kept when it can take another request."""
        try:
            with self._lock:
                keep = not self._closed and connection.is_idle() and len(self._idle) < self._max_keepalive
                if keep:
                    self._idle.append(connection)
            if not keep:
                connection.close()
        finally:
            self._slots.release()

    def close(self) -> None:
        """Close the idle connections now, and each connection in use once its response is closed."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for connection in idle:
            connection.close()


class _Returned:
    def __init__(self, stream: Any, pool: Http11Pool, connection: httpcore.HTTPConnection) -> None:
        self._stream, self._pool, self._connection = stream, pool, connection
        self._closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield from self._stream

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            if hasattr(self._stream, "close"):
                self._stream.close()  # the connection is idle again, or closed (an unread body, `Connection: close`)
        finally:
            self._pool.give_back(self._connection)


class AsyncHttp11Pool(_Base):
    """The async pool (asyncio and trio, through anyio); one event loop's tasks at a time."""

    def __init__(
        self, origin: httpcore.Origin, *, network_backend: httpcore.AsyncNetworkBackend, **options: Any
    ) -> None:
        super().__init__(origin, **options)
        self._backend = network_backend
        self._idle: list[httpcore.AsyncHTTPConnection] = []
        self._in_use = 0
        self._waiting: list[anyio.Event] = []  # the Events of the requests waiting for a free slot, first come first

    async def handle_async_request(self, request: httpcore.Request) -> httpcore.Response:
        """Send `request` on an idle connection or a new one; the response's close gives the connection back."""
        timeout = self._check(request)
        if self._closed:
            raise httpcore.ConnectError("the connection pool is closed")
        if self._in_use >= self._max_connections:
            await self._wait_for_slot(timeout)
        self._in_use += 1
        connection: httpcore.AsyncHTTPConnection | None = None
        try:
            connection = await self._take()
            response = await connection.handle_async_request(request)
        except BaseException:
            if connection is not None:
                with anyio.CancelScope(shield=True):
                    await connection.aclose()
            self._free_slot()
            raise
        return httpcore.Response(
            status=response.status,
            headers=response.headers,
            content=_AsyncReturned(response.stream, self, connection),
            extensions=response.extensions,
        )

    async def _wait_for_slot(self, timeout: float | None) -> None:
        try:
            with anyio.fail_after(timeout):
                while self._in_use >= self._max_connections:
                    free = anyio.Event()
                    self._waiting.append(free)
                    try:
                        await free.wait()
                    finally:
                        if free in self._waiting:
                            self._waiting.remove(free)
        except TimeoutError:
            raise httpcore.PoolTimeout("no connection became free within the pool timeout") from None

    def _free_slot(self) -> None:
        self._in_use -= 1
        if self._waiting:
            self._waiting.pop(0).set()

    async def _take(self) -> httpcore.AsyncHTTPConnection:
        found = None
        while self._idle and found is None:
            connection = self._idle.pop()
            if connection.has_expired() or not connection.is_idle():
                await connection.aclose()
                continue
            found = connection
        if found is not None:
            return found
        return httpcore.AsyncHTTPConnection(
            origin=self._origin,
            ssl_context=self._ssl_context,
            keepalive_expiry=self._keepalive_expiry,
            network_backend=self._backend,
        )

    async def give_back(self, connection: httpcore.AsyncHTTPConnection) -> None:
        """A response's connection, once the response is closed: kept when it can take another request."""
        try:
            if not self._closed and connection.is_idle() and len(self._idle) < self._max_keepalive:
                self._idle.append(connection)
            else:
                await connection.aclose()
        finally:
            self._free_slot()

    async def aclose(self) -> None:
        """Close the idle connections now, and each connection in use once its response is closed."""
        self._closed = True
        idle, self._idle = self._idle, []
        for connection in idle:
            await connection.aclose()


class _AsyncReturned:
    def __init__(self, stream: Any, pool: AsyncHttp11Pool, connection: httpcore.AsyncHTTPConnection) -> None:
        self._stream, self._pool, self._connection = stream, pool, connection
        self._closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
        with anyio.CancelScope(shield=True):  # a cancelled caller still frees its slot and its connection
            try:
                if hasattr(self._stream, "aclose"):
                    await self._stream.aclose()
            finally:
                await self._pool.give_back(self._connection)
