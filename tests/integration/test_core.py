"""Mail in, mail out, nothing lost: the core promises over real loopback SMTP and SQLite."""

from __future__ import annotations

import sqlite3
from email.message import EmailMessage

import aiosmtplib

from intake import admin
from intake.app import App
from tests.conftest import FROM, INTAKE, Clock, RelaySink
from tests.helpers import enquiry, send


async def drain(app: App) -> None:
    """Run the pipeline and delivery until nothing is left that is due now."""
    while await app.pipeline.run_once() or await app.delivery.run_once():
        pass


def rows(app: App, sql: str) -> list[sqlite3.Row]:
    return app.store.conn.execute(sql).fetchall()


async def test_unknown_local_recipient_is_refused_with_550_5_1_1(intake: App) -> None:
    code, text = await send(intake.port, enquiry(), recipients=("nobody@ccm-isu.example",))
    assert (code, text.split()[0]) == (550, "5.1.1")


async def test_foreign_recipient_is_refused_as_relaying(intake: App) -> None:
    code, text = await send(intake.port, enquiry(), recipients=("someone@elsewhere.example",))
    assert (code, text.split()[0]) == (550, "5.7.1")


async def test_intake_address_is_matched_case_insensitively(intake: App) -> None:
    code, _ = await send(intake.port, enquiry(), recipients=(INTAKE.upper(),))
    assert code == 250


async def test_ehlo_advertises_the_enforced_size_and_no_auth(intake: App) -> None:
    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=intake.port, timeout=5)
    await client.connect()
    await client.ehlo()
    assert client.esmtp_extensions["size"] == str(intake.settings.smtp.max_message_bytes)
    assert "auth" not in client.esmtp_extensions
    client.close()


async def test_message_over_the_size_limit_gets_552_5_3_4_and_is_not_stored(
    tmp_path: object, sink: RelaySink, clock: Clock
) -> None:
    from pathlib import Path

    from tests.conftest import intake_settings

    settings = intake_settings(Path(str(tmp_path)), sink.port, smtp={"max_message_bytes": 2000})
    app = App(settings, clock=clock)
    await app.start(workers=False)
    try:
        code, text = await send(app.port, enquiry(body="x" * 3000))
        assert (code, text.split()[0]) == (552, "5.3.4")
        assert rows(app, "SELECT COUNT(*) FROM messages")[0][0] == 0
    finally:
        await app.stop()


async def test_enquiry_produces_one_forward_and_one_acknowledgement(
    intake: App, sink: RelaySink
) -> None:
    original = enquiry()
    code, text = await send(intake.port, original)
    assert code == 250 and text.startswith("2.0.0")
    await drain(intake)

    [forward] = sink.of_kind("forward")
    [ack] = sink.of_kind("ack")
    fwd = forward.message
    ref = fwd["X-Intake-Case"]
    assert ref.startswith("CCM-2026-")
    assert fwd["X-Intake-Topic"] == "clearance"
    assert fwd["Subject"].startswith(f"[{ref}] [")
    assert fwd["Subject"].endswith(str(original["Subject"]))
    assert {a.addr_spec for a in fwd["Reply-To"].addresses} == {
        "ana.pereira@mod.example.org",
        INTAKE,
    }
    assert fwd["From"].addresses[0].addr_spec == FROM
    attached = [p for p in fwd.iter_attachments() if p.get_content_type() == "message/rfc822"]
    assert len(attached) == 1
    stored = rows(intake, "SELECT raw FROM message_bodies")[0][0]
    assert stored in forward.data  # the original travels byte for byte

    a = ack.message
    assert ack.mail_from in ("", "<>")
    assert ack.rcpt_tos == ["ana.pereira@mod.example.org"]
    assert a["Auto-Submitted"] == "auto-replied"
    assert a["In-Reply-To"] == original["Message-ID"]
    assert a["Content-Language"] == "en"
    assert a["Subject"].startswith(f"[{ref}] Acknowledgement: ")
    assert "non-technical survey" not in ack.data.decode(errors="replace")  # body not quoted


