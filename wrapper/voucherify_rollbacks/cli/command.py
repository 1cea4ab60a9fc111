"""What every operator command shares: the shape of its parser, its client, and the report of the error that ended it.

A command module calls `add_command` from its `register(subparsers)` with the function that runs it; the router
parses the command line and calls the parsed `handler` (a `Handler`), which for an operator command opens the client
with `run_operator`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import IO, TYPE_CHECKING

from voucherify_rollbacks import APIConnectionError, APIError, APITimeoutError, Voucherify, VoucherifyError

from .._constants import ENV_APP_ID, ENV_APP_TOKEN, ENV_BASE_URL, ENV_CLUSTER
from .output import EXIT_OUTCOME_UNKNOWN, EXIT_USAGE, Output, epilog, exit_code_for
from .settings import client_settings

if TYPE_CHECKING:
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]

PROG = "voucherify-rollbacks"

# An operator command: given the open client, its arguments, where to write and where to read a confirmation.
Runner = Callable[[Voucherify, argparse.Namespace, Output, IO[str]], int]
# What the router calls for any parsed command: its arguments, stdin, stdout; returns the exit code.
Handler = Callable[[argparse.Namespace, IO[str], IO[str]], int]


# How to get a sandbox the examples in --help run against as written (the same keys and port every time).
SANDBOX = (
    "voucherify-sandbox serve --port 8799 --app-id demo --app-token demo &",
    f"export {ENV_BASE_URL}=http://127.0.0.1:8799 {ENV_APP_ID}=demo {ENV_APP_TOKEN}=demo",
)


def examples_epilog(examples: Sequence[str]) -> str:
    """The --help epilog: the command's examples, how to run them on a local sandbox, then the exit codes."""
    lines = [f"examples (r_ID, ord_ID: ids from `{PROG} list`):"]
    lines += [f"  {PROG} {example}" for example in examples]
    lines += ["on a local sandbox, first:", *(f"  {step}" for step in SANDBOX)]
    return "\n".join(lines) + "\n\n" + epilog()


def add_command(
    subparsers: Subparsers, name: str, summary: str, runner: Runner, *, examples: Sequence[str]
) -> argparse.ArgumentParser:
    """Register one operator command; the caller adds its own arguments, then `add_connection_options`. `examples`
    are command lines (without the program name) that --help shows."""
    parser = subparsers.add_parser(
        name,
        prog=f"{PROG} {name}",
        help=summary,
        description=summary,
        epilog=examples_epilog(examples),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )

    def handler(args: argparse.Namespace, stdin: IO[str], stdout: IO[str]) -> int:
        return run_operator(runner, name, args, stdin, stdout)

    parser.set_defaults(handler=handler)
    return parser


def add_rollback_options(parser: argparse.ArgumentParser) -> None:
    """The options of the commands that roll back."""
    parser.add_argument("--reason", help="why (stored on the rollback)")
    parser.add_argument("--tracking-id", help="tracking id to record on the rollback")
    parser.add_argument("--dry-run", action="store_true", help="show what would be rolled back, using reads only")
    parser.add_argument("--yes", "-y", action="store_true", help="do not ask before rolling back on a remote host")


def run_operator(runner: Runner, command: str, args: argparse.Namespace, stdin: IO[str], stdout: IO[str]) -> int:
    """Open the client and run one operator command; an error that ends it is printed (JSON on stdout with --json)
    and becomes the exit code."""
    out = Output(json_lines=args.json, stream=stdout)
    base_url: str | None = None
    try:
        settings = client_settings(
            env_file=args.env_file,
            base_url=args.base_url,
            cluster=args.cluster,
            timeout=args.timeout,
            max_retries=args.max_retries,
        )
        with Voucherify(
            app_id=settings.app_id,
            app_token=settings.app_token,
            bearer_token=settings.bearer_token,
            base_url=settings.base_url,
            cluster=settings.cluster,
            timeout=settings.timeout,
            max_retries=settings.max_retries,
            rate_limit_plan=getattr(args, "plan", None),
        ) as vf:
            base_url = vf.base_url
            return runner(vf, args, out, stdin)
    except VoucherifyError as error:
        code = exit_code_for(error)
        message = connection_message(error, base_url) or str(error)
        if out.json_lines:
            target: str | None = getattr(args, "id", None)
            out.emit({"command": command, "id": target, **error.to_dict(), "message": message})
        else:
            sys.stderr.write(f"{PROG} {command}: {type(error).__name__}: {message}\n")
            if isinstance(error, APIError) and error.request_id:
                sys.stderr.write(f"  request id: {error.request_id}\n")
            if code == EXIT_OUTCOME_UNKNOWN:
                sys.stderr.write(f"  the rollback may have been applied: check with `{PROG} get`\n")
        return code
    except ValueError as error:  # an argument the SDK refused before sending (an id with a slash, say), a UsageError
        sys.stderr.write(f"{PROG} {command}: {error}\n")
        return EXIT_USAGE


def connection_message(error: VoucherifyError, base_url: str | None) -> str | None:
    """A connection error in the operator's words: the host, what happened, the flag and variable to check."""
    if not isinstance(error, APIConnectionError) or base_url is None:
        return None
    reason = str(error).removeprefix("connection failed: ")
    reason = reason.split("] ", 1)[-1] if reason.startswith("[Errno") else reason  # "[Errno 111] Connection refused"
    check = f"check --base-url / {ENV_BASE_URL} (or --cluster / {ENV_CLUSTER})"
    if isinstance(error, APITimeoutError):
        return f"no answer from {base_url} in time ({reason}); {check}, or raise --timeout"
    return f"cannot connect to {base_url}: {reason[:1].lower() + reason[1:]}; {check}"
