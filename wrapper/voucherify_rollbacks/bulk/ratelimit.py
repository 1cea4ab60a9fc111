"""`RateLimiter`: one ceiling shared by every worker of a bulk run, which learns from what the server says.

Voucherify's plans allow 100 requests an hour (Sandbox projects), 100 a minute (Business) or 2,000 a minute
(Organization), and "exceeding the limit will block your access to the API immediately" (facts §1, §13), so a bulk
run paces itself rather than waiting for 429s. Pacing is a GCRA (the virtual scheduling form of a token bucket): a
small burst, then one request per interval, with the interval chosen so that no window of the ceiling's length (a
minute, an hour) ever holds more than the ceiling, the burst included. Every HTTP request is counted, the look-ups of
a rollback's recovery too.

The ceiling is the slowest of: `requests_per_minute` (the caller's own cap), the `plan`'s limit, and what the server
announces. `X-Rate-Limit-Limit` (with `X-Rate-Limit-Type` absent, `api_calls` or `bulk_api_calls`) lowers the ceiling
to it, read in the plan's window (a minute without a plan: the header does not name its window); an
`X-Rate-Limit-Remaining` below the burst spends the rest one interval apart. With neither a cap nor a plan
(`requests_per_minute=None`) nothing is paced: only the server's pauses below apply. The server's own word wins over the
pacing: a 429 (`X-Rate-Limit-Retry`, a Unix time, or `Retry-After`) and `X-Rate-Limit-Remaining: 0` pause every
worker until the time it names, or for one interval (at least a second) when it names none.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Mapping

import httpx

from .._constants import (
    DEFAULT_REQUESTS_PER_MINUTE,
    MINUTE,
    RATE_LIMIT_BURST_SHARE,
    RATE_LIMIT_FALLBACK_PAUSE,
    RATE_LIMIT_MAX_PAUSE,
    RATE_LIMIT_PACED_TYPES,
    RATE_LIMIT_PLANS,
)
from ..core.retries import parse_retry_after
from ..errors import InvalidArgumentError

PLANS = tuple(RATE_LIMIT_PLANS)
"""The plan names `plan=` takes: "sandbox" (100 an hour), "business" (100 a minute), "organization" (2,000 a
minute)."""


class RateLimiter:
    """Hands out send times: `reserve()` books the next request and says how long to wait before sending it;
    `observe(status, headers)` learns from each answer. Thread-safe. `requests_per_minute=None` lifts the caller's
    own cap; `plan` names the Voucherify plan whose ceiling applies too (see the module docstring)."""

    def __init__(
        self,
        requests_per_minute: int | None = DEFAULT_REQUESTS_PER_MINUTE,
        *,
        plan: str | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        if requests_per_minute is not None:
            if isinstance(requests_per_minute, bool) or not isinstance(requests_per_minute, int):
                raise InvalidArgumentError(
                    "requests_per_minute must be a positive integer or None", argument="requests_per_minute"
                )
            if requests_per_minute < 1:
                raise InvalidArgumentError(
                    "requests_per_minute must be at least 1 (None lifts the ceiling)", argument="requests_per_minute"
                )
        if plan is not None and plan not in RATE_LIMIT_PLANS:
            raise InvalidArgumentError(f"unknown plan {plan!r}: use one of {', '.join(PLANS)}", argument="plan")
        self.requests_per_minute = requests_per_minute
        self.plan = plan
        self.learned_limit: int | None = None
        """The last `X-Rate-Limit-Limit` the server sent that counts calls (None before any)."""
        self._window = RATE_LIMIT_PLANS[plan][1] if plan is not None else MINUTE
        self._clock, self._wall_clock = clock, wall_clock
        self._lock = threading.Lock()
        self._paused_until = -math.inf
        self._tat = -math.inf  # the GCRA's theoretical arrival time of the next request
        self.requests = 0
        self.waited = 0.0
        self._configure()

    @property
    def ceiling(self) -> tuple[int, float] | None:
        """The ceiling in force: (requests, seconds of the window), or None when nothing caps the pace."""
        caps = []
        if self.requests_per_minute is not None:
            caps.append((self.requests_per_minute, MINUTE))
        if self.plan is not None:
            caps.append(RATE_LIMIT_PLANS[self.plan])
        if caps and self.learned_limit is not None:  # a lifted ceiling stays lifted: only 429s and 0 left pause it
            caps.append((self.learned_limit, self._window))
        return min(caps, key=lambda cap: cap[0] / cap[1]) if caps else None

    def _configure(self) -> None:
        ceiling = self.ceiling
        if ceiling is None:
            self.burst, self.interval = 0, 0.0
            return
        limit, window = ceiling
        self.burst = max(1, limit // RATE_LIMIT_BURST_SHARE)
        # A millisecond more than the exact share, so that a window closed at both ends holds no extra request.
        self.interval = window / max(limit - self.burst, 1) + 0.001

    def reserve(self) -> float:
        """Book one request; returns the seconds to wait before sending it (0.0: send now)."""
        with self._lock:
            now = self._clock()
            start = max(now, self._paused_until)
            if self.burst:
                # Conforming when no more than `burst` requests are booked ahead of the steady schedule.
                start = max(start, self._tat - (self.burst - 1) * self.interval)
                self._tat = max(self._tat, start) + self.interval
            self.requests += 1
            wait = max(0.0, start - now)
            self.waited += wait
            return wait

    def observe(self, status_code: int, headers: Mapping[str, str]) -> None:
        """Learn from one answer: the ceiling the server announces, how much of it is left, and the pause a 429 or
        `X-Rate-Limit-Remaining: 0` asks for (until `X-Rate-Limit-Retry` or `Retry-After`)."""
        # httpx's headers look names up case-insensitively themselves; any other mapping is lowered first.
        get = headers.get if isinstance(headers, httpx.Headers) else {k.lower(): v for k, v in headers.items()}.get
        remaining = _integer(get("x-rate-limit-remaining"))
        limit = _integer(get("x-rate-limit-limit"))
        kind = (get("x-rate-limit-type") or "api_calls").strip().lower()
        paced = kind in RATE_LIMIT_PACED_TYPES
        with self._lock:
            if paced and limit is not None and limit >= 1 and limit != self.learned_limit:
                self.learned_limit = limit
                self._configure()
            if paced and remaining is not None and 0 < remaining < self.burst:
                # Less left than a burst: the rest goes one interval apart.
                self._tat = max(self._tat, self._clock() + self.burst * self.interval)
        if status_code != 429 and (remaining is None or remaining > 0):
            return
        wait = parse_retry_after(headers, now=self._wall_clock, rate_limited=True)
        fallback = max(RATE_LIMIT_FALLBACK_PAUSE, self.interval)
        pause = fallback if wait is None else min(wait, RATE_LIMIT_MAX_PAUSE)
        with self._lock:
            self._paused_until = max(self._paused_until, self._clock() + pause)


def _integer(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
