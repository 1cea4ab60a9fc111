"""Shared fixtures for the sandbox tests: every test talks to a real server over 127.0.0.1, and every response the
sandbox sends is checked against openapi.yaml by a session-wide recorder."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from voucherify_sandbox import Sandbox
from voucherify_sandbox.pytest_plugin import voucherify_sandbox, voucherify_sandbox_options  # noqa: F401

# `pytest_plugins` is only honoured in the rootdir conftest, so the plugin's fixtures are imported instead; this also
# works when the package is installed and its pytest11 entry point registers the same plugin.
from tests.support import upstream_schemas
from tests.support.sandbox_helpers import auth_headers, strict_loads

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"
SPEC_URI = "urn:voucherify-openapi"
# The reads a rollback workflow needs that openapi.yaml may not describe: checked against Voucherify's own schemas.
UPSTREAM_ONLY = {
    "get-voucher": ("redemptions.json", "Voucher"),
    "get-order": ("orders.json", "OrdersGetResponseBody"),
    "create-export": ("exports.json", "ExportsCreateResponseBody"),
    "get-export": ("exports.json", "ExportsGetResponseBody"),
}


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


class SchemaRecorder:
    """Validates each response the sandbox sends against its operation's response schema in openapi.yaml
    (Draft 2020-12, refs resolved inside the spec). Undeclared statuses and unrouted requests use `Error`."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.registry = Registry().with_resource(
            SPEC_URI, Resource.from_contents(spec, default_specification=DRAFT202012)
        )
        self.operations: dict[str, dict[str, Any]] = {}
        for path, item in spec["paths"].items():
            for method, operation in item.items():
                if isinstance(operation, dict) and "operationId" in operation:
                    self.operations[operation["operationId"]] = {
                        "pointer": f"#/paths/{_escape(path)}/{method}",
                        **operation,
                    }
        self.validators: dict[str, Draft202012Validator] = {}
        self.checked: list[tuple[str | None, int]] = []
        self.violations: list[str] = []
        self._lock = threading.Lock()

    def schema_pointer(self, operation_id: str | None, status: int) -> str:
        operation = self.operations.get(operation_id or "")
        if operation is not None:
            responses = operation["responses"]
            for key in (str(status), f"{status // 100}XX", "default"):
                if key in responses:
                    pointer, response = f"{operation['pointer']}/responses/{key}", responses[key]
                    if "$ref" in response:
                        pointer = response["$ref"]
                    return f"{pointer}/content/application~1json/schema"
        return "#/components/schemas/Error"

    def validate(self, operation_id: str | None, status: int, body: Any) -> list[str]:
        if operation_id in UPSTREAM_ONLY and operation_id not in self.operations and status == 200:
            return upstream_schemas.problems(*UPSTREAM_ONLY[operation_id], body)
        pointer = self.schema_pointer(operation_id, status)
        validator = self.validators.get(pointer)
        if validator is None:
            validator = Draft202012Validator({"$ref": SPEC_URI + pointer}, registry=self.registry)
            self.validators[pointer] = validator
        return [f"{e.json_path}: {e.message[:300]}" for e in validator.iter_errors(body)]

    def record(
        self, operation_id: str | None, method: str, path: str, status: int, headers: dict[str, str], raw: bytes
    ) -> None:
        where = f"{method} {path[:120]} -> {status} ({operation_id})"
        problems: list[str] = []
        if operation_id == "get-export" and status == 200 and headers.get("Content-Type", "").startswith("text/csv"):
            pass  # an export's download: CSV, streamed (tests/sandbox/test_sandbox_exports.py reads it)
        elif headers.get("Content-Type") != "application/json":
            # the one deliberate exception: the injected 502 is an HTML page from a "proxy"
            if not (status == 502 and headers.get("Content-Type") == "text/html"):
                problems.append(f"Content-Type {headers.get('Content-Type')!r}")
        else:
            try:
                body = strict_loads(raw)
            except ValueError as error:
                body, problems = None, [f"body is not strict JSON: {error}"]
            if body is not None:
                problems += self.validate(operation_id, status, body)
                if status >= 400 and body.get("request_id") != headers.get("X-Request-Id"):
                    problems.append("X-Request-Id differs from the body's request_id")
        for name in ("X-Request-Id", "X-Rate-Limit-Limit", "X-Rate-Limit-Remaining"):
            if name not in headers:
                problems.append(f"missing header {name}")
        with self._lock:
            self.checked.append((operation_id, status))
            self.violations += [f"{where}: {p}" for p in problems]


@pytest.fixture(scope="session")
def schema_recorder() -> SchemaRecorder:
    assert SPEC_PATH.exists(), f"{SPEC_PATH} is missing: responses cannot be checked against the spec"
    return SchemaRecorder(yaml.safe_load(SPEC_PATH.read_text()))


@pytest.fixture(autouse=True)
def _responses_match_spec(schema_recorder: SchemaRecorder) -> Iterator[None]:
    """Fails the test if any response the sandbox sent during it breaks openapi.yaml or the header rules."""
    before = len(schema_recorder.violations)
    yield
    new = schema_recorder.violations[before:]
    assert not new, "responses that do not match openapi.yaml:\n" + "\n".join(new[:20])


@pytest.fixture
def voucherify_sandbox_options(schema_recorder: SchemaRecorder) -> dict[str, Any]:  # noqa: F811 - overrides the plugin's
    return {"on_response": schema_recorder.record}


@pytest.fixture
def sb(voucherify_sandbox: Sandbox) -> Sandbox:  # noqa: F811
    """Short name for the plugin's fixture: a running sandbox on the default catalog with faults on."""
    return voucherify_sandbox


@pytest.fixture
def api(sb: Sandbox) -> Iterator[httpx.Client]:
    """An authenticated keep-alive httpx client for `sb`."""
    with httpx.Client(base_url=sb.base_url, headers=auth_headers(sb), timeout=10) as client:
        yield client


@pytest.fixture
def make_sandbox(schema_recorder: SchemaRecorder) -> Iterator[Callable[..., Sandbox]]:
    """Start extra sandboxes with custom arguments (catalog, clock, db file); all are stopped after the test."""
    started: list[Sandbox] = []

    def make(**kwargs: Any) -> Sandbox:
        sandbox = Sandbox(on_response=schema_recorder.record, **kwargs).start()
        started.append(sandbox)
        return sandbox

    yield make
    for sandbox in started:
        sandbox.stop()


@pytest.fixture
def sb_no_faults_url(make_sandbox: Callable[..., Sandbox]) -> tuple[str, dict[str, str]]:
    """A running sandbox with faults off: its base URL and auth headers."""
    sandbox = make_sandbox()
    return sandbox.base_url, auth_headers(sandbox)
