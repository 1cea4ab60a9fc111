"""What the commands print and how they end: exit codes, tables or JSON lines, and the confirmation prompt.

Output is a readable table on a terminal (rich; plain aligned text without it), or `--json`: one JSON object per
line, for scripts. The exit code says how it went (EXIT_CODES), so scripts can branch without parsing output.
"""

from __future__ import annotations

import datetime
import ipaddress
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import IO, TYPE_CHECKING
from urllib.parse import urlsplit

from voucherify_rollbacks import (
    AlreadyRolledBackError,
    AuthenticationError,
    ConfigurationError,
    InvalidArgumentError,
    InvalidArgumentTypeError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RollbackAuthorshipUnknownError,
    RollbackOutcome,
    RollbackOutcomeUnknownError,
)

from .._constants import CLI_FOLDED_COLUMN_MIN

if TYPE_CHECKING:
    from voucherify_rollbacks import Redemption, Rollback, RollbackResult

EXIT_OK = 0
EXIT_OTHER = 1
EXIT_USAGE = 2
EXIT_ALREADY_ROLLED_BACK = 3
EXIT_NOT_FOUND = 4
EXIT_OUTCOME_UNKNOWN = 5
EXIT_AUTH = 6
EXIT_RATE_LIMITED = 7
EXIT_NOT_ROLLED_BACK = 8
EXIT_AUTHORSHIP_UNKNOWN = 9
EXIT_INTERRUPTED = 130  # what shells report for Ctrl-C (128 + SIGINT)
EXIT_CODES: Mapping[int, str] = {
    EXIT_OK: "done (every item rolled back, or the read succeeded)",
    EXIT_OTHER: "any other failure (a rollback item FAILED, a connection error, a server error, a refusal)",
    EXIT_USAGE: "bad usage (a flag, a file), or a confirmation that was declined or could not be asked",
    EXIT_ALREADY_ROLLED_BACK: "the redemption was already rolled back before this command",
    EXIT_NOT_FOUND: "no such redemption, rollback or order",
    EXIT_OUTCOME_UNKNOWN: "the rollback may or may not have been applied: check with find-rollback",
    EXIT_AUTH: "the credentials were refused (401/403) or are missing",
    EXIT_RATE_LIMITED: "rate limited (429) after the SDK's own retries",
    EXIT_NOT_ROLLED_BACK: "find-rollback: the redemption exists and is not rolled back",
    EXIT_AUTHORSHIP_UNKNOWN: "the redemption is rolled back, but whether by this command could not be proved",
    EXIT_INTERRUPTED: "rollback-many was interrupted (Ctrl-C): run it again to resume from its journal",
}
# rollback-order and rollback-many report many redemptions: they exit with the most serious class among them.
SEVERITY = (
    EXIT_OUTCOME_UNKNOWN,
    EXIT_AUTH,
    EXIT_RATE_LIMITED,
    EXIT_OTHER,
    EXIT_NOT_FOUND,
    EXIT_AUTHORSHIP_UNKNOWN,
    EXIT_ALREADY_ROLLED_BACK,
    EXIT_OK,
)
# An outcome read back from a journal keeps its error's class name only.
_RECORDED_CODES = {
    "NotFoundError": EXIT_NOT_FOUND,
    "ResourceNotFoundError": EXIT_NOT_FOUND,
    "AuthenticationError": EXIT_AUTH,
    "PermissionDeniedError": EXIT_AUTH,
    "RateLimitError": EXIT_RATE_LIMITED,
    "RollbackAuthorshipUnknownError": EXIT_AUTHORSHIP_UNKNOWN,
}


class UsageError(ValueError):
    """A problem with the command's input (the file, a column, an id): exit code 2, nothing sent."""


def exit_code_for(error: BaseException) -> int:
    """The exit code of an error that ended a command."""
    if isinstance(error, RollbackAuthorshipUnknownError):  # before its parent class
        return EXIT_AUTHORSHIP_UNKNOWN
    if isinstance(error, InvalidArgumentError | InvalidArgumentTypeError):
        return EXIT_USAGE  # refused before anything was sent: an id with a slash, say
    if isinstance(error, AlreadyRolledBackError):
        return EXIT_ALREADY_ROLLED_BACK
    if isinstance(error, RollbackOutcomeUnknownError):
        return EXIT_OUTCOME_UNKNOWN
    if isinstance(error, NotFoundError):
        return EXIT_NOT_FOUND
    if isinstance(error, AuthenticationError | PermissionDeniedError | ConfigurationError):
        return EXIT_AUTH
    if isinstance(error, RateLimitError):
        return EXIT_RATE_LIMITED
    return EXIT_OTHER