async def test_forward_and_ack_have_stable_distinct_message_ids(
    intake: App, sink: RelaySink
) -> None:
    await send(intake.port, enquiry())
    await drain(intake)
    ids = {m.message["Message-ID"] for m in sink.messages}
    stored = {f"<{r[0]}>" for r in rows(intake, "SELECT message_id FROM outbound")}
    assert len(ids) == 2 and ids == stored


async def test_relay_answering_451_defers_and_delivers_after_it_recovers(
    intake: App, sink: RelaySink, clock: Clock
) -> None:
    sink.data_reply = "451 4.3.0 try again later"
    await send(intake.port, enquiry())
    await drain(intake)
    assert sink.messages == []
    deferred = rows(intake, "SELECT state, attempts, last_error FROM outbound")
    assert all(r["state"] == "queued" and r["attempts"] == 1 for r in deferred)
    assert "451" in deferred[0]["last_error"]

    sink.data_reply = None
    assert await intake.delivery.run_once() == 0  # not due before the first retry interval
    clock.advance(intake.settings.delivery.retry_intervals[0])
    await drain(intake)
    assert len(sink.messages) == 2
    assert {r["state"] for r in rows(intake, "SELECT state FROM outbound")} == {"sent"}


async def test_relay_answering_550_makes_a_visible_dead_letter(
    intake: App, sink: RelaySink
) -> None:
    sink.data_reply = "550 5.7.1 rejected"
    await send(intake.port, enquiry())
    await drain(intake)
    dead = [r for r in admin.queue_list(intake.store.conn) if r["state"] == "dead"]
    assert len(dead) == 2
    assert all("550" in (r["last_error"] or "") for r in dead)


async def test_undelivered_mail_older_than_max_age_becomes_dead(
    intake: App, sink: RelaySink, clock: Clock
) -> None:
    sink.data_reply = "451 4.3.0 still down"
    await send(intake.port, enquiry())
    await drain(intake)
    clock.advance(intake.settings.delivery.max_age + 1)
    await drain(intake)
    states = {r["state"] for r in rows(intake, "SELECT state FROM outbound")}
    assert states == {"dead"}


async def test_store_failure_answers_451_and_writes_nothing(intake: App) -> None:
    def break_inserts(conn: sqlite3.Connection) -> None:
        conn.execute(
            "CREATE TEMP TRIGGER fail BEFORE INSERT ON messages"
            " BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"
        )

    await intake.store.call(break_inserts)
    code, text = await send(intake.port, enquiry())
    assert (code, text.split()[0]) == (451, "4.3.0")
    assert "disk" not in text
    await intake.store.call(lambda c: c.execute("DROP TRIGGER fail"))
    assert rows(intake, "SELECT COUNT(*) FROM messages")[0][0] == 0
    code, _ = await send(intake.port, enquiry())  # the client's retry succeeds
    assert code == 250


async def test_resent_message_with_same_id_and_body_is_a_duplicate(
    intake: App, sink: RelaySink
) -> None:
    message = enquiry()
    await send(intake.port, message)
    await drain(intake)
    await send(intake.port, message)
    await drain(intake)
    assert len(sink.messages) == 2  # one forward, one ack: nothing for the copy
    kinds = [r["kind"] for r in rows(intake, "SELECT kind FROM messages ORDER BY id")]
    assert kinds == ["enquiry", "duplicate"]


async def test_unprocessable_message_is_quarantined_not_lost(intake: App) -> None:
    nested = b"".join(
        f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n'.encode()
        for i in range(60)
    )
    raw = b"From: a@b.example\r\nTo: " + INTAKE.encode() + b"\r\nSubject: deep\r\n" + nested
    code, _ = await send(intake.port, raw)
    assert code == 250
    await drain(intake)
    [row] = rows(intake, "SELECT state, reason FROM messages")
    assert row["state"] == "quarantined" and "complex" in row["reason"]
    listed = admin.queue_list(intake.store.conn)
    assert [r["state"] for r in listed] == ["quarantined"]


def test_message_fixture_builds_valid_mail() -> None:
    assert isinstance(enquiry(), EmailMessage)
