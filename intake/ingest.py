"""Group commit: the listener hands each finished DATA here and waits for its fsync.

Sessions that finish DATA while a commit is under way are committed together in the next
one, so one fsync acknowledges many messages (the way a durable intake beats fsync-per-mail).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import secrets
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

from intake.models import Envelope
from intake.store import Store, transaction


def body_hash(raw: bytes) -> str:
    """Hash of the body only: a re-sent copy gains Received: lines but keeps its body."""
    _, sep, body = raw.partition(b"\r\n\r\n")
    return hashlib.sha256(body if sep else raw).hexdigest()


def new_queue_id() -> str:
    return secrets.token_hex(8).upper()


@dataclass
class _Pending:
    envelope: Envelope
    raw: bytes
    queue_id: str = field(default_factory=new_queue_id)
    done: asyncio.Future[str] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )


def _insert(conn: sqlite3.Connection, batch: list[_Pending]) -> None:
    with transaction(conn):
        conn.executemany(
            "INSERT INTO messages (queue_id, received_at, mail_from, rcpt_tos, peer, helo,"
            " size, body_hash, raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    p.queue_id,
                    p.envelope.received_at.timestamp(),
                    p.envelope.mail_from,
                    json.dumps(list(p.envelope.rcpt_tos)),
                    p.envelope.peer,
                    p.envelope.helo,
                    len(p.raw),
                    body_hash(p.raw),
                    p.raw,
                )
                for p in batch
            ],
        )


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

    async def submit(self, envelope: Envelope, raw: bytes) -> str:
        """Store one message durably; returns its queue id or raises StoreError."""
        pending = _Pending(envelope, raw)
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
