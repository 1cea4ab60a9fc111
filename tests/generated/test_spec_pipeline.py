"""openapi.yaml is derived from spec/upstream/ + spec/overlay.yaml: deterministically, with readable class names, an
overlay that fails loudly when upstream moves away from it, and a result that accepts Voucherify's own examples."""

from __future__ import annotations

import hashlib
import importlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse

from scripts import sync_spec, upstream_snapshot
from tests.support.example_payloads import load_example
from tests.support.generated_helpers import REPO, shipped_operations

PATH_VALUES = {"{parentRedemptionId}": "r_1", "{redemptionId}": "r_1", "{orderId}": "ord_1"}


def official_examples() -> Iterator[tuple[str, str, str, str, str, Any]]:
    """(operationId, method, path, status, example name, value) for every response example upstream publishes for
    the operations we ship."""
    for operation_id, method, path, operation in shipped_operations():
        for status, response in operation.get("responses", {}).items():
            for media in response.get("content", {}).values():
                for name, example in media.get("examples", {}).items():
                    yield operation_id, method, path, status, name, example["value"]


EXAMPLES = list(official_examples())


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return yaml.safe_load((REPO / "openapi.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def openapi(spec: dict[str, Any]) -> OpenAPI:
    return OpenAPI.from_dict(spec)


def test_openapi_yaml_is_exactly_what_sync_spec_writes() -> None:
    assert sync_spec.build() == (REPO / "openapi.yaml").read_text(encoding="utf-8")


def test_two_builds_give_the_same_bytes() -> None:
    assert sync_spec.build() == sync_spec.build()


def test_the_official_examples_cover_successes_and_errors() -> None:
    statuses = {(example[0], example[3]) for example in EXAMPLES}
    assert {
        ("get-redemption", "200"),
        ("rollback-redemption", "200"),
        ("rollback-stacked-redemptions", "400"),
    } <= statuses
    assert len(EXAMPLES) > 20


@pytest.mark.parametrize(("operation_id", "method", "path", "status", "name", "value"), EXAMPLES, ids=lambda v: str(v))
def test_openapi_core_accepts_every_official_example(
    openapi: OpenAPI, operation_id: str, method: str, path: str, status: str, name: str, value: Any
) -> None:
    for placeholder, concrete in PATH_VALUES.items():
        path = path.replace(placeholder, concrete)
    request = MockRequest("https://api.voucherify.io", method, path)
    response = MockResponse(json.dumps(value).encode(), status_code=int(status), content_type="application/json")

    openapi.validate_response(request, response)


def _module(operation_id: str) -> Any:
    package = "orders" if operation_id == "get-order" else "redemptions"
    return importlib.import_module(f"voucherify_client.api.{package}.{operation_id.replace('-', '_')}")


@pytest.mark.parametrize(
    ("operation_id", "status", "name", "value"),
    [(e[0], e[3], e[4], e[5]) for e in EXAMPLES if e[3] == "200"],
    ids=lambda v: str(v),
)
def test_every_official_success_example_parses_into_a_model_and_writes_back_unchanged(
    operation_id: str, status: str, name: str, value: Any
) -> None:
    response = httpx.Response(int(status), json=value, request=httpx.Request("GET", "https://api.voucherify.io/"))
    parsed = _module(operation_id).parse_response(response)

    assert hasattr(parsed, "to_dict"), f"{operation_id} {name} was not read into a model: {type(parsed)}"
    assert parsed.to_dict() == value  # exactly: dates are written back as Voucherify writes them


@pytest.mark.parametrize(
    ("name", "operation_id", "status"),
    [
        ("rollbacks_success.json", "rollback-stacked-redemptions", 200),
        ("seed_rollbacks_response.json", "rollback-stacked-redemptions", 200),
        ("rollback_item_failure_already_rolled_back.json", "rollback-redemption", 200),
        ("redeem_stackable_response.json", "redeem-stacked-discounts", 200),
        ("error_400_already_rolled_back.json", "rollback-stacked-redemptions", 400),
        ("error_404_not_found.json", "rollback-redemption", 404),
    ],
)
def test_every_real_payload_writes_back_exactly_as_it_came(name: str, operation_id: str, status: int) -> None:
    payload = load_example(name)

    parsed = _module(operation_id).parse_response(httpx.Response(status, json=payload))

    assert parsed.to_dict() == payload


def test_generated_class_names_are_readable_and_unique() -> None:
    models = REPO / "generated" / "voucherify_client" / "models"
    names = re.findall(r"^class (\w+)", "".join(p.read_text() for p in sorted(models.glob("*.py"))), re.M)
    assert len(names) > 100
    assert len(names) == len(set(names))
    assert [name for name in names if re.search(r"Type\d+$", name)] == []


def test_the_classes_users_meet_keep_voucherifys_schema_names(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    for name in ("RedemptionRollback", "Redemption", "Voucher", "RedemptionsRollbacksCreateResponseBody", "Error"):
        assert name in schemas


def test_vendored_upstream_files_are_the_ones_the_provenance_names() -> None:
    rows = upstream_snapshot.provenance(REPO / "spec" / "upstream" / "README.md")
    assert sorted(rows) == ["OpenAPIWebhooks.json", "events-redemption.json", "orders.json", "redemptions.json"]
    for name, row in rows.items():
        assert row.sha256 == hashlib.sha256((REPO / "spec" / "upstream" / name).read_bytes()).hexdigest()


def test_every_overlay_action_says_why() -> None:
    overlay = yaml.safe_load((REPO / "spec" / "overlay.yaml").read_text(encoding="utf-8"))
    assert overlay["overlay"] == "1.0.0"
    assert all(action.get("description", "").strip() for action in overlay["actions"])


# --- the overlay step on small documents ---------------------------------------------------------------------


def overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


def test_an_action_that_matches_nothing_fails_naming_it() -> None:
    doc = {"components": {"schemas": {"A": {"type": "object"}}}}
    action = {"target": "$.components.schemas.Gone", "description": "renamed upstream", "update": {"x": 1}}

    with pytest.raises(sync_spec.SpecError, match=r"action 1 matches nothing: \$\.components\.schemas\.Gone"):
        sync_spec.apply_overlay(doc, overlay(action))


def test_an_action_without_a_reason_is_refused() -> None:
    with pytest.raises(sync_spec.SpecError, match="no description"):
        sync_spec.apply_overlay({"a": {}}, overlay({"target": "$.a", "update": {"b": 1}}))


def test_removing_several_array_elements_removes_exactly_those() -> None:
    doc = {"list": [{"k": 1}, {"k": 2}, {"k": 1}, {"k": 3}, {"k": 1}]}
    action = {"target": "$.list[?@.k == 1]", "description": "drop ones", "remove": True}

    assert sync_spec.apply_overlay(doc, overlay(action)) == {"list": [{"k": 2}, {"k": 3}]}


def test_removing_from_several_parents_at_once() -> None:
    doc = {"s": {"A": {"required": ["x"], "p": 1}, "B": {"p": 2}, "C": {"required": [], "p": 3}}}
    action = {"target": "$.s[?@.required].required", "description": "lax", "remove": True}

    assert sync_spec.apply_overlay(doc, overlay(action)) == {"s": {"A": {"p": 1}, "B": {"p": 2}, "C": {"p": 3}}}


def test_update_merges_into_objects_and_appends_to_arrays() -> None:
    doc = {"o": {"a": {"b": 1, "c": 2}}, "list": [1]}
    actions = (
        {"target": "$.o", "description": "merge", "update": {"a": {"c": 3, "d": 4}}},
        {"target": "$.list", "description": "append", "update": 2},
    )

    assert sync_spec.apply_overlay(doc, overlay(*actions)) == {"o": {"a": {"b": 1, "c": 3, "d": 4}}, "list": [1, 2]}


def test_actions_apply_in_order_and_see_earlier_edits() -> None:
    actions = (
        {"target": "$.o", "description": "add", "update": {"n": {"v": 1}}},
        {"target": "$.o.n.v", "description": "then drop", "remove": True},
    )

    assert sync_spec.apply_overlay({"o": {}}, overlay(*actions)) == {"o": {"n": {}}}


def test_inline_objects_are_named_after_their_place_and_nullable_ones_stay_one_class() -> None:
    doc = {
        "paths": {},
        "components": {
            "schemas": {
                "Rollback": {
                    "type": "object",
                    "properties": {
                        "channel": {"type": "object", "nullable": True, "properties": {"kind": {"type": "string"}}},
                        "status": {"type": "string", "enum": ["A", "B"]},
                        "object": {"type": "string", "enum": ["rollback"]},
                    },
                }
            }
        },
    }

    named = sync_spec.name_inline_schemas(sync_spec.one_value_enums_as_const(doc))
    schemas = named["components"]["schemas"]

    assert sorted(schemas) == ["Rollback", "RollbackChannel", "RollbackStatus"]
    properties = schemas["Rollback"]["properties"]
    assert properties["channel"] == {"allOf": [{"$ref": "#/components/schemas/RollbackChannel"}], "nullable": True}
    assert properties["object"] == {"type": "string", "const": "rollback"}
    assert sync_spec.to_openapi_31(named)["components"]["schemas"]["Rollback"]["properties"]["channel"] == {
        "anyOf": [{"$ref": "#/components/schemas/RollbackChannel"}, {"type": "null"}]
    }


def test_an_inline_schema_that_would_take_a_published_name_fails() -> None:
    doc = {
        "paths": {},
        "components": {
            "schemas": {
                "A": {"type": "object", "properties": {"b": {"type": "object", "properties": {"x": {}}}}},
                "AB": {"type": "object"},
            }
        },
    }

    with pytest.raises(sync_spec.SpecError, match="AB"):
        sync_spec.name_inline_schemas(doc)


def test_all_of_parts_are_merged_into_one_object() -> None:
    doc = {
        "paths": {
            "/x": {"get": {"responses": {"200": {"content": {"j": {"schema": {"$ref": "#/components/schemas/C"}}}}}}}
        },
        "components": {
            "schemas": {
                "Base": {"type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"]},
                "C": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"properties": {"extra": {"type": "integer"}}}]},
            }
        },
    }

    flat = sync_spec.prune(sync_spec.flatten_all_of(doc))

    assert flat["components"]["schemas"] == {
        "C": {
            "type": "object",
            "properties": {"id": {"type": "string"}, "extra": {"type": "integer"}},
            "required": ["id"],
        }
    }


