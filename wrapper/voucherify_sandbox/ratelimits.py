"""Voucherify's per-plan API limits, enforced on the sandbox's clock (facts §1, §13: Sandbox projects 100 calls an
hour, Business 100 a minute, Organization 2,000 a minute).

Each answered API call counts in a fixed window of the plan's length (an hour, a minute) aligned on the sandbox's
clock; every answer carries `X-Rate-Limit-Limit`, `X-Rate-Limit-Remaining` and `X-Rate-Limit-Type: api_calls`, and a
call over the limit gets 429 with `Retry-After` and `X-Rate-Limit-Retry` (the Unix time the window ends). Whether
Voucherify's windows are fixed or sliding is not documented: fixed ones are the more lenient reading, so a client
that never meets a 429 here keeps under a sliding one only if it paces over every window, as the SDK does.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable

from .errors import ApiError

PLANS = {"sandbox": (100, 3600.0), "business": (100, 60.0), "organization": (2000, 60.0)}


class PlanWindow:
    """Counts the calls of the current window and refuses those over the limit; thread-safe."""

    def __init__(self, limit: int, period: float, now: Callable[[], float]) -> None:
        if limit < 1 or period <= 0:
            raise ValueError("a rate limit needs at least 1 request per window of more than 0 seconds")
        self.limit, self.period, self._now = limit, period, now
        self._window, self._count = -1, 0
        self._lock = threading.Lock()
        self.refused = 0

    @classmethod
    def of(cls, plan: str | tuple[int, float], now: Callable[[], float]) -> PlanWindow:
        """A window for a plan name of PLANS or a (requests, seconds) pair."""
        if isinstance(plan, str):
            if plan not in PLANS:
                raise ValueError(f"unknown plan {plan!r}: use one of {', '.join(PLANS)}")
            plan = PLANS[plan]
        return cls(plan[0], plan[1], now)

    def _roll(self, moment: float) -> int:
        window = math.floor(moment / self.period)
        if window != self._window:
            self._window, self._count = window, 0
        return window

    def admit(self) -> ApiError | None:
        """Count one call, or the 429 it gets when the window's calls are used up (a refused call is not counted)."""
        with self._lock:
            moment = self._now()
            window = self._roll(moment)
            if self._count < self.limit:
                self._count += 1
                return None
            self.refused += 1
            ends = (window + 1) * self.period
        error = ApiError(429, "too_many_requests", "Too many requests", "API limit reached for this plan.")
        error.headers.update(
            {"Retry-After": str(max(1, math.ceil(ends - moment))), "X-Rate-Limit-Retry": str(math.ceil(ends))}
        )
        return error

    def headers(self) -> dict[str, str]:
        with self._lock:
            self._roll(self._now())
            remaining = max(0, self.limit - self._count)
        return {
            "X-Rate-Limit-Limit": str(self.limit),
            "X-Rate-Limit-Remaining": str(remaining),
            "X-Rate-Limit-Type": "api_calls",
        }
