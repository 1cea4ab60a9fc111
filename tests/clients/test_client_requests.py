"""What the client puts on the wire: paths, id checks, query parameters and JSON bodies without nulls."""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from typing import Any

import pytest
from voucherify_client.models import Customer, Order, RedeemVoucher
from voucherify_rollbacks import Voucherify

from tests.support.scripted_api import PARENT_ID, ScriptedAPI, example, ok, rollback_item, run

RollbackCall = Callable[[Voucherify, str], Any]

ID_TAKING_CALLS: list[tuple[str, str, RollbackCall]] = [
    ("rollback_stacked", "parent_redemption_id", lambda c, i: c.rollback_stacked(i)),
    ("rollback", "redemption_id", lambda c, i: c.rollback(i)),
    ("get_redemption", "redemption_id", lambda c, i: c.get_redemption(i)),
]
BAD_IDS = [
    "",
    "   ",
    "a/b",
    "..",
    ".",
    "r_1\n",
    "r\x00x",
    "r_1\x7f",
    "r_\x9b1",
    " r_1",
    "r_1?x=1",
    "r#1",
    "a\\b",
    "r%2F1",
]


def json_body(request: Any) -> Any:
    return json.loads(request.content) if request.content else None


def find_nulls(value: Any, path: str = "$") -> list[str]:
    if value is None:
        return [path]
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in find_nulls(v, f"{path}.{k}")]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in find_nulls(v, f"{path}[{i}]")]
    return []


@pytest.mark.parametrize("bad_id", BAD_IDS, ids=repr)
@pytest.mark.parametrize(("operation", "argument", "call"), ID_TAKING_CALLS, ids=[c[0] for c in ID_TAKING_CALLS])
def test_bad_id_raises_value_error_naming_the_argument_before_any_request(
    api: ScriptedAPI, operation: str, argument: str, call: RollbackCall, bad_id: str
) -> None:
    with api.client() as client, pytest.raises(ValueError, match=argument):
        call(client, bad_id)
    assert api.requests == []


@pytest.mark.parametrize("bad_id", ["", "a/b", "..", "r\x00x"], ids=repr)
def test_async_bad_id_raises_value_error_before_any_request(api: ScriptedAPI, bad_id: str) -> None:
    async def scenario() -> None:
        async with api.async_client() as client:
            with pytest.raises(ValueError, match="parent_redemption_id"):
                await client.rollback_stacked(bad_id)
            with pytest.raises(ValueError, match="redemption_id"):
                await client.get_redemption(bad_id)

    run(scenario())
    assert api.requests == []


def test_empty_voucher_code_in_redeem_names_its_position(api: ScriptedAPI) -> None:
    with api.client() as client, pytest.raises(ValueError, match=r"redeemables\[1\]"):
        client.redeem(["GOOD", "  "])
    assert api.requests == []


def test_voucher_codes_are_body_values_not_path_segments(api: ScriptedAPI) -> None:
    api.on("POST", "/v1/redemptions", ok(example("redeem_stackable_response.json")))
    codes = ["SPRING SALE", "50%OFF", "a/b?c#d"]
    with api.client() as client:
        client.redeem(codes)
    sent = json.loads(api.requests[0].content)
    assert [item["id"] for item in sent["redeemables"]] == codes


@pytest.mark.parametrize("redeemables", [[], "CODE", {"object": "voucher", "id": "CODE"}])
def test_redeem_refuses_anything_but_a_non_empty_list(api: ScriptedAPI, redeemables: Any) -> None:
    with api.client() as client, pytest.raises(ValueError, match="redeemables"):
        client.redeem(redeemables)
    assert api.requests == []


def test_ids_are_percent_encoded_in_the_path(api: ScriptedAPI) -> None:
    answer = example("rollbacks_success.json")
    answer["parent_rollback"]["redemption"] = "r_ü+x"  # the answer names the redemption asked for
    api.on("POST", "/v1/redemptions/r_ü+x/rollbacks", ok(answer))
    api.on("POST", "/v1/redemptions/r_ü+x/rollback", ok(rollback_item("rr_1", "r_ü+x")))
    api.on("GET", "/v1/redemptions/r_ü+x", ok({"id": "r_ü+x", "object": "redemption"}))
    with api.client() as client:
        client.rollback_stacked("r_ü+x")
        client.rollback("r_ü+x")
        client.get_redemption("r_ü+x")
    raw_paths = [r.url.raw_path.decode("ascii") for r in api.requests]
    assert raw_paths == [
        "/v1/redemptions/r_%C3%BC%2Bx/rollbacks",
        "/v1/redemptions/r_%C3%BC%2Bx/rollback",
        "/v1/redemptions/r_%C3%BC%2Bx",
    ]


