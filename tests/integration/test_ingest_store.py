"""The group committer's row: our Received: line and the message written through SQLite blob
I/O, hashed and stored exactly as `head + raw` was before, in one transaction."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intake.ingest import GroupCommitter, _insert, body_hash
from intake.models import Envelope
from intake.store import Store, StoreError, connect
from tests.helpers import MESSAGES_WITH_RAW

HEAD = b"Received: from client.test ([127.0.0.1])\r\n\tby intake.test (CCM intake) with ESMTP;\r\n"
ENVELOPE = Envelope(
    mail_from="ana.pereira@mod.example.org",
    rcpt_tos=("intake@ccm-isu.example",),
    peer="127.0.0.1",
    helo="client.test",
    received_at=datetime(2026, 9, 21, 10, 0, tzinfo=UTC),
)
# The messages table as it was created before `raw` became its last column, and then its own
# table: such a store is upgraded when it is opened (tests/integration/test_store_upgrade.py).
LEGACY_MESSAGES = """
CREATE TABLE messages (
    id INTEGER PRIMARY KEY, queue_id TEXT NOT NULL UNIQUE, received_at REAL NOT NULL,
    mail_from TEXT NOT NULL, rcpt_tos TEXT NOT NULL, peer TEXT NOT NULL DEFAULT '',
    helo TEXT NOT NULL DEFAULT '', size INTEGER NOT NULL, body_hash TEXT NOT NULL,
    header_message_id TEXT, raw BLOB, state TEXT NOT NULL DEFAULT 'received', kind TEXT,
    topic TEXT, language TEXT, case_ref TEXT, sender TEXT, subject TEXT, reason TEXT,
    explanation TEXT, processed_at REAL
)
"""


def joined_hash(raw: bytes) -> str:
    """body_hash as it was, over the joined octets."""
    _, sep, body = raw.partition(b"\r\n\r\n")
    return hashlib.sha256(body if sep else raw).hexdigest()


PIECES = st.lists(st.sampled_from([b"\r\n", b"\r", b"\n", b"a", b"Received: x", b"\r\n\r\n"]))


@given(head=PIECES, raw=PIECES)
def test_body_hash_without_joining_is_the_hash_of_the_joined_octets(
    head: list[bytes], raw: list[bytes]
) -> None:
    h, r = b"".join(head), b"".join(raw)
    assert body_hash(r, h) == body_hash(bytearray(r), h) == joined_hash(h + r)


@pytest.mark.parametrize("raw", [b"", b"\r\n", b"\r\nbody", b"Subject: x\r\n\r\nbody", b"no blank"])
def test_body_hash_edges_with_our_received_line(raw: bytes) -> None:
    assert body_hash(raw, HEAD) == joined_hash(HEAD + raw)
    assert body_hash(raw) == joined_hash(raw)


def stored(path: Path) -> list[sqlite3.Row]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(f"{MESSAGES_WITH_RAW} ORDER BY m.id").fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("legacy", [False, True], ids=["raw-last", "legacy-column-order"])
async def test_committed_rows_hold_head_and_message_exactly(tmp_path: Path, legacy: bool) -> None:
    path = tmp_path / "intake.sqlite3"
    if legacy:  # an existing store is upgraded on open: its octets move to message_bodies
        with sqlite3.connect(path) as conn:
            conn.execute(LEGACY_MESSAGES)
    store = Store(path)
    committer = GroupCommitter(store)
    committer.start()
    big = bytearray(b"Subject: big\r\n\r\n" + bytes(range(256)) * 4096)  # overflow pages
    messages: list[tuple[bytes, bytes | bytearray]] = [
        (b"", b""),
        (HEAD, b""),
        (HEAD, b"Subject: x\r\n\r\nbody\r\n"),
        (HEAD, big),
        (b"", b"Subject: no head\r\n\r\n"),
    ]
    try:
        ids = [await committer.submit(ENVELOPE, raw, head=head) for head, raw in messages]
    finally:
        await committer.stop()
        store.close()
    rows = stored(path)
    assert [r["queue_id"] for r in rows] == ids
    for row, (head, raw) in zip(rows, messages, strict=True):
        assert bytes(row["raw"]) == head + raw
        assert row["size"] == len(head) + len(raw)
        assert row["body_hash"] == joined_hash(head + raw)
        assert (row["state"], row["peer"], row["helo"]) == ("received", "127.0.0.1", "client.test")


def test_octets_live_apart_from_the_rows_and_end_their_own_record(tmp_path: Path) -> None:
    # A zeroblob is kept unexpanded only at the end of the record: any column after `raw`
    # holding a value at INSERT would make SQLite build the whole message in memory, twice.
    # And the rows whose state changes hold no octets: an UPDATE rewrites the whole record.
    conn = connect(tmp_path / "intake.sqlite3")
    try:
        columns = {
            table: [c["name"] for c in conn.execute(f"PRAGMA table_info({table})")]
            for table in ("messages", "outbound", "message_bodies", "outbound_bodies")
        }
    finally:
        conn.close()
    assert "raw" not in columns["messages"] and "raw" not in columns["outbound"]
    assert columns["message_bodies"] == ["message_row", "raw"]
    assert columns["outbound_bodies"] == ["outbound_id", "raw"]


class BlobsFail:
    """A store connection whose blob writes fail (a disk error half way through a message)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __getattr__(self, name: str) -> Any:
        return getattr(self.conn, name)

    def blobopen(self, *args: Any) -> Any:
        raise sqlite3.OperationalError("disk I/O error")


def test_a_failed_blob_write_rolls_the_whole_batch_back(tmp_path: Path) -> None:
    conn = connect(tmp_path / "intake.sqlite3")
    try:
        batch: list[Any] = [
            SimpleNamespace(queue_id=f"Q{n}", envelope=ENVELOPE, raw=b"x\r\n\r\ny", head=HEAD)
            for n in range(3)
        ]
        with pytest.raises(StoreError):
            _insert(BlobsFail(conn), batch)  # type: ignore[arg-type]
        assert conn.execute("SELECT COUNT(*) FROM messages").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM message_bodies").fetchone()[0] == 0
        _insert(conn, batch)
        assert conn.execute("SELECT COUNT(*) FROM messages").fetchone()[0] == 3
        assert conn.execute("SELECT COUNT(*) FROM message_bodies").fetchone()[0] == 3
    finally:
        conn.close()
