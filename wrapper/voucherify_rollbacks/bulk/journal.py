"""`Journal`: the durable record of a bulk rollback, in SQLite, so that a run killed at any point resumes safely.

Each redemption's intent is committed before its rollback is sent and its outcome after the answer, with WAL and
`synchronous=FULL` (every commit is fsynced: a power cut loses nothing committed). A redemption is in one state:

- `pending`: not sent yet;
- `sent`: an intent without an outcome: the run died (or is running) after sending; a resumed run settles it with
  `find_rollback` before anything else;
- `retry`: it failed in a way that applied nothing but may pass later (429, a connection failure, a 5xx): a resumed
  run settles and sends it again;
- `unknown`: its outcome is unknown (RollbackOutcomeUnknownError): a resumed run settles it;
- `done`: its outcome is known (rolled back, rolled back before, refused): never sent again.

An order item is expanded into its redemptions once, in one transaction, before any of them is sent.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import IO, Any

from ..errors import ConfigurationError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS run (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS items (
    position INTEGER PRIMARY KEY, item TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, expanded INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS redemptions (
    redemption_id TEXT PRIMARY KEY,
    item TEXT NOT NULL,
    order_id TEXT,
    position INTEGER NOT NULL,
    state TEXT NOT NULL,
    first_intent REAL,
    attempts INTEGER NOT NULL DEFAULT 0,
    status TEXT,
    outcome TEXT
);
CREATE INDEX IF NOT EXISTS redemptions_by_state ON redemptions (state);
"""

PENDING, SENT, RETRY, UNKNOWN, DONE = "pending", "sent", "retry", "unknown", "done"
UNSETTLED = (SENT, RETRY, UNKNOWN)


@dataclass(frozen=True)
class Entry:
    """One redemption as the journal holds it."""

    redemption_id: str
    item: str
    order_id: str | None
    state: str
    first_intent: float | None
    outcome: dict[str, Any] | None


