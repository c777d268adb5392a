"""A follow-up from the enquirer reopens an answered or closed case (as RT and Zendesk do), over
real SMTP and SQLite: the case is open again, retention no longer sees it closed, and its
reminder counts from the reopen. Reminders after a correction are not repeated.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from email.message import EmailMessage
from typing import Any

import pytest
from structlog.testing import capture_logs

from intake import retention
from intake.app import App
from intake.mailout import MailOut
from intake.reroute import reroute
from tests.conftest import Clock, Received, RelaySink
from tests.helpers import enquiry, send
from tests.integration.test_cases_and_acks import (
    ANA,
    DAY,
    FOLLOW_UP_BODY,
    bare_id,
    first_case,
    rows,
    submit,
)
from tests.integration.test_lifecycle import (
    ISU,
    case_state,
    coordinator_answers,
    lifecycle,
    notices,
    text,
)

HOUR = 3600


def case_row(app: App, ref: str) -> sqlite3.Row:
    return rows(app, "SELECT * FROM cases WHERE ref = ?", ref)[0]


def last_reason(app: App) -> str:
    return str(rows(app, "SELECT reason FROM messages ORDER BY id DESC LIMIT 1")[0]["reason"])


def reply_to(ack: Received) -> EmailMessage:
    """The enquirer's answer to our acknowledgement."""
    return enquiry(
        subject="Re: districts concerned",
        body=FOLLOW_UP_BODY,
        In_Reply_To=f"<{bare_id(ack)}>",
        References=f"<{bare_id(ack)}>",
    )


async def enquirer_writes_again(app: App, ack: Received) -> None:
    await submit(app, reply_to(ack))


async def answered_case(app: App, sink: RelaySink, clock: Clock) -> tuple[str, Received]:
    """A case the coordinator answered an hour after it opened; returns it and its ack."""
    ref, forward, ack = await first_case(app, sink)
    clock.advance(HOUR)
    await coordinator_answers(app, forward, ref)
    assert case_state(app, ref) == "answered"
    return ref, ack


# --- reopening ----------------------------------------------------------------------------


async def test_follow_up_on_a_closed_case_reopens_it(
    intake: App, sink: RelaySink, clock: Clock
) -> None:
    ref, ack = await answered_case(intake, sink, clock)
    clock.advance(30 * DAY)
    await lifecycle(intake)  # answered and quiet: closed
    assert case_state(intake, ref) == "closed"
    clock.advance(DAY)
    with capture_logs() as logs:
        await enquirer_writes_again(intake, ack)

    case = case_row(intake, ref)
    assert (case["state"], case["closed_at"], case["reopened_at"]) == ("open", None, clock.now)
    assert last_reason(intake) == (
        f"follow-up on {ref} (reopened: was closed): forwarded to the case's recipients,"
        " not acknowledged"
    )
    forwards = sink.of_kind("forward")
    assert len(forwards) == 2 and forwards[1].message["X-Intake-Case"] == ref
    assert len(sink.of_kind("ack")) == 1
    [event] = [e for e in logs if e["event"] == "cases.reopened"]
    assert (event["case"], event["previous_state"]) == (ref, "closed")
    assert ANA not in json.dumps(logs, default=str)  # no address (nor subject) in the log


async def test_follow_up_on_an_answered_case_reopens_it(
    intake: App, sink: RelaySink, clock: Clock
) -> None:
    ref, ack = await answered_case(intake, sink, clock)
    clock.advance(HOUR)
    await enquirer_writes_again(intake, ack)
    case = case_row(intake, ref)
    assert (case["state"], case["reopened_at"]) == ("open", clock.now)
    assert f"follow-up on {ref} (reopened: was answered):" in last_reason(intake)


async def test_follow_up_on_an_open_case_changes_only_updated_at(
    intake: App, sink: RelaySink, clock: Clock
) -> None:
    ref, _, ack = await first_case(intake, sink)
    before = dict(case_row(intake, ref))
    clock.advance(HOUR)
    with capture_logs() as logs:
        await enquirer_writes_again(intake, ack)
    assert dict(case_row(intake, ref)) == before | {"updated_at": clock.now}
    assert last_reason(intake) == (
        f"follow-up on {ref}: forwarded to the case's recipients, not acknowledged"
    )
    assert [e for e in logs if e["event"] == "cases.reopened"] == []


