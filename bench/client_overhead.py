"""What the SDK adds to one stacked rollback, against raw httpx, over a real local HTTP server.

Both sides POST the same body to the same keep-alive server and read the same answer: raw httpx then json.loads it;
the SDK builds the request through the generated client, runs its retry plan, checks the status and parses the
answer into typed models. Rounds alternate between the two so machine noise hits both alike.

    .venv/bin/python -m bench.client_overhead [--iterations N] [--rounds R]

Goal (issue 3): SDK time per rollback <= 1.15x raw.
"""

from __future__ import annotations

import argparse
import json
import statistics
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
from voucherify_rollbacks import Voucherify

PAYLOAD = Path(__file__).resolve().parents[1] / "tests" / "data" / "examples" / "rollbacks_success.json"
PARENT = "r_5J38i6KjSnkHYw3bwLB4v72j"
BODY = {"customer": {"source_id": "annie@lemon.com"}, "order": {"source_id": "order-1"}, "metadata": {"a": 1}}


def serve(answer: bytes) -> ThreadingHTTPServer:
    """A keep-alive HTTP/1.1 server on 127.0.0.1 answering every POST with `answer`."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms delayed-ACK stall

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(answer)))
            self.send_header("X-Request-Id", "v-bench")
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()

    answer = PAYLOAD.read_bytes()
    server = serve(answer)
    base_url = f"http://127.0.0.1:{server.server_address[1]}"
    headers = {"X-App-Id": "bench", "X-App-Token": "bench-token"}
    url = f"{base_url}/v1/redemptions/{PARENT}/rollbacks"

    with httpx.Client() as raw, Voucherify(base_url=base_url, app_id="bench", app_token="bench-token") as sdk:

        def raw_once() -> None:
            response = raw.post(url, params={"reason": "Order canceled"}, json=BODY, headers=headers)
            response.raise_for_status()
            json.loads(response.content)

        def sdk_once() -> None:
            sdk.rollback_stacked(PARENT, reason="Order canceled", **BODY)

        def sdk_read_once() -> None:
            # The same call, then reading the result, which parses it into typed models on first access.
            result = sdk.rollback_stacked(PARENT, reason="Order canceled", **BODY)
            assert result.ok and result.order is not None

        for warm in (raw_once, sdk_once, sdk_read_once):
            for _ in range(50):
                warm()
        raw_times: list[float] = []
        sdk_times: list[float] = []
        read_times: list[float] = []
        for _ in range(args.rounds):
            for fn, sink in ((raw_once, raw_times), (sdk_once, sdk_times), (sdk_read_once, read_times)):
                start = time.perf_counter()
                for _ in range(args.iterations):
                    fn()
                sink.append((time.perf_counter() - start) / args.iterations)
    server.shutdown()

    print(f"payload: {PAYLOAD.name} ({len(answer)} bytes), {args.rounds} rounds x {args.iterations} rollbacks each")
    raw_best, raw_median = min(raw_times), statistics.median(raw_times)
    print(f"{'raw httpx + json.loads':42} best {raw_best * 1e6:8.1f} us   median {raw_median * 1e6:8.1f} us")
    for label, times in (("Voucherify.rollback_stacked", sdk_times), ("... and reading the typed result", read_times)):
        best, median = min(times), statistics.median(times)
        print(
            f"{label:42} best {best * 1e6:8.1f} us   median {median * 1e6:8.1f} us   "
            f"ratio {best / raw_best:.3f}x (median {median / raw_median:.3f}x)"
        )
    print("goal: rollback through the SDK <= 1.15x raw")


if __name__ == "__main__":
    main()
