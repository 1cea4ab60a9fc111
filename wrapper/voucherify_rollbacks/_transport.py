"""How one attempt travels: the connection, the sync and async drivers of a plan, the streamed body (bounded in
size and decoded with bounded memory), and the hard stop of the deadline inside the SDK's own sync pool.

httpx's timeouts bound each socket operation, not a request: a server that trickles one byte a second (headers, body
or endless `102 Processing` lines) keeps a request alive forever within `timeout=1`. Async calls are stopped by a
cancel scope; a blocked sync read cannot be cancelled from outside, so the SDK's own sync pool (`_pool`) runs its
sockets through a network backend which gives every read, write and connect at most what is left of the deadline
the driver sets for the current attempt (`ATTEMPT_DEADLINE`, a monotonic time). An httpx.Client passed in by the caller
is never modified: there the deadline is checked between body chunks and caps each timeout, but a server trickling
headers can still overrun it.
"""

from __future__ import annotations

import contextvars
import time
import zlib
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._logging import redact_exception
from .config import DEFAULT_MAX_RESPONSE_BYTES
from .errors import VoucherifyError
from .sending import TOO_LARGE, Action, ItemPlan, Outcome, Plan, Request, Sleep

if TYPE_CHECKING:
    from ._pool import OwnPool

T = TypeVar("T")

# The monotonic time at which the current attempt must end; None outside an attempt of the SDK.
ATTEMPT_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "voucherify_attempt_deadline", default=None
)


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
    own: OwnPool | None = field(default=None, repr=False)  # the SDK's own pool, else the caller's client is used

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
            return connection.own.exchange(action, connection.max_response_bytes, deadline)
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


async def _exchange_async(action: Request, connection: Connection) -> Outcome:
    if connection.own is not None:
        return await connection.own.exchange_async(action, connection.max_response_bytes)
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
