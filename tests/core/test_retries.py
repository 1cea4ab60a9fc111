"""Retry decisions per operation kind, Retry-After parsing, backoff bounds and the deadline — with fake clocks."""

from __future__ import annotations

import dataclasses
from email.utils import formatdate

import httpx
import pytest
from voucherify_rollbacks.core.retries import (
    OperationKind,
    RetryPolicy,
    RetryState,
    TransportFailure,
    backoff_delay,
    classify_transport_error,
    parse_retry_after,
    retry_allowed,
    should_retry,
)

NOW = 1_700_000_000.0
NOT_SENT = TransportFailure.NOT_SENT
AMBIGUOUS = TransportFailure.AMBIGUOUS
KINDS: tuple[OperationKind, ...] = ("read", "redeem", "rollback")


class FakeClock:
    def __init__(self, start: float = 100.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (httpx.ConnectError("refused"), NOT_SENT),
        (httpx.ConnectTimeout("connect timed out"), NOT_SENT),
        (httpx.PoolTimeout("no free connection"), NOT_SENT),
        (httpx.ReadTimeout("read timed out"), AMBIGUOUS),
        (httpx.WriteTimeout("write timed out"), AMBIGUOUS),
        (httpx.WriteError("broken pipe"), AMBIGUOUS),
        (httpx.ReadError("connection reset"), AMBIGUOUS),
        (httpx.RemoteProtocolError("server disconnected"), AMBIGUOUS),
        (httpx.ProxyError("proxy failed"), AMBIGUOUS),
        (httpx.CloseError("close failed"), AMBIGUOUS),
        (OSError("something else"), AMBIGUOUS),
    ],
)
def test_transport_errors_are_classified_by_whether_the_request_may_have_arrived(
    error: BaseException, expected: TransportFailure
) -> None:
    assert classify_transport_error(error) is expected


# (status or failure) -> (read, redeem, rollback)
DECISIONS = [
    (NOT_SENT, (True, True, True)),
    (AMBIGUOUS, (True, False, True)),
    (408, (True, False, True)),
    (429, (True, True, True)),
    (500, (True, False, True)),
    (502, (True, False, True)),
    (503, (True, False, True)),
    (504, (True, False, True)),
    (520, (True, False, True)),
    (529, (True, False, True)),
    (599, (True, False, True)),
    (400, (False, False, False)),
    (401, (False, False, False)),
    (402, (False, False, False)),
    (403, (False, False, False)),
    (404, (False, False, False)),
    (409, (False, False, False)),
    (423, (False, False, False)),
    (499, (False, False, False)),
    (200, (False, False, False)),
    (600, (False, False, False)),
]


@pytest.mark.parametrize(("outcome", "expected"), DECISIONS, ids=[str(d[0]) for d in DECISIONS])
def test_should_retry_for_every_kind_and_outcome(
    outcome: int | TransportFailure, expected: tuple[bool, bool, bool]
) -> None:
    for kind, want in zip(KINDS, expected, strict=True):
        if isinstance(outcome, TransportFailure):
            got = should_retry(kind, failure=outcome)
        else:
            got = should_retry(kind, status_code=outcome)
        assert got is want, f"{kind} after {outcome}"


def test_redeem_is_never_retried_after_a_read_timeout_because_it_may_have_been_applied() -> None:
    assert should_retry("redeem", failure=classify_transport_error(httpx.ReadTimeout("t"))) is False


def test_nothing_to_retry_without_status_or_failure() -> None:
    assert should_retry("read") is False


def test_unknown_operation_kind_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown operation kind"):
        should_retry("delete", status_code=500)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "5"}, 5.0),
        ({"retry-after": "2.5"}, 2.5),
        # A wait of 0 or less, or a time past, means "no advice": the normal backoff applies.
        ({"RETRY-AFTER": " 0 "}, None),
        ({"Retry-After": formatdate(NOW + 20, usegmt=True)}, 20.0),
        ({"Retry-After": formatdate(NOW - 20, usegmt=True)}, None),
        ({"Retry-After": "-3"}, None),
        ({"X-Rate-Limit-Retry": str(int(NOW) + 42)}, 42.0),
        ({"x-rate-limit-retry": str(NOW + 1.5)}, 1.5),
        ({"X-Rate-Limit-Retry": str(int(NOW) - 10)}, None),
        ({"Retry-After": "3", "X-Rate-Limit-Retry": str(int(NOW) + 42)}, 3.0),
        ({"Retry-After": "soon", "X-Rate-Limit-Retry": str(int(NOW) + 42)}, 42.0),
        ({"Retry-After": "soon"}, None),
        ({"Retry-After": "nan"}, None),
        ({"Retry-After": "inf"}, None),
        ({"Retry-After": ""}, None),
        ({"X-Rate-Limit-Retry": "tomorrow"}, None),
        ({"Content-Type": "application/json"}, None),
        ({}, None),
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(headers, now=lambda: NOW) == expected


