"""A webhook receiver on 127.0.0.1 built on the SDK's public API only: `unwrap` verifies each POST (401 when it
does not), an EventStore drops duplicates by event id, and each accepted request is kept as an event and as a
`received_line` (optionally appended to a file, as a receiver feeding `rollback-many --events FILE` would)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from voucherify_rollbacks import VoucherifyError
from voucherify_rollbacks.webhooks import Event, EventStore, event_id, received_line, unwrap


class Receiver:
    def __init__(self, secrets: list[str], store: EventStore, *, record: Path | None = None) -> None:
        self.events: list[Event] = []
        self.lines: list[str] = []
        self.refused: list[str] = []
        self.duplicates = 0
        self._lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                try:
                    event = unwrap(body, self.headers, secret=secrets)
                except VoucherifyError as refused:
                    with receiver._lock:
                        receiver.refused.append(str(refused))
                    self.send_response(401)
                    self.end_headers()
                    return
                key = event_id(event)
                with receiver._lock:
                    if key is not None and store.first_time(key):
                        receiver.events.append(event)
                        line = received_line(body, self.headers)
                        receiver.lines.append(line)
                        if record is not None:
                            with record.open("a", encoding="utf-8") as file:
                                file.write(line + "\n")
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
