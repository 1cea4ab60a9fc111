"""The rollback truth table (docs/rollbacks.md), row by row, over real sockets: the SDK talks to the
sandbox through a fault-injecting proxy, sync and async. Each row also checks the store: nothing applied twice."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from voucherify_rollbacks.errors import (
    AlreadyRolledBackError,
    APIConnectionError,
    APITimeoutError,
    MultipleRequestsError,
    RateLimitError,
    RollbackAuthorshipUnknownError,
    RollbackOutcomeUnknownError,
    ServerError,
)
from voucherify_sandbox import Sandbox

from tests.support.fault_helpers import MODES, call, redeem_stack, rolled_back_children, sync_client
from tests.support.fault_proxy import Fault, FaultProxy

ROLLBACKS = {"method": "POST", "path": "/rollbacks"}
READS = {"method": "GET"}
MULTIPLE = {"code": 400, "key": "multiple_requests", "message": "Multiple requests"}


def rollback(mode: str, sb: Sandbox, proxy: FaultProxy, parent: str, **kwargs: Any) -> Any:
    client = kwargs.pop("client", None)
    return call(mode, sb, proxy, "rollback_stacked", parent, client=client, **kwargs)


def posts(proxy: FaultProxy) -> int:
    return sum(1 for seen in proxy.seen if seen.method == "POST")


# --- a readable answer is the result ------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_a_readable_rollback_is_the_result(mode: str, sandbox: Sandbox, proxy: FaultProxy) -> None:
    parent = redeem_stack(sandbox)
    result = rollback(mode, sandbox, proxy, parent, reason="canceled")
    assert result.ok and not result.recovered
    assert len(result.rollbacks) == 3
    assert rolled_back_children(sandbox, parent) == [1, 1, 1]


# --- the answer is lost after the server applied it: recovered --------------------------------------------------


LOST_AFTER_COMMIT = {
    "dropped": [Fault.drop_after(**ROLLBACKS)],
    "cut mid-body": [Fault.cut_mid_body(**ROLLBACKS)],
    "502 after": [Fault.status_after(502, **ROLLBACKS)],
    "503 after": [Fault.status_after(503, **ROLLBACKS)],
    "200 with an error object": [Fault.status_after(200, {"code": 400, "message": "?"}, **ROLLBACKS)],
    "200 with {}": [Fault.status_after(200, {}, **ROLLBACKS)],
    "dropped, then 429s until no retry is left": [
        Fault.drop_after(**ROLLBACKS),
        Fault.status_before(429, **ROLLBACKS, times=2),
    ],
    "dropped, then 503s and resets": [
        Fault.drop_after(**ROLLBACKS),
        Fault.status_before(503, **ROLLBACKS),
        Fault.reset_before(**ROLLBACKS),
    ],
    "duplicated by a middlebox": [Fault.duplicate(**ROLLBACKS)],
}


MARKERS = {"markers": True}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", list(LOST_AFTER_COMMIT), ids=list(LOST_AFTER_COMMIT))
def test_a_rollback_whose_answer_was_lost_is_recovered_once_by_its_marker(
    mode: str, case: str, sandbox: Sandbox, proxy: FaultProxy
) -> None:
    parent = redeem_stack(sandbox)
    proxy.inject(*LOST_AFTER_COMMIT[case])
    result = rollback(mode, sandbox, proxy, parent, reason="Order canceled", tracking_id="track-1", client=MARKERS)
    assert result.ok
    assert result.parent_rollback is not None and result.parent_rollback.redemption == parent
    assert len(result.rollbacks) == 3
    assert result.recovered is (case != "duplicated by a middlebox")
    assert rolled_back_children(sandbox, parent) == [1, 1, 1]
    assert sandbox.count_rollbacks(parent) == 1
    assert proxy.pending() == []


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", [c for c in LOST_AFTER_COMMIT if c != "duplicated by a middlebox"])
def test_a_rollback_whose_answer_was_lost_without_a_marker_is_rolled_back_with_authorship_unknown(
    mode: str, case: str, sandbox: Sandbox, proxy: FaultProxy
) -> None:
    parent = redeem_stack(sandbox)
    proxy.inject(*LOST_AFTER_COMMIT[case])
    # Another caller with the same reason whose attempt overlapped ours would leave the very same rollback: without
    # a marker it is reported rolled back, never claimed (nor disowned).
    with pytest.raises(RollbackAuthorshipUnknownError) as caught:
        rollback(mode, sandbox, proxy, parent, reason="Order canceled", tracking_id="track-1")
    error = caught.value
    assert error.made_by_this_call is None and isinstance(error, AlreadyRolledBackError)
    assert error.rollback is not None and error.rollback.redemption == parent
    assert error.result.ok and len(error.result.rollbacks) == 3 and not error.result.recovered
    assert "whether by this call could not be proved" in str(error) and "not by this call" not in str(error)
    assert rolled_back_children(sandbox, parent) == [1, 1, 1]
    assert sandbox.count_rollbacks(parent) == 1


@pytest.mark.parametrize("fault", [Fault.drop_after(**ROLLBACKS), Fault.status_after(504, **ROLLBACKS)])
def test_recovery_works_under_trio(fault: Fault, sandbox: Sandbox, proxy: FaultProxy) -> None:
    parent = redeem_stack(sandbox)
    proxy.inject(fault)
    result = rollback("trio", sandbox, proxy, parent, reason="Order canceled", client=MARKERS)
    assert result.recovered and result.ok and len(result.rollbacks) == 3
    assert rolled_back_children(sandbox, parent) == [1, 1, 1]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [502, 503, 504])
def test_no_retries_and_a_5xx_after_commit_is_recovered_by_the_look_up(
    mode: str, status: int, sandbox: Sandbox, proxy: FaultProxy
) -> None:
    parent = redeem_stack(sandbox)
    proxy.inject(Fault.status_after(status, **ROLLBACKS))
    result = rollback(mode, sandbox, proxy, parent, max_retries=0, client=MARKERS)
    assert result.recovered and result.ok and len(result.rollbacks) == 3
    assert posts(proxy) == 1  # the marker proves it: no probe is needed to date it
    assert rolled_back_children(sandbox, parent) == [1, 1, 1]


@pytest.mark.parametrize("mode", MODES)
def test_a_timeout_shorter_than_the_servers_work_is_recovered_not_multiple_requests(
    mode: str, sandbox: Sandbox, proxy: FaultProxy
) -> None:
    parent = redeem_stack(sandbox)
    # The first attempt is applied, its answer held past the client's timeout; the server then reports our own
    # attempt as still in progress; the next retry meets already_rolled_back.
    proxy.inject(Fault.delay(1.0, **ROLLBACKS), Fault.status_before(400, MULTIPLE, **ROLLBACKS))
    result = rollback(mode, sandbox, proxy, parent, timeout=0.3, max_retries=3, client=MARKERS)
    assert result.recovered and result.ok
    assert rolled_back_children(sandbox, parent) == [1, 1, 1]


# --- someone else's rollback is never claimed ---------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "first", [Fault.status_before(503), Fault.status_before(502), Fault.reset_before()], ids=["503", "502", "reset"]
)
def test_a_stack_rolled_back_before_this_call_is_already_rolled_back_carrying_that_rollback(
    mode: str, first: Fault, sandbox: Sandbox, proxy: FaultProxy
) -> None:
    parent = redeem_stack(sandbox)
    with sandbox.client() as vf:
        earlier = vf.rollback_stacked(parent, reason="Order canceled")
    # "Earlier" by more than the slowest round trip of a loaded test machine: a rollback made a few milliseconds
    # before a call whose own attempts took longer cannot be told apart by its date, whatever the SDK does.
    sandbox.advance_time(seconds=30)
    first.method, first.path = "POST", "/rollbacks"
    proxy.inject(first)
    with pytest.raises(AlreadyRolledBackError) as caught:
        rollback(mode, sandbox, proxy, parent, reason="Order canceled")
    assert type(caught.value) is AlreadyRolledBackError and caught.value.made_by_this_call is False
    assert caught.value.rollback is not None
    assert caught.value.rollback.id == earlier.parent_rollback.id
    assert {r.id for r in caught.value.result.rollbacks} == {r.id for r in earlier.rollbacks}
    assert rolled_back_children(sandbox, parent) == [1, 1, 1]


def test_eight_concurrent_callers_whose_first_attempts_fail_are_none_of_them_told_success(
    sandbox: Sandbox, proxy: FaultProxy
) -> None:
    parent = redeem_stack(sandbox)
    with sandbox.client() as vf:
        vf.rollback_stacked(parent, reason="Order canceled")
    sandbox.advance_time(seconds=30)  # see test_a_stack_rolled_back_before_this_call_...
    outcomes: list[Any] = []

    def caller() -> None:
        # Each caller's own path to the server loses its first attempt before it arrives.
        with FaultProxy(sandbox.port) as own:
            own.inject(Fault.status_before(503, **ROLLBACKS))
            try:
                with sync_client(sandbox, own) as vf:
                    outcomes.append(vf.rollback_stacked(parent, reason="Order canceled"))
            except Exception as error:
                outcomes.append(error)

    threads = [threading.Thread(target=caller) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)
    assert len(outcomes) == 8
    odd = [o for o in outcomes if type(o) is not AlreadyRolledBackError or o.made_by_this_call is not False]
    assert odd == [], [(type(o).__name__, str(o)) for o in odd]
    assert rolled_back_children(sandbox, parent) == [1, 1, 1]


@pytest.mark.parametrize("mode", MODES)
def test_a_transient_fault_on_the_dating_probe_is_retried_and_never_disowns_our_rollback(
    mode: str, sandbox: Sandbox, proxy: FaultProxy
) -> None:
    parent = redeem_stack(sandbox)
    # Applied, answer lost (504 after forwarding), no retry; the probe that dates the rollback meets a 503 once.
    proxy.inject(Fault.status_after(504, **ROLLBACKS), Fault.status_before(503, **ROLLBACKS))
    with pytest.raises(RollbackAuthorshipUnknownError) as caught:
        rollback(mode, sandbox, proxy, parent, reason="Order canceled", max_retries=0)
    # Dated within our attempt: without a marker that cannot be told from a concurrent caller's; never "not ours".
    assert caught.value.rollback is not None and caught.value.rollback.reason == "Order canceled"
    assert posts(proxy) == 3  # the attempt, the probe's 503 and its retry (refused: it cannot apply twice)
    assert rolled_back_children(sandbox, parent) == [1, 1, 1]


@pytest.mark.parametrize("mode", MODES)
def test_a_dating_probe_refused_as_busy_waits_for_the_other_callers_request_and_dates_the_rollback(
    mode: str, sandbox: Sandbox, proxy: FaultProxy
) -> None:
    parent = redeem_stack(sandbox)
    with sandbox.client() as vf:
        vf.rollback_stacked(parent, reason="Order canceled")
    sandbox.advance_time(seconds=30)
    # Our attempt is lost before it arrives (a 503 that may have applied, for all the SDK knows) and the retry meets
    # another caller's request in progress: no refusal of ours dates anything. The dating probe meets that request
    # twice more, waits, and is then refused (already rolled back) with a dated record.
    proxy.inject(
        Fault.status_before(503, **ROLLBACKS),
        Fault.status_before(400, MULTIPLE, times=3, **ROLLBACKS),
    )
    with pytest.raises(AlreadyRolledBackError) as caught:
        rollback(mode, sandbox, proxy, parent, reason="Order canceled", max_retries=1)
    assert type(caught.value) is AlreadyRolledBackError and caught.value.made_by_this_call is False
    assert posts(proxy) == 5  # the lost attempt, the busy retry, two busy probes and the refused, dated one
    assert rolled_back_children(sandbox, parent) == [1, 1, 1]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("markers", [False, True], ids=["no marker", "markers"])
def test_someone_elses_rollback_a_second_before_ours_is_proved_by_the_retried_probe(
    mode: str, markers: bool, sandbox: Sandbox, proxy: FaultProxy
) -> None:
    parent = redeem_stack(sandbox)
    with sandbox.client() as vf:
        earlier = vf.rollback_stacked(parent, reason="Order canceled")
    sandbox.advance_time(seconds=1)  # within the Date header's tolerance: only a record dated by the probe tells
    proxy.inject(Fault.status_after(504, **ROLLBACKS), Fault.status_before(503, **ROLLBACKS))
    with pytest.raises(AlreadyRolledBackError) as caught:
        rollback(mode, sandbox, proxy, parent, reason="Order canceled", max_retries=0, client={"markers": markers})
    assert type(caught.value) is AlreadyRolledBackError and caught.value.made_by_this_call is False
    assert caught.value.rollback.id == earlier.parent_rollback.id
    assert "dated outside" in str(caught.value)


@pytest.mark.parametrize("mode", MODES)
def test_a_rollback_with_another_reason_after_our_lost_attempt_is_not_ours(
    mode: str, sandbox: Sandbox, proxy: FaultProxy
) -> None:
    parent = redeem_stack(sandbox)
    # Our first attempt never reaches the server; meanwhile another job rolls the stack back.
    proxy.inject(Fault.status_before(503, **ROLLBACKS))
    with sandbox.client() as vf:
        vf.rollback_stacked(parent, reason="fraud review")
    with pytest.raises(AlreadyRolledBackError) as caught:
        rollback(mode, sandbox, proxy, parent, reason="Order canceled")
    assert caught.value.rollback.reason == "fraud review"


# --- nothing was applied: proved by the look-up ------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("fault", "error"),
    [(Fault.status_before(503), ServerError), (Fault.reset_before(), APIConnectionError)],
    ids=["503", "reset"],
)
def test_with_no_retry_left_a_look_up_showing_nothing_applied_raises_the_error(
    mode: str, fault: Fault, error: type[Exception], sandbox: Sandbox, proxy: FaultProxy
) -> None:
    parent = redeem_stack(sandbox)
    fault.method, fault.path = "POST", "/rollbacks"
    proxy.inject(fault)
    with pytest.raises(error):
        rollback(mode, sandbox, proxy, parent, max_retries=0)
    assert rolled_back_children(sandbox, parent) == [0, 0, 0]


@pytest.mark.parametrize("mode", MODES)
def test_a_look_up_showing_nothing_applied_sends_the_rollback_again(
    mode: str, sandbox: Sandbox, proxy: FaultProxy
) -> None:
    parent = redeem_stack(sandbox)
    proxy.inject(Fault.status_before(503, **ROLLBACKS), Fault.status_before(429, **ROLLBACKS))
    result = rollback(mode, sandbox, proxy, parent, max_retries=2)
    assert result.ok and not result.recovered
    assert posts(proxy) == 3
    assert rolled_back_children(sandbox, parent) == [1, 1, 1]


@pytest.mark.parametrize("mode", MODES)
def test_someone_elses_rollback_in_progress_is_multiple_requests(
    mode: str, sandbox: Sandbox, proxy: FaultProxy
) -> None:
    parent = redeem_stack(sandbox)
    proxy.inject(Fault.status_before(400, MULTIPLE, **ROLLBACKS))
    with pytest.raises(MultipleRequestsError):
        rollback(mode, sandbox, proxy, parent)
    assert posts(proxy) == 1


@pytest.mark.parametrize("mode", MODES)
def test_a_429_first_then_already_rolled_back_is_not_recovered(mode: str, sandbox: Sandbox, proxy: FaultProxy) -> None:
    parent = redeem_stack(sandbox)
    with sandbox.client() as vf:
        vf.rollback_stacked(parent)
    proxy.inject(Fault.status_before(429, **ROLLBACKS))
    with pytest.raises(AlreadyRolledBackError):
        rollback(mode, sandbox, proxy, parent)


# --- the outcome cannot be told: RollbackOutcomeUnknownError ------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_an_answer_lost_and_look_ups_failing_is_outcome_unknown(mode: str, sandbox: Sandbox, proxy: FaultProxy) -> None:
    parent = redeem_stack(sandbox)
    proxy.inject(Fault.drop_after(**ROLLBACKS), Fault.status_before(503, **READS, times=20))
    with pytest.raises(RollbackOutcomeUnknownError) as caught:
        rollback(mode, sandbox, proxy, parent)
    assert caught.value.redemption_id == parent
    assert "may have been applied" in str(caught.value)
    assert not isinstance(caught.value, (ServerError, RateLimitError, APIConnectionError))
    assert caught.value.redemption is None  # not even the redemption could be fetched
    assert rolled_back_children(sandbox, parent) == [1, 1, 1]  # it was, in fact, applied


@pytest.mark.parametrize("mode", MODES)
def test_a_look_up_failing_after_the_redemption_keeps_what_it_fetched(
    mode: str, sandbox: Sandbox, proxy: FaultProxy
) -> None:
    parent = redeem_stack(sandbox)
    listing = {"method": "GET", "path": "/v1/redemptions?"}
    proxy.inject(Fault.drop_after(**ROLLBACKS), Fault.status_before(503, **listing, times=20))
    with pytest.raises(RollbackOutcomeUnknownError) as caught:
        rollback(mode, sandbox, proxy, parent)
    assert caught.value.redemption is not None
    assert (caught.value.redemption.id, caught.value.redemption.status) == (parent, "ROLLED_BACK")


@pytest.mark.parametrize("mode", MODES)
def test_an_answer_held_past_the_deadline_is_looked_up_within_it(
    mode: str, sandbox: Sandbox, proxy: FaultProxy
) -> None:
    parent = redeem_stack(sandbox)
    proxy.inject(Fault.delay(4.0, **ROLLBACKS))
    # The attempts get three quarters of the deadline; the look-up has the rest.
    result = rollback(mode, sandbox, proxy, parent, timeout=5, deadline=2.4, client=MARKERS)
    assert result.recovered and result.ok
    assert posts(proxy) <= 2  # the attempt, and at most the probe that dates the rollback
    assert rolled_back_children(sandbox, parent) == [1, 1, 1]


@pytest.mark.parametrize("mode", MODES)
def test_an_answer_and_look_ups_held_past_the_deadline_are_outcome_unknown(
    mode: str, sandbox: Sandbox, proxy: FaultProxy
) -> None:
    parent = redeem_stack(sandbox)
    proxy.inject(Fault.delay(4.0, **ROLLBACKS), Fault.delay(4.0, **READS, times=5))
    with pytest.raises(RollbackOutcomeUnknownError) as caught:
        rollback(mode, sandbox, proxy, parent, timeout=5, deadline=1.0)
    assert isinstance(caught.value.last_error, APITimeoutError)


@pytest.mark.parametrize("mode", MODES)
def test_our_attempt_possibly_still_running_and_retries_spent_is_outcome_unknown(
    mode: str, sandbox: Sandbox, proxy: FaultProxy
) -> None:
    parent = redeem_stack(sandbox)
    # The first attempt times out (held, never forwarded); the server then says a rollback is in progress.
    proxy.inject(Fault.hang_before(1.0, **ROLLBACKS), Fault.status_before(400, MULTIPLE, **ROLLBACKS, times=2))
    with pytest.raises(RollbackOutcomeUnknownError) as caught:
        rollback(mode, sandbox, proxy, parent, timeout=0.3, max_retries=2)
    assert isinstance(caught.value.last_error, MultipleRequestsError)
    assert (caught.value.status_code, caught.value.key) == (400, "multiple_requests")
    assert "multiple_requests" in caught.value.body


# --- the look-up's cost, and find_rollback ---------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_recovering_a_thirty_child_stack_costs_two_look_up_requests(
    mode: str, sandbox: Sandbox, proxy: FaultProxy
) -> None:
    parent = redeem_stack(sandbox, children=30)
    proxy.inject(Fault.drop_after(**ROLLBACKS))
    result = rollback(mode, sandbox, proxy, parent, client=MARKERS)
    assert result.recovered and result.ok and len(result.rollbacks) == 30
    reads = [seen for seen in proxy.seen if seen.method == "GET"]
    assert len(reads) == 2
    assert "filters[object]" in reads[1].target.replace("%5B", "[").replace("%5D", "]")


@pytest.mark.parametrize("mode", [*MODES, "trio"])
def test_find_rollback_answers_for_the_parent_a_child_and_an_untouched_redemption(
    mode: str, sandbox: Sandbox, proxy: FaultProxy
) -> None:
    parent, untouched = redeem_stack(sandbox, children=30), redeem_stack(sandbox, children=2)
    with sandbox.client() as vf:
        made = vf.rollback_stacked(parent, reason="canceled")
    child = made.rollbacks[0].redemption
    found = call(mode, sandbox, proxy, "find_rollback", parent)
    via_child = call(mode, sandbox, proxy, "find_rollback", child)
    for result in (found, via_child):
        assert result.parent_rollback.id == made.parent_rollback.id
        assert {r.id for r in result.rollbacks} == {r.id for r in made.rollbacks}
        assert result.ok and not result.recovered
    assert call(mode, sandbox, proxy, "find_rollback", untouched) is None


@pytest.mark.parametrize("mode", MODES)
def test_find_rollback_of_an_unknown_id_is_not_found(mode: str, sandbox: Sandbox, proxy: FaultProxy) -> None:
    from voucherify_rollbacks.errors import NotFoundError

    with pytest.raises(NotFoundError):
        call(mode, sandbox, proxy, "find_rollback", "r_does_not_exist")


# --- redeem keeps its rule ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_a_redeem_whose_answer_was_lost_is_never_sent_again(mode: str, sandbox: Sandbox, proxy: FaultProxy) -> None:
    proxy.inject(Fault.drop_after(method="POST", path="/v1/redemptions"))
    with pytest.raises(APIConnectionError):
        call(mode, sandbox, proxy, "redeem", ["STACK-00"], order={"amount": 1000})
    assert posts(proxy) == 1


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", [Fault.drop_after(method="POST", path="/rollback"), Fault.status_after(502)])
def test_a_single_rollback_whose_answer_was_lost_is_recovered(
    mode: str, fault: Fault, sandbox: Sandbox, proxy: FaultProxy
) -> None:
    with sandbox.client() as vf:
        single = vf.redeem(["STACK-05"], order={"amount": 1000}).redemption_id
    fault.method, fault.path = "POST", "/rollback"
    proxy.inject(fault)
    result = call(mode, sandbox, proxy, "rollback", single, reason="returned", client=MARKERS)
    assert result.recovered and result.ok
    assert result.parent_rollback is None
    assert [r.redemption for r in result.rollbacks] == [single]
    assert sandbox.count_rollbacks(single) == 1
