"""Installing the sandbox distribution gives any pytest suite the `voucherify_sandbox` fixture, with no conftest of
its own."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from importlib.metadata import entry_points
from pathlib import Path


def test_the_plugin_is_registered_under_pytest11_by_the_sandbox_distribution() -> None:
    (plugin,) = [ep for ep in entry_points(group="pytest11") if ep.name == "voucherify_sandbox"]
    assert plugin.value == "voucherify_sandbox.pytest_plugin"
    assert plugin.dist is not None and plugin.dist.name == "voucherify-rollbacks-sandbox"


def test_a_users_suite_gets_the_fixture_and_rolls_back_through_it(tmp_path: Path) -> None:
    (tmp_path / "test_user_app.py").write_text(
        textwrap.dedent(
            """
            def test_checkout_refund(voucherify_sandbox):
                with voucherify_sandbox.client() as vf:
                    stack = vf.redeem(["GIFT-100", "SAVE10"], order={"amount": 20000})
                    result = vf.rollback_stacked(stack.redemption_id, reason="refund")
                assert result.ok and len(result.rollbacks) == 2
                assert voucherify_sandbox.voucher("GIFT-100")["gift"]["balance"] == 10000
            """
        ),
        encoding="utf-8",
    )
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "1 passed" in run.stdout
