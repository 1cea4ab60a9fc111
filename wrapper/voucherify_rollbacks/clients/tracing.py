"""OpenTelemetry spans from the hooks (the `[otel]` extra, `opentelemetry-api`): one span per SDK call, named
`voucherify <operation>`, with one child span per attempt following the HTTP client semantic conventions
(`http.request.method`, `url.full` without the query, `server.address`, `server.port`, `http.response.status_code`,
`http.request.resend_count`, `error.type`). The call's span carries the operation, the redemption id of its path,
the request ids, the number of attempts, the retry reasons (also as `retry` events), recovery look-ups (as events)
and the outcome (`ok`, `recovered`, or the error's class name).

Nothing here is imported by the package: `opentelemetry_hooks()` loads OpenTelemetry when called, so an application
without it (or not asking for spans) pays nothing. Spans hold what the hook events hold: never a header, a body, a
query or a credential.
"""

from __future__ import annotations

import threading
import time
from typing import Any
from urllib.parse import urlsplit

from .._version import __version__
from ..core.events import AnswerReceived, AttemptStarted, CallFinished, Hooks, RecoveryLookup, RetryScheduled
from ..errors import ConfigurationError


def opentelemetry_hooks(tracer_provider: Any = None) -> Hooks:
    """Hooks that record each call as OpenTelemetry spans, with the global tracer provider or `tracer_provider`.
    Pass them as `Voucherify(hooks=opentelemetry_hooks())`. ConfigurationError when opentelemetry-api is missing
    (`pip install 'voucherify-rollbacks[otel]'`)."""
    try:
        from opentelemetry import trace
    except ImportError as missing:
        raise ConfigurationError(
            "opentelemetry_hooks() needs opentelemetry-api: pip install 'voucherify-rollbacks[otel]'"
        ) from missing
    tracer = trace.get_tracer("voucherify_rollbacks", __version__, tracer_provider=tracer_provider)
    spans = _Spans(tracer, trace)
    return Hooks(
        before_attempt=spans.attempt,
        after_answer=spans.answer,
        on_retry=spans.retry,
        on_lookup=spans.lookup,
        on_outcome=spans.finish,
    )


class _Call:
    def __init__(self, span: Any) -> None:
        self.span = span
        self.attempt: Any = None
        self.reasons: list[str] = []


class _Spans:
    """The open spans of the calls in flight, by call id (a call's entry goes when it finishes)."""

    def __init__(self, tracer: Any, trace: Any) -> None:
        self._tracer, self._trace = tracer, trace
        self._calls: dict[int, _Call] = {}
        self._lock = threading.Lock()

    def _call(self, call_id: int, operation: str, elapsed: float, path: str = "") -> _Call:
        with self._lock:
            found = self._calls.get(call_id)
            if found is None:
                attributes: dict[str, Any] = {"voucherify.operation": operation}
                redemption = _redemption_id(path)
                if redemption:
                    attributes["voucherify.redemption_id"] = redemption
                span = self._tracer.start_span(
                    f"voucherify {operation}",
                    kind=self._trace.SpanKind.INTERNAL,
                    start_time=time.time_ns() - int(elapsed * 1e9),
                    attributes=attributes,
                )
                found = self._calls[call_id] = _Call(span)
            return found

    def attempt(self, event: AttemptStarted) -> None:
        call = self._call(event.call_id, event.operation, event.elapsed, event.path)
        parts = urlsplit(event.url)
        attributes: dict[str, Any] = {"http.request.method": event.method, "url.full": event.url}
        if parts.hostname:
            attributes["server.address"] = parts.hostname
            attributes["server.port"] = parts.port or (443 if parts.scheme == "https" else 80)
        if event.attempt > 1:
            attributes["http.request.resend_count"] = event.attempt - 1
        context = self._trace.set_span_in_context(call.span)
        call.attempt = self._tracer.start_span(
            event.method, context=context, kind=self._trace.SpanKind.CLIENT, attributes=attributes
        )

    def answer(self, event: AnswerReceived) -> None:
        call = self._calls.get(event.call_id)
        if call is None or call.attempt is None:
            return
        span, call.attempt = call.attempt, None
        if event.status_code is not None:
            span.set_attribute("http.response.status_code", event.status_code)
        if event.request_id:
            span.set_attribute("voucherify.request_id", event.request_id)
        failure = event.error or (str(event.status_code) if (event.status_code or 0) >= 400 else None)
        if failure:
            span.set_attribute("error.type", failure)
            span.set_status(self._trace.Status(self._trace.StatusCode.ERROR))
        span.end()

    def retry(self, event: RetryScheduled) -> None:
        call = self._calls.get(event.call_id)
        if call is not None:
            call.reasons.append(event.reason)
            call.span.add_event("retry", {"reason": event.reason, "delay": event.delay, "attempt": event.attempt})

    def lookup(self, event: RecoveryLookup) -> None:
        call = self._call(event.call_id, event.operation, event.elapsed)
        call.span.add_event("recovery_lookup", {"redemption_id": event.redemption_id, "reason": event.reason})

    def finish(self, event: CallFinished) -> None:
        call = self._call(event.call_id, event.operation, event.elapsed)
        with self._lock:
            self._calls.pop(event.call_id, None)
        if call.attempt is not None:  # an attempt the call stopped waiting for
            call.attempt.end()
        span = call.span
        outcome = event.error or ("recovered" if event.recovered else "ok")
        span.set_attribute("voucherify.outcome", outcome)
        span.set_attribute("voucherify.attempts", event.attempts)
        if event.request_ids:
            span.set_attribute("voucherify.request_ids", list(event.request_ids))
        if call.reasons:
            span.set_attribute("voucherify.retry_reasons", call.reasons)
        if event.error:
            span.set_attribute("error.type", event.error)
            span.set_status(self._trace.Status(self._trace.StatusCode.ERROR))
        span.end()


def _redemption_id(path: str) -> str | None:
    parts = path.strip("/").split("/")
    if len(parts) >= 3 and parts[:2] == ["v1", "redemptions"] and parts[2]:
        return parts[2]
    return None
