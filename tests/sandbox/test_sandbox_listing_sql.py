"""List-redemptions runs in SQLite: every filter, ordering, window and page must give what a plain reading of the
documents gives. The oracle below reads every stored document straight from the SQLite file and filters in Python;
the sandbox answers the same seeded queries over HTTP."""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from voucherify_sandbox import Sandbox
from voucherify_sandbox.store import Store

from tests.support.sandbox_helpers import auth_headers, redeem_body, tier, voucher

START = datetime(2026, 5, 1, tzinfo=UTC)
FIELD_VALUES = {
    "voucher_code": ["GIFT-100", "SAVE10", "PERCENT20", "EXPIRED-10", "NOPE", "SAVE", "10", ""],
    "result": ["SUCCESS", "FAILURE"],
    "object": ["redemption", "redemption_rollback"],
    "customer_id": ["cust_none"],
    "failure_code": ["voucher_expired", "resource_not_found", "quantity_exceeded"],
    "campaign_name": ["Gift Cards", "Spring Coupons", "Welcome", "Spring"],
    "related_object_id": ["promo_WELCOME5"],
    "related_object_parent_id": [],
    "parent_redemption_id": [],
    "user_login": ["someone"],
}
OPERATORS = ["$in", "$not_in", "$is", "$is_not", "$has_value", "$is_unknown", "$starts_with", "$ends_with"]
OPERATORS += ["$contains", "$not_contain"]


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def field_value(doc: dict[str, Any], field: str, parents: dict[str, str | None]) -> str | None:
    voucher_doc = doc.get("voucher") or {}
    campaign = (doc.get("promotion_tier") or {}).get("campaign") or {}
    if field == "voucher_code":
        return voucher_doc.get("code")
    if field == "related_object_parent_id":
        return voucher_doc.get("campaign_id") if voucher_doc else campaign.get("id")
    if field == "campaign_name":
        return voucher_doc.get("campaign") if voucher_doc else campaign.get("name")
    if field == "parent_redemption_id":
        if doc["object"] == "redemption":
            return doc.get("redemption")
        return parents.get(doc.get("redemption") or "")
    if field == "user_login":
        return None
    return doc.get(field)


def condition_holds(value: str | None, operator: str, values: list[str]) -> bool:
    if operator == "$in":
        return value in values
    if operator == "$not_in":
        return value not in values
    if operator in ("$has_value", "$is_unknown"):
        return (value is not None) == (operator == "$has_value")
    if value is None:
        return operator in ("$is_not", "$not_contain")
    first = values[0]
    return {
        "$is": value == first,
        "$is_not": value != first,
        "$starts_with": value.startswith(first),
        "$ends_with": value.endswith(first),
        "$contains": first in value,
        "$not_contain": first not in value,
    }[operator]


def oracle(rows: list[tuple[int, dict[str, Any]]], params: dict[str, Any]) -> tuple[list[str], int]:
    parents = {doc["id"]: doc.get("redemption") for _, doc in rows if doc["object"] == "redemption"}
    conditions = params.get("conditions", [])
    junction = params.get("junction", "and")

    def selected(doc: dict[str, Any]) -> bool:
        if params.get("result") and doc["result"] != params["result"]:
            return False
        customer = params.get("customer")
        if customer and customer not in (doc.get("customer_id"), (doc.get("customer") or {}).get("source_id")):
            return False
        if params.get("campaign") and field_value(doc, "campaign_name", parents) != params["campaign"]:
            return False
        created = _parse(doc["date"])
        if params.get("after") and created < params["after"]:
            return False
        if params.get("before") and created >= params["before"]:
            return False
        if conditions:
            hits = [condition_holds(field_value(doc, f, parents), op, vs) for f, op, vs in conditions]
            return all(hits) if junction == "and" else any(hits)
        return True

    order = params.get("order", "-created_at")
    name = order.lstrip("-")

    def key(row: tuple[int, dict[str, Any]]) -> Any:
        seq, doc = row
        if name == "created_at":
            return (_parse(doc["date"]), seq)
        value = field_value(doc, name, parents) if name == "voucher_code" else doc.get(name)
        return (value is not None, value or "", seq)  # SQL: NULLs first when ascending

    matching = sorted((row for row in rows if selected(row[1])), key=key, reverse=order.startswith("-"))
    limit, page = params.get("limit", 10), params.get("page", 1)
    return [doc["id"] for _, doc in matching[(page - 1) * limit : page * limit]], len(matching)


