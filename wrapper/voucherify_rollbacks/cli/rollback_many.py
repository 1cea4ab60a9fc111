"""`rollback-many --from FILE`: roll back many redemptions or orders, resumably, with a progress display, a summary
and a report. The run itself is `Voucherify.rollback_many`, journaled, so the same command run again resumes where
it stopped. The input file is read by `bulk_input`."""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from typing import IO, TYPE_CHECKING

from voucherify_rollbacks import (
    OUTCOME_STATUSES,
    ConfigurationError,
    RateLimiter,
    RollbackOutcome,
    Voucherify,
    VoucherifyError,
    order_redemptions,
    parse_bulk_item,
)

from .._constants import CLI_DRY_RUN_ROWS_SHOWN, CLI_PROBLEMS_SHOWN, ENV_WEBHOOK_SECRET
from .bulk_input import InputItems, check_items, default_journal, read_items
from .command import PROG, add_command, add_rollback_options
from .export_input import add_export_options, export_items, reconcile
from .output import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    OUTCOME_HEADERS,
    Output,
    UsageError,
    confirm,
    exit_code_for_outcome,
    exit_code_for_outcomes,
    outcome_row,
)
from .settings import add_connection_options, at_least

if TYPE_CHECKING:
    from rich.progress import Progress as Bar
    from rich.progress import TaskID

    from voucherify_rollbacks import WebhookEvent

    from .command import Subparsers

NAME = "rollback-many"
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


def register(subparsers: Subparsers) -> None:
    """Add `rollback-many`."""
    summary = "roll back many redemptions or orders from a file or an export, resumably (journal)"
    examples = [
        f"{NAME} --from ids.txt --dry-run",
        f"{NAME} --from ids.txt --report outcomes.csv",
        f"{NAME} --from orders.csv --column order_id --requests-per-minute 60",
        f"list --object redemption --json | {PROG} {NAME} --from - --format jsonl --column id",
        f"{NAME} --from-export --campaign 'Summer' --created-after 2026-06-01 --journal summer.sqlite",
    ]
    parser = add_command(subparsers, NAME, summary, run, examples=examples)
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--from", dest="source", metavar="FILE", help="ids file ('-': stdin)")
    source.add_argument(
        "--from-export",
        action="store_true",
        help="the redemptions a Voucherify export selects with the filters below (needs --journal)",
    )
    parser.add_argument("--format", choices=["auto", "lines", "csv", "jsonl"], default="auto", help="of --from")
    parser.add_argument("--column", help="CSV/JSONL column holding the ids (an order_* column holds order ids)")
    parser.add_argument("--orders", action="store_true", help="every id is an order id (or source id)")
    parser.add_argument("--journal", metavar="FILE", help="SQLite journal (default: FILE.journal.sqlite)")
    parser.add_argument(
        "--rebind-journal",
        action="store_true",
        help="adopt a journal made for another host, account or input (or by an older version) for this run",
    )
    parser.add_argument(
        "--no-marker",
        action="store_true",
        help="send no run marker in the rollbacks' metadata (a resumed run then claims none it finds)",
    )
    parser.add_argument(
        "--events",
        metavar="FILE",
        help=f"webhooks a receiver recorded (one per line, webhooks.received_line), verified with {ENV_WEBHOOK_SECRET}:"
        " the journal's in-flight rollbacks they report are settled first, with no look-up",
    )
    parser.add_argument("--report", metavar="FILE", help="write every outcome to FILE (.csv, else JSON lines)")
    parser.add_argument("--concurrency", type=at_least(1), default=4, metavar="N", help="parallel requests (default 4)")
    limit = parser.add_mutually_exclusive_group()
    limit.add_argument(
        "--requests-per-minute",
        type=at_least(1),
        default=100,
        metavar="N",
        help="ceiling on all requests (default 100)",
    )
    limit.add_argument("--no-rate-limit", action="store_true", help="lift the ceiling (429s are still honoured)")
    add_rollback_options(parser)
    add_export_options(parser)
    add_connection_options(parser)


