"""Cold import time of this SDK against the official `voucherify` package, each in fresh interpreters.

Run: .venv/bin/python bench/import_time.py [--runs 7]
Prints the median wall time of the import statement alone (perf_counter around it, interpreter start-up excluded),
for each SDK, and the ratio ours/official. Goal: ours <= 1/20 of the official SDK's. Bytecode is compiled by an
untimed warm-up run first, so the figures are the usual "already installed" case.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OURS = "from voucherify_rollbacks import Voucherify, AsyncVoucherify"
# The wrapper's public client may not exist yet; the generated client is then the closest stand-in.
OURS_FALLBACK = "import voucherify_client.api.redemptions.rollback_stacked_redemptions, voucherify_client.models"
OFFICIAL = "import voucherify"

TIMER = """
import time
start = time.perf_counter()
{statement}
print(time.perf_counter() - start)
"""


def timed_import(statement: str) -> float:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "generated"), str(REPO / "wrapper")])}
    result = subprocess.run(
        [sys.executable, "-c", TIMER.format(statement=statement)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if result.returncode != 0:
        raise ImportError(result.stderr.strip().splitlines()[-1] if result.stderr else statement)
    return float(result.stdout.strip().splitlines()[-1])


def median_import(statement: str, runs: int) -> float:
    timed_import(statement)  # compile bytecode, warm the page cache
    return statistics.median(timed_import(statement) for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7, help="fresh interpreters per SDK (median reported)")
    args = parser.parse_args()

    ours_statement = OURS
    try:
        ours = median_import(OURS, args.runs)
    except ImportError as missing:
        print(f"note: `{OURS}` failed ({missing});")
        print(f"      timing the generated client instead: `{OURS_FALLBACK}`")
        ours_statement = OURS_FALLBACK
        ours = median_import(OURS_FALLBACK, args.runs)
    generated = ours if ours_statement == OURS_FALLBACK else median_import(OURS_FALLBACK, args.runs)
    official = median_import(OFFICIAL, args.runs)

    print(f"python {sys.version.split()[0]}, median of {args.runs} fresh interpreters each")
    print(f"ours      {ours * 1000:9.1f} ms  {ours_statement}")
    if ours_statement != OURS_FALLBACK:
        print(f"generated {generated * 1000:9.1f} ms  {OURS_FALLBACK}  (for reference)")
    print(f"official  {official * 1000:9.1f} ms  {OFFICIAL}")
    print(f"ratio ours/official: {ours / official:.3f} (1/{official / ours:.0f}); goal <= 0.050 (1/20)")


if __name__ == "__main__":
    main()
