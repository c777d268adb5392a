"""Notices: mail from the intake to the ISU role (and a case's people) about the intake's own work.

Rendered from `templates/notice/` and queued as outbound rows of kind `notice` in the caller's
transaction; `first_time` remembers durably what was already told, so nothing is told twice.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import UTC, datetime
from typing import Any

from intake.logs import get_logger
from intake.mailout import MailOut
from intake.route import day_of, holders
from intake.store import transaction

log = get_logger("intake.notices")

ISU_ROLE = "isu"

# A sample context per notice template: `rules check` renders each with it, so an edit that
# would fail on a real notice is refused at save time (templates/README.md documents them).
SAMPLES: dict[str, dict[str, Any]] = {
    "reminder": {
        "case_ref": "CCM-2026-0001",
        "topic": "clearance",
        "topic_label": "Clearance and risk reduction",
        "sender": "focal.point@ministry.example",
        "subject": "Request for assistance",
        "days": 10,
        "opened": "2026-09-21",
        "reopened": None,  # or the day the enquirer wrote again after an answer or closure
        "recipients": ["coordinator@example.org", "isu@example.org"],
        "intake_address": "assistance@example.org",
    },
    "digest": {
        "count": 1,
        "since": "2026-09-20 08:00Z",
        "until": "2026-09-21 08:00Z",
        "messages": [
            {
                "id": "msg-7",
                "received": "2026-09-20 09:12:00Z",
                "sender": "someone@example.org",
                "subject": "Out of office",
                "kind": "auto_reply",
                "reason": "out-of-office text",
                "command": "intake queue reprocess msg-7",
            }
        ],
    },
    "rejected": {
        "lines": ["roster.toml: line 3: invalid TOML"],
        "rules_dir": "routing_rules",
        "templates_dir": "templates",
        "version": "0123abcd",
    },
    "bounce": {
        "case_ref": "CCM-2026-0001",
        "topic_label": "Clearance and risk reduction",
        "outbound": "out-3",
        "outbound_kind": "forward",
        "failed": [{"address": "coordinator@example.org", "status": "5.1.1", "diagnostic": ""}],
        "recipients": ["coordinator@example.org"],
        "report": "msg-9",
    },
    "dead_letter": {
        "case_ref": "CCM-2026-0001",
        "letters": [
            {
                "id": "out-3",
                "kind": "forward",
                "recipients": ["coordinator@example.org"],
                "attempts": 5,
                "error": "550 5.1.1 no such user",
                "command": "intake queue retry out-3",
            }
        ],
    },
}


def isu_addresses(out: MailOut) -> tuple[str, ...]:
    """Who holds the ISU role today (its fallback's holders when nobody does)."""
    rules = out.rules()
    day = day_of(datetime.fromtimestamp(out.clock(), UTC), rules)
    return tuple(dict.fromkeys(r.address.lower() for r in holders(rules, ISU_ROLE, day)))


def first_time(conn: sqlite3.Connection, key: str, now: float) -> bool:
    """Remember `key`; False when it was remembered before (that notice already went)."""
    cursor = conn.execute(
        "INSERT OR IGNORE INTO notices_sent (key, sent_at) VALUES (?, ?)", (key, now)
    )
    return cursor.rowcount == 1


def queue_notice(
    conn: sqlite3.Connection,
    out: MailOut,
    name: str,
    context: dict[str, Any],
    subject: str,
    rcpt_tos: tuple[str, ...],
    ref: str | None = None,
) -> bool:
    """Render and queue one notice; False (nothing queued) when there is nobody to tell."""
    if not rcpt_tos:
        log.warning("notice.unaddressed", notice=name, case=ref)
        return False
    out.queue(conn, None, ref, out.plan_notice(name, context, subject, rcpt_tos, ref))
    log.info("notice.queued", notice=name, case=ref, recipients=len(rcpt_tos))
    return True


def tell_rejected(conn: sqlite3.Connection, out: MailOut, problems: list[str], now: float) -> int:
    """A rules or template edit was refused: the ISU gets the `rules check` lines, once each."""
    if not problems:
        return 0
    digest = hashlib.sha256("\n".join(problems).encode()).hexdigest()
    settings = out.settings
    context = {
        "lines": problems,
        "rules_dir": str(settings.rules.dir),
        "templates_dir": str(settings.templates.dir),
        "version": out.rules().version,
    }
    with transaction(conn):
        if not first_time(conn, f"rejected:{digest}", now):
            return 0
        subject = "Rules or template edit rejected: the previous version stays in use"
        return int(queue_notice(conn, out, "rejected", context, subject, isu_addresses(out)))


_NEWLY_DEAD = """
SELECT id, kind, case_ref, rcpt_tos, attempts, last_error FROM outbound o
WHERE (state = 'dead' OR (state = 'sent' AND last_error IS NOT NULL))
  AND kind != 'notice' AND EXISTS (SELECT 1 FROM outbound_bodies b WHERE b.outbound_id = o.id)
  AND NOT EXISTS (SELECT 1 FROM notices_sent WHERE key = 'dead:' || o.id)
ORDER BY id LIMIT 200
"""


def tell_dead_letters(conn: sqlite3.Connection, out: MailOut, now: float) -> int:
    """Each new dead letter is told to the ISU once, one notice per case; so is mail that
    reached some recipients while others refused it for good (`last_error` of a sent row).

    Never for a notice (a notice to the ISU that cannot be delivered must not beget another).
    """
    with transaction(conn):
        rows = conn.execute(_NEWLY_DEAD).fetchall()
        by_case: dict[str | None, list[dict[str, Any]]] = {}
        for row in rows:
            first_time(conn, f"dead:{row['id']}", now)
            by_case.setdefault(row["case_ref"], []).append(_letter(row))
        told = 0
        for ref, letters in by_case.items():
            subject = (f"[{ref}] " if ref else "") + f"Undeliverable mail ({len(letters)})"
            context = {"case_ref": ref or "", "letters": letters}
            isu = isu_addresses(out)
            told += queue_notice(conn, out, "dead_letter", context, subject, isu, ref)
    return told


def _letter(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "id": f"out-{row['id']}",
        "kind": row["kind"],
        "recipients": json.loads(row["rcpt_tos"]),
        "attempts": row["attempts"],
        "error": row["last_error"] or "",
        "command": f"intake queue retry out-{row['id']}",
    }
