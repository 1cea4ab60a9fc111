"""`demo` and `sandbox`: moved to the `voucherify-sandbox` command (the `[sandbox]` extra). They stay here as names
that say where they went, so an old script fails with a pointer instead of "unknown command"."""

from __future__ import annotations

import argparse
import sys
from typing import IO, TYPE_CHECKING

from .command import PROG, Handler
from .output import EXIT_USAGE

if TYPE_CHECKING:
    from .command import Subparsers

# Each moved command and what runs it now.
MOVED = {"demo": "voucherify-sandbox demo", "sandbox": "voucherify-sandbox serve"}


def register(subparsers: Subparsers) -> None:
    """Add `demo` and `sandbox`, which take any arguments and only say where they moved."""
    for name, replacement in MOVED.items():
        summary = f"moved: run `{replacement}`"
        parser = subparsers.add_parser(name, prog=f"{PROG} {name}", help=summary, description=summary, add_help=False)
        parser.set_defaults(handler=_pointer(name, replacement), moved=True)


def _pointer(name: str, replacement: str) -> Handler:
    def handler(args: argparse.Namespace, stdin: IO[str], stdout: IO[str]) -> int:
        print(
            f"{PROG} {name}: moved: run `{replacement}` (pip install 'voucherify-rollbacks[sandbox]')", file=sys.stderr
        )
        return EXIT_USAGE

    return handler
