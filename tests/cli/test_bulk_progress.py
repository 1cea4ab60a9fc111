"""rollback-many's progress display: a rich bar with counts, rate and ETA on a terminal, plain lines otherwise."""

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


def test_the_summary_counts_every_status_and_the_total() -> None:
    rows = summary_rows(Counter({"rolled_back": 998, "outcome_unknown": 2}))
    assert rows == [
        ["rolled_back", 998],
        ["already_rolled_back", 0],
        ["authorship_unknown", 0],
        ["failed", 0],
        ["outcome_unknown", 2],
        ["total", 1000],
    ]
