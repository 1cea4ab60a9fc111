"""`python -m voucherify_rollbacks`: the same command line as `voucherify-rollbacks`."""

from .cli import main

raise SystemExit(main())