def exit_code_for_outcome(outcome: RollbackOutcome) -> int:
    """The exit code one RollbackOutcome stands for."""
    if outcome.status == "rolled_back":
        return EXIT_OK if outcome.ok else EXIT_OTHER
    if outcome.status == "already_rolled_back":
        return EXIT_ALREADY_ROLLED_BACK
    if outcome.status == "authorship_unknown":
        return EXIT_AUTHORSHIP_UNKNOWN
    if outcome.status == "outcome_unknown":
        return EXIT_OUTCOME_UNKNOWN
    if outcome.error is not None:
        return exit_code_for(outcome.error)
    recorded: object = outcome.to_dict().get("error")
    name = recorded.get("error") if isinstance(recorded, dict) else None
    return _RECORDED_CODES.get(str(name), EXIT_OTHER)


def exit_code_for_outcomes(outcomes: Iterable[RollbackOutcome]) -> int:
    """The exit code of a command that reported many RollbackOutcomes: the most serious class among them."""
    codes = {exit_code_for_outcome(outcome) for outcome in outcomes}
    return next((code for code in SEVERITY if code in codes), EXIT_OK)


def epilog() -> str:
    """The exit codes, for --help."""
    lines = [f"  {code}  {meaning}" for code, meaning in EXIT_CODES.items()]
    order = ", ".join(str(code) for code in SEVERITY)
    lines.append(f"  rollback-order and rollback-many exit with the most serious among their redemptions: {order}")
    return "exit codes:\n" + "\n".join(lines)


def confirm(*, yes: bool, base_url: str, action: str, stdin: IO[str]) -> bool:
    """True when the action may go ahead: --yes, a loopback host, or a "y" typed at the prompt."""
    if yes or is_local(base_url):
        return True
    if not stdin.isatty():
        sys.stderr.write(f"refusing to {action} on {base_url} without confirmation: pass --yes\n")
        return False
    sys.stderr.write(f"{action} on {base_url}? [y/N] ")
    sys.stderr.flush()
    if stdin.readline().strip().lower() in ("y", "yes"):
        return True
    sys.stderr.write(f"aborted: nothing was rolled back (exit {EXIT_USAGE})\n")
    return False


def is_local(base_url: str) -> bool:
    """True when the API host is this machine (a sandbox), where no confirmation is asked."""
    host = (urlsplit(base_url).hostname or "").strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _plain(value: object) -> object:
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    return value


def _cell(value: object) -> object:
    """A table cell: dates in UTC to the second (--json keeps them whole)."""
    if isinstance(value, datetime.datetime):
        when = value.astimezone(datetime.UTC) if value.tzinfo else value
        return when.strftime("%Y-%m-%d %H:%M:%S") + ("Z" if value.tzinfo else "")
    return _plain(value)


