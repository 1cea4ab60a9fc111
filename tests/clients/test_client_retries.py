"""When the client sends a call again, how long it waits, and how a retried rollback recovers its own earlier attempt.

Sleeps are recorded (never slept) and jitter is pinned to 0, so the waits are exact: 0.5 s, then 1.0 s.
"""

from __future__ import annotations

import logging
import time
from email.utils import formatdate
from typing import Any

import httpx
import pytest
from voucherify_rollbacks.errors import (
    AlreadyRolledBackError,
    APIConnectionError,
    APIError,
    APITimeoutError,
    ClientError,
    ConfigurationError,
    MultipleRequestsError,
    RateLimitError,
    RollbackOutcomeUnknownError,
    ServerError,
    VoucherifyError,
)

from tests.support.scripted_api import (
    MARKER,
    PARENT_ID,
    Reply,
    ScriptedAPI,
    already_rolled_back,
    api_error,
    example,
    ok,
    page,
    posted_at,
    redemption_item,
    refused_rollback,
    rollback_item,
    run,
    sent_metadata,
    serve_stacked_recovery,
    single_redemption,
)

GET_PATH = "/v1/redemptions/r_1"
STACKED_PATH = f"/v1/redemptions/{PARENT_ID}/rollbacks"
REDEMPTION = {"id": "r_1", "object": "redemption", "result": "SUCCESS"}
BACKOFF = [0.5, 1.0]


def transient(failure: str) -> Any:
    """A scripted failure by name: an HTTP status or an httpx transport exception."""
    exceptions: dict[str, Any] = {
        "ReadTimeout": httpx.ReadTimeout,
        "ConnectError": httpx.ConnectError,
        "RemoteProtocolError": httpx.RemoteProtocolError,
    }
    if failure in exceptions:
        return exceptions[failure]
    return api_error(int(failure), message=f"status {failure}")


EXPECTED_ERROR = {
    "ReadTimeout": APITimeoutError,
    "ConnectError": APIConnectionError,
    "RemoteProtocolError": APIConnectionError,
    "429": RateLimitError,
    "408": ClientError,
}
READ_FAILURES = ["408", "429", "500", "502", "503", "504", "ReadTimeout", "ConnectError", "RemoteProtocolError"]


# --- reads ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("failure", READ_FAILURES)
def test_get_is_retried_up_to_max_retries_then_the_error_is_raised(api: ScriptedAPI, failure: str) -> None:
    api.on("GET", GET_PATH, *[transient(failure)] * 3)
    with api.client() as client, pytest.raises(VoucherifyError) as caught:
        client.get_redemption("r_1")
    assert len(api.requests) == 3
    assert api.sleeps == BACKOFF
    expected = EXPECTED_ERROR.get(failure, ServerError)
    assert isinstance(caught.value, expected)
    if isinstance(caught.value, APIError):
        assert caught.value.status_code == int(failure)


@pytest.mark.parametrize("failure", READ_FAILURES)
def test_get_succeeds_when_a_retry_gets_through(api: ScriptedAPI, failure: str) -> None:
    api.on("GET", GET_PATH, transient(failure), ok(REDEMPTION))
    with api.client() as client:
        found = client.get_redemption("r_1")
    assert found.id == "r_1"
    assert len(api.requests) == 2
    assert api.sleeps == [0.5]


def test_per_call_max_retries_zero_makes_one_attempt(api: ScriptedAPI) -> None:
    api.on("GET", GET_PATH, api_error(503))
    with api.client() as client, pytest.raises(ServerError):
        client.get_redemption("r_1", max_retries=0)
    assert len(api.requests) == 1
    assert api.sleeps == []


@pytest.mark.parametrize("bad", [-1, 1.5, True])
def test_per_call_max_retries_is_checked_before_sending(api: ScriptedAPI, bad: object) -> None:
    with api.client() as client, pytest.raises(ConfigurationError, match="max_retries"):
        client.get_redemption("r_1", max_retries=bad)  # type: ignore[arg-type]
    assert api.requests == []


def test_client_max_retries_sets_the_number_of_attempts(api: ScriptedAPI) -> None:
    api.on("GET", GET_PATH, *[api_error(500)] * 5)
    with api.client(max_retries=4) as client, pytest.raises(ServerError):
        client.get_redemption("r_1")
    assert len(api.requests) == 5
    assert api.sleeps == [0.5, 1.0, 2.0, 4.0]


