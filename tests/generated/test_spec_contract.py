"""openapi.yaml: valid OpenAPI, the six operations we ship, every documented error, and lax response schemas."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from tests.support.generated_helpers import REPO

OPERATIONS = {
    "rollback-stacked-redemptions": ("post", "/v1/redemptions/{parentRedemptionId}/rollbacks"),
    "rollback-redemption": ("post", "/v1/redemptions/{redemptionId}/rollback"),
    "redeem-stacked-discounts": ("post", "/v1/redemptions"),
    "get-redemption": ("get", "/v1/redemptions/{redemptionId}"),
    "list-redemptions": ("get", "/v1/redemptions"),
    "get-order": ("get", "/v1/orders/{orderId}"),
}
TAGS = {operation_id: ["Orders" if operation_id == "get-order" else "Redemptions"] for operation_id in OPERATIONS}
ERROR_STATUSES = {"400", "401", "402", "403", "404", "409", "423", "429", "5XX"}
HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return yaml.safe_load((REPO / "openapi.yaml").read_text(encoding="utf-8"))


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in HTTP_METHODS:
                yield path, method, op


def resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def response_schemas(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema reachable from a response body, once each, with a path naming where it was reached."""
    seen: set[int] = set()
    pending: list[tuple[str, Any]] = []
    for path, method, op in operations(spec):
        for status, response in op["responses"].items():
            for media in resolve(spec, response).get("content", {}).values():
                pending.append((f"{method.upper()} {path} {status}", media["schema"]))
    while pending:
        where, node = pending.pop()
        if isinstance(node, dict) and "$ref" in node:
            where = node["$ref"]
        node = resolve(spec, node)
        if not isinstance(node, dict) or id(node) in seen:
            continue
        seen.add(id(node))
        yield where, node
        for name, child in node.get("properties", {}).items():
            pending.append((f"{where}.{name}", child))
        for key in ("items", "additionalProperties"):
            if isinstance(node.get(key), dict):
                pending.append((f"{where}[{key}]", node[key]))
        for key in ("allOf", "anyOf", "oneOf"):
            pending.extend((f"{where}/{key}", child) for child in node.get(key, []))


def test_spec_is_valid_openapi(spec: dict[str, Any]) -> None:
    validate(spec)


def test_spec_has_exactly_the_six_operations_we_ship(spec: dict[str, Any]) -> None:
    found = {op["operationId"]: (method, path) for path, method, op in operations(spec)}
    assert found == OPERATIONS


def test_every_operation_keeps_its_upstream_tag(spec: dict[str, Any]) -> None:
    tags = {op["operationId"]: op.get("tags") for _, _, op in operations(spec)}
    assert tags == TAGS


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_operation_documents_every_error_status_with_the_error_schema(spec: dict[str, Any], operation_id: str) -> None:
    op = next(op for _, _, op in operations(spec) if op["operationId"] == operation_id)
    assert {str(status) for status in op["responses"]} >= ERROR_STATUSES
    for status in ERROR_STATUSES:
        response = resolve(spec, op["responses"][status])
        schema = response["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/Error"}, f"{operation_id} {status}"


def test_server_url_takes_the_cluster_variable_defaulting_to_api(spec: dict[str, Any]) -> None:
    (server,) = spec["servers"]
    assert server["url"] == "https://{cluster}.voucherify.io"
    cluster = server["variables"]["cluster"]
    assert cluster["default"] == "api"
    assert {"api", "us1.api", "as1.api"} <= set(cluster["enum"])


def test_app_keys_and_oauth_are_alternative_securities_everywhere(spec: dict[str, Any]) -> None:
    alternatives = [{"X-App-Id": [], "X-App-Token": []}, {"X-Voucherify-OAuth": ["api", "redemptions"]}]
    assert spec["security"] == alternatives
    for _, _, op in operations(spec):
        scope = "orders" if op["operationId"] == "get-order" else "redemptions"
        expected = [{"X-App-Id": [], "X-App-Token": []}, {"X-Voucherify-OAuth": ["api", scope]}]
        assert op.get("security", spec["security"]) == expected, op["operationId"]
    schemes = spec["components"]["securitySchemes"]
    assert schemes["X-App-Id"] == {**schemes["X-App-Id"], "type": "apiKey", "in": "header", "name": "X-App-Id"}
    assert schemes["X-App-Token"] == {
        **schemes["X-App-Token"],
        "type": "apiKey",
        "in": "header",
        "name": "X-App-Token",
    }
    assert schemes["X-Voucherify-OAuth"]["type"] == "oauth2"


def test_no_response_schema_requires_a_field(spec: dict[str, Any]) -> None:
    schemas = list(response_schemas(spec))
    assert len(schemas) > 50, "the walk should reach the nested response models"
    requiring = [f"{where}: required {node['required']}" for where, node in schemas if node.get("required")]
    assert not requiring, "the real server omits fields the docs call required:\n" + "\n".join(requiring)
