"""`python -m voucherify_sandbox serve|demo`: the same command line as `voucherify-sandbox`."""

from .cli import main

raise SystemExit(main())
