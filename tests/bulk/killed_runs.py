"""Journals as a run of `rollback_many` leaves them when killed: bound to the sandbox and the items, with the run's
marker, and intents committed without outcomes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from voucherify_rollbacks.bulk.journal import Journal, input_digest


def killed_run_journal(
    sandbox: Any,
    path: str,
    redemption_ids: Iterable[str],
    *,
    intents: Iterable[str] = (),
    reason: str | None = None,
    marker: bool = True,
) -> str | None:
    """The journal at `path` of a run over `redemption_ids` on `sandbox` (its app keys), killed right after the
    intents of `intents` were committed; returns the run's marker."""
    items = [(redemption_id, "redemption") for redemption_id in redemption_ids]
    with Journal(path) as book:
        book.check_settings({"reason": reason, "tracking_id": None})
        book.bind(host=sandbox.base_url, app_id=sandbox.app_id, bearer_token=None, digest=input_digest(items))
        run_marker = book.marker(create=marker)
        book.add_items(items)
        for redemption_id, _ in items:
            book.expand(redemption_id, None, [(redemption_id, None)])
        for redemption_id in intents:
            book.intent(redemption_id, run_marker)
    return run_marker
