"""The suite's own shape: test folders are packages, any of them collect together in either order, and nothing in
the repository reaches into `sys.path` to find a module."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TESTS = REPO / "tests"
# Folders that hold no tests: the vendored payloads, and the tools the tests import.
NOT_TEST_FOLDERS = {"data", "support", "__pycache__"}
# An assignment to sys.path, or a call that changes it.
SYS_PATH_EDIT = re.compile(r"\bsys\.path\s*(\.\s*(insert|append|extend|remove)\s*\(|\[[^\]]*\]\s*=(?!=)|\+?=(?!=))")
SKIPPED_IN_TREE = {".git", ".venv", "__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", ".hypothesis"}


def folders_with_tests() -> list[Path]:
    return sorted(p for p in TESTS.iterdir() if p.is_dir() and p.name not in NOT_TEST_FOLDERS)


def test_every_folder_of_python_files_under_tests_is_a_package() -> None:
    folders = {path.parent for path in TESTS.rglob("*.py") if "data" not in path.relative_to(TESTS).parts[:1]}
    missing = sorted(str(folder.relative_to(REPO)) for folder in folders if not (folder / "__init__.py").exists())
    assert missing == [], f"add an __init__.py to: {missing}"


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_every_test_folder_collects_alongside_every_other_in_either_order(order: str) -> None:
    # pytest loads the conftest of each folder named on its command line in that order: a conftest or helper module
    # imported under a bare name by two folders fails for one of the two orders, so both are tried, every pair of
    # folders appearing in each order once.
    folders = [str(folder.relative_to(REPO)) for folder in folders_with_tests()]
    if order == "reverse":
        folders.reverse()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", *folders],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert re.search(r"^\d+ tests collected", done.stdout, re.MULTILINE), done.stdout[-2000:]


def tree_files() -> list[Path]:
    found = []
    for path in REPO.rglob("*"):
        parts = path.relative_to(REPO).parts
        if parts[0] == "generated" or SKIPPED_IN_TREE & set(parts) or parts[:2] == ("tests", "data"):
            continue
        if path.is_file() and path.suffix not in {".pyc", ".whl", ".gz", ".db"}:
            found.append(path)
    return found


def test_the_edit_pattern_finds_the_usual_spellings() -> None:
    name = "sys" + ".path"  # in two parts, so that this file does not hold an edit itself
    edits = [f"{name}.insert(0, x)", f"{name}.append(x)", f"{name}[:0] = [x]", f"{name} += [x]", f"{name} = [x]"]
    reads = [f"# `python -c` puts its working directory first on {name}: so it imports", f"{name}[0] == x"]
    assert [line for line in edits if not SYS_PATH_EDIT.search(line)] == []
    assert [line for line in reads if SYS_PATH_EDIT.search(line)] == []


def test_nothing_in_the_repository_edits_sys_path() -> None:
    # Tests import `tests.support.*` and `scripts.*`, the benchmarks run as `python -m bench.<name>`: the repository
    # root on sys.path (pytest's rootdir for the test packages, the working directory for `-m`) is all they need.
    edits = []
    for path in tree_files():
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        for number, line in enumerate(text.splitlines(), 1):
            if SYS_PATH_EDIT.search(line):
                edits.append(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
    assert edits == []
