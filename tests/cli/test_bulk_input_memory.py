"""rollback-many's input costs memory that does not grow with it: reading a 1,000,000-line ids file (checked and
counted, then read again, as a run reads it) peaks at about what a 100,000-line one does, from a file and from stdin
(spooled to a temporary file). Each reading is a fresh interpreter, so its peak RSS is its own; holding the items
(the reader that kept the whole text and a list) peaks at several times more at 1M lines."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

# What each child runs: the CLI's reader on argv[1] ("-": its stdin), every item read once more, as the run does;
# it prints the item count, the items read again and its peak RSS (ru_maxrss: KiB on Linux, bytes on macOS).
CHILD = """
import resource, sys
from voucherify_rollbacks.cli.bulk_input import read_items
with read_items(sys.argv[1], stdin=sys.stdin) as items:
    again = sum(1 for _ in items)
    print(items.count, again, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""
SMALL, LARGE = 100_000, 1_000_000
GROWTH = 1.3  # the largest peak allowed at LARGE, as a multiple of the peak at SMALL


def ids_file(folder: Path, count: int) -> Path:
    path = folder / f"ids-{count}.txt"
    with path.open("w", encoding="utf-8") as file:
        for start in range(0, count, 10_000):
            file.write("".join(f"r_{n:020d}\n" for n in range(start, min(start + 10_000, count))))
    return path


def peak(path: Path, *, stdin: bool) -> tuple[int, int, int]:
    """(items counted, items read again, peak RSS) of a child reading `path`, as --from FILE or --from -."""
    with path.open("rb") as source:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, "-" if stdin else str(path)],
            stdin=source if stdin else subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert done.returncode == 0, done.stderr
    count, again, rss = (int(value) for value in done.stdout.split())
    return count, again, rss


@pytest.mark.serial  # four interpreters reading a million lines: heavy, run alone
@pytest.mark.parametrize("stdin", [False, True], ids=["file", "stdin"])
def test_a_million_line_input_peaks_at_about_what_a_hundred_thousand_line_one_does(tmp_path: Path, stdin: bool) -> None:
    small, large = ids_file(tmp_path, SMALL), ids_file(tmp_path, LARGE)
    small_count, small_again, small_rss = peak(small, stdin=stdin)
    large_count, large_again, large_rss = peak(large, stdin=stdin)
    assert (small_count, small_again, large_count, large_again) == (SMALL, SMALL, LARGE, LARGE)
    assert large_rss <= small_rss * GROWTH, f"peak RSS {small_rss} at {SMALL:,} lines, {large_rss} at {LARGE:,}"
