"""Fixtures of the client tests: a clean VOUCHERIFY_* environment, the SDK logger restored, and a scripted API."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from tests.support.scripted_api import ScriptedAPI

ENV_NAMES = (
    "VOUCHERIFY_APP_ID",
    "VOUCHERIFY_APP_TOKEN",
    "VOUCHERIFY_BEARER_TOKEN",
    "VOUCHERIFY_BASE_URL",
    "VOUCHERIFY_CLUSTER",
    "VOUCHERIFY_LOG",
)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The developer's own credentials or log switch must not leak into what a test observes."""
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def restore_sdk_logger() -> Iterator[None]:
    """configure_from_env and every client change the SDK logger; put it back after each test."""
    sdk_logger = logging.getLogger("voucherify_rollbacks")
    handlers, filters, level = list(sdk_logger.handlers), list(sdk_logger.filters), sdk_logger.level
    yield
    sdk_logger.handlers[:] = handlers
    sdk_logger.filters[:] = filters
    sdk_logger.setLevel(level)


@pytest.fixture
def api() -> ScriptedAPI:
    return ScriptedAPI()
