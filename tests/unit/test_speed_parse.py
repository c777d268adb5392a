"""The fast paths of `parse` give what the plain ones give: the per-message and shared header
caches, the shortcuts for unstructured, date and Message-ID headers, and the ASCII shortcut of
`sanitise`."""

from __future__ import annotations

import unicodedata
from email.policy import default as default_policy
from unittest.mock import patch

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import intake.parse
import intake.parse_headers
from intake.parse import parse_message
from intake.parse_headers import (
    _BIDI_CONTROLS,
    _BREAKS,
    _SHARED_ENTRIES,
    MessagePolicy,
    _decode_compat,
    decode_value,
    sanitise,
    unescape_raw,
)

NAMES = ["Subject", "X-Mailer", "Received", "Comments", "To", "From", "Date", "Message-ID",
         "Content-Type", "content-disposition", "MIME-Version", "Thread-Topic"]  # fmt: skip
# "\udce9" is how the parser keeps an undecodable byte.
PIECES = ["a", "Zoë", " ", "\t", "\r\n ", "\n\t", "=?utf-8?q?h=C3=A9?=", "=?", "<a@b.example>",
          "Jo <j@x.org>", ", ", "\x00", "\x1f", "\x85", "\u2028", "\u202e", "\udce9", "(", ")",
          "text/plain; charset=utf-8", "Mon, 3 Mar 2025 10:00:00 +0100", '"', ";"]  # fmt: skip
VALUES = st.lists(st.sampled_from(PIECES) | st.text(max_size=5), max_size=12).map("".join)
# Dates and Message-IDs, well-formed and not: those headers read without their objects.
DATE_PIECES = ["Mon,", " 3", " Mar", " 2025", " 10:00", ":07", " +0100", " -0000", " GMT", " EST",
               " (CET)", " 31", " Feb", " 25", " 99:99", " +9999", " 1899", "T", "x", "", " ",
               "\r\n ", "\udce9", "é"]  # fmt: skip
MSGID_PIECES = ["<", ">", "@", "a", "b.c", ".", "..", "[1.2.3.4]", '"q"', " ", "(c)", "\\", "é",
                "\udce9", "=?utf-8?q?x?=", "!#$%&'*+-/=?^_`{|}~", "\r\n\t", "x@y", ""]  # fmt: skip
STRUCTURED = st.one_of(
    st.tuples(
        st.sampled_from(["Date", "Resent-Date", "orig-date"]),
        st.lists(st.sampled_from(DATE_PIECES), max_size=9).map("".join),
    ),
    st.tuples(
        st.sampled_from(["Message-ID", "message-id"]),
        st.lists(st.sampled_from(MSGID_PIECES), max_size=9).map("".join),
    ),
)


def _decode_slowly(name: str, raw: str) -> str:
    """`decode_value` as it was: every header through the policy's header objects."""
    raw = unescape_raw(raw)
    if len(raw) <= 8192:
        try:
            return _sanitise_slowly(str(default_policy.header_fetch_parse(name, raw)))
        except Exception:
            pass
    return _sanitise_slowly(_decode_compat(raw))


def _sanitise_slowly(value: str) -> str:
    out: list[str] = []
    for char in value:
        if char in _BREAKS:
            out.append(" ")
        elif char in _BIDI_CONTROLS or unicodedata.category(char) in ("Cc", "Cs", "Zl", "Zp"):
            continue
        else:
            out.append(char)
    return " ".join("".join(out).split())


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(NAMES), VALUES)
def test_decode_value_shortcuts_change_nothing(name: str, raw: str) -> None:
    expected = _decode_slowly(name, raw)
    policy = MessagePolicy()
    assert decode_value(name, raw) == expected
    assert decode_value(name, raw, policy) == expected
    assert decode_value(name, raw, policy) == expected  # from the cache


@settings(max_examples=1000, deadline=None)
@given(STRUCTURED)
def test_date_and_message_id_shortcuts_change_nothing(header: tuple[str, str]) -> None:
    name, raw = header
    assert decode_value(name, raw) == _decode_slowly(name, raw)
    assert decode_value(name, raw, MessagePolicy()) == _decode_slowly(name, raw)


