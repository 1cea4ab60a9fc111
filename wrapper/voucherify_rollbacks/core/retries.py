"""When a failed call may be sent again, and how long to wait first. Pure decisions: no HTTP and no sleeping here.

Voucherify has no idempotency key, so the rule depends on what a repeat could do:
- a read repeats harmlessly;
- a redeem repeated after the server may have applied it would redeem twice, so it is repeated only when the
  first attempt provably never arrived (connect failure) or was refused outright (429);
- a rollback cannot apply twice: a repeat is answered with 400 `already_rolled_back`, which the client turns into
  a recovery, so it is retried like a read.
Clocks and randomness are parameters so tests run instantly and deterministically.
"""

from __future__ import annotations

import enum
import random as _random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

import httpx

from .._constants import DEFAULT_MAX_RETRIES, RETRY_INITIAL_DELAY, RETRY_MAX_DELAY, RETRY_MAX_RETRY_AFTER
from ..errors import InvalidArgumentError
from ..errors.headers import parse_retry_after

__all__ = [
    "OperationKind",
    "RetryPolicy",
    "RetryState",
    "TransportFailure",
    "backoff_delay",
    "classify_transport_error",
    "parse_retry_after",
    "retry_allowed",
    "should_retry",
]

OperationKind = Literal["read", "redeem", "rollback"]

_RETRYABLE_READ_STATUSES = frozenset({408, 429})
# A 429 is a refusal before any work, so even a redeem may repeat it.
_RETRYABLE_REDEEM_STATUSES = frozenset({429})


@dataclass(frozen=True)
class RetryPolicy:
    """How many times and how patiently to retry. Use `dataclasses.replace` for per-call changes."""

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = RETRY_INITIAL_DELAY
    max_delay: float = RETRY_MAX_DELAY
    # A longer server-requested wait is not honoured: the error is raised so the caller can decide.
    max_retry_after: float = RETRY_MAX_RETRY_AFTER
    # Total seconds for all attempts and waits, measured from the first attempt; None means no limit.
    deadline: float | None = None

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise InvalidArgumentError(f"max_retries must be >= 0, got {self.max_retries}", argument="max_retries")
        if self.initial_delay < 0 or self.max_delay < 0 or self.max_retry_after < 0:
            raise InvalidArgumentError("initial_delay, max_delay and max_retry_after must be >= 0")
        if self.deadline is not None and self.deadline <= 0:
            raise InvalidArgumentError(f"deadline must be > 0 or None, got {self.deadline}", argument="deadline")


class TransportFailure(enum.Enum):
    """Whether a request that failed without a response may have reached the server."""

    NOT_SENT = "not_sent"
    """The connection was never made (connect error or timeout, no free pool connection): nothing was applied."""
    AMBIGUOUS = "ambiguous"
    """The request may have been received and applied; only the response was lost."""


def classify_transport_error(error: BaseException) -> TransportFailure:
    """Classify an exception raised by `httpx.Client.send` (or its async twin) for the retry decision."""
    if isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)):
        return TransportFailure.NOT_SENT
    # Read/write timeouts, dropped connections, protocol errors and anything unknown: assume it may have arrived.
    return TransportFailure.AMBIGUOUS


def should_retry(
    kind: OperationKind, *, status_code: int | None = None, failure: TransportFailure | None = None
) -> bool:
    """Tell whether an attempt of this kind that failed with this status or transport failure may be sent again."""
    if kind not in ("read", "redeem", "rollback"):
        raise InvalidArgumentError(f"unknown operation kind {kind!r}", argument="kind")
    if failure is not None:
        return kind != "redeem" or failure is TransportFailure.NOT_SENT
    if status_code is None:
        return False
    if kind == "redeem":
        return status_code in _RETRYABLE_REDEEM_STATUSES
    return status_code in _RETRYABLE_READ_STATUSES or 500 <= status_code <= 599


def backoff_delay(
    retries_taken: int,
    policy: RetryPolicy,
    *,
    retry_after: float | None = None,
    random: Callable[[], float] = _random.random,
) -> float:
    """Return the seconds to wait before retry number `retries_taken + 1`.

    A server-requested `retry_after` wins, even above `policy.max_retry_after` (`retry_allowed` refuses that one);
    otherwise exponential backoff `min(initial_delay * 2**n, max_delay)` shortened by a 0-25% jitter.
    """
    if retry_after is not None and retry_after > 0:
        return retry_after
    # The exponent is capped only to keep 2.0**n finite; max_delay is reached long before.
    exponent = min(max(retries_taken, 0), 64)
    delay = min(policy.initial_delay * 2.0**exponent, policy.max_delay)
    return delay * (1 - 0.25 * random())


def retry_allowed(
    policy: RetryPolicy, *, retries_taken: int, delay: float, elapsed: float, retry_after: float | None = None
) -> bool:
    """Tell whether one more attempt may be made after sleeping `delay` seconds.

    No when the retries are used up, when the server asks for a wait longer than `policy.max_retry_after`, or when
    the sleep would reach the total `policy.deadline` (`elapsed` seconds have passed since the first attempt).
    """
    if retries_taken >= policy.max_retries:
        return False
    if retry_after is not None and retry_after > policy.max_retry_after:
        return False
    return policy.deadline is None or elapsed + delay < policy.deadline


@dataclass
class RetryState:
    """The retry bookkeeping of one logical call: create it before the first attempt, ask it after each failure.

    `clock` measures the deadline (monotonic); `random` feeds the jitter.
    """

    policy: RetryPolicy
    clock: Callable[[], float] = time.monotonic
    random: Callable[[], float] = _random.random
    retries_taken: int = 0
    started_at: float = field(init=False)

    def __post_init__(self) -> None:
        self.started_at = self.clock()

    def next_delay(self, *, retry_after: float | None = None) -> float | None:
        """Return the seconds to sleep before the next attempt and count the retry, or None when none is allowed."""
        delay = backoff_delay(self.retries_taken, self.policy, retry_after=retry_after, random=self.random)
        allowed = retry_allowed(
            self.policy,
            retries_taken=self.retries_taken,
            delay=delay,
            elapsed=self.elapsed(),
            retry_after=retry_after,
        )
        if not allowed:
            return None
        self.retries_taken += 1
        return delay

    def elapsed(self) -> float:
        """Seconds since the call started."""
        return self.clock() - self.started_at

    def remaining(self) -> float | None:
        """Seconds left before the deadline (never negative), or None without a deadline; useful to cap a timeout."""
        if self.policy.deadline is None:
            return None
        return max(self.policy.deadline - self.elapsed(), 0.0)
