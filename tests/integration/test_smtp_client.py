"""The client toward the relay, against real aiosmtpd relays over loopback: pipelining when it is
offered and only then, refusals of each kind, content exactly as written, TLS both ways, and
relays that misbehave."""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from intake import smtp_client
from intake.relay import PermanentFailure, SmtpRelay, TemporaryFailure
from intake.smtp_client import (
    ConnectionFault,
    RecipientsRefused,
    Refused,
    SmtpConnection,
)
from tests.conftest import aiosmtpd_server
from tests.integration.raw_smtp import client_tls, self_signed, until

MESSAGE = b"From: a@example.org\r\nSubject: hello\r\n\r\nA line.\r\n"


@dataclass
class Relay:
    """An aiosmtpd relay that records what it received and can be told to refuse."""

    pipelining: bool = True
    ehlo_reply: str | None = None  # instead of the EHLO reply, e.g. "502 no ESMTP here"
    mail_reply: str | None = None
    refuse_rcpt: dict[str, str] = field(default_factory=dict)  # address → reply
    data_reply: str | None = None
    received: list[tuple[str, list[str], bytes]] = field(default_factory=list)
    mail_options: list[list[str]] = field(default_factory=list)
    sessions: int = 0
    port: int = 0

    async def handle_EHLO(
        self, server: Any, session: Any, envelope: Any, hostname: str, responses: list[str]
    ) -> list[str]:
        self.sessions += 1
        session.host_name = hostname
        if self.ehlo_reply:
            return [self.ehlo_reply]
        if self.pipelining:
            responses.insert(-1, "250-PIPELINING")
        return responses

    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if self.mail_reply:
            return self.mail_reply
        self.mail_options.append(options)
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if address in self.refuse_rcpt:
            return self.refuse_rcpt[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.data_reply:
            return self.data_reply
        self.received.append(
            (envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.original_content))
        )
        return "250 2.0.0 Ok"


Serve = Callable[..., Awaitable[Relay]]


@pytest.fixture
async def serve() -> AsyncIterator[Serve]:
    """Start a relay: `await serve(Relay(...), **SMTP keyword arguments, ssl=context)`."""
    async with contextlib.AsyncExitStack() as servers:

        async def start(relay: Relay, **options: Any) -> Relay:
            relay.port = await servers.enter_async_context(
                aiosmtpd_server(relay, "relay.test", **options)
            )
            return relay

        yield start


async def connect(relay: Relay, **options: Any) -> SmtpConnection:
    return await SmtpConnection.open(
        "127.0.0.1", relay.port, local_hostname="intake.test", timeout=10, **options
    )


def count_writes(connection: SmtpConnection) -> list[bytes]:
    writes: list[bytes] = []
    write = connection.writer.write

    def counted(data: bytes | bytearray | memoryview) -> None:
        writes.append(bytes(data))
        write(data)

    connection.writer.write = counted  # type: ignore[method-assign]
    return writes


@pytest.mark.parametrize("pipelining", [True, False], ids=["pipelined", "one-by-one"])
async def test_a_transaction_takes_two_writes_only_when_the_relay_pipelines(
    serve: Serve, pipelining: bool
) -> None:
    relay = await serve(Relay(pipelining=pipelining))
    connection = await connect(relay)
    writes = count_writes(connection)
    rcpts = ("one@example.org", "two@example.org", "three@example.org")
    assert await connection.transaction("isu@example.org", rcpts, MESSAGE) == {}
    assert relay.received == [("isu@example.org", list(rcpts), MESSAGE)]
    # MAIL, three RCPT and DATA together, then the content with its end: or each on its own.
    assert len(writes) == (2 if pipelining else 6)
    await connection.quit()


