"""Webhooks as Voucherify sends them (facts §10): after a redeem or a rollback, a signed POST of each event to every
registered endpoint, with Voucherify's envelope, retried on its schedule until a 2xx arrives within 10 s.

Events: `redemption.succeeded` for each redemption a redeem made, `redemption.rollback.succeeded` (or `.failed`)
for each rollback a rollback call made, and `redemption.rollback.failed` for the failed-rollback record a refused
rollback stores (`already_rolled_back`). Voucherify does not document whether a stacked rollback sends one event
per child or one for the parent; this sandbox sends one per child by default (the published examples are per
voucher) and `stacked="parent"` or `"both"` changes that per endpoint. The envelope's `event.group_id` is the request
id of the answer that caused the event, as a receiver needs to tie an event to the call it saw.

Faults per endpoint, for receivers' tests: `duplicate` (send each event twice), `delay` (seconds before the first
send), `reorder` (hold each batch and send it backwards), `drop` (lose the first N sends as if the network did,
which the schedule then retries), `bad_signature` (sign with a wrong key). `time_factor` compresses the retry
schedule (0.001 turns a minute into 60 ms); the 10 s a receiver has to answer stays 10 s.
"""

from __future__ import annotations

import hashlib
import heapq
import hmac
import http.client
import itertools
import json
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .ids import new_id

EVENT_REDEMPTION_SUCCEEDED = "redemption.succeeded"
EVENT_ROLLBACK_SUCCEEDED = "redemption.rollback.succeeded"
EVENT_ROLLBACK_FAILED = "redemption.rollback.failed"
RECEIVE_TIMEOUT = 10.0
# Seconds after each failed send before the next: 1, 2, 4, ... 32 min, 1 h 4 min ... 17 h 4 min, then 24 h.
RETRY_SCHEDULE = (60, 120, 240, 480, 960, 1920, 3840, 7680, 15360, 30720, 61440, 86400)
SIGNATURE_HEADER = "x-voucherify-signature"
STACKED_MODES = ("per_child", "parent", "both")


def compact(payload: Any) -> bytes:
    """The body as sent: compact JSON (so its signed text is the body itself)."""
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()


def sign(body: bytes, secret: str) -> str:
    """Voucherify's signature of a compact JSON body: hex HMAC-SHA256 keyed with the endpoint's secret."""
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


@dataclass
class Endpoint:
    """A registered receiver and its delivery faults."""

    url: str
    secret: str = field(repr=False)
    id: str = field(default_factory=lambda: new_id("wh"))
    stacked: str = "per_child"
    duplicate: bool = False
    delay: float = 0.0
    reorder: bool = False
    drop: int = 0
    bad_signature: bool = False
    failures: int = 0  # consecutive failed sends
    disabled: bool = False

    def __post_init__(self) -> None:
        parsed = urllib.parse.urlsplit(self.url)
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise ValueError(f"a webhook url must be http(s)://host[:port]/path, got {self.url!r}")
        if not isinstance(self.secret, str) or not self.secret:
            raise ValueError("a webhook needs a non-empty secret")
        if self.stacked not in STACKED_MODES:
            raise ValueError(f"stacked must be one of {', '.join(STACKED_MODES)}, got {self.stacked!r}")


@dataclass
class Delivery:
    """One event's send-outs to one endpoint, and what happened to each."""

    endpoint: Endpoint
    event_type: str
    body: bytes
    attempts: list[int | str] = field(default_factory=list)  # each send's HTTP status, or the error's name
    delivered: bool = False


