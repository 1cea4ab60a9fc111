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
from dataclasses import dataclass, field, replace
from typing import Any, Protocol, TypeVar

import httpx

from .._constants import DEFAULT_MAX_RESPONSE_BYTES
from ..core import events
from ..core.events import CallTrace, Hooks
from ..core.plans import Action, ItemPlan, Outcome, Plan, RenewToken, Request, Sleep
from ..core.tokens import AccessToken
from ..errors import APIConnectionError, VoucherifyError
from ..errors.redaction import redact_exception
from .body import ATTEMPT_DEADLINE, Body, already_read, received
from .tokens import TokenSource

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
    tokens: TokenSource | None = field(default=None, repr=False)  # a token_provider's tokens, sent as the bearer
    hooks: Hooks | None = field(default=None, repr=False)  # told of every call's progress (core.events)

    def redact(self, error: VoucherifyError) -> None:
        """Keep the client's secrets, and every access token it was given, out of what `error` shows."""
        redact_exception(error, (*self.secrets, *(self.tokens.values() if self.tokens else ())))

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


class _Drive:
    """One plan's run: the token its latest attempt carried (so that "expired" renews that one), and what to hand
    the plan next: an outcome, or an error to raise inside it (a token that could not be had means the request was
    never sent, which the plan must see where the attempt would have been)."""

    def __init__(self, plan: Plan[Any] | ItemPlan, connection: Connection, operation: str | None) -> None:
        self.plan = plan
        self.token: AccessToken | None = None
        self.outcome: Outcome = None
        self.error: APIConnectionError | None = None
        hooks = connection.hooks
        self.trace = None if hooks is None else CallTrace(hooks, operation or "call", connection.base_url)

    def next(self) -> Action | tuple[Any]:
        error, self.error, outcome, self.outcome = self.error, None, self.outcome, None
        current = events.CURRENT.set(self.trace) if self.trace is not None else None
        try:
            if error is not None:
                return self.plan.throw(error)
            return self.plan.send(outcome)
        finally:
            if current is not None:
                events.CURRENT.reset(current)

    def finished(self, result: object, error: BaseException | None) -> None:
        if self.trace is not None:
            events.call_finished(self.trace, result, error)


def drive_sync(plan: Plan[T], connection: Connection, operation: str | None = None) -> T:
    """Run a plan over a sync httpx client and return its result (`operation` names the call for the hooks)."""
    drive = _Drive(plan, connection, operation)
    try:
        while True:
            _perform_sync(drive.next(), connection, drive)
    except StopIteration as stop:
        result: T = stop.value
        drive.finished(result, None)
        return result
    except VoucherifyError as error:
        connection.redact(error)
        drive.finished(None, error)
        raise
    except BaseException as error:
        drive.finished(None, error)
        raise


async def drive_async(plan: Plan[T], connection: Connection, operation: str | None = None) -> T:
    """Run a plan over an async httpx client and return its result (`operation` names the call for the hooks)."""
    drive = _Drive(plan, connection, operation)
    try:
        while True:
            await _perform_async(drive.next(), connection, drive)
    except StopIteration as stop:
        result: T = stop.value
        drive.finished(result, None)
        return result
    except VoucherifyError as error:
        connection.redact(error)
        drive.finished(None, error)
        raise
    except BaseException as error:
        drive.finished(None, error)
        raise


def iterate_sync(plan: ItemPlan, connection: Connection, operation: str | None = None) -> Iterator[Any]:
    """Run a listing plan lazily, giving back each item as it arrives."""
    drive = _Drive(plan, connection, operation)
    failed: BaseException | None = None
    try:
        while True:
            try:
                action = drive.next()
            except StopIteration:
                return
            except VoucherifyError as error:
                connection.redact(error)
                raise
            if isinstance(action, tuple):
                yield action[0]
            else:
                _perform_sync(action, connection, drive)
    except GeneratorExit:  # the caller stopped iterating: the call ends well
        raise
    except BaseException as error:
        failed = error
        raise
    finally:
        drive.finished(None, failed)


async def iterate_async(plan: ItemPlan, connection: Connection, operation: str | None = None) -> AsyncIterator[Any]:
    """The async twin of iterate_sync."""
    drive = _Drive(plan, connection, operation)
    failed: BaseException | None = None
    try:
        while True:
            try:
                action = drive.next()
            except StopIteration:
                return
            except VoucherifyError as error:
                connection.redact(error)
                raise
            if isinstance(action, tuple):
                yield action[0]
            else:
                await _perform_async(action, connection, drive)
    except GeneratorExit:  # the caller stopped iterating: the call ends well
        raise
    except BaseException as error:
        failed = error
        raise
    finally:
        drive.finished(None, failed)


def _with_token(action: Request, token: AccessToken) -> Request:
    return replace(action, headers=(("Authorization", f"Bearer {token.value}"), *action.headers))


def _perform_sync(action: Action | tuple[Any], connection: Connection, drive: _Drive) -> None:
    if isinstance(action, Sleep):
        connection.sleep(action.seconds)
        return
    tokens = connection.tokens
    if isinstance(action, RenewToken):
        if tokens is not None:
            try:
                tokens.get_sync(connection, action.seconds_left, stale=drive.token)
            except APIConnectionError as error:
                drive.error = error
        return
    assert isinstance(action, Request)
    if tokens is not None:
        started = time.monotonic()
        try:
            drive.token = tokens.get_sync(connection, action.seconds_left)
        except APIConnectionError as error:
            drive.error = error
            return
        action = _with_token(action, drive.token)
        if action.seconds_left is not None:
            action = replace(action, seconds_left=max(action.seconds_left - (time.monotonic() - started), 0.001))
    drive.outcome = _attempt_sync(action, connection)


def _attempt_sync(action: Request, connection: Connection) -> Outcome:
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


async def _perform_async(action: Action | tuple[Any], connection: Connection, drive: _Drive) -> None:
    if isinstance(action, Sleep):
        await connection.sleep(action.seconds)
        return
    tokens = connection.tokens
    if isinstance(action, RenewToken):
        if tokens is not None:
            try:
                await tokens.get_async(connection, action.seconds_left, stale=drive.token)
            except APIConnectionError as error:
                drive.error = error
        return
    assert isinstance(action, Request)
    if tokens is not None:
        started = time.monotonic()
        try:
            drive.token = await tokens.get_async(connection, action.seconds_left)
        except APIConnectionError as error:
            drive.error = error
            return
        action = _with_token(action, drive.token)
        if action.seconds_left is not None:
            action = replace(action, seconds_left=max(action.seconds_left - (time.monotonic() - started), 0.001))
    drive.outcome = await _attempt_async(action, connection)


async def _attempt_async(action: Request, connection: Connection) -> Outcome:
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
