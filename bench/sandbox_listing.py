"""List-redemptions latency as the sandbox's store grows: 1k, 10k and 100k stored redemptions and rollbacks.

Run: .venv/bin/python -m bench.sandbox_listing [--sizes 1000,10000,100000] [--requests 60]

Each store is built fast: one group of real records (two stacked redemptions, one rolled back, a single one and a
failed one: 11 records) is made through the sandbox's own operations, then copied with fresh ids, later dates and
rotating customers into a SQLite file with one bulk insert. A sandbox then serves that file over HTTP on 127.0.0.1,
and one keep-alive httpx client times each case (`--requests` timed calls after 5 untimed ones): median and p95, in
ms. Customers rotate so that each has about 11 records at every size (a filter whose matches stay the same size);
`GIFT-100` is in a fixed share of the records (a filter whose matches grow with the store). The last lines give each
case's 100k/1k ratio of medians: the goal is at most 2.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from voucherify_sandbox import Sandbox, default_catalog
from voucherify_sandbox.catalog import normalize_catalog
from voucherify_sandbox.clock import Clock, iso
from voucherify_sandbox.errors import ApiError
from voucherify_sandbox.operations import Operations
from voucherify_sandbox.store import Store

START = datetime(2026, 1, 1, tzinfo=UTC)
CASES = [
    ("page 10, no filter", "limit=10"),
    ("page 100, no filter", "limit=100"),
    ("page 10, customer (11 matches)", "limit=10&customer=shopper-7"),
    ("page 100, customer (11 matches)", "limit=100&customer=shopper-7"),
    ("page 10, voucher_code $in (2/11 of store)", "limit=10&filters[voucher_code][conditions][$in]=GIFT-100"),
    ("page 100, voucher_code $in (2/11)", "limit=100&filters[voucher_code][conditions][$in]=GIFT-100"),
    # the newest hour: 60 copies, so 60 failed redemptions at every size
    ("page 10, FAILURE + created_at newest hour", "limit=10&result=FAILURE&created_at[after]={newest_hour}"),
    ("page 10, page 50, order=voucher_code", "limit=10&page=50&order=voucher_code"),
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
        copied = copied.replace("shopper-0", f"shopper-{copy_number % customers}")
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


def timed(api: httpx.Client, method: str, path: str, requests: int, body: Any = None) -> list[float]:
    for _ in range(5):
        api.request(method, path, json=body)
    samples = []
    for _ in range(requests):
        started = time.perf_counter()
        response = api.request(method, path, json=body)
        samples.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.text
    return samples


def measure(path: str, size: int, requests: int, group_size: int) -> dict[str, tuple[float, float, int]]:
    newest_hour = iso(START + timedelta(minutes=size // group_size - 59))
    results: dict[str, tuple[float, float, int]] = {}
    with (
        Sandbox(db=path) as sb,
        httpx.Client(base_url=sb.base_url, headers={"X-App-Id": sb.app_id, "X-App-Token": sb.app_token}) as api,
    ):
        for name, template in CASES:
            query = template.format(newest_hour=newest_hour)
            total = api.get(f"/v1/redemptions?{query}").json()["total"]
            samples = timed(api, "GET", f"/v1/redemptions?{query}", requests)
            results[name] = (statistics.median(samples), statistics.quantiles(samples, n=20)[-1], total)
        some = api.get("/v1/redemptions?limit=1").json()["redemptions"][0]["id"]
        samples = timed(api, "GET", f"/v1/redemptions/{some}", requests)
        results["GET /v1/redemptions/{id}"] = (statistics.median(samples), statistics.quantiles(samples, n=20)[-1], 1)
        redeem = {"redeemables": [{"object": "voucher", "id": "SAVE10"}], "order": {"amount": 5000}}
        pairs = []
        for _ in range(requests):
            started = time.perf_counter()
            made = api.post("/v1/redemptions", json=redeem).json()["redemptions"][0]["id"]
            assert api.post(f"/v1/redemptions/{made}/rollback").status_code == 200
            pairs.append((time.perf_counter() - started) * 1000)
        results["redeem + rollback pair"] = (statistics.median(pairs), statistics.quantiles(pairs, n=20)[-1], 2)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--requests", type=int, default=60)
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    group = template_group()
    table: dict[int, dict[str, tuple[float, float, int]]] = {}
    with tempfile.TemporaryDirectory(prefix="sandbox-listing-") as folder:
        for size in sizes:
            path = os.path.join(folder, f"store-{size}.db")
            seconds = build(path, size, group)
            print(f"built {size:,} records in {seconds:.1f} s", file=sys.stderr, flush=True)
            table[size] = measure(path, size, args.requests, len(group))
    names = list(table[sizes[0]])
    header = "".join(f" | {size:>7,} med  p95 " for size in sizes)
    print(f"{'case (ms)':<45}{header}")
    for name in names:
        cells = "".join(f" | {table[s][name][0]:>8.2f} {table[s][name][1]:>5.2f}" for s in sizes)
        print(f"{name:<45}{cells}")
    for name in names[:8]:
        print(f"{'total: ' + name:<45}" + "".join(f" | {table[s][name][2]:>14,}" for s in sizes))
    first, last = sizes[0], sizes[-1]
    print(f"\nratio of medians {last:,}/{first:,}:")
    for name in names:
        print(f"  {name:<45} {table[last][name][0] / table[first][name][0]:5.2f}")


if __name__ == "__main__":
    main()
