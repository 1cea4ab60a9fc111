"""Hostile HTTP servers on 127.0.0.1: each connection is answered by one behaviour, always bounded in time and size.

A behaviour gets the connection, the request's bytes and the server's stop event. If the SDK gives up early (its
deadline, its size limit), the behaviour meets a closed socket and ends; if it does not, every behaviour still ends
by itself within `MAX_SECONDS`, after which the trickling ones finish with a *successful* answer, so a client that
failed to stop shows up as a wrong outcome, not as a hang.
"""

from __future__ import annotations

import gzip
import json
import socket
import threading
import zlib
from collections.abc import Callable
from typing import Any

MAX_SECONDS = 4.0
Behaviour = Callable[[socket.socket, bytes, threading.Event], None]
OK_BODY = json.dumps({"id": "r_1", "object": "redemption", "result": "SUCCESS"}).encode()


class HostileServer:
    """`with HostileServer(trickle_headers(0.05)) as server: Voucherify(base_url=server.base_url, ...)`."""

    def __init__(self, behaviour: Behaviour) -> None:
        self.behaviour = behaviour
        self.requests: list[bytes] = []
        self._stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self._threads: list[threading.Thread] = []

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def __enter__(self) -> HostileServer:
        thread = threading.Thread(target=self._accept, daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self._stop.set()
        for thread in list(self._threads):
            thread.join(timeout=MAX_SECONDS + 1)
        self._listener.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(MAX_SECONDS)
        try:
            request = _read_request(conn)
            if request is None:
                return
            self.requests.append(request)
            self.behaviour(conn, request, self._stop)
        except OSError:
            pass
        finally:
            conn.close()


def _read_request(conn: socket.socket) -> bytes | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = next(
        (int(line.split(b":", 1)[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:")),
        0,
    )
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


def _response(status: int, body: bytes, *headers: str) -> bytes:
    lines = [f"HTTP/1.1 {status} X", f"Content-Length: {len(body)}", "Content-Type: application/json", *headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def _trickle(conn: socket.socket, data: bytes, interval: float, stop: threading.Event) -> bool:
    """Send `data` one byte per `interval` for at most MAX_SECONDS; True if it was all sent."""
    for index in range(len(data)):
        if stop.wait(interval) or index * interval > MAX_SECONDS:
            return False
        conn.sendall(data[index : index + 1])
    return True


def trickle_headers(interval: float) -> Behaviour:
    """The status line and headers one byte at a time, padded by a long header; then a good answer."""

    def behaviour(conn: socket.socket, request: bytes, stop: threading.Event) -> None:
        whole = _response(200, OK_BODY, "X-Padding: " + "p" * int(MAX_SECONDS / interval))
        head_end = whole.index(b"\r\n\r\n") + 4
        if _trickle(conn, whole[:head_end], interval, stop):
            conn.sendall(whole[head_end:])
        else:
            conn.sendall(whole[head_end:])  # what a slow server would finally send: a success

    return behaviour


def trickle_body(interval: float) -> Behaviour:
    """Headers at once, then a long JSON body one byte at a time (whitespace padding keeps it valid)."""

    def behaviour(conn: socket.socket, request: bytes, stop: threading.Event) -> None:
        body = b" " * int(MAX_SECONDS / interval) + OK_BODY
        whole = _response(200, body)
        head_end = whole.index(b"\r\n\r\n") + 4
        conn.sendall(whole[:head_end])
        if not _trickle(conn, body, interval, stop):
            conn.sendall(body)

    return behaviour


def processing(interval: float) -> Behaviour:
    """`102 Processing` interim answers, one per `interval`, for MAX_SECONDS; then a good answer."""

    def behaviour(conn: socket.socket, request: bytes, stop: threading.Event) -> None:
        for _ in range(int(MAX_SECONDS / interval)):
            if stop.wait(interval):
                break
            conn.sendall(b"HTTP/1.1 102 Processing\r\n\r\n")
        conn.sendall(_response(200, OK_BODY))

    return behaviour


def echo_credentials(status: int = 401) -> Behaviour:
    """An error whose message, details, headers and body repeat the request's credential headers."""

    def behaviour(conn: socket.socket, request: bytes, stop: threading.Event) -> None:
        head = request.split(b"\r\n\r\n", 1)[0].decode("latin-1")
        sent = {
            name.strip().lower(): value.strip()
            for name, _, value in (line.partition(":") for line in head.split("\r\n")[1:])
        }
        token = sent.get("x-app-token") or sent.get("authorization", "")
        body = json.dumps(
            {"code": status, "key": "unauthorized", "message": f"bad token {token}", "details": head}
        ).encode()
        conn.sendall(_response(status, body, f"X-Echo: {token}", f"Www-Authenticate: {token}"))

    return behaviour


def endless_body(status: int = 200) -> Behaviour:
    """A chunked body that never ends (64 KiB chunks, until the client leaves or 256 MiB are sent)."""

    def behaviour(conn: socket.socket, request: bytes, stop: threading.Event) -> None:
        conn.sendall(f"HTTP/1.1 {status} X\r\nTransfer-Encoding: chunked\r\n\r\n".encode())
        chunk = b"%x\r\n" % 65536 + b"[" * 65536 + b"\r\n"
        for _ in range(4096):
            if stop.is_set():
                return
            conn.sendall(chunk)

    return behaviour


def _bomb(size: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = b"0" * (1 << 20)
    parts = [compressor.compress(zeros) for _ in range(size >> 20)]
    return b"".join(parts) + compressor.flush()


def gzip_bomb(status: int = 200, inflated: int = 64 << 20) -> Behaviour:
    """A small gzip body that inflates to `inflated` bytes."""
    body = _bomb(inflated)

    def behaviour(conn: socket.socket, request: bytes, stop: threading.Event) -> None:
        conn.sendall(_response(status, body, "Content-Encoding: gzip"))

    return behaviour


def lying_encoding(status: int, body: bytes, encoding: str = "gzip") -> Behaviour:
    """A body that claims a Content-Encoding it does not have."""

    def behaviour(conn: socket.socket, request: bytes, stop: threading.Event) -> None:
        conn.sendall(_response(status, body, f"Content-Encoding: {encoding}"))

    return behaviour


def gzipped(status: int, payload: Any) -> Behaviour:
    """An honest gzip answer (the control case of the encoding tests)."""
    body = gzip.compress(json.dumps(payload).encode())

    def behaviour(conn: socket.socket, request: bytes, stop: threading.Event) -> None:
        conn.sendall(_response(status, body, "Content-Encoding: gzip"))

    return behaviour