@pytest.mark.parametrize("pipelining", [True, False], ids=["pipelined", "one-by-one"])
async def test_refusals_are_told_apart_and_the_connection_carries_on(
    serve: Serve, pipelining: bool
) -> None:
    relay = await serve(Relay(pipelining=pipelining))
    relay.refuse_rcpt = {"gone@example.org": "550 5.1.1 no such user"}
    connection = await connect(relay)
    refused = await connection.transaction(
        "isu@example.org", ("gone@example.org", "here@example.org"), MESSAGE
    )
    assert {rcpt: reply.code for rcpt, reply in refused.items()} == {"gone@example.org": 550}
    assert relay.received[-1][1] == ["here@example.org"]

    relay.refuse_rcpt["busy@example.org"] = "451 4.3.0 try later"
    with pytest.raises(RecipientsRefused) as every:
        await connection.transaction(
            "isu@example.org", ("gone@example.org", "busy@example.org"), MESSAGE
        )
    assert [r.code for r in every.value.replies.values()] == [550, 451]
    await connection.reset()

    relay.mail_reply = "452 4.3.1 queue full"
    with pytest.raises(Refused) as mail:
        await connection.transaction("isu@example.org", ("here@example.org",), MESSAGE)
    assert mail.value.reply.code == 452
    await connection.reset()

    relay.mail_reply, relay.data_reply = None, "554 5.7.1 content refused"
    with pytest.raises(Refused) as data:
        await connection.transaction("isu@example.org", ("here@example.org",), MESSAGE)
    assert data.value.reply.code == 554
    await connection.reset()

    relay.data_reply = None
    assert await connection.transaction("isu@example.org", ("here@example.org",), MESSAGE) == {}
    assert len(relay.received) == 2 and relay.sessions == 1
    await connection.quit()


