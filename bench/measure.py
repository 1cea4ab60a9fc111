"""The measuring part shared by every section of run_all.py: interleaved rounds, same-run ratios, the summary.

A ratio is always ours / baseline, both measured in the same run: per round each case runs one block (cases in a
rotating order, an untimed `gc.collect()` before each block so a block never pays for the garbage of the one before),
and the printed ratio is the median over rounds of that round's ratio, so a slow moment of the shared machine hits
both sides of the same round instead of one side only.
"""

from __future__ import annotations

import gc
import statistics
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Ratio:
    """One printed ratio. `goal` is (operator, bound), or None for a reference figure."""

    section: str
    what: str
    ours: str
    baseline: str
    value: float
    goal: tuple[str, float] | None

    @property
    def passed(self) -> bool | None:
        if self.goal is None:
            return None
        op, bound = self.goal
        return self.value <= bound if op == "<=" else self.value >= bound

    def line(self) -> str:
        goal = "reference, no goal" if self.goal is None else f"goal {self.goal[0]} {self.goal[1]:.3g}"
        return f"  {self.what}: {self.ours} / {self.baseline} = {self.value:.3f} ({goal})"


class Report:
    """Collects the ratios of a run and prints each as it is measured, then the summary table."""

    def __init__(self) -> None:
        self.ratios: list[Ratio] = []

    def ratio(
        self,
        section: str,
        what: str,
        ours: str,
        baseline: str,
        value: float,
        goal: tuple[str, float] | None = None,
    ) -> None:
        entry = Ratio(section, what, ours, baseline, value, goal)
        self.ratios.append(entry)
        print(entry.line(), flush=True)

    def summary(self, quick: bool = False) -> None:
        note = "a quick smoke run: these figures mean nothing" if quick else "informational"
        print(f"\nsummary ({note}; the exit status is 0 whatever the figures)")
        width = max(len(f"{r.what}: {r.ours} / {r.baseline}") for r in self.ratios)
        for r in self.ratios:
            verdict = {True: "pass", False: "FAIL", None: "ref"}[r.passed]
            goal = "" if r.goal is None else f"{r.goal[0]} {r.goal[1]:.3g}"
            name = f"{r.what}: {r.ours} / {r.baseline}"
            print(f"  {verdict:4}  {r.section:8} {name:<{width}}  {r.value:8.3f}  {goal}")
        goals = [r for r in self.ratios if r.passed is not None]
        print(f"  {sum(bool(r.passed) for r in goals)} of {len(goals)} goals met")


def interleaved(cases: Mapping[str, Callable[[], float]], rounds: int) -> dict[str, list[float]]:
    """Run every case's block once per round, in a rotating order; each block returns its own figure."""
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for index in range(rounds):
        for name in rotated(list(cases), index):
            gc.collect()
            samples[name].append(cases[name]())
    return samples


def rotated(names: list[str], index: int) -> list[str]:
    """The order of the cases in round `index`: each case goes first in turn."""
    shift = index % len(names)
    return names[shift:] + names[:shift]


def per_round_ratio(samples: Mapping[str, list[float]], ours: str, baseline: str) -> float:
    """The median of the rounds' ours/baseline ratios."""
    return statistics.median(round_ratios(samples, ours, baseline))


def round_ratios(samples: Mapping[str, list[float]], ours: str, baseline: str) -> list[float]:
    """Each round's ours/baseline ratio (blocks run moments apart), for a ratio's spread."""
    return [o / b for o, b in zip(samples[ours], samples[baseline], strict=True)]


def spread(ratios: list[float]) -> str:
    """How a ratio moved over the rounds: its lowest and highest."""
    return f"spread {min(ratios):.3f}-{max(ratios):.3f} over {len(ratios)} rounds"


def median(samples: Mapping[str, list[float]], name: str) -> float:
    return statistics.median(samples[name])


def freeze_heap() -> None:
    """After set-up and warm-up: everything alive now moves out of the collector's view, so no full collection
    during a timed block walks either SDK's modules, warm caches or the other side's objects."""
    gc.collect()
    gc.freeze()


def block_timer(call: Callable[[], object], iterations: int) -> Callable[[], float]:
    """A block of `iterations` calls, returning seconds per call."""
    from time import perf_counter

    def block() -> float:
        start = perf_counter()
        for _ in range(iterations):
            call()
        return (perf_counter() - start) / iterations

    return block


def sized(call: Callable[[], object], seconds: float, at_least: int = 1) -> int:
    """How many calls fill about `seconds` (the fastest of three single calls sets the pace)."""
    from time import perf_counter

    single = float("inf")
    for _ in range(3):
        start = perf_counter()
        call()
        single = min(single, perf_counter() - start)
    return max(at_least, int(seconds / max(single, 1e-7)))


class LocalServer:
    """bench.local_server in its own process, answering every request with the bytes of `payload` (`echo`: an id in
    it replaced with the redemption id each request asks for)."""

    def __init__(self, payload: Path, token: str, *, echo: str | None = None) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bench.local_server", str(payload), "--token", token]
            + (["--echo", echo] if echo else []),
            cwd=BENCH.parent,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        port = self.process.stdout.readline().strip()
        if not port.isdigit():
            self.process.kill()
            raise SystemExit("the local server did not start")
        self.url = f"http://127.0.0.1:{port}"

    def close(self) -> None:
        self.process.kill()
        self.process.wait()

    def __enter__(self) -> LocalServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
