"""The only durable state: one SQLite file in WAL mode with synchronous=FULL.

Every state change is one transaction. All access from the service goes through one
thread, so the event loop never blocks on the disk and SQLite sees a single writer.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from intake.serial import SerialExecutor

T = TypeVar("T")

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY,
    queue_id TEXT NOT NULL UNIQUE,
    received_at REAL NOT NULL,
    mail_from TEXT NOT NULL,
    rcpt_tos TEXT NOT NULL,
    peer TEXT NOT NULL DEFAULT '',
    helo TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL,
    body_hash TEXT NOT NULL,
    header_message_id TEXT,
    state TEXT NOT NULL DEFAULT 'received',
    kind TEXT,
    topic TEXT,
    language TEXT,
    case_ref TEXT,
    sender TEXT,
    subject TEXT,
    reason TEXT,
    explanation TEXT,
    processed_at REAL
);
CREATE INDEX IF NOT EXISTS messages_state ON messages(state);
CREATE INDEX IF NOT EXISTS messages_header_id ON messages(header_message_id);
CREATE INDEX IF NOT EXISTS messages_case ON messages(case_ref);
CREATE TABLE IF NOT EXISTS cases (
    ref TEXT PRIMARY KEY,
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    topic TEXT NOT NULL,
    route TEXT NOT NULL,
    sender TEXT,
    subject TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    state TEXT NOT NULL DEFAULT 'open',
    quoted_ref TEXT,
    opened_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    answered_at REAL,
    closed_at REAL,
    reopened_at REAL,
    UNIQUE (year, seq)
);
CREATE TABLE IF NOT EXISTS case_seq (year INTEGER PRIMARY KEY, last INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS case_participants (
    case_ref TEXT NOT NULL, address TEXT NOT NULL, PRIMARY KEY (case_ref, address)
);
CREATE TABLE IF NOT EXISTS case_message_ids (
    message_id TEXT PRIMARY KEY, case_ref TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS outbound (
    id INTEGER PRIMARY KEY,
    message_row INTEGER,
    case_ref TEXT,
    kind TEXT NOT NULL,
    mail_from TEXT NOT NULL,
    rcpt_tos TEXT NOT NULL,
    delivered_to TEXT NOT NULL DEFAULT '[]',
    message_id TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL DEFAULT 'queued',
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at REAL NOT NULL,
    next_attempt_at REAL NOT NULL,
    last_error TEXT,
    done_at REAL
);
CREATE INDEX IF NOT EXISTS outbound_due ON outbound(state, next_attempt_at);
CREATE TABLE IF NOT EXISTS acks (
    sender TEXT NOT NULL, case_ref TEXT NOT NULL, sent_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS acks_sender ON acks(sender, sent_at);
CREATE INDEX IF NOT EXISTS acks_time ON acks(sent_at);
CREATE INDEX IF NOT EXISTS acks_case ON acks(case_ref);
CREATE TABLE IF NOT EXISTS case_reminders (
    case_ref TEXT NOT NULL, address TEXT NOT NULL, sent_at REAL NOT NULL,
    PRIMARY KEY (case_ref, address)
);
CREATE TABLE IF NOT EXISTS case_corrections (
    id INTEGER PRIMARY KEY,
    case_ref TEXT NOT NULL,
    from_topic TEXT NOT NULL,
    to_topic TEXT NOT NULL,
    corrected_by TEXT NOT NULL,
    corrected_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS case_corrections_case ON case_corrections(case_ref);
CREATE TABLE IF NOT EXISTS case_bounces (
    message_row INTEGER NOT NULL,
    outbound_id INTEGER NOT NULL,
    case_ref TEXT,
    failed_address TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (message_row, outbound_id, failed_address)
);
CREATE TABLE IF NOT EXISTS case_erasures (
    case_ref TEXT PRIMARY KEY,
    topic TEXT NOT NULL,
    opened_at REAL NOT NULL,
    answered_at REAL,
    closed_at REAL,
    requested_by TEXT NOT NULL,
    erased_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS notices_sent (key TEXT PRIMARY KEY, sent_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS enquiry_overrides (
    message_row INTEGER PRIMARY KEY, requested_at REAL NOT NULL
);
-- The octets, apart from the rows whose state changes: SQLite rewrites a whole record on any
-- UPDATE, blob included (intake.bodies). No body row: purged or erased. `raw` is last, so a
-- zeroblob written into through blob I/O is never materialised in memory.
CREATE TABLE IF NOT EXISTS message_bodies (
    message_row INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
    raw BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS outbound_bodies (
    outbound_id INTEGER PRIMARY KEY REFERENCES outbound(id) ON DELETE CASCADE,
    raw BLOB NOT NULL
);
"""
# Kept in the store file as `PRAGMA user_version`; any change to SCHEMA bumps it and teaches
# `_upgrade` the step. 0: a new file, or one written before versions, whose `messages` and
# `outbound` kept their octets in a `raw` column. 1: the octets in tables of their own. 2: acks
# indexed by case (each new case asks whether it was acknowledged). 3: `cases.reopened_at`.
SCHEMA_VERSION = 3
# Columns SCHEMA has that older stores' tables lack: CREATE TABLE IF NOT EXISTS leaves an
# existing table as it is, so `_upgrade` adds them. Nullable without a default, each is an
# ALTER TABLE … ADD COLUMN: SQLite only edits the table's definition, no row is rewritten.
_ADDED = {("cases", "reopened_at"): "REAL"}
# Those tables, and where their octets go: body table, key.
_MOVED = {
    "messages": ("message_bodies", "message_row"),
    "outbound": ("outbound_bodies", "outbound_id"),
}