def query_string(params: dict[str, Any]) -> str:
    pairs: list[tuple[str, str]] = []
    for name in ("limit", "page", "order", "result", "customer", "campaign"):
        if name in params:
            pairs.append((name, str(params[name])))
    for name in ("after", "before"):
        if name in params:
            pairs.append((f"created_at[{name}]", params[name].isoformat()))
    for field, operator, values in params.get("conditions", []):
        key = f"filters[{field}][conditions][{operator}]"
        if operator in ("$in", "$not_in"):
            pairs += [(key, value) for value in values] if values else [(key, "")]
        else:
            pairs.append((key, values[0]))
    if "junction" in params:
        pairs.append(("filters[junction]", params["junction"]))
    return urlencode(pairs)


@pytest.fixture
def populated(make_sandbox, tmp_path) -> tuple[Sandbox, str]:
    """About 60 records over two simulated days: stacks, singles, tiers, failures, rollbacks, repeats of a second."""
    db = str(tmp_path / "listing.db")
    sandbox = make_sandbox(db=db, clock=lambda: START)
    rng = random.Random(8)
    with httpx.Client(base_url=sandbox.base_url, headers=auth_headers(sandbox)) as api:
        parents: list[str] = []
        for step in range(24):
            customer = {"source_id": f"shopper-{step % 5}"}
            choice = step % 6
            if choice == 0:
                body = redeem_body(voucher("GIFT-100", gift={"credits": 10}), voucher("SAVE10"), customer=customer)
            elif choice == 1:
                body = redeem_body(voucher("PERCENT20"), tier("promo_WELCOME5"), customer=customer)
            elif choice == 2:
                body = redeem_body(voucher("EXPIRED-10"), customer=customer)
            elif choice == 3:
                body = redeem_body(voucher(f"NOPE-{step}"))
            elif choice == 4:
                body = redeem_body(tier("promo_SPEND100"), customer=customer)
            else:
                body = redeem_body(voucher("SAVE10"))
            answer = api.post("/v1/redemptions", json=body).json()
            if "parent_redemption" in answer:
                parents.append(answer["parent_redemption"]["id"])
            if rng.random() < 0.6:  # several records share one timestamp: the order falls back to insertion
                sandbox.advance_time(minutes=rng.randint(1, 180))
        for parent in parents[::2]:
            assert api.post(f"/v1/redemptions/{parent}/rollbacks", json={"reason": "r"}).status_code == 200
            sandbox.advance_time(minutes=7)
    return sandbox, db


def random_query(rng: random.Random, parents: list[str], customers: list[str]) -> dict[str, Any]:
    params: dict[str, Any] = {"limit": rng.choice([1, 3, 10, 100]), "page": rng.choice([1, 1, 2, 3])}
    if rng.random() < 0.5:
        params["order"] = rng.choice(["", "-"]) + rng.choice(
            ["created_at", "id", "voucher_code", "tracking_id", "customer_id"]
        )
    if rng.random() < 0.2:
        params["result"] = rng.choice(["SUCCESS", "FAILURE"])
    if rng.random() < 0.2:
        params["customer"] = rng.choice(customers)
    if rng.random() < 0.15:
        params["campaign"] = rng.choice(["Gift Cards", "Spring Coupons", "Welcome"])
    if rng.random() < 0.3:
        params["after"] = START + timedelta(minutes=rng.randint(0, 1500))
    if rng.random() < 0.3:
        params["before"] = START + timedelta(minutes=rng.randint(0, 3000))
    conditions = []
    for _ in range(rng.choice([0, 1, 1, 2, 3])):
        field = rng.choice(list(FIELD_VALUES))
        pool = FIELD_VALUES[field] or parents or ["x"]
        if field == "customer_id":
            pool = customers
        operator = rng.choice(OPERATORS)
        count = rng.randint(0, 3) if operator in ("$in", "$not_in") else 1
        conditions.append((field, operator, [rng.choice(pool) for _ in range(count)]))
    if conditions:
        params["conditions"] = list({(f, o): (f, o, v) for f, o, v in conditions}.values())
        if rng.random() < 0.5:
            params["junction"] = rng.choice(["and", "or"])
    return params


