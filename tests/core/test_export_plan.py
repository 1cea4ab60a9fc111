"""The export plan, driven by hand with scripted answers and a fake clock (it is sans-IO): pauses between status
reads grow from 0.5 s by half each time up to 10 s, a `Retry-After` on the status answer or on a 429 wins, the
call's deadline is never slept past (ExportDeadlineError instead), and status ERROR is ExportFailedError."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

import httpx
import pytest
from voucherify_rollbacks import Export, ExportDeadlineError, ExportFailedError
from voucherify_rollbacks.core.plans import CallOptions, Request, Sleep
from voucherify_rollbacks.core.retries import RetryPolicy
from voucherify_rollbacks.operations.exports import create_request, export_plan


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _export(status: str, **headers: str) -> httpx.Response:
    body: dict[str, Any] = {"id": "exp_1", "object": "export", "status": status, "result": None}
    if status == "DONE":
        body["result"] = {"url": "https://download.voucherify.io/v1/exports/exp_1?token=t0k"}
    return httpx.Response(200, json=body, headers=headers)


def _drive(
    answers: list[httpx.Response], *, deadline: float = 60.0
) -> tuple[Export | BaseException, list[float], list[Request]]:
    clock = Clock()
    call = CallOptions(policy=RetryPolicy(max_retries=2, deadline=deadline), clock=clock)
    plan: Generator[Any, Any, Export] = export_plan(create_request(None, None, timeout=None), call)
    pauses: list[float] = []
    requests: list[Request] = []
    outcome: Any = None
    try:
        while True:
            action = plan.send(outcome)
            if isinstance(action, Sleep):
                pauses.append(action.seconds)
                clock.now += action.seconds
                outcome = None
            else:
                requests.append(action)
                outcome = answers.pop(0)
    except StopIteration as stop:
        return stop.value, pauses, requests
    except (ExportDeadlineError, ExportFailedError) as error:
        return error, pauses, requests


def test_pauses_grow_by_half_from_half_a_second() -> None:
    answers = [_export("SCHEDULED"), *[_export("IN_PROGRESS")] * 3, _export("DONE")]

    export, pauses, requests = _drive(answers)

    assert isinstance(export, Export) and export.status == "DONE"
    assert pauses == [0.5, 0.75, 1.125, 1.6875]
    assert [r.method for r in requests] == ["POST", "GET", "GET", "GET", "GET"]
    assert requests[1].url == "/v1/exports/exp_1"


def test_a_retry_after_on_the_status_answer_sets_the_next_pause() -> None:
    answers = [_export("SCHEDULED"), _export("IN_PROGRESS", **{"Retry-After": "3"}), _export("DONE")]

    _, pauses, _ = _drive(answers)

    assert pauses == [0.5, 3.0]


def test_a_rate_limited_poll_waits_as_its_retry_after_says_then_asks_again() -> None:
    limited = httpx.Response(429, json={"code": 429, "key": "too_many_requests"}, headers={"Retry-After": "2"})
    answers = [_export("SCHEDULED"), limited, _export("DONE")]

    export, pauses, requests = _drive(answers)

    assert isinstance(export, Export)
    assert pauses == [0.5, 2.0] and len(requests) == 3


def test_the_deadline_is_never_slept_past() -> None:
    answers = [_export("SCHEDULED"), *[_export("IN_PROGRESS")] * 10]

    error, pauses, _ = _drive(answers, deadline=2.0)

    assert isinstance(error, ExportDeadlineError)
    assert error.status == "IN_PROGRESS" and error.export_id == "exp_1"
    assert pauses == [0.5, 0.75] and sum(pauses) < 2.0


def test_status_error_raises_export_failed_error_with_the_export() -> None:
    error, _, _ = _drive([_export("SCHEDULED"), _export("ERROR")])

    assert isinstance(error, ExportFailedError)
    assert error.export["status"] == "ERROR" and error.export_id == "exp_1"


@pytest.mark.parametrize("body", [b"[]", b"not json", b'{"object": "export"}'])
def test_an_answer_that_is_not_an_export_is_a_malformed_response(body: bytes) -> None:
    from voucherify_rollbacks import MalformedResponseError

    with pytest.raises(MalformedResponseError):
        _drive([httpx.Response(200, content=body)])
