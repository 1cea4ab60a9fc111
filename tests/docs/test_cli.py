"""The `voucherify-rollbacks` command: `demo` and `sandbox` point to where they moved, and bad usage fails clearly."""

from __future__ import annotations

import re

import pytest
from voucherify_rollbacks.cli import main


@pytest.mark.parametrize(("command", "replacement"), [("demo", "demo"), ("sandbox", "serve")])
def test_demo_and_sandbox_say_they_moved_to_voucherify_sandbox_and_exit_2(
    command: str, replacement: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([command, "--port", "8000"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        f"voucherify-rollbacks {command}: moved: run `voucherify-sandbox {replacement}` "
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
