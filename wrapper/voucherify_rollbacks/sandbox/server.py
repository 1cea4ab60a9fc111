"""HTTP for the sandbox: routing, authentication, body reading, faults and Voucherify-shaped responses.

Every answer is JSON with `X-Request-Id` and informational `X-Rate-Limit-*` headers, including answers to garbage:
malformed HTTP, bodies over 1 MiB, unknown paths and wrong methods get a 4xx Error body, and a crash inside an
operation becomes a 500 Error body, never a dropped connection. The only silent closes are the injected faults.
"""

from __future__ import annotations

import contextlib
import hmac
import re
import socket
import struct
import sys
import threading
import time
import traceback
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote

from .errors import ApiError
from .faults import FaultPlan
from .ids import request_id
from .operations import Operations
from .strict_json import dumps, loads_request

MAX_BODY_BYTES = 1024 * 1024
# Not part of Voucherify's API: the sandbox's own fault-injection endpoint, there only when faults are on.
CONTROL_PATH = "/_sandbox/faults"
CONTROL = "sandbox-control"
RATE_LIMIT_PER_MINUTE = 2000  # Voucherify's Organization plan; headers only, never enforced
_ROUTES = [
    # (pattern, {method: operation_id}); the id group is the path parameter
    (re.compile(r"^/v1/redemptions$"), {"GET": "list-redemptions", "POST": "redeem-stacked-discounts"}),
    (re.compile(r"^/v1/redemptions/(?P<id>[^/]+)$"), {"GET": "get-redemption"}),
    (re.compile(r"^/v1/redemptions/(?P<id>[^/]+)/rollbacks$"), {"POST": "rollback-stacked-redemptions"}),
    (re.compile(r"^/v1/redemptions/(?P<id>[^/]+)/rollback$"), {"POST": "rollback-redemption"}),
]
_PROXY_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
    b"<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n"
)
_HTTP_ERROR_KEYS = {413: "query_too_large", 414: "query_too_large", 431: "query_too_large", 408: "request_timeout"}

ResponseObserver = Callable[[str | None, str, str, int, dict[str, str], bytes], None]


class Credentials:
    """The sandbox's keys: the X-App-Id/X-App-Token pair or a bearer token, compared in constant time."""

    def __init__(self, app_id: str, app_token: str, bearer_token: str) -> None:
        self.app_id, self.app_token, self.bearer_token = app_id, app_token, bearer_token

    @staticmethod
    def _same(given: str | None, expected: str) -> bool:
        return given is not None and hmac.compare_digest(given.encode("utf-8", "surrogateescape"), expected.encode())

    def accept(self, headers: Any) -> bool:
        if self._same(headers.get("X-App-Id"), self.app_id) and self._same(headers.get("X-App-Token"), self.app_token):
            return True
        scheme, _, token = (headers.get("Authorization") or "").partition(" ")
        return scheme.lower() == "bearer" and self._same(token.strip(), self.bearer_token)


