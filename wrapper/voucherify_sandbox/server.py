"""HTTP for the sandbox: waitress, a maintained pure-Python WSGI server, with the limits a hostile client meets.

Why waitress (measured against cheroot, uvicorn and hypercorn; figures in bench/README.md): one I/O thread reads
every connection without blocking and hands only complete requests to a pool of worker threads, so slow or stalled
clients cost a socket, never a thread; it parses HTTP strictly (chunk sizes must be hex, a chunked body counts
against the size limit as it arrives); it has no dependencies and installs in under 0.5 MB.

What this module adds on top, through waitress's documented class seams (parser, channel, task and error task
classes; the server's `maintenance` hook):

- `REQUEST_DEADLINE`: a request must arrive whole (headers and body) within `io_timeout` seconds of its first byte,
  else it is answered 408 `request_timeout` and the connection closed. Idle keep-alive connections close after the
  same time (rounded up to whole seconds: waitress's own idle timer).
- Listen backlog `LISTEN_BACKLOG`, bodies over `MAX_BODY_BYTES` refused 413 whether sized or chunked (waitress stops
  reading at the limit, so memory stays bounded for any chunk size).
- waitress's own refusals (malformed request line or headers, bad chunk sizes, oversized headers, unsupported
  transfer codings) as Voucherify Error bodies instead of text/plain.
- `cut()`: the injected faults' connection drop (FIN) and reset (RST), done in the I/O thread.
- Room for new clients: waitress stops accepting at `connection_limit` until an idle connection times out, so 1,000
  idle sockets from one local process made every new client wait ~10 s. Instead, once fewer than
  `SPARE_CONNECTIONS` slots are left, the connections nobody is waiting on are closed to make room, those that never
  sent a byte first, then idle keep-alives, then unfinished requests, oldest activity first (nginx reuses its idle
  keep-alive connections the same way). A connection whose request a worker is serving is never closed.
- A strict framing guard (framing.py) in front of waitress's request parser: ambiguous framing is 400 and a close.
"""

from __future__ import annotations

import contextlib
import heapq
import logging
import math
import socket
import struct
import time
from typing import Any

from .errors import ApiError, MissingExtraError
from .framing import framing_problem
from .http_app import CUT_KEY, MAX_BODY_BYTES, SandboxApp

try:
    from waitress import wasyncore
    from waitress.channel import HTTPChannel
    from waitress.parser import HTTPRequestParser
    from waitress.server import TcpWSGIServer
    from waitress.task import ErrorTask, WSGITask
    from waitress.utilities import BadRequest
    from waitress.utilities import Error as WaitressError
except ImportError as missing:  # pragma: no cover - exercised in a venv without the extra (tests/sandbox)
    raise MissingExtraError("waitress") from missing

LISTEN_BACKLOG = 1024
WORKER_THREADS = 8
CONNECTION_LIMIT = 1000
# Kept free for new clients: once fewer slots are left, the longest-idle connections are closed (see `_make_room`).
SPARE_CONNECTIONS = 50
# Connections accepted per pass of the I/O loop (waitress accepts one): a backlog of a flood drains in a few passes.
ACCEPTS_PER_PASS = 64
MAX_HEADER_BYTES = 128 * 1024  # request line + headers; the app answers 414 for targets over 64 KiB itself
# waitress logs queue depth and disconnects; without a handler Python's last-resort handler would print them.
logging.getLogger("waitress").addHandler(logging.NullHandler())


class _RequestTimeout(WaitressError):  # type: ignore[misc]
    code = 408
    reason = "Request Timeout"


class _PayloadTooLarge(WaitressError):  # type: ignore[misc]
    code = 413
    reason = "Payload Too Large"


class _FramingRefused(Exception):
    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status, self.detail = status, detail


