"""Every Python block of the documentation (README.md and the site's pages in docs/) is a program that type-checks
under `mypy --strict` and runs as written against a sandbox: the credentials come from the environment (as the
documentation tells users), and a redemption id written in a block stands for one the test has just redeemed there."""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from voucherify_sandbox import Sandbox

from tests.support.docs_text import all_python_blocks, mypy_strict

# A redemption id as the README writes one (r_ and 16+ hex digits).
_EXAMPLE_ID = re.compile(r'"r_[0-9a-f]{16,}"')
CUSTOMER = "annie@lemon.com"


BLOCKS = all_python_blocks()


def test_the_documentation_has_python_examples() -> None:
    assert len(BLOCKS) >= 8


def test_every_python_block_passes_mypy_strict(tmp_path: Path) -> None:
    files = []
    for number, (_, block) in enumerate(BLOCKS, start=1):
        path = tmp_path / f"docs_example_{number}.py"
        path.write_text(block, encoding="utf-8")
        files.append(str(path))
    assert mypy_strict(files, tmp_path) == ""


@pytest.fixture
def sandbox_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Sandbox]:
    monkeypatch.chdir(tmp_path)  # files an example writes (a journal, a report) land in the test's own folder
    with Sandbox() as sb:
        for name in ("VOUCHERIFY_BEARER_TOKEN", "VOUCHERIFY_CLUSTER"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("VOUCHERIFY_APP_ID", sb.app_id)
        monkeypatch.setenv("VOUCHERIFY_APP_TOKEN", sb.app_token)
        monkeypatch.setenv("VOUCHERIFY_BASE_URL", sb.base_url)
        yield sb


@pytest.mark.parametrize(("name", "written"), BLOCKS, ids=[name for name, _ in BLOCKS])
def test_every_python_block_runs_against_the_sandbox(name: str, written: str, sandbox_environment: Sandbox) -> None:
    block = written
    code = re.sub(r"#.*$", "", block, flags=re.M)  # comments may show other settings; the code must not use them
    assert "voucherify.io" not in code and "cluster=" not in code, "examples take the host from the environment"
    if _EXAMPLE_ID.search(block):
        with sandbox_environment.client() as vf:
            # The examples roll back Annie's order.
            redeemed = vf.redeem(["GIFT-100", "SAVE10"], order={"amount": 20000}, customer={"source_id": CUSTOMER})
            parent = redeemed.redemption_id
        assert parent is not None
        block = _EXAMPLE_ID.sub(f'"{parent}"', block)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(block, name, "exec"), {"__name__": "__docs__"})
    if _EXAMPLE_ID.search(written) and "rollback" in block:
        assert sandbox_environment.count_rollbacks(parent) == 1
