"""A webhook receiver: verify each event's signature over the raw body, act on each event once.

The sandbox sends Voucherify's redemption webhooks (signed, retried, sometimes twice) to a receiver served here on
127.0.0.1; the receiver answers 401 to a bad signature and 204 otherwise, and counts each event id once.
Run: python examples/webhook_verify.py
"""

import json
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from voucherify_rollbacks import WebhookSignatureError
from voucherify_rollbacks.webhooks import SQLiteEventStore, signature_header, verify_signature

SECRET = "whsec-example"  # the webhook's secret, as Voucherify's dashboard shows it
handled: list[str] = []


def receive(body: bytes, headers: dict[str, str], seen: SQLiteEventStore) -> int:
    """The status to answer a webhook POST with (any framework: pass the raw body bytes, never re-encoded JSON)."""
    try:
        verify_signature(body, signature_header(headers), [SECRET])
    except WebhookSignatureError:
        return 401  # missing, empty, malformed or wrong signature: never a silent pass
    event = json.loads(body)
    if seen.first_time(event["event"]["id"]):  # a retried or duplicated delivery is acted on once
        handled.append(event["event"]["type"])
    return 204


def serve(seen: SQLiteEventStore) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            self.send_response(receive(body, dict(self.headers.items()), seen))
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:  # quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


if __name__ == "__main__":
    from voucherify_sandbox import Sandbox

    with tempfile.TemporaryDirectory() as folder:
        seen = SQLiteEventStore(str(Path(folder) / "webhook-events.db"))
        receiver = serve(seen)
        with Sandbox(webhook_time_factor=0.001) as sb, sb.client() as vf:
            sb.add_webhook(f"http://127.0.0.1:{receiver.server_address[1]}/webhooks", SECRET, duplicate=True)
            stack = vf.redeem(["GIFT-100", "SAVE10"], order={"amount": 20000})
            assert stack.redemption_id is not None
            vf.rollback_stacked(stack.redemption_id, reason="Order canceled")
            deadline = time.monotonic() + 10
            while len(handled) < 4 and time.monotonic() < deadline:  # two redemptions, two rollbacks
                time.sleep(0.05)
        receiver.shutdown()
    for event_type in handled:
        print(event_type)
