"""The delivery worker: claim due outbound rows, hand them to the relay, record the outcome.

At-least-once: a row stays `queued` until the relay has taken it, so a crash mid-send
resends with the same Message-ID. Temporary failures back off on `delivery.retry_intervals`;
permanent ones, and anything older than `delivery.max_age`, become visible dead letters.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

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
        "SELECT id, kind, mail_from, rcpt_tos, delivered_to, message_id, raw, attempts,"
        " created_at FROM outbound WHERE state = 'queued' AND next_attempt_at <= ?"
        " ORDER BY next_attempt_at, id LIMIT ?",
        (now, limit),
    ).fetchall()
    return [
        Due(
            id=r["id"],
            kind=r["kind"],
            mail_from=r["mail_from"],
            rcpt_tos=tuple(json.loads(r["rcpt_tos"])),
            delivered_to=tuple(json.loads(r["delivered_to"])),
            message_id=r["message_id"],
            raw=bytes(r["raw"] or b""),
            attempts=r["attempts"],
            created_at=r["created_at"],
        )
        for r in rows
    ]


def _record(
    conn: sqlite3.Connection,
    row_id: int,
    state: str,
    attempts: int,
    next_at: float,
    error: str | None,
    delivered: tuple[str, ...],
    now: float,
) -> None:
    with transaction(conn):
        conn.execute(
            "UPDATE outbound SET state = ?, attempts = ?, next_attempt_at = ?, last_error = ?,"
            " delivered_to = ?, done_at = CASE WHEN ? = 'queued' THEN NULL ELSE ? END"
            " WHERE id = ?",
            (state, attempts, next_at, error, json.dumps(list(delivered)), state, now, row_id),
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
        try:
            for item in due:
                await self._attempt(item)
        finally:
            await self.relay.release()
        return len(due)

    async def _attempt(self, item: Due) -> None:
        remaining = tuple(r for r in item.rcpt_tos if r not in item.delivered_to)
        attempts = item.attempts + 1
        now = self.clock()
        try:
            result = await self.relay.send(item.mail_from, remaining, item.raw)
        except TemporaryFailure as error:
            await self._defer(item, attempts, str(error), item.delivered_to)
            return
        except PermanentFailure as error:
            await self._dead(item, attempts, str(error), item.delivered_to)
            return
        delivered = item.delivered_to + result.accepted
        temporary = {r: m for r, m in result.refused.items() if not m.startswith("5")}
        if temporary:
            await self._defer(item, attempts, "; ".join(temporary.values()), delivered)
            return
        refusals = "; ".join(f"{r}: {m}" for r, m in result.refused.items()) or None
        await self.store.call(_record, item.id, "sent", attempts, now, refusals, delivered, now)
        log.info(
            "outbound.sent",
            outbound_id=item.id,
            kind=item.kind,
            attempts=attempts,
            refused=len(result.refused),
        )

    async def _defer(
        self, item: Due, attempts: int, error: str, delivered: tuple[str, ...]
    ) -> None:
        now = self.clock()
        if now - item.created_at >= self.settings.max_age:
            await self._dead(
                item, attempts, f"expired after {attempts} attempts: {error}", delivered
            )
            return
        intervals = self.settings.retry_intervals
        next_at = now + intervals[min(attempts - 1, len(intervals) - 1)]
        await self.store.call(_record, item.id, "queued", attempts, next_at, error, delivered, now)
        log.warning(
            "outbound.deferred", outbound_id=item.id, kind=item.kind, attempts=attempts, error=error
        )

    async def _dead(self, item: Due, attempts: int, error: str, delivered: tuple[str, ...]) -> None:
        now = self.clock()
        await self.store.call(_record, item.id, "dead", attempts, now, error, delivered, now)
        log.error("outbound.dead", outbound_id=item.id, kind=item.kind, error=error)
