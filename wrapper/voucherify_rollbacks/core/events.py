"""Hooks: what a call does, told as it happens to the functions a client was given (`Hooks`), as typed, frozen
events with timings. The plans emit the events of attempts, answers, retries and recovery look-ups; the driver
running a plan opens the call (`CallTrace`, current while the plan runs) and emits its final outcome.

A hook that raises is logged (a warning, its text scrubbed of every secret) and never changes the call's outcome.
Events hold methods, paths (never a query), statuses, request ids, reasons and error class names: never a header,
a body or a credential. Times are seconds from the call's start (its deadline's clock).
"""

from __future__ import annotations

import contextvars
import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..errors.redaction import logger, scrub

__all__ = [
    "AnswerReceived",
    "AttemptStarted",
    "CallFinished",
    "CallTrace",
    "Hooks",
    "RecoveryLookup",
    "RetryScheduled",
]


@dataclass(frozen=True)
class AttemptStarted:
    """An attempt is about to be sent: the `attempt`-th request of call `call_id` (1 for the first)."""

    call_id: int
    operation: str
    method: str
    path: str
    attempt: int
    elapsed: float
    url: str = ""
    """The base URL and the path (never the query)."""


@dataclass(frozen=True)
class AnswerReceived:
    """An attempt ended: with `status_code` (an answer), or with `error` (the transport failure's class name, no
    answer). `duration` is the attempt's seconds, `request_id` Voucherify's id of the answer."""

    call_id: int
    operation: str
    method: str
    path: str
    attempt: int
    status_code: int | None
    request_id: str | None
    error: str | None
    duration: float
    elapsed: float


@dataclass(frozen=True)
class RetryScheduled:
    """The attempt will be sent again after `delay` seconds, because of `reason` ("500 internal_error",
    "ReadTimeout", "401 access token expired", "rate limit")."""

    call_id: int
    operation: str
    method: str
    path: str
    attempt: int
    delay: float
    reason: str
    elapsed: float


@dataclass(frozen=True)
class RecoveryLookup:
    """A rollback's answer was lost or unclear (`reason`): the SDK is looking up what happened to `redemption_id`."""

    call_id: int
    operation: str
    redemption_id: str
    reason: str
    elapsed: float


@dataclass(frozen=True)
class CallFinished:
    """The call ended: `ok`, or `error` (the class name of what it raised). `attempts` counts every request it
    sent (look-ups included), `request_ids` their answers' ids; `recovered` is a rollback's `recovered`."""

    call_id: int
    operation: str
    ok: bool
    error: str | None
    attempts: int
    request_ids: tuple[str, ...]
    elapsed: float
    recovered: bool | None = None


@dataclass(frozen=True)
class Hooks:
    """The functions a client calls as its calls progress (each optional, each given its event; called in the
    thread or task of the call, so keep them quick). Pass `hooks=Hooks(...)` to either client."""

    before_attempt: Callable[[AttemptStarted], Any] | None = None
    after_answer: Callable[[AnswerReceived], Any] | None = None
    on_retry: Callable[[RetryScheduled], Any] | None = None
    on_lookup: Callable[[RecoveryLookup], Any] | None = None
    on_outcome: Callable[[CallFinished], Any] | None = None


_IDS = itertools.count(1)


@dataclass
class CallTrace:
    """One call as the hooks see it: its id, operation, hooks and what it has sent so far."""

    hooks: Hooks
    operation: str
    base_url: str = ""
    clock: Callable[[], float] = time.monotonic
    call_id: int = field(default_factory=lambda: next(_IDS))
    attempts: int = 0
    request_ids: list[str] = field(default_factory=list)
    started: float = field(init=False)

    def __post_init__(self) -> None:
        self.started = self.clock()

    def elapsed(self) -> float:
        return self.clock() - self.started


CURRENT: contextvars.ContextVar[CallTrace | None] = contextvars.ContextVar("voucherify_rollbacks_call", default=None)


def call(hook: Callable[[Any], Any] | None, event: object, name: str) -> None:
    """Give `event` to `hook`; a hook that raises is logged, scrubbed, and otherwise ignored."""
    if hook is None:
        return
    try:
        hook(event)
    except Exception as error:  # a failing hook must not change the call's outcome
        logger.warning("hook %s failed: %s", name, scrub(f"{type(error).__name__}: {error}"))


def attempt_started(method: str, path: str) -> None:
    trace = CURRENT.get()
    if trace is None:
        return
    trace.attempts += 1
    hooks = trace.hooks
    path = _path(path)
    event = AttemptStarted(
        trace.call_id, trace.operation, method, path, trace.attempts, trace.elapsed(), trace.base_url + path
    )
    call(hooks.before_attempt, event, "before_attempt")


def answer_received(
    method: str, path: str, status_code: int | None, request_id: str | None, error: str | None, duration: float
) -> None:
    trace = CURRENT.get()
    if trace is None:
        return
    if request_id:
        trace.request_ids.append(request_id)
    event = AnswerReceived(
        trace.call_id,
        trace.operation,
        method,
        _path(path),
        trace.attempts,
        status_code,
        request_id,
        error,
        duration,
        trace.elapsed(),
    )
    call(trace.hooks.after_answer, event, "after_answer")


def retry_scheduled(method: str, path: str, delay: float, reason: str) -> None:
    trace = CURRENT.get()
    if trace is None:
        return
    event = RetryScheduled(
        trace.call_id, trace.operation, method, _path(path), trace.attempts, delay, reason, trace.elapsed()
    )
    call(trace.hooks.on_retry, event, "on_retry")


def recovery_lookup(redemption_id: str, reason: str) -> None:
    trace = CURRENT.get()
    if trace is None:
        return
    event = RecoveryLookup(trace.call_id, trace.operation, redemption_id, scrub(reason), trace.elapsed())
    call(trace.hooks.on_lookup, event, "on_lookup")


def call_finished(trace: CallTrace, result: object, error: BaseException | None) -> None:
    recovered = getattr(result, "recovered", None)
    event = CallFinished(
        trace.call_id,
        trace.operation,
        error is None,
        None if error is None else type(error).__name__,
        trace.attempts,
        tuple(trace.request_ids),
        trace.elapsed(),
        recovered if isinstance(recovered, bool) else None,
    )
    call(trace.hooks.on_outcome, event, "on_outcome")


def _path(path: str) -> str:
    return path.partition("?")[0]
