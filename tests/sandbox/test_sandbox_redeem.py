"""POST /v1/redemptions: discount math, response shapes, the ALL policy and every failure key."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from voucherify_sandbox import Sandbox

from tests.support.sandbox_helpers import redeem_body, tier, voucher


def redeem(api: httpx.Client, *redeemables: dict[str, Any], **kwargs: Any) -> httpx.Response:
    return api.post("/v1/redemptions", json=redeem_body(*redeemables, **kwargs))


@pytest.mark.parametrize(
    "redeemable, amount, expected_discount",
    [
        (voucher("SAVE10"), 20000, 1000),  # AMOUNT 1000
        (voucher("SAVE10"), 600, 600),  # AMOUNT never takes the order below 0
        (voucher("PERCENT20"), 20000, 4000),  # PERCENT 20
        (voucher("PERCENT20"), 90000, 5000),  # PERCENT capped by amount_limit 5000
        (voucher("FIXED50"), 20000, 15000),  # FIXED: the order costs 5000
        (voucher("FIXED50"), 3000, 0),  # FIXED above the amount takes nothing
        (voucher("GIFT-100", gift={"credits": 2500}), 20000, 2500),
        (voucher("GIFT-100"), 4000, 4000),  # no credits: as much of the balance as the order needs
        (voucher("LOYALTY-1000", reward={"id": "rew_pay", "points": 300}), 20000, 300),  # 1 point = 1 minor unit
        (tier("promo_WELCOME5"), 20000, 1000),
    ],
    ids=[
        "amount",
        "amount-capped",
        "percent",
        "percent-limit",
        "fixed",
        "fixed-below",
        "gift",
        "gift-all",
        "loyalty",
        "tier",
    ],
)
def test_single_redeemable_discount_and_totals(
    api: httpx.Client, redeemable: dict, amount: int, expected_discount: int
) -> None:
    response = redeem(api, redeemable, amount=amount)
    assert response.status_code == 200, response.text
    body = response.json()
    assert "parent_redemption" not in body
    [redemption] = body["redemptions"]
    assert redemption["redemption"] is None
    assert redemption["id"].startswith("r_") and len(redemption["id"]) >= 22
    assert (redemption["result"], redemption["status"], redemption["object"]) == ("SUCCESS", "SUCCEEDED", "redemption")
    order = body["order"]
    assert order["status"] == "PAID" and order["id"].startswith("ord_") and order["source_id"] == "order-1"
    assert order["amount"] == amount
    assert order["discount_amount"] == order["total_discount_amount"] == expected_discount
    assert order["total_amount"] == amount - expected_discount
    assert redemption["order"]["applied_discount_amount"] == expected_discount
    assert redemption["channel"] == {"channel_id": api.headers["X-App-Id"], "channel_type": "API"}
    assert order["redemptions"][redemption["id"]]["related_object_id"] == redemption["related_object_id"]


def test_unit_discount_takes_the_matching_item_price(api: httpx.Client) -> None:
    order = {
        "items": [
            {"product_id": "prod_shipping", "quantity": 1, "price": 990},
            {"product_id": "prod_tee", "quantity": 2, "price": 2500},
        ]
    }
    response = api.post("/v1/redemptions", json={"redeemables": [voucher("FREESHIP")], "order": order})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["order"]["amount"] == 5990  # derived from the items
    assert body["order"]["total_discount_amount"] == 990
    assert body["redemptions"][0]["voucher"]["discount"]["effect"] == "ADD_MISSING_ITEMS"


def test_stacked_redeem_applies_discounts_in_order_on_the_remaining_amount(sb: Sandbox, api: httpx.Client) -> None:
    response = redeem(
        api, voucher("GIFT-100", gift={"credits": 3000}), voucher("PERCENT20"), tier("promo_SPEND100"), amount=20000
    )
    assert response.status_code == 200, response.text
    body = response.json()
    gift, percent, promo = body["redemptions"]
    parent = body["parent_redemption"]
    # 20000 - 3000 gift = 17000; 20% of 17000 = 3400; then 500 off
    assert [r["order"]["applied_discount_amount"] for r in body["redemptions"]] == [3000, 3400, 500]
    assert [r["order"]["discount_amount"] for r in body["redemptions"]] == [3000, 6400, 6900]
    assert body["order"]["total_discount_amount"] == 6900 and body["order"]["total_amount"] == 13100
    assert parent["related_object_type"] == "redemption" and parent["object"] == "redemption"
    assert parent["related_object_id"] == parent["id"] and parent["redemption"] is None
    assert all(child["redemption"] == parent["id"] for child in body["redemptions"])
    entry = body["order"]["redemptions"][parent["id"]]
    assert entry == {
        "date": parent["date"],
        "related_object_type": "redemption",
        "related_object_id": parent["id"],
        "stacked": [gift["id"], percent["id"], promo["id"]],
    }
    assert gift["amount"] == 3000 and gift["gift"] == {"amount": 3000}
    assert gift["voucher"]["gift"]["balance"] == 7000 and gift["voucher"]["redemption"]["redeemed_quantity"] == 1
    assert promo["promotion_tier"]["id"] == "promo_SPEND100" and promo["related_object_type"] == "promotion_tier"
    assert sb.voucher("GIFT-100")["gift"]["balance"] == 7000
    assert sb.voucher("PERCENT20")["redemption"]["redeemed_quantity"] == 1
    assert sb.promotion_tier("promo_SPEND100")["summary"]["redemptions"]["total_redeemed"] == 1
    assert sb.redemption(parent["id"])["related_redemptions"]["redemptions"][0]["id"] == gift["id"]


def test_loyalty_points_are_deducted_and_reported(sb: Sandbox, api: httpx.Client) -> None:
    body = redeem(api, voucher("LOYALTY-1000", reward={"id": "rew_1", "points": 250})).json()
    assert body["redemptions"][0]["loyalty_card"] == {"points": 250}
    assert sb.voucher("LOYALTY-1000")["loyalty_card"]["balance"] == 750


def test_total_amount_never_goes_below_zero(api: httpx.Client) -> None:
    body = redeem(api, voucher("GIFT-100", gift={"credits": 800}), voucher("SAVE10"), amount=1000).json()
    assert body["order"]["total_amount"] == 0
    assert body["order"]["total_discount_amount"] == 1000
    assert body["redemptions"][1]["order"]["applied_discount_amount"] == 200


FAILURES = [
    ([voucher("NO-SUCH-CODE")], "resource_not_found"),
    ([tier("promo_nope")], "resource_not_found"),
    ([voucher("EXPIRED-10")], "voucher_expired"),
    ([voucher("FUTURE-10")], "voucher_not_active"),
    ([voucher("DISABLED-10")], "voucher_disabled"),
    ([voucher("GIFT-100", gift={"credits": 10001})], "gift_amount_exceeded"),
    ([voucher("LOYALTY-1000", reward={"id": "rew_1", "points": 1001})], "loyalty_card_points_exceeded"),
    ([voucher("LOYALTY-1000")], "missing_reward"),
]


@pytest.mark.parametrize("bad, key", FAILURES, ids=[k + "-" + b[0]["id"] for b, k in FAILURES])
def test_one_invalid_redeemable_fails_all_and_applies_nothing(
    sb: Sandbox, api: httpx.Client, bad: list, key: str
) -> None:
    before = {code: sb.voucher(code) for code in ("GIFT-50", "SAVE10", "GIFT-100", "LOYALTY-1000")}
    response = redeem(api, voucher("GIFT-50", gift={"credits": 1000}), voucher("SAVE10"), *bad)
    status = 404 if key == "resource_not_found" else 400  # a missing resource is a 404, as in Voucherify
    assert response.status_code == status, response.text
    error = response.json()
    assert error["key"] == key and error["code"] == status and error["resource_id"] == bad[0]["id"]
    assert {code: sb.voucher(code) for code in before} == before  # ALL policy: nothing applied
    listed = api.get("/v1/redemptions", params={"result": "FAILURE"}).json()
    assert listed["total"] == 1
    failed = listed["redemptions"][0]
    assert failed["id"].startswith("rf_") and failed["failure_code"] == key
    assert (failed["result"], failed["status"]) == ("FAILURE", "FAILED")
    assert failed["id"] in error["details"]
    assert api.get(f"/v1/redemptions/{failed['id']}").json()["failure_code"] == key


def test_quantity_exceeded_after_the_only_use(sb: Sandbox, api: httpx.Client) -> None:
    assert redeem(api, voucher("ONCE-5")).status_code == 200
    second = redeem(api, voucher("ONCE-5"))
    assert second.status_code == 400 and second.json()["key"] == "quantity_exceeded"
    assert sb.voucher("ONCE-5")["redemption"] == {
        **sb.voucher("ONCE-5")["redemption"],
        "quantity": 1,
        "redeemed_quantity": 1,
    }


@pytest.mark.parametrize(
    "order, key",
    [
        (None, "missing_order"),
        ({"source_id": "o"}, "missing_amount"),
        ({"amount": "12"}, "invalid_amount"),
        ({"amount": -1}, "invalid_amount"),
        ("an order", "invalid_order"),
        ({"amount": 5, "items": "x"}, "invalid_order"),
    ],
    ids=["no-order", "no-amount", "string-amount", "negative-amount", "string-order", "bad-items"],
)
def test_order_problems_fail_the_redemption(sb: Sandbox, api: httpx.Client, order: Any, key: str) -> None:
    body = {"redeemables": [voucher("SAVE10")], "order": order}
    response = api.post("/v1/redemptions", json=body)
    assert response.status_code == 400 and response.json()["key"] == key
    assert sb.voucher("SAVE10")["redemption"]["redeemed_quantity"] == 0


@pytest.mark.parametrize(
    "body, key",
    [
        ({"redeemables": [voucher("SAVE10"), voucher("SAVE10")]}, "duplicated_redeemables"),
        ({"redeemables": [{"object": "promotion_stack", "id": "stack_1"}, voucher("SAVE10")]}, "invalid_redeemables"),
        ({"redeemables": [voucher(f"C{i}") for i in range(31)]}, "invalid_payload"),
        ({"redeemables": []}, "invalid_payload"),
        ({"redeemables": [{"object": "voucher"}]}, "invalid_payload"),
        ({"redeemables": [{"object": "coupon", "id": "SAVE10"}]}, "invalid_payload"),
        ({"redeemables": [voucher("GIFT-100", gift={"credits": "lots"})]}, "invalid_payload"),
        ({}, "invalid_payload"),
    ],
    ids=["duplicated", "stack-not-alone", "31-items", "empty", "no-id", "bad-object", "bad-credits", "no-redeemables"],
)
def test_malformed_requests_are_refused_before_validation(api: httpx.Client, body: dict, key: str) -> None:
    body.setdefault("order", {"amount": 1000})
    response = api.post("/v1/redemptions", json=body)
    assert response.status_code == 400 and response.json()["key"] == key
    assert api.get("/v1/redemptions").json()["total"] == 0  # no rf_ record for a malformed request


def test_promotion_stack_alone_is_unknown_in_the_sandbox(api: httpx.Client) -> None:
    response = api.post("/v1/redemptions", json=redeem_body({"object": "promotion_stack", "id": "stack_1"}))
    assert response.status_code == 404 and response.json()["key"] == "resource_not_found"


def test_thirty_redeemables_is_the_maximum(make_sandbox) -> None:
    codes = [{"code": f"C{i:02d}", "discount": {"type": "AMOUNT", "amount_off": 10}} for i in range(30)]
    sandbox = make_sandbox(vouchers=codes)
    with httpx.Client(
        base_url=sandbox.base_url, headers={"X-App-Id": sandbox.app_id, "X-App-Token": sandbox.app_token}
    ) as client:
        response = client.post("/v1/redemptions", json=redeem_body(*[voucher(c["code"]) for c in codes]))
    assert response.status_code == 200, response.text
    assert len(response.json()["redemptions"]) == 30 and response.json()["order"]["total_discount_amount"] == 300


def test_voucher_can_be_referenced_by_its_id(sb: Sandbox, api: httpx.Client) -> None:
    voucher_id = sb.voucher("SAVE10")["id"]
    body = redeem(api, voucher(voucher_id)).json()
    assert body["redemptions"][0]["voucher"]["code"] == "SAVE10"


def test_customer_tracking_and_metadata_are_recorded(api: httpx.Client) -> None:
    body = redeem(api, voucher("SAVE10"), metadata={"channel": "pos"}).json()
    redemption = body["redemptions"][0]
    assert redemption["customer"]["source_id"] == "alice@example.com" and redemption["customer_id"].startswith("cust_")
    assert redemption["tracking_id"].startswith("track_") and redemption["metadata"] == {"channel": "pos"}
    assert body["order"]["customer_id"] == redemption["customer_id"]
