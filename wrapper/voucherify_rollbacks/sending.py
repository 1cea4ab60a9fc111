"""How one logical call is sent: attempts, retry decisions and waits, written once for sync and async.

The logic is a generator ("plan") that yields what it needs done — an HTTP request to send, or a pause — and is
resumed with the outcome. `drive_sync` and `drive_async` are the only places that touch the network or sleep, so
both clients share every decision, and tests can inject the clock, the randomness and the sleep.
"""

from __future__ import annotations

import logging
import random as _random
import time
from collections.abc import AsyncIterator, Callable, Generator, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx

from ._logging import log_request, log_response, log_retry, logger
from .errors import (
    AlreadyRolledBackError,
    APIConnectionError,
    APIError,
    APITimeoutError,
    MultipleRequestsError,
    RateLimitError,
    error_from_response,
)
from .retries import (
    OperationKind,
    RetryPolicy,
    RetryState,
    TransportFailure,
    classify_transport_error,
    parse_retry_after,
)
from .retries import should_retry as _should_retry

T = TypeVar("T")


@dataclass(frozen=True)
class Request:
    """One HTTP request for the driver to send: `url` is relative to the client's base URL, `body` is JSON, encoded
    once (every retry sends the same bytes)."""

    method: str
    url: str
    kind: OperationKind
    params: dict[str, Any] = field(default_factory=dict)
    body: bytes | None = None
    timeout: httpx.Timeout | None = None


@dataclass(frozen=True)
class Sleep:
    """A pause before the next attempt."""

    seconds: float


Action = Request | Sleep
Outcome = httpx.Response | Exception | None
Plan = Generator[Action, Outcome, T]


@dataclass
class CallOptions:
    """The per-call knobs: retry policy, timeout, and the injectable clocks and randomness.

    The policy's deadline counts from the creation of these options, so it bounds the whole call: every request
    it makes (a rollback's recovery look-ups included), every attempt and every wait.
    """

    policy: RetryPolicy
    timeout: httpx.Timeout | None = None
    clock: Callable[[], float] = time.monotonic
    wall_clock: Callable[[], float] = time.time
    random: Callable[[], float] = _random.random
    started: float = field(init=False)

    def __post_init__(self) -> None:
        self.started = self.clock()

    def retry_state(self) -> RetryState:
        """Retry bookkeeping for one request of this call, measuring the deadline from the call's start."""
        state = RetryState(self.policy, clock=self.clock, random=self.random)
        state.started_at = self.started
        return state


@dataclass
class Attempts:
    """What happened to the attempts of one call; `maybe_applied` says whether an earlier attempt may have reached
    the server and done its work although no success came back (a timeout after sending, a reset, a 5xx)."""

    count: int = 0
    maybe_applied: bool = False


def send(request: Request, options: CallOptions, attempts: Attempts | None = None) -> Plan[httpx.Response]:
    """Send `request` until it gets a 2xx (returned) or a final error (raised), retrying per the operation's rules."""
    attempts = attempts if attempts is not None else Attempts()
    state = options.retry_state()
    while True:
        attempts.count += 1
        log_request(request.method, request.url, attempts.count)
        started = options.clock()
        outcome = yield request
        if isinstance(outcome, httpx.Response):
            if logger.isEnabledFor(logging.INFO):  # the request id costs two header lookups: only when logged
                elapsed = options.clock() - started
                log_response(
                    request.method, request.url, outcome.status_code, request_id(outcome), attempts.count, elapsed
                )
            if 200 <= outcome.status_code < 300:
                return outcome
            error = error_from_response(outcome.status_code, outcome.content, outcome.headers, now=options.wall_clock)
            retry_after = (
                error.retry_after
                if isinstance(error, RateLimitError)
                else parse_retry_after(outcome.headers, now=options.wall_clock)
            )
            if not _status_retryable(request.kind, error, attempts):
                raise error
            # A 5xx or 408 may come after the server did the work; a 429 or multiple_requests did not apply ours.
            if outcome.status_code >= 500 or outcome.status_code == 408:
                attempts.maybe_applied = True
            delay = state.next_delay(retry_after=retry_after)
            if delay is None:
                raise error
            reason = f"{error.status_code} {error.key or ''}".strip()
        else:
            assert isinstance(outcome, Exception)
            failure = classify_transport_error(outcome)
            if failure is TransportFailure.AMBIGUOUS:
                attempts.maybe_applied = True
            connection_error = _connection_error(outcome, failure)
            if not _should_retry(request.kind, failure=failure):
                raise connection_error from outcome
            delay = state.next_delay()
            if delay is None:
                raise connection_error from outcome
            reason = type(outcome).__name__
        log_retry(request.method, request.url, attempts.count, delay, reason)
        yield Sleep(delay)


