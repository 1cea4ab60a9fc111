"""Roll back many redemptions resumably: stop a run half-way, run it again with the same journal, and see the
outcomes already known reported as resumed, never sent twice.

Run: python examples/bulk_with_journal.py (the journal goes to a temporary folder).
"""

import tempfile
from collections import Counter
from itertools import islice
from pathlib import Path

from voucherify_sandbox import Sandbox

with Sandbox() as sb, sb.client() as vf, tempfile.TemporaryDirectory() as folder:
    journal = str(Path(folder) / "refunds.journal.sqlite")
    redeemed = [vf.redeem(["SAVE10"], order={"amount": 5000}).redemption_id for _ in range(12)]
    ids = [i for i in redeemed if i is not None]

    # The first run stops after 5 outcomes (a crash or Ctrl-C would do the same): the calls in flight finish and are
    # journaled, nothing more is sent.
    run = vf.rollback_many(ids, journal=journal, concurrency=2, reason="fraud wave")
    first = list(islice(run, 5))
    run.close()
    print(f"first run stopped after {len(first)} outcomes")

    # The same command again: what the journal knows is reported (resumed=True), the rest is rolled back now.
    outcomes = list(vf.rollback_many(ids, journal=journal, concurrency=2, reason="fraud wave"))
    resumed = sum(outcome.resumed for outcome in outcomes)
    print(f"{len(outcomes)} outcomes: {resumed} resumed from the journal, {len(outcomes) - resumed} new")
    print(Counter(outcome.status for outcome in outcomes))  # Counter({'rolled_back': 12})
    assert all(sb.count_rollbacks(i) == 1 for i in ids)  # each rolled back exactly once
