"""The `voucherify-rollbacks` command: `demo` (the guided tour on a local sandbox) and `sandbox` (serve one)."""

from __future__ import annotations

import argparse
import sys

USAGE = """voucherify-rollbacks COMMAND [options]

commands:
  demo      redeem a stack on a local sandbox, roll it back, show balances and a second rollback's refusal
  sandbox   serve a local Voucherify-compatible Redemptions API (see: voucherify-rollbacks sandbox --help)
"""


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    args = sys.argv[1:] if argv is None else list(argv)
    if not args or args[0] in ("-h", "--help", "help"):
        print(USAGE, end="")
        return 0 if args else 2
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
    print(f"voucherify-rollbacks: unknown command {command!r}\n\n{USAGE}", end="", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
