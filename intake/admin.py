"""Operator views over the store: outbound queue, dead letters, quarantine, cases, status.

Plain functions over a SQLite connection, used by the CLI (each command opens its own).
"""

from __future__ import annotations

import json
import sqlite3
import time
from typing import Any

from intake import bodies, case_log
from intake.bodies import MESSAGES, OUTBOUND
from intake.case_log import when
from intake.store import transaction


def queue_list(conn: sqlite3.Connection, everything: bool = False) -> list[dict[str, Any]]:
    """Outbound not yet sent (or all), dead letters, and quarantined inbound messages."""
    where = "" if everything else "WHERE state != 'sent'"
    out = [
        {
            "id": f"out-{r['id']}",
            "what": f"outbound {r['kind']}",
            "state": r["state"],
            "case": r["case_ref"],
            "to": json.loads(r["rcpt_tos"]),
            "attempts": r["attempts"],
            "next_attempt": when(r["next_attempt_at"]) if r["state"] == "queued" else "-",
            "last_error": r["last_error"],
        }
        for r in conn.execute(f"SELECT * FROM outbound {where} ORDER BY id").fetchall()
    ]
    held = [
        {
            "id": f"msg-{r['id']}",
            "what": "inbound message",
            "state": r["state"],
            "case": r["case_ref"],
            "to": [],
            "attempts": 0,
            "next_attempt": "-",
            "last_error": r["reason"],
        }
        for r in conn.execute(
            "SELECT id, state, case_ref, reason FROM messages"
            " WHERE state IN ('quarantined', 'received') ORDER BY id"
        ).fetchall()
    ]
    return out + held


def _split(item_id: str) -> tuple[str, int]:
    table, _, number = item_id.partition("-")
    if table not in ("out", "msg") or not number.isdigit():
        raise ValueError(f"{item_id}: not a queue id (out-N or msg-N, see `intake queue list`)")
    return table, int(number)


def queue_show(conn: sqlite3.Connection, item_id: str) -> dict[str, Any] | None:
    table, number = _split(item_id)
    owners, bodies = ("outbound", OUTBOUND) if table == "out" else ("messages", MESSAGES)
    row = conn.execute(f"SELECT * FROM {owners} WHERE id = ?", (number,)).fetchone()
    if row is None:
        return None
    size = conn.execute(
        f"SELECT length(raw) FROM {bodies.table} WHERE {bodies.key} = ?", (number,)
    ).fetchone()
    return dict(row) | {"bytes": size[0] if size else 0}  # 0: purged or erased


def queue_retry(conn: sqlite3.Connection, item_id: str, now: float | None = None) -> bool:
    """Make a deferred or dead outbound message due now."""
    table, number = _split(item_id)
    if table != "out":
        raise ValueError(f"{item_id}: retry is for outbound mail; use reprocess for messages")
    with transaction(conn):
        cur = conn.execute(
            "UPDATE outbound SET state = 'queued', next_attempt_at = ?, created_at = ?"
            " WHERE id = ? AND state IN ('queued', 'dead')"
            " AND EXISTS (SELECT 1 FROM outbound_bodies WHERE outbound_id = outbound.id)",
            (now or time.time(), now or time.time(), number),
        )
    return cur.rowcount == 1


def queue_reprocess(conn: sqlite3.Connection, item_id: str) -> bool:
    """Send a quarantined message through the pipeline again, and a screened one as an enquiry."""
    table, number = _split(item_id)
    if table != "msg":
        raise ValueError(f"{item_id}: reprocess is for inbound messages (msg-N)")
    with transaction(conn):
        # A screened message comes back as an enquiry: screening it again would change nothing.
        conn.execute(
            "INSERT OR IGNORE INTO enquiry_overrides (message_row, requested_at)"
            " SELECT id, ? FROM messages WHERE id = ? AND state = 'screened'"
            " AND EXISTS (SELECT 1 FROM message_bodies WHERE message_row = messages.id)",
            (time.time(), number),
        )
        cur = conn.execute(
            "UPDATE messages SET state = 'received', kind = NULL, reason = NULL"
            " WHERE id = ? AND state IN ('quarantined', 'screened')"
            " AND EXISTS (SELECT 1 FROM message_bodies WHERE message_row = messages.id)",
            (number,),
        )
    return cur.rowcount == 1


def queue_purge(conn: sqlite3.Connection, item_id: str) -> bool:
    """Drop a dead outbound message (the case record keeps what happened)."""
    table, number = _split(item_id)
    if table != "out":
        raise ValueError(f"{item_id}: only dead outbound mail can be purged")
    with transaction(conn):
        cur = conn.execute("DELETE FROM outbound WHERE id = ? AND state = 'dead'", (number,))
        if cur.rowcount == 1:  # the schema cascades too, but only where foreign_keys is on
            bodies.delete(conn, OUTBOUND, [number])
    return cur.rowcount == 1


def cases_list(conn: sqlite3.Connection, limit: int = 100) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT ref, topic, state, sender, subject, opened_at, updated_at FROM cases"
        " ORDER BY opened_at DESC LIMIT ?",
        (limit,),
    ).fetchall()
    return [
        dict(r) | {"opened": when(r["opened_at"]), "updated": when(r["updated_at"])} for r in rows
    ]


def case_show(conn: sqlite3.Connection, ref: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT * FROM cases WHERE ref = ?", (ref.upper(),)).fetchone()
    if row is None:
        return None
    data = dict(row) | {"route": json.loads(row["route"]), "opened": when(row["opened_at"])}
    if row["reopened_at"]:
        data["reopened"] = when(row["reopened_at"])
    data["messages"] = [
        dict(r) | {"received": when(r["received_at"])}
        for r in conn.execute(
            "SELECT id, received_at, sender, subject, kind, state, reason FROM messages"
            " WHERE case_ref = ? ORDER BY id",
            (row["ref"],),
        ).fetchall()
    ]
    data["outbound"] = [
        dict(r) | {"rcpt_tos": json.loads(r["rcpt_tos"])}
        for r in conn.execute(
            "SELECT id, kind, rcpt_tos, state, attempts, last_error FROM outbound"
            " WHERE case_ref = ? ORDER BY id",
            (row["ref"],),
        ).fetchall()
    ]
    data["acknowledged"] = any(o["kind"] == "ack" for o in data["outbound"])
    return data | case_log.history(conn, row["ref"])


def status(conn: sqlite3.Connection, now: float | None = None) -> dict[str, Any]:
    now = now or time.time()

    def count(sql: str, *args: Any) -> Any:
        return conn.execute(sql, args).fetchone()[0]

    oldest = count("SELECT MIN(created_at) FROM outbound WHERE state = 'queued'")
    return {
        "messages": count("SELECT COUNT(*) FROM messages"),
        "waiting": count("SELECT COUNT(*) FROM messages WHERE state = 'received'"),
        "quarantined": count("SELECT COUNT(*) FROM messages WHERE state = 'quarantined'"),
        "queue_depth": count("SELECT COUNT(*) FROM outbound WHERE state = 'queued'"),
        "oldest_queued_seconds": round(now - oldest) if oldest else 0,
        "dead_letters": count("SELECT COUNT(*) FROM outbound WHERE state = 'dead'"),
        "open_cases": count("SELECT COUNT(*) FROM cases WHERE state = 'open'"),
        "acks_last_10min": count("SELECT COUNT(*) FROM acks WHERE sent_at > ?", now - 600),
    }
