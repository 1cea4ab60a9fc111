"""What the calls return: RollbackResult, RedeemResult and the generated models they hold, read from the real example
payloads."""

from __future__ import annotations

import datetime
import gzip
import json
from typing import Any

import attrs
import pytest
from voucherify_client.types import Model, Unset
from voucherify_rollbacks import (
    Redemption,
    Rollback,
    RollbackFailedError,
    child_ids,
    rollback_ids,
    status_of,
)

from tests.support.scripted_api import PARENT_ID, Reply, ScriptedAPI, example, ok, rollback_item

SUCCESS_PARENT = "r_5J38i6KjSnkHYw3bwLB4v72j"
REDEEM_PARENT = "r_iElJ2dgR8F391krF8DyBWB8v"


def models_in(value: Any) -> list[Any]:
    """Every generated model reachable from a model or a list of them."""
    if isinstance(value, list):
        return [m for item in value for m in models_in(item)]
    if not isinstance(value, Model):
        return []
    return [value, *[m for field in attrs.fields(type(value)) for m in models_in(getattr(value, field.name))]]


def assert_no_unset(found: list[Any]) -> None:
    assert found
    for model in found:
        for field in attrs.fields(type(model)):
            value = getattr(model, field.name)
            assert not isinstance(value, Unset), f"{type(model).__name__}.{field.name} is Unset"


def rollback_stacked(api: ScriptedAPI, body: Any, **headers: str) -> Any:
    api.on("POST", f"/v1/redemptions/{PARENT_ID}/rollbacks", ok(body, **headers))
    with api.client() as client:
        return client.rollback_stacked(PARENT_ID)


def test_stacked_rollback_result_reads_the_real_success_payload(api: ScriptedAPI) -> None:
    result = rollback_stacked(api, example("rollbacks_success.json"), **{"X-Request-Id": "v-abc123"})
    assert result.parent_rollback.id == "rr_qMVd5eAdWFgxwl7yjGKqotCi"
    assert result.parent_rollback.redemption == SUCCESS_PARENT
    assert [r.id for r in result.rollbacks] == ["rr_MT3J5Dm4u3cmss4nUPzRi72s", "rr_h9chHZFx410qxH6YsgRxPLq2"]
    assert [r.redemption for r in result.rollbacks] == ["r_2wfYc2a2Igu3iX1DNuXwOwvM", "r_LzoQKMUe0b4DNkW0O5xKUqCw"]
    assert all(r.id.startswith("rr_") for r in result.rollbacks)
    assert result.order.status == "CANCELED"
    assert result.order.id == "ord_EFHJ63S5C8gODkMQbSuCN054"
    assert result.ok is True
    assert result.failures == []
    assert result.raise_for_failures() is result
    assert result.recovered is False
    assert result.request_id == "v-abc123"
    assert result.headers["x-request-id"] == "v-abc123"
    assert result.status_code == 200


def test_stacked_rollback_models_read_typed_values(api: ScriptedAPI) -> None:
    result = rollback_stacked(api, example("rollbacks_success.json"))
    first = result.rollbacks[0]
    assert first.amount == -20
    assert first.date == datetime.datetime(2021, 11, 23, 7, 40, 34, 771000, tzinfo=datetime.UTC)
    assert first.voucher.code == "ecTMvxnE"
    assert first.voucher.loyalty_card.points == 8800
    assert first.voucher.loyalty_card.balance == 8740
    assert first.order.amount == 10000
    assert first.customer_id == "cust_2FJk3ugCZ1sevAFNAWDwW5dv"


def test_status_falls_back_to_result_when_missing(api: ScriptedAPI) -> None:
    body = example("rollbacks_success.json")
    failed = example("rollback_item_failure_already_rolled_back.json")
    del failed["status"]
    body["rollbacks"].append(failed)
    result = rollback_stacked(api, body)
    assert "status" not in example("rollbacks_success.json")["rollbacks"][0]
    assert [r.status for r in result.rollbacks] == [None, None, None]  # what was sent: no status
    assert [status_of(r) for r in result.rollbacks] == ["SUCCEEDED", "SUCCEEDED", "FAILED"]
    assert status_of(result.parent_rollback) == "SUCCEEDED"


def test_failure_item_makes_result_not_ok_and_raise_for_failures_lists_it(api: ScriptedAPI) -> None:
    body = example("rollbacks_success.json")
    body["rollbacks"][1] = example("rollback_item_failure_already_rolled_back.json")
    result = rollback_stacked(api, body)
    assert result.ok is False
    assert [(f.id, f.failure_code, f.failure_message) for f in result.failures] == [
        ("rrf_0e3ac8beeea431c302", "already_rolled_back", "Already rolled back")
    ]
    with pytest.raises(RollbackFailedError) as caught:
        result.raise_for_failures()
    assert [f.id for f in caught.value.failures] == ["rrf_0e3ac8beeea431c302"]
    assert caught.value.failures[0].failure_code == "already_rolled_back"
    assert "already_rolled_back" in str(caught.value)