@pytest.mark.parametrize("max_matched_values", [1000, 0], ids=["values-listed", "predicates"])
def test_sql_listing_matches_a_plain_reading_of_every_document(populated, monkeypatch, max_matched_values) -> None:
    # 0: every text operator takes the path of a field with too many values to list (a predicate on the column)
    monkeypatch.setattr("voucherify_sandbox.listing.MAX_MATCHED_VALUES", max_matched_values)
    sandbox, db = populated
    with sqlite3.connect(db) as reader:
        rows = [(seq, json.loads(doc)) for seq, doc in reader.execute("SELECT seq, doc FROM redemptions")]
    assert len(rows) > 50
    parents = [doc["id"] for _, doc in rows if doc.get("related_object_type") == "redemption"]
    customers = sorted({doc["customer_id"] for _, doc in rows if doc.get("customer_id")})
    customers += sorted({doc["customer"]["source_id"] for _, doc in rows if doc.get("customer")})
    FIELD_VALUES["related_object_parent_id"] = sorted(
        {(doc.get("voucher") or {}).get("campaign_id") or "x" for _, doc in rows}
    )
    rng = random.Random(20261201)
    nonempty = 0
    with httpx.Client(base_url=sandbox.base_url, headers=auth_headers(sandbox)) as api:
        for _ in range(250):
            params = random_query(rng, parents, customers)
            response = api.get("/v1/redemptions?" + query_string(params))
            assert response.status_code == 200, (params, response.text)
            body = response.json()
            expected_ids, expected_total = oracle(rows, params)
            assert ([r["id"] for r in body["redemptions"]], body["total"]) == (expected_ids, expected_total), params
            nonempty += bool(expected_ids)
    assert nonempty > 100  # the queries are not vacuous


def test_a_file_from_before_the_columns_is_migrated_in_order(tmp_path, make_sandbox) -> None:
    db = str(tmp_path / "old.db")
    first = make_sandbox(db=db, clock=lambda: START)
    with httpx.Client(base_url=first.base_url, headers=auth_headers(first)) as api:
        made = [api.post("/v1/redemptions", json=redeem_body(voucher("SAVE10"))).json() for _ in range(3)]
    first.stop()
    with sqlite3.connect(db) as conn:  # rewrite the file in the layout the sandbox used before (seq, id, doc)
        old = conn.execute("SELECT seq, id, doc FROM redemptions ORDER BY seq").fetchall()
        conn.execute("DROP TABLE redemptions")
        conn.execute(
            "CREATE TABLE redemptions (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, doc TEXT)"
        )
        conn.executemany("INSERT INTO redemptions VALUES (?, ?, ?)", old)
    again = make_sandbox(db=db, clock=lambda: START)
    with httpx.Client(base_url=again.base_url, headers=auth_headers(again)) as api:
        listed = api.get("/v1/redemptions", params={"order": "created_at"}).json()
        assert [r["id"] for r in listed["redemptions"]] == [m["redemptions"][0]["id"] for m in made]
        code = api.get("/v1/redemptions?filters[voucher_code][conditions][$is]=SAVE10").json()
        assert code["total"] == 3
        assert api.post(f"/v1/redemptions/{made[0]['redemptions'][0]['id']}/rollback").status_code == 200


