"""Parse speed of a stacked-rollback response body into typed models: this SDK against the official one.

Run: .venv/bin/python -m bench.parse [--seconds 0.5] [--repeat 5] [--only seed|success|large]
For each payload, the same JSON text is parsed by
  ours      RedemptionsRollbacksCreateResponseBody.from_dict(json.loads(body))        (voucherify_client)
  official  voucherify.models.RedemptionsRollbacksCreateResponseBody.from_json(body)  (voucherify 6.1.1, pydantic)
  json      json.loads(body) alone, the floor both pay (the official from_json calls json.loads too)
Each case runs N iterations (N sized so that one run takes about --seconds), best of --repeat runs, the cases
interleaved run by run so that machine noise hits them alike. Prints µs per parse and the ratio ours/official
(goal <= 0.5). No assertion: the figures are for reading.

Each SDK runs in its own worker process, as in an application that uses one of them: the official package loads
1,400 modules, and in a shared process every full garbage collection during our parse would walk its objects too.

Payloads: the seed page's example response with its "<any>" placeholders filled (the official SDK cannot parse the
raw one), the real rollbacks_success.json, and a large stack (the filled seed with 30 child rollbacks).
"""

from __future__ import annotations

import argparse
import gc
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.support.example_payloads import large_stack, load_example, seed_response_filled

REPO = Path(__file__).resolve().parents[1]

PAYLOADS: dict[str, tuple[str, Callable[[], Any]]] = {
    "seed": ("seed response, placeholders filled", seed_response_filled),
    "success": ("rollbacks_success.json (real)", lambda: load_example("rollbacks_success.json")),
    "large": ("large stack, 30 rollbacks", lambda: large_stack(30)),
}
CASES = {"ours": "ours", "official": "official", "json": "ours"}  # case -> the worker that runs it
PARSED_TYPE = {
    "ours": "RedemptionsRollbacksCreateResponseBody",
    "official": "RedemptionsRollbacksCreateResponseBody",
    "json": "dict",
}


def parsers(worker: str) -> dict[str, Callable[[str], object]]:
    """The parse function of each case this worker runs; each checks once that it really parses the payload."""
    if worker == "ours":
        from voucherify_client.models import RedemptionsRollbacksCreateResponseBody as Ours

        return {"ours": lambda body: Ours.from_dict(json.loads(body)), "json": json.loads}
    from voucherify.models import RedemptionsRollbacksCreateResponseBody as Official

    return {"official": Official.from_json}


def run_once(parse: Callable[[str], object], body: str, iterations: int) -> float:
    gc.collect()
    start = time.perf_counter()
    for _ in range(iterations):
        parse(body)
    return (time.perf_counter() - start) / iterations


def serve(worker: str) -> None:
    """Worker loop: one JSON request per stdin line, one JSON answer per stdout line."""
    cases = parsers(worker)
    bodies = {name: json.dumps(make()) for name, (_, make) in PAYLOADS.items()}
    for line in sys.stdin:
        request = json.loads(line)
        parse, body = cases[request["case"]], bodies[request["payload"]]
        if request["op"] == "check":
            answer: Any = {"type": type(parse(body)).__name__, "bytes": len(body)}
        elif request["op"] == "size":
            # The fastest of a few single calls: the first calls of a big payload can include a full collection.
            single = min(run_once(parse, body, 1) for _ in range(3))
            answer = max(3, int(request["seconds"] / single))
        else:
            answer = run_once(parse, body, request["iterations"])
        print(json.dumps(answer), flush=True)


class Worker:
    def __init__(self, name: str) -> None:
        self.name = name
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bench.parse", "--worker", name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=REPO,
        )

    def ask(self, **request: Any) -> Any:
        assert self.process.stdin and self.process.stdout
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline()
        if not answer:
            raise RuntimeError(f"the {self.name} worker exited; its error is printed above")
        return json.loads(answer)

    def close(self) -> None:
        assert self.process.stdin
        self.process.stdin.close()
        self.process.wait()


def bench_payload(name: str, workers: dict[str, Worker], seconds: float, repeat: int) -> None:
    sizes = set()
    for case, worker in CASES.items():
        check = workers[worker].ask(op="check", case=case, payload=name)
        assert check["type"] == PARSED_TYPE[case], f"{case} did not parse {name}: {check}"
        sizes.add(check["bytes"])
    assert len(sizes) == 1, "the workers built different payloads"
    iterations = {
        case: workers[worker].ask(op="size", case=case, payload=name, seconds=seconds) for case, worker in CASES.items()
    }
    best = dict.fromkeys(CASES, float("inf"))
    for _ in range(repeat):
        for case, worker in CASES.items():
            per_op = workers[worker].ask(op="run", case=case, payload=name, iterations=iterations[case])
            best[case] = min(best[case], per_op)
    print(f"{PAYLOADS[name][0]} ({sizes.pop():,} bytes)")
    for case in CASES:
        print(f"  {case:<9}{best[case] * 1e6:10.1f} µs/op   (best of {repeat} x {iterations[case]:,})")
    print(f"  ratio ours/official: {best['ours'] / best['official']:.2f}  (goal <= 0.50)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=0.5, help="target duration of one run of one case")
    parser.add_argument("--repeat", type=int, default=5, help="runs per case; the best is reported")
    parser.add_argument("--only", choices=sorted(PAYLOADS), action="append", help="payload(s) to run")
    parser.add_argument("--worker", choices=["ours", "official"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        serve(args.worker)
        return

    workers = {name: Worker(name) for name in ("ours", "official")}
    try:
        print(f"python {sys.version.split()[0]}; each SDK in its own process")
        for name in args.only or PAYLOADS:
            bench_payload(name, workers, args.seconds, args.repeat)
    finally:
        for worker in workers.values():
            worker.close()


if __name__ == "__main__":
    main()
