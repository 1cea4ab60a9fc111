"""Template overrides are vendored patches: each records its upstream template and generator version, the check
fails on a stale patch, and a changed upstream template is shown as a three-way merge."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scripts import template_patches
from tests.support.generated_helpers import REPO

VERSION, UPSTREAM = template_patches.generator_templates()


def check_templates(root: Path, *args: str, upstream: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "VENV": sys.prefix}
    if upstream is not None:
        env["GENERATOR_TEMPLATES"] = str(upstream)
    return subprocess.run(
        [str(root / "scripts" / "check-templates"), *args],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(REPO / "scripts", root / "scripts", ignore=shutil.ignore_patterns("__pycache__"))
    return root


@pytest.mark.parametrize("name", template_patches.overrides())
def test_each_patch_names_its_upstream_template_and_generator(name: str) -> None:
    patch = template_patches.Patch.read(template_patches.PATCHES / f"{name}.patch")
    upstream = (UPSTREAM / name).read_text(encoding="utf-8")

    assert patch.upstream == f"openapi_python_client/templates/{name}"
    assert patch.generator == VERSION
    assert patch.upstream_sha256 == template_patches.sha256(upstream)


@pytest.mark.parametrize("name", template_patches.overrides())
def test_our_override_minus_its_patch_is_the_upstream_template(name: str) -> None:
    patch = template_patches.Patch.read(template_patches.PATCHES / f"{name}.patch")
    ours = (template_patches.OVERRIDES / name).read_text(encoding="utf-8")

    assert template_patches.reverse_apply(patch.diff, ours) == (UPSTREAM / name).read_text(encoding="utf-8")


def test_the_check_passes_on_the_repository(repo_copy: Path) -> None:
    run = check_templates(repo_copy)

    assert run.returncode == 0, run.stderr
    assert f"against openapi-python-client {VERSION}" in run.stdout


def test_an_override_edited_without_recording_its_patch_fails(repo_copy: Path) -> None:
    override = repo_copy / "scripts" / "templates" / "str_enum.py.jinja"
    override.write_text(override.read_text() + "# an edit\n")

    run = check_templates(repo_copy)

    assert run.returncode == 1
    assert "str_enum.py.jinja: the override was edited since its patch was recorded" in run.stderr
    assert check_templates(repo_copy, "--record").returncode == 0
    assert check_templates(repo_copy).returncode == 0


def test_a_changed_upstream_template_prints_a_three_way_merge(repo_copy: Path, tmp_path: Path) -> None:
    upstream = tmp_path / "upstream-templates"
    shutil.copytree(UPSTREAM, upstream)
    template = upstream / "str_enum.py.jinja"
    lines = template.read_text().splitlines()
    # Change the line our override also changes (a conflict) and add one it does not touch (merged cleanly).
    edited = [line.replace("def __str__(self) -> str:", "def __str__(self) -> str:  # upstream edit") for line in lines]
    template.write_text("\n".join(["{# new upstream line #}", *edited]) + "\n")

    run = check_templates(repo_copy, upstream=upstream)

    assert run.returncode == 1
    assert "== str_enum.py.jinja: upstream template changed" in run.stdout
    assert "<<<<<<< ours str_enum.py.jinja\n" in run.stdout
    assert f"||||||| upstream {VERSION}\n" in run.stdout
    assert "def __str__(self) -> str:  # upstream edit" in run.stdout
    assert run.stdout.splitlines()[1] == "{# new upstream line #}"
    assert "resolve the merge above into the override" in run.stderr


def test_a_patch_without_its_override_fails(repo_copy: Path) -> None:
    (repo_copy / "scripts" / "templates" / "int_enum.py.jinja").unlink()

    run = check_templates(repo_copy)

    assert run.returncode == 1
    assert "int_enum.py.jinja.patch: a patch without its override" in run.stderr
