"""Cases: references, threading of follow-ups, participants, and the acknowledgement limits.

These run inside the pipeline's transaction on the store thread, so a case, the message that
opened it and the mail it causes are committed together or not at all.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from intake.models import Recipient, Route
from intake.settings import AckSettings


@dataclass(frozen=True)
class Case:
    ref: str
    topic: str
    route: Route
    state: str
    sender: str | None
    language: str


def reference_pattern(prefix: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(prefix)}-(\d{{4}})-(\d{{4,}})\b", re.IGNORECASE)


def _case(row: sqlite3.Row | None) -> Case | None:
    if row is None:
        return None
    return Case(
        ref=row["ref"],
        topic=row["topic"],
        route=Route.model_validate_json(row["route"]),
        state=row["state"],
        sender=row["sender"],
        language=row["language"],
    )


def get_case(conn: sqlite3.Connection, ref: str) -> Case | None:
    return _case(conn.execute("SELECT * FROM cases WHERE ref = ?", (ref,)).fetchone())


def case_by_message_ids(conn: sqlite3.Connection, ids: tuple[str, ...]) -> Case | None:
    """The case one of `ids` (In-Reply-To, References) belongs to, newest reference first."""
    for message_id in reversed(ids):
        row = conn.execute(
            "SELECT c.* FROM case_message_ids m JOIN cases c ON c.ref = m.case_ref"
            " WHERE m.message_id = ?",
            (message_id,),
        ).fetchone()
        if row is not None:
            return _case(row)
    return None


def quoted_reference(subject: str, prefix: str) -> str | None:
    match = reference_pattern(prefix).search(subject)
    if match is None:
        return None
    return f"{prefix}-{match.group(1)}-{match.group(2)}"


def is_participant(conn: sqlite3.Connection, ref: str, address: str) -> bool:
    """Same address as a participant, or the same domain (a colleague at the same ministry)."""
    address = address.lower()
    domain = address.rpartition("@")[2]
    rows = conn.execute(
        "SELECT address FROM case_participants WHERE case_ref = ?", (ref,)
    ).fetchall()
    return any(r["address"] == address or r["address"].rpartition("@")[2] == domain for r in rows)


def open_case(
    conn: sqlite3.Connection,
    *,
    prefix: str,
    topic: str,
    route: Route,
    sender: str | None,
    subject: str,
    language: str,
    quoted_ref: str | None,
    now: float,
) -> str:
    """Allocate the next reference of the year (never reused) and record the case."""
    year = datetime.fromtimestamp(now, UTC).year
    conn.execute(
        "INSERT INTO case_seq (year, last) VALUES (?, 1)"
        " ON CONFLICT(year) DO UPDATE SET last = last + 1",
        (year,),
    )
    seq = conn.execute("SELECT last FROM case_seq WHERE year = ?", (year,)).fetchone()["last"]
    ref = f"{prefix}-{year}-{seq:04d}"
    conn.execute(
        "INSERT INTO cases (ref, year, seq, topic, route, sender, subject, language, quoted_ref,"
        " opened_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            ref,
            year,
            seq,
            topic,
            route.model_dump_json(),
            sender,
            subject,
            language,
            quoted_ref,
            now,
            now,
        ),
    )
    return ref


def add_participant(conn: sqlite3.Connection, ref: str, address: str | None) -> None:
    if address:
        conn.execute(
            "INSERT OR IGNORE INTO case_participants (case_ref, address) VALUES (?, ?)",
            (ref, address.lower()),
        )


def add_message_id(conn: sqlite3.Connection, ref: str, message_id: str | None) -> None:
    if message_id:
        conn.execute(
            "INSERT OR IGNORE INTO case_message_ids (message_id, case_ref) VALUES (?, ?)",
            (message_id, ref),
        )


def touch(conn: sqlite3.Connection, ref: str, now: float, *, answered: bool = False) -> None:
    if answered:
        conn.execute(
            "UPDATE cases SET updated_at = ?, answered_at = ?,"
            " state = CASE WHEN state = 'open' THEN 'answered' ELSE state END WHERE ref = ?",
            (now, now, ref),
        )
    else:
        conn.execute("UPDATE cases SET updated_at = ? WHERE ref = ?", (now, ref))


def reopen(conn: sqlite3.Connection, ref: str, now: float) -> bool:
    """Open an answered or closed case again: its enquirer wrote again (RT, Zendesk do so).

    Not closed any more, retention no longer counts it as closed, and reminders count the wait
    from `reopened_at`. False when the case was open already (nothing changed).
    """
    cursor = conn.execute(
        "UPDATE cases SET state = 'open', closed_at = NULL, reopened_at = ?, updated_at = ?"
        " WHERE ref = ? AND state IN ('answered', 'closed')",
        (now, now, ref),
    )
    return cursor.rowcount == 1


@dataclass(frozen=True)
class Refusal:
    """Why no acknowledgement goes: a stable `code` for metrics and words for people."""

    code: str
    text: str


def ack_refusal(
    conn: sqlite3.Connection, sender: str, ref: str, now: float, limits: AckSettings
) -> Refusal | None:
    """Why no acknowledgement may go now, or None. Counted from the store: survives restarts."""
    if conn.execute("SELECT 1 FROM acks WHERE case_ref = ?", (ref,)).fetchone():
        return Refusal("already_acknowledged", "this case was already acknowledged")
    # Counted up to the limit only: under a flood the rows of the last ten minutes are many.
    sent_today = conn.execute(
        "SELECT COUNT(*) FROM (SELECT 1 FROM acks WHERE sender = ? AND sent_at > ? LIMIT ?)",
        (sender, now - 86_400, limits.per_sender_per_day),
    ).fetchone()[0]
    if sent_today >= limits.per_sender_per_day:
        return Refusal(
            "per_sender_limit", f"sender already had {sent_today} acknowledgements in a day"
        )
    recent = conn.execute(
        "SELECT COUNT(*) FROM (SELECT 1 FROM acks WHERE sent_at > ? LIMIT ?)",
        (now - 600, limits.global_per_10min),
    ).fetchone()[0]
    if recent >= limits.global_per_10min:
        return Refusal(
            "global_pause", "acknowledgements paused: global limit per 10 minutes reached"
        )
    return None


def record_ack(conn: sqlite3.Connection, sender: str, ref: str, now: float) -> None:
    conn.execute(
        "INSERT INTO acks (sender, case_ref, sent_at) VALUES (?, ?, ?)", (sender, ref, now)
    )


def route_now(case_route: Route, current: dict[str, tuple[Recipient, ...]]) -> Route:
    """The case's route for a follow-up: same roles, anyone whose term ended replaced.

    `current` maps each role of the case to its holders today.
    """

    def keep(recipients: tuple[Recipient, ...]) -> tuple[Recipient, ...]:
        result: dict[str, Recipient] = {}
        for recipient in recipients:
            holders = current.get(recipient.role)
            if holders is None or any(h.address == recipient.address for h in holders):
                result.setdefault(recipient.address, recipient)
            else:
                for holder in holders:
                    result.setdefault(holder.address, holder)
        return tuple(result.values())

    return case_route.model_copy(update={"to": keep(case_route.to), "cc": keep(case_route.cc)})
