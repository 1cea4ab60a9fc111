"""A fault-injecting HTTP/1.1 proxy on 127.0.0.1, between the SDK and a real server (usually the sandbox).

Each request the SDK sends is matched against the queued faults (first match wins, each used `times` times); an
unmatched request passes through. The proxy speaks just enough HTTP to find request and response boundaries: it
forwards each request on a fresh upstream connection (`Connection: close`) and reads the whole answer, so a fault
"after forwarding" always happens after the server committed. Every wait is bounded and `stop()` ends them all.

Faults:
- `Fault.drop_after()`: forward, then close the SDK's connection without answering.
- `Fault.cut_mid_body()`: forward, then send the headers and half the body, and close.
- `Fault.reset_mid_body()`: forward, then send the headers and half the body, and reset the connection (RST).
- `Fault.trickle(interval)`: forward, then send the answer one byte per `interval` seconds.
- `Fault.delay(seconds)`: forward, then answer only after `seconds`.
- `Fault.duplicate()`: forward the request twice (as a retransmitting middlebox would); answer the first reply.
- `Fault.status_before(code, body)`: answer `code` (and a JSON body) without forwarding: nothing reaches the server.
- `Fault.status_after(code, body)`: forward (the server applies it), then answer `code` instead of its reply.
- `Fault.hang_before(seconds)`: hold the request without forwarding it, then close: nothing reaches the server.
- `Fault.reset_before()`: reset the connection (RST) before forwarding anything.

`proxy.trim_query(reason=5)` cuts that query parameter's value of every request it forwards to 5 characters, as a
gateway limiting query values would.
"""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import threading
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

# No wait in the proxy lasts longer than this, whatever a fault asks: a test never hangs on it.
MAX_WAIT = 10.0


@dataclass
class Fault:
    name: str
    method: str | None = None
    path: str | None = None  # a substring of the request target
    times: int = 1
    arg: float = 0.0
    status: int = 0
    body: dict[str, Any] | None = None

    def matches(self, method: str, target: str) -> bool:
        return (self.method is None or self.method == method) and (self.path is None or self.path in target)

    @classmethod
    def drop_after(cls, **match: Any) -> Fault:
        return cls("drop_after", **match)

    @classmethod
    def cut_mid_body(cls, **match: Any) -> Fault:
        return cls("cut_mid_body", **match)

    @classmethod
    def reset_mid_body(cls, **match: Any) -> Fault:
        return cls("reset_mid_body", **match)

    @classmethod
    def trickle(cls, interval: float, **match: Any) -> Fault:
        return cls("trickle", arg=interval, **match)

    @classmethod
    def delay(cls, seconds: float, **match: Any) -> Fault:
        return cls("delay", arg=seconds, **match)

    @classmethod
    def duplicate(cls, **match: Any) -> Fault:
        return cls("duplicate", **match)

    @classmethod
    def status_before(cls, status: int, body: dict[str, Any] | None = None, **match: Any) -> Fault:
        return cls("status_before", status=status, body=body, **match)

    @classmethod
    def status_after(cls, status: int, body: dict[str, Any] | None = None, **match: Any) -> Fault:
        return cls("status_after", status=status, body=body, **match)

    @classmethod
    def hang_before(cls, seconds: float, **match: Any) -> Fault:
        return cls("hang_before", arg=seconds, **match)

    @classmethod
    def reset_before(cls, **match: Any) -> Fault:
        return cls("reset_before", **match)


@dataclass
class Passed:
    """One request the proxy saw, and what it did with it."""

    method: str
    target: str
    fault: str | None
    body: bytes = b""
    forwarded: int = 0  # how many times it reached the server


@dataclass
class _Request:
    method: str
    target: str
    head: bytes
    body: bytes


