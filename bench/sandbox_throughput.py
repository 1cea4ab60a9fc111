"""Requests per second the sandbox serves on one core: GETs, and redeem + rollback pairs, over one keep-alive client.

Run: PYTHONPATH=wrapper:generated .venv/bin/python bench/sandbox_throughput.py [--seconds 3]
Server and client share the process (and, pinned, the one core), so the figures include the client's own cost:
they are what a test suite talking to the sandbox can expect, not the server alone.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable

import httpx
from voucherify_rollbacks.sandbox import Sandbox


def measure(seconds: float, step: Callable[[], int]) -> tuple[float, int]:
    """Run `step` (returns requests made) until `seconds` pass; (requests per second, requests)."""
    requests, started = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - started) < seconds:
        requests += step()
    return requests / elapsed, requests


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    with (
        Sandbox() as sb,
        httpx.Client(base_url=sb.base_url, headers={"X-App-Id": sb.app_id, "X-App-Token": sb.app_token}) as api,
    ):
        redeem = {
            "redeemables": [
                {"object": "voucher", "id": "GIFT-100", "gift": {"credits": 1}},
                {"object": "voucher", "id": "SAVE10"},
            ],
            "order": {"amount": 5000},
            "customer": {"source_id": "bench"},
        }
        first = api.post("/v1/redemptions", json=redeem).json()["parent_redemption"]["id"]

        def get() -> int:
            assert api.get(f"/v1/redemptions/{first}").status_code == 200
            return 1

        def redeem_and_rollback() -> int:
            parent = api.post("/v1/redemptions", json=redeem).json()["parent_redemption"]["id"]
            assert api.post(f"/v1/redemptions/{parent}/rollbacks", json={}).status_code == 200
            return 2

        get_rate, get_count = measure(args.seconds, get)
        pair_rate, pair_count = measure(args.seconds, redeem_and_rollback)
        assert sb.voucher("GIFT-100")["gift"]["balance"] == 10000 - 1  # only the first redemption is not rolled back
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else "?"
    print(f"sandbox throughput (client + server on {cpus} core, keep-alive httpx, {args.seconds:.0f} s each)")
    print(f"  GET /v1/redemptions/{{id}}:                {get_rate:7.0f} req/s  ({get_count} requests)")
    pairs = f"{pair_count} requests, {pair_rate / 2:.0f} pairs/s"
    print(f"  redeem (2 redeemables) + stacked rollback: {pair_rate:7.0f} req/s  ({pairs})")


if __name__ == "__main__":
    main()
