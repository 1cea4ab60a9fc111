"""The sandbox's exports over raw HTTP: create, status (SCHEDULED, IN_PROGRESS, DONE after `export_polls` reads), the
CSV download authorised by its token alone, and the refusals (fields, filters, tokens). Every JSON answer is checked
against Voucherify's exports.json (tests/data/upstream-65c33a7a) by the conftest's recorder."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import httpx
from voucherify_rollbacks import REDEMPTION_EXPORT_FIELDS
from voucherify_sandbox import Sandbox

from tests.support.sandbox_helpers import redeem_body, voucher

EXPORTS_SPEC = Path(__file__).resolve().parents[1] / "data" / "upstream-65c33a7a" / "exports.json"


def _create(api: httpx.Client, **parameters: Any) -> dict[str, Any]:
    answer = api.post("/v1/exports", json={"exported_object": "redemption", "parameters": parameters})
    assert answer.status_code == 200, answer.text
    created: dict[str, Any] = answer.json()
    return created


def _until_done(api: httpx.Client, export_id: str) -> tuple[list[str], dict[str, Any]]:
    statuses = []
    for _ in range(10):
        export = api.get(f"/v1/exports/{export_id}").json()
        statuses.append(export["status"])
        if export["status"] == "DONE":
            return statuses, export
    raise AssertionError(f"never DONE: {statuses}")


def test_the_sdk_knows_every_redemption_field_voucherify_documents() -> None:
    spec = json.loads(EXPORTS_SPEC.read_text(encoding="utf-8"))
    assert list(REDEMPTION_EXPORT_FIELDS) == spec["components"]["schemas"]["ExportRedemptionFields"]["enum"]


def test_an_export_is_scheduled_in_progress_then_done_and_its_csv_holds_the_filtered_redemptions(
    sb: Sandbox, api: httpx.Client
) -> None:
    for code in ("SAVE10", "GIFT-50", "SAVE10"):
        assert api.post("/v1/redemptions", json=redeem_body(voucher(code))).status_code == 200
    fields = ["id", "object", "voucher_code", "result", "metadata"]
    filters = {"junction": "and", "voucher_code": {"conditions": {"$is": ["SAVE10"]}}}

    created = _create(api, fields=fields, filters=filters)
    statuses, done = _until_done(api, created["id"])

    assert created["status"] == "SCHEDULED" and created["result"] is None
    assert statuses == ["IN_PROGRESS", "DONE"]
    url = done["result"]["url"]
    assert url.startswith(f"{sb.base_url}/v1/exports/{created['id']}?token=")
    with httpx.Client() as anonymous:  # no app keys: the token is the download's only credential
        download = anonymous.get(url)
    assert download.status_code == 200 and download.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(download.text)))
    assert rows[0] == ["ID", "Object", "Voucher Code", "Result", "Metadata"]
    assert len(rows) == 3 and all(row[2] == "SAVE10" and row[3] == "SUCCESS" for row in rows[1:])


def test_a_download_with_a_wrong_or_missing_token_is_refused(sb: Sandbox, api: httpx.Client) -> None:
    created = _create(api, fields=["id"])
    _, done = _until_done(api, created["id"])
    bare = done["result"]["url"].split("?", 1)[0]

    with httpx.Client() as anonymous:
        wrong = anonymous.get(bare, params={"token": "not-the-token"})
        missing = anonymous.get(bare)
        empty = anonymous.get(bare, params={"token": ""})
    assert [wrong.status_code, missing.status_code, empty.status_code] == [401, 401, 401]
    sb.expire_export_tokens()
    with httpx.Client() as anonymous:
        assert anonymous.get(done["result"]["url"]).status_code == 401


def test_unknown_fields_and_filters_are_refused_like_voucherify(api: httpx.Client) -> None:
    fields = api.post("/v1/exports", json={"exported_object": "redemption", "parameters": {"fields": ["parent"]}})
    filters = api.post(
        "/v1/exports",
        json={"exported_object": "redemption", "parameters": {"filters": {"nope": {"conditions": {"$is": ["x"]}}}}},
    )
    other = api.post("/v1/exports", json={"exported_object": "voucher"})

    assert (fields.status_code, fields.json()["key"]) == (400, "invalid_export_fields")
    assert (filters.status_code, filters.json()["key"]) == (400, "invalid_payload")
    assert (other.status_code, other.json()["key"]) == (400, "invalid_payload")
    assert api.get("/v1/exports/exp_unknown").status_code == 404


def test_an_export_can_be_made_to_fail(sb: Sandbox, api: httpx.Client) -> None:
    sb.fail_next_export()
    failing = _create(api)
    working = _create(api)

    last = [api.get(f"/v1/exports/{failing['id']}").json() for _ in range(3)][-1]
    assert last["status"] == "ERROR" and last["result"] is None
    assert _until_done(api, working["id"])[1]["status"] == "DONE"
