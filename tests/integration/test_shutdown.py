"""Graceful shutdown (catalogue case 9): idle sessions get 421, DATA under way finishes with 250."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from intake.app import App
from tests.conftest import INTAKE, Clock, RelaySink, intake_settings
from tests.helpers import enquiry
from tests.integration.test_process import until


async def _open(port: int) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    assert (await reader.readline()).startswith(b"220")
    return reader, writer


async def _command(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, line: str) -> bytes:
    writer.write(line.encode() + b"\r\n")
    await writer.drain()
    reply = await reader.readline()
    while reply[3:4] == b"-":
        reply = await reader.readline()
    return reply


async def test_sigterm_drain_answers_idle_421_and_completes_data_in_flight(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    app = App(intake_settings(tmp_path, sink.port), clock=clock)
    await app.start(workers=False)
    idle = [await _open(app.port) for _ in range(5)]
    for reader, writer in idle:
        assert (await _command(reader, writer, "EHLO idle.test")).startswith(b"250")

    reader, writer = await _open(app.port)
    await _command(reader, writer, "EHLO busy.test")
    await _command(reader, writer, "MAIL FROM:<ana.pereira@mod.example.org>")
    await _command(reader, writer, f"RCPT TO:<{INTAKE}>")
    assert (await _command(reader, writer, "DATA")).startswith(b"354")
    body = enquiry().as_bytes().replace(b"\n", b"\r\n").replace(b"\r\r\n", b"\r\n")
    writer.write(body[: len(body) // 2])  # half a message: this session is mid-DATA
    await writer.drain()
    await until(lambda: any(s.in_data for s in app.handler.sessions))

    stopping = asyncio.create_task(app.stop())
    for idle_reader, _ in idle:
        assert (await idle_reader.readline()).startswith(b"421 4.3.2")
    writer.write(body[len(body) // 2 :] + b"\r\n.\r\n")
    await writer.drain()
    assert (await reader.readline()).startswith(b"250 2.0.0")
    await stopping

    with pytest.raises(OSError):
        await asyncio.open_connection("127.0.0.1", app.port)
    for _, w in [*idle, (reader, writer)]:
        w.close()
    conn = sqlite3.connect(app.settings.store.path)
    assert conn.execute("SELECT COUNT(*) FROM messages").fetchone()[0] == 1
    conn.close()
