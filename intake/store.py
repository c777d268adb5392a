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
    processed_at REAL,
    -- Last, and nothing with a default after it: the listener writes a message into a
    -- zeroblob, which SQLite materialises in memory unless it ends the record (ingest.py).
    -- Reading the other columns then never walks the message's overflow pages either.
    raw BLOB
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
    raw BLOB,
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
"""


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
    conn.executescript(SCHEMA)
    return conn


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