def test_listing_decodes_only_the_page(monkeypatch) -> None:
    store = Store()
    try:
        base = {"object": "redemption", "result": "SUCCESS", "status": "SUCCEEDED", "redemption": None}
        store.add_redemptions(
            {**base, "id": f"r_{i:05d}", "date": f"2026-01-01T00:00:{i % 60:02d}.000Z"} for i in range(500)
        )
        decoded = []
        real_loads = json.loads
        monkeypatch.setattr("voucherify_sandbox.store.json.loads", lambda text: decoded.append(1) or real_loads(text))
        from voucherify_sandbox.listing import list_redemptions, parse_list_query

        page = list_redemptions(store, parse_list_query("limit=7&page=3&filters[result][conditions][$is]=SUCCESS"))
        assert page["total"] == 500 and len(page["redemptions"]) == 7
        assert len(decoded) == 7
    finally:
        store.close()


def test_a_file_from_before_the_values_table_gets_it_filled_on_open(tmp_path, make_sandbox) -> None:
    db = str(tmp_path / "before-values.db")
    first = make_sandbox(db=db, clock=lambda: START)
    with httpx.Client(base_url=first.base_url, headers=auth_headers(first)) as api:
        api.post("/v1/redemptions", json=redeem_body(voucher("SAVE10")))
    first.stop()
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TABLE redemption_values")
        conn.execute("DROP TABLE redemption_value_text")
    again = make_sandbox(db=db, clock=lambda: START)
    with httpx.Client(base_url=again.base_url, headers=auth_headers(again)) as api:
        found = api.get("/v1/redemptions?filters[voucher_code][conditions][$contains]=AVE1").json()
        assert found["total"] == 1


def _records(count: int, code: str) -> Iterator[dict[str, Any]]:
    base = {"object": "redemption", "result": "SUCCESS", "status": "SUCCEEDED", "redemption": None}
    for i in range(count):
        yield {
            **base,
            "id": f"r_{code}{i:06d}",
            "date": f"2026-01-01T00:{i // 60 % 60:02d}:{i % 60:02d}.000Z",
            "voucher": {"id": f"v_{code}", "code": code},
        }


def test_total_counts_up_to_the_cap_and_a_broad_filter_reads_the_date_index() -> None:
    from voucherify_sandbox.listing import TOTAL_CAP, _where, list_redemptions, parse_list_query

    store = Store()
    try:
        store.add_redemptions(_records(TOTAL_CAP + 5, "BROAD"))
        store.add_redemptions(_records(3, "RARE"))
        for text, total in [("BR", TOTAL_CAP), ("RA", 3)]:
            query = parse_list_query(f"limit=100&filters[voucher_code][conditions][$starts_with]={text}")
            listed = list_redemptions(store, query)
            assert listed["total"] == total and len(listed["redemptions"]) == min(100, total)
        broad = parse_list_query("filters[voucher_code][conditions][$contains]=ROA")
        where, params = _where(broad, [c.matching_values(store) for c in broad.conditions], indexed=False)
        plan = store._conn.execute(
            f"EXPLAIN QUERY PLAN SELECT seq FROM redemptions WHERE {where} ORDER BY created_us DESC, seq DESC LIMIT 1",
            params,
        ).fetchall()
        assert any("redemptions_by_date" in str(step) for step in plan), plan
    finally:
        store.close()


def test_without_fts5_trigrams_text_operators_still_answer(monkeypatch) -> None:
    import voucherify_sandbox.store as store_module
    from voucherify_sandbox.listing import list_redemptions, parse_list_query

    no_trigrams = (store_module._VALUES_TABLES[0], "CREATE VIRTUAL TABLE redemption_value_text USING no_such_module(x)")
    monkeypatch.setattr(store_module, "_VALUES_TABLES", no_trigrams)
    store = Store()
    try:
        store.add_redemptions(_records(5, "GIFT-100"))
        listed = list_redemptions(store, parse_list_query("filters[voucher_code][conditions][$contains]=FT-1"))
        assert listed["total"] == 5
    finally:
        store.close()