def test_sync_spec_script_refuses_orders_without_upstream(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        sync_spec.main(["--orders", str(tmp_path / "orders.json")])


def test_a_union_whose_variants_carry_distinct_tags_gets_a_discriminator_mapping() -> None:
    doc = {
        "paths": {},
        "components": {
            "schemas": {
                "Item": {"oneOf": [{"$ref": "#/components/schemas/R"}, {"$ref": "#/components/schemas/B"}]},
                "R": {"type": "object", "properties": {"object": {"const": "redemption"}, "kind": {"const": "x"}}},
                "B": {"type": "object", "properties": {"object": {"const": "rollback"}, "kind": {"const": "x"}}},
            }
        },
    }

    item = sync_spec.discriminate_tagged_unions(doc)["components"]["schemas"]["Item"]

    assert item["discriminator"] == {
        "propertyName": "object",
        "mapping": {"redemption": "#/components/schemas/R", "rollback": "#/components/schemas/B"},
    }


def test_a_reference_to_a_missing_component_fails_the_build() -> None:
    doc = {"paths": {}, "components": {"schemas": {"A": {"$ref": "#/components/schemas/Gone"}}}}

    with pytest.raises(sync_spec.SpecError, match="#/components/schemas/Gone points at nothing"):
        sync_spec.check_references(doc)


# --- identical shapes become one class ---------------------------------------------------------------------------


def _response_doc(schemas: dict[str, Any], *roots: str) -> dict[str, Any]:
    content = {"application/json": {"schema": {"oneOf": [{"$ref": f"#/components/schemas/{r}"} for r in roots]}}}
    return {"paths": {"/x": {"get": {"responses": {"200": {"content": content}}}}}, "components": {"schemas": schemas}}


def test_identical_shapes_merge_into_the_published_name_and_references_follow() -> None:
    item = {"type": "object", "properties": {"sku": {"type": "string"}}}
    doc = _response_doc(
        {
            "Order": {"type": "object", "properties": {"items": {"items": {"$ref": "#/components/schemas/OrderItem"}}}},
            "AOrder": {"type": "object", "properties": {"items": {"items": {"$ref": "#/components/schemas/AItem"}}}},
            "OrderItem": item,
            "AItem": {**item, "description": "said differently"},
        },
        "Order",
        "AOrder",
    )

    merged, groups = sync_spec.merge_identical_shapes(doc, published={"Order", "OrderItem"})

    assert groups == [["Order", "AOrder"], ["OrderItem", "AItem"]]
    assert sorted(merged["components"]["schemas"]) == ["Order", "OrderItem"]
    assert merged["paths"]["/x"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] == {
        "oneOf": [{"$ref": "#/components/schemas/Order"}]
    }


def test_among_inline_shapes_the_shorter_then_the_alphabetically_first_name_is_kept() -> None:
    shape = {"type": "object", "properties": {"x": {"type": "integer"}}}
    doc = _response_doc({"Bb": shape, "Aa": shape, "C": shape}, "Bb", "Aa", "C")

    assert sync_spec.merge_identical_shapes(doc, published=set())[1] == [["C", "Aa", "Bb"]]


def test_shapes_that_differ_in_one_field_or_that_requests_reach_stay_apart() -> None:
    shape = {"type": "object", "properties": {"x": {"type": "integer"}}}
    doc = _response_doc({"A": shape, "B": {"type": "object", "properties": {"x": {"type": "string"}}}}, "A", "B")
    doc["components"]["schemas"]["Sent"] = shape
    doc["paths"]["/x"]["get"]["requestBody"] = {
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Sent"}}}
    }

    assert sync_spec.merge_identical_shapes(doc, published=set())[1] == []


def test_openapi_yaml_holds_no_two_schemas_of_the_same_shape() -> None:
    normalized, groups = sync_spec.normalize_with_merges(sync_spec.load_upstream(sync_spec.UPSTREAM))

    assert groups, "upstream writes shapes inline more than once; the merge has work to do"
    assert sync_spec.merge_identical_shapes(normalized, published=set())[1] == []
