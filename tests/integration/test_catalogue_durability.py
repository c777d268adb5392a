"""RELIABILITY.md section A (cases 1-12): durability and acceptance, by injecting the real
fault: a store that raises, a store thread that blocks, a process killed before its commit,
a disk that looks full, clients that vanish, handlers that raise, relays that fail.

Already covered elsewhere (see tests/README.md): case 1 with a database error
(test_core::test_store_failure_answers_451_and_writes_nothing), case 2
(test_process::test_sigkill_right_after_250_loses_nothing), case 7
(test_core::test_resent_message_with_same_id_and_body_is_a_duplicate), the operator alert of
case 11 (test_lifecycle_notices::test_dead_letter_tells_the_isu_once).
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import structlog

from intake import ingest
from intake.app import App
from tests.conftest import INTAKE, ROOT, Clock, RelaySink, intake_settings
from tests.helpers import data_calls, enquiry, send
from tests.integration.raw_smtp import ANA, FAST, RawSession, crlf, stuff, until
from tests.integration.test_cases_and_acks import last_message, rows, running
from tests.integration.test_core import drain


def count(app: App) -> int:
    return int(rows(app, "SELECT COUNT(*) FROM messages")[0][0])


class Gate:
    """Blocks the store's one thread until opened: storage that has become slow."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.event = threading.Event()
        self.task: asyncio.Future[Any] | None = None

    async def close(self) -> None:
        self.task = asyncio.ensure_future(self.app.store.call(lambda _: self.event.wait(30)))
        await asyncio.sleep(0)  # the store thread is now parked on the event

    async def open(self) -> None:
        self.event.set()
        if self.task is not None:
            await self.task


async def flushed(app: App) -> None:
    """Every commit queued before now has finished: one more message goes through after them."""
    code, _ = await send(app.port, enquiry(subject="Flush", body="Flush."))
    assert code == 250


# --- 1: storage write fails ---------------------------------------------------------------


async def test_case_01_disk_error_at_commit_answers_451_and_the_retry_succeeds(
    intake: App, sink: RelaySink, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_insert = ingest._insert

    def full_disk(conn: sqlite3.Connection, batch: list[Any]) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ingest, "_insert", full_disk)
    code, text = await send(intake.port, enquiry())
    assert (code, text) == (451, "4.3.0 Internal error, please try again later")
    monkeypatch.setattr(ingest, "_insert", real_insert)
    assert count(intake) == 0
    await drain(intake)
    assert sink.messages == []
    code, _ = await send(intake.port, enquiry())  # storage is back: the client's retry works
    assert code == 250
    await drain(intake)
    assert len(sink.of_kind("forward")) == 1 and len(sink.of_kind("ack")) == 1


# --- 3: killed between the bytes and the commit -------------------------------------------

KILL_BEFORE_COMMIT = textwrap.dedent(
    """
    import os, signal, sys
    from datetime import UTC, datetime
    from pathlib import Path
    from types import SimpleNamespace
    from intake.ingest import _insert
    from intake.models import Envelope
    from intake.store import connect

    class KillAtCommit:
        '''The store connection of a process that dies just before COMMIT reaches the disk.'''
        def __init__(self, conn):
            self.conn = conn
        def __getattr__(self, name):
            return getattr(self.conn, name)
        def execute(self, sql, *args):
            if sql == "COMMIT":
                os.kill(os.getpid(), signal.SIGKILL)
            return self.conn.execute(sql, *args)

    conn = connect(Path(sys.argv[1]))
    conn.execute("PRAGMA cache_size=10")  # spill the uncommitted pages into the WAL file
    envelope = Envelope(mail_from="ana.pereira@mod.example.org", rcpt_tos=(sys.argv[2],),
                        received_at=datetime.now(UTC))
    raw = b"Subject: half written\\r\\n\\r\\n" + b"x" * 4_000_000 + b"\\r\\n"
    _insert(KillAtCommit(conn), [SimpleNamespace(queue_id="HALFWRITTEN", envelope=envelope,
                                                  raw=raw, head=b"")])
    """
)


