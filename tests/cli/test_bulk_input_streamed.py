"""rollback-many's input read in two passes, never held: the streamed reader gives exactly what the reader that
held the whole text gave (the same items, or the same usage error), for files and stdin, for lines, CSV and JSON
lines; stdin is read once, into a temporary file closed with the items; a file changed between passes is refused."""

from __future__ import annotations

import codecs
import csv
import io
import json
import random
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

import pytest
from voucherify_rollbacks import parse_bulk_item
from voucherify_rollbacks.cli import bulk_input
from voucherify_rollbacks.cli.bulk_input import DEFAULT_COLUMNS, read_items
from voucherify_rollbacks.cli.output import UsageError

# The oracle: the reader as it was before it streamed (the whole input decoded into one string, every row and item in
# a list), followed by what `run` then did with the list (--orders, each item checked by parse_bulk_item).
_LINE = "\0line"


def whole_text_items(source: str, fmt: str, column: str | None, orders: bool, stdin: IO[str] | None) -> list[str]:
    name = "stdin" if source == "-" else source
    if source == "-":
        assert stdin is not None
        raw = getattr(stdin, "buffer", None)
        text = stdin.read() if raw is None else _decode(raw.read(), name)
    else:
        text = _decode(Path(source).read_bytes(), name)
    if fmt == "auto":
        lowered = source.lower()
        fmt = "csv" if lowered.endswith(".csv") else "jsonl" if lowered.endswith((".jsonl", ".ndjson")) else "lines"
    if fmt == "lines":
        if column:
            raise UsageError("--column needs a CSV or JSON lines input (--format csv|jsonl)")
        items = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    else:
        rows = _csv_rows(text, source) if fmt == "csv" else _jsonl_rows(text, source)
        items = _column_values(rows, column, source)
    if not items:
        raise UsageError(f"--from {name}: no ids found")
    if orders:
        items = [item if item.startswith("order:") else f"order:{item}" for item in items]
    try:
        for item in items:
            parse_bulk_item(item)
    except ValueError as error:
        raise UsageError(f"--from {source}: {error}") from None
    return items


def _decode(data: bytes, name: str) -> str:
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise UsageError(
            f"--from {name}: line {line} is not UTF-8 (byte 0x{data[error.start]:02x}); save the file as UTF-8"
        ) from None


def _csv_rows(text: str, source: str) -> list[dict[str | None, object]]:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[dict[str | None, object]] = []
    done = 0
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
        raise UsageError(f"--from {source}: line {done + 1} is not valid CSV ({error}: a quote left open?)") from None
    return rows


def _jsonl_rows(text: str, source: str) -> list[dict[str | None, object]]:
    rows: list[dict[str | None, object]] = []
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


def _column_values(rows: list[dict[str | None, object]], column: str | None, source: str) -> list[str]:
    if not rows:
        return []
    names = list(dict.fromkeys(name for row in rows for name in row if name is not None and name != _LINE))
    if column is None:
        column = next((name for name in DEFAULT_COLUMNS if name in names), None)
        if column is None:
            raise UsageError(f"--from {source}: no column named {', '.join(DEFAULT_COLUMNS)}: pass --column")
    elif column not in names:
        raise UsageError(f"--from {source}: no column {column!r} (columns: {', '.join(names) or 'none'})")
    as_order = column.lower().startswith("order")
    values: list[str] = []
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
        values.append(f"order:{text}" if as_order and not text.startswith("order:") else text)
    return values


