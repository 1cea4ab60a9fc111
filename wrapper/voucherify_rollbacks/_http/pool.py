"""The SDK's own connection pools, over httpcore (loaded with the first client, not at import time: httpcore
imports anyio, and trio when installed): sockets bounded by the attempt's deadline, a request's writes coalesced,
requests built from prepared parts, the environment's proxy.
"""

from __future__ import annotations

import contextlib
import re
import ssl
import time
import typing
import urllib.request
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

import httpcore
import httpx

from .._constants import POOL_KEEPALIVE_EXPIRY, POOL_MAX_CONNECTIONS, POOL_MAX_KEEPALIVE
from ..core.extras import set_raw_headers
from ..core.options import is_loopback
from ..core.plans import Outcome, Request
from .body import ATTEMPT_DEADLINE, Body
from .connections import AsyncHttp11Pool, Http11Pool


def _within_deadline(timeout: float | None, error: type[Exception]) -> float | None:
    deadline = ATTEMPT_DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("the call's deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A socket of the SDK's own sync pool: every operation bounded by the attempt's deadline, and a request's
    writes (httpcore writes the head, then the body) coalesced into one send, as http.client does: one syscall and
    one packet for the server to wake up to instead of two. A write waits until the next write or read."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner
        self._pending = b""
        self._pending_timeout: float | None = None

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        if self._pending:
            # As httpcore itself does with a failed request write: read on, since a server that closed early may
            # still have answered (a 413, say); a connection that is gone fails the read.
            with contextlib.suppress(httpcore.WriteError):
                self._flush()
        return self._inner.read(max_bytes, _within_deadline(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if self._pending:
            buffer, self._pending = self._pending + buffer, b""
        if buffer:
            self._pending, self._pending_timeout = buffer, timeout

    def _flush(self) -> None:
        buffer, self._pending = self._pending, b""
        self._inner.write(buffer, _within_deadline(self._pending_timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._pending = b""  # a request never followed by a read is abandoned with its connection
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        if self._pending:
            self._flush()
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


class _CoalescingAsyncStream(httpcore.AsyncNetworkStream):
    """A socket of the SDK's own async pool, a request's writes coalesced into one send like the sync pool's (the
    deadline is a cancel scope there, not a per-operation bound)."""

    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner
        self._pending = b""
        self._pending_timeout: float | None = None

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        if self._pending:
            buffer, self._pending = self._pending, b""
            with contextlib.suppress(httpcore.WriteError):  # read on, as after a failed write in _DeadlineStream
                await self._inner.write(buffer, self._pending_timeout)
        return await self._inner.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if self._pending:
            buffer, self._pending = self._pending + buffer, b""
        if buffer:
            self._pending, self._pending_timeout = buffer, timeout

    async def aclose(self) -> None:
        self._pending = b""
        await self._inner.aclose()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        if self._pending:
            buffer, self._pending = self._pending, b""
            await self._inner.write(buffer, self._pending_timeout)
        return _CoalescingAsyncStream(await self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class _CoalescingAsyncBackend(httpcore.AsyncNetworkBackend):
    # Over anyio, which runs under asyncio and trio alike.
    def __init__(self) -> None:
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[typing.Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        return _CoalescingAsyncStream(stream)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[typing.Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        return _CoalescingAsyncStream(await self._inner.connect_unix_socket(path, timeout, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def env_proxy(base_url: str) -> str | None:
    """The proxy the environment names for `base_url` (HTTPS_PROXY, HTTP_PROXY or ALL_PROXY, unless NO_PROXY
    lists its host), as httpx itself would pick it; a loopback host is never proxied."""
    parts = urlsplit(base_url)
    host = parts.hostname or ""
    if not host or is_loopback(host):
        return None
    proxies = urllib.request.getproxies_environment()
    proxy = proxies.get(parts.scheme) or proxies.get("all")
    if not proxy or urllib.request.proxy_bypass(host):
        return None
    return proxy if "://" in proxy else f"http://{proxy}"


# httpx's own limits for a client's pool.

# httpcore's errors as the httpx errors they stand for (most specific first), so that the retry rules, which
# classify httpx errors, read both paths alike.
_CORE_ERRORS: tuple[tuple[type[Exception], type[httpx.TransportError]], ...] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.ProxyError, httpx.ProxyError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
)
_CORE_ERROR_TYPES = tuple(core for core, _ in _CORE_ERRORS)

# Path characters that need no percent-encoding (RFC 3986 pchar, '/' and an existing '%XX'): such a path goes out
# as it is, anything else as httpx would encode it.
_PLAIN_PATH = re.compile(r"[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*")


def _as_httpx_error(error: Exception) -> httpx.TransportError:
    for core, mapped in _CORE_ERRORS:
        if isinstance(error, core):
            converted = mapped(str(error) or type(error).__name__)
            converted.__cause__ = error
            return converted
    raise error  # pragma: no cover - only the types listed above are caught


class OwnPool:
    """The SDK's own connection pool: an httpcore pool (httpx's transport underneath, without httpx's client and
    request objects around it), reaching one base URL directly or through the environment's proxy.

    A caller's request is built straight into httpcore's form from parts prepared here: the URL is not parsed, nor
    the headers normalized, on every call; the answer comes back as an httpx.Response. The wire sees what an
    httpx.Client would send (less its `Connection: keep-alive`, HTTP/1.1's default, and cookies: the SDK's own
    pool keeps none). The sync pool's sockets are bounded by ATTEMPT_DEADLINE.

    `sharing`: the pool of another client (made by `with_options`) whose connections this one uses, with headers
    and timeout of its own; only the pool that made them closes them.
    """

    pool: httpcore.ConnectionPool | httpcore.AsyncConnectionPool | Http11Pool | AsyncHttp11Pool

    def __init__(
        self,
        base_url: str,
        headers: Mapping[str, str],
        timeout: httpx.Timeout | None,
        *,
        sync: bool,
        sharing: OwnPool | None = None,
    ):
        url = httpx.URL(base_url)
        self._url = url
        self._scheme, self._host, self._port = url.raw_scheme, url.raw_host, url.port
        self._prefix = url.raw_path.rstrip(b"/")
        common = [(b"Host", url.netloc), *httpx.Headers(headers).raw]
        self._headers_plain = common
        self._headers_json = [*common, (b"Content-Type", b"application/json")]
        self._timeout = None if timeout is None else timeout.as_dict()
        self._closed = False
        self._owner: OwnPool = sharing._owner if sharing is not None else self
        if sharing is not None:
            self.pool = sharing.pool
            return
        ssl_context = httpx.create_ssl_context() if url.scheme == "https" else None
        proxy_url = env_proxy(base_url)
        proxy = None
        if proxy_url is not None:
            parsed = httpx.URL(proxy_url)
            auth = (parsed.username, parsed.password) if parsed.username else None
            proxy = httpcore.Proxy(url=str(parsed.copy_with(username=None, password=None)), auth=auth)
        options: dict[str, Any] = {
            "ssl_context": ssl_context,
            "proxy": proxy,
            "max_connections": POOL_MAX_CONNECTIONS,
            "max_keepalive_connections": POOL_MAX_KEEPALIVE,
            "keepalive_expiry": POOL_KEEPALIVE_EXPIRY,
        }
        if proxy is None:  # one origin, HTTP/1.1: connections of our own (`connections`), httpcore's pool otherwise
            origin = httpcore.URL(scheme=self._scheme, host=self._host, port=self._port, target=b"/").origin
            own: dict[str, Any] = {
                "ssl_context": ssl_context,
                "keepalive_expiry": POOL_KEEPALIVE_EXPIRY,
                "max_connections": POOL_MAX_CONNECTIONS,
                "max_keepalive": POOL_MAX_KEEPALIVE,
            }
            if sync:
                self.pool = Http11Pool(origin, network_backend=_DeadlineBackend(httpcore.SyncBackend()), **own)
            else:
                self.pool = AsyncHttp11Pool(origin, network_backend=_CoalescingAsyncBackend(), **own)
        elif sync:
            self.pool = httpcore.ConnectionPool(network_backend=_DeadlineBackend(httpcore.SyncBackend()), **options)
        else:
            self.pool = httpcore.AsyncConnectionPool(network_backend=_CoalescingAsyncBackend(), **options)

    @property
    def owns_connections(self) -> bool:
        """False for a pool sharing another's connections (`sharing`): closing it is the other's business."""
        return self._owner is self

    @property
    def closed(self) -> bool:
        """True once the pool that made the connections is closed."""
        return self._owner._closed

    def __repr__(self) -> str:
        return f"OwnPool({str(self._url)!r})"

    def request(self, action: Request) -> httpcore.Request:
        """The httpcore request of one attempt."""
        path = action.url
        target = path.encode("ascii") if _PLAIN_PATH.fullmatch(path) else httpx.URL(path).raw_path
        if action.params:
            target += b"?" + str(httpx.QueryParams(action.params)).encode("ascii")
        body = action.body
        headers = self._headers_plain if body is None else self._headers_json
        if action.headers:
            headers = set_raw_headers(headers, action.headers)
        if body is not None:
            headers = [*headers, (b"Content-Length", str(len(body)).encode("ascii"))]
        elif action.method in ("POST", "PUT", "PATCH"):
            headers = [*headers, (b"Content-Length", b"0")]
        timeout = self._timeout if action.timeout is None else action.timeout.as_dict()
        return httpcore.Request(
            action.method,
            httpcore.URL(scheme=self._scheme, host=self._host, port=self._port, target=self._prefix + target),
            headers=headers,
            content=body or b"",
            extensions={} if timeout is None else {"timeout": timeout},
        )

    def exchange(self, action: Request, limit: int, deadline: float | None) -> Outcome:
        """One attempt: the answer with its body read (at most `limit` bytes), or the transport error."""
        pool = self.pool
        assert isinstance(pool, Http11Pool | httpcore.ConnectionPool)
        try:
            answer = pool.handle_request(self.request(action))
        except _CORE_ERROR_TYPES as exc:
            return _as_httpx_error(exc)
        body = Body(limit)
        try:
            for chunk in answer.iter_stream():
                if body.full_after(chunk):
                    break
                if deadline is not None and time.monotonic() >= deadline:
                    return httpx.ReadTimeout("the call's deadline passed while the body arrived")
        except _CORE_ERROR_TYPES as exc:
            return _as_httpx_error(exc)
        finally:
            answer.close()
        return body.received(_from_core(answer))

    async def exchange_async(self, action: Request, limit: int) -> Outcome:
        """The async twin of exchange (the deadline is the caller's cancel scope)."""
        pool = self.pool
        assert isinstance(pool, AsyncHttp11Pool | httpcore.AsyncConnectionPool)
        try:
            answer = await pool.handle_async_request(self.request(action))
        except _CORE_ERROR_TYPES as exc:
            return _as_httpx_error(exc)
        body = Body(limit)
        try:
            async for chunk in answer.aiter_stream():
                if body.full_after(chunk):
                    break
        except _CORE_ERROR_TYPES as exc:
            return _as_httpx_error(exc)
        finally:
            await answer.aclose()
        return body.received(_from_core(answer))

    def close(self) -> None:
        assert self._owner is self, "only the client that made the pool closes it"
        self._closed = True
        pool = self.pool
        assert isinstance(pool, Http11Pool | httpcore.ConnectionPool)
        pool.close()

    async def aclose(self) -> None:
        assert self._owner is self, "only the client that made the pool closes it"
        self._closed = True
        pool = self.pool
        assert isinstance(pool, AsyncHttp11Pool | httpcore.AsyncConnectionPool)
        await pool.aclose()


def _from_core(response: httpcore.Response) -> httpx.Response:
    # The answer's status and headers as an httpx.Response; the body is set by the reader.
    return httpx.Response(response.status, headers=response.headers, stream=httpx.ByteStream(b""))
