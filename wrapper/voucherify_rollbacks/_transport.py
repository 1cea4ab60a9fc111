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

import contextvars
import ssl
import time
import typing
import urllib.request
import zlib
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
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


def deadline_transport(base_url: str = "") -> httpx.HTTPTransport:
    """httpx's default transport (through the environment's proxy for `base_url`, if any), its sockets bounded by
    ATTEMPT_DEADLINE."""
    transport = httpx.HTTPTransport(proxy=env_proxy(base_url))
    # httpcore takes a network backend publicly, httpx's transport does not pass one on: wrap the one its pool
    # holds. Should a future httpx lay its pool out differently, the SDK keeps the per-chunk checks only.
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(pool, httpcore.ConnectionPool) and isinstance(backend, httpcore.NetworkBackend):
        pool._network_backend = _DeadlineBackend(backend)
    return transport


def async_transport(base_url: str = "") -> httpx.AsyncHTTPTransport:
    """httpx's default async transport, through the environment's proxy for `base_url`, if any."""
    return httpx.AsyncHTTPTransport(proxy=env_proxy(base_url))


@dataclass(frozen=True)
class Connection:
    """Where and how the driver sends: the httpx client (the caller's own, or one the SDK made), the base URL and
    the headers of every request. The injected httpx client is never modified: these apply per request.

    With `transport` (the transport of the client the SDK made, and nothing else in it: no auth, cookies, hooks or
    redirects), attempts skip the client: each request is built once from parts prepared here and handed to the
    transport, which is what httpx's client would do after re-merging its own (empty) state on every call.
    """

    client: Any
    base_url: str
    headers: Mapping[str, str] = field(repr=False)  # holds the credentials: never in a repr or a traceback dump
    sleep: Callable[[float], Any] = field(repr=False)
    secrets: tuple[str, ...] = field(default=(), repr=False)
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = field(default=None, repr=False)
    timeout: httpx.Timeout | None = field(default=None, repr=False)

    @cached_property
    def _prepared(self) -> tuple[httpx.Headers, httpx.Headers, dict[str, float | None] | None]:
        # The headers of requests without and with a JSON body, and the default timeout, as httpx takes them.
        plain = httpx.Headers(self.headers)
        with_body = httpx.Headers(plain)
        with_body["Content-Type"] = "application/json"
        return plain, with_body, None if self.timeout is None else self.timeout.as_dict()

    def build(self, request: Request) -> httpx.Request:
        """The httpx request of one attempt."""
        if self.transport is not None:
            plain, with_body, timeout = self._prepared
            return httpx.Request(
                request.method,
                self.base_url + request.url,
                params=request.params or None,
                content=request.body,
                headers=plain if request.body is None else with_body,
                extensions={"timeout": timeout if request.timeout is None else request.timeout.as_dict()},
            )
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

    def send(self, request: httpx.Request) -> httpx.Response:
        """One attempt over the sync client or transport, its body left to stream."""
        transport = self.transport
        if not isinstance(transport, httpx.BaseTransport):
            response: httpx.Response = self.client.send(request, stream=True, follow_redirects=False)
            return response
        try:
            response = transport.handle_request(request)
        except httpx.RequestError as exc:
            exc.request = request
            raise
        response.request = request
        return response

    async def send_async(self, request: httpx.Request) -> httpx.Response:
        """One attempt over the async client or transport, its body left to stream."""
        transport = self.transport
        if not isinstance(transport, httpx.AsyncBaseTransport):
            response: httpx.Response = await self.client.send(request, stream=True, follow_redirects=False)
            return response
        try:
            response = await transport.handle_async_request(request)
        except httpx.RequestError as exc:
            exc.request = request
            raise
        response.request = request
        return response


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
        request = connection.build(action)
        try:
            response = connection.send(request)
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


async def _exchange_async(action: Request, connection: Connection) -> Outcome:
    request = connection.build(action)
    try:
        response = await connection.send_async(request)
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
        response.status_code, headers=headers, content=body, request=response.request, extensions=extensions
    )


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
