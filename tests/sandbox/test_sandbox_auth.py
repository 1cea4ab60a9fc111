"""Authentication: the X-App-Id/X-App-Token pair or a bearer token; anything else is 401 in Voucherify's shape."""

from __future__ import annotations

import httpx
import pytest
from voucherify_sandbox import Sandbox


def test_app_keys_are_accepted(sb: Sandbox) -> None:
    response = httpx.get(f"{sb.base_url}/v1/redemptions", headers={"X-App-Id": sb.app_id, "X-App-Token": sb.app_token})
    assert response.status_code == 200
    assert response.json()["object"] == "list"


def test_bearer_token_is_accepted(sb: Sandbox) -> None:
    response = httpx.get(f"{sb.base_url}/v1/redemptions", headers={"Authorization": f"Bearer {sb.bearer_token}"})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"X-App-Id": "nope", "X-App-Token": "nope"},
        {"X-App-Id": "APP", "X-App-Token": "wrong"},  # APP is replaced by the real app id below
        {"X-App-Id": "APP"},
        {"Authorization": "Bearer wrong"},
        {"Authorization": "Basic Zm9vOmJhcg=="},
        {"X-App-Id": "APP", "X-App-Token": "tökén".encode()},  # non-ASCII must not crash compare_digest
    ],
    ids=["missing", "both-wrong", "bad-token", "token-missing", "bad-bearer", "basic", "non-ascii"],
)
def test_bad_or_missing_credentials_get_401_error_body(sb: Sandbox, headers: dict) -> None:
    headers = {k: (sb.app_id if v == "APP" else v) for k, v in headers.items()}  # type: ignore[misc]
    response = httpx.post(
        f"{sb.base_url}/v1/redemptions", headers=headers, json={"redeemables": [{"object": "voucher", "id": "SAVE10"}]}
    )
    assert response.status_code == 401
    body = response.json()
    assert body["code"] == 401 and body["key"] == "unauthorized" and body["message"] == "Unauthorized"
    assert body["details"]
    assert body["request_id"].startswith("v-") and response.headers["X-Request-Id"] == body["request_id"]
    assert response.headers["Content-Type"] == "application/json"
    assert sb.voucher("SAVE10")["redemption"]["redeemed_quantity"] == 0


def test_credentials_are_random_per_sandbox_unless_given() -> None:
    first, second = Sandbox(), Sandbox()
    assert first.app_token != second.app_token and first.bearer_token != second.bearer_token
    fixed = Sandbox(app_id="my-app", app_token="my-token", bearer_token="my-bearer")
    assert (fixed.app_id, fixed.app_token, fixed.bearer_token) == ("my-app", "my-token", "my-bearer")


def test_responses_carry_rate_limit_and_request_id_headers(api: httpx.Client) -> None:
    responses = [api.get("/v1/redemptions") for _ in range(3)]
    remaining = [int(r.headers["X-Rate-Limit-Remaining"]) for r in responses]
    assert all(r.headers["X-Rate-Limit-Limit"] == "2000" for r in responses)
    assert remaining[1] < remaining[0] or remaining[2] < remaining[1]  # one pair may straddle a minute boundary
    request_ids = {r.headers["X-Request-Id"] for r in responses}
    assert len(request_ids) == 3 and all(i.startswith("v-") for i in request_ids)
