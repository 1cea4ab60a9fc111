"""`settle_journal`: a bulk run's journal settled from Voucherify's webhook events, with no look-up."""

from __future__ import annotations

import os
from collections.abc import Iterable

from ..bulk.journal import DONE, SENT, UNKNOWN, Journal
from ..errors import ConfigurationError
from ..operations.outcomes import RollbackOutcome
from ..webhooks import Event, settle


def settle_journal(journal: str, events: Iterable[Event]) -> list[RollbackOutcome]:
    """Settle the redemptions a `rollback_many` journal left `sent` (the run died, or its answers were lost, with the
    rollback in flight) or `unknown` (outcome unknown) from received, verified webhook events (`webhooks.unwrap`),
    with no request: each one a `redemption.rollback.succeeded` event names is recorded done, as `webhooks.settle`
    judges it against the run's markers (`rolled_back` with `recovered=True` when the event's rollback carries one,
    `already_rolled_back` for another marker, else `authorship_unknown`), `confirmed_by_event` set to the event's
    id. Returns those outcomes; the next `rollback_many` with the journal reports them (resumed) and looks up only
    what is left. The events must be from the project the run was for (redemption ids are unique, so others match
    nothing). Refuses a journal that does not exist, or that a run holds now (ConfigurationError)."""
    if not os.path.isfile(journal):
        raise ConfigurationError(f"journal {journal}: no such file")
    received = list(events)
    settled: list[RollbackOutcome] = []
    with Journal(journal) as opened:
        run_marker = opened.marker(create=False)
        for entry in opened.entries_in(SENT, UNKNOWN):
            if entry.parent_id is not None:
                continue  # a child resolved to its parent: the parent's own entry is settled
            markers = {attempt.marker for attempt in entry.attempts if attempt.marker}
            markers |= {run_marker} if run_marker else set()
            found = settle(entry.redemption_id, received, markers=markers)
            if found is None:
                continue
            outcome = found.outcome(item=entry.item, order_id=entry.order_id)
            opened.outcome(entry.redemption_id, DONE, outcome.to_dict())
            settled.append(outcome)
    return settled
