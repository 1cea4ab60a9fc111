"""The `voucherify-rollbacks` command (also `python -m voucherify_rollbacks`).

Operator commands run against a real account (credentials from VOUCHERIFY_* or --env-file); `demo` and `sandbox`
run locally with no credentials.
"""

from __future__ import annotations

import argparse
import sys

from ._version import __version__

_LOCAL = {
    "demo": "redeem a stack on a local sandbox, roll it back, show balances and a second rollback's refusal",
    "sandbox": "serve a local Voucherify-compatible Redemptions API (see: voucherify-rollbacks sandbox --help)",
}


def usage() -> str:
    """The top-level help: every command, the exit codes."""
    from .commands import COMMANDS, epilog

    width = max(len(name) for name in [*COMMANDS, *_LOCAL])
    lines = ["voucherify-rollbacks [--version] COMMAND [options]   (COMMAND --help for its options)", ""]
    lines.append("against your Voucherify account (VOUCHERIFY_APP_ID / VOUCHERIFY_APP_TOKEN, or --env-file):")
    lines += [f"  {name.ljust(width)}  {summary}" for name, (summary, _) in COMMANDS.items()]
    lines += ["", "local, no credentials:"]
    lines += [f"  {name.ljust(width)}  {summary}" for name, summary in _LOCAL.items()]
    return "\n".join(lines) + "\n\n" + epilog() + "\n"


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    args = sys.argv[1:] if argv is None else list(argv)
    if not args or args[0] in ("-h", "--help", "help"):
        print(usage(), end="")
        return 0 if args else 2
    if args[0] in ("--version", "-V", "version"):
        print(f"voucherify-rollbacks {__version__}")
        return 0
    command, rest = args[0], args[1:]
    # Each command imports what it needs only when chosen: the sandbox and the demo are not part of the SDK core.
    if command == "demo":
        from .demo import main as demo_main

        parser = argparse.ArgumentParser(prog="voucherify-rollbacks demo", description="The guided tour.")
        parser.parse_args(rest)
        from .sandbox.errors import MissingExtraError

        try:
            return demo_main()
        except MissingExtraError as missing:  # the demo runs on the sandbox, whose server is an extra
            print(f"voucherify-rollbacks demo: {missing}", file=sys.stderr)
            return 2
    if command == "sandbox":
        from .sandbox.cli import main as sandbox_main

        return sandbox_main(rest)
    from .commands import COMMANDS, run

    if command in COMMANDS:
        return run(command, rest)
    print(f"voucherify-rollbacks: unknown command {command!r}\n\n{usage()}", end="", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
