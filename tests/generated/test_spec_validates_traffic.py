"""openapi.yaml accepts real traffic both ways: Voucherify's own request and response examples, the real payloads in
tests/data/examples, and the exact bytes this SDK's clients send over a socket for every operation they call."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse
from openapi_schema_validator import OAS31Validator
from voucherify_rollbacks import AsyncVoucherify, Voucherify
from voucherify_rollbacks.errors import VoucherifyError

from scripts import sync_spec
from tests.support.example_payloads import load_example, seed_response_filled
from tests.support.generated_helpers import REPO, shipped_operations

HOST = "https://api.voucherify.io"
# The examples carry no credentials; openapi-core checks the security requirement too.
AUTH = {"X-App-Id": "app", "X-App-Token": "token"}
PATH_VALUES = {"{parentRedemptionId}": "r_1", "{redemptionId}": "r_1", "{orderId}": "ord_1"}


@functools.cache
def openapi_spec() -> dict[str, Any]:
    return yaml.safe_load((REPO / "openapi.yaml").read_text(encoding="utf-8"))


def components() -> dict[str, Any]:
    return openapi_spec()["components"]


@pytest.fixture(scope="module")
def openapi() -> OpenAPI:
    return OpenAPI.from_dict(openapi_spec())


def nested_query(query: dict[str, list[str]], name: str) -> dict[str, Any]:
    """`name[a][b][$in][0]=x` pairs as {'a': {'b': {'$in': ['x']}}} (a list where the keys are indexes)."""
    tree: dict[str, Any] = {}
    for key, values in query.items():
        if not key.startswith(name + "["):
            continue
        parts = re.findall(r"\[([^\]]*)\]", key[len(name) :])
        node = tree
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = values[-1]
    return _lists(tree)


def _lists(node: Any) -> Any:
    if not isinstance(node, dict):
        return node
    if node and all(key.isdigit() for key in node):
        return [_lists(node[key]) for key in sorted(node, key=int)]
    return {key: _lists(value) for key, value in node.items()}


def official_request_examples() -> Iterator[tuple[str, str, str, str, Any]]:
    """(operationId, method, path, example name, body) for every request body example upstream publishes for the
    operations we ship."""
    for operation_id, method, path, operation in shipped_operations():
        for media in operation.get("requestBody", {}).get("content", {}).values():
            for name, example in media.get("examples", {}).items():
                yield operation_id, method, path, name, example["value"]


REQUEST_EXAMPLES = list(official_request_examples())


def concrete(path: str) -> str:
    for placeholder, value in PATH_VALUES.items():
        path = path.replace(placeholder, value)
    return path


def test_upstream_publishes_request_examples_for_redeem_and_both_rollbacks() -> None:
    operations = {example[0] for example in REQUEST_EXAMPLES}
    assert {"redeem-stacked-discounts", "rollback-redemption", "rollback-stacked-redemptions"} <= operations
    assert sum(example[0] == "redeem-stacked-discounts" for example in REQUEST_EXAMPLES) >= 2


@pytest.mark.parametrize(("operation_id", "method", "path", "name", "body"), REQUEST_EXAMPLES, ids=str)
def test_openapi_core_accepts_every_official_request_example(
    openapi: OpenAPI, operation_id: str, method: str, path: str, name: str, body: Any
) -> None:
    openapi.validate_request(MockRequest(HOST, method, concrete(path), headers=AUTH, data=json.dumps(body).encode()))


@pytest.mark.parametrize(
    ("name", "method", "path", "status"),
    [
        ("rollbacks_success.json", "post", "/v1/redemptions/r_1/rollbacks", 200),
        ("rollback_item_failure_already_rolled_back.json", "post", "/v1/redemptions/r_1/rollback", 200),
        ("redeem_stackable_response.json", "post", "/v1/redemptions", 200),
        ("error_400_already_rolled_back.json", "post", "/v1/redemptions/r_1/rollbacks", 400),
        ("error_400_invalid_redemption_parent.json", "post", "/v1/redemptions/r_1/rollbacks", 400),
        ("error_404_not_found.json", "post", "/v1/redemptions/r_1/rollback", 404),
    ],
)
def test_openapi_core_accepts_every_real_payload(
    openapi: OpenAPI, name: str, method: str, path: str, status: int
) -> None:
    response = MockResponse(json.dumps(load_example(name)).encode(), status_code=status)

    openapi.validate_response(MockRequest(HOST, method, path), response)


# --- the SDK's own requests, as bytes on a socket ----------------------------------------------------------------


@dataclass(frozen=True)
class Sent:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes


NOT_FOUND = (404, load_example("error_404_not_found.json"))
# Answers that lead the composite calls on to their next request; everything else is 404 not_found.
ANSWERS = {
    ("get", "/v1/redemptions/r_1"): (
        200,
        {
            "id": "r_1",
            "object": "redemption",
            "date": "2026-12-01T10:00:00.000Z",
            "result": "SUCCESS",
            "status": "ROLLED_BACK",
            "related_redemptions": {"rollbacks": [{"id": "rr_1", "date": "2026-12-01T10:05:00.000Z"}]},
        },
    ),
    ("get", "/v1/orders/ord_1"): (
        200,
        {
            "id": "ord_1",
            "object": "order",
            "redemptions": {"r_2": {"date": "2026-12-01T10:00:00.000Z", "related_object_type": "redemption"}},
        },
    ),
}


class RecordingServer:
    """A server on 127.0.0.1 that records every request as it arrived, and answers from ANSWERS or 404."""

    def __init__(self) -> None:
        self.sent: list[Sent] = []
        recorded = self.sent

        class Handler(BaseHTTPRequestHandler):
            def _record(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                parts = urlsplit(self.path)
                recorded.append(
                    Sent(
                        self.command.lower(),
                        parts.path,
                        parse_qs(parts.query, keep_blank_values=True),
                        dict(self.headers.items()),
                        self.rfile.read(length) if length else b"",
                    )
                )
                status, body = ANSWERS.get((recorded[-1].method, recorded[-1].path), NOT_FOUND)
                answer = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            do_GET = do_POST = _record

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"


@pytest.fixture
def recording() -> Iterator[RecordingServer]:
    server = RecordingServer()
    server.thread.start()
    try:
        yield server
    finally:
        server.server.shutdown()
        server.server.server_close()


ORDER = {
    "id": "ord_1",
    "source_id": "order-2026-001",
    "amount": 20000,
    "status": "PAID",
    "items": [{"sku_id": "sku_1", "quantity": 2, "price": 10000, "product": {"name": "Mug"}}],
    "metadata": {"channel": "web"},
}
CUSTOMER = {"source_id": "annie@lemon.com", "name": "Annie", "address": {"city": "New York"}, "metadata": {"v": 1}}

# One call per operation the SDK sends, with every argument it takes, and every kind of redeemable.
CALLS: dict[str, Callable[[Voucherify], Any]] = {
    "rollback-stacked-redemptions": lambda vf: vf.rollback_stacked(
        "r_1", reason="Order canceled", tracking_id="track_1", customer=CUSTOMER, order=ORDER, metadata={"k": ["L2"]}
    ),
    "rollback-stacked-redemptions (bare)": lambda vf: vf.rollback_stacked("r_1"),
    "rollback-redemption": lambda vf: vf.rollback(
        "r_1", reason="Order canceled", tracking_id="track_1", customer=CUSTOMER, order=ORDER, metadata={"k": 1}
    ),
    "redeem-stacked-discounts": lambda vf: vf.redeem(
        [
            "GIFT-100",
            {"object": "voucher", "id": "GIFT-200", "gift": {"credits": 500}},
            {"object": "voucher", "id": "LOYAL-1", "reward": {"id": "rew_1", "points": 100}},
            {"object": "promotion_tier", "id": "promo_1"},
        ],
        order=ORDER,
        customer=CUSTOMER,
        session={"type": "LOCK", "key": "session_1"},
        tracking_id="track_1",
        metadata={"k": "v"},
        options={"expand": ["order", "redeemable"]},
    ),
    "redeem-stacked-discounts (stack)": lambda vf: vf.redeem([{"object": "promotion_stack", "id": "stack_1"}]),
    "get-redemption": lambda vf: vf.get_redemption("r_1"),
    "list-redemptions": lambda vf: next(
        iter(
            vf.redemptions(
                result=["SUCCESS", "FAILURE"],
                voucher_code="GIFT-100",
                parent_redemption_id="r_1",
                object="redemption_rollback",
            )
        )
    ),
    "get-order": lambda vf: vf.get_order("ord_1"),
    # Composite calls: the redemption, then its rollbacks looked up; the order, then a rollback of each redemption.
    "find_rollback": lambda vf: vf.find_rollback("r_1"),
    "rollback_order": lambda vf: vf.rollback_order("ord_1", reason="Order canceled", metadata={"k": "v"}),
}


@pytest.mark.parametrize("call", sorted(CALLS))
def test_every_request_the_sdk_sends_is_valid_against_openapi_yaml(
    openapi: OpenAPI, recording: RecordingServer, call: str
) -> None:
    with Voucherify(app_id="app", app_token="token", base_url=recording.base_url, max_retries=0) as vf:
        with contextlib.suppress(VoucherifyError):  # most answers are 404: the requests are what this test reads
            CALLS[call](vf)

    assert recording.sent, f"{call} sent nothing"
    if call in ("find_rollback", "rollback_order"):
        assert len(recording.sent) >= 2, recording.sent
    validate_sent(openapi, recording.sent)


def test_the_async_client_sends_valid_requests_too(openapi: OpenAPI, recording: RecordingServer) -> None:
    async def calls() -> None:
        async with AsyncVoucherify(app_id="app", app_token="token", base_url=recording.base_url, max_retries=0) as vf:
            with contextlib.suppress(VoucherifyError):
                await vf.redeem(["GIFT-100", {"object": "promotion_tier", "id": "promo_1"}], order=ORDER)
            with contextlib.suppress(VoucherifyError):
                await vf.rollback_stacked("r_1", reason="Order canceled", customer=CUSTOMER, order=ORDER)

    asyncio.run(calls())

    assert [sent.path for sent in recording.sent] == ["/v1/redemptions", "/v1/redemptions/r_1/rollbacks"]
    validate_sent(openapi, recording.sent)


def validate_sent(openapi: OpenAPI, requests: list[Sent]) -> None:
    for sent in requests:
        query = {name: values[-1] for name, values in sent.query.items() if not name.startswith("filters[")}
        filters = nested_query(sent.query, "filters")
        if filters:
            # openapi-core reads one level of a deepObject; Voucherify's filters nest three (name, conditions, $op).
            schema = {"$ref": "#/components/schemas/ParameterFiltersListRedemptions", "components": components()}
            OAS31Validator(schema).validate(filters)
        request = MockRequest(
            HOST,
            sent.method,
            sent.path,
            args=query,
            headers=sent.headers,
            data=sent.body or None,
            content_type=sent.headers.get("Content-Type", "application/json"),
        )
        openapi.validate_request(request)


def test_what_we_send_keeps_upstreams_required_fields_and_nullability() -> None:
    normalized = sync_spec.normalize(sync_spec.load_upstream(sync_spec.UPSTREAM))
    sent_by_us = [name for name, sender in sync_spec._senders(normalized).items() if sender == "client"]
    ours = openapi_spec()["components"]["schemas"]

    assert "RedemptionsRedeemRequestBody" in sent_by_us and "RedeemVoucher" in sent_by_us
    assert ours["RedeemVoucher"]["required"] == ["object", "id"]
    assert ours["RedemptionsRedeemRequestBody"]["required"] == ["redeemables"]
    for name in sent_by_us:
        if name not in ours:
            continue  # folded into another by the overlay (RedeemGiftCard, RedeemLoyaltyCard)
        upstream = normalized["components"]["schemas"][name].get("properties", {})
        for field, schema in ours[name].get("properties", {}).items():
            if field in upstream:
                widened = takes_null(schema) and not upstream[field].get("nullable")
                assert not widened, f"{name}.{field} became nullable, but we send it"


def takes_null(schema: dict[str, Any]) -> bool:
    types = schema.get("type")
    return (isinstance(types, list) and "null" in types) or {"type": "null"} in schema.get("anyOf", [])
