"""A Flask receiver of Voucherify's webhooks, on voucherify-rollbacks' public API.

Each POST is verified against `x-voucherify-signature` over the raw body (`unwrap`: the secret from
VOUCHERIFY_WEBHOOK_SECRET, or several separated by commas while rotating them), refused with 401 when it does not verify
or is older than a day and an hour (Voucherify retries a webhook for 24 hours, each retry keeping the send-out's
`created_at`), and acted on once per event id across every process sharing the SQLite store (Voucherify sends an
event again until it gets a 2xx within 10 s, and a captured one can be replayed). Each accepted request is appended
to a file as a `received_line`, which `voucherify-rollbacks rollback-many --events FILE` reads to settle a bulk run
whose answers were lost.

    pip install 'voucherify-rollbacks' flask
    VOUCHERIFY_WEBHOOK_SECRET=... python examples/webhook_receiver.py --port 8080 --store seen.sqlite \\
        --record received.jsonl

Behind a production server, use `create_app(...)` as the WSGI application (gunicorn, waitress, ...).
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
from collections.abc import Sequence

from flask import Flask, Response, request
from voucherify_rollbacks import VoucherifyError
from voucherify_rollbacks.webhooks import (
    Event,
    EventStore,
    RedemptionFailedEvent,
    RedemptionSucceededEvent,
    RollbackFailedEvent,
    RollbackSucceededEvent,
    SQLiteEventStore,
    UnknownEvent,
    event_id,
    received_line,
    unwrap,
)

PATH = "/hooks/voucherify"
MAX_AGE = 25 * 60 * 60  # seconds: Voucherify's last retry comes 24 h after the first send-out


def handle(event: Event) -> str:
    """What the application does with each event, once; here, a line saying what happened."""
    # Every field of an event may be missing from a real payload, so each is narrowed before use (a plain truth test
    # does it, whatever the generated classes use for "absent").
    if isinstance(event, RollbackSucceededEvent):
        if event.data and event.data.redemption_rollback:
            return f"rolled back {event.data.redemption_rollback.redemption} by {event.data.redemption_rollback.id}"
        return "rolled back (the event names no rollback)"
    if isinstance(event, RollbackFailedEvent):
        failed = event.data.redemption_rollback if event.data else None
        return f"rollback refused: {failed.failure_code if failed else 'no details'}"
    if isinstance(event, RedemptionSucceededEvent | RedemptionFailedEvent):
        redemption = event.data.redemption if event.data else None
        return f"redemption {redemption.id if redemption else '?'}: {type(event).__name__}"
    assert isinstance(event, UnknownEvent)
    return f"ignored: {event.type}"


def create_app(secret: str | Sequence[str], store: EventStore, *, record: str | None = None) -> Flask:
    """The receiver as a WSGI application: verifies, de-duplicates, acts, records."""
    app = Flask(__name__)
    writing = threading.Lock()

    @app.post(PATH)
    def receive() -> Response:
        body = request.get_data(cache=False)  # the raw bytes: a signature covers these, not parsed JSON
        try:
            event = unwrap(body, request.headers, secret=secret, max_age=MAX_AGE)
        except VoucherifyError as refused:  # bad signature, too old, not JSON: never acted on
            app.logger.warning("webhook refused: %s", refused)
            return Response(status=401)
        key = event_id(event)
        if key is not None and not store.first_time(key):
            return Response(status=204)  # a retry or a replay: acted on already (here or in another process)
        app.logger.info("%s", handle(event))
        if record is not None:
            with writing, open(record, "a", encoding="utf-8") as file:
                file.write(received_line(body, request.headers) + "\n")
        return Response(status=204)  # within Voucherify's 10 s, or it sends the event again

    return app


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080, help="0: any free port (printed)")
    parser.add_argument("--store", default="webhook-events.sqlite", help="SQLite file of the event ids acted on")
    parser.add_argument("--record", help="append each accepted request here, for rollback-many --events")
    args = parser.parse_args(argv)
    secret = os.environ.get("VOUCHERIFY_WEBHOOK_SECRET", "")
    if not secret:
        print("set VOUCHERIFY_WEBHOOK_SECRET to the webhook's secret", file=sys.stderr)
        return 2
    from werkzeug.serving import make_server

    app = create_app(secret.split(","), SQLiteEventStore(args.store), record=args.record)
    server = make_server(args.host, args.port, app, threaded=True)
    print(f"listening on http://{args.host}:{server.port}{PATH}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
