"""Hostile request bodies over real HTTP: one identity per voucher, strict JSON in and out, a 4xx for every bad body.

Every response these tests provoke also passes the session recorder's strict parse (conftest.py), so an answer that
Node's JSON.parse would refuse fails the test that caused it.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from typing import Any

import httpx
import pytest
from voucherify_sandbox import Sandbox
from voucherify_sandbox.store import Store
from voucherify_sandbox.strict_json import StrictJsonError

from tests.support.sandbox_helpers import auth_headers, redeem_body, strict_loads, tier, voucher


def post_raw(api: httpx.Client, path: str, text: str) -> httpx.Response:
    return api.post(path, content=text.encode("utf-8"), headers={"Content-Type": "application/json"})


def error_key(response: httpx.Response) -> tuple[int, str]:
    body = strict_loads(response.content)
    assert body["code"] == response.status_code and body["message"], body
    return response.status_code, body["key"]


def listed_total(api: httpx.Client) -> int:
    return int(api.get("/v1/redemptions", params={"limit": 1}).json()["total"])


# --- one identity per voucher and promotion tier


@pytest.mark.parametrize(
    "first, second",
    [("code", "id"), ("id", "code"), ("id", "id"), ("code", "code")],
)
def test_a_gift_card_named_twice_in_any_spelling_is_duplicated_and_applies_nothing(
    sb: Sandbox, api: httpx.Client, first: str, second: str
) -> None:
    card = sb.voucher("GIFT-100")
    spelled = {"code": card["code"], "id": card["id"]}
    before = listed_total(api)
    response = api.post(
        "/v1/redemptions",
        json=redeem_body(
            voucher(spelled[first], gift={"credits": 10000}), voucher(spelled[second], gift={"credits": 10000})
        ),
    )
    assert error_key(response) == (400, "duplicated_redeemables")
    assert sb.voucher("GIFT-100")["gift"]["balance"] == 10000
    assert sb.voucher("GIFT-100")["redemption"]["redeemed_quantity"] == 0
    assert listed_total(api) == before  # nothing stored, not even a failed redemption


def test_a_single_use_voucher_by_code_and_by_id_in_one_stack_is_refused(sb: Sandbox, api: httpx.Client) -> None:
    once = sb.voucher("ONCE-5")
    response = api.post("/v1/redemptions", json=redeem_body(voucher("ONCE-5"), voucher(once["id"])))
    assert error_key(response) == (400, "duplicated_redeemables")
    assert sb.voucher("ONCE-5")["redemption"]["redeemed_quantity"] == 0
    # and across requests the id and the code share one quantity
    assert api.post("/v1/redemptions", json=redeem_body(voucher(once["id"]))).status_code == 200
    assert error_key(api.post("/v1/redemptions", json=redeem_body(voucher("ONCE-5")))) == (400, "quantity_exceeded")


def test_a_promotion_tier_named_twice_is_duplicated(sb: Sandbox, api: httpx.Client) -> None:
    response = api.post(
        "/v1/redemptions", json=redeem_body(tier("promo_SPEND100"), voucher("SAVE10"), tier("promo_SPEND100"))
    )
    assert error_key(response) == (400, "duplicated_redeemables")
    assert sb.promotion_tier("promo_SPEND100")["summary"]["redemptions"]["total_redeemed"] == 0
    assert sb.voucher("SAVE10")["redemption"]["redeemed_quantity"] == 0


def test_redeemed_by_id_rolled_back_restores_the_card_that_the_code_names(sb: Sandbox, api: httpx.Client) -> None:
    card_id = sb.voucher("GIFT-50")["id"]
    redeemed = api.post("/v1/redemptions", json=redeem_body(voucher(card_id, gift={"credits": 2000}))).json()
    assert sb.voucher("GIFT-50")["gift"]["balance"] == 3000
    only = redeemed["redemptions"][0]
    assert only["voucher"]["code"] == "GIFT-50"
    assert api.post(f"/v1/redemptions/{only['id']}/rollback").status_code == 200
    assert sb.voucher("GIFT-50")["gift"]["balance"] == 5000
    assert sb.voucher("GIFT-50")["redemption"]["redeemed_quantity"] == 0


# --- strict JSON in


@pytest.mark.parametrize(
    "number",
    ["1e400", "-1e400", "9223372036854775808", "-9223372036854775809", "1" + "0" * 5000],
    ids=["inf", "-inf", "int64-max+1", "int64-min-1", "5001-digits"],
)
@pytest.mark.parametrize("where", ["metadata", "customer-metadata", "order-amount", "gift-credits"])
def test_numbers_json_cannot_carry_portably_are_invalid_payload(
    sb: Sandbox, api: httpx.Client, number: str, where: str
) -> None:
    template = {
        "metadata": '{"redeemables":[{"object":"voucher","id":"SAVE10"}],"order":{"amount":100},"metadata":{"x":N}}',
        "customer-metadata": '{"redeemables":[{"object":"voucher","id":"SAVE10"}],"order":{"amount":100},'
        '"customer":{"source_id":"a","metadata":{"x":N}}}',
        "order-amount": '{"redeemables":[{"object":"voucher","id":"SAVE10"}],"order":{"amount":N}}',
        "gift-credits": '{"redeemables":[{"object":"voucher","id":"GIFT-100","gift":{"credits":N}}],'
        '"order":{"amount":100}}',
    }[where]
    before = listed_total(api)
    assert error_key(post_raw(api, "/v1/redemptions", template.replace("N", number))) == (400, "invalid_payload")
    assert listed_total(api) == before
    assert sb.voucher("SAVE10")["redemption"]["redeemed_quantity"] == 0


def test_the_largest_64_bit_integers_are_accepted_and_served_back(api: httpx.Client) -> None:
    body = '{"redeemables":[{"object":"voucher","id":"SAVE10"}],"order":{"amount":100},'
    body += '"metadata":{"max":9223372036854775807,"min":-9223372036854775808,"big":1e308}}'
    response = post_raw(api, "/v1/redemptions", body)
    assert response.status_code == 200, response.text
    stored = strict_loads(api.get(f"/v1/redemptions/{response.json()['redemptions'][0]['id']}").content)
    assert stored["metadata"] == {"max": 2**63 - 1, "min": -(2**63), "big": 1e308}


def test_a_float_gift_credit_beyond_64_bits_is_invalid(api: httpx.Client) -> None:
    response = post_raw(
        api, "/v1/redemptions", '{"redeemables":[{"object":"voucher","id":"GIFT-100","gift":{"credits":1e300}}]}'
    )
    assert error_key(response) == (400, "invalid_payload")


def test_price_times_quantity_beyond_64_bits_is_invalid_amount(sb: Sandbox, api: httpx.Client) -> None:
    items = [{"price": 2**62, "quantity": 2**62}]
    response = api.post("/v1/redemptions", json=redeem_body(voucher("SAVE10"), order={"items": items}))
    assert error_key(response) == (400, "invalid_amount")
    failed = response.json()["details"].rsplit(" ", 1)[-1].rstrip(")")
    assert strict_loads(api.get(f"/v1/redemptions/{failed}").content)["failure_code"] == "invalid_amount"
    assert sb.voucher("SAVE10")["redemption"]["redeemed_quantity"] == 0


@pytest.mark.parametrize(
    "body",
    [
        '{"redeemables":[{"object":"voucher","id":"SAVE\\ud800"}],"order":{"amount":100}}',
        '{"redeemables":[{"object":"promotion_tier","id":"promo_\\udfff"}],"order":{"amount":100}}',
        '{"redeemables":[{"object":"voucher","id":"SAVE10"}],"order":{"amount":100},'
        '"customer":{"source_id":"\\ud800"}}',
        '{"redeemables":[{"object":"voucher","id":"SAVE10"}],"order":{"amount":100},"metadata":{"\\udc00":1}}',
        '{"redeemables":[{"object":"voucher","id":"SAVE10"}],"order":{"amount":100,"source_id":"a\\ud83d"}}',
    ],
    ids=["voucher-id", "tier-id", "customer-source-id", "metadata-key", "order-source-id"],
)
def test_lone_surrogates_are_invalid_payload(sb: Sandbox, api: httpx.Client, body: str) -> None:
    before = listed_total(api)
    assert error_key(post_raw(api, "/v1/redemptions", body)) == (400, "invalid_payload")
    assert listed_total(api) == before


def test_a_surrogate_pair_is_a_real_character_and_accepted(api: httpx.Client) -> None:
    body = (
        '{"redeemables":[{"object":"voucher","id":"SAVE10"}],"order":{"amount":100},"metadata":{"e":"\\ud83d\\ude00"}}'
    )
    response = post_raw(api, "/v1/redemptions", body)
    assert response.status_code == 200 and response.json()["redemptions"][0]["metadata"] == {"e": "\U0001f600"}


def test_lone_surrogates_in_a_rollback_body_are_refused(api: httpx.Client) -> None:
    redeemed = api.post("/v1/redemptions", json=redeem_body(voucher("SAVE10"))).json()["redemptions"][0]
    response = post_raw(api, f"/v1/redemptions/{redeemed['id']}/rollback", '{"reason":"\\ud800"}')
    assert response.status_code == 400 and response.json()["key"] in ("invalid_payload", "invalid_rollback_params")
    assert api.get(f"/v1/redemptions/{redeemed['id']}").json()["status"] == "SUCCEEDED"


@pytest.mark.parametrize("depth", [33, 500, 5000])
def test_deeply_nested_customer_metadata_is_invalid_payload(api: httpx.Client, depth: int) -> None:
    nested = '{"a":' * depth + "1" + "}" * depth
    body = '{"redeemables":[{"object":"voucher","id":"SAVE10"}],"order":{"amount":100},'
    body += f'"customer":{{"source_id":"a","metadata":{nested}}}}}'
    assert error_key(post_raw(api, "/v1/redemptions", body)) == (400, "invalid_payload")


def test_metadata_nested_within_the_limit_is_kept(api: httpx.Client) -> None:
    nested: Any = 1
    for _ in range(25):
        nested = {"a": nested}
    response = api.post("/v1/redemptions", json=redeem_body(voucher("SAVE10"), metadata=nested))
    assert response.status_code == 200, response.text
    assert response.json()["redemptions"][0]["metadata"] == nested


# --- strict JSON out: what the store writes


def test_the_store_refuses_to_write_a_document_json_cannot_carry() -> None:
    store = Store()
    try:
        for bad in (float("inf"), float("nan"), 2**64, "\ud800"):
            with pytest.raises(StrictJsonError):
                store.put_order({"id": "ord_x", "metadata": {"x": bad}})
            assert store.order("ord_x") is None
    finally:
        store.close()


# --- spec-valid requests are served, and every refusal is a 4xx Error body


def test_an_empty_id_is_an_unknown_voucher_not_a_missing_property(api: httpx.Client) -> None:
    response = api.post("/v1/redemptions", json=redeem_body(voucher("")))
    assert error_key(response) == (404, "resource_not_found")
    missing = api.post("/v1/redemptions", json=redeem_body({"object": "voucher"}))
    assert error_key(missing) == (400, "invalid_payload") and "'id'" in missing.json()["details"]


def test_empty_in_matches_nothing_and_empty_not_in_matches_everything(api: httpx.Client) -> None:
    api.post("/v1/redemptions", json=redeem_body(voucher("SAVE10")))
    everything = listed_total(api)
    assert everything >= 1
    empty_in = api.get("/v1/redemptions?filters[voucher_code][conditions][$in]=")
    assert empty_in.status_code == 200 and empty_in.json()["total"] == 0
    empty_not_in = api.get("/v1/redemptions?filters[voucher_code][conditions][$not_in]=")
    assert empty_not_in.status_code == 200 and empty_not_in.json()["total"] == everything


def test_a_failed_promotion_stack_redemption_uses_the_spec_related_object_type(api: httpx.Client) -> None:
    response = api.post("/v1/redemptions", json=redeem_body({"object": "promotion_stack", "id": "stack_nope"}))
    assert error_key(response) == (404, "resource_not_found")
    failed = api.get("/v1/redemptions", params={"result": "FAILURE"}).json()["redemptions"][0]
    assert failed["related_object_type"] in ("voucher", "promotion_tier", "redemption")
    assert failed["related_object_type"] == "redemption" and failed["related_object_id"] == failed["id"]


def test_hostile_bodies_on_every_post_endpoint_get_a_4xx_error_body(api: httpx.Client) -> None:
    redeemed = api.post("/v1/redemptions", json=redeem_body(voucher("SAVE10"))).json()["redemptions"][0]
    hostile = [
        '{"reason":' + '"x",' * 0 + "1e999}",
        '{"metadata":{"\\ud800":0}}',
        '{"customer":' + "[" * 400 + "]" * 400 + "}",
        '{"order":{"amount":' + "9" * 4400 + "}}",
        '{"tracking_id":"\\udfff"}',
    ]
    for path in (
        "/v1/redemptions",
        f"/v1/redemptions/{redeemed['id']}/rollback",
        f"/v1/redemptions/{redeemed['id']}/rollbacks",
    ):
        for text in hostile:
            response = post_raw(api, path, text)
            assert 400 <= response.status_code < 500, (path, text[:60], response.text)
            error_key(response)
    assert api.get(f"/v1/redemptions/{redeemed['id']}").json()["status"] == "SUCCEEDED"


# --- concurrency


def test_concurrent_rollbacks_of_an_unknown_id_always_answer_404(sb: Sandbox) -> None:
    threads_count = 8
    outcomes: Counter[tuple[int, str]] = Counter()
    lock = threading.Lock()
    for round_number in range(5):
        barrier = threading.Barrier(threads_count)
        path = f"/v1/redemptions/r_unknown{round_number}/rollbacks"

        def attempt(path: str = path, barrier: threading.Barrier = barrier) -> None:
            with httpx.Client(base_url=sb.base_url, headers=auth_headers(sb), timeout=10) as client:
                barrier.wait(timeout=10)
                response = client.post(path, json={"reason": "race"})
            with lock:
                outcomes[(response.status_code, json.loads(response.content)["key"])] += 1

        threads = [threading.Thread(target=attempt) for _ in range(threads_count)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=20)
    assert outcomes == Counter({(404, "not_found"): 5 * threads_count})