# Inputs: random joins of the pieces each format is made of, the awkward ones included (every line ending Python's
# splitlines knows, a lone \r in CSV, quotes open or closed late, bytes that are not UTF-8, a byte order mark, ids
# rollback_many refuses), from fixed seeds.
LINE_PIECES = ["r_1", "r_2", " r_3 ", "ord_9", "order:o_1", "# a note", "  #x", "r/4", "caf\u00e9", "\t"]
LINE_ENDS = ["\n", "\n", "\r\n", "\r", "\x0c", "\x1e", "\x85", "\u2028", ""]
CSV_HEADERS = ["redemption_id", "customer,redemption_id", "id,order_id", "customer,amount", "order_id", "a,a,id"]
CSV_CELLS = ["r_1", "ord_2", "o_3", '"r_4"', '"r,5"', '"r\n6"', '"open', 'x"y', "", " ", "r%7", "caf\u00e9", '""']
CSV_ENDS = ["\n", "\n", "\r\n", "\r"]
JSON_LINES = [
    '{"redemption_id": "r_1"}',
    '{"id": 5, "customer": "c"}',
    '{"order_id": "o_1"}',
    '{"parent_redemption_id": "r_9"}',
    '{"id": true}',
    "[1]",
    '{"redemption_id": {"a": 1}}',
    '{"redemption_id": "r',
    "",
    "  ",
    '{"customer": "c"}',
    '{"redemption_id": "r\\n1"}',
    '{"redemption_id": null}',
    '{"redemption_id": "r/2"}',
    '{"redemption_id": "caf\u00e9"}',
]
JSON_ENDS = ["\n", "\n", "\r\n", "\u2028", "\r"]
COLUMNS = [None, None, None, "redemption_id", "order_id", "id", "customer", "nope"]


def _bytes(text: str, rng: random.Random) -> bytes:
    data = text.encode("utf-8")
    if rng.random() < 0.15:  # a byte that is not UTF-8, somewhere
        at = rng.randrange(len(data) + 1)
        data = data[:at] + rng.choice([b"\xff", b"\xe9", b"\xc3"]) + data[at:]
    if rng.random() < 0.15:
        data = codecs.BOM_UTF8 + data
    return data


def random_input(fmt: str, rng: random.Random) -> bytes:
    count = rng.randrange(0, 9)
    clean = rng.random() < 0.5  # half the inputs from the pieces a good input is made of: fewer errors, more items
    if fmt == "lines":
        pieces = LINE_PIECES[:7] if clean else LINE_PIECES
        text = "".join(rng.choice(pieces) + rng.choice(LINE_ENDS) for _ in range(count))
    elif fmt == "csv":
        header = rng.choice(CSV_HEADERS)
        width = header.count(",") + 1
        cells, widths = (CSV_CELLS[:5], [width]) if clean else (CSV_CELLS, [width, width, width - 1, width + 1])
        rows = [",".join(rng.choice(cells) for _ in range(rng.choice(widths))) for _ in range(count)]
        text = header + "".join(rng.choice(CSV_ENDS) + row for row in rows)
        if rng.random() < 0.5:
            text += rng.choice(CSV_ENDS)
    elif clean:
        keys = rng.choice([("redemption_id",), ("id", "customer"), ("order_id", "id"), ("parent_redemption_id",)])
        values: list[object] = ["r_1", "ord_2", "order:o_3", 4, "", None, " r_5 "]
        rows = [json.dumps({key: rng.choice(values) for key in keys}) for _ in range(count)]
        text = "".join(row + rng.choice(JSON_ENDS) for row in rows)
    else:
        text = "".join(rng.choice(JSON_LINES) + rng.choice(JSON_ENDS) for _ in range(count))
    return _bytes(text, rng)


def outcome(read: Callable[..., list[str]], *args: object) -> tuple[str, object]:
    try:
        return "items", read(*args)
    except UsageError as error:
        return "error", str(error)


def streamed(source: str, fmt: str, column: str | None, orders: bool, stdin: IO[str] | None) -> list[str]:
    with read_items(source, fmt=fmt, column=column, orders=orders, stdin=stdin) as items:
        first, again = list(items), list(items)
        assert first == again, "a second pass read other items"
        assert items.count == len(first)
        return first


def binary_stdin(data: bytes) -> IO[str]:
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")


