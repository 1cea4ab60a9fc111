"""bench.bulk_throughput in its three modes, tiny: every case and every ratio is printed, and the run exits 0.

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


def test_against_the_stub_every_case_rolls_back_and_the_stub_names_the_redemption_asked_for() -> None:
    # rollback_many counts only "rolled_back" outcomes, and the SDK takes an answer about another redemption as no
    # answer at all: the blocks' own `done == len(batch)` check fails unless the stub echoes each redemption id.
    out = _bench("--stub")
    assert "a stub answering at once" in out
    for case in (*CASES, "official loop"):
        assert f"  {case} " in out
    assert out.count("goal >= ") == 4


def test_the_local_server_names_the_redemption_each_request_asks_for() -> None:
    from bench.local_server import asked_redemption

    assert asked_redemption(b"POST /v1/redemptions/r_abc/rollbacks?reason=x HTTP/1.1\r\nHost: h") == b"r_abc"
    assert asked_redemption(b"GET /v1/redemptions?parent_redemption_id=r_1 HTTP/1.1") is None
    assert asked_redemption(b"GET /v1/orders/ord_1 HTTP/1.1") is None


def test_client_cost_prints_each_case_per_rollback_and_each_runner_over_its_own_loop() -> None:
    out = _bench("--client-cost")
    assert "httpx.MockTransport" in out
    for case in CASES:
        assert f"  {case} " in out
    for line in out.splitlines():
        if "ms per rollback per round:" in line:
            assert float(line.rsplit(":", 1)[1]) > 0  # one round: one figure, a real cost
    assert "rollback_many / own client loop: " in out and "async rollback_many / own async client loop: " in out
