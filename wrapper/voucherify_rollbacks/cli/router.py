"""The `voucherify-rollbacks` command line: one argparse subcommand per command module, each adding itself with
`register(subparsers)`; the router only dispatches (and answers --help and --version itself)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import IO, TYPE_CHECKING

from voucherify_rollbacks import __version__

from .command import PROG, SANDBOX, Handler
from .completion import register as register_completion
from .find_rollback import register as register_find_rollback
from .get import register as register_get
from .list_redemptions import register as register_list_redemptions
from .moved import register as register_moved
from .output import EXIT_USAGE, epilog
from .rollback import register as register_rollback
from .rollback_many import register as register_rollback_many
from .rollback_order import register as register_rollback_order

if TYPE_CHECKING:
    from .command import Subparsers

# In the order --help lists them.
REGISTERS = (
    register_rollback,
    register_rollback_order,
    register_find_rollback,
    register_rollback_many,
    register_get,
    register_list_redemptions,
    register_completion,
    register_moved,
)


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: every command module's subcommands."""
    return _build()[0]


def _build() -> tuple[argparse.ArgumentParser, Subparsers]:
    parser = argparse.ArgumentParser(prog=PROG, add_help=False)
    parser.set_defaults(moved=False, root_parser=parser)  # root_parser: what `completion` completes
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for register in REGISTERS:
        register(subparsers)
    return parser, subparsers


def usage(subparsers: Subparsers) -> str:
    """The top-level help: every command, the exit codes."""
    commands = subparsers.choices
    width = max(len(name) for name in commands)
    here = [name for name, parser in commands.items() if not parser.get_default("moved")]
    lines = [f"{PROG} [--version] COMMAND [options]   (COMMAND --help for its options)", ""]
    lines.append("against your Voucherify account (VOUCHERIFY_APP_ID / VOUCHERIFY_APP_TOKEN, or --env-file):")
    lines += [f"  {name.ljust(width)}  {commands[name].description}" for name in here]
    lines += ["", "try it on a local sandbox:", *(f"  {step}" for step in SANDBOX), f"  {PROG} list --limit 20"]
    lines += ["", "moved to the voucherify-sandbox command (pip install 'voucherify-rollbacks[sandbox]'):"]
    lines += [f"  {name.ljust(width)}  {parser.description}" for name, parser in commands.items() if name not in here]
    return "\n".join(lines) + "\n\n" + epilog() + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    args = sys.argv[1:] if argv is None else list(argv)
    if not args or args[0] in ("-h", "--help", "help"):
        print(usage(_build()[1]), end="")
        return 0 if args else EXIT_USAGE
    if args[0] in ("--version", "-V", "version"):
        print(f"{PROG} {__version__}")
        return 0
    return run(args[0], args[1:])


def run(command: str, argv: Sequence[str], *, stdin: IO[str] | None = None, stdout: IO[str] | None = None) -> int:
    """Run one command with its arguments; returns its exit code. Bad usage exits through argparse (SystemExit 2)."""
    parser, subparsers = _build()
    if command not in subparsers.choices:
        print(f"{PROG}: unknown command {command!r}\n\n{usage(subparsers)}", end="", file=sys.stderr)
        return EXIT_USAGE
    args, extra = parser.parse_known_args([command, *argv])
    if extra and not args.moved:  # a moved command takes anything, to say where it went
        subparsers.choices[command].error(f"unrecognized arguments: {' '.join(extra)}")
    handler: Handler = args.handler
    return handler(args, stdin or sys.stdin, stdout or sys.stdout)
