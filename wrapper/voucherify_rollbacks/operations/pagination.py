"""Listing without pages: every matching redemption and rollback, fetched lazily, past the API's page limit.

list-redemptions is page-based and stops at page 99 (facts §2.5: at most 9,900 rows per query). Ordered by date
(the default, newest first), the walk moves a `created_at` window along instead of counting pages, so it yields
every item once and always ends, past any page count, whichever way the API treats its bounds and while items are
being created. Another order can reach 99 pages only; past that it raises PaginationLimitError rather than
stopping silently.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import httpx

from .._constants import MAX_PAGE, MAX_PAGE_SIZE
from ..core.plans import CallOptions, ItemPlan, Plan, send
from ..errors import InvalidArgumentError, PaginationLimitError
from .redemptions import jsonable, list_request, read_page

# The query parameters the walk sets itself, page by page.
_MANAGED = frozenset({"limit", "page", "created_at"})


@functools.cache
def _spec() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """What the spec allows, from the generated list operation: the orders, the shortcut filters (every field of
    the filters that holds conditions) and the query parameters."""
    from voucherify_client.api.redemptions import list_redemptions
    from voucherify_client.models import ParameterOrderListRedemptions

    orders = frozenset(member.value for member in ParameterOrderListRedemptions)
    return (
        orders,
        tuple(list_redemptions.FiltersShortcuts.__annotations__),
        frozenset(list_redemptions.Query.__annotations__),
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
    extra: Mapping[str, Any] | None = None  # other query parameters of the spec, as given

    def page(self, number: int, after: datetime.datetime | None, before: datetime.datetime | None) -> dict[str, Any]:
        """Keyword arguments of the generated list operation for one page of one window."""
        query: dict[str, Any] = {**(self.extra or {}), "limit": self.page_size, "page": number, "order": self.order}
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
    query: Mapping[str, Any] | None = None,
    **conditions: Any,
) -> ListQuery:
    """Check the filters of `redemptions(...)`. Shortcut keywords (parent_redemption_id=..., object=...) become
    `filters[<name>][conditions][$is]` (or `$in` for a list), but `result`, which is a query parameter of its own;
    `query` holds any other query parameter of the spec, sent as the generated operation encodes it."""
    orders, shortcuts, parameters = _spec()
    if order is not None and order not in orders:
        raise InvalidArgumentError(f"order must be one of {', '.join(sorted(orders))}, got {order!r}", argument="order")
    if isinstance(page_size, bool) or not isinstance(page_size, int) or not 1 <= page_size <= MAX_PAGE_SIZE:
        raise InvalidArgumentError(
            f"page_size must be an int from 1 to {MAX_PAGE_SIZE}, got {page_size!r}", argument="page_size"
        )
    for name, value in (("created_after", created_after), ("created_before", created_before)):
        if value is not None and not isinstance(value, datetime.datetime):
            raise InvalidArgumentError(f"{name} must be a datetime, got {type(value).__name__}", argument=name)
    unknown = set(conditions) - set(shortcuts)
    if unknown:
        raise InvalidArgumentError(f"unknown filter(s) {', '.join(sorted(unknown))}; known: {', '.join(shortcuts)}")
    result = conditions.pop("result", None) if result is None else result
    extra = dict(query or {})
    for name in extra:
        if name not in parameters:
            raise InvalidArgumentError(
                f"query: {name!r} is no query parameter of list-redemptions; known: {', '.join(sorted(parameters))}",
                argument="query",
            )
        if name in _MANAGED or name in ("order", "result", "campaign", "customer", "filters"):
            raise InvalidArgumentError(
                f"query: {name!r} is set by redemptions() itself (or by its own keyword argument)", argument="query"
            )
    merged: dict[str, Any] = dict(filters or {})
    for name, value in conditions.items():
        if value is not None:
            operator = "$in" if isinstance(value, list | tuple) else "$is"
            merged[name] = {"conditions": {operator: list(value) if operator == "$in" else value}}
    results = (result,) if isinstance(result, str) else tuple(result or ())
    if not all(isinstance(r, str) and r for r in results):
        raise InvalidArgumentError(f"result must be a string or a list of strings, got {result!r}", argument="result")
    return ListQuery(
        result=results,
        campaign=campaign,
        customer=customer,
        order=order or "-created_at",
        created_after=_aware(created_after),
        created_before=_aware(created_before),
        filters=merged or None,
        page_size=page_size,
        extra=extra,
    )


def list_plan(query: ListQuery, options: CallOptions, timeout: httpx.Timeout | None) -> ItemPlan:
    """Yield `(item,)` for every matching item, fetching pages as they are needed; each page gets a budget (the
    call's deadline) of its own, so the caller's time between items never counts against later pages."""
    if query.order in ("created_at", "-created_at"):
        yield from _by_date(query, options, timeout)
    else:
        yield from _by_page_number(query, options, timeout)


def _by_date(query: ListQuery, options: CallOptions, timeout: httpx.Timeout | None) -> ItemPlan:
    """Walk by date, one `created_at` window per page: each window starts at the last date given, so an item
    created meanwhile (newer than the window) never shifts a page, and no page number ever nears 99.

    Voucherify does not document whether `created_at[after]`/`[before]` include their bound. Until an answer shows
    it (an item dated exactly at the moving bound), each window reaches one millisecond (the API's resolution) past
    the last date given, which is right either way; once the bounds are known to be inclusive, the window starts at
    that date itself, so the neighbouring instant is never read again (40 items one millisecond before 80 others
    would otherwise cost 40 pages of every window at the later instant). Items already given are skipped by date,
    and by id at that date. Page numbers are used only within one window, when whole pages share one instant.
    """
    descending = query.order == "-created_at"
    after, before = query.created_after, query.created_before
    edge: datetime.datetime | None = None  # the date of the last dated item given
    at_edge: set[str] = set()  # the ids given at that date
    past_edge = False  # every item at `edge` is given: the next window starts after it
    undated: set[str] = set()  # the ids given without a date
    bounds = _Bounds()
    number = 1
    while True:
        response = yield from send(list_request(query.page(number, after, before), timeout=timeout), options.again())
        items = read_page(response)
        moving = before if descending else after
        for item in items:
            date = item.date
            if date is not None and date == moving:
                bounds.inclusive = True
            if date is None:
                if item.id is not None and item.id in undated:
                    continue
                undated.add(item.id or "")
            elif edge is not None and ((date > edge) if descending else (date < edge)):
                continue  # given before (or, newest first, created after the walk began)
            elif date == edge and item.id in at_edge:
                continue
            yield (item,)
            if date is not None:
                if date != edge:
                    edge, at_edge, past_edge = date, set(), False
                at_edge.add(item.id or "")
        if len(items) < query.page_size:
            return
        window = (after, before)
        if edge is not None:
            start = bounds.start_past(edge, descending) if past_edge else bounds.start_at(edge, descending)
            window = (after, _earliest(before, start)) if descending else (_latest(after, start), before)
        if window != (after, before):
            (after, before), number = window, 1
            continue
        number += 1
        if number <= MAX_PAGE:
            continue
        if edge is None or past_edge:
            raise _too_many_at(edge, query.page_size)
        # 99 full pages of one instant: go past it only if it holds no item not yet given (a page of another
        # size can still ask), else some would be skipped silently.
        held = yield from _count_at(edge, len(at_edge), bounds, query, options, timeout)
        if held > len(at_edge):
            raise _too_many_at(edge, query.page_size)
        past_edge = True
        start = bounds.start_past(edge, descending)
        (after, before), number = (
            ((after, _earliest(before, start)) if descending else (_latest(after, start), before)),
            1,
        )


class _Bounds:
    """What the walk has learned of the server's `created_at` bounds: inclusive (True), exclusive (False), or
    not yet shown (None, treated as exclusive one millisecond further out, which is right either way)."""

    def __init__(self) -> None:
        self.inclusive: bool | None = None

    def start_at(self, moment: datetime.datetime, descending: bool) -> datetime.datetime | None:
        """The moving bound of a window whose first items are those dated `moment`."""
        if self.inclusive:
            return moment
        return _shifted(moment, +1 if descending else -1)

    def start_past(self, moment: datetime.datetime, descending: bool) -> datetime.datetime | None:
        """The moving bound of a window that starts just after (newest first: before) `moment`."""
        if self.inclusive:
            return _shifted(moment, -1 if descending else +1)
        return moment


def _count_at(
    moment: datetime.datetime,
    given: int,
    bounds: _Bounds,
    query: ListQuery,
    options: CallOptions,
    timeout: httpx.Timeout | None,
) -> Plan[int]:
    """How many items are dated `moment`, counted up to `given + 1` (enough to tell whether any is left): pages of
    100 over a window holding that instant only."""
    if bounds.inclusive is None:
        # A window from `moment` to `moment` is that instant under inclusive bounds, and empty under exclusive ones.
        probe = replace(query, page_size=1)
        response = yield from send(list_request(probe.page(1, moment, moment), timeout=timeout), options.again())
        bounds.inclusive = bool(read_page(response))
    lowest, highest = (moment, moment) if bounds.inclusive else (_shifted(moment, -1), _shifted(moment, +1))
    wide = replace(query, page_size=MAX_PAGE_SIZE)
    number = given // MAX_PAGE_SIZE + 1
    if number > MAX_PAGE:
        return given + 1  # cannot be asked: assume more, and say so
    response = yield from send(list_request(wide.page(number, lowest, highest), timeout=timeout), options.again())
    return (number - 1) * MAX_PAGE_SIZE + sum(1 for item in read_page(response) if item.date == moment)


def _too_many_at(edge: datetime.datetime | None, page_size: int) -> PaginationLimitError:
    return PaginationLimitError(
        f"more than {MAX_PAGE * page_size} items share the instant {edge.isoformat() if edge else '?'}; "
        "narrow the query with filters to list them all"
    )


def _by_page_number(query: ListQuery, options: CallOptions, timeout: httpx.Timeout | None) -> ItemPlan:
    """Pages 1 to 99 of an order that is not by date: past page 99 nothing can reach the rest."""
    for number in range(1, MAX_PAGE + 1):
        request = list_request(query.page(number, query.created_after, query.created_before), timeout=timeout)
        response = yield from send(request, options.again())
        items = read_page(response)
        for item in items:
            yield (item,)
        if len(items) < query.page_size:
            return
    raise PaginationLimitError(
        f"more than {MAX_PAGE} pages match and the list is ordered by {query.order!r}: order by created_at "
        "or narrow the query (created_after / created_before, filters) to list them all"
    )


_MIN = datetime.datetime.min.replace(tzinfo=datetime.UTC)
_MAX = datetime.datetime.max.replace(tzinfo=datetime.UTC)


def _shifted(moment: datetime.datetime, milliseconds: int) -> datetime.datetime | None:
    """`moment` moved by whole milliseconds; None past the ends of the calendar, where no bound can be written:
    the window then stays open on that side (and page numbers carry the walk)."""
    try:
        return moment + milliseconds * _RESOLUTION
    except OverflowError:
        return None


def _earliest(bound: datetime.datetime | None, moment: datetime.datetime | None) -> datetime.datetime | None:
    return bound if moment is None else moment if bound is None else min(bound, moment)


def _latest(bound: datetime.datetime | None, moment: datetime.datetime | None) -> datetime.datetime | None:
    return bound if moment is None else moment if bound is None else max(bound, moment)


def _aware(value: datetime.datetime | None) -> datetime.datetime | None:
    # Voucherify's dates are UTC; a naive datetime is read as UTC rather than as the machine's local time. A date
    # whose UTC form falls off the calendar (datetime.max in UTC-5) is held at its end.
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=datetime.UTC)
    try:
        return value.astimezone(datetime.UTC)
    except OverflowError:
        return _MAX if value.year > 1 else _MIN
