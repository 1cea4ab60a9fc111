"""rollback-many killed with SIGKILL at random moments of its work, over and over (>= 100 kills), each time
restarted at once, with rollbacks in flight on a server that commits some of them late: in the end every redemption
is rolled back exactly once, by the run (its marker on every rollback), and the last report is true for every line.

The runs are real processes running the CLI's code, forked from a launcher that has imported the SDK once (a fresh
interpreter takes 1-2 s to start on a loaded machine, which would leave most kills landing before any work). The
runs are paced at 300 requests a minute so that the work outlasts the kills; each run is killed 50-400 ms after its
first request."""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from voucherify_rollbacks.bulk.journal import Journal
from voucherify_sandbox import Sandbox

from tests.support.stacks import build_stacks

COUNT = 400
KILLS = int(os.environ.get("KILL_LOOP_KILLS", "100"))
APP_ID, APP_TOKEN = "kill-loop-app", "kill-loop-SECRET-5d2e"

LAUNCHER = textwrap.dedent(
    """
    import os, sys
    import httpcore, voucherify_rollbacks.bulk.runner, voucherify_rollbacks.operations.recovery  # noqa: F401
    import voucherify_rollbacks.operations.orders, voucherify_rollbacks._http.pool  # noqa: F401
    import voucherify_rollbacks.cli.rollback_many  # noqa: F401
    from voucherify_rollbacks.cli import main
    argv = sys.argv[1:]
    for _ in sys.stdin:
        pid = os.fork()
        if pid == 0:
            quiet = os.open(os.devnull, os.O_WRONLY)
            os.dup2(quiet, 1)
            os.dup2(quiet, 2)
            os._exit(main(argv))
        print(pid, flush=True)
        _, status = os.waitpid(pid, 0)
        print(status, flush=True)
    """
)


def _done_count(journal: Path) -> int:
    with sqlite3.connect(f"file:{journal}?mode=ro", uri=True) as db:
        return int(db.execute("SELECT COUNT(*) FROM redemptions WHERE state = 'done'").fetchone()[0])


@pytest.mark.serial
def test_kill_9_at_random_moments_then_restart_rolls_back_everything_exactly_once(tmp_path: Path) -> None:
    started = time.monotonic()
    db = str(tmp_path / "sandbox.sqlite")
    parents = build_stacks(db, COUNT, channel_id=APP_ID)
    ids = tmp_path / "wave.txt"
    ids.write_text("\n".join(parents) + "\n", encoding="utf-8")
    journal, report = tmp_path / "wave.journal.sqlite", tmp_path / "report.jsonl"
    chance = random.Random(20261206)
    answered = [0]
    lock = threading.Lock()

    def observe(*_: Any) -> None:
        with lock:
            answered[0] += 1

    with Sandbox(db=db, faults=True, app_id=APP_ID, app_token=APP_TOKEN, on_response=observe) as sandbox:
        env = {
            **os.environ,
            "VOUCHERIFY_BASE_URL": sandbox.base_url,
            "VOUCHERIFY_APP_ID": APP_ID,
            "VOUCHERIFY_APP_TOKEN": APP_TOKEN,
        }
        argv = ["rollback-many", "--from", str(ids), "--journal", str(journal), "--report", str(report)]
        argv += ["--concurrency", "8", "--requests-per-minute", "300", "--reason", "fraud wave", "--yes", "--json"]
        launcher = subprocess.Popen(
            [sys.executable, "-c", LAUNCHER, *argv], env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert launcher.stdin is not None and launcher.stdout is not None

        def start() -> int:
            launcher.stdin.write("go\n")  # type: ignore[union-attr]
            launcher.stdin.flush()  # type: ignore[union-attr]
            return int(launcher.stdout.readline())  # type: ignore[union-attr]

        def ended() -> int:
            return int(launcher.stdout.readline())  # type: ignore[union-attr]

        kills = mid_work = cycles = 0
        finished: list[int] = []  # exit codes of runs that ended before their kill
        try:
            while kills < KILLS and (not journal.exists() or _done_count(journal) < COUNT):
                cycles += 1
                assert cycles < 3 * KILLS, (kills, cycles, finished)
                sandbox.clear_faults()
                for fault in ("slow-commit:0.6", "slow-commit:0.3", "drop-after-commit", "500"):
                    sandbox.inject_fault("rollback-stacked-redemptions", fault)
                before = answered[0]
                pid = start()
                waited = time.monotonic()
                while answered[0] == before and time.monotonic() - waited < 3:  # at work: its first request
                    time.sleep(0.005)
                time.sleep(chance.uniform(0.05, 0.4))
                with contextlib.suppress(ProcessLookupError):  # ended on its own: reaped already
                    os.kill(pid, signal.SIGKILL)  # unreaped, a pid stays its process's: never another one
                status = ended()
                if os.environ.get("KILL_LOOP_TRACE"):
                    print(cycles, kills, status, _done_count(journal), file=sys.stderr, flush=True)
                if not os.WIFSIGNALED(status):
                    finished.append(os.waitstatus_to_exitcode(status))
                if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
                    kills += 1
                    if 0 < _done_count(journal) < COUNT:
                        mid_work += 1
            sandbox.clear_faults()
            codes = []
            for _ in range(3):  # restarted, unkilled, until nothing is left to settle
                codes.append(os.waitstatus_to_exitcode((start(), ended())[1]))
                if codes[-1] == 0:
                    break
        finally:
            launcher.stdin.close()
            launcher.wait(30)
            launcher.stdout.close()
        assert codes[-1] == 0, codes
        assert kills >= KILLS, (kills, cycles, finished)  # the work outlasted the kills

        with Journal(str(journal)) as book:
            assert book.counts() == {"done": COUNT}
            marker = book.marker(create=False)
        lines = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
        assert sorted(line["redemption_id"] for line in lines) == sorted(parents)
        assert {(line["status"], line["ok"]) for line in lines} == {("rolled_back", True)}
        assert [p for p in parents if sandbox.count_rollbacks(p) != 1] == []
        for line in lines:  # each rollback is the run's own, exactly as reported
            assert sandbox.redemption(line["rollback_id"])["metadata"] == {"voucherify_rollbacks_marker": marker}
            assert (
                sandbox.redemption(line["redemption_id"])["related_redemptions"]["rollbacks"][-1]["id"]
                == (line["rollback_id"])
            )
        assert APP_TOKEN.encode() not in journal.read_bytes()
    wall = time.monotonic() - started
    print(f"kill loop: {kills} kills ({mid_work} mid-work) in {cycles} runs, {COUNT} redemptions, {wall:.0f} s")
    assert mid_work >= KILLS // 2, (kills, mid_work)
