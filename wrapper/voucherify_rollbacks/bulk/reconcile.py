"""After a bulk run: compare the rollbacks its journal says it made with those an export finds carrying its marker.

Both sides can be millions of ids, so they are compared in a temporary SQLite database on disk (deleted when
closed), not in sets: memory stays flat whatever their size.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterable

from .._constants import RECONCILE_SAMPLE
from ..operations.exports import ExportedRedemption
from .journal import Journal


@dataclasses.dataclass(frozen=True)
class Reconciliation:
    """How a run's journal and a reconciliation export agree: rollback ids in both, only in the journal (the run
    says it made them, the export does not show them: not exported yet, or their marker was removed), only in the
    export (rollbacks carrying the run's marker that its journal does not know: an attempt whose outcome was
    lost, to settle by running again). A few ids of each side are kept as examples."""

    in_both: int
    only_in_journal: int
    only_in_export: int
    journal_examples: tuple[str, ...] = ()
    export_examples: tuple[str, ...] = ()

    @property
    def matches(self) -> bool:
        """True when both sides name the same rollbacks."""
        return not (self.only_in_journal or self.only_in_export)


def journal_marker(journal: str) -> str | None:
    """The marker the runs of `journal` send (None for a journal that sends none)."""
    with Journal(journal) as book:
        return book.marker(create=False)


def reconcile_journal(journal: str, rows: Iterable[ExportedRedemption]) -> Reconciliation:
    """Compare the rollbacks `journal` says its runs made with the rollback rows of an export (its `id`s; rows of
    redemptions are skipped), e.g. `export_redemptions(marker_filters(marker), fields=["id", "object"])`."""
    db = sqlite3.connect("")  # a private temporary database on disk, gone when closed
    try:
        db.execute("CREATE TABLE journal (id TEXT PRIMARY KEY) WITHOUT ROWID")
        db.execute("CREATE TABLE export (id TEXT PRIMARY KEY) WITHOUT ROWID")
        with Journal(journal) as book:
            db.executemany("INSERT OR IGNORE INTO journal VALUES (?)", ((i,) for i in book.rollback_ids()))
        db.executemany(
            "INSERT OR IGNORE INTO export VALUES (?)",
            ((row.id,) for row in rows if row.id and row.object in (None, "redemption_rollback")),
        )
        both = db.execute("SELECT COUNT(*) FROM journal JOIN export USING (id)").fetchone()[0]
        only_journal = "FROM journal WHERE id NOT IN (SELECT id FROM export)"
        only_export = "FROM export WHERE id NOT IN (SELECT id FROM journal)"
        return Reconciliation(
            in_both=int(both),
            only_in_journal=int(db.execute(f"SELECT COUNT(*) {only_journal}").fetchone()[0]),
            only_in_export=int(db.execute(f"SELECT COUNT(*) {only_export}").fetchone()[0]),
            journal_examples=_examples(db, only_journal),
            export_examples=_examples(db, only_export),
        )
    finally:
        db.close()


def _examples(db: sqlite3.Connection, query: str) -> tuple[str, ...]:
    return tuple(str(row[0]) for row in db.execute(f"SELECT id {query} ORDER BY id LIMIT ?", (RECONCILE_SAMPLE,)))
