"""rollback-many's input: ids one a line (blank lines and `#` comments skipped), or CSV / JSON lines with the ids in
a column (`--column`; by default the first of redemption_id, id, order_id, parent_redemption_id that is present). A
column named like `order…` holds order ids, read as `order:ID` items."""

from __future__ import annotations

import codecs
import csv
import io
import json
import sys
from collections.abc import Iterator, Mapping
from typing import IO

from .output import UsageError

DEFAULT_COLUMNS = ("redemption_id", "id", "order_id", "parent_redemption_id")

# One input row: a CSV row or a JSON object (any values), with the line it starts on under _LINE.
Row = Mapping[str | None, object]
_LINE = "\0line"  # no CSV header or JSON key a person writes


def read_items(source: str, *, fmt: str = "auto", column: str | None = None, stdin: IO[str] | None = None) -> list[str]:
    """The ids of an input file (`-`: stdin) as rollback_many items (`order:ID` for an order column).

    Read strictly, before anything is sent: bytes that are not UTF-8, a CSV quote left open, a row with more cells
    than the header (an unquoted comma shifts the ids) or too few to hold the id column, a JSON line that is not an
    object, a missing column and an input without a single id are UsageErrors naming the file and the line.
    """
    text = _read_text(source, stdin)
    if fmt == "auto":
        lowered = source.lower()
        fmt = "csv" if lowered.endswith(".csv") else "jsonl" if lowered.endswith((".jsonl", ".ndjson")) else "lines"
    if fmt == "lines":
        if column:
            raise UsageError("--column needs a CSV or JSON lines input (--format csv|jsonl)")
        items = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    else:
        rows = _csv_rows(text, source) if fmt == "csv" else _jsonl_rows(text, source)
        items = list(_column_values(rows, column, source))
    if not items:
        raise UsageError(f"--from {_name(source)}: no ids found")
    return items


def default_journal(source: str) -> str:
    """Where the journal goes when --journal is not given: beside the input file (stdin: the working directory)."""
    return ("stdin" if source == "-" else source) + ".journal.sqlite"


def _name(source: str) -> str:
    return "stdin" if source == "-" else source


def _read_text(source: str, stdin: IO[str] | None) -> str:
    if source == "-":
        stream = stdin or sys.stdin
        raw = getattr(stream, "buffer", None)
        if raw is None:  # already text (a StringIO): nothing left to decode
            return stream.read()
        data: bytes = raw.read()
    else:
        try:
            with open(source, "rb") as handle:
                data = handle.read()
        except OSError as error:
            raise UsageError(f"--from {source}: {error.strerror or error}") from None
    data = data.removeprefix(codecs.BOM_UTF8)  # what spreadsheet programs put first
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise UsageError(
            f"--from {_name(source)}: line {line} is not UTF-8 (byte 0x{data[error.start]:02x}); save the file as UTF-8"
        ) from None


def _csv_rows(text: str, source: str) -> list[Row]:
    # strict: a quote left open is an error rather than one field swallowing the rest of the file.
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[Row] = []
    done = 0  # the last line of the last row read
    try:
        header = next(reader, None)
        if header is None:
            return rows
        done = reader.line_num
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                done = reader.line_num
                continue
            if len(cells) > len(header):
                raise UsageError(
                    f"--from {source}: line {done + 1} has {len(cells)} cells for {len(header)} columns "
                    "(an unquoted comma?)"
                )
            row: dict[str | None, object] = dict(zip(header, cells, strict=False))
            row[_LINE] = done + 1
            rows.append(row)
            done = reader.line_num
    except csv.Error as error:
        # An open quote is reported at the end of the file by csv; the row it opened starts after the last good one.
        raise UsageError(f"--from {source}: line {done + 1} is not valid CSV ({error}: a quote left open?)") from None
    return rows


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
        rows.append({**row, _LINE: number})
    return rows


def _column_values(rows: list[Row], column: str | None, source: str) -> Iterator[str]:
    if not rows:
        return
    names = list(dict.fromkeys(name for row in rows for name in row if name is not None and name != _LINE))
    if column is None:
        column = next((name for name in DEFAULT_COLUMNS if name in names), None)
        if column is None:
            raise UsageError(f"--from {source}: no column named {', '.join(DEFAULT_COLUMNS)}: pass --column")
    elif column not in names:
        raise UsageError(f"--from {source}: no column {column!r} (columns: {', '.join(names) or 'none'})")
    as_order = column.lower().startswith("order")
    for row in rows:
        if column not in row:
            raise UsageError(f"--from {source}: line {row[_LINE]} has no {column!r} cell (a short row)")
        value = row[column]
        if value is None or not str(value).strip():
            continue
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise UsageError(f"--from {source}: line {row[_LINE]}: {column} is not an id: {value!r}")
        text = str(value).strip()
        if "\n" in text or "\r" in text:
            raise UsageError(f"--from {source}: line {row[_LINE]}: {column} spans lines (a quote closed too late?)")
        yield f"order:{text}" if as_order and not text.startswith("order:") else text
