"""scripts/generate is deterministic and scripts/check-generated catches every kind of drift.

Everything runs on a copy of the inputs in tmp_path, so the real generated/ is never touched. Each generation
takes about two seconds; these six are the whole budget.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.generated_helpers import REPO

PACKAGE = Path("generated/voucherify_client")


def copy_of_repo(destination: Path) -> Path:
    for name in ("openapi.yaml", "generator-config.yaml", "openapi-events.yaml", "generator-config-events.yaml"):
        shutil.copy2(REPO / name, destination / name)
    for name in ("scripts", "generated"):
        shutil.copytree(REPO / name, destination / name, ignore=shutil.ignore_patterns("__pycache__"))
    return destination


def run(root: Path, script: str) -> subprocess.CompletedProcess[str]:
    # The venv that runs the tests has the pinned generator and ruff.
    env = {**os.environ, "VENV": sys.prefix}
    return subprocess.run(
        [str(root / "scripts" / script)], cwd=root, env=env, capture_output=True, text=True, timeout=300, check=False
    )


def tree_hashes(package: Path) -> dict[str, str]:
    return {
        str(path.relative_to(package)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(package.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    return copy_of_repo(tmp_path)


def test_generate_twice_gives_identical_trees(repo_copy: Path) -> None:
    first = run(repo_copy, "generate")
    assert first.returncode == 0, first.stderr
    first_tree = tree_hashes(repo_copy / PACKAGE)

    second = run(repo_copy, "generate")
    assert second.returncode == 0, second.stderr

    assert len(first_tree) > 100
    assert tree_hashes(repo_copy / PACKAGE) == first_tree
    assert first_tree["py.typed"] == hashlib.sha256(b"").hexdigest()


def test_check_generated_passes_on_the_committed_tree(repo_copy: Path) -> None:
    result = run(repo_copy, "check-generated")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "in sync" in result.stdout


def test_check_generated_fails_naming_a_hand_edited_file(repo_copy: Path) -> None:
    edited = repo_copy / PACKAGE / "models" / "redemption_rollback.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n# patched by hand\n", encoding="utf-8")

    result = run(repo_copy, "check-generated")

    assert result.returncode != 0
    assert "redemption_rollback.py" in result.stderr
    assert "patched by hand" in result.stderr


def test_check_generated_fails_naming_a_stray_file(repo_copy: Path) -> None:
    (repo_copy / PACKAGE / "models" / "handwritten_helper.py").write_text("X = 1\n", encoding="utf-8")

    result = run(repo_copy, "check-generated")

    assert result.returncode != 0
    assert "handwritten_helper.py" in result.stderr


def test_check_generated_fails_naming_a_deleted_file(repo_copy: Path) -> None:
    (repo_copy / PACKAGE / "api" / "redemptions" / "get_redemption.py").unlink()

    result = run(repo_copy, "check-generated")

    assert result.returncode != 0
    assert "get_redemption.py" in result.stderr
