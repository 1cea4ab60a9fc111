"""rollback-many's input: ids one a line (blank lines and `#` comments skipped), or CSV / JSON lines with the ids in
a column (`--column`; by default the first of redemption_id, id, order_id, parent_redemption_id that is present). A
column named like `order…` holds order ids, read as `order:ID` items."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator, Mapping
from typing import IO

from .output import UsageError

DEFAULT_COLUMNS = ("redemption_id", "id", "order_id", "parent_redemption_id")

# One input row: a CSV row (a short row's missing cells are None) or a JSON object (any values).
Row = Mapping[str | None, object]


def read_items(source: str, *, fmt: str = "auto", column: str | None = None, stdin: IO[str] | None = None) -> list[str]:
    """The ids of an input file (`-`: stdin) as rollback_many items (`order:ID` for an order column)."""
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


def default_journal(source: str) -> str:
    """Where the journal goes when --journal is not given: beside the input file (stdin: the working directory)."""
    return ("stdin" if source == "-" else source) + ".journal.sqlite"


def _csv_rows(text: str) -> list[Row]:
    return list(csv.DictReader(text.splitlines()))


def _jsonl_rows(text: str, source: str) -> list[Row]:
    rows: list[Row] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row: object = json.loads(line)
        except ValueError:
            raise UsageError(f"--from {source}: line {number} is not JSON") from None
        if not isinstance(row, dict):
            raise UsageError(f"--from {source}: line {number} is not a JSON object")
        rows.append(row)
    return rows


def _column_values(rows: list[Row], column: str | None, source: str) -> Iterator[str]:
    names = list(dict.fromkeys(name for row in rows for name in row if name is not None))
    if column is None:
        column = next((name for name in DEFAULT_COLUMNS if name in names), None)
        if column is None:
            raise UsageError(f"--from {source}: no column named {', '.join(DEFAULT_COLUMNS)}: pass --column")
    elif column not in names:
        raise UsageError(f"--from {source}: no column {column!r} (columns: {', '.join(names) or 'none'})")
    as_order = column.lower().startswith("order")
    for row in rows:
        value = row.get(column)
        if value is None or not str(value).strip():
            continue
        text = str(value).strip()
        yield f"order:{text}" if as_order and not text.startswith("order:") else text
