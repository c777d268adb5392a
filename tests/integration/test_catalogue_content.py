"""RELIABILITY.md section C (cases 37-52) at the pipeline level: each hostile message is sent
over SMTP, the pipeline and delivery are drained, and the stored and forwarded result is checked.

Covered elsewhere (tests/README.md): 43 and 44 (encoded line breaks and Unicode separators in
the Subject and display name, test_cases_and_acks_screening), 49's first cases (duplicate From,
two mailboxes, open comment, two at-signs, source route) and 50 (address-list folding).
"""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path

import pytest

from intake.app import App
from intake.listener import normalise_line_endings
from tests.conftest import INTAKE, Clock, Received, RelaySink
from tests.helpers import MESSAGES_WITH_RAW
from tests.integration.raw_smtp import ANA, RawSession, stuff
from tests.integration.test_cases_and_acks import last_message, rows, running
from tests.integration.test_core import drain

TERMINAL = {"routed", "recorded", "screened", "quarantined"}
MALFORMED = Path(__file__).resolve().parents[1] / "corpus" / "malformed"
DEV = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "dev"
BODY = (
    b"Dear ISU,\r\n\r\nOur mine action centre requests technical assistance for the survey and"
    b" clearance of cluster munition remnants in two districts.\r\n\r\nAna Pereira\r\n"
)


def message(
    *headers: bytes,
    body: bytes = BODY,
    subject: bytes = b"Clearance request",
    message_id: bytes = b"<content-1@mod.example.org>",
) -> bytes:
    """A message built byte by byte; `headers` are added after the usual ones."""
    return b"\r\n".join(
        [
            b"From: Ana Pereira <" + ANA.encode() + b">",
            b"To: " + INTAKE.encode(),
            b"Subject: " + subject,
            b"Date: Mon, 21 Sep 2026 10:00:00 +0000",
            b"Message-ID: " + message_id,
            *headers,
            b"",
            body,
        ]
    )


def as_sent(raw: bytes) -> bytes:
    """What DATA carries: the message ends with a line break."""
    return raw if raw.endswith(b"\r\n") else raw + b"\r\n"


async def transmit(port: int, raw: bytes) -> bytes:
    """Send raw bytes as one message (dot-stuffed); returns the final reply line."""
    async with await RawSession.open(port) as s:
        await s.envelope()
        await s.send(stuff(raw))
        return await s.reply(timeout=30)


async def accepted(app: App, raw: bytes) -> None:
    reply = await transmit(app.port, raw)
    assert reply.startswith(b"250 2.0.0"), reply


def only_message(app: App) -> dict[str, object]:
    [row] = rows(app, MESSAGES_WITH_RAW)
    return dict(row)


def top_level_names(received: Received) -> list[bytes]:
    head = received.data.split(b"\r\n\r\n", 1)[0]
    return [line.split(b":", 1)[0] for line in head.split(b"\r\n") if line[:1] not in b" \t"]


async def ehlo_latency(port: int) -> float:
    started = time.monotonic()
    async with await RawSession.open(port) as s:
        assert (await s.command("EHLO probe.test")).startswith(b"250")
    return time.monotonic() - started


# --- 37: corpus sweeps --------------------------------------------------------------------


def _wire(path: Path) -> bytes:
    data = path.read_bytes()
    return data.replace(b"\n", b"\r\n") if b"\r" not in data else data