@pytest.mark.parametrize("chunk", [smtp_client.CHUNK_BYTES, 1, 7, 64])
async def test_the_relay_receives_the_content_as_written_whatever_the_slicing(
    serve: Serve, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    monkeypatch.setattr(smtp_client, "CHUNK_BYTES", chunk)
    relay = await serve(Relay())
    connection = await connect(relay)
    contents = [
        MESSAGE,
        b"Subject: dots\r\n\r\n.\r\n..\r\n.leading\r\nmiddle.\r\n.",  # no line end at the end
        b"Subject: bare\n\nline feeds\nonly\n.\n",
        b"Subject: mixed\r\n\r\ncarriage\rreturn\r\nand\n\r.\r\n",
        b"Subject: big\r\n\r\n" + b".a line of text that starts with a dot\r\n" * 3000,
    ]
    for content in contents:
        await connection.transaction("isu@example.org", ("here@example.org",), content)
    await connection.quit()
    expected = [
        smtp_client._LINE_BREAK.sub(b"\r\n", c) + (b"" if c.endswith(b"\n") else b"\r\n")
        for c in contents
    ]
    assert [data for _, _, data in relay.received] == expected


async def test_size_and_8bit_content_are_declared_and_a_relay_without_smtputf8_is_not_tried(
    serve: Serve,
) -> None:
    relay = await serve(Relay(), enable_SMTPUTF8=False, data_size_limit=10_000)
    connection = await connect(relay)
    eight_bit = "Subject: café\r\n\r\nDéminage\r\n".encode()
    await connection.transaction("isu@example.org", ("here@example.org",), eight_bit)
    assert relay.mail_options == [[f"SIZE={len(eight_bit)}", "BODY=8BITMIME"]]
    with pytest.raises(Refused) as too_big:
        await connection.transaction("isu@example.org", ("here@example.org",), b"x" * 20_000)
    assert too_big.value.reply.code == 552
    await connection.reset()
    with pytest.raises(Refused) as utf8:
        await connection.transaction("isu@example.org", ("josé@exemple.es",), MESSAGE)
    assert utf8.value.reply.code == 553
    with pytest.raises(Refused):
        await connection.transaction("isu@example.org", ("a@example.org>\r\nRSET",), MESSAGE)
    assert len(relay.received) == 1
    await connection.quit()


async def test_a_relay_with_smtputf8_gets_international_addresses(serve: Serve) -> None:
    relay = await serve(Relay(), enable_SMTPUTF8=True)
    connection = await connect(relay)
    await connection.transaction("isu@example.org", ("josé@exemple.es",), MESSAGE)
    assert relay.received[0][1] == ["josé@exemple.es"]
    assert "SMTPUTF8" in relay.mail_options[0]
    await connection.quit()


async def test_a_relay_without_esmtp_is_greeted_with_helo(serve: Serve) -> None:
    relay = await serve(Relay(ehlo_reply="502 5.5.1 no ESMTP here"))
    connection = await connect(relay)
    assert connection.extensions == {}
    await connection.transaction("isu@example.org", ("here@example.org",), MESSAGE)
    assert relay.received and relay.mail_options == [[]]
    await connection.quit()


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return self_signed(tmp_path_factory.mktemp("tls"))


def server_tls(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    return context


async def test_starttls_and_smtps_deliver_over_tls_and_check_the_name(
    serve: Serve, certificate: tuple[Path, Path]
) -> None:
    starttls = await serve(Relay(), tls_context=server_tls(certificate), require_starttls=True)
    smtps = await serve(Relay(), ssl=server_tls(certificate))
    trusted = client_tls(certificate[0])
    for url, relay in ((f"smtp+starttls://127.0.0.1:{starttls.port}", starttls),
                       (f"smtps://127.0.0.1:{smtps.port}", smtps)):  # fmt: skip
        good = SmtpRelay(url, 10, "intake.test", trusted, server_hostname="intake.test")
        result = await good.send("isu@example.org", ("here@example.org",), MESSAGE)
        assert result.accepted == ("here@example.org",)
        await good.close()
        wrong_name = SmtpRelay(url, 10, "intake.test", trusted, server_hostname="other.test")
        with pytest.raises(TemporaryFailure, match=r"(?i)certificate|TLS"):
            await wrong_name.send("isu@example.org", ("here@example.org",), MESSAGE)
        assert len(relay.received) == 1


async def test_starttls_is_never_given_up_for_plain_text(serve: Serve) -> None:
    relay = await serve(Relay())  # no certificate: it offers no STARTTLS
    tls_only = SmtpRelay(f"smtp+starttls://127.0.0.1:{relay.port}", 10, "intake.test")
    with pytest.raises(TemporaryFailure, match="does not offer STARTTLS"):
        await tls_only.send("isu@example.org", ("here@example.org",), MESSAGE)
    assert relay.received == []


async def test_the_relay_maps_replies_to_temporary_and_permanent_failures(serve: Serve) -> None:
    relay = await serve(Relay())
    smtp = SmtpRelay(f"smtp://127.0.0.1:{relay.port}", 10, "intake.test")
    relay.refuse_rcpt = {"gone@example.org": "550 5.1.1 no", "busy@example.org": "450 4.2.1 later"}
    with pytest.raises(PermanentFailure, match="550"):
        await smtp.send("isu@example.org", ("gone@example.org",), MESSAGE)
    with pytest.raises(TemporaryFailure, match="450"):
        await smtp.send("isu@example.org", ("busy@example.org", "gone@example.org"), MESSAGE)
    some_later = await smtp.send(
        "isu@example.org", ("busy@example.org", "here@example.org"), MESSAGE
    )
    assert some_later.refused == {"busy@example.org": "450 4.2.1 later"}  # delivery retries it
    partial = await smtp.send("isu@example.org", ("gone@example.org", "here@example.org"), MESSAGE)
    assert partial.accepted == ("here@example.org",)
    assert partial.refused == {"gone@example.org": "550 5.1.1 no"}
    relay.data_reply = "451 4.3.0 disk full"
    with pytest.raises(TemporaryFailure, match="451"):
        await smtp.send("isu@example.org", ("here@example.org",), MESSAGE)
    await smtp.close()
    assert relay.sessions == 1  # refusals reset the connection, they do not drop it


Script = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


async def misbehaving(script: Script) -> tuple[asyncio.Server, int]:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await script(reader, writer)
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    return server, server.sockets[0].getsockname()[1]


async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await reader.read()  # never greets; the client's deadline ends it


async def refuses(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.write(b"554 5.3.2 not taking mail\r\n")


async def greets(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """The greeting and an EHLO reply offering PIPELINING."""
    writer.write(b"220 relay.test\r\n")
    await reader.readline()
    writer.write(b"250-relay.test\r\n250 PIPELINING\r\n")


async def babbles(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await greets(reader, writer)
    await reader.readline()
    writer.write(b"this is not SMTP\r\n")


async def hangs_up(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await greets(reader, writer)
    await reader.readline()


@pytest.mark.parametrize("script", [silent, refuses, babbles, hangs_up])
async def test_a_misbehaving_relay_is_a_temporary_failure(script: Script) -> None:
    server, port = await misbehaving(script)
    async with server:
        smtp = SmtpRelay(f"smtp://127.0.0.1:{port}", 0.5, "intake.test")
        with pytest.raises(TemporaryFailure):
            await smtp.send("isu@example.org", ("here@example.org",), MESSAGE)
        assert smtp._idle == []  # the connection was dropped, not kept for the next message


@pytest.mark.parametrize("script", [silent, refuses])
async def test_a_relay_that_does_not_greet_is_a_connection_fault(script: Script) -> None:
    server, port = await misbehaving(script)
    async with server:
        with pytest.raises(ConnectionFault):
            await SmtpConnection.open("127.0.0.1", port, local_hostname="x", timeout=0.5)


async def test_the_system_authorities_are_loaded_once_per_relay_and_never_for_plain_smtp(
    serve: Serve, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[ssl.SSLContext] = []
    create = ssl.create_default_context

    def counted(*args: Any, **kwargs: Any) -> ssl.SSLContext:  # milliseconds each
        made.append(create(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(ssl, "create_default_context", counted)
    relay = await serve(Relay())
    plain = SmtpRelay(f"smtp://127.0.0.1:{relay.port}", 10, "intake.test")
    for _ in range(3):
        await plain.send("isu@example.org", ("here@example.org",), MESSAGE)
        await plain.close()  # a new connection for each
    assert made == [] and relay.sessions == 3
    SmtpRelay(f"smtps://127.0.0.1:{relay.port}", 10, "intake.test")
    assert len(made) == 1


async def test_connections_are_kept_between_rounds_and_closed_once_idle(serve: Serve) -> None:
    relay = await serve(Relay())
    quits: list[str] = []

    async def handle_QUIT(server: Any, session: Any, envelope: Any) -> str:
        quits.append(session.host_name)
        return "221 Bye"

    relay.handle_QUIT = handle_QUIT  # type: ignore[attr-defined]
    smtp = SmtpRelay(f"smtp://127.0.0.1:{relay.port}", 10, "intake.test", idle_seconds=0.2)
    for _ in range(3):  # three rounds in quick succession: one connection
        await smtp.send("isu@example.org", ("here@example.org",), MESSAGE)
        await smtp.release()
    assert relay.sessions == 1 and quits == []
    await until(lambda: quits)  # idle past idle_seconds: QUIT
    await smtp.send("isu@example.org", ("here@example.org",), MESSAGE)
    assert relay.sessions == 2 and len(relay.received) == 4
    await smtp.close()
    assert len(quits) == 2


async def once_then_closing(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Takes one message, then says 421 and hangs up, as a relay does to an idle client."""
    await greets(reader, writer)
    for _ in range(3):  # MAIL, RCPT, DATA
        await reader.readline()
    writer.write(b"250 OK\r\n250 OK\r\n354 go on\r\n")
    await reader.readuntil(b"\r\n.\r\n")
    writer.write(b"250 2.0.0 Ok\r\n421 4.4.2 relay.test timeout, closing\r\n")
    await writer.drain()


async def test_a_kept_connection_the_relay_closed_is_replaced_at_once() -> None:
    server, port = await misbehaving(once_then_closing)
    async with server:
        smtp = SmtpRelay(f"smtp://127.0.0.1:{port}", 5, "intake.test")
        for _ in range(2):  # the second goes out on a new connection, not deferred
            result = await smtp.send("isu@example.org", ("here@example.org",), MESSAGE)
            assert result.accepted == ("here@example.org",)
            await smtp.release()
        await smtp.close()
