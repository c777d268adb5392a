"""Admins acting on one case, and what comes back from the mail we sent: `cases close`,
`cases reroute` (recorded, and a labelled example in `rules diff`), `cases erase` (no body left
anywhere, a tombstone kept), and bounces of forwards told to the ISU role.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator, Callable
from email.utils import make_msgid
from pathlib import Path

import pytest

from intake.app import App
from intake.cli import main
from tests.conftest import ROOT, Clock, Received, RelaySink, intake_settings
from tests.helpers import enquiry
from tests.integration.test_cases_and_acks import bare_id, case_of, first_case, rows, submit
from tests.integration.test_core import drain
from tests.integration.test_lifecycle import ISU, RULES, notices, text

Point = Callable[[App], None]


@pytest.fixture
def cli_at(monkeypatch: pytest.MonkeyPatch) -> Point:
    """Point the command line at a running intake's store, rules, addresses and relay."""

    def point(app: App) -> None:
        s = app.settings
        monkeypatch.setenv("INTAKE_STORE__PATH", str(s.store.path))
        monkeypatch.setenv("INTAKE_RULES__DIR", str(s.rules.dir))
        monkeypatch.setenv("INTAKE_TEMPLATES__DIR", str(s.templates.dir))
        addresses = json.dumps(list(s.smtp.intake_addresses))
        monkeypatch.setenv("INTAKE_SMTP__INTAKE_ADDRESSES", addresses)
        monkeypatch.setenv("INTAKE_SMTP__HOSTNAME", s.smtp.hostname)
        monkeypatch.setenv("INTAKE_DELIVERY__FROM_ADDRESS", s.delivery.from_address)
        monkeypatch.setenv("INTAKE_DELIVERY__RELAY", s.delivery.relay)

    return point


def cli_json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    capsys.readouterr()  # the service's log lines so far
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


# --- close --------------------------------------------------------------------------------


async def test_close_command_closes_the_case_once(
    intake: App, sink: RelaySink, cli_at: Point
) -> None:
    ref, _, _ = await first_case(intake, sink)
    cli_at(intake)
    assert main(["cases", "close", ref]) == 0
    assert rows(intake, "SELECT state FROM cases WHERE ref = ?", ref)[0]["state"] == "closed"
    assert main(["cases", "close", ref]) == 1


# --- reroute ------------------------------------------------------------------------------


