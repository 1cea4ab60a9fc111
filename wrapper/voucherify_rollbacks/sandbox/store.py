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
from collections.abc import Iterator
from typing import Any

from .strict_json import dumps

_SCHEMA = """
CREATE TABLE IF NOT EXISTS vouchers (id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS promotion_tiers (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS orders (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
-- redemptions (r_, rf_) and rollbacks (rr_, rrf_) share one table because list-redemptions returns both, in order.
CREATE TABLE IF NOT EXISTS redemptions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, doc TEXT NOT NULL
);
"""

Doc = dict[str, Any]


class Store:
    """Documents by id, plus `transaction()` for all-or-nothing changes. Thread-safe."""

    def __init__(self, path: str | None = None) -> None:
        self.path = path or ":memory:"
        # isolation_level=None: no implicit transactions, so BEGIN IMMEDIATE below is the only one.
        self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._lock = threading.RLock()
        self._in_transaction = False
        if path:
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute(
                "PRAGMA synchronous=NORMAL"
            )  # durable across process restarts, which is what a sandbox needs
        self._conn.executescript(_SCHEMA)

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
    def order(self, order_id: str) -> Doc | None:
        return self._one("SELECT doc FROM orders WHERE id = ?", order_id)

    def put_order(self, order: Doc) -> None:
        self._write("INSERT OR REPLACE INTO orders (id, doc) VALUES (?, ?)", order["id"], dumps(order))

    # redemptions and rollbacks
    def redemption(self, record_id: str) -> Doc | None:
        return self._one("SELECT doc FROM redemptions WHERE id = ?", record_id)

    def add_redemption(self, record: Doc) -> None:
        self._write("INSERT INTO redemptions (id, doc) VALUES (?, ?)", record["id"], dumps(record))

    def update_redemption(self, record: Doc) -> None:
        self._write("UPDATE redemptions SET doc = ? WHERE id = ?", dumps(record), record["id"])

    def all_redemptions(self) -> list[tuple[int, Doc]]:
        """Every redemption and rollback with its insertion sequence (the tie-breaker for equal timestamps)."""
        with self._lock:
            rows = self._conn.execute("SELECT seq, doc FROM redemptions ORDER BY seq").fetchall()
        return [(seq, json.loads(doc)) for seq, doc in rows]
