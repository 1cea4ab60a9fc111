"""rollback_many's pace against a sandbox enforcing a Voucherify plan's limit, over real sockets, in virtual time.

The sandbox's clock, the client's clocks and its sleep share one virtual time, so a run of hours at 100 requests
an hour takes a second: the limiter's waits move the time forward, and the sandbox counts its windows on it.
"""

from __future__ import annotations

import asyncio
import datetime
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from voucherify_rollbacks import RateLimiter
from voucherify_sandbox import Sandbox

from tests.support.stacks import build_stacks

# A whole hour: the sandbox's fixed windows start with the run.
EPOCH = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)


class VirtualTime:
    """Seconds since EPOCH that pass only when someone sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self._lock = threading.Lock()

    def monotonic(self) -> float:
        return self.now

    def wall(self) -> float:
        return EPOCH.timestamp() + self.now

    def utc(self) -> datetime.datetime:
        return EPOCH + datetime.timedelta(seconds=self.now)

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await asyncio.sleep(0)


@pytest.fixture
def time_() -> VirtualTime:
    return VirtualTime()


def _sandbox(tmp_path: Path, time_: VirtualTime, rate_limit: Any, count: int) -> tuple[Sandbox, list[str]]:
    db = str(tmp_path / "stacks.sqlite")
    sandbox = Sandbox(db=db, clock=time_.utc, rate_limit=rate_limit)
    return sandbox, build_stacks(db, count, channel_id=sandbox.app_id)


@pytest.fixture
def sandbox_plan(tmp_path: Path, time_: VirtualTime) -> Iterator[tuple[Sandbox, list[str]]]:
    sandbox, parents = _sandbox(tmp_path, time_, "sandbox", 130)
    with sandbox:
        yield sandbox, parents


def test_a_run_on_the_sandbox_plan_preset_never_meets_a_429(
    sandbox_plan: tuple[Sandbox, list[str]], time_: VirtualTime, tmp_path: Path
) -> None:
    sandbox, parents = sandbox_plan
    options: dict[str, Any] = {"clock": time_.monotonic, "wall_clock": time_.wall, "sleep": time_.sleep}
    with sandbox.client(rate_limit_plan="sandbox", **options) as vf:
        outcomes = list(vf.rollback_many(parents, journal=str(tmp_path / "run.sqlite"), concurrency=1))
    assert {o.status for o in outcomes} == {"rolled_back"} and len(outcomes) == 130
    assert sandbox.rate_limit is not None and sandbox.rate_limit.refused == 0
    assert time_.now > 3600.0  # 130 calls at 100 an hour: past the first window


def test_async_run_on_the_sandbox_plan_preset_never_meets_a_429(
    sandbox_plan: tuple[Sandbox, list[str]], time_: VirtualTime, tmp_path: Path
) -> None:
    sandbox, parents = sandbox_plan
    options: dict[str, Any] = {"clock": time_.monotonic, "wall_clock": time_.wall, "sleep": time_.async_sleep}

    async def run() -> list[Any]:
        async with sandbox.async_client(rate_limit_plan="sandbox", **options) as vf:
            journal = str(tmp_path / "run.sqlite")
            return [o async for o in vf.rollback_many(parents, journal=journal, concurrency=1)]

    outcomes = asyncio.run(run())
    assert {o.status for o in outcomes} == {"rolled_back"} and len(outcomes) == 130
    assert sandbox.rate_limit is not None and sandbox.rate_limit.refused == 0


def test_without_the_preset_the_business_pace_meets_the_sandbox_plans_429s_and_still_finishes(
    sandbox_plan: tuple[Sandbox, list[str]], time_: VirtualTime, tmp_path: Path
) -> None:
    # The control: X-Rate-Limit-Limit says 100 but not "an hour", so the default 100/min runs into the window.
    sandbox, parents = sandbox_plan
    options: dict[str, Any] = {"clock": time_.monotonic, "wall_clock": time_.wall, "sleep": time_.sleep}
    with sandbox.client(**options) as vf:
        outcomes = list(vf.rollback_many(parents, journal=str(tmp_path / "run.sqlite"), concurrency=1))
    assert len(outcomes) == 130
    assert sandbox.rate_limit is not None and sandbox.rate_limit.refused >= 1


def test_the_ceiling_is_learned_from_x_rate_limit_limit(tmp_path: Path, time_: VirtualTime) -> None:
    sandbox, parents = _sandbox(tmp_path, time_, (20, 60.0), 60)
    options: dict[str, Any] = {"clock": time_.monotonic, "wall_clock": time_.wall, "sleep": time_.sleep}
    with sandbox, sandbox.client(**options) as vf:  # 100 a minute by default: the server says 20
        outcomes = list(vf.rollback_many(parents, journal=str(tmp_path / "run.sqlite"), concurrency=1))
        refused = sandbox.rate_limit.refused if sandbox.rate_limit else -1
    assert {o.status for o in outcomes} == {"rolled_back"} and len(outcomes) == 60
    assert refused == 0
    assert time_.now >= 120.0  # 60 calls at 20 a minute


def test_the_limiter_learns_a_lower_limit_and_keeps_a_lifted_one_lifted() -> None:
    limiter = RateLimiter(100, clock=lambda: 0.0)
    limiter.observe(200, {"X-Rate-Limit-Limit": "20", "X-Rate-Limit-Remaining": "19"})
    assert (limiter.learned_limit, limiter.ceiling) == (20, (20, 60.0))
    limiter.observe(200, {"X-Rate-Limit-Limit": "100000", "X-Rate-Limit-Type": "api_calls_cycle"})
    assert limiter.ceiling == (20, 60.0)  # the billing cycle's quota does not pace requests
    planned = RateLimiter(None, plan="sandbox", clock=lambda: 0.0)
    assert planned.ceiling == (100, 3600.0)
    planned.observe(200, {"X-Rate-Limit-Limit": "50"})
    assert planned.ceiling == (50, 3600.0)  # read in the plan's window
    lifted = RateLimiter(None, clock=lambda: 0.0)
    lifted.observe(200, {"X-Rate-Limit-Limit": "20"})
    assert lifted.ceiling is None and [lifted.reserve() for _ in range(50)] == [0.0] * 50


def test_little_remaining_spends_it_one_interval_apart() -> None:
    now = [0.0]
    limiter = RateLimiter(100, clock=lambda: now[0])  # a burst of 5
    assert [limiter.reserve() for _ in range(3)] == [0.0, 0.0, 0.0]
    limiter.observe(200, {"X-Rate-Limit-Remaining": "2"})
    waits = [limiter.reserve() for _ in range(2)]
    assert waits[0] > 0 and waits[1] - waits[0] == pytest.approx(limiter.interval)


def test_an_unknown_plan_is_refused() -> None:
    from voucherify_rollbacks import ConfigurationError, InvalidArgumentError, Voucherify

    with pytest.raises(InvalidArgumentError):
        RateLimiter(plan="enterprise")
    with pytest.raises(ConfigurationError, match="rate_limit_plan"):
        Voucherify(base_url="http://127.0.0.1:9", app_id="a", app_token="b", rate_limit_plan="enterprise")
