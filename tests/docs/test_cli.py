"""The `voucherify-rollbacks` command: the demo runs end to end on its own sandbox, and bad usage fails clearly."""

from __future__ import annotations

import re

import pytest
from voucherify_rollbacks.cli import main


def test_demo_redeems_rolls_back_and_shows_the_second_rollback_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "Order totals:" in out
    rollback_ids = set(re.findall(r"\brr_[0-9a-f]+\b", out))
    assert len(rollback_ids) == 5  # four incentives and the stack itself
    assert "CANCELED" in out
    assert "already_rolled_back" in out and re.search(r"\brrf_[0-9a-f]+\b", out)
    before, after = out.split("Balances before:")[1], out.split("Balances after the rollback (restored):")[1]
    assert before.split("\n\n")[0] == after.split("\n\n")[0]


def test_unknown_command_exits_2_with_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frobnicate"]) == 2
    assert "unknown command" in capsys.readouterr().err


def test_no_command_prints_usage_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "demo" in capsys.readouterr().out
