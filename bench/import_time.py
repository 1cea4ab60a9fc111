"""Cold import time of this SDK against the official `voucherify` package, each in fresh interpreters.

Run: .venv/bin/python -m bench.import_time [--runs 7]
Prints the median wall time of the import statement alone (perf_counter around it, interpreter start-up excluded),
for each SDK, and the ratio ours/official. Goal: ours <= 1/20 of the official SDK's. Our bytecode is compiled first
(compileall, whatever PYTHONDONTWRITEBYTECODE says), as pip does for the installed official package, so both are
the usual "already installed" case.

The wrapper loads the generated client (request building, models) on a client's first call, not at import; the
"first call" line shows that one-time cost too, so nothing is hidden.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OURS = "from voucherify_rollbacks import Voucherify, AsyncVoucherify"
FIRST_CALL = OURS + "; import voucherify_rollbacks.operations.redemptions, voucherify_rollbacks.operations.recovery"
GENERATED = "import voucherify_client.api.redemptions.rollback_stacked_redemptions, voucherify_client.models"
OFFICIAL = "import voucherify"

TIMER = """
import time
start = time.perf_counter()
{statement}
print(time.perf_counter() - start)
"""


def timed_import(statement: str) -> float:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "generated"), str(REPO / "wrapper")])}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
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

    compileall.compile_dir(str(REPO / "generated"), quiet=1)
    compileall.compile_dir(str(REPO / "wrapper"), quiet=1)
    ours = median_import(OURS, args.runs)
    first_call = median_import(FIRST_CALL, args.runs)
    generated = median_import(GENERATED, args.runs)
    official = median_import(OFFICIAL, args.runs)

    print(f"python {sys.version.split()[0]}, median of {args.runs} fresh interpreters each")
    print(f"ours        {ours * 1000:9.1f} ms  {OURS}")
    print(f"first call  {first_call * 1000:9.1f} ms  ... plus what a client's first call imports (once)")
    print(f"generated   {generated * 1000:9.1f} ms  {GENERATED}  (for reference)")
    print(f"official    {official * 1000:9.1f} ms  {OFFICIAL}")
    print(f"ratio ours/official: {ours / official:.3f} (1/{official / ours:.0f}); goal <= 0.050 (1/20)")
    print(f"ratio with the first call's imports: {first_call / official:.3f} (1/{official / first_call:.0f})")


if __name__ == "__main__":
    main()
