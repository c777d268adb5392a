"""Group commit: the listener hands each finished DATA here and waits for its fsync.

Sessions that finish DATA while a commit is under way are committed together in the next
one, so one fsync acknowledges many messages (the way a durable intake beats fsync-per-mail).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

from intake import bodies
from intake.models import Envelope
from intake.store import Store, transaction
from intake.tokens import token_hex

_BLANK = b"\r\n\r\n"


def body_hash(raw: bytes | bytearray, head: bytes = b"") -> str:
    """Hash of the body only: a re-sent copy gains Received: lines but keeps its body.

    The body of `head + raw` (after its first blank line; all of it without one), hashed
    without joining the two or slicing the message: both would copy it whole.
    """
    digest = hashlib.sha256()
    start = _body_start(raw, head)
    if start < 0:
        digest.update(head)
        digest.update(raw)
    elif start < len(head):
        digest.update(head[start:])
        digest.update(raw)
    else:
        digest.update(memoryview(raw)[start - len(head) :])
    return digest.hexdigest()


def _body_start(raw: bytes | bytearray, head: bytes) -> int:
    """Where the body starts in `head + raw`, or -1 without a blank line."""
    found = head.find(_BLANK)
    if found >= 0:
        return found + 4
    tail = head[-3:]  # a blank line across the join
    found = (tail + raw[:3]).find(_BLANK)
    if found >= 0:
        return len(head) - len(tail) + found + 4
    found = raw.find(_BLANK)
    return len(head) + found + 4 if found >= 0 else -1


def new_queue_id() -> str:
    return token_hex(8).upper()


@dataclass
class _Pending:
    envelope: Envelope
    raw: bytes | bytearray
    head: bytes = b""  # our Received: line, stored in front of `raw`
    queue_id: str = field(default_factory=new_queue_id)
    done: asyncio.Future[str] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )


def _insert(conn: sqlite3.Connection, batch: list[_Pending]) -> None:
    with transaction(conn):
        for pending in batch:
            _insert_one(conn, pending)


def _insert_one(conn: sqlite3.Connection, pending: _Pending) -> None:
    """The message's row, then its octets as a body row (our Received: line in front), written
    through SQLite's blob I/O without a joined copy (bodies.write). Same transaction, same
    commit, same fsync as the row."""
    head, raw, envelope = pending.head, pending.raw, pending.envelope
    size = len(head) + len(raw)
    cursor = conn.execute(
        "INSERT INTO messages (queue_id, received_at, mail_from, rcpt_tos, peer, helo,"
        " size, body_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            pending.queue_id,
            envelope.received_at.timestamp(),
            envelope.mail_from,
            json.dumps(list(envelope.rcpt_tos)),
            envelope.peer,
            envelope.helo,
            size,
            body_hash(raw, head),
        ),
    )
    assert cursor.lastrowid is not None  # an INSERT into a rowid table always has one
    bodies.write(conn, bodies.MESSAGES, cursor.lastrowid, head, raw)


class GroupCommitter:
    """Batches durable inserts of accepted messages; `submit` returns once fsync'd."""

    def __init__(
        self, store: Store, max_batch: int = 256, on_arrival: Callable[[], None] = lambda: None
    ) -> None:
        self._store = store
        self._on_arrival = on_arrival  # tells background work that the listener is busy
        self._max_batch = max_batch
        self._queue: asyncio.Queue[_Pending] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None
        self.committed = asyncio.Event()  # set after every commit, for the pipeline's wake-up

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="group-commit")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def submit(self, envelope: Envelope, raw: bytes | bytearray, *, head: bytes = b"") -> str:
        """Store `head + raw` durably; returns its queue id or raises StoreError."""
        pending = _Pending(envelope, raw, head)
        self._on_arrival()
        self._queue.put_nowait(pending)
        # Shielded: a client that hangs up after "." must not cancel a commit under way.
        return await asyncio.shield(pending.done)

    async def _run(self) -> None:
        while True:
            batch = [await self._queue.get()]
            while not self._queue.empty() and len(batch) < self._max_batch:
                batch.append(self._queue.get_nowait())
            await self._commit(batch)
            del batch  # its messages' octets go now, not when the next message arrives

    async def _commit(self, batch: list[_Pending]) -> None:
        try:
            await self._store.call(_insert, batch, urgent=True)
        except Exception as error:  # StoreError or a disk fault: every waiter gets it
            for pending in batch:
                if not pending.done.done():
                    pending.done.set_exception(error)
            return
        for pending in batch:
            if not pending.done.done():
                pending.done.set_result(pending.queue_id)
        self.committed.set()
