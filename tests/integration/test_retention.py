"""Retention over a real store: bodies of closed or old cases go, case records stay; the
lifecycle worker of `intake serve` applies it once a day."""

from __future__ import annotations

import json
import time
from collections.abc import MutableMapping
from typing import Any

import pytest
from structlog.testing import capture_logs

from intake import lifecycle
from intake.app import App
from intake.cli import main
from intake.retention import DAY, due, purge
from tests.conftest import INTAKE, ROOT, Clock, RelaySink
from tests.helpers import enquiry, send
from tests.integration.test_core import drain, rows

VICTIM_ASSISTANCE = enquiry(
    subject="Support for survivors: prosthetics and rehabilitation",
    body=(
        "Dear ISU,\n\nWe ask for assistance with medical care, prosthetics and psychosocial"
        " support for cluster munition survivors in our northern province.\n\nKind regards,\n"
        "Dr. Leila Haddad"
    ),
    sender="l.haddad@health.example.net",
    name="Leila Haddad",
)


async def two_cases(intake: App) -> tuple[str, str]:
    """A clearance case and a victim-assistance case, both routed and delivered."""
    assert (await send(intake.port, enquiry()))[0] == 250
    code, _ = await send(intake.port, VICTIM_ASSISTANCE, sender="l.haddad@health.example.net")
    assert code == 250
    await drain(intake)
    refs = [r["ref"] for r in rows(intake, "SELECT ref FROM cases ORDER BY ref")]
    assert len(refs) == 2
    return refs[0], refs[1]


def close(intake: App, ref: str, days_ago: float = 366) -> None:
    """Close a case as if it had been closed `days_ago` days ago (past the 365-day default)."""
    intake.store.conn.execute(
        "UPDATE cases SET state = 'closed', closed_at = ? WHERE ref = ?",
        (time.time() - days_ago * 86_400, ref),
    )


def bodies(intake: App, ref: str) -> list[bytes | None]:
    sql = (
        "SELECT b.raw FROM messages m LEFT JOIN message_bodies b ON b.message_row = m.id"
        " WHERE m.case_ref = ? UNION ALL SELECT b.raw FROM outbound o"
        " LEFT JOIN outbound_bodies b ON b.outbound_id = o.id WHERE o.case_ref = ?"
    )
    return [r["raw"] for r in intake.store.conn.execute(sql, (ref, ref)).fetchall()]


@pytest.fixture
def use_store(intake: App, monkeypatch: pytest.MonkeyPatch) -> App:
    monkeypatch.setenv("INTAKE_STORE__PATH", str(intake.settings.store.path))
    monkeypatch.setenv("INTAKE_RULES__DIR", str(ROOT / "routing_rules"))
    monkeypatch.setenv("INTAKE_TEMPLATES__DIR", str(ROOT / "templates"))
    monkeypatch.setenv("INTAKE_SMTP__INTAKE_ADDRESSES", json.dumps([INTAKE]))
    return intake


async def test_purge_removes_the_bodies_of_a_closed_case_and_keeps_its_record(
    intake: App, sink: RelaySink
) -> None:
    closed, still_open = await two_cases(intake)
    close(intake, closed)
    gone = purge(intake.store.conn, 365, time.time())
    assert {p.case for p in gone} == {closed}
    assert {p.why for p in gone} == {"case closed"}
    assert bodies(intake, closed) and all(raw is None for raw in bodies(intake, closed))
    assert all(raw is not None for raw in bodies(intake, still_open))
    case = rows(intake, f"SELECT * FROM cases WHERE ref = '{closed}'")[0]
    assert (case["topic"], case["state"]) == ("clearance", "closed")
    assert json.loads(case["route"])["to"]
    message = rows(intake, f"SELECT * FROM messages WHERE case_ref = '{closed}'")[0]
    assert message["received_at"] and message["subject"] and message["topic"] == "clearance"


async def test_bodies_older_than_retain_days_go_whatever_the_case_state(
    intake: App, sink: RelaySink, clock: Clock
) -> None:
    now = clock.now = time.time()  # outbound rows take the App's clock, messages the real one
    await two_cases(intake)
    assert due(intake.store.conn, 365, now + 364 * DAY) == []
    gone = purge(intake.store.conn, 365, now + 366 * DAY)
    assert {p.why for p in gone} == {"older than retention"}
    assert {p.id.partition("-")[0] for p in gone} == {"msg", "out"}
    assert rows(intake, "SELECT COUNT(*) FROM message_bodies")[0][0] == 0
    assert rows(intake, "SELECT COUNT(*) FROM cases")[0][0] == 2


