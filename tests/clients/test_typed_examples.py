"""The typed examples of issue 19's controls (token providers, plans, request(cast_to=...), attempts and elapsed,
error details) pass `mypy --strict`: what users write with them type-checks as documented."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).parent / "typed" / "controls_example.py"


def test_the_controls_example_passes_mypy_strict(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / ".mypy_cache"), str(EXAMPLE)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stdout + run.stderr
