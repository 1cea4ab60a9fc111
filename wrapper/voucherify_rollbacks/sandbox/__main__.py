"""`python -m voucherify_rollbacks.sandbox [--port …]`."""

import sys

from .cli import main

sys.exit(main())
