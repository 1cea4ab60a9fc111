"""get_order and rollback_order over httpx.MockTransport with Voucherify's real payload shapes (sync and async)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from voucherify_rollbacks import AsyncVoucherify, Voucherify
from voucherify_rollbacks.errors import NotFoundError
from voucherify_rollbacks.operations.outcomes import RollbackOutcome

from tests.support.order_api import OrderAPI, example

ORDER_ID = "ord_EFHJ63S5C8gODkMQbSuCN054"
PARENT = "r_5J38i6KjSnkHYw3bwLB4v72j"
TOKEN = "app-token-SECRET-5e1f"


def client(api: OrderAPI) -> Voucherify:
    http = httpx.Client(transport=httpx.MockTransport(api.handler))
    return Voucherify(base_url="https://api.test", app_id="app", app_token=TOKEN, http_client=http, max_retries=0)


def test_get_order_reads_status_totals_and_the_redemptions_map() -> None:
    api = OrderAPI()
    with client(api) as vf:
        order = vf.get_order(ORDER_ID)
    assert (order.id, order.status, order.amount) == (ORDER_ID, "PAID", 10000)
    assert order.redemptions is not None
    entry = order.redemptions[PARENT]
    assert entry.stacked == ["r_2wfYc2a2Igu3iX1DNuXwOwvM", "r_LzoQKMUe0b4DNkW0O5xKUqCw"]


def test_get_order_of_an_unknown_order_raises_not_found_with_its_key() -> None:
    with client(OrderAPI()) as vf, pytest.raises(NotFoundError) as caught:
        vf.get_order("ord_missing")
    assert caught.value.key == "not_found" and caught.value.resource_id == "ord_missing"


def test_rollback_order_rolls_back_the_parent_once_and_a_second_run_sends_nothing() -> None:
    api = OrderAPI()
    with client(api) as vf:
        first = vf.rollback_order(ORDER_ID, reason="order canceled")
        second = vf.rollback_order(ORDER_ID, reason="order canceled")
    assert [(o.redemption_id, o.status, o.ok) for o in first] == [(PARENT, "rolled_back", True)]
    assert first[0].rollback_id == "rr_qMVd5eAdWFgxwl7yjGKqotCi"
    assert first[0].result.rollbacks[0].redemption == "r_2wfYc2a2Igu3iX1DNuXwOwvM"
    assert [(o.redemption_id, o.status, o.rollback_id) for o in second] == [
        (PARENT, "already_rolled_back", "rr_qMVd5eAdWFgxwl7yjGKqotCi")
    ]
    assert api.posts == [f"/v1/redemptions/{PARENT}/rollbacks"]


def test_rollback_order_sends_reason_and_tracking_id_in_the_query() -> None:
    seen: list[httpx.Request] = []
    api = OrderAPI()

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return api.handler(request)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with Voucherify(base_url="https://api.test", app_id="a", app_token=TOKEN, http_client=http) as vf:
        vf.rollback_order(ORDER_ID, reason="fraud wave", tracking_id="track-7")
    post = next(r for r in seen if r.method == "POST")
    assert post.url.params["reason"] == "fraud wave" and post.url.params["tracking_id"] == "track-7"


def test_one_refused_redemption_is_its_outcome_and_the_others_still_roll_back() -> None:
    refusal = {"code": 400, "key": "invalid_redemption", "message": "Invalid redemption", "request_id": "v-9"}
    api = OrderAPI(extra_single="r_single", refuse={PARENT: (400, refusal)})
    api.rollback_answer = {"rollbacks": [example("rollbacks_success.json")["rollbacks"][0]], "order": api.order}
    with client(api) as vf:
        outcomes = vf.rollback_order(ORDER_ID)
    by_id = {o.redemption_id: o for o in outcomes}
    assert by_id[PARENT].status == "failed" and by_id[PARENT].error.key == "invalid_redemption"
    assert by_id["r_single"].status == "rolled_back"
    assert not by_id[PARENT].ok


def test_a_refusal_as_already_rolled_back_is_reported_as_rolled_back_before_not_as_failed() -> None:
    api = OrderAPI(refuse={PARENT: (400, example("error_400_already_rolled_back.json"))})
    with client(api) as vf:
        (outcome,) = vf.rollback_order(ORDER_ID)
    assert outcome.status == "already_rolled_back" and outcome.ok
    assert outcome.error.key == "already_rolled_back"


def test_a_stacked_child_listed_in_the_map_is_left_to_its_parent() -> None:
    api = OrderAPI()
    api.order["redemptions"]["r_2wfYc2a2Igu3iX1DNuXwOwvM"] = {"related_object_type": "voucher"}
    with client(api) as vf:
        outcomes = vf.rollback_order(ORDER_ID)
    assert [o.redemption_id for o in outcomes] == [PARENT]


def test_outcomes_turn_into_json_ready_data_without_the_token() -> None:
    api = OrderAPI(refuse={PARENT: (401, {"code": 401, "message": f"bad token {TOKEN}"})})
    with client(api) as vf:
        (outcome,) = vf.rollback_order(ORDER_ID)
        data = outcome.to_dict()  # the raw body is kept as it came; to_dict scrubs what open clients know
    text = json.dumps(data)
    assert data["status"] == "failed" and data["error"]["status_code"] == 401
    assert TOKEN not in text and TOKEN not in repr(outcome)
    assert "RollbackOutcome('r_5J38i6KjSnkHYw3bwLB4v72j', status='failed'" in repr(outcome)


def test_rolled_back_outcome_to_dict_holds_the_whole_rollback_result() -> None:
    with client(OrderAPI()) as vf:
        (outcome,) = vf.rollback_order(ORDER_ID)
    data = json.loads(json.dumps(outcome.to_dict()))
    assert data["result"]["parent_rollback"]["id"] == "rr_qMVd5eAdWFgxwl7yjGKqotCi"
    assert [r["redemption"] for r in data["result"]["rollbacks"]] == [
        "r_2wfYc2a2Igu3iX1DNuXwOwvM",
        "r_LzoQKMUe0b4DNkW0O5xKUqCw",
    ]
    assert data["result"]["order"]["status"] == "CANCELED"
    same = RollbackOutcome(PARENT, "rolled_back", item=ORDER_ID, order_id=ORDER_ID, result=outcome.result)
    assert same == outcome and RollbackOutcome(PARENT, "rolled_back", result=outcome.result) != outcome


def test_async_rollback_order_matches_the_sync_one() -> None:
    api = OrderAPI()

    async def run() -> tuple[list[RollbackOutcome], list[RollbackOutcome]]:
        http = httpx.AsyncClient(transport=httpx.MockTransport(api.handler))
        async with AsyncVoucherify(base_url="https://api.test", app_id="a", app_token=TOKEN, http_client=http) as vf:
            order = await vf.get_order(ORDER_ID)
            assert order.status == "PAID"
            return await vf.rollback_order(ORDER_ID), await vf.rollback_order(ORDER_ID)

    first, second = asyncio.run(run())
    assert [o.status for o in first] == ["rolled_back"]
    assert [o.status for o in second] == ["already_rolled_back"]
    assert len(api.posts) == 1


@pytest.mark.parametrize("body", [b"{}", b"<html>bad gateway</html>", b'{"object": "redemption", "id": "r_1"}'])
def test_an_answer_that_is_not_an_order_is_malformed_and_nothing_is_rolled_back(body: bytes) -> None:
    from voucherify_rollbacks import MalformedResponseError

    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.method)
        return httpx.Response(200, content=body)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    vf = Voucherify(base_url="https://api.test", app_id="a", app_token=TOKEN, http_client=http)
    with vf, pytest.raises(MalformedResponseError):
        vf.rollback_order(ORDER_ID)
    assert "POST" not in sent


def test_rollback_many_pauses_every_request_after_remaining_zero_until_the_named_time(tmp_path: Any) -> None:
    import time

    api = OrderAPI(extra_single="r_single")
    slept: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        answer = api.handler(request)
        if request.method == "GET":  # the order's read used up the window: the next request must wait ~30 s
            answer.headers["X-Rate-Limit-Remaining"] = "0"
            answer.headers["X-Rate-Limit-Retry"] = str(int(time.time()) + 30)
        return answer

    http = httpx.Client(transport=httpx.MockTransport(handler))
    vf = Voucherify(base_url="https://api.test", app_id="a", app_token=TOKEN, http_client=http, sleep=slept.append)
    with vf:
        outcomes = list(vf.rollback_many([ORDER_ID], journal=str(tmp_path / "j"), concurrency=1))
    assert [o.status for o in outcomes] == ["rolled_back", "rolled_back"]
    assert len(slept) == 2 and all(28 <= s <= 31 for s in slept)  # both rollbacks waited; nothing was sent early
