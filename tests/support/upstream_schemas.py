"""Voucherify's published schemas (spec/upstream/, vendored byte-identical) as JSON Schema validators.

The files are OpenAPI 3.0: `nullable: true` becomes a `null` alternative. Real payloads carry `null` where the
schema has no `nullable` (facts §3.4: voucher.category, .campaign, .start_date, .gift.effect, …), so every property
also accepts null: what is checked is that every field the sandbox sends has the published name, type, enum and
shape, and that the published `required` fields are there.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

UPSTREAM = Path(__file__).resolve().parents[2] / "spec" / "upstream"
# Specs the generated client does not use, vendored for the tests alone (each folder's README says where from).
TEST_UPSTREAM = {"exports.json": Path(__file__).resolve().parents[1] / "data" / "upstream-65c33a7a"}


def _nullable(schema: Any) -> Any:
    if isinstance(schema, list):
        return [_nullable(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out = {key: _nullable(value) for key, value in schema.items() if key not in ("nullable", "example", "examples")}
    if isinstance(schema.get("properties"), dict):
        out["properties"] = {
            name: {"anyOf": [_nullable(p), {"type": "null"}]} for name, p in schema["properties"].items()
        }
    if schema.get("nullable") is True:
        return {"anyOf": [out, {"type": "null"}]}
    return out


@cache
def _registry() -> Registry:
    registry = Registry()
    for name in ("orders.json", "redemptions.json", *TEST_UPSTREAM):
        document = json.loads((TEST_UPSTREAM.get(name, UPSTREAM) / name).read_text(encoding="utf-8"))
        if name == "exports.json":
            # A defect of exports.json: a filter value (`Any`) is an array whose items are `oneOf` string, date
            # string, date-time string, number, object; every string matches the first three, so no string could
            # ever be valid. Read as the `anyOf` it means.
            items = document["components"]["schemas"]["Any"]["items"]
            items["anyOf"] = items.pop("oneOf")
        converted = {"components": _nullable(copy.deepcopy(document["components"]))}
        registry = registry.with_resource(f"urn:upstream:{name}", Resource.from_contents(converted, DRAFT202012))
    return registry


@cache
def validator(file: str, schema: str) -> Draft202012Validator:
    """A validator for `#/components/schemas/<schema>` of spec/upstream/<file>."""
    return Draft202012Validator({"$ref": f"urn:upstream:{file}#/components/schemas/{schema}"}, registry=_registry())


def problems(file: str, schema: str, instance: Any) -> list[str]:
    return [f"{e.json_path}: {e.message[:200]}" for e in validator(file, schema).iter_errors(instance)]
