"""What reading an answer costs, without the network: parse + read per payload, scaling with the stack, memory.

Ours is built the way the client builds it (`operations.read_rollback_stacked` fed an httpx.Response holding the
wire bytes; the Response itself is made once per payload, as the transport makes it in a real call), so the figures
follow whatever the result objects become. The official SDK parses the same text with
`RedemptionsRollbacksCreateResponseBody.from_json` (what its `response_deserialize` does after decoding the bytes).
Both then read the same fields (readers.py).
"""

from __future__ import annotations

import gc
import json
import statistics
import tracemalloc
from collections.abc import Callable
from typing import Any

from voucherify.models import RedemptionsRollbacksCreateResponseBody as Official
from voucherify_client.models import RedemptionsRollbacksCreateResponseBody as Generated
from voucherify_rollbacks.operations.redemptions import read_rollback_stacked

from bench.measure import (
    Report,
    block_timer,
    freeze_heap,
    interleaved,
    median,
    per_round_ratio,
    round_ratios,
    sized,
    spread,
)
from bench.readers import check_same_reads, payloads, read_official, read_ours, read_raw, response, stack


def _sides(body: bytes) -> dict[str, Callable[[], Any]]:
    wire = response(body)
    text = body.decode()
    return {
        "ours": lambda: read_ours(read_rollback_stacked(wire)),
        "official": lambda: read_official(Official.from_json(text)),
        "generated model alone": lambda: Generated.from_json(body),
        "json.loads": lambda: json.loads(body),
        "json.loads + reads": lambda: read_raw(json.loads(body)),
    }


def _check(what: str, body: bytes) -> None:
    sides = _sides(body)
    check_same_reads(what, sides["ours"](), sides["official"](), read_raw(json.loads(body)))


def _measure(cases: dict[str, Callable[[], Any]], rounds: int, seconds: float) -> dict[str, list[float]]:
    for call in cases.values():
        call()
    blocks = {name: block_timer(call, sized(call, seconds)) for name, call in cases.items()}
    return interleaved(blocks, rounds)


def parse(report: Report, *, rounds: int, seconds: float) -> None:
    print(f"\n== parse: parse + read the result users get ({rounds} rounds, ~{seconds:g} s per block)")
    bodies = payloads()
    for name, body in bodies.items():
        _check(name, body)
    freeze_heap()
    for name, body in bodies.items():
        samples = _measure(_sides(body), rounds, seconds)
        shown = ", ".join(f"{case} {median(samples, case) * 1e6:.1f}" for case in samples)
        print(f"  {name} ({len(body):,} bytes), µs (median): {shown}")
        for baseline in ("official", "json.loads", "json.loads + reads"):
            print(f"    ours / {baseline}: {spread(round_ratios(samples, 'ours', baseline))}")
        report.ratio(
            "parse",
            f"decode + read, {name}",
            "ours",
            "official",
            per_round_ratio(samples, "ours", "official"),
            ("<=", 0.15),
        )
        # The floor of any way that goes through a dict: json.loads and the same reads on the dict.
        report.ratio(
            "parse",
            f"decode + read, {name}",
            "ours",
            "json.loads alone",
            per_round_ratio(samples, "ours", "json.loads"),
            ("<=", 1.0),
        )
        report.ratio(
            "parse",
            f"floor: json.loads + reads, {name}",
            "json.loads + reads",
            "official",
            per_round_ratio(samples, "json.loads + reads", "official"),
        )


def scaling(report: Report, *, rounds: int, seconds: float, sizes: tuple[int, ...] = (1, 10, 30, 100)) -> None:
    print(f"\n== scaling: parse + read per result at {'/'.join(map(str, sizes))} rollbacks ({rounds} rounds)")
    bodies = {size: stack(size) for size in sizes}
    for size, body in bodies.items():
        _check(f"stack of {size}", body)
    freeze_heap()
    # Every side and size in the same rounds, so the per-round ratios below compare blocks run moments apart.
    cases = {f"{side} {size}": _sides(body)[side] for size, body in bodies.items() for side in ("ours", "official")}
    samples = _measure(cases, rounds, seconds)
    for size in sizes:
        ours, official = median(samples, f"ours {size}"), median(samples, f"official {size}")
        print(
            f"  {size:4} rollbacks: ours {ours * 1e6:9.1f} µs ({ours / size * 1e6:7.1f} per rollback),"
            f" official {official * 1e6:9.1f} µs ({official / size * 1e6:7.1f} per rollback),"
            f" ours / official = {per_round_ratio(samples, f'ours {size}', f'official {size}'):.3f}"
        )
    small, low, mid, big = sizes
    for side in ("ours", "official"):
        per_size = [samples[f"{side} {n}"] for n in sizes]
        c = [dict(zip(sizes, costs, strict=True)) for costs in zip(*per_size, strict=True)]
        # Linear growth: what one more rollback costs stays the same from the middle sizes to the largest.
        marginal = [((r[big] - r[mid]) / (big - mid), (r[mid] - r[low]) / (mid - low)) for r in c]
        print(
            f"  {side}: marginal cost per rollback {statistics.median(m[1] for m in marginal) * 1e6:.1f} µs"
            f" ({low}→{mid}), {statistics.median(m[0] for m in marginal) * 1e6:.1f} µs ({mid}→{big}) (medians)"
        )
        report.ratio(
            "scaling",
            f"{side} per-rollback cost",
            f"at {big}",
            f"at {small}",
            statistics.median((r[big] / big) / (r[small] / small) for r in c),
            ("<=", 1.0),
        )
        report.ratio(
            "scaling",
            f"{side} marginal cost per rollback",
            f"{mid}→{big}",
            f"{low}→{mid}",
            statistics.median(high / low_ for high, low_ in marginal),
            ("<=", 1.25),
        )


def _held(build: Callable[[bytes], Any], body: bytes) -> int:
    """Bytes still allocated after `build` made and read one result from a fresh copy of the wire bytes, with only
    the result kept alive (what a caller holding it keeps)."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        result = build(bytes(bytearray(body)))
        gc.collect()
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    del result
    return held


def memory(report: Report, *, repeats: int) -> None:
    body = stack(30)
    print(f"\n== memory: held by one 30-rollback result after its fields are read ({len(body):,} bytes of JSON)")

    def ours(wire: bytes) -> Any:
        result = read_rollback_stacked(response(wire))
        read_ours(result)
        return result

    def official(wire: bytes) -> Any:
        result = Official.from_json(wire.decode())
        read_official(result)
        return result

    builds = {"ours": ours, "official": official, "decoded dict": json.loads}
    for build in builds.values():
        build(body)  # warm: lazy imports and per-class caches are not the result's memory
    held = {name: min(_held(build, body) for _ in range(repeats)) for name, build in builds.items()}
    for name, size in held.items():
        print(f"  {name:12} {size / 1024:8.1f} KiB")
    report.ratio(
        "memory", "memory held, 30-rollback result", "ours", "official", held["ours"] / held["official"], ("<=", 0.30)
    )
    report.ratio(
        "memory", "memory held, 30-rollback result", "ours", "decoded dict", held["ours"] / held["decoded dict"]
    )
