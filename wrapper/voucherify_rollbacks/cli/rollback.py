"""`rollback-stacked ID` and `rollback ID`: roll back one redemption (a stack's parent with all its children, or a
single one); `--dry-run` shows what would be rolled back with reads only. One module: the two differ only in the
SDK method they call."""

from __future__ import annotations

import argparse
from typing import IO, TYPE_CHECKING

from voucherify_rollbacks import ConfigurationError, Voucherify

from .command import add_command, add_rollback_options
from .output import EXIT_OK, EXIT_OTHER, EXIT_USAGE, RECORD_HEADERS, Output, confirm, record_row, show_rollback
from .settings import add_connection_options

if TYPE_CHECKING:
    from .command import Subparsers

_STACKED = "rollback-stacked"
# A redemption id to try them on: `list --object redemption` (a stack's parent reads "(the stack)").
EXAMPLES = {
    _STACKED: [
        f"{_STACKED} r_PARENT_ID --dry-run",
        f'{_STACKED} r_PARENT_ID --reason "order canceled"',
        f"{_STACKED} r_PARENT_ID --json",
    ],
    "rollback": ["rollback r_ID --dry-run", "rollback r_ID --reason duplicate --tracking-id ops-42"],
}


def register(subparsers: Subparsers) -> None:
    """Add `rollback-stacked` and `rollback`."""
    summaries = {
        _STACKED: "roll back a stacked redemption and all its children",
        "rollback": "roll back a single (not stacked) redemption",
    }
    for name, summary in summaries.items():
        parser = add_command(subparsers, name, summary, run, examples=EXAMPLES[name])
        parser.add_argument("id", help="the redemption id (r_...): for rollback-stacked, the stack's parent")
        add_rollback_options(parser)
        add_connection_options(parser)


def run(vf: Voucherify, args: argparse.Namespace, out: Output, stdin: IO[str]) -> int:
    """Roll back `args.id` (or, with --dry-run, show what that would do)."""
    redemption_id: str = args.id
    if args.dry_run:
        return dry_run(vf, out, redemption_id)
    if not confirm(yes=args.yes, base_url=vf.base_url, action=f"roll back {redemption_id}", stdin=stdin):
        return EXIT_USAGE
    if args.command == _STACKED:
        result = vf.rollback_stacked(redemption_id, reason=args.reason, tracking_id=args.tracking_id)
    else:
        result = vf.rollback(redemption_id, reason=args.reason, tracking_id=args.tracking_id)
    show_rollback(out, result, what=args.command, target=redemption_id)
    return EXIT_OK if result.ok else EXIT_OTHER


def dry_run(vf: Voucherify, out: Output, redemption_id: str) -> int:
    """Show what a rollback of `redemption_id` would touch, with reads only."""
    from voucherify_rollbacks import Redemption, child_ids, rollback_ids

    item = vf.get_redemption(redemption_id)
    if not isinstance(item, Redemption):
        raise ConfigurationError(f"{redemption_id} is a rollback, not a redemption: there is nothing to roll back")
    children = [vf.get_redemption(child) for child in child_ids(item)]
    rolled_back = [i for i in rollback_ids(item) if not i.startswith("rrf_")]
    if out.json_lines:
        out.emit(
            {
                "command": "dry-run",
                "id": redemption_id,
                "would_roll_back": not rolled_back and item.result == "SUCCESS",
                "already_rolled_back_by": rolled_back or None,
                "redemption": item.to_dict(),
                "children": [child.to_dict() for child in children],
            }
        )
        return EXIT_OK
    out.table(
        f"Dry run: {redemption_id} and its children (nothing is sent)",
        RECORD_HEADERS,
        [record_row(item)] + [record_row(child) for child in children],
    )
    if rolled_back:
        out.line(f"already rolled back by {', '.join(rolled_back)}: a rollback would be refused")
    elif item.result != "SUCCESS":
        out.line(f"this redemption's result is {item.result}: there is nothing to roll back")
    else:
        out.line(f"would roll back {redemption_id}" + (f" and its {len(children)} children" if children else ""))
    return EXIT_OK
