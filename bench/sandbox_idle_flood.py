"""A healthy client's latency while another local process holds many idle connections to the sandbox.

Run: .venv/bin/python -m bench.sandbox_idle_flood [--idle 1000,5000] [--requests 100]

For each count, a child process opens that many TCP connections to a fresh sandbox and sends nothing on them; then
this process makes `--requests` calls, each on a new connection (`Connection: close`), and prints the p50, p99 and
maximum time from connect to the end of the answer, and how many of the idle sockets the server had closed. The
goal is a p99 under 1 s (before the fix a new client waited ~10.3 s once 1,000 were idle).
"""

from __future__ import annotations

import argparse
import resource
import socket
import statistics
import subprocess
import sys
import time

from voucherify_sandbox import Sandbox

# The child: open N connections, report how many opened, then wait for a line on stdin and report how many the
# server has closed meanwhile (a closed socket reads b"" at once; an open idle one would block).
_FLOOD = """
import resource, socket, sys
host, port, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, count + 256), hard))
conns = [socket.create_connection((host, port), timeout=30) for _ in range(count)]
print(len(conns), flush=True)
sys.stdin.readline()
closed = 0
for conn in conns:
    conn.setblocking(False)
    try:
        closed += conn.recv(1) == b""
    except BlockingIOError:
        pass
    except OSError:
        closed += 1
print(closed, flush=True)
"""


def raise_open_files(wanted: int) -> None:
    """Raise this process's soft RLIMIT_NOFILE to `wanted`, bounded by the hard limit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, wanted), hard))


def healthy_call(sb: Sandbox) -> float:
    """Seconds from connect to the end of one answer on a fresh connection."""
    request = (
        f"GET /v1/redemptions?limit=1 HTTP/1.1\r\nHost: x\r\nX-App-Id: {sb.app_id}\r\n"
        f"X-App-Token: {sb.app_token}\r\nConnection: close\r\n\r\n"
    ).encode()
    started = time.perf_counter()
    with socket.create_connection((sb.host, sb.port), timeout=30) as conn:
        conn.sendall(request)
        reply = b""
        while chunk := conn.recv(65536):
            reply += chunk
    assert reply.startswith(b"HTTP/1.1 200"), reply[:100]
    return time.perf_counter() - started


def measure(idle: int, requests: int) -> tuple[float, float, float, int]:
    with Sandbox() as sb:
        flood = subprocess.Popen(
            [sys.executable, "-c", _FLOOD, sb.host, str(sb.port), str(idle)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert flood.stdin is not None and flood.stdout is not None
        try:
            opened = int(flood.stdout.readline())
            assert opened == idle, opened
            samples = sorted(healthy_call(sb) for _ in range(requests))
            flood.stdin.write("done\n")
            flood.stdin.flush()
            closed = int(flood.stdout.readline())
        finally:
            flood.kill()
            flood.wait()
    p99 = samples[min(len(samples) - 1, int(len(samples) * 0.99))]
    return statistics.median(samples), p99, samples[-1], closed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--idle", default="1000,5000")
    parser.add_argument("--requests", type=int, default=100)
    args = parser.parse_args()
    raise_open_files(4096)
    print(f"{'idle sockets':>12} | {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} | idle closed by the server")
    for idle in (int(n) for n in args.idle.split(",")):
        p50, p99, worst, closed = measure(idle, args.requests)
        print(f"{idle:>12,} | {p50 * 1000:>8.2f} {p99 * 1000:>8.2f} {worst * 1000:>8.2f} | {closed:,}", flush=True)


if __name__ == "__main__":
    main()
