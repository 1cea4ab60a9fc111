"""Export-driven bulk runs against the sandbox over real sockets (sync and async): the export's rows feed
rollback_many, exactly the redemptions the filters select are rolled back (a stack once, through its parent), and a
reconciliation export of the run's marker names the same rollbacks as the journal; a rollback carrying the marker
that the journal does not know is reported as only in the export."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from voucherify_rollbacks import (
    Reconciliation,
    journal_marker,
    marker_filters,
    reconcile_journal,
    redemption_filters,
)

MODES = ["sync", "async"]


def _run_from_export(mode: str, sandbox: Any, journal: str, filters: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(the ids the export selected, the redemption ids the run reported), after exporting and running."""
    if mode == "sync":
        with sandbox.client() as vf:
            with vf.export_redemptions(filters, ["id", "object"]) as rows:
                ids = [row.id for row in rows]
            return ids, [o.redemption_id for o in vf.rollback_many(ids, journal=journal, requests_per_minute=None)]

    async def scenario() -> tuple[list[str], list[str]]:
        async with sandbox.async_client() as vf:
            async with await vf.export_redemptions(filters, ["id", "object"]) as rows:
                ids = [row.id async for row in rows]
            run = vf.rollback_many(ids, journal=journal, concurrency=3, requests_per_minute=None)
            return ids, [o.redemption_id async for o in run]

    return asyncio.run(scenario())


def _reconcile(sandbox: Any, journal: str) -> Reconciliation:
    marker = journal_marker(journal)
    assert marker is not None
    with sandbox.client() as vf, vf.export_redemptions(marker_filters(marker), ["id", "object"]) as rows:
        return reconcile_journal(journal, rows)


@pytest.mark.parametrize("mode", MODES)
def test_an_export_driven_run_rolls_back_exactly_the_selected_redemptions_and_reconciles(
    mode: str, sandbox: Any, tmp_path: Path
) -> None:
    with sandbox.client() as vf:
        selected = [vf.redeem(["FIXED50"], order={"amount": 20000}).redemption_id for _ in range(4)]
        others = [vf.redeem(["SAVE10"], order={"amount": 20000}).redemption_id for _ in range(3)]
    journal = str(tmp_path / "j.sqlite")

    ids, reported = _run_from_export(
        mode, sandbox, journal, redemption_filters(object="redemption", voucher_code="FIXED50")
    )

    assert sorted(ids) == sorted(selected) and sorted(reported) == sorted(selected)
    assert [sandbox.count_rollbacks(i) for i in selected] == [1] * 4
    assert [sandbox.count_rollbacks(i) for i in others] == [0] * 3
    assert _reconcile(sandbox, journal) == Reconciliation(in_both=4, only_in_journal=0, only_in_export=0)


@pytest.mark.parametrize("mode", MODES)
def test_stack_children_an_export_selects_roll_back_their_stack_once(mode: str, sandbox: Any, tmp_path: Path) -> None:
    with sandbox.client() as vf:
        stacks = [vf.redeem(["GIFT-50", "SAVE10"], order={"amount": 20000}) for _ in range(2)]
        vf.redeem(["SAVE10"], order={"amount": 20000})
    children = [r.id for stack in stacks for r in stack.redemptions if r.id != stack.redemption_id]
    journal = str(tmp_path / "j.sqlite")

    ids, _ = _run_from_export(mode, sandbox, journal, redemption_filters(object="redemption", voucher_code="GIFT-50"))

    assert len(ids) == 2
    assert all(sandbox.count_rollbacks(child) == 1 for child in children)  # both children of each stack, once
    reconciliation = _reconcile(sandbox, journal)
    assert reconciliation.matches and reconciliation.in_both == 6  # per stack: the parent's and two children's


def test_a_marked_rollback_the_journal_does_not_know_is_only_in_the_export(sandbox: Any, tmp_path: Path) -> None:
    with sandbox.client() as vf:
        ids = [vf.redeem(["FIXED50"], order={"amount": 20000}).redemption_id for _ in range(3)]
        journal = str(tmp_path / "j.sqlite")
        outcomes = list(vf.rollback_many(ids[:2], journal=journal, requests_per_minute=None))
        marker = journal_marker(journal)
        stray = vf.rollback_stacked(ids[2], marker=marker)  # as an attempt whose outcome the journal lost would

    reconciliation = _reconcile(sandbox, journal)

    assert len(outcomes) == 2
    assert (reconciliation.in_both, reconciliation.only_in_journal, reconciliation.only_in_export) == (2, 0, 1)
    assert reconciliation.export_examples == tuple(r.id for r in stray.rollbacks)
    assert not reconciliation.matches
