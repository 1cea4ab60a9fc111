"""What Voucherify's answer headers say beyond the status: how long to wait before asking again."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping
from datetime import UTC
from email.utils import parsedate_to_datetime

__all__ = ["parse_retry_after"]


def parse_retry_after(
    headers: Mapping[str, str], *, now: Callable[[], float] = time.time, rate_limited: bool = True
) -> float | None:
    """Return how many seconds the server asks us to wait, or None when it does not say (or says nonsense).

    Reads `Retry-After` (seconds or an HTTP date), else, for a 429 (`rate_limited`), Voucherify's
    `X-Rate-Limit-Retry` (the Unix time in seconds when the next request is allowed): that header describes the
    rate limit, not a 5xx. A wait of 0 or less, or a time already past, is None too: the normal backoff applies
    rather than an instant retry. `now` is wall-clock time (`time.time`).
    """
    lowered = {name.lower(): value for name, value in headers.items()}
    seconds = _seconds_or_date(lowered.get("retry-after"), now)
    if seconds is None and rate_limited:
        epoch = _finite_float(lowered.get("x-rate-limit-retry"))
        seconds = None if epoch is None else epoch - now()
    return seconds if seconds is not None and seconds > 0 else None


def _seconds_or_date(value: str | None, now: Callable[[], float]) -> float | None:
    if value is None:
        return None
    seconds = _finite_float(value)
    if seconds is not None:
        return seconds
    try:
        when = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:  # RFC 9110 dates are GMT; "-0000" parses as naive
        when = when.replace(tzinfo=UTC)
    return when.timestamp() - now()


def _finite_float(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        number = float(value.strip())
    except ValueError:
        return None
    return number if math.isfinite(number) else None