def test_failed_parent_rollback_counts_as_a_failure(api: ScriptedAPI) -> None:
    body = example("rollbacks_success.json")
    body["parent_rollback"].update(result="FAILURE", failure_code="multiple_requests")
    result = rollback_stacked(api, body)
    assert result.ok is False
    assert [f.id for f in result.failures] == [body["parent_rollback"]["id"]]


def test_unknown_fields_and_enum_values_stay_reachable(api: ScriptedAPI) -> None:
    body = example("rollbacks_success.json")
    body["rollbacks"][0]["status"] = "PENDING"
    body["rollbacks"][0]["brand_new_field"] = {"x": 1}
    body["parent_rollback"]["related_object_type"] = "subscription"
    body["order"]["status"] = "PARTIALLY_REFUNDED"
    body["surprise"] = [1, 2]
    result = rollback_stacked(api, body)
    assert result.rollbacks[0].status == "PENDING"
    assert result.rollbacks[0].additional_properties["brand_new_field"] == {"x": 1}
    assert result.rollbacks[0].to_dict()["brand_new_field"] == {"x": 1}
    assert result.parent_rollback.related_object_type == "subscription"
    assert result.order.status == "PARTIALLY_REFUNDED"
    assert result.model.additional_properties["surprise"] == [1, 2]


def test_no_model_field_is_ever_unset(api: ScriptedAPI) -> None:
    rollback = rollback_stacked(api, example("rollbacks_success.json"))
    api.on("POST", "/v1/redemptions", ok(example("redeem_stackable_response.json")))
    api.on("GET", "/v1/redemptions/r_x", ok({"id": "r_x"}))
    with api.client() as client:
        redeem = client.redeem(["CODE"])
        bare = client.get_redemption("r_x")
    assert_no_unset(models_in([rollback.parent_rollback, *rollback.rollbacks, rollback.order]))
    assert_no_unset(models_in([redeem.parent_redemption, *redeem.redemptions, redeem.order]))
    assert_no_unset(models_in(bare))
    assert bare.result is None and bare.order is None and bare.voucher is None


def test_single_rollback_returns_one_rollback_and_no_parent(api: ScriptedAPI) -> None:
    item = rollback_item("rr_1", "r_1", amount=-500, reason="returned", order={"id": "ord_1", "status": "CANCELED"})
    api.on("POST", "/v1/redemptions/r_1/rollback", ok(item, **{"X-Request-Id": "v-single"}))
    with api.client() as client:
        result = client.rollback("r_1")
    assert result.parent_rollback is None
    assert [(r.id, r.redemption, r.amount, r.reason) for r in result.rollbacks] == [("rr_1", "r_1", -500, "returned")]
    assert result.order.status == "CANCELED"
    assert result.ok is True
    assert result.request_id == "v-single"


def test_single_rollback_with_failure_is_not_ok(api: ScriptedAPI) -> None:
    failed = example("rollback_item_failure_already_rolled_back.json")
    api.on("POST", f"/v1/redemptions/{failed['redemption']}/rollback", ok(failed))
    with api.client() as client:
        result = client.rollback(failed["redemption"])
    assert result.ok is False
    with pytest.raises(RollbackFailedError):
        result.raise_for_failures()


def test_redeem_result_reads_the_real_stackable_payload(api: ScriptedAPI) -> None:
    api.on("POST", "/v1/redemptions", ok(example("redeem_stackable_response.json"), **{"X-Request-Id": "v-redeem"}))
    with api.client() as client:
        result = client.redeem(["CODE"])
    assert result.parent_redemption.id == REDEEM_PARENT
    assert result.redemption_id == REDEEM_PARENT
    assert [r.id for r in result.redemptions] == [
        "r_crCvZItrD1MaGdF2p4K0fu7m",
        "r_NjMdVVsOfslDUYkhpvwCBdHq",
        "r_qGB0eV3jiOpFZXE4GX1rcduw",
    ]
    assert {r.redemption for r in result.redemptions} == {REDEEM_PARENT}
    order = result.order
    assert (order.status, order.amount, order.total_discount_amount, order.total_amount) == (
        "PAID",
        200000,
        48080,
        151920,
    )
    assert order.amount - order.total_discount_amount == order.total_amount
    assert result.inapplicable == []
    assert result.skipped == []
    assert result.request_id == "v-redeem"


