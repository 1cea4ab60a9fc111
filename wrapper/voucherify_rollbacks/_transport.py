"""The hard stop of a call's deadline inside the sync connection pool the SDK makes for itself.

httpx's timeouts bound each socket operation, not a request: a server that trickles one byte a second (headers, body
or endless `102 Processing` lines) keeps a request alive forever within `timeout=1`. Async calls are stopped by a
cancel scope; a blocked sync read cannot be cancelled from outside, so the SDK's own sync pool runs its sockets
through this network backend, which gives every read, write and connect at most what is left of the deadline the
driver sets for the current attempt (`ATTEMPT_DEADLINE`, a monotonic time). An httpx.Client passed in by the caller
is never modified: there the deadline is checked between body chunks and caps each timeout, but a server trickling
headers can still overrun it.
"""

from __future__ import annotations

import contextvars
import ssl
import time
import typing
from collections.abc import Iterable

import httpcore
import httpx

# The monotonic time at which the current attempt must end; None outside an attempt of the SDK.
ATTEMPT_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "voucherify_attempt_deadline", default=None
)


def _within_deadline(timeout: float | None, error: type[Exception]) -> float | None:
    deadline = ATTEMPT_DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("the call's deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _within_deadline(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _within_deadline(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, _within_deadline(timeout, httpcore.ConnectTimeout))
        return _DeadlineStream(inner)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _within_deadline(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[typing.Any] | None = None
    ) -> httpcore.NetworkStream:
        timeout = _within_deadline(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def deadline_transport() -> httpx.HTTPTransport:
    """httpx's default transport, its sockets bounded by ATTEMPT_DEADLINE."""
    transport = httpx.HTTPTransport()
    # httpcore takes a network backend publicly, httpx's transport does not pass one on: wrap the one its pool
    # holds. Should a future httpx lay its pool out differently, the SDK keeps the per-chunk checks only.
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(pool, httpcore.ConnectionPool) and isinstance(backend, httpcore.NetworkBackend):
        pool._network_backend = _DeadlineBackend(backend)
    return transport
