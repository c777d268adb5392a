"""Erasure on request (`intake cases erase`): one case's bodies, attachments and personal data
leave every place the intake keeps them — messages, outbound rows and dead letters, digests that
named them, acknowledgement counts, participants, the Maildir outbox — and a tombstone stays.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import asdict, dataclass
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

from intake import bodies
from intake.case_log import when
from intake.logs import get_logger
from intake.store import transaction

log = get_logger("intake.erase")
ERASED = "erased on request"
_MESSAGE_ID = re.compile(rb"(?im)^message-id:[ \t]*<([^>\s]+)>")
_LISTED = re.compile(r"\bmsg-(\d+)\b")


@dataclass(frozen=True)
class Tombstone:
    """What remains of an erased case: when it lived, its topic, who asked, and how much went."""

    case: str
    topic: str
    opened: str
    answered: str
    closed: str
    requested_by: str
    erased: str
    messages: int
    outbound: int
    outbox_files: int

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def erase_case(
    conn: sqlite3.Connection, ref: str, requested_by: str, now: float, outbox: Path | None
) -> Tombstone | None:
    """Erase case `ref` (None when there is none), then its files in the Maildir outbox."""
    conn.execute("PRAGMA secure_delete = ON")  # freed pages are zeroed, not merely unlinked
    with transaction(conn):
        case = conn.execute("SELECT * FROM cases WHERE ref = ?", (ref,)).fetchone()
        if case is None:
            return None
        messages = _case_messages(conn, ref)
        outbound = _case_outbound(conn, ref, messages)
        _erase_messages(conn, messages)
        _erase_outbound(conn, list(outbound))
        _erase_case_row(conn, ref, requested_by, now)
    _checkpoint(conn)
    files = remove_from_outbox(outbox, set(outbound.values())) if outbox else 0
    row = conn.execute("SELECT * FROM case_erasures WHERE case_ref = ?", (ref,)).fetchone()
    log.info("case.erased", case=ref, messages=len(messages), outbound=len(outbound), files=files)
    return Tombstone(
        case=ref,
        topic=row["topic"],
        opened=when(row["opened_at"]),
        answered=when(row["answered_at"]),
        closed=when(row["closed_at"]),
        requested_by=row["requested_by"],
        erased=when(row["erased_at"]),
        messages=len(messages),
        outbound=len(outbound),
        outbox_files=files,
    )


def _case_messages(conn: sqlite3.Connection, ref: str) -> list[int]:
    """The case's messages, and copies of them kept apart (duplicates share the Message-ID)."""
    rows = conn.execute(
        "SELECT id FROM messages WHERE case_ref = :ref UNION SELECT id FROM messages WHERE"
        " header_message_id IN (SELECT message_id FROM case_message_ids WHERE case_ref = :ref)",
        {"ref": ref},
    ).fetchall()
    return sorted(r["id"] for r in rows)


def _case_outbound(conn: sqlite3.Connection, ref: str, messages: list[int]) -> dict[int, str]:
    """Outbound mail about the case or its messages, and digests listing one: id → Message-ID."""
    found = {
        r["id"]: r["message_id"]
        for r in conn.execute(
            "SELECT id, message_id FROM outbound WHERE case_ref = ?", (ref,)
        ).fetchall()
    }
    wanted = set(messages)
    marks = ",".join("?" * len(messages))
    for row in conn.execute(
        "SELECT o.id, o.message_id, o.message_row, b.raw FROM outbound o"
        " LEFT JOIN outbound_bodies b ON b.outbound_id = o.id WHERE o.case_ref IS NULL"
        f" AND (o.kind = 'notice' OR o.message_row IN ({marks}))",
        messages,
    ).fetchall():
        listed = _listed_messages(bytes(row["raw"])) if row["raw"] else set()
        if row["message_row"] in wanted or wanted & listed:
            found[row["id"]] = row["message_id"]
    return found


def _listed_messages(raw: bytes) -> set[int]:
    message = message_from_bytes(raw, policy=default)
    body = message.get_body(("plain",)) if isinstance(message, EmailMessage) else None
    text = str(body.get_content()) if body is not None else ""
    return {int(n) for n in _LISTED.findall(text)}


def _erase_messages(conn: sqlite3.Connection, ids: list[int]) -> None:
    bodies.delete(conn, bodies.MESSAGES, ids)
    conn.executemany(
        "UPDATE messages SET subject = '', sender = NULL, mail_from = '', peer = '',"
        " helo = '', header_message_id = NULL, body_hash = '', explanation = NULL, reason = ?"
        " WHERE id = ?",
        [(ERASED, i) for i in ids],
    )


def _erase_outbound(conn: sqlite3.Connection, ids: list[int]) -> None:
    # Mail still queued is not sent after all: its text is gone, and so is the request for it.
    bodies.delete(conn, bodies.OUTBOUND, ids)
    conn.executemany(
        "UPDATE outbound SET rcpt_tos = '[]', delivered_to = '[]',"
        " last_error = CASE WHEN state = 'queued' THEN ? ELSE NULL END,"
        " state = CASE WHEN state = 'queued' THEN 'dead' ELSE state END WHERE id = ?",
        [(f"{ERASED} before delivery", i) for i in ids],
    )


def _erase_case_row(conn: sqlite3.Connection, ref: str, requested_by: str, now: float) -> None:
    conn.execute("UPDATE acks SET sender = '' WHERE case_ref = ?", (ref,))
    conn.execute("DELETE FROM case_participants WHERE case_ref = ?", (ref,))
    conn.execute("DELETE FROM case_message_ids WHERE case_ref = ?", (ref,))
    conn.execute(
        "UPDATE cases SET sender = NULL, subject = '', state = 'closed',"
        " closed_at = COALESCE(closed_at, ?), updated_at = ? WHERE ref = ?",
        (now, now, ref),
    )
    conn.execute(
        "INSERT OR IGNORE INTO case_erasures (case_ref, topic, opened_at, answered_at, closed_at,"
        " requested_by, erased_at) SELECT ref, topic, opened_at, answered_at, closed_at, ?, ?"
        " FROM cases WHERE ref = ?",
        (requested_by, now, ref),
    )


def _checkpoint(conn: sqlite3.Connection) -> None:
    """Empty the WAL into the file: its old page images must not keep the text.

    Every store connection zeroes what it frees (`secure_delete`), so no free page or cell
    of the main file holds an older copy of the rows erased here.
    """
    busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    if busy:
        log.warning("store.checkpoint_busy", why="a reader holds the WAL; run erase again later")


def remove_from_outbox(outbox: Path, message_ids: set[str]) -> int:
    """Delete the Maildir files of the given outbound Message-IDs; returns how many went."""
    removed = 0
    for sub in ("new", "cur", "tmp"):
        folder = outbox / sub
        for path in sorted(folder.iterdir()) if folder.is_dir() else []:
            with path.open("rb") as handle:
                head = handle.read(65_536).split(b"\r\n\r\n", 1)[0]
            found = _MESSAGE_ID.search(head)
            if found and found.group(1).decode("ascii", "replace") in message_ids:
                path.unlink(missing_ok=True)
                removed += 1
    return removed
