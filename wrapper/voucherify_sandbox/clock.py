"""The sandbox's notion of "now": real UTC time, optionally replaced and shifted by tests."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta


def utc_now() -> datetime:
    return datetime.now(UTC)


class Clock:
    """Wall clock plus an offset, so tests can age redemptions past the 3-month rollback window instantly."""

    def __init__(self, source: Callable[[], datetime] | None = None) -> None:
        self._source = source or utc_now
        self._offset = timedelta()
        self._lock = threading.Lock()

    def now(self) -> datetime:
        current = self._source()
        if current.tzinfo is None:  # a naive datetime from a test clock is taken as UTC
            current = current.replace(tzinfo=UTC)
        with self._lock:
            return current + self._offset

    def advance(self, delta: timedelta) -> None:
        with self._lock:
            self._offset += delta


def iso(moment: datetime) -> str:
    """Voucherify's timestamp format: UTC, milliseconds, trailing Z (e.g. 2021-11-29T08:37:16.114Z)."""
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_iso(text: str) -> datetime:
    """Parse an ISO 8601 date or date-time; a value without offset is UTC. Raises ValueError."""
    value = text.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def add_months(moment: datetime, months: int) -> datetime:
    """Calendar-month arithmetic, clamping the day (31 Jan + 1 month = 28/29 Feb)."""
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    for day in (moment.day, 30, 29, 28):
        try:
            return moment.replace(year=year, month=month, day=min(moment.day, day))
        except ValueError:
            continue
    raise AssertionError("unreachable: day 28 exists in every month")
