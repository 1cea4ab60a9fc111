"""Hooks over real sockets (the sandbox, its faults), sync and async: every attempt, answer, retry, recovery look-up
and final outcome is told as a typed, frozen event; a failing hook changes nothing; no event holds a secret."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from typing import Any

import pytest
from voucherify_rollbacks import (
    AnswerReceived,
    AttemptStarted,
    CallFinished,
    Hooks,
    NotFoundError,
    RecoveryLookup,
    RetryScheduled,
)
from voucherify_sandbox import Sandbox


class Recorder:
    def __init__(self) -> None:
        self.events: list[Any] = []

    def hooks(self) -> Hooks:
        record = self.events.append
        return Hooks(before_attempt=record, after_answer=record, on_retry=record, on_lookup=record, on_outcome=record)

    def kinds(self) -> list[str]:
        return [type(event).__name__ for event in self.events]


def test_a_retried_rollback_tells_each_attempt_answer_retry_and_its_outcome() -> None:
    recorder = Recorder()
    with Sandbox(faults=True) as sb, sb.client(hooks=recorder.hooks(), sleep=lambda _: None) as vf:
        parent = vf.redeem(["SAVE10"], order={"amount": 5000}).redemption_id
        assert parent is not None
        recorder.events.clear()
        sb.inject_fault("rollback-stacked-redemptions", "500")
        vf.rollback_stacked(parent)
    assert recorder.kinds() == [
        "AttemptStarted",
        "AnswerReceived",
        "RetryScheduled",
        "AttemptStarted",
        "AnswerReceived",
        "CallFinished",
    ]
    first, refused, retry, second, answered, finished = recorder.events
    assert isinstance(first, AttemptStarted) and (first.operation, first.method, first.attempt) == (
        "rollback_stacked",
        "POST",
        1,
    )
    assert first.path == f"/v1/redemptions/{parent}/rollbacks"
    assert isinstance(refused, AnswerReceived) and (refused.status_code, refused.error) == (500, None)
    assert isinstance(retry, RetryScheduled) and retry.reason.startswith("500") and retry.delay > 0
    assert isinstance(answered, AnswerReceived) and answered.status_code == 200 and answered.duration >= 0
    assert isinstance(finished, CallFinished) and (finished.ok, finished.attempts, finished.recovered) == (
        True,
        2,
        False,
    )
    assert finished.request_ids == (refused.request_id, answered.request_id) and all(finished.request_ids)
    assert len({event.call_id for event in recorder.events}) == 1
    assert finished.elapsed >= second.elapsed >= first.elapsed >= 0
    with pytest.raises(dataclasses.FrozenInstanceError):
        finished.ok = False  # type: ignore[misc]


def test_a_lost_answer_tells_the_recovery_look_up_and_a_recovered_outcome() -> None:
    recorder = Recorder()
    with Sandbox(faults=True) as sb, sb.client(hooks=recorder.hooks(), sleep=lambda _: None, markers=True) as vf:
        parent = vf.redeem(["SAVE10"], order={"amount": 5000}).redemption_id
        assert parent is not None
        recorder.events.clear()
        sb.inject_fault("rollback-stacked-redemptions", "drop-after-commit", times=3)
        result = vf.rollback_stacked(parent, max_retries=0)
    assert result.recovered
    lookups = [e for e in recorder.events if isinstance(e, RecoveryLookup)]
    assert len(lookups) == 1 and lookups[0].redemption_id == parent and lookups[0].reason
    finished = recorder.events[-1]
    assert isinstance(finished, CallFinished) and finished.ok and finished.recovered is True
    assert finished.attempts == sum(isinstance(e, AttemptStarted) for e in recorder.events) >= 2


def test_async_calls_tell_the_same_events_and_a_failed_outcome() -> None:
    recorder = Recorder()

    async def run() -> None:
        with Sandbox() as sb:
            async with sb.async_client(hooks=recorder.hooks()) as avf:
                await asyncio.gather(
                    avf.get_redemption("r_missing_1"), avf.get_redemption("r_missing_2"), return_exceptions=True
                )

    asyncio.run(run())
    finished = [e for e in recorder.events if isinstance(e, CallFinished)]
    assert len(finished) == 2 and {e.error for e in finished} == {"ResourceNotFoundError"}
    assert {e.call_id for e in finished} == {e.call_id for e in recorder.events}  # two calls, told apart
    assert all(not e.ok and e.operation == "get_redemption" and e.attempts == 1 for e in finished)


def test_a_failing_hook_is_logged_scrubbed_and_changes_nothing(caplog: pytest.LogCaptureFixture) -> None:
    def broken(event: object) -> None:
        raise RuntimeError(f"hook broke holding {secret}")

    with Sandbox() as sb:
        secret = sb.app_token
        hooks = Hooks(before_attempt=broken, after_answer=broken, on_outcome=broken)
        with sb.client(hooks=hooks) as vf:
            parent = vf.redeem(["SAVE10"], order={"amount": 5000}).redemption_id
            assert parent is not None and vf.rollback_stacked(parent).ok
            with pytest.raises(NotFoundError):
                vf.get_redemption("r_missing")
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING and "hook" in r.getMessage()]
    assert len(warnings) >= 9  # three hooks, three calls
    assert secret not in caplog.text


def test_events_never_hold_a_secret_nor_a_query() -> None:
    recorder = Recorder()
    with Sandbox() as sb, sb.client(hooks=recorder.hooks(), default_headers={"X-Api-Key": "key-77aa"}) as vf:
        list(vf.redemptions(customer="annie@lemon.com"))
        text = repr(recorder.events)
        assert sb.app_token not in text and "key-77aa" not in text and "annie" not in text
    assert any(isinstance(e, AttemptStarted) and e.path == "/v1/redemptions" for e in recorder.events)
    assert isinstance(recorder.events[-1], CallFinished) and recorder.events[-1].operation == "redemptions"


def test_a_listing_left_early_ends_its_call_well() -> None:
    recorder = Recorder()
    with Sandbox() as sb, sb.client(hooks=recorder.hooks()) as vf:
        for _ in range(2):
            vf.redeem(["SAVE10"], order={"amount": 5000})
        items = vf.redemptions(page_size=1)
        next(iter(items))
        items.close()  # type: ignore[attr-defined]
    finished = recorder.events[-1]
    assert isinstance(finished, CallFinished) and finished.ok and finished.operation == "redemptions"
