"""The delivery worker: claim due outbound rows, hand them to the relay, record the outcome.

At-least-once: a row stays `queued` until the relay has taken it, so a crash mid-send
resends with the same Message-ID. Temporary failures back off on `delivery.retry_intervals`;
permanent ones, and anything older than `delivery.max_age`, become visible dead letters.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from intake import bodies
from intake.logs import get_logger
from intake.relay import PermanentFailure, Relay, TemporaryFailure
from intake.settings import DeliverySettings
from intake.store import Store, transaction

log = get_logger("intake.delivery")


@dataclass(frozen=True)
class Due:
    id: int
    kind: str
    mail_from: str
    rcpt_tos: tuple[str, ...]
    delivered_to: tuple[str, ...]
    message_id: str
    raw: bytes
    attempts: int
    created_at: float


def _due(conn: sqlite3.Connection, now: float, limit: int) -> list[Due]:
    rows = conn.execute(
        "SELECT o.id, o.kind, o.mail_from, o.rcpt_tos, o.delivered_to, o.message_id, o.attempts,"
        " o.created_at, length(b.raw) AS size, CASE WHEN length(b.raw) <= ? THEN b.raw END AS raw"
        " FROM outbound o LEFT JOIN outbound_bodies b ON b.outbound_id = o.id"
        " WHERE o.state = 'queued' AND o.next_attempt_at <= ?"
        " ORDER BY o.next_attempt_at, o.id LIMIT ?",
        (bodies.SMALL_BYTES, now, limit),
    ).fetchall()
    return [
        Due(
            id=r["id"],
            kind=r["kind"],
            mail_from=r["mail_from"],
            rcpt_tos=tuple(json.loads(r["rcpt_tos"])),
            delivered_to=tuple(json.loads(r["delivered_to"])),
            message_id=r["message_id"],
            raw=bodies.selected(conn, bodies.OUTBOUND, r),
            attempts=r["attempts"],
            created_at=r["created_at"],
        )
        # a round's sends hold their bodies until done
        for r in bodies.within_budget(rows, bodies.row_size)
    ]


@dataclass(frozen=True)
class Attempt:
    """What one delivery attempt came to, to be recorded with the rest of its batch."""

    item: Due
    state: str  # sent, queued (deferred) or dead
    attempts: int
    next_at: float
    error: str | None
    delivered: tuple[str, ...]
    now: float


def _record(conn: sqlite3.Connection, batch: list[Attempt]) -> None:
    """One transaction (one fsync) for a whole batch: a crash before it only means a resend,
    which the stable Message-ID lets receivers de-duplicate (at-least-once)."""
    with transaction(conn):
        conn.executemany(
            "UPDATE outbound SET state = ?, attempts = ?, next_attempt_at = ?, last_error = ?,"
            " delivered_to = ?, done_at = CASE WHEN ? = 'queued' THEN NULL ELSE ? END"
            " WHERE id = ?",
            [
                (
                    a.state,
                    a.attempts,
                    a.next_at,
                    a.error,
                    json.dumps(list(a.delivered)),
                    a.state,
                    a.now,
                    a.item.id,
                )
                for a in batch
            ],
        )


class DeliveryWorker:
    """Delivers what is due; `run_once()` returns how many rows it attempted."""

    def __init__(
        self,
        store: Store,
        relay: Relay,
        settings: DeliverySettings,
        clock: Callable[[], float] | None = None,
        batch: int = 50,
    ) -> None:
        self.store = store
        self.relay = relay
        self.settings = settings
        self.clock = clock or store.clock
        self.batch = batch

    async def run_once(self) -> int:
        due = await self.store.call(_due, self.clock(), self.batch)
        if not due:
            return 0
        gate = asyncio.Semaphore(self.settings.connections)
        attempts = [asyncio.ensure_future(self._attempt(item, gate)) for item in due]
        outcomes: list[Attempt] = []
        try:
            await asyncio.wait(attempts)
        finally:
            for attempt in attempts:
                attempt.cancel()  # cancelled mid-send: still queued, sent again next round
            await asyncio.wait(attempts)
            outcomes = [a.result() for a in attempts if not a.cancelled() and not a.exception()]
            await self.relay.release()
            if outcomes:
                await self.store.call(_record, outcomes)
        for outcome in outcomes:
            _log(outcome)
        for attempt in attempts:
            attempt.result()  # a fault of ours (not the relay's) surfaces once all is recorded
        return len(due)

    async def _attempt(self, item: Due, gate: asyncio.Semaphore) -> Attempt:
        remaining = tuple(r for r in item.rcpt_tos if r not in item.delivered_to)
        attempts = item.attempts + 1
        try:
            async with gate:
                result = await self.relay.send(item.mail_from, remaining, item.raw)
        except TemporaryFailure as error:
            return self._deferred(item, attempts, str(error), item.delivered_to)
        except PermanentFailure as error:
            return self._settled(item, "dead", attempts, str(error), item.delivered_to)
        delivered = item.delivered_to + result.accepted
        temporary = {r: m for r, m in result.refused.items() if not m.startswith("5")}
        if temporary:
            return self._deferred(item, attempts, "; ".join(temporary.values()), delivered)
        refusals = "; ".join(f"{r}: {m}" for r, m in result.refused.items()) or None
        return self._settled(item, "sent", attempts, refusals, delivered)

    def _settled(
        self,
        item: Due,
        state: str,
        attempts: int,
        error: str | None,
        delivered: tuple[str, ...],
    ) -> Attempt:
        now = self.clock()
        return Attempt(item, state, attempts, now, error, delivered, now)

    def _deferred(
        self, item: Due, attempts: int, error: str, delivered: tuple[str, ...]
    ) -> Attempt:
        now = self.clock()
        if now - item.created_at >= self.settings.max_age:
            expired = f"expired after {attempts} attempts: {error}"
            return self._settled(item, "dead", attempts, expired, delivered)
        intervals = self.settings.retry_intervals
        next_at = now + intervals[min(attempts - 1, len(intervals) - 1)]
        return Attempt(item, "queued", attempts, next_at, error, delivered, now)


def _log(a: Attempt) -> None:
    fields = {"outbound_id": a.item.id, "kind": a.item.kind, "attempts": a.attempts}
    if a.state == "sent":
        log.info("outbound.sent", **fields, refused=bool(a.error))
    elif a.state == "queued":
        log.warning("outbound.deferred", **fields, error=a.error)
    else:
        log.error("outbound.dead", **fields, error=a.error)
