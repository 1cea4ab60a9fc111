"""request(): any endpoint, through the client's auth, retries and redaction, over real sockets (the sandbox and a
recording server), sync and async; and the attempts and elapsed time every result and API error reports."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Mapping
from typing import Any, Self

import attrs
import pytest
from voucherify_rollbacks import (
    APIConnectionError,
    AsyncVoucherify,
    InvalidArgumentError,
    MalformedResponseError,
    RateLimitError,
    ServerError,
    Voucherify,
)
from voucherify_sandbox import Sandbox

from tests.support.recording_server import RecordingServer

KEYS: dict[str, Any] = {"app_id": "app-1", "app_token": "token-0f3c9a77"}
ERROR_500 = (500, {"code": 500, "key": "internal_error", "message": "boom"}, {"X-Request-Id": "v-500"})


@attrs.define
class VoucherBalance:
    """A stand-in for a generated model: what cast_to needs is `from_dict`."""

    code: str
    redeemed: int | None

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        redemption = src_dict.get("redemption") or {}
        return cls(code=src_dict["code"], redeemed=redemption.get("redeemed_quantity"))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_request_reaches_an_endpoint_the_sdk_does_not_wrap_with_its_auth_and_options() -> None:
    with Sandbox() as sb, sb.client() as vf:
        raw = vf.request("GET", "/v1/vouchers/GIFT-100")
        typed = vf.request("GET", "/v1/vouchers/GIFT-100", cast_to=VoucherBalance)
    assert raw["code"] == "GIFT-100" and raw["object"] == "voucher"
    assert typed == VoucherBalance(code="GIFT-100", redeemed=raw["redemption"]["redeemed_quantity"])


def test_what_request_sends_query_body_headers_and_auth() -> None:
    with RecordingServer() as server:
        server.on("POST", "/v1/custom/thing", (200, {"id": "thing_1"}, {"X-Request-Id": "v-1"}))
        with Voucherify(base_url=server.base_url, channel="desk", **KEYS) as vf:
            answer = vf.request(
                "post",
                "/v1/custom/thing",
                query={"force": True, "tag": ["a", "b"]},
                body={"name": "x"},
                extra_headers={"X-Trace": "t-1"},
            )
    assert answer == {"id": "thing_1"}
    (sent,) = server.requests
    assert (sent.method, sent.path, sent.query) == ("POST", "/v1/custom/thing", "force=true&tag=a&tag=b")
    assert sent.json() == {"name": "x"} and sent.headers["content-type"] == "application/json"
    assert sent.headers["x-app-id"] == "app-1" and sent.headers["x-app-token"] == KEYS["app_token"]
    assert sent.headers["x-trace"] == "t-1" and sent.headers["x-voucherify-channel"] == "desk"


@pytest.mark.parametrize("use_async", [False, True])
def test_a_get_is_retried_and_a_post_is_not_after_a_500(use_async: bool) -> None:
    with RecordingServer() as server:
        server.on("GET", "/v1/things", ERROR_500, (200, {"ok": True}, {"X-Request-Id": "v-2"}))
        server.on("POST", "/v1/things", ERROR_500, (200, {"ok": True}, {}))
        options: dict[str, Any] = {"base_url": server.base_url, **KEYS}
        if use_async:

            async def run() -> tuple[Any, ServerError]:
                async def no_wait(_: float) -> None:
                    return None

                async with AsyncVoucherify(sleep=no_wait, **options) as avf:
                    got = await avf.request("GET", "/v1/things")
                    with pytest.raises(ServerError) as raised:
                        await avf.request("POST", "/v1/things", body={"a": 1})
                return got, raised.value

            got, refused = asyncio.run(run())
        else:
            with Voucherify(sleep=lambda _: None, **options) as vf:
                got = vf.request("GET", "/v1/things")
                with pytest.raises(ServerError) as raised:
                    vf.request("POST", "/v1/things", body={"a": 1})
                refused = raised.value
    assert got == {"ok": True}
    assert [r.method for r in server.requests] == ["GET", "GET", "POST"]  # the write went once
    assert (refused.attempts, refused.request_id) == (1, "v-500")
    assert isinstance(refused.elapsed, float) and refused.elapsed >= 0


def test_a_write_is_sent_again_when_it_never_arrived_a_429_or_a_refused_connection() -> None:
    with RecordingServer() as server:
        limited = (429, {"code": 429, "message": "Too many requests"}, {"Retry-After": "0"})
        server.on("POST", "/v1/things", limited, (200, {"ok": True}, {}))
        with Voucherify(base_url=server.base_url, sleep=lambda _: None, **KEYS) as vf:
            assert vf.request("POST", "/v1/things", body={}) == {"ok": True}
    assert len(server.requests) == 2
    closed = f"http://127.0.0.1:{_free_port()}"
    with (
        Voucherify(base_url=closed, sleep=lambda _: None, max_retries=2, **KEYS) as vf,
        pytest.raises(APIConnectionError) as raised,
    ):
        vf.request("POST", "/v1/things", body={})
    assert (raised.value.request_sent, raised.value.attempts) == (False, 3)


def test_a_write_whose_answer_was_lost_is_not_sent_again() -> None:
    with RecordingServer() as server:
        server.on("PUT", "/v1/things/1", "reset", (200, {"ok": True}, {}))
        with (
            Voucherify(base_url=server.base_url, sleep=lambda _: None, **KEYS) as vf,
            pytest.raises(APIConnectionError) as raised,
        ):
            vf.request("PUT", "/v1/things/1", body={"a": 1})
    assert len(server.requests) == 1 and raised.value.request_sent is None


def test_request_refuses_what_it_cannot_send_and_reads_what_it_cannot_parse() -> None:
    with RecordingServer() as server:
        server.on("GET", "/v1/html", (200, b"<html>", {}))
        server.on("GET", "/v1/list", (200, [1, 2], {}))
        server.on("DELETE", "/v1/things/1", (204, b"", {}))
        with Voucherify(base_url=server.base_url, **KEYS) as vf:
            for method, path in (("TRACE", "/v1/x"), ("GET", "https://evil.example/v1"), ("GET", "//evil.example")):
                with pytest.raises(InvalidArgumentError):
                    vf.request(method, path)
            with pytest.raises(InvalidArgumentError):
                vf.request("GET", "/v1/x?a=1")
            with pytest.raises(InvalidArgumentError):
                vf.request("GET", "/v1/x", body={"a": 1})
            with pytest.raises(MalformedResponseError):
                vf.request("GET", "/v1/html")
            with pytest.raises(MalformedResponseError):
                vf.request("GET", "/v1/list", cast_to=VoucherBalance)
            assert vf.request("GET", "/v1/list") == [1, 2]
            assert vf.request("DELETE", "/v1/things/1") is None
    assert [r.path for r in server.requests] == ["/v1/html", "/v1/list", "/v1/list", "/v1/things/1"]


# --- attempts and elapsed on results and errors --------------------------------------------------------------------


def test_results_report_status_headers_request_id_attempts_and_elapsed() -> None:
    with Sandbox(faults=True) as sb, sb.client(sleep=lambda _: None) as vf:
        redeemed = vf.redeem(["SAVE10"], order={"amount": 5000})
        assert (redeemed.status_code, redeemed.attempts) == (200, 1)
        assert redeemed.request_id and redeemed.request_id == redeemed.headers["x-request-id"]
        sb.inject_fault("rollback-stacked-redemptions", "500")
        assert redeemed.redemption_id is not None
        rolled = vf.rollback_stacked(redeemed.redemption_id)
    assert (rolled.status_code, rolled.attempts) == (200, 2)
    assert isinstance(rolled.elapsed, float) and rolled.elapsed > 0
    assert rolled.request_id == rolled.headers["x-request-id"]


def test_async_results_and_errors_report_attempts() -> None:
    async def no_wait(_: float) -> None:
        return None

    async def run() -> tuple[Any, RateLimitError]:
        with Sandbox(faults=True) as sb:
            async with sb.async_client(sleep=no_wait, max_retries=1) as avf:
                sb.inject_fault("redeem-stacked-discounts", "429")
                redeemed = await avf.redeem(["SAVE10"], order={"amount": 5000})
                sb.inject_fault("get-redemption", "429", times=2)
                with pytest.raises(RateLimitError) as raised:
                    await avf.get_redemption(str(redeemed.redemption_id))
        return redeemed, raised.value

    redeemed, limited = asyncio.run(run())
    assert redeemed.attempts == 2 and limited.attempts == 2
    assert limited.elapsed is not None and limited.to_dict()["attempts"] == 2


def test_error_headers_never_carry_credentials() -> None:
    echo = (400, {"code": 400, "message": "nope"}, {"X-App-Token": KEYS["app_token"], "X-Request-Id": "v-3"})
    with RecordingServer() as server:
        server.on("GET", "/v1/echo", echo)
        with Voucherify(base_url=server.base_url, **KEYS) as vf, pytest.raises(Exception) as raised:
            vf.request("GET", "/v1/echo")
    error: Any = raised.value
    assert "x-app-token" not in {name.lower() for name in error.headers} and error.request_id == "v-3"
    assert KEYS["app_token"] not in repr(error.to_dict())
