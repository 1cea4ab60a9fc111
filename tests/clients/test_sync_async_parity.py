"""Voucherify and AsyncVoucherify give the same results and the same errors for the same script of answers."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from voucherify_rollbacks import RedeemResult, Redemption, Rollback, RollbackResult, VoucherifyError
from voucherify_rollbacks.errors import APIError, RateLimitError

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
    redemption_item,
    rollback_item,
    run,
    serve_stacked_recovery,
)

STACKED_PATH = f"/v1/redemptions/{PARENT_ID}/rollbacks"


@dataclass(frozen=True)
class Scenario:
    name: str
    script: Callable[[ScriptedAPI], Any]
    call: Callable[[Any], Any]
    expected: type | None = None  # the outcome's kind, so a scenario cannot pass by failing the same way twice


def two_pages(api: ScriptedAPI) -> None:
    first = [redemption_item("r_1", "2024-03-01T10:00:02.000Z"), rollback_item("rr_1", "r_0")]
    api.on("GET", "/v1/redemptions", ok(page(first)), ok(page([redemption_item("r_2", "2024-03-01T10:00:00.000Z")])))


def recovery(api: ScriptedAPI) -> None:
    api.on("POST", STACKED_PATH, httpx.ReadTimeout, already_rolled_back())
    serve_stacked_recovery(api)


SCENARIOS = [
    Scenario(
        "success rollback",
        lambda api: api.on("POST", STACKED_PATH, ok(example("rollbacks_success.json"), **{"X-Request-Id": "v-1"})),
        lambda c: c.rollback_stacked(PARENT_ID, reason="canceled"),
        RollbackResult,
    ),
    Scenario(
        "single rollback",
        lambda api: api.on("POST", "/v1/redemptions/r_1/rollback", ok(rollback_item("rr_1", "r_1"))),
        lambda c: c.rollback("r_1"),
        RollbackResult,
    ),
    Scenario(
        "already rolled back",
        lambda api: serve_stacked_recovery(api.on("POST", STACKED_PATH, already_rolled_back())),
        lambda c: c.rollback_stacked(PARENT_ID),
        APIError,
    ),
    Scenario("recovery", recovery, lambda c: c.rollback_stacked(PARENT_ID, marker=MARKER), RollbackResult),
    Scenario(
        "404",
        lambda api: api.on("GET", "/v1/redemptions/r_404", Reply(404, example("error_404_not_found.json"))),
        lambda c: c.get_redemption("r_404"),
        APIError,
    ),
    Scenario(
        "500 then success on GET",
        lambda api: api.on("GET", "/v1/redemptions/r_1", api_error(500), ok(redemption_item("r_1", "2024-01-01"))),
        lambda c: c.get_redemption("r_1"),
        Redemption,
    ),
    Scenario(
        "redeem 500",
        lambda api: api.on("POST", "/v1/redemptions", api_error(500)),
        lambda c: c.redeem(["CODE"]),
        APIError,
    ),
    Scenario(
        "redeem after connect error",
        lambda api: api.on(
            "POST", "/v1/redemptions", httpx.ConnectError, ok(example("redeem_stackable_response.json"))
        ),
        lambda c: c.redeem(["CODE"]),
        RedeemResult,
    ),
    Scenario(
        "429 beyond the longest wait",
        lambda api: api.on("GET", "/v1/redemptions/r_1", Reply(429, {"code": 429}, {"Retry-After": "120"})),
        lambda c: c.get_redemption("r_1"),
        RateLimitError,
    ),
    Scenario("list of 2 pages", two_pages, lambda c: c.redemptions(page_size=2), list),
    Scenario(
        "read timeout on every attempt",
        lambda api: api.on("GET", "/v1/redemptions/r_1", *[httpx.ReadTimeout] * 3),
        lambda c: c.get_redemption("r_1"),
        VoucherifyError,
    ),
]


def summary(value: Any) -> Any:
    """What a caller can observe of an outcome, as plain comparable data."""
    if isinstance(value, BaseException):
        fields = ("status_code", "key", "message", "details", "request_id", "resource_id", "resource_type", "body")
        return {
            "error": type(value).__name__,
            "str": str(value),
            **{name: getattr(value, name, None) for name in (*fields, "retry_after", "request_sent")},
        }
    if isinstance(value, RollbackResult):
        return {
            "parent": value.parent_rollback.id if value.parent_rollback else None,
            "rollbacks": [r.id for r in value.rollbacks],
            "ok": value.ok,
            "recovered": value.recovered,
            "request_id": value.request_id,
            "order": value.order.status if value.order else None,
        }
    if isinstance(value, RedeemResult):
        return {"parent": value.redemption_id, "redemptions": [r.id for r in value.redemptions]}
    if isinstance(value, Redemption | Rollback):
        return (type(value).__name__, value.id)
    if isinstance(value, list):
        return [summary(item) for item in value]
    raise AssertionError(f"unexpected outcome {value!r}")


def sync_outcome(scenario: Scenario) -> tuple[Any, Any]:
    api = ScriptedAPI()
    scenario.script(api)
    with api.client() as client:
        try:
            value = scenario.call(client)
            value = (
                list(value) if not isinstance(value, RollbackResult | RedeemResult | Redemption | Rollback) else value
            )
        except VoucherifyError as error:
            value = error
    return value, (api.trail(), api.sleeps, api.unanswered())


def async_outcome(scenario: Scenario) -> tuple[Any, Any]:
    api = ScriptedAPI()
    scenario.script(api)

    async def go() -> Any:
        async with api.async_client() as client:
            try:
                value = scenario.call(client)
                if inspect.isawaitable(value):
                    return await value
                return [item async for item in value]
            except VoucherifyError as error:
                return error

    value = run(go())
    return value, (api.trail(), api.sleeps, api.unanswered())


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_sync_and_async_clients_agree(scenario: Scenario) -> None:
    sync_value, sync_traffic = sync_outcome(scenario)
    async_value, async_traffic = async_outcome(scenario)
    assert scenario.expected is not None
    assert isinstance(sync_value, scenario.expected), sync_value
    assert type(sync_value) is type(async_value)
    assert summary(sync_value) == summary(async_value)
    assert sync_traffic == async_traffic


def test_recovery_scenario_returns_the_recovered_ids_on_both_clients() -> None:
    (scenario,) = [s for s in SCENARIOS if s.name == "recovery"]
    for value, _ in (sync_outcome(scenario), async_outcome(scenario)):
        assert summary(value)["recovered"] is True
        assert summary(value)["rollbacks"] == ["rr_c1", "rr_c2"]
        assert summary(value)["parent"] == "rr_parent"


def test_both_clients_offer_the_same_operations() -> None:
    from voucherify_rollbacks import AsyncVoucherify, Voucherify

    operations = ["rollback_stacked", "rollback", "redeem", "get_redemption", "find_rollback", "redemptions"]
    for name in operations:
        sync_signature = inspect.signature(getattr(Voucherify, name))
        async_signature = inspect.signature(getattr(AsyncVoucherify, name))
        assert list(sync_signature.parameters) == list(async_signature.parameters), name
    for name in operations[:5]:
        assert inspect.iscoroutinefunction(getattr(AsyncVoucherify, name)), name
