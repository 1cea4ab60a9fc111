"""The requests the generated operations send: method, path, query and JSON body, as the docs show them."""

from __future__ import annotations

import datetime
import json

from voucherify_client.models import (
    FilterConditionsString,
    Junction,
    ParameterCreatedBeforeAfter,
    ParameterFiltersListRedemptions,
    ParameterFiltersListRedemptionsObject,
    ParameterOrderListRedemptions,
    RedemptionsRollbackCreateRequestBody,
)

from tests.support.example_payloads import seed_request_body
from tests.support.generated_helpers import MockServer

SEED_PARENT_ID = "r_0ba186c4824e4881e1"


def test_seed_curl_example_is_sent_as_the_docs_show_it(server: MockServer) -> None:
    body = seed_request_body()
    assert set(body["customer"]) == {"id", "name", "email", "phone", "birthday", "birthdate", "address", "metadata"}

    server.call(
        "rollback_stacked_redemptions", SEED_PARENT_ID, body=RedemptionsRollbackCreateRequestBody.from_dict(body)
    )

    request = server.last_request
    assert request.method == "POST"
    assert request.url.host == "api.voucherify.io"
    assert request.url.path == "/v1/redemptions/r_0ba186c4824e4881e1/rollbacks"
    assert request.url.query == b""
    assert request.headers["Content-Type"] == "application/json"
    sent = json.loads(request.content)
    assert sent == body
    assert (sent["customer"]["birthday"], sent["customer"]["birthdate"]) == ("1900-12-02", "1900-12-01")


def test_reason_and_tracking_id_go_in_the_query(server: MockServer) -> None:
    server.call(
        "rollback_stacked_redemptions",
        SEED_PARENT_ID,
        body=RedemptionsRollbackCreateRequestBody(),
        reason="Customer returned the order",
        tracking_id="track_otz3irNtDcvoZO+7uwUGiSTTeJ0BnNFq",
    )

    request = server.last_request
    assert dict(request.url.params) == {
        "reason": "Customer returned the order",
        "tracking_id": "track_otz3irNtDcvoZO+7uwUGiSTTeJ0BnNFq",
    }
    assert json.loads(request.content) == {}


def test_single_rollback_encodes_the_redemption_id_into_one_path_segment(server: MockServer) -> None:
    server.call("rollback_redemption", "r_a/b c", body=RedemptionsRollbackCreateRequestBody(reason="dup"))

    request = server.last_request
    assert request.method == "POST"
    assert request.url.raw_path == b"/v1/redemptions/r_a%2Fb%20c/rollback"
    assert json.loads(request.content) == {"reason": "dup"}


def test_get_redemption_is_a_get_without_body(server: MockServer) -> None:
    server.call("get_redemption", "rr_0efeb3dab05e62e599")

    request = server.last_request
    assert (request.method, request.url.path, request.content) == (
        "GET",
        "/v1/redemptions/rr_0efeb3dab05e62e599",
        b"",
    )


def test_list_redemptions_flattens_created_at_and_filters_as_deep_objects(server: MockServer) -> None:
    before = datetime.datetime(2017, 9, 8, 13, 52, 18, 227000, tzinfo=datetime.UTC)
    after = datetime.datetime(2017, 9, 1, tzinfo=datetime.UTC)
    filters = ParameterFiltersListRedemptions(
        junction=Junction.AND,
        result=ParameterFiltersListRedemptionsObject(conditions=FilterConditionsString(in_=["SUCCESS", "FAILURE"])),
        failure_code=ParameterFiltersListRedemptionsObject(
            conditions=FilterConditionsString(is_="already_rolled_back")
        ),
    )

    server.call(
        "list_redemptions",
        limit=10,
        page=2,
        order=ParameterOrderListRedemptions("-created_at"),
        created_at=ParameterCreatedBeforeAfter(before=before, after=after),
        filters=filters,
    )

    request = server.last_request
    assert (request.method, request.url.path) == ("GET", "/v1/redemptions")
    params = dict(request.url.params)
    assert datetime.datetime.fromisoformat(params.pop("created_at[before]")) == before
    assert datetime.datetime.fromisoformat(params.pop("created_at[after]")) == after
    assert params == {
        "limit": "10",
        "page": "2",
        "order": "-created_at",
        "filters[junction]": "and",
        "filters[result][conditions][$in][0]": "SUCCESS",
        "filters[result][conditions][$in][1]": "FAILURE",
        "filters[failure_code][conditions][$is]": "already_rolled_back",
    }


def test_list_redemptions_without_arguments_sends_no_query(server: MockServer) -> None:
    server.call("list_redemptions")

    assert server.last_request.url.query == b""
