"""The case lifecycle over real SMTP, with a clock the tests move: a coordinator's answer,
reminders for unanswered cases, and closing after a quiet period.

The digest and the notices about the intake itself are in `test_lifecycle_notices.py`;
closing by hand, rerouting, erasure and bounces of forwards in `test_lifecycle_cases.py`;
reopening by a follow-up, and reminders after a reopen or a reroute, in
`test_lifecycle_reopen.py`; the daily purge in `test_retention.py`.
"""

from __future__ import annotations

from pathlib import Path

from intake.app import App
from intake.rules import load_rules
from tests.conftest import INTAKE, ROOT, Clock, Received, RelaySink
from tests.helpers import enquiry
from tests.integration.test_cases_and_acks import (
    ANA,
    DAY,
    bare_id,
    first_case,
    rows,
    running,
    submit,
)
from tests.integration.test_core import drain

RULES = load_rules(ROOT / "routing_rules")
ISU = RULES.contacts["isu"].email
COORDINATOR = RULES.contacts["clearance-coordinator-1"].email


def notices(sink: RelaySink, kind: str) -> list[Received]:
    return [m for m in sink.messages if m.message["X-Intake-Notice"] == kind]


def text(received: Received) -> str:
    body = received.message.get_body(("plain",))
    assert body is not None
    return str(body.get_content())


def case_state(app: App, ref: str) -> str:
    return str(rows(app, "SELECT state FROM cases WHERE ref = ?", ref)[0]["state"])


async def lifecycle(app: App) -> int:
    """One round of the lifecycle worker, then deliver what it queued."""
    done = await app.lifecycle.run_once()
    await drain(app)
    return done


async def coordinator_answers(app: App, forward: Received, ref: str) -> None:
    """The coordinator presses "reply all" on the forward."""
    reply = enquiry(
        subject=f"RE: [{ref}] Request for assistance",
        sender=COORDINATOR,
        name="Coordinator",
        body="Dear Ana,\n\nWe can send a survey team in November.\n\nKind regards",
        In_Reply_To=f"<{bare_id(forward)}>",
        References=f"<{bare_id(forward)}>",
    )
    reply_all = [a.addr_spec for a in forward.message["Reply-To"].addresses]
    reply.replace_header("To", ", ".join(reply_all))
    await submit(app, reply, sender=COORDINATOR)


# --- answered -----------------------------------------------------------------------------


async def test_forward_reply_to_is_the_state_and_the_intake(intake: App, sink: RelaySink) -> None:
    _, forward, _ = await first_case(intake, sink)
    assert [a.addr_spec for a in forward.message["Reply-To"].addresses] == [ANA, INTAKE]


async def test_coordinator_reply_all_marks_the_case_answered_and_is_not_sent_again(
    intake: App, sink: RelaySink
) -> None:
    ref, forward, _ = await first_case(intake, sink)
    before = len(sink.messages)
    await coordinator_answers(intake, forward, ref)

    assert case_state(intake, ref) == "answered"
    [row] = rows(intake, "SELECT kind, state, case_ref FROM messages WHERE sender = ?", COORDINATOR)
    assert (row["kind"], row["state"], row["case_ref"]) == ("internal", "recorded", ref)
    assert len(sink.messages) == before  # neither forwarded again nor acknowledged


# --- reminders ----------------------------------------------------------------------------


async def test_reminder_fires_once_at_the_boundary(
    intake: App, sink: RelaySink, clock: Clock
) -> None:
    ref, _, _ = await first_case(intake, sink)
    clock.advance(9.9 * DAY)
    assert await lifecycle(intake) == 0
    assert notices(sink, "reminder") == []

    clock.advance(0.1 * DAY)
    await lifecycle(intake)
    [reminder] = notices(sink, "reminder")
    # 2026-10-01: a new term of the clearance coordinators began; they are reminded, with the ISU
    today = {
        RULES.contacts[c].email
        for c in ("clearance-coordinator-2", "clearance-coordinator-3", "isu")
    }
    assert set(reminder.rcpt_tos) == today
    assert reminder.message["X-Intake-Case"] == ref
    assert ref in str(reminder.message["Subject"])
    body = text(reminder)
    for fact in (ref, ANA, "Clearance", "10 days"):
        assert fact in body

    for _ in range(3):
        clock.advance(5 * DAY)
        assert await lifecycle(intake) == 0
    assert len(notices(sink, "reminder")) == 1


async def test_reminder_is_not_repeated_after_a_restart(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    async with running(tmp_path, sink, clock) as app:
        await first_case(app, sink)
        clock.advance(10 * DAY)
        await lifecycle(app)
    async with running(tmp_path, sink, clock) as app:
        clock.advance(DAY)
        assert await lifecycle(app) == 0
    assert len(notices(sink, "reminder")) == 1


async def test_answered_case_gets_no_reminder(intake: App, sink: RelaySink, clock: Clock) -> None:
    ref, forward, _ = await first_case(intake, sink)
    await coordinator_answers(intake, forward, ref)
    clock.advance(11 * DAY)
    await lifecycle(intake)
    assert notices(sink, "reminder") == []


# --- closing ------------------------------------------------------------------------------


async def test_answered_case_closes_after_the_quiet_period(
    intake: App, sink: RelaySink, clock: Clock
) -> None:
    ref, forward, _ = await first_case(intake, sink)
    await coordinator_answers(intake, forward, ref)
    clock.advance(29.9 * DAY)
    await lifecycle(intake)
    assert case_state(intake, ref) == "answered"
    clock.advance(0.1 * DAY)
    await lifecycle(intake)
    assert case_state(intake, ref) == "closed"


async def test_quiet_period_is_configurable(tmp_path: Path, sink: RelaySink, clock: Clock) -> None:
    async with running(tmp_path, sink, clock, cases={"close_after_days": 2}) as app:
        ref, forward, _ = await first_case(app, sink)
        await coordinator_answers(app, forward, ref)
        clock.advance(2 * DAY)
        await lifecycle(app)
        assert case_state(app, ref) == "closed"
