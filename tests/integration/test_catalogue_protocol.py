"""RELIABILITY.md section B (cases 13-36): the SMTP protocol, smuggling and limits, against the
real listener over loopback. Raw sockets wherever a client library would normalise or refuse
what the attacker sends (bare CR/LF, smuggling sequences, early talkers, overlong lines).
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest
import structlog

from intake.app import App
from intake.listener import normalise_line_endings
from intake.settings import ConfigError
from tests.conftest import INTAKE, Clock, RelaySink, intake_settings
from tests.helpers import MESSAGES_WITH_RAW
from tests.integration.raw_smtp import (
    ANA,
    FAST,
    TIMEOUTS,
    RawSession,
    client_tls,
    self_signed,
    stuff,
    until,
)
from tests.integration.test_cases_and_acks import last_message, rows, running
from tests.integration.test_core import drain

BARE_EOL = re.compile(rb"\r(?!\n)|(?<!\r)\n")
HEAD = (
    b"From: Ana Pereira <" + ANA.encode() + b">\r\n"
    b"To: " + INTAKE.encode() + b"\r\n"
    b"Subject: Request for clearance assistance\r\n"
    b"Date: Mon, 21 Sep 2026 10:00:00 +0000\r\n"
    b"Message-ID: <raw-1@mod.example.org>\r\n"
    b"\r\n"
)


@asynccontextmanager
async def serving(tmp_path: Path, sink: RelaySink, clock: Clock, **smtp: Any) -> AsyncIterator[App]:
    """An intake with the FAST protocol limits and any smtp overrides."""
    async with running(tmp_path, sink, clock, smtp={**FAST, **smtp}) as app:
        yield app


def stored_raw(app: App) -> list[bytes]:
    return [bytes(r["raw"]) for r in rows(app, f"{MESSAGES_WITH_RAW} ORDER BY m.id")]


def count(app: App) -> int:
    return int(rows(app, "SELECT COUNT(*) FROM messages")[0][0])


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return self_signed(tmp_path_factory.mktemp("tls"))


@pytest.fixture
async def tls_intake(
    tmp_path: Path, sink: RelaySink, clock: Clock, certificate: tuple[Path, Path]
) -> AsyncIterator[App]:
    cert, key = certificate
    async with running(tmp_path, sink, clock, smtp={"tls_cert": cert, "tls_key": key}) as app:
        yield app


# --- 13-17: smuggling, bare line ends, transparency ---------------------------------------


async def test_case_13_lf_dot_crlf_does_not_end_data(intake: App, sink: RelaySink) -> None:
    async with await RawSession.open(intake.port) as s:
        await s.envelope()
        await s.send(HEAD + b"Testing\n.\r\nNO SMUGGLING\r\n.\r\n")
        assert (await s.reply()).startswith(b"250 2.0.0")
        assert (await s.command("QUIT")).startswith(b"221")  # no reply in between
    [raw] = stored_raw(intake)
    assert b"NO SMUGGLING" in raw
    await drain(intake)
    [forward] = sink.of_kind("forward")
    assert b"NO SMUGGLING" in forward.data
    assert len(sink.messages) == 2  # the forward and the ack: no smuggled third message


SMUGGLED = (
    b"MAIL FROM:<admin@ccm-isu.example>\r\nRCPT TO:<" + INTAKE.encode() + b">\r\nDATA\r\n"
    b"From: admin@ccm-isu.example\r\nSubject: smuggled\r\n\r\nsmuggled body\r\n"
)


@pytest.mark.parametrize(
    "ending",
    [b"\n.\n", b"\r.\r", b"\r\n.\n", b"\n.\r\n", b"\r\n.\r", b"\r\r\n.\r\r\n"],
    ids=["lf-dot-lf", "cr-dot-cr", "crlf-dot-lf", "lf-dot-crlf", "crlf-dot-cr", "crcrlf"],
)
async def test_case_14_no_smtpsmug_end_of_data_variant_ends_data(
    intake: App, sink: RelaySink, ending: bytes
) -> None:
    async with await RawSession.open(intake.port) as s:
        await s.envelope()
        await s.send(HEAD + b"Testing" + ending + SMUGGLED + b".\r\n")
        assert (await s.reply()).startswith(b"250 2.0.0")
        assert (await s.command("QUIT")).startswith(b"221")
    [raw] = stored_raw(intake)
    assert b"smuggled body" in raw and b"MAIL FROM:<admin@ccm-isu.example>" in raw
    assert not BARE_EOL.search(raw)
    await drain(intake)
    assert len(sink.of_kind("forward")) == 1 and len(sink.messages) == 2
    assert all(m.message["Subject"] != "smuggled" for m in sink.messages)
    assert all(m.mail_from != "admin@ccm-isu.example" for m in sink.messages)


async def test_case_15_bare_lf_in_a_header_is_normalised_into_one_agreed_header_set(
    intake: App, sink: RelaySink
) -> None:
    head = HEAD.replace(
        b"Subject: Request for clearance assistance\r\n",
        b"Subject: Request for clearance assistance\nBcc: victim@example.com\r\n",
    )
    async with await RawSession.open(intake.port) as s:
        await s.envelope()
        await s.send(head + b"Clearance of cluster munition remnants, please.\r\n.\r\n")
        assert (await s.reply()).startswith(b"250 2.0.0")
    [raw] = stored_raw(intake)
    assert not BARE_EOL.search(raw)
    stored = message_from_bytes(raw, policy=policy.default)
    assert stored["Subject"] == "Request for clearance assistance"  # the SMTP layer agrees
    await drain(intake)
    assert last_message(intake)["subject"] == "Request for clearance assistance"
    assert sink.messages
    for received in sink.messages:
        assert "victim@example.com" not in received.rcpt_tos
        assert received.message.get_all("Bcc") is None
        assert "Bcc" not in str(received.message["Subject"])


async def test_case_16_bare_cr_in_body_and_header_is_never_relayed_raw(
    intake: App, sink: RelaySink
) -> None:
    head = HEAD.replace(b"Subject: Request for", b"Subject: Request\rfor")
    async with await RawSession.open(intake.port) as s:
        await s.envelope()
        await s.send(head + b"Clearance\rof cluster munition\rremnants.\r\n.\r\n")
        assert (await s.reply()).startswith(b"250 2.0.0")
    [raw] = stored_raw(intake)
    assert not BARE_EOL.search(raw)
    # The CR in the Subject became a line break: the rest of the header block reads as body
    # to every stage alike (no Message-ID, so no acknowledgement), and nothing relays a CR.
    await drain(intake)
    assert len(sink.of_kind("forward")) == 1
    for received in sink.messages:
        assert not BARE_EOL.search(received.data)


def test_case_16_normalising_a_max_size_message_does_not_stall_the_event_loop() -> None:
    # Runs inside handle_DATA, on the loop: it must cost milliseconds, not seconds, even for a
    # 25 MiB message full of bare line ends (a regular expression took 1.5 s).
    hostile = b"line with a bare LF\nand a bare CR\rand a proper end\r\n" * 500_000
    clean = b"a proper line of text, ended the standard way\r\n" * 500_000
    for raw in (hostile, clean):
        assert len(raw) > 20 * 1024 * 1024
        started = time.monotonic()
        out = normalise_line_endings(raw)
        assert time.monotonic() - started < 0.5
        assert not BARE_EOL.search(out[: 10 * 1024 * 1024])
    assert normalise_line_endings(clean) is clean  # nothing to do: not even a copy


async def test_case_17_dot_transparency_round_trips_to_the_relay(
    intake: App, sink: RelaySink
) -> None:
    body = b"Clearance request.\r\n.\r\n..\r\n.hidden\r\n> quoted\r\n> .\r\n.\r\n"
    original = HEAD + body
    async with await RawSession.open(intake.port) as s:
        await s.envelope()
        await s.send(stuff(original))
        assert (await s.reply()).startswith(b"250 2.0.0")
    [raw] = stored_raw(intake)
    assert raw.endswith(original)  # unstuffed exactly; only our Received: line is added
    await drain(intake)
    [forward] = sink.of_kind("forward")
    assert raw in forward.data  # re-stuffed on the way out: the relay got the same bytes


# --- 18, 35: STARTTLS and AUTH ------------------------------------------------------------


async def test_case_18_commands_pipelined_after_starttls_are_discarded(
    tls_intake: App, certificate: tuple[Path, Path]
) -> None:
    async with await RawSession.open(tls_intake.port) as s:
        await s.send(b"EHLO client.test\r\n")
        assert b"250-STARTTLS" in await s.reply_lines()
        await s.send(
            b"STARTTLS\r\nMAIL FROM:<a@evil.example>\r\nRCPT TO:<" + INTAKE.encode() + b">\r\n"
        )
        assert (await s.reply()).startswith(b"220")
        await s.start_tls(client_tls(certificate[0]))
        # The first reply after the handshake answers our own command, not the injected ones,
        # and the session starts over: EHLO is needed again.
        assert (await s.command("MAIL FROM:<" + ANA + ">")).startswith(b"503")
        await s.send(b"EHLO client.test\r\n")
        lines = await s.reply_lines()
        assert not any(b"STARTTLS" in line or b"AUTH" in line for line in lines)
        assert (await s.command(f"RCPT TO:<{INTAKE}>")).startswith(b"503")  # no MAIL in effect
        assert (await s.command(f"MAIL FROM:<{ANA}>")).startswith(b"250")
        assert (await s.command(f"RCPT TO:<{INTAKE}>")).startswith(b"250")
        assert (await s.command("DATA")).startswith(b"354")
        await s.send(stuff(HEAD + b"Over TLS.\r\n"))
        assert (await s.reply()).startswith(b"250 2.0.0")
    [raw] = stored_raw(tls_intake)
    assert raw.startswith(b"Received: from client.test")
    assert b"with ESMTPS" in raw.split(b"\r\n\r\n", 1)[0]


async def test_case_35_ehlo_offers_starttls_and_never_auth_before_or_after_tls(
    tls_intake: App, certificate: tuple[Path, Path]
) -> None:
    async with await RawSession.open(tls_intake.port) as s:
        await s.send(b"EHLO client.test\r\n")
        before = await s.reply_lines()
        assert b"250-STARTTLS" in before
        assert not any(b"AUTH" in line for line in before)
        assert (await s.command("STARTTLS")).startswith(b"220")
        await s.start_tls(client_tls(certificate[0]))
        await s.send(b"EHLO client.test\r\n")
        after = await s.reply_lines()
        assert after[0] == b"250-intake.test"
        assert not any(b"AUTH" in line or b"STARTTLS" in line for line in after)


async def test_case_35_no_starttls_offered_without_a_certificate(intake: App) -> None:
    async with await RawSession.open(intake.port) as s:
        await s.send(b"EHLO client.test\r\n")
        assert not any(b"STARTTLS" in line for line in await s.reply_lines())
        assert (await s.command("STARTTLS")).startswith((b"454 4.7.0", b"502"))


@pytest.mark.parametrize("tls", [False, True], ids=["plain", "after-starttls"])
async def test_case_35_auth_is_refused_and_credentials_are_never_logged(
    tls_intake: App,
    certificate: tuple[Path, Path],
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    tls: bool,
) -> None:
    secret = "aGlkZGVuAHVzZXIAaHVudGVyMg=="  # base64 of "hidden\0user\0hunter2"
    caplog.set_level(logging.DEBUG)
    with structlog.testing.capture_logs() as events:
        async with await RawSession.open(tls_intake.port) as s:
            if tls:
                assert (await s.command("EHLO client.test")).startswith(b"250")
                assert (await s.command("STARTTLS")).startswith(b"220")
                await s.start_tls(client_tls(certificate[0]))
            assert (await s.command("EHLO client.test")).startswith(b"250")
            for auth in (f"AUTH PLAIN {secret}", "AUTH LOGIN", "AUTH CRAM-MD5"):
                reply = await s.command(auth)
                assert reply[:3] in (b"502", b"503"), reply
            assert (await s.command("NOOP")).startswith(b"250")  # no challenge is pending
    logged = caplog.text + capsys.readouterr().err + repr(events)
    assert secret not in logged and "hunter2" not in logged


async def test_case_35_bdat_is_not_a_command_here(intake: App) -> None:
    async with await RawSession.open(intake.port) as s:
        assert (await s.command("EHLO client.test")).startswith(b"250")
        assert (await s.command("BDAT 10 LAST")).startswith((b"500", b"502"))
        assert (await s.command("NOOP")).startswith(b"250")


async def test_case_35_tls_garbage_closes_only_that_session_without_a_traceback(
    tls_intake: App, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with structlog.testing.capture_logs() as events:
        async with await RawSession.open(tls_intake.port) as bystander:
            assert (await bystander.command("EHLO other.test")).startswith(b"250")
            async with await RawSession.open(tls_intake.port) as s:
                assert (await s.command("EHLO client.test")).startswith(b"250")
                assert (await s.command("STARTTLS")).startswith(b"220")
                await s.send(b"\x16\x03\x01\x00\x05hello" + bytes(range(256)) * 8)
                assert await s.rest() is not None  # closed
            assert (await bystander.command("NOOP")).startswith(b"250")
        await until(lambda: len(tls_intake.handler.sessions) == 0)
    assert not any("exc_info" in e or e.get("log_level") == "error" for e in events), events
    assert "Traceback" not in caplog.text


async def test_case_35_hostname_containing_auth_keeps_its_ehlo_greeting(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    smtp = {"hostname": "auth.intake.test"}
    async with (
        running(tmp_path, sink, clock, smtp=smtp) as app,
        await RawSession.open(app.port) as s,
    ):
        await s.send(b"EHLO client.test\r\n")
        lines = await s.reply_lines()
    assert lines[0] == b"250-auth.intake.test"
    assert not any(line[4:].startswith(b"AUTH") for line in lines)


@pytest.mark.parametrize(
    "smtp, key",
    [
        ({"proxy_networks": ["not-a-network"]}, "proxy_networks"),
        ({"tls_cert": "cert.pem"}, "tls_cert and tls_key"),
    ],
    ids=["bad-proxy-network", "certificate-without-key"],
)
def test_case_32_35_tls_and_proxy_settings_are_checked_at_start(
    tmp_path: Path, smtp: dict[str, Any], key: str
) -> None:
    with pytest.raises(ConfigError, match=key):
        intake_settings(tmp_path, None, smtp=smtp)


# --- 19-22: line and size limits ----------------------------------------------------------


async def test_case_19_overlong_data_line_answers_500_only_at_end_of_data(intake: App) -> None:
    async with await RawSession.open(intake.port) as s:
        await s.envelope()
        await s.send(HEAD + b"x" * 5555 + b"\r\nmore text\r\n.\r\n")
        assert (await s.reply()).startswith(b"500 5.5.2")
        assert (await s.command("NOOP")).startswith(b"250")  # that was the only reply
    assert count(intake) == 0


def _sized(total: int) -> bytes:
    """Header and body lines adding up to exactly `total` octets as sent (no dots)."""
    data = HEAD
    while total - len(data) > 80:
        data += b"a" * 78 + b"\r\n"
    return data + b"b" * (total - len(data) - 2) + b"\r\n"


@pytest.mark.parametrize("extra", [0, 1], ids=["at-the-limit", "one-byte-over"])
async def test_case_20_body_over_the_size_limit_gets_one_552_and_is_not_kept(
    tmp_path: Path, sink: RelaySink, clock: Clock, extra: int
) -> None:
    limit = 4000
    async with serving(tmp_path, sink, clock, max_message_bytes=limit) as app:
        async with await RawSession.open(app.port) as s:
            await s.envelope()
            data = _sized(limit + extra)
            assert len(data) == limit + extra
            await s.send(data + b".\r\n")
            reply = await s.reply()
            assert (await s.command("NOOP")).startswith(b"250")  # exactly one reply
        if extra:
            assert reply.startswith(b"552 5.3.4")
            assert count(app) == 0
        else:
            assert reply.startswith(b"250 2.0.0")
            assert count(app) == 1


async def test_case_21_size_parameter_is_checked_at_mail_and_advertised_as_enforced(
    intake: App,
) -> None:
    limit = intake.settings.smtp.max_message_bytes
    async with await RawSession.open(intake.port) as s:
        await s.send(b"EHLO client.test\r\n")
        assert f"250-SIZE {limit}".encode() in await s.reply_lines()
        assert (await s.command(f"MAIL FROM:<{ANA}> SIZE={limit + 1}")).startswith(b"552 5.3.4")
        assert (await s.command(f"MAIL FROM:<{ANA}> SIZE=abc")).startswith(b"501 5.5.4")
        assert (await s.command(f"MAIL FROM:<{ANA}> SIZE={limit}")).startswith(b"250")


async def test_case_22_command_line_of_600_octets_answers_500_and_the_session_goes_on(
    intake: App,
) -> None:
    async with await RawSession.open(intake.port) as s:
        assert (await s.command("EHLO client.test")).startswith(b"250")
        line = f"MAIL FROM:<{ANA}> " + "X" * (600 - len(f"MAIL FROM:<{ANA}> "))
        assert len(line) == 600
        assert (await s.command(line)).startswith(b"500 5.5.2")
        assert (await s.command(f"MAIL FROM:<{ANA}>")).startswith(b"250")


async def test_case_22_ten_megabytes_without_crlf_keeps_memory_bounded(intake: App) -> None:
    chunk = b"A" * 65536
    peak = 0
    async with await RawSession.open(intake.port) as s:
        assert (await s.command("EHLO client.test")).startswith(b"250")
        for _ in range(10 * 1024 * 1024 // len(chunk)):
            await s.send(chunk)
            buffered = [len(p._reader._buffer) for p in intake.handler.sessions]
            peak = max(peak, *buffered)
        await s.send(b"\r\n")
        assert (await s.reply(timeout=30)).startswith(b"500 5.5.2")
        assert (await s.command("NOOP")).startswith(b"250")
    assert peak < 1024 * 1024  # the server never held the 10 MB it was sent


# --- 23-26: junk, repeats, errors, sequence -----------------------------------------------


async def test_case_23_five_unknown_verbs_end_the_session_with_502(intake: App) -> None:
    async with await RawSession.open(intake.port) as s:
        await s.send(b"".join(f"XVERB{i} x\r\n".encode() for i in range(6)))
        replies = [await s.reply() for _ in range(5)]
        assert all(r.startswith(b"500 5.5.2") for r in replies[:4]), replies
        assert replies[4].startswith(b"502 5.5.1")
        assert await s.rest() == b""  # closed; the sixth verb was never answered


@pytest.mark.parametrize(
    "first", [b"GET / HTTP/1.1", b"POST /x HTTP/1.1", b"CONNECT a:25 HTTP/1.1"]
)
async def test_case_23_http_request_as_first_line_is_disconnected_at_once(
    intake: App, first: bytes
) -> None:
    async with await RawSession.open(intake.port) as s:
        await s.send(first + b"\r\nHost: intake.test\r\nContent-Length: 0\r\n\r\n")
        assert (await s.reply()).startswith(b"421 4.7.0")
        assert await s.rest() == b""  # nothing processed after it


@pytest.mark.parametrize("verb, limit", [("NOOP", 20), ("RSET", 32), ("EHLO client.test", 20)])
async def test_case_24_a_command_repeated_past_its_budget_gets_421_and_close(
    intake: App, verb: str, limit: int
) -> None:
    async with await RawSession.open(intake.port) as s:
        await s.send((verb + "\r\n").encode() * (limit + 5))
        answered = 0
        while (reply := await s.reply()).startswith(b"250"):
            answered += 1
        assert answered == limit
        assert reply.startswith(b"421 4.7.0")
        assert await s.rest() == b""


async def test_case_24_repeated_ehlo_does_not_raise_the_mail_line_limit(intake: App) -> None:
    line = f"MAIL FROM:<{ANA}> " + "X" * (600 - len(f"MAIL FROM:<{ANA}> "))
    async with await RawSession.open(intake.port) as s:
        for _ in range(15):
            assert (await s.command("EHLO client.test")).startswith(b"250")
        assert (await s.command(line)).startswith(b"500 5.5.2")


async def test_case_25_error_budget_slows_then_closes_with_421(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    delay = 0.1
    async with (
        serving(tmp_path, sink, clock, error_delay=delay) as app,
        await RawSession.open(app.port) as s,
    ):
        assert (await s.command("EHLO client.test")).startswith(b"250")
        assert (await s.command(f"MAIL FROM:<{ANA}>")).startswith(b"250")
        started = time.monotonic()
        replies = []
        for i in range(25):
            reply = await s.command(f"RCPT TO:<nobody{i}@ccm-isu.example>")
            replies.append(reply)
            if reply.startswith(b"421"):
                break
        elapsed = time.monotonic() - started
        assert await s.rest() == b""
    assert all(r.startswith(b"550 5.1.1") for r in replies[:19]), replies
    assert replies[19:] == [b"421 4.7.0 Too many errors, closing connection"]
    assert elapsed >= 9 * delay * 0.9  # errors 11 to 19 were each held back


SEQUENCES = [
    pytest.param(["EHLO c.test", f"MAIL FROM:<{ANA}>", "DATA"], b"503", id="data-before-rcpt"),
    pytest.param(["EHLO c.test", f"RCPT TO:<{INTAKE}>"], b"503", id="rcpt-before-mail"),
    pytest.param(
        ["EHLO c.test", f"MAIL FROM:<{ANA}>", f"MAIL FROM:<{ANA}>"], b"503", id="second-mail"
    ),
    pytest.param([f"MAIL FROM:<{ANA}>"], b"503", id="mail-before-ehlo"),
    pytest.param(
        ["EHLO c.test", f"MAIL FROM:<{ANA}>", f"RCPT TO:<{INTAKE}>", "RSET", "DATA"],
        b"503",
        id="rset-clears-the-envelope",
    ),
    pytest.param(
        ["EHLO c.test", f"MAIL FROM:<{ANA}>", f"RCPT TO:<{INTAKE}>", "EHLO c.test", "DATA"],
        b"503",
        id="second-ehlo-acts-as-rset",
    ),
]


@pytest.mark.parametrize("commands, last", SEQUENCES)
async def test_case_26_sequence_errors_get_503_and_the_session_stays_usable(
    intake: App, commands: list[str], last: bytes
) -> None:
    async with await RawSession.open(intake.port) as s:
        for command in commands[:-1]:
            assert (await s.command(command)).startswith(b"250")
        reply = await s.command(commands[-1])
        assert reply.startswith(last + b" 5.5.1"), reply
        assert (await s.command("RSET")).startswith(b"250")
        await s.envelope()
        await s.send(stuff(HEAD + b"Clearance request.\r\n"))
        assert (await s.reply()).startswith(b"250 2.0.0")
    assert count(intake) == 1


# --- 27-31: envelopes ---------------------------------------------------------------------

DSN = (
    b"From: Mail Delivery System <MAILER-DAEMON@mx.mod.example.org>\r\n"
    b"To: " + INTAKE.encode() + b"\r\n"
    b"Subject: Undelivered Mail Returned to Sender\r\n"
    b"Message-ID: <dsn-27@mx.mod.example.org>\r\n"
    b"MIME-Version: 1.0\r\n"
    b'Content-Type: multipart/report; report-type=delivery-status; boundary="r"\r\n'
    b"\r\n--r\r\nContent-Type: text/plain\r\n\r\nDelivery failed.\r\n"
    b"--r\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.mod.example.org"
    b"\r\n\r\nFinal-Recipient: rfc822; x@y.example\r\nAction: failed\r\nStatus: 5.1.1\r\n--r--\r\n"
)


async def test_case_27_null_sender_dsn_is_kept_as_a_bounce_never_acked_or_forwarded(
    intake: App, sink: RelaySink
) -> None:
    async with await RawSession.open(intake.port) as s:
        assert (await s.command("EHLO mx.mod.example.org")).startswith(b"250")
        assert (await s.command("MAIL FROM:<>")).startswith(b"250")
        assert (await s.command(f"RCPT TO:<{INTAKE}>")).startswith(b"250")
        assert (await s.command("DATA")).startswith(b"354")
        await s.send(stuff(DSN))
        assert (await s.reply()).startswith(b"250 2.0.0")
    await drain(intake)
    row = last_message(intake)
    assert row["mail_from"] == ""  # the null reverse-path is stored as the empty string
    assert (row["kind"], row["state"]) == ("bounce", "screened")
    assert sink.messages == []


async def test_case_28_plus_tagged_intake_address_is_not_accepted(intake: App) -> None:
    tagged = INTAKE.replace("@", "+urgent@")
    async with await RawSession.open(intake.port) as s:
        assert (await s.command("EHLO client.test")).startswith(b"250")
        assert (await s.command(f"MAIL FROM:<{ANA}>")).startswith(b"250")
        assert (await s.command(f"RCPT TO:<{tagged}>")).startswith(b"550 5.1.1")


async def test_case_28_the_101st_recipient_gets_452_never_552(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    desks = [f"desk{i}@ccm-isu.example" for i in range(101)]
    async with serving(tmp_path, sink, clock, intake_addresses=desks) as app:
        async with await RawSession.open(app.port) as s:
            assert (await s.command("EHLO client.test")).startswith(b"250")
            assert (await s.command(f"MAIL FROM:<{ANA}>")).startswith(b"250")
            await s.send("".join(f"RCPT TO:<{d}>\r\n" for d in desks).encode())
            replies = [await s.reply() for _ in desks]
            assert all(r.startswith(b"250") for r in replies[:100])
            assert replies[100].startswith(b"452 4.5.3")
            assert (await s.command("DATA")).startswith(b"354")
            await s.send(stuff(HEAD + b"To many desks.\r\n"))
            assert (await s.reply()).startswith(b"250 2.0.0")
        [row] = rows(app, "SELECT rcpt_tos FROM messages")
        assert len(json.loads(row[0])) == 100


MALFORMED = [
    b'<"',
    b"<(c):>",
    b"<a@b@c.example>",
    b"<alice@example.org(<bob@example.org>>",
    b"<(any@legitimate.com>",
    b"<any@legitimate.com'@any.attack.com>",
    b"<@legitimate.com,@any.com:'any@attack.com>",
    b"<" + b"l" * 65 + b"@mod.example.org>",
    b"<" + b"p" * 60 + b"@" + b".".join([b"d" * 60] * 4) + b".example>",
    b"<ana\x00pereira@mod.example.org>",
]
ALLOWED_MAIL = (b"553 5.1.7", b"501 5.5.4", b"553 5.1.3")
ALLOWED_RCPT = (b"553 5.1.3", b"501 5.5.4", b"550 5.7.1", b"550 5.1.1")


@pytest.mark.parametrize("address", MALFORMED, ids=lambda a: a[:24].decode(errors="replace"))
async def test_case_29_malformed_envelope_addresses_get_a_clean_5xx_and_the_session_goes_on(
    intake: App, address: bytes
) -> None:
    async with await RawSession.open(intake.port) as s:
        assert (await s.command("EHLO client.test")).startswith(b"250")
        reply = await s.command(b"MAIL FROM:" + address)
        assert reply.startswith(ALLOWED_MAIL), reply
        assert b"Error" not in reply  # never aiosmtpd's "500 Error: (ExceptionClass) ..."
        assert (await s.command(f"MAIL FROM:<{ANA}>")).startswith(b"250")
        reply = await s.command(b"RCPT TO:" + address)
        assert reply.startswith(ALLOWED_RCPT), reply
        assert b"Error" not in reply
        assert (await s.command("NOOP")).startswith(b"250")


async def test_case_30_non_ascii_envelope_without_smtputf8_is_refused_with_553_5_6_7(
    intake: App,
) -> None:
    async with await RawSession.open(intake.port) as s:
        await s.send(b"EHLO client.test\r\n")
        assert not any(b"SMTPUTF8" in line for line in await s.reply_lines())
        reply = await s.command("MAIL FROM:<jörg@example.com>".encode())
        assert reply.startswith(b"553 5.6.7")
        reply = await s.command(b"MAIL FROM:<anne\xff@example.com> SMTPUTF8")
        assert reply.startswith(b"553 5.6.7")
        reply = await s.command(f"MAIL FROM:<{ANA}> SMTPUTF8")
        assert reply.startswith(b"501 5.5.4")
        assert (await s.command(f"MAIL FROM:<{ANA}>")).startswith(b"250")
        reply = await s.command(f"RCPT TO:<jörg@{INTAKE.split('@')[1]}>".encode())
        assert reply.startswith(b"553 5.6.7")
        assert (await s.command("NOOP")).startswith(b"250")


async def test_case_31_replies_never_carry_client_text(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    mark = "ZQXJ"
    hostile = [
        f"VRFY <{mark}",
        f"VRFY {mark}",
        f"X{mark} arg",
        f"HELP {mark}",
        f"EXPN {mark}",
        f"MAIL FROM:<{mark}",
        f"MAIL FROM:<{ANA}> {mark}=1",
        f"MAIL FROM:<{ANA}> BODY={mark}",
        f"RCPT TO:<{mark}@ccm-isu.example> {mark}=1",
        f"RCPT TO:<{mark}\xff@ccm-isu.example>",
        f"NOOP {mark}",
        f"RSET {mark}",
        f"QUIT {mark}",
        f"DATA {mark}",
        f"STARTTLS {mark}",
    ]
    replies: list[bytes] = []
    async with serving(tmp_path, sink, clock) as app, await RawSession.open(app.port) as s:
        await s.send(b"EHLO client.test\r\n")
        replies += await s.reply_lines()
        for i, line in enumerate(hostile):
            if i == 7:  # a valid MAIL, so that RCPT is checked as RCPT
                assert (await s.command(f"MAIL FROM:<{ANA}>")).startswith(b"250")
            await s.send(line.encode("utf-8", "surrogateescape") + b"\r\n")
            replies += await s.reply_lines()
    for reply in replies:
        assert mark.encode() not in reply, reply
        assert reply.isascii()
        if reply[:1] in b"45":
            assert re.match(rb"^\d{3}[ -][45]\.\d{1,3}\.\d{1,3} ", reply), reply


# --- 32: PROXY protocol -------------------------------------------------------------------

PROXY_LINE = b"PROXY TCP4 198.51.100.7 192.0.2.25 40000 25\r\n"


async def test_case_32_direct_client_sending_proxy_is_not_honoured(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    async with serving(tmp_path, sink, clock, proxy_networks=["192.0.2.0/24"]) as app:
        async with await RawSession.open(app.port, greet=False) as s:
            await s.send(PROXY_LINE + b"EHLO forged.test\r\n")
            rest = await s.rest()
        assert rest is not None and b"220" not in rest and b"250" not in rest
        assert count(app) == 0


async def test_case_32_trusted_proxy_names_the_client_recorded_as_peer(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    async with serving(tmp_path, sink, clock, proxy_networks=["127.0.0.0/8"]) as app:
        async with await RawSession.open(app.port, greet=False) as s:
            await s.send(PROXY_LINE)
            assert (await s.line()).startswith(b"220")
            await s.envelope()
            await s.send(stuff(HEAD + b"Via the load balancer.\r\n"))
            assert (await s.reply()).startswith(b"250 2.0.0")
        [row] = rows(app, MESSAGES_WITH_RAW)
        assert row["peer"] == "198.51.100.7"
        assert b"[198.51.100.7]" in bytes(row["raw"]).split(b"\r\n\r\n")[0]


async def test_case_32_proxied_client_survives_starttls(
    tmp_path: Path, sink: RelaySink, clock: Clock, certificate: tuple[Path, Path]
) -> None:
    cert, key = certificate
    smtp = {"proxy_networks": ["127.0.0.0/8"], "tls_cert": cert, "tls_key": key}
    async with serving(tmp_path, sink, clock, **smtp) as app:
        async with await RawSession.open(app.port, greet=False) as s:
            await s.send(PROXY_LINE)
            assert (await s.line()).startswith(b"220")
            assert (await s.command("EHLO client.test")).startswith(b"250")
            assert (await s.command("STARTTLS")).startswith(b"220")
            await s.start_tls(client_tls(cert))
            await s.envelope()
            await s.send(stuff(HEAD + b"Via the load balancer, encrypted.\r\n"))
            assert (await s.reply()).startswith(b"250 2.0.0")
        [row] = rows(app, "SELECT peer FROM messages")
        assert row["peer"] == "198.51.100.7"


@pytest.mark.parametrize(
    "header",
    [
        b"PROXY TCP4 not-an-address 192.0.2.25 1 25\r\n",
        b"PROXY TCP9 1.2.3.4\r\n",
        b"EHLO client.test\r\n",
    ],
    ids=["bad-address", "bad-family", "no-proxy-header"],
)
async def test_case_32_malformed_proxy_header_from_the_trusted_proxy_closes(
    tmp_path: Path, sink: RelaySink, clock: Clock, header: bytes
) -> None:
    async with serving(tmp_path, sink, clock, proxy_networks=["127.0.0.0/8"]) as app:
        async with await RawSession.open(app.port, greet=False) as s:
            await s.send(header)
            rest = await s.rest()
        assert rest is not None and b"220" not in rest


async def test_case_32_no_proxy_header_within_the_timeout_closes(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    smtp = {"proxy_networks": ["127.0.0.0/8"], "proxy_timeout": 0.5}
    async with serving(tmp_path, sink, clock, **smtp) as app:
        started = time.monotonic()
        async with await RawSession.open(app.port, greet=False) as s:
            rest = await s.rest(timeout=5)
        assert rest is not None and b"220" not in rest
        assert time.monotonic() - started < 4


async def test_case_32_per_ip_caps_count_the_proxied_client_not_the_proxy(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    smtp = {"proxy_networks": ["127.0.0.0/8"], "max_connections_per_ip": 1}
    async with serving(tmp_path, sink, clock, **smtp) as app:
        first = await RawSession.open(app.port, greet=False)
        other = await RawSession.open(app.port, greet=False)
        same = await RawSession.open(app.port, greet=False)
        try:
            await first.send(PROXY_LINE)
            assert (await first.line()).startswith(b"220")
            await other.send(PROXY_LINE.replace(b"198.51.100.7", b"198.51.100.8"))
            assert (await other.line()).startswith(b"220")
            await same.send(PROXY_LINE)
            assert (await same.line()).startswith(b"421 4.7.0")
        finally:
            for s in (first, other, same):
                await s.close()


# --- 33: timeouts and slowloris -----------------------------------------------------------


async def test_case_33_silence_after_the_greeting_gets_421_at_the_idle_timeout(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    async with serving(tmp_path, sink, clock, **TIMEOUTS) as app:
        async with await RawSession.open(app.port) as s:
            started = time.monotonic()
            assert (await s.line(timeout=5)).startswith(b"421 4.4.2")
            assert await s.rest() == b""
        assert 0.8 < time.monotonic() - started < 3


async def test_case_33_a_noop_drip_is_ended_at_the_session_deadline(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    async with serving(tmp_path, sink, clock, **TIMEOUTS) as app:
        async with await RawSession.open(app.port) as s:
            started = time.monotonic()
            while (reply := await s.command("NOOP")).startswith(b"250"):
                await asyncio.sleep(0.4)  # a client dripping commands just inside the timeout
            assert reply.startswith(b"421 4.4.2")
        assert 1.8 < time.monotonic() - started < 4


async def test_case_33_slow_data_is_ended_with_451_and_nothing_is_kept(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    async with serving(tmp_path, sink, clock, **{**TIMEOUTS, "session_deadline": 10}) as app:
        async with await RawSession.open(app.port) as s:
            await s.envelope()
            started = time.monotonic()
            reply = b""
            for byte in HEAD:
                await s.send(bytes([byte]))
                try:
                    reply = await s.line(timeout=0.2)  # a client trickling one byte at a time
                    break
                except TimeoutError:
                    continue
            assert reply.startswith(b"451 4.4.2"), reply
            assert await s.rest() == b""
        assert time.monotonic() - started < 3
        assert count(app) == 0


async def test_case_33_an_upload_longer_than_the_idle_timeout_succeeds(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    smtp = {**TIMEOUTS, "data_timeout": 5, "session_deadline": 8}
    async with serving(tmp_path, sink, clock, **smtp) as app:
        async with await RawSession.open(app.port) as s:
            await s.envelope()
            started = time.monotonic()
            await s.send(HEAD)
            for _ in range(8):
                await s.send(b"x" * 900 + b"\r\n")
                await asyncio.sleep(0.25)  # 100 kB/s in spirit: slower than the idle timeout
            await s.send(b".\r\n")
            assert (await s.reply()).startswith(b"250 2.0.0")
        assert time.monotonic() - started > app.settings.smtp.idle_timeout
        assert count(app) == 1


# --- 34: floods ---------------------------------------------------------------------------


async def test_case_34_connections_over_the_per_ip_cap_get_421_at_the_greeting(
    intake: App,
) -> None:
    cap = intake.settings.smtp.max_connections_per_ip
    sessions = await asyncio.gather(*(RawSession.open(intake.port) for _ in range(cap + 10)))
    try:
        greetings = [s.greeting for s in sessions]
        assert sum(g.startswith(b"220") for g in greetings) == cap
        assert sum(g.startswith(b"421 4.7.0") for g in greetings) == 10
        async with await RawSession.open(intake.port) as late:
            assert late.greeting.startswith(b"421 4.7.0")
    finally:
        await asyncio.gather(*(s.close() for s in sessions))
    await until(lambda: len(intake.handler.sessions) == 0)
    async with await RawSession.open(intake.port) as again:  # the slots were given back
        assert again.greeting.startswith(b"220")


async def test_case_34_connections_over_the_per_minute_cap_get_421(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    async with serving(tmp_path, sink, clock, max_connections_per_ip_per_minute=5) as app:
        for _ in range(5):
            async with await RawSession.open(app.port) as s:
                assert s.greeting.startswith(b"220")
                assert (await s.command("QUIT")).startswith(b"221")
        async with await RawSession.open(app.port) as s:
            assert s.greeting.startswith(b"421 4.7.0")


async def test_case_34_an_exempt_upstream_is_not_held_to_the_per_ip_caps(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    async with serving(
        tmp_path,
        sink,
        clock,
        max_connections_per_ip_per_minute=2,
        max_connections_per_ip=2,
        limit_exempt_networks=["127.0.0.0/8"],
    ) as app:
        for _ in range(4):  # twice the per-minute cap, from our own MX's address
            async with await RawSession.open(app.port) as s:
                assert s.greeting.startswith(b"220")
                assert (await s.command("QUIT")).startswith(b"221")


async def test_case_34_sessions_over_the_total_cap_get_421(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    async with serving(tmp_path, sink, clock, max_sessions=3) as app:
        held = [await RawSession.open(app.port) for _ in range(3)]
        try:
            assert all(s.greeting.startswith(b"220") for s in held)
            async with await RawSession.open(app.port) as s:
                assert s.greeting.startswith(b"421 4.7.0")
        finally:
            for s in held:
                await s.close()


async def test_case_34_data_over_the_concurrent_data_cap_gets_451_4_3_2(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    smtp = {
        "max_message_bytes": 100_000,
        "memory_budget_bytes": 230_000,
        "data_timeout": 5,
        "session_deadline": 10,
    }
    async with serving(tmp_path, sink, clock, **smtp) as app:
        assert app.settings.smtp.max_concurrent_data == 1
        async with await RawSession.open(app.port) as a, await RawSession.open(app.port) as b:
            await a.envelope()  # a is now buffering its DATA
            assert (await b.command("EHLO b.test")).startswith(b"250")
            assert (await b.command(f"MAIL FROM:<{ANA}>")).startswith(b"250")
            assert (await b.command(f"RCPT TO:<{INTAKE}>")).startswith(b"250")
            assert (await b.command("DATA")).startswith(b"451 4.3.2")
            await a.send(stuff(HEAD + b"First.\r\n"))
            assert (await a.reply()).startswith(b"250 2.0.0")
            assert (await b.command("DATA")).startswith(b"354")  # the client's retry works
            await b.send(stuff(HEAD + b"Second.\r\n"))
            assert (await b.reply()).startswith(b"250 2.0.0")
        assert count(app) == 2


async def test_case_34_a_client_is_held_to_its_declared_size_so_it_cannot_outgrow_the_budget(
    intake: App,
) -> None:
    async with await RawSession.open(intake.port) as s:
        assert (await s.command("EHLO client.test")).startswith(b"250")
        assert (await s.command(f"MAIL FROM:<{ANA}> SIZE=1000")).startswith(b"250")
        assert (await s.command(f"RCPT TO:<{INTAKE}>")).startswith(b"250")
        assert (await s.command("DATA")).startswith(b"354")
        await s.send(HEAD + (b"y" * 998 + b"\r\n") * 100 + b".\r\n")  # 100 kB, said 1 kB
        assert (await s.reply()).startswith(b"552 5.3.4")
        assert (await s.command(f"MAIL FROM:<{ANA}> SIZE=100000")).startswith(b"250")
        assert (await s.command(f"RCPT TO:<{INTAKE}>")).startswith(b"250")
        assert (await s.command("DATA")).startswith(b"354")
        await s.send(HEAD + (b"y" * 998 + b"\r\n") * 100 + b".\r\n")  # an honest estimate
        assert (await s.reply()).startswith(b"250 2.0.0")
    assert count(intake) == 1


# --- 36: early talker ---------------------------------------------------------------------


async def test_case_36_early_talker_is_answered_strictly_in_order_after_the_greeting(
    intake: App,
) -> None:
    async with await RawSession.open(intake.port, greet=False) as s:
        await s.send(f"EHLO early.test\r\nMAIL FROM:<{ANA}>\r\nNOOP\r\n".encode())
        assert (await s.line()).startswith(b"220 intake.test")
        ehlo = await s.reply_lines()
        assert ehlo[0] == b"250-intake.test"
        assert (await s.reply()).startswith(b"250 2.1.0")
        assert (await s.reply()).startswith(b"250")
        assert (await s.command(f"RCPT TO:<{INTAKE}>")).startswith(b"250 2.1.5")


# --- the recorded envelope ----------------------------------------------------------------


async def test_stored_message_carries_our_received_line_with_a_sanitised_helo(
    intake: App,
) -> None:
    async with await RawSession.open(intake.port) as s:
        # (a bare LF would end the command line: a HELO cannot carry one)
        assert (await s.command(b"EHLO evil\x1b[31m;Bcc:victim@example.com")).startswith(b"250")
        assert (await s.command(f"MAIL FROM:<{ANA}>")).startswith(b"250")
        assert (await s.command(f"RCPT TO:<{INTAKE}>")).startswith(b"250")
        assert (await s.command("DATA")).startswith(b"354")
        await s.send(stuff(HEAD + b"Hello.\r\n"))
        assert (await s.reply()).startswith(b"250 2.0.0")
    [raw] = stored_raw(intake)
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert raw.endswith(HEAD + b"Hello.\r\n")
    assert head.startswith(b"Received: from invalid-helo ([127.0.0.1])")
    assert b"by intake.test" in head and b"\x1b" not in raw
    assert not BARE_EOL.search(raw)
    stored = message_from_bytes(raw, policy=policy.default)
    assert stored.get_all("Bcc") is None
    assert len(stored.get_all("Received") or []) == 1
