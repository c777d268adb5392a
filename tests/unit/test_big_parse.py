"""Big base64 bodies are parsed without copies of them (`parse_body.Hidden`), and every message
parses exactly as it does with nothing hidden: text, attachment sizes and defects, broken input
included. Lowering `MIN_RUN_BYTES` hides every run of base64-like lines, even in small mail."""

from __future__ import annotations

import base64
import random
import tracemalloc
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from intake import parse_body
from intake.models import ParsedMessage
from intake.parse import MAX_DEPTH, MAX_PARTS, MessageTooComplex, parse_message

HEAD = b"From: A <a@x.example>\nTo: intake@ccm-isu.example\nSubject: s\nMIME-Version: 1.0\n"
LINE = base64.b64encode(bytes(range(57))).decode() + "\n"  # a full 76-character base64 line
# Whole lines, the ends a decoder may find fault with, and what else mail holds.
PIECES = [LINE, LINE, LINE, "QUJD\n", "QUI", "Q", "=", "==", "===", "\n", "\r\n", "\r", " ", "!",
          "-", "=3D", "=\n", "\udce9", "M86)C\n", "Hello\n", "--B\n", "Subject: x\n"]  # fmt: skip
BODIES = st.lists(st.sampled_from(PIECES), max_size=16).map("".join)
ENCODINGS = ["base64", "Base64", "quoted-printable", "7bit", "x-uuencode", ""]
TYPES = ["application/pdf", "text/plain; charset=utf-8", "text/html", "text/plain; charset=utf-16"]
DISPOSITIONS = ["", "Content-Disposition: attachment; filename=f.bin\n",
                "Content-Disposition: inline\n"]  # fmt: skip


