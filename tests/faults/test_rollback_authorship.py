"""Who made a rollback found after a fault, over real sockets (the sandbox behind the fault proxy), sync and async:
this call (proved by its marker), someone else (proved), or rolled back with authorship unknown."""

from __future__ import annotations

import asyncio
import json
import threading
from typing import Any

import httpx
import pytest
from voucherify_rollbacks import RollbackResult
from voucherify_rollbacks._constants import MARKER_METADATA_KEY
from voucherify_rollbacks.errors import AlreadyRolledBackError, RollbackAuthorshipUnknownError
from voucherify_sandbox import Sandbox

from tests.support.fault_helpers import (
    MODES,
    async_client,
    call,
    redeem_stack,
    rolled_back_children,
    sync_client,
)
from tests.support.fault_proxy import Fault, FaultProxy

ROLLBACKS = {"method": "POST", "path": "/rollbacks"}
MARKERS = {"markers": True}


def rollback(mode: str, sb: Sandbox, proxy: FaultProxy, parent: str, **kwargs: Any) -> Any:
    return call(mode, sb, proxy, "rollback_stacked", parent, client=kwargs.pop("client", None), **kwargs)


def rollback_body(sb: Sandbox, redemption_id: str, endpoint: str = "rollbacks") -> dict[str, Any]:
    """The raw answer the sandbox gives for rolling back `redemption_id` (applied)."""
    headers = {"X-App-Id": sb.app_id, "X-App-Token": sb.app_token}
    url = f"http://127.0.0.1:{sb.port}/v1/redemptions/{redemption_id}/{endpoint}"
    body: dict[str, Any] = httpx.post(url, headers=headers, json={}).json()
    return body


# --- a server whose record dates are off its Date header ------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("offset", [0.8, 1.5, -0.8, -1.5])
@pytest.mark.parametrize("markers", [False, True], ids=["no marker", "markers"])
def test_record_dates_off_the_date_header_never_disown_our_own_rollback(
    mode: str, offset: float, markers: bool, sandbox: Sandbox, proxy: FaultProxy
) -> None:
    parent = redeem_stack(sandbox)
    sandbox.advance_time(seconds=offset)  # the records' clock, not the Date header's
    proxy.inject(Fault.status_after(502, **ROLLBACKS))
    client = {"markers": markers}
    if markers:
        result = rollback(mode, sandbox, proxy, parent, reason="Order canceled", max_retries=0, client=client)
        assert result.recovered and result.ok
    else:
        with pytest.raises(RollbackAuthorshipUnknownError) as caught:
            rollback(mode, sandbox, proxy, parent, reason="Order canceled", max_retries=0, client=client)
        assert caught.value.made_by_this_call is None and caught.value.rollback.redemption == parent
    assert sandbox.count_rollbacks(parent) == 1


# --- a proxy trimming the reason ---------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("markers", [False, True], ids=["no marker", "markers"])
def test_a_reason_trimmed_on_the_way_is_not_another_reason(
    mode: str, markers: bool, sandbox: Sandbox, proxy: FaultProxy
) -> None:
    parent = redeem_stack(sandbox)
    proxy.trim_query(reason=5)
    proxy.inject(Fault.drop_after(**ROLLBACKS))
    client = {"markers": markers}
    if markers:
        result = rollback(mode, sandbox, proxy, parent, reason="Order canceled", client=client)
        assert result.recovered and result.parent_rollback.reason == "Order"
    else:
        with pytest.raises(RollbackAuthorshipUnknownError) as caught:
            rollback(mode, sandbox, proxy, parent, reason="Order canceled", client=client)
        assert caught.value.rollback.reason == "Order"
    assert sandbox.count_rollbacks(parent) == 1


# --- concurrent callers with the same reason -------------------------------------------------------------------


