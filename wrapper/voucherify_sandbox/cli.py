"""`voucherify-sandbox` (also `python -m voucherify_sandbox`): `serve` a local sandbox, or run the `demo` on one."""

from __future__ import annotations

import argparse
import sys

from voucherify_rollbacks import __version__

from . import serve
from .errors import MissingExtraError

PROG = "voucherify-sandbox"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="A local Voucherify-compatible Redemptions API on SQLite: no credentials needed."
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    serve.add_arguments(
        commands.add_parser(
            "serve",
            help="serve the sandbox until Ctrl-C or SIGTERM (serve --help for its options)",
            description=serve.DESCRIPTION,
        )
    )
    commands.add_parser(
        "demo",
        help="redeem a stack on a local sandbox, roll it back, show balances and a second rollback's refusal",
        description="The guided tour: a stacked redemption and its rollback on an in-process sandbox.",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    args = _parser().parse_args(argv)
    if args.command == "serve":
        return serve.run(args)
    from .demo import main as demo

    try:
        return demo()
    except MissingExtraError as missing:  # the demo runs on a sandbox, whose HTTP server may be missing
        print(f"{PROG} demo: {missing}", file=sys.stderr)
        return 2