async def test_unprocessed_messages_and_undelivered_mail_are_never_purged(
    intake: App, sink: RelaySink
) -> None:
    assert (await send(intake.port, enquiry()))[0] == 250
    later = time.time() + 400 * DAY
    assert due(intake.store.conn, 365, later) == []  # still `received`: the pipeline needs it
    while await intake.pipeline.run_once():
        pass
    gone = purge(intake.store.conn, 365, later)
    assert [p.id for p in gone] == ["msg-1"]  # the forward and ack are still queued
    assert (
        rows(intake, "SELECT COUNT(*) FROM outbound_bodies")[0][0]
        == rows(intake, "SELECT COUNT(*) FROM outbound")[0][0]
    )


async def test_the_purge_log_carries_counts_not_bodies(intake: App, sink: RelaySink) -> None:
    closed, _ = await two_cases(intake)
    close(intake, closed)
    with capture_logs() as logs:
        purge(intake.store.conn, 365, time.time())
    [event] = [e for e in logs if e["event"] == "store.purged"]
    assert event["messages"] == 1 and event["outbound"] == 2
    assert "cluster munition remnants" not in json.dumps(logs, default=str)


async def test_cli_dry_run_lists_what_would_go_and_changes_nothing(
    use_store: App, sink: RelaySink, capsys: pytest.CaptureFixture[str]
) -> None:
    closed, _ = await two_cases(use_store)
    close(use_store, closed)
    capsys.readouterr()
    assert main(["purge", "--dry-run", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {item["case"] for item in listed} == {closed}
    assert {"id", "case", "date", "why", "bytes"} <= set(listed[0])
    assert all(raw is not None for raw in bodies(use_store, closed))

    assert main(["purge", "--dry-run"]) == 0
    assert "would purge: 3 bodies" in capsys.readouterr().out


async def test_cli_purge_applies_the_policy_once(
    use_store: App, sink: RelaySink, capsys: pytest.CaptureFixture[str]
) -> None:
    closed, _ = await two_cases(use_store)
    close(use_store, closed)
    capsys.readouterr()
    assert main(["purge"]) == 0
    assert "purged: 3 bodies" in capsys.readouterr().out
    assert all(raw is None for raw in bodies(use_store, closed))
    assert main(["purge", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


async def test_a_recently_closed_case_keeps_its_bodies_until_the_retention_period_passes(
    intake: App, sink: RelaySink
) -> None:
    closed, _ = await two_cases(intake)
    close(intake, closed, days_ago=10)
    assert purge(intake.store.conn, 365, time.time()) == []
    assert all(raw is not None for raw in bodies(intake, closed))


# --- applied by the service ---------------------------------------------------------------


def purge_events(logs: list[MutableMapping[str, Any]]) -> list[MutableMapping[str, Any]]:
    return [e for e in logs if e["event"] == "store.purged"]


async def test_the_lifecycle_worker_purges_in_its_first_round_then_once_a_day(
    intake: App, sink: RelaySink, clock: Clock
) -> None:
    clock.now = time.time()  # `close` dates by the real clock
    closed, still_open = await two_cases(intake)
    close(intake, closed)
    intake.pipeline.queued.clear()
    with capture_logs() as logs:
        assert await intake.lifecycle.run_once() == 0  # nothing for delivery to do
        assert all(raw is None for raw in bodies(intake, closed))
        assert all(raw is not None for raw in bodies(intake, still_open))
        [event] = purge_events(logs)
        assert (event["messages"], event["outbound"], event["retain_days"]) == (1, 2, 365)
        assert not intake.pipeline.queued.is_set()

        close(intake, still_open)
        clock.advance(DAY - 60)
        await intake.lifecycle.run_once()
        assert len(purge_events(logs)) == 1  # the same day: no purge query
        assert all(raw is not None for raw in bodies(intake, still_open))

        clock.advance(60)
        await intake.lifecycle.run_once()
        assert len(purge_events(logs)) == 2
    assert all(raw is None for raw in bodies(intake, still_open))


async def test_a_long_purge_is_spread_over_rounds_that_hold_the_store_briefly(
    intake: App, sink: RelaySink, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock.now = time.time()
    closed, _ = await two_cases(intake)
    close(intake, closed)
    monkeypatch.setattr(lifecycle, "PURGE_ROUND_BYTES", 1)  # one body a round
    with capture_logs() as logs:
        for _ in range(4):
            await intake.lifecycle.run_once()
    assert [(e["messages"], e["outbound"], e["left"]) for e in purge_events(logs)] == [
        (1, 0, 2),
        (0, 1, 1),
        (0, 1, 0),
    ]  # then nothing more that day
    assert all(raw is None for raw in bodies(intake, closed))
