"""The public API is pinned: a change to what voucherify_rollbacks exports (names, signatures, members) fails here
unless tests/packaging/public_api.txt is updated in the same change (`scripts/api-snapshot --update`), so a
regeneration or a refactoring cannot change what users import without anyone noticing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "api-snapshot"


def _run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=60, check=False, cwd=cwd
    )


def test_the_committed_snapshot_is_the_current_public_api() -> None:
    run = _run("--check")
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_snapshot_covers_the_clients_methods_with_their_runtime_signatures() -> None:
    text = (ROOT / "tests" / "packaging" / "public_api.txt").read_text(encoding="utf-8")
    sync = text.split("  class Voucherify(")[1].split("\n  class ")[0]
    assert "def rollback_stacked(self, parent_redemption_id: 'str', *, reason:" in sync
    assert "class AlreadyRolledBackError(BadRequestError)" in text


def test_a_changed_signature_is_reported_as_a_diff(tmp_path: Path) -> None:
    # A copy of the package whose rollback_stacked grew a parameter: the check must fail and show that line.
    import shutil

    for part in ("wrapper", "generated", "scripts", "tests/packaging/public_api.txt"):
        source = ROOT / part
        target = tmp_path / part
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, target)
    client = tmp_path / "wrapper" / "voucherify_rollbacks" / "clients" / "_operations.py"
    text = client.read_text(encoding="utf-8")
    client.write_text(text.replace("        reason: str | None = None,\n", "        reason: str | None = 'x',\n", 1))
    run = subprocess.run(
        [sys.executable, str(tmp_path / "scripts" / "api-snapshot"), "--check"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=tmp_path,
        env={"PYTHONPATH": f"{tmp_path / 'wrapper'}:{tmp_path / 'generated'}", "PATH": "/usr/bin:/bin"},
    )
    assert run.returncode == 1
    assert "+    def rollback_stacked(self, parent_redemption_id: 'str', *, reason: 'str | None' = 'x'" in run.stdout
    assert "scripts/api-snapshot --update" in run.stderr
