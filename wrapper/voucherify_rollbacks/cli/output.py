"""The operator commands of `voucherify-rollbacks`: roll back, inspect and list against a real account.

Credentials and the cluster come from `VOUCHERIFY_*` variables or `--env-file` (the file wins over the environment,
flags win over both) and are never printed. Output is a readable table on a terminal, or `--json`: one JSON object
per line, for scripts. Rollback commands take `--dry-run` (reads only: what would be rolled back) and ask before
touching a host that is not on this machine unless `--yes` is given. The exit code says how it went (EXIT_CODES).
"""

from __future__ import annotations

import argparse
import datetime
import ipaddress
import json
import os
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import IO, Any
from urllib.parse import urlsplit

from .errors import (
    AlreadyRolledBackError,
    APIError,
    AuthenticationError,
    ConfigurationError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    VoucherifyError,
)

# One exit code per outcome class, so scripts can branch without parsing output.
EXIT_OK = 0
EXIT_OTHER = 1
EXIT_USAGE = 2
EXIT_ALREADY_ROLLED_BACK = 3
EXIT_NOT_FOUND = 4
EXIT_OUTCOME_UNKNOWN = 5
EXIT_AUTH = 6
EXIT_RATE_LIMITED = 7
EXIT_NOT_ROLLED_BACK = 8
EXIT_INTERRUPTED = 130  # what shells report for Ctrl-C (128 + SIGINT)
EXIT_CODES: Mapping[int, str] = {
    EXIT_OK: "done (every item rolled back, or the read succeeded)",
    EXIT_OTHER: "any other failure (a rollback item FAILED, a connection error, a server error, a refusal)",
    EXIT_USAGE: "bad usage, or a confirmation that was declined or could not be asked",
    EXIT_ALREADY_ROLLED_BACK: "the redemption was already rolled back before this command",
    EXIT_NOT_FOUND: "no such redemption, rollback or order",
    EXIT_OUTCOME_UNKNOWN: "the rollback may or may not have been applied: check with find-rollback",
    EXIT_AUTH: "the credentials were refused (401/403) or are missing",
    EXIT_RATE_LIMITED: "rate limited (429) after the SDK's own retries",
    EXIT_NOT_ROLLED_BACK: "find-rollback: the redemption exists and is not rolled back",
    EXIT_INTERRUPTED: "rollback-many was interrupted (Ctrl-C): run it again to resume from its journal",
}
# rollback-order and rollback-many report many redemptions: they exit with the most serious class among them.
_SEVERITY = (
    EXIT_OUTCOME_UNKNOWN,
    EXIT_AUTH,
    EXIT_RATE_LIMITED,
    EXIT_OTHER,
    EXIT_NOT_FOUND,
    EXIT_ALREADY_ROLLED_BACK,
    EXIT_OK,
)

_ENV_KEYS = (
    "VOUCHERIFY_APP_ID",
    "VOUCHERIFY_APP_TOKEN",
    "VOUCHERIFY_BEARER_TOKEN",
    "VOUCHERIFY_BASE_URL",
    "VOUCHERIFY_CLUSTER",
)


def exit_code_for(error: BaseException) -> int:
    """The exit code of an error that ended a command."""
    if isinstance(error, AlreadyRolledBackError):
        return EXIT_ALREADY_ROLLED_BACK
    if _is_outcome_unknown(error):
        return EXIT_OUTCOME_UNKNOWN
    if isinstance(error, NotFoundError):
        return EXIT_NOT_FOUND
    if isinstance(error, AuthenticationError | PermissionDeniedError | ConfigurationError):
        return EXIT_AUTH
    if isinstance(error, RateLimitError):
        return EXIT_RATE_LIMITED
    return EXIT_OTHER


def exit_code_for_outcomes(outcomes: Iterable[Any]) -> int:
    """The exit code of a command that reported many RollbackOutcomes: the most serious class among them."""
    codes = {exit_code_for_outcome(outcome) for outcome in outcomes}
    return next((code for code in _SEVERITY if code in codes), EXIT_OK)


