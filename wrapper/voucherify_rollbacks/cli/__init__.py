"""The `voucherify-rollbacks` command (the `[cli]` extra; also `python -m voucherify_rollbacks`): roll back,
inspect and list against a real account, with credentials from `VOUCHERIFY_*` or `--env-file`.

The package sees the SDK only through `voucherify_rollbacks`' public names. rich and python-dotenv are imported
inside the commands that use them, so importing the CLI (or the SDK) never loads them.
"""

from .router import main

__all__ = ["main"]