async def test_case_37_dev_corpus_sweep_keeps_every_message_byte_for_byte(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    if not DEV.is_dir():
        pytest.skip("the shared dev corpus is not beside this checkout")
    sent: dict[str, bytes] = {}
    smtp = {"max_connections_per_ip_per_minute": 100_000}  # one connection per corpus file
    async with running(tmp_path, sink, clock, smtp=smtp) as app:
        for path in sorted(DEV.glob("*.eml")):
            data = _wire(path)
            reply = await transmit(app.port, data)
            assert reply.startswith(b"250 2.0.0"), (path.name, reply)
            sent[reply.rsplit(b" ", 1)[1].decode()] = data
        await drain(app)
        stored = {r["queue_id"]: dict(r) for r in rows(app, MESSAGES_WITH_RAW)}
    assert set(stored) == set(sent)
    for queue_id, data in sent.items():
        row = stored[queue_id]
        assert bytes(row["raw"]).endswith(normalise_line_endings(data))
        assert row["state"] in TERMINAL
        if row["state"] == "quarantined":
            assert row["reason"]


EXPECTED = json.loads((MALFORMED / "expected.json").read_text())


@pytest.mark.parametrize("name", sorted(EXPECTED))
async def test_case_37_malformed_corpus_sweep_gets_250_or_a_documented_5xx_and_loses_nothing(
    intake: App, sink: RelaySink, name: str
) -> None:
    expect = EXPECTED[name]
    data = _wire(MALFORMED / name)
    reply = await transmit(intake.port, data)
    assert int(reply[:3]) == expect["smtp"], reply
    if expect["smtp"] != 250:
        assert rows(intake, "SELECT COUNT(*) FROM messages")[0][0] == 0
        async with await RawSession.open(intake.port) as s:  # and the service is fine
            assert (await s.command("EHLO after.test")).startswith(b"250")
        return
    await drain(intake)
    row = only_message(intake)
    assert bytes(row["raw"]).endswith(normalise_line_endings(data))  # type: ignore[arg-type]
    assert row["state"] in TERMINAL
    if "state" in expect:
        assert row["state"] == expect["state"]
        assert expect["reason"] in str(row["reason"])
    if row["state"] == "quarantined":
        assert row["reason"]
    for received in sink.messages:  # whatever we sent is well formed
        assert all(b" " not in n and n.isascii() for n in top_level_names(received))


# --- 38, 39: header access crashers and quadratic inputs ----------------------------------

CRASHERS = [
    b"Content-Type: text/plain; name*",
    b"To: (c):",
    b'To: "',
    b"Cc: a@b.com,",
    b"Message-ID: <[b378dfc5-4a7f-4c3b@microsoft.com]>",
    b"Date: not a date",
    b"Reply-To: (c):",
    b'In-Reply-To: "',
]


@pytest.mark.parametrize("header", CRASHERS, ids=lambda h: h.decode())
async def test_case_38_known_header_crashers_fall_back_and_the_message_is_processed(
    intake: App, sink: RelaySink, header: bytes
) -> None:
    name = header.split(b":", 1)[0].lower()
    kept = [
        h
        for h in message().split(b"\r\n\r\n", 1)[0].split(b"\r\n")
        if h.split(b":", 1)[0].lower() != name
    ]
    await accepted(intake, b"\r\n".join([*kept, header]) + b"\r\n\r\n" + BODY)
    await drain(intake)
    row = only_message(intake)
    assert row["state"] in ("routed", "screened"), row["reason"]
    assert "Error" not in str(row["reason"])
    assert len(sink.of_kind("forward")) == (1 if row["state"] == "routed" else 0)


def _folded(name: bytes, items: list[bytes], separator: bytes) -> bytes:
    """One header whose value is `items` joined, folded so that no line passes 900 octets."""
    lines, line = [], name + b":"
    for item in items:
        if len(line) + len(item) > 900:
            lines.append(line)
            line = b""
        line += b" " + item + separator
    lines.append(line.rstrip(separator))
    return b"\r\n".join(lines)


QUADRATIC = {
    "subject-20000-encoded-words": _folded(b"Subject", [b"=?utf-8?q?a=C3=A9?="] * 20_000, b""),
    "to-10000-addresses": _folded(b"Cc", [b"a%d@x.example" % i for i in range(10_000)], b","),
    "content-type-5000-parameters": _folded(
        b"Content-Type", [b"text/plain"] + [b"p%d=v" % i for i in range(5_000)], b";"
    ),
    "from-comments-10000-deep": _folded(
        b"Reply-To", [b"(" * 900] * 11 + [ANA.encode()] + [b")" * 900] * 11, b""
    ),
}


@pytest.mark.parametrize("name", sorted(QUADRATIC))
async def test_case_39_quadratic_header_inputs_finish_in_budget_and_never_stall_smtp(
    tmp_path: Path, sink: RelaySink, clock: Clock, name: str
) -> None:
    smtp = {"max_connections_per_ip_per_minute": 100_000}  # the probes all come from 127.0.0.1
    async with running(tmp_path, sink, clock, smtp=smtp) as app:
        await accepted(app, message(QUADRATIC[name]))
        started = time.monotonic()
        processing = asyncio.create_task(drain(app))
        latencies = []
        try:
            while not processing.done():
                latencies.append(await ehlo_latency(app.port))
                await asyncio.sleep(0.1)
        finally:
            await processing
        assert time.monotonic() - started < 15  # the parse budget is 10 s, then quarantine
        row = only_message(app)
    assert max(latencies, default=0) < 1.0
    assert row["state"] in TERMINAL
    if row["state"] == "quarantined":
        assert row["reason"]


# --- 40, 41: MIME structure ---------------------------------------------------------------


def _nested_multipart(depth: int) -> bytes:
    return (
        b"MIME-Version: 1.0\r\n"
        + b"".join(
            b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i)
            for i in range(depth)
        )
        + b"Content-Type: text/plain\r\n\r\n"
        + BODY
    )


