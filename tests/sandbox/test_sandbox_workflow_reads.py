"""GET /v1/vouchers/{code} and GET /v1/orders/{orderId} in Voucherify's shapes (checked against spec/upstream by
the session recorder, conftest.py), failed redemptions valid against the published Redemption schema, and the
catalog the CLI prints."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from voucherify_sandbox import Sandbox, default_catalog

from tests.sandbox.test_sandbox_cli import start_cli
from tests.support import upstream_schemas
from tests.support.sandbox_helpers import redeem_body, tier, voucher


def test_a_voucher_reads_the_same_by_code_and_by_id_and_tracks_balance_and_quantity(
    sb: Sandbox, api: httpx.Client
) -> None:
    by_code = api.get("/v1/vouchers/GIFT-100").json()
    assert api.get(f"/v1/vouchers/{by_code['id']}").json() == by_code
    assert by_code["gift"]["balance"] == 10000 and by_code["redemption"]["redeemed_quantity"] == 0
    made = api.post("/v1/redemptions", json=redeem_body(voucher(by_code["id"], gift={"credits": 2500}))).json()
    after = api.get("/v1/vouchers/GIFT-100").json()
    assert after["gift"]["balance"] == 7500 and after["gift"]["subtracted_amount"] == 2500
    assert after["redemption"]["redeemed_quantity"] == 1
    assert api.post(f"/v1/redemptions/{made['redemptions'][0]['id']}/rollback").status_code == 200
    restored = api.get("/v1/vouchers/GIFT-100").json()
    assert restored["gift"]["balance"] == 10000 and restored["redemption"]["redeemed_quantity"] == 0
    loyalty = api.get("/v1/vouchers/LOYALTY-1000").json()
    assert loyalty["type"] == "LOYALTY_CARD" and loyalty["loyalty_card"]["balance"] == 1000


def test_an_unknown_voucher_or_order_is_404_not_found(api: httpx.Client) -> None:
    for path, kind in [("/v1/vouchers/NO-SUCH", "voucher"), ("/v1/orders/ord_missing", "order")]:
        response = api.get(path)
        assert response.status_code == 404
        assert response.json()["key"] == "not_found" and response.json()["resource_type"] == kind


def test_an_order_reads_paid_then_canceled_with_its_redemptions_map(api: httpx.Client) -> None:
    stack = redeem_body(voucher("GIFT-50", gift={"credits": 1000}), tier("promo_WELCOME5"), amount=10000)
    made = api.post("/v1/redemptions", json=stack).json()
    parent, order_id = made["parent_redemption"]["id"], made["order"]["id"]
    order = api.get(f"/v1/orders/{order_id}").json()
    assert order["status"] == "PAID" and order["amount"] == 10000 and order["total_discount_amount"] == 1450
    assert order["redemptions"][parent]["stacked"] == [r["id"] for r in made["redemptions"]]
    assert "rollback_id" not in order["redemptions"][parent]
    undone = api.post(f"/v1/redemptions/{parent}/rollbacks").json()
    order = api.get(f"/v1/orders/{order_id}").json()
    assert order["status"] == "CANCELED" and order["total_amount"] == 10000
    entry = order["redemptions"][parent]
    assert entry["rollback_id"] == undone["parent_rollback"]["id"]
    assert entry["rollback_stacked"] == [r["id"] for r in undone["rollbacks"]]


FAILING: list[dict[str, Any]] = [
    redeem_body(voucher("NO-SUCH-CODE")),
    redeem_body(voucher("EXPIRED-10")),
    redeem_body(voucher("FUTURE-10")),
    redeem_body(voucher("DISABLED-10")),
    redeem_body(voucher("GIFT-50", gift={"credits": 999999})),
    redeem_body(voucher("LOYALTY-1000")),
    redeem_body(tier("promo_NOPE")),
    redeem_body({"object": "promotion_stack", "id": "stack_nope"}),
    redeem_body(voucher("SAVE10"), amount=None),
    redeem_body(voucher("SAVE10"), order={"amount": -1}),
]


def test_every_failed_redemption_stored_is_valid_against_the_published_redemption_schema(api: httpx.Client) -> None:
    for body in FAILING:
        assert 400 <= api.post("/v1/redemptions", json=body).status_code < 500
    failed = api.get("/v1/redemptions", params={"result": "FAILURE", "limit": 100}).json()["redemptions"]
    assert len(failed) == len(FAILING)
    for record in failed:
        assert record["id"].startswith("rf_") and record["status"] == "FAILED"
        assert upstream_schemas.problems("redemptions.json", "Redemption", record) == [], record["failure_code"]


def test_the_upstream_validators_do_refuse_wrong_shapes() -> None:
    assert upstream_schemas.problems("redemptions.json", "Redemption", {"related_object_type": "promotion_stack"})
    assert upstream_schemas.problems("orders.json", "OrdersGetResponseBody", {"status": "SHIPPED"})
    assert upstream_schemas.problems("redemptions.json", "Voucher", {"type": "COUPON"})


def test_the_cli_prints_every_catalog_code(tmp_path) -> None:
    process = start_cli("--app-id", "a", "--app-token", "t")
    try:
        lines = []
        for _ in range(60):
            line = process.stdout.readline()
            lines.append(line)
            if line.startswith("Press") or not line:
                break
    finally:
        process.terminate()
        process.communicate(timeout=10)
    printed = "".join(lines)
    catalog = default_catalog()
    for entry in catalog["vouchers"]:
        assert f"  {entry['code']} " in printed
    for entry in catalog["promotion_tiers"]:
        assert f"  {entry['id']} " in printed
    assert "gift card, balance 10000 of 10000" in printed


def test_the_sandbox_guide_lists_every_catalog_code() -> None:
    from tests.support.docs_text import DOCS

    readme = (DOCS / "sandbox.md").read_text(encoding="utf-8")
    catalog = default_catalog()
    for code in [v["code"] for v in catalog["vouchers"]] + [t["id"] for t in catalog["promotion_tiers"]]:
        assert f"`{code}`" in readme, code


@pytest.mark.parametrize("path", ["/v1/vouchers/GIFT-100", "/v1/orders/ord_x"])
def test_the_reads_need_the_sandbox_keys(sb: Sandbox, path: str) -> None:
    assert httpx.get(sb.base_url + path).status_code == 401
