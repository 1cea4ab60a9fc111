"""rollback-many's progress display: a rich bar with counts, rate and ETA on a terminal, plain lines otherwise; after a
resume, the journal's outcomes counted apart and the ETA paced on this process's own work (a fake clock)."""

from __future__ import annotations

import io
import re
from collections import Counter

import pytest
from voucherify_rollbacks import RollbackOutcome
from voucherify_rollbacks.cli.rollback_many import Progress, summary_rows


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_gets_a_bar_with_counts_rate_and_eta(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "160")
    screen = Terminal()
    progress = Progress(3, screen)
    for status in ("rolled_back", "rolled_back", "already_rolled_back"):
        progress.advance(RollbackOutcome("r_1", status))  # type: ignore[arg-type]
    progress.close()
    text = re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", screen.getvalue())  # without the terminal's colour codes
    assert "3/3" in text and "/s" in text and "ETA" in text
    assert "rolled_back 2" in text and "already_rolled_back 1" in text


def test_a_pipe_gets_one_plain_line_per_outcome() -> None:
    pipe = io.StringIO()
    progress = Progress(2, pipe)
    progress.advance(RollbackOutcome("r_1", "rolled_back"))
    progress.advance(RollbackOutcome("r_2", "failed"))
    progress.close()
    assert pipe.getvalue().splitlines() == ["[1/2] r_1 rolled_back", "[2/2] r_2 failed"]


def test_the_summary_counts_every_status_new_and_resumed_and_the_totals() -> None:
    rows = summary_rows(Counter({"rolled_back": 998, "outcome_unknown": 2}), Counter({"rolled_back": 600}))
    assert rows == [
        ["rolled_back", 398, 600, 998],
        ["already_rolled_back", 0, 0, 0],
        ["authorship_unknown", 0, 0, 0],
        ["failed", 0, 0, 0],
        ["outcome_unknown", 2, 0, 2],
        ["total", 400, 600, 1000],
    ]


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _resume(progress: Progress, clock: FakeClock, *, resumed: int, new: int, seconds_each: float) -> None:
    for n in range(resumed):  # the journal's outcomes arrive at once
        progress.advance(RollbackOutcome(f"r_{n}", "rolled_back", resumed=True))
    for n in range(new):
        clock.now += seconds_each
        progress.advance(RollbackOutcome(f"r_new{n}", "rolled_back"))


def test_after_a_resume_the_eta_is_paced_on_new_items_over_this_process_run_time() -> None:
    clock = FakeClock()
    progress = Progress(200, io.StringIO(), quiet=True, clock=clock)
    _resume(progress, clock, resumed=120, new=8, seconds_each=1.0)
    assert (progress.resumed, progress.new, progress.done) == (120, 8, 128)
    assert progress.rate == pytest.approx(1.0)  # 8 new in 8 s; the 120 resumed are not work done here
    assert progress.eta == pytest.approx(72.0)  # 72 left at 1/s (counting the resumed ones would say 4.5 s)


def test_no_eta_before_the_first_new_outcome() -> None:
    clock = FakeClock()
    progress = Progress(10, io.StringIO(), quiet=True, clock=clock)
    _resume(progress, clock, resumed=5, new=0, seconds_each=1.0)
    clock.now += 3
    assert progress.rate == 0 and progress.eta is None


def test_the_bar_after_a_resume_shows_resumed_and_new_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "160")
    clock, screen = FakeClock(), Terminal()
    progress = Progress(100, screen, clock=clock)
    _resume(progress, clock, resumed=20, new=10, seconds_each=2.0)
    progress.close()
    text = re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", screen.getvalue()).splitlines()[-1]
    assert "30/100" in text and "resumed 20 + new 10" in text
    assert "0.5/s" in text and "ETA 0:02:20" in text  # 70 left at 0.5/s


def test_a_pipe_marks_the_journal_s_outcomes() -> None:
    pipe = io.StringIO()
    progress = Progress(2, pipe)
    progress.advance(RollbackOutcome("r_1", "rolled_back", resumed=True))
    progress.advance(RollbackOutcome("r_2", "rolled_back"))
    assert pipe.getvalue().splitlines() == ["[1/2] r_1 rolled_back (from journal)", "[2/2] r_2 rolled_back"]
