"""rollback-many over 1,000 stacked redemptions with faults injected, killed with SIGKILL at random moments and
resumed until done: every redemption is rolled back exactly once (checked in the sandbox's store) and the last run's
report holds every redemption. The sandbox runs in this process, so it outlives every killed run."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from voucherify_rollbacks.bulk.journal import Journal
from voucherify_sandbox import Sandbox

from tests.support.stacks import build_stacks

COUNT = 1000
KILLS = 5
FAULTS = ("drop-after-commit", "500", "502", "reset-before", "429")
APP_ID, APP_TOKEN = "bulk-app", "bulk-token-SECRET-91c3"


# Serial: each kill lands 0.8-2.5 s after a run starts; on a loaded machine the runs start late and do less work
# before it, and the test needs some kills to land mid-run.
@pytest.mark.serial
def test_killed_runs_resume_until_every_redemption_is_rolled_back_exactly_once(tmp_path: Path) -> None:
    db = str(tmp_path / "sandbox.sqlite")
    parents = build_stacks(db, COUNT, channel_id=APP_ID)
    ids = tmp_path / "wave.txt"
    ids.write_text("\n".join(parents) + "\n", encoding="utf-8")
    journal, report = tmp_path / "wave.journal.sqlite", tmp_path / "report.jsonl"
    chance = random.Random(20261201)
    with Sandbox(db=db, faults=True, app_id=APP_ID, app_token=APP_TOKEN) as sandbox:
        env = {
            **os.environ,
            "VOUCHERIFY_BASE_URL": sandbox.base_url,
            "VOUCHERIFY_APP_ID": APP_ID,
            "VOUCHERIFY_APP_TOKEN": APP_TOKEN,
        }
        command = [
            sys.executable,
            "-m",
            "voucherify_rollbacks",
            "rollback-many",
            "--from",
            str(ids),
            "--journal",
            str(journal),
            "--report",
            str(report),
            "--concurrency",
            "8",
            "--no-rate-limit",
            "--reason",
            "fraud wave",
            "--yes",
            "--json",
        ]

        def inject_faults() -> None:
            for fault in chance.sample(FAULTS, 3):
                sandbox.inject_fault("rollback-stacked-redemptions", fault)
            sandbox.inject_fault("get-redemption", "500")

        killed_midway, left_in_flight = 0, 0
        for _ in range(KILLS):
            inject_faults()
            run = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(chance.uniform(0.8, 2.5))
            run.send_signal(signal.SIGKILL)
            run.wait(timeout=10)
            if not journal.exists():
                continue
            with Journal(str(journal)) as book:
                counts = book.counts()
            if 0 < counts.get("done", 0) < COUNT:
                killed_midway += 1
            left_in_flight += counts.get("sent", 0)

        codes = []
        for _ in range(3):  # resumed until done: a run ends on its own, exit 0 once nothing is left unknown
            inject_faults()
            finished = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
            codes.append(finished.returncode)
            if finished.returncode == 0:
                break
        assert codes[-1] == 0, (codes, finished.stderr[-2000:])
        assert APP_TOKEN not in finished.stdout + finished.stderr

        twice = [p for p in parents if sandbox.count_rollbacks(p) != 1]
        assert twice == []
        lines = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
        assert sorted(line["redemption_id"] for line in lines) == sorted(parents)
        assert {line["status"] for line in lines} == {"rolled_back"}
        with Journal(str(journal)) as book:
            assert book.counts() == {"done": COUNT}
    print(f"kills mid-run: {killed_midway}, left in flight: {left_in_flight}, final runs: {codes}")
    # The kills must have hit runs at work, some with rollbacks in flight, or this test proves nothing.
    assert killed_midway >= 1 and left_in_flight >= 1, (killed_midway, left_in_flight)
