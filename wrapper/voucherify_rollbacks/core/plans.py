"""How one logical call is sent: attempts, retry decisions and waits, written once for sync and async.

The logic is a generator ("plan") that yields what it needs done — an HTTP request to send, or a pause — and is
resumed with the outcome. The drivers in `_http` are the only places that touch the network or sleep, so
both clients share every decision, and tests can inject the clock, the randomness and the sleep.
"""

from __future__ import annotations

import logging
import random as _random
import time
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

import httpx

from .._constants import DEFAULT_MAX_RESPONSE_BYTES
from ..errors import (
    AlreadyRolledBackError,
    APIConnectionError,
    APIError,
    APITimeoutError,
    MultipleRequestsError,
    RateLimitError,
    ResponseTooLargeError,
    VoucherifyError,
    error_from_response,
    says_token_expired,
)
from ..errors.redaction import log_request, log_response, log_retry, logger, redact_exception
from . import events
from .clock import ServerClock
from .extras import merge_body
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
    once (every retry sends the same bytes); `headers` are set over the client's. `seconds_left` is what the call's
    deadline leaves this attempt: the driver stops it then, whatever the server does."""

    method: str
    url: str
    kind: OperationKind
    params: dict[str, Any] = field(default_factory=dict)
    body: bytes | None = None
    headers: tuple[tuple[str, str], ...] = ()
    timeout: httpx.Timeout | None = None
    seconds_left: float | None = None


@dataclass(frozen=True)
class Sleep:
    """A pause before the next attempt."""

    seconds: float


@dataclass(frozen=True)
class RenewToken:
    """The API said the access token the last attempt carried expired: replace it (or take the one another call
    already got) before the next attempt. Only yielded by the calls of a client with a `token_provider`;
    `seconds_left` is what the call's deadline leaves."""

    seconds_left: float | None = None


Action = Request | Sleep | RenewToken
Outcome = httpx.Response | Exception | None
Plan = Generator[Action, Outcome, T]

# A listing plan also yields `(item,)` tuples: each matching item, as soon as its page has arrived.
ItemPlan = Generator[Action | tuple[Any], Outcome, None]


# The marker the driver leaves in a response's extensions when its body was cut at the size limit.
TOO_LARGE = "voucherify_rollbacks.too_large"
# What `send` leaves in a 2xx response's extensions for the result: the attempts its request took, and the seconds
# since the call started.
ATTEMPTS = "voucherify_rollbacks.attempts"
ELAPSED = "voucherify_rollbacks.elapsed"


@dataclass
class CallOptions:
    """The per-call knobs: retry policy, timeout, deadline, response size limit, and the injectable clocks.

    The deadline counts from the creation of these options, so it bounds the whole call: every request it makes
    (a rollback's recovery look-ups included), every attempt and every wait.
    """

    policy: RetryPolicy
    timeout: httpx.Timeout | None = None
    clock: Callable[[], float] = time.monotonic
    wall_clock: Callable[[], float] = time.time
    random: Callable[[], float] = _random.random
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    # Seconds of the deadline that rollback attempts (and their waits) leave for the recovery look-up.
    reserve: float = 0.0
    # What the caller adds to every request of the call (see core.extras); `body` only to one that carries a body.
    headers: tuple[tuple[str, str], ...] = ()
    query: Mapping[str, Any] = field(default_factory=dict)
    body: Mapping[str, Any] | None = None
    # The values of credential-like headers among `headers`, redacted from the errors the call raises.
    secrets: tuple[str, ...] = ()
    # The client gets its bearer token from a token provider: a 401 saying it expired renews it and repeats the
    # attempt once (the refused attempt applied nothing), whatever the operation.
    renews_token: bool = False
    started: float = field(init=False)
    server_clock: ServerClock = field(init=False)

    def __post_init__(self) -> None:
        self.started = self.clock()
        self.server_clock = ServerClock(self.clock, self.wall_clock)

    def again(self) -> CallOptions:
        """The same knobs with a budget of their own, starting now (each page of a listing gets one)."""
        return replace(self)

    def retry_state(self, *, reserved: bool = False, retries: int | None = None) -> RetryState:
        """Retry bookkeeping for one request of this call, measuring the deadline from the call's start (less the
        look-up's reserve, for a rollback's own attempts); `retries` overrides max_retries."""
        policy = self.policy if retries is None else replace(self.policy, max_retries=retries)
        if reserved and self.reserve and policy.deadline is not None:
            policy = replace(policy, deadline=max(policy.deadline - self.reserve, 1e-9))
        state = RetryState(policy, clock=self.clock, random=self.random)
        state.started_at = self.started
        return state

    def elapsed(self) -> float:
        """Seconds since the call started."""
        return self.clock() - self.started

    def remaining(self) -> float | None:
        """Seconds left of the call's deadline (never negative), or None without one."""
        if self.policy.deadline is None:
            return None
        return max(self.policy.deadline - (self.clock() - self.started), 0.0)

    def shaped(self, request: Request) -> Request:
        """`request` with what the caller adds to it: headers, query parameters and (for a POST) body fields."""
        if not (self.headers or self.query or self.body):
            return request
        body = request.body
        if self.body and request.method != "GET":
            body = merge_body(body, self.body)
        params = {**request.params, **self.query} if self.query else request.params
        return replace(request, params=params, body=body, headers=(*request.headers, *self.headers))

    def attempt(self, request: Request) -> Request:
        """`request` as this attempt sends it: its timeouts capped by what the deadline leaves; or a timeout error
        when nothing is left."""
        left = self.remaining()
        if left is None:
            return request
        if request.kind == "rollback":
            left -= self.reserve
        if left <= 0:
            raise APITimeoutError(
                f"the call's deadline of {self.policy.deadline:g} s was spent before this request", request_sent=False
            )
        return replace(request, timeout=cap_timeout(request.timeout or self.timeout, left), seconds_left=left)