async def test_reroute_forwards_to_the_new_route_with_a_note_and_is_recorded(
    intake: App,
    sink: RelaySink,
    clock: Clock,
    cli_at: Point,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ref, first, _ = await first_case(intake, sink)
    assert first.message["X-Intake-Topic"] == "clearance"
    cli_at(intake)
    assert main(["cases", "reroute", ref, "--topic", "legislation", "--by", "Alice (ISU)"]) == 0
    capsys.readouterr()
    clock.now = max(clock.now, time.time()) + 60  # the command queued it by the wall clock
    await drain(intake)

    rerouted = sink.of_kind("forward")[-1]
    assert (case_of(rerouted), rerouted.message["X-Intake-Topic"]) == (ref, "legislation")
    to = [a.addr_spec for a in rerouted.message["To"].addresses]
    assert to and all(a.startswith("legislation-coordinator-") for a in to)
    assert ISU in rerouted.rcpt_tos
    summary = text(rerouted)
    assert "Rerouted by Alice (ISU)" in summary and "Clearance" in summary

    [case] = rows(intake, "SELECT topic FROM cases WHERE ref = ?", ref)
    assert case["topic"] == "legislation"
    shown = cli_json(capsys, "cases", "show", ref)
    assert isinstance(shown, dict)
    [correction] = shown["corrections"]
    assert (correction["from"], correction["to"], correction["by"]) == (
        "clearance",
        "legislation",
        "Alice (ISU)",
    )


async def test_rules_diff_shows_a_reroute_as_a_labelled_example(
    intake: App, sink: RelaySink, cli_at: Point, capsys: pytest.CaptureFixture[str]
) -> None:
    ref, _, _ = await first_case(intake, sink)
    cli_at(intake)
    assert main(["cases", "reroute", ref, "--topic", "legislation", "--by", "alice"]) == 0
    capsys.readouterr()
    against = ["rules", "diff", "--against", str(ROOT / "routing_rules"), "--days", "36500"]
    changes = cli_json(capsys, *against)
    assert isinstance(changes, list)
    [example] = changes
    assert (example["case"], example["changed"]) == (ref, False)
    assert example["label"]["topic"] == "legislation"
    assert example["label"]["candidate_agrees"] is False
    assert main(against) == 0
    assert "labelled examples" in capsys.readouterr().out


async def test_reroute_to_an_unknown_topic_is_refused(
    intake: App, sink: RelaySink, cli_at: Point, capsys: pytest.CaptureFixture[str]
) -> None:
    ref, _, _ = await first_case(intake, sink)
    cli_at(intake)
    assert main(["cases", "reroute", ref, "--topic", "legislatoin"]) == 1
    assert "legislatoin" in capsys.readouterr().err
    assert rows(intake, "SELECT COUNT(*) FROM case_corrections")[0][0] == 0


# --- erase --------------------------------------------------------------------------------

PHRASE = "Quetzal lagoon zx-4417"
OTHER = "Tamarind ridge qv-2290"


@pytest.fixture
async def maildir_intake(tmp_path: Path, clock: Clock) -> AsyncIterator[App]:
    """An intake whose relay is a Maildir outbox, as by default."""
    app = App(intake_settings(tmp_path, None), clock=clock)
    await app.start(workers=False)
    yield app
    await app.stop()


def holding(folder: Path, needle: bytes) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


async def test_erase_leaves_no_body_anywhere_and_keeps_a_tombstone(
    maildir_intake: App, tmp_path: Path, cli_at: Point, capsys: pytest.CaptureFixture[str]
) -> None:
    app = maildir_intake
    ana = "ana.pereira@mod.example.org"
    message = enquiry(body=f"Clearance of cluster munition remnants near the {PHRASE}.")
    await submit(app, message)
    await submit(app, message)  # a copy, kept as a duplicate
    ack_id = rows(app, "SELECT message_id FROM outbound WHERE kind = 'ack'")[0]["message_id"]
    await submit(
        app,
        enquiry(subject="Re: districts", body=f"The {PHRASE} again.", In_Reply_To=f"<{ack_id}>"),
    )
    other = "focal@state2.example"
    await submit(
        app, enquiry(sender=other, body=f"Clearance of remnants on the {OTHER}."), sender=other
    )
    ref = rows(app, "SELECT case_ref FROM messages WHERE id = 1")[0]["case_ref"]
    assert holding(tmp_path, PHRASE.encode())  # in the store and the outbox, before

    cli_at(app)
    assert main(["cases", "erase", ref, "--by", "Data protection officer"]) == 0
    capsys.readouterr()

    assert holding(tmp_path, PHRASE.encode()) == []
    assert holding(tmp_path, ana.encode()) == []
    assert holding(tmp_path / "outbox", OTHER.encode())  # another case is untouched
    [tomb] = rows(app, "SELECT * FROM case_erasures WHERE case_ref = ?", ref)
    assert (tomb["topic"], tomb["requested_by"]) == ("clearance", "Data protection officer")
    assert tomb["opened_at"] and tomb["erased_at"]
    shown = cli_json(capsys, "cases", "show", ref)
    assert isinstance(shown, dict)
    assert (shown["ref"], shown["state"], shown["sender"]) == (ref, "closed", None)
    assert shown["erased"]["by"] == "Data protection officer"


# --- bounces ------------------------------------------------------------------------------

COORDINATOR = RULES.contacts["clearance-coordinator-1"].email


def delivery_report(returned: Received, failed: str, action: str = "failed") -> bytes:
    """A DSN (RFC 3464) for `returned`, with its headers returned as text/rfc822-headers."""
    headers = returned.data.split(b"\r\n\r\n", 1)[0]
    return b"\r\n".join(
        [
            b"From: Mail Delivery System <MAILER-DAEMON@mx.placeholder.invalid>",
            b"To: " + returned.mail_from.encode(),
            b"Subject: Undelivered Mail Returned to Sender",
            b"Message-ID: " + make_msgid(domain="mx.placeholder.invalid").encode(),
            b"MIME-Version: 1.0",
            b'Content-Type: multipart/report; report-type=delivery-status; boundary="r1"',
            b"",
            b"--r1",
            b"Content-Type: text/plain",
            b"",
            b"I'm sorry to have to inform you that your message could not be delivered.",
            b"--r1",
            b"Content-Type: message/delivery-status",
            b"",
            b"Reporting-MTA: dns; mx.placeholder.invalid",
            b"",
            b"Final-Recipient: rfc822; " + failed.encode(),
            b"Action: " + action.encode(),
            b"Status: 5.1.1",
            b"Diagnostic-Code: smtp; 550 5.1.1 user unknown",
            b"--r1",
            b"Content-Type: text/rfc822-headers",
            b"",
            headers,
            b"--r1--",
            b"",
        ]
    )


async def test_bounce_of_a_forward_tells_the_isu_which_address_failed(
    intake: App, sink: RelaySink
) -> None:
    ref, forward, _ = await first_case(intake, sink)
    await submit(intake, delivery_report(forward, COORDINATOR), sender="")

    [notice] = notices(sink, "bounce")
    assert notice.rcpt_tos == [ISU]
    assert notice.message["X-Intake-Case"] == ref
    assert COORDINATOR in str(notice.message["Subject"]) and COORDINATOR in text(notice)
    [bounce] = rows(intake, "SELECT * FROM messages WHERE kind = 'bounce'")
    assert (bounce["state"], bounce["case_ref"]) == ("screened", ref)
    [link] = rows(intake, "SELECT * FROM case_bounces")
    [out] = rows(intake, "SELECT id FROM outbound WHERE message_id = ?", bare_id(forward))
    assert (link["outbound_id"], link["failed_address"]) == (out["id"], COORDINATOR)


async def test_second_report_of_the_same_failure_and_a_bounced_notice_tell_nobody(
    intake: App, sink: RelaySink
) -> None:
    _, forward, _ = await first_case(intake, sink)
    await submit(intake, delivery_report(forward, COORDINATOR), sender="")
    await submit(intake, delivery_report(forward, COORDINATOR), sender="")
    [notice] = notices(sink, "bounce")
    await submit(intake, delivery_report(notice, ISU), sender="")  # no loop
    assert len(notices(sink, "bounce")) == 1
    assert rows(intake, "SELECT COUNT(*) FROM case_bounces")[0][0] == 3


async def test_delay_report_is_linked_but_tells_nobody(intake: App, sink: RelaySink) -> None:
    ref, forward, _ = await first_case(intake, sink)
    await submit(intake, delivery_report(forward, COORDINATOR, action="delayed"), sender="")
    assert notices(sink, "bounce") == []
    assert rows(intake, "SELECT case_ref FROM messages WHERE kind = 'bounce'")[0][0] == ref