def _concurrent_sync(sandbox: Sandbox, parent: str, markers: bool) -> list[Any]:
    outcomes: list[Any] = []
    start = threading.Barrier(8)

    def caller() -> None:
        with FaultProxy(sandbox.port) as own:
            own.inject(Fault.drop_after(**ROLLBACKS))  # every caller's first answer is lost
            with sync_client(sandbox, own, markers=markers) as vf:
                start.wait(timeout=10)
                try:
                    outcomes.append(vf.rollback_stacked(parent, reason="Order canceled"))
                except Exception as error:
                    outcomes.append(error)

    threads = [threading.Thread(target=caller) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return outcomes


def _concurrent_async(sandbox: Sandbox, parent: str, markers: bool) -> list[Any]:
    async def caller() -> Any:
        with FaultProxy(sandbox.port) as own:
            own.inject(Fault.drop_after(**ROLLBACKS))
            async with async_client(sandbox, own, markers=markers) as vf:
                try:
                    return await vf.rollback_stacked(parent, reason="Order canceled")
                except Exception as error:
                    return error

    async def all_of_them() -> list[Any]:
        return list(await asyncio.gather(*(caller() for _ in range(8))))

    return asyncio.run(all_of_them())


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("markers", [False, True], ids=["no marker", "markers"])
def test_eight_concurrent_callers_with_the_same_reason_are_told_the_truth(
    mode: str, markers: bool, sandbox: Sandbox
) -> None:
    parent = redeem_stack(sandbox)
    run = _concurrent_sync if mode == "sync" else _concurrent_async
    outcomes = run(sandbox, parent, markers)
    assert len(outcomes) == 8
    results = [o for o in outcomes if isinstance(o, RollbackResult)]
    errors = [o for o in outcomes if isinstance(o, AlreadyRolledBackError)]
    assert len(results) + len(errors) == 8, [repr(o) for o in outcomes]
    assert sandbox.count_rollbacks(parent) == 1
    if markers:
        # Exactly one made it (its marker is on the rollback); every other is proved someone else's.
        assert len(results) == 1 and results[0].ok
        assert all(e.made_by_this_call is False for e in errors), [str(e) for e in errors]
    else:
        # Only a readable answer proves it ours without a marker; nobody is told it was recovered.
        assert not any(r.recovered for r in results) and len(results) <= 1
        assert all(e.made_by_this_call is not True for e in errors)
    assert all(e.rollback is not None and e.rollback.redemption == parent for e in errors)


# --- a 2xx naming another redemption -----------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_a_2xx_naming_another_stack_before_ours_was_sent_is_looked_up_and_ours_sent_again(
    mode: str, sandbox: Sandbox, proxy: FaultProxy
) -> None:
    parent, other = redeem_stack(sandbox), redeem_stack(sandbox)
    proxy.inject(Fault.status_before(200, rollback_body(sandbox, other), **ROLLBACKS))
    result = rollback(mode, sandbox, proxy, parent)
    assert result.ok and not result.recovered and result.parent_rollback.redemption == parent
    assert rolled_back_children(sandbox, parent) == [1, 1, 1]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("markers", [False, True], ids=["no marker", "markers"])
def test_a_2xx_naming_another_stack_after_ours_was_applied_is_never_ok_for_the_wrong_one(
    mode: str, markers: bool, sandbox: Sandbox, proxy: FaultProxy
) -> None:
    parent, other = redeem_stack(sandbox), redeem_stack(sandbox)
    proxy.inject(Fault.status_after(200, rollback_body(sandbox, other), **ROLLBACKS))
    if markers:
        result = rollback(mode, sandbox, proxy, parent, client=MARKERS)
        assert result.recovered and result.parent_rollback.redemption == parent
    else:
        with pytest.raises(RollbackAuthorshipUnknownError) as caught:
            rollback(mode, sandbox, proxy, parent)
        assert caught.value.rollback.redemption == parent
    assert rolled_back_children(sandbox, parent) == [1, 1, 1]


@pytest.mark.parametrize("mode", MODES)
def test_a_single_rollback_answered_with_another_redemptions_rollback_is_sent_again(
    mode: str, sandbox: Sandbox, proxy: FaultProxy
) -> None:
    with sandbox.client() as vf:
        single = vf.redeem(["STACK-05"], order={"amount": 1000}).redemption_id
        other = vf.redeem(["STACK-06"], order={"amount": 1000}).redemption_id
    proxy.inject(Fault.status_before(200, rollback_body(sandbox, other, "rollback"), method="POST", path="/rollback"))
    result = call(mode, sandbox, proxy, "rollback", single)
    assert result.ok and [r.redemption for r in result.rollbacks] == [single]
    assert sandbox.count_rollbacks(single) == 1


# --- metadata_validation_failed ----------------------------------------------------------------------------------

REFUSED_METADATA = {"code": 400, "key": "metadata_validation_failed", "message": "Metadata validation failed"}


