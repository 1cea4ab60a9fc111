"""Rollbacks: effects of undoing a stack, single rollbacks on both endpoints, and every refusal."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from voucherify_sandbox import Sandbox

from tests.support.sandbox_helpers import auth_headers, redeem_body, tier, voucher


def redeem_stack(api: httpx.Client) -> dict[str, Any]:
    body = redeem_body(
        voucher("GIFT-100", gift={"credits": 3000}),
        voucher("LOYALTY-1000", reward={"id": "rew_1", "points": 400}),
        voucher("ONCE-5"),
        tier("promo_WELCOME5"),
    )
    response = api.post("/v1/redemptions", json=body)
    assert response.status_code == 200, response.text
    return response.json()


def redeem_single(api: httpx.Client, code: str = "SAVE10") -> dict[str, Any]:
    response = api.post("/v1/redemptions", json=redeem_body(voucher(code)))
    assert response.status_code == 200, response.text
    return response.json()["redemptions"][0]


def test_stack_rollback_restores_everything_once_and_cancels_the_order(sb: Sandbox, api: httpx.Client) -> None:
    redeemed = redeem_stack(api)
    parent_id = redeemed["parent_redemption"]["id"]
    children = [r["id"] for r in redeemed["redemptions"]]
    response = api.post(f"/v1/redemptions/{parent_id}/rollbacks", params={"reason": "customer returned goods"}, json={})
    assert response.status_code == 200, response.text
    body = response.json()

    assert sb.voucher("GIFT-100")["gift"]["balance"] == 10000
    assert sb.voucher("LOYALTY-1000")["loyalty_card"]["balance"] == 1000
    assert sb.voucher("ONCE-5")["redemption"]["redeemed_quantity"] == 0
    assert sb.voucher("GIFT-100")["redemption"]["redeemed_quantity"] == 0
    assert sb.promotion_tier("promo_WELCOME5")["summary"]["redemptions"]["total_redeemed"] == 0

    rollbacks, parent = body["rollbacks"], body["parent_rollback"]
    assert [r["redemption"] for r in rollbacks] == children
    assert all(r["id"].startswith("rr_") and r["object"] == "redemption_rollback" for r in [*rollbacks, parent])
    assert all(
        (r["result"], r["status"], r["reason"]) == ("SUCCESS", "SUCCEEDED", "customer returned goods")
        for r in [*rollbacks, parent]
    )
    gift, loyalty, once, promo = rollbacks
    assert gift["amount"] == -3000 and gift["gift"] == {"amount": -3000}
    assert loyalty["amount"] == -400 and loyalty["loyalty_card"] == {"points": -400}
    assert "amount" not in once and once["voucher"]["redemption"]["redeemed_quantity"] == 0
    assert gift["voucher"]["gift"]["balance"] == 10000
    assert promo["related_object_type"] == "promotion_tier"
    assert parent["redemption"] == parent_id and parent["related_object_type"] == "redemption"

    order = body["order"]
    assert order["status"] == "CANCELED" and order["total_amount"] == order["amount"]
    entry = order["redemptions"][parent_id]
    assert entry["rollback_id"] == parent["id"] and entry["rollback_date"] == parent["date"]
    assert entry["stacked"] == children and entry["rollback_stacked"] == [r["id"] for r in rollbacks]

    for redemption_id in [*children, parent_id]:
        stored = api.get(f"/v1/redemptions/{redemption_id}").json()
        assert stored["status"] == "ROLLED_BACK"
        assert len(stored["related_redemptions"]["rollbacks"]) == 1
        assert sb.count_rollbacks(redemption_id) == 1


def test_rollback_metadata_is_stored_and_body_reason_wins_over_query(api: httpx.Client) -> None:
    redemption = redeem_single(api)
    response = api.post(
        f"/v1/redemptions/{redemption['id']}/rollback",
        params={"reason": "from query", "tracking_id": "track_query"},
        json={"reason": "from body", "metadata": {"ticket": "T-1"}},
    )
    assert response.status_code == 200, response.text
    rollback = response.json()
    assert rollback["reason"] == "from body" and rollback["tracking_id"] == "track_query"
    assert rollback["metadata"] == {"ticket": "T-1"}
    assert api.get(f"/v1/redemptions/{rollback['id']}").json()["metadata"] == {"ticket": "T-1"}


def test_single_redemption_rolls_back_on_the_single_endpoint(sb: Sandbox, api: httpx.Client) -> None:
    redemption = redeem_single(api, "ONCE-5")
    response = api.post(f"/v1/redemptions/{redemption['id']}/rollback")  # no body at all, like the SDK without one
    assert response.status_code == 200, response.text
    rollback = response.json()
    assert rollback["object"] == "redemption_rollback" and rollback["redemption"] == redemption["id"]
    assert rollback["order"]["status"] == "CANCELED"
    assert sb.voucher("ONCE-5")["redemption"]["redeemed_quantity"] == 0
    assert api.post("/v1/redemptions", json=redeem_body(voucher("ONCE-5"))).status_code == 200  # usable again


def test_single_redemption_rolls_back_on_the_stacked_endpoint_without_parent_rollback(api: httpx.Client) -> None:
    redemption = redeem_single(api)
    body = api.post(f"/v1/redemptions/{redemption['id']}/rollbacks", json={}).json()
    assert [r["redemption"] for r in body["rollbacks"]] == [redemption["id"]]
    assert "parent_rollback" not in body
    entry = body["order"]["redemptions"][redemption["id"]]
    assert entry["rollback_id"] == body["rollbacks"][0]["id"] and body["order"]["status"] == "CANCELED"


def test_second_rollback_raises_already_rolled_back_with_stored_failed_rollback(sb: Sandbox, api: httpx.Client) -> None:
    parent_id = redeem_stack(api)["parent_redemption"]["id"]
    assert api.post(f"/v1/redemptions/{parent_id}/rollbacks", json={}).status_code == 200
    again = api.post(f"/v1/redemptions/{parent_id}/rollbacks", json={})
    assert again.status_code == 400
    error = again.json()
    assert error["key"] == "already_rolled_back" and error["resource_type"] == "redemption_rollback"
    assert error["resource_id"].startswith("rrf_")
    failed = api.get(f"/v1/redemptions/{error['resource_id']}").json()
    assert failed["object"] == "redemption_rollback" and failed["redemption"] == parent_id
    assert (failed["result"], failed["status"], failed["failure_code"]) == ("FAILURE", "FAILED", "already_rolled_back")
    assert sb.voucher("GIFT-100")["gift"]["balance"] == 10000  # restored once, not twice
    assert sb.count_rollbacks(parent_id) == 1


def test_child_redemption_cannot_be_rolled_back(api: httpx.Client) -> None:
    child_id = redeem_stack(api)["redemptions"][0]["id"]
    for endpoint in ("rollbacks", "rollback"):
        response = api.post(f"/v1/redemptions/{child_id}/{endpoint}", json={})
        assert response.status_code == 400 and response.json()["key"] == "invalid_redemption_parent"


def test_single_endpoint_refuses_a_stacked_parent(sb: Sandbox, api: httpx.Client) -> None:
    parent_id = redeem_stack(api)["parent_redemption"]["id"]
    response = api.post(f"/v1/redemptions/{parent_id}/rollback", json={})
    assert response.status_code == 400 and response.json()["key"] == "invalid_redemption"
    assert sb.voucher("GIFT-100")["gift"]["balance"] == 7000


def test_failed_redemption_cannot_be_rolled_back(api: httpx.Client) -> None:
    assert api.post("/v1/redemptions", json=redeem_body(voucher("EXPIRED-10"))).status_code == 400
    failed_id = api.get("/v1/redemptions").json()["redemptions"][0]["id"]
    assert failed_id.startswith("rf_")
    response = api.post(f"/v1/redemptions/{failed_id}/rollbacks", json={})
    assert response.status_code == 400 and response.json()["key"] == "invalid_redemption"


@pytest.mark.parametrize("endpoint", ["rollbacks", "rollback"])
def test_unknown_redemption_is_404_not_found(api: httpx.Client, endpoint: str) -> None:
    response = api.post(f"/v1/redemptions/r_doesnotexist0000000000/{endpoint}", json={})
    assert response.status_code == 404
    error = response.json()
    assert (error["key"], error["resource_type"], error["resource_id"]) == (
        "not_found",
        "redemption",
        "r_doesnotexist0000000000",
    )


def test_rollback_of_a_rollback_id_is_404(api: httpx.Client) -> None:
    redemption = redeem_single(api)
    rollback_id = api.post(f"/v1/redemptions/{redemption['id']}/rollback").json()["id"]
    assert api.post(f"/v1/redemptions/{rollback_id}/rollbacks").status_code == 404


@pytest.mark.parametrize(
    "body, key",
    [
        ({"customer": {"source_id": "mallory@example.com"}}, "invalid_customer"),
        ({"order": {"source_id": "someone-elses-order"}}, "invalid_order"),
        ({"reason": 42}, "invalid_rollback_params"),
        ({"order": {"id": 7}}, "invalid_rollback_params"),
        ([1, 2], "invalid_payload"),
    ],
)
def test_rollback_body_problems_are_refused_and_nothing_changes(
    sb: Sandbox, api: httpx.Client, body: Any, key: str
) -> None:
    redemption = redeem_single(api, "ONCE-5")
    response = api.post(f"/v1/redemptions/{redemption['id']}/rollback", json=body)
    assert response.status_code == 400 and response.json()["key"] == key
    assert sb.voucher("ONCE-5")["redemption"]["redeemed_quantity"] == 1


@pytest.mark.parametrize("metadata", [None, {"note": "ok", "nested": {"n": 1}}])
def test_rollback_metadata_is_an_object_or_null(api: httpx.Client, metadata: Any) -> None:
    redemption = redeem_single(api)
    response = api.post(f"/v1/redemptions/{redemption['id']}/rollback", json={"metadata": metadata})
    assert response.status_code == 200, response.text
    assert response.json()["metadata"] == metadata
    assert api.get(f"/v1/redemptions/{response.json()['id']}").json()["metadata"] == metadata


@pytest.mark.parametrize("metadata", [0, "x", [1], True])
def test_rollback_metadata_of_another_type_is_refused_as_the_real_api_does(api: httpx.Client, metadata: Any) -> None:
    # openapi.yaml's overlay leaves Metadata untyped (free-form for the generated models); Voucherify's own spec
    # types the rollback body's metadata as an object (facts §2.1), and so does the real API.
    redemption = redeem_single(api)
    response = api.post(f"/v1/redemptions/{redemption['id']}/rollback", json={"metadata": metadata})
    assert response.status_code == 400 and response.json()["key"] == "invalid_rollback_params", response.text
    assert api.get(f"/v1/redemptions/{redemption['id']}").json()["status"] == "SUCCEEDED"


def test_matching_customer_and_order_in_body_are_accepted(api: httpx.Client) -> None:
    redemption = redeem_single(api)
    body = {"customer": {"source_id": "alice@example.com"}, "order": {"source_id": "order-1"}}
    assert api.post(f"/v1/redemptions/{redemption['id']}/rollback", json=body).status_code == 200


def test_rollback_older_than_three_months_is_refused(make_sandbox) -> None:
    moment = [datetime(2026, 1, 15, 12, 0, tzinfo=UTC)]
    sandbox = make_sandbox(clock=lambda: moment[0])
    with httpx.Client(base_url=sandbox.base_url, headers=auth_headers(sandbox)) as api:
        old = redeem_single(api, "SAVE10")
        recent = redeem_single(api, "PERCENT20")
        sandbox.advance_time(days=90)  # 15 Apr 12:00: exactly 3 calendar months, still allowed
        assert api.post(f"/v1/redemptions/{recent['id']}/rollback").status_code == 200
        sandbox.advance_time(seconds=1)
        response = api.post(f"/v1/redemptions/{old['id']}/rollbacks", json={})
    assert response.status_code == 400 and response.json()["key"] == "rollback_time_limit_exceeded"
    assert sandbox.voucher("SAVE10")["redemption"]["redeemed_quantity"] == 1
    assert sandbox.now() > moment[0]


def test_rollback_works_with_bearer_auth(sb: Sandbox) -> None:
    with httpx.Client(base_url=sb.base_url, headers={"Authorization": f"Bearer {sb.bearer_token}"}) as api:
        redemption = redeem_single(api)
        assert api.post(f"/v1/redemptions/{redemption['id']}/rollbacks").status_code == 200
