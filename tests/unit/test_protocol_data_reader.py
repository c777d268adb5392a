"""The chunked DATA reader against a line-by-line model of aiosmtpd's DATA loop.

The model reads the whole stream at once, one CRLF-ended line at a time, as aiosmtpd's
`readuntil(b"\\r\\n")` loop does; the reader must give the same message, outcome and
leftover octets however the stream is cut into chunks (tests/integration/test_smtp_data.py
checks the model against aiosmtpd itself over loopback).
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.smtp_data import DataReader, Outcome

LIMIT = 1001  # aiosmtpd's line limit: 998 octets, CRLF and a stuffing dot


def model(stream: bytes, line_limit: int, size_limit: int) -> tuple[Outcome, bytes, bytes]:
    """aiosmtpd's DATA loop over a complete stream: (outcome, message, what followed)."""
    pos, counted, outcome, lines = 0, 0, Outcome.OK, []
    while True:
        end = stream.find(b"\r\n", pos)
        assert end >= 0, "the stream has no end of data"
        line, pos = stream[pos : end + 2], end + 2
        if line == b".\r\n":
            break
        if len(line) > line_limit + 2 and outcome is Outcome.OK:  # StreamReader's limit
            outcome = Outcome.LINE_TOO_LONG
        counted += len(line)
        if outcome is Outcome.OK and size_limit and counted > size_limit:
            outcome = Outcome.TOO_MUCH_DATA
        if outcome is Outcome.OK and len(line) > line_limit:
            outcome = Outcome.LINE_TOO_LONG
        lines.append(line[1:] if line.startswith(b".") else line)
    message = b"".join(lines) if outcome is Outcome.OK else b""
    return outcome, message, stream[pos:]


def read(
    chunks: Iterable[bytes], line_limit: int = LIMIT, size_limit: int = 0
) -> tuple[Outcome, bytes, bytes]:
    """Feed chunks until the end of data; the octets after it, as the command loop gets them."""
    reader = DataReader(line_limit, size_limit)
    rest = None
    for chunk in chunks:
        if rest is None:
            rest = reader.feed(chunk)
        else:
            rest += chunk  # still in the stream's buffer
    assert rest is not None, "the end of data was not seen"
    return reader.outcome, bytes(reader.message), rest


def cut(stream: bytes, *offsets: int) -> list[bytes]:
    bounds = [0, *sorted(offsets), len(stream)]
    return [stream[a:b] for a, b in pairwise(bounds)]


def test_empty_message_is_just_the_dot_line() -> None:
    assert read([b".\r\nQUIT\r\n"]) == (Outcome.OK, b"", b"QUIT\r\n")
    assert read([b".", b"\r", b"\nQUIT\r\n"]) == (Outcome.OK, b"", b"QUIT\r\n")


@pytest.mark.parametrize(
    "stream",
    [
        b"Subject: x\r\n\r\nbody\r\n.\r\nNOOP\r\n",
        b"\r\n.\r\n",
        b"a\r\r\n.\r\n",
        b"line\r\n.\r\n.\r\n",
        b"..\r\n.\r\n",
    ],
)
def test_end_of_data_split_at_every_offset_and_in_single_octets(stream: bytes) -> None:
    expected = model(stream, LIMIT, 0)
    for offset in range(len(stream) + 1):
        assert read(cut(stream, offset)) == expected, offset
        for second in range(offset, len(stream) + 1):
            assert read(cut(stream, offset, second)) == expected, (offset, second)
    assert read([bytes([b]) for b in stream]) == expected


def test_dot_stuffing_is_undone_across_every_chunk_boundary() -> None:
    body = b".leading\r\n..two\r\n...\r\n. \r\nmid.dle\r\n\r\n..\r\n"
    stream = body + b".\r\n"
    expected = b"leading\r\n.two\r\n..\r\n \r\nmid.dle\r\n\r\n.\r\n"
    for offset in range(len(stream) + 1):
        assert read(cut(stream, offset)) == (Outcome.OK, expected, b""), offset
    assert read([bytes([b]) for b in stream]) == (Outcome.OK, expected, b"")


@pytest.mark.parametrize(
    "ending", [b"\n.\n", b"\r.\r", b"\r\n.\n", b"\n.\r\n", b"\r\n.\r", b"\r\r\n.\r\r\n"]
)
def test_smuggling_endings_do_not_end_data_and_stay_as_sent(ending: bytes) -> None:
    stream = b"Testing" + ending + b"after\r\n.\r\n"
    for offset in range(len(stream) + 1):
        outcome, message, rest = read(cut(stream, offset))
        assert (outcome, rest) == (Outcome.OK, b"")
        assert message == model(stream, LIMIT, 0)[1]
        assert message.startswith(b"Testing" + ending.replace(b"\r\n.", b"\r\n"))


@pytest.mark.parametrize("length", [LIMIT - 1, LIMIT, LIMIT + 1, LIMIT + 2, LIMIT + 3, 5555])
@pytest.mark.parametrize("dot", [b"", b"."])
def test_line_at_and_over_the_limit(length: int, dot: bytes) -> None:
    line = dot + b"x" * (length - 2 - len(dot)) + b"\r\n"  # `length` octets as sent
    stream = b"head\r\n" + line + b"tail\r\n.\r\nNOOP\r\n"
    expected = Outcome.OK if length <= LIMIT else Outcome.LINE_TOO_LONG
    for offset in range(0, len(stream) + 1, 97):
        outcome, message, rest = read(cut(stream, offset))
        assert (outcome, rest) == (expected, b"NOOP\r\n")
        assert message == (b"head\r\n" + line[len(dot) :] + b"tail\r\n" if length <= LIMIT else b"")


