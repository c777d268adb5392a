"""The chunked DATA reader (intake/smtp_data.py) over real SMTP on loopback.

The oracle for "results identical to before" is aiosmtpd itself: the same octets go to a plain
aiosmtpd server (the relay sink of conftest.py, or one with our size limit), whose message,
normalised as the listener normalises it, must be what we store after our Received: line.
Reads are split where a test wants them by waiting (with a deadline) until the session's
reader has taken the first part before the second is sent.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from intake.app import App
from intake.listener import normalise_line_endings
from intake.smtp_data import DataReader, Outcome
from tests.conftest import INTAKE, Clock, RelaySink, aiosmtpd_server
from tests.helpers import data_calls
from tests.integration.raw_smtp import ANA, RawSession, client_tls, self_signed, stuff, until
from tests.integration.test_cases_and_acks import running
from tests.integration.test_catalogue_protocol import HEAD, count, serving, stored_raw

LIMIT = 1001  # the line limit, as sent (CRLF and a stuffing dot included)


@asynccontextmanager
async def oracle(size_limit: int | None = None) -> AsyncIterator[tuple[RelaySink, int]]:
    """A plain aiosmtpd server, as the intake ran before its own DATA reader."""
    relay = RelaySink()
    limits: dict[str, Any] = {} if size_limit is None else {"data_size_limit": size_limit}
    async with aiosmtpd_server(relay, "oracle.test", **limits) as port:
        yield relay, port


def reader_of(app: App) -> DataReader | None:
    readers = [s.data_reader for s in app.handler.sessions if s.data_reader is not None]
    return readers[0] if readers else None


async def fed(app: App, octets: int) -> DataReader:
    """Wait until the (one) session's DATA reader has taken `octets`: the next send is a new
    read."""
    await until(lambda: (r := reader_of(app)) is not None and r.received >= octets)
    reader = reader_of(app)
    assert reader is not None
    return reader


async def deliver(port: int, parts: list[bytes], app: App | None = None) -> bytes:
    """One transaction whose DATA octets are sent in `parts` (each read apart when `app` is
    given); returns the final reply line."""
    async with await RawSession.open(port) as s:
        await s.envelope()
        sent = 0
        for index, part in enumerate(parts):
            await s.send(part)
            sent += len(part)
            if app is not None and index < len(parts) - 1:
                await fed(app, sent)
        reply = await s.reply()
        assert (await s.command("NOOP")).startswith(b"250")  # that was the only reply
        return reply


def our_message(raw: bytes) -> bytes:
    """A stored message without our Received: line (three CRLF lines in front)."""
    head, _, message = raw.partition(b"\r\n\t")[2].partition(b"\r\n\t")[2].partition(b"\r\n")
    assert raw.startswith(b"Received: from ") and head
    return message


# --- chunk boundaries ---------------------------------------------------------------------


async def test_end_of_data_split_over_two_reads_at_every_offset(intake: App) -> None:
    stream = stuff(HEAD + b"Clearance, please.\r\n")  # ends "\r\n.\r\n"
    for offset in range(len(stream) - 7, len(stream)):
        reply = await deliver(intake.port, [stream[:offset], stream[offset:]], intake)
        assert reply.startswith(b"250 2.0.0"), offset
    stored = stored_raw(intake)
    assert len(stored) == 7
    assert all(our_message(raw) == HEAD + b"Clearance, please.\r\n" for raw in stored)


async def test_empty_message_split_after_its_dot(intake: App) -> None:
    assert (await deliver(intake.port, [b".", b"\r", b"\n"], intake)).startswith(b"250 2.0.0")
    [raw] = stored_raw(intake)
    assert our_message(raw) == b""


@pytest.mark.parametrize(
    "around", [-2, -1, 0, 1], ids=["before-cr", "before-lf", "before-dot", "after-dot"]
)
async def test_dot_stuffing_is_undone_across_reads(intake: App, around: int) -> None:
    original = HEAD + b"Request.\r\n.\r\n..\r\n.hidden\r\n> .\r\n"
    stream = stuff(original)
    dots = [i for i in range(len(HEAD), len(stream) - 3) if stream[i - 2 : i + 1] == b"\r\n."]
    offsets = [d + around for d in dots]
    parts = [stream[a:b] for a, b in zip([0, *offsets], [*offsets, len(stream)], strict=True)]
    assert (await deliver(intake.port, parts, intake)).startswith(b"250 2.0.0")
    [raw] = stored_raw(intake)
    assert our_message(raw) == original


# --- the same results as aiosmtpd's DATA ---------------------------------------------------

STREAMS = {
    "bare-lf-in-header": HEAD.replace(b"Subject: R", b"Subject: R\nBcc: v@example.com\nR")
    + b"x\r\n",
    "bare-cr": HEAD.replace(b"Subject: R", b"Subject: R\rX") + b"Clearance\rof\rremnants\r\n",
    "cr-cr-lf": HEAD + b"one\r\r\ntwo\r\r\n",
    "lf-dot-crlf": HEAD + b"Testing\n.\r\nNO SMUGGLING\r\n",
    "lf-dot-lf": HEAD + b"Testing\n.\nstill data\r\n",
    "dots": HEAD + b"..\r\n...\r\n.x\r\n\n.\r\n",
    "no-final-crlf-before-dot": HEAD + b"text",
    "empty": b"",
    "line-of-1001": HEAD + b"x" * (LIMIT - 2) + b"\r\n",
    "dot-line-of-1001": HEAD + b"." + b"x" * (LIMIT - 3) + b"\r\n",
    "line-of-1002": HEAD + b"x" * (LIMIT - 1) + b"\r\n",
    "line-of-1003": HEAD + b"x" * LIMIT + b"\r\n",
    "line-of-1004": HEAD + b"x" * (LIMIT + 1) + b"\r\n",
    "lf-lines-over-the-limit": HEAD + (b"y" * 500 + b"\n") * 3 + b"\r\n",
}


def as_sent(name: str, data: bytes) -> bytes:
    if name == "empty":
        return b".\r\n"
    if name == "no-final-crlf-before-dot":
        return data + b"\r\n.\r\n"
    return data + b".\r\n" if name.startswith(("line-", "dot-line", "lf-lines")) else stuff(data)


@pytest.mark.parametrize("name", list(STREAMS))
async def test_every_result_matches_aiosmtpd_followed_by_our_normalisation(
    intake: App, sink: RelaySink, name: str
) -> None:
    stream = as_sent(name, STREAMS[name])
    expected_reply = await deliver(sink.port, [stream])
    cuts = sorted({c for c in (len(stream) // 3, len(stream) - 4) if 0 < c < len(stream)})
    parts = [stream[a:b] for a, b in zip([0, *cuts], [*cuts, len(stream)], strict=True)]
    reply = await deliver(intake.port, parts, intake)
    assert reply[:3] == expected_reply[:3]
    if expected_reply.startswith(b"250"):
        [seen] = sink.messages
        [raw] = stored_raw(intake)
        assert our_message(raw) == normalise_line_endings(seen.data)
    else:
        assert (reply, count(intake)) == (b"500 5.5.2 Line too long", 0)


@pytest.mark.parametrize("extra", [0, 1, 80], ids=["at", "one-over", "a-line-over"])
async def test_size_at_and_over_the_limit_matches_aiosmtpd_after_draining(
    tmp_path: Path, sink: RelaySink, clock: Clock, extra: int
) -> None:
    limit = 4000
    body = (b"z" * 78 + b"\r\n") * 40
    data = HEAD + body + b"." * (limit + extra - len(HEAD) - len(body) - 2) + b"\r\n"
    assert len(data) == limit + extra  # as sent: the dots of the last line are not stuffed
    stream = data + b".\r\n"
    async with (
        oracle(limit) as (relay, port),
        serving(tmp_path, sink, clock, max_message_bytes=limit) as app,
    ):
        expected = await deliver(port, [stream])
        reply = await deliver(app.port, [stream[:3000], stream[3000:]], app)
        assert reply[:3] == expected[:3] == (b"552" if extra else b"250")
        assert count(app) == (0 if extra else 1)
        if not extra:
            assert our_message(stored_raw(app)[0]) == normalise_line_endings(relay.messages[0].data)


async def test_data_past_the_size_limit_is_dropped_at_once_and_the_client_drained(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    limit = 4000
    async with serving(tmp_path, sink, clock, max_message_bytes=limit) as app:
        async with await RawSession.open(app.port) as s:
            await s.envelope()
            sent = HEAD + (b"w" * 98 + b"\r\n") * 50
            await s.send(sent)
            reader = await fed(app, len(sent))
            assert (reader.outcome, len(reader.message)) == (Outcome.TOO_MUCH_DATA, 0)
            for _ in range(40):  # a client that goes on: nothing of it is kept
                await s.send(b"w" * 998 + b"\r\n")
                sent += b"w" * 998 + b"\r\n"
            await fed(app, len(sent))
            assert len(reader.message) == 0
            await s.send(b".\r\n")
            assert (await s.reply()).startswith(b"552 5.3.4")
            assert (await s.command("NOOP")).startswith(b"250")
        assert count(app) == 0


async def test_overlong_line_then_the_session_goes_on(intake: App) -> None:
    async with await RawSession.open(intake.port) as s:
        await s.envelope()
        await s.send(HEAD + b"x" * 3000)
        reader = await fed(intake, len(HEAD) + 3000)
        assert (reader.outcome, len(reader.message)) == (Outcome.LINE_TOO_LONG, 0)
        await s.send(b"\r\nmore\r\n.\r\n")
        assert (await s.reply()).startswith(b"500 5.5.2")
        assert (await s.command(f"MAIL FROM:<{ANA}>")).startswith(b"250")
        assert (await s.command(f"RCPT TO:<{INTAKE}>")).startswith(b"250")
        assert (await s.command("DATA")).startswith(b"354")
        await s.send(stuff(HEAD + b"Fine.\r\n"))
        assert (await s.reply()).startswith(b"250 2.0.0")
    assert count(intake) == 1


# --- pipelining and disconnects ------------------------------------------------------------


async def test_commands_pipelined_after_the_dot_are_answered_in_order(intake: App) -> None:
    second = f"MAIL FROM:<{ANA}>\r\nRCPT TO:<{INTAKE}>\r\nDATA\r\n".encode() + stuff(
        HEAD + b"Second.\r\n"
    )
    async with await RawSession.open(intake.port) as s:
        await s.envelope()
        await s.send(stuff(HEAD + b"First.\r\n") + b"NOOP\r\n" + second + b"QUIT\r\n")
        replies = [await s.reply() for _ in range(7)]
    assert [r[:3] for r in replies] == [b"250", b"250", b"250", b"250", b"354", b"250", b"221"]
    assert [our_message(raw) for raw in stored_raw(intake)] == [
        HEAD + b"First.\r\n",
        HEAD + b"Second.\r\n",
    ]


@pytest.mark.parametrize(
    "tail", [b"\r\n.", b"\r\n.\r", b"\r", b"half a line"], ids=["dot", "dot-cr", "cr", "mid-line"]
)
@pytest.mark.parametrize("how", ["close", "half-close"])
async def test_disconnect_mid_data_stores_nothing_and_never_calls_the_handler(
    intake: App, monkeypatch: pytest.MonkeyPatch, tail: bytes, how: str
) -> None:
    calls = data_calls(intake, monkeypatch)
    s = await RawSession.open(intake.port)
    await s.envelope()
    await s.send(HEAD + b"Body.\r\n" + tail)
    await fed(intake, len(HEAD) + 7 + len(tail))
    if how == "half-close":
        s.writer.write_eof()
        assert await s.rest() == b""  # closed without a reply
    await s.close()
    await until(lambda: not intake.handler.sessions)
    assert calls == []
    assert count(intake) == 0


async def test_data_over_starttls_split_over_reads_with_a_pipelined_command(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    cert, key = self_signed(tmp_path)
    body = b".Over TLS.\r\n" + (b"t" * 70 + b"\r\n") * 1000
    stream = stuff(HEAD + body)
    async with (
        running(tmp_path, sink, clock, smtp={"tls_cert": cert, "tls_key": key}) as app,
        await RawSession.open(app.port) as s,
    ):
        assert (await s.command("EHLO client.test")).startswith(b"250")
        assert (await s.command("STARTTLS")).startswith(b"220")
        await s.start_tls(client_tls(cert))
        await s.envelope()
        await s.send(stream[: len(HEAD) + 1])  # up to the stuffing dot
        await fed(app, len(HEAD) + 1)
        await s.send(stream[len(HEAD) + 1 : -4])
        await fed(app, len(stream) - 4)
        await s.send(stream[-4:] + b"NOOP\r\n")
        assert (await s.reply()).startswith(b"250 2.0.0")
        assert (await s.reply()).startswith(b"250")
        [raw] = stored_raw(app)
    assert b"with ESMTPS" in raw.split(b"\r\n\r\n", 1)[0]
    assert our_message(raw) == HEAD + body


# --- memory -------------------------------------------------------------------------------


async def test_accepting_5_mb_allocates_less_than_twice_its_size(intake: App) -> None:
    line = b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\r\n"
    message = HEAD + line * (5_000_000 // len(line))
    wire = stuff(message)
    async with await RawSession.open(intake.port) as s:
        await s.envelope()
        tracemalloc.start()
        try:
            for start in range(0, len(wire), 65536):  # small writes: no big client-side buffer
                await s.send(wire[start : start + 65536])
            assert (await s.reply(timeout=30)).startswith(b"250 2.0.0")
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert peak < 2 * len(message), peak
    assert our_message(stored_raw(intake)[0]) == message