class Progress:
    """A rich progress bar on a terminal, a plain line per outcome otherwise. After a resume it counts the outcomes
    read back from the journal apart from the new ones, and paces the ETA on the new ones only: items this process
    did over the time it has run (the journal's burst would make it look ten times faster than it is)."""

    def __init__(
        self, total: int, stream: IO[str], *, quiet: bool = False, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.total, self.stream, self.done, self.resumed = total, stream, 0, 0
        self.counts: Counter[str] = Counter()
        self.resumed_counts: Counter[str] = Counter()
        self._bar: Bar | None = None
        self._task: TaskID | None = None
        self._quiet = quiet
        self._clock = clock
        self._started = clock()
        if stream.isatty() and not quiet:
            self._start_bar()

    def _start_bar(self) -> None:
        try:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, TaskProgressColumn, TextColumn
            from rich.progress import Progress as Bar
        except ImportError:
            return
        self._bar = Bar(
            TextColumn("rolling back"),
            BarColumn(bar_width=20),
            MofNCompleteColumn(),
            TaskProgressColumn(),
            TextColumn("{task.fields[line]}"),
            console=Console(file=self.stream),
            transient=False,
        )
        self._task = self._bar.add_task("bulk", total=self.total, line=self._line())
        self._bar.start()

    @property
    def new(self) -> int:
        """Outcomes this process produced (not read back from the journal)."""
        return self.done - self.resumed

    @property
    def elapsed(self) -> float:
        """Seconds since this process started the run."""
        return max(self._clock() - self._started, 1e-9)

    @property
    def rate(self) -> float:
        """New outcomes per second over the time this process has run (resumed ones are not work done here)."""
        return self.new / self.elapsed

    @property
    def eta(self) -> float | None:
        """Seconds left at the current pace; None before the first new outcome."""
        return (self.total - self.done) / self.rate if self.new else None

    def _line(self) -> str:
        """What the bar shows after the counts: resumed and new apart, the pace, the time, the ETA, the statuses."""
        split = [f"resumed {self.resumed} + new {self.new}"] if self.resumed else []
        eta = "-:--:--" if self.eta is None else _clock_time(self.eta)
        pace = [f"{self.rate:.1f}/s", _clock_time(self.elapsed), f"ETA {eta}"]
        counts = [f"{status} {self.counts[status]}" for status in OUTCOME_STATUSES if self.counts[status]]
        return " ".join(split + pace + counts)

    def advance(self, outcome: RollbackOutcome) -> None:
        """Count one outcome and show it."""
        self.done += 1
        self.counts[outcome.status] += 1
        if outcome.resumed:
            self.resumed += 1
            self.resumed_counts[outcome.status] += 1
        self.total = max(self.total, self.done)  # an order may hold several redemptions
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, completed=self.done, total=self.total, line=self._line())
        elif not self._quiet:
            origin = " (from journal)" if outcome.resumed else ""
            self.stream.write(f"[{self.done}/{self.total}] {outcome.redemption_id} {outcome.status}{origin}\n")
            self.stream.flush()

    def close(self) -> None:
        """Stop the bar (it stays on screen)."""
        if self._bar is not None:
            self._bar.stop()


