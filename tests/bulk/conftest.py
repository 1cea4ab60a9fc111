"""Fixtures of the bulk tests: a sandbox on 127.0.0.1 that counts the requests it answers."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from voucherify_sandbox import Sandbox

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
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def sandbox() -> Iterator[Any]:
    """A running Sandbox (faults on) whose `seen` counts the requests it answered by (method, operation id)."""
    seen: Counter[tuple[str, str]] = Counter()
    lock = threading.Lock()

    def observe(operation_id: Any, method: str, *_: Any) -> None:
        with lock:
            seen[(method, str(operation_id))] += 1

    with Sandbox(faults=True, on_response=observe) as running:
        running.seen = seen  # type: ignore[attr-defined]
        yield running