class Dispatcher:
    """Sends events in a background thread on Voucherify's schedule; `deliveries` records every send-out."""

    def __init__(self, project_id: str, *, time_factor: float = 1.0, clock: Callable[[], datetime]) -> None:
        if not time_factor > 0:
            raise ValueError("time_factor must be > 0")
        self.project_id, self.time_factor, self._clock = project_id, time_factor, clock
        self.endpoints: list[Endpoint] = []
        self.deliveries: list[Delivery] = []
        self._queue: list[tuple[float, int, Delivery]] = []
        self._sequence = itertools.count()
        self._wake = threading.Condition()
        self._stopped = False
        self._sending = 0
        self._thread = threading.Thread(target=self._run, name="voucherify-sandbox-webhooks", daemon=True)
        self._thread.start()

    def register(self, url: str, secret: str, **faults: Any) -> Endpoint:
        """Add a receiver (see `Endpoint` for the faults); it gets the events of every later answer."""
        endpoint = Endpoint(url, secret, **faults)
        with self._wake:
            self.endpoints.append(endpoint)
        return endpoint

    def stop(self) -> None:
        """Stop sending; what is still queued is dropped, as it is when a sandbox stops."""
        with self._wake:
            self._stopped = True
            self._wake.notify_all()
        self._thread.join(timeout=5)

    def wait_idle(self, timeout: float) -> bool:
        """Wait until nothing is queued or being sent (retries included); False when `timeout` seconds passed first."""
        end = time.monotonic() + timeout
        with self._wake:
            while self._queue or self._sending:
                left = end - time.monotonic()
                if left <= 0:
                    return False
                self._wake.wait(left)
        return True

    # events from answers -------------------------------------------------------------------------------------------
    def observe(
        self, operation_id: str | None, method: str, target: str, status: int, headers: dict[str, str], body: bytes
    ) -> None:
        """Turn one answer of the sandbox into events for every endpoint (called before the answer is sent)."""
        if not self.endpoints or operation_id not in _EVENTFUL:
            return
        try:
            answer = json.loads(body)
        except ValueError:
            return
        group_id = headers.get("X-Request-Id") or ""
        # One event, one id: every endpoint gets the same `event.id` for it (its own `whs_` send-out id each).
        event_ids: dict[tuple[str, str], str] = {}
        for endpoint in list(self.endpoints):
            if endpoint.disabled:
                continue
            events = list(_events(operation_id, status, answer, endpoint.stacked))
            batch = [
                self._envelope(
                    endpoint, kind, data, entity, group_id, event_ids.setdefault((kind, entity), new_id("evred"))
                )
                for kind, data, entity in events
            ]
            if endpoint.reorder:
                batch.reverse()
            for event_type, payload in batch:
                for _ in range(2 if endpoint.duplicate else 1):
                    self._schedule(Delivery(endpoint, event_type, compact(payload)), endpoint.delay)

    def _envelope(
        self, endpoint: Endpoint, event_type: str, data: dict[str, Any], entity_id: str, group_id: str, event_id: str
    ) -> tuple[str, dict[str, Any]]:
        now = self._clock().isoformat(timespec="milliseconds").replace("+00:00", "Z")
        return event_type, {
            "id": new_id("whs"),
            "project_id": self.project_id,
            "created_at": now,
            "type": event_type,
            "data": data,
            "source": {"id": endpoint.id, "object": "webhook", "target_url": endpoint.url},
            "event": {
                "id": event_id,
                "type": event_type,
                "created_at": now,
                "entity_id": entity_id,
                "group_id": group_id,
                "event_source": {"channel": "API", "api_key": {"name": "sandbox", "app_id": self.project_id}},
            },
        }

    # sending ---------------------------------------------------------------------------------------------------
    def _schedule(self, delivery: Delivery, after: float) -> None:
        with self._wake:
            if delivery not in self.deliveries:
                self.deliveries.append(delivery)
            heapq.heappush(self._queue, (time.monotonic() + after * self.time_factor, next(self._sequence), delivery))
            self._wake.notify_all()

    def _run(self) -> None:
        while True:
            with self._wake:
                while not self._stopped and (not self._queue or self._queue[0][0] > time.monotonic()):
                    timeout = None if not self._queue else max(self._queue[0][0] - time.monotonic(), 0.0)
                    self._wake.wait(timeout)
                if self._stopped:
                    return
                _, _, delivery = heapq.heappop(self._queue)
                self._sending += 1
            try:
                self._send(delivery)
            finally:
                with self._wake:
                    self._sending -= 1
                    self._wake.notify_all()

    def _send(self, delivery: Delivery) -> None:
        endpoint = delivery.endpoint
        if endpoint.drop > 0:
            endpoint.drop -= 1
            outcome: int | str = "dropped"
        else:
            outcome = _post(endpoint, delivery.body, RECEIVE_TIMEOUT)
        delivery.attempts.append(outcome)
        if isinstance(outcome, int) and 200 <= outcome < 300:
            delivery.delivered, endpoint.failures = True, 0
            return
        endpoint.failures += 1
        retries = len(delivery.attempts) - 1
        if retries < len(RETRY_SCHEDULE):
            self._schedule(delivery, RETRY_SCHEDULE[retries])
        else:
            endpoint.disabled = True  # every retry of an event failed: Voucherify disables the webhook


