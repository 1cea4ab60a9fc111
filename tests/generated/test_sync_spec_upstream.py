"""`scripts/sync-spec --upstream` between two real upstream snapshots, on a copy of the repository: it reports what
changed in the API surface, replaces the vendored copy (checksums included) and rewrites openapi.yaml, unprompted."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.generated_helpers import REPO

OLDER = REPO / "tests" / "data" / "upstream-883076b2"


def sync_spec(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(root / "scripts" / "sync-spec"), *args],
        cwd=root,
        env={**os.environ, "VENV": sys.prefix},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    root.mkdir()
    shutil.copy2(REPO / "openapi.yaml", root / "openapi.yaml")
    for name in ("scripts", "spec"):
        shutil.copytree(REPO / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    return root


def test_taking_the_older_snapshot_reports_its_two_surface_changes_as_breaking(repo_copy: Path) -> None:
    run = sync_spec(repo_copy, "--upstream", str(OLDER / "redemptions.json"), "--orders", str(OLDER / "orders.json"))

    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == "API surface changes against the vendored upstream: 3 (3 breaking)"
    changes = [" ".join(line.split()) for line in lines[1:4]]
    assert changes[0].startswith("BREAKING enum value removed DiscountUnitVouchersEffectTypes: ADD_SAME_ITEMS")
    assert (
        "union variant removed ValidationsRedeemableSkippedResultDetails: ValidationsRedeemableSkippedResultNoEffect"
        in (changes[1] + changes[2])
    )
    assert "schema removed ValidationsRedeemableSkippedResultNoEffect" in changes[1] + changes[2]
    assert "[redeem-stacked-discounts]" in changes[1]


def test_taking_a_snapshot_vendors_it_and_rewrites_openapi_yaml(repo_copy: Path) -> None:
    sync_spec(repo_copy, "--upstream", str(OLDER / "redemptions.json"), "--orders", str(OLDER / "orders.json"))

    for name in ("redemptions.json", "orders.json"):
        assert (repo_copy / "spec" / "upstream" / name).read_bytes() == (OLDER / name).read_bytes()
        digest = hashlib.sha256((OLDER / name).read_bytes()).hexdigest()
        assert f"`{name}` sha256 `{digest}`" in (repo_copy / "spec" / "upstream" / "README.md").read_text()
    spec = (repo_copy / "openapi.yaml").read_text()
    assert "ADD_SAME_ITEMS" not in spec and "ValidationsRedeemableSkippedResultNoEffect" not in spec
    assert sync_spec(repo_copy, "--check").returncode == 0


def test_going_back_to_the_newer_snapshot_reports_additions_and_restores_the_same_bytes(repo_copy: Path) -> None:
    newer = repo_copy.parent / "newer"
    shutil.copytree(REPO / "spec" / "upstream", newer)
    sync_spec(repo_copy, "--upstream", str(OLDER / "redemptions.json"), "--orders", str(OLDER / "orders.json"))

    run = sync_spec(repo_copy, "--upstream", str(newer / "redemptions.json"), "--orders", str(newer / "orders.json"))

    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[0] == "API surface changes against the vendored upstream: 3 (0 breaking)"
    assert "compatible enum value added DiscountUnitVouchersEffectTypes: ADD_SAME_ITEMS" in " ".join(run.stdout.split())
    assert (repo_copy / "openapi.yaml").read_bytes() == (REPO / "openapi.yaml").read_bytes()
    assert (repo_copy / "spec" / "upstream" / "README.md").read_bytes() == (
        REPO / "spec" / "upstream" / "README.md"
    ).read_bytes()


def test_the_same_snapshot_reports_no_surface_change(repo_copy: Path) -> None:
    upstream = REPO / "spec" / "upstream"
    run = sync_spec(repo_copy, "--upstream", str(upstream / "redemptions.json"))

    assert run.returncode == 0, run.stderr
    assert "API surface changes against the vendored upstream: 0 (0 breaking)" in run.stdout
    assert (repo_copy / "openapi.yaml").read_bytes() == (REPO / "openapi.yaml").read_bytes()


def test_an_overlay_action_that_no_longer_matches_fails_the_sync(repo_copy: Path) -> None:
    overlay = repo_copy / "spec" / "overlay.yaml"
    overlay.write_text(overlay.read_text().replace("$.components.schemas.Discount\n", "$.components.schemas.Gone\n"))

    run = sync_spec(repo_copy)

    assert run.returncode == 1
    assert "matches nothing: $.components.schemas.Gone" in run.stderr
    assert (repo_copy / "openapi.yaml").read_bytes() == (REPO / "openapi.yaml").read_bytes()


def test_check_fails_with_a_diff_when_openapi_yaml_was_edited_by_hand(repo_copy: Path) -> None:
    spec = repo_copy / "openapi.yaml"
    spec.write_text(spec.read_text().replace("Rollback Stackable Redemptions", "Rollback Stacks", 1))

    run = sync_spec(repo_copy, "--check")

    assert run.returncode == 1
    assert any(line.startswith("-") and "Rollback Stacks" in line for line in run.stderr.splitlines())
    assert "out of sync" in run.stderr
