"""Request smuggling over raw sockets: a request whose body framing is in doubt gets one 400 and its connection is
closed (RFC 9112 §6.1, §6.3); a second request hidden behind it on the same connection is never answered."""

from __future__ import annotations

import re
import socket

import pytest
from voucherify_sandbox import Sandbox
from voucherify_sandbox.framing import framing_problem

from tests.sandbox.test_sandbox_http_layer import read_reply
from tests.support.sandbox_helpers import auth_headers


def _head(sb: Sandbox, version: str = "HTTP/1.1") -> str:
    headers = "".join(f"{k}: {v}\r\n" for k, v in auth_headers(sb).items())
    return f"POST /v1/redemptions {version}\r\nHost: x\r\n{headers}"


def _smuggled(sb: Sandbox) -> bytes:
    headers = "".join(f"{k}: {v}\r\n" for k, v in auth_headers(sb).items())
    return f"GET /v1/redemptions?limit=1 HTTP/1.1\r\nHost: x\r\n{headers}\r\n".encode()


def _chunked_then(rest: bytes) -> bytes:
    return b"0\r\n\r\n" + rest


# (one-line description, request builder). Every builder hides a complete second request after the first.
VARIANTS = {
    "CL covers everything, TE chunked ends early (CL.TE)": lambda sb, tail: (
        (_head(sb) + f"Content-Length: {len(_chunked_then(tail))}\r\nTransfer-Encoding: chunked\r\n\r\n").encode()
        + _chunked_then(tail)
    ),
    "TE chunked with a short CL (TE.CL)": lambda sb, tail: (
        (_head(sb) + "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n").encode() + _chunked_then(tail)
    ),
    "obs-folded TE header (value on a continuation line)": lambda sb, tail: (
        (_head(sb) + "Transfer-Encoding:\r\n chunked\r\n\r\n").encode() + _chunked_then(tail)
    ),
    "two Content-Length headers that disagree": lambda sb, tail: (
        (_head(sb) + "Content-Length: 0\r\nContent-Length: 5\r\n\r\n").encode() + tail
    ),
    "TE whose last coding is not chunked (chunked, identity)": lambda sb, tail: (
        (_head(sb) + "Transfer-Encoding: chunked, identity\r\n\r\n").encode() + _chunked_then(tail)
    ),
    "TE in a keep-alive HTTP/1.0 request (waitress would ignore it)": lambda sb, tail: (
        (_head(sb, "HTTP/1.0") + "Connection: keep-alive\r\nTransfer-Encoding: chunked\r\n\r\n").encode()
        + _chunked_then(tail)
    ),
    "invalid chunk size (0x prefix)": lambda sb, tail: (
        (_head(sb) + "Transfer-Encoding: chunked\r\n\r\n").encode() + b"0x2\r\n{}\r\n0\r\n\r\n" + tail
    ),
    "bare LF ending a chunk-size line": lambda sb, tail: (
        (_head(sb) + "Transfer-Encoding: chunked\r\n\r\n").encode() + b"2\n{}\r\n0\r\n\r\n" + tail
    ),
}


STATUS_LINE = re.compile(rb"(?:^|\r\n)HTTP/1\.[01] \d{3} ")


def _exchange(sb: Sandbox, payload: bytes) -> bytes:
    with socket.create_connection((sb.host, sb.port), timeout=5) as conn:
        conn.sendall(payload)
        return read_reply(conn)  # returns once the server closes the connection (or after the 5 s timeout)


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_ambiguous_framing_gets_one_400_and_nothing_after_it_is_answered(sb: Sandbox, variant: str) -> None:
    reply = _exchange(sb, VARIANTS[variant](sb, _smuggled(sb)))
    assert re.match(rb"HTTP/1\.[01] 400 ", reply), (variant, reply[:200])
    assert len(STATUS_LINE.findall(reply)) == 1, (variant, reply)  # the smuggled GET was never answered
    assert b"Connection: close" in reply and b'"code":400' in reply


def test_a_content_length_of_5000_digits_is_413_before_the_close(sb: Sandbox) -> None:
    reply = _exchange(sb, (_head(sb) + "Content-Length: " + "9" * 5000 + "\r\n\r\n").encode())
    assert reply.startswith(b"HTTP/1.1 413 ") and b'"code":413' in reply


def test_well_framed_pipelined_requests_are_all_answered(sb: Sandbox) -> None:
    body = b'{"redeemables": []}'
    first = (_head(sb) + f"Content-Length: {len(body)}\r\n\r\n").encode() + body
    chunked = (_head(sb) + "Transfer-Encoding: chunked\r\n\r\n").encode() + b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
    last = _smuggled(sb).replace(b"\r\n\r\n", b"\r\nConnection: close\r\n\r\n")
    reply = _exchange(sb, first + chunked + last)
    assert reply.count(b"HTTP/1.1 400 ") == 2 and reply.count(b"HTTP/1.1 200 ") == 1


@pytest.mark.parametrize(
    ("head", "status"),
    [
        (b"POST / HTTP/1.1\r\nContent-Length: 5", None),
        (b"POST / HTTP/1.1\r\nTransfer-Encoding: Chunked", None),
        (b"POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 5", 400),
        (b"POST / HTTP/1.1\r\nContent-Length: +5", 400),
        (b"POST / HTTP/1.1\r\nContent_Length: 5", 400),
        (b"POST / HTTP/1.1\r\nTransfer-Encoding : chunked", 400),
        (b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked", 400),
        (b"POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked", 400),
        (b"POST / HTTP/1.1\r\nX: a\rTransfer-Encoding: chunked", 400),
        (b"POST / HTTP/1.1\r\nContent-Length: 0000000000000000000000005", None),
        (b"POST / HTTP/1.1\r\nContent-Length: 1" + b"0" * 30, 413),
    ],
)
def test_framing_problem_reads_the_raw_head(head: bytes, status: int | None) -> None:
    problem = framing_problem(head)
    assert (problem.status if problem else None) == status
