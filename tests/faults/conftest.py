"""Fixtures of the fault tests: the sandbox behind a fault-injecting proxy, a clean VOUCHERIFY_* environment, and
runners for the async client under asyncio and trio."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from voucherify_sandbox import Sandbox

from tests.support.fault_helpers import CATALOG
from tests.support.fault_proxy import FaultProxy


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("APP_ID", "APP_TOKEN", "BEARER_TOKEN", "BASE_URL", "CLUSTER", "LOG"):
        monkeypatch.delenv(f"VOUCHERIFY_{name}", raising=False)


@pytest.fixture(autouse=True)
def restore_sdk_logger() -> Iterator[None]:
    sdk_logger = logging.getLogger("voucherify_rollbacks")
    handlers, level = list(sdk_logger.handlers), sdk_logger.level
    yield
    sdk_logger.handlers[:] = handlers
    sdk_logger.setLevel(level)


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(vouchers=CATALOG, promotion_tiers=[]) as sb:
        yield sb


@pytest.fixture
def proxy(sandbox: Sandbox) -> Iterator[FaultProxy]:
    with FaultProxy(sandbox.port) as fault_proxy:
        yield fault_proxy
