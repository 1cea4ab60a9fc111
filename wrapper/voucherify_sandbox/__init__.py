"""A local Voucherify-compatible Redemptions API (redeem, rollback, get, list) on SQLite, for demos and tests.

Importing this package is free: `Sandbox` and `default_catalog` load on first use, so the pytest plugin (registered
for every pytest run of an environment with this package installed) costs nothing until a test asks for the fixture.
It is its own distribution, voucherify-rollbacks-sandbox, installed with the SDK's `sandbox` extra
(`pip install 'voucherify-rollbacks[sandbox]'`), and uses only the SDK's public names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .catalog import default_catalog
    from .instance import Sandbox

__all__ = ["Sandbox", "default_catalog"]


def __getattr__(name: str) -> Any:
    if name == "Sandbox":
        from .instance import Sandbox

        return Sandbox
    if name == "default_catalog":
        from .catalog import default_catalog

        return default_catalog
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
