"""`find-rollback ID`: the rollback of a redemption, if any (after a crash or a lost answer, say); exit 8 when the
redemption exists and is not rolled back."""

from __future__ import annotations

import argparse
from typing import IO, TYPE_CHECKING

from voucherify_rollbacks import Voucherify

from .command import add_command
from .output import EXIT_NOT_ROLLED_BACK, EXIT_OK, Output, show_rollback
from .settings import add_connection_options

if TYPE_CHECKING:
    from .command import Subparsers

NAME = "find-rollback"


def register(subparsers: Subparsers) -> None:
    """Add `find-rollback`."""
    summary = "show the rollback of a redemption (after a crash or a lost answer), if any"
    parser = add_command(subparsers, NAME, summary, run, examples=[f"{NAME} r_ID", f"{NAME} r_ID --json"])
    parser.add_argument("id", help="a redemption id (a child's finds its stack's rollback)")
    add_connection_options(parser)


def run(vf: Voucherify, args: argparse.Namespace, out: Output, stdin: IO[str]) -> int:
    """Show the redemption's rollback, or say it has none."""
    redemption_id: str = args.id
    result = vf.find_rollback(redemption_id)
    if result is None:
        if out.json_lines:
            out.emit({"command": NAME, "id": redemption_id, "rolled_back": False})
        else:
            out.line(f"{redemption_id} is not rolled back")
        return EXIT_NOT_ROLLED_BACK
    if out.json_lines:
        out.emit({"command": NAME, "id": redemption_id, "rolled_back": True, **result.to_dict()})
    else:
        show_rollback(out, result, what=NAME, target=redemption_id, verb="Rollback of")
    return EXIT_OK