def plain_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Aligned columns under a dashed rule, for when rich is not installed."""
    cells = [list(headers), *(list(row) for row in rows)]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


# Columns holding ids an operator copies: never wrapped nor cut.
ID_HEADERS = frozenset({"id", "parent", "item", "redemption", "rollback"})
# The columns hidden first when the ids would not fit otherwise, least useful first.
HIDDEN_FIRST = ("date", "object", "amount", "recovered", "children", "failure", "result", "voucher / tier", "status")


def visible_columns(headers: Sequence[str], cells: Sequence[Sequence[str]], width: int) -> list[int] | None:
    """The indexes of the columns that fit in `width` with every id whole: all of them, or all but the least useful
    (the last non-id column last); None when the ids alone do not fit."""
    rows = [list(headers), *cells]
    need = [max(len(row[i]) for row in rows) for i in range(len(headers))]
    need = [n if h in ID_HEADERS else min(n, CLI_FOLDED_COLUMN_MIN) for h, n in zip(headers, need, strict=True)]
    shown = list(range(len(headers)))
    droppable = [headers.index(h) for h in HIDDEN_FIRST if h in headers]
    droppable += [i for i, h in enumerate(headers) if h not in ID_HEADERS and i not in droppable][::-1]

    def table_width() -> int:  # rich's box: a border and a space either side of every cell
        return sum(need[i] + 3 for i in shown) + 1

    while table_width() > width and droppable:
        shown.remove(droppable.pop(0))
    return shown if table_width() <= width else None


class Output:
    """Where a command writes: rich tables on a terminal (plain aligned text without rich), or JSON lines."""

    def __init__(self, *, json_lines: bool, stream: IO[str] | None = None, width: int | None = None) -> None:
        self.json_lines = json_lines
        self.stream = stream or sys.stdout
        self.width = width  # the table width; None: the terminal's (160 off a terminal)

    def emit(self, data: Mapping[str, object]) -> None:
        """One JSON object on its own line (JSON mode only)."""
        self.stream.write(json.dumps(data, default=_plain, ensure_ascii=False, separators=(",", ":")) + "\n")
        self.stream.flush()

    def table(self, title: str | None, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
        """A readable table (text mode only); None shows as a dash. Ids stay whole on one line, so they can be
        copied: other columns fold first, and on a narrow terminal the least useful ones are hidden (said below the
        table; --json keeps everything)."""
        cells = [["-" if c is None else str(_cell(c)) for c in row] for row in rows]
        try:
            from rich.console import Console
            from rich.table import Table
        except ImportError:
            if title:
                self.stream.write(f"{title}\n")
            self.stream.write(plain_table(headers, cells) + "\n")
            return
        # Off a terminal (a pipe, a log file) rich would fold columns at 80: give it room instead.
        width = self.width or (None if self.stream.isatty() else 160)
        console = Console(file=self.stream, soft_wrap=False, width=width)
        shown = visible_columns(headers, cells, console.width)
        if shown is None:  # a box would cut the ids: plain lines, which the terminal may wrap but never cut
            if title:
                self.stream.write(f"{title}\n")
            self.stream.write(plain_table(headers, cells) + "\n")
            return
        grid = Table(show_lines=False)
        for i in shown:
            natural = max(len(row[i]) for row in [list(headers), *cells])
            if headers[i] in ID_HEADERS:
                grid.add_column(headers[i], no_wrap=True, min_width=natural)
            else:
                grid.add_column(headers[i], overflow="fold")
        for row in cells:
            grid.add_row(*(row[i] for i in shown))
        if title:  # above the table, not its caption: rich would wrap a caption at the table's width
            console.print(title, markup=False, highlight=False)
        console.print(grid)
        hidden = [headers[i] for i in range(len(headers)) if i not in shown]
        if hidden:
            note = f"(not shown at {console.width} columns: {', '.join(hidden)}; widen the terminal or use --json)"
            console.print(note, markup=False, highlight=False)

    def line(self, text: str) -> None:
        """A line of prose (text mode only)."""
        self.stream.write(text + "\n")
        self.stream.flush()


def money(minor: object) -> str | None:
    """Minor units as a decimal amount."""
    return None if not isinstance(minor, int) or isinstance(minor, bool) else f"{minor / 100:.2f}"


RECORD_HEADERS = ["id", "object", "parent", "voucher / tier", "result", "status", "amount", "date", "failure"]


# What the "voucher / tier" column says of a stack's parent, whose related object is the redemption itself.
STACK_PARENT = "(the stack)"


def touched(item: Redemption | Rollback) -> str | None:
    """What a redemption or rollback touched, for the "voucher / tier" column: a voucher code, a promotion tier, or
    STACK_PARENT for a stack's parent (the API names the parent itself as its related object)."""
    from voucherify_rollbacks import Redemption, promotion_tier_id

    voucher = item.voucher
    tier = promotion_tier_id(item) if isinstance(item, Redemption) else None
    if voucher is None and tier is None and item.related_object_type == "redemption":
        return STACK_PARENT
    return (voucher.code if voucher else None) or tier or item.related_object_id


def record_row(item: Redemption | Rollback) -> list[object]:
    """One redemption or rollback as a RECORD_HEADERS row."""
    from voucherify_rollbacks import Rollback, status_of

    return [
        item.id,
        "rollback" if isinstance(item, Rollback) else "redemption",
        item.redemption,
        touched(item),
        item.result,
        status_of(item),
        money(item.amount) if item.amount else None,
        item.date,
        item.failure_code,
    ]


def _rollback_rows(result: RollbackResult) -> list[list[object]]:
    items = ([result.parent_rollback] if result.parent_rollback else []) + list(result.rollbacks)
    rows: list[list[object]] = []
    for item in items:
        rows.append(
            [
                item.id,
                item.redemption,
                touched(item),
                item.result,
                money(item.amount) if item.amount else None,
                item.failure_code,
            ]
        )
    return rows


def show_rollback(out: Output, result: RollbackResult, *, what: str, target: str, verb: str = "Rolled back") -> None:
    """Print a rollback result: a table, or one JSON object with `command` and `id` first."""
    if out.json_lines:
        out.emit({"command": what, "id": target, **result.to_dict()})
        return
    headers = ["rollback", "redemption", "voucher / tier", "result", "amount", "failure"]
    out.table(
        f"{verb} {target}" + (" (recovered after a lost answer)" if result.recovered else ""),
        headers,
        _rollback_rows(result),
    )
    order = result.order
    if order is not None:
        out.line(f"order {order.id or order.source_id}: status {order.status}, total {money(order.total_amount)}")
    if not result.ok:
        out.line(f"{len(result.failures)} item(s) were NOT rolled back: see the failure column")


OUTCOME_HEADERS = ["item", "redemption", "status", "rollback", "recovered", "error"]


def outcome_row(outcome: RollbackOutcome) -> list[object]:
    """One RollbackOutcome as an OUTCOME_HEADERS row."""
    error: object = outcome.to_dict().get("error")
    problem = None
    if isinstance(error, dict) and error:
        problem = f"{error.get('error')}: {error.get('key') or error.get('message')}"
    if outcome.status == "rolled_back" and not outcome.ok:
        problem = problem or "some items FAILED"
    return [
        outcome.item,
        outcome.redemption_id,
        outcome.status + (" (from journal)" if outcome.resumed else ""),
        outcome.rollback_id,
        "yes" if outcome.recovered else None,
        problem,
    ]
