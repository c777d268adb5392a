"""Retention: bodies of cases closed or idle, and of mail on no case, go after `retain_days`.

The rows stay (reference, dates, sender, subject, kind, topic, route): only their body rows go.
Run daily by the lifecycle worker of `intake serve`, and on demand by `intake purge`; SQLite's
secure_delete overwrites the freed pages, logs carry counts only.
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass

from intake import bodies
from intake.case_log import when
from intake.logs import get_logger
from intake.store import transaction

log = get_logger("intake.retention")
DAY = 86_400

# Unprocessed messages and outbound mail still to be delivered are never purged: they are work.
_MESSAGES = """
SELECT m.id, m.case_ref, m.received_at AS at, LENGTH(b.raw) AS bytes,
       CASE WHEN c.closed_at < :cutoff THEN 'case closed' ELSE 'older than retention' END AS why
FROM messages m JOIN message_bodies b ON b.message_row = m.id
LEFT JOIN cases c ON c.ref = m.case_ref
WHERE m.state != 'received'
  AND (c.closed_at < :cutoff OR c.updated_at < :cutoff
       OR (c.ref IS NULL AND m.received_at < :cutoff))
ORDER BY m.id
"""
_OUTBOUND = """
SELECT o.id, o.case_ref, o.created_at AS at, LENGTH(b.raw) AS bytes,
       CASE WHEN c.closed_at < :cutoff THEN 'case closed' ELSE 'older than retention' END AS why
FROM outbound o JOIN outbound_bodies b ON b.outbound_id = o.id
LEFT JOIN cases c ON c.ref = o.case_ref
WHERE o.state IN ('sent', 'dead')
  AND (c.closed_at < :cutoff OR c.updated_at < :cutoff
       OR (c.ref IS NULL AND o.created_at < :cutoff))
ORDER BY o.id
"""


@dataclass(frozen=True)
class Purged:
    """One body that goes (or went): `id` as `intake queue` names it (msg-N, out-N)."""

    id: str
    case: str | None
    date: str
    why: str
    bytes: int

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def due(conn: sqlite3.Connection, retain_days: int, now: float) -> list[Purged]:
    """What the retention policy removes at `now`, changing nothing."""
    cutoff = {"cutoff": now - retain_days * DAY}
    found = [_purged("msg", row) for row in conn.execute(_MESSAGES, cutoff).fetchall()]
    found += [_purged("out", row) for row in conn.execute(_OUTBOUND, cutoff).fetchall()]
    return found


def _purged(prefix: str, row: sqlite3.Row) -> Purged:
    item_id = f"{prefix}-{row['id']}"
    return Purged(item_id, row["case_ref"], when(row["at"]), row["why"], row["bytes"])


def purge(conn: sqlite3.Connection, retain_days: int, now: float) -> list[Purged]:
    """Delete the bodies of everything `due` lists, in one transaction; returns what went."""
    gone, _ = purge_some(conn, retain_days, now, None)
    return gone


def purge_some(
    conn: sqlite3.Connection, retain_days: int, now: float, budget: int | None
) -> tuple[list[Purged], bool]:
    """Delete the bodies `due` lists, the first `budget` bytes of them (all if None; always
    one), in one transaction; returns what went and whether more is due."""
    conn.execute("PRAGMA secure_delete = ON")  # freed pages are zeroed, not merely unlinked
    with transaction(conn):
        found = due(conn, retain_days, now)
        gone = found if budget is None else bodies.within_budget(found, _bytes, budget)
        bodies.delete(conn, bodies.MESSAGES, _numbers(gone, "msg-"))
        bodies.delete(conn, bodies.OUTBOUND, _numbers(gone, "out-"))
    if gone:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # old bodies leave the WAL file too
    log.info(
        "store.purged",
        messages=sum(p.id.startswith("msg-") for p in gone),
        outbound=sum(p.id.startswith("out-") for p in gone),
        bytes=sum(p.bytes for p in gone),
        left=len(found) - len(gone),
        retain_days=retain_days,
    )
    return gone, len(gone) < len(found)


def _bytes(item: Purged) -> int:
    return item.bytes


def _numbers(items: list[Purged], prefix: str) -> list[int]:
    return [int(p.id.removeprefix(prefix)) for p in items if p.id.startswith(prefix)]


def render(items: list[Purged], dry_run: bool) -> str:
    verb = "would purge" if dry_run else "purged"
    if not items:
        return f"{verb}: nothing"
    lines = [f"{p.id:<10} {p.case or '-':<14} {p.date:<21} {p.bytes:>9}  {p.why}" for p in items]
    total = sum(p.bytes for p in items)
    return "\n".join([*lines, f"{verb}: {len(items)} bodies, {total} bytes"])
