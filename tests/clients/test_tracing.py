"""OpenTelemetry spans from opentelemetry_hooks(), read from the SDK's in-memory exporter, over real sockets: one span
per call, one child per attempt with the HTTP client attributes, retries and look-ups as events, no secret anywhere;
and no OpenTelemetry import until asked for."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from typing import Any

import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode
from voucherify_rollbacks import NotFoundError, opentelemetry_hooks
from voucherify_sandbox import Sandbox


@pytest.fixture
def exporter() -> InMemorySpanExporter:
    return InMemorySpanExporter()


def _hooks(exporter: InMemorySpanExporter) -> Any:
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    return opentelemetry_hooks(provider)


def test_a_retried_rollback_is_one_call_span_with_two_attempt_spans(exporter: InMemorySpanExporter) -> None:
    with Sandbox(faults=True) as sb, sb.client(hooks=_hooks(exporter), sleep=lambda _: None) as vf:
        parent = vf.redeem(["SAVE10"], order={"amount": 5000}).redemption_id
        assert parent is not None
        exporter.clear()
        sb.inject_fault("rollback-stacked-redemptions", "500")
        vf.rollback_stacked(parent)
        secrets = (sb.app_token, sb.app_id)
        base_url, port = sb.base_url, sb.port
    spans = exporter.get_finished_spans()
    (call,) = [s for s in spans if s.name == "voucherify rollback_stacked"]
    attempts = sorted((s for s in spans if s.parent is not None), key=lambda s: s.start_time or 0)
    assert [s.name for s in attempts] == ["POST", "POST"]
    assert all(s.parent is not None and s.parent.span_id == call.context.span_id for s in attempts)
    assert all(s.kind is SpanKind.CLIENT for s in attempts)
    first, second = (dict(s.attributes or {}) for s in attempts)
    assert (first["http.request.method"], first["http.response.status_code"], first["error.type"]) == (
        "POST",
        500,
        "500",
    )
    assert first["url.full"] == f"{base_url}/v1/redemptions/{parent}/rollbacks" and first["server.port"] == port
    assert second["http.response.status_code"] == 200 and second["http.request.resend_count"] == 1
    assert attempts[0].status.status_code is StatusCode.ERROR
    attributes = dict(call.attributes or {})
    assert attributes["voucherify.operation"] == "rollback_stacked"
    assert attributes["voucherify.redemption_id"] == parent
    assert (attributes["voucherify.outcome"], attributes["voucherify.attempts"]) == ("ok", 2)
    assert len(attributes["voucherify.request_ids"]) == 2  # type: ignore[arg-type]
    assert [e.name for e in call.events] == ["retry"] and attributes["voucherify.retry_reasons"]
    text = repr([(s.name, s.attributes, [e.attributes for e in s.events]) for s in spans])
    assert not [secret for secret in secrets if secret in text]


def test_async_calls_get_their_own_spans_and_a_failure_is_an_error_span(exporter: InMemorySpanExporter) -> None:
    async def run() -> None:
        with Sandbox() as sb:
            async with sb.async_client(hooks=_hooks(exporter)) as avf:
                results = await asyncio.gather(
                    avf.get_redemption("r_missing_1"), avf.get_redemption("r_missing_2"), return_exceptions=True
                )
        assert all(isinstance(r, NotFoundError) for r in results)

    asyncio.run(run())
    calls = [s for s in exporter.get_finished_spans() if s.parent is None]
    assert len(calls) == 2 and {s.name for s in calls} == {"voucherify get_redemption"}
    assert all(s.status.status_code is StatusCode.ERROR for s in calls)
    assert {dict(s.attributes or {})["voucherify.redemption_id"] for s in calls} == {"r_missing_1", "r_missing_2"}


def test_no_opentelemetry_import_until_asked_for() -> None:
    code = (
        "import sys, voucherify_rollbacks\n"
        "vf = voucherify_rollbacks.Voucherify(base_url='http://127.0.0.1:9', app_id='a', app_token='b')\n"
        "assert not [m for m in sys.modules if m.startswith('opentelemetry')], 'imported'\n"
        "voucherify_rollbacks.opentelemetry_hooks()\n"
        "assert 'opentelemetry.trace' in sys.modules\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert run.returncode == 0, run.stderr