@pytest.fixture
def hide_all(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(parse_body, "MIN_RUN_BYTES", 1)
    yield


def plainly(raw: bytes) -> ParsedMessage:
    """What parsing gives with nothing hidden."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(parse_body, "MIN_RUN_BYTES", 1 << 60)
        return parse_message(raw)


def hiding(raw: bytes) -> ParsedMessage:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(parse_body, "MIN_RUN_BYTES", 1)
        return parse_message(raw)


def leaf(kind: str, encoding: str, disposition: str, body: str) -> bytes:
    head = f"Content-Type: {kind}\n{disposition}".encode()
    if encoding:
        head += f"Content-Transfer-Encoding: {encoding}\n".encode()
    return head + b"X-Before: body\n\n" + body.encode("ascii", "surrogateescape")


def wrap(shape: int, part: bytes) -> bytes:
    """The part alone, beside a text, in an alternative, in an attached message, in a report."""
    text = b"Content-Type: text/plain\n\nDear ISU,\nwe need help.\n"
    if shape == 0:
        return HEAD + part
    mixed = b'Content-Type: multipart/mixed; boundary="B"\n\n'
    if shape == 1:
        run = LINE.encode()  # in the preamble and the epilogue too
        return HEAD + mixed + run + b"--B\n" + text + b"--B\n" + part + b"\n--B--\n" + run
    if shape == 2:
        alternative = b'Content-Type: multipart/alternative; boundary="A"\n\n'
        return HEAD + alternative + b"--A\n" + part + b"\n--A\n" + text + b"--A--\n"
    inner = b"Subject: inner\n" + mixed + b"--B\n" + text + b"--B\n" + part + b"\n--B--\n"
    kind = b"message/rfc822" if shape == 3 else b"message/delivery-status"
    outer = b'Content-Type: multipart/mixed; boundary="O"\n\n--O\n' + text + b"--O\n"
    return HEAD + outer + b"Content-Type: " + kind + b"\n\n" + inner + b"\n--O--\n"


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(TYPES),
    st.sampled_from(ENCODINGS),
    st.sampled_from(DISPOSITIONS),
    BODIES,
    st.integers(0, 4),
    st.booleans(),
)
@example("application/pdf", "base64", "", LINE + "AB==\n" + LINE, 0, False)  # decoding stops
@example("application/pdf", "base64", "", LINE + "Q\n", 0, True)  # undecodable: kept as is
@example("application/pdf", "base64", "", LINE + "!\n" + LINE + "QUI", 1, False)  # stray, unpadded
@example("application/pdf", "base64", "", LINE + "\udce9\n" + LINE, 1, False)  # not ASCII
@example("text/plain; charset=utf-8", "base64", "", LINE + LINE, 2, True)  # text: put back
@example("application/pdf", "quoted-printable", "", LINE + "=3D\n" + LINE, 3, False)
def test_hiding_runs_changes_nothing(
    kind: str, encoding: str, disposition: str, body: str, shape: int, crlf: bool
) -> None:
    raw = wrap(shape, leaf(kind, encoding, disposition, body))
    if crlf:
        raw = raw.replace(b"\n", b"\r\n")
    assert hiding(raw) == plainly(raw)


def big_message(size: int) -> bytes:
    """The benchmark's kind of message: a short report and two attachments of random bytes."""
    rng = random.Random(7)
    parts = [b"Content-Type: text/plain\r\n\r\nDear ISU,\r\nour Article 7 report is attached.\r\n"]
    for name, share in (("report.pdf", 0.8), ("annex.xlsx", 0.2)):
        data = base64.encodebytes(rng.randbytes(int(size * share))).replace(b"\n", b"\r\n")
        parts.append(
            f"Content-Type: application/octet-stream; name={name}\r\n"
            f"Content-Transfer-Encoding: base64\r\n"
            f"Content-Disposition: attachment; filename={name}\r\n\r\n".encode()
            + data
        )
    body = b"".join(b"--B\r\n" + part + b"\r\n" for part in parts) + b"--B--\r\n"
    head = HEAD.replace(b"\n", b"\r\n") + b'Content-Type: multipart/mixed; boundary="B"\r\n\r\n'
    return head + body


def test_a_big_message_costs_a_small_part_of_its_size_to_parse() -> None:
    raw = big_message(3_000_000)
    parse_message(raw)  # imports and caches warmed
    tracemalloc.start()
    try:
        parsed = parse_message(raw)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # Decoding the whole text took some 4 times the message; hidden, its runs cost nothing.
    assert peak < len(raw) // 20
    assert [(a.filename, a.size) for a in parsed.attachments] == [
        ("report.pdf", 2_400_000),
        ("annex.xlsx", 600_000),
    ]
    assert parsed.text.startswith("Dear ISU,")


def test_a_big_base64_text_is_read_whole() -> None:
    text = "Demande d'assistance pour le déminage. " * 5000
    raw = HEAD + b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
    parsed = parse_message(raw + base64.encodebytes(text.encode()))
    assert parsed.text == text.strip()


def test_the_caps_hold_with_big_runs() -> None:
    run = base64.encodebytes(bytes(200_000))
    nested = b"".join(
        f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n'.encode()
        for i in range(MAX_DEPTH + 5)
    )
    with pytest.raises(MessageTooComplex):
        parse_message(HEAD + nested + b"Content-Type: application/pdf\n\n" + run)
    parts = b"".join(b"--B\nContent-Type: text/plain\n\nx\n" for _ in range(MAX_PARTS + 1))
    mixed = b'Content-Type: multipart/mixed; boundary="B"\n\n'
    with pytest.raises(MessageTooComplex):
        parse_message(HEAD + mixed + parts + b"--B\n\n" + run + b"--B--\n")


def test_a_line_that_looks_like_a_marker_is_text(hide_all: None) -> None:
    """Markers carry a per-message secret: mail cannot forge one."""
    line = "0123456789abcdef00000000"
    parsed = parse_message(HEAD + b"\n" + f"{line}\n{LINE}".encode())
    assert parsed.text == f"{line}\n{LINE}".strip()