def cap_timeout(timeout: httpx.Timeout | None, left: float) -> httpx.Timeout:
    """Each part of `timeout` no longer than `left` seconds."""
    parts = timeout or httpx.Timeout(left)

    def capped(value: float | None) -> float:
        return left if value is None else min(value, left)

    return httpx.Timeout(
        connect=capped(parts.connect), read=capped(parts.read), write=capped(parts.write), pool=capped(parts.pool)
    )


@dataclass
class Attempts:
    """What happened to the attempts of one call.

    `maybe_applied`: an attempt may have reached the server and done its work although no success came back (a
    timeout after sending, a reset, a 5xx, an unreadable 2xx). `in_progress`: such an attempt may still be running
    on the server (a timeout, a gateway's 502/504/408, `multiple_requests`), so a look-up that finds nothing yet does
    not prove that nothing will be applied. `first_sent` is the local monotonic time of the first attempt.
    """

    count: int = 0
    maybe_applied: bool = False
    in_progress: bool = False
    first_sent: float | None = None
    last_error: BaseException | None = None
    # (sent, answered) local times of each attempt that may have applied; answered is None when no answer came (the
    # server may have applied it at any time since). `last` is the latest attempt's, whatever its outcome.
    windows: list[tuple[float, float | None]] = field(default_factory=list)
    last: tuple[float, float | None] = (0.0, None)

    def may_have_applied(self, *, in_progress: bool = False) -> None:
        """Count the latest attempt as one that may have applied (and may still be running)."""
        self.maybe_applied = True
        self.in_progress = self.in_progress or in_progress
        if self.last not in self.windows:
            self.windows.append(self.last)


# A gateway's "the upstream did not answer (in time)": the work may still be running behind it.
_GATEWAY_STATUSES = frozenset({408, 502, 504})


def send(
    request: Request, options: CallOptions, attempts: Attempts | None = None, state: RetryState | None = None
) -> Plan[httpx.Response]:
    """Send `request` until it gets a 2xx (returned) or a final error (raised), retrying per the operation's rules.

    A 2xx whose body was cut at the size limit raises ResponseTooLargeError. `attempts` and `state` let a caller
    (a rollback) keep counting across several sends of one call.
    """
    attempts = attempts if attempts is not None else Attempts()
    try:
        response = yield from _send(options.shaped(request), options, attempts, state)
    except VoucherifyError as error:
        if isinstance(error, APIError | APIConnectionError) and error.attempts is None:
            error.attempts, error.elapsed = attempts.count, options.elapsed()
        if options.secrets:
            redact_exception(error, options.secrets)
        raise
    response.extensions[ATTEMPTS] = attempts.count
    response.extensions[ELAPSED] = options.elapsed()
    return response


