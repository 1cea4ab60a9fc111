"""A local flood of idle connections must not lock out a well-behaved client (the sandbox closes the longest-idle
connections once fewer than SPARE_CONNECTIONS slots are left; bench/sandbox_idle_flood.py prints the latencies)."""

from __future__ import annotations

import socket
import time

import pytest
from voucherify_sandbox import Sandbox

from bench.sandbox_idle_flood import healthy_call, raise_open_files


@pytest.mark.serial
def test_a_new_client_is_answered_within_2_s_while_1000_idle_sockets_are_open(sb: Sandbox) -> None:
    raise_open_files(4096)  # 1,000 client sockets plus the server's side of each, in this one process
    idle = [socket.create_connection((sb.host, sb.port), timeout=10) for _ in range(1000)]
    try:
        started = time.monotonic()
        latencies = [healthy_call(sb) for _ in range(5)]
        assert max(latencies) < 2, latencies
        assert time.monotonic() - started < 5
    finally:
        for conn in idle:
            conn.close()


@pytest.mark.serial
def test_a_connection_with_a_request_in_progress_outlives_the_idle_ones(sb: Sandbox) -> None:
    raise_open_files(4096)
    busy = socket.create_connection((sb.host, sb.port), timeout=10)
    busy.sendall(b"GET /v1/redemptions?limit=1 HTTP/1.1\r\nHost: x\r\n")  # the head is unfinished
    idle = [socket.create_connection((sb.host, sb.port), timeout=10) for _ in range(1000)]
    try:
        healthy_call(sb)
        busy.sendall(f"X-App-Id: {sb.app_id}\r\nX-App-Token: {sb.app_token}\r\nConnection: close\r\n\r\n".encode())
        assert busy.recv(12) == b"HTTP/1.1 200"
    finally:
        busy.close()
        for conn in idle:
            conn.close()
