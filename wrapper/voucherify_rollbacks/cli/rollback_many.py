"""`voucherify-rollbacks rollback-many`: the input file, the progress display, the summary and the report.

Input: ids one a line (blank lines and `#` comments skipped), or CSV / JSON lines with the ids in a column
(`--column`; by default the first of redemption_id, id, order_id, parent_redemption_id that is present). A column
named like `order…` holds order ids. The run itself is `Voucherify.rollback_many`, journaled, so the same command
run again resumes where it stopped.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator
from typing import IO, Any

from .errors import ConfigurationError
from .outcomes import STATUSES


class UsageError(ValueError):
    """A problem with the command's input (the file, a column, an id): exit code 2, nothing sent."""


_DEFAULT_COLUMNS = ("redemption_id", "id", "order_id", "parent_redemption_id")
REPORT_COLUMNS = (
    "item",
    "redemption_id",
    "order_id",
    "status",
    "ok",
    "rollback_id",
    "recovered",
    "resumed",
    "error",
    "error_key",
    "error_status_code",
    "error_message",
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """rollback-many's own options."""
    parser.add_argument("--from", dest="source", required=True, metavar="FILE", help="ids file ('-': stdin)")
    parser.add_argument("--format", choices=["auto", "lines", "csv", "jsonl"], default="auto", help="of --from")
    parser.add_argument("--column", help="CSV/JSONL column holding the ids (an order_* column holds order ids)")
    parser.add_argument("--orders", action="store_true", help="every id is an order id (or source id)")
    parser.add_argument("--journal", metavar="FILE", help="SQLite journal (default: FILE.journal.sqlite)")
    parser.add_argument("--report", metavar="FILE", help="write every outcome to FILE (.csv, else JSON lines)")
    parser.add_argument("--concurrency", type=int, default=4, metavar="N", help="parallel requests (default 4)")
    limit = parser.add_mutually_exclusive_group()
    limit.add_argument(
        "--requests-per-minute", type=int, default=100, metavar="N", help="ceiling on all requests (default 100)"
    )
    limit.add_argument("--no-rate-limit", action="store_true", help="lift the ceiling (429s are still honoured)")


def read_items(source: str, *, fmt: str = "auto", column: str | None = None, stdin: IO[str] | None = None) -> list[str]:
    """The ids of an input file as rollback_many items (`order:ID` for an order column)."""
    if source == "-":
        text = (stdin or sys.stdin).read()
    else:
        try:
            with open(source, encoding="utf-8-sig", newline="") as handle:
                text = handle.read()
        except OSError as error:
            raise UsageError(f"--from {source}: {error.strerror or error}") from None
    if fmt == "auto":
        lowered = source.lower()
        fmt = "csv" if lowered.endswith(".csv") else "jsonl" if lowered.endswith((".jsonl", ".ndjson")) else "lines"
    if fmt == "lines":
        if column:
            raise UsageError("--column needs a CSV or JSON lines input (--format csv|jsonl)")
        return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    rows = _csv_rows(text) if fmt == "csv" else _jsonl_rows(text, source)
    return list(_column_values(rows, column, source))


def _csv_rows(text: str) -> list[dict[str, Any]]:
    return list(csv.DictReader(text.splitlines()))


def _jsonl_rows(text: str, source: str) -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError:
            raise UsageError(f"--from {source}: line {number} is not JSON") from None
        if not isinstance(row, dict):
            raise UsageError(f"--from {source}: line {number} is not a JSON object")
        rows.append(row)
    return rows


def _column_values(rows: list[dict[str, Any]], column: str | None, source: str) -> Iterator[str]:
    names = list(dict.fromkeys(name for row in rows for name in row if name is not None))
    if column is None:
        column = next((name for name in _DEFAULT_COLUMNS if name in names), None)
        if column is None:
            raise UsageError(f"--from {source}: no column named {', '.join(_DEFAULT_COLUMNS)}: pass --column")
    elif column not in names:
        raise UsageError(f"--from {source}: no column {column!r} (columns: {', '.join(names) or 'none'})")
    as_order = column.lower().startswith("order")
    for row in rows:
        value = row.get(column)
        if value is None or not str(value).strip():
            continue
        text = str(value).strip()
        yield f"order:{text}" if as_order and not text.startswith("order:") else text


class Progress:
    """A rich progress bar (counts, rate, ETA) on a terminal; a plain line per outcome otherwise."""

    def __init__(self, total: int, stream: IO[str], *, quiet: bool = False) -> None:
        self.total, self.stream, self.done = total, stream, 0
        self.counts: Counter[str] = Counter()
        self._bar: Any = None
        self._quiet = quiet
        if stream.isatty() and not quiet:
            try:
                from rich.console import Console
                from rich.progress import (
                    BarColumn,
                    MofNCompleteColumn,
                    TaskProgressColumn,
                    TextColumn,
                    TimeElapsedColumn,
                    TimeRemainingColumn,
                )
                from rich.progress import Progress as Bar
            except ImportError:
                return
            self._bar = Bar(
                TextColumn("rolling back"),
                BarColumn(bar_width=20),
                MofNCompleteColumn(),
                TaskProgressColumn(),
                TextColumn("{task.fields[rate]}/s"),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                TextColumn("{task.fields[counts]}"),
                console=Console(file=stream),
                transient=False,
            )
            self._task = self._bar.add_task("bulk", total=total, rate="0.0", counts="")
            self._bar.start()
        self._started = time.monotonic()

    def advance(self, outcome: Any) -> None:
        self.done += 1
        self.counts[outcome.status] += 1
        self.total = max(self.total, self.done)  # an order may hold several redemptions
        elapsed = max(time.monotonic() - self._started, 1e-9)
        if self._bar is not None:
            counts = " ".join(f"{status} {self.counts[status]}" for status in STATUSES if self.counts[status])
            self._bar.update(
                self._task, completed=self.done, total=self.total, rate=f"{self.done / elapsed:.1f}", counts=counts
            )
        elif not self._quiet:
            self.stream.write(f"[{self.done}/{self.total}] {outcome.redemption_id} {outcome.status}\n")
            self.stream.flush()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()

    @property
    def rate(self) -> float:
        return self.done / max(time.monotonic() - self._started, 1e-9)


class Report:
    """Every outcome, one row each: CSV for a .csv path, JSON lines otherwise; written as outcomes arrive."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._csv = path.lower().endswith(".csv")
        try:
            self._file = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed by close()
        except OSError as error:
            raise UsageError(f"--report {path}: {error.strerror or error}") from None
        self._writer = csv.DictWriter(self._file, fieldnames=REPORT_COLUMNS) if self._csv else None
        if self._writer is not None:
            self._writer.writeheader()

    def write(self, outcome: Any) -> None:
        data = outcome.to_dict()
        if self._writer is None:
            self._file.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
        else:
            error = data.get("error") or {}
            self._writer.writerow(
                {
                    **{name: data.get(name) for name in REPORT_COLUMNS[:8]},
                    "error": error.get("error"),
                    "error_key": error.get("key"),
                    "error_status_code": error.get("status_code"),
                    "error_message": error.get("message"),
                }
            )
        self._file.flush()

    def close(self) -> None:
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()


def summary_rows(counts: Counter[str]) -> list[list[Any]]:
    """The summary table's rows: one per outcome status, then the total."""
    return [[status, counts[status]] for status in STATUSES] + [["total", sum(counts.values())]]


def default_journal(source: str) -> str:
    """Where the journal goes when --journal is not given: beside the input file (stdin: the working directory)."""
    return ("stdin" if source == "-" else source) + ".journal.sqlite"


def run_rollback_many(vf: Any, args: argparse.Namespace, out: Any, stdin: IO[str]) -> int:
    """The rollback-many command: returns its exit code (the most serious outcome class among the items)."""
    from .bulk import parse_item
    from .commands import EXIT_INTERRUPTED, EXIT_USAGE, OUTCOME_HEADERS, confirm, exit_code_for_outcomes, outcome_row

    items = read_items(args.source, fmt=args.format, column=args.column, stdin=stdin)
    if args.orders:
        items = [item if item.startswith("order:") else f"order:{item}" for item in items]
    try:
        for item in items:
            parse_item(item)
    except ValueError as error:
        raise UsageError(f"--from {args.source}: {error}") from None
    if not items:
        raise UsageError(f"--from {args.source}: no ids found")
    if args.dry_run:
        return _dry_run_many(vf, items, out, args)
    journal = args.journal or default_journal(args.source)
    action = f"roll back {len(items)} item(s) (journal {journal})"
    if not confirm(args, vf.base_url, action, stdin):
        return EXIT_USAGE
    report = Report(args.report) if args.report else None
    progress = Progress(len(items), sys.stderr, quiet=out.json_lines and not sys.stderr.isatty())
    seen = []
    try:
        try:
            outcomes = vf.rollback_many(
                items,
                journal=journal,
                concurrency=args.concurrency,
                requests_per_minute=None if args.no_rate_limit else args.requests_per_minute,
                reason=args.reason,
                tracking_id=args.tracking_id,
            )
        except ConfigurationError as error:  # the journal: unusable, or another run's
            raise UsageError(str(error)) from None
        for outcome in outcomes:
            seen.append(outcome)
            progress.advance(outcome)
            if report is not None:
                report.write(outcome)
            if out.json_lines:
                out.emit({"command": "rollback-many", **outcome.to_dict()})
    except KeyboardInterrupt:
        # The rollbacks in flight have finished and are journaled by now (closing the run waits for them).
        progress.close()
        sys.stderr.write(f"interrupted after {len(seen)} outcome(s): run the same command again to resume\n")
        return EXIT_INTERRUPTED
    finally:
        progress.close()
        if report is not None:
            report.close()
    code = exit_code_for_outcomes(seen)
    if not out.json_lines:
        problems = [o for o in seen if not o.ok]
        if problems:
            out.table(f"{len(problems)} item(s) not rolled back", OUTCOME_HEADERS, map(outcome_row, problems[:50]))
        counts = Counter(o.status for o in seen)
        title = f"rollback-many: {len(seen)} redemption(s), {progress.rate:.1f}/s"
        out.table(title, ["status", "count"], summary_rows(counts))
        if report is not None:
            out.line(f"report: {report.path}")
        out.line(f"journal: {journal} (run the same command again to resume)")
    return code


def _dry_run_many(vf: Any, items: list[str], out: Any, args: argparse.Namespace) -> int:
    """What rollback-many would do, with reads only (paced by the same ceiling)."""
    from .bulk import ORDER, parse_item
    from .errors import VoucherifyError
    from .orders import order_redemptions
    from .ratelimit import RateLimiter
    from .results import Redemption

    limiter = RateLimiter(None if args.no_rate_limit else args.requests_per_minute)
    rows: list[list[Any]] = []
    counts: Counter[str] = Counter()
    for item in items:
        item_id, kind = parse_item(item)
        time.sleep(limiter.reserve())
        try:
            if kind == ORDER:
                found = [(e.redemption_id, e.rollback_id) for e in order_redemptions(vf.get_order(item_id))]
            else:
                redemption = vf.get_redemption(item_id)
                if not isinstance(redemption, Redemption):
                    raise UsageError(f"{item_id} is a rollback, not a redemption")
                done = [i for i in redemption.rollback_ids if not i.startswith("rrf_")]
                found = [(item_id, done[-1] if done else None)]
        except VoucherifyError as error:
            counts["cannot"] += 1
            line = {"command": "dry-run", "item": item_id, "error": type(error).__name__, "message": str(error)}
            rows.append([item_id, None, "cannot: " + type(error).__name__, None])
            if out.json_lines:
                out.emit(line)
            continue
        for redemption_id, rollback_id in found:
            action = "would roll back" if rollback_id is None else "already rolled back"
            counts[action] += 1
            rows.append([item_id, redemption_id, action, rollback_id])
            if out.json_lines:
                out.emit(
                    {
                        "command": "dry-run",
                        "item": item_id,
                        "redemption_id": redemption_id,
                        "would_roll_back": rollback_id is None,
                        "already_rolled_back_by": rollback_id,
                    }
                )
    if not out.json_lines:
        out.table("Dry run (nothing is sent)", ["item", "redemption", "action", "rollback"], rows[:200])
        out.line(", ".join(f"{action}: {count}" for action, count in counts.items()))
    return 0