def _nested_rfc822(depth: int) -> bytes:
    return (
        b"MIME-Version: 1.0\r\n"
        + b"".join(
            b"Content-Type: message/rfc822\r\n\r\nSubject: level %d\r\n" % i for i in range(depth)
        )
        + b"Content-Type: text/plain\r\n\r\n"
        + BODY
    )


def _fan_out(parts_count: int) -> bytes:
    return (
        b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="f"\r\n\r\n'
        + b"--f\r\n\r\n" * parts_count
        + b"--f--\r\n"
    )


@pytest.mark.parametrize(
    "tail",
    [_nested_multipart(1000), _nested_rfc822(60), _fan_out(100_000)],
    ids=["multipart-1000-deep", "rfc822-60-deep", "100000-empty-parts"],
)
async def test_case_40_mime_past_the_caps_is_kept_and_quarantined_as_too_complex(
    intake: App, sink: RelaySink, tail: bytes
) -> None:
    head = message().split(b"\r\n\r\n", 1)[0]
    raw = head + b"\r\n" + tail
    await accepted(intake, raw)
    started = time.monotonic()
    await drain(intake)
    assert time.monotonic() - started < 15
    row = only_message(intake)
    assert row["state"] == "quarantined" and "too complex" in str(row["reason"])
    assert bytes(row["raw"]).endswith(raw)  # type: ignore[arg-type]
    assert sink.messages == []


BOUNDARIES = {
    "missing-final-boundary": (
        b'multipart/mixed; boundary="x"',
        b"--x\r\nContent-Type: text/plain\r\n\r\n" + BODY,
    ),
    "boundary-inside-a-body": (
        b'multipart/mixed; boundary="x"',
        b"--x\r\n\r\n" + BODY + b"see --x and\r\n --x\r\n--x--\r\n",
    ),
    "overlapping-a-and-ab": (
        b'multipart/mixed; boundary="a"',
        b'--a\r\nContent-Type: multipart/alternative; boundary="ab"\r\n\r\n--ab\r\n\r\n'
        + BODY
        + b"--ab--\r\n--a\r\n\r\nsecond\r\n--a--\r\n",
    ),
    "boundary-of-900-chars": (
        b'multipart/mixed;\r\n boundary="' + b"q" * 900 + b'"',
        b"--" + b"q" * 900 + b"\r\n\r\n" + BODY + b"--" + b"q" * 900 + b"--\r\n",
    ),
    "boundary-with-an-encoded-crlf": (
        b'multipart/mixed; boundary="=?utf-8?q?a=0D=0Ab?="',
        b"--=?utf-8?q?a=0D=0Ab?=\r\n\r\n" + BODY + b"--=?utf-8?q?a=0D=0Ab?=--\r\n",
    ),
}


