"""Scripted failures for retry and recovery tests: each injected fault hits the next N calls of one operation."""

from __future__ import annotations

import collections
import threading

OPERATIONS = (
    "redeem-stacked-discounts",
    "rollback-stacked-redemptions",
    "rollback-redemption",
    "get-redemption",
    "list-redemptions",
    "oauth-token",  # POST /v1 and /v2/oauth/token
)
# drop-after-commit: state changes, then the socket closes with no response (did my rollback happen?).
# reset-before: the connection is reset before anything is applied. 429/500/502/503: answered, nothing applied.
# delay:SECONDS waits before the operation; slow-commit:SECONDS (rollbacks) claims the redemption at once, so reads
# see it not rolled back and a concurrent rollback meets multiple_requests, and commits SECONDS later, even when the
# client is gone by then (a server still processing a request whose client was killed).
FAULTS = ("drop-after-commit", "reset-before", "429", "500", "502", "503")


def check_fault(fault: str) -> str:
    """Accept a fault name, `delay:SECONDS` or `slow-commit:SECONDS`; raise ValueError otherwise."""
    if fault in FAULTS:
        return fault
    if fault.startswith(("delay:", "slow-commit:")):
        try:
            seconds = float(fault.split(":", 1)[1])
        except ValueError:
            seconds = -1.0
        if 0 <= seconds <= 60:
            return fault
    allowed = ", ".join(FAULTS)
    raise ValueError(f"unknown fault {fault!r}; use one of {allowed}, delay:SECONDS or slow-commit:SECONDS (0-60)")


class FaultPlan:
    """FIFO queues of faults per operation; thread-safe, each request consumes at most one fault."""

    def __init__(self) -> None:
        self._queues: dict[str, collections.deque[str]] = {op: collections.deque() for op in OPERATIONS}
        self._lock = threading.Lock()

    def inject(self, operation_id: str, fault: str, times: int = 1) -> None:
        if operation_id not in self._queues:
            raise ValueError(f"unknown operation {operation_id!r}; use one of {', '.join(OPERATIONS)}")
        if times < 1:
            raise ValueError("times must be >= 1")
        fault = check_fault(fault)
        with self._lock:
            self._queues[operation_id].extend([fault] * times)

    def take(self, operation_id: str) -> str | None:
        with self._lock:
            queue = self._queues.get(operation_id)
            return queue.popleft() if queue else None

    def pending(self) -> dict[str, list[str]]:
        with self._lock:
            return {op: list(queue) for op, queue in self._queues.items() if queue}

    def clear(self) -> None:
        with self._lock:
            for queue in self._queues.values():
                queue.clear()
