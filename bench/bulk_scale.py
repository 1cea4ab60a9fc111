"""How `rollback_many`'s memory and speed scale with its input: peak RSS and items/s at 10k, 100k and 1M lines.

Run: .venv/bin/python -m bench.bulk_scale [--sizes 10000 100000 1000000] [--concurrency 8] [--rounds 1]

A fast stub server (`local_server.py`, a process of its own on 127.0.0.1) answers every request at once with the
real `rollbacks_success.json`. That answer names another redemption than the one asked for, so the SDK does not take
it as this rollback's: each item also makes the recovery look-ups (answered the same way) and ends
`outcome_unknown`, journaled as such. The work per item is the same at every size, which is what is compared.

For each size a file of that many distinct redemption ids is written, and a fresh interpreter (a subprocess, so its
peak RSS is the runner's own: not this script's, not the server's) reads it lazily, line by line, into
`Voucherify.rollback_many(ids, journal=..., requests_per_minute=None)` and consumes the outcomes. Each run prints
its peak RSS (`ru_maxrss` of the child), its wall time, items/s and its outcomes by status; then the ratios of the
largest size to the smallest: RSS (goal: about 1, memory that does not grow with the input) and items/s (goal:
about 1, a per-item cost that does not grow either). The journal is on the same disk as the input (a temporary
folder), fsyncs included. Nothing is asserted: the figures inform. The CLI's `rollback-many --from FILE` reads its
input the same way, in two passes with nothing held; tests/cli/test_bulk_input_memory.py asserts its peak RSS.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAYLOAD = ROOT / "tests" / "data" / "examples" / "rollbacks_success.json"
TOKEN = "bench-token"

# What the child runs: the input read lazily, every outcome consumed and counted, nothing kept.
CHILD = """
import collections, json, resource, sys, time
from voucherify_rollbacks import Voucherify
port, source, journal, concurrency = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
started = time.perf_counter()
count = 0
statuses = collections.Counter()
with open(source, encoding="utf-8") as lines, Voucherify(
    base_url=f"http://127.0.0.1:{port}", app_id="bench", app_token="bench-token"
) as vf:
    ids = (line.strip() for line in lines if line.strip())
    for outcome in vf.rollback_many(ids, journal=journal, concurrency=concurrency, requests_per_minute=None):
        count += 1
        statuses[outcome.status] += 1
elapsed = time.perf_counter() - started
print(count, elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, json.dumps(statuses, separators=(",", ":")))
"""


def start_server() -> tuple[subprocess.Popen[str], int]:
    server = subprocess.Popen(
        [sys.executable, "-m", "bench.local_server", str(PAYLOAD), "--token", TOKEN],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None
    return server, int(server.stdout.readline())


def write_input(path: Path, size: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for number in range(size):
            out.write(f"r_{number:024x}\n")


def run_once(port: int, folder: Path, size: int, concurrency: int) -> tuple[int, float, float, str]:
    """(outcomes, seconds, peak RSS in MiB, outcome statuses) of one child run over a fresh journal."""
    source = folder / f"ids-{size}.txt"
    if not source.exists():
        write_input(source, size)
    journal = folder / f"journal-{size}-{time.monotonic_ns()}.sqlite"
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(port), str(source), str(journal), str(concurrency)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"the run of {size} failed:\n{done.stderr[-3000:]}")
    count, seconds, max_rss_kib, statuses = done.stdout.split()
    for leftover in folder.glob(journal.name + "*"):
        leftover.unlink()
    return int(count), float(seconds), int(max_rss_kib) / 1024, statuses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=1, help="runs per size (the median is printed)")
    args = parser.parse_args()
    print(f"load: {os.getloadavg()}; concurrency {args.concurrency}; child = a fresh interpreter per run")
    server, port = start_server()
    results: dict[int, tuple[float, float]] = {}
    try:
        with tempfile.TemporaryDirectory(prefix="bulk-scale-") as tmp:
            folder = Path(tmp)
            for size in args.sizes:
                rates, peaks = [], []
                for _ in range(args.rounds):
                    count, seconds, peak, statuses = run_once(port, folder, size, args.concurrency)
                    if count != size:
                        raise SystemExit(f"{size} lines gave {count} outcomes")
                    rates.append(count / seconds)
                    peaks.append(peak)
                    print(
                        f"  {size:>9,} lines: {seconds:8.1f} s  {count / seconds:8.0f} items/s"
                        f"  peak RSS {peak:6.1f} MiB  outcomes {statuses}"
                    )
                results[size] = (statistics.median(rates), statistics.median(peaks))
    finally:
        server.terminate()
        server.wait()
    small, large = min(results), max(results)
    print()
    print(f"{'lines':>9} | {'items/s':>8} | {'peak RSS MiB':>12}")
    for size, (rate, peak) in results.items():
        print(f"{size:>9,} | {rate:8.0f} | {peak:12.1f}")
    if small != large:
        rate_ratio = results[large][0] / results[small][0]
        rss_ratio = results[large][1] / results[small][1]
        print(
            f"\n{large:,} / {small:,} lines: items/s x{rate_ratio:.2f} (goal about 1.0, floor 0.8), "
            f"peak RSS x{rss_ratio:.2f} (goal about 1.0, ceiling 1.5)"
        )
    print(f"this process: peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f} MiB (not measured)")


if __name__ == "__main__":
    main()