class FaultProxy:
    """`with FaultProxy(upstream_port) as proxy: proxy.inject(Fault.drop_after(method="POST"))`."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.faults: list[Fault] = []
        self.seen: list[Passed] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self._threads: list[threading.Thread] = []
        self._clients: list[socket.socket] = []
        self._trimmed: dict[str, int] = {}

    def trim_query(self, **lengths: int) -> FaultProxy:
        """Cut the named query parameters of every forwarded request to at most that many characters."""
        self._trimmed.update(lengths)
        return self

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def inject(self, *faults: Fault) -> FaultProxy:
        with self._lock:
            self.faults.extend(faults)
        return self

    def pending(self) -> list[str]:
        with self._lock:
            return [f.name for f in self.faults]

    def trail(self) -> list[str]:
        """Every request seen, as "METHOD path [fault]"."""
        return [f"{p.method} {p.target.split('?')[0]}" + (f" [{p.fault}]" if p.fault else "") for p in self.seen]

    def __enter__(self) -> FaultProxy:
        thread = threading.Thread(target=self._accept, daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self._stop.set()
        with self._lock:
            clients = list(self._clients)
        for client in clients:
            _close(client)
        for thread in list(self._threads):
            thread.join(timeout=MAX_WAIT)
        self._listener.close()

    def _take(self, method: str, target: str) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if fault.matches(method, target):
                    fault.times -= 1
                    if fault.times <= 0:
                        self.faults.remove(fault)
                    return fault
        return None

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(MAX_WAIT)
            with self._lock:
                self._clients.append(client)
            thread = threading.Thread(target=self._serve, args=(client,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _serve(self, client: socket.socket) -> None:
        reader = _Reader(client)
        try:
            for _ in range(1000):  # keep-alive requests on one connection, bounded
                request = reader.request()
                if request is None or self._stop.is_set():
                    return
                fault = self._take(request.method, request.target)
                passed = Passed(request.method, request.target, fault.name if fault else None, request.body)
                with self._lock:
                    self.seen.append(passed)
                if not self._handle(client, request, fault, passed):
                    return
        except OSError:
            return
        finally:
            _close(client)

    def _handle(self, client: socket.socket, request: _Request, fault: Fault | None, passed: Passed) -> bool:
        """Answer one request; False when the connection must end."""
        name = fault.name if fault else None
        if name == "reset_before":
            client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return False
        if name == "status_before":
            assert fault is not None
            client.sendall(_status_reply(fault.status, fault.body))
            return True
        if name == "hang_before":
            assert fault is not None
            self._stop.wait(min(fault.arg, MAX_WAIT))
            return False
        reply = self._forward(request)
        passed.forwarded += 1
        if name == "duplicate":
            self._forward(request)
            passed.forwarded += 1
        if name == "drop_after":
            return False
        if name == "status_after":
            assert fault is not None
            client.sendall(_status_reply(fault.status, fault.body))
            return True
        if name in ("cut_mid_body", "reset_mid_body"):
            head, _, body = reply.partition(b"\r\n\r\n")
            client.sendall(head + b"\r\n\r\n" + body[: max(len(body) // 2, 1)])
            if name == "reset_mid_body":
                client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return False
        if name == "delay":
            assert fault is not None
            if self._stop.wait(min(fault.arg, MAX_WAIT)):
                return False
        if name == "trickle":
            assert fault is not None
            for byte in range(min(len(reply), int(MAX_WAIT / max(fault.arg, 0.001)))):
                client.sendall(reply[byte : byte + 1])
                if self._stop.wait(fault.arg):
                    return False
            return False
        client.sendall(reply)
        return b"connection: close" not in reply.split(b"\r\n\r\n", 1)[0].lower()

    def _forward(self, request: _Request) -> bytes:
        with socket.create_connection(self.upstream, timeout=MAX_WAIT) as upstream:
            head = _with_header(self._trim(request.head), b"Connection", b"close")
            upstream.sendall(head + request.body)
            chunks = []
            while True:
                chunk = upstream.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
        return b"".join(chunks)

    def _trim(self, head: bytes) -> bytes:
        if not self._trimmed:
            return head
        line, rest = head.split(b"\r\n", 1)
        method, target, version = line.decode("latin-1").split(" ", 2)
        parts = urlsplit(target)
        query = [
            (k, v[: self._trimmed[k]] if k in self._trimmed else v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
        ]
        target = parts.path + ("?" + urlencode(query) if query else "")
        return f"{method} {target} {version}".encode("latin-1") + b"\r\n" + rest


class _Reader:
    """Reads HTTP/1.1 requests (Content-Length bodies) off one connection."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock, self.buffer = sock, b""

    def request(self) -> _Request | None:
        while b"\r\n\r\n" not in self.buffer:
            chunk = self.sock.recv(65536)
            if not chunk:
                return None
            self.buffer += chunk
            if len(self.buffer) > 1 << 20:
                return None
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        head += b"\r\n\r\n"
        lines = head.split(b"\r\n")
        method, target, _ = lines[0].decode("latin-1").split(" ", 2)
        length = 0
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        while len(self.buffer) < length:
            chunk = self.sock.recv(65536)
            if not chunk:
                return None
            self.buffer += chunk
        body, self.buffer = self.buffer[:length], self.buffer[length:]
        return _Request(method, target, head, body)


def _with_header(head: bytes, name: bytes, value: bytes) -> bytes:
    lines = [line for line in head.split(b"\r\n") if line and not line.lower().startswith(name.lower() + b":")]
    return b"\r\n".join([*lines, name + b": " + value]) + b"\r\n\r\n"


def _status_reply(status: int, body: dict[str, Any] | None = None) -> bytes:
    payload = json.dumps(body if body is not None else {"code": status, "message": f"proxy says {status}"}).encode()
    head = f"HTTP/1.1 {status} Proxy\r\nContent-Type: application/json\r\nContent-Length: {len(payload)}\r\n\r\n"
    return head.encode() + payload


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.close()
