"""`RateLimiter`: one requests-per-minute ceiling shared by every worker of a bulk run, plus what the server says.

Voucherify's Business plan allows 100 requests a minute and "exceeding the limit will block your access to the API
immediately" (facts §1), so a bulk run paces itself rather than waiting for 429s. Pacing is a GCRA (the virtual
scheduling form of a token bucket): a small burst, then one request per interval, with the interval chosen so that
no window of 60 seconds ever holds more than the ceiling, the burst included. Every HTTP request is counted, the
look-ups of a rollback's recovery too. The server's own word wins over the pacing: a 429 (`X-Rate-Limit-Retry`, a
Unix time, or `Retry-After`) and `X-Rate-Limit-Remaining: 0` pause every worker until the time it names.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Mapping

from .._constants import DEFAULT_REQUESTS_PER_MINUTE, RATE_LIMIT_FALLBACK_PAUSE, RATE_LIMIT_MAX_PAUSE
from ..core.retries import parse_retry_after
from ..errors import InvalidArgumentError

# Without a time named by the server, a 429 or an exhausted window pauses every worker this long before trying again.


class RateLimiter:
    """Hands out send times: `reserve()` books the next request and says how long to wait before sending it;
    `observe(status, headers)` learns from each answer. Thread-safe. `requests_per_minute=None` lifts the ceiling
    (the server's 429s and `X-Rate-Limit-Remaining` are still honoured)."""

    def __init__(
        self,
        requests_per_minute: int | None = DEFAULT_REQUESTS_PER_MINUTE,
        *,
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
        self.requests_per_minute = requests_per_minute
        self._clock, self._wall_clock = clock, wall_clock
        self._lock = threading.Lock()
        self._paused_until = -math.inf
        self._tat = -math.inf  # the GCRA's theoretical arrival time of the next request
        if requests_per_minute is None:
            self.burst, self.interval = 0, 0.0
        else:
            # A burst of 1/20 of the ceiling; the interval then leaves room for it in every 60-second window.
            self.burst = max(1, requests_per_minute // 20)
            # A millisecond more than the exact share, so that a window closed at both ends holds no extra request.
            self.interval = 60.0 / max(requests_per_minute - self.burst, 1) + 0.001
        self.requests = 0
        self.waited = 0.0

    def reserve(self) -> float:
        """Book one request; returns the seconds to wait before sending it (0.0: send now)."""
        with self._lock:
            now = self._clock()
            start = max(now, self._paused_until)
            if self.requests_per_minute is not None:
                # Conforming when no more than `burst` requests are booked ahead of the steady schedule.
                start = max(start, self._tat - (self.burst - 1) * self.interval)
                self._tat = max(self._tat, start) + self.interval
            self.requests += 1
            wait = max(0.0, start - now)
            self.waited += wait
            return wait

    def observe(self, status_code: int, headers: Mapping[str, str]) -> None:
        """Learn from one answer: a 429 or `X-Rate-Limit-Remaining: 0` pauses every worker until the time the
        server names (`X-Rate-Limit-Retry` or `Retry-After`), or for a second when it names none."""
        lowered = {name.lower(): value for name, value in headers.items()}
        remaining = _integer(lowered.get("x-rate-limit-remaining"))
        if status_code != 429 and (remaining is None or remaining > 0):
            return
        wait = parse_retry_after(headers, now=self._wall_clock, rate_limited=True)
        pause = RATE_LIMIT_FALLBACK_PAUSE if wait is None else min(wait, RATE_LIMIT_MAX_PAUSE)
        with self._lock:
            self._paused_until = max(self._paused_until, self._clock() + pause)


def _integer(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
