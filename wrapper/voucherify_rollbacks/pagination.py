"""Listing without pages: every matching redemption and rollback, fetched lazily, past the API's page limit.

list-redemptions is page-based and stops at page 99 (facts §2.5: at most 9,900 rows per query). When page 99 is
full, the walk continues in a new `created_at` window that ends where the last one stopped, so callers see every
item once; if it cannot (the order is not by date, or one instant holds more than a window), it raises
PaginationLimitError rather than stopping silently.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from .errors import PaginationLimitError
from .operations import jsonable, list_request, read_page
from .sending import CallOptions, ItemPlan, send

MAX_PAGE = 99
MAX_PAGE_SIZE = 100
_ORDERS = frozenset(
    {
        "created_at",
        "-created_at",
        "id",
        "-id",
        "voucher_code",
        "-voucher_code",
        "tracking_id",
        "-tracking_id",
        "customer_id",
        "-customer_id",
    }
)
_FILTER_SHORTCUTS = (
    "voucher_code",
    "related_object_id",
    "related_object_parent_id",
    "parent_redemption_id",
    "failure_code",
    "object",
    "customer_id",
    "campaign_name",
    "user_login",
)
# The window bound moves one millisecond past the last item's date (the API's resolution) so that items sharing
# that instant are listed again rather than lost; the ones already given are then skipped by id.
_RESOLUTION = datetime.timedelta(milliseconds=1)


@dataclass(frozen=True)
class ListQuery:
    """A list-redemptions query without its page: the caller's filters, checked."""

    result: tuple[str, ...] = ()
    campaign: str | None = None
    customer: str | None = None
    order: str = "-created_at"
    created_after: datetime.datetime | None = None
    created_before: datetime.datetime | None = None
    filters: Mapping[str, Any] | None = None
    page_size: int = MAX_PAGE_SIZE

    def page(self, number: int, after: datetime.datetime | None, before: datetime.datetime | None) -> dict[str, Any]:
        """Keyword arguments of the generated list operation for one page of one window."""
        query: dict[str, Any] = {"limit": self.page_size, "page": number, "order": self.order}
        if self.result:
            query["result"] = list(self.result)  # repeated: result=SUCCESS&result=FAILURE
        for name in ("campaign", "customer"):
            if getattr(self, name) is not None:
                query[name] = getattr(self, name)
        window = {k: jsonable(v, f"created_{k}") for k, v in (("after", after), ("before", before)) if v is not None}
        if window:
            query["created_at"] = window
        if self.filters:
            query["filters"] = jsonable(dict(self.filters), "filters")
        return query


def build_query(
    *,
    result: str | Sequence[str] | None = None,
    campaign: str | None = None,
    customer: str | None = None,
    order: str | None = None,
    created_after: datetime.datetime | None = None,
    created_before: datetime.datetime | None = None,
    filters: Mapping[str, Any] | None = None,
    page_size: int = MAX_PAGE_SIZE,
    **conditions: Any,
) -> ListQuery:
    """Check the filters of `redemptions(...)`. Shortcut keywords (parent_redemption_id=..., object=...) become
    `filters[<name>][conditions][$is]` (or `$in` for a list)."""
    if order is not None and order not in _ORDERS:
        raise ValueError(f"order must be one of {', '.join(sorted(_ORDERS))}, got {order!r}")
    if isinstance(page_size, bool) or not isinstance(page_size, int) or not 1 <= page_size <= MAX_PAGE_SIZE:
        raise ValueError(f"page_size must be an int from 1 to {MAX_PAGE_SIZE}, got {page_size!r}")
    for name, value in (("created_after", created_after), ("created_before", created_before)):
        if value is not None and not isinstance(value, datetime.datetime):
            raise ValueError(f"{name} must be a datetime, got {type(value).__name__}")
    unknown = set(conditions) - set(_FILTER_SHORTCUTS)
    if unknown:
        raise ValueError(f"unknown filter(s) {', '.join(sorted(unknown))}; known: {', '.join(_FILTER_SHORTCUTS)}")
    merged: dict[str, Any] = dict(filters or {})
    for name, value in conditions.items():
        if value is not None:
            operator = "$in" if isinstance(value, list | tuple) else "$is"
            merged[name] = {"conditions": {operator: list(value) if operator == "$in" else value}}
    results = (result,) if isinstance(result, str) else tuple(result or ())
    if not all(isinstance(r, str) and r for r in results):
        raise ValueError(f"result must be a string or a list of strings, got {result!r}")
    return ListQuery(
        result=results,
        campaign=campaign,
        customer=customer,
        order=order or "-created_at",
        created_after=_aware(created_after),
        created_before=_aware(created_before),
        filters=merged or None,
        page_size=page_size,
    )


def list_plan(query: ListQuery, options: CallOptions, timeout: httpx.Timeout | None) -> ItemPlan:
    """Yield `(item,)` for every matching item, fetching pages as they are needed."""
    after, before = query.created_after, query.created_before
    descending = query.order == "-created_at"
    given_at_edge: set[str] = set()  # ids already given whose date is the current window's edge
    while True:
        edge: datetime.datetime | None = None
        edge_ids: set[str] = set()
        for number in range(1, MAX_PAGE + 1):
            response = yield from send(list_request(query.page(number, after, before), timeout=timeout), options)
            items = read_page(response)
            for item in items:
                if item.id is not None and item.id in given_at_edge:
                    continue
                yield (item,)
                if item.date is not None and (edge is None or item.date != edge):
                    edge, edge_ids = item.date, set()
                if item.id is not None:
                    edge_ids.add(item.id)
            if len(items) < query.page_size:
                return
        # Page 99 was full: more may follow beyond what page numbers reach.
        if query.order not in ("created_at", "-created_at") or edge is None:
            raise PaginationLimitError(
                f"more than {MAX_PAGE} pages match and the list is ordered by {query.order!r}: order by created_at "
                "or narrow the query (created_after / created_before, filters) to list them all"
            )
        new_after, new_before = (after, edge + _RESOLUTION) if descending else (edge - _RESOLUTION, before)
        if (new_after, new_before) == (after, before):
            raise PaginationLimitError(
                f"more than {MAX_PAGE * query.page_size} items share the instant {edge.isoformat()}; "
                "narrow the query with filters to list them all"
            )
        after, before = new_after, new_before
        given_at_edge = edge_ids


def _aware(value: datetime.datetime | None) -> datetime.datetime | None:
    # Voucherify's dates are UTC; a naive datetime is read as UTC rather than as the machine's local time.
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=datetime.UTC)
    return value
