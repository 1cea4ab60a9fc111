"""Every script in examples/ runs as its docstring says, against the sandbox it starts itself, and type-checks under
`mypy --strict`; the README's quickstart is examples/rollback.py, word for word."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.docs_text import README, ROOT, mypy_strict, python_blocks

EXAMPLES = ROOT / "examples"
# Served rather than run to an end: tests/webhooks/test_example_receiver.py runs it as two processes under the
# sandbox's deliveries, and type-checks it.
SERVED = {"webhook_receiver.py"}
SCRIPTS = sorted(path.name for path in EXAMPLES.glob("*.py") if path.name not in SERVED)
# What each one prints when it worked (ids and counts differ per run).
EXPECTED = {
    "rollback.py": r"redeemed r_\w+ .*\n(rolled back r_\w+ by rr_\w+\n){2}gift card balance 10000\n",
    "recover.py": r"recovered: True \['rr_\w+', 'rr_\w+'\]\nsecond call: already_rolled_back made by this call: False",
    "bulk_with_journal.py": r"first run stopped after 5 outcomes\n12 outcomes: \d+ resumed from the journal, \d+ new\n"
    r"Counter\(\{'rolled_back': 12\}\)\n",
    "webhook_verify.py": r"(redemption\.succeeded\n){2}(redemption\.rollback\.succeeded\n){2}",
    "async_rollback.py": r"(r_\w+: 2 rolled back\n){3}(  (Redemption|Rollback) r?r_\w+ SUCCESS\n){4}",
    "test_with_sandbox.py": r"3 passed",
}


def test_every_workflow_has_an_example_and_each_is_listed() -> None:
    assert set(SCRIPTS) == set(EXPECTED)
    listed = (ROOT / "docs" / "examples.md").read_text(encoding="utf-8")
    for script in [*SCRIPTS, *SERVED]:
        assert f'--8<-- "examples/{script}"' in listed, script


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_example_runs_against_the_sandbox(script: str, tmp_path: Path) -> None:
    command = [sys.executable, str(EXAMPLES / script)]
    if script.startswith("test_"):
        command = [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:xdist",
            str(EXAMPLES / script),
        ]
    # From a folder of its own, as a user would run it: whatever it writes lands there, and no credentials are set.
    environment = {name: value for name, value in os.environ.items() if not name.startswith("VOUCHERIFY_")}
    run = subprocess.run(
        command, cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=120, check=False
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert re.search(EXPECTED[script], run.stdout), run.stdout
    assert list(tmp_path.iterdir()) == [], "an example leaves nothing behind in the folder it runs from"


def test_the_examples_pass_mypy_strict(tmp_path: Path) -> None:
    assert mypy_strict([str(EXAMPLES)], tmp_path) == ""


def test_the_readme_quickstart_is_the_rollback_example() -> None:
    quickstart = next(block for block in python_blocks(README) if "from voucherify_sandbox import Sandbox" in block)
    assert (EXAMPLES / "rollback.py").read_text(encoding="utf-8").endswith("\n\n" + quickstart)