class RateWindow:
    """Counts requests per minute for the informational X-Rate-Limit-Remaining header."""

    def __init__(self) -> None:
        self._minute, self._count = 0, 0
        self._lock = threading.Lock()

    def headers(self) -> dict[str, str]:
        minute = int(time.time() // 60)
        with self._lock:
            if minute != self._minute:
                self._minute, self._count = minute, 0
            self._count += 1
            remaining = max(0, RATE_LIMIT_PER_MINUTE - self._count)
        return {"X-Rate-Limit-Limit": str(RATE_LIMIT_PER_MINUTE), "X-Rate-Limit-Remaining": str(remaining)}


def route(method: str, path: str) -> tuple[str | None, str | None, list[str]]:
    """(operation_id, path id, allowed methods). No operation but allowed methods ⇒ 405; neither ⇒ 404."""
    for pattern, methods in _ROUTES:
        match = pattern.match(path)
        if match:
            ident = unquote(match.group("id")) if "id" in pattern.groupindex else None
            return methods.get(method), ident, sorted(methods)
    return None, None, []


class SandboxServer(ThreadingHTTPServer):
    """A threading HTTP server that remembers its open connections so `stop()` can cut idle keep-alives."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(
        self,
        address: tuple[str, int],
        operations: Operations,
        credentials: Credentials,
        faults: FaultPlan | None,
        on_response: ResponseObserver | None,
        io_timeout: float,
    ) -> None:
        self.operations, self.credentials, self.faults = operations, credentials, faults
        self.on_response, self.io_timeout = on_response, io_timeout
        self.rate = RateWindow()
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, SandboxHandler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        with self._connections_lock:
            connections = list(self._connections)
        for conn in connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)


class SandboxHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive; every response carries Content-Length
    # Buffered writes, flushed once per response: separate small writes for headers and body meet Nagle's algorithm
    # and delayed ACKs and cost ~40 ms per keep-alive request.
    wbufsize = -1
    server_version = "voucherify-sandbox"
    sys_version = ""
    server: SandboxServer

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(self.server.io_timeout)  # a stalled client cannot pin a thread forever
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet by default: tests and the demo print what matters

    # http.server's own refusals (bad request line, oversized headers, unknown method) as Voucherify Error bodies
    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        if self.request_version == "HTTP/0.9":  # unparseable request line: still answer with a status line and headers
            self.request_version = "HTTP/1.0"
        if code == 501:  # unknown HTTP method: a wrong method, from the API's point of view
            self.close_connection = True
            self._send_error(
                ApiError(405, "method_not_allowed", "Method not allowed", f"Method {self.command} is not allowed")
            )
            return
        self.close_connection = True
        key = _HTTP_ERROR_KEYS.get(code, "invalid_request")
        self._send_error(ApiError(code, key, message or "Bad request", explain or message or "Bad request"))

    def _dispatch(self) -> None:
        path, _, query = self.path.partition("?")
        operation_id, ident, allowed = route(self.command, path)
        body = self._read_body()
        if body is None:
            return
        if path == CONTROL_PATH and self.server.faults is not None:
            self._control_faults(body)
            return
        if operation_id is None:
            if allowed:
                error = ApiError(405, "method_not_allowed", "Method not allowed", f"{path} allows {', '.join(allowed)}")
                error.headers["Allow"] = ", ".join(allowed)
            else:
                error = ApiError(404, "not_found", "Resource not found", f"No such endpoint: {self.command} {path}")
            self._send_error(error)
            return
        if not self.server.credentials.accept(self.headers):
            self._send_error(
                ApiError(
                    401,
                    "unauthorized",
                    "Unauthorized",
                    "Send X-App-Id and X-App-Token, or Authorization: Bearer <token>, matching the sandbox keys.",
                ),
                operation_id,
            )
            return
        fault = self.server.faults.take(operation_id) if self.server.faults else None
        if fault and self._fault_before(fault, operation_id):
            return
        try:
            status, payload = self.server.operations.call(operation_id, ident, query, body)
        except ApiError as error:
            self._send_error(error, operation_id)
            return
        except Exception:  # a bug must still answer in Voucherify's shape, and be visible in the server's stderr
            traceback.print_exc(file=sys.stderr)
            self._send_error(
                ApiError(500, "internal_error", "Internal server error", "The sandbox failed; see its log."),
                operation_id,
            )
            return
        if fault == "drop-after-commit":
            self._drop()
            return
        # Operation results are built from documents the store checked when it wrote them.
        self._send(status, dumps(payload, checked=True).encode(), request_id(), operation_id)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = _dispatch

    def do_HEAD(self) -> None:
        self._dispatch()

    def _control_faults(self, body: bytes) -> None:
        """Fault injection over HTTP, for a sandbox started from the command line with --faults: POST
        {"operation_id", "fault", "times"} adds faults, GET lists the pending ones, DELETE clears them."""
        faults = self.server.faults
        assert faults is not None
        if not self.server.credentials.accept(self.headers):
            self._send_error(ApiError(401, "unauthorized", "Unauthorized", "Use the sandbox keys."), CONTROL)
            return
        if self.command == "POST":
            try:
                order = loads_request(body) or {}
                times = order.get("times", 1)
                if not isinstance(times, int) or isinstance(times, bool):
                    raise ValueError("times must be an integer")
                faults.inject(str(order["operation_id"]), str(order["fault"]), times)
            except ApiError as refused:
                self._send_error(refused, CONTROL)
                return
            except (ValueError, KeyError, TypeError, AttributeError) as problem:
                self._send_error(ApiError(400, "invalid_payload", "Invalid payload", str(problem)), CONTROL)
                return
        elif self.command == "DELETE":
            faults.clear()
        elif self.command != "GET":
            error = ApiError(
                405, "method_not_allowed", "Method not allowed", f"{CONTROL_PATH} allows GET, POST, DELETE"
            )
            error.headers["Allow"] = "DELETE, GET, POST"
            self._send_error(error, CONTROL)
            return
        payload = {"object": "sandbox_faults", "pending": faults.pending()}
        self._send(200, dumps(payload).encode(), request_id(), CONTROL)

    def _fault_before(self, fault: str, operation_id: str) -> bool:
        """Act out a fault that happens before the operation; True if the request is finished."""
        if fault.startswith("delay:"):
            time.sleep(float(fault.split(":", 1)[1]))
            return False
        if fault == "reset-before":
            # SO_LINGER 0: close() sends a TCP RST, like a load balancer cutting the connection
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self._drop()
            return True
        if fault == "502":
            self._send(502, _PROXY_502, request_id(), operation_id, content_type="text/html")
            return True
        if fault == "429":
            error = ApiError(
                429, "too_many_requests", "Too many requests", "Too many requests hit the API too quickly."
            )
            error.headers.update({"Retry-After": "1", "X-Rate-Limit-Retry": str(int(time.time()) + 1)})
        elif fault == "503":
            error = ApiError(
                503, "service_unavailable", "Service unavailable", "The service is temporarily unavailable."
            )
            error.headers["Retry-After"] = "1"
        elif fault == "500":
            error = ApiError(500, "internal_error", "Internal server error", "Injected fault.")
        else:
            return False  # drop-after-commit acts after the operation
        self._send_error(error, operation_id)
        return True

    def _drop(self) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)
        self.connection.close()

    def _read_body(self) -> bytes | None:
        """Exactly the declared body (Content-Length or chunked); None if an error was already answered."""
        try:
            if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
                return self._read_chunked()
            declared = self.headers.get("Content-Length")
            if declared is None:
                return b""  # no Content-Length on a request means no body
            length = int(declared)
            if length < 0:
                raise ValueError(declared)
        except ValueError:
            self.close_connection = True
            self._send_error(
                ApiError(400, "invalid_payload", "Invalid payload", "Bad Content-Length or chunked encoding")
            )
            return None
        except _TooLarge:
            return None
        if length > MAX_BODY_BYTES:
            self._too_large()
            return None
        try:
            body = self.rfile.read(length)
        except TimeoutError:
            body = b""
        if len(body) != length:
            self.close_connection = True
            self._send_error(
                ApiError(408, "request_timeout", "Request timeout", "The request body was shorter than Content-Length.")
            )
            return None
        return body

    def _read_chunked(self) -> bytes:
        chunks: list[bytes] = []
        total = 0
        while True:
            size = int(self.rfile.readline(64).split(b";")[0].strip() or b"x", 16)
            if size == 0:
                while self.rfile.readline(1024).strip():  # trailers
                    pass
                return b"".join(chunks)
            total += size
            if total > MAX_BODY_BYTES:
                self._too_large()
                raise _TooLarge()
            chunk = self.rfile.read(size)
            self.rfile.readline(8)
            if len(chunk) != size:
                raise ValueError("truncated chunk")
            chunks.append(chunk)

    def _too_large(self) -> None:
        self.close_connection = True  # the unread body would otherwise be parsed as the next request
        self._send_error(
            ApiError(413, "query_too_large", "Query too large", f"The request body exceeds {MAX_BODY_BYTES} bytes.")
        )

    def _send_error(self, error: ApiError, operation_id: str | None = None) -> None:
        req_id = request_id()
        body = dumps(error.body(req_id)).encode()
        self._send(error.status, body, req_id, operation_id, extra=error.headers)

    def _send(
        self,
        status: int,
        body: bytes,
        req_id: str,
        operation_id: str | None,
        *,
        content_type: str = "application/json",
        extra: dict[str, str] | None = None,
    ) -> None:
        headers = {"Content-Type": content_type, "Content-Length": str(len(body)), "X-Request-Id": req_id}
        headers.update(self.server.rate.headers())
        headers.update(extra or {})
        if self.close_connection:
            headers["Connection"] = "close"
        if self.server.on_response is not None and operation_id != CONTROL:
            # before the write, so an observer has seen the response by the time the client has it
            try:
                self.server.on_response(operation_id, self.command or "", self.path or "", status, headers, body)
            except Exception:
                traceback.print_exc(file=sys.stderr)
        try:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            self.wfile.flush()
        except OSError:
            self.close_connection = True


class _TooLarge(Exception):
    """A chunked body passed the size cap; the 413 has been sent."""
