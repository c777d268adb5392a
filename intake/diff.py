"""`intake rules diff`: replay stored enquiries against candidate rules before saving an edit.

Each message is analysed twice, with the rules in force and with the candidate folder, at the
time it was received; every message whose topic or recipients would change is listed, and so is
every message of a case an admin rerouted (a labelled example: does the candidate agree?).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from intake import case_log
from intake.analyse import Analysis, analyse
from intake.models import Envelope
from intake.parse import MessageTooComplex
from intake.rules import Rules
from intake.screen import ScreenPolicy


def _stored(conn: sqlite3.Connection, since: float) -> Iterator[sqlite3.Row]:
    yield from conn.execute(
        "SELECT m.id, m.queue_id, m.received_at, m.mail_from, m.rcpt_tos, b.raw, m.subject,"
        " m.case_ref FROM messages m JOIN message_bodies b ON b.message_row = m.id"
        " WHERE m.received_at >= ? AND m.kind IN ('enquiry', 'internal') ORDER BY m.id",
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
    labels = {c["case"]: c for c in case_log.corrections(conn)}  # the latest per case wins
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
        label = _label(labels.get(row["case_ref"]), after[0])
        if before != after or label is not None:
            changes.append(
                {
                    "message": f"msg-{row['id']}",
                    "changed": before != after,
                    "label": label,
                    "case": row["case_ref"],
                    "received": received.strftime("%Y-%m-%d"),
                    "subject": row["subject"] or "",
                    "topic": {"now": before[0], "candidate": after[0]},
                    "to": {"now": list(before[1]), "candidate": list(after[1])},
                    "cc": {"now": list(before[2]), "candidate": list(after[2])},
                }
            )
    return changes


def _label(correction: dict[str, Any] | None, candidate_topic: str) -> dict[str, Any] | None:
    if correction is None:
        return None
    return {
        "topic": correction["to"],
        "was": correction["from"],
        "by": correction["by"],
        "at": correction["at"],
        "candidate_agrees": candidate_topic == correction["to"],
    }


def render_diff(changes: list[dict[str, Any]]) -> str:
    changed = [c for c in changes if c["changed"]]
    lines = [
        f"{len(changed)} message(s) would be routed differently:"
        if changed
        else "no stored message would be routed differently"
    ]
    lines += _render_changes(changed)
    labelled = [c for c in changes if c["label"]]
    if labelled:
        lines.append("labelled examples (cases an admin rerouted):")
    for c in labelled:
        label = c["label"]
        verdict = "agrees" if label["candidate_agrees"] else "DISAGREES"
        lines.append(
            f"{c['message']} {c['case']} {c['subject'][:60]!r}: {label['was']} ->"
            f" {label['topic']} by {label['by']} on {label['at'][:10]};"
            f" now {c['topic']['now']}, candidate {c['topic']['candidate']} ({verdict})"
        )
    return "\n".join(lines)


def _render_changes(changes: list[dict[str, Any]]) -> list[str]:
    lines: list[str] = []
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
    return lines