def exit_code_for_outcome(outcome: Any) -> int:
    """The exit code one RollbackOutcome stands for."""
    if outcome.status == "rolled_back":
        return EXIT_OK if outcome.ok else EXIT_OTHER
    if outcome.status == "already_rolled_back":
        return EXIT_ALREADY_ROLLED_BACK
    if outcome.status == "outcome_unknown":
        return EXIT_OUTCOME_UNKNOWN
    if outcome.error is not None:
        return exit_code_for(outcome.error)
    recorded = (outcome.to_dict().get("error") or {}).get("error")  # an outcome read back from a journal
    return _RECORDED_CODES.get(str(recorded), EXIT_OTHER)


_RECORDED_CODES = {
    "NotFoundError": EXIT_NOT_FOUND,
    "ResourceNotFoundError": EXIT_NOT_FOUND,
    "AuthenticationError": EXIT_AUTH,
    "PermissionDeniedError": EXIT_AUTH,
    "RateLimitError": EXIT_RATE_LIMITED,
}


def _is_outcome_unknown(error: BaseException) -> bool:
    return type(error).__name__ == "RollbackOutcomeUnknownError" or any(
        klass.__name__ == "RollbackOutcomeUnknownError" for klass in type(error).__mro__
    )


# --- settings -------------------------------------------------------------------------------------------------


def read_env_file(path: str) -> dict[str, str]:
    """The VOUCHERIFY_* settings of a dotenv file (KEY=VALUE lines, comments, quotes, `export`)."""
    try:
        from dotenv import dotenv_values
    except ImportError:  # pragma: no cover - the cli extra brings it
        raise ConfigurationError("--env-file needs python-dotenv: pip install 'voucherify-rollbacks[cli]'") from None
    if not os.path.isfile(path):
        raise ConfigurationError(f"--env-file {path}: no such file")
    values = dotenv_values(path)
    return {key: value for key, value in values.items() if key in _ENV_KEYS and value is not None}


def client_settings(args: argparse.Namespace) -> dict[str, Any]:
    """Keyword arguments for Voucherify(): flags, then --env-file, then the environment."""
    found = {key: os.environ[key] for key in _ENV_KEYS if os.environ.get(key)}
    if args.env_file:
        found.update(read_env_file(args.env_file))
    settings: dict[str, Any] = {
        "app_id": found.get("VOUCHERIFY_APP_ID"),
        "app_token": found.get("VOUCHERIFY_APP_TOKEN"),
        "bearer_token": found.get("VOUCHERIFY_BEARER_TOKEN"),
        "base_url": args.base_url or found.get("VOUCHERIFY_BASE_URL"),
        "cluster": args.cluster or found.get("VOUCHERIFY_CLUSTER"),
    }
    if settings["app_token"] and settings["bearer_token"]:
        # Both present (say the environment has one, the file the other): the app key pair wins, as documented.
        settings["bearer_token"] = None
    if settings["base_url"]:
        settings["cluster"] = None
    if args.timeout is not None:
        settings["timeout"] = args.timeout
    if args.max_retries is not None:
        settings["max_retries"] = args.max_retries
    return settings


def is_local(base_url: str) -> bool:
    """True when the API host is this machine (a sandbox), where no confirmation is asked."""
    host = (urlsplit(base_url).hostname or "").strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# --- output ---------------------------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    return value


def model_dict(view: Any) -> dict[str, Any] | None:
    """A result view as JSON-ready data: its generated model's to_dict() (lossless), or None."""
    if view is None:
        return None
    to_dict = getattr(view, "to_dict", None)
    if callable(to_dict):
        data = to_dict()
        return data if isinstance(data, dict) else None
    model = getattr(view, "model", None)
    data = model.to_dict() if model is not None and hasattr(model, "to_dict") else {}
    return data if isinstance(data, dict) else None


def rollback_result_dict(result: Any, **extra: Any) -> dict[str, Any]:
    """A RollbackResult as one JSON object."""
    to_dict = getattr(result, "to_dict", None)
    if callable(to_dict):
        data = to_dict()
        if isinstance(data, dict):
            return {**extra, **data}
    return {
        **extra,
        "ok": result.ok,
        "recovered": result.recovered,
        "request_id": result.request_id,
        "parent_rollback": model_dict(result.parent_rollback),
        "rollbacks": [model_dict(r) for r in result.rollbacks],
        "order": model_dict(result.order),
    }


