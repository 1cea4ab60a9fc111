"""De-duplication of webhook events by `event.id`: Voucherify retries a webhook up to 12 times over 24 hours and a
captured one can be replayed, so a receiver must act on each event once.

`EventStore` is the interface (one method, `first_time(event_id)`: atomic check-and-remember); `SQLiteEventStore` is
the durable default: one SQLite file shared safely by threads and processes (an `INSERT OR IGNORE` in a transaction
is the check), bounded in size (the oldest ids are forgotten past `max_events`). A Redis store is `SET key 1 NX EX
ttl` returning whether it was set; a database store an insert into a table with a unique key.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from typing import Protocol

from .._constants import WEBHOOK_DEDUPE_MAX_EVENTS, WEBHOOK_DEDUPE_SLACK, WEBHOOK_DEDUPE_TIMEOUT
from ..errors import InvalidArgumentError

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS seen (event_id TEXT PRIMARY KEY, seen_at REAL NOT NULL) WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS seen_by_time ON seen (seen_at)",
    # How many ids `seen` holds, kept in the same transactions: counting the table on every insert would cost O(n).
    "CREATE TABLE IF NOT EXISTS size (one INTEGER PRIMARY KEY CHECK (one = 1), events INTEGER NOT NULL)",
    "INSERT OR IGNORE INTO size (one, events) SELECT 1, COUNT(*) FROM seen",
)


class EventStore(Protocol):
    """Remembers which events a receiver has acted on."""

    def first_time(self, event_id: str) -> bool:
        """True the first time `event_id` is offered (remembering it), False every later time. Atomic: of several
        threads or processes offering the same id at once, exactly one is told True."""
        ...


class SQLiteEventStore:
    """`EventStore` in a SQLite file: durable, thread- and process-safe; the newest `max_events` ids are always kept,
    and at most a tenth more before the oldest are forgotten in one batch."""

    def __init__(
        self,
        path: str,
        *,
        max_events: int = WEBHOOK_DEDUPE_MAX_EVENTS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if isinstance(max_events, bool) or not isinstance(max_events, int) or max_events < 1:
            raise InvalidArgumentError(f"max_events must be an int >= 1, got {max_events!r}", argument="max_events")
        self.path, self.max_events, self._clock = path, max_events, clock
        self._local = threading.local()
        connection = self._connection()
        connection.execute("BEGIN IMMEDIATE")
        try:
            for statement in _SCHEMA:
                connection.execute(statement)
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise

    def _connection(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            # One connection per thread; WAL lets readers and one writer share the file across processes.
            connection = sqlite3.connect(self.path, timeout=WEBHOOK_DEDUPE_TIMEOUT, isolation_level=None)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=FULL")
            self._local.connection = connection
        return connection

    def first_time(self, event_id: str) -> bool:
        """True the first time `event_id` is offered, False after; forgets the oldest ids past `max_events`."""
        if not isinstance(event_id, str) or not event_id:
            raise InvalidArgumentError("an event id must be a non-empty string", argument="event_id")
        connection = self._connection()
        connection.execute("BEGIN IMMEDIATE")
        try:
            cursor = connection.execute(
                "INSERT OR IGNORE INTO seen (event_id, seen_at) VALUES (?, ?)", (event_id, self._clock())
            )
            new = cursor.rowcount == 1
            if new:
                (events,) = connection.execute("UPDATE size SET events = events + 1 RETURNING events").fetchone()
                if events > self.max_events * (1 + WEBHOOK_DEDUPE_SLACK):
                    connection.execute(
                        "DELETE FROM seen WHERE event_id IN "
                        "(SELECT event_id FROM seen ORDER BY seen_at DESC, event_id LIMIT -1 OFFSET ?)",
                        (self.max_events,),
                    )
                    connection.execute("UPDATE size SET events = (SELECT COUNT(*) FROM seen)")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        return new

    def __len__(self) -> int:
        return int(self._connection().execute("SELECT COUNT(*) FROM seen").fetchone()[0])

    def close(self) -> None:
        """Close this thread's connection (others close when their threads end)."""
        connection = getattr(self._local, "connection", None)
        if connection is not None:
            connection.close()
            self._local.connection = None
