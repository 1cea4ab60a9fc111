"""Calls over a real socket to the local server: one rollback + reading its result, sync, async and concurrent.

Every side POSTs the same body with the same query to the same server process and reads the same fields
(readers.py); the server answers the real `rollbacks_success.json`.
"""

from __future__ import annotations

import asyncio
import gc
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
from voucherify_rollbacks import AsyncVoucherify, Voucherify

from bench.measure import Report, block_timer, freeze_heap, interleaved, median, per_round_ratio, rotated
from bench.readers import (
    APP_ID,
    APP_TOKEN,
    AUTH,
    BODY,
    PARENT,
    REASON,
    check_same_reads,
    expected_reads,
    official_api,
    official_call,
    raw_async_call,
    raw_call,
    read_official,
    read_ours,
    read_raw,
    rollbacks_url,
)

CONCURRENCY = 16


def _sync_sides(base_url: str) -> tuple[dict[str, Callable[[], Any]], Callable[[], None]]:
    """Each sync side's "call + read", and what closes their clients."""
    ours = Voucherify(base_url=base_url, app_id=APP_ID, app_token=APP_TOKEN)
    official = official_api(base_url, pool=CONCURRENCY)
    raw = httpx.Client(headers=AUTH)
    url = rollbacks_url(base_url)
    sides: dict[str, Callable[[], Any]] = {
        "ours": lambda: read_ours(ours.rollback_stacked(PARENT, reason=REASON, **BODY)),
        "official": lambda: read_official(official_call(official)),
        "raw httpx": lambda: read_raw(raw_call(raw, url)),
    }

    def close() -> None:
        ours.close()
        raw.close()
        official.api_client.rest_client.pool_manager.clear()

    return sides, close


def _checked(sides: dict[str, Callable[[], Any]], what: str) -> None:
    reads = {name: call() for name, call in sides.items()}
    expected = expected_reads()
    check_same_reads(what, reads["ours"], reads["official"], reads["raw httpx"])
    if reads["ours"] != expected:
        raise SystemExit(f"{what}: the answer read is not the served payload: {reads['ours']}")