def error_dict(error: BaseException) -> dict[str, Any]:
    """An error as one JSON object (never holding a credential: the SDK scrubs them from its errors)."""
    to_dict = getattr(error, "to_dict", None)
    given = to_dict() if callable(to_dict) else None
    if isinstance(given, dict):
        return {"error": type(error).__name__, **given}
    found: dict[str, Any] = {"error": type(error).__name__, "message": str(error)}
    for name in ("status_code", "key", "request_id", "resource_id", "details"):
        value = getattr(error, name, None)
        if value is not None:
            found[name] = value
    return found


class Output:
    """Where a command writes: rich tables on a terminal (plain aligned text without rich), or JSON lines."""

    def __init__(self, *, json_lines: bool, stream: IO[str] | None = None) -> None:
        self.json_lines = json_lines
        self.stream = stream or sys.stdout

    def emit(self, data: Mapping[str, Any]) -> None:
        """One JSON object on its own line (JSON mode only)."""
        self.stream.write(json.dumps(data, default=_plain, ensure_ascii=False, separators=(",", ":")) + "\n")
        self.stream.flush()

    def table(self, title: str | None, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """A readable table (text mode only)."""
        cells = [["-" if c is None else str(_plain(c)) for c in row] for row in rows]
        try:
            from rich.console import Console
            from rich.table import Table
        except ImportError:
            from .demo import table

            if title:
                self.stream.write(f"{title}\n")
            self.stream.write(table(headers, cells) + "\n")
            return
        grid = Table(title=title, title_justify="left", show_lines=False)
        for header in headers:
            grid.add_column(header, overflow="fold")
        for row in cells:
            grid.add_row(*row)
        # Off a terminal (a pipe, a log file) rich would fold columns at 80: give it room instead.
        width = None if self.stream.isatty() else 160
        Console(file=self.stream, soft_wrap=False, width=width).print(grid)

    def line(self, text: str) -> None:
        """A line of prose (text mode only)."""
        self.stream.write(text + "\n")
        self.stream.flush()


def money(minor: Any) -> str | None:
    """Minor units as a decimal amount."""
    return None if not isinstance(minor, int) or isinstance(minor, bool) else f"{minor / 100:.2f}"


def _rollback_rows(result: Any) -> list[list[Any]]:
    items = ([result.parent_rollback] if result.parent_rollback else []) + list(result.rollbacks)
    rows = []
    for item in items:
        voucher = item.voucher
        rows.append(
            [
                item.id,
                item.redemption,
                (voucher.code if voucher else None) or item.related_object_id,
                item.result,
                money(item.amount) if item.amount else None,
                item.failure_code,
            ]
        )
    return rows


def show_rollback(out: Output, result: Any, *, what: str, target: str, verb: str = "Rolled back") -> None:
    """Print a rollback result."""
    if out.json_lines:
        out.emit(rollback_result_dict(result, command=what, id=target))
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


def _record_row(item: Any) -> list[Any]:
    voucher = getattr(item, "voucher", None)
    return [
        item.id,
        type(item).__name__.lower(),
        item.redemption,
        (voucher.code if voucher else None) or getattr(item, "promotion_tier_id", None) or item.related_object_id,
        item.result,
        item.status,
        money(item.amount) if item.amount else None,
        item.date,
        item.failure_code,
    ]


RECORD_HEADERS = ["id", "object", "parent", "voucher / tier", "result", "status", "amount", "date", "failure"]


# --- the commands ---------------------------------------------------------------------------------------------


def confirm(args: argparse.Namespace, base_url: str, action: str, stdin: IO[str]) -> bool:
    """True when the action may go ahead: --yes, a dry run, a loopback host, or a "y" typed at the prompt."""
    if args.yes or args.dry_run or is_local(base_url):
        return True
    if not stdin.isatty():
        sys.stderr.write(f"refusing to {action} on {base_url} without confirmation: pass --yes\n")
        return False
    sys.stderr.write(f"{action} on {base_url}? [y/N] ")
    sys.stderr.flush()
    return stdin.readline().strip().lower() in ("y", "yes")


def _dry_run(vf: Any, out: Output, redemption_id: str) -> int:
    """Show what a rollback of `redemption_id` would touch, with reads only."""
    from .results import Redemption

    item = vf.get_redemption(redemption_id)
    if not isinstance(item, Redemption):
        raise ConfigurationError(f"{redemption_id} is a rollback, not a redemption: there is nothing to roll back")
    children = [vf.get_redemption(child) for child in item.child_ids]
    rolled_back = [i for i in item.rollback_ids if not i.startswith("rrf_")]
    if out.json_lines:
        out.emit(
            {
                "command": "dry-run",
                "id": redemption_id,
                "would_roll_back": not rolled_back and item.result == "SUCCESS",
                "already_rolled_back_by": rolled_back or None,
                "redemption": model_dict(item),
                "children": [model_dict(child) for child in children],
            }
        )
        return EXIT_OK
    out.table(
        f"Dry run: {redemption_id} and its children (nothing is sent)",
        RECORD_HEADERS,
        [_record_row(item)] + [_record_row(child) for child in children],
    )
    if rolled_back:
        out.line(f"already rolled back by {', '.join(rolled_back)}: a rollback would be refused")
    elif item.result != "SUCCESS":
        out.line(f"this redemption's result is {item.result}: there is nothing to roll back")
    else:
        out.line(f"would roll back {redemption_id}" + (f" and its {len(children)} children" if children else ""))
    return EXIT_OK


def _run_rollback(vf: Any, args: argparse.Namespace, out: Output, stdin: IO[str]) -> int:
    stacked = args.command == "rollback-stacked"
    if args.dry_run:
        return _dry_run(vf, out, args.id)
    if not confirm(args, vf.base_url, f"roll back {args.id}", stdin):
        return EXIT_USAGE
    method = vf.rollback_stacked if stacked else vf.rollback
    result = method(args.id, reason=args.reason, tracking_id=args.tracking_id)
    show_rollback(out, result, what=args.command, target=args.id)
    return EXIT_OK if result.ok else EXIT_OTHER


OUTCOME_HEADERS = ["item", "redemption", "status", "rollback", "recovered", "error"]


def outcome_row(outcome: Any) -> list[Any]:
    """One RollbackOutcome as a table row."""
    error = outcome.to_dict().get("error") or {}
    problem = f"{error.get('error')}: {error.get('key') or error.get('message')}" if error else None
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


def _dry_run_order(vf: Any, out: Output, order_id: str) -> int:
    """Show what a rollback of an order would touch, with reads only."""
    from .orders import order_redemptions

    order = vf.get_order(order_id)
    entries = order_redemptions(order)
    if out.json_lines:
        for entry in entries:
            out.emit(
                {
                    "command": "dry-run",
                    "order_id": order.id,
                    "redemption_id": entry.redemption_id,
                    "would_roll_back": entry.rollback_id is None,
                    "already_rolled_back_by": entry.rollback_id,
                    "children": list(entry.children),
                }
            )
        return EXIT_OK
    rows = [
        [
            e.redemption_id,
            len(e.children) or None,
            "would roll back" if e.rollback_id is None else "already rolled back",
            e.rollback_id,
        ]
        for e in entries
    ]
    out.table(
        f"Dry run: order {order.id} ({order.status}, total {money(order.total_amount)}); nothing is sent",
        ["redemption", "children", "action", "rollback"],
        rows,
    )
    pending = sum(1 for e in entries if e.rollback_id is None)
    out.line(f"would roll back {pending} of {len(entries)} redemption(s) on {order.id}")
    return EXIT_OK


def _run_rollback_order(vf: Any, args: argparse.Namespace, out: Output, stdin: IO[str]) -> int:
    if args.dry_run:
        return _dry_run_order(vf, out, args.id)
    if not confirm(args, vf.base_url, f"roll back every redemption on order {args.id}", stdin):
        return EXIT_USAGE
    outcomes = vf.rollback_order(args.id, reason=args.reason, tracking_id=args.tracking_id)
    if out.json_lines:
        for outcome in outcomes:
            out.emit({"command": "rollback-order", **outcome.to_dict()})
    else:
        out.table(f"Order {args.id}: {len(outcomes)} redemption(s)", OUTCOME_HEADERS, map(outcome_row, outcomes))
    return exit_code_for_outcomes(outcomes)


def _run_find_rollback(vf: Any, args: argparse.Namespace, out: Output, stdin: IO[str]) -> int:
    result = vf.find_rollback(args.id)
    if result is None:
        if out.json_lines:
            out.emit({"command": "find-rollback", "id": args.id, "rolled_back": False})
        else:
            out.line(f"{args.id} is not rolled back")
        return EXIT_NOT_ROLLED_BACK
    if out.json_lines:
        out.emit(rollback_result_dict(result, command="find-rollback", id=args.id, rolled_back=True))
    else:
        show_rollback(out, result, what="find-rollback", target=args.id, verb="Rollback of")
    return EXIT_OK


def _run_rollback_many(vf: Any, args: argparse.Namespace, out: Output, stdin: IO[str]) -> int:
    from .bulk_command import run_rollback_many

    return run_rollback_many(vf, args, out, stdin)


def _run_get(vf: Any, args: argparse.Namespace, out: Output, stdin: IO[str]) -> int:
    item = vf.get_redemption(args.id)
    if out.json_lines:
        out.emit(model_dict(item) or {})
    else:
        out.table(None, RECORD_HEADERS, [_record_row(item)])
    return EXIT_OK


def _run_list(vf: Any, args: argparse.Namespace, out: Output, stdin: IO[str]) -> int:
    filters: dict[str, Any] = {}
    for name in ("voucher_code", "parent_redemption_id", "related_object_id", "failure_code", "object"):
        value = getattr(args, name)
        if value is not None:
            filters[name] = value
    items = vf.redemptions(
        result=args.result or None,
        campaign=args.campaign,
        customer=args.customer,
        created_after=args.created_after,
        created_before=args.created_before,
        order=args.sort,
        **filters,
    )
    rows: list[list[Any]] = []
    for count, item in enumerate(items, start=1):
        if out.json_lines:
            out.emit(model_dict(item) or {})
        else:
            rows.append(_record_row(item))
        if args.limit is not None and count >= args.limit:
            break
    if not out.json_lines:
        out.table(f"{len(rows)} item(s)", RECORD_HEADERS, rows)
    return EXIT_OK


def _when(text: str) -> datetime.datetime:
    try:
        value = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 date-time: {text!r}") from None
    return value if value.tzinfo else value.replace(tzinfo=datetime.UTC)


def _add_common(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("connection (credentials come from VOUCHERIFY_* or --env-file, never flags)")
    group.add_argument("--env-file", metavar="FILE", help="dotenv file with VOUCHERIFY_APP_ID/APP_TOKEN/... settings")
    group.add_argument("--cluster", choices=["eu1", "us1", "as1"], help="Voucherify region (default eu1)")
    group.add_argument("--base-url", metavar="URL", help="API base URL (a sandbox, a proxy); overrides --cluster")
    group.add_argument("--timeout", type=float, metavar="SECONDS", help="per-request timeout (default 30)")
    group.add_argument("--max-retries", type=int, metavar="N", help="retries per call (default 2)")
    parser.add_argument("--json", action="store_true", help="one JSON object per line instead of tables")


def _add_rollback_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--reason", help="why (stored on the rollback)")
    parser.add_argument("--tracking-id", help="tracking id to record on the rollback")
    parser.add_argument("--dry-run", action="store_true", help="show what would be rolled back, using reads only")
    parser.add_argument("--yes", "-y", action="store_true", help="do not ask before rolling back on a remote host")


Runner = Callable[[Any, argparse.Namespace, Output, IO[str]], int]
COMMANDS: dict[str, tuple[str, Runner]] = {
    "rollback-stacked": ("roll back a stacked redemption and all its children", _run_rollback),
    "rollback": ("roll back a single (not stacked) redemption", _run_rollback),
    "rollback-order": ("roll back every redemption on an order that is not rolled back yet", _run_rollback_order),
    "find-rollback": ("show the rollback of a redemption (after a crash or a lost answer), if any", _run_find_rollback),
    "rollback-many": ("roll back many redemptions or orders from a file, resumably (journal)", _run_rollback_many),
    "get": ("show one redemption (r_/rf_) or rollback (rr_/rrf_)", _run_get),
    "list": ("list redemptions and rollbacks, every page", _run_list),
}


def epilog() -> str:
    """The exit codes, for --help."""
    lines = [f"  {code}  {meaning}" for code, meaning in EXIT_CODES.items()]
    order = ", ".join(str(code) for code in _SEVERITY)
    lines.append(f"  rollback-order and rollback-many exit with the most serious among their redemptions: {order}")
    return "exit codes:\n" + "\n".join(lines)


def parser_for(command: str) -> argparse.ArgumentParser:
    """The argument parser of one operator command."""
    summary = COMMANDS[command][0]
    parser = argparse.ArgumentParser(
        prog=f"voucherify-rollbacks {command}",
        description=summary,
        epilog=epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    if command in ("rollback-stacked", "rollback"):
        parser.add_argument("id", help="the redemption id (r_...): for rollback-stacked, the stack's parent")
        _add_rollback_options(parser)
    elif command == "rollback-order":
        parser.add_argument("id", help="the order id (ord_...) or its source id")
        _add_rollback_options(parser)
    elif command == "rollback-many":
        from .bulk_command import add_arguments

        add_arguments(parser)
        _add_rollback_options(parser)
    elif command == "find-rollback":
        parser.add_argument("id", help="a redemption id (a child's finds its stack's rollback)")
    elif command == "get":
        parser.add_argument("id", help="a redemption or rollback id")
    elif command == "list":
        parser.add_argument("--result", action="append", choices=["SUCCESS", "FAILURE"], help="repeatable")
        parser.add_argument("--campaign", help="campaign name")
        parser.add_argument("--customer", help="customer id or source_id")
        parser.add_argument("--voucher-code")
        parser.add_argument("--parent-redemption-id")
        parser.add_argument("--related-object-id", help="an order id, for example")
        parser.add_argument("--failure-code")
        parser.add_argument("--object", choices=["redemption", "redemption_rollback"])
        parser.add_argument("--created-after", type=_when, metavar="ISO")
        parser.add_argument("--created-before", type=_when, metavar="ISO")
        parser.add_argument("--sort", choices=["created_at", "-created_at"], default="-created_at")
        parser.add_argument("--limit", type=int, metavar="N", help="stop after N items")
    _add_common(parser)
    return parser


def run(command: str, argv: Sequence[str], *, stdin: IO[str] | None = None, stdout: IO[str] | None = None) -> int:
    """Run one operator command; returns its exit code. Errors are printed (JSON on stdout with --json)."""
    args = parser_for(command).parse_args(list(argv))
    args.command = command
    for name in ("yes", "dry_run"):
        if not hasattr(args, name):
            setattr(args, name, False)
    out = Output(json_lines=args.json, stream=stdout)
    from .client import Voucherify

    try:
        with Voucherify(**client_settings(args)) as vf:
            return COMMANDS[command][1](vf, args, out, stdin or sys.stdin)
    except VoucherifyError as error:
        code = exit_code_for(error)
        if out.json_lines:
            out.emit({"command": command, "id": getattr(args, "id", None), **error_dict(error)})
        else:
            sys.stderr.write(f"voucherify-rollbacks {command}: {type(error).__name__}: {error}\n")
            if isinstance(error, APIError) and error.request_id:
                sys.stderr.write(f"  request id: {error.request_id}\n")
            if code == EXIT_OUTCOME_UNKNOWN:
                sys.stderr.write("  the rollback may have been applied: check with `voucherify-rollbacks get`\n")
        return code
    except ValueError as error:  # an argument the SDK refused before sending (an id with a slash, say)
        sys.stderr.write(f"voucherify-rollbacks {command}: {error}\n")
        return EXIT_USAGE