def _clock_time(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


class Report:
    """Every outcome, one row each: CSV for a .csv path, JSON lines otherwise; written as outcomes arrive."""

    def __init__(self, path: str) -> None:
        self.path = path
        try:
            self._file = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed by close()
        except OSError as error:
            raise UsageError(f"--report {path}: {error.strerror or error}") from None
        self._writer = csv.DictWriter(self._file, fieldnames=REPORT_COLUMNS) if path.lower().endswith(".csv") else None
        if self._writer is not None:
            self._writer.writeheader()

    def write(self, outcome: RollbackOutcome) -> None:
        """One outcome's row."""
        data = outcome.to_dict()
        if self._writer is None:
            self._file.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
        else:
            error: object = data.get("error")
            found = error if isinstance(error, dict) else {}
            self._writer.writerow(
                {
                    **{name: data.get(name) for name in REPORT_COLUMNS[:8]},
                    "error": found.get("error"),
                    "error_key": found.get("key"),
                    "error_status_code": found.get("status_code"),
                    "error_message": found.get("message"),
                }
            )
        self._file.flush()

    def close(self) -> None:
        """Flush the report to disk and close it."""
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()


SUMMARY_HEADERS = ["status", "new", "resumed", "total"]


def summary_rows(counts: Counter[str], resumed: Counter[str]) -> list[list[object]]:
    """The summary table's rows (SUMMARY_HEADERS): one per outcome status, then the totals; `counts` holds every
    outcome, `resumed` those read back from the journal."""
    rows: list[list[object]] = [
        [status, counts[status] - resumed[status], resumed[status], counts[status]] for status in OUTCOME_STATUSES
    ]
    everything, from_journal = sum(counts.values()), sum(resumed.values())
    return [*rows, ["total", everything - from_journal, from_journal, everything]]


def run(vf: Voucherify, args: argparse.Namespace, out: Output, stdin: IO[str]) -> int:
    """The rollback-many command: returns its exit code (the most serious outcome class among the items)."""
    if args.from_export:
        if not args.journal:
            raise UsageError("--from-export needs --journal FILE (run the same command with it again to resume)")
        export_id, items = export_items(vf, args)
        source = f"export {export_id}"
        with items:
            if not out.json_lines:
                out.line(f"{source}: {items.count} redemption(s) selected")
            if not check_items(items, source):
                raise UsageError(f"--from {source}: no ids found")
            return _run(vf, args, out, stdin, source, items)
    # Read twice, never held: checked and counted now, read again by the run (stdin from a temporary file).
    with read_items(args.source, fmt=args.format, column=args.column, orders=args.orders, stdin=stdin) as items:
        return _run(vf, args, out, stdin, args.source, items)


def _run(vf: Voucherify, args: argparse.Namespace, out: Output, stdin: IO[str], source: str, items: InputItems) -> int:
    """The run (or dry run) of checked and counted `items`, read again as it goes; `source` names the input."""
    requests_per_minute: int | None = None if args.no_rate_limit else args.requests_per_minute
    if args.dry_run:
        return dry_run(vf, items, out, requests_per_minute)
    journal: str = args.journal or default_journal(source)
    events = read_events(vf, args.events) if args.events else None
    action = f"roll back {items.count} item(s) (journal {journal})"
    if not confirm(yes=args.yes, base_url=vf.base_url, action=action, stdin=stdin):
        return EXIT_USAGE
    if events is not None and os.path.isfile(journal):
        from voucherify_rollbacks import settle_journal  # sqlite3 and the event models load only for --events

        try:
            settled = settle_journal(journal, events)
        except ConfigurationError as error:  # held by another run
            raise UsageError(str(error)) from None
        if not out.json_lines:
            out.line(f"--events: {len(settled)} redemption(s) settled from Voucherify's events, with no look-up")
    report = Report(args.report) if args.report else None
    progress = Progress(items.count, sys.stderr, quiet=out.json_lines and not sys.stderr.isatty())
    # Kept per outcome: counts, one outcome per exit code and the first problems shown; a run of a million
    # outcomes holds no more than a run of ten.
    seen = 0
    by_code: dict[int, RollbackOutcome] = {}
    problems: list[RollbackOutcome] = []
    problem_count = 0
    try:
        try:
            outcomes = vf.rollback_many(
                items,
                journal=journal,
                concurrency=args.concurrency,
                requests_per_minute=requests_per_minute,
                reason=args.reason,
                tracking_id=args.tracking_id,
                marker=not args.no_marker,
                rebind=args.rebind_journal,
            )
        except ConfigurationError as error:  # the journal: unusable, held by another run, or bound to another
            raise UsageError(str(error)) from None
        for outcome in outcomes:
            seen += 1
            by_code.setdefault(exit_code_for_outcome(outcome), outcome)
            if not outcome.ok:
                problem_count += 1
                if len(problems) < CLI_PROBLEMS_SHOWN:
                    problems.append(outcome)
            progress.advance(outcome)
            if report is not None:
                report.write(outcome)
            if out.json_lines:
                out.emit({"command": NAME, **outcome.to_dict()})
    except KeyboardInterrupt:
        # The rollbacks in flight have finished and are journaled by now (closing the run waits for them).
        progress.close()
        sys.stderr.write(f"interrupted after {seen} outcome(s): run the same command again to resume\n")
        return EXIT_INTERRUPTED
    finally:
        progress.close()
        if report is not None:
            report.close()
    code = exit_code_for_outcomes(by_code.values())
    if not out.json_lines:
        if problems:
            out.table(f"{problem_count} item(s) not rolled back", OUTCOME_HEADERS, map(outcome_row, problems))
        split = f" ({progress.resumed} resumed from the journal, {progress.new} new)" if progress.resumed else ""
        title = f"{NAME}: {seen} redemption(s){split}, {progress.rate:.1f}/s"
        out.table(title, SUMMARY_HEADERS, summary_rows(progress.counts, progress.resumed_counts))
        if report is not None:
            out.line(f"report: {report.path}")
        out.line(f"journal: {journal} (run the same command again to resume)")
    if args.from_export and not args.no_reconcile:
        report_reconciliation(vf, journal, out)
    return code


def read_events(vf: Voucherify, path: str) -> list[WebhookEvent]:
    """The succeeded rollback events recorded in `path` (the only ones that settle anything), each line verified
    with the client's webhook secret; a line that is not one, or does not verify, is a usage error naming the file
    and line (nothing is settled or sent). Read a line at a time: a recording of hours holds in memory only its
    rollback events."""
    from voucherify_rollbacks import RollbackSucceededEvent, parse_received_line

    events: list[WebhookEvent] = []
    try:
        with open(path, encoding="utf-8") as file:
            for number, line in enumerate(file, start=1):
                if not line.strip():
                    continue
                try:
                    body, headers = parse_received_line(line)
                    event = vf.unwrap_webhook(body, headers)
                except VoucherifyError as error:
                    raise UsageError(f"--events {path}: line {number}: {error}") from None
                if isinstance(event, RollbackSucceededEvent):
                    events.append(event)
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise UsageError(f"--events {path}: cannot read it ({reason})") from None
    return events


def report_reconciliation(vf: Voucherify, journal: str, out: Output) -> None:
    """Export the rollbacks carrying the run's marker and say how they compare with the journal (a failure to do
    so is said, and leaves the exit code to the outcomes)."""
    try:
        found = reconcile(vf, journal)
    except VoucherifyError as error:
        if out.json_lines:
            out.emit({"command": NAME, "reconciliation": None, "error": error.to_dict()})
        else:
            out.line(f"reconciliation: not done ({type(error).__name__}: {error})")
        return
    if found is None:
        if not out.json_lines:
            out.line("reconciliation: skipped (the run sends no marker to find its rollbacks by)")
        return
    export_id, result = found
    counts = {
        "in_both": result.in_both,
        "only_in_journal": result.only_in_journal,
        "only_in_export": result.only_in_export,
    }
    if out.json_lines:
        out.emit({"command": NAME, "reconciliation": {"export_id": export_id, **counts, "matches": result.matches}})
        return
    verdict = "matches" if result.matches else "DIFFERS"
    out.line(
        f"reconciliation (export {export_id}): {verdict}: in both {result.in_both}, only in journal "
        f"{result.only_in_journal}, only in export {result.only_in_export}"
    )
    for side, examples in (("journal", result.journal_examples), ("export", result.export_examples)):
        if examples:
            out.line(f"  only in {side}: {', '.join(examples)}")


def dry_run(vf: Voucherify, items: Iterable[str], out: Output, requests_per_minute: int | None) -> int:
    """What rollback-many would do, with reads only (paced by the same ceiling)."""
    from voucherify_rollbacks import Redemption, rollback_ids

    limiter = RateLimiter(requests_per_minute)
    rows: list[list[object]] = []  # the first CLI_DRY_RUN_ROWS_SHOWN, shown: a long input holds no more
    counts: Counter[str] = Counter()
    for item in items:
        item_id, kind = parse_bulk_item(item)
        time.sleep(limiter.reserve())
        try:
            if kind == "order":  # parse_bulk_item's kind for `ord_…` and `order:ID`
                found = [(e.redemption_id, e.rollback_id) for e in order_redemptions(vf.get_order(item_id))]
            else:
                redemption = vf.get_redemption(item_id)
                if not isinstance(redemption, Redemption):
                    raise UsageError(f"{item_id} is a rollback, not a redemption")
                done = [i for i in rollback_ids(redemption) if not i.startswith("rrf_")]
                found = [(item_id, done[-1] if done else None)]
        except VoucherifyError as error:
            counts["cannot"] += 1
            line = {"command": "dry-run", "item": item_id, "error": type(error).__name__, "message": str(error)}
            if len(rows) < CLI_DRY_RUN_ROWS_SHOWN:
                rows.append([item_id, None, "cannot: " + type(error).__name__, None])
            if out.json_lines:
                out.emit(line)
            continue
        for redemption_id, rollback_id in found:
            action = "would roll back" if rollback_id is None else "already rolled back"
            counts[action] += 1
            if len(rows) < CLI_DRY_RUN_ROWS_SHOWN:
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
        out.table("Dry run (nothing is sent)", ["item", "redemption", "action", "rollback"], rows)
        out.line(", ".join(f"{action}: {count}" for action, count in counts.items()))
    return EXIT_OK
