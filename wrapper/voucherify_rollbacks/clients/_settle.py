"""`settle_journal`: a bulk run's journal settled from Voucherify's webhook events, with no look-up."""

from __future__ import annotations

import os
from collections.abc import Iterable

from ..bulk.journal import DONE, SENT, UNKNOWN, Journal
from ..errors import ConfigurationError
from ..operations.outcomes import RollbackOutcome
from ..webhooks import Event, settle
from ..webhooks.events import rollback_facts


def settle_journal(journal: str, events: Iterable[Event]) -> list[RollbackOutcome]:
    """Settle the redemptions a `rollback_many` journal left `sent` (the run died, or its answers were lost, with the
    rollback in flight) or `unknown` (outcome unknown) from received, verified webhook events (`webhooks.unwrap`),
    with no request: each one a `redemption.rollback.succeeded` event names is recorded done, as `webhooks.settle`
    judges it against the run's markers (`rolled_back` with `recovered=True` when the event's rollback carries one,
    `already_rolled_back` for another marker, else `authorship_unknown`), `confirmed_by_event` set to the event's
    id. Returns those outcomes; the next `rollback_many` with the journal reports them (resumed) and looks up only
    what is left. The events must be from the project the run was for (redemption ids are unique, so others match
    nothing). Refuses a journal that does not exist, or that a run holds now (ConfigurationError).

    `events` is read once, as it comes (a generator of a long recording will do): only each redemption's first
    succeeded rollback event is kept, the one `settle` decides by, so the work is one pass over the events and one
    look-up per unsettled entry, whatever the sizes of both."""
    if not os.path.isfile(journal):
        raise ConfigurationError(f"journal {journal}: no such file")
    first: dict[str, Event] = {}
    for event in events:
        facts = rollback_facts(event)
        if facts is not None and facts.succeeded and facts.redemption_id:
            first.setdefault(facts.redemption_id, event)
    settled: list[RollbackOutcome] = []
    with Journal(journal) as opened:
        run_marker = opened.marker(create=False)
        for entry in opened.entries_in(SENT, UNKNOWN):
            if entry.parent_id is not None:
                continue  # a child resolved to its parent: the parent's own entry is settled
            decisive = first.get(entry.redemption_id)
            if decisive is None:
                continue
            markers = {attempt.marker for attempt in entry.attempts if attempt.marker}
            markers |= {run_marker} if run_marker else set()
            found = settle(entry.redemption_id, [decisive], markers=markers)
            if found is None:
                continue
            outcome = found.outcome(item=entry.item, order_id=entry.order_id)
            opened.outcome(entry.redemption_id, DONE, outcome.to_dict())
            settled.append(outcome)
    return settled
