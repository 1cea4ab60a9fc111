"""The sandbox as a WSGI application: routing, authentication, faults and Voucherify-shaped responses.

Every answer is JSON with `X-Request-Id` and informational `X-Rate-Limit-*` headers: unknown paths get 404, wrong
methods 405 with `Allow`, and a crash inside an operation becomes a 500 Error body, never a dropped connection. The
only silent closes are the injected faults, which the server carries out (`Cut`). Nothing here touches sockets, so
the HTTP layer (server.py) can be any WSGI server that offers a way to cut a connection.
"""

from __future__ import annotations

import hmac
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qsl, unquote

from .errors import ApiError, invalid_payload
from .faults import FaultPlan
from .ids import request_id
from .oauth import OAUTH_OPERATION, OAUTH_V1_PATH, OAUTH_V2_PATH, TokenIssuer, expired_error
from .operations import Operations
from .ratelimits import PlanWindow
from .strict_json import dumps, loads_request
from .webhooks import Dispatcher

MAX_BODY_BYTES = 1024 * 1024
MAX_TARGET_BYTES = 64 * 1024  # longer request targets are 414, as Voucherify's proxies answer
# Not part of Voucherify's API: the sandbox's own fault-injection endpoint, there only when faults are on.
CONTROL_PATH = "/_sandbox/faults"
WEBHOOKS_PATH = "/_sandbox/webhooks"
CONTROL = "sandbox-control"
RATE_LIMIT_PER_MINUTE = 2000  # Voucherify's Organization plan; headers only, never enforced
_ROUTES: list[tuple[list[str], dict[str, str]]] = [
    # (path segments with "{id}" for the path parameter, {method: operation_id})
    (["v1", "redemptions"], {"GET": "list-redemptions", "POST": "redeem-stacked-discounts"}),
    (["v1", "redemptions", "{id}"], {"GET": "get-redemption"}),
    (["v1", "redemptions", "{id}", "rollbacks"], {"POST": "rollback-stacked-redemptions"}),
    (["v1", "redemptions", "{id}", "rollback"], {"POST": "rollback-redemption"}),
    (["v1", "vouchers", "{id}"], {"GET": "get-voucher"}),
    (["v1", "orders", "{id}"], {"GET": "get-order"}),
    (["v1", "exports"], {"POST": "create-export"}),
    (["v1", "exports", "{id}"], {"GET": "get-export"}),
]
_PROXY_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
    b"<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n"
)
_REASONS = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    404: "Not Found",
    405: "Method Not Allowed",
    408: "Request Timeout",
    413: "Payload Too Large",
    414: "URI Too Long",
    429: "Too Many Requests",
    431: "Request Header Fields Too Large",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}

ResponseObserver = Callable[[str | None, str, str, int, dict[str, str], bytes], None]
# The server's way to cut the connection a request arrived on: reset=True sends a TCP RST, else a plain close.
Cut = Callable[[bool], None]
CUT_KEY = "voucherify_sandbox.cut"


class Credentials:
    """The sandbox's keys: the X-App-Id/X-App-Token pair or a bearer token, compared in constant time; and the
    OAuth tokens `tokens` issued, while they last."""

    def __init__(self, app_id: str, app_token: str, bearer_token: str, tokens: TokenIssuer | None = None) -> None:
        self.app_id, self.app_token, self.bearer_token = app_id, app_token, bearer_token
        self.tokens = tokens

    def expired(self, environ: dict[str, Any]) -> bool:
        """Whether the request carries an OAuth token the sandbox issued that has expired."""
        scheme, _, bearer = (environ.get("HTTP_AUTHORIZATION") or "").partition(" ")
        return scheme.lower() == "bearer" and self.tokens is not None and self.tokens.state(bearer.strip()) == "expired"

    def __repr__(self) -> str:
        return f"Credentials(app_id={self.app_id!r}, app_token=***, bearer_token=***)"

    @staticmethod
    def _same(given: str | None, expected: str) -> bool:
        return given is not None and hmac.compare_digest(given.encode("latin-1", "replace"), expected.encode())

    def accept(self, environ: dict[str, Any]) -> bool:
        app_id, token = environ.get("HTTP_X_APP_ID"), environ.get("HTTP_X_APP_TOKEN")
        if self._same(app_id, self.app_id) and self._same(token, self.app_token):
            return True
        scheme, _, bearer = (environ.get("HTTP_AUTHORIZATION") or "").partition(" ")
        if scheme.lower() != "bearer":
            return False
        if self.tokens is not None and self.tokens.state(bearer.strip()) == "valid":
            return True
        return self._same(bearer.strip(), self.bearer_token)


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
    segments = path.split("/")[1:] if path.startswith("/") else None
    for pattern, methods in _ROUTES:
        if segments is None or len(segments) != len(pattern):
            continue
        ident = None
        for want, got in zip(pattern, segments, strict=True):
            if want == "{id}" and got:
                ident = unquote(got)
            elif want != got:
                break
        else:
            return methods.get(method), ident, sorted(methods)
    return None, None, []