@pytest.mark.parametrize("name", sorted(BOUNDARIES))
async def test_case_41_boundary_pathologies_are_parsed_with_defects_and_forwarded_intact(
    intake: App, sink: RelaySink, name: str
) -> None:
    content_type, body = BOUNDARIES[name]
    raw = message(b"MIME-Version: 1.0", b"Content-Type: " + content_type, body=body)
    await accepted(intake, raw)
    await drain(intake)
    row = only_message(intake)
    assert row["state"] in ("routed", "quarantined"), row["reason"]
    if row["state"] == "routed":
        [forward] = sink.of_kind("forward")
        assert bytes(row["raw"]) in forward.data  # type: ignore[arg-type]


async def test_case_41_boundary_of_3000_chars_is_refused_by_the_line_limit(intake: App) -> None:
    boundary = b"z" * 3000
    params = b";\r\n".join(
        b' boundary*%d="%s"' % (i, boundary[i * 600 : (i + 1) * 600]) for i in range(5)
    )
    raw = message(
        b"MIME-Version: 1.0",
        b"Content-Type: multipart/mixed;\r\n" + params,
        body=b"--" + boundary + b"\r\n\r\n" + BODY + b"--" + boundary + b"--\r\n",
    )
    reply = await transmit(intake.port, raw)
    assert reply.startswith(b"500 5.5.2")  # documented: a 3002-octet line is past RFC 5321
    assert rows(intake, "SELECT COUNT(*) FROM messages")[0][0] == 0


# --- 42: charsets -------------------------------------------------------------------------

CHARSETS = {
    "unknown-charset": (b"text/plain; charset=x-unknown", b"", BODY + b"\xe9\xff"),
    "raw-8bit-header": (b"text/plain; charset=utf-8", "Subject: Déminage á".encode(), BODY),
    "invalid-utf8": (b"text/plain; charset=utf-8", b"", BODY + b"\xff\xfe\xc3\x28"),
    "utf-7": (b"text/plain; charset=utf-7", b"", b"Clearance +AOk- request +ZeVnLIqe-\r\n"),
    "broken-base64-word": (b"text/plain", b"Subject: =?utf-8?b?Q2xlYXJhbmNl!!?=", BODY),
    "base64-garbage-body": (
        b"text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64",
        b"",
        b"!!!not base64@@@\r\n===\r\nQQ\r\n",
    ),
}


@pytest.mark.parametrize("name", sorted(CHARSETS))
async def test_case_42_charset_chaos_gives_replacement_characters_and_keeps_the_bytes(
    intake: App, sink: RelaySink, name: str
) -> None:
    content_type, subject, body = CHARSETS[name]
    raw = message(b"MIME-Version: 1.0", b"Content-Type: " + content_type, body=body)
    if subject:
        raw = raw.replace(b"Subject: Clearance request", subject)
    await accepted(intake, raw)
    await drain(intake)
    row = only_message(intake)
    assert row["state"] == "routed", row["reason"]
    assert bytes(row["raw"]).endswith(as_sent(raw))  # type: ignore[arg-type]
    assert isinstance(row["subject"], str)
    [forward] = sink.of_kind("forward")
    assert bytes(row["raw"]) in forward.data  # type: ignore[arg-type]


# --- 45: RFC 2231 file names --------------------------------------------------------------

