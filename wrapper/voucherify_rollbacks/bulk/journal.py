"""`Journal`: the durable record of a bulk rollback, in SQLite, so that a run killed at any point resumes safely.

Each attempt's intent is committed before its rollback is sent, and its end with its outcome after the answer, with
WAL, an intent's commit fsynced before its request leaves (a power cut loses no intent of a request sent). Writes
are group committed: a run's writes go into one open transaction (each in a savepoint of its own, so a failing one
takes nothing else with it) and `commit_through(ticket)` makes one of them durable together with every write before
it, in one commit and one fsync. Its caller waits for that commit (an intent's request does not leave before it; an
outcome is not reported before its commit, which a killed process cannot lose, and a power cut's loss of it only
makes a resumed run settle the redemption by look-up); workers waiting at the same time share one commit, made by
whichever of them comes first. A `kill -9` loses only writes no one has waited for yet: no intent of a request sent,
no outcome reported. Redemption items met for the first time are claimed a batch at a time (`claim`: each one's row
and first intent, one write, one fsync, before any of them is sent), and outcomes are written a batch at a time
(`queue_outcomes`), so a run costs a few statements and a fraction of an fsync per item; a claim whose request was
never sent is either taken back (`unclaim`, a run that ends early) or, after a kill, settled by a look-up like any
intent without an outcome. SQLite itself runs with `synchronous=NORMAL` (its commit writes the WAL without an fsync) and
the journal fsyncs the WAL file after the commit, outside its lock: the other workers keep writing and reading while
the disk syncs, where SQLite's own fsync (`synchronous=FULL`) would hold them all for it. A redemption is in one
state:

- `pending`: not sent yet;
- `sent`: an intent without an outcome: the run died (or is running) after sending; a resumed run settles it with
  `find_rollback` before anything else;
- `retry`: it failed in a way that applied nothing but may pass later (429, a connection failure, a 5xx): a resumed
  run settles and sends it again;
- `unknown`: its outcome is unknown (RollbackOutcomeUnknownError): a resumed run settles it;
- `done`: its outcome is known (rolled back, rolled back before, refused): never sent again.

What the journal is for is part of it (`bind`): the API host, the account and a digest of the input; a run for
anything else is refused (JournalMismatchError) unless it rebinds the journal on purpose. So are the run's marker
(`core.markers`, sent with every rollback) and each attempt's window (intent and end times, on this machine's wall
clock; no end when the run died mid-attempt): together they prove which rollbacks the run made.

An order item is expanded into its redemptions once, in one write, before any of them is sent. A child
redemption named by an item resolves to its parent (`resolve_child`), which is rolled back in its place.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from .._constants import JOURNAL_FORMAT, JOURNAL_LOOKUP_BATCH
from ..errors import ConfigurationError, JournalMismatchError

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
CREATE INDEX IF NOT EXISTS redemptions_by_item ON redemptions (item);
CREATE TABLE IF NOT EXISTS attempts (
    redemption_id TEXT NOT NULL,
    number INTEGER NOT NULL,
    intent REAL NOT NULL,
    ended REAL,
    marker TEXT,
    PRIMARY KEY (redemption_id, number)
);
"""
# Columns added since the first journals, each added to an older journal when it is opened: a child's parent;
# an outcome's rollback ids (JSON list) and the answer its result was read from (its kind and bytes: the result is
# kept as those, and read again when asked for, not re-encoded for every item).
_ADDED_COLUMNS = {
    "parent_id": "TEXT",
    "rollback_ids": "TEXT",
    "answer_kind": "TEXT",
    "answer": "BLOB",
}

_END_ATTEMPT = "UPDATE attempts SET ended = ? WHERE redemption_id = ? AND number = ? AND ended IS NULL"

