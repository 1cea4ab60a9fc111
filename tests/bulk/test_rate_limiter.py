"""RateLimiter and metered plans on a fake clock: the ceiling holds in every 60-second window; the server wins."""

from __future__ import annotations

import bisect
from typing import Any

import httpx
import pytest
from voucherify_rollbacks.bulk.ratelimit import RateLimiter
from voucherify_rollbacks.bulk.runner import metered, parse_item
from voucherify_rollbacks.core.plans import Request, Sleep


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def send_times(limiter: RateLimiter, clock: FakeClock, count: int, *, workers: int = 8) -> list[float]:
    """When `count` requests go out if `workers` callers each book and wait in turn (the fake clock never sleeps)."""
    times = []
    for _ in range(count):
        times.append(clock.now + limiter.reserve())
        clock.now += 0.01 / workers  # callers come back almost at once
    return sorted(times)


@pytest.mark.parametrize("ceiling", [1, 7, 100, 2000])
def test_no_60_second_window_holds_more_than_the_ceiling(ceiling: int) -> None:
    clock = FakeClock()
    times = send_times(RateLimiter(ceiling, clock=clock), clock, ceiling * 3 + 5)
    busiest = max(bisect.bisect_right(times, start + 60.0) - i for i, start in enumerate(times))
    assert busiest <= ceiling
    assert busiest >= min(ceiling - 1, ceiling * 0.9)  # and not far below it either


def test_lifted_ceiling_never_waits() -> None:
    clock = FakeClock()
    limiter = RateLimiter(None, clock=clock)
    assert [limiter.reserve() for _ in range(500)] == [0.0] * 500


def test_a_429_pauses_every_caller_until_x_rate_limit_retry() -> None:
    clock = FakeClock()
    limiter = RateLimiter(None, clock=clock, wall_clock=lambda: 5000.0)
    limiter.observe(429, {"X-Rate-Limit-Retry": "5012"})
    assert limiter.reserve() == pytest.approx(12.0)
    assert limiter.reserve() == pytest.approx(12.0)


def test_remaining_zero_pauses_until_the_time_the_server_names() -> None:
    clock = FakeClock()
    limiter = RateLimiter(None, clock=clock, wall_clock=lambda: 5000.0)
    limiter.observe(200, {"X-Rate-Limit-Remaining": "3", "X-Rate-Limit-Retry": "5030"})
    assert limiter.reserve() == 0.0
    limiter.observe(200, {"X-Rate-Limit-Remaining": "0", "X-Rate-Limit-Retry": "5030"})
    assert limiter.reserve() == pytest.approx(30.0)


def test_a_429_without_a_time_pauses_briefly() -> None:
    clock = FakeClock()
    limiter = RateLimiter(None, clock=clock)
    limiter.observe(429, {})
    assert 0 < limiter.reserve() <= 1.0


@pytest.mark.parametrize("bad", [0, -5, 1.5, True, "100"])
def test_a_ceiling_must_be_a_positive_integer(bad: Any) -> None:
    with pytest.raises(ValueError):
        RateLimiter(bad)


def test_metered_books_every_request_of_a_plan_and_pauses_before_it() -> None:
    clock = FakeClock()
    limiter = RateLimiter(1, clock=clock)  # one request a minute
    request = Request(method="GET", url="/v1/redemptions/r_1", kind="read", seconds_left=100.0)

    def plan() -> Any:
        first = yield request
        second = yield request
        return (first.status_code, second.status_code)

    driven = metered(plan(), limiter)
    actions = [driven.send(None)]
    actions.append(driven.send(httpx.Response(200)))
    actions.append(driven.send(None))
    with pytest.raises(StopIteration) as done:
        driven.send(httpx.Response(201))
    assert done.value.value == (200, 201)
    assert actions[0] == request and isinstance(actions[1], Sleep)
    assert actions[1].seconds == pytest.approx(60.0, abs=0.01)
    assert actions[2].seconds_left == pytest.approx(40.0, abs=0.01)  # the pause came out of the call's deadline
    assert limiter.requests == 2


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("r_0ba186c4824e4881e1", ("r_0ba186c4824e4881e1", "redemption")),
        (" ord_EFHJ63S5C8gODkMQbSuCN054 \n", ("ord_EFHJ63S5C8gODkMQbSuCN054", "order")),
        ("order:shop-1234", ("shop-1234", "order")),
        ("redemption:ord_looks_like_an_order", ("ord_looks_like_an_order", "redemption")),
    ],
)
def test_items_are_redemptions_unless_they_are_orders(text: str, parsed: tuple[str, str]) -> None:
    assert parse_item(text) == parsed
