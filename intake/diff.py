"""`intake rules diff`: replay stored enquiries against candidate rules before saving an edit.

Each message is analysed twice, with the rules in force and with the candidate folder, at the
time it was received; every message whose topic or recipients would change is listed.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from intake.analyse import Analysis, analyse
from intake.models import Envelope
from intake.parse import MessageTooComplex
from intake.rules import Rules
from intake.screen import ScreenPolicy


def _stored(conn: sqlite3.Connection, since: float) -> Iterator[sqlite3.Row]:
    yield from conn.execute(
        "SELECT id, queue_id, received_at, mail_from, rcpt_tos, raw, subject, case_ref"
        " FROM messages WHERE received_at >= ? AND raw IS NOT NULL"
        " AND kind IN ('enquiry', 'internal') ORDER BY id",
        (since,),
    )


def _outcome(analysis: Analysis) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    topic = analysis.classification.topic if analysis.classification else analysis.kind.value
    route = analysis.route
    to = tuple(sorted(r.address for r in route.to)) if route else ()
    cc = tuple(sorted(r.address for r in route.cc)) if route else ()
    return topic, to, cc


def rules_diff(
    conn: sqlite3.Connection,
    current: Rules,
    candidate: Rules,
    policy: ScreenPolicy,
    days: int,
    now: float,
) -> list[dict[str, Any]]:
    """Messages of the last `days` days whose topic or route would change."""
    changes = []
    for row in _stored(conn, now - days * 86_400):
        received = datetime.fromtimestamp(row["received_at"], UTC)
        envelope = Envelope(
            mail_from=row["mail_from"],
            rcpt_tos=tuple(json.loads(row["rcpt_tos"])),
            received_at=received,
        )
        try:
            before = _outcome(analyse(bytes(row["raw"]), envelope, current, policy))
            after = _outcome(analyse(bytes(row["raw"]), envelope, candidate, policy))
        except MessageTooComplex:
            continue
        if before != after:
            changes.append(
                {
                    "message": f"msg-{row['id']}",
                    "case": row["case_ref"],
                    "received": received.strftime("%Y-%m-%d"),
                    "subject": row["subject"] or "",
                    "topic": {"now": before[0], "candidate": after[0]},
                    "to": {"now": list(before[1]), "candidate": list(after[1])},
                    "cc": {"now": list(before[2]), "candidate": list(after[2])},
                }
            )
    return changes


def render_diff(changes: list[dict[str, Any]]) -> str:
    if not changes:
        return "no stored message would be routed differently"
    lines = [f"{len(changes)} message(s) would be routed differently:"]
    for c in changes:
        lines.append(f"{c['message']} {c['case'] or ''} {c['received']} {c['subject'][:60]!r}")
        if c["topic"]["now"] != c["topic"]["candidate"]:
            lines.append(f"    topic: {c['topic']['now']} -> {c['topic']['candidate']}")
        for key in ("to", "cc"):
            if c[key]["now"] != c[key]["candidate"]:
                lines.append(
                    f"    {key}: {', '.join(c[key]['now']) or '-'}"
                    f" -> {', '.join(c[key]['candidate']) or '-'}"
                )
    return "\n".join(lines)