def test_jitter_shortens_the_backoff_by_at_most_a_quarter(api: ScriptedAPI) -> None:
    api.on("GET", GET_PATH, api_error(500), api_error(500), ok(REDEMPTION))
    with api.client(random=lambda: 1.0) as client:
        client.get_redemption("r_1")
    assert api.sleeps == [0.375, 0.75]


@pytest.mark.parametrize("status", ["400", "401", "403", "404", "409", "422"])
def test_client_errors_are_not_retried(api: ScriptedAPI, status: str) -> None:
    api.on("GET", GET_PATH, transient(status))
    with api.client() as client, pytest.raises(APIError):
        client.get_redemption("r_1")
    assert len(api.requests) == 1


def test_retry_after_seconds_is_the_wait(api: ScriptedAPI) -> None:
    api.on("GET", GET_PATH, Reply(429, {"code": 429}, {"Retry-After": "3"}), ok(REDEMPTION))
    with api.client() as client:
        client.get_redemption("r_1")
    assert api.sleeps == [3.0]


def test_retry_after_on_a_503_is_honoured_too(api: ScriptedAPI) -> None:
    api.on("GET", GET_PATH, Reply(503, "", {"Retry-After": "2"}), ok(REDEMPTION))
    with api.client() as client:
        client.get_redemption("r_1")
    assert api.sleeps == [2.0]


def test_x_rate_limit_retry_unix_time_is_the_wait(api: ScriptedAPI) -> None:
    retry_at = int(time.time()) + 5  # whole seconds: the header's text is exactly this instant
    api.on("GET", GET_PATH, Reply(429, {"code": 429}, {"X-Rate-Limit-Retry": str(retry_at)}), ok(REDEMPTION))
    with api.client() as client:
        client.get_redemption("r_1")
    assert len(api.sleeps) == 1
    assert 3.0 < api.sleeps[0] <= 5.0


def test_retry_after_as_an_http_date_is_the_wait(api: ScriptedAPI) -> None:
    retry_at = formatdate(time.time() + 10, usegmt=True)
    api.on("GET", GET_PATH, Reply(503, "", {"Retry-After": retry_at}), ok(REDEMPTION))
    with api.client() as client:
        client.get_redemption("r_1")
    assert len(api.sleeps) == 1
    assert 8.0 < api.sleeps[0] <= 10.0


@pytest.mark.parametrize("header", ["soon", "", "nan", "inf"])
def test_unreadable_retry_after_falls_back_to_backoff(api: ScriptedAPI, header: str) -> None:
    api.on("GET", GET_PATH, Reply(429, {"code": 429}, {"Retry-After": header}), ok(REDEMPTION))
    with api.client() as client:
        client.get_redemption("r_1")
    assert api.sleeps == [0.5]


def test_retry_after_above_sixty_seconds_is_not_waited_for(api: ScriptedAPI) -> None:
    api.on("GET", GET_PATH, Reply(429, {"code": 429, "message": "slow down"}, {"Retry-After": "61"}))
    with api.client() as client, pytest.raises(RateLimitError) as caught:
        client.get_redemption("r_1")
    assert caught.value.retry_after == 61.0
    assert len(api.requests) == 1
    assert api.sleeps == []


def test_total_deadline_stops_retries_while_the_clock_advances(api: ScriptedAPI) -> None:
    now = [0.0]

    def slow_server(request: httpx.Request) -> Reply:
        now[0] += 70.0  # every attempt takes 70 s of fake time
        return api_error(503)

    api.on("GET", GET_PATH, *[slow_server] * 10)
    with api.client(max_retries=9, clock=lambda: now[0]) as client, pytest.raises(ServerError):
        client.get_redemption("r_1")
    assert len(api.requests) == 2
    assert api.sleeps == [0.5]


def test_each_retry_is_logged_with_method_path_status_attempt_and_delay(
    api: ScriptedAPI, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="voucherify_rollbacks")
    api.on("GET", GET_PATH, api_error(503), httpx.ReadTimeout, ok(REDEMPTION))
    with api.client() as client:
        client.get_redemption("r_1")
    retries = [r.getMessage() for r in caplog.records if r.getMessage().startswith("Retrying")]
    assert len(retries) == 2
    first, second = retries
    for part in ("GET", GET_PATH, "503", "attempt 1", "0.50"):
        assert part in first
    for part in ("GET", GET_PATH, "ReadTimeout", "attempt 2", "1.00"):
        assert part in second


