"""Every figure of issue 11 in one run: each a ratio ours / baseline measured in the same run.

Run: .venv/bin/python -m bench.run_all [--quick] [--only NAME ...] [--rounds N]
Sections (in order): call, async, threads, parse, scaling, memory, import. See bench/README.md for what each side
runs and why the run is built this way. Prints a summary table with pass/fail per goal at the end; the exit status
is 0 whatever the figures (a benchmark informs, the test suite decides).
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from bench.measure import LocalServer, Report
from bench.readers import APP_TOKEN, SUCCESS_FILE


@dataclass(frozen=True)
class Sizes:
    rounds: int
    # The socket figures run three times as many, shorter rounds: the other load on a shared machine comes and goes
    # within seconds, and short blocks run side by side are hit by it alike.
    network_rounds: int
    calls: int  # per block, sequential sync and async
    calls_per_worker: int  # per thread and per task, 16 of them
    seconds: float  # per block of the parse and scaling figures
    memory_repeats: int
    import_runs: int
    import_warm_up: bool


FULL = Sizes(
    rounds=7,
    network_rounds=21,
    calls=70,
    calls_per_worker=6,
    seconds=0.08,
    memory_repeats=3,
    import_runs=7,
    import_warm_up=True,
)
QUICK = Sizes(
    rounds=1,
    network_rounds=1,
    calls=3,
    calls_per_worker=1,
    seconds=0.0,
    memory_repeats=1,
    import_runs=1,
    import_warm_up=False,
)
SECTIONS = ("call", "async", "threads", "parse", "scaling", "memory", "import")


def sections(sizes: Sizes, base_url: str, startup: Future[Any] | None) -> dict[str, Callable[[Report], None]]:
    from bench import calls, results_cost
    from bench.startup import measure_startup
    from bench.startup import startup as report_startup

    def fresh_interpreters(report: Report) -> None:
        samples = (
            startup.result()
            if startup
            else measure_startup(base_url, runs=sizes.import_runs, warm_up=sizes.import_warm_up)
        )
        report_startup(report, samples)

    return {
        "call": lambda r: calls.sync_call(r, base_url, rounds=sizes.network_rounds, iterations=sizes.calls),
        "async": lambda r: calls.async_calls(
            r, base_url, rounds=sizes.network_rounds, iterations=sizes.calls, calls_per_task=sizes.calls_per_worker
        ),
        "threads": lambda r: calls.threads(
            r, base_url, rounds=sizes.network_rounds, calls_per_thread=sizes.calls_per_worker
        ),
        "parse": lambda r: results_cost.parse(r, rounds=sizes.rounds, seconds=sizes.seconds),
        "scaling": lambda r: results_cost.scaling(r, rounds=sizes.rounds, seconds=sizes.seconds),
        "memory": lambda r: results_cost.memory(r, repeats=sizes.memory_repeats),
        "import": fresh_interpreters,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--quick", action="store_true", help="smoke run: one round of a few calls; figures mean nothing"
    )
    parser.add_argument("--only", choices=SECTIONS, action="append", help="run only this section (repeatable)")
    parser.add_argument("--rounds", type=int, help=f"interleaved rounds per figure (default {FULL.rounds})")
    args = parser.parse_args()
    sizes = QUICK if args.quick else FULL
    if args.rounds:
        sizes = Sizes(
            **{**sizes.__dict__, "rounds": args.rounds, "network_rounds": 3 * args.rounds, "import_runs": args.rounds}
        )

    with LocalServer(SUCCESS_FILE, APP_TOKEN) as server, ThreadPoolExecutor(1) as pool:
        startup = None
        if args.quick and "import" in (args.only or SECTIONS):
            # A smoke run times the fresh interpreters while this one loads both SDKs: the figures of a quick run
            # mean nothing, and the smoke test stays a few seconds long.
            from bench.startup import measure_startup

            startup = pool.submit(measure_startup, server.url, runs=sizes.import_runs, warm_up=sizes.import_warm_up)
        run(args, sizes, server.url, startup)


def run(args: argparse.Namespace, sizes: Sizes, base_url: str, startup: Future[Any] | None) -> None:
    import voucherify

    print(
        f"python {platform.python_version()}, official voucherify {voucherify.__version__}, "
        f"{'quick smoke run' if args.quick else f'{sizes.rounds} interleaved rounds'}; ratios are ours / baseline"
    )
    started = time.perf_counter()
    report = Report()
    chosen = sections(sizes, base_url, startup)
    for name in args.only or SECTIONS:
        began = time.perf_counter()
        chosen[name](report)
        print(f"  ({name} took {time.perf_counter() - began:.1f} s)")
    report.summary(quick=args.quick)
    print(f"took {time.perf_counter() - started:.0f} s")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