def test_x_rate_limit_retry_describes_the_rate_limit_only() -> None:
    headers = {"X-Rate-Limit-Retry": str(int(NOW) + 42)}
    assert parse_retry_after(headers, now=lambda: NOW, rate_limited=False) is None
    assert parse_retry_after({**headers, "Retry-After": "3"}, now=lambda: NOW, rate_limited=False) == 3.0


def test_parse_retry_after_accepts_httpx_headers() -> None:
    assert parse_retry_after(httpx.Headers({"Retry-After": "4"}), now=lambda: NOW) == 4.0


POLICY = RetryPolicy()


@pytest.mark.parametrize(
    ("retries_taken", "longest", "shortest"),
    [(0, 0.5, 0.375), (1, 1.0, 0.75), (2, 2.0, 1.5), (3, 4.0, 3.0), (4, 8.0, 6.0), (5, 8.0, 6.0), (10_000, 8.0, 6.0)],
)
def test_backoff_doubles_up_to_max_delay_and_jitter_shortens_it_by_at_most_a_quarter(
    retries_taken: int, longest: float, shortest: float
) -> None:
    assert backoff_delay(retries_taken, POLICY, random=lambda: 0.0) == longest
    assert backoff_delay(retries_taken, POLICY, random=lambda: 1.0) == shortest


def test_server_requested_wait_replaces_backoff_even_above_the_limit() -> None:
    assert backoff_delay(0, POLICY, retry_after=3.0, random=lambda: 1.0) == 3.0
    assert backoff_delay(0, POLICY, retry_after=0.0, random=lambda: 1.0) == POLICY.initial_delay * 0.75
    assert backoff_delay(0, POLICY, retry_after=600.0, random=lambda: 1.0) == 600.0


def test_retry_allowed_until_max_retries_are_used() -> None:
    policy = RetryPolicy(max_retries=2)

    assert [retry_allowed(policy, retries_taken=n, delay=0.5, elapsed=0.0) for n in range(4)] == [
        True,
        True,
        False,
        False,
    ]


def test_zero_max_retries_means_a_single_attempt() -> None:
    assert retry_allowed(RetryPolicy(max_retries=0), retries_taken=0, delay=0.0, elapsed=0.0) is False


def test_retry_after_above_max_retry_after_is_refused() -> None:
    policy = RetryPolicy(max_retry_after=60.0)

    assert retry_allowed(policy, retries_taken=0, delay=60.0, elapsed=0.0, retry_after=60.0) is True
    assert retry_allowed(policy, retries_taken=0, delay=61.0, elapsed=0.0, retry_after=61.0) is False


def test_a_sleep_that_would_reach_the_deadline_is_refused() -> None:
    policy = RetryPolicy(deadline=10.0)

    assert retry_allowed(policy, retries_taken=0, delay=2.0, elapsed=7.9) is True
    assert retry_allowed(policy, retries_taken=0, delay=2.0, elapsed=8.0) is False


def test_retry_state_counts_retries_and_sleeps_per_backoff() -> None:
    clock = FakeClock()
    state = RetryState(RetryPolicy(max_retries=2), clock=clock, random=lambda: 0.0)

    assert state.next_delay() == 0.5
    assert state.next_delay() == 1.0
    assert state.next_delay() is None
    assert state.retries_taken == 2


def test_retry_state_refuses_a_retry_that_would_overrun_the_deadline() -> None:
    clock = FakeClock()
    state = RetryState(RetryPolicy(max_retries=5, deadline=3.0), clock=clock, random=lambda: 0.0)

    clock.now += 1.0  # first attempt took 1 s
    assert state.next_delay() == 0.5
    clock.now += 0.5 + 1.0  # slept, second attempt took 1 s
    assert state.remaining() == 0.5
    assert state.next_delay() is None  # 1 s backoff would end after the 3 s deadline
    assert state.retries_taken == 1


def test_retry_state_refuses_a_server_wait_above_max_retry_after() -> None:
    state = RetryState(RetryPolicy(max_retry_after=60.0), clock=FakeClock())

    assert state.next_delay(retry_after=120.0) is None
    assert state.next_delay(retry_after=30.0) == 30.0


def test_retry_state_without_deadline_has_no_remaining_time_limit() -> None:
    clock = FakeClock()
    state = RetryState(RetryPolicy(), clock=clock)
    clock.now += 1_000.0

    assert state.remaining() is None
    assert state.elapsed() == 1_000.0


def test_policy_is_easy_to_override_per_call() -> None:
    assert dataclasses.replace(POLICY, max_retries=5).max_retries == 5
    with pytest.raises(dataclasses.FrozenInstanceError):
        POLICY.max_retries = 3  # type: ignore[misc]


@pytest.mark.parametrize(
    "bad",
    [{"max_retries": -1}, {"initial_delay": -0.1}, {"max_delay": -1.0}, {"max_retry_after": -1.0}, {"deadline": 0}],
)
def test_policy_rejects_nonsense_values(bad: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        RetryPolicy(**bad)  # type: ignore[arg-type]