def request_id(response: httpx.Response) -> str | None:
    """Voucherify's request id of a response, from its headers."""
    found: str | None = response.headers.get("x-voucherify-request-id") or response.headers.get("x-request-id")
    return found


def _status_retryable(kind: OperationKind, error: APIError, attempts: Attempts) -> bool:
    if isinstance(error, AlreadyRolledBackError):
        return False
    if isinstance(error, MultipleRequestsError):
        # Our own earlier attempt may still be running on the server: wait for it, then the retry either succeeds
        # or meets already_rolled_back, which is recovered. Someone else's concurrent rollback is not ours to wait for.
        return kind == "rollback" and attempts.maybe_applied
    return _should_retry(kind, status_code=error.status_code)


def _connection_error(error: Exception, failure: TransportFailure) -> APIConnectionError:
    sent = False if failure is TransportFailure.NOT_SENT else None
    text = str(error) or type(error).__name__
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(f"request timed out: {text}", request_sent=sent)
    return APIConnectionError(f"connection failed: {text}", request_sent=sent)


@dataclass(frozen=True)
class Connection:
    """Where and how the driver sends: the httpx client (the caller's own, or one the SDK made), the base URL and
    the headers of every request. The injected httpx client is never modified: these apply per request."""

    client: Any
    base_url: str
    headers: Mapping[str, str] = field(repr=False)  # holds the credentials: never in a repr or a traceback dump
    sleep: Callable[[float], Any] = field(repr=False)

    def request_kwargs(self, request: Request) -> dict[str, Any]:
        """Keyword arguments for httpx.Client.request / httpx.AsyncClient.request."""
        kwargs: dict[str, Any] = {
            "method": request.method,
            "url": self.base_url + request.url,
            "headers": self.headers,
            # Never follow a redirect, even on an injected client that would: httpx strips only Authorization on a
            # cross-origin redirect, and X-App-Token would travel to the other host.
            "follow_redirects": False,
        }
        if request.params:
            kwargs["params"] = request.params
        if request.body is not None:
            kwargs["content"] = request.body
            kwargs["headers"] = {**self.headers, "Content-Type": "application/json"}
        if request.timeout is not None:
            kwargs["timeout"] = request.timeout
        return kwargs


def drive_sync(plan: Plan[T], connection: Connection) -> T:
    """Run a plan over a sync httpx client and return its result."""
    outcome: Outcome = None
    try:
        while True:
            outcome = _perform_sync(plan.send(outcome), connection)
    except StopIteration as stop:
        result: T = stop.value
        return result


async def drive_async(plan: Plan[T], connection: Connection) -> T:
    """Run a plan over an async httpx client and return its result."""
    outcome: Outcome = None
    try:
        while True:
            outcome = await _perform_async(plan.send(outcome), connection)
    except StopIteration as stop:
        result: T = stop.value
        return result


# A listing plan also yields `(item,)` tuples: each matching item, as soon as its page has arrived.
ItemPlan = Generator[Action | tuple[Any], Outcome, None]


def iterate_sync(plan: ItemPlan, connection: Connection) -> Iterator[Any]:
    """Run a listing plan lazily, giving back each item as it arrives."""
    outcome: Outcome = None
    while True:
        try:
            action = plan.send(outcome)
        except StopIteration:
            return
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
    try:
        response: httpx.Response = connection.client.request(**connection.request_kwargs(action))
        return response
    except httpx.HTTPError as exc:
        return exc


async def _perform_async(action: Action | tuple[Any], connection: Connection) -> Outcome:
    if isinstance(action, Sleep):
        await connection.sleep(action.seconds)
        return None
    assert isinstance(action, Request)
    try:
        response: httpx.Response = await connection.client.request(**connection.request_kwargs(action))
        return response
    except httpx.HTTPError as exc:
        return exc


def read_after(plan: Plan[httpx.Response], read: Callable[[httpx.Response], T]) -> Plan[T]:
    """A plan that sends, then reads the 2xx response into a result."""
    response = yield from plan
    return read(response)
