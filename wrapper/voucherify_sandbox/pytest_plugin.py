"""pytest fixture `voucherify_sandbox`: a started Sandbox per test, on the default catalog, with faults enabled.

Override the `voucherify_sandbox_options` fixture to pass other `Sandbox(...)` arguments, e.g. your own catalog:

    @pytest.fixture
    def voucherify_sandbox_options():
        return {"vouchers": [{"code": "MY-GIFT", "gift": {"amount": 5000}}]}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:  # imported in the fixture: a pytest run that never asks for it loads nothing of the sandbox
    from .instance import Sandbox


@pytest.fixture
def voucherify_sandbox_options() -> dict[str, Any]:
    """Keyword arguments for the `voucherify_sandbox` fixture's `Sandbox(...)`; empty by default."""
    return {}


@pytest.fixture
def voucherify_sandbox(voucherify_sandbox_options: dict[str, Any]) -> Iterator[Sandbox]:
    """A running sandbox (default catalog, faults on), stopped after the test."""
    from .instance import Sandbox

    options = {"faults": True, **voucherify_sandbox_options}
    with Sandbox(**options) as sandbox:
        yield sandbox