def _is_json(content_type: str) -> bool:
    """application/json, with at most a UTF-8 charset parameter (JSON is UTF-8: RFC 8259 §8.1)."""
    media_type, *parameters = (part.strip().lower() for part in content_type.split(";"))
    charsets = [p.partition("=")[2].strip('"') for p in parameters if p.startswith("charset=")]
    return media_type == "application/json" and all(charset in ("utf-8", "utf8") for charset in charsets)


class Response:
    """A finished answer: status, headers and body bytes."""

    def __init__(
        self, status: int, body: bytes, headers: dict[str, str], stream: Iterable[bytes] | None = None
    ) -> None:
        self.status, self.body, self.headers = status, body, headers
        self.stream = stream  # a body sent as it is made (an export's CSV), chunked; `body` is then empty


class SandboxApp:
    """The WSGI callable. `on_response(operation_id, method, path, status, headers, body)` sees every answer just
    before it is sent, including the server's own refusals of malformed HTTP (see `error_response`)."""

    def __init__(
        self,
        operations: Operations,
        credentials: Credentials,
        faults: FaultPlan | None,
        on_response: ResponseObserver | None,
        *,
        webhooks: Dispatcher | None = None,
        plan: PlanWindow | None = None,
    ) -> None:
        self.operations, self.credentials, self.faults, self.on_response = operations, credentials, faults, on_response
        self.webhooks = webhooks
        self.plan = plan
        self.rate: RateWindow | PlanWindow = plan or RateWindow()

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        method = environ.get("REQUEST_METHOD", "GET")
        # The raw target, as sent: path ids are percent-decoded here, once (PATH_INFO would decode %2F into a "/").
        target = environ.get("REQUEST_URI") or environ.get("PATH_INFO", "")
        path, _, query = target.partition("?")
        try:
            operation_id, response = self._answer(environ, method, path, query)
        except _CutDone:
            start_response("500 Internal Server Error", [("Content-Length", "0")])
            return [b""]  # the connection is already gone; the server discards this
        self.observe(operation_id, method, target, response)
        reason = _REASONS.get(response.status, "Unknown")
        start_response(f"{response.status} {reason}", list(response.headers.items()))
        if method == "HEAD":
            return [b""]
        return response.stream if response.stream is not None else [response.body]

    def observe(self, operation_id: str | None, method: str, target: str, response: Response) -> None:
        if self.on_response is None or operation_id == CONTROL:
            return
        try:
            self.on_response(operation_id, method, target, response.status, response.headers, response.body)
        except Exception:
            traceback.print_exc(file=sys.stderr)

    # answers
    def json_response(self, status: int, payload: Any, *, extra: dict[str, str] | None = None) -> Response:
        return self._response(status, dumps(payload, checked=True).encode(), request_id(), extra=extra)

    def error_response(self, error: ApiError) -> Response:
        req_id = request_id()
        return self._response(error.status, dumps(error.body(req_id)).encode(), req_id, extra=error.headers)

    def _response(
        self,
        status: int,
        body: bytes,
        req_id: str,
        *,
        content_type: str = "application/json",
        extra: dict[str, str] | None = None,
    ) -> Response:
        headers = {"Content-Type": content_type, "Content-Length": str(len(body)), "X-Request-Id": req_id}
        headers.update(self.rate.headers())
        headers.update(extra or {})
        return Response(status, body, headers)

    def _answer(self, environ: dict[str, Any], method: str, path: str, query: str) -> tuple[str | None, Response]:
        if len(path) + len(query) + 1 > MAX_TARGET_BYTES:
            error = ApiError(414, "query_too_large", "Query too large", "The request target is too long.")
            return None, self.error_response(error)
        body = environ["wsgi.input"].read(MAX_BODY_BYTES + 1)  # the server has already refused larger bodies
        if path == CONTROL_PATH and self.faults is not None:
            return CONTROL, self._control_faults(environ, method, body)
        if path == WEBHOOKS_PATH and self.webhooks is not None:
            return CONTROL, self._control_webhooks(environ, method, body)
        if path in (OAUTH_V1_PATH, OAUTH_V2_PATH) and self.credentials.tokens is not None:
            return OAUTH_OPERATION, self._oauth(environ, method, path, body)
        operation_id, ident, allowed = route(method, path)
        if operation_id is None:
            if allowed:
                error = ApiError(405, "method_not_allowed", "Method not allowed", f"{path} allows {', '.join(allowed)}")
                error.headers["Allow"] = ", ".join(allowed)
            else:
                error = ApiError(404, "not_found", "Resource not found", f"No such endpoint: {method} {path}")
            return None, self.error_response(error)
        download = _download_token(operation_id, query)
        if download is not None:  # the download host's request: the token is its only credential
            return operation_id, self._download(ident, download)
        if self.credentials.expired(environ):
            return operation_id, self.error_response(expired_error())
        if not self.credentials.accept(environ):
            error = ApiError(
                401,
                "unauthorized",
                "Unauthorized",
                "Send X-App-Id and X-App-Token, or Authorization: Bearer <token>, matching the sandbox keys.",
            )
            return operation_id, self.error_response(error)
        over = self.plan.admit() if self.plan is not None else None
        if over is not None:
            return operation_id, self.error_response(over)
        if method == "POST" and body.strip() and not _is_json(environ.get("CONTENT_TYPE", "")):
            error = invalid_payload("Send the request body as JSON, with Content-Type: application/json.")
            return operation_id, self.error_response(error)
        fault = self.faults.take(operation_id) if self.faults else None
        if fault:
            early = self._fault_before(environ, fault)
            if early is not None:
                return operation_id, early
        try:
            if operation_id in ("create-export", "get-export"):
                origin = f"{environ.get('wsgi.url_scheme', 'http')}://{environ.get('HTTP_HOST', '')}"
                status, payload = self._export(operation_id, ident, body, origin)
            else:
                status, payload = self.operations.call(
                    operation_id, ident, query, body, commit_delay=_slow_commit(fault)
                )
        except ApiError as refused:
            return operation_id, self.error_response(refused)
        except Exception:  # a bug must still answer in Voucherify's shape, and be visible in the server's stderr
            traceback.print_exc(file=sys.stderr)
            crash = ApiError(500, "internal_error", "Internal server error", "The sandbox failed; see its log.")
            return operation_id, self.error_response(crash)
        if fault == "drop-after-commit":
            self._cut(environ, reset=False)
        # Operation results are built from documents the store checked when it wrote them.
        return operation_id, self.json_response(status, payload)

    def _oauth(self, environ: dict[str, Any], method: str, path: str, body: bytes) -> Response:
        """The token endpoints (see `oauth`), faults included (operation id `oauth-token`)."""
        tokens = self.credentials.tokens
        assert tokens is not None
        if method != "POST":
            error = ApiError(405, "method_not_allowed", "Method not allowed", f"{path} allows POST")
            error.headers["Allow"] = "POST"
            return self.error_response(error)
        fault = self.faults.take(OAUTH_OPERATION) if self.faults else None
        if fault:
            early = self._fault_before(environ, fault)
            if early is not None:
                return early
        try:
            payload = tokens.answer(path, environ, body)
        except ApiError as refused:
            return self.error_response(refused)
        if fault == "drop-after-commit":
            self._cut(environ, reset=False)
        return self.json_response(200, payload)

    def _export(self, operation_id: str, ident: str | None, body: bytes, origin: str) -> tuple[int, Any]:
        exports = self.operations.exports
        if operation_id == "create-export":
            return 200, exports.create(loads_request(body) if body.strip() else {})
        assert ident is not None
        return 200, exports.status(ident, origin)

    def _download(self, ident: str | None, token: str) -> Response:
        assert ident is not None
        try:
            chunks = self.operations.exports.download(ident, token)
        except ApiError as refused:
            return self.error_response(refused)
        headers = {"Content-Type": "text/csv; charset=utf-8", "X-Request-Id": request_id(), **self.rate.headers()}
        return Response(200, b"", headers, stream=chunks)

    def _control_faults(self, environ: dict[str, Any], method: str, body: bytes) -> Response:
        """Fault injection over HTTP, for a sandbox started from the command line with --faults: POST
        {"operation_id", "fault", "times"} adds faults, GET lists the pending ones, DELETE clears them."""
        faults = self.faults
        assert faults is not None
        if not self.credentials.accept(environ):
            return self.error_response(ApiError(401, "unauthorized", "Unauthorized", "Use the sandbox keys."))
        if method == "POST":
            try:
                order = loads_request(body) or {}
                times = order.get("times", 1)
                if not isinstance(times, int) or isinstance(times, bool):
                    raise ValueError("times must be an integer")
                faults.inject(str(order["operation_id"]), str(order["fault"]), times)
            except ApiError as refused:
                return self.error_response(refused)
            except (ValueError, KeyError, TypeError, AttributeError) as problem:
                return self.error_response(ApiError(400, "invalid_payload", "Invalid payload", str(problem)))
        elif method == "DELETE":
            faults.clear()
        elif method != "GET":
            error = ApiError(
                405, "method_not_allowed", "Method not allowed", f"{CONTROL_PATH} allows GET, POST, DELETE"
            )
            error.headers["Allow"] = "DELETE, GET, POST"
            return self.error_response(error)
        return self.json_response(200, {"object": "sandbox_faults", "pending": faults.pending()})

    def _control_webhooks(self, environ: dict[str, Any], method: str, body: bytes) -> Response:
        """Webhook endpoints over HTTP, with the sandbox keys: POST {"url", "secret", and optionally "stacked" and the
        delivery faults} registers one, GET lists them (never their secrets)."""
        webhooks = self.webhooks
        assert webhooks is not None
        if not self.credentials.accept(environ):
            return self.error_response(ApiError(401, "unauthorized", "Unauthorized", "Use the sandbox keys."))
        if method == "POST":
            try:
                order = loads_request(body)
                if not isinstance(order, dict):
                    raise ValueError("expected an object {url, secret, ...}")
                options = {k: v for k, v in order.items() if k not in ("url", "secret")}
                webhooks.register(str(order["url"]), str(order["secret"]), **options)
            except ApiError as refused:
                return self.error_response(refused)
            except (ValueError, KeyError, TypeError) as problem:
                return self.error_response(ApiError(400, "invalid_payload", "Invalid payload", str(problem)))
        elif method != "GET":
            error = ApiError(405, "method_not_allowed", "Method not allowed", f"{WEBHOOKS_PATH} allows GET, POST")
            error.headers["Allow"] = "GET, POST"
            return self.error_response(error)
        listed = [{"id": e.id, "url": e.url, "stacked": e.stacked, "disabled": e.disabled} for e in webhooks.endpoints]
        return self.json_response(200, {"object": "sandbox_webhooks", "endpoints": listed})

    def _fault_before(self, environ: dict[str, Any], fault: str) -> Response | None:
        """Act out a fault that happens before the operation: a Response ends the request, None lets it run."""
        if fault.startswith("delay:"):
            time.sleep(float(fault.split(":", 1)[1]))
            return None
        if fault == "reset-before":
            self._cut(environ, reset=True)  # like a load balancer cutting the connection
        if fault == "502":
            return self._response(502, _PROXY_502, request_id(), content_type="text/html")
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
            return None  # drop-after-commit acts after the operation
        return self.error_response(error)

    @staticmethod
    def _cut(environ: dict[str, Any], *, reset: bool) -> None:
        cut: Cut = environ[CUT_KEY]
        cut(reset)
        raise _CutDone()


def _download_token(operation_id: str | None, query: str) -> str | None:
    """The `token` of a download request (GET /v1/exports/{id}?token=…), else None."""
    if operation_id != "get-export":
        return None
    tokens = [value for name, value in parse_qsl(query, keep_blank_values=True) if name == "token"]
    return tokens[0] if tokens else None


def _slow_commit(fault: str | None) -> float:
    """The seconds a `slow-commit:SECONDS` fault holds a rollback before committing it (0 for any other fault)."""
    return float(fault.split(":", 1)[1]) if fault and fault.startswith("slow-commit:") else 0.0


class _CutDone(Exception):
    """The connection was cut on purpose (an injected fault); nothing is to be sent."""
