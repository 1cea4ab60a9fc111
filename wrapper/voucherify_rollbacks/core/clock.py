"""`ServerClock`: what a call's answers tell about the server's clock, so that a rollback found later can be dated
against this call's attempts (see `operations.recovery`)."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from email.utils import parsedate_to_datetime

import httpx

from .._constants import SERVER_CLOCK_TOLERANCE


class ServerClock:
    """What this call's responses tell about the server's clock: bounds of (server Unix time - local monotonic
    time). An HTTP `Date` has whole seconds and may come from another machine than the one that dates rollbacks, so
    it bounds the offset loosely (`SERVER_CLOCK_TOLERANCE` more either side); a record the server dated to the
    millisecond while one of our attempts was open (the `rrf_` record an `already_rolled_back` refusal stores)
    bounds it tightly. Without any, the local wall clock stands in, with the same tolerance."""

    def __init__(self, clock: Callable[[], float], wall_clock: Callable[[], float]) -> None:
        self._clock, self._wall_clock = clock, wall_clock
        self._low: float | None = None
        self._high: float | None = None
        # (Date header, sent, received) not parsed yet: parsing costs more than most calls ever need it (only a
        # rollback's recovery asks), so it waits until asked.
        self._unread: list[tuple[str, float, float]] = []

    def _narrow(self, low: float, high: float) -> None:
        new_low = low if self._low is None else max(self._low, low)
        new_high = high if self._high is None else min(self._high, high)
        if new_low <= new_high:
            self._low, self._high = new_low, new_high
        elif self._low is None or self._high is None or high - low < self._high - self._low:
            self._low, self._high = low, high  # inconsistent evidence: keep the tighter of the two

    def observe(self, response: httpx.Response, sent: float) -> None:
        """Learn from the `Date` of a response to a request sent at local time `sent`, received just now."""
        value = response.headers.get("date")
        if value:
            self._unread.append((value, sent, self._clock()))

    def _read(self) -> None:
        for value, sent, received in self._unread:
            try:
                when = parsedate_to_datetime(value)
            except (TypeError, ValueError, IndexError, OverflowError):
                continue
            if when.tzinfo is None:
                when = when.replace(tzinfo=datetime.UTC)
            date = when.timestamp()
            self._narrow(date - received - SERVER_CLOCK_TOLERANCE, date + 1.0 - sent + SERVER_CLOCK_TOLERANCE)
        self._unread.clear()

    def anchor(self, server_time: float, sent: float, received: float) -> None:
        """Learn that the server dated something `server_time` while a request of ours was open locally."""
        self._read()
        self._narrow(server_time - received - 0.002, server_time - sent + 0.002)

    def earliest(self, local: float) -> float:
        """The earliest server Unix time that the local monotonic time `local` can be."""
        self._read()
        if self._low is None:
            return self._wall_clock() - (self._clock() - local) - SERVER_CLOCK_TOLERANCE
        return local + self._low

    def latest(self, local: float) -> float:
        """The latest server Unix time that the local monotonic time `local` can be."""
        self._read()
        if self._high is None:
            return self._wall_clock() - (self._clock() - local) + SERVER_CLOCK_TOLERANCE
        return local + self._high
