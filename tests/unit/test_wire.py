"""Our hand-written header encoding reads back, through the email package, as what we wrote."""

from __future__ import annotations

from email import message_from_bytes, policy

from hypothesis import given, settings
from hypothesis import strategies as st

from intake import wire
from intake.compose import clean_header


def read_back(*lines: str) -> dict[str, object]:
    msg = message_from_bytes(
        ("".join(lines) + "\r\nbody\r\n").encode("ascii"), policy=policy.default
    )
    assert not [d for name in msg for d in msg[name].defects]
    return {name: msg[name] for name in msg}


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=400))
def test_any_subject_round_trips(text: str) -> None:
    value = clean_header(text, 300)
    line = wire.field("Subject", value)
    assert all(len(physical) <= 998 for physical in line.split("\r\n"))
    assert line.endswith("\r\n") and "\r\n" not in line[:-2].replace("\r\n ", "")
    if value:
        assert str(read_back(line)["Subject"]) == value


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=90), min_size=1, max_size=6))
def test_any_display_names_round_trip_as_separate_mailboxes(names: list[str]) -> None:
    boxes = [(f"user{i}@example.org", clean_header(name, 80)) for i, name in enumerate(names)]
    header = read_back(wire.address_field("To", boxes))["To"]
    found = [(a.addr_spec, a.display_name) for a in header.addresses]  # type: ignore[attr-defined]
    # The stdlib keeps the space between adjacent encoded words of a phrase, which RFC 2047
    # says is not displayed (it misreads its own output the same way): compare without it.
    assert [(a, n.replace(" ", "")) for a, n in found] == [
        (a, n.replace(" ", "")) for a, n in boxes
    ]


def test_plain_ascii_stays_readable_and_folds_before_78() -> None:
    line = wire.field("Subject", "Request for assistance " * 8)
    assert "=?" not in line
    assert all(len(physical) <= wire.LINE for physical in line.split("\r\n"))


def test_only_the_non_ascii_words_are_encoded() -> None:
    line = wire.field("Subject", "[CCM-2026-0001] Demande d'assistance — déminage")
    assert line.startswith("Subject: [CCM-2026-0001] Demande d'assistance =?utf-8?b?")
    assert str(read_back(line)["Subject"]).endswith("— déminage")


def test_encoded_words_never_exceed_75_characters() -> None:
    line = wire.field("Subject", "éàü" * 60)
    words = [w for w in line.split() if w.startswith("=?")]
    assert words and all(len(w) <= 75 for w in words)


def test_text_that_looks_like_an_encoded_word_is_encoded_so_it_reads_back_verbatim() -> None:
    value = "=?utf-8?b?SGFjaw==?= literal"
    assert str(read_back(wire.field("Subject", value))["Subject"]) == value


def test_text_part_is_quoted_printable_utf8_with_crlf() -> None:
    part = wire.text_part("Línea uno\nline two  \n" + "x" * 200)
    msg = message_from_bytes(part.encode("ascii"), policy=policy.default)
    assert msg.get_content() == "Línea uno\r\nline two  \r\n" + "x" * 200 + "\r\n"
    assert all(len(line) <= 76 for line in part.split("\r\n"))
