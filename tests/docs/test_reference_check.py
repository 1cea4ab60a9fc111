"""The API reference's completeness check (scripts/docs_site/reference_check.py, a mkdocs hook): a public name
without an entry or a docstring is named in a warning, which fails the strict build; the clients' operations read
as the methods users call, with their docstrings."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from scripts.docs_site import reference_check
from tests.support.docs_text import ROOT


def _warnings(site: Path, caplog: pytest.LogCaptureFixture) -> list[str]:
    with caplog.at_level(logging.WARNING, logger=reference_check.log.name):
        reference_check.on_post_build({"site_dir": str(site), "config_file_path": str(ROOT / "mkdocs.yml")})
    return [record.getMessage() for record in caplog.records]


def test_a_public_name_and_a_method_without_an_entry_are_named(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "index.html").write_text('<h2 id="voucherify_rollbacks.Voucherify">Voucherify</h2>', encoding="utf-8")
    warnings = _warnings(tmp_path, caplog)
    assert (
        "API reference: voucherify_rollbacks.RollbackResult has no entry (add it to a page under docs/reference/)"
        in (warnings)
    )
    assert "API reference: voucherify_sandbox.Sandbox has no entry (add it to a page under docs/reference/)" in warnings
    assert any(
        w.startswith("API reference: voucherify_rollbacks.Voucherify.rollback_stacked has no entry") for w in warnings
    )
    assert not any(w.startswith("API reference: voucherify_rollbacks.Voucherify has no") for w in warnings)


def test_a_missing_docstring_is_found_and_the_client_methods_have_theirs() -> None:
    packages = reference_check._griffe_packages(ROOT)
    assert not reference_check._has_docstring(packages, "voucherify_rollbacks.clients._base.ClientBase._check_open")
    for client in ("Voucherify", "AsyncVoucherify"):
        for method in ("rollback_stacked", "redemptions", "rollback_many"):
            assert reference_check._has_docstring(packages, f"voucherify_rollbacks.{client}.{method}"), (client, method)
    method = packages["voucherify_rollbacks"]["AsyncVoucherify.rollback_stacked"]
    assert "async" in method.labels and str(method.returns) == "RollbackResult"
