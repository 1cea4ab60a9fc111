"""`scripts/sync-spec --upstream` between two real upstream snapshots, on a copy of the repository: it reports what
changed in the API surface, replaces the vendored copy, writes its provenance, rewrites openapi.yaml and regenerates
generated/, unprompted.

The two snapshots are fixtures (tests/data/upstream-2c273577 and upstream-883076b2), taken in turn; nothing here
depends on what spec/upstream/ vendors today, so a real update leaves these tests as they are."""

from __future__ import annotations

import datetime
import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scripts import upstream_snapshot
from tests.support.generated_helpers import REPO

DATA = REPO / "tests" / "data"
OLDER, NEWER = DATA / "upstream-883076b2", DATA / "upstream-2c273577"
OLDER_COMMIT, NEWER_COMMIT = "883076b234805bff9da123bfe32bba8841c98f4e", "2c273577471fc1893ffae7cc1910115ac2f8a8e4"


def run(root: Path, script: str, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(root / "scripts" / script), *args],
        cwd=root,
        env={**os.environ, "VENV": sys.prefix},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def sync_spec(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run(root, "sync-spec", *args)


def copy_repo(root: Path, *names: str) -> Path:
    root.mkdir()
    for name in ("openapi.yaml", "openapi-events.yaml", *names):
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(REPO / name, root / name)
    return root


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    """A copy of the repository's spec side, synced to the newer fixture snapshot (generated/ left out)."""
    root = copy_repo(tmp_path / "repo", "scripts", "spec")
    taken = sync_spec(root, "--upstream", str(NEWER), "--commit", NEWER_COMMIT, "--date", "2026-08-10", "--no-generate")
    assert taken.returncode == 0, taken.stderr
    return root


def rows(root: Path) -> dict[str, upstream_snapshot.Row]:
    return upstream_snapshot.provenance(root / "spec" / "upstream" / "README.md")


def test_taking_the_older_snapshot_reports_its_two_surface_changes_as_breaking(repo_copy: Path) -> None:
    run = sync_spec(repo_copy, "--upstream", str(OLDER), "--no-generate")

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


def test_taking_a_snapshot_vendors_it_and_writes_its_provenance(repo_copy: Path) -> None:
    run = sync_spec(
        repo_copy, "--upstream", str(OLDER), "--commit", OLDER_COMMIT, "--date", "2026-02-12", "--no-generate"
    )

    assert run.returncode == 0, run.stderr
    for name in ("redemptions.json", "orders.json"):
        assert (repo_copy / "spec" / "upstream" / name).read_bytes() == (OLDER / name).read_bytes()
        digest = hashlib.sha256((OLDER / name).read_bytes()).hexdigest()
        assert rows(repo_copy)[name] == upstream_snapshot.Row(name, OLDER_COMMIT, "2026-02-12", digest)
    spec = (repo_copy / "openapi.yaml").read_text()
    assert "ADD_SAME_ITEMS" not in spec and "ValidationsRedeemableSkippedResultNoEffect" not in spec
    assert sync_spec(repo_copy, "--check").returncode == 0


def test_the_old_per_file_flags_take_a_snapshot_as_the_folder_does(repo_copy: Path, tmp_path: Path) -> None:
    by_folder = copy_repo(tmp_path / "by-folder", "scripts", "spec")
    shutil.copytree(repo_copy / "spec", by_folder / "spec", dirs_exist_ok=True)
    shutil.copy2(repo_copy / "openapi.yaml", by_folder / "openapi.yaml")

    files = ("--upstream", str(OLDER / "redemptions.json"), "--orders", str(OLDER / "orders.json"))
    by_files = sync_spec(repo_copy, *files, "--commit", OLDER_COMMIT, "--date", "2026-02-12", "--no-generate")
    folder = sync_spec(
        by_folder, "--upstream", str(OLDER), "--commit", OLDER_COMMIT, "--date", "2026-02-12", "--no-generate"
    )

    assert by_files.returncode == folder.returncode == 0
    assert by_files.stdout == folder.stdout
    for name in ("openapi.yaml", "spec/upstream/README.md", "spec/upstream/redemptions.json"):
        assert (repo_copy / name).read_bytes() == (by_folder / name).read_bytes()


def test_going_back_to_the_newer_snapshot_reports_additions_and_restores_the_same_bytes(repo_copy: Path) -> None:
    before = {name: (repo_copy / name).read_bytes() for name in ("openapi.yaml", "spec/upstream/README.md")}
    sync_spec(repo_copy, "--upstream", str(OLDER), "--commit", OLDER_COMMIT, "--no-generate")

    run = sync_spec(
        repo_copy, "--upstream", str(NEWER), "--commit", NEWER_COMMIT, "--date", "2026-08-10", "--no-generate"
    )

    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[0] == "API surface changes against the vendored upstream: 3 (0 breaking)"
    assert "compatible enum value added DiscountUnitVouchersEffectTypes: ADD_SAME_ITEMS" in " ".join(run.stdout.split())
    assert {name: (repo_copy / name).read_bytes() for name in before} == before


def test_the_same_snapshot_reports_no_surface_change_and_keeps_its_provenance(repo_copy: Path) -> None:
    before = {name: (repo_copy / name).read_bytes() for name in ("openapi.yaml", "spec/upstream/README.md")}

    run = sync_spec(repo_copy, "--upstream", str(NEWER), "--no-generate")

    assert run.returncode == 0, run.stderr
    assert "API surface changes against the vendored upstream: 0 (0 breaking)" in run.stdout
    assert {name: (repo_copy / name).read_bytes() for name in before} == before


def test_a_new_file_without_a_commit_is_recorded_as_such_with_todays_date(repo_copy: Path) -> None:
    run = sync_spec(repo_copy, "--upstream", str(OLDER), "--no-generate")

    assert run.returncode == 0, run.stderr
    today = datetime.datetime.now(datetime.UTC).date().isoformat()
    assert (rows(repo_copy)["redemptions.json"].commit, rows(repo_copy)["redemptions.json"].date) == (
        "not given",
        today,
    )


def test_a_folder_without_orders_json_fails_before_replacing_anything(repo_copy: Path, tmp_path: Path) -> None:
    partial = tmp_path / "partial"
    partial.mkdir()
    shutil.copy2(OLDER / "redemptions.json", partial / "redemptions.json")
    before = (repo_copy / "spec" / "upstream" / "redemptions.json").read_bytes()

    run = sync_spec(repo_copy, "--upstream", str(partial))

    assert run.returncode == 1
    assert "no such file" in run.stderr and "orders.json" in run.stderr
    assert (repo_copy / "spec" / "upstream" / "redemptions.json").read_bytes() == before


def test_an_overlay_action_that_no_longer_matches_fails_the_sync(repo_copy: Path) -> None:
    before = (repo_copy / "openapi.yaml").read_bytes()
    overlay = repo_copy / "spec" / "overlay.yaml"
    overlay.write_text(overlay.read_text().replace("$.components.schemas.Discount\n", "$.components.schemas.Gone\n"))

    run = sync_spec(repo_copy)

    assert run.returncode == 1
    assert "matches nothing: $.components.schemas.Gone" in run.stderr
    assert (repo_copy / "openapi.yaml").read_bytes() == before


def test_check_fails_with_a_diff_when_openapi_yaml_was_edited_by_hand(repo_copy: Path) -> None:
    spec = repo_copy / "openapi.yaml"
    spec.write_text(spec.read_text().replace("Rollback Stackable Redemptions", "Rollback Stacks", 1))

    run = sync_spec(repo_copy, "--check")

    assert run.returncode == 1
    assert any(line.startswith("-") and "Rollback Stacks" in line for line in run.stderr.splitlines())
    assert "out of sync" in run.stderr


def test_one_command_takes_a_snapshot_and_leaves_a_consistent_tree(tmp_path: Path) -> None:
    """The whole update, generate included, twice: older, then newer. After each, the drift checks pass."""
    root = copy_repo(
        tmp_path / "repo", "scripts", "spec", "generated", "generator-config.yaml", "generator-config-events.yaml"
    )
    started = time.monotonic()

    for snapshot, commit in ((OLDER, OLDER_COMMIT), (NEWER, NEWER_COMMIT)):
        taken = run(root, "sync-spec", "--upstream", str(snapshot), "--commit", commit, timeout=240)
        assert taken.returncode == 0, taken.stderr
        assert "generated/voucherify_client rebuilt from openapi.yaml" in taken.stdout
        assert run(root, "check-spec").returncode == 0
        checked = run(root, "check-generated", timeout=240)
        assert checked.returncode == 0, checked.stderr
        effects = (root / "generated/voucherify_client/models/discount_unit_vouchers_effect_types.py").read_text()
        assert ("ADD_SAME_ITEMS" in effects) is (snapshot == NEWER)

    assert time.monotonic() - started < 480
