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
from .store import Store, epoch_us

Doc = dict[str, Any]
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


# The column each filter field reads (store.py keeps them per record). For rollbacks, `parent_redemption_id` is the
# parent of the redemption they undo, so filtering by a parent id lists its children and their rollbacks together;
# `related_object_parent_id` is the campaign of the voucher or promotion tier.
FIELDS: dict[str, str] = {
    "voucher_code": "voucher_code",
    "related_object_id": "related_object_id",
    "related_object_parent_id": "related_object_parent_id",
    "parent_redemption_id": "parent_redemption_id",
    "failure_code": "failure_code",
    "result": "result",
    "object": "object",
    "customer_id": "customer_id",
    "campaign_name": "campaign_name",
    "user_login": "NULL",  # API-key calls have no user
}
_ORDER_COLUMNS = {
    "created_at": "created_us",
    "id": "id",
    "voucher_code": "voucher_code",
    "tracking_id": "tracking_id",
    "customer_id": "customer_id",
}


# `total` counts matches up to this many (a filtered count reads at most this many index entries, so its cost does
# not grow with the store). Voucherify pages at most 99 pages of 100, so every reachable record is counted.
TOTAL_CAP = 10_000
# A text operator is matched against the field's distinct values (store.field_values) when at most this many are
# candidates; it is then an IN over the column's index. More candidates mean a broad filter, read as a predicate.
MAX_MATCHED_VALUES = 1000
_NEGATIVE = {"$not_in", "$is_not", "$not_contain"}
_TEXT_TESTS: dict[str, Callable[[str, list[str]], bool]] = {
    "$not_in": lambda value, given: value not in given,
    "$is_not": lambda value, given: value != given[0],
    "$starts_with": lambda value, given: value.startswith(given[0]),
    "$ends_with": lambda value, given: value.endswith(given[0]),
    "$contains": lambda value, given: given[0] in value,
    "$not_contain": lambda value, given: given[0] not in value,
}


@dataclasses.dataclass
class Condition:
    field: str
    operator: str
    values: list[str]

    def matching_values(self, store: Store) -> list[str] | None:
        """For a text operator ($starts_with, $contains, $is_not, ...): the field's stored values it matches, found
        through an index (a prefix range, or trigrams for a fragment); None when the operator needs no list, or
        more than MAX_MATCHED_VALUES values are candidates."""
        test = _TEXT_TESTS.get(self.operator)
        if test is None or FIELDS[self.field] == "NULL":
            return None
        given = self.values[0] if self.values else ""
        hints = {"$starts_with": {"prefix": given}, "$ends_with": {"fragment": given}, "$contains": {"fragment": given}}
        found = store.field_values(FIELDS[self.field], limit=MAX_MATCHED_VALUES, **hints.get(self.operator, {}))
        return None if found is None else [value for value in found if test(value, self.values)]

    def sql(self, matched: list[str] | None, *, indexed: bool = True) -> tuple[str, list[Any]]:
        """This condition as a WHERE fragment with its parameters; a missing value (NULL) matches only the negative
        operators, and text comparisons are case-sensitive like Voucherify's (no LIKE). `matched` is what
        `matching_values` found. `indexed=False` keeps SQLite from reading the column's index (`+column`), for a
        filter so broad that the sort order's index is the faster way to a page."""
        column, op = FIELDS[self.field], self.operator
        ref = column if indexed or column == "NULL" else f"+{column}"
        if matched is not None:
            listed = f"{ref} IN ({', '.join('?' * len(matched))})" if matched else "0"
            return (f"({ref} IS NULL OR {listed})" if op in _NEGATIVE else listed), list(matched)
        if op in ("$in", "$not_in"):
            if not self.values:
                return ("0", []) if op == "$in" else ("1", [])
            marks = ", ".join("?" * len(self.values))
            if op == "$in":
                return f"{ref} IN ({marks})", list(self.values)
            return f"({ref} IS NULL OR {ref} NOT IN ({marks}))", list(self.values)
        if op == "$has_value":
            return f"{ref} IS NOT NULL", []
        if op == "$is_unknown":
            return f"{ref} IS NULL", []
        value = self.values[0]
        scalar: dict[str, tuple[str, list[Any]]] = {
            "$is": (f"{ref} = ?", [value]),
            "$is_not": (f"({ref} IS NULL OR {ref} != ?)", [value]),
            "$starts_with": (f"substr({ref}, 1, ?) = ?", [len(value), value]),
            "$ends_with": (
                f"({ref} IS NOT NULL AND (? = '' OR substr({ref}, -?) = ?))",
                [value, len(value), value],
            ),
            "$contains": (f"instr({ref}, ?) > 0", [value]),
            "$not_contain": (f"({ref} IS NULL OR instr({ref}, ?) = 0)", [value]),
        }
        return scalar[op]


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
            if value.lstrip("-") not in _ORDER_COLUMNS:
                raise invalid_query(f"order must be one of {sorted(_ORDER_COLUMNS)} with an optional '-'")
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


def _where(query: ListQuery, matched: list[list[str] | None], *, indexed: bool = True) -> tuple[str, list[Any]]:
    plus = "" if indexed else "+"
    parts: list[str] = []
    params: list[Any] = []
    if query.results:
        parts.append(f"{plus}result IN ({', '.join('?' * len(query.results))})")
        params += query.results
    if query.customer:
        parts.append(f"({plus}customer_id = ? OR {plus}customer_source_id = ?)")
        params += [query.customer, query.customer]
    if query.campaign:
        parts.append(f"{plus}campaign_name = ?")
        params.append(query.campaign)
    if query.after:
        parts.append("created_us >= ?")
        params.append(epoch_us(query.after))
    if query.before:
        parts.append("created_us < ?")
        params.append(epoch_us(query.before))
    if query.conditions:
        fragments = [c.sql(m, indexed=indexed) for c, m in zip(query.conditions, matched, strict=True)]
        joiner = " AND " if query.junction == "and" else " OR "
        parts.append("(" + joiner.join(f"({sql})" for sql, _ in fragments) + ")")
        for _, values in fragments:
            params += values
    return " AND ".join(parts) or "1", params


def list_redemptions(store: Store, query: ListQuery) -> Doc:
    """One page of redemptions and rollbacks, newest first by default; `total` counts all matches up to TOTAL_CAP
    (all of them without a filter). Insertion order breaks ties, so equal timestamps page stably.

    The bounded count also picks the plan: fewer than TOTAL_CAP matches are read through the filtered columns'
    indexes and sorted (at most TOTAL_CAP small rows); more are read along the sort order's index, where a page
    needs about limit / (share of matching records) rows whatever the store's size."""
    matched = [condition.matching_values(store) for condition in query.conditions]
    where, params = _where(query, matched)
    total = store.count_redemptions(where, params, cap=TOTAL_CAP)
    if total >= TOTAL_CAP:
        where, params = _where(query, matched, indexed=False)
    direction = "DESC" if query.order.startswith("-") else "ASC"
    order_by = f"{_ORDER_COLUMNS[query.order.lstrip('-')]} {direction}, seq {direction}"
    page = store.page_of_redemptions(where, params, order_by, query.limit, (query.page - 1) * query.limit)
    return {"object": "list", "data_ref": "redemptions", "redemptions": page, "total": total}
