"""List-redemptions latency as the sandbox's store grows: 10k, 100k and 1M stored redemptions and rollbacks.

Run: .venv/bin/python -m bench.sandbox_listing [--sizes 10000,100000,1000000] [--requests 60]

Each store is built fast: one group of real records (two stacked redemptions, one rolled back, a single one and a
failed one: 11 records) is made through the sandbox's own operations, then copied with fresh ids, later dates and
rotating customers into a SQLite file with one bulk insert. One sandbox per store then serves its file over HTTP on
127.0.0.1, all at once, and one keep-alive httpx client per store times each case (`--requests` timed calls after 5
untimed ones, the stores taken in turn so that the shared machine's load hits every size alike): median and p95, in
ms. Customers rotate so that each has about 11 records at every size (a filter whose matches stay the same size);
`GIFT-100` is in a fixed share of the records (a filter whose matches grow with the store). The last lines give each
case's ratio of medians per step: the goal is at most 2 from 100k to 1M. Every filter operator and both junctions
have a case. Stores are built in a temporary folder, removed at the end (1M records: about 2.5 GB).
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from voucherify_sandbox import Sandbox, default_catalog
from voucherify_sandbox.catalog import normalize_catalog
from voucherify_sandbox.clock import Clock, iso
from voucherify_sandbox.errors import ApiError
from voucherify_sandbox.ids import stable_id
from voucherify_sandbox.operations import Operations
from voucherify_sandbox.store import Store

START = datetime(2026, 1, 1, tzinfo=UTC)
SHOPPER = stable_id("cust", "shopper-7")  # a customer id with 11 records at every size
_F = "filters[{field}][conditions][{op}]"


def _filter(field: str, op: str, value: str) -> str:
    return f"{_F.format(field=field, op=op)}={value}"


# Every filter operator and both junctions, each on a page of 100. GIFT-100 is in 3 of every 11 records (27%), like
# SAVE10; PERCENT20 and EXPIRED-10 in 1 of 11; the failed EXPIRED-10 redemption is the only record with a failure code.
CASES = [
    ("page 1 of 10, no filter", "limit=10"),
    ("page 1 of 100, no filter", "limit=100"),
    ("page 99 of 100, no filter", "limit=100&page=99"),
    ("customer (11 matches)", "limit=100&customer=shopper-7"),
    ("voucher_code $in GIFT-100 (27%)", "limit=100&" + _filter("voucher_code", "$in", "GIFT-100")),
    ("voucher_code $in 2 codes (36%)", "limit=100&" + _filter("voucher_code", "$in", "GIFT-100,PERCENT20")),
    ("voucher_code $not_in 2 codes", "limit=100&" + _filter("voucher_code", "$not_in", "GIFT-100,SAVE10")),
    ("voucher_code $is PERCENT20 (9%)", "limit=100&" + _filter("voucher_code", "$is", "PERCENT20")),
    ("voucher_code $is_not GIFT-100", "limit=100&" + _filter("voucher_code", "$is_not", "GIFT-100")),
    ("failure_code $has_value (9%)", "limit=100&" + _filter("failure_code", "$has_value", "")),
    ("failure_code $is_unknown (91%)", "limit=100&" + _filter("failure_code", "$is_unknown", "")),
    ("voucher_code $starts_with GIFT (27%)", "limit=100&" + _filter("voucher_code", "$starts_with", "GIFT")),
    ("voucher_code $ends_with -10 (9%)", "limit=100&" + _filter("voucher_code", "$ends_with", "-10")),
    ("voucher_code $contains AVE (27%)", "limit=100&" + _filter("voucher_code", "$contains", "AVE")),
    ("voucher_code $not_contain GIFT", "limit=100&" + _filter("voucher_code", "$not_contain", "GIFT")),
    ("customer_id $starts_with one id (11)", "limit=100&" + _filter("customer_id", "$starts_with", SHOPPER)),
    ("customer_id $ends_with one id (11)", "limit=100&" + _filter("customer_id", "$ends_with", SHOPPER[-12:])),
    ("customer_id $contains one id (11)", "limit=100&" + _filter("customer_id", "$contains", SHOPPER[5:20])),
    (
        "junction=or: code $is GIFT-100 | failure_code",
        "limit=100&filters[junction]=or&"
        + _filter("voucher_code", "$is", "GIFT-100")
        + "&"
        + _filter("failure_code", "$has_value", ""),
    ),
    (
        "junction=or: customer_id $is | object rollback",
        f"limit=100&filters[junction]=or&{_filter('customer_id', '$is', SHOPPER)}&"
        + _filter("object", "$is", "redemption_rollback"),
    ),
    (
        "junction=or: two narrow (customer | unknown id)",
        f"limit=100&filters[junction]=or&{_filter('customer_id', '$is', SHOPPER)}&"
        + _filter("related_object_id", "$is", "none-such"),
    ),
    (
        "junction=and: code $in + object $is",
        "limit=100&filters[junction]=and&"
        + _filter("voucher_code", "$in", "GIFT-100")
        + "&"
        + _filter("object", "$is", "redemption"),
    ),
    # the newest hour: 60 copies, so 60 failed redemptions at every size
    ("FAILURE + created_at newest hour", "limit=100&result=FAILURE&created_at[after]={newest_hour}"),
    ("page 50 of 10, order=voucher_code", "limit=10&page=50&order=voucher_code"),
]


def template_group() -> list[dict[str, Any]]:
    """One group of real records, in insertion order, made by the sandbox's own operations (no HTTP)."""
    store = Store()
    store.seed(*normalize_catalog(**default_catalog()))
    ops = Operations(store, Clock(lambda: START), channel_id="bench")
    customer = {"source_id": "shopper-0"}
    stack = {
        "redeemables": [
            {"object": "voucher", "id": "GIFT-100", "gift": {"credits": 1}},
            {"object": "voucher", "id": "SAVE10"},
        ],
        "order": {"amount": 5000},
        "customer": customer,
    }
    ops.call("redeem-stacked-discounts", None, "", json.dumps(stack).encode())
    undone = ops.call("redeem-stacked-discounts", None, "", json.dumps(stack).encode())[1]["parent_redemption"]["id"]
    ops.call("rollback-stacked-redemptions", undone, "", b'{"reason": "bench"}')
    single = {
        "redeemables": [{"object": "voucher", "id": "PERCENT20"}],
        "order": {"amount": 5000},
        "customer": customer,
    }
    ops.call("redeem-stacked-discounts", None, "", json.dumps(single).encode())
    try:
        expired = {**single, "redeemables": [{"object": "voucher", "id": "EXPIRED-10"}]}
        ops.call("redeem-stacked-discounts", None, "", json.dumps(expired).encode())
    except ApiError:
        pass  # the failed redemption is stored
    rows = store.page_of_redemptions("1", [], "seq ASC", 100, 0)
    store.close()
    return rows


