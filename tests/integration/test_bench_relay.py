"""The benchmark's lean counting relay (bench.relay_sink) counts what a real client sends it:
one event per message, the right kind, recipients and size, pipelined or not."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import aiosmtplib
import pytest

from bench.relay_sink import CountingRelay
from intake.smtp_client import SmtpConnection

FORWARD = b"From: intake@example.org\r\nX-Intake-Topic: clearance\r\n\r\nBody.\r\n"
ACK = b"From: intake@example.org\r\nSubject: ack\r\n\r\n.leading dot\r\n..two\r\n"


@pytest.fixture
async def relay_port() -> AsyncIterator[int]:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: CountingRelay(1 << 20), "127.0.0.1", 0)
    yield server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()


def events(out: str) -> list[tuple[str, int, int]]:
    """(kind, recipients, bytes) of each `E` line the relay printed."""
    found = []
    for line in out.splitlines():
        if line.startswith("E "):
            _, _, kind, recipients, size = line.split()
            found.append((kind, int(recipients), int(size)))
    return found


async def test_our_pipelining_client_is_counted_message_by_message(
    relay_port: int, capsys: pytest.CaptureFixture[str]
) -> None:
    connection = await SmtpConnection.open(
        "127.0.0.1", relay_port, local_hostname="intake.test", timeout=10
    )
    assert "PIPELINING" in connection.extensions
    sender = "intake@example.org"
    await connection.transaction(sender, ("a@example.org", "b@example.org"), FORWARD)
    await connection.transaction("", ("state@example.org",), ACK)
    await connection.transaction(sender, ("isu@example.org",), b"Subject: x\r\n\r\n" * 40_000)
    await connection.quit()
    assert events(capsys.readouterr().out) == [
        ("forward", 2, len(FORWARD)),
        ("ack", 1, len(ACK)),  # the dots the client doubled are not counted
        ("other", 1, 14 * 40_000),  # arrived over many reads
    ]


async def test_a_client_that_does_not_pipeline_is_counted_too(
    relay_port: int, capsys: pytest.CaptureFixture[str]
) -> None:
    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=relay_port)
    await client.connect()
    await client.sendmail("intake@example.org", ["a@example.org"], FORWARD)
    await client.sendmail("intake@example.org", ["b@example.org"], b"Subject: e\r\n\r\n")
    with pytest.raises(aiosmtplib.SMTPResponseException):
        await client.data(b"no recipients\r\n")  # DATA before any RCPT is refused
    await client.quit()
    assert events(capsys.readouterr().out) == [("forward", 1, len(FORWARD)), ("other", 1, 14)]
