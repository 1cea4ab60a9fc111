"""The README's commands: `voucherify-sandbox demo` runs end to end on its own sandbox, the old
`voucherify-rollbacks demo|sandbox` point to it, and bad usage fails clearly."""

from __future__ import annotations

import re

import pytest
from voucherify_rollbacks.cli import main
from voucherify_sandbox.cli import main as sandbox_main


def test_demo_redeems_rolls_back_and_shows_the_second_rollback_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert sandbox_main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "Order totals:" in out
    rollback_ids = set(re.findall(r"\brr_[0-9a-f]+\b", out))
    assert len(rollback_ids) == 5  # four incentives and the stack itself
    assert "CANCELED" in out
    assert "already_rolled_back" in out and re.search(r"\brrf_[0-9a-f]+\b", out)
    before, after = out.split("Balances before:")[1], out.split("Balances after the rollback (restored):")[1]
    assert before.split("\n\n")[0] == after.split("\n\n")[0]


@pytest.mark.parametrize(("old", "new"), [("demo", "demo"), ("sandbox", "serve")])
def test_the_moved_local_commands_point_to_voucherify_sandbox_and_exit_2(
    old: str, new: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([old, "--port", "0"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        f"voucherify-rollbacks {old}: moved: run `voucherify-sandbox {new}` "
        "(pip install 'voucherify-rollbacks[sandbox]')\n"
    )


def test_unknown_command_exits_2_with_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frobnicate"]) == 2
    assert "unknown command" in capsys.readouterr().err


def test_no_command_prints_usage_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    out = capsys.readouterr().out
    assert "rollback-stacked" in out and "exit codes:" in out
    assert re.search(r"^  demo +moved: run `voucherify-sandbox demo`$", out, re.MULTILINE)
