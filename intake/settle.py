"""The store half of the pipeline: duplicates, threading, acknowledgement limits, and the commit.

Runs on the store thread, a batch of messages per transaction: each message's end state, its
case and every outbound mail it causes become durable together, so a crash never leaves
"routed, nothing sent".
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from intake import bounces, cases
from intake.analyse import Analysis
from intake.mailout import MailOut, Planned
from intake.models import Kind, MessageState, Route
from intake.route import day_of, holders
from intake.store import transaction


@dataclass(frozen=True)
class Inbound:
    id: int
    queue_id: str
    raw: bytes
    body_hash: str
    mail_from: str
    rcpt_tos: tuple[str, ...]
    received_at: float
    as_enquiry: bool = False  # an admin reprocesses a screened message as an enquiry


@dataclass(frozen=True)
class Outcome:
    state: MessageState
    kind: Kind
    case_ref: str | None
    reason: str
    outbound: tuple[str, ...] = ()  # kinds of mail queued
    ack_refusal: cases.Refusal | None = None  # why an enquiry was not acknowledged
    reopened_from: str | None = None  # the state of the case this follow-up reopened


@dataclass(frozen=True)
class Failed:
    """A message this batch quarantined: its analysis failed, or settling it raised."""

    reason: str
    error: Exception | None = None  # what settling raised, for the log


def settle_batch(
    conn: sqlite3.Connection, items: list[tuple[Inbound, Analysis | str]], out: MailOut
) -> list[Outcome | Failed]:
    """Settle analysed messages in order, in one transaction (one fsync for the batch).

    An analysis given as a string is the reason to quarantine that message. A message whose
    settling raises is rolled back alone (its savepoint) and quarantined; only a fault of the
    store itself (disk, lock) rolls back the batch, which then stays `received` for a retry.
    """
    results: list[Outcome | Failed] = []
    with transaction(conn):
        for msg, analysis in items:
            if isinstance(analysis, str):
                results.append(_quarantine(conn, msg, analysis, out.clock()))
            else:
                results.append(_settle_alone(conn, msg, analysis, out))
    return results


def _settle_alone(
    conn: sqlite3.Connection, msg: Inbound, analysis: Analysis, out: MailOut
) -> Outcome | Failed:
    conn.execute("SAVEPOINT settle_one")
    try:
        outcome = settle(conn, msg, analysis, out)
    except sqlite3.OperationalError:
        raise  # the store's fault, not the message's
    except Exception as error:
        conn.execute("ROLLBACK TO settle_one")
        conn.execute("RELEASE settle_one")
        reason = f"processing failed ({type(error).__name__})"
        return _quarantine(conn, msg, reason, out.clock(), error)
    conn.execute("RELEASE settle_one")
    return outcome


def _quarantine(
    conn: sqlite3.Connection, msg: Inbound, reason: str, now: float, error: Exception | None = None
) -> Failed:
    conn.execute(
        "UPDATE messages SET state = ?, reason = ?, processed_at = ? WHERE id = ?",
        (MessageState.QUARANTINED.value, reason, now, msg.id),
    )
    return Failed(reason, error)


def settle(conn: sqlite3.Connection, msg: Inbound, analysis: Analysis, out: MailOut) -> Outcome:
    """One message's end state, case and outbound mail, in the caller's transaction."""
    outcome, planned = _decide(conn, msg, analysis, out)
    for item in planned:
        out.queue(conn, msg.id, outcome.case_ref, item)
    _finish(conn, msg, analysis, outcome, out.clock())
    return outcome


def _decide(
    conn: sqlite3.Connection, msg: Inbound, analysis: Analysis, out: MailOut
) -> tuple[Outcome, list[Planned]]:
    parsed = analysis.parsed
    if analysis.kind is Kind.BOUNCE:
        link = bounces.link_bounce(conn, msg.id, msg.raw, out)
        if link is not None:  # a report on mail of ours: linked to its case, the ISU told
            reason = f"{analysis.reason}; {link.note}"
            kinds = tuple(p.kind for p in link.notices)
            return Outcome(MessageState.SCREENED, Kind.BOUNCE, link.case_ref, reason, kinds), [
                *link.notices
            ]
    if analysis.kind.is_noise:
        return Outcome(MessageState.SCREENED, analysis.kind, None, analysis.reason), []
    if _is_duplicate(conn, msg, parsed.message_id):
        reason = "same Message-ID and body as a message already received"
        return Outcome(MessageState.SCREENED, Kind.DUPLICATE, None, reason), []
    case = _existing_case(conn, analysis, out)
    if case is not None:
        return _on_case(conn, msg, analysis, case, out)
    return _new_case(conn, msg, analysis, out)


def _is_duplicate(conn: sqlite3.Connection, msg: Inbound, message_id: str | None) -> bool:
    if not message_id:
        return False
    row = conn.execute(
        "SELECT 1 FROM messages WHERE header_message_id = ? AND body_hash = ? AND id < ?"
        " AND state != 'received' LIMIT 1",
        (message_id, msg.body_hash, msg.id),
    ).fetchone()
    return row is not None


def _existing_case(conn: sqlite3.Connection, analysis: Analysis, out: MailOut) -> cases.Case | None:
    parsed = analysis.parsed
    case = cases.case_by_message_ids(conn, (*parsed.references, *parsed.in_reply_to))
    if case is not None:
        return case
    ref = cases.quoted_reference(parsed.subject, out.settings.cases.prefix)
    sender = parsed.from_address
    if ref is None or sender is None:
        return None
    case = cases.get_case(conn, ref)
    if case is None:
        return None
    if analysis.kind is Kind.INTERNAL or cases.is_participant(conn, ref, sender):
        return case
    return None  # a stranger quoting a reference opens a new case: no hijacking by guessing


def _on_case(
    conn: sqlite3.Connection, msg: Inbound, analysis: Analysis, case: cases.Case, out: MailOut
) -> tuple[Outcome, list[Planned]]:
    parsed = analysis.parsed
    now = out.clock()
    cases.add_message_id(conn, case.ref, parsed.message_id)
    if analysis.kind is Kind.INTERNAL:
        cases.touch(conn, case.ref, now, answered=True)
        reason = f"{analysis.reason}; recorded on {case.ref}, case marked answered"
        return Outcome(MessageState.RECORDED, Kind.INTERNAL, case.ref, reason), []
    _add_people(conn, case.ref, analysis)
    # The enquirer writing again means the matter is not settled, whatever the case's state.
    reopened = cases.reopen(conn, case.ref, now)
    if not reopened:
        cases.touch(conn, case.ref, now)
    route = _route_today(case.route, out, msg)
    forward = out.plan_forward(msg.raw, analysis, case.ref, case.topic, route, follow_up=True)
    was = case.state if reopened else None
    how = f" (reopened: was {was})" if was else ""
    reason = f"follow-up on {case.ref}{how}: forwarded to the case's recipients, not acknowledged"
    outcome = Outcome(
        MessageState.ROUTED, Kind.FOLLOW_UP, case.ref, reason, ("forward",), reopened_from=was
    )
    return outcome, [forward]


def _add_people(conn: sqlite3.Connection, ref: str, analysis: Analysis) -> None:
    """The sender and its Reply-To: the acknowledgement went there, so may its follow-ups."""
    for address in (analysis.parsed.from_address, *analysis.parsed.reply_to):
        cases.add_participant(conn, ref, address)


def _route_today(route: Route, out: MailOut, msg: Inbound) -> Route:
    rules = out.rules()
    day = day_of(datetime.fromtimestamp(msg.received_at, UTC), rules)
    roles = {r.role for r in (*route.to, *route.cc) if r.role}
    return cases.route_now(route, {role: holders(rules, role, day) for role in roles})


def _new_case(
    conn: sqlite3.Connection, msg: Inbound, analysis: Analysis, out: MailOut
) -> tuple[Outcome, list[Planned]]:
    parsed = analysis.parsed
    assert analysis.route is not None
    topic = analysis.classification.topic if analysis.classification else "general"
    language = analysis.classification.language if analysis.classification else "en"
    now = out.clock()
    quoted = cases.quoted_reference(parsed.subject, out.settings.cases.prefix)
    ref = cases.open_case(
        conn,
        prefix=out.settings.cases.prefix,
        topic=topic,
        route=analysis.route,
        sender=parsed.from_address,
        subject=parsed.subject,
        language=language,
        quoted_ref=quoted,
        now=now,
    )
    _add_people(conn, ref, analysis)
    cases.add_message_id(conn, ref, parsed.message_id)
    planned = [out.plan_forward(msg.raw, analysis, ref, topic, analysis.route, follow_up=False)]
    reason = f"{analysis.reason}; opened {ref}"
    refusal = None
    if analysis.kind is Kind.ENQUIRY:
        ack = out.plan_ack(conn, analysis, ref, topic, language)
        if isinstance(ack, cases.Refusal):
            refusal = ack
            reason += f"; not acknowledged: {ack.text}"
        else:
            planned.append(ack)
            reason += "; acknowledged"
    kinds = tuple(p.kind for p in planned)
    outcome = Outcome(MessageState.ROUTED, analysis.kind, ref, reason, kinds, refusal)
    return outcome, planned


def _finish(
    conn: sqlite3.Connection, msg: Inbound, analysis: Analysis, outcome: Outcome, now: float
) -> None:
    parsed = analysis.parsed
    explanation = analysis.classification.model_dump() if analysis.classification else None
    conn.execute(
        "UPDATE messages SET state = ?, kind = ?, topic = ?, language = ?, case_ref = ?,"
        " sender = ?, subject = ?, reason = ?, explanation = ?, header_message_id = ?,"
        " processed_at = ? WHERE id = ?",
        (
            outcome.state.value,
            outcome.kind.value,
            analysis.classification.topic if analysis.classification else None,
            analysis.classification.language if analysis.classification else None,
            outcome.case_ref,
            parsed.from_address or msg.mail_from,
            parsed.subject,
            outcome.reason,
            json.dumps(explanation) if explanation else None,
            parsed.message_id,
            now,
            msg.id,
        ),
    )
