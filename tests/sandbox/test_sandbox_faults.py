"""Injected faults: what a client sees, and that state changes exactly when the fault says it does."""

from __future__ import annotations

import time

import httpx
import pytest
from voucherify_sandbox import Sandbox

from tests.support.sandbox_helpers import redeem_body, voucher


def redeem_gift(api: httpx.Client) -> dict:
    response = api.post(
        "/v1/redemptions", json=redeem_body(voucher("GIFT-100", gift={"credits": 2000}), voucher("SAVE10"))
    )
    assert response.status_code == 200, response.text
    return response.json()


def test_drop_after_commit_applies_the_rollback_once_and_sends_nothing(sb: Sandbox, api: httpx.Client) -> None:
    parent_id = redeem_gift(api)["parent_redemption"]["id"]
    sb.inject_fault("rollback-stacked-redemptions", "drop-after-commit")
    with pytest.raises(httpx.TransportError):
        api.post(f"/v1/redemptions/{parent_id}/rollbacks", json={})
    assert sb.voucher("GIFT-100")["gift"]["balance"] == 10000  # committed
    retry = api.post(f"/v1/redemptions/{parent_id}/rollbacks", json={})  # what a retrying client would do
    assert retry.status_code == 400 and retry.json()["key"] == "already_rolled_back"
    assert sb.voucher("GIFT-100")["gift"]["balance"] == 10000 and sb.count_rollbacks(parent_id) == 1


def test_drop_after_commit_on_redeem_applies_it_once(sb: Sandbox, api: httpx.Client) -> None:
    sb.inject_fault("redeem-stacked-discounts", "drop-after-commit")
    with pytest.raises(httpx.TransportError):
        api.post("/v1/redemptions", json=redeem_body(voucher("GIFT-100", gift={"credits": 2000})))
    assert sb.voucher("GIFT-100")["gift"]["balance"] == 8000
    assert api.get("/v1/redemptions").json()["total"] == 1


def test_reset_before_applies_nothing(sb: Sandbox, api: httpx.Client) -> None:
    parent_id = redeem_gift(api)["parent_redemption"]["id"]
    sb.inject_fault("rollback-stacked-redemptions", "reset-before")
    with pytest.raises(httpx.TransportError):
        api.post(f"/v1/redemptions/{parent_id}/rollbacks", json={})
    assert sb.voucher("GIFT-100")["gift"]["balance"] == 8000 and sb.count_rollbacks(parent_id) == 0
    assert api.post(f"/v1/redemptions/{parent_id}/rollbacks", json={}).status_code == 200


@pytest.mark.parametrize(
    "fault, status, key",
    [("429", 429, "too_many_requests"), ("500", 500, "internal_error"), ("503", 503, "service_unavailable")],
)
def test_status_faults_answer_an_error_and_apply_nothing(
    sb: Sandbox, api: httpx.Client, fault: str, status: int, key: str
) -> None:
    parent_id = redeem_gift(api)["parent_redemption"]["id"]
    sb.inject_fault("rollback-stacked-redemptions", fault)
    response = api.post(f"/v1/redemptions/{parent_id}/rollbacks", json={})
    assert response.status_code == status
    body = response.json()
    assert body["code"] == status and body["key"] == key and body["request_id"] == response.headers["X-Request-Id"]
    if fault == "429":
        assert (
            response.headers["Retry-After"] == "1"
            and body["message"]
            and int(response.headers["X-Rate-Limit-Retry"]) > 0
        )
    assert sb.voucher("GIFT-100")["gift"]["balance"] == 8000
    assert api.post(f"/v1/redemptions/{parent_id}/rollbacks", json={}).status_code == 200  # the fault was used up


def test_502_is_an_html_proxy_page(sb: Sandbox, api: httpx.Client) -> None:
    sb.inject_fault("get-redemption", "502")
    response = api.get("/v1/redemptions/r_anything")
    assert response.status_code == 502 and response.headers["Content-Type"] == "text/html"
    assert b"<h1>502 Bad Gateway</h1>" in response.content
    assert api.get("/v1/redemptions/r_anything").status_code == 404