FILENAMES = [
    b"Content-Disposition: attachment; filename*0*=utf-8''..%2F..%2F; filename*1*=etc%2Fpasswd",
    b"Content-Disposition: attachment; filename*=utf-8''bad%zzname.pdf",
    b"Content-Disposition: attachment; filename*=utf-16''%FF%FE%41%00%2F%00%2E%00",
    b"Content-Disposition: attachment; filename*=utf-8''a%0D%0AX-Evil:%20b%00%1B%5B31m.pdf",
    b'Content-Disposition: attachment; filename="C:\\\\Windows\\\\..\\\\evil.exe"',
]


@pytest.mark.parametrize("disposition", FILENAMES, ids=range(len(FILENAMES)))
async def test_case_45_rfc2231_file_names_are_sanitised_and_the_message_is_kept(
    tmp_path: Path, sink: RelaySink, clock: Clock, disposition: bytes
) -> None:
    body = (
        b"--m\r\nContent-Type: text/plain\r\n\r\n"
        + BODY
        + b"--m\r\n"
        + disposition
        + b"\r\nContent-Type: application/octet-stream\r\n\r\nx\r\n--m--\r\n"
    )
    raw = message(b"MIME-Version: 1.0", b'Content-Type: multipart/mixed; boundary="m"', body=body)
    async with running(tmp_path, sink, clock) as app:
        await accepted(app, raw)
        await drain(app)
        assert last_message(app)["state"] == "routed"
    [forward] = sink.of_kind("forward")
    summary = next(
        str(p.get_content()) for p in forward.message.walk() if p.get_content_type() == "text/plain"
    )  # ours, before the original
    files = [line for line in summary.splitlines() if line.startswith("Files:")]
    assert len(files) == 1, summary
    names = files[0].removeprefix("Files:").strip()
    assert "/" not in names and "\\" not in names and ".." not in names
    assert not any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in names)
    assert "X-Evil" not in [n.decode() for n in top_level_names(forward)]


# --- 46: NUL ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [message(b"X-Note: a\x00b"), message(body=b"Clearance\x00request\r\n")],
    ids=["in-a-header", "in-the-body"],
)
async def test_case_46_nul_bytes_are_refused_with_554_5_6_0_never_truncated(
    intake: App, raw: bytes
) -> None:
    async with await RawSession.open(intake.port) as s:
        await s.envelope()
        await s.send(stuff(raw))
        assert (await s.reply()).startswith(b"554 5.6.0")
        assert (await s.command("NOOP")).startswith(b"250")  # the session goes on
    assert rows(intake, "SELECT COUNT(*) FROM messages")[0][0] == 0


# --- 47, 48: header block oddities and size -----------------------------------------------

ODDITIES = {
    "no-blank-line-before-body": message().replace(b"\r\n\r\nDear", b"\r\nDear"),
    "mbox-from-line-first": b"From ana.pereira@mod.example.org Mon Sep 21 10:00:00 2026\r\n"
    + message(),
    "header-without-colon": message(b"This line has no colon"),
    "header-name-with-a-space": message(b"X Bad Name: value", b"Reply To : x@attack.example"),
    "continuation-line-first": b" continued from nowhere\r\n" + message(),
}


@pytest.mark.parametrize("name", sorted(ODDITIES))
async def test_case_47_header_block_oddities_parse_with_defects_and_are_never_re_emitted(
    intake: App, sink: RelaySink, name: str
) -> None:
    raw = ODDITIES[name]
    await accepted(intake, raw)
    await drain(intake)
    row = only_message(intake)
    assert row["state"] in TERMINAL and row["state"] != "quarantined", row["reason"]
    for received in sink.messages:
        assert all(b" " not in n for n in top_level_names(received))
        assert "x@attack.example" not in received.rcpt_tos


