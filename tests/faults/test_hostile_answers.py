"""Answers no honest server sends: endless and gzip-bomb bodies, encodings that lie, servers echoing the token.
Every one ends in a typed error keeping the status and the raw body, never in memory growth or a leaked secret."""

from __future__ import annotations

import gzip
import json
import logging
from typing import Any

import pytest
from voucherify_rollbacks import AsyncVoucherify, Voucherify
from voucherify_rollbacks.errors import (
    AuthenticationError,
    BadRequestError,
    MalformedResponseError,
    ResponseTooLargeError,
    ServerError,
    VoucherifyError,
)

from tests.support.fault_helpers import run_async
from tests.support.hostile import (
    HostileServer,
    echo_credentials,
    endless_body,
    gzip_bomb,
    gzipped,
    lying_encoding,
)

TOKEN = "tok-SECRET-9f8e7d6c"
KEYS = {"app_id": "app", "app_token": TOKEN}
LIMIT = 256 * 1024


def sync_call(server: HostileServer, **kwargs: Any) -> VoucherifyError:
    kwargs = {"max_response_bytes": LIMIT, "max_retries": 0, **KEYS, **kwargs}
    with Voucherify(base_url=server.base_url, deadline=5, **kwargs) as vf, pytest.raises(VoucherifyError) as caught:
        vf.get_redemption("r_1")
    return caught.value


def async_call(server: HostileServer, backend: str = "asyncio", **kwargs: Any) -> VoucherifyError:
    kwargs = {"max_response_bytes": LIMIT, "max_retries": 0, **KEYS, **kwargs}

    async def scenario() -> None:
        async with AsyncVoucherify(base_url=server.base_url, deadline=5, **kwargs) as vf:
            await vf.get_redemption("r_1")

    with pytest.raises(VoucherifyError) as caught:
        run_async(backend, scenario)
    return caught.value


CALLS = {"sync": sync_call, "async": async_call}


@pytest.mark.parametrize("mode", list(CALLS))
@pytest.mark.parametrize("behaviour", ["endless", "gzip bomb"])
def test_a_body_past_the_size_limit_is_a_typed_error_not_a_buffer(mode: str, behaviour: str) -> None:
    with HostileServer(endless_body() if behaviour == "endless" else gzip_bomb()) as server:
        error = CALLS[mode](server)
    assert isinstance(error, ResponseTooLargeError)
    assert error.status_code == 200
    assert len(error.body) <= LIMIT


@pytest.mark.parametrize("mode", list(CALLS))
def test_an_error_status_with_an_endless_body_keeps_its_status(mode: str) -> None:
    with HostileServer(endless_body(503)) as server:
        error = CALLS[mode](server)
    assert isinstance(error, ServerError)
    assert error.status_code == 503


@pytest.mark.parametrize("mode", list(CALLS))
@pytest.mark.parametrize(
    ("status", "expected"), [(400, BadRequestError), (503, ServerError), (200, MalformedResponseError)]
)
def test_a_lying_content_encoding_keeps_the_status_and_the_raw_body(
    mode: str, status: int, expected: type[VoucherifyError]
) -> None:
    fields = {"code": status, "key": "invalid_order", "message": "plain, not gzip"}
    raw = json.dumps(fields).encode() if status >= 400 else b"<html>plain, not gzip</html>"
    with HostileServer(lying_encoding(status, raw)) as server:
        error = CALLS[mode](server)
    assert isinstance(error, expected)
    assert getattr(error, "status_code", None) == status
    assert "plain, not gzip" in getattr(error, "body", "")


@pytest.mark.parametrize("body", [b"{}", b'{"code": 400, "key": "x", "message": "an error, with 200"}', b"[]"])
def test_a_200_that_is_neither_a_redemption_nor_a_rollback_is_malformed(body: bytes) -> None:
    def behaviour(conn: Any, request: bytes, stop: Any) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))

    with HostileServer(behaviour) as server:
        error = sync_call(server)
    assert isinstance(error, MalformedResponseError)
    assert error.body == body.decode()


def test_an_honest_gzip_answer_is_read() -> None:
    payload = {"id": "r_1", "object": "redemption", "result": "SUCCESS"}
    with HostileServer(gzipped(200, payload)) as server, Voucherify(base_url=server.base_url, **KEYS) as vf:
        assert vf.get_redemption("r_1").id == "r_1"
    assert gzip.decompress(gzip.compress(b"x")) == b"x"


def test_the_client_asks_only_for_encodings_it_can_bound() -> None:
    with (
        HostileServer(gzipped(200, {"id": "r_1", "object": "redemption"})) as server,
        Voucherify(base_url=server.base_url, **KEYS) as vf,
    ):
        vf.get_redemption("r_1")
    head = server.requests[0].split(b"\r\n\r\n")[0].lower()
    assert b"accept-encoding: gzip, deflate\r\n" in head + b"\r\n"


# --- secrets ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", list(CALLS))
def test_an_echoing_server_never_puts_the_token_in_errors_or_logs(
    mode: str, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    caplog.set_level(logging.DEBUG)  # the SDK's, httpx's and httpcore's records, headers included
    with HostileServer(echo_credentials(401)) as server:
        error = CALLS[mode](server, app_token=TOKEN + "\n")  # read from a file: the newline is stripped
    assert isinstance(error, AuthenticationError)
    assert TOKEN in server.requests[0].decode("latin-1")  # it was sent, and echoed
    assert TOKEN in error.body  # the raw body is kept as it came
    texts = [str(error), repr(error), repr(error.args), repr(vars(error).get("headers")), error.details or ""]
    texts += [caplog.text, capsys.readouterr().err]
    texts += [record.getMessage() for record in caplog.records]
    for text in texts:
        assert TOKEN not in text


def test_a_token_with_a_trailing_newline_authenticates_against_the_sandbox() -> None:
    from voucherify_sandbox import Sandbox

    with Sandbox() as sb, Voucherify(base_url=sb.base_url, bearer_token=sb.bearer_token + "\n") as vf:
        found = list(vf.redemptions(page_size=5))
    assert found == []


@pytest.mark.parametrize("token", ["tök-SECRET", "tok\x7f-SECRET", "tok\n-SECRET"])
def test_a_token_no_header_can_carry_is_refused_at_construction(token: str) -> None:
    from voucherify_rollbacks.errors import ConfigurationError

    with pytest.raises(ConfigurationError, match="app_token") as caught:
        Voucherify(base_url="http://127.0.0.1:9", app_id="app", app_token=token)
    assert "SECRET" not in str(caught.value)
