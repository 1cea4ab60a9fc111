"""The sandbox sends Voucherify's signed webhooks to a receiver built on the SDK's public API, over real sockets:
signatures verify, `group_id` ties each event to the answer that caused it, duplicates are dropped by the
de-duplication store, a bad signature is refused, lost sends are retried on the (compressed) schedule."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from voucherify_rollbacks import WebhookSignatureError
from voucherify_rollbacks.webhooks import SQLiteEventStore, signature_header, verify_signature
from voucherify_sandbox import Sandbox

STACK = [{"object": "voucher", "id": "SAVE10"}, {"object": "promotion_tier", "id": "promo_SPEND100"}]
ORDER = {"source_id": "order-webhooks", "amount": 20000}
SECRET = "whsec-test-1"


class Receiver:
    """An HTTP receiver on 127.0.0.1 that verifies each POST with the public API and de-duplicates by event id."""

    def __init__(self, store: SQLiteEventStore, *, secrets: list[str]) -> None:
        self.events: list[dict[str, Any]] = []
        self.refused: list[str] = []
        self.duplicates = 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                try:
                    verify_signature(body, signature_header(dict(self.headers)), secrets)
                except WebhookSignatureError as refused:
                    receiver.refused.append(refused.reason)
                    self.send_response(401)
                    self.end_headers()
                    return
                event = json.loads(body)
                if store.first_time(event["event"]["id"]):
                    receiver.events.append(event)
                else:
                    receiver.duplicates += 1
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hooks/voucherify"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver(tmp_path: Path) -> Iterator[Receiver]:
    found = Receiver(SQLiteEventStore(str(tmp_path / "seen.db")), secrets=["old-secret", SECRET])
    yield found
    found.close()


def _redeem_and_roll_back(sandbox: Sandbox) -> tuple[str, str, str]:
    with sandbox.client() as vf:
        redeemed = vf.redeem(STACK, order=ORDER, customer={"source_id": "annie@lemon.com"})
        rolled = vf.rollback_stacked(redeemed.redemption_id, reason="Order canceled")
    assert redeemed.request_id and rolled.request_id
    return redeemed.redemption_id, redeemed.request_id, rolled.request_id


def test_redeem_and_stacked_rollback_send_signed_events_tied_to_their_requests(receiver: Receiver) -> None:
    with Sandbox(webhook_time_factor=0.001) as sandbox:
        sandbox.add_webhook(receiver.url, SECRET)
        _, redeem_request, rollback_request = _redeem_and_roll_back(sandbox)
        assert sandbox.wait_for_webhooks(timeout=20)
    by_type: dict[str, list[dict[str, Any]]] = {}
    for event in receiver.events:
        by_type.setdefault(event["type"], []).append(event)
    assert receiver.refused == [] and receiver.duplicates == 0
    assert len(by_type["redemption.succeeded"]) == 2  # one per child redemption of the stack
    rollbacks = by_type["redemption.rollback.succeeded"]
    assert len(rollbacks) == 2  # one per child (the default; see Endpoint.stacked)
    assert {e["event"]["group_id"] for e in by_type["redemption.succeeded"]} == {redeem_request}
    assert {e["event"]["group_id"] for e in rollbacks} == {rollback_request}
    for event in rollbacks:
        assert event["id"].startswith("whs_") and event["event"]["id"].startswith("evred_")
        rollback = event["data"]["redemption_rollback"]
        assert rollback["id"].startswith("rr_") and rollback["reason"] == "Order canceled"
        assert event["event"]["entity_id"] == rollback["id"]
        assert event["source"]["target_url"] == receiver.url


def test_parent_mode_sends_one_event_for_the_stack(receiver: Receiver) -> None:
    with Sandbox(webhook_time_factor=0.001) as sandbox:
        sandbox.add_webhook(receiver.url, SECRET, stacked="parent")
        parent, _, _ = _redeem_and_roll_back(sandbox)
        assert sandbox.wait_for_webhooks(timeout=20)
    rollbacks = [e for e in receiver.events if e["type"] == "redemption.rollback.succeeded"]
    assert [e["data"]["redemption_rollback"]["redemption"] for e in rollbacks] == [parent]


def test_duplicates_are_dropped_by_the_store_and_a_second_rollback_sends_a_failed_event(receiver: Receiver) -> None:
    with Sandbox(webhook_time_factor=0.001) as sandbox:
        sandbox.add_webhook(receiver.url, SECRET, duplicate=True, reorder=True)
        parent, _, _ = _redeem_and_roll_back(sandbox)
        with sandbox.client() as vf, pytest.raises(Exception, match="already_rolled_back"):
            vf.rollback_stacked(parent, max_retries=0)
        assert sandbox.wait_for_webhooks(timeout=20)
    assert receiver.duplicates == len(receiver.events)  # every event arrived twice, acted on once
    failed = [e for e in receiver.events if e["type"] == "redemption.rollback.failed"]
    assert len(failed) == 1 and failed[0]["data"]["redemption_rollback"]["id"].startswith("rrf_")
    assert failed[0]["data"]["redemption_rollback"]["failure_code"] == "already_rolled_back"


def test_a_bad_signature_is_refused_and_retried_until_the_schedule_ends(receiver: Receiver) -> None:
    with Sandbox(webhook_time_factor=0.0001) as sandbox:
        sandbox.add_webhook(receiver.url, SECRET, bad_signature=True)
        with sandbox.client() as vf:
            vf.redeem([{"object": "voucher", "id": "SAVE10"}], order=ORDER)
        assert sandbox.wait_for_webhooks(timeout=60)
        deliveries = sandbox.webhook_deliveries()
    assert receiver.events == [] and receiver.refused
    assert all(
        reason == "the signature does not match the body under any of the secrets given" for reason in receiver.refused
    )
    assert deliveries and all(d.attempts == [401] * 13 and not d.delivered for d in deliveries)


def test_lost_sends_are_retried_and_then_delivered_once(receiver: Receiver) -> None:
    with Sandbox(webhook_time_factor=0.001) as sandbox:
        sandbox.add_webhook(receiver.url, SECRET, drop=3)
        with sandbox.client() as vf:
            vf.redeem([{"object": "voucher", "id": "SAVE10"}], order=ORDER)
        assert sandbox.wait_for_webhooks(timeout=60)
        (delivery,) = sandbox.webhook_deliveries()
    assert delivery.attempts == ["dropped", "dropped", "dropped", 204] and delivery.delivered
    assert len(receiver.events) == 1


def test_webhooks_are_registered_over_http_with_the_sandbox_keys(receiver: Receiver) -> None:
    import httpx

    with Sandbox(webhook_time_factor=0.001) as sandbox:
        url = f"{sandbox.base_url}/_sandbox/webhooks"
        keys = {"X-App-Id": sandbox.app_id, "X-App-Token": sandbox.app_token}
        assert httpx.post(url, json={"url": receiver.url, "secret": SECRET}).status_code == 401
        created = httpx.post(url, json={"url": receiver.url, "secret": SECRET, "stacked": "both"}, headers=keys)
        assert created.status_code == 200 and SECRET not in created.text
        assert httpx.post(url, json={"url": "ftp://x", "secret": SECRET}, headers=keys).status_code == 400
        _redeem_and_roll_back(sandbox)
        assert sandbox.wait_for_webhooks(timeout=20)
    rollbacks = [e for e in receiver.events if e["type"] == "redemption.rollback.succeeded"]
    assert len(rollbacks) == 3  # both: each child and the stack's own