def test_delay_then_normal_processing(sb: Sandbox, api: httpx.Client) -> None:
    sb.inject_fault("list-redemptions", "delay:0.3")
    started = time.monotonic()
    response = api.get("/v1/redemptions")
    assert response.status_code == 200 and time.monotonic() - started >= 0.3


def test_times_and_pending(sb: Sandbox, api: httpx.Client) -> None:
    sb.inject_fault("list-redemptions", "503", times=2)
    sb.inject_fault("get-redemption", "delay:0")
    assert sb.faults_pending() == {"list-redemptions": ["503", "503"], "get-redemption": ["delay:0"]}
    assert [api.get("/v1/redemptions").status_code for _ in range(3)] == [503, 503, 200]
    assert sb.faults_pending() == {"get-redemption": ["delay:0"]}
    sb.clear_faults()
    assert sb.faults_pending() == {}


def test_unauthorized_requests_do_not_consume_faults(sb: Sandbox) -> None:
    sb.inject_fault("list-redemptions", "500")
    assert httpx.get(f"{sb.base_url}/v1/redemptions").status_code == 401
    assert sb.faults_pending() == {"list-redemptions": ["500"]}


@pytest.mark.parametrize(
    "operation, fault",
    [("nope", "500"), ("get-redemption", "418"), ("get-redemption", "delay:abc"), ("get-redemption", "delay:-1")],
)
def test_bad_fault_arguments_raise_value_error(sb: Sandbox, operation: str, fault: str) -> None:
    with pytest.raises(ValueError):
        sb.inject_fault(operation, fault)


def test_inject_fault_needs_faults_enabled(make_sandbox) -> None:
    sandbox = make_sandbox()
    with pytest.raises(RuntimeError, match="faults"):
        sandbox.inject_fault("get-redemption", "500")
    assert sandbox.faults_pending() == {}


def test_slow_commit_claims_at_once_and_commits_later_even_after_the_client_left(
    sb: Sandbox, api: httpx.Client
) -> None:
    parent_id = redeem_gift(api)["parent_redemption"]["id"]
    sb.inject_fault("rollback-stacked-redemptions", "slow-commit:1.5")
    started = time.monotonic()
    impatient = httpx.Client(base_url=sb.base_url, headers=api.headers, timeout=0.3)
    with impatient, pytest.raises(httpx.ReadTimeout):  # the client gives up (or is killed) while the server works
        impatient.post(f"/v1/redemptions/{parent_id}/rollbacks", json={"metadata": {"run": "slow"}})
    assert api.get(f"/v1/redemptions/{parent_id}").json()["status"] != "ROLLED_BACK"  # not committed yet
    busy = api.post(f"/v1/redemptions/{parent_id}/rollbacks", json={})
    assert busy.status_code == 400 and busy.json()["key"] == "multiple_requests"
    while sb.count_rollbacks(parent_id) == 0:
        assert time.monotonic() - started < 5
        time.sleep(0.05)
    assert time.monotonic() - started >= 1.4
    parent = api.get(f"/v1/redemptions/{parent_id}").json()
    rollback = api.get(f"/v1/redemptions/{parent['related_redemptions']['rollbacks'][-1]['id']}").json()
    assert parent["status"] == "ROLLED_BACK" and rollback["metadata"] == {"run": "slow"}
    assert sb.count_rollbacks(parent_id) == 1


def test_slow_commit_checks_its_seconds() -> None:
    from voucherify_sandbox.faults import check_fault

    assert check_fault("slow-commit:2") == "slow-commit:2"
    for bad in ("slow-commit:", "slow-commit:-1", "slow-commit:61"):
        with pytest.raises(ValueError):
            check_fault(bad)