def copies(group: list[dict[str, Any]], count: int) -> Iterator[dict[str, Any]]:
    """`count` records: the group repeated with fresh ids (links kept inside each copy), a minute apart per copy."""
    text = json.dumps(group)
    ids = sorted({r["id"] for r in group} | {r["order"]["id"] for r in group if r.get("order")}, key=len, reverse=True)
    customers = max(1, count // len(group))
    for copy_number in range(count // len(group) + 1):
        copied = text
        for old in ids:
            copied = copied.replace(old, f"{old[:-8]}{copy_number:08x}")
        shopper = f"shopper-{copy_number % customers}"
        copied = copied.replace(stable_id("cust", "shopper-0"), stable_id("cust", shopper))
        copied = copied.replace("shopper-0", shopper)
        when = iso(START + timedelta(minutes=copy_number))
        for record in json.loads(copied):
            record["date"] = when
            yield record


def build(path: str, size: int, group: list[dict[str, Any]]) -> float:
    started = time.perf_counter()
    store = Store(path)
    store.seed(*normalize_catalog(**default_catalog()))
    records = copies(group, size)
    store.add_redemptions(record for _, record in zip(range(size), records, strict=False))
    store.close()
    return time.perf_counter() - started


Timer = Callable[[httpx.Client, int], float]  # one timed call against the store of the given size, in ms


def interleaved(apis: dict[int, httpx.Client], call: Timer, requests: int) -> dict[int, list[float]]:
    """`requests` timed calls per store after 5 untimed ones, the stores taken in turn (rotating which goes first),
    so a busy moment of the shared machine hits every size alike and the ratios between sizes stay fair."""
    sizes = list(apis)
    for size in sizes:
        for _ in range(5):
            call(apis[size], size)
    samples: dict[int, list[float]] = {size: [] for size in sizes}
    for turn in range(requests):
        for size in sizes[turn % len(sizes) :] + sizes[: turn % len(sizes)]:
            samples[size].append(call(apis[size], size))
    return samples


def _get(path_for: Callable[[int], str]) -> Timer:
    def call(api: httpx.Client, size: int) -> float:
        started = time.perf_counter()
        response = api.get(path_for(size))
        elapsed = (time.perf_counter() - started) * 1000
        assert response.status_code == 200, response.text
        return elapsed

    return call


def _redeem_and_roll_back(api: httpx.Client, size: int) -> float:
    redeem = {"redeemables": [{"object": "voucher", "id": "SAVE10"}], "order": {"amount": 5000}}
    started = time.perf_counter()
    made = api.post("/v1/redemptions", json=redeem).json()["redemptions"][0]["id"]
    assert api.post(f"/v1/redemptions/{made}/rollback").status_code == 200
    return (time.perf_counter() - started) * 1000


Row = tuple[float, float, int]  # median ms, p95 ms, total


def measure(paths: dict[int, str], requests: int, group_size: int) -> dict[int, dict[str, Row]]:
    """Every case against every store, the stores served at once by one sandbox each."""
    table: dict[int, dict[str, Row]] = {size: {} for size in paths}
    with contextlib.ExitStack() as stack:
        apis = {}
        for size, path in paths.items():
            sb = stack.enter_context(Sandbox(db=path))
            headers = {"X-App-Id": sb.app_id, "X-App-Token": sb.app_token}
            apis[size] = stack.enter_context(httpx.Client(base_url=sb.base_url, headers=headers))

        def listing(template: str) -> Callable[[int], str]:
            def path(size: int) -> str:
                newest_hour = iso(START + timedelta(minutes=size // group_size - 59))
                return f"/v1/redemptions?{template.format(newest_hour=newest_hour)}"

            return path

        some = {size: api.get("/v1/redemptions?limit=1").json()["redemptions"][0]["id"] for size, api in apis.items()}
        timers: list[tuple[str, Timer, Callable[[int], int]]] = []
        for name, template in CASES:
            path_for = listing(template)
            timers.append((name, _get(path_for), lambda size, p=path_for: apis[size].get(p(size)).json()["total"]))
        timers.append(("GET /v1/redemptions/{id}", _get(lambda size: f"/v1/redemptions/{some[size]}"), lambda _: 1))
        timers.append(("redeem + rollback pair", _redeem_and_roll_back, lambda _: 2))
        for name, call, total in timers:
            for size, samples in interleaved(apis, call, requests).items():
                table[size][name] = (statistics.median(samples), statistics.quantiles(samples, n=20)[-1], total(size))
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--requests", type=int, default=60)
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    group = template_group()
    with tempfile.TemporaryDirectory(prefix="sandbox-listing-") as folder:
        paths = {size: os.path.join(folder, f"store-{size}.db") for size in sizes}
        for size, path in paths.items():
            seconds = build(path, size, group)
            print(f"built {size:,} records in {seconds:.1f} s", file=sys.stderr, flush=True)
        table = measure(paths, args.requests, len(group))
    names = list(table[sizes[0]])
    header = "".join(f" | {size:>7,} med  p95 " for size in sizes)
    print(f"{'case (ms)':<52}{header}")
    for name in names:
        cells = "".join(f" | {table[s][name][0]:>8.2f} {table[s][name][1]:>5.2f}" for s in sizes)
        print(f"{name:<52}{cells}")
    for name in names[: len(CASES)]:
        print(f"{'total: ' + name:<52}" + "".join(f" | {table[s][name][2]:>14,}" for s in sizes))
    steps = list(itertools.pairwise(sizes))
    print("\nratio of medians, each step (goal: at most 2 from 100k to 1M):")
    print(f"  {'case':<50}" + "".join(f" {f'{b // 1000:,}k/{a // 1000:,}k':>11}" for a, b in steps))
    for name in names:
        ratios = "".join(f" {table[b][name][0] / table[a][name][0]:>11.2f}" for a, b in steps)
        print(f"  {name:<50}{ratios}")


if __name__ == "__main__":
    main()
