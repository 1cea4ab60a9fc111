"""rollback-many's other input, `--from-export`: the redemptions a Voucherify export selects with the filters `list`
takes (each a condition of the export, joined with `and`), and the reconciliation export read after the run."""

from __future__ import annotations

import argparse
import sqlite3
from collections.abc import Iterator
from typing import TYPE_CHECKING

from voucherify_rollbacks import (
    Reconciliation,
    Voucherify,
    journal_marker,
    marker_filters,
    reconcile_journal,
    redemption_filters,
)

from .bulk_input import InputItems
from .list_redemptions import _when

if TYPE_CHECKING:
    from voucherify_rollbacks import ExportRows


def add_export_options(parser: argparse.ArgumentParser) -> None:
    """`list`'s filters, for --from-export (a redemption is rolled back once, whichever the export names)."""
    group = parser.add_argument_group("--from-export filters (as `list` takes them; result defaults to SUCCESS)")
    group.add_argument("--result", action="append", choices=["SUCCESS", "FAILURE"], help="repeatable")
    group.add_argument("--campaign", help="campaign name")
    group.add_argument("--customer", help="customer id")
    group.add_argument("--voucher-code")
    group.add_argument("--parent-redemption-id")
    group.add_argument("--related-object-id", help="an order id, for example")
    group.add_argument("--failure-code")
    group.add_argument("--created-after", type=_when, metavar="ISO")
    group.add_argument("--created-before", type=_when, metavar="ISO")
    group.add_argument(
        "--no-reconcile", action="store_true", help="skip the export comparing the run's rollbacks with its journal"
    )


def exported(vf: Voucherify, args: argparse.Namespace) -> ExportRows:
    """The export of the redemptions the filters select (rollbacks are never targets)."""
    filters = redemption_filters(
        object="redemption",
        result=args.result or "SUCCESS",
        campaign=args.campaign,
        customer=args.customer,
        voucher_code=args.voucher_code,
        parent_redemption_id=args.parent_redemption_id,
        related_object_id=args.related_object_id,
        failure_code=args.failure_code,
        created_after=args.created_after,
        created_before=args.created_before,
    )
    return vf.export_redemptions(filters, fields=["id", "object", "result"])


def export_items(vf: Voucherify, args: argparse.Namespace) -> tuple[str, InputItems]:
    """(the export's id, the ids of the redemptions it holds, in its order, each once; `order:ID` items with
    `--orders`). The ids are kept in a temporary SQLite database (on disk, deleted when the items are closed), not in
    memory, as the export's rows are read one at a time."""
    store = sqlite3.connect("")  # "": a private temporary database, its file deleted when it is closed
    try:
        store.execute("CREATE TABLE ids (n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE)")
        with exported(vf, args) as rows:
            ids = ((row.id,) for row in rows if row.id and row.object in (None, "redemption"))
            store.executemany("INSERT OR IGNORE INTO ids (id) VALUES (?)", ids)
            export_id = rows.export.id
        store.commit()
        count: int = store.execute("SELECT COUNT(*) FROM ids").fetchone()[0]
    except BaseException:
        store.close()
        raise
    orders: bool = args.orders

    def read() -> Iterator[str]:
        for (item,) in store.execute("SELECT id FROM ids ORDER BY n"):
            yield item if not orders or item.startswith("order:") else f"order:{item}"

    return export_id, InputItems(count, read, store.close)


def reconcile(vf: Voucherify, journal: str) -> tuple[str, Reconciliation] | None:
    """(the reconciliation export's id, how it compares with `journal`), or None for a run without a marker."""
    marker = journal_marker(journal)
    if marker is None:
        return None
    with vf.export_redemptions(marker_filters(marker), fields=["id", "object"]) as rows:
        return rows.export.id, reconcile_journal(journal, rows)
