"""Every real payload in tests/data/examples parses through its generated operation and writes back unchanged."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from voucherify_client.models import (
    Error,
    RedemptionRollback,
    RedemptionsListResponseBody,
    RedemptionsRedeemResponseBody,
    RedemptionsRollbacksCreateResponseBody,
    Redemption,
)

from tests.support.example_payloads import assert_same_json, examples_dir, load_example
from tests.support.generated_helpers import BASE_URL, MockServer, operation

# (example file, operation module, status, model the body must parse into)
CASES = [
    ("rollbacks_success.json", "rollback_stacked_redemptions", 200, RedemptionsRollbacksCreateResponseBody),
    ("seed_rollbacks_response.json", "rollback_stacked_redemptions", 200, RedemptionsRollbacksCreateResponseBody),
    ("redeem_stackable_response.json", "redeem_stacked_discounts", 200, RedemptionsRedeemResponseBody),
    ("rollback_item_failure_already_rolled_back.json", "rollback_redemption", 200, RedemptionRollback),
    ("rollback_item_failure_already_rolled_back.json", "get_redemption", 200, RedemptionRollback),
    ("error_400_already_rolled_back.json", "rollback_stacked_redemptions", 400, Error),
    ("error_400_already_rolled_back.json", "rollback_redemption", 400, Error),
    ("error_400_invalid_redemption_parent.json", "rollback_stacked_redemptions", 400, Error),
    ("error_404_not_found.json", "rollback_redemption", 404, Error),
    ("error_404_not_found.json", "rollback_stacked_redemptions", 404, Error),
]


def case_id(case: tuple[str, str, int, type]) -> str:
    return f"{case[0].removesuffix('.json')}->{case[1]}:{case[2]}"


def case_values(case: Any) -> tuple[str, str, int, type]:
    return case.values[0] if hasattr(case, "values") else case


def test_every_example_file_is_checked_against_an_operation() -> None:
    on_disk = {path.name for path in examples_dir().glob("*.json")}
    assert on_disk, f"no examples in {examples_dir()}"
    assert on_disk == {case_values(case)[0] for case in CASES}


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_example_parses_through_its_operation_and_round_trips(server: MockServer, case: tuple) -> None:
    name, operation_name, status, model = case
    payload = load_example(name)
    server.answer(status, (examples_dir() / name).read_bytes())

    response = server.call(operation_name)

    assert response.status_code == status
    assert type(response.parsed) is model
    assert_same_json(response.parsed.to_dict(), payload)


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_public_parse_response_alone_gives_the_same_model(case: tuple) -> None:
    name, operation_name, status, model = case
    content = (examples_dir() / name).read_bytes()
    request = httpx.Request("POST", f"{BASE_URL}/v1/redemptions")

    parsed = operation(operation_name).parse_response(httpx.Response(status, content=content, request=request))

    assert type(parsed) is model
    assert_same_json(parsed.to_dict(), json.loads(content))


def test_error_example_exposes_its_key_and_resource(server: MockServer) -> None:
    server.answer(400, load_example("error_400_already_rolled_back.json"))

    error = server.call("rollback_stacked_redemptions").parsed

    assert isinstance(error, Error)
    assert (error.code, error.key, error.resource_id) == (400, "already_rolled_back", "rrf_0c67af954e039be56b")


def test_stacked_rollback_example_reads_as_typed_models(server: MockServer) -> None:
    server.answer(200, load_example("rollbacks_success.json"))

    body = server.call("rollback_stacked_redemptions").parsed

    assert isinstance(body, RedemptionsRollbacksCreateResponseBody)
    assert [type(item) for item in body.rollbacks] == [RedemptionRollback, RedemptionRollback]
    assert body.parent_rollback.redemption == "r_5J38i6KjSnkHYw3bwLB4v72j"
    assert body.rollbacks[0].result == "SUCCESS"
    assert body.rollbacks[0].date.tzinfo is not None
    assert body.order.status == "CANCELED"


def test_list_redemptions_reads_each_item_by_its_object_tag(server: MockServer) -> None:
    redeemed = load_example("redeem_stackable_response.json")["redemptions"][0]
    rolled_back = load_example("rollback_item_failure_already_rolled_back.json")
    payload = {
        "object": "list",
        "data_ref": "redemptions",
        "redemptions": [{**redeemed, "object": "redemption"}, rolled_back],
        "total": 2,
    }
    server.answer(200, payload)

    body = server.call("list_redemptions").parsed

    assert isinstance(body, RedemptionsListResponseBody)
    assert [type(item) for item in body.redemptions] == [
        Redemption,
        RedemptionRollback,
    ]
    assert_same_json(body.to_dict(), payload)


def test_get_redemption_reads_a_redemption_as_a_redemption_model(server: MockServer) -> None:
    payload = {**load_example("redeem_stackable_response.json")["parent_redemption"], "object": "redemption"}
    server.answer(200, payload)

    parsed = server.call("get_redemption").parsed

    assert type(parsed) is Redemption
    assert_same_json(parsed.to_dict(), payload)
