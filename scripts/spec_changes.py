"""What a new upstream snapshot changes in the API surface we ship: operations, parameters, request bodies, response
statuses, schemas, fields, enum values, union variants, required-ness and types, each marked breaking or compatible.

Both sides are the normalized extracts of scripts/sync_spec.py (before our overlay), so inline schemas carry the same
names on both sides and a change is reported where it happened, once. Descriptions and examples are not surface:
they are only counted, except the lists of failure codes and error keys that upstream writes only in prose
("- `voucher_expired` - voucher has already expired"): codes added to or removed from them are reported by name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
TEXT_KEYS = frozenset({"description", "summary", "example", "examples", "x-readme", "externalDocs"})


@dataclass(frozen=True, order=True)
class Change:
    breaking: bool
    kind: str
    where: str
    detail: str

    def line(self, operations: str) -> str:
        label = "BREAKING  " if self.breaking else "compatible"
        tail = f"  [{operations}]" if operations else ""
        return f"  {label}  {self.kind:<24} {self.where}: {self.detail}{tail}"


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def type_of(schema: Any) -> str:
    """A short, comparable description of what a schema holds."""
    if not isinstance(schema, dict):
        return "any"
    if "$ref" in schema:
        return _ref_name(schema["$ref"])
    parts = schema.get("allOf")
    if isinstance(parts, list) and len(parts) == 1:
        return type_of(parts[0])
    if "const" in schema:
        return f"const {schema['const']!r}"
    kind = schema.get("type")
    if kind == "array":
        return f"array of {type_of(schema.get('items'))}"
    if kind is None and not any(key in schema for key in ("oneOf", "anyOf", "allOf", "properties", "enum")):
        return "any"
    text = str(kind or "object")
    if schema.get("format"):
        text += f" ({schema['format']})"
    return text


def _schema_facts(schema: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    yield "type", type_of(schema)
    if isinstance(schema.get("enum"), list):
        yield "enum", tuple(schema["enum"])
    for key in ("oneOf", "anyOf"):
        if isinstance(schema.get(key), list):
            yield "variants", tuple(type_of(member) for member in schema[key])
    required = set(schema.get("required", []))
    for name, field in schema.get("properties", {}).items():
        yield f".{name}", type_of(field)
        yield f".{name} required", name in required
        yield f".{name} nullable", bool(isinstance(field, dict) and field.get("nullable"))
        if isinstance(field, dict) and isinstance(field.get("enum"), list):
            yield f".{name} enum", tuple(field["enum"])


def surface(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """{'operations': {id: 'METHOD path'}, 'parameters': {...}, 'bodies': {...}, 'responses': {...},
    'schemas': {name: {fact: value}}}"""
    result: dict[str, dict[str, Any]] = {
        "operations": {},
        "parameters": {},
        "bodies": {},
        "responses": {},
        "schemas": {},
    }
    parameters = doc["components"].get("parameters", {})
    for path, item in doc["paths"].items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            op_id = operation["operationId"]
            result["operations"][op_id] = f"{method.upper()} {path}"
            for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:
                if "$ref" in parameter:
                    parameter = parameters[_ref_name(parameter["$ref"])]
                key = f"{op_id} {parameter['in']} parameter {parameter['name']}"
                result["parameters"][key] = (type_of(parameter.get("schema")), bool(parameter.get("required")))
            body = operation.get("requestBody")
            if body is not None:
                schema = next(iter(body.get("content", {}).values()), {}).get("schema")
                result["bodies"][op_id] = (type_of(schema), bool(body.get("required")))
            for status, response in operation.get("responses", {}).items():
                schema = next(iter(response.get("content", {}).values()), {}).get("schema")
                result["responses"][f"{op_id} {status}"] = type_of(schema)
    for name, schema in doc["components"].get("schemas", {}).items():
        result["schemas"][name] = dict(_schema_facts(schema))
    return result


def _reach(doc: dict[str, Any]) -> tuple[dict[str, set[str]], set[str]]:
    """For each schema, the operations whose requests or responses reach it; and the schemas requests reach."""
    schemas = doc["components"].get("schemas", {})
    parameters = doc["components"].get("parameters", {})
    by_schema: dict[str, set[str]] = {}
    in_requests: set[str] = set()

    def walk(node: Any, op_id: str, request: bool, seen: set[str]) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/"):
                name = _ref_name(ref)
                target = schemas.get(name) if "/schemas/" in ref else parameters.get(name)
                if "/schemas/" in ref:
                    by_schema.setdefault(name, set()).add(op_id)
                    if request:
                        in_requests.add(name)
                if name not in seen and target is not None:
                    walk(target, op_id, request, seen | {name})
            for value in node.values():
                walk(value, op_id, request, seen)
        elif isinstance(node, list):
            for value in node:
                walk(value, op_id, request, seen)

    for item in doc["paths"].values():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            op_id = operation["operationId"]
            walk(
                [item.get("parameters", []), operation.get("parameters", []), operation.get("requestBody")],
                op_id,
                True,
                set(),
            )
            walk(operation.get("responses", {}), op_id, False, set())
    return by_schema, in_requests


def changes(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    before, after = surface(old), surface(new)
    _, old_requests = _reach(old)
    _, new_requests = _reach(new)
    requests = old_requests | new_requests
    found: list[Change] = []
    add = found.append

    for op_id in sorted(before["operations"].keys() | after["operations"].keys()):
        was, now = before["operations"].get(op_id), after["operations"].get(op_id)
        if was is None:
            add(Change(False, "operation added", op_id, str(now)))
        elif now is None:
            add(Change(True, "operation removed", op_id, was))
        elif was != now:
            add(Change(True, "operation moved", op_id, f"{was} -> {now}"))

    for key in sorted(before["parameters"].keys() | after["parameters"].keys()):
        was, now = before["parameters"].get(key), after["parameters"].get(key)
        if was is None:
            add(Change(now[1], "parameter added", key, f"{now[0]}, {'required' if now[1] else 'optional'}"))
        elif now is None:
            add(Change(True, "parameter removed", key, was[0]))
        else:
            if was[0] != now[0]:
                add(Change(True, "parameter type changed", key, f"{was[0]} -> {now[0]}"))
            if was[1] != now[1]:
                add(Change(now[1], "parameter required-ness", key, "now required" if now[1] else "now optional"))

    for op_id in sorted(before["bodies"].keys() | after["bodies"].keys()):
        was, now = before["bodies"].get(op_id), after["bodies"].get(op_id)
        if was is None or now is None:
            add(Change(now is None or now[1], "request body " + ("added" if was is None else "removed"), op_id, ""))
            continue
        if was[0] != now[0]:
            add(Change(True, "request body type changed", op_id, f"{was[0]} -> {now[0]}"))
        if was[1] != now[1]:
            add(Change(now[1], "request body required-ness", op_id, "now required" if now[1] else "now optional"))

    for key in sorted(before["responses"].keys() | after["responses"].keys()):
        was, now = before["responses"].get(key), after["responses"].get(key)
        if was is None:
            add(Change(False, "response added", key, str(now)))
        elif now is None:
            add(Change(True, "response removed", key, was))
        elif was != now:
            add(Change(True, "response type changed", key, f"{was} -> {now}"))

    for name in sorted(before["schemas"].keys() | after["schemas"].keys()):
        was, now = before["schemas"].get(name), after["schemas"].get(name)
        if was is None:
            fields = ", ".join(key[1:] for key in now if key.startswith(".") and " " not in key)
            add(Change(False, "schema added", name, f"({fields})" if fields else str(now.get("type"))))
            continue
        if now is None:
            add(Change(True, "schema removed", name, "its class disappears"))
            continue
        found += _schema_changes(name, was, now, request=name in requests)
    return sorted(found, key=lambda c: (not c.breaking, c.where, c.kind))


def _schema_changes(name: str, was: dict[str, Any], now: dict[str, Any], *, request: bool) -> Iterator[Change]:
    for key in sorted(was.keys() | now.keys()):
        old, new = was.get(key), now.get(key)
        if old == new:
            continue
        field = key.split(" ")[0]
        if key in ("enum", "variants") or key.endswith(" enum"):
            what = "enum value" if "enum" in key else "union variant"
            where = name + (field if field.startswith(".") else "")
            for value in [v for v in (new or ()) if v not in (old or ())]:
                # A reader of this SDK keeps unknown enum values and variants; a request may now send it.
                yield Change(False, f"{what} added", where, str(value))
            for value in [v for v in (old or ()) if v not in (new or ())]:
                yield Change(True, f"{what} removed", where, str(value))
        elif key == "type":
            yield Change(True, "schema type changed", name, f"{old} -> {new}")
        elif key.endswith(" required"):
            if old is None or new is None:
                continue  # reported as the field's addition or removal
            yield Change(
                bool(new) and request, "field required-ness", name + field, "now required" if new else "now optional"
            )
        elif key.endswith(" nullable"):
            if old is None or new is None:
                continue
            yield Change(
                bool(new) and not request,
                "field nullability",
                name + field,
                "now nullable" if new else "no longer nullable",
            )
        elif old is None:
            required = bool(now.get(f"{field} required"))
            yield Change(required and request, "field added", name + field, str(new))
        elif new is None:
            yield Change(True, "field removed", name + field, str(old))
        else:
            yield Change(True, "field type changed", name + field, f"{old} -> {new}")


def _text_edits(old: Any, new: Any) -> int:
    """How many descriptions, summaries and examples differ (not API surface, but worth a count); a description
    whose list of codes changed is reported as such (code_list_changes), not counted here."""
    if isinstance(old, dict) and isinstance(new, dict):
        count = 0
        for key in old.keys() | new.keys():
            if key in TEXT_KEYS:
                was, now = old.get(key), new.get(key)
                count += was != now and _listed_codes(was) == _listed_codes(now)
            else:
                count += _text_edits(old.get(key), new.get(key))
        return count
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        return sum(_text_edits(a, b) for a, b in zip(old, new, strict=True))
    return 0


# --- failure codes and error keys, which upstream lists only in prose ---------------------------------------------

# A line of a list or table that starts with a code: "- `voucher_expired` - voucher has already expired",
# "* `quantity_exceeded`: ...", "| `invalid_order` | order was specified incorrectly |".
_CODE_LINE = re.compile(
    r"^\s*(?:[-*]|\|)\s*`([a-z][a-z0-9]*(?:_[a-z0-9]+)+)`\s*(?:[-\u2013\u2014:|]\s*)?(.*?)\s*\|?\s*$"
)


def _listed_codes(text: Any) -> dict[str, str]:
    """{code: meaning} for each line of `text` that lists a code; empty when it lists none."""
    if not isinstance(text, str) or not re.search(r"code|key", text, re.IGNORECASE):
        return {}  # a list of backticked field names in prose about something else is no code list
    return {match[1]: match[2] for match in map(_CODE_LINE.match, text.splitlines()) if match}


def code_lists(doc: dict[str, Any]) -> dict[str, dict[str, str]]:
    """Every prose list of codes in the document ("A redemption may fail for various reasons ... `failure_code`:"
    followed by one `code` - meaning per line), by where it stands: `METHOD path` for an operation's description,
    the schema and field for a schema's."""
    found: dict[str, dict[str, str]] = {}

    def visit(node: Any, where: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("description", "summary"):
                    codes = _listed_codes(value)
                    if codes:
                        found[f"{where} {key}"] = codes
                elif key == "properties" and isinstance(value, dict):
                    for name, field in value.items():
                        visit(field, f"{where}.{name}")
                else:
                    visit(value, where)
        elif isinstance(node, list):
            for value in node:
                visit(value, where)

    for path, item in doc["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                visit(item[method], f"{method.upper()} {path}")
    for name, schema in doc["components"].get("schemas", {}).items():
        visit(schema, name)
    return found


def code_list_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """The report lines for codes added to, removed from, or re-described in upstream's prose lists."""
    before, after = code_lists(old), code_lists(new)
    lines = []
    for where in sorted(before.keys() | after.keys()):
        was, now = before.get(where, {}), after.get(where, {})
        for code in sorted(now.keys() - was.keys()):
            lines.append(f"  added     {code:<28} {where}: {now[code]}")
        for code in sorted(was.keys() - now.keys()):
            lines.append(f"  removed   {code:<28} {where}: {was[code]}")
        for code in sorted(code for code in was.keys() & now.keys() if was[code] != now[code]):
            lines.append(f"  reworded  {code:<28} {where}: {was[code]} -> {now[code]}")
    return lines


def report(old: dict[str, Any], new: dict[str, Any]) -> str:
    """The change report printed by `scripts/sync-spec --upstream`."""
    found = changes(old, new)
    by_schema, _ = _reach(new)
    old_by_schema, _ = _reach(old)
    breaking = sum(change.breaking for change in found)
    lines = [f"API surface changes against the vendored upstream: {len(found)} ({breaking} breaking)"]
    for change in found:
        schema = change.where.split(".")[0].split(" ")[0]
        operations = sorted(by_schema.get(schema, set()) | old_by_schema.get(schema, set()))
        lines.append(change.line(", ".join(operations)))
    if not found:
        lines.append("  none: the operations we ship read and send exactly as before")
    codes = code_list_changes(old, new)
    lines.append(f"Failure codes and error keys in upstream's prose lists: {len(codes)} changed")
    lines += codes
    lines.append(f"Text-only edits (descriptions, summaries, examples), not API surface: {_text_edits(old, new)}")
    return "\n".join(lines)
