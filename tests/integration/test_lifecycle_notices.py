"""Nothing screened unseen, nothing failing silently: the daily digest of screened mail (and
reprocessing one of its messages as an enquiry), and the notices that tell the ISU role about a
rejected rules edit and about dead letters.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from intake.app import App
from intake.cli import main
from tests.conftest import ROOT, Clock, RelaySink
from tests.helpers import enquiry
from tests.integration.test_cases_and_acks import ANA, DAY, other_enquiry, rows, running, submit
from tests.integration.test_core import drain
from tests.integration.test_lifecycle import ISU, lifecycle, notices, text

# --- digest of screened mail --------------------------------------------------------------


async def test_digest_lists_exactly_the_screened_messages(
    intake: App, sink: RelaySink, clock: Clock
) -> None:
    await lifecycle(intake)  # the first round: nothing screened yet, nothing sent
    await submit(intake, other_enquiry(1, Auto_Submitted="auto-replied"))
    await submit(intake, other_enquiry(2, List_Id="<news.example.org>"))
    await submit(intake, other_enquiry(3))  # forwarded: not in the digest
    screened = [r["id"] for r in rows(intake, "SELECT id FROM messages WHERE state = 'screened'")]
    assert len(screened) == 2
    clock.advance(DAY)
    await lifecycle(intake)

    [digest] = notices(sink, "digest")
    assert digest.rcpt_tos == [ISU]
    body = text(digest)
    for n, row_id in zip((1, 2), screened, strict=True):
        assert f"intake queue reprocess msg-{row_id}" in body
        assert f"Request {n} for assistance" in body
    assert "auto_reply" in body and "bulk" in body
    assert "Request 3" not in body
    assert body.count("intake queue reprocess") == 2


async def test_digest_is_not_sent_when_nothing_was_screened(
    intake: App, sink: RelaySink, clock: Clock
) -> None:
    await lifecycle(intake)
    await submit(intake, enquiry())
    clock.advance(DAY)
    await lifecycle(intake)
    assert notices(sink, "digest") == []


async def test_digest_goes_at_most_once_a_day(intake: App, sink: RelaySink, clock: Clock) -> None:
    await lifecycle(intake)
    await submit(intake, other_enquiry(1, Auto_Submitted="auto-replied"))
    clock.advance(DAY)
    await lifecycle(intake)
    await submit(intake, other_enquiry(2, Auto_Submitted="auto-replied"))
    clock.advance(DAY / 2)
    await lifecycle(intake)
    assert len(notices(sink, "digest")) == 1
    clock.advance(DAY / 2)
    await lifecycle(intake)
    [_, second] = notices(sink, "digest")
    assert "Request 2" in text(second) and "Request 1" not in text(second)


async def test_cases_screened_command_shows_the_digest_list(
    intake: App,
    sink: RelaySink,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    await submit(intake, other_enquiry(1, Auto_Submitted="auto-replied"))
    await submit(intake, other_enquiry(2))
    monkeypatch.setenv("INTAKE_STORE__PATH", str(intake.settings.store.path))
    capsys.readouterr()  # the service's log lines so far
    assert main(["cases", "screened", "--days", "36500", "--json"]) == 0
    [item] = json.loads(capsys.readouterr().out)
    assert item["kind"] == "auto_reply" and item["sender"] == ANA
    assert item["command"] == f"intake queue reprocess {item['id']}"
    assert "Request 1" in item["subject"]


async def test_reprocess_command_of_the_digest_forwards_the_message_as_an_enquiry(
    intake: App,
    sink: RelaySink,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    await submit(intake, other_enquiry(1, Auto_Submitted="auto-replied"))
    [row] = rows(intake, "SELECT id FROM messages WHERE state = 'screened'")
    monkeypatch.setenv("INTAKE_STORE__PATH", str(intake.settings.store.path))
    assert main(["queue", "reprocess", f"msg-{row['id']}"]) == 0
    await drain(intake)

    [forward] = sink.of_kind("forward")
    assert forward.message["X-Intake-Topic"] == "clearance"
    assert sink.of_kind("ack") == []  # it did look like a robot: nobody answers it automatically
    [again] = rows(intake, "SELECT kind, state, reason FROM messages WHERE id = ?", row["id"])
    assert (again["kind"], again["state"]) == ("enquiry", "routed")
    assert "reprocessed as an enquiry" in again["reason"]


# --- notices about the intake itself ------------------------------------------------------


async def test_rejected_rules_edit_sends_one_notice_per_distinct_failure(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    shutil.copytree(ROOT / "routing_rules", tmp_path / "rules")
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    dirs = {"rules": {"dir": tmp_path / "rules"}, "templates": {"dir": tmp_path / "templates"}}
    async with running(tmp_path, sink, clock, **dirs) as app:
        roster = tmp_path / "rules" / "roster.toml"
        roster.write_text(roster.read_text(encoding="utf-8") + "\n[broken\n", encoding="utf-8")
        problems = app.rulebook.reload()
        assert problems
        await lifecycle(app)
        [notice] = notices(sink, "rejected")
        assert notice.rcpt_tos == [ISU]
        for line in problems:
            assert line in text(notice)

        assert app.rulebook.reload() == problems  # the same failure again
        clock.advance(60)
        await lifecycle(app)
    assert len(notices(sink, "rejected")) == 1


async def test_dead_letter_tells_the_isu_once(intake: App, sink: RelaySink, clock: Clock) -> None:
    sink.data_reply = "550 5.7.1 refused by policy"
    await submit(intake, enquiry())
    dead = rows(intake, "SELECT id FROM outbound WHERE state = 'dead' ORDER BY id")
    assert len(dead) == 2  # the forward and the acknowledgement
    sink.data_reply = None
    await lifecycle(intake)
    [notice] = notices(sink, "dead_letter")
    assert notice.rcpt_tos == [ISU]
    body = text(notice)
    assert all(f"intake queue retry out-{r['id']}" in body for r in dead)
    assert "550 5.7.1" in body

    sink.data_reply = "550 5.7.1 refused by policy"  # retried, and dead again
    intake.store.conn.execute(
        "UPDATE outbound SET state = 'queued', next_attempt_at = 0 WHERE id = ?", (dead[0]["id"],)
    )
    await drain(intake)
    sink.data_reply = None
    clock.advance(60)
    assert await lifecycle(intake) == 0
    assert len(notices(sink, "dead_letter")) == 1
