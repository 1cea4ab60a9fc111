"""`completion bash|zsh|fish`: print the shell completion script of the whole command line, made by shtab from the
same argparse parser the commands register on, so it never lists a flag that does not exist."""

from __future__ import annotations

import argparse
import sys
from typing import IO, TYPE_CHECKING

from .command import PROG
from .output import EXIT_OK, EXIT_OTHER

if TYPE_CHECKING:
    from .command import Subparsers

NAME = "completion"
SHELLS = ("bash", "zsh", "fish")
INSTALL = {
    "bash": f"{PROG} {NAME} bash > ~/.local/share/bash-completion/completions/{PROG}",
    "zsh": f"{PROG} {NAME} zsh > ~/.zfunc/_{PROG}   # with fpath+=(~/.zfunc) before compinit in ~/.zshrc",
    "fish": f"{PROG} {NAME} fish > ~/.config/fish/completions/{PROG}.fish",
}


def register(subparsers: Subparsers) -> None:
    """Add `completion`."""
    summary = "print the shell completion script (bash, zsh or fish)"
    lines = "\n".join(f"  {line}" for line in INSTALL.values())
    parser = subparsers.add_parser(
        NAME,
        prog=f"{PROG} {NAME}",
        help=summary,
        description=summary,
        epilog=f"examples (then open a new shell):\n{lines}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("shell", choices=SHELLS)
    parser.set_defaults(handler=_print_script)


def _print_script(args: argparse.Namespace, stdin: IO[str], stdout: IO[str]) -> int:
    try:
        import shtab
    except ImportError:  # pragma: no cover - the cli extra brings it
        sys.stderr.write(f"{PROG} {NAME}: needs shtab: pip install 'voucherify-rollbacks[cli]'\n")
        return EXIT_OTHER
    root: argparse.ArgumentParser = args.root_parser  # set by the router: the whole command line
    stdout.write(shtab.complete(root, shell=args.shell))
    return EXIT_OK