def _post(endpoint: Endpoint, body: bytes, timeout: float) -> int | str:
    parsed = urllib.parse.urlsplit(endpoint.url)
    secret = "not-" + endpoint.secret if endpoint.bad_signature else endpoint.secret
    connection_type = http.client.HTTPSConnection if parsed.scheme == "https" else http.client.HTTPConnection
    connection = connection_type(parsed.hostname or "", parsed.port, timeout=timeout)
    path = (parsed.path or "/") + (f"?{parsed.query}" if parsed.query else "")
    headers = {"Content-Type": "application/json", SIGNATURE_HEADER: sign(body, secret), "User-Agent": "Voucherify"}
    try:
        connection.request("POST", path, body=body, headers=headers)
        return connection.getresponse().status
    except (OSError, http.client.HTTPException) as error:
        return type(error).__name__
    finally:
        connection.close()


_EVENTFUL = frozenset({"redeem-stacked-discounts", "rollback-stacked-redemptions", "rollback-redemption"})


def _events(operation_id: str, status: int, answer: Any, stacked: str) -> list[tuple[str, dict[str, Any], str]]:
    """(type, data, entity id) of each event one answer causes."""
    if not isinstance(answer, dict):
        return []
    if operation_id == "redeem-stacked-discounts":
        if status != 200:
            return []
        return [
            (EVENT_REDEMPTION_SUCCEEDED, _data(item, answer.get("order"), redemption=item), str(item.get("id")))
            for item in answer.get("redemptions") or []
            if isinstance(item, dict)
        ]
    if status == 400 and answer.get("key") == "already_rolled_back":
        failed = {"id": answer.get("resource_id"), "object": "redemption_rollback", "result": "FAILURE"}
        failed.update(status="FAILED", failure_code="already_rolled_back")
        return [(EVENT_ROLLBACK_FAILED, {"redemption_rollback": failed}, str(answer.get("resource_id")))]
    if status != 200:
        return []
    children = answer.get("rollbacks") if "rollbacks" in answer else [answer]
    parent = answer.get("parent_rollback")
    chosen = [item for item in children or [] if isinstance(item, dict)]
    if stacked == "parent" and isinstance(parent, dict):
        chosen = [parent]
    elif stacked == "both" and isinstance(parent, dict):
        chosen = [*chosen, parent]
    events = []
    for item in chosen:
        kind = EVENT_ROLLBACK_SUCCEEDED if item.get("result") == "SUCCESS" else EVENT_ROLLBACK_FAILED
        events.append((kind, _data(item, item.get("order") or answer.get("order"), rollback=item), str(item.get("id"))))
    return events


def _data(
    item: dict[str, Any],
    order: Any,
    *,
    redemption: dict[str, Any] | None = None,
    rollback: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The `data` of a redemption event (`EventCustomerRedemption`, plus `redemption_rollback` for a rollback)."""
    simple = {k: item.get(k) for k in ("id", "object", "date", "customer_id", "tracking_id", "amount", "result")}
    simple["metadata"] = item.get("metadata")  # a rollback's metadata as stored (a caller's marker among it)
    simple.update(status=item.get("status"), reason=item.get("reason"), redemption=item.get("redemption"))
    data: dict[str, Any] = {
        "customer": item.get("customer"),
        "order": order if isinstance(order, dict) else None,
        "campaign": None,
        "voucher": item.get("voucher"),
        "holder": None,
        "promotion_tier": item.get("promotion_tier"),
        "promotion_stack": None,
        "redemption": simple if redemption is not None else {"id": item.get("redemption"), "object": "redemption"},
    }
    if rollback is not None:
        data["redemption_rollback"] = simple
    return data