PENDING, SENT, RETRY, UNKNOWN, DONE = "pending", "sent", "retry", "unknown", "done"
UNSETTLED = (SENT, RETRY, UNKNOWN)
# The journal status of a child redemption resolved to its parent (its outcome is the parent's).
RESOLVED = "resolved_to_parent"
BINDING_FIELDS = ("host", "account", "input")

# Journals held by this process, by (device, inode): a second open here is refused without opening the file again
# (closing any descriptor of a file drops the POSIX locks SQLite holds on it in this process).
_HELD: set[tuple[int, int]] = set()
_HELD_LOCK = threading.Lock()


@dataclass(frozen=True)
class Attempt:
    """One attempt to roll a redemption back: its intent and end times (wall clock; `ended` is None when the run
    died before the answer: the request may have been applied at any time since) and the marker it sent."""

    intent: float
    ended: float | None
    marker: str | None
    number: int = 0  # 0: the first intent of a journal made before attempts were recorded


@dataclass(frozen=True)
class Entry:
    """One redemption as the journal holds it."""

    redemption_id: str
    item: str
    order_id: str | None
    state: str
    first_intent: float | None
    outcome: dict[str, Any] | None
    attempts: tuple[Attempt, ...] = ()
    parent_id: str | None = None


@dataclass(frozen=True)
class OutcomeRecord:
    """A redemption's outcome as `Journal.queue_outcomes` writes it (`Journal.outcome_record` makes one)."""

    redemption_id: str
    row: tuple[Any, ...]  # the redemptions row's new values, as the UPDATE takes them
    ended: int | None  # the attempt ended with it, if any, and when
    ended_at: float


def input_digest(items: Iterable[tuple[str, str]]) -> str:
    """A digest of a run's input: its distinct (id, kind) items, in any order."""
    lines = sorted({f"{kind}:{item}" for item, kind in items})
    return "sha256:" + hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def account_of(app_id: str | None, bearer_token: str | None, salt: str) -> str:
    """The account a client acts for: its app id, or an HMAC of its bearer token keyed by the journal's own random
    salt (never the token; the same token gives another value in another journal)."""
    if app_id:
        return f"app_id:{app_id}"
    if bearer_token:
        digest = hmac.new(bytes.fromhex(salt), bearer_token.encode("utf-8"), hashlib.sha256).hexdigest()
        return f"bearer:{digest[:32]}"
    return "none"


