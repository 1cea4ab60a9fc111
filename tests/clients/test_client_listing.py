"""redemptions(**filters): every matching item, lazily, across pages and past the API's page-99 limit."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from voucherify_rollbacks import Redemption, Rollback
from voucherify_rollbacks.errors import PaginationLimitError, ServerError

from tests.support.scripted_api import Reply, ScriptedAPI, api_error, ok, page, redemption_item, rollback_item, run

LIST_PATH = "/v1/redemptions"
START = datetime.datetime(2024, 3, 1, 12, 0, tzinfo=datetime.UTC)


def iso(moment: datetime.datetime) -> str:
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


class ListingServer:
    """list-redemptions over a data set, newest first (or by id), honouring page, limit and created_at; its bounds
    are exclusive or inclusive (Voucherify documents neither), and `on_request` may change the data meanwhile."""

    def __init__(
        self,
        items: list[dict[str, Any]],
        *,
        inclusive: bool = False,
        on_request: Callable[[list[dict[str, Any]]], None] | None = None,
    ) -> None:
        self.items = items
        self.inclusive = inclusive
        self.on_request = on_request

    def __call__(self, request: httpx.Request) -> Reply:
        params = request.url.params
        limit, number = int(params["limit"]), int(params["page"])
        if number > 99:
            return api_error(400, "page_over_limit", "Listing above page 99 is not supported")
        if self.on_request is not None:
            self.on_request(self.items)
        rows = list(self.items)
        if "created_at[before]" in params:
            before = datetime.datetime.fromisoformat(params["created_at[before]"])
            rows = [r for r in rows if _date(r) < before or (self.inclusive and _date(r) == before)]
        if "created_at[after]" in params:
            after = datetime.datetime.fromisoformat(params["created_at[after]"])
            rows = [r for r in rows if _date(r) > after or (self.inclusive and _date(r) == after)]
        order = params.get("order", "-created_at")
        if order.lstrip("-") == "id":
            rows.sort(key=lambda r: r["id"], reverse=order.startswith("-"))
        else:
            rows.sort(key=lambda r: (r["date"], r["id"]), reverse=order.startswith("-"))
        return ok(page(rows[(number - 1) * limit : number * limit]))


def _date(item: dict[str, Any]) -> datetime.datetime:
    return datetime.datetime.fromisoformat(item["date"])


def dated_items(count: int, *, same_instant: range = range(0)) -> list[dict[str, Any]]:
    """`count` redemptions one second apart (newest first); the indexes in `same_instant` share one date."""
    items = []
    for i in range(count):
        moment = START - datetime.timedelta(seconds=same_instant.start if i in same_instant else i)
        items.append(redemption_item(f"r_{i:04d}", iso(moment)))
    return items


def test_items_of_every_page_are_yielded_in_order(api: ScriptedAPI) -> None:
    api.otherwise(ListingServer(dated_items(5)))
    with api.client() as client:
        found = [item.id for item in client.redemptions(page_size=2)]
    assert found == ["r_0000", "r_0001", "r_0002", "r_0003", "r_0004"]
    # Each page is the first of a window that ends just past the last date given.
    assert {r.url.params["page"] for r in api.requests} == {"1"}
    assert {r.url.params["limit"] for r in api.requests} == {"2"}
    assert [r.url.params.get("created_at[before]") for r in api.requests][:2] == [None, "2024-03-01T11:59:59.001Z"]


def test_next_page_is_not_requested_before_the_first_page_is_consumed(api: ScriptedAPI) -> None:
    api.otherwise(ListingServer(dated_items(4)))
    with api.client() as client:
        listing = client.redemptions(page_size=2)
        assert api.requests == []
        first, second = next(listing), next(listing)
        assert (first.id, second.id) == ("r_0000", "r_0001")
        assert len(api.requests) == 1
        assert next(listing).id == "r_0002"
        assert len(api.requests) == 2


def test_a_full_last_page_ends_the_walk_with_a_short_page(api: ScriptedAPI) -> None:
    api.otherwise(ListingServer(dated_items(4)))
    with api.client() as client:
        assert [item.id for item in client.redemptions(page_size=2)] == [f"r_{i:04d}" for i in range(4)]
    assert len(api.requests) <= 4


def test_empty_first_page_yields_nothing(api: ScriptedAPI) -> None:
    api.on("GET", LIST_PATH, ok(page([])))
    with api.client() as client:
        assert list(client.redemptions()) == []
    assert len(api.requests) == 1


def test_filters_become_deep_object_query_parameters(api: ScriptedAPI) -> None:
    api.on("GET", LIST_PATH, ok(page([])))
    before = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    after = datetime.datetime(2023, 12, 1)
    with api.client() as client:
        list(
            client.redemptions(
                parent_redemption_id="r_parent",
                object=["redemption", "redemption_rollback"],
                result="SUCCESS",
                customer="cust_1",
                campaign="Spring",
                order="created_at",
                created_before=before,
                created_after=after,
                page_size=10,
            )
        )
    params = api.requests[0].url.params
    assert params["filters[parent_redemption_id][conditions][$is]"] == "r_parent"
    # Lists use the documented indexed form: filters[object][conditions][$in][0]=...
    assert params["filters[object][conditions][$in][0]"] == "redemption"
    assert params["filters[object][conditions][$in][1]"] == "redemption_rollback"
    assert params["created_at[before]"] == "2024-01-02T03:04:05.000Z"
    assert params["created_at[after]"] == "2023-12-01T00:00:00.000Z"
    assert (params["result"], params["customer"], params["campaign"]) == ("SUCCESS", "cust_1", "Spring")
    assert (params["order"], params["limit"], params["page"]) == ("created_at", "10", "1")


def test_raw_filters_are_passed_through(api: ScriptedAPI) -> None:
    api.on("GET", LIST_PATH, ok(page([])))
    with api.client() as client:
        list(client.redemptions(filters={"voucher_code": {"conditions": {"$is": "SPRING"}}, "junction": "and"}))
    params = api.requests[0].url.params
    assert params["filters[voucher_code][conditions][$is]"] == "SPRING"
    assert params["filters[junction]"] == "and"
    assert params["order"] == "-created_at"


@pytest.mark.parametrize(
    "bad",
    [{"page_size": 0}, {"page_size": 101}, {"order": "date"}, {"nonsense_filter": "x"}, {"created_before": "2024"}],
)
def test_bad_listing_arguments_raise_before_any_request(api: ScriptedAPI, bad: dict[str, Any]) -> None:
    with api.client() as client, pytest.raises(ValueError):
        list(client.redemptions(**bad))
    assert api.requests == []


def test_rollbacks_in_a_listing_come_back_as_rollback_views(api: ScriptedAPI) -> None:
    items = [redemption_item("r_1", iso(START)), rollback_item("rr_1", "r_1")]
    api.on("GET", LIST_PATH, ok(page(items)))
    with api.client() as client:
        found = list(client.redemptions())
    assert [type(item) for item in found] == [Redemption, Rollback]


@pytest.mark.parametrize("inclusive", [False, True], ids=["exclusive bounds", "inclusive bounds"])
@pytest.mark.parametrize("order", ["-created_at", "created_at"])
def test_listing_past_page_99_yields_every_item_once_under_either_bound_semantics(
    api: ScriptedAPI, order: str, inclusive: bool
) -> None:
    items = dated_items(130, same_instant=range(40, 47))
    api.otherwise(ListingServer(items, inclusive=inclusive))
    with api.client() as client:
        found = [item.id for item in client.redemptions(page_size=1, order=order)]
    assert sorted(found) == sorted(item["id"] for item in items)
    assert len(found) == len(set(found))
    expected_dates = sorted((item["date"] for item in items), reverse=order.startswith("-"))
    assert [next(i["date"] for i in items if i["id"] == f) for f in found] == expected_dates
    assert max(int(r.url.params["page"]) for r in api.requests) < 99


@pytest.mark.parametrize("inclusive", [False, True], ids=["exclusive bounds", "inclusive bounds"])
@pytest.mark.parametrize("order", ["-created_at", "created_at"])
def test_more_items_in_one_millisecond_than_a_page_holds_are_listed_once_and_the_walk_ends(
    api: ScriptedAPI, order: str, inclusive: bool
) -> None:
    items = dated_items(30, same_instant=range(3, 26))  # 23 items share one instant, pages hold 5
    api.otherwise(ListingServer(items, inclusive=inclusive))
    with api.client() as client:
        found = [item.id for item in client.redemptions(page_size=5, order=order)]
    assert sorted(found) == sorted(item["id"] for item in items)
    assert len(api.requests) < 40


def test_items_created_while_listing_newest_first_neither_repeat_nor_push_others_out(api: ScriptedAPI) -> None:
    items = dated_items(60)
    original = {item["id"] for item in items}
    created = iter(range(1000))

    def create_one(rows: list[dict[str, Any]]) -> None:
        number = next(created)
        moment = START + datetime.timedelta(seconds=number + 1)
        rows.append(redemption_item(f"r_new_{number:04d}", iso(moment)))

    api.otherwise(ListingServer(items, on_request=create_one))
    with api.client() as client:
        found = [item.id for item in client.redemptions(page_size=7)]
    assert len(found) == len(set(found))
    assert original <= set(found)
    assert len(found) <= len(original) + 1  # at most the one created before the first page


@pytest.mark.parametrize("order", ["-created_at", "created_at"])
def test_extreme_dates_are_listed_without_overflow(api: ScriptedAPI, order: str) -> None:
    earliest = datetime.datetime.min.replace(tzinfo=datetime.UTC)
    latest = datetime.datetime.max.replace(tzinfo=datetime.UTC)
    items = [
        redemption_item("r_first", iso(earliest)),
        redemption_item("r_first_b", iso(earliest)),
        redemption_item("r_last", iso(latest.replace(microsecond=999000))),
        redemption_item("r_last_b", iso(latest.replace(microsecond=999000))),
    ]
    api.otherwise(ListingServer(items))
    far_east = datetime.timezone(datetime.timedelta(hours=14))
    far_west = datetime.timezone(datetime.timedelta(hours=-12))
    with api.client() as client:
        found = [item.id for item in client.redemptions(page_size=1, order=order)]
        bounded = list(
            client.redemptions(
                page_size=1,
                created_after=datetime.datetime.min.replace(tzinfo=far_east),
                created_before=datetime.datetime.max.replace(tzinfo=far_west),
            )
        )
    assert sorted(found) == sorted(item["id"] for item in items)
    assert isinstance(bounded, list)


def test_a_page_without_redemptions_is_an_empty_page(api: ScriptedAPI) -> None:
    api.on("GET", LIST_PATH, ok({"object": "list", "total": 0}))
    with api.client() as client:
        assert list(client.redemptions()) == []


def test_each_page_has_a_budget_of_its_own(api: ScriptedAPI) -> None:
    now = [0.0]
    api.otherwise(ListingServer(dated_items(6)))
    with api.client(clock=lambda: now[0], deadline=10) as client:
        found = []
        for item in client.redemptions(page_size=2):
            found.append(item.id)
            now[0] += 30  # the caller spends longer on each item than one call may last
    assert len(found) == 6


def test_listing_ordered_by_id_past_page_99_raises_pagination_limit_error(api: ScriptedAPI) -> None:
    api.otherwise(ListingServer(dated_items(120)))
    found: list[str] = []
    with api.client() as client, pytest.raises(PaginationLimitError, match="99"):
        for item in client.redemptions(page_size=1, order="id"):
            found.append(item.id)
    assert len(found) == 99
    assert max(int(r.url.params["page"]) for r in api.requests) == 99


def test_page_requests_are_retried_like_reads(api: ScriptedAPI) -> None:
    api.on("GET", LIST_PATH, api_error(503), ok(page([redemption_item("r_1", iso(START))])))
    with api.client() as client:
        assert [item.id for item in client.redemptions()] == ["r_1"]
    assert len(api.requests) == 2
    assert api.sleeps == [0.5]


def test_page_failure_after_retries_raises_midway(api: ScriptedAPI) -> None:
    first = ok(page([redemption_item("r_1", iso(START)), redemption_item("r_2", iso(START))]))
    api.on("GET", LIST_PATH, first, *[api_error(500)] * 3)
    found: list[str] = []
    with api.client() as client, pytest.raises(ServerError):
        for item in client.redemptions(page_size=2):
            found.append(item.id)
    assert found == ["r_1", "r_2"]
    assert len(api.requests) == 4


def test_async_listing_is_lazy_and_complete(api: ScriptedAPI) -> None:
    api.otherwise(ListingServer(dated_items(5)))

    async def scenario() -> tuple[list[str], int]:
        async with api.async_client() as client:
            listing = client.redemptions(page_size=2)
            first = await listing.__anext__()
            requests_after_first = len(api.requests)
            rest = [item.id async for item in listing]
            return [first.id, *rest], requests_after_first

    found, requests_after_first = run(scenario())
    assert found == ["r_0000", "r_0001", "r_0002", "r_0003", "r_0004"]
    assert requests_after_first == 1
    assert len(api.requests) == 5  # each window re-reads the last date given: 2 new items, then 1 per page


# --- instants next to each other under inclusive bounds --------------------------------------------------------------


def clustered_items(sizes: list[int]) -> list[dict[str, Any]]:
    """Items in clusters sharing one instant each, `gap` apart (one millisecond: adjacent instants)."""
    items = []
    for cluster, size in enumerate(sizes):
        moment = START + cluster * datetime.timedelta(milliseconds=1)
        items.extend(redemption_item(f"r_{cluster:03d}_{i:04d}", iso(moment)) for i in range(size))
    return items


def assert_listed_once_in_order(found: list[str], items: list[dict[str, Any]], order: str) -> None:
    assert len(found) == len(set(found))
    assert sorted(found) == sorted(item["id"] for item in items)
    dates = {item["id"]: item["date"] for item in items}
    assert [dates[f] for f in found] == sorted(dates.values(), reverse=order.startswith("-"))


@pytest.mark.parametrize("inclusive", [False, True], ids=["exclusive bounds", "inclusive bounds"])
@pytest.mark.parametrize("order", ["-created_at", "created_at"])
def test_forty_items_one_millisecond_before_eighty_others_are_all_listed_page_size_one(
    api: ScriptedAPI, order: str, inclusive: bool
) -> None:
    items = clustered_items([40, 80])
    api.otherwise(ListingServer(items, inclusive=inclusive))
    with api.client() as client:
        found = [item.id for item in client.redemptions(page_size=1, order=order)]
    assert_listed_once_in_order(found, items, order)


@pytest.mark.parametrize("inclusive", [False, True], ids=["exclusive bounds", "inclusive bounds"])
@pytest.mark.parametrize("order", ["-created_at", "created_at"])
def test_an_instant_filling_exactly_ninety_nine_pages_is_listed_and_the_walk_goes_past_it(
    api: ScriptedAPI, order: str, inclusive: bool
) -> None:
    items = clustered_items([3, 99, 2])
    api.otherwise(ListingServer(items, inclusive=inclusive))
    with api.client() as client:
        found = [item.id for item in client.redemptions(page_size=1, order=order)]
    assert_listed_once_in_order(found, items, order)


@pytest.mark.parametrize("inclusive", [False, True], ids=["exclusive bounds", "inclusive bounds"])
def test_an_instant_holding_more_than_ninety_nine_pages_raises_instead_of_skipping(
    api: ScriptedAPI, inclusive: bool
) -> None:
    api.otherwise(ListingServer(clustered_items([2, 100, 2]), inclusive=inclusive))
    with api.client() as client, pytest.raises(PaginationLimitError, match="share the instant"):
        list(client.redemptions(page_size=1, order="created_at"))


FUZZ_CASES = [pytest.param(seed, id=f"seed {seed}") for seed in range(16)]


@pytest.mark.parametrize("seed", FUZZ_CASES)
def test_clusters_of_equal_and_adjacent_instants_are_listed_once_whatever_the_page_size(
    api: ScriptedAPI, seed: int
) -> None:
    import random

    rng = random.Random(seed)
    page_size = rng.choice([1, 1, 2, 3, 5, 7])
    inclusive = rng.random() < 0.6
    order = rng.choice(["created_at", "-created_at"])
    # Clusters of up to 99 pages' worth (often small), most one millisecond apart, some a second apart.
    sizes = [rng.choice([1, 1, 2, 3, rng.randint(1, 40), rng.randint(1, 99 * page_size)]) for _ in range(6)]
    items: list[dict[str, Any]] = []
    moment = START
    for cluster, size in enumerate(sizes):
        items.extend(redemption_item(f"r_{cluster:03d}_{i:04d}", iso(moment)) for i in range(size))
        moment += datetime.timedelta(milliseconds=1 if rng.random() < 0.8 else 1000)
    api.otherwise(ListingServer(items, inclusive=inclusive))
    with api.client() as client:
        found = [item.id for item in client.redemptions(page_size=page_size, order=order)]
    assert_listed_once_in_order(found, items, order)