@pytest.mark.parametrize("fmt", ["lines", "csv", "jsonl"])
@pytest.mark.parametrize("seed", range(4))
def test_the_streamed_reader_gives_what_the_whole_text_reader_gave(tmp_path: Path, fmt: str, seed: int) -> None:
    rng = random.Random(f"{fmt}-{seed}")
    errors = 0
    for case in range(120):
        data = random_input(fmt, rng)
        column = rng.choice(COLUMNS) if fmt != "lines" or rng.random() < 0.1 else None
        orders = rng.random() < 0.2
        path = tmp_path / f"in-{case}.{'txt' if fmt == 'lines' else fmt}"
        path.write_bytes(data)
        source = str(path)
        explicit = rng.choice(["auto", fmt])
        want = outcome(whole_text_items, source, explicit, column, orders, None)
        assert outcome(streamed, source, explicit, column, orders, None) == want, (data, column, orders)
        errors += want[0] == "error"
        # stdin: bytes (spooled), and text without a buffer when it decodes (a StringIO, as tests pass)
        want = outcome(whole_text_items, "-", fmt, column, orders, binary_stdin(data))
        got = outcome(streamed, "-", fmt, column, orders, binary_stdin(data))
        assert got == want, (data, column, orders)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if not text.startswith("\ufeff"):  # text has no byte order mark to skip (the whole-text reader kept it)
            want = outcome(whole_text_items, "-", fmt, column, orders, io.StringIO(text))
            assert outcome(streamed, "-", fmt, column, orders, io.StringIO(text)) == want, (data, column)
    assert 0 < errors < 120, "the inputs should hold both good and bad ones"


def test_the_usual_inputs_give_their_ids(tmp_path: Path) -> None:
    lines = tmp_path / "ids.txt"
    lines.write_bytes(codecs.BOM_UTF8 + b"r_1\r\n# skipped\n\n  ord_2  \rr_3")
    table = tmp_path / "ids.csv"
    table.write_text('customer,order_id\r\nalice,o_1\r\n"bob,jr",o_2\r\n,\r\ncarol,order:o_3\r\n', encoding="utf-8")
    objects = tmp_path / "ids.jsonl"
    objects.write_text('{"id": "r_1", "redemption_id": "r_9"}\n\n{"id": 7, "redemption_id": null}\n', encoding="utf-8")
    cases = [
        (str(lines), {}, ["r_1", "ord_2", "r_3"]),
        (str(lines), {"orders": True}, ["order:r_1", "order:ord_2", "order:r_3"]),
        (str(table), {}, ["order:o_1", "order:o_2", "order:o_3"]),
        (str(table), {"column": "customer"}, ["alice", "bob,jr", "carol"]),
        (str(objects), {}, ["r_9"]),
        (str(objects), {"column": "id"}, ["r_1", "7"]),
    ]
    for source, options, expected in cases:
        with read_items(source, **options) as items:  # type: ignore[arg-type]
            assert (items.count, list(items), list(items)) == (len(expected), expected, expected), (source, options)


