"""Garbage in, Voucherify Error bodies out: never a 500, never a hang, never a dropped connection."""

from __future__ import annotations

import json
import random
import socket
import time
from typing import Any

import httpx
import pytest
from voucherify_sandbox import Sandbox

from tests.support.sandbox_helpers import auth_headers

ENDPOINTS = [
    ("POST", "/v1/redemptions"),
    ("POST", "/v1/redemptions/r_x/rollbacks"),
    ("POST", "/v1/redemptions/r_x/rollback"),
    ("GET", "/v1/redemptions/r_x"),
    ("GET", "/v1/redemptions"),
]


def assert_error_body(response: httpx.Response, status: int, key: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["code"] == status and body["key"] == key and body["request_id"] == response.headers["X-Request-Id"]
    return body


def raw_exchange(sb: Sandbox, payload: bytes, timeout: float = 5.0) -> bytes:
    with socket.create_connection((sb.host, sb.port), timeout=timeout) as conn:
        conn.sendall(payload)
        chunks = []
        while True:
            try:
                chunk = conn.recv(65536)
            except TimeoutError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    return b"".join(chunks)


def _garbage(rng: random.Random, depth: int = 0) -> Any:
    choices: list[Any] = [None, True, -1, 0, 2**70, 3.5, "", "x" * rng.randint(0, 40), "r_ü", [], {}]
    if depth < 3:
        choices += [
            [_garbage(rng, depth + 1) for _ in range(rng.randint(0, 3))],
            {
                rng.choice(
                    [
                        "redeemables",
                        "order",
                        "customer",
                        "gift",
                        "reward",
                        "amount",
                        "items",
                        "id",
                        "object",
                        "metadata",
                        "reason",
                        "tracking_id",
                        "credits",
                        "points",
                        "source_id",
                    ]
                ): _garbage(rng, depth + 1)
                for _ in range(rng.randint(0, 4))
            },
        ]
    return rng.choice(choices)


def test_fuzzed_bodies_and_queries_never_cause_5xx(sb: Sandbox, api: httpx.Client) -> None:
    rng = random.Random(20260826)
    seen_statuses = set()
    for i in range(300):
        method, path = ENDPOINTS[i % len(ENDPOINTS)]
        body = _garbage(rng)
        if i % 3 == 0:  # sometimes a valid-looking redeemable with garbage inside
            body = {
                "redeemables": [
                    {
                        "object": "voucher",
                        "id": rng.choice(["GIFT-100", "SAVE10", "LOYALTY-1000"]),
                        "gift": _garbage(rng),
                        "reward": _garbage(rng),
                    }
                ],
                "order": _garbage(rng),
                "customer": _garbage(rng),
            }
        params = {
            rng.choice(
                [
                    "limit",
                    "page",
                    "order",
                    "result",
                    "filters[result][conditions][$in]",
                    "created_at[after]",
                    "filters[x]",
                    "reason",
                    "[filters]",
                ]
            ): str(_garbage(rng))
        }
        raw = json.dumps(body).encode() if i % 7 else bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
        response = api.request(method, path, content=raw, params=params, headers={"Content-Type": "application/json"})
        seen_statuses.add(response.status_code)
        assert response.status_code < 500, (method, path, raw[:200], params, response.text)
        if response.status_code >= 400:
            assert response.json()["request_id"] == response.headers["X-Request-Id"]
    assert {200, 400} <= seen_statuses


@pytest.mark.parametrize("method, path", [e for e in ENDPOINTS if e[0] == "POST"])  # GET bodies are ignored
@pytest.mark.parametrize(
    "raw", [b"{", b"[1,2", b"\xff\xfe", b"NaN", b'{"a": Infinity}', b"[" * 5000 + b"]" * 5000, b"null", b'"s"', b"42"]
)
def test_broken_or_non_object_json_is_a_4xx(api: httpx.Client, method: str, path: str, raw: bytes) -> None:
    response = api.request(method, path, content=raw)
    assert 400 <= response.status_code < 500, response.text
    assert response.json()["code"] == response.status_code


def test_nulls_everywhere_are_refused_cleanly(api: httpx.Client) -> None:
    body = {
        "redeemables": [{"object": "voucher", "id": "SAVE10", "gift": None, "reward": None}],
        "order": None,
        "customer": None,
        "metadata": None,
        "tracking_id": None,
        "options": None,
        "session": None,
    }
    assert_error_body(api.post("/v1/redemptions", json=body), 400, "missing_order")
    nulls = {"reason": None, "tracking_id": None, "customer": None, "order": None, "metadata": None}
    assert_error_body(api.post("/v1/redemptions/r_x/rollbacks", json=nulls), 404, "not_found")


def test_body_over_one_megabyte_is_413_query_too_large(api: httpx.Client) -> None:
    huge = b'{"redeemables": [], "pad": "' + b"x" * (1024 * 1024 + 10) + b'"}'
    response = api.post("/v1/redemptions", content=huge)
    assert_error_body(response, 413, "query_too_large")
    assert api.get("/v1/redemptions").status_code == 200  # the server is fine afterwards


def test_chunked_body_is_read_and_capped(api: httpx.Client) -> None:
    def chunks(total: int):
        for _ in range(total // 65536 + 1):
            yield b" " * 65536

    small = api.post("/v1/redemptions", content=iter([b'{"redeemables": ', b"[]}"]))
    assert_error_body(small, 400, "invalid_payload")
    assert_error_body(api.post("/v1/redemptions", content=chunks(1024 * 1024 + 1)), 413, "query_too_large")


def test_query_string_too_long_is_query_too_large(sb: Sandbox) -> None:
    reply = raw_exchange(sb, b"GET /v1/redemptions?x=" + b"a" * 70000 + b" HTTP/1.1\r\nHost: x\r\n\r\n")
    assert reply.startswith(b"HTTP/1.") and b" 414 " in reply.split(b"\r\n")[0]
    assert b'"query_too_large"' in reply


def test_unknown_path_is_404_and_wrong_method_is_405_with_allow(api: httpx.Client) -> None:
    assert_error_body(api.get("/v1/vouchers"), 404, "not_found")
    assert_error_body(api.get("/v1/redemptions/r_x/rollbacks/extra"), 404, "not_found")
    response = api.delete("/v1/redemptions")
    assert_error_body(response, 405, "method_not_allowed")
    assert response.headers["Allow"] == "GET, POST"
    assert api.get("/v1/redemptions/r_x/rollbacks").headers["Allow"] == "POST"
    head = api.head("/v1/redemptions/r_x/rollback")
    assert head.status_code == 405 and head.content == b""


def test_unknown_http_method_and_garbage_request_line_get_json_errors(sb: Sandbox) -> None:
    brew = raw_exchange(sb, b"BREW /v1/redemptions HTTP/1.1\r\nHost: x\r\n\r\n")
    assert b" 405 " in brew.split(b"\r\n")[0] and b'"method_not_allowed"' in brew
    garbage = raw_exchange(sb, b"\x16\x03\x01 hello there\r\n\r\n")
    assert garbage.startswith(b"HTTP/1.") and b'"code":400' in garbage and b"application/json" in garbage


def test_post_without_content_length_means_empty_body(sb: Sandbox) -> None:
    headers = "".join(f"{k}: {v}\r\n" for k, v in auth_headers(sb).items())
    reply = raw_exchange(sb, f"POST /v1/redemptions HTTP/1.1\r\nHost: x\r\n{headers}Connection: close\r\n\r\n".encode())
    assert b" 400 " in reply.split(b"\r\n")[0] and b'"invalid_payload"' in reply


def test_body_shorter_than_content_length_times_out_with_an_answer(make_sandbox) -> None:
    sandbox = make_sandbox(io_timeout=0.5)
    started = time.monotonic()
    reply = raw_exchange(
        sandbox, b'POST /v1/redemptions HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"re', timeout=5
    )
    assert time.monotonic() - started < 4
    assert b" 408 " in reply.split(b"\r\n")[0] and b'"request_timeout"' in reply


def test_bad_content_length_is_400(sb: Sandbox) -> None:
    reply = raw_exchange(sb, b"POST /v1/redemptions HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n")
    assert b" 400 " in reply.split(b"\r\n")[0] and b'"invalid_payload"' in reply


def test_a_crash_inside_an_operation_is_a_500_error_body(sb: Sandbox, api: httpx.Client, monkeypatch, capsys) -> None:
    def explode(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("voucherify_sandbox.operations.redeem", explode)
    response = api.post(
        "/v1/redemptions", json={"redeemables": [{"object": "voucher", "id": "SAVE10"}], "order": {"amount": 1}}
    )
    assert_error_body(response, 500, "internal_error")
    assert "RuntimeError: boom" in capsys.readouterr().err
    assert api.get("/v1/redemptions").status_code == 200  # keep-alive connection still usable