def test_redeem_result_lists_inapplicable_and_skipped_redeemables(api: ScriptedAPI) -> None:
    body = example("redeem_stackable_response.json")
    body["inapplicable_redeemables"] = [
        {
            "status": "INAPPLICABLE",
            "id": "EXPIRED-1",
            "object": "voucher",
            "result": {"error": {"code": 400, "key": "voucher_expired", "message": "voucher expired"}},
        }
    ]
    body["skipped_redeemables"] = [{"status": "SKIPPED", "id": "promo_9", "object": "promotion_tier"}]
    api.on("POST", "/v1/redemptions", ok(body))
    with api.client() as client:
        result = client.redeem(["CODE"])
    assert [item.id for item in result.inapplicable] == ["EXPIRED-1"]
    assert [item.id for item in result.skipped] == ["promo_9"]


def test_single_redeemable_response_without_parent_has_no_parent_redemption(api: ScriptedAPI) -> None:
    body = example("redeem_stackable_response.json")
    del body["parent_redemption"]
    body["redemptions"] = body["redemptions"][:1]
    del body["redemptions"][0]["redemption"]
    api.on("POST", "/v1/redemptions", ok(body))
    with api.client() as client:
        result = client.redeem(["CODE"])
    assert result.parent_redemption is None
    assert [r.id for r in result.redemptions] == ["r_crCvZItrD1MaGdF2p4K0fu7m"]
    assert result.redemption_id == "r_crCvZItrD1MaGdF2p4K0fu7m"


def test_get_redemption_returns_a_redemption(api: ScriptedAPI) -> None:
    body = example("redeem_stackable_response.json")["parent_redemption"]
    body["related_redemptions"] = {"rollbacks": [{"id": "rr_9", "date": "2024-01-01T00:00:00Z"}]}
    api.on("GET", f"/v1/redemptions/{REDEEM_PARENT}", ok(body))
    with api.client() as client:
        found = client.get_redemption(REDEEM_PARENT)
    assert isinstance(found, Redemption)
    assert found.id == REDEEM_PARENT
    assert rollback_ids(found) == ["rr_9"]


def test_get_redemption_of_a_rollback_id_returns_a_rollback(api: ScriptedAPI) -> None:
    api.on("GET", "/v1/redemptions/rr_1", ok(rollback_item("rr_1", "r_1", amount=-100)))
    api.on("GET", "/v1/redemptions/rrf_1", ok(example("rollback_item_failure_already_rolled_back.json")))
    with api.client() as client:
        found = client.get_redemption("rr_1")
        failed = client.get_redemption("rrf_1")
    assert isinstance(found, Rollback)
    assert (found.id, found.redemption, found.amount) == ("rr_1", "r_1", -100)
    assert isinstance(failed, Rollback)
    assert failed.failure_code == "already_rolled_back"


def test_response_headers_are_kept_with_credentials_redacted(api: ScriptedAPI) -> None:
    result = rollback_stacked(
        api, example("rollbacks_success.json"), **{"X-Request-Id": "v-1", "X-App-Token": "echoed", "X-Custom": "kept"}
    )
    assert result.headers["x-custom"] == "kept"
    assert "echoed" not in result.headers.values()


@pytest.mark.parametrize("status", [200, 201])
def test_compressed_success_answers_are_read_whatever_the_2xx_status(api: ScriptedAPI, status: int) -> None:
    def compressed(name: str) -> Reply:
        raw = json.dumps(example(name)).encode()
        return Reply(status, gzip.compress(raw), {"Content-Encoding": "gzip", "Content-Type": "application/json"})

    api.on("POST", f"/v1/redemptions/{PARENT_ID}/rollbacks", compressed("rollbacks_success.json"))
    api.on("POST", "/v1/redemptions", compressed("redeem_stackable_response.json"))
    with api.client() as client:
        rollback = client.rollback_stacked(PARENT_ID)
        redeem = client.redeem(["CODE"])
    assert len(rollback.rollbacks) == 2
    assert redeem.parent_redemption.id == REDEEM_PARENT


def test_parent_redemption_lists_its_children_and_gift_voucher_shows_redeemed_amount() -> None:
    redeemed = example("redeem_stackable_response.json")
    parent = dict(redeemed["parent_redemption"], order=redeemed["order"])
    found = Redemption.from_dict(parent)
    assert child_ids(found) == [r["id"] for r in redeemed["redemptions"]]
    child = dict(redeemed["redemptions"][0])
    child["voucher"] = dict(child["voucher"], redemption={"redeemed_amount": 200, "redeemed_quantity": 1})
    voucher = Redemption.from_dict(child).voucher
    assert voucher is not None and voucher.redemption is not None and voucher.gift is not None
    assert voucher.redemption.redeemed_amount == 200 and voucher.gift.balance == 20300
    assert child_ids(Redemption.from_dict(child)) == []
