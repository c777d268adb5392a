"""What happened to a case besides its mail: corrections, reminders, bounces, erasure.

Read by `intake cases show` (and the corrections by `intake rules diff`, as labelled examples).
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from typing import Any


def when(ts: float | None) -> str:
    """A store timestamp as the admin commands show it (UTC); "-" for none."""
    if ts is None:
        return "-"
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M:%SZ")


def corrections(conn: sqlite3.Connection, ref: str | None = None) -> list[dict[str, Any]]:
    """Admins' corrections of a case's topic (all cases when `ref` is None), oldest first."""
    where, args = ("WHERE case_ref = ?", (ref,)) if ref else ("", ())
    rows = conn.execute(
        "SELECT case_ref, from_topic, to_topic, corrected_by, corrected_at"
        f" FROM case_corrections {where} ORDER BY id",
        args,
    ).fetchall()
    return [
        {
            "case": r["case_ref"],
            "from": r["from_topic"],
            "to": r["to_topic"],
            "by": r["corrected_by"],
            "at": when(r["corrected_at"]),
        }
        for r in rows
    ]


def history(conn: sqlite3.Connection, ref: str) -> dict[str, Any]:
    """The extra sections of `cases show`."""
    reminders = conn.execute(
        "SELECT address, sent_at FROM case_reminders WHERE case_ref = ? AND address != ''"
        " ORDER BY sent_at, address",
        (ref,),
    ).fetchall()
    bounces = conn.execute(
        "SELECT message_row, outbound_id, failed_address, status FROM case_bounces"
        " WHERE case_ref = ? ORDER BY message_row",
        (ref,),
    ).fetchall()
    erasure = conn.execute("SELECT * FROM case_erasures WHERE case_ref = ?", (ref,)).fetchone()
    return {
        "corrections": corrections(conn, ref),
        "reminded": [{"address": r["address"], "at": when(r["sent_at"])} for r in reminders],
        "bounces": [
            {
                "report": f"msg-{b['message_row']}",
                "outbound": f"out-{b['outbound_id']}",
                "failed": b["failed_address"] or None,
                "status": b["status"] or None,
            }
            for b in bounces
        ],
        "erased": None
        if erasure is None
        else {"by": erasure["requested_by"], "at": when(erasure["erased_at"])},
    }