class _Parser(HTTPRequestParser):  # type: ignore[misc]
    """Remembers when the request's first byte arrived (waitress creates one parser per request), and is the strict
    framing guard: `framing.framing_problem` sees the raw head before waitress's own parser does."""

    def __init__(self, adj: Any) -> None:
        super().__init__(adj)
        self.started = time.monotonic()

    def parse_header(self, header_plus: bytes) -> None:
        problem = framing_problem(header_plus)
        if problem is None:
            super().parse_header(header_plus)
            return
        with contextlib.suppress(Exception):  # method and path for the log, when the request line is readable
            super().parse_header(header_plus.split(b"\r\n", 1)[0] + b"\r\n")
        self.body_rcv, self.chunked, self.content_length = None, False, 0
        self.connection_close = True
        raise _FramingRefused(problem.status, problem.detail)

    def received(self, data: bytes) -> int:
        try:
            consumed = int(super().received(data))
        except _FramingRefused as refused:  # raised inside waitress's received(), past its own except clauses
            self.error = (_PayloadTooLarge if refused.status == 413 else BadRequest)(refused.detail)
            self.completed, self.headers_finished = True, True
            return len(data)
        if self.error is not None:
            return len(data)  # a refused request closes its connection: nothing after it is read as a request
        return consumed


class _JsonErrorTask(ErrorTask):  # type: ignore[misc]
    """waitress's refusals of malformed HTTP, answered as Voucherify Error bodies (always closing the connection)."""

    def execute(self) -> None:
        problem = self.request.error
        detail = str(getattr(problem, "body", "") or problem.reason)
        status = int(problem.code)
        if status in (413, 431):
            what = "body" if status == 413 else "request headers"
            error = ApiError(status, "query_too_large", "Query too large", f"The {what} exceed the limit: {detail}")
        elif status == 408:
            error = ApiError(408, "request_timeout", "Request timeout", detail)
        elif status == 500:
            error = ApiError(500, "internal_error", "Internal server error", "The sandbox failed; see its log.")
        else:  # 400 parse errors, and 501 for a transfer coding other than chunked: the client's fault either way
            about_body = any(word in detail.lower() for word in ("content-length", "chunk", "transfer-encoding"))
            key = "invalid_payload" if about_body else "invalid_request"
            error = ApiError(400, key, "Invalid payload" if about_body else "Bad request", detail)
        app: SandboxApp = self.channel.server.sandbox_app
        response = app.error_response(error)
        app.observe(
            None, getattr(self.request, "command", None) or "", getattr(self.request, "path", None) or "", response
        )
        self.status = f"{response.status} {problem.reason if status != 501 else 'Bad Request'}"
        self.response_headers.extend(
            (name, value) for name, value in response.headers.items() if name not in ("Connection", "Content-Length")
        )
        self.set_close_on_finish()
        self.content_length = len(response.body)
        self.write(response.body)


class _Task(WSGITask):  # type: ignore[misc]
    def get_environment(self) -> dict[str, Any]:
        environ: dict[str, Any] = super().get_environment()
        environ[CUT_KEY] = self.channel.cut
        return environ


class _Channel(HTTPChannel):  # type: ignore[misc]
    parser_class = _Parser
    task_class = _Task
    error_task_class = _JsonErrorTask

    spoke = False  # has sent at least one byte

    def received(self, data: bytes) -> bool:
        self.spoke = True
        if self.will_close or self.close_when_flushed or any(request.error for request in self.requests):
            return True  # after a refused request nothing more on this connection is parsed, let alone answered
        return bool(super().received(data))

    def cut(self, reset: bool) -> None:
        """From a worker thread: have the I/O thread close this connection, as waitress closes any (`will_close`),
        and wait until it has. With `reset` the close sends a TCP RST (SO_LINGER 0), like a load balancer cutting it."""
        if reset:
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        with self.outbuf_lock:  # handle_close() notifies this condition once the socket is closed
            self.will_close = True
            self.server.pull_trigger()
            deadline = time.monotonic() + 5
            while self.connected and time.monotonic() < deadline:
                self.outbuf_lock.wait(0.05)


