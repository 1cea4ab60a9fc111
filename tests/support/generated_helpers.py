"""Shared helpers of the generated-client tests: the repository root, and a mock server for the generated client."""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
from voucherify_client import AuthenticatedClient
from voucherify_client.models import (
    RedemptionsRedeemRequestBody,
    RedemptionsRollbackCreateRequestBody,
)

REPO = Path(__file__).resolve().parents[2]
BASE_URL = "https://api.voucherify.io"


def operation(name: str) -> ModuleType:
    return importlib.import_module(f"voucherify_client.api.redemptions.{name}")


# The least each operation needs to be called; tests that care about the request pass their own arguments.
REDEMPTION_ID = "r_0ba186c4824e4881e1"
DEFAULT_ARGUMENTS: dict[str, Callable[[], tuple[tuple[Any, ...], dict[str, Any]]]] = {
    "rollback_stacked_redemptions": lambda: ((REDEMPTION_ID,), {"body": RedemptionsRollbackCreateRequestBody()}),
    "rollback_redemption": lambda: ((REDEMPTION_ID,), {"body": RedemptionsRollbackCreateRequestBody()}),
    "redeem_stacked_discounts": lambda: ((), {"body": RedemptionsRedeemRequestBody(redeemables=[])}),
    "get_redemption": lambda: ((REDEMPTION_ID,), {}),
    "list_redemptions": lambda: ((), {}),
}


@dataclass
class MockServer:
    """Answers every request with one canned response and remembers the requests it saw."""

    status: int = 200
    content: bytes = b"{}"
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/json"})
    requests: list[httpx.Request] = field(default_factory=list)

    def answer(self, status: int, body: Any, content_type: str = "application/json") -> MockServer:
        self.status = status
        self.content = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.headers = {"Content-Type": content_type}
        return self

    def _handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status, content=self.content, headers=self.headers, request=request)

    def client(self, **options: Any) -> AuthenticatedClient:
        client = AuthenticatedClient(base_url=BASE_URL, token="test-token", **options)
        client.set_httpx_client(httpx.Client(base_url=BASE_URL, transport=httpx.MockTransport(self._handle)))
        return client

    def call(self, name: str, *args: Any, client_options: dict[str, Any] | None = None, **kwargs: Any) -> Any:
        """`sync_detailed` of the named operation, with its default arguments unless some are given."""
        if not args and not kwargs:
            args, kwargs = DEFAULT_ARGUMENTS[name]()
        with self.client(**(client_options or {})) as client:
            return operation(name).sync_detailed(*args, client=client, **kwargs)

    @property
    def last_request(self) -> httpx.Request:
        assert self.requests, "the operation sent no request"
        return self.requests[-1]


def shipped_operations() -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """(operationId, method, path, operation) for each operation we ship, as the vendored upstream files publish it
    (with its examples, which openapi.yaml leaves out)."""
    from scripts import sync_spec

    for file_name, doc in sync_spec.load_upstream(sync_spec.UPSTREAM).items():
        for path, item in doc["paths"].items():
            for method, operation in item.items():
                if isinstance(operation, dict) and sync_spec.OPERATIONS.get(operation.get("operationId")) == file_name:
                    yield operation["operationId"], method, path, operation
