"""The octets live in body rows of their own: a state change (settling a message, each delivery
attempt) rewrites the row it changes, never the message it describes, and what removes a body
removes its row."""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable
from email.message import EmailMessage
from pathlib import Path

import pytest

from intake import admin, bodies
from intake.app import App
from intake.store import connect
from tests.conftest import Clock, RelaySink
from tests.helpers import enquiry, send
from tests.integration.test_cases_and_acks import rows, running

BIG = 5_000_000


def with_attachment(size: int, **headers: str) -> EmailMessage:
    message = enquiry(**headers)
    if size:
        data = bytes(range(256)) * (size // 256)
        message.add_attachment(data, "application", "octet-stream", filename="survey.bin")
    return message


def wal_size(app: App) -> int:
    return Path(f"{app.settings.store.path}-wal").stat().st_size


async def wal_growth(app: App, step: Callable[[], Awaitable[int]]) -> int:
    """Bytes that `step` wrote to the WAL: every page a transaction changes goes there whole."""
    app.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert wal_size(app) == 0
    assert await step()
    return wal_size(app)


async def settling(tmp_path: Path, sink: RelaySink, clock: Clock, size: int) -> int:
    """What settling an auto-reply writes: its row's new state and nothing else (no mail)."""
    async with running(tmp_path, sink, clock) as app:
        reply = with_attachment(size, Auto_Submitted="auto-replied")
        assert (await send(app.port, reply))[0] == 250
        growth = await wal_growth(app, app.pipeline.run_once)
        [row] = rows(
            app,
            "SELECT m.state, length(b.raw) AS size FROM messages m"
            " JOIN message_bodies b ON b.message_row = m.id",
        )
        assert row["state"] == "screened" and row["size"] > size
    return growth


async def test_settling_a_big_message_writes_no_more_than_settling_a_tiny_one(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    tiny = await settling(tmp_path / "tiny", sink, clock, 0)
    big = await settling(tmp_path / "big", sink, clock, BIG)
    assert big == tiny < 100_000  # with the octets in the row, the big one rewrote 6.8 MB


async def attempting(tmp_path: Path, sink: RelaySink, clock: Clock, size: int) -> int:
    """What a deferred delivery attempt writes, its forward carrying the original."""
    sink.data_reply = "451 4.3.0 try later"
    async with running(tmp_path, sink, clock) as app:
        assert (await send(app.port, with_attachment(size)))[0] == 250
        assert await app.pipeline.run_once() == 1  # a forward and an acknowledgement queued
        growth = await wal_growth(app, app.delivery.run_once)
        attempts = rows(
            app,
            "SELECT o.kind, o.attempts, length(b.raw) AS size FROM outbound o"
            " JOIN outbound_bodies b ON b.outbound_id = o.id ORDER BY o.id",
        )
        assert [(a["kind"], a["attempts"]) for a in attempts] == [("forward", 1), ("ack", 1)]
        assert attempts[0]["size"] > size
    return growth


async def test_each_delivery_attempt_of_a_big_forward_writes_what_a_tiny_ones_does(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    tiny = await attempting(tmp_path / "tiny", sink, clock, 0)
    big = await attempting(tmp_path / "big", sink, clock, BIG)
    assert big == tiny < 100_000


async def test_purging_a_dead_letter_takes_its_body_with_it(intake: App, sink: RelaySink) -> None:
    sink.data_reply = "550 5.7.1 no"
    assert (await send(intake.port, enquiry()))[0] == 250
    while await intake.pipeline.run_once() or await intake.delivery.run_once():
        pass
    assert admin.queue_purge(intake.store.conn, "out-1")
    assert [tuple(r) for r in rows(intake, "SELECT outbound_id FROM outbound_bodies")] == [(2,)]
    assert admin.queue_show(intake.store.conn, "out-2")["bytes"] > 0  # type: ignore[index]


def test_a_body_is_written_from_its_parts_and_read_back_whole(tmp_path: Path) -> None:
    conn = connect(tmp_path / "intake.sqlite3")
    try:
        conn.execute("PRAGMA foreign_keys = OFF")  # bodies without outbound rows, for once
        bodies.write(conn, bodies.OUTBOUND, 7, b"head\r\n", bytearray(b"x" * 300_000))
        bodies.write(conn, bodies.OUTBOUND, 8)
        sizes = dict(conn.execute("SELECT outbound_id, length(raw) FROM outbound_bodies"))
        assert sizes == {7: 300_006, 8: 0}  # an empty body is a body, not a purged one
        assert bodies.read(conn, bodies.OUTBOUND, 7, 300_006) == b"head\r\n" + b"x" * 300_000
        assert bodies.read(conn, bodies.OUTBOUND, 8, 0) == b""
        bodies.delete(conn, bodies.OUTBOUND, [7, 8, 9])
        assert conn.execute("SELECT COUNT(*) FROM outbound_bodies").fetchone()[0] == 0
    finally:
        conn.close()


def test_a_body_cannot_outlive_its_row(tmp_path: Path) -> None:
    conn = connect(tmp_path / "intake.sqlite3")
    try:
        with pytest.raises(sqlite3.IntegrityError):
            bodies.write(conn, bodies.MESSAGES, 1, b"orphan")  # no message 1
    finally:
        conn.close()