# --- redeem -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("failure", ["ConnectError", "ConnectTimeout", "429"])
def test_redeem_is_retried_when_the_request_provably_did_not_apply(api: ScriptedAPI, failure: str) -> None:
    first = httpx.ConnectTimeout if failure == "ConnectTimeout" else transient(failure)
    api.on("POST", "/v1/redemptions", first, ok(example("redeem_stackable_response.json")))
    with api.client() as client:
        result = client.redeem(["CODE"])
    assert result.parent_redemption is not None
    assert len(api.requests) == 2
    assert api.sleeps == [0.5]


@pytest.mark.parametrize(
    ("failure", "error_class"),
    [
        ("ReadTimeout", APITimeoutError),
        ("RemoteProtocolError", APIConnectionError),
        ("500", ServerError),
        ("502", ServerError),
        ("503", ServerError),
        ("504", ServerError),
        ("408", ClientError),
        ("WriteTimeout", APITimeoutError),
    ],
)
def test_redeem_is_never_retried_after_a_failure_that_may_have_applied_it(
    api: ScriptedAPI, failure: str, error_class: type[Exception]
) -> None:
    first = httpx.WriteTimeout if failure == "WriteTimeout" else transient(failure)
    api.on("POST", "/v1/redemptions", first, ok(example("redeem_stackable_response.json")))
    with api.client() as client, pytest.raises(error_class) as caught:
        client.redeem(["CODE"])
    assert len(api.requests) == 1
    assert api.sleeps == []
    if isinstance(caught.value, APIConnectionError):
        assert caught.value.request_sent is None


# --- rollbacks --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("failure", ["ReadTimeout", "500", "502", "RemoteProtocolError", "ConnectError", "429"])
def test_rollback_stacked_is_retried_after_a_transient_failure(api: ScriptedAPI, failure: str) -> None:
    api.on("POST", STACKED_PATH, transient(failure), ok(example("rollbacks_success.json")))
    with api.client() as client:
        result = client.rollback_stacked(PARENT_ID)
    assert result.recovered is False
    assert len(result.rollbacks) == 2
    assert len(api.requests) == 2


@pytest.mark.parametrize("failure", ["ReadTimeout", "500", "502", "RemoteProtocolError"])
def test_single_rollback_is_retried_after_a_transient_failure(api: ScriptedAPI, failure: str) -> None:
    api.on("POST", "/v1/redemptions/r_1/rollback", transient(failure), ok(rollback_item("rr_1", "r_1")))
    with api.client() as client:
        result = client.rollback("r_1")
    assert [r.id for r in result.rollbacks] == ["rr_1"]
    assert len(api.requests) == 2


@pytest.mark.parametrize("failure", ["ReadTimeout", "500", "502", "RemoteProtocolError"])
def test_retry_meeting_already_rolled_back_recovers_this_calls_stacked_rollback_in_two_requests(
    api: ScriptedAPI, failure: str
) -> None:
    api.on("POST", STACKED_PATH, transient(failure), already_rolled_back())
    serve_stacked_recovery(api)
    with api.client() as client:
        result = client.rollback_stacked(PARENT_ID, marker=MARKER)
    assert result.recovered is True
    assert result.parent_rollback is not None
    assert result.parent_rollback.id == "rr_parent"
    assert [r.id for r in result.rollbacks] == ["rr_c1", "rr_c2"]
    assert [r.redemption for r in result.rollbacks] == ["r_c1", "r_c2"]
    assert result.ok is True
    posts, look_up = [f"POST {STACKED_PATH}"] * 2, [f"GET /v1/redemptions/{PARENT_ID}", "GET /v1/redemptions"]
    assert api.trail() == posts + look_up
    listed = api.requests[-1].url.params
    assert listed["filters[object][conditions][$is]"] == "redemption_rollback"
    assert "created_at[after]" in listed and "created_at[before]" in listed


def test_a_rollback_made_before_this_call_is_already_rolled_back_carrying_it(api: ScriptedAPI) -> None:
    api.on("POST", STACKED_PATH, api_error(503), already_rolled_back())
    serve_stacked_recovery(api, date="2024-03-01T10:00:00.000Z")
    with api.client() as client, pytest.raises(AlreadyRolledBackError) as caught:
        client.rollback_stacked(PARENT_ID)
    assert caught.value.rollback is not None and caught.value.rollback.id == "rr_parent"
    assert [r.id for r in caught.value.result.rollbacks] == ["rr_c1", "rr_c2"]


