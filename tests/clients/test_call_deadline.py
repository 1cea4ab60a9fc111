"""One deadline bounds a whole call: later requests of the call (a rollback's recovery look-ups) get what is left."""

from __future__ import annotations

from voucherify_rollbacks.core.plans import CallOptions
from voucherify_rollbacks.core.retries import RetryPolicy


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_request_late_in_the_call_gets_only_the_rest_of_the_deadline() -> None:
    clock = FakeClock()
    options = CallOptions(RetryPolicy(max_retries=5, deadline=10.0), clock=clock, random=lambda: 0.0)
    clock.now += 9.8  # the first request and its retries used most of the call's time
    state = options.retry_state()
    assert state.next_delay() is None  # a 0.5 s backoff would overrun the 0.2 s left


def test_a_request_early_in_the_call_may_retry() -> None:
    clock = FakeClock()
    options = CallOptions(RetryPolicy(max_retries=5, deadline=10.0), clock=clock, random=lambda: 0.0)
    clock.now += 1.0
    assert options.retry_state().next_delay() == 0.5


def test_no_deadline_leaves_the_policy_unbounded_in_time() -> None:
    clock = FakeClock()
    options = CallOptions(RetryPolicy(max_retries=1, deadline=None), clock=clock, random=lambda: 0.0)
    clock.now += 10_000
    assert options.retry_state().next_delay() == 0.5
