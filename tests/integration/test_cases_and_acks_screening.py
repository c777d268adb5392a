"""What is never acknowledged (SPEC: Never acknowledge; RELIABILITY 49, 53, 56, 57, 62), header
injection into the ack and the forward (43, 44, 65), hostile values in the HTML ack (64) and
spam amplification (61), over real SMTP.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.app import App
from tests.conftest import FROM, INTAKE, Clock, Received, RelaySink
from tests.helpers import enquiry
from tests.integration.test_cases_and_acks import (
    ANA,
    case_of,
    last_message,
    parts,
    rows,
    running,
    submit,
)

TRUSTED = "mx.ccm-isu.example"
ANA_ADDR = b" <" + ANA.encode() + b">"


def expect_screened(app: App, sink: RelaySink, kind: str) -> None:
    """Stored, screened as `kind`, and nobody gets anything."""
    row = last_message(app)
    assert (row["kind"], row["state"]) == (kind, "screened")
    assert row["raw"]
    assert sink.messages == []


def expect_forwarded_not_acknowledged(app: App, sink: RelaySink) -> None:
    row = last_message(app)
    assert (row["kind"], row["state"]) == ("enquiry", "routed")
    assert "not acknowledged" in row["reason"]
    assert len(sink.of_kind("forward")) == 1
    assert sink.of_kind("ack") == []


def header_block(received: Received) -> list[bytes]:
    """The top-level header lines (unfolded continuation lines kept apart) as sent."""
    head = received.data.split(b"\r\n\r\n", 1)[0]
    return head.split(b"\r\n")


def top_level_names(received: Received) -> list[str]:
    return [
        line.split(b":", 1)[0].decode().lower()
        for line in header_block(received)
        if line and not line[:1].isspace()
    ]


def raw_enquiry(
    subject: bytes,
    from_line: bytes = b"Ana Pereira <ana.pereira@mod.example.org>",
    message_id: bytes = b"<raw-1@mod.example.org>",
) -> bytes:
    """An enquiry built byte by byte, so that encoded words reach the intake as written."""
    return b"\r\n".join(
        [
            b"From: " + from_line,
            b"To: " + INTAKE.encode(),
            b"Subject: " + subject,
            b"Date: Mon, 21 Sep 2026 10:00:00 +0000",
            b"Message-ID: " + message_id,
            b"MIME-Version: 1.0",
            b"Content-Type: text/plain; charset=utf-8",
            b"",
            b"Dear ISU,",
            b"",
            b"Our mine action centre requests technical assistance for the clearance of cluster"
            b" munition remnants in two districts.",
            b"",
            b"Ana Pereira",
            b"",
        ]
    )


# --- never acknowledged, nobody gets it ---------------------------------------------------


@pytest.mark.parametrize(
    "value", ["auto-replied", "auto-generated", "Auto-Replied", "auto-notified", "yes"]
)
async def test_auto_submitted_other_than_no_is_stored_and_neither_acked_nor_forwarded(
    intake: App, sink: RelaySink, value: str
) -> None:
    await submit(intake, enquiry(Auto_Submitted=value))
    expect_screened(intake, sink, "auto_reply")


async def test_auto_submitted_no_is_acknowledged(intake: App, sink: RelaySink) -> None:
    await submit(intake, enquiry(Auto_Submitted="no"))
    assert last_message(intake)["kind"] == "enquiry"
    assert len(sink.of_kind("ack")) == 1 and len(sink.of_kind("forward")) == 1


@pytest.mark.parametrize("value", ["bulk", "list", "junk"])
async def test_precedence_bulk_list_junk_is_stored_and_forwarded_to_nobody(
    intake: App, sink: RelaySink, value: str
) -> None:
    await submit(intake, enquiry(Precedence=value))
    expect_screened(intake, sink, "bulk")


async def test_list_id_is_stored_and_forwarded_to_nobody(intake: App, sink: RelaySink) -> None:
    await submit(intake, enquiry(List_Id="Mine action news <news.lists.example.org>"))
    expect_screened(intake, sink, "bulk")


async def test_list_unsubscribe_is_stored_and_forwarded_to_nobody(
    intake: App, sink: RelaySink
) -> None:
    await submit(intake, enquiry(List_Unsubscribe="<mailto:leave@lists.example.org>"))
    expect_screened(intake, sink, "bulk")


async def test_x_auto_response_suppress_all_is_never_acknowledged(
    intake: App, sink: RelaySink
) -> None:
    await submit(intake, enquiry(X_Auto_Response_Suppress="All"))
    expect_screened(intake, sink, "auto_reply")


async def test_null_envelope_sender_is_a_bounce_never_acknowledged(
    intake: App, sink: RelaySink
) -> None:
    await submit(intake, enquiry(), sender="")  # aiosmtplib sends MAIL FROM:<>
    row = last_message(intake)
    assert row["mail_from"] == ""
    expect_screened(intake, sink, "bounce")


@pytest.mark.parametrize("local", ["MAILER-DAEMON", "postmaster"])
async def test_mail_from_mailer_daemon_or_postmaster_is_a_bounce(
    intake: App, sink: RelaySink, local: str
) -> None:
    address = f"{local}@mx.mod.example.org"
    await submit(intake, enquiry(sender=address, name="Mail System"), sender=address)
    expect_screened(intake, sink, "bounce")


async def test_delivery_status_report_is_a_bounce(intake: App, sink: RelaySink) -> None:
    report = b"\r\n".join(
        [
            b"From: Mail Delivery System <mailer@mx.mod.example.org>",
            b"To: " + INTAKE.encode(),
            b"Subject: Your message",
            b"Message-ID: <dsn-1@mx.mod.example.org>",
            b"MIME-Version: 1.0",
            b'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
            b"",
            b"--b1",
            b"Content-Type: text/plain",
            b"",
            b"Your message to x@y.example could not be delivered.",
            b"--b1",
            b"Content-Type: message/delivery-status",
            b"",
            b"Reporting-MTA: dns; mx.mod.example.org",
            b"",
            b"Final-Recipient: rfc822; x@y.example",
            b"Action: failed",
            b"Status: 5.1.1",
            b"--b1--",
            b"",
        ]
    )
    await submit(intake, report, sender="mailer@mx.mod.example.org")
    expect_screened(intake, sink, "bounce")
    assert "multipart/report" in last_message(intake)["reason"]


async def test_mail_from_our_own_address_is_a_loop(intake: App, sink: RelaySink) -> None:
    await submit(intake, enquiry(sender=FROM, name="Assistance"), sender=FROM)
    expect_screened(intake, sink, "loop")


async def test_our_own_acknowledgement_mailed_back_is_a_loop(intake: App, sink: RelaySink) -> None:
    await submit(intake, enquiry())
    [ack] = sink.of_kind("ack")
    sink.messages.clear()
    await submit(intake, ack.data, sender=ANA)  # e.g. a mailbox that forwards to the intake
    expect_screened(intake, sink, "loop")
    assert rows(intake, "SELECT COUNT(*) FROM cases")[0][0] == 1


# --- forwarded, never acknowledged --------------------------------------------------------


async def test_noreply_sender_is_forwarded_but_not_acknowledged(
    intake: App, sink: RelaySink
) -> None:
    address = "noreply@mod.example.org"
    await submit(intake, enquiry(sender=address, name="Ministry"), sender=address)
    expect_forwarded_not_acknowledged(intake, sink)


async def test_trusted_upstream_dmarc_fail_is_forwarded_but_not_acknowledged(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    verdict = f"{TRUSTED}; spf=pass smtp.mailfrom=mod.example.org;"
    verdict += " dmarc=fail header.from=mod.example.org"
    async with running(tmp_path, sink, clock, trust={"authserv_ids": [TRUSTED]}) as app:
        await submit(app, enquiry(Authentication_Results=verdict))
        expect_forwarded_not_acknowledged(app, sink)


async def test_dmarc_fail_from_an_untrusted_authserv_id_is_ignored(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    verdict = "mx.attacker.example; dmarc=fail header.from=mod.example.org"
    async with running(tmp_path, sink, clock, trust={"authserv_ids": [TRUSTED]}) as app:
        await submit(app, enquiry(Authentication_Results=verdict))
        assert last_message(app)["kind"] == "enquiry"
    assert len(sink.of_kind("ack")) == 1 and len(sink.of_kind("forward")) == 1


async def test_message_without_message_id_is_forwarded_but_not_acknowledged(
    intake: App, sink: RelaySink
) -> None:
    message = enquiry()
    del message["Message-ID"]
    await submit(intake, message)
    expect_forwarded_not_acknowledged(intake, sink)


AMBIGUOUS_FROM = [
    pytest.param(
        b"From: Mallory <mallory@attack.example>\r\nFrom: Ana <" + ANA.encode() + b">",
        id="two-from-headers",
    ),
    pytest.param(b"From: <first@attack.example>, <" + ANA.encode() + b">", id="two-mailboxes"),
    pytest.param(b"From: " + ANA.encode() + b"(<bob@attack.example>", id="open-comment"),
    pytest.param(b"From: a@malicious.example@mod.example.org", id="two-at-signs"),
    pytest.param(b"From: <@relay.example,@mx.example:" + ANA.encode() + b">", id="source-route"),
]


@pytest.mark.parametrize("from_lines", AMBIGUOUS_FROM)
async def test_ambiguous_sender_is_forwarded_but_not_acknowledged(
    intake: App, sink: RelaySink, from_lines: bytes
) -> None:
    raw = raw_enquiry(b"Clearance request")
    raw = from_lines + b"\r\n" + raw.split(b"\r\n", 1)[1]  # replace the single From line
    await submit(intake, raw)
    row = last_message(intake)
    assert "not acknowledged" in row["reason"]
    assert sink.of_kind("ack") == []
    assert len(sink.of_kind("forward")) == 1


async def test_out_of_office_answer_to_our_acknowledgement_is_a_loop(
    intake: App, sink: RelaySink
) -> None:
    await submit(intake, enquiry())
    [ack] = sink.of_kind("ack")
    sink.messages.clear()
    ack_id = str(ack.message["Message-ID"])
    answer = enquiry(
        subject="Out of office",
        body="I am away until Monday.",
        Auto_Submitted="auto-replied",
        In_Reply_To=ack_id,
        References=ack_id,
    )
    await submit(intake, answer)
    expect_screened(intake, sink, "loop")


# --- header injection ---------------------------------------------------------------------

INJECTED_SUBJECTS = [
    pytest.param(b"=?UTF-8?Q?Hello=0ABcc:_victim@example.com?=", id="encoded-newline"),
    pytest.param(b"=?UTF-8?Q?Hello=0D=0ABcc:_victim@example.com?=", id="encoded-crlf"),
    pytest.param(b"=?UTF-8?Q?Hello=E2=80=A8Bcc:_victim@example.com?=", id="u2028"),
    pytest.param(b"=?UTF-8?Q?Hello=C2=85Bcc:_victim@example.com?=", id="x85"),
    pytest.param(b"=?UTF-8?Q?Hello=1CBcc:_victim@example.com?=", id="x1c"),
]


def assert_one_subject_no_bcc(received: Received) -> None:
    names = top_level_names(received)
    assert names.count("subject") == 1, names
    assert "bcc" not in names
    message = received.message
    assert len(message.get_all("Subject", [])) == 1
    assert message.get_all("Bcc") is None
    subject = str(message["Subject"])
    assert not any(c in subject for c in "\r\n\x85\u2028\x1c")


@pytest.mark.parametrize("subject", INJECTED_SUBJECTS)
async def test_line_breaks_in_a_decoded_subject_never_split_ack_or_forward_headers(
    intake: App, sink: RelaySink, subject: bytes
) -> None:
    await submit(intake, raw_enquiry(b"Clearance request " + subject))
    [forward] = sink.of_kind("forward")
    [ack] = sink.of_kind("ack")
    for received in (forward, ack):
        assert_one_subject_no_bcc(received)
        assert "victim@example.com" not in received.rcpt_tos
    assert "Clearance request Hello" in str(ack.message["Subject"])


HOSTILE_NAMES = [
    pytest.param(b"=?UTF-8?Q?Ana=0D=0ABcc:_victim@example.com?=", id="encoded-crlf"),
    pytest.param(b"=?UTF-8?Q?Ana=0ABcc:_Pereira?=", id="encoded-lf"),
    pytest.param(b"=?UTF-8?Q?Ana=E2=80=A8Bcc:_victim@example.com?=", id="u2028"),
    pytest.param(b"=?UTF-8?Q?Ana=C2=85Bcc:_victim@example.com?=", id="x85"),
]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
async def test_line_breaks_in_the_display_name_never_split_ack_or_forward_headers(
    intake: App, sink: RelaySink, name: bytes
) -> None:
    await submit(intake, raw_enquiry(b"Clearance request", name + ANA_ADDR))
    assert len(sink.of_kind("forward")) == 1
    for received in sink.messages:  # the forward, and the ack when one goes
        assert_one_subject_no_bcc(received)
        assert top_level_names(received).count("to") == 1
        assert "victim@example.com" not in received.rcpt_tos


async def test_unicode_line_separator_in_the_display_name_is_removed_from_the_ack(
    intake: App, sink: RelaySink
) -> None:
    name = b"=?UTF-8?Q?Ana=E2=80=A8Bcc:_victim@example.com?="
    await submit(intake, raw_enquiry(b"Clearance request", name + ANA_ADDR))
    [ack] = sink.of_kind("ack")
    assert ack.rcpt_tos == [ANA]
    [to] = ack.message["To"].addresses
    assert to.addr_spec == ANA and "\u2028" not in to.display_name


async def test_encoded_line_break_in_the_display_name_makes_the_sender_ambiguous_no_ack(
    intake: App, sink: RelaySink
) -> None:
    name = b"=?UTF-8?Q?Ana=0D=0ABcc:_victim@example.com?="
    await submit(intake, raw_enquiry(b"Clearance request", name + ANA_ADDR))
    expect_forwarded_not_acknowledged(intake, sink)
    [forward] = sink.of_kind("forward")
    assert_one_subject_no_bcc(forward)
    assert "victim@example.com" not in forward.rcpt_tos


async def test_script_in_the_display_name_is_escaped_in_html_and_literal_in_text(
    intake: App, sink: RelaySink
) -> None:
    raw = raw_enquiry(
        b'"><img src=x onerror=alert(1)> clearance of cluster munition remnants',
        b'"<script>alert(1)</script>" <ana.pereira@mod.example.org>',
    )
    await submit(intake, raw)
    [forward] = sink.of_kind("forward")
    [ack] = sink.of_kind("ack")
    assert_one_subject_no_bcc(forward)
    found = parts(ack)
    assert "<script>" not in found["text/html"]
    assert "<img src=x" not in found["text/html"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in found["text/html"]
    assert "<script>alert(1)</script>" in found["text/plain"]
    assert "&lt;" not in found["text/plain"] and "&amp;" not in found["text/plain"]
    assert_one_subject_no_bcc(ack)


async def test_reply_to_list_stays_a_list_when_the_forward_folds_it(
    intake: App, sink: RelaySink
) -> None:
    long_local = "0123456789" * 6
    reply_to = f"{long_local}@example.org, ä <foo@example.org>"
    await submit(intake, enquiry(Reply_To=reply_to))
    [forward] = sink.of_kind("forward")
    found = {a.addr_spec for a in forward.message["Reply-To"].addresses}
    assert found == {f"{long_local}@example.org", "foo@example.org", INTAKE}


# --- spam amplification -------------------------------------------------------------------


async def test_acknowledgement_carries_no_link_from_the_subject(
    intake: App, sink: RelaySink
) -> None:
    await submit(intake, enquiry(subject="BUY NOW http://spam.example/x"))
    [ack] = sink.of_kind("ack")
    assert "spam.example" not in str(ack.message["Subject"])
    assert "[link removed]" in str(ack.message["Subject"])
    assert all("spam.example" not in text for text in parts(ack).values())
    assert b"spam.example" not in ack.data
    assert case_of(ack) in str(ack.message["Subject"])
