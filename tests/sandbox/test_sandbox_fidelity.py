"""Where the sandbox answers as the real API does: the loyalty reward on a rollback, JSON-only request bodies of the
documented shapes, and orders found by their source id (also through the SDK's CLI)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from voucherify_rollbacks.cli import main as rollbacks_cli
from voucherify_sandbox import Sandbox

from tests.support.sandbox_helpers import redeem_body, voucher

# A real Voucherify response, vendored with its provenance in tests/data/examples (rollbacks_success.json).
REAL_ROLLBACKS = Path(__file__).resolve().parents[1] / "data" / "examples" / "rollbacks_success.json"


def _paths(value: Any, prefix: str = "") -> set[str]:
    found = {prefix} if prefix else set()
    if isinstance(value, dict):
        for key, child in value.items():
            found |= _paths(child, f"{prefix}.{key}" if prefix else key)
    return found


def _real_loyalty_rollback() -> dict[str, Any]:
    rollbacks = json.loads(REAL_ROLLBACKS.read_text())["rollbacks"]
    return next(r for r in rollbacks if r["voucher"]["type"] == "LOYALTY_CARD")


def test_a_loyalty_card_rollback_carries_the_reward_like_the_real_api(api: httpx.Client) -> None:
    body = redeem_body(
        voucher("LOYALTY-1000", reward={"points": 300}), voucher("SAVE10"), customer={"source_id": "ann"}
    )
    redeemed = api.post("/v1/redemptions", json=body).json()
    card = next(r for r in redeemed["redemptions"] if r["voucher"]["type"] == "LOYALTY_CARD")
    undone = api.post(f"/v1/redemptions/{redeemed['parent_redemption']['id']}/rollbacks").json()
    rollback = next(r for r in undone["rollbacks"] if r["redemption"] == card["id"])
    real = _real_loyalty_rollback()
    assert len(_paths(real["reward"], "reward")) == 32
    # Every top-level field and the customer's shape as in the real payload; the real reward is a CAMPAIGN reward
    # (a voucher), the sandbox's pay-with-points reward a COIN one, so `voucher` is null and parameters differ.
    assert set(real["reward"]) <= set(rollback["reward"])
    assert set(rollback["reward"]["customer"]) == set(real["reward"]["customer"])
    assert rollback["reward"]["customer"]["source_id"] == "ann"
    assert rollback["reward"]["object"] == "reward" and rollback["reward"]["type"] == "COIN"
    assert rollback["reward"] == card["reward"] and rollback["loyalty_card"] == {"points": -300}
    assert "reward" not in next(r for r in undone["rollbacks"] if r["redemption"] != card["id"])


def test_a_reward_id_sent_on_redeem_is_the_reward_rolled_back(api: httpx.Client) -> None:
    body = redeem_body(voucher("LOYALTY-1000", reward={"id": "rew_coins", "points": 10}))
    made = api.post("/v1/redemptions", json=body).json()["redemptions"][0]
    rollback = api.post(f"/v1/redemptions/{made['id']}/rollback").json()
    assert (
        rollback["reward"]["id"] == "rew_coins" and rollback["reward"]["customer"]["source_id"] == "alice@example.com"
    )


@pytest.mark.parametrize(
    "content_type", ["text/plain", "application/x-www-form-urlencoded", "", "application/json; charset=latin-1"]
)
def test_a_body_that_is_not_declared_json_is_invalid_payload(api: httpx.Client, content_type: str) -> None:
    raw = json.dumps(redeem_body(voucher("SAVE10"))).encode()
    redeem = api.post("/v1/redemptions", content=raw, headers={"Content-Type": content_type})
    made = api.post("/v1/redemptions", json=redeem_body(voucher("SAVE10"))).json()["redemptions"][0]["id"]
    rollback = api.post(f"/v1/redemptions/{made}/rollback", content=b"{}", headers={"Content-Type": content_type})
    for response in (redeem, rollback):
        assert response.status_code == 400, response.text
        assert response.json()["key"] == "invalid_payload" and response.json()["code"] == 400
    assert api.get(f"/v1/redemptions/{made}").json()["status"] == "SUCCEEDED"


def test_json_with_a_utf8_charset_and_an_empty_rollback_body_are_accepted(api: httpx.Client) -> None:
    raw = json.dumps(redeem_body(voucher("SAVE10"))).encode()
    made = api.post("/v1/redemptions", content=raw, headers={"Content-Type": "application/json; charset=UTF-8"})
    assert made.status_code == 200, made.text
    undone = api.post(f"/v1/redemptions/{made.json()['redemptions'][0]['id']}/rollback")
    assert undone.status_code == 200, undone.text


@pytest.mark.parametrize(
    "body",
    [
        "null",
        "[]",
        '"text"',
        "42",
        '{"metadata": "x"}',
        '{"metadata": []}',
        '{"customer": "ann"}',
        '{"customer": {"metadata": 1}}',
        '{"order": []}',
        '{"order": {"id": 5}}',
        '{"reason": 1}',
    ],
)
def test_rollback_bodies_of_the_wrong_shape_are_refused(api: httpx.Client, body: str) -> None:
    made = api.post("/v1/redemptions", json=redeem_body(voucher("SAVE10"))).json()["redemptions"][0]["id"]
    response = api.post(f"/v1/redemptions/{made}/rollback", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 400, response.text
    error = response.json()
    # not an object at all: the body is invalid; an object with fields of the wrong type: the rollback params are
    expected = "invalid_rollback_params" if body.startswith("{") else "invalid_payload"
    assert error["key"] == expected and set(error) >= {
        "code",
        "key",
        "message",
        "details",
        "request_id",
    }
    assert api.get(f"/v1/redemptions/{made}").json()["status"] == "SUCCEEDED"


@pytest.mark.parametrize(
    "body",
    [
        "null",
        "[]",
        '"text"',
        "true",
        '{"redeemables": [{"object": "voucher", "id": "SAVE10"}], "metadata": "x"}',
        '{"redeemables": [{"object": "voucher", "id": "SAVE10"}], "customer": []}',
        '{"redeemables": [{"object": "voucher", "id": "SAVE10"}], "customer": {"address": "Main St"}}',
    ],
)
def test_redeem_bodies_of_the_wrong_shape_are_invalid_payload(api: httpx.Client, body: str) -> None:
    response = api.post("/v1/redemptions", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 400, response.text
    assert response.json()["key"] == "invalid_payload"


def test_an_order_is_found_by_its_source_id(api: httpx.Client) -> None:
    body = redeem_body(voucher("SAVE10"))
    body["order"]["source_id"] = "web-order-77"
    made = api.post("/v1/redemptions", json=body).json()
    by_source = api.get("/v1/orders/web-order-77")
    assert by_source.status_code == 200 and by_source.json()["id"] == made["order"]["id"]
    assert api.get("/v1/orders/web-order-78").status_code == 404


def test_the_cli_rolls_back_an_order_named_by_its_source_id(
    sb: Sandbox, api: httpx.Client, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    body = redeem_body(voucher("SAVE10"), voucher("GIFT-100", gift={"credits": 500}))
    body["order"]["source_id"] = "web-order-cli"
    parent = api.post("/v1/redemptions", json=body).json()["parent_redemption"]["id"]
    monkeypatch.setenv("VOUCHERIFY_BASE_URL", sb.base_url)
    monkeypatch.setenv("VOUCHERIFY_APP_ID", sb.app_id)
    monkeypatch.setenv("VOUCHERIFY_APP_TOKEN", sb.app_token)
    code = rollbacks_cli(["rollback-order", "web-order-cli", "--yes"])
    out = capsys.readouterr()
    assert code == 0, out
    assert api.get(f"/v1/redemptions/{parent}").json()["status"] == "ROLLED_BACK"
    assert sb.voucher("GIFT-100")["gift"]["balance"] == 10000