def sync_call(report: Report, base_url: str, *, rounds: int, iterations: int) -> None:
    print(f"\n== call: one sync rollback_stacked + reading the result ({rounds} rounds x {iterations} calls)")
    sides, close = _sync_sides(base_url)
    try:
        _checked(sides, "sync call")
        for call in sides.values():
            for _ in range(max(20, iterations // 4)):
                call()
        freeze_heap()
        samples = interleaved({name: block_timer(call, iterations) for name, call in sides.items()}, rounds)
    finally:
        close()
    for name in sides:
        print(f"  {name:10} {median(samples, name) * 1e6:9.1f} µs per call + read (median)")
    what = "sync call + read"
    report.ratio("call", what, "ours", "official", per_round_ratio(samples, "ours", "official"), ("<=", 1.0))
    report.ratio("call", what, "ours", "raw httpx", per_round_ratio(samples, "ours", "raw httpx"), ("<=", 1.08))


def threads(report: Report, base_url: str, *, rounds: int, calls_per_thread: int) -> None:
    print(
        f"\n== threads: {CONCURRENCY} threads on one client, call + read "
        f"({rounds} rounds x {CONCURRENCY * calls_per_thread} calls)"
    )
    sides, close = _sync_sides(base_url)

    def block(call: Callable[[], Any]) -> Callable[[], float]:
        def run() -> float:
            # Threads are started before the clock and released together, so thread start-up is not timed.
            gate = threading.Barrier(CONCURRENCY + 1)
            failures: list[BaseException] = []

            def work() -> None:
                gate.wait()
                try:
                    for _ in range(calls_per_thread):
                        call()
                except BaseException as error:  # reported below: a failing side must not look fast
                    failures.append(error)

            workers = [threading.Thread(target=work) for _ in range(CONCURRENCY)]
            for worker in workers:
                worker.start()
            gate.wait()
            start = time.perf_counter()
            for worker in workers:
                worker.join()
            elapsed = time.perf_counter() - start
            if failures:
                raise RuntimeError(f"a thread failed: {failures[0]!r}")
            return elapsed / (CONCURRENCY * calls_per_thread)

        return run

    try:
        _checked(sides, "threads")
        for call in sides.values():
            block(call)()  # warm-up: the pools open their connections
        freeze_heap()
        samples = interleaved({name: block(call) for name, call in sides.items()}, rounds)
    finally:
        close()
    for name in sides:
        print(f"  {name:10} {1 / median(samples, name):9.0f} calls/s (median)")
    what = f"{CONCURRENCY} threads, throughput"
    # Throughput ratio: ours/baseline calls per second = baseline/ours seconds per call.
    report.ratio("threads", what, "ours", "official", 1 / per_round_ratio(samples, "ours", "official"), (">=", 1.0))
    report.ratio("threads", what, "ours", "raw httpx", 1 / per_round_ratio(samples, "ours", "raw httpx"))


def async_calls(report: Report, base_url: str, *, rounds: int, iterations: int, calls_per_task: int) -> None:
    print(
        f"\n== async: sequential call + read ({rounds} rounds x {iterations} calls), "
        f"{CONCURRENCY} in flight with asyncio.gather ({rounds} rounds x {CONCURRENCY * calls_per_task} calls)"
    )
    samples, gathered = asyncio.run(
        _async_run(base_url, rounds=rounds, iterations=iterations, calls_per_task=calls_per_task)
    )
    for name in ("ours", "raw async httpx"):
        print(
            f"  {name:16} sequential {median(samples, name) * 1e6:8.1f} µs per call + read;"
            f" gather {1 / median(gathered, name):7.0f} calls/s (medians)"
        )
    report.ratio(
        "async",
        "async sequential call + read",
        "ours",
        "raw async httpx",
        per_round_ratio(samples, "ours", "raw async httpx"),
        ("<=", 1.08),
    )
    report.ratio(
        "async",
        f"{CONCURRENCY} in flight (gather), throughput",
        "ours",
        "raw async httpx",
        1 / per_round_ratio(gathered, "ours", "raw async httpx"),
        (">=", 0.9),
    )


async def _async_run(
    base_url: str, *, rounds: int, iterations: int, calls_per_task: int
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    ours = AsyncVoucherify(base_url=base_url, app_id=APP_ID, app_token=APP_TOKEN)
    raw = httpx.AsyncClient(headers=AUTH)
    url = rollbacks_url(base_url)

    async def ours_once() -> Any:
        return read_ours(await ours.rollback_stacked(PARENT, reason=REASON, **BODY))

    async def raw_once() -> Any:
        return read_raw(await raw_async_call(raw, url))

    sides = {"ours": ours_once, "raw async httpx": raw_once}
    try:
        reads = [await once() for once in sides.values()]
        if not (reads[0] == reads[1] == expected_reads()):
            raise SystemExit(f"async: the sides read different values: {reads}")

        async def sequential(once: Callable[[], Any]) -> float:
            start = time.perf_counter()
            for _ in range(iterations):
                await once()
            return (time.perf_counter() - start) / iterations

        async def in_flight(once: Callable[[], Any]) -> float:
            async def task() -> None:
                for _ in range(calls_per_task):
                    await once()

            start = time.perf_counter()
            await asyncio.gather(*(task() for _ in range(CONCURRENCY)))
            return (time.perf_counter() - start) / (CONCURRENCY * calls_per_task)

        for once in sides.values():
            await sequential(once)
            await in_flight(once)
        freeze_heap()
        samples = await _interleaved_async(
            {name: (lambda o=once: sequential(o)) for name, once in sides.items()}, rounds
        )
        gathered = await _interleaved_async(
            {name: (lambda o=once: in_flight(o)) for name, once in sides.items()}, rounds
        )
    finally:
        await ours.aclose()
        await raw.aclose()
    return samples, gathered


async def _interleaved_async(cases: dict[str, Callable[[], Any]], rounds: int) -> dict[str, list[float]]:
    """interleaved() for coroutine blocks: the same rotation and untimed collection between blocks."""
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for index in range(rounds):
        for name in rotated(list(cases), index):
            gc.collect()
            samples[name].append(await cases[name]())
    return samples
