"""The mail we write: safe headers whatever the input, the original attached byte for byte."""

from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes, policy

import pytest

from intake.compose import clean_header, compose_ack, compose_forward, link_free
from intake.models import Recipient

WHEN = datetime(2026, 9, 21, 10, 0, tzinfo=UTC)
HOSTILE_SUBJECTS = [
    "Hello\r\nBcc: victim@example.com",
    "Hello\nBcc: victim@example.com",
    "Hello\x00Bcc: victim@example.com",
    "Hello\u2028Bcc: victim@example.com",
    "Hello\x85Bcc: victim@example.com",
    "Hello\x1cBcc: victim@example.com",
    "Hello\x0bBcc:\x0c victim@example.com",
]


def forward(subject: str, to: tuple[Recipient, ...], reply_to: tuple[str, ...] = ()) -> bytes:
    return compose_forward(
        from_address="assistance@ccm-isu.example",
        intake_address="intake@ccm-isu.example",
        to=to,
        cc=(),
        reply_to=reply_to or ("state@mfa.example",),
        subject=subject,
        case_ref="CCM-2026-0001",
        topic="clearance",
        summary="summary",
        original=b"X: y\r\n\r\nz",
        max_original=1000,
        message_id="abc.fwd@ccm-isu.example",
        when=WHEN,
        marker="v1 a b c",
    )


def ack(subject: str, name: str = "Ana") -> bytes:
    return compose_ack(
        from_address="assistance@ccm-isu.example",
        to="state@mfa.example",
        to_name=name,
        subject=subject,
        case_ref="CCM-2026-0001",
        language="en",
        text="text",
        html="<p>x</p>",
        in_reply_to="orig@mfa.example",
        references=(),
        message_id="abc.ack@ccm-isu.example",
        when=WHEN,
        marker="v1 a b c",
    )


@pytest.mark.parametrize("subject", HOSTILE_SUBJECTS)
def test_line_breaks_in_a_subject_never_make_a_second_header(subject: str) -> None:
    for data in (ack(subject), forward(subject, (Recipient(address="c@gov.example"),))):
        msg = message_from_bytes(data, policy=policy.default)
        assert msg.get_all("Bcc") is None
        assert len(msg.get_all("Subject")) == 1
        assert b"\r\nBcc:" not in data


@pytest.mark.parametrize("name", ["Eve\r\nBcc: x@evil.example", "Eve <script>", 'A "B" C\u2028'])
def test_display_names_are_serialised_safely(name: str) -> None:
    msg = message_from_bytes(ack("s", name=name), policy=policy.default)
    assert msg.get_all("Bcc") is None
    assert [a.addr_spec for a in msg["To"].addresses] == ["state@mfa.example"]


def test_address_list_folding_keeps_separating_commas_literal() -> None:
    """CVE-2025-1795: a long list with a non-ASCII name must still parse as two addresses."""
    to = (
        Recipient(address="0123456789" * 4 + "@example.org"),
        Recipient(address="foo@example.org", name="ä"),
    )
    msg = message_from_bytes(forward("s", to), policy=policy.default)
    assert [a.addr_spec for a in msg["To"].addresses] == [to[0].address, "foo@example.org"]


def test_forward_attaches_the_original_unchanged() -> None:
    original = b"Subject: x\r\nX-Odd:  spaced \r\n\r\nline one\r\n.hidden\r\n"
    data = compose_forward(
        from_address="a@b.example",
        intake_address="i@b.example",
        to=(Recipient(address="c@d.example"),),
        cc=(),
        reply_to=("s@e.example",),
        subject="s",
        case_ref="CCM-2026-0001",
        topic="general",
        summary="why",
        original=original,
        max_original=10_000,
        message_id="m@b.example",
        when=WHEN,
        marker="v1 a b c",
    )
    assert b"\r\n\r\n" + original in data or original in data
    msg = message_from_bytes(data, policy=policy.default)
    [part] = [p for p in msg.iter_attachments() if p.get_content_type() == "message/rfc822"]
    assert part.get_filename() == "original.eml"


def test_forward_of_an_original_over_the_limit_carries_a_note_instead() -> None:
    data = compose_forward(
        from_address="a@b.example",
        intake_address="i@b.example",
        to=(Recipient(address="c@d.example"),),
        cc=(),
        reply_to=("s@e.example",),
        subject="s",
        case_ref="CCM-2026-0001",
        topic="general",
        summary="why",
        original=b"x" * 500,
        max_original=100,
        message_id="m@b.example",
        when=WHEN,
        marker="v1 a b c",
    )
    assert b"x" * 500 not in data and b"larger than the forward limit" in data


def test_clean_header_caps_length() -> None:
    assert len(clean_header("a" * 1000, 200)) == 200


def test_link_free_excerpt_removes_urls_for_possibly_spoofed_senders() -> None:
    assert "http" not in link_free("BUY NOW http://spam.example/x and www.spam.example")