def _send(request: Request, options: CallOptions, attempts: Attempts, state: RetryState | None) -> Plan[httpx.Response]:
    state = state if state is not None else options.retry_state()
    renewed = False
    while True:
        attempts.count += 1
        log_request(request.method, request.url, attempts.count)
        events.attempt_started(request.method, request.url)
        started = options.clock()
        if attempts.first_sent is None:
            attempts.first_sent = started
        outcome = yield options.attempt(request)
        attempts.last = (started, options.clock() if isinstance(outcome, httpx.Response) else None)
        if isinstance(outcome, httpx.Response):
            events.answer_received(
                request.method, request.url, outcome.status_code, request_id(outcome), None, options.clock() - started
            )
        else:
            failed = type(outcome).__name__ if outcome is not None else None
            events.answer_received(request.method, request.url, None, None, failed, options.clock() - started)
        if isinstance(outcome, httpx.Response):
            options.server_clock.observe(outcome, started)
            if logger.isEnabledFor(logging.INFO):  # the request id costs two header lookups: only when logged
                elapsed = options.clock() - started
                log_response(
                    request.method, request.url, outcome.status_code, request_id(outcome), attempts.count, elapsed
                )
            if 200 <= outcome.status_code < 300:
                if outcome.extensions.get(TOO_LARGE):
                    raise _too_large(outcome, options.max_response_bytes)
                return outcome
            error = error_from_response(outcome.status_code, outcome.content, outcome.headers, now=options.wall_clock)
            attempts.last_error = error
            if options.renews_token and not renewed and says_token_expired(error):
                renewed = True
                log_retry(request.method, request.url, attempts.count, 0.0, "401 access token expired")
                events.retry_scheduled(request.method, request.url, 0.0, "401 access token expired")
                yield RenewToken(options.remaining())
                continue
            retry_after = (
                error.retry_after
                if isinstance(error, RateLimitError)
                else parse_retry_after(outcome.headers, now=options.wall_clock, rate_limited=False)
            )
            if not _status_retryable(request.kind, error, attempts):
                raise error
            # A 5xx or 408 may come after the server did the work; a 429 or multiple_requests did not apply ours
            # (though the latter says an earlier attempt of ours may still be running).
            if outcome.status_code >= 500 or outcome.status_code == 408:
                attempts.may_have_applied(in_progress=outcome.status_code in _GATEWAY_STATUSES)
            if isinstance(error, MultipleRequestsError):
                attempts.in_progress = True
            delay = state.next_delay(retry_after=retry_after)
            if delay is None:
                raise error
            reason = f"{error.status_code} {error.key or ''}".strip()
        else:
            assert isinstance(outcome, Exception)
            failure = classify_transport_error(outcome)
            if failure is TransportFailure.AMBIGUOUS:
                attempts.may_have_applied(in_progress=isinstance(outcome, httpx.TimeoutException))
            connection_error = _connection_error(outcome, failure, _deadline_spent(options))
            connection_error.__cause__ = outcome
            attempts.last_error = connection_error
            if not _should_retry(request.kind, failure=failure):
                raise connection_error
            delay = state.next_delay()
            if delay is None:
                raise connection_error
            reason = type(outcome).__name__
        log_retry(request.method, request.url, attempts.count, delay, reason)
        events.retry_scheduled(request.method, request.url, delay, reason)
        yield Sleep(delay)


def _too_large(response: httpx.Response, limit: int) -> ResponseTooLargeError:
    return ResponseTooLargeError(
        f"the API answered {response.status_code} with a body larger than max_response_bytes={limit}; "
        "it was not read further",
        status_code=response.status_code,
        request_id=request_id(response),
        body=response.content.decode("utf-8", errors="replace"),
        headers=response.headers,
    )


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


def _deadline_spent(options: CallOptions) -> str | None:
    left = options.remaining()
    # A socket timeout capped to what was left fires a hair before the deadline: "spent" allows for that.
    if left is not None and left < 0.05:
        return f"the call's deadline of {options.policy.deadline:g} s passed"
    return None


def _connection_error(error: Exception, failure: TransportFailure, deadline: str | None = None) -> APIConnectionError:
    sent = False if failure is TransportFailure.NOT_SENT else None
    text = str(error) or type(error).__name__
    if isinstance(error, httpx.TimeoutException) and deadline:
        return APITimeoutError(f"request timed out: {deadline}", request_sent=sent)
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(f"request timed out: {text}", request_sent=sent)
    return APIConnectionError(f"connection failed: {text}", request_sent=sent)


def read_after(plan: Plan[httpx.Response], read: Callable[[httpx.Response], T]) -> Plan[T]:
    """A plan that sends, then reads the 2xx response into a result."""
    response = yield from plan
    return read(response)
