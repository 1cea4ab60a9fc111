"""How one attempt travels: the connection, the sync and async drivers of a plan, the streamed body (bounded in
size and decoded with bounded memory), and the hard stop of the deadline inside the SDK's own sync pool.

httpx's timeouts bound each socket operation, not a request: a server that trickles one byte a second (headers, body
or endless `102 Processing` lines) keeps a request alive forever within `timeout=1`. Async calls are stopped by a
cancel scope; a blocked sync read cannot be cancelled from outside, so the SDK's own sync pool runs its sockets
through this network backend, which gives every read, write and connect at most what is left of the deadline the
driver sets for the current attempt (`ATTEMPT_DEADLINE`, a monotonic time). An httpx.Client passed in by the caller
is never modified: there the deadline is checked between body chunks and caps each timeout, but a server trickling
headers can still overrun it.
"""

from __future__ import annotations

import contextlib
import contextvars
import re
import ssl
import time
import typing
import urllib.request
import zlib
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpcore
import httpx

from ._logging import redact_exception
from .config import DEFAULT_MAX_RESPONSE_BYTES, is_loopback
from .errors import VoucherifyError
from .sending import TOO_LARGE, Action, ItemPlan, Outcome, Plan, Request, Sleep

T = TypeVar("T")

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
_MAX_CONNECTIONS, _MAX_KEEPALIVE, _KEEPALIVE_EXPIRY = 100, 20, 5.0

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
    """

    def __init__(self, base_url: str, headers: Mapping[str, str], timeout: httpx.Timeout | None, *, sync: bool):
        url = httpx.URL(base_url)
        self._url = url
        self._scheme, self._host, self._port = url.raw_scheme, url.raw_host, url.port
        self._prefix = url.raw_path.rstrip(b"/")
        common = [(b"Host", url.netloc), *httpx.Headers(headers).raw]
        self._headers_plain = common
        self._headers_json = [*common, (b"Content-Type", b"application/json")]
        self._timeout = None if timeout is None else timeout.as_dict()
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
            "max_connections": _MAX_CONNECTIONS,
            "max_keepalive_connections": _MAX_KEEPALIVE,
            "keepalive_expiry": _KEEPALIVE_EXPIRY,
        }
        self.pool: httpcore.ConnectionPool | httpcore.AsyncConnectionPool
        if sync:
            self.pool = httpcore.ConnectionPool(network_backend=_DeadlineBackend(httpcore.SyncBackend()), **options)
        else:
            self.pool = httpcore.AsyncConnectionPool(network_backend=_CoalescingAsyncBackend(), **options)
        self.closed = False

    def __repr__(self) -> str:
        return f"OwnPool({str(self._url)!r})"

    def request(self, action: Request) -> httpcore.Request:
        """The httpcore request of one attempt."""
        path = action.url
        target = path.encode("ascii") if _PLAIN_PATH.fullmatch(path) else httpx.URL(path).raw_path
        if action.params:
            target += b"?" + str(httpx.QueryParams(action.params)).encode("ascii")
        body = action.body
        if body is None:
            headers = self._headers_plain
            if action.method in ("POST", "PUT", "PATCH"):
                headers = [*headers, (b"Content-Length", b"0")]
        else:
            headers = [*self._headers_json, (b"Content-Length", str(len(body)).encode("ascii"))]
        timeout = self._timeout if action.timeout is None else action.timeout.as_dict()
        return httpcore.Request(
            action.method,
            httpcore.URL(scheme=self._scheme, host=self._host, port=self._port, target=self._prefix + target),
            headers=headers,
            content=body or b"",
            extensions={} if timeout is None else {"timeout": timeout},
        )

    def close(self) -> None:
        self.closed = True
        pool = self.pool
        assert isinstance(pool, httpcore.ConnectionPool)
        pool.close()

    async def aclose(self) -> None:
        self.closed = True
        pool = self.pool
        assert isinstance(pool, httpcore.AsyncConnectionPool)
        await pool.aclose()


def _from_core(response: httpcore.Response) -> httpx.Response:
    # The answer's status and headers as an httpx.Response; the body is set by the reader.
    return httpx.Response(response.status, headers=response.headers, stream=httpx.ByteStream(b""))


@dataclass(frozen=True)
class Connection:
    """Where and how the driver sends: the httpx client (the caller's own) or the SDK's own pool, the base URL and
    the headers of every request. The injected httpx client is never modified: these apply per request."""

    client: Any
    base_url: str
    headers: Mapping[str, str] = field(repr=False)  # holds the credentials: never in a repr or a traceback dump
    sleep: Callable[[float], Any] = field(repr=False)
    secrets: tuple[str, ...] = field(default=(), repr=False)
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    own: OwnPool | None = field(default=None, repr=False)

    def build(self, request: Request) -> httpx.Request:
        """The httpx request of one attempt over the caller's client."""
        headers = self.headers
        if request.body is not None:
            headers = {**headers, "Content-Type": "application/json"}
        built: httpx.Request = self.client.build_request(
            request.method,
            self.base_url + request.url,
            params=request.params or None,
            content=request.body,
            headers=headers,
            timeout=request.timeout if request.timeout is not None else httpx.USE_CLIENT_DEFAULT,
        )
        return built


def drive_sync(plan: Plan[T], connection: Connection) -> T:
    """Run a plan over a sync httpx client and return its result."""
    outcome: Outcome = None
    try:
        while True:
            outcome = _perform_sync(plan.send(outcome), connection)
    except StopIteration as stop:
        result: T = stop.value
        return result
    except VoucherifyError as error:
        redact_exception(error, connection.secrets)
        raise


async def drive_async(plan: Plan[T], connection: Connection) -> T:
    """Run a plan over an async httpx client and return its result."""
    outcome: Outcome = None
    try:
        while True:
            outcome = await _perform_async(plan.send(outcome), connection)
    except StopIteration as stop:
        result: T = stop.value
        return result
    except VoucherifyError as error:
        redact_exception(error, connection.secrets)
        raise


def iterate_sync(plan: ItemPlan, connection: Connection) -> Iterator[Any]:
    """Run a listing plan lazily, giving back each item as it arrives."""
    outcome: Outcome = None
    while True:
        try:
            action = plan.send(outcome)
        except StopIteration:
            return
        except VoucherifyError as error:
            redact_exception(error, connection.secrets)
            raise
        if isinstance(action, tuple):
            outcome = None
            yield action[0]
        else:
            outcome = _perform_sync(action, connection)


async def iterate_async(plan: ItemPlan, connection: Connection) -> AsyncIterator[Any]:
    """The async twin of iterate_sync."""
    outcome: Outcome = None
    while True:
        try:
            action = plan.send(outcome)
        except StopIteration:
            return
        except VoucherifyError as error:
            redact_exception(error, connection.secrets)
            raise
        if isinstance(action, tuple):
            outcome = None
            yield action[0]
        else:
            outcome = await _perform_async(action, connection)


# Only what `_decoded` can undo, so that a body is never handed to a decoder the SDK cannot bound.
ACCEPT_ENCODING = "gzip, deflate"


def _perform_sync(action: Action | tuple[Any], connection: Connection) -> Outcome:
    if isinstance(action, Sleep):
        connection.sleep(action.seconds)
        return None
    assert isinstance(action, Request)
    deadline = None if action.seconds_left is None else time.monotonic() + action.seconds_left
    token = ATTEMPT_DEADLINE.set(deadline)
    try:
        if connection.own is not None:
            return _exchange_own(action, connection.own, connection.max_response_bytes, deadline)
        request = connection.build(action)
        try:
            response = connection.client.send(request, stream=True, follow_redirects=False)
        except httpx.HTTPStatusError as hooked:  # the caller's event hook called raise_for_status(): an answer
            return _received(hooked.response, b"", False)
        except httpx.TransportError as exc:
            return exc
        if _already_read(response):
            return _received(response, response.content, False, connection.max_response_bytes, decoded=True)
        body = _Body(connection.max_response_bytes)
        try:
            for chunk in response.iter_raw():
                if body.full_after(chunk):
                    break
                if deadline is not None and time.monotonic() >= deadline:
                    return httpx.ReadTimeout("the call's deadline passed while the body arrived", request=request)
        except httpx.TransportError as exc:
            return exc
        finally:
            response.close()
        return body.received(response)
    finally:
        ATTEMPT_DEADLINE.reset(token)


async def _perform_async(action: Action | tuple[Any], connection: Connection) -> Outcome:
    if isinstance(action, Sleep):
        await connection.sleep(action.seconds)
        return None
    assert isinstance(action, Request)
    import anyio  # loaded with the first async request: sync users never pay for it

    if action.seconds_left is None:
        return await _exchange_async(action, connection)
    with anyio.move_on_after(action.seconds_left) as scope:
        return await _exchange_async(action, connection)
    assert scope.cancelled_caught
    return httpx.ReadTimeout("the call's deadline passed before the answer was complete")


def _exchange_own(action: Request, own: OwnPool, limit: int, deadline: float | None) -> Outcome:
    pool = own.pool
    assert isinstance(pool, httpcore.ConnectionPool)
    try:
        answer = pool.handle_request(own.request(action))
    except _CORE_ERROR_TYPES as exc:
        return _as_httpx_error(exc)
    body = _Body(limit)
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


async def _exchange_own_async(action: Request, own: OwnPool, limit: int) -> Outcome:
    pool = own.pool
    assert isinstance(pool, httpcore.AsyncConnectionPool)
    try:
        answer = await pool.handle_async_request(own.request(action))
    except _CORE_ERROR_TYPES as exc:
        return _as_httpx_error(exc)
    body = _Body(limit)
    try:
        async for chunk in answer.aiter_stream():
            if body.full_after(chunk):
                break
    except _CORE_ERROR_TYPES as exc:
        return _as_httpx_error(exc)
    finally:
        await answer.aclose()
    return body.received(_from_core(answer))


async def _exchange_async(action: Request, connection: Connection) -> Outcome:
    if connection.own is not None:
        return await _exchange_own_async(action, connection.own, connection.max_response_bytes)
    request = connection.build(action)
    try:
        response = await connection.client.send(request, stream=True, follow_redirects=False)
    except httpx.HTTPStatusError as hooked:
        return _received(hooked.response, b"", False)
    except httpx.TransportError as exc:
        return exc
    if _already_read(response):
        return _received(response, response.content, False, connection.max_response_bytes, decoded=True)
    body = _Body(connection.max_response_bytes)
    try:
        async for chunk in response.aiter_raw():
            if body.full_after(chunk):
                break
    except httpx.TransportError as exc:
        return exc
    finally:
        await response.aclose()
    return body.received(response)


class _Body:
    """The raw bytes of a streamed body, never more than one chunk past the size limit."""

    def __init__(self, limit: int) -> None:
        self.limit, self.raw, self.cut = limit, bytearray(), False

    def full_after(self, chunk: bytes) -> bool:
        """Add a chunk; True when the body passed the limit and reading must stop."""
        self.raw += chunk
        self.cut = len(self.raw) > self.limit
        return self.cut

    def received(self, response: httpx.Response) -> httpx.Response:
        return _received(response, bytes(self.raw), self.cut, self.limit)


# Headers that describe the body as it travelled, not as it is once decoded.
TRANSFER_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def _already_read(response: httpx.Response) -> bool:
    # A response made in memory (httpx.MockTransport) or read by the caller's event hook: its body is here, decoded.
    try:
        response.content  # noqa: B018
    except httpx.ResponseNotRead:
        return False
    return True


def _received(
    response: httpx.Response,
    raw: bytes,
    cut: bool,
    limit: int = DEFAULT_MAX_RESPONSE_BYTES,
    *,
    decoded: bool = False,
) -> httpx.Response:
    """The answer as the plans read it: the body decoded (at most `limit` bytes, never more in memory), the
    transfer headers dropped since the body is no longer encoded. A body that does not decode as its
    `Content-Encoding` claims is kept raw, with its status: the error or the look-up still has what came."""
    encoding = "" if decoded else response.headers.get("content-encoding", "")
    if not encoding and not cut and len(raw) <= limit:
        if not decoded:
            # The common case, on the hot path: the body as it came is the content. httpx's own read() sets the
            # same attribute; a new Response would copy every header for nothing.
            response._content = raw
        return response
    body, too_large = _decoded(raw, encoding, limit)
    if decoded and len(body) > limit:
        body, too_large = body[:limit], True
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in TRANSFER_HEADERS]
    extensions = {TOO_LARGE: True} if (cut or too_large) else {}
    return httpx.Response(
        response.status_code, headers=headers, content=body, request=_request_of(response), extensions=extensions
    )


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # an answer of the SDK's own pool: no httpx.Request was made for it
        return None


def _decoded(raw: bytes, encoding: str, limit: int) -> tuple[bytes, bool]:
    data = raw
    for name in reversed([part.strip().lower() for part in encoding.split(",") if part.strip()]):
        if name == "identity":
            continue
        if name in ("gzip", "x-gzip"):
            candidates = [16 + zlib.MAX_WBITS]
        elif name == "deflate":  # zlib-wrapped as the RFC says, or raw as some servers send it
            candidates = [zlib.MAX_WBITS, -zlib.MAX_WBITS]
        else:
            return raw, False
        for wbits in candidates:
            decompressor = zlib.decompressobj(wbits)
            try:
                out = decompressor.decompress(data, limit + 1)
            except zlib.error:
                continue
            if len(out) > limit or decompressor.unconsumed_tail:
                return out[:limit], True  # a bomb: never inflated past the limit
            data = out
            break
        else:
            return raw, False  # it lied about its encoding: keep what came
    return data, False