@pytest.mark.parametrize(
    "headers",
    [
        [b"X-Filler-%d: %s" % (i, b"f" * 150) for i in range(2000)],
        [_folded(b"X-Huge", [b"h" * 80] * 2500, b"")],
    ],
    ids=["300-KiB-across-2000-headers", "one-200-KiB-header"],
)
async def test_case_48_oversized_header_block_is_kept_whole_and_quarantined(
    intake: App, sink: RelaySink, headers: list[bytes]
) -> None:
    raw = message(*headers)
    assert len(raw.split(b"\r\n\r\n")[0]) > 150 * 1024
    await accepted(intake, raw)
    await drain(intake)
    row = only_message(intake)
    assert bytes(row["raw"]).endswith(raw)  # type: ignore[arg-type]
    assert row["state"] == "quarantined" and "header block" in str(row["reason"])
    assert sink.messages == []


# --- 49: sender ambiguity (the cases not in test_cases_and_acks_screening) ----------------

AMBIGUOUS = {
    "leading-space-from": b" From: Ana Pereira <" + ANA.encode() + b">",
    "space-before-colon": b"From : Mallory <mallory@attack.example>",
    "folded-name": b"From\r\n : Mallory <mallory@attack.example>",
    "base64-encoded-address": b"From: =?utf-8?b?YW5hLnBlcmVpcmFAbW9kLmV4YW1wbGUub3Jn?=",
}


@pytest.mark.parametrize("name", sorted(AMBIGUOUS))
async def test_case_49_ambiguous_sender_forms_are_deterministic_and_never_acknowledged(
    tmp_path: Path, sink: RelaySink, clock: Clock, name: str
) -> None:
    lines = message().split(b"\r\n")
    lines[0] = AMBIGUOUS[name]  # in place of the single, plain From line
    raw = b"\r\n".join(lines)
    senders = []
    for attempt in range(2):  # the same bytes give the same identity every time
        async with running(tmp_path / str(attempt), sink, clock) as app:
            await accepted(app, raw)
            await drain(app)
            senders.append(last_message(app)["sender"])
    assert senders[0] == senders[1]
    assert sink.of_kind("ack") == []
    assert all("mallory@attack.example" not in m.rcpt_tos for m in sink.messages)


# --- 51, 52: headers from outside that claim to be ours or trusted ------------------------


async def test_case_51_inbound_x_intake_headers_are_stripped_before_any_decision(
    intake: App, sink: RelaySink
) -> None:
    raw = message(
        b"X-Intake-Topic: legislation",
        b"X-Intake-Case: CCM-2026-0999",
        b"X-Intake-Route: ceo@corp.example",
        b"X-Intake-Classification: urgent",
        b"X-Intake-Loop: v1 forged 0123456789abcdef 0123456789abcdef0123456789abcdef",
    )
    await accepted(intake, raw)
    await drain(intake)
    row = last_message(intake)
    assert (row["kind"], row["topic"]) == ("enquiry", "clearance")
    assert row["case_ref"] != "CCM-2026-0999"
    [forward] = sink.of_kind("forward")
    assert forward.message["X-Intake-Topic"] == "clearance"
    assert forward.message["X-Intake-Case"] == row["case_ref"]
    assert "ceo@corp.example" not in forward.rcpt_tos
    assert len(sink.of_kind("ack")) == 1


async def test_case_52_planted_pass_under_our_trusted_authserv_id_does_not_win(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    trusted = "mx.ccm-isu.example"
    raw = message(
        f"Authentication-Results: {trusted}; dmarc=fail header.from=mod.example.org".encode(),
        b"Received-SPF: pass (forged by the sender)",
        f"Authentication-Results: {trusted}; dmarc=pass header.from=mod.example.org".encode(),
    )
    async with running(tmp_path, sink, clock, trust={"authserv_ids": [trusted]}) as app:
        await accepted(app, raw)
        await drain(app)
        row = last_message(app)
    assert "not acknowledged" in row["reason"]
    assert sink.of_kind("ack") == [] and len(sink.of_kind("forward")) == 1
