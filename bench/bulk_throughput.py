"""Throughput of `rollback_many` (sync and async) against the local sandbox with the ceiling lifted, as same-run ratios.

Run: .venv/bin/python -m bench.bulk_throughput [--count 300] [--concurrency 8] [--rounds 5] [--same-process]
     .venv/bin/python -m bench.bulk_throughput --stub [--count 1500] [--rounds 5]
     .venv/bin/python -m bench.bulk_throughput --client-cost [--count 1500] [--rounds 5]

Builds fresh two-coupon stacks straight into one sandbox store file (no HTTP) and serves it on 127.0.0.1. Each round,
in a rotating order, every case rolls back `--count` stacks of its own at `--concurrency`:

- `rollback_many`: `Voucherify.rollback_many(ids, journal=..., requests_per_minute=None)`, journal and all;
- `async rollback_many`: `AsyncVoucherify.rollback_many` the same way, under asyncio;
- `official loop`: the official SDK (`voucherify` 6.1.1) `RedemptionsApi.rollback_stacked_redemptions(id)` on a
  thread pool of `--concurrency` workers (its urllib3 pool sized to match; it has no async client);
- `own client loop`: `Voucherify.rollback_stacked(id)` the same way: our client alone, no journal;
- `own async client loop`: `AsyncVoucherify.rollback_stacked(id)`, `--concurrency` tasks taking ids from one list.

Prints each case's rollbacks/s per round, then for each runner its ratio to the official loop (goal >= 1.0) and to
its own client's loop (goal >= 0.9): the median of the rounds' ratios, with their range. By default the sandbox
serves from a process of its own, as a real server would; with `--same-process` client and sandbox share one
process (and its GIL): a floor. The sandbox's informational budget of 2,000 requests a minute is lifted too
(`X-Rate-Limit-Remaining` would reach 0 within seconds, and rollback_many, unlike the loops, pauses every worker for
the rest of the minute when a server says so). The pacing at the default ceiling is pinned by
tests/bulk/test_rate_limiter.py, not measured here.

Against the sandbox every case is bound by the sandbox (its process busy on one core, its store writes serialized):
a client that keeps `--concurrency` requests at it gets its rate, so the ratios there are parity within the rounds'
noise. With `--stub` the same cases run against `bench.local_server` instead (a process of its own answering every
rollback at once with the real `rollbacks_success.json`, naming the redemption asked for): the server is no longer
the limit, the clients are, and the ratios show what each costs per rollback, over real sockets.

With `--client-cost` nothing is served: each of our cases (the two runners and our two loops, the loops sending the
marker rollback_many sends) runs against `httpx.MockTransport` answering every rollback at once with the real
`rollbacks_success.json` (its parent redemption set to the one asked for), and the figure is the process's CPU time
per rollback: what the client itself costs, which the sandbox hides (it is the bottleneck of the figures above).
Printed: each case's ms per rollback per round, and each runner's cost over its own client's loop (the journal's
and the runner's share; reference, no goal).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from voucherify_rollbacks import AsyncVoucherify, Voucherify
from voucherify_sandbox import Sandbox, http_app

from bench.measure import interleaved
from bench.readers import APP_ID, APP_TOKEN, official_api
from tests.support.stacks import build_stacks

CASES = ("rollback_many", "async rollback_many", "official loop", "own client loop", "own async client loop")
# Each runner and the loop of its own client.
RUNNERS = {"rollback_many": "own client loop", "async rollback_many": "own async client loop"}


# The sandbox of --own-process: the store file built here, its rate budget lifted, its address on stdout, served until
# its stdin closes.
SERVE = """
import sys
from voucherify_sandbox import Sandbox, http_app
http_app.RATE_LIMIT_PER_MINUTE = 10**9
with Sandbox(db=sys.argv[1], app_id=sys.argv[2], app_token=sys.argv[3]) as sandbox:
    print(sandbox.base_url, flush=True)
    sys.stdin.read()
"""


@contextlib.contextmanager
def served(db: str, *, same_process: bool) -> Iterator[str]:
    """The sandbox's base URL, serving `db` in this process or in one of its own."""
    if same_process:
        http_app.RATE_LIMIT_PER_MINUTE = 10**9
        with Sandbox(db=db, app_id=APP_ID, app_token=APP_TOKEN) as sandbox:
            yield sandbox.base_url
        return
    command = [sys.executable, "-c", SERVE, db, APP_ID, APP_TOKEN]
    with subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None and child.stdin is not None
        try:
            yield child.stdout.readline().strip()
        finally:
            child.stdin.close()
            child.wait(timeout=60)