def test_a_rollback_with_another_reason_is_not_this_calls(api: ScriptedAPI) -> None:
    api.on("POST", STACKED_PATH, api_error(503), already_rolled_back())
    serve_stacked_recovery(api, reason="another job")
    with api.client() as client, pytest.raises(AlreadyRolledBackError) as caught:
        client.rollback_stacked(PARENT_ID, reason="Order canceled")
    assert caught.value.rollback.reason == "another job"


def test_retry_meeting_already_rolled_back_recovers_this_calls_single_rollback(api: ScriptedAPI) -> None:

    api.on("POST", "/v1/redemptions/r_single/rollback", httpx.ReadTimeout, already_rolled_back())
    api.on("GET", "/v1/redemptions/r_single", lambda _: ok(single_redemption(date=posted_at(api, 0))))
    api.on(
        "GET",
        "/v1/redemptions",
        lambda _: ok(
            page(
                [
                    rollback_item(
                        "rr_single", "r_single", amount=-300, date=posted_at(api, 0), metadata=sent_metadata(api)
                    ),
                    refused_rollback("r_single", date=posted_at(api, -1)),
                ]
            )
        ),
    )
    with api.client() as client:
        result = client.rollback("r_single", marker=MARKER)
    assert result.recovered is True
    assert result.parent_rollback is None
    assert [(r.id, r.redemption, r.amount) for r in result.rollbacks] == [("rr_single", "r_single", -300)]


@pytest.mark.parametrize("odd_id", ["rr 1", " rr_1", "rr_1/..", "rr_%2F"])
def test_rollback_ids_no_path_can_carry_are_matched_from_the_listing_without_crashing(
    api: ScriptedAPI, odd_id: str
) -> None:

    api.on("POST", "/v1/redemptions/r_single/rollback", httpx.ReadTimeout, already_rolled_back())
    api.on(
        "GET", "/v1/redemptions/r_single", lambda _: ok(single_redemption(rollback_id=odd_id, date=posted_at(api, 0)))
    )

    def listing(_: httpx.Request) -> Reply:
        listed = rollback_item(odd_id, "r_single", date=posted_at(api, 0), metadata=sent_metadata(api))
        if odd_id.startswith("rr_"):  # omits `object`, as real payloads do: read as a rollback by its id alone
            del listed["object"]
        return ok(page([listed, refused_rollback("r_single", date=posted_at(api, -1))]))

    api.on("GET", "/v1/redemptions", listing)
    with api.client(markers=True) as client:
        result = client.rollback("r_single")
    assert result.recovered and [r.id for r in result.rollbacks] == [odd_id]


def test_a_listed_item_without_object_or_a_known_id_is_never_read_as_a_redemption(api: ScriptedAPI) -> None:
    api.on("GET", "/v1/redemptions", ok(page([{"date": "2024-03-01T10:00:00.000Z", "result": "SUCCESS"}])))
    with api.client() as client:
        assert list(client.redemptions()) == []


def test_a_failing_look_up_is_an_outcome_unknown_error_naming_the_redemption(api: ScriptedAPI) -> None:
    api.on("POST", STACKED_PATH, api_error(500), already_rolled_back())
    api.on("GET", f"/v1/redemptions/{PARENT_ID}", *[api_error(503)] * 3)
    with api.client() as client, pytest.raises(RollbackOutcomeUnknownError) as caught:
        client.rollback_stacked(PARENT_ID)
    assert caught.value.redemption_id == PARENT_ID
    assert "may have been applied" in str(caught.value)
    assert isinstance(caught.value.last_error, AlreadyRolledBackError)


def test_callers_own_second_rollback_raises_already_rolled_back_with_resource_id(api: ScriptedAPI) -> None:
    api.on("POST", STACKED_PATH, already_rolled_back())
    serve_stacked_recovery(api, date="2024-03-01T10:00:00.000Z")
    with api.client() as client, pytest.raises(AlreadyRolledBackError) as caught:
        client.rollback_stacked(PARENT_ID)
    assert caught.value.resource_id == "rrf_0c67af954e039be56b"
    assert caught.value.resource_type == "redemption_rollback"
    # Nothing of this call was applied: someone else's, and one look-up fetches it for the error to carry.
    assert caught.value.made_by_this_call is False and caught.value.rollback.id == "rr_parent"
    assert api.trail() == [f"POST {STACKED_PATH}", f"GET /v1/redemptions/{PARENT_ID}", "GET /v1/redemptions"]


