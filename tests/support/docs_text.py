"""The project's documentation as the tests read it: README.md and the site's pages in docs/, with their Python
blocks."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
DOCS = ROOT / "docs"
_PYTHON_BLOCK = re.compile(r"```python\n(.*?)```", flags=re.S)


def documents() -> list[Path]:
    """README.md, then every page of the site, in a stable order."""
    return [README, *sorted(DOCS.rglob("*.md"))]


def python_blocks(path: Path) -> list[str]:
    """The Python code blocks of one document, as written (an include of an example file is not a block)."""
    blocks = _PYTHON_BLOCK.findall(path.read_text(encoding="utf-8"))
    return [block for block in blocks if not block.startswith("--8<--")]


def all_python_blocks() -> list[tuple[str, str]]:
    """(name, code) of every Python block of the documentation: `README.md #2`, `docs/bulk.md #1`."""
    return [
        (f"{path.relative_to(ROOT)} #{number}", block)
        for path in documents()
        for number, block in enumerate(python_blocks(path), start=1)
    ]


def mypy_strict(paths: list[str], folder: Path) -> str:
    """Type-check `paths` as a user's programs (from `folder`, against the installed packages); '' when they pass,
    else what mypy said."""
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(folder / ".mypy_cache"), *paths],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=folder,
    )
    return "" if run.returncode == 0 else run.stdout + run.stderr
