"""A recording HTTP server on 127.0.0.1: answers each request from a script (by method and path, in order, the last
answer repeating) and records what arrived, headers and body included, for tests over real sockets.

    with RecordingServer() as server:
        server.on("GET", "/v1/anything", (200, {"ok": True}, {"X-Request-Id": "v-1"}))
        ...
        server.requests[0].headers["authorization"]
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

# (status, JSON body or raw bytes, headers); or a function of the recorded request returning one, or "reset" to drop
# the connection without an answer.
Answer = tuple[int, Any, dict[str, str]] | str | Callable[["Recorded"], Any]


@dataclass
class Recorded:
    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes
    extra: dict[str, Any] = field(default_factory=dict)

    def json(self) -> Any:
        return json.loads(self.body)


class RecordingServer:
    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self._script: dict[tuple[str, str], list[Answer]] = {}
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_: Any) -> None:  # quiet
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                recorded = Recorded(
                    self.command, parts.path, parts.query, {k.lower(): v for k, v in self.headers.items()}, body
                )
                answer = server._next(recorded)
                if answer == "reset":
                    self.close_connection = True
                    self.connection.close()
                    return
                if callable(answer):
                    answer = answer(recorded)
                status, payload, headers = answer  # type: ignore[misc]
                data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _handle

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def on(self, method: str, path: str, *answers: Answer) -> RecordingServer:
        self._script[(method, path)] = list(answers)
        return self

    def _next(self, recorded: Recorded) -> Answer:
        with self._lock:
            self.requests.append(recorded)
            answers = self._script.get((recorded.method, recorded.path))
            if not answers:
                return (404, {"code": 404, "key": "not_found", "message": "Resource not found"}, {})
            return answers.pop(0) if len(answers) > 1 else answers[0]

    def __enter__(self) -> RecordingServer:
        self._thread.start()
        return self

    def __exit__(self, *_: Any) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
