"""The schema recorder itself: it must be able to fail, and it must have seen the sandbox's responses."""

from __future__ import annotations

import json

import httpx


def test_recorder_flags_a_body_that_breaks_the_spec(schema_recorder) -> None:
    problems = schema_recorder.validate(
        "rollback-stacked-redemptions", 200, {"rollbacks": [{"id": 42, "result": "MAYBE"}]}
    )
    assert problems, "a rollback with an integer id and an unknown result must not validate"
    assert schema_recorder.validate("get-redemption", 404, {"code": "four-oh-four"})
    assert not schema_recorder.validate("get-redemption", 404, {"code": 404, "key": "not_found", "message": "x"})


def test_every_operation_response_is_resolved_to_a_schema(schema_recorder) -> None:
    for operation_id in (
        "redeem-stacked-discounts",
        "rollback-stacked-redemptions",
        "rollback-redemption",
        "get-redemption",
        "list-redemptions",
    ):
        assert operation_id in schema_recorder.operations
        assert schema_recorder.schema_pointer(operation_id, 200).startswith("#/paths/")
        assert schema_recorder.schema_pointer(operation_id, 503).startswith("#/components/responses/")


def test_recorder_sees_responses_sent_by_the_sandbox(sb, api: httpx.Client, schema_recorder) -> None:
    before = len(schema_recorder.checked)
    api.get("/v1/redemptions")
    api.get("/v1/redemptions/r_nope")
    assert schema_recorder.checked[before:] == [("list-redemptions", 200), ("get-redemption", 404)]


def test_recorder_catches_a_header_mismatch(schema_recorder) -> None:
    before = len(schema_recorder.violations)
    body = json.dumps({"code": 400, "message": "x", "request_id": "v-1"}).encode()
    schema_recorder.record(
        "get-redemption", "GET", "/", 400, {"Content-Type": "application/json", "X-Request-Id": "v-2"}, body
    )
    new = schema_recorder.violations[before:]
    del schema_recorder.violations[before:]  # planted on purpose; keep the autouse check green
    assert any("X-Request-Id" in v for v in new) and any("X-Rate-Limit-Limit" in v for v in new)
