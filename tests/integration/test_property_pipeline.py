"""Property: whatever bytes are stored, the whole pipeline takes them to exactly one end state.

Generated and mutated messages (random header and body bytes, broken MIME, random charsets,
truncations of the dev and malformed corpora) are stored the way the listener stores them,
then `pipeline.run_once()` and `delivery.run_once()` run. No exception escapes (a quarantine
that says "processing failed" would be one that did), every message ends `routed`, `recorded`,
`screened` or `quarantined`, and every outbound row ends `sent`, `queued` or `dead`.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake.app import App
from intake.listener import normalise_line_endings
from intake.models import Envelope
from tests.conftest import INTAKE, Clock, intake_settings
from tests.helpers import enquiry

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "corpus" / "dev"
MALFORMED = ROOT / "tests" / "corpus" / "malformed"
TERMINAL = {"routed", "recorded", "screened", "quarantined"}
OUTBOUND_END = {"sent", "queued", "dead"}


def _seeds() -> list[bytes]:
    found = [
        p.read_bytes()
        for folder in (DEV, MALFORMED)
        if folder.is_dir()
        for p in sorted(folder.glob("*.eml"))
    ]
    return [*found, enquiry().as_bytes()]


SEEDS = _seeds()
HEADER_NAMES = [
    b"From",
    b"To",
    b"Cc",
    b"Reply-To",
    b"Subject",
    b"Message-ID",
    b"In-Reply-To",
    b"References",
    b"Content-Type",
    b"Content-Transfer-Encoding",
    b"Content-Disposition",
    b"Auto-Submitted",
    b"Precedence",
    b"List-Id",
    b"Authentication-Results",
    b"X-Intake-Loop",
    b"X-Intake-Case",
    b"Return-Path",
    b"Date",
    b"MIME-Version",
    b"X Bad",
    b"From ",
]
CHARSETS = [
    b"utf-8",
    b"x-unknown",
    b"utf-7",
    b"iso-8859-1",
    b"windows-1252",
    b"utf-16",
    b"gb2312",
    b"koi8-r",
    b"",
    b'"',
    b"utf-8'en'",
    b"\xff",
]
CONTENT_TYPES = [
    b"text/plain",
    b"text/html",
    b"multipart/mixed",
    b"multipart/alternative",
    b"message/rfc822",
    b"multipart/report; report-type=delivery-status",
    b"application/octet-stream",
    b"text/",
    b"/",
    b"",
]


@st.composite
def header_line(draw: st.DrawFn) -> bytes:
    name = draw(st.sampled_from(HEADER_NAMES))
    value = draw(
        st.one_of(
            st.binary(max_size=120),
            st.text(max_size=80).map(lambda t: t.encode("utf-8", "surrogatepass")),
            st.tuples(
                st.sampled_from(CHARSETS),
                st.sampled_from([b"q", b"b", b"Q", b"x"]),
                st.binary(max_size=30),
            ).map(lambda w: b"=?" + b"?".join(w) + b"?="),
            st.builds(
                lambda ct, cs: ct + b"; charset=" + cs + b'; boundary="b"',
                st.sampled_from(CONTENT_TYPES),
                st.sampled_from(CHARSETS),
            ),
        )
    )
    return name + b": " + value


@st.composite
def built(draw: st.DrawFn) -> bytes:
    """A message made up from random header lines and a random (perhaps MIME) body."""
    headers = draw(st.lists(header_line(), max_size=12))
    body = draw(
        st.one_of(
            st.binary(max_size=600),
            st.just(b"--b\r\nContent-Type: text/plain\r\n\r\nclearance survey\r\n--b--\r\n"),
            st.just(
                b"--b\r\n\r\n--b\r\nContent-Type: message/rfc822\r\n\r\nSubject: x\r\n\r\ny\r\n"
            ),
        )
    )
    return b"\r\n".join(headers) + b"\r\n\r\n" + body


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A corpus message, truncated and damaged in a few random ways."""
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(0, 4))):
        action = draw(st.sampled_from(["truncate", "flip", "insert", "header", "boundary"]))
        if action == "truncate" and data:
            del data[draw(st.integers(0, len(data) - 1)) :]
        elif action == "flip" and data:
            at = draw(st.integers(0, len(data) - 1))
            data[at : at + 1] = draw(st.binary(min_size=1, max_size=8))
        elif action == "insert":
            at = draw(st.integers(0, len(data)))
            data[at:at] = draw(
                st.sampled_from(
                    [b"\n", b"\r", b"\r\n\r\n", b"--", b"=?", b"\xff\xfe", b": ", b"\n.\n", b"("]
                )
            )
        elif action == "header":
            data[0:0] = draw(header_line()) + b"\r\n"
        elif action == "boundary":
            data = bytearray(bytes(data).replace(b"boundary=", b"boundary=x", 1))
    return bytes(data)


def stored_form(raw: bytes) -> bytes:
    """What the listener would store: CRLF line ends (NUL is refused at SMTP, never stored)."""
    return normalise_line_endings(raw.replace(b"\x00", b""))


def test_property_any_stored_message_reaches_exactly_one_end_state(tmp_path: Path) -> None:
    clock = Clock()
    app = App(intake_settings(tmp_path, None), clock=clock)  # a maildir relay: always there
    loop = asyncio.new_event_loop()
    loop.run_until_complete(app.start(workers=False))
    senders = ["", "ana.pereira@mod.example.org", "postmaster@mx.example", "isu@ccm-isu.example"]

    async def one(raw: bytes, sender: str) -> None:
        envelope = Envelope(mail_from=sender, rcpt_tos=(INTAKE,), received_at=datetime.now(UTC))
        queue_id = await app.committer.submit(envelope, stored_form(raw))
        while await app.pipeline.run_once():
            pass
        await app.delivery.run_once()
        conn = app.store.conn
        row = conn.execute(
            "SELECT id, state, reason FROM messages WHERE queue_id = ?", (queue_id,)
        ).fetchone()
        assert row["state"] in TERMINAL, dict(row)
        assert not str(row["reason"] or "").startswith("processing failed"), dict(row)
        states = [
            r[0]
            for r in conn.execute("SELECT state FROM outbound WHERE message_row = ?", (row["id"],))
        ]
        assert set(states) <= OUTBOUND_END, states
        assert (
            conn.execute("SELECT COUNT(*) FROM messages WHERE state = 'received'").fetchone()[0]
            == 0
        )
        clock.advance(60)

    @settings(
        max_examples=100,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(raw=st.one_of(mutated(), built()), sender=st.sampled_from(senders))
    def check(raw: bytes, sender: str) -> None:
        loop.run_until_complete(one(raw, sender))

    try:
        check()
    finally:
        loop.run_until_complete(app.stop())
        loop.close()