def test_rollback_stacked_sends_reason_and_tracking_id_in_the_query_and_the_rest_in_the_body(
    api: ScriptedAPI,
) -> None:
    api.on("POST", f"/v1/redemptions/{PARENT_ID}/rollbacks", ok(example("rollbacks_success.json")))
    with api.client() as client:
        client.rollback_stacked(
            PARENT_ID,
            reason="Order canceled & refunded",
            tracking_id="track_1",
            customer={"id": "cust_1"},
            order={"source_id": "ord-1", "status": "CANCELED"},
            metadata={"why": "fraud"},
        )
    sent = api.requests[0]
    assert dict(sent.url.params) == {"reason": "Order canceled & refunded", "tracking_id": "track_1"}
    assert json_body(sent) == {
        "customer": {"id": "cust_1"},
        "order": {"source_id": "ord-1", "status": "CANCELED"},
        "metadata": {"why": "fraud"},
    }
    assert sent.headers["Content-Type"] == "application/json"


def test_unset_rollback_arguments_are_left_out_never_sent_as_null(api: ScriptedAPI) -> None:
    api.on("POST", f"/v1/redemptions/{PARENT_ID}/rollbacks", ok(example("rollbacks_success.json")))
    api.on("POST", f"/v1/redemptions/{PARENT_ID}/rollbacks", ok(example("rollbacks_success.json")))
    with api.client() as client:
        client.rollback_stacked(PARENT_ID)
        client.rollback_stacked(PARENT_ID, customer={"id": "cust_1"})
    bare, with_customer = api.requests
    assert bare.url.query == b""
    assert json_body(bare) in (None, {})
    assert json_body(with_customer) == {"customer": {"id": "cust_1"}}
    assert "reason" not in with_customer.url.params


def test_single_rollback_uses_its_own_endpoint_with_query_and_body(api: ScriptedAPI) -> None:
    api.on("POST", "/v1/redemptions/r_1/rollback", ok(rollback_item("rr_1", "r_1")))
    with api.client() as client:
        client.rollback("r_1", reason="returned", metadata={"a": 1})
    sent = api.requests[0]
    assert dict(sent.url.params) == {"reason": "returned"}
    assert json_body(sent) == {"metadata": {"a": 1}}


def test_generated_models_are_sent_without_their_unset_fields(api: ScriptedAPI) -> None:
    api.on("POST", f"/v1/redemptions/{PARENT_ID}/rollbacks", ok(example("rollbacks_success.json")))
    api.on("POST", "/v1/redemptions", ok(example("redeem_stackable_response.json")))
    with api.client() as client:
        client.rollback_stacked(PARENT_ID, customer=Customer(id="cust_1"), order=Order(source_id="ord-1"))
        client.redeem(
            [RedeemVoucher(object="voucher", id="CODE-1"), "CODE-2", {"object": "promotion_tier", "id": "promo_1"}],
            customer=Customer(source_id="alice@example.com", birthdate=datetime.date(1990, 5, 17)),
            order=Order(amount=20000),
            tracking_id="track_1",
        )
    rollback_body, redeem_body = (json_body(r) for r in api.requests)
    assert rollback_body == {"customer": {"id": "cust_1"}, "order": {"source_id": "ord-1"}}
    assert redeem_body["redeemables"][1:] == [
        {"object": "voucher", "id": "CODE-2"},
        {"object": "promotion_tier", "id": "promo_1"},
    ]
    assert redeem_body["redeemables"][0]["id"] == "CODE-1"
    assert redeem_body["customer"] == {"source_id": "alice@example.com", "birthdate": "1990-05-17"}
    assert redeem_body["order"] == {"amount": 20000}
    assert redeem_body["tracking_id"] == "track_1"
    assert set(redeem_body) == {"redeemables", "customer", "order", "tracking_id"}
    assert find_nulls(rollback_body) == []
    assert find_nulls(redeem_body) == []


def test_redeem_posts_to_redemptions_without_query(api: ScriptedAPI) -> None:
    api.on("POST", "/v1/redemptions", ok(example("redeem_stackable_response.json")))
    with api.client() as client:
        client.redeem(["CODE-1"])
    sent = api.requests[0]
    assert sent.url.query == b""
    assert json_body(sent) == {"redeemables": [{"object": "voucher", "id": "CODE-1"}]}


def test_values_json_cannot_carry_are_refused_naming_the_argument(api: ScriptedAPI) -> None:
    with api.client() as client, pytest.raises(TypeError, match="metadata"):
        client.rollback_stacked(PARENT_ID, metadata={"when": object()})
    assert api.requests == []


def test_every_request_accepts_json_and_names_the_sdk(api: ScriptedAPI) -> None:
    api.on("GET", "/v1/redemptions/r_1", ok({"id": "r_1", "object": "redemption"}))
    with api.client() as client:
        client.get_redemption("r_1")
    sent = api.requests[0]
    assert sent.headers["Accept"] == "application/json"
    assert sent.headers["User-Agent"].startswith("voucherify-rollbacks/")
