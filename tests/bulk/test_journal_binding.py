"""A journal is bound to the host, the account and the input it was made for, and held by one run at a time
whatever path reaches it (a symlink, a hard link), across processes."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from voucherify_rollbacks import ConfigurationError, JournalMismatchError, Voucherify
from voucherify_rollbacks.bulk.journal import Journal
from voucherify_sandbox import Sandbox

from tests.support.stacks import redeem_stacks

POST = ("POST", "rollback-stacked-redemptions")


def test_the_same_journal_against_another_host_is_refused_naming_the_host(sandbox: Any, tmp_path: Path) -> None:
    ids = redeem_stacks(sandbox, 2)
    journal = str(tmp_path / "run.sqlite")
    with sandbox.client() as vf:
        list(vf.rollback_many(ids, journal=journal, requests_per_minute=None))
    with Sandbox(app_id=sandbox.app_id, app_token=sandbox.app_token) as other, other.client() as vf:
        with pytest.raises(JournalMismatchError) as refused:
            vf.rollback_many(ids, journal=journal, requests_per_minute=None)
        assert refused.value.differs == ("host",)
        assert sandbox.base_url in str(refused.value) and other.base_url in str(refused.value)
        outcomes = list(vf.rollback_many(ids, journal=journal, requests_per_minute=None, rebind=True))
    # Rebound on purpose: outcomes already known stay known (they are this journal's record of the first host).
    assert {o.status for o in outcomes} == {"rolled_back"} and all(o.resumed for o in outcomes)


def test_another_account_or_input_is_refused_and_the_bearer_token_is_never_stored(tmp_path: Path) -> None:
    token, other_token = "bearer-SECRET-7f3a9c", "bearer-SECRET-other-1b2c"
    journal = str(tmp_path / "run.sqlite")
    with Sandbox(bearer_token=token) as sb:
        ids = redeem_stacks(sb, 2)
        with Voucherify(base_url=sb.base_url, bearer_token=token) as vf:
            list(vf.rollback_many(ids, journal=journal, requests_per_minute=None))
            with pytest.raises(JournalMismatchError) as other_input:
                vf.rollback_many(ids[:1], journal=journal, requests_per_minute=None)
        stranger = Voucherify(base_url=sb.base_url, bearer_token=other_token)
        with stranger, pytest.raises(JournalMismatchError) as other_account:
            stranger.rollback_many(ids, journal=journal, requests_per_minute=None)
    assert other_input.value.differs == ("input",)
    assert other_account.value.differs == ("account",)
    for error in (other_input.value, other_account.value):
        assert token not in str(error) and other_token not in str(error) and token not in repr(error.to_dict())
    stored = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("run.sqlite"))
    assert token.encode() not in stored and b"SECRET" not in stored
    with Journal(journal) as book:
        account = (book.binding() or {})["account"]
    assert account.startswith("bearer:") and "SECRET" not in account


def test_a_journal_made_before_binding_is_refused_until_adopted(sandbox: Any, tmp_path: Path) -> None:
    (parent,) = redeem_stacks(sandbox, 1)
    journal = str(tmp_path / "old.sqlite")
    with Journal(journal) as book:  # what an older version left: settings and items, no binding, no marker
        book.check_settings({"reason": None, "tracking_id": None})
        book.add_items([(parent, "redemption")])
    with sandbox.client() as vf:
        with pytest.raises(JournalMismatchError, match="older version") as refused:
            vf.rollback_many([parent], journal=journal, requests_per_minute=None)
        assert refused.value.differs == ("binding",)
        (outcome,) = vf.rollback_many([parent], journal=journal, requests_per_minute=None, rebind=True)
    assert outcome.status == "rolled_back"
    with Journal(journal) as book:
        assert (book.binding() or {})["host"] == sandbox.base_url


HOLD = textwrap.dedent(
    """
    import sys
    from voucherify_rollbacks.bulk.journal import Journal
    book = Journal(sys.argv[1])
    print("held", flush=True)
    sys.stdin.readline()
    book.close()
    """
)


@pytest.mark.parametrize("link", ["symlink", "hard link"])
def test_one_run_per_journal_whatever_path_reaches_it_across_processes(tmp_path: Path, link: str) -> None:
    journal = tmp_path / "run.sqlite"
    Journal(str(journal)).close()
    other = tmp_path / "elsewhere.sqlite"
    if link == "symlink":
        other.symlink_to(journal)
    else:
        os.link(journal, other)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(journal)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(ConfigurationError, match="in use by another run"):
            Journal(str(other))
    finally:
        assert holder.stdin is not None
        with holder:  # its exit closes the pipes and waits
            holder.stdin.write("\n")
            holder.stdin.flush()
    Journal(str(other)).close()  # free again once the holder has let go
    held = Journal(str(other))  # and the other way round, in this process
    try:
        refused = subprocess.run([sys.executable, "-c", HOLD, str(journal)], capture_output=True, text=True, timeout=30)
        assert refused.returncode != 0 and "in use by another run" in refused.stderr
        with pytest.raises(ConfigurationError, match="in use by another run"):
            Journal(str(journal))
    finally:
        held.close()
