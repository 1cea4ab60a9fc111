"""rollback-many's input: ids one a line (blank lines and `#` comments skipped), or CSV / JSON lines with the ids in
a column (`--column`; by default the first of redemption_id, id, order_id, parent_redemption_id that is present). A
column named like `order…` holds order ids, read as `order:ID` items.

The input is never held in memory: a first pass reads it line by line, strictly, and counts its items; each later
pass (the run's) reads it again. stdin, which cannot be read twice, is spooled to a temporary file by the first pass
(deleted when the items are closed)."""

from __future__ import annotations

import codecs
import csv
import dataclasses
import hashlib
import io
import json
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import IO, TypeVar

from voucherify_rollbacks import parse_bulk_item

from .._constants import CLI_INPUT_COLUMNS_NAMED
from .output import UsageError

DEFAULT_COLUMNS = ("redemption_id", "id", "order_id", "parent_redemption_id")

# One input row: a CSV row or a JSON object (any values), with the line it starts on under _LINE.
Row = Mapping[str | None, object]
_LINE = "\0line"  # no CSV header or JSON key a person writes

T = TypeVar("T")


class InputItems:
    """rollback-many's items, checked and counted by a first pass: `count` of them (duplicates included), read
    again, one at a time, each time they are iterated; nothing per item is held. `close()` (or the end of a `with`
    block) deletes what they were kept in, if anything."""

    def __init__(self, count: int, read: Callable[[], Iterator[str]], close: Callable[[], None] | None = None) -> None:
        self.count = count
        self._read = read
        self._close = close

    def __iter__(self) -> Iterator[str]:
        return self._read()

    def close(self) -> None:
        """Delete the temporary file the items were kept in (stdin's spool, an export's ids), if any."""
        if self._close is not None:
            self._close()

    def __enter__(self) -> InputItems:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def read_items(
    source: str,
    *,
    fmt: str = "auto",
    column: str | None = None,
    orders: bool = False,
    stdin: IO[str] | None = None,
) -> InputItems:
    """The ids of an input file (`-`: stdin) as rollback_many items (`order:ID` for an order column, or for every
    id with `orders`), counted by a first pass and read again, line by line, by each iteration.

    Read strictly, before anything is sent: bytes that are not UTF-8, a CSV quote left open, a row with more cells
    than the header (an unquoted comma shifts the ids) or too few to hold the id column, a JSON line that is not an
    object, a missing column, an item rollback_many refuses (parse_bulk_item) and an input without a single id are
    UsageErrors naming the file and the line. A file changed between two passes is one too, raised by the pass
    that finds it (rollback_many then stages and sends nothing).
    """
    if fmt == "auto":
        lowered = source.lower()
        fmt = "csv" if lowered.endswith(".csv") else "jsonl" if lowered.endswith((".jsonl", ".ndjson")) else "lines"
    data = _Data(source, stdin)
    try:
        read: Callable[[], Iterator[str]]
        if fmt == "lines":
            if column:
                data.first_pass(_drain)  # an unreadable file is said first, as when it was read whole
                raise UsageError("--column needs a CSV or JSON lines input (--format csv|jsonl)")

            def read() -> Iterator[str]:
                return _as_orders(_plain_items(data.lines()), orders)

            count = data.first_pass(lambda lines: check_items(_as_orders(_plain_items(lines), orders), source))
        else:
            parse = _csv_rows if fmt == "csv" else _jsonl_rows
            found = data.first_pass(lambda lines: _Columns.find(parse(lines, source), column))
            chosen = found.choose(column, source) if found.rows else ""

            def read() -> Iterator[str]:
                if not chosen:
                    return iter(())
                return _as_orders(_column_values(parse(data.lines(), source), chosen, source), orders)

            count = check_items(read(), source)
        if not count:
            raise UsageError(f"--from {_name(source)}: no ids found")
    except BaseException:
        data.close()
        raise
    return InputItems(count, read, data.close)


def check_items(items: Iterable[str], source: str) -> int:
    """How many `items` there are; a UsageError naming `source` for the first one rollback_many would refuse (said
    once all are read, as each pass reports the input's own faults first)."""
    count, problem = 0, None
    for item in items:
        count += 1
        if problem is None:
            try:
                parse_bulk_item(item)
            except ValueError as error:
                problem = f"--from {source}: {error}"
    if problem is not None:
        raise UsageError(problem)
    return count


def default_journal(source: str) -> str:
    """Where the journal goes when --journal is not given: beside the input file (stdin: the working directory)."""
    return ("stdin" if source == "-" else source) + ".journal.sqlite"


def _name(source: str) -> str:
    return "stdin" if source == "-" else source


def _drain(lines: Iterable[str]) -> None:
    for _ in lines:
        pass


def _as_orders(items: Iterable[str], orders: bool) -> Iterator[str]:
    if not orders:
        yield from items
        return
    for item in items:
        yield item if item.startswith("order:") else f"order:{item}"