def test_already_rolled_back_after_a_429_is_not_recovered(api: ScriptedAPI) -> None:
    api.on("POST", STACKED_PATH, api_error(429, message="Too many requests"), already_rolled_back())
    serve_stacked_recovery(api)
    with api.client() as client, pytest.raises(AlreadyRolledBackError) as caught:
        client.rollback_stacked(PARENT_ID)
    assert caught.value.resource_id.startswith("rrf_") and caught.value.made_by_this_call is False
    assert api.trail()[:2] == [f"POST {STACKED_PATH}", f"POST {STACKED_PATH}"]


def test_already_rolled_back_after_a_connect_error_is_not_recovered(api: ScriptedAPI) -> None:
    api.on("POST", STACKED_PATH, httpx.ConnectError, already_rolled_back())
    serve_stacked_recovery(api)
    with api.client() as client, pytest.raises(AlreadyRolledBackError) as caught:
        client.rollback_stacked(PARENT_ID)
    assert caught.value.made_by_this_call is False
    assert [r.method for r in api.requests] == ["POST", "POST", "GET", "GET"]


def test_multiple_requests_after_an_ambiguous_failure_is_retried(api: ScriptedAPI) -> None:
    api.on(
        "POST",
        STACKED_PATH,
        httpx.ReadTimeout,
        api_error(400, "multiple_requests", "Multiple requests"),
        ok(example("rollbacks_success.json")),
    )
    with api.client() as client:
        result = client.rollback_stacked(PARENT_ID)
    assert result.ok is True
    assert len(api.requests) == 3
    assert api.sleeps == BACKOFF


def test_multiple_requests_on_a_first_attempt_is_raised(api: ScriptedAPI) -> None:
    api.on("POST", STACKED_PATH, api_error(400, "multiple_requests", "Multiple requests"))
    with api.client() as client, pytest.raises(MultipleRequestsError):
        client.rollback_stacked(PARENT_ID)
    assert len(api.requests) == 1


def test_multiple_requests_after_a_429_is_raised(api: ScriptedAPI) -> None:
    api.on("POST", STACKED_PATH, api_error(429), api_error(400, "multiple_requests"))
    with api.client() as client, pytest.raises(MultipleRequestsError):
        client.rollback_stacked(PARENT_ID)
    assert len(api.requests) == 2


def test_rollback_retries_stop_at_max_retries_then_a_look_up_decides(api: ScriptedAPI) -> None:
    api.on("POST", STACKED_PATH, *[api_error(500)] * 3)
    api.on("GET", f"/v1/redemptions/{PARENT_ID}", ok(redemption_item(PARENT_ID, "2024-03-01T10:00:00.000Z")))
    with api.client() as client, pytest.raises(ServerError):
        client.rollback_stacked(PARENT_ID)  # the look-up shows it is not rolled back: nothing was applied
    assert api.trail() == [f"POST {STACKED_PATH}"] * 3 + [f"GET /v1/redemptions/{PARENT_ID}"]
    assert api.sleeps == BACKOFF


def test_retries_spent_on_gateway_errors_with_nothing_rolled_back_yet_are_outcome_unknown(api: ScriptedAPI) -> None:
    api.on("POST", STACKED_PATH, *[api_error(504)] * 3)
    api.on("GET", f"/v1/redemptions/{PARENT_ID}", ok(redemption_item(PARENT_ID, "2024-03-01T10:00:00.000Z")))
    with api.client() as client, pytest.raises(RollbackOutcomeUnknownError):
        client.rollback_stacked(PARENT_ID)


def test_async_recovery_matches_sync(api: ScriptedAPI) -> None:
    api.on("POST", STACKED_PATH, httpx.ReadTimeout, already_rolled_back())
    serve_stacked_recovery(api)

    async def scenario() -> Any:
        async with api.async_client() as client:
            return await client.rollback_stacked(PARENT_ID, marker=MARKER)

    result = run(scenario())
    assert result.recovered is True
    assert [r.id for r in result.rollbacks] == ["rr_c1", "rr_c2"]
    assert api.sleeps == [0.5]
