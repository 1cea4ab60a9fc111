"""`list`: redemptions and rollbacks, every page (past the API's page limit), filtered as the API allows."""

from __future__ import annotations

import argparse
import datetime
from typing import IO, TYPE_CHECKING

from voucherify_rollbacks import Voucherify

from .command import add_command
from .output import EXIT_OK, RECORD_HEADERS, Output, record_row
from .settings import add_connection_options, at_least

if TYPE_CHECKING:
    from .command import Subparsers


def register(subparsers: Subparsers) -> None:
    """Add `list`."""
    examples = [
        "list --limit 20",
        "list --object redemption --result SUCCESS --created-after 2026-01-01",
        "list --object redemption_rollback --json",
        "list --related-object-id ord_ID",
    ]
    parser = add_command(subparsers, "list", "list redemptions and rollbacks, every page", run, examples=examples)
    parser.add_argument("--result", action="append", choices=["SUCCESS", "FAILURE"], help="repeatable")
    parser.add_argument("--campaign", help="campaign name")
    parser.add_argument("--customer", help="customer id or source_id")
    parser.add_argument("--voucher-code")
    parser.add_argument("--parent-redemption-id")
    parser.add_argument("--related-object-id", help="an order id, for example")
    parser.add_argument("--failure-code")
    parser.add_argument("--object", choices=["redemption", "redemption_rollback"])
    parser.add_argument("--created-after", type=_when, metavar="ISO")
    parser.add_argument("--created-before", type=_when, metavar="ISO")
    parser.add_argument("--sort", choices=["created_at", "-created_at"], default="-created_at")
    parser.add_argument("--limit", type=at_least(1), metavar="N", help="stop after N items")
    add_connection_options(parser)


def run(vf: Voucherify, args: argparse.Namespace, out: Output, stdin: IO[str]) -> int:
    """List the items: one JSON line each as they arrive, or one table at the end."""
    limit: int | None = args.limit
    items = vf.redemptions(
        result=args.result or None,
        campaign=args.campaign,
        customer=args.customer,
        created_after=args.created_after,
        created_before=args.created_before,
        order=args.sort,
        # The SDK's filter shortcuts; one left None is not sent.
        voucher_code=args.voucher_code,
        parent_redemption_id=args.parent_redemption_id,
        related_object_id=args.related_object_id,
        failure_code=args.failure_code,
        object=args.object,
    )
    rows: list[list[object]] = []
    for count, item in enumerate(items, start=1):
        if out.json_lines:
            out.emit(item.to_dict())
        else:
            rows.append(record_row(item))
        if limit is not None and count >= limit:
            break
    if not out.json_lines:
        out.table(f"{len(rows)} item(s)", RECORD_HEADERS, rows)
    return EXIT_OK


def _when(text: str) -> datetime.datetime:
    try:
        value = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 date-time: {text!r}") from None
    return value if value.tzinfo else value.replace(tzinfo=datetime.UTC)