@pytest.mark.parametrize("mode", MODES)
def test_a_marker_the_metadata_schema_refuses_is_sent_again_without_it_and_said_so(
    mode: str, sandbox: Sandbox, proxy: FaultProxy
) -> None:
    parent = redeem_stack(sandbox)
    proxy.inject(Fault.status_before(400, REFUSED_METADATA, **ROLLBACKS))
    result = rollback(mode, sandbox, proxy, parent, metadata={"ticket": "T-1"}, client=MARKERS)
    assert result.ok and result.marker_refused and not result.recovered
    sent = [json.loads(p.body)["metadata"] for p in proxy.seen if p.method == "POST"]
    assert MARKER_METADATA_KEY in sent[0] and sent[1] == {"ticket": "T-1"}
    assert rolled_back_children(sandbox, parent) == [1, 1, 1]


@pytest.mark.parametrize("mode", MODES)
def test_after_a_refused_marker_a_lost_answer_is_authorship_unknown_and_says_the_marker_was_refused(
    mode: str, sandbox: Sandbox, proxy: FaultProxy
) -> None:
    parent = redeem_stack(sandbox)
    proxy.inject(Fault.status_before(400, REFUSED_METADATA, **ROLLBACKS), Fault.drop_after(**ROLLBACKS))
    with pytest.raises(RollbackAuthorshipUnknownError) as caught:
        rollback(mode, sandbox, proxy, parent, client=MARKERS)
    assert caught.value.marker_refused is True
    assert sandbox.count_rollbacks(parent) == 1


# --- find_rollback on a rollback's own id, and a plain repeat --------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_find_rollback_of_a_rollbacks_own_id_answers_with_its_result(
    mode: str, sandbox: Sandbox, proxy: FaultProxy
) -> None:
    parent = redeem_stack(sandbox)
    with sandbox.client() as vf:
        made = vf.rollback_stacked(parent)
        with pytest.raises(AlreadyRolledBackError) as refused:
            vf.rollback_stacked(parent)
    for rollback_id in (made.parent_rollback.id, made.rollbacks[0].id):
        found = call(mode, sandbox, proxy, "find_rollback", rollback_id)
        assert found.ok and found.parent_rollback.id == made.parent_rollback.id
    failed = call(mode, sandbox, proxy, "find_rollback", refused.value.resource_id)
    assert not failed.ok and [f.failure_code for f in failed.failures] == ["already_rolled_back"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("markers", [False, True], ids=["no marker", "markers"])
def test_a_plain_repeat_is_someone_elses_rollback_and_carries_it(
    mode: str, markers: bool, sandbox: Sandbox, proxy: FaultProxy
) -> None:
    parent = redeem_stack(sandbox)
    with sandbox.client() as vf:
        earlier = vf.rollback_stacked(parent, reason="Order canceled")
    with pytest.raises(AlreadyRolledBackError) as caught:
        rollback(mode, sandbox, proxy, parent, reason="Order canceled", client={"markers": markers})
    assert type(caught.value) is AlreadyRolledBackError and caught.value.made_by_this_call is False
    assert caught.value.rollback.id == earlier.parent_rollback.id
    assert caught.value.resource_id.startswith("rrf_")


# --- rollback_order and the CLI -----------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_rollback_order_records_authorship_unknown_as_its_own_status_and_exit_code(
    mode: str, sandbox: Sandbox, proxy: FaultProxy
) -> None:
    from voucherify_rollbacks.cli.output import EXIT_AUTHORSHIP_UNKNOWN, exit_code_for_outcomes, outcome_row

    parent = redeem_stack(sandbox)
    order_id = sandbox.redemption(parent)["order"]["id"]
    proxy.inject(Fault.drop_after(**ROLLBACKS))
    (outcome,) = call(mode, sandbox, proxy, "rollback_order", order_id, reason="Order canceled")
    assert outcome.status == "authorship_unknown" and outcome.ok
    assert isinstance(outcome.error, RollbackAuthorshipUnknownError) and outcome.rollback_id
    assert outcome.to_dict()["status"] == "authorship_unknown"
    assert outcome_row(outcome)[2] == "authorship_unknown"
    assert exit_code_for_outcomes([outcome]) == EXIT_AUTHORSHIP_UNKNOWN == 9
