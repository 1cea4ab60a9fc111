"""GET /v1/redemptions: paging, sorting and filtering of redemptions and rollbacks, from the raw query string.

Query syntax accepted (deepObject, parsed here because no stdlib parser understands brackets):
`created_at[before]=…` / `created_at[after]=…` (a leading `[` as in the docs' `[created_at][before]` is tolerated),
`filters[<field>][conditions][<op>]=v` with array operators given as repeated keys, indexed keys (`[$in][0]`),
a comma list, or the official SDK's Python-repr list (`['SUCCESS', 'FAILURE']`); `filters[junction]=and|or`.
The official SDK also sends unset filter fields as the literal string `None`; those are ignored.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl

from .clock import parse_iso
from .errors import invalid_query
from .store import Store

Doc = dict[str, Any]
ORDERINGS = {"created_at", "id", "voucher_code", "tracking_id", "customer_id"}
ARRAY_OPERATORS = {"$in", "$not_in"}
SCALAR_OPERATORS = {
    "$is",
    "$is_not",
    "$starts_with",
    "$ends_with",
    "$contains",
    "$not_contain",
    "$has_value",
    "$is_unknown",
}


def _campaign_of(doc: Doc) -> tuple[str | None, str | None]:
    """(campaign id, campaign name) of the voucher or promotion tier a record is about."""
    if doc.get("voucher"):
        return doc["voucher"].get("campaign_id"), doc["voucher"].get("campaign")
    if doc.get("promotion_tier"):
        campaign = doc["promotion_tier"].get("campaign") or {}
        return campaign.get("id"), campaign.get("name")
    return None, None


# What each filter field reads from a record. For rollbacks, `parent_redemption_id` is the parent of the redemption they
# undo, so filtering by a parent id lists its children and their rollbacks together.
FIELDS: dict[str, Callable[[Doc], str | None]] = {
    "voucher_code": lambda d: (d.get("voucher") or {}).get("code"),
    "related_object_id": lambda d: d.get("related_object_id"),
    "related_object_parent_id": lambda d: _campaign_of(d)[0],
    "parent_redemption_id": lambda d: d.get("_parent_redemption_id"),
    "failure_code": lambda d: d.get("failure_code"),
    "result": lambda d: d.get("result"),
    "object": lambda d: d.get("object"),
    "customer_id": lambda d: d.get("customer_id"),
    "campaign_name": lambda d: _campaign_of(d)[1],
    "user_login": lambda d: None,  # API-key calls have no user
}


@dataclasses.dataclass
class Condition:
    field: str
    operator: str
    values: list[str]

    def matches(self, doc: Doc) -> bool:
        value = FIELDS[self.field](doc)
        op, first = self.operator, (self.values or [""])[0]
        if op == "$in":
            return value in self.values
        if op == "$not_in":
            return value not in self.values
        if op in ("$has_value", "$is_unknown"):
            return (value is not None) == (op == "$has_value")
        if value is None:
            return op in ("$is_not", "$not_contain")
        return {
            "$is": value == first,
            "$is_not": value != first,
            "$starts_with": value.startswith(first),
            "$ends_with": value.endswith(first),
            "$contains": first in value,
            "$not_contain": first not in value,
        }[op]


@dataclasses.dataclass
class ListQuery:
    limit: int = 10
    page: int = 1
    order: str = "-created_at"
    results: list[str] = dataclasses.field(default_factory=list)
    campaign: str | None = None
    customer: str | None = None
    after: datetime | None = None  # inclusive
    before: datetime | None = None  # exclusive: adjacent windows [a, b) [b, c) never return a record twice
    conditions: list[Condition] = dataclasses.field(default_factory=list)
    junction: str = "and"


def _bracket_path(key: str) -> list[str]:
    """`filters[result][conditions][$in][0]` → ['filters', 'result', 'conditions', '$in', '0']."""
    parts = [p for p in re.split(r"[\[\]]+", key) if p != ""]
    return parts


def _split_list(raw: str) -> list[str]:
    text = raw.strip()
    if text.startswith("[") and text.endswith("]"):  # the official SDK sends str(list)
        text = text[1:-1]
    return [part.strip().strip("'\"") for part in text.split(",") if part.strip()]


def _int_param(raw: str, name: str, low: int, high: int) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise invalid_query(f"{name} must be an integer") from None
    if not low <= value <= high:
        # Voucherify's spec caps page at 99 (ParameterPage99) and limit at 100; the sandbox refuses instead of clamping.
        raise invalid_query(f"{name} must be between {low} and {high}")
    return value


def _date_param(raw: str, name: str) -> datetime:
    try:
        return parse_iso(raw)
    except ValueError:
        raise invalid_query(f"created_at[{name}] must be an ISO 8601 date-time") from None


def parse_list_query(query_string: str) -> ListQuery:
    """Read the list query; anything unknown inside `filters`/`created_at` or out of range is invalid_query_params."""
    query = ListQuery()
    raw_conditions: dict[tuple[str, str], list[str]] = {}
    try:
        pairs = parse_qsl(query_string, keep_blank_values=True, strict_parsing=False, errors="strict")
    except (UnicodeDecodeError, ValueError):
        raise invalid_query("The query string is not valid UTF-8 / URL encoding") from None
    for key, value in pairs:
        path = _bracket_path(key)
        if not path or value == "None":
            continue
        head = path[0]
        if head == "limit":
            query.limit = _int_param(value, "limit", 1, 100)
        elif head == "page":
            query.page = _int_param(value, "page", 1, 99)
        elif head == "order":
            if value.lstrip("-") not in ORDERINGS:
                raise invalid_query(f"order must be one of {sorted(ORDERINGS)} with an optional '-'")
            query.order = value
        elif head == "result":
            for result in _split_list(value):
                if result not in ("SUCCESS", "FAILURE"):
                    raise invalid_query("result must be SUCCESS or FAILURE")
                query.results.append(result)
        elif head == "campaign":
            query.campaign = value
        elif head == "customer":
            query.customer = value
        elif head == "created_at":
            if len(path) != 2 or path[1] not in ("before", "after"):
                raise invalid_query("created_at takes [before] and [after]")
            setattr(query, path[1], _date_param(value, path[1]))
        elif head == "filters":
            _read_filter(path, value, query, raw_conditions)
        # other parameters are ignored, like unknown query parameters on the real API
    for (field, operator), values in raw_conditions.items():
        # an empty $in matches nothing and an empty $not_in everything, as for any empty set
        query.conditions.append(Condition(field, operator, values))
    return query


def _read_filter(path: list[str], value: str, query: ListQuery, raw: dict[tuple[str, str], list[str]]) -> None:
    if path[1:] == ["junction"]:
        if value.lower() not in ("and", "or"):
            raise invalid_query("filters[junction] must be and or or")
        query.junction = value.lower()
        return
    if len(path) not in (4, 5) or path[2] != "conditions":
        raise invalid_query("filters take the form filters[<field>][conditions][<operator>]")
    field, operator = path[1], path[3]
    if field not in FIELDS:
        raise invalid_query(f"unknown filter field {field!r}; known: {', '.join(sorted(FIELDS))}")
    if operator not in ARRAY_OPERATORS | SCALAR_OPERATORS:
        raise invalid_query(f"unknown filter operator {operator!r}")
    if len(path) == 5 and not path[4].isdigit():
        raise invalid_query(f"array index must be a number in filters[{field}][conditions][{operator}][…]")
    values = raw.setdefault((field, operator), [])
    values.extend(_split_list(value) if operator in ARRAY_OPERATORS else [value])


def _sort_key(order: str) -> Callable[[tuple[int, Doc]], Any]:
    name = order.lstrip("-")
    if name == "created_at":
        return lambda row: (parse_iso(row[1]["date"]), row[0])
    if name == "voucher_code":
        return lambda row: ((row[1].get("voucher") or {}).get("code") or "", row[0])
    return lambda row: (row[1].get(name) or "", row[0])


def _selected(doc: Doc, query: ListQuery) -> bool:
    if query.results and doc["result"] not in query.results:
        return False
    if query.customer and query.customer not in (doc.get("customer_id"), (doc.get("customer") or {}).get("source_id")):
        return False
    if query.campaign and _campaign_of(doc)[1] != query.campaign:
        return False
    created = parse_iso(doc["date"])
    if (query.after and created < query.after) or (query.before and created >= query.before):
        return False
    if query.conditions:
        hits = [c.matches(doc) for c in query.conditions]
        return all(hits) if query.junction == "and" else any(hits)
    return True


def list_redemptions(store: Store, query: ListQuery) -> Doc:
    """One page of redemptions and rollbacks, newest first by default; `total` counts all matches."""
    rows = store.all_redemptions()
    parents = {doc["id"]: doc.get("redemption") for _, doc in rows if doc["object"] == "redemption"}
    for _, doc in rows:
        # see FIELDS: a rollback's parent is the parent of the redemption it undoes
        doc["_parent_redemption_id"] = (
            doc.get("redemption") if doc["object"] == "redemption" else parents.get(doc.get("redemption") or "")
        )
    matching = [row for row in rows if _selected(row[1], query)]
    matching.sort(key=_sort_key(query.order), reverse=query.order.startswith("-"))
    start = (query.page - 1) * query.limit
    page = [doc for _, doc in matching[start : start + query.limit]]
    for doc in page:
        doc.pop("_parent_redemption_id", None)
    return {"object": "list", "data_ref": "redemptions", "redemptions": page, "total": len(matching)}
