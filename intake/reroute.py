"""`intake cases reroute`: an admin corrects a misclassified case.

The case's first message is forwarded again, to the new topic's route of today, with a note
saying who moved it and from where; the correction is kept as a labelled example for
`intake rules diff` and shown by `intake cases show`.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

from intake import bodies, cases
from intake.analyse import analyse
from intake.mailout import MailOut
from intake.models import Envelope
from intake.route import day_of, resolve_route
from intake.screen import ScreenPolicy
from intake.store import transaction


class CaseError(Exception):
    """The case cannot be changed that way; the message says why, in words for the admin."""


def reroute(
    conn: sqlite3.Connection,
    out: MailOut,
    policy: ScreenPolicy,
    ref: str,
    topic: str,
    by: str,
    now: float,
) -> str:
    """Move case `ref` to `topic` and queue the forward; returns the note it carries."""
    case = cases.get_case(conn, ref)
    if case is None:
        raise CaseError(f"{ref}: no such case")
    if case.topic == topic:
        raise CaseError(f"{ref}: already on topic {topic}")
    rules = out.rules()
    route = resolve_route(rules, topic, day_of(datetime.fromtimestamp(now, UTC), rules))
    first = conn.execute(
        "SELECT m.id, length(b.raw) AS size, m.mail_from, m.rcpt_tos, m.received_at"
        " FROM messages m JOIN message_bodies b ON b.message_row = m.id WHERE m.case_ref = ?"
        " AND m.state IN ('routed', 'recorded') ORDER BY m.id LIMIT 1",
        (ref,),
    ).fetchone()
    if first is None:
        raise CaseError(f"{ref}: its messages were erased or purged; nothing to forward")
    raw = bodies.read(conn, bodies.MESSAGES, first["id"], first["size"])
    received = datetime.fromtimestamp(first["received_at"], UTC)
    envelope = Envelope(
        mail_from=first["mail_from"],
        rcpt_tos=tuple(json.loads(first["rcpt_tos"])),
        received_at=received,
    )
    analysis = analyse(raw, envelope, rules, policy)

    def label(name: str) -> str:
        spec = rules.topics.get(name)
        return spec.label.get("en", name) if spec else name

    day = datetime.fromtimestamp(now, UTC).strftime("%Y-%m-%d")
    note = (
        f"Rerouted by {by} on {day}: the intake had sent this case to {label(case.topic)};"
        f" it belongs to {label(topic)}, so it comes to you now."
    )
    planned = out.plan_forward(raw, analysis, ref, topic, route, follow_up=False, note=note)
    with transaction(conn):
        _record(conn, ref, case.topic, topic, route.model_dump_json(), by, now)
        out.queue(conn, first["id"], ref, planned)
    return note


def _record(
    conn: sqlite3.Connection,
    ref: str,
    from_topic: str,
    to_topic: str,
    route: str,
    by: str,
    now: float,
) -> None:
    conn.execute(
        "UPDATE cases SET topic = ?, route = ?, updated_at = ?, closed_at = NULL,"
        " state = CASE WHEN state = 'closed' THEN 'open' ELSE state END WHERE ref = ?",
        (to_topic, route, now, ref),
    )
    conn.execute(
        "INSERT INTO case_corrections (case_ref, from_topic, to_topic, corrected_by,"
        " corrected_at) VALUES (?, ?, ?, ?, ?)",
        (ref, from_topic, to_topic, by, now),
    )
