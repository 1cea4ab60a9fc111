"""Requests per second the sandbox serves: GETs, and redeem + rollback pairs, at 1 and 8 concurrent clients.

Run: .venv/bin/python -m bench.sandbox_throughput [--seconds 3] [--clients 1,8]

The server runs as `voucherify-sandbox serve` in its own process; each client is a process of its own with one
keep-alive httpx client, so the figures are the server's, not one interpreter's GIL shared by both sides. On a
2-core machine the clients compete with the server for the cores: read the figures as what a test suite on the same
machine gets. `--command` runs another server that prints the same banner (URL, X-App-Id, X-App-Token lines), which
is how the server libraries were compared (see bench/README.md).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import re
import shlex
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
REDEEM = {
    "redeemables": [
        {"object": "voucher", "id": "GIFT-100", "gift": {"credits": 1}},
        {"object": "voucher", "id": "SAVE10"},
    ],
    "order": {"amount": 5000},
    "customer": {"source_id": "bench"},
}


def start_server(command: list[str]) -> tuple[subprocess.Popen[str], str, dict[str, str]]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "wrapper"), str(ROOT / "generated")])}
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    url, headers = "", {}
    for _ in range(60):
        line = process.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:\d+", line)
        if found:
            url = found.group(0)
        for name in ("X-App-Id", "X-App-Token"):
            if line.strip().startswith(name + ":"):
                headers[name] = line.split(":", 1)[1].strip()
        if url and len(headers) == 2:
            break
    if not url:
        process.kill()
        raise SystemExit(f"the server did not print its URL: {command}")
    return process, url, headers


Results = "multiprocessing.Queue[tuple[int, float]]"


def client(url: str, headers: dict[str, str], kind: str, seconds: float, start: float, out: Results) -> None:
    with httpx.Client(base_url=url, headers=headers, timeout=30) as api:
        first = api.post("/v1/redemptions", json=REDEEM).json()["parent_redemption"]["id"]
        while time.time() < start:
            time.sleep(0.001)
        requests, began = 0, time.perf_counter()
        while time.perf_counter() - began < seconds:
            if kind == "get":
                assert api.get(f"/v1/redemptions/{first}").status_code == 200
                requests += 1
            else:
                parent = api.post("/v1/redemptions", json=REDEEM).json()["parent_redemption"]["id"]
                assert api.post(f"/v1/redemptions/{parent}/rollbacks", json={}).status_code == 200
                requests += 2
        out.put((requests, time.perf_counter() - began))


def run(url: str, headers: dict[str, str], kind: str, clients: int, seconds: float) -> float:
    out: Results = multiprocessing.Queue()
    start = time.time() + 1.0  # every client connected and warmed up before the clock starts
    workers = [
        multiprocessing.Process(target=client, args=(url, headers, kind, seconds, start, out)) for _ in range(clients)
    ]
    for worker in workers:
        worker.start()
    results = [out.get(timeout=seconds + 60) for _ in workers]
    for worker in workers:
        worker.join(timeout=10)
    return sum(requests / elapsed for requests, elapsed in results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--clients", default="1,8")
    parser.add_argument("--command", help="another server to measure (prints the sandbox's banner)")
    args = parser.parse_args()
    command = shlex.split(args.command) if args.command else [sys.executable, "-m", "voucherify_sandbox", "serve"]
    process, url, headers = start_server(command)
    try:
        print(f"{' '.join(command[-2:])}: {os.cpu_count()} CPUs, {args.seconds:.0f} s per case, one process per client")
        for clients in [int(c) for c in args.clients.split(",")]:
            get = run(url, headers, "get", clients, args.seconds)
            pairs = run(url, headers, "pair", clients, args.seconds)
            print(
                f"  {clients} client(s): GET /v1/redemptions/{{id}} {get:7.0f} req/s | "
                f"redeem (2 redeemables) + stacked rollback {pairs:6.0f} req/s ({pairs / 2:.0f} pairs/s)"
            )
    finally:
        process.terminate()
        process.wait(timeout=10)


if __name__ == "__main__":
    main()