async def test_a_reopened_case_is_no_longer_purged_as_closed(
    intake: App, sink: RelaySink, clock: Clock
) -> None:
    ref, _, ack = await first_case(intake, sink)
    intake.store.conn.execute(  # closed more than a year ago, by the test's clock
        "UPDATE cases SET state = 'closed', closed_at = ? WHERE ref = ?",
        (clock.now - 400 * DAY, ref),
    )
    assert {p.case for p in retention.due(intake.store.conn, 365, clock.now)} == {ref}
    await enquirer_writes_again(intake, ack)
    assert retention.due(intake.store.conn, 365, clock.now) == []


# --- reminders ----------------------------------------------------------------------------


async def test_a_reopened_case_is_reminded_again_counting_from_the_reopen(
    intake: App, sink: RelaySink, clock: Clock
) -> None:
    ref, forward, ack = await first_case(intake, sink)
    clock.advance(10 * DAY)
    await lifecycle(intake)
    [first] = notices(sink, "reminder")
    clock.advance(HOUR)
    await coordinator_answers(intake, forward, ref)
    clock.advance(HOUR)
    await enquirer_writes_again(intake, ack)  # 10 days after opening: already due by then

    clock.advance(9.9 * DAY)
    assert await lifecycle(intake) == 0
    assert len(notices(sink, "reminder")) == 1
    clock.advance(0.1 * DAY)
    await lifecycle(intake)
    [_, second] = notices(sink, "reminder")
    assert sorted(second.rcpt_tos) == sorted(first.rcpt_tos)  # each of them once more
    assert "10 days" in text(second)
    reopened_on = datetime.fromtimestamp(clock.now - 10 * DAY, UTC).strftime("%Y-%m-%d")
    assert f"Reopened:  {reopened_on}" in text(second)
    assert f"The State wrote again on {reopened_on}" in text(second)
    assert "Reopened:" not in text(first) and "was forwarded on" in text(first)

    for _ in range(3):
        clock.advance(5 * DAY)
        assert await lifecycle(intake) == 0
    assert len(notices(sink, "reminder")) == 2


async def test_after_a_correction_only_people_not_yet_reminded_are_reminded(
    intake: App, sink: RelaySink, clock: Clock
) -> None:
    ref, _, _ = await first_case(intake, sink)
    clock.advance(10 * DAY)
    await lifecycle(intake)
    [first] = notices(sink, "reminder")
    assert ISU in first.rcpt_tos
    clock.advance(HOUR)
    conn = intake.store.conn
    reroute(conn, intake.mailout, intake.policy, ref, "legislation", "alice", clock.now)

    clock.advance(9.9 * DAY)
    await lifecycle(intake)
    assert len(notices(sink, "reminder")) == 1  # the wait counts from the correction
    clock.advance(0.1 * DAY)
    await lifecycle(intake)
    [_, second] = notices(sink, "reminder")
    assert second.rcpt_tos and ISU not in second.rcpt_tos  # the ISU was reminded already
    assert all(a.startswith("legislation-coordinator-") for a in second.rcpt_tos)


async def test_a_reopening_rolled_back_by_a_store_fault_is_logged_once_when_it_happens(
    intake: App, sink: RelaySink, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref, ack = await answered_case(intake, sink, clock)
    assert (await send(intake.port, reply_to(ack), sender=ANA))[0] == 250
    queue = MailOut.queue

    def disk_fault(self: MailOut, *args: Any, **kwargs: Any) -> Any:
        raise sqlite3.OperationalError("disk I/O error")  # after the case was reopened

    monkeypatch.setattr(MailOut, "queue", disk_fault)
    with capture_logs() as logs:
        assert await intake.pipeline.run_once() == 0  # the batch is rolled back, kept for later
        assert case_state(intake, ref) == "answered"
        monkeypatch.setattr(MailOut, "queue", queue)
        assert await intake.pipeline.run_once() == 1
    assert case_state(intake, ref) == "open"
    assert [e["case"] for e in logs if e["event"] == "cases.reopened"] == [ref]
