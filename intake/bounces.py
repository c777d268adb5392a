"""Bounces of our own mail: which outbound message a delivery report is about, and who failed.

`settle` calls `link_bounce` for messages screened as `bounce`: the report is linked to the case
and the outbound row, and the ISU role is told which coordinator address failed (once each).
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from email.message import Message
from email.parser import BytesParser
from email.policy import compat32

from intake.compose import clean_header
from intake.mailout import MailOut, Planned
from intake.notices import first_time, isu_addresses

MAX_SCAN = 1 << 20  # the report and the returned headers come first; a returned body is not read
DSN_TYPES = ("message/delivery-status", "message/global-delivery-status")
UNNAMED = "(not named in the report)"


@dataclass(frozen=True)
class Failure:
    address: str
    status: str
    diagnostic: str


@dataclass(frozen=True)
class Report:
    message_ids: tuple[str, ...]  # Message-IDs of ours found anywhere in the report
    failures: tuple[Failure, ...]  # Final-Recipient of each `Action: failed`
    structured: bool  # a message/delivery-status part was there (else: a text-only bounce)


@dataclass(frozen=True)
class BounceLink:
    case_ref: str | None
    note: str  # appended to the message's reason
    notices: tuple[Planned, ...]


def read_report(raw: bytes, id_domain: str) -> Report:
    """The delivery report in `raw`: our Message-IDs it names and the recipients that failed."""
    head = raw[:MAX_SCAN]
    message = BytesParser(policy=compat32).parsebytes(head)
    texts = [head.decode("latin-1")]
    failures: list[Failure] = []
    structured = False
    for part in message.walk():
        if part.get_content_type() in DSN_TYPES:
            structured = True
            failures.extend(_failures(part))
        elif not part.is_multipart():
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):  # base64 or quoted-printable returned headers
                texts.append(payload.decode("utf-8", "replace"))
    pattern = re.compile(rf"[0-9a-f]{{24}}\.[a-z]{{2,5}}@{re.escape(id_domain)}", re.IGNORECASE)
    found = dict.fromkeys(m.lower() for text in texts for m in pattern.findall(text))
    return Report(tuple(found), tuple(failures), structured)


def _failures(part: Message) -> list[Failure]:
    blocks = part.get_payload()
    found = []
    for block in blocks if isinstance(blocks, list) else []:
        if not isinstance(block, Message):
            continue
        recipient = str(block.get("Final-Recipient") or block.get("Original-Recipient") or "")
        action = str(block.get("Action") or "").strip().lower()
        status = str(block.get("Status") or "").strip()
        if not recipient or not (action == "failed" or (not action and status.startswith("5"))):
            continue
        address = recipient.partition(";")[2] if ";" in recipient else recipient
        found.append(
            Failure(
                address=clean_header(address.strip().strip("<>"), 254).lower(),
                status=clean_header(status, 20),
                diagnostic=clean_header(str(block.get("Diagnostic-Code") or ""), 200),
            )
        )
    return found


def link_bounce(
    conn: sqlite3.Connection, message_row: int, raw: bytes, out: MailOut
) -> BounceLink | None:
    """Link a bounce to the outbound mail it reports; None when it names none of ours."""
    report = read_report(raw, out.id_domain)
    if not report.message_ids:
        return None
    marks = ",".join("?" * len(report.message_ids))
    rows = conn.execute(
        "SELECT o.id, o.case_ref, o.kind, o.rcpt_tos, c.topic FROM outbound o"
        f" LEFT JOIN cases c ON c.ref = o.case_ref WHERE o.message_id IN ({marks}) ORDER BY o.id",
        report.message_ids,
    ).fetchall()
    if not rows:
        return None
    notices: list[Planned] = []
    for row in rows:
        failures = _record(conn, message_row, row, report, out.clock())
        # only a failed forward is worth telling; a notice's bounce must not beget a notice
        if row["kind"] == "forward" and failures:
            notices.append(_notice(out, message_row, row, failures))
    first = rows[0]
    on_case = f" on {first['case_ref']}" if first["case_ref"] else ""
    failed = ", ".join(f.address for f in report.failures) or "no failed recipient named"
    note = f"reports on out-{first['id']} ({first['kind']}{on_case}): {failed}"
    return BounceLink(first["case_ref"], note, tuple(notices))


def _record(
    conn: sqlite3.Connection, message_row: int, row: sqlite3.Row, report: Report, now: float
) -> list[Failure]:
    """Store the link; return the failures not told before (a text-only bounce counts as one)."""
    failures = list(report.failures)
    if not report.structured and not failures:
        failures = [Failure(UNNAMED, "", "")]
    if not failures:  # a delay or success report: linked, nothing failed
        conn.execute(
            "INSERT OR IGNORE INTO case_bounces (message_row, outbound_id, case_ref)"
            " VALUES (?, ?, ?)",
            (message_row, row["id"], row["case_ref"]),
        )
        return []
    new = []
    for failure in failures:
        conn.execute(
            "INSERT OR IGNORE INTO case_bounces"
            " (message_row, outbound_id, case_ref, failed_address, status) VALUES (?, ?, ?, ?, ?)",
            (message_row, row["id"], row["case_ref"], failure.address, failure.status),
        )
        if first_time(conn, f"bounce:{row['id']}:{failure.address}", now):
            new.append(failure)
    return new


def _notice(out: MailOut, message_row: int, row: sqlite3.Row, failures: list[Failure]) -> Planned:
    ref = row["case_ref"]
    topic = out.rules().topics.get(row["topic"] or "")
    context = {
        "case_ref": ref or "",
        "topic_label": topic.label.get("en", topic.id) if topic else "",
        "outbound": f"out-{row['id']}",
        "outbound_kind": row["kind"],
        "failed": [vars(f) for f in failures],
        "recipients": json.loads(row["rcpt_tos"]),
        "report": f"msg-{message_row}",
    }
    addresses = ", ".join(f.address for f in failures)
    subject = f"[{ref}] " if ref else ""
    subject += f"Forward could not be delivered to {addresses}"
    return out.plan_notice("bounce", context, subject, isu_addresses(out), ref)
