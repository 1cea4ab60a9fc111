"""`rollback-order ID`: roll back every redemption on an order that is not rolled back yet; `--dry-run` shows which,
with reads only."""

from __future__ import annotations

import argparse
from typing import IO, TYPE_CHECKING

from voucherify_rollbacks import Voucherify, order_redemptions

from .command import add_command, add_rollback_options
from .output import EXIT_OK, EXIT_USAGE, OUTCOME_HEADERS, Output, confirm, exit_code_for_outcomes, money, outcome_row
from .settings import add_connection_options

if TYPE_CHECKING:
    from .command import Subparsers

NAME = "rollback-order"


def register(subparsers: Subparsers) -> None:
    """Add `rollback-order`."""
    summary = "roll back every redemption on an order that is not rolled back yet"
    examples = [f"{NAME} ord_ID --dry-run", f'{NAME} ord_ID --reason "order canceled"', f"{NAME} ord_ID --json"]
    parser = add_command(subparsers, NAME, summary, run, examples=examples)
    parser.add_argument("id", help="the order id (ord_...) or its source id")
    add_rollback_options(parser)
    add_connection_options(parser)


def run(vf: Voucherify, args: argparse.Namespace, out: Output, stdin: IO[str]) -> int:
    """Roll back the order's redemptions; exits with the most serious outcome among them."""
    order_id: str = args.id
    if args.dry_run:
        return dry_run(vf, out, order_id)
    if not confirm(
        yes=args.yes, base_url=vf.base_url, action=f"roll back every redemption on order {order_id}", stdin=stdin
    ):
        return EXIT_USAGE
    outcomes = vf.rollback_order(order_id, reason=args.reason, tracking_id=args.tracking_id)
    if out.json_lines:
        for outcome in outcomes:
            out.emit({"command": NAME, **outcome.to_dict()})
    else:
        out.table(f"Order {order_id}: {len(outcomes)} redemption(s)", OUTCOME_HEADERS, map(outcome_row, outcomes))
    return exit_code_for_outcomes(outcomes)


def dry_run(vf: Voucherify, out: Output, order_id: str) -> int:
    """Show what a rollback of an order would touch, with reads only."""
    order = vf.get_order(order_id)
    entries = order_redemptions(order)
    if out.json_lines:
        for entry in entries:
            out.emit(
                {
                    "command": "dry-run",
                    "order_id": order.id,
                    "redemption_id": entry.redemption_id,
                    "would_roll_back": entry.rollback_id is None,
                    "already_rolled_back_by": entry.rollback_id,
                    "children": list(entry.children),
                }
            )
        return EXIT_OK
    rows = [
        [
            e.redemption_id,
            len(e.children) or None,
            "would roll back" if e.rollback_id is None else "already rolled back",
            e.rollback_id,
        ]
        for e in entries
    ]
    out.table(
        f"Dry run: order {order.id} ({order.status}, total {money(order.total_amount)}); nothing is sent",
        ["redemption", "children", "action", "rollback"],
        rows,
    )
    pending = sum(1 for e in entries if e.rollback_id is None)
    out.line(f"would roll back {pending} of {len(entries)} redemption(s) on {order.id}")
    return EXIT_OK
