"""GET /v1/redemptions/{id} and GET /v1/redemptions: objects, paging, sorting, filters and created_at windows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from voucherify_sandbox import Sandbox

from tests.support.sandbox_helpers import auth_headers, redeem_body, voucher

START = datetime(2026, 3, 1, 0, 0, tzinfo=UTC)


@pytest.fixture
def timeline(make_sandbox) -> Iterator[tuple[Sandbox, httpx.Client, dict[str, Any]]]:
    """Hour 0: stack (GIFT-100 + SAVE10) → 3 records; hour 1: PERCENT20; hour 2: EXPIRED-10 fails (rf_);
    hour 3: the stack is rolled back (2 child rollbacks + parent rollback): 8 records."""
    sandbox = make_sandbox(clock=lambda: START)
    with httpx.Client(base_url=sandbox.base_url, headers=auth_headers(sandbox)) as api:
        stack = api.post(
            "/v1/redemptions", json=redeem_body(voucher("GIFT-100", gift={"credits": 100}), voucher("SAVE10"))
        ).json()
        sandbox.advance_time(hours=1)
        single = api.post(
            "/v1/redemptions", json=redeem_body(voucher("PERCENT20"), customer={"source_id": "bob"})
        ).json()
        sandbox.advance_time(hours=1)
        assert api.post("/v1/redemptions", json=redeem_body(voucher("EXPIRED-10"))).status_code == 400
        sandbox.advance_time(hours=1)
        rollback = api.post(f"/v1/redemptions/{stack['parent_redemption']['id']}/rollbacks").json()
        yield sandbox, api, {"stack": stack, "single": single, "rollback": rollback}


def ids(page: dict[str, Any]) -> list[str]:
    return [r["id"] for r in page["redemptions"]]


def test_get_returns_redemptions_and_rollbacks(timeline) -> None:
    _, api, made = timeline
    parent = made["stack"]["parent_redemption"]
    got = api.get(f"/v1/redemptions/{parent['id']}").json()
    assert got["object"] == "redemption" and got["status"] == "ROLLED_BACK"
    assert got["related_redemptions"]["rollbacks"] == [
        {"id": made["rollback"]["parent_rollback"]["id"], "date": made["rollback"]["parent_rollback"]["date"]}
    ]
    assert [r["id"] for r in got["related_redemptions"]["redemptions"]] == [
        r["id"] for r in made["stack"]["redemptions"]
    ]
    rollback = api.get(f"/v1/redemptions/{made['rollback']['rollbacks'][0]['id']}").json()
    assert rollback["object"] == "redemption_rollback" and rollback["amount"] == -100
    missing = api.get("/v1/redemptions/r_missing")
    assert missing.status_code == 404 and missing.json()["resource_id"] == "r_missing"


def test_list_defaults_newest_first_with_total(timeline) -> None:
    _, api, _made = timeline
    page = api.get("/v1/redemptions").json()
    assert (page["object"], page["data_ref"], page["total"]) == ("list", "redemptions", 8)
    assert len(page["redemptions"]) == 8
    dates = [r["date"] for r in page["redemptions"]]
    assert dates == sorted(dates, reverse=True)
    assert page["redemptions"][0]["object"] == "redemption_rollback"


def test_pagination_walks_every_record_once(timeline) -> None:
    _, api, _ = timeline
    pages = [api.get("/v1/redemptions", params={"limit": 3, "page": n}).json() for n in (1, 2, 3, 4, 5)]
    assert [len(p["redemptions"]) for p in pages] == [3, 3, 2, 0, 0]
    walked = [i for p in pages for i in ids(p)]
    assert len(walked) == len(set(walked)) == 8 and all(p["total"] == 8 for p in pages)


@pytest.mark.parametrize("order", ["created_at", "-created_at", "id", "-id", "voucher_code", "-customer_id"])
def test_order_param_sorts(timeline, order: str) -> None:
    _, api, _ = timeline
    page = api.get("/v1/redemptions", params={"order": order, "limit": 100}).json()
    key = order.lstrip("-")
    values = [
        (r.get("voucher") or {}).get("code") or ""
        if key == "voucher_code"
        else r["date"]
        if key == "created_at"
        else r.get(key) or ""
        for r in page["redemptions"]
    ]
    assert values == sorted(values, reverse=order.startswith("-"))


def test_result_and_customer_filters(timeline) -> None:
    _, api, made = timeline
    failures = api.get("/v1/redemptions", params={"result": "FAILURE"}).json()
    assert failures["total"] == 1 and failures["redemptions"][0]["failure_code"] == "voucher_expired"
    both = api.get("/v1/redemptions", params=[("result", "SUCCESS"), ("result", "FAILURE")]).json()
    assert both["total"] == 8
    bob = api.get("/v1/redemptions", params={"customer": "bob"}).json()
    assert ids(bob) == [made["single"]["redemptions"][0]["id"]]
    by_id = api.get("/v1/redemptions", params={"customer": made["single"]["redemptions"][0]["customer_id"]}).json()
    assert by_id["total"] == 1
    assert api.get("/v1/redemptions", params={"customer": "nobody"}).json()["total"] == 0


def test_created_at_window_is_after_inclusive_before_exclusive(timeline) -> None:
    _, api, _ = timeline
    hour1, hour2 = "2026-03-01T01:00:00.000Z", "2026-03-01T02:00:00Z"
    first = api.get("/v1/redemptions", params={"created_at[after]": hour1, "created_at[before]": hour2}).json()
    assert first["total"] == 1 and first["redemptions"][0]["voucher"]["code"] == "PERCENT20"
    docs_style = api.get("/v1/redemptions", params={"[created_at][before]": hour1}).json()
    assert docs_style["total"] == 3  # the stack at hour 0
    assert api.get("/v1/redemptions", params={"created_at[after]": "2026-03-01"}).json()["total"] == 8


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"filters[object][conditions][$in][0]": "redemption_rollback"}, 3),
        ({"filters[object][conditions][$in]": "redemption_rollback,redemption"}, 8),
        ({"filters[result][conditions][$in][0]": "SUCCESS", "filters[result][conditions][$in][1]": "FAILURE"}, 8),
        ({"filters[result][conditions][$in]": "['FAILURE']"}, 1),  # the official SDK's str(list)
        ({"filters[result][conditions][$is]": "SUCCESS", "filters[object][conditions][$is]": "redemption"}, 4),
        (
            {
                "filters[result][conditions][$is]": "FAILURE",
                "filters[object][conditions][$is]": "redemption_rollback",
                "filters[junction]": "or",
            },
            4,
        ),
        ({"filters[voucher_code][conditions][$is]": "SAVE10"}, 2),
        ({"filters[voucher_code][conditions][$starts_with]": "GIFT"}, 2),
        ({"filters[failure_code][conditions][$has_value]": ""}, 1),
        (
            {"filters[related_object_parent_id][conditions][$is_unknown]": ""},
            3,
        ),  # parents + the expired code without campaign
        ({"filters[campaign_name][conditions][$is]": "Gift Cards"}, 2),
        ({"campaign": "Spring Coupons"}, 3),
        ({"filters[voucher_code][conditions][$is]": "None"}, 8),  # SDK placeholder for unset: ignored
    ],
)
def test_filters(timeline, params: dict[str, str], expected: int) -> None:
    _, api, _ = timeline
    page = api.get("/v1/redemptions", params=params)
    assert page.status_code == 200, page.text
    assert page.json()["total"] == expected


def test_parent_redemption_id_filter_lists_children_and_their_rollbacks(timeline) -> None:
    _, api, made = timeline
    parent_id = made["stack"]["parent_redemption"]["id"]
    page = api.get(
        "/v1/redemptions", params=[("filters[parent_redemption_id][conditions][$in]", parent_id), ("limit", "100")]
    ).json()
    children = {r["id"] for r in made["stack"]["redemptions"]}
    child_rollbacks = {r["id"] for r in made["rollback"]["rollbacks"]}
    assert set(ids(page)) == children | child_rollbacks


def test_repeated_in_keys_are_one_list(timeline) -> None:
    _, api, _ = timeline
    params = [
        ("filters[object][conditions][$in]", "redemption_rollback"),
        ("filters[object][conditions][$in]", "redemption"),
    ]
    assert api.get("/v1/redemptions", params=params).json()["total"] == 8


@pytest.mark.parametrize(
    "params",
    [
        {"limit": "0"},
        {"limit": "101"},
        {"limit": "ten"},
        {"page": "0"},
        {"page": "100"},
        {"order": "amount"},
        {"result": "MAYBE"},
        {"created_at[after]": "yesterday"},
        {"created_at[during]": "2026-01-01"},
        {"filters[colour][conditions][$is]": "red"},
        {"filters[result][conditions][$like]": "S"},
        {"filters[result][$is]": "SUCCESS"},
        {"filters[junction]": "xor"},
        {"filters[result][conditions][$in][x]": "SUCCESS"},
    ],
)
def test_bad_query_values_are_400_invalid_query_params(api: httpx.Client, params: dict[str, str]) -> None:
    response = api.get("/v1/redemptions", params=params)
    assert response.status_code == 400 and response.json()["key"] == "invalid_query_params"


def test_page_99_is_the_last_allowed_page(api: httpx.Client) -> None:
    page = api.get("/v1/redemptions", params={"page": 99, "limit": 100})
    assert page.status_code == 200 and page.json()["redemptions"] == []