@contextlib.contextmanager
def stubbed() -> Iterator[str]:
    """The base URL of `bench.local_server` answering every rollback with the real success answer, naming the
    redemption asked for."""
    from bench.measure import LocalServer
    from bench.readers import PARENT, SUCCESS_FILE

    with LocalServer(SUCCESS_FILE, APP_TOKEN, echo=PARENT) as server:
        yield server.url


def cases(base_url: str, ids: list[str], folder: Path, count: int, concurrency: int) -> dict[str, Callable[[], float]]:
    """Each case as a block returning rollbacks/s; every block takes the next `count` unused stacks."""
    ours = Voucherify(base_url=base_url, app_id=APP_ID, app_token=APP_TOKEN)
    official = official_api(base_url, pool=concurrency)
    runs = [0]

    def take() -> list[str]:
        start = runs[0] * count
        runs[0] += 1
        return ids[start : start + count]

    def timed(work: Callable[[list[str]], int]) -> Callable[[], float]:
        def block() -> float:
            batch = take()
            started = time.perf_counter()
            done = work(batch)
            elapsed = time.perf_counter() - started
            assert done == len(batch), (done, len(batch))
            return done / elapsed

        return block

    def many(batch: list[str]) -> int:
        journal = str(folder / f"run-{runs[0]}.journal")
        outcomes = ours.rollback_many(batch, journal=journal, concurrency=concurrency, requests_per_minute=None)
        return sum(o.status == "rolled_back" for o in outcomes)

    def many_async(batch: list[str]) -> int:
        journal = str(folder / f"run-{runs[0]}.journal")

        async def run() -> int:
            async with AsyncVoucherify(base_url=base_url, app_id=APP_ID, app_token=APP_TOKEN) as client:
                outcomes = client.rollback_many(
                    batch, journal=journal, concurrency=concurrency, requests_per_minute=None
                )
                return sum([o.status == "rolled_back" async for o in outcomes])

        return asyncio.run(run())

    def async_loop(batch: list[str]) -> int:
        async def run() -> int:
            async with AsyncVoucherify(base_url=base_url, app_id=APP_ID, app_token=APP_TOKEN) as client:
                todo, done = list(reversed(batch)), [0]

                async def worker() -> None:
                    while todo:
                        await client.rollback_stacked(todo.pop())
                        done[0] += 1

                await asyncio.gather(*(worker() for _ in range(concurrency)))
                return done[0]

        return asyncio.run(run())

    def loop(call: Callable[[str], object]) -> Callable[[list[str]], int]:
        def work(batch: list[str]) -> int:
            with ThreadPoolExecutor(max_workers=concurrency) as pool:
                return sum(1 for _ in pool.map(call, batch))

        return work

    return {
        "rollback_many": timed(many),
        "async rollback_many": timed(many_async),
        "official loop": timed(loop(lambda i: official.rollback_stacked_redemptions(i))),
        "own client loop": timed(loop(lambda i: ours.rollback_stacked(i))),
        "own async client loop": timed(async_loop),
    }


def client_cost(folder: Path, count: int, concurrency: int) -> dict[str, Callable[[], float]]:
    """Each of our cases as a block returning its CPU seconds per rollback, against a transport that answers at once."""
    import httpx

    from bench.readers import PARENT, SUCCESS_FILE

    answer, named = SUCCESS_FILE.read_bytes(), PARENT.encode()  # the parent redemption it names

    def respond(request: httpx.Request) -> httpx.Response:
        asked = request.url.path.split("/")[3].encode()
        return httpx.Response(200, content=answer.replace(named, asked), headers={"Content-Type": "application/json"})

    async def respond_async(request: httpx.Request) -> httpx.Response:
        return respond(request)

    base_url, runs = "http://127.0.0.1:9", [0]
    ours = Voucherify(
        base_url=base_url,
        app_id=APP_ID,
        app_token=APP_TOKEN,
        http_client=httpx.Client(transport=httpx.MockTransport(respond)),
    )

    def ours_async() -> AsyncVoucherify:
        transport = httpx.MockTransport(respond_async)
        return AsyncVoucherify(
            base_url=base_url, app_id=APP_ID, app_token=APP_TOKEN, http_client=httpx.AsyncClient(transport=transport)
        )

    def batch() -> tuple[list[str], str]:
        runs[0] += 1
        return [f"r_{runs[0]}_{i:07d}" for i in range(count)], str(folder / f"cost-{runs[0]}.journal")

    def timed(work: Callable[[list[str], str], None]) -> Callable[[], float]:
        def block() -> float:
            ids, journal = batch()
            started = time.process_time()
            work(ids, journal)
            return (time.process_time() - started) / count

        return block

    def many(ids: list[str], journal: str) -> None:
        outcomes = ours.rollback_many(ids, journal=journal, concurrency=concurrency, requests_per_minute=None)
        assert all(o.status == "rolled_back" for o in outcomes)

    def many_async(ids: list[str], journal: str) -> None:
        async def run() -> None:
            async with ours_async() as client:
                outcomes = client.rollback_many(ids, journal=journal, concurrency=concurrency, requests_per_minute=None)
                assert all([o.status == "rolled_back" async for o in outcomes])

        asyncio.run(run())

    def loop(ids: list[str], journal: str) -> None:  # the marker rollback_many sends, so the same request
        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            list(pool.map(lambda i: ours.rollback_stacked(i, marker=MARKER), ids))

    def async_loop(ids: list[str], journal: str) -> None:
        async def run() -> None:
            async with ours_async() as client:
                todo = list(reversed(ids))

                async def worker() -> None:
                    while todo:
                        await client.rollback_stacked(todo.pop(), marker=MARKER)

                await asyncio.gather(*(worker() for _ in range(concurrency)))

        asyncio.run(run())

    return {
        "rollback_many": timed(many),
        "async rollback_many": timed(many_async),
        "own client loop": timed(loop),
        "own async client loop": timed(async_loop),
    }


