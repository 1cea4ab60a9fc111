"""`get ID`: one redemption (r_/rf_) or rollback (rr_/rrf_)."""

from __future__ import annotations

import argparse
from typing import IO, TYPE_CHECKING

from voucherify_rollbacks import Voucherify

from .command import add_command
from .output import EXIT_OK, RECORD_HEADERS, Output, record_row
from .settings import add_connection_options

if TYPE_CHECKING:
    from .command import Subparsers


def register(subparsers: Subparsers) -> None:
    """Add `get`."""
    summary = "show one redemption (r_/rf_) or rollback (rr_/rrf_)"
    parser = add_command(subparsers, "get", summary, run, examples=["get r_ID", "get rr_ID --json"])
    parser.add_argument("id", help="a redemption or rollback id")
    add_connection_options(parser)


def run(vf: Voucherify, args: argparse.Namespace, out: Output, stdin: IO[str]) -> int:
    """Show the redemption or rollback: its table row, or its whole JSON."""
    item = vf.get_redemption(args.id)
    if out.json_lines:
        out.emit(item.to_dict())
    else:
        out.table(None, RECORD_HEADERS, [record_row(item)])
    return EXIT_OK
