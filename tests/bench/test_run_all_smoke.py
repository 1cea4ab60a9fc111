"""bench.run_all in its smoke mode: every ratio issues 11 and 17 name is printed, and the run exits 0.

Figures of a quick run mean nothing, so none is asserted; only that the instrument still works end to end.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# Each ratio line as `what: ours / baseline = value (goal ...)`; written out here, not taken from bench/, so that a
# figure dropped from the suite fails this test.
EXPECTED = [
    "sync call + read: ours / official",
    "sync call + read: ours / raw httpx",
    "async sequential call + read: ours / raw async httpx",
    "16 in flight (gather), throughput: ours / raw async httpx",
    "16 threads, throughput: ours / official",
    "16 threads, throughput: ours / raw httpx",
    "decode + read, real: ours / official",
    "decode + read, real: ours / json.loads alone",
    "floor: json.loads + reads, real: json.loads + reads / official",
    "decode + read, seed: ours / official",
    "decode + read, seed: ours / json.loads alone",
    "floor: json.loads + reads, seed: json.loads + reads / official",
    "decode + read, seed-stack-30: ours / official",
    "decode + read, seed-stack-30: ours / json.loads alone",
    "floor: json.loads + reads, seed-stack-30: json.loads + reads / official",
    "decode + read, seed-stack-100: ours / official",
    "decode + read, seed-stack-100: ours / json.loads alone",
    "floor: json.loads + reads, seed-stack-100: json.loads + reads / official",
    "ours per-rollback cost: at 100 / at 1",
    "ours marginal cost per rollback: 30→100 / 10→30",
    "official per-rollback cost: at 100 / at 1",
    "official marginal cost per rollback: 30→100 / 10→30",
    "memory held, 30-rollback result: ours / official",
    "memory held, 30-rollback result: ours / decoded dict",
    "import + first call + read: ours / import voucherify",
    "import alone: ours / import voucherify",
    "import + first call + read: ours, dev venv / import voucherify",
]


# Serial: a benchmark run (fresh interpreters, a local server, 16 threads) within a 120 s timeout; beside other
# tests it both slows them and is slowed.
@pytest.mark.serial
def test_quick_run_prints_every_ratio_and_exits_zero() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bench.run_all", "--quick"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr
    out = done.stdout
    for name in EXPECTED:
        # A quick run's figure can be anything, even negative (a difference of two single timings).
        line = re.search(rf"^  {re.escape(name)} = -?\d+\.\d+ \((goal [<>]=|reference)", out, re.MULTILINE)
        assert line, f"missing ratio line: {name}\n{out}"
    assert re.search(r"^  \d+ of \d+ goals met$", out, re.MULTILINE), out
    assert "bench-token" not in out + done.stderr