MARKER = "vrm_0123456789abcdef0123"


def spread(ratios: list[float]) -> str:
    return f"{statistics.median(ratios):.3f} (rounds {min(ratios):.3f}-{max(ratios):.3f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300, help="stacks per case and round")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--same-process", action="store_true", help="serve the sandbox from this process (its GIL)")
    parser.add_argument("--client-cost", action="store_true", help="CPU per rollback against an instant transport")
    parser.add_argument("--stub", action="store_true", help="against a stub answering at once, not the sandbox")
    args = parser.parse_args()
    if args.client_cost:
        with tempfile.TemporaryDirectory(prefix="bulk-bench-") as name:
            blocks = client_cost(Path(name), args.count, args.concurrency)
            interleaved(blocks, 1)  # warm-up
            samples = interleaved(blocks, args.rounds)
        print(
            f"client CPU per rollback, {args.count} rollbacks per case and round, concurrency {args.concurrency},"
            f" {args.rounds} rounds, httpx.MockTransport (load: {' '.join(f'{x:.2f}' for x in os.getloadavg())})"
        )
        for case, cost in samples.items():
            print(f"  {case:<21} ms per rollback per round: {' '.join(f'{x * 1000:6.3f}' for x in cost)}")
        for runner, own in RUNNERS.items():
            ratios = [m / b for m, b in zip(samples[runner], samples[own], strict=True)]
            print(f"  {runner} / {own}: {spread(ratios)} (its cost over the client's own; reference, no goal)")
        return
    needed = args.count * len(CASES) * (args.rounds + 1)  # one warm-up round, then the timed ones
    with tempfile.TemporaryDirectory(prefix="bulk-bench-") as name:
        folder = Path(name)
        if args.stub:
            ids = [f"r_bench{i:08d}" for i in range(needed)]
            server: contextlib.AbstractContextManager[str] = stubbed()
            where = "a stub answering at once in its own process (the clients are the limit)"
        else:  # each case with stacks of its own
            db = str(folder / "store.sqlite")
            ids = build_stacks(db, needed)
            server = served(db, same_process=args.same_process)
            where = f"sandbox {'in this process' if args.same_process else 'in its own process'}"
        with server as base_url:
            blocks = cases(base_url, ids, folder, args.count, args.concurrency)
            interleaved(blocks, 1)  # warm-up: connections opened, modules loaded
            samples = interleaved(blocks, args.rounds)
    print(
        f"{args.count} rollbacks per case and round, concurrency {args.concurrency}, ceiling lifted, "
        f"{args.rounds} rounds, {where} (load: {' '.join(f'{x:.2f}' for x in os.getloadavg())})"
    )
    for case in CASES:
        print(f"  {case:<21} rollbacks/s per round: {' '.join(f'{x:6.0f}' for x in samples[case])}")
    for runner, own in RUNNERS.items():
        for baseline, goal in (("official loop", 1.0), (own, 0.9)):
            ratios = [m / b for m, b in zip(samples[runner], samples[baseline], strict=True)]
            verdict = "met" if statistics.median(ratios) >= goal else "MISSED"
            print(f"  {runner} / {baseline}: {spread(ratios)}, goal >= {goal} ({verdict})")


if __name__ == "__main__":
    main()
