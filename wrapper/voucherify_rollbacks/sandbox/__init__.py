"""A local Voucherify-compatible Redemptions API (redeem, rollback, get, list) on SQLite, for demos and tests."""

from .catalog import default_catalog
from .instance import Sandbox

__all__ = ["Sandbox", "default_catalog"]