@pytest.mark.slow
async def test_case_03_kill_between_the_bytes_and_the_commit_leaves_nothing_to_process(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    store = tmp_path / "intake.sqlite3"
    result = subprocess.run(
        [sys.executable, "-c", KILL_BEFORE_COMMIT, str(store), INTAKE],
        cwd=ROOT,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == -9, result.stderr.decode(errors="replace")
    wal = store.with_name(store.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 1_000_000  # the bytes did reach the disk
    app = App(intake_settings(tmp_path, sink.port), clock=clock)
    await app.start(workers=False)
    try:
        assert count(app) == 0
        assert await app.pipeline.run_once() == 0
        code, _ = await send(app.port, enquiry())  # the client never got a 250 and retries
        assert code == 250
        await drain(app)
        assert [r["queue_id"] for r in rows(app, "SELECT queue_id FROM messages")] != [
            "HALFWRITTEN"
        ]
        assert len(sink.of_kind("forward")) == 1 and len(sink.of_kind("ack")) == 1
    finally:
        await app.stop()


# --- 4: low disk --------------------------------------------------------------------------


async def test_case_04_too_little_free_space_answers_452_4_3_1_at_mail(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    # Free space below 1.5 x the size limit: with an absurd limit, any real disk is "full".
    smtp = {**FAST, "max_message_bytes": 10**15}
    async with (
        running(tmp_path, sink, clock, smtp=smtp) as app,
        await RawSession.open(app.port) as s,
    ):
        assert (await s.command("EHLO client.test")).startswith(b"250")
        assert (await s.command(f"MAIL FROM:<{ANA}>")).startswith(b"452 4.3.1")
        assert (await s.command(f"RCPT TO:<{INTAKE}>")).startswith(b"503")
        assert (await s.command("QUIT")).startswith(b"221")
        assert count(app) == 0


# --- 5, 6: clients that vanish ------------------------------------------------------------


async def test_case_05_client_closing_right_after_the_dot_is_stored_once_or_not_at_all(
    intake: App, sink: RelaySink, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    subjects = [f"Clearance request {i}" for i in range(6)]
    with structlog.testing.capture_logs() as events:
        for subject in subjects:
            s = await RawSession.open(intake.port)
            await s.envelope()
            await s.send(stuff(crlf(enquiry(subject=subject))))
            s.writer.transport.abort()  # gone without reading the reply
        await until(lambda: not intake.handler.sessions and intake.handler.active_data == 0)
        await flushed(intake)
        await drain(intake)
    stored = [r["subject"] for r in rows(intake, "SELECT subject FROM messages")]
    kept = [s for s in subjects if s in stored]
    assert all(stored.count(s) == 1 for s in kept)
    forwarded = [str(m.message["Subject"]) for m in sink.of_kind("forward")]
    for subject in kept:  # each processed exactly once
        assert sum(subject in f for f in forwarded) == 1
    assert all(r["state"] != "received" for r in rows(intake, "SELECT state FROM messages"))
    assert not any("exc_info" in e for e in events), events
    assert "Traceback" not in caplog.text and "never retrieved" not in caplog.text


async def test_case_06_disconnect_mid_data_stores_nothing_and_never_calls_the_handler(
    intake: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = data_calls(intake, monkeypatch)
    data = crlf(enquiry())
    for cut in (0, len(data) // 2, len(data)):  # nothing, half, all but the terminator
        s = await RawSession.open(intake.port)
        await s.envelope()
        await s.send(data[:cut])
        await s.close()
    await until(lambda: not intake.handler.sessions)
    assert calls == []
    assert count(intake) == 0


# --- 8: slow storage (with 7: the resent copy is a duplicate) -----------------------------


async def test_case_08_slow_storage_answers_451_before_the_data_deadline(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    smtp = {**FAST, "persist_timeout": 0.5, "data_timeout": 3, "session_deadline": 10}
    message = crlf(enquiry())
    async with running(tmp_path, sink, clock, smtp=smtp) as app:
        gate = Gate(app)
        await gate.close()
        try:
            async with await RawSession.open(app.port) as s:
                await s.envelope()
                started = time.monotonic()
                await s.send(stuff(message))
                reply = await s.reply(timeout=10)
                waited = time.monotonic() - started
                assert reply == b"451 4.3.0 Internal error, please try again later"
                assert waited < smtp["data_timeout"]
                assert (await s.command("RSET")).startswith(b"250")  # still answering
        finally:
            await gate.open()
        # The commit that was under way when we gave up may still land (at least once), so
        # the client's retry of the same message is stored as a duplicate: one forward, one ack.
        code, _ = await send(app.port, message)
        assert code == 250
        await drain(app)
        assert len(sink.of_kind("forward")) == 1 and len(sink.of_kind("ack")) == 1
        kinds = [r["kind"] for r in rows(app, "SELECT kind FROM messages ORDER BY id")]
        assert kinds in (["enquiry", "duplicate"], ["enquiry"])


# --- 9: SIGTERM with twenty sessions in flight --------------------------------------------


async def test_case_09_shutdown_with_twenty_sessions_in_every_state(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    smtp = {"shutdown_drain": 2.0, "memory_budget_bytes": 10**12}
    app = App(intake_settings(tmp_path, sink.port, smtp=smtp), clock=clock)
    await app.start(workers=False)
    gate = Gate(app)
    sessions: list[RawSession] = []
    try:
        idle = [await RawSession.open(app.port) for _ in range(8)]
        for s in idle:
            assert (await s.command("EHLO idle.test")).startswith(b"250")
        await gate.close()  # the next six reach handle_DATA and wait for their commit
        persisting = [await RawSession.open(app.port) for _ in range(6)]
        for i, s in enumerate(persisting):
            await s.envelope()
            await s.send(stuff(crlf(enquiry(subject=f"Persisting {i}"))))
        uploading = [await RawSession.open(app.port) for _ in range(6)]
        halves = [crlf(enquiry(subject=f"Uploading {i}")) for i in range(6)]
        for s, data in zip(uploading, halves, strict=True):
            await s.envelope()
            await s.send(data[: len(data) // 2])
        sessions = idle + persisting + uploading
        await until(lambda: app.handler.active_data == 12)

        started = time.monotonic()
        stopping = asyncio.create_task(app.stop())
        for s in idle:
            assert (await s.line()).startswith(b"421 4.3.2")
        await gate.open()
        for s in persisting:
            assert (await s.reply()).startswith(b"250 2.0.0")
        for s, data in list(zip(uploading, halves, strict=True))[:3]:  # these finish in time
            await s.send(stuff(data)[len(data) // 2 :])
            assert (await s.reply()).startswith(b"250 2.0.0")
        for s in uploading[3:]:  # these never finish: 421 once the drain time is up
            assert (await s.line(timeout=10)).startswith(b"421 4.3.2")
        await stopping
        assert time.monotonic() - started < smtp["shutdown_drain"] + 2
    finally:
        gate.event.set()
        for s in sessions:
            await s.close()
    conn = sqlite3.connect(app.settings.store.path)
    stored = conn.execute("SELECT COUNT(*) FROM messages").fetchone()[0]
    conn.close()
    assert stored == 9  # exactly the nine that got their 250


# --- 10: a handler that raises ------------------------------------------------------------


async def test_case_10_unexpected_exception_answers_451_with_a_constant_text(
    intake: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    from intake import listener

    def broken(raw: bytes) -> int:
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(listener, "count_received", broken)
    with structlog.testing.capture_logs() as events:
        async with await RawSession.open(intake.port) as s:
            await s.envelope()
            await s.send(stuff(crlf(enquiry())))
            reply = await s.reply()
            assert reply == b"451 4.3.0 Internal error, please try again later"
            # The session was reset: a new transaction starts cleanly.
            assert (await s.command(f"MAIL FROM:<{ANA}>")).startswith(b"250")
    failed = [e for e in events if e["event"] == "smtp.failed"]
    assert failed and failed[0]["error_type"] == "RuntimeError" and "exc_info" in failed[0]
    assert count(intake) == 0


# --- 11, 12: relay faults -----------------------------------------------------------------


class FaultyRelay:
    """A minimal SMTP relay that can drop the connection after DATA or never answer it."""

    def __init__(self) -> None:
        self.mode = "ok"  # ok | drop | slow
        self.delivered: list[tuple[list[str], bytes]] = []
        self.port = 0
        self._writers: set[asyncio.StreamWriter] = set()
        self._release = asyncio.Event()

    async def session(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        rcpts: list[str] = []
        try:
            writer.write(b"220 faulty.test\r\n")
            while line := await reader.readline():
                verb = line[:4].upper()
                if verb == b"DATA":
                    writer.write(b"354 go on\r\n")
                    data = b""
                    while (chunk := await reader.readline()) not in (b".\r\n", b""):
                        data += chunk
                    if self.mode == "drop":
                        return  # accepted the bytes, gone before the 250
                    if self.mode == "slow":
                        await self._release.wait()
                        return
                    self.delivered.append((rcpts, data))
                    rcpts = []
                    writer.write(b"250 2.0.0 queued\r\n")
                elif verb == b"RCPT":
                    rcpts.append(line.decode().split("<", 1)[1].split(">", 1)[0])
                    writer.write(b"250 2.1.5 ok\r\n")
                elif verb == b"QUIT":
                    writer.write(b"221 bye\r\n")
                    return
                else:
                    if verb in (b"MAIL", b"RSET"):
                        rcpts = []
                    writer.write(b"250 faulty.test\r\n")
                await writer.drain()
        finally:
            self._writers.discard(writer)
            writer.close()

    async def stop(self) -> None:
        self._release.set()
        for writer in list(self._writers):
            writer.close()


@pytest.fixture
async def faulty() -> AsyncIterator[FaultyRelay]:
    relay = FaultyRelay()
    server = await asyncio.start_server(relay.session, "127.0.0.1", 0)
    relay.port = server.sockets[0].getsockname()[1]
    yield relay
    await relay.stop()
    server.close()
    await server.wait_closed()


def outbound(app: App) -> list[sqlite3.Row]:
    return rows(app, "SELECT * FROM outbound ORDER BY id")


async def retry_all(app: App, clock: Clock) -> None:
    """Move the clock past every backoff and run delivery again."""
    clock.advance(max(app.settings.delivery.retry_intervals))
    await drain(app)


async def test_case_11_relay_refusing_rcpt_temporarily_is_retried_without_a_bounce(
    intake: App, sink: RelaySink, clock: Clock
) -> None:
    sink.rcpt_reply = "451 4.3.0 try again later"
    await send(intake.port, enquiry())
    await drain(intake)
    assert sink.messages == []
    assert all(r["state"] == "queued" and r["attempts"] == 1 for r in outbound(intake))
    sink.rcpt_reply = None
    await retry_all(intake, clock)
    assert len(sink.of_kind("forward")) == 1 and len(sink.of_kind("ack")) == 1
    assert {r["kind"] for r in outbound(intake)} == {"forward", "ack"}  # no bounce of ours
    assert {r["state"] for r in outbound(intake)} == {"sent"}


async def test_case_11_relay_refusing_rcpt_permanently_is_not_retried_nor_bounced(
    intake: App, sink: RelaySink, clock: Clock
) -> None:
    sink.rcpt_reply = "550 5.1.1 no such user"
    await send(intake.port, enquiry())
    await drain(intake)
    assert {r["state"] for r in outbound(intake)} == {"dead"}
    assert all("550" in r["last_error"] for r in outbound(intake))
    sink.rcpt_reply = None
    clock.advance(max(intake.settings.delivery.retry_intervals))
    await drain(intake)
    assert sink.messages == []  # a dead letter waits for an operator: no retry, no bounce
    assert all(r["attempts"] == 1 for r in outbound(intake))


async def test_case_11_one_recipient_refused_permanently_is_not_retried(
    intake: App, sink: RelaySink, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    await send(intake.port, enquiry())
    await intake.pipeline.run_once()
    [forward] = [r for r in outbound(intake) if r["kind"] == "forward"]
    first, *others = json.loads(forward["rcpt_tos"])
    assert others
    real = sink.handle_RCPT

    async def refuse_first(
        server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if address == first:
            return "550 5.1.1 no such user"
        return await real(server, session, envelope, address, options)

    monkeypatch.setattr(sink, "handle_RCPT", refuse_first)
    await drain(intake)
    clock.advance(max(intake.settings.delivery.retry_intervals) * 2)
    await drain(intake)
    [forward] = [r for r in outbound(intake) if r["kind"] == "forward"]
    assert (forward["state"], forward["attempts"]) == ("sent", 1)
    assert first in forward["last_error"] and "550" in forward["last_error"]
    [received] = sink.of_kind("forward")
    assert sorted(received.rcpt_tos) == sorted(others)
    assert len(sink.of_kind("ack")) == 1


async def test_case_11_one_recipient_refused_permanently_tells_the_isu(
    intake: App, sink: RelaySink, monkeypatch: pytest.MonkeyPatch
) -> None:
    await send(intake.port, enquiry())
    await intake.pipeline.run_once()
    [forward] = [r for r in outbound(intake) if r["kind"] == "forward"]
    first = json.loads(forward["rcpt_tos"])[0]
    real = sink.handle_RCPT

    async def refuse_first(
        server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if address == first:
            return "550 5.1.1 no such user"
        return await real(server, session, envelope, address, options)

    monkeypatch.setattr(sink, "handle_RCPT", refuse_first)
    await drain(intake)
    await intake.lifecycle.run_once()
    await drain(intake)
    notices = [r for r in outbound(intake) if r["kind"] == "notice"]
    assert notices, "the ISU was not told that a recipient refused the forward"


async def test_case_11_relay_dropping_the_connection_at_data_is_retried(
    tmp_path: Path, faulty: FaultyRelay, clock: Clock
) -> None:
    faulty.mode = "drop"
    async with running(tmp_path, RelaySink(port=faulty.port), clock) as app:
        await send(app.port, enquiry())
        await drain(app)
        assert faulty.delivered == []
        assert {r["state"] for r in outbound(app)} == {"queued"}
        faulty.mode = "ok"
        await retry_all(app, clock)
        assert len(faulty.delivered) == 2
        assert {r["state"] for r in outbound(app)} == {"sent"}


async def test_case_11_slow_relay_times_out_and_is_retried(
    tmp_path: Path, faulty: FaultyRelay, clock: Clock
) -> None:
    faulty.mode = "slow"
    app = App(intake_settings(tmp_path, faulty.port, delivery={"timeout": 0.5}), clock=clock)
    await app.start(workers=False)
    try:
        await send(app.port, enquiry())
        started = time.monotonic()
        await drain(app)
        assert time.monotonic() - started < 10
        assert {r["state"] for r in outbound(app)} == {"queued"}
        assert all("Timeout" in (r["last_error"] or "") for r in outbound(app))
        faulty.mode = "ok"
        await retry_all(app, clock)
        assert len(faulty.delivered) == 2
    finally:
        await app.stop()


async def test_case_12_relay_dropping_before_its_250_is_retried_with_the_same_message_id(
    tmp_path: Path, faulty: FaultyRelay, clock: Clock
) -> None:
    faulty.mode = "drop"
    async with running(tmp_path, RelaySink(port=faulty.port), clock) as app:
        await send(app.port, enquiry())
        await drain(app)
        ids = {r["kind"]: r["message_id"] for r in outbound(app)}
        assert all(r["attempts"] == 1 and r["state"] == "queued" for r in outbound(app))
        faulty.mode = "ok"
        clock.advance(max(app.settings.delivery.retry_intervals))
        await drain(app)
    sent_ids = set()
    for _, data in faulty.delivered:
        for line in data.split(b"\r\n"):
            if line.lower().startswith(b"message-id:"):
                sent_ids.add(line.split(b":", 1)[1].strip().strip(b"<>").decode())
                break
    assert sent_ids == set(ids.values())


async def test_case_12_recipients_already_accepted_are_not_sent_again(
    intake: App, sink: RelaySink, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    await send(intake.port, enquiry())
    await intake.pipeline.run_once()
    [forward] = [r for r in outbound(intake) if r["kind"] == "forward"]
    everyone = json.loads(forward["rcpt_tos"])
    assert len(everyone) >= 2
    later = set(everyone[1:])
    real = sink.handle_RCPT
    busy = set(later)  # a flag, not a swapped hook: aiosmtpd reads hooks once per connection

    async def partly(
        server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if address in busy:
            return "451 4.3.0 mailbox busy"
        return await real(server, session, envelope, address, options)

    monkeypatch.setattr(sink, "handle_RCPT", partly)
    await drain(intake)
    first = [m for m in sink.of_kind("forward")]
    assert [m.rcpt_tos for m in first] == [everyone[:1]]
    busy.clear()
    clock.advance(max(intake.settings.delivery.retry_intervals))
    await drain(intake)
    forwards = sink.of_kind("forward")
    assert [sorted(m.rcpt_tos) for m in forwards] == [everyone[:1], sorted(later)]
    assert last_message(intake)["state"] == "routed"
