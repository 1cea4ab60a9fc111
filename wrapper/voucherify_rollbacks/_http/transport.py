"""How one attempt travels: the connection, the sync and async drivers of a plan, the streamed body (bounded in
size and decoded with bounded memory), and the hard stop of the deadline inside the SDK's own sync pool.

httpx's timeouts bound each socket operation, not a request: a server that trickles one byte a second (headers, body
or endless `102 Processing` lines) keeps a request alive forever within `timeout=1`. Async calls are stopped by a
cancel scope; a blocked sync read cannot be cancelled from outside, so the SDK's own sync pool (`_pool`) runs its
sockets through a network backend which gives every read, write and connect at most what is left of the deadline
the driver sets for the current attempt (`ATTEMPT_DEADLINE`, a monotonic time). An httpx.Client passed in by the caller
is never modified: its attempt runs on a worker thread the call stops waiting for at the deadline
(`_exchange_by_deadline`).
"""

from __future__ import annotations

import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

import httpx

from .._constants import DEFAULT_MAX_RESPONSE_BYTES
from ..core.plans import Action, ItemPlan, Outcome, Plan, Request, Sleep
from ..errors import VoucherifyError
from ..errors.redaction import redact_exception
from .body import ATTEMPT_DEADLINE, Body, already_read, received

T = TypeVar("T")


class Exchanger(Protocol):
    """The SDK's own pool as the drivers use it (`pool.OwnPool`): one attempt in, its answer or error out."""

    def exchange(self, action: Request, limit: int, deadline: float | None) -> Outcome: ...

    async def exchange_async(self, action: Request, limit: int) -> Outcome: ...


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
    own: Exchanger | None = field(default=None, repr=False)  # the SDK's own pool, else the caller's client is used

    def build(self, request: Request, trace: Callable[[str, Mapping[str, Any]], None] | None = None) -> httpx.Request:
        """The httpx request of one attempt over the caller's client (`trace`: httpcore's progress events)."""
        headers = self.headers
        if request.body is not None or request.headers:
            headers = httpx.Headers(headers)
            if request.body is not None:
                headers["Content-Type"] = "application/json"
            for name, value in request.headers:  # each set in place, as the own pool does (set_raw_headers)
                headers[name] = value
        built: httpx.Request = self.client.build_request(
            request.method,
            self.base_url + request.url,
            params=request.params or None,
            content=request.body,
            headers=headers,
            timeout=request.timeout if request.timeout is not None else httpx.USE_CLIENT_DEFAULT,
            extensions={"trace": trace} if trace is not None else None,
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
        if deadline is None:
            return _exchange_sync(connection, connection.build(action), None, threading.Event())
        return _exchange_by_deadline(action, connection, deadline)
    finally:
        ATTEMPT_DEADLINE.reset(token)


def _exchange_by_deadline(action: Request, connection: Connection, deadline: float) -> Outcome:
    """One attempt over the caller's own sync client, given up at `deadline` whatever the server does.

    A blocked read of a client the SDK does not own cannot be cancelled, so the attempt runs on a worker thread and
    the call stops waiting at the deadline. The abandoned worker stops at the next body chunk, and otherwise ends
    when the server stops trickling or a socket timeout (capped at the call's deadline) fires; until then it holds
    one connection of the caller's pool.
    """
    progress = _Progress()
    request = connection.build(action, trace=progress.trace)
    abandoned = threading.Event()
    done = threading.Event()
    answer: list[Outcome | _Raised] = []

    def attempt() -> None:
        try:
            answer.append(_exchange_sync(connection, request, deadline, abandoned))
        except BaseException as error:  # handed to the caller's thread, raised there
            answer.append(_Raised(error))
        finally:
            done.set()

    threading.Thread(target=attempt, name="voucherify-attempt", daemon=True).start()
    if done.wait(max(0.0, deadline - time.monotonic())):
        outcome = answer[0]
        if isinstance(outcome, _Raised):
            raise outcome.error
        return outcome
    abandoned.set()
    if not progress.request_started:  # nothing reached the server: safe to say so, and to retry
        return httpx.ConnectTimeout("the call's deadline passed before the request was sent", request=request)
    return httpx.ReadTimeout("the call's deadline passed before the answer was complete", request=request)


@dataclass
class _Raised:
    error: BaseException


class _Progress:
    """How far an attempt got, from httpcore's trace events (a transport without them leaves it unknown: sent)."""

    def __init__(self) -> None:
        self.traced = False
        self.connected = False

    @property
    def request_started(self) -> bool:
        return self.connected or not self.traced

    def trace(self, name: str, info: Mapping[str, Any]) -> None:
        self.traced = True
        if name.startswith(("http11.send_request_headers", "http2.send_request_headers")):
            self.connected = True


def _exchange_sync(
    connection: Connection, request: httpx.Request, deadline: float | None, stop: threading.Event
) -> Outcome:
    try:
        response = connection.client.send(request, stream=True, follow_redirects=False)
    except httpx.HTTPStatusError as hooked:  # the caller's event hook called raise_for_status(): an answer
        return received(hooked.response, b"", False)
    except httpx.TransportError as exc:
        return exc
    if stop.is_set():
        response.close()
        return httpx.ReadTimeout("the call's deadline passed", request=request)
    if already_read(response):
        return received(response, response.content, False, connection.max_response_bytes, decoded=True)
    body = Body(connection.max_response_bytes)
    try:
        for chunk in response.iter_raw():
            if body.full_after(chunk):
                break
            if stop.is_set() or (deadline is not None and time.monotonic() >= deadline):
                return httpx.ReadTimeout("the call's deadline passed while the body arrived", request=request)
    except httpx.TransportError as exc:
        return exc
    finally:
        response.close()
    return body.received(response)


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
        return received(hooked.response, b"", False)
    except httpx.TransportError as exc:
        return exc
    if already_read(response):
        return received(response, response.content, False, connection.max_response_bytes, decoded=True)
    body = Body(connection.max_response_bytes)
    try:
        async for chunk in response.aiter_raw():
            if body.full_after(chunk):
                break
    except httpx.TransportError as exc:
        return exc
    finally:
        await response.aclose()
    return body.received(response)