class Journal:
    """A bulk run's SQLite journal at `path` (created when missing). Thread-safe. One run at a time: a second run
    on the same journal is refused while the first holds it (an advisory lock on `PATH.lock`, which the system
    releases when the holder exits, even by `kill -9`)."""

    def __init__(self, path: str, *, wall_clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self._wall_clock = wall_clock
        self._lock = threading.Lock()
        self._holder = _hold(path + ".lock")
        try:
            self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=10)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.executescript(_SCHEMA)
        except sqlite3.Error as error:
            self._holder.close()
            raise ConfigurationError(f"journal {path}: cannot be used as a SQLite journal ({error})") from None

    def close(self) -> None:
        with self._lock:
            self._db.close()
            self._holder.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _write(self, statements: Iterable[tuple[str, tuple[Any, ...]]]) -> None:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for sql, args in statements:
                    self._db.execute(sql, args)
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def check_settings(self, settings: dict[str, Any]) -> None:
        """Record the run's settings (reason, tracking_id) on first use; a resume with other ones is refused,
        since recovery recognises this run's rollbacks by them."""
        with self._lock:
            row = self._db.execute("SELECT value FROM run WHERE key = 'settings'").fetchone()
        wanted = json.dumps(settings, sort_keys=True)
        if row is None:
            self._write([("INSERT INTO run VALUES ('settings', ?)", (wanted,))])
        elif row[0] != wanted:
            raise ConfigurationError(
                f"journal {self.path} belongs to a run with {row[0]}, not {wanted}: resume with the same settings "
                "or start a new journal"
            )

    def add_items(self, items: Iterable[tuple[str, str]]) -> None:
        """Record the run's items (item, kind) in their order; items already recorded keep their place."""
        with self._lock:
            row = self._db.execute("SELECT COALESCE(MAX(position), -1) FROM items").fetchone()
        start = int(row[0]) + 1
        self._write(
            ("INSERT OR IGNORE INTO items (position, item, kind) VALUES (?, ?, ?)", (start + i, item, kind))
            for i, (item, kind) in enumerate(items)
        )

    def items(self) -> list[tuple[str, str, bool]]:
        """Every recorded item: (item, kind, expanded), in order."""
        with self._lock:
            rows = self._db.execute("SELECT item, kind, expanded FROM items ORDER BY position").fetchall()
        return [(str(item), str(kind), bool(expanded)) for item, kind, expanded in rows]

    def is_expanded(self, item: str) -> bool:
        """True once an item's redemptions are recorded."""
        with self._lock:
            row = self._db.execute("SELECT expanded FROM items WHERE item = ?", (item,)).fetchone()
        return bool(row and row[0])

    def expand(self, item: str, order_id: str | None, redemptions: Iterable[tuple[str, dict[str, Any] | None]]) -> None:
        """Record an item's redemptions (with an outcome already known, e.g. rolled back before) and mark the item
        expanded, in one transaction. A redemption already recorded (by another item) is left to that item."""
        with self._lock:
            row = self._db.execute("SELECT position FROM items WHERE item = ?", (item,)).fetchone()
        position = int(row[0]) if row else 0
        statements: list[tuple[str, tuple[Any, ...]]] = []
        for redemption_id, outcome in redemptions:
            state = PENDING if outcome is None else DONE
            status = None if outcome is None else outcome.get("status")
            encoded = None if outcome is None else json.dumps(outcome)
            statements.append(
                (
                    "INSERT OR IGNORE INTO redemptions"
                    " (redemption_id, item, order_id, position, state, status, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (redemption_id, item, order_id, position, state, status, encoded),
                )
            )
        statements.append(("UPDATE items SET expanded = 1 WHERE item = ?", (item,)))
        self._write(statements)

    def entries(self, item: str) -> list[Entry]:
        """The redemptions recorded for an item."""
        with self._lock:
            rows = self._db.execute(
                "SELECT redemption_id, item, order_id, state, first_intent, outcome FROM redemptions"
                " WHERE item = ? ORDER BY rowid",
                (item,),
            ).fetchall()
        return [Entry(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]) if r[5] else None) for r in rows]

    def intent(self, redemption_id: str) -> None:
        """Commit the intent to send a rollback now (the first intent's time is kept: recovery looks from it)."""
        self._write(
            [
                (
                    "UPDATE redemptions SET state = ?, attempts = attempts + 1,"
                    " first_intent = COALESCE(first_intent, ?) WHERE redemption_id = ?",
                    (SENT, self._wall_clock(), redemption_id),
                )
            ]
        )

    def outcome(self, redemption_id: str, state: str, outcome: dict[str, Any]) -> None:
        """Commit a redemption's outcome and its state (done, retry or unknown)."""
        self._write(
            [
                (
                    "UPDATE redemptions SET state = ?, status = ?, outcome = ? WHERE redemption_id = ?",
                    (state, outcome.get("status"), json.dumps(outcome), redemption_id),
                )
            ]
        )

    def counts(self) -> dict[str, int]:
        """How many redemptions are in each state."""
        with self._lock:
            rows = self._db.execute("SELECT state, COUNT(*) FROM redemptions GROUP BY state").fetchall()
        return {str(state): int(count) for state, count in rows}


def _hold(lock_path: str) -> IO[str]:
    """The lock file, held exclusively; ConfigurationError when another run holds it."""
    try:
        holder = open(lock_path, "a+", encoding="utf-8")  # noqa: SIM115 - held until the journal closes
    except OSError as error:
        raise ConfigurationError(f"journal lock {lock_path}: {error.strerror or error}") from None
    try:
        import fcntl
    except ImportError:  # not POSIX (Windows): no advisory lock; one run at a time is then up to the operator
        return holder
    try:
        fcntl.flock(holder.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        holder.close()
        raise ConfigurationError(
            f"journal {lock_path.removesuffix('.lock')} is in use by another run: wait for it, or stop it first"
        ) from None
    return holder