class _Data:
    """An input's text, read line by line for each pass: a file opened again each time, or stdin spooled to a
    temporary file while the first pass reads it. Every pass after the first checks it read the same bytes."""

    def __init__(self, source: str, stdin: IO[str] | None) -> None:
        self.source = source
        self._stdin = stdin
        self._spool: IO[bytes] | None = None
        self._digest: str | None = None  # of the bytes the first pass read, once it read them all

    def first_pass(self, consume: Callable[[Iterator[str]], T]) -> T:
        """`consume` the first pass's lines; after a fault it reports, the rest is still read, so that bytes that
        are not UTF-8 anywhere in the input are the error said (they were when the input was read whole)."""
        lines = self.lines()
        try:
            return consume(lines)
        except UsageError:
            _drain(lines)
            raise

    def lines(self) -> Iterator[str]:
        """The input's text in pieces that each end a line (at a `\\n`), the byte order mark skipped; a UsageError
        naming the line of a byte that is not UTF-8."""
        for number, raw in enumerate(self._raw_lines(), start=1):
            if number == 1:
                raw = raw.removeprefix(codecs.BOM_UTF8)  # what spreadsheet programs put first
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                raise UsageError(
                    f"--from {_name(self.source)}: line {number} is not UTF-8 (byte 0x{raw[error.start]:02x}); "
                    "save the file as UTF-8"
                ) from None
            yield text

    def _raw_lines(self) -> Iterator[bytes]:
        digest = hashlib.sha256()
        for raw in self._spooled() if self.source == "-" else self._file():
            digest.update(raw)
            yield raw
        if self._digest is None:
            self._digest = digest.hexdigest()
        elif self._digest != digest.hexdigest():
            raise UsageError(f"--from {_name(self.source)}: the file changed while it was read; run the command again")

    def _file(self) -> Iterator[bytes]:
        try:
            handle = open(self.source, "rb")  # noqa: SIM115 - closed below, once read
        except OSError as error:
            raise UsageError(f"--from {self.source}: {error.strerror or error}") from None
        with handle:
            yield from handle

    def _spooled(self) -> Iterator[bytes]:
        if self._spool is not None:  # a later pass: stdin is in the spool
            self._spool.seek(0)
            yield from self._spool
            return
        stream = self._stdin or sys.stdin
        raw: IO[bytes] | None = getattr(stream, "buffer", None)
        lines: Iterable[bytes] = raw if raw is not None else (line.encode("utf-8", "surrogatepass") for line in stream)
        self._spool = tempfile.TemporaryFile()  # noqa: SIM115 - closed by close(): deleted then
        for line in lines:
            self._spool.write(line)
            yield line
        self._spool.flush()

    def close(self) -> None:
        """Delete stdin's spool, if there is one."""
        if self._spool is not None:
            self._spool.close()


def _plain_items(lines: Iterable[str]) -> Iterator[str]:
    for piece in lines:
        for line in piece.splitlines():  # also at \r, \v, \f, \x1c-\x1e, \x85, \u2028, \u2029, as the file's text was
            stripped = line.strip()
            if stripped and not stripped.startswith("#"):
                yield stripped


def _csv_lines(lines: Iterable[str]) -> Iterator[str]:
    # csv reads lines split as by io.StringIO(text, newline=""): at \n, \r\n and a lone \r, each kept.
    for piece in lines:
        if "\r" in piece.removesuffix("\r\n"):
            yield from io.StringIO(piece, newline="")
        else:
            yield piece


def _csv_rows(lines: Iterable[str], source: str) -> Iterator[Row]:
    # strict: a quote left open is an error rather than one field swallowing the rest of the file.
    reader = csv.reader(_csv_lines(lines), strict=True)
    done = 0  # the last line of the last row read
    try:
        header = next(reader, None)
        if header is None:
            return
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
            yield row
            done = reader.line_num
    except csv.Error as error:
        # An open quote is reported at the end of the file by csv; the row it opened starts after the last good one.
        raise UsageError(f"--from {source}: line {done + 1} is not valid CSV ({error}: a quote left open?)") from None


def _jsonl_rows(lines: Iterable[str], source: str) -> Iterator[Row]:
    number = 0
    for piece in lines:
        for line in piece.splitlines():
            number += 1
            if not line.strip():
                continue
            try:
                row: object = json.loads(line)
            except ValueError:
                raise UsageError(f"--from {source}: line {number} is not JSON") from None
            if not isinstance(row, dict):
                raise UsageError(f"--from {source}: line {number} is not a JSON object")
            yield {**row, _LINE: number}


@dataclasses.dataclass
class _Columns:
    """What a first pass learns of an input's columns: how many rows it has, the column names they hold (in the
    order first met, the first CLI_INPUT_COLUMNS_NAMED, for a message) and which of the ones asked for are present."""

    rows: int = 0
    names: dict[str, None] = dataclasses.field(default_factory=dict)
    more_names: bool = False
    present: set[str] = dataclasses.field(default_factory=set)

    @classmethod
    def find(cls, rows: Iterable[Row], column: str | None) -> _Columns:
        found = cls()
        wanted = {column} if column is not None else set(DEFAULT_COLUMNS)
        for row in rows:
            found.rows += 1
            for name in row:
                if name is None or name == _LINE or name in found.names:
                    continue
                if name in wanted:
                    found.present.add(name)
                if len(found.names) < CLI_INPUT_COLUMNS_NAMED:
                    found.names[name] = None
                else:
                    found.more_names = True
        return found

    def choose(self, column: str | None, source: str) -> str:
        """The column the ids are read from: `column`, else the first default one present; a UsageError if none."""
        if column is None:
            chosen = next((name for name in DEFAULT_COLUMNS if name in self.present), None)
            if chosen is None:
                raise UsageError(f"--from {source}: no column named {', '.join(DEFAULT_COLUMNS)}: pass --column")
            return chosen
        if column not in self.present:
            names = ", ".join([*self.names, "…"] if self.more_names else self.names) or "none"
            raise UsageError(f"--from {source}: no column {column!r} (columns: {names})")
        return column


def _column_values(rows: Iterable[Row], column: str, source: str) -> Iterator[str]:
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
