"""The SDK's own pools coalesce a request's writes (head, then body) into one send, flushed by the next read."""

from __future__ import annotations

import asyncio
import typing

import httpcore
import pytest
from voucherify_rollbacks._http.pool import _CoalescingAsyncStream, _DeadlineStream


class Recording(httpcore.NetworkStream):
    def __init__(self, fail_writes: bool = False) -> None:
        self.events: list[tuple[str, bytes]] = []
        self.fail_writes = fail_writes

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self.events.append(("read", b""))
        return b"HTTP/1.1 413 Payload Too Large\r\n\r\n"

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if self.fail_writes:
            raise httpcore.WriteError("broken pipe")
        self.events.append(("write", buffer))

    def close(self) -> None:
        self.events.append(("close", b""))

    def get_extra_info(self, info: str) -> typing.Any:
        return None


class AsyncRecording(httpcore.AsyncNetworkStream):
    def __init__(self) -> None:
        self.sync = Recording()

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.sync.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.sync.write(buffer, timeout)

    async def aclose(self) -> None:
        self.sync.close()


def test_head_and_body_go_out_in_one_write_before_the_read() -> None:
    inner = Recording()
    stream = _DeadlineStream(inner)
    stream.write(b"POST / HTTP/1.1\r\nContent-Length: 2\r\n\r\n", 5.0)
    stream.write(b"{}", 5.0)
    stream.write(b"", 5.0)  # h11's end of message for a Content-Length body
    assert inner.events == []
    stream.read(65536, 5.0)
    assert inner.events == [("write", b"POST / HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}"), ("read", b"")]
    stream.write(b"GET / HTTP/1.1\r\n\r\n", 5.0)  # the next request on the same connection: the same again
    stream.read(65536, 5.0)
    assert inner.events[2:] == [("write", b"GET / HTTP/1.1\r\n\r\n"), ("read", b"")]


def test_a_failed_write_still_reads_the_answer_a_server_that_closed_early_sent() -> None:
    inner = Recording(fail_writes=True)
    stream = _DeadlineStream(inner)
    stream.write(b"POST / HTTP/1.1\r\nContent-Length: 9999999\r\n\r\n", 5.0)
    assert stream.read(65536, 5.0).startswith(b"HTTP/1.1 413")


def test_closing_drops_a_request_never_read() -> None:
    inner = Recording()
    stream = _DeadlineStream(inner)
    stream.write(b"abandoned", 5.0)
    stream.close()
    assert inner.events == [("close", b"")]


def test_the_async_pools_stream_coalesces_alike() -> None:
    inner = AsyncRecording()
    stream = _CoalescingAsyncStream(inner)

    async def scenario() -> None:
        await stream.write(b"HEAD", 5.0)
        await stream.write(b"BODY", 5.0)
        await stream.read(10, 5.0)
        await stream.write(b"dropped", 5.0)
        await stream.aclose()

    asyncio.run(scenario())
    assert inner.sync.events == [("write", b"HEADBODY"), ("read", b""), ("close", b"")]


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_the_pool_writes_each_request_whole_to_a_real_socket(kind: str) -> None:
    # Over a real socket: the server gets head and body in a single segment (a loopback send of a few hundred
    # bytes arrives whole), which is what the coalescing is for.
    import socket
    import threading

    from voucherify_rollbacks import AsyncVoucherify, Voucherify

    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    first_chunks: list[bytes] = []

    def serve() -> None:
        conn, _ = listener.accept()
        with conn:
            conn.settimeout(5)
            data = conn.recv(65536)
            first_chunks.append(data)
            while b"\r\n\r\n" not in data or not data.endswith(b"}"):
                more = conn.recv(65536)
                if not more:
                    break
                data += more
            body = b'{"message": "nope", "code": 404, "key": "not_found"}'
            conn.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    settings: dict[str, typing.Any] = {"app_id": "a", "app_token": "t", "base_url": f"http://127.0.0.1:{port}"}
    try:
        if kind == "sync":
            with Voucherify(**settings, max_retries=0) as client, pytest.raises(Exception, match="nope"):
                client.rollback_stacked("r_1", customer={"id": "c"})
        else:

            async def scenario() -> None:
                async with AsyncVoucherify(**settings, max_retries=0) as client:
                    await client.rollback_stacked("r_1", customer={"id": "c"})

            with pytest.raises(Exception, match="nope"):
                asyncio.run(scenario())
    finally:
        thread.join(timeout=5)
        listener.close()
    (chunk,) = first_chunks
    whole = chunk.startswith(b"POST /v1/redemptions/r_1/rollbacks") and chunk.endswith(b'{"customer":{"id":"c"}}')
    assert whole, f"the first segment held {len(chunk)} bytes, not the whole request"  # never print the headers