class StoreError(Exception):
    """The store could not complete an operation; nothing of it was committed."""


def connect(path: Path) -> sqlite3.Connection:
    """Open the store file with the durability settings every user of it needs."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA secure_delete=ON")  # freed space is zeroed: erasure leaves no copy
    try:
        _upgrade(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _upgrade(conn: sqlite3.Connection) -> None:
    """Bring the store to SCHEMA_VERSION in one transaction; a current one is left untouched.

    Only an old or new file takes the write lock: each CLI command opens the store while the
    service may be writing. Old tables are rebuilt (SQLite's "generalized ALTER TABLE
    procedure"), not given `DROP COLUMN raw`: SQLite 3.40 cuts a last column's definition back
    to a comma it finds inside the comment before it (the 75ed954 schema has one there), then
    refuses the result ("incomplete input"). Columns added since are appended (`_add_columns`).
    """
    version = _version(conn)
    if version > SCHEMA_VERSION:  # written by a newer intake: this code would misread it
        raise StoreError(f"store schema {version} is newer than this intake's {SCHEMA_VERSION}")
    if version == SCHEMA_VERSION:
        return
    with transaction(conn):
        if _version(conn) == SCHEMA_VERSION:
            return  # another process upgraded it while this one waited for the lock
        old = [table for table in _MOVED if "raw" in _columns(conn, table)]
        for table in old:
            _set_aside(conn, table)
        for statement in _statements(SCHEMA):
            conn.execute(statement)
        _add_columns(conn)
        for table in old:
            _move(conn, table)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    if old:  # everything went through the WAL: without this the file would stay that big
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row["name"] for row in conn.execute(f"PRAGMA table_info({table})")]


def _add_columns(conn: sqlite3.Connection) -> None:
    """Give the tables of an older store the columns added since (`_ADDED`)."""
    for (table, column), declared in _ADDED.items():
        if column not in _columns(conn, table):
            conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {declared}")


def _statements(script: str) -> Iterator[str]:
    """The statements of `script` one by one: executescript() would COMMIT the transaction."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            yield pending
            pending = ""


def _set_aside(conn: sqlite3.Connection, table: str) -> None:
    """Rename an old table out of SCHEMA's way, without its indexes, which SCHEMA recreates."""
    conn.execute(f"ALTER TABLE {table} RENAME TO {table}_v0")
    indexes = conn.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql NOT NULL",
        (f"{table}_v0",),
    ).fetchall()
    for (name,) in indexes:
        conn.execute(f"DROP INDEX {name}")


def _move(conn: sqlite3.Connection, table: str) -> None:
    """Rows from the old table into the new one, ids kept; then its octets, as body rows."""
    bodies, key = _MOVED[table]
    listed = ", ".join(_columns(conn, table))  # every one of them exists in the old table
    conn.execute(f"INSERT INTO {table} ({listed}) SELECT {listed} FROM {table}_v0 ORDER BY id")
    owners = conn.execute(f"SELECT id FROM {table}_v0 WHERE raw IS NOT NULL ORDER BY id")
    for (owner,) in owners.fetchall():
        # One at a time, each old copy freed at once: the next body takes its pages, so the
        # file grows by the biggest body, not by all of them.
        conn.execute(
            f"INSERT INTO {bodies} ({key}, raw) SELECT id, raw FROM {table}_v0 WHERE id = ?",
            (owner,),
        )
        conn.execute(f"UPDATE {table}_v0 SET raw = NULL WHERE id = ?", (owner,))
    conn.execute(f"DROP TABLE {table}_v0")  # secure_delete zeroes the pages it held


class Store:
    """The SQLite store, used from one worker thread; `call` runs a function there."""

    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self.clock = clock
        self.conn = connect(path)
        self._thread = SerialExecutor("store")

    async def call(self, fn: Callable[..., T], *args: Any, urgent: bool = False) -> T:
        """Run `fn(conn, *args)` on the store thread; `urgent` calls go before the others."""
        result: T = await asyncio.wrap_future(
            self._thread.submit(fn, self.conn, *args, urgent=urgent)
        )
        return result

    def close(self) -> None:
        self._thread.shutdown()
        self.conn.close()

    def secret(self, name: str, make: Callable[[], bytes]) -> bytes:
        """A per-installation secret (e.g. the loop-marker key), created on first use."""
        with transaction(self.conn):
            row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (name,)).fetchone()
            if row is not None:
                return bytes(row["value"])
            value = make()
            self.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (name, value))
            return value


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any error, which is re-raised as StoreError."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as error:
        raise StoreError(str(error)) from error
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(error, sqlite3.Error):
            raise StoreError(str(error)) from error
        raise
