"""SQLite state: vouchers, promotion tiers, orders and redemption/rollback records, each kept as a JSON document.

One connection guarded by one process lock: SQLite serializes writers anyway, and a single connection is the only way
an in-memory database is shared by all server threads. Every state change runs inside `transaction()`
(`BEGIN IMMEDIATE` … `COMMIT`), so a request either applies completely or not at all.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from .clock import parse_iso
from .strict_json import dumps

_SCHEMA = """
CREATE TABLE IF NOT EXISTS vouchers (id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS promotion_tiers (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS orders (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
-- How many redemption records exist, kept in the inserting transaction: an unfiltered list's `total` without a scan.
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
"""
# Redemptions (r_, rf_) and rollbacks (rr_, rrf_) share one table because list-redemptions returns both, in order.
# Every field list-redemptions filters or sorts on is a column (REDEMPTION_COLUMNS), and `doc` is decoded only for the
# rows of the page being served.
_REDEMPTIONS_TABLE = """
CREATE TABLE IF NOT EXISTS redemptions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    object TEXT NOT NULL,
    created_us INTEGER NOT NULL,
    result TEXT,
    redemption TEXT,
    parent_redemption_id TEXT,
    voucher_code TEXT,
    related_object_id TEXT,
    related_object_parent_id TEXT,
    campaign_name TEXT,
    failure_code TEXT,
    customer_id TEXT,
    customer_source_id TEXT,
    tracking_id TEXT,
    doc TEXT NOT NULL
)"""
# One index per filterable column, ending in the default sort so a filtered page is read in order from the index.
_FILTER_INDEXED = (
    "object",
    "result",
    "redemption",
    "parent_redemption_id",
    "voucher_code",
    "related_object_id",
    "related_object_parent_id",
    "campaign_name",
    "failure_code",
    "customer_id",
    "customer_source_id",
    "tracking_id",
)
_INDEXES = (
    "CREATE INDEX IF NOT EXISTS orders_by_source_id ON orders (json_extract(doc, '$.source_id'));\n"
    "CREATE INDEX IF NOT EXISTS redemptions_by_date ON redemptions (created_us, seq);\n"
) + "".join(
    f"CREATE INDEX IF NOT EXISTS redemptions_by_{name} ON redemptions ({name}, created_us, seq);\n"
    for name in _FILTER_INDEXED
)
# The other orderings list-redemptions offers, each with insertion order as the tie-breaker (`id` is unique already).
_INDEXES += "".join(
    f"CREATE INDEX IF NOT EXISTS redemptions_sorted_by_{name} ON redemptions ({name}, seq);\n"
    for name in ("voucher_code", "tracking_id", "customer_id")
)
REDEMPTION_COLUMNS = ("id", "object", "created_us", "result", *_FILTER_INDEXED[2:])
# The distinct values of each column list-redemptions filters on: a text operator ($contains, $starts_with, ...) is
# matched against these few values and becomes an IN over the column's index, instead of a scan of every record.
VALUE_LISTED = tuple(
    name for name in _FILTER_INDEXED if name not in ("redemption", "customer_source_id", "tracking_id")
)
_VALUES_TABLES = (
    "CREATE TABLE redemption_values (field TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (field, value)) "
    "WITHOUT ROWID",
    # The same values by their 3-character pieces: `$contains`/`$ends_with` find their few values without a scan.
    "CREATE VIRTUAL TABLE redemption_value_text "
    "USING fts5(field UNINDEXED, value, tokenize='trigram case_sensitive 1')",
)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

Doc = dict[str, Any]


class Store:
    """Documents by id, plus `transaction()` for all-or-nothing changes. Thread-safe."""

    def __init__(self, path: str | None = None) -> None:
        self.path = path or ":memory:"
        # isolation_level=None: no implicit transactions, so BEGIN IMMEDIATE below is the only one.
        self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._lock = threading.RLock()
        self._in_transaction = False
        self._text_index = False  # redemption_value_text exists (see _create_values_tables)
        if path:
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute(
                "PRAGMA synchronous=NORMAL"
            )  # durable across process restarts, which is what a sandbox needs
        self._conn.executescript(_SCHEMA)
        with self.transaction():
            values_are_new = self._create_values_tables()
            self._migrate()
            self._conn.execute(_REDEMPTIONS_TABLE)
            self._conn.execute(
                "INSERT OR IGNORE INTO counters VALUES ('redemptions', (SELECT COUNT(*) FROM redemptions))"
            )
            if values_are_new:  # a file from before redemption_values existed
                self._fill_values()
        self._conn.executescript(_INDEXES)

    def _create_values_tables(self) -> bool:
        """Create redemption_values and redemption_value_text where missing; True if any was."""
        names = ("redemption_values", "redemption_value_text")
        marks = ", ".join("?" * len(names))
        found = {row[0] for row in self._conn.execute(f"SELECT name FROM sqlite_master WHERE name IN ({marks})", names)}
        missing = len(found) < len(names)
        for name, statement in zip(names, _VALUES_TABLES, strict=True):
            if name not in found:
                try:
                    self._conn.execute(statement)
                except sqlite3.OperationalError:  # an SQLite without FTS5's trigram tokenizer (before 3.34)
                    continue
                found.add(name)
        self._text_index = "redemption_value_text" in found
        return missing

    def _fill_values(self) -> None:
        for field in VALUE_LISTED:
            self._conn.execute(
                f"INSERT OR IGNORE INTO redemption_values SELECT DISTINCT ?, {field} FROM redemptions "
                f"WHERE {field} IS NOT NULL",
                (field,),
            )
        if self._text_index:
            self._conn.execute("DELETE FROM redemption_value_text")
            self._conn.execute("INSERT INTO redemption_value_text SELECT field, value FROM redemption_values")

    def _migrate(self) -> None:
        """A file written before redemptions had columns: move its documents into the current table, in order."""
        names = {row[1] for row in self._conn.execute("PRAGMA table_info(redemptions)")}
        if not names or "created_us" in names:
            return
        self._conn.execute("ALTER TABLE redemptions RENAME TO redemptions_before_columns")
        self._conn.execute(_REDEMPTIONS_TABLE)
        old = self._conn.execute("SELECT doc FROM redemptions_before_columns ORDER BY seq").fetchall()
        self.add_redemptions(json.loads(doc) for (doc,) in old)
        self._conn.execute("DROP TABLE redemptions_before_columns")

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Store]:
        """Hold the lock and an IMMEDIATE transaction; commit on success, roll back on any exception."""
        with self._lock:
            if self._in_transaction:  # nested use joins the outer transaction
                yield self
                return
            self._conn.execute("BEGIN IMMEDIATE")
            self._in_transaction = True
            try:
                yield self
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            else:
                self._conn.execute("COMMIT")
            finally:
                self._in_transaction = False

    def _one(self, sql: str, *args: Any) -> Doc | None:
        with self._lock:
            row = self._conn.execute(sql, args).fetchone()
        return json.loads(row[0]) if row else None

    def _write(self, sql: str, *args: Any) -> None:
        with self.transaction():
            self._conn.execute(sql, args)

    # catalog
    def is_seeded(self) -> bool:
        with self._lock:
            return (
                self._conn.execute("SELECT 1 FROM vouchers UNION ALL SELECT 1 FROM promotion_tiers LIMIT 1").fetchone()
                is not None
            )

    def seed(self, vouchers: list[Doc], promotion_tiers: list[Doc]) -> None:
        with self.transaction():
            for voucher in vouchers:
                self.put_voucher(voucher)
            for tier in promotion_tiers:
                self.put_promotion_tier(tier)

    def voucher(self, ref: str) -> Doc | None:
        """A voucher by `v_` id or by code (redeemables accept either)."""
        return self._one("SELECT doc FROM vouchers WHERE id = ? OR code = ?", ref, ref)

    def vouchers(self) -> list[Doc]:
        """Every voucher, in code order (the catalog is small: a seed, not a store of records)."""
        with self._lock:
            rows = self._conn.execute("SELECT doc FROM vouchers ORDER BY code").fetchall()
        return [json.loads(doc) for (doc,) in rows]

    def promotion_tiers(self) -> list[Doc]:
        with self._lock:
            rows = self._conn.execute("SELECT doc FROM promotion_tiers ORDER BY id").fetchall()
        return [json.loads(doc) for (doc,) in rows]

    def put_voucher(self, voucher: Doc) -> None:
        self._write(
            "INSERT OR REPLACE INTO vouchers (id, code, doc) VALUES (?, ?, ?)",
            voucher["id"],
            voucher["code"],
            dumps(voucher),
        )

    def promotion_tier(self, tier_id: str) -> Doc | None:
        return self._one("SELECT doc FROM promotion_tiers WHERE id = ?", tier_id)

    def put_promotion_tier(self, tier: Doc) -> None:
        self._write("INSERT OR REPLACE INTO promotion_tiers (id, doc) VALUES (?, ?)", tier["id"], dumps(tier))

    # orders
    def order(self, ref: str) -> Doc | None:
        """An order by `ord_` id or by its source_id, as GET /v1/orders/{id} accepts either; the sandbox makes a new
        order per redemption, so a reused source_id finds the most recently written one."""
        return self._one("SELECT doc FROM orders WHERE id = ?", ref) or self._one(
            "SELECT doc FROM orders WHERE json_extract(doc, '$.source_id') = ? ORDER BY rowid DESC LIMIT 1", ref
        )

    def put_order(self, order: Doc) -> None:
        self._write("INSERT OR REPLACE INTO orders (id, doc) VALUES (?, ?)", order["id"], dumps(order))

    # redemptions and rollbacks
    def redemption(self, record_id: str) -> Doc | None:
        return self._one("SELECT doc FROM redemptions WHERE id = ?", record_id)

    def _columns(self, record: Doc) -> tuple[Any, ...]:
        """The indexed fields of a record, in REDEMPTION_COLUMNS order."""
        voucher = record.get("voucher") or {}
        tier = record.get("promotion_tier") or {}
        campaign = tier.get("campaign") or {}
        customer = record.get("customer") or {}
        if record["object"] == "redemption":
            parent = record.get("redemption")
        else:  # a rollback lists with the children of the parent whose redemption it undoes
            row = self._conn.execute(
                "SELECT redemption FROM redemptions WHERE id = ?", (record.get("redemption"),)
            ).fetchone()
            parent = row[0] if row else None
        return (
            record["id"],
            record["object"],
            epoch_us(parse_iso(record["date"])),
            record.get("result"),
            record.get("redemption"),
            parent,
            voucher.get("code"),
            record.get("related_object_id"),
            voucher.get("campaign_id") if voucher else campaign.get("id"),
            voucher.get("campaign") if voucher else campaign.get("name"),
            record.get("failure_code"),
            record.get("customer_id"),
            customer.get("source_id"),
            record.get("tracking_id"),
        )

    def add_redemption(self, record: Doc) -> None:
        self.add_redemptions([record])

    def add_redemptions(self, records: Iterable[Doc]) -> None:
        """Insert records in order, in one transaction (the bench builds large stores through this)."""
        names = ", ".join(REDEMPTION_COLUMNS)
        marks = ", ".join("?" * (len(REDEMPTION_COLUMNS) + 1))
        listed = [REDEMPTION_COLUMNS.index(field) for field in VALUE_LISTED]
        with self.transaction():
            added = 0
            values: set[tuple[str, str]] = set()
            for record in records:
                columns = self._columns(record)
                insert = f"INSERT INTO redemptions ({names}, doc) VALUES ({marks})"
                self._conn.execute(insert, (*columns, dumps(record)))
                values.update((REDEMPTION_COLUMNS[i], columns[i]) for i in listed if columns[i] is not None)
                added += 1
            for pair in sorted(values):
                added_value = self._conn.execute("INSERT OR IGNORE INTO redemption_values VALUES (?, ?)", pair).rowcount
                if added_value and self._text_index:
                    self._conn.execute("INSERT INTO redemption_value_text VALUES (?, ?)", pair)
            self._conn.execute("UPDATE counters SET value = value + ? WHERE name = 'redemptions'", (added,))

    def update_redemption(self, record: Doc) -> None:
        """Replace a record's document (its status and related_redemptions change; its indexed fields do not)."""
        self._write("UPDATE redemptions SET doc = ? WHERE id = ?", dumps(record), record["id"])

    def page_of_redemptions(self, where: str, params: list[Any], order_by: str, limit: int, offset: int) -> list[Doc]:
        """Decoded documents of one page. `where`/`order_by` are SQL over REDEMPTION_COLUMNS built by the caller.
        The page is chosen on the indexed columns alone, so a sort never carries the documents."""
        sql = (
            f"SELECT doc FROM redemptions WHERE seq IN (SELECT seq FROM redemptions WHERE {where} "
            f"ORDER BY {order_by} LIMIT ? OFFSET ?) ORDER BY {order_by}"
        )
        with self._lock:
            rows = self._conn.execute(sql, [*params, limit, offset]).fetchall()
        return [json.loads(doc) for (doc,) in rows]

    def redemptions_after(self, where: str, params: list[Any], after: int, limit: int) -> list[tuple[int, Doc]]:
        """(seq, document) of up to `limit` matching records inserted after `seq` `after`, in insertion order: an
        export reads the store a batch at a time this way, each batch found through the primary key."""
        sql = f"SELECT seq, doc FROM redemptions WHERE seq > ? AND ({where}) ORDER BY seq LIMIT ?"
        with self._lock:
            rows = self._conn.execute(sql, [after, *params, limit]).fetchall()
        return [(int(seq), json.loads(doc)) for seq, doc in rows]

    def field_values(
        self, field: str, *, prefix: str | None = None, fragment: str | None = None, limit: int
    ) -> list[str] | None:
        """Distinct values of `field` (one of VALUE_LISTED) that may start with `prefix` or contain `fragment`
        (a superset when `fragment` is under 3 characters: then every value), or None if there are more than
        `limit`. Reads at most `limit` + 1 values through an index, whatever the number of records."""
        if prefix is not None and prefix:
            upper = successor(prefix)
            sql = "SELECT value FROM redemption_values WHERE field = ? AND value >= ?"
            args: list[Any] = [field, prefix]
            if upper is not None:
                sql += " AND value < ?"
                args.append(upper)
        elif fragment is not None and len(fragment) >= 3 and self._text_index:
            sql = "SELECT value FROM redemption_value_text WHERE redemption_value_text MATCH ? AND field = ?"
            args = ['value:"' + fragment.replace('"', '""') + '"', field]
        else:
            sql, args = "SELECT value FROM redemption_values WHERE field = ?", [field]
        with self._lock:
            rows = self._conn.execute(f"{sql} LIMIT ?", [*args, limit + 1]).fetchall()
        return None if len(rows) > limit else [value for (value,) in rows]

    def count_redemptions(self, where: str, params: list[Any], *, cap: int | None = None) -> int:
        """How many records match, or `cap` if at least that many do (counting stops there); `where` "1" (no
        filter) reads the counter instead of scanning."""
        with self._lock:
            if where == "1":
                row = self._conn.execute("SELECT value FROM counters WHERE name = 'redemptions'").fetchone()
            elif cap is None:
                row = self._conn.execute(f"SELECT COUNT(*) FROM redemptions WHERE {where}", params).fetchone()
            else:
                sql = f"SELECT COUNT(*) FROM (SELECT 1 FROM redemptions WHERE {where} LIMIT ?)"
                row = self._conn.execute(sql, [*params, cap]).fetchone()
            return int(row[0]) if cap is None or where == "1" else min(int(row[0]), cap)


def successor(prefix: str) -> str | None:
    """The least string greater than every string starting with `prefix` (None if there is none), in SQLite's BINARY
    order (code points, as UTF-8 bytes compare): `value >= prefix AND value < successor` is the prefix's range."""
    while prefix and prefix[-1] == "\U0010ffff":
        prefix = prefix[:-1]
    if not prefix:
        return None
    following = ord(prefix[-1]) + 1
    return prefix[:-1] + chr(0xE000 if 0xD800 <= following <= 0xDFFF else following)


def epoch_us(moment: datetime) -> int:
    """Microseconds since 1970 UTC: exact, and ordered like the datetimes themselves."""
    return (moment - _EPOCH) // timedelta(microseconds=1)