@pytest.mark.parametrize("length", [LIMIT, LIMIT + 1, LIMIT + 2, LIMIT + 3])
def test_one_long_line_among_many_short_ones_in_one_chunk(length: int) -> None:
    short = b"s" * 40 + b"\r\n"
    line = b"L" * (length - 2) + b"\r\n"
    expected = Outcome.OK if length <= LIMIT else Outcome.LINE_TOO_LONG
    for position in (0, 1, 23, 24, 25, 500, 600):
        stream = short * position + line + short * (600 - position) + b".\r\n"
        assert read([stream]) == model(stream, LIMIT, 0)
        assert read([stream])[0] is expected, position


@pytest.mark.parametrize("extra", [-1, 0, 1])
def test_size_at_and_over_the_limit_counts_octets_as_sent(extra: int) -> None:
    lines = b".dotted\r\n" + b"y" * 78 + b"\r\n"  # the stuffing dot counts, "." CRLF does not
    limit = len(lines) * 10 - extra
    stream = lines * 10 + b".\r\n"
    outcome, message, rest = read(cut(stream, 100, 500), size_limit=limit)
    if extra <= 0:
        assert (outcome, message) == (Outcome.OK, (lines * 10).replace(b".dotted", b"dotted"))
    else:
        assert (outcome, message) == (Outcome.TOO_MUCH_DATA, b"")
    assert rest == b""


def test_data_past_the_size_limit_is_dropped_at_once_and_the_rest_drained() -> None:
    reader = DataReader(LIMIT, 1000)
    assert reader.feed(b"z" * 998 + b"\r\n") is None
    assert len(reader.message) == 1000
    assert reader.feed(b"z\r\n") is None
    assert (reader.outcome, len(reader.message)) == (Outcome.TOO_MUCH_DATA, 0)
    for _ in range(100):  # a client going on sending: nothing more is kept
        assert reader.feed(b"w" * 4000 + b"\r\n") is None
        assert len(reader.message) == 0
    assert reader.feed(b"\r\n.\r\nRSET\r\n") == b"RSET\r\n"
    assert reader.outcome is Outcome.TOO_MUCH_DATA


def test_an_unfinished_line_past_the_limit_is_dropped_before_its_end() -> None:
    reader = DataReader(LIMIT, 0)
    reader.feed(b"ok\r\n")
    reader.feed(b"A" * (LIMIT + 1))  # no CRLF yet: it cannot end within the limit any more
    assert (reader.outcome, len(reader.message)) == (Outcome.LINE_TOO_LONG, 0)
    for _ in range(10):
        reader.feed(b"A" * 100_000)
    assert reader.feed(b"\r\n.\r\n") == b""


@pytest.mark.parametrize(
    ("stream", "expected"),
    [
        # The overlong line comes first in the stream, and it is past the stream limit.
        (b"x" * 1500 + b"\r\n" + b"y" * 98 + b"\r\n", Outcome.LINE_TOO_LONG),
        # Too much data before any long line.
        (b"y" * 98 + b"\r\n" + b"y" * 98 + b"\r\n" + b"x" * 1500 + b"\r\n", Outcome.TOO_MUCH_DATA),
        # A line just over the line limit (within the stream limit) that also crosses the size
        # limit: aiosmtpd checks the size first.
        (b"y" * 98 + b"\r\n" + b"x" * (LIMIT - 1) + b"\r\n", Outcome.TOO_MUCH_DATA),
        # Past the stream limit: the line limit trips before the line is counted.
        (b"y" * 98 + b"\r\n" + b"x" * (LIMIT + 1) + b"\r\n", Outcome.LINE_TOO_LONG),
    ],
)
def test_first_error_in_the_stream_decides_the_reply(stream: bytes, expected: Outcome) -> None:
    stream += b".\r\n"
    assert model(stream, LIMIT, 150)[0] is expected
    for offset in range(len(stream) + 1):
        assert read(cut(stream, offset), size_limit=150)[0] is expected, offset


TOKENS = st.sampled_from(
    [b"a", b"b", b".", b"\r", b"\n", b"\r\n", b"\r\n.", b".\r", b"\r\n..", b"\x00", b"xxxxx"]
)


@settings(max_examples=400, deadline=None)
@given(
    parts=st.lists(TOKENS, max_size=60),
    tail=st.sampled_from([b"", b"NOOP\r\n", b".\r\n", b"MAIL FROM:<a@b.example>\r\n"]),
    offsets=st.lists(st.integers(min_value=0, max_value=400), max_size=6),
    line_limit=st.integers(min_value=3, max_value=12),
    size_limit=st.sampled_from([0, 5, 20, 60]),
)
def test_property_any_chunking_matches_the_line_by_line_model(
    parts: list[bytes], tail: bytes, offsets: list[int], line_limit: int, size_limit: int
) -> None:
    stream = b"".join(parts) + b"\r\n.\r\n" + tail
    offsets = [o for o in offsets if o <= len(stream)]
    assert read(cut(stream, *offsets), line_limit, size_limit) == model(
        stream, line_limit, size_limit
    )