def test_a_column_asked_for_that_no_row_holds_lists_the_columns_the_rows_hold(tmp_path: Path) -> None:
    # The names come from the rows, not the header: every row is one cell short of `note`.
    source = tmp_path / "short.csv"
    source.write_text("redemption_id,note\nr_1\nr_2\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"no column 'note' \(columns: redemption_id\)"):
        read_items(str(source), column="note")
    objects = tmp_path / "keys.jsonl"
    objects.write_text("".join(json.dumps({f"k{n}": "v"}) + "\n" for n in range(150)), encoding="utf-8")
    with pytest.raises(UsageError) as raised:
        read_items(str(objects), column="id")
    listed = str(raised.value).split("(columns: ")[1]
    assert listed.startswith("k0, k1, k2") and "k99, …" in listed and "k100" not in listed


@pytest.fixture
def spools(monkeypatch: pytest.MonkeyPatch) -> list[IO[bytes]]:
    """The temporary files the reader makes (stdin's spool), recorded."""
    made: list[IO[bytes]] = []
    temporary_file = tempfile.TemporaryFile

    def recorded() -> IO[bytes]:
        made.append(temporary_file())  # the reader closes it (what is tested)
        return made[-1]

    monkeypatch.setattr(bulk_input.tempfile, "TemporaryFile", recorded)
    return made


def test_stdin_is_read_once_into_a_temporary_file_that_closing_the_items_deletes(spools: list[IO[bytes]]) -> None:
    ids = [f"r_{n}" for n in range(50_000)]
    stdin = binary_stdin(("\n".join(ids) + "\n").encode())
    with read_items("-", stdin=stdin) as items:
        assert stdin.buffer.read() == b"", "the first pass reads stdin to its end"
        assert items.count == len(ids)
        assert list(items) == ids and list(items) == ids  # each pass from the spool, stdin being spent
        assert len(spools) == 1 and not spools[0].closed
    assert spools[0].closed


def test_a_bad_stdin_leaves_no_temporary_file_open(spools: list[IO[bytes]]) -> None:
    with pytest.raises(UsageError, match="--from stdin: line 3 is not UTF-8"):
        read_items("-", stdin=binary_stdin(b"r_1\nr/2\nr_\xff\n"))
    assert len(spools) == 1 and spools[0].closed


def test_a_file_changed_between_the_passes_is_refused_by_the_pass_that_finds_it(tmp_path: Path) -> None:
    source = tmp_path / "ids.txt"
    source.write_text("r_1\nr_2\n", encoding="utf-8")
    with read_items(str(source)) as items:
        assert list(items) == ["r_1", "r_2"]
        source.write_text("r_1\nr_3\n", encoding="utf-8")
        read: Iterator[str] = iter(items)
        with pytest.raises(UsageError, match="changed while it was read"):
            list(read)


def test_rollback_many_refuses_a_file_changed_after_its_check_and_sends_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from voucherify_rollbacks.cli import main, rollback_many
    from voucherify_rollbacks.cli.output import EXIT_USAGE
    from voucherify_sandbox import Sandbox

    source = tmp_path / "ids.txt"
    source.write_text("r_1\nr_2\n", encoding="utf-8")

    def confirm_then_change(**_: object) -> bool:  # between the first pass and the run's
        source.write_text("r_1\nr_3\n", encoding="utf-8")
        return True

    monkeypatch.setattr(rollback_many, "confirm", confirm_then_change)
    sent: list[str] = []
    with Sandbox(on_response=lambda operation_id, method, *_: sent.append(f"{method} {operation_id}")) as sandbox:
        for name, value in (
            ("VOUCHERIFY_APP_ID", sandbox.app_id),
            ("VOUCHERIFY_APP_TOKEN", sandbox.app_token),
            ("VOUCHERIFY_BASE_URL", sandbox.base_url),
        ):
            monkeypatch.setenv(name, value)
        monkeypatch.delenv("VOUCHERIFY_BEARER_TOKEN", raising=False)
        monkeypatch.delenv("VOUCHERIFY_CLUSTER", raising=False)
        code = main(["rollback-many", "--from", str(source), "--journal", str(tmp_path / "j.sqlite")])
    err = capsys.readouterr().err
    assert code == EXIT_USAGE, err
    assert f"--from {source}: the file changed while it was read" in err
    assert sent == []


class _Export:
    """What `export_redemptions` gives, for export_items: rows read once, an export id, a close."""

    def __init__(self, rows: list[tuple[str | None, str | None]]) -> None:
        from voucherify_rollbacks import ExportedRedemption

        self.export = type("Export", (), {"id": "exp_1"})()
        self._rows = iter([ExportedRedemption(id=i, object=o) for i, o in rows])
        self.closed = False

    def __iter__(self) -> Iterator[object]:
        return self._rows

    def __enter__(self) -> _Export:
        return self

    def __exit__(self, *_: object) -> None:
        self.closed = True


@pytest.mark.parametrize("orders", [False, True])
def test_an_exports_ids_are_kept_once_each_in_order_outside_memory_and_read_again(orders: bool) -> None:
    from voucherify_rollbacks.cli.export_input import export_items
    from voucherify_rollbacks.cli.router import build_parser

    rows = [("r_2", "redemption"), ("rr_1", "redemption_rollback"), ("r_1", None), ("r_2", "redemption"), (None, None)]
    export = _Export([*rows, ("order:o_1", "redemption")])

    class Client:
        def export_redemptions(self, *_: object, **__: object) -> _Export:
            return export

    argv = ["rollback-many", "--from-export", "--journal", "j.sqlite", *(["--orders"] if orders else [])]
    export_id, items = export_items(Client(), build_parser().parse_args(argv))  # type: ignore[arg-type]
    assert export.closed and export_id == "exp_1"
    expected = ["order:r_2", "order:r_1", "order:o_1"] if orders else ["r_2", "r_1", "order:o_1"]
    with items:
        assert (items.count, list(items), list(items)) == (3, expected, expected)
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):  # the temporary database is gone
        list(items)