class SandboxServer(TcpWSGIServer):  # type: ignore[misc]
    """The sandbox's waitress server; `serve_forever()` in a thread, `shutdown()` from any other."""

    channel_class = _Channel

    def __init__(self, address: tuple[str, int], app: SandboxApp, io_timeout: float) -> None:
        self.request_deadline, self.sandbox_app, self.stopping = io_timeout, app, False
        super().__init__(
            app,
            host=address[0],
            port=address[1],
            threads=WORKER_THREADS,
            backlog=LISTEN_BACKLOG,
            connection_limit=CONNECTION_LIMIT,
            channel_timeout=max(1, math.ceil(io_timeout)),
            cleanup_interval=0,  # maintenance (deadlines, idle connections) on every pass of the I/O loop
            asyncore_loop_timeout=1,  # ... which runs at least once a second
            asyncore_use_poll=True,  # no select() limit of 1024 descriptors
            max_request_body_size=MAX_BODY_BYTES + 1,  # waitress refuses at >= the limit
            max_request_header_size=MAX_HEADER_BYTES,
            ident="voucherify-sandbox",
            expose_tracebacks=False,
        )

    @property
    def server_address(self) -> tuple[str, int]:
        return str(self.effective_host), int(self.effective_port)

    def maintenance(self, now: float) -> None:
        # Deadlines first: a late request gets its 408 before the idle timer below could close it silently.
        too_old = time.monotonic() - self.request_deadline
        for channel in list(self.active_channels.values()):
            request = channel.request
            if request is None or request.completed or request.started > too_old:
                continue
            with channel.requests_lock:  # hand the unfinished request over as a 408, as received() does
                request.error = _RequestTimeout(
                    f"The request did not arrive within {self.request_deadline:g} s of its first byte."
                )
                request.completed = True
                channel.requests.append(request)
                channel.request = None
                if len(channel.requests) == 1:
                    self.add_task(channel)
        super().maintenance(now)  # idle connections (those without a request in progress)
        self._make_room()

    def _make_room(self) -> None:
        if len(self._map) <= CONNECTION_LIMIT - SPARE_CONNECTIONS:
            return  # the common case, checked on every pass of the I/O loop without looking at any connection
        channels = list(self.active_channels.values())
        closing = sum(1 for channel in channels if channel.will_close)
        excess = len(self._map) - closing - (CONNECTION_LIMIT - SPARE_CONNECTIONS)
        if excess <= 0:
            return
        closable = [
            channel
            for channel in channels
            if not channel.requests and not channel.total_outbufs_len and not channel.will_close
        ]

        def idleness(channel: _Channel) -> tuple[int, float]:
            tier = 0 if not channel.spoke else 1 if channel.request is None else 2
            return tier, channel.last_activity

        for channel in heapq.nsmallest(excess, closable, key=idleness):
            channel.will_close = True  # closed by the I/O thread on its next pass, like waitress's idle timeout

    def handle_accept(self) -> None:
        for _ in range(ACCEPTS_PER_PASS):
            before = len(self._map)
            super().handle_accept()
            if len(self._map) == before or len(self._map) >= CONNECTION_LIMIT:
                return  # nothing left to accept (or a socket error), or full until the next `_make_room`

    def serve_forever(self) -> None:
        self.run()

    def shutdown(self) -> None:
        """Stop the workers, then close the listening socket and every connection (idle keep-alives included) in
        the I/O thread, which then leaves its loop. Workers go first so none can touch a descriptor after it closes."""
        self.task_dispatcher.shutdown(cancel_pending=True, timeout=5)
        self.stopping = True
        with contextlib.suppress(OSError):
            self.pull_trigger()  # wake the loop now; else its next pass (at most a second away) sees `stopping`

    def readable(self) -> bool:
        if self.stopping:
            wasyncore.close_all(self._map)  # in the I/O thread: the loop ends once its map is empty
            return False
        return bool(super().readable())