@pytest.mark.parametrize(
    ("name", "raw", "decoded"),
    [
        ("Date", "Mon, 3 Mar 2025 9:05 +0100", "Mon, 03 Mar 2025 09:05:00 +0100"),
        ("Date", "not a date", "not a date"),
        ("Message-ID", "<a.b@c.example>", "<a.b@c.example>"),
        ("Message-ID", "<a.b@c.example", "<a.b@c.example>"),  # the object adds the `>`
        ("Message-ID", "<a@b.example> trailing", "<a@b.example>"),  # and drops the rest
    ],
)
def test_date_and_message_id_read_as_their_header_objects(
    name: str, raw: str, decoded: str
) -> None:
    assert decode_value(name, raw) == decoded == _decode_slowly(name, raw)


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_sanitise_shortcut_changes_nothing(value: str) -> None:
    assert sanitise(value) == _sanitise_slowly(value)


def test_sanitise_every_ascii_character() -> None:
    for code in range(128):
        value = f"a{chr(code)}b {chr(code)}"
        assert sanitise(value) == _sanitise_slowly(value)


def test_message_policy_builds_each_header_once() -> None:
    policy = MessagePolicy()
    first = policy.header_fetch_parse("Content-Type", "text/plain;\r\n charset=utf-8")
    again = policy.header_fetch_parse("Content-Type", "text/plain; charset=utf-8")
    assert first is again
    plain = default_policy.header_fetch_parse("Content-Type", "text/plain; charset=utf-8")
    assert str(first) == str(plain)
    assert first.params == plain.params
    assert MessagePolicy().header_fetch_parse("Content-Type", "text/plain") is not first


def test_recurring_headers_are_shared_between_messages() -> None:
    shared = MessagePolicy().header_fetch_parse("Content-Type", 'text/plain; charset="utf-8"')
    again = MessagePolicy().header_fetch_parse("Content-Type", 'text/plain; charset="utf-8"')
    assert shared is again
    to = "CCM Implementation Support Unit <intake@ccm-isu.example>"
    first = MessagePolicy().header_fetch_parse("To", to)
    assert MessagePolicy().header_fetch_parse("To", to) is first
    # a name written otherwise is another object (it keeps the name as written)
    other = MessagePolicy().header_fetch_parse("content-type", 'text/plain; charset="utf-8"')
    assert other is not shared


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("Content-Type", 'multipart/mixed; boundary="b1"'),  # one message's own
        ("Content-Type", "text/plain; name=" + "x" * 300),  # long: its parse tree is big
        ("Subject", "Hello"),  # a header that does not recur
        ("Date", "Mon, 3 Mar 2025 10:00:00 +0100"),
    ],
)
def test_other_headers_are_not_shared(name: str, value: str) -> None:
    first = MessagePolicy().header_fetch_parse(name, value)
    assert MessagePolicy().header_fetch_parse(name, value) is not first


def test_shared_headers_are_bounded() -> None:
    for number in range(_SHARED_ENTRIES + 50):
        MessagePolicy().header_fetch_parse("Content-Type", f"text/plain; charset=x-{number}")
    assert len(intake.parse_headers._SHARED) == _SHARED_ENTRIES
    recent = f"text/plain; charset=x-{_SHARED_ENTRIES + 49}"
    assert ("Content-Type", recent) in intake.parse_headers._SHARED
    assert ("Content-Type", "text/plain; charset=x-0") not in intake.parse_headers._SHARED


def test_message_policy_does_not_keep_failures() -> None:
    policy = MessagePolicy()
    for _ in range(2):  # a known crasher of the structured parser raises every time
        with pytest.raises(Exception):  # noqa: B017
            policy.header_fetch_parse("To", "(c):")


MESSAGE_HEADERS = st.lists(
    st.tuples(st.sampled_from([*NAMES, "Cc", "Reply-To", "In-Reply-To"]), VALUES), max_size=8
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MESSAGE_HEADERS, st.sampled_from([b"Hello.\n", b"--B\nContent-Type: text/html\n\nx\n"]))
def test_parse_with_the_header_cache_is_parse_without(
    headers: list[tuple[str, str]], body: bytes
) -> None:
    lines = "".join(f"{name}: {value}\n" for name, value in headers)
    raw = lines.encode("utf-8", "surrogateescape") + b"\n" + body
    cached = parse_message(raw)
    with patch.object(intake.parse, "MessagePolicy", lambda: default_policy):
        plain = parse_message(raw)
    assert cached == plain
