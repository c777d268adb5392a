"""Nothing screened unseen: the daily digest of screened mail to the ISU role, and its listing.

`intake cases screened` and the digest read the same list, so that a genuine enquiry taken for a
robot is seen by a person and can be reprocessed with the command each entry gives.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from intake.case_log import when
from intake.compose import clean_header
from intake.mailout import MailOut
from intake.notices import isu_addresses, queue_notice
from intake.store import transaction

DAY = 86_400
_MARK = "digest_at"  # meta key: when the last digest round ran (sent or empty)


def screened(
    conn: sqlite3.Connection, since: float, until: float | None = None
) -> list[dict[str, Any]]:
    """Messages screened (not forwarded) in [since, until), oldest first."""
    rows = conn.execute(
        "SELECT id, received_at, sender, mail_from, subject, kind, reason FROM messages"
        " WHERE state = 'screened' AND processed_at >= ? AND processed_at < ? ORDER BY id",
        (since, until if until is not None else 1e18),
    ).fetchall()
    return [
        {
            "id": f"msg-{r['id']}",
            "received": when(r["received_at"]),
            "sender": r["sender"] or r["mail_from"] or "<>",
            "subject": clean_header(r["subject"] or "", 120),
            "kind": r["kind"],
            "reason": r["reason"] or "",
            "command": f"intake queue reprocess msg-{r['id']}",
        }
        for r in rows
    ]


def render_screened(items: list[dict[str, Any]]) -> str:
    if not items:
        return "(nothing screened)"
    lines = []
    for m in items:
        lines.append(f"{m['id']:<9} {m['received']}  {m['kind']:<10} {m['sender']}")
        lines.append(f"          {m['subject']!r}: {m['reason']}")
        lines.append(f"          to forward it as an enquiry: {m['command']}")
    return "\n".join(lines)


def send_digest(conn: sqlite3.Connection, out: MailOut, now: float) -> int:
    """Once a day, the list of what was screened since the last digest; nothing when empty."""
    with transaction(conn):
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (_MARK,)).fetchone()
        last = float(row["value"]) if row else None
        if last is not None and now - last < DAY:
            return 0
        since = last if last is not None else now - DAY
        items = screened(conn, since, now)
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (_MARK, str(now)),
        )
        if not items:
            return 0
        context = {"count": len(items), "since": when(since), "until": when(now), "messages": items}
        subject = f"Screened mail digest: {len(items)} message(s) not forwarded"
        return int(queue_notice(conn, out, "digest", context, subject, isu_addresses(out)))
