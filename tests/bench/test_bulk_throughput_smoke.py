"""bench.bulk_throughput in both modes, tiny: every case and every ratio is printed, and the run exits 0.

A tiny run's figures mean nothing, so none is asserted; only that the instrument works end to end (a case that
stops rolling back, or a ratio dropped, fails here)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CASES = ("rollback_many", "async rollback_many", "own client loop", "own async client loop")


def _bench(*args: str) -> str:
    run = subprocess.run(
        [sys.executable, "-m", "bench.bulk_throughput", "--count", "12", "--rounds", "1", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    return run.stdout


def test_against_the_sandbox_every_case_and_both_goals_of_each_runner_are_printed() -> None:
    out = _bench()
    for case in (*CASES, "official loop"):
        assert f"  {case} " in out and "rollbacks/s per round" in out
    for runner, own in (("rollback_many", "own client loop"), ("async rollback_many", "own async client loop")):
        assert f"  {runner} / official loop: " in out and f"  {runner} / {own}: " in out
    assert out.count("goal >= ") == 4


def test_client_cost_prints_each_case_per_rollback_and_each_runner_over_its_own_loop() -> None:
    out = _bench("--client-cost")
    assert "httpx.MockTransport" in out
    for case in CASES:
        assert f"  {case} " in out
    for line in out.splitlines():
        if "ms per rollback per round:" in line:
            assert float(line.rsplit(":", 1)[1]) > 0  # one round: one figure, a real cost
    assert "rollback_many / own client loop: " in out and "async rollback_many / own async client loop: " in out