class Journal:
    """A bulk run's SQLite journal at `path` (created when missing). Thread-safe. One run at a time: a second run
    on the same file is refused while the first holds it, whatever path reaches it (a symlink, a hard link): the
    lock is `flock` on the journal file itself, which the system releases when the holder exits, even by `kill -9`.
    """

    def __init__(self, path: str, *, wall_clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self._wall_clock = wall_clock
        self._lock = threading.RLock()  # the connection, and the open transaction's writes
        # Group commit: writes are numbered (`_written`); `_durable` is the last one committed; one thread commits
        # at a time (`_committing`) while the others wait on `_committed` for the commit that holds their write.
        self._committed = threading.Condition(threading.Lock())
        self._written = self._stored = self._durable = 0  # written, committed, committed and fsynced
        self._committing = False
        self._in_transaction = False
        self._wal: int | None = None  # the -wal file, opened for fsync once SQLite has made it
        self._failed: BaseException | None = None  # a commit that failed: the writes it held are lost
        self._holder, held = _hold(path)
        self._key: tuple[int, int] | None = held
        opened: sqlite3.Connection | None = None
        try:
            # SQLite names its -wal file after the path it is given: the real one, so a symlink finds it.
            self._db = opened = sqlite3.connect(
                os.path.realpath(path), check_same_thread=False, isolation_level=None, timeout=10
            )
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")  # the WAL is fsynced by commit_through, unlocked
            made_by = self._db.execute("PRAGMA user_version").fetchone()[0]
            if made_by <= JOURNAL_FORMAT:  # a newer format is refused below, untouched
                self._db.executescript(_SCHEMA)
                columns = {row[1] for row in self._db.execute("PRAGMA table_info(redemptions)")}
                for column, kind in _ADDED_COLUMNS.items():
                    if column not in columns:
                        self._db.execute(f"ALTER TABLE redemptions ADD COLUMN {column} {kind}")
                if made_by < JOURNAL_FORMAT:
                    self._db.execute(f"PRAGMA user_version = {JOURNAL_FORMAT}")
        except sqlite3.Error as error:
            if opened is not None:
                opened.close()
            _release(self._holder, self._key)
            raise ConfigurationError(f"journal {path}: cannot be used as a SQLite journal ({error})") from None
        if made_by > JOURNAL_FORMAT:
            self._db.close()
            _release(self._holder, self._key)
            raise ConfigurationError(
                f"journal {path}: written by a newer voucherify-rollbacks (journal format {made_by}; this version"
                f" reads up to {JOURNAL_FORMAT}): resume it with that version or a later one"
            )

    def close(self) -> None:
        with self._lock:
            if self._key is None:
                return
            with contextlib.suppress(sqlite3.Error, OSError):  # leave no -wal behind: the file alone is the journal
                self._commit()
                self._sync()
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            if self._wal is not None:
                os.close(self._wal)
                self._wal = None
            self._db.close()
            _release(self._holder, self._key)
            self._key = None

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _write(self, statements: Iterable[tuple[str, tuple[Any, ...]]]) -> None:
        """Write `statements` together and wait until they are committed."""
        self.commit_through(self._queue(statements))

    def _queue(self, statements: Iterable[tuple[str, tuple[Any, ...]]], *, atomic: bool = True) -> int:
        """Write `statements` together into the open transaction, uncommitted; returns their ticket for
        `commit_through`. Later reads on this journal see them. `atomic=False`: without a savepoint, for writes
        where the statements before a failing one are harmless alone."""
        with self._lock:
            self._begin()
            if not atomic or (isinstance(statements, list) and len(statements) == 1):
                # One statement needs no savepoint: SQLite undoes a failing statement by itself.
                for sql, args in statements:
                    self._db.execute(sql, args)
                self._written += 1
                return self._written
            with self._savepoint():
                for sql, args in statements:
                    self._db.execute(sql, args)
            self._written += 1
            return self._written

    @contextlib.contextmanager
    def _savepoint(self, name: str = "write") -> Iterator[None]:
        """The block's statements together or none of them (hold `_lock`): a failing one undoes the others."""
        self._db.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            self._db.execute(f"ROLLBACK TO {name}")
            self._db.execute(f"RELEASE {name}")
            raise
        self._db.execute(f"RELEASE {name}")

    def _begin(self) -> None:
        """Open the transaction the next writes go into, unless one is open (hold `_lock`)."""
        if not self._in_transaction:
            self._db.execute("BEGIN IMMEDIATE")
            self._in_transaction = True

    @property
    def written(self) -> int:
        """The ticket of the last write made (0: none yet): `commit_through(journal.written)` commits them all."""
        return self._written  # read whole (an int), no lock needed

    def is_durable(self, ticket: int) -> bool:
        """True once the write `ticket` is committed."""
        with self._committed:
            return self._durable >= ticket

    def commit_through(self, ticket: int, *, sync: bool = True) -> None:
        """Return once the write `ticket` (and every write before it) is committed and fsynced: by a commit already
        under way that holds it, else by one this call makes, holding every write made so far (other workers' too).
        `sync=False`: committed only (in the WAL, which a killed process cannot lose; a power cut can)."""
        if not sync:
            with self._lock:
                if self._stored < ticket:
                    holding = self._written
                    self._commit()
                    self._stored = holding
            return
        with self._committed:
            while self._durable < ticket and self._committing:
                self._committed.wait()
            if self._durable >= ticket:
                return
            if self._failed is not None:
                raise ConfigurationError(f"journal {self.path}: a commit failed ({self._failed})") from self._failed
            self._committing = True
        through = self._durable
        try:
            try:
                with self._lock:
                    holding = self._written
                    self._commit()
                    self._stored = holding
                self._sync()  # unlocked: the other workers write their next intents meanwhile
            except BaseException as error:
                self._failed = error
                raise
            through = holding
        finally:
            with self._committed:
                self._committing = False
                self._durable = max(self._durable, through)
                self._committed.notify_all()

    def _sync(self) -> None:
        """fsync the WAL: every commit made so far is on disk."""
        if self._wal is None:
            wal = os.path.realpath(self.path) + "-wal"
            if not os.path.exists(wal):  # nothing committed since the journal was opened
                return
            self._wal = os.open(wal, os.O_RDONLY)
        os.fsync(self._wal)

    def _commit(self) -> None:
        if self._in_transaction:
            try:
                self._db.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
                self._in_transaction = False
                raise
            self._in_transaction = False

    def _run_values(self) -> dict[str, str]:
        with self._lock:
            rows = self._db.execute("SELECT key, value FROM run").fetchall()
        return {str(key): str(value) for key, value in rows}

    def check_settings(self, settings: dict[str, Any]) -> None:
        """Record the run's settings (reason, tracking_id) on first use; a resume with other ones is refused."""
        recorded = self._run_values().get("settings")
        wanted = json.dumps(settings, sort_keys=True)
        if recorded is None:
            self._write([("INSERT INTO run VALUES ('settings', ?)", (wanted,))])
        elif recorded != wanted:
            raise ConfigurationError(
                f"journal {self.path} belongs to a run with {recorded}, not {wanted}: resume with the same settings "
                "or start a new journal"
            )

    def bind(
        self,
        *,
        host: str,
        app_id: str | None,
        bearer_token: str | None,
        digest: str,
        rebind: bool = False,
    ) -> None:
        """Record what this journal is for on first use: the API `host`, the account (the app id, or a salted
        fingerprint of the bearer token) and the input's `digest`. Another host, account or input raises
        JournalMismatchError naming what differs; so does a journal made before binding that already holds items.
        `rebind=True` records the new binding instead (the operator says the journal is this run's)."""
        values = self._run_values()
        salt = values.get("salt") or secrets.token_hex(16)
        current = {"host": host, "account": account_of(app_id, bearer_token, salt), "input": digest}
        recorded: dict[str, str] | None = json.loads(values["binding"]) if "binding" in values else None
        if not rebind:
            if recorded is None and self.items():
                raise JournalMismatchError(self.path, ("binding",), {}, current)
            if recorded is not None and recorded != current:
                differs = [name for name in BINDING_FIELDS if recorded.get(name) != current[name]]
                raise JournalMismatchError(self.path, differs, recorded, current)
        if recorded != current:
            self._write(
                [
                    ("INSERT OR REPLACE INTO run VALUES ('salt', ?)", (salt,)),
                    ("INSERT OR REPLACE INTO run VALUES ('binding', ?)", (json.dumps(current, sort_keys=True),)),
                ]
            )

    def binding(self) -> dict[str, str] | None:
        """What the journal is bound to (host, account, input), or None before its first run."""
        value = self._run_values().get("binding")
        return None if value is None else dict(json.loads(value))

    def marker(self, *, create: bool) -> str | None:
        """The run's marker: the one recorded, else (with `create`) a new one, recorded now; None without."""
        recorded = self._run_values().get("marker")
        if recorded is not None or not create:
            return recorded
        from ..core.markers import new_marker

        made = new_marker()
        self._write([("INSERT OR IGNORE INTO run VALUES ('marker', ?)", (made,))])
        return self._run_values()["marker"]

    def stage_input(self, items: Iterable[tuple[str, str]]) -> str:
        """Read a run's (item, kind) items, once, into a temporary table of this connection (on disk, not in memory:
        an input of millions of lines costs no more memory than one of ten), the first of each distinct pair kept in
        its place; returns their `input_digest`, computed while reading them back in order. An error raised by
        `items` (a malformed id) leaves nothing staged."""
        with self._lock:
            self._db.execute(
                "CREATE TEMP TABLE IF NOT EXISTS input"
                " (n INTEGER PRIMARY KEY, item TEXT NOT NULL, kind TEXT NOT NULL, UNIQUE (kind, item))"
            )
            with self._savepoint("stage"):
                self._db.execute("DELETE FROM temp.input")
                self._db.executemany("INSERT OR IGNORE INTO temp.input (item, kind) VALUES (?, ?)", items)
            # The same digest as input_digest: "kind:item" lines, distinct, sorted, joined by newlines. (kind, item)
            # order is that order: the kinds differ at their first letter, and SQLite compares UTF-8 bytes, which
            # sort as Python sorts code points.
            digest = hashlib.sha256()
            for number, (kind, item) in enumerate(
                self._db.execute("SELECT kind, item FROM temp.input ORDER BY kind, item")
            ):
                if number:
                    digest.update(b"\n")
                digest.update(f"{kind}:{item}".encode())
        return "sha256:" + digest.hexdigest()

    def add_staged_items(self) -> None:
        """Record the staged input's items (`stage_input`) in their order; items already recorded keep their place."""
        with self._lock:
            row = self._db.execute("SELECT COALESCE(MAX(position), -1) FROM items").fetchone()
        self._write(
            [
                (
                    "INSERT OR IGNORE INTO items (position, item, kind) SELECT ? + n, item, kind FROM temp.input"
                    " ORDER BY n",
                    (int(row[0]),),
                )
            ]
        )

    def staged_items(self) -> Iterator[tuple[str, str]]:
        """The staged input's (item, kind) items in their order, read a batch at a time."""
        last = 0
        while True:
            with self._lock:
                rows = self._db.execute(
                    "SELECT n, item, kind FROM temp.input WHERE n > ? ORDER BY n LIMIT 1000", (last,)
                ).fetchall()
            if not rows:
                return
            for number, item, kind in rows:
                last = number
                yield str(item), str(kind)

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
        expanded, together. A redemption already recorded (by another item) is left to that item."""
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
        self._queue(statements)  # committed with the first intent that follows, before any request leaves

    def claim(self, items: Sequence[str], *, marker: str | None = None) -> tuple[dict[str, Entry], int]:
        """Record each redemption item's one redemption (the item's id) the first time, with the intent of its
        first attempt (number 1, carrying `marker`), all in one write: ({item: its entry}, the write's ticket). Send
        nothing before `commit_through(ticket)`. An item left out of the answer is recorded already (by this item
        before, or by another item that holds its redemption: read `entries(item)` then). (A redemption item needs
        no `expanded` mark: its redemption's row says it.)"""
        now = self._wall_clock()
        wanted = list(dict.fromkeys(items))
        with self._lock:
            positions: dict[str, int] = {}
            held: set[str] = set()
            for start in range(0, len(wanted), JOURNAL_LOOKUP_BATCH):
                part = wanted[start : start + JOURNAL_LOOKUP_BATCH]
                marks = ", ".join("?" for _ in part)
                positions.update(self._db.execute(f"SELECT item, position FROM items WHERE item IN ({marks})", part))
                held.update(
                    row[0]
                    for row in self._db.execute(
                        f"SELECT redemption_id FROM redemptions WHERE redemption_id IN ({marks})", part
                    )
                )
            fresh = [item for item in wanted if item in positions and item not in held]
            if not fresh:
                return {}, self._written
            self._begin()
            with self._savepoint():
                self._db.executemany(
                    "INSERT INTO redemptions (redemption_id, item, position, state, first_intent, attempts)"
                    " VALUES (?, ?, ?, ?, ?, 1)",
                    ((item, item, positions[item], SENT, now) for item in fresh),
                )
                self._db.executemany(
                    "INSERT INTO attempts (redemption_id, number, intent, marker) VALUES (?, 1, ?, ?)",
                    ((item, now, marker) for item in fresh),
                )
            self._written += 1
            ticket = self._written
        # Each entry as it stood before this first attempt, as `queue_intent`'s callers hold theirs.
        return {item: Entry(item, item, None, PENDING, None, None) for item in fresh}, ticket

    def unclaim(self, items: Iterable[str]) -> None:
        """Take back `claim`s whose requests were never sent (a run closed early after reading ahead): each item's
        redemption is unrecorded again, as if never claimed, so a later run neither looks it up nor counts it as
        sent. Only a claim still as `claim` left it (one attempt, not ended, no outcome) is taken back."""
        wanted = [(item,) for item in dict.fromkeys(items)]
        if not wanted:
            return
        with self._lock:
            self._begin()
            self._db.executemany(
                "DELETE FROM redemptions WHERE redemption_id = ? AND state = 'sent' AND attempts = 1"
                " AND outcome IS NULL AND parent_id IS NULL",
                wanted,
            )
            self._db.executemany(
                "DELETE FROM attempts WHERE redemption_id = ?1 AND number = 1 AND ended IS NULL AND NOT EXISTS"
                " (SELECT 1 FROM redemptions WHERE redemption_id = ?1)",
                wanted,
            )
            self._written += 1

    def entries(self, item: str) -> list[Entry]:
        """The redemptions recorded for an item, each with its attempts."""
        return self._entries("item = ?", (item,))

    def entries_in(self, *states: str) -> list[Entry]:
        """The redemptions in any of `states` (`sent`, `unknown`, ...), each with its attempts."""
        if not states:
            return []
        return self._entries(f"state IN ({', '.join('?' for _ in states)})", tuple(states))

    def entry(self, redemption_id: str) -> Entry | None:
        """One recorded redemption, or None."""
        found = self._entries("redemption_id = ?", (redemption_id,))
        return found[0] if found else None

    def _entries(self, where: str, args: tuple[Any, ...]) -> list[Entry]:
        with self._lock:
            rows = self._db.execute(
                "SELECT redemption_id, item, order_id, state, first_intent, outcome, parent_id, answer_kind, answer"
                " FROM redemptions"
                f" WHERE {where} ORDER BY rowid",
                args,
            ).fetchall()
            attempts: dict[str, list[Attempt]] = {}
            for redemption_id, intent, ended, marker, number in self._db.execute(
                "SELECT redemption_id, intent, ended, marker, number FROM attempts WHERE redemption_id IN"
                f" (SELECT redemption_id FROM redemptions WHERE {where}) ORDER BY redemption_id, number",
                args,
            ):
                attempts.setdefault(redemption_id, []).append(Attempt(intent, ended, marker, number))
        entries = []
        for r in rows:
            known = attempts.get(r[0], [])
            if r[4] is not None and (not known or known[0].intent > r[4]):
                # A journal made before attempts were recorded: its first intent, with no end and no marker.
                known.insert(0, Attempt(r[4], None, None))
            outcome = json.loads(r[5]) if r[5] else None
            if outcome is not None and r[7] is not None:
                outcome["result"] = _answer_result(r[7], bytes(r[8]), outcome.get("result"))
            entries.append(Entry(r[0], r[1], r[2], r[3], r[4], outcome, tuple(known), r[6]))
        return entries

    def intent(self, redemption_id: str, marker: str | None = None) -> int:
        """Commit the intent to send a rollback now, carrying `marker`; returns the attempt's number (for `outcome`)."""
        number, ticket = self.queue_intent(redemption_id, marker)
        self.commit_through(ticket)
        return number

    def queue_intent(
        self, redemption_id: str, marker: str | None = None, *, after: Iterable[Attempt] | None = None
    ) -> tuple[int, int]:
        """Write the intent to send a rollback now, uncommitted: (the attempt's number, its ticket). Send nothing
        before `commit_through(ticket)` has returned. `after`: the redemption's attempts as its entry holds them
        (its number follows theirs; read from the journal without)."""
        now = self._wall_clock()
        with self._lock:
            if after is None:
                row = self._db.execute(
                    "SELECT COALESCE(MAX(number), 0) FROM attempts WHERE redemption_id = ?", (redemption_id,)
                ).fetchone()
                number = int(row[0]) + 1
            else:
                number = max((attempt.number for attempt in after), default=0) + 1
            self._begin()
            try:
                # The attempt first: when it fails (an entry that was out of date), nothing is written.
                self._db.execute(
                    "INSERT INTO attempts (redemption_id, number, intent, marker) VALUES (?, ?, ?, ?)",
                    (redemption_id, number, now, marker),
                )
            except sqlite3.IntegrityError:
                if after is None:
                    raise
                return self.queue_intent(redemption_id, marker)
            self._db.execute(
                "UPDATE redemptions SET state = ?, attempts = attempts + 1, first_intent = COALESCE(first_intent, ?)"
                " WHERE redemption_id = ?",
                (SENT, now, redemption_id),
            )
            self._written += 1
            return number, self._written

    def end_attempt(self, redemption_id: str, attempt: int) -> None:
        """Write the end of an attempt whose call has returned or raised (its window closes now); committed with the
        next write waited for (its outcome's)."""
        self._queue([self._end_statement(redemption_id, attempt)])

    def _end_statement(self, redemption_id: str, attempt: int) -> tuple[str, tuple[Any, ...]]:
        return (_END_ATTEMPT, (self._wall_clock(), redemption_id, attempt))

    def outcome(self, redemption_id: str, state: str, outcome: dict[str, Any]) -> None:
        """Commit a redemption's outcome and its state (done, retry or unknown)."""
        self.commit_through(self.queue_outcomes([self.outcome_record(redemption_id, state, outcome)]))

    def outcome_record(
        self,
        redemption_id: str,
        state: str,
        outcome: dict[str, Any],
        *,
        answer: tuple[str, bytes] | None = None,
        rollback_ids: Iterable[str] | None = None,
        ended: int | None = None,
    ) -> OutcomeRecord:
        """A redemption's outcome and its state, for `queue_outcomes`, without writing it (made where the outcome
        is known, written with others; report the outcome only once that write is committed). With `answer`
        (`operations.results.answer_of`), the outcome's `result` holds only the result's own fields (recovered,
        request_id, status_code) and the answer is kept as it came: reading the entry gives the whole result back.
        `rollback_ids`: the rollbacks it names; `ended`: an attempt whose end (now) is written with it."""
        kind, body = answer if answer is not None else (None, None)
        ids = None if rollback_ids is None else json.dumps(list(rollback_ids))
        row = (state, outcome.get("status"), json.dumps(outcome), ids, kind, body, redemption_id)
        return OutcomeRecord(redemption_id, row, ended, self._wall_clock())

    def queue_outcomes(self, records: Sequence[OutcomeRecord]) -> int:
        """Write `records` (`OutcomeRecord`, made where each outcome was known) in one write, uncommitted: each
        attempt's end first (an attempt ended without its outcome is settled by a look-up), then the outcomes.
        Returns the write's ticket for `commit_through`."""
        if not records:
            return self._written
        ends = [(r.ended_at, r.redemption_id, r.ended) for r in records if r.ended is not None]
        with self._lock:
            self._begin()
            if ends:
                self._db.executemany(_END_ATTEMPT, ends)
            self._db.executemany(
                "UPDATE redemptions SET state = ?, status = ?, outcome = ?, rollback_ids = ?, answer_kind = ?,"
                " answer = ? WHERE redemption_id = ?",
                (r.row for r in records),
            )
            self._written += 1
            return self._written

    def resolve_child(self, child_id: str, parent_id: str) -> Entry:
        """Record that `child_id` is a stack's child whose rollback is its parent's: the child is done, resolved
        to `parent_id`, which is recorded under the child's item unless another item already holds it. Returns
        the parent's entry."""
        child = self.entry(child_id)
        assert child is not None, "a child is resolved from its own entry"
        with self._lock:
            row = self._db.execute("SELECT position FROM redemptions WHERE redemption_id = ?", (child_id,)).fetchone()
        self._queue(
            [
                (
                    "INSERT OR IGNORE INTO redemptions (redemption_id, item, order_id, position, state)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (parent_id, child.item, child.order_id, int(row[0]), PENDING),
                ),
                (
                    "UPDATE redemptions SET state = ?, status = ?, parent_id = ? WHERE redemption_id = ?",
                    (DONE, RESOLVED, parent_id, child_id),
                ),
            ]
        )
        parent = self.entry(parent_id)
        assert parent is not None
        return parent

    def rollback_ids(self) -> Iterator[str]:
        """The id of every rollback the journal's outcomes say its runs made (`rolled_back`): a stack's parent
        rollback and each child's, read a batch at a time."""
        last = ""
        while True:
            with self._lock:
                rows = self._db.execute(
                    "SELECT redemption_id, rollback_ids, outcome FROM redemptions"
                    " WHERE status = 'rolled_back' AND redemption_id > ? ORDER BY redemption_id LIMIT 500",
                    (last,),
                ).fetchall()
            if not rows:
                return
            for redemption_id, listed, outcome in rows:
                last = redemption_id
                if listed is not None:
                    yield from (i for i in json.loads(listed) if isinstance(i, str))
                    continue
                result = (json.loads(outcome) if outcome else {}).get("result") or {}
                parent = result.get("parent_rollback") or {}
                ids = [parent.get("id"), *(rollback.get("id") for rollback in result.get("rollbacks") or [])]
                yield from dict.fromkeys(i for i in ids if isinstance(i, str))

    def counts(self) -> dict[str, int]:
        """How many redemptions are in each state."""
        with self._lock:
            rows = self._db.execute("SELECT state, COUNT(*) FROM redemptions GROUP BY state").fetchall()
        return {str(state): int(count) for state, count in rows}


def _answer_result(kind: str, body: bytes, fields: Any) -> dict[str, Any]:
    """An outcome's result data, from the answer it was read from and its own fields."""
    from ..operations.results import result_of_answer

    own = fields if isinstance(fields, dict) else {}
    result = result_of_answer(
        kind,
        body,
        recovered=bool(own.get("recovered")),
        request_id=own.get("request_id"),
        status_code=own.get("status_code"),
    )
    return result.to_dict()


def _hold(path: str) -> tuple[int, tuple[int, int]]:
    """The journal file's descriptor, `flock`ed exclusively, and its (device, inode); ConfigurationError when
    another run holds it, in this process or another."""
    busy = ConfigurationError(f"journal {path} is in use by another run: wait for it, or stop it first")
    try:
        known = os.stat(path)
    except OSError:
        known = None
    with _HELD_LOCK:
        if known is not None and (known.st_dev, known.st_ino) in _HELD:
            raise busy
        try:
            holder = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as error:
            raise ConfigurationError(f"journal {path}: {error.strerror or error}") from None
        opened = os.fstat(holder)
        key = (opened.st_dev, opened.st_ino)
        if key in _HELD:  # created or swapped between the stat and the open
            os.close(holder)
            raise busy
        try:
            import fcntl
        except ImportError:  # not POSIX (Windows): one run per process only; across processes it is up to the operator
            _HELD.add(key)
            return holder, key
        try:
            fcntl.flock(holder, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(holder)
            raise busy from None
        _HELD.add(key)
        return holder, key


def _release(holder: int, key: tuple[int, int] | None) -> None:
    with _HELD_LOCK:
        os.close(holder)  # releases the flock
        if key is not None:
            _HELD.discard(key)
