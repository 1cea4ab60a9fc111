"""Throughput of `Voucherify.rollback_many` against the local sandbox: the ceiling lifted, then at the default one.

Run: .venv/bin/python -m bench.bulk_throughput [--count 1000] [--concurrency 8] [--seconds 30]
Builds `--count` two-coupon stacks straight into a sandbox store file (no HTTP), serves it on 127.0.0.1 in this
process, and rolls them all back with the ceiling lifted (`requests_per_minute=None`), journal and all. Then, on a
fresh set of stacks, a bounded run of `--seconds` at the default ceiling (100 requests a minute, every request
counted), stopped by closing the iterator (the rollbacks in flight then finish, and count). Prints redemptions/s and
the requests the sandbox answered for both, their ratio, and the steady request rate under the ceiling. Client and
sandbox share this process (and its GIL): the lifted figure is a floor for a real server.
"""

from __future__ import annotations

import argparse
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from voucherify_rollbacks.bulk.ratelimit import RateLimiter
from voucherify_sandbox import Sandbox

from tests.support.stacks import build_stacks


def run(
    folder: Path, name: str, count: int, concurrency: int, ceiling: int | None, seconds: float | None
) -> tuple[int, int, float]:
    """(redemptions rolled back, requests sent, seconds) of one bulk run over `count` fresh stacks."""
    db = str(folder / f"{name}.sqlite")
    ids = build_stacks(db, count)
    requests = [0]
    lock = threading.Lock()

    def seen(*_: Any) -> None:
        with lock:
            requests[0] += 1

    with Sandbox(db=db, on_response=seen) as sandbox, sandbox.client() as vf:
        done, started = 0, time.perf_counter()
        outcomes = vf.rollback_many(
            ids, journal=str(folder / f"{name}.journal"), concurrency=concurrency, requests_per_minute=ceiling
        )
        for outcome in outcomes:
            assert outcome.status == "rolled_back", outcome
            done += 1
            if seconds is not None and time.perf_counter() - started >= seconds:
                break
        outcomes.close()  # type: ignore[attr-defined]
        elapsed = time.perf_counter() - started
    return done, requests[0], elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=30.0, help="length of the run at the default ceiling")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bulk-bench-") as folder:
        lifted = run(Path(folder), "lifted", args.count, args.concurrency, None, None)
        # At 100 requests a minute, --seconds cannot use more than a few hundred stacks.
        limited_count = max(10, int(args.seconds * 100 / 60) + 10)
        limited = run(Path(folder), "limited", limited_count, args.concurrency, 100, args.seconds)
    for label, (done, requests, elapsed) in (("ceiling lifted", lifted), ("100 requests/min", limited)):
        print(
            f"{label:<17} {done:>5} redemptions in {elapsed:6.1f} s: {done / elapsed:7.1f} redemptions/s, "
            f"{requests} requests, {requests / elapsed:7.1f} requests/s"
        )
    # The ceiling allows a burst (1/20 of it) and then one request per interval; the steady rate is what a long run
    # keeps, and no 60-second window holds more than the ceiling.
    limiter = RateLimiter(100)
    steady = (limited[1] - limiter.burst) / limited[2] * 60
    print(f"at the default ceiling: burst {limiter.burst}, then {steady:.1f} requests/min (ceiling 100)")
    ratio = (lifted[0] / lifted[2]) / (limited[0] / limited[2])
    print(f"ratio lifted/default: {ratio:.0f}x (concurrency {args.concurrency}, same run)")


if __name__ == "__main__":
    main()
