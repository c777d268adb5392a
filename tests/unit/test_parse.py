"""parse_message: decoding, sanitising and splitting untrusted mail, and the MIME caps."""

from __future__ import annotations

import base64

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake.parse import MAX_HEADER_BYTES, MessageTooComplex, parse_message
from intake.parse_html import MAX_TAGS, html_to_text

HEADERS = (
    b"From: Alice Example <alice@Example.ORG>\r\n"
    b"To: Intake <intake@ccm-isu.example>\r\n"
    b"Subject: Hello\r\n"
    b"Message-ID: <abc.1@example.org>\r\n"
)


def message(extra: bytes = b"", body: bytes = b"Hello there.\r\n", base: bytes = HEADERS) -> bytes:
    return base + extra + b"\r\n" + body


def mime(parts: list[tuple[bytes, bytes]], subtype: bytes = b"mixed") -> bytes:
    """A multipart message from (headers, body) pairs."""
    chunks = b"".join(b"--BOUND\r\n" + head + b"\r\n" + body + b"\r\n" for head, body in parts)
    extra = b"MIME-Version: 1.0\r\nContent-Type: multipart/" + subtype + b"; boundary=BOUND\r\n"
    return message(extra, chunks + b"--BOUND--\r\n")


def test_plain_message_gives_its_fields() -> None:
    extra = b"In-Reply-To: <x@y.org>\r\nReferences: <a@b.org> <x@y.org>\r\nCc: c@d.org\r\n"
    parsed = parse_message(message(extra))
    assert parsed.subject == "Hello"
    assert parsed.from_address == "alice@example.org"
    assert parsed.from_name == "Alice Example"
    assert parsed.to == ("intake@ccm-isu.example",)
    assert parsed.cc == ("c@d.org",)
    assert parsed.message_id == "abc.1@example.org"
    assert parsed.in_reply_to == ("x@y.org",)
    assert parsed.references == ("a@b.org", "x@y.org")
    assert parsed.content_type == "text/plain"
    assert parsed.text == "Hello there."


def test_from_address_lower_cases_the_domain_but_not_the_local_part() -> None:
    raw = message(base=b"From: Bob.Smith@MFA.Example.ORG\r\n")
    assert parse_message(raw).from_address == "Bob.Smith@mfa.example.org"


@pytest.mark.parametrize(
    "header",
    [
        b"Content-Type: text/plain; name*\r\n",
        b"To: (c):\r\n",
        b'To: "\r\n',
        b"Cc: a@b.com,\r\n",
        b"Message-ID: <[x@microsoft.com]>\r\n",
        b"Date: not a date\r\n",
    ],
)
def test_known_header_crashers_fall_back_instead_of_raising(header: bytes) -> None:
    raw = b"From: alice@example.org\r\n" + header + b"Subject: still read\r\n\r\nbody\r\n"
    parsed = parse_message(raw)
    assert parsed.subject == "still read"
    assert parsed.from_address == "alice@example.org"
    name = header.split(b":", 1)[0].decode().lower()
    assert parsed.header(name) is not None


def test_bracketed_message_id_is_kept_without_brackets() -> None:
    raw = b"From: a@b.org\r\nMessage-ID: <[x@microsoft.com]>\r\n\r\nhi\r\n"
    assert parse_message(raw).message_id == "[x@microsoft.com]"


@pytest.mark.parametrize(
    "encoded",
    [
        b"=?utf-8?q?a=0D=0Ab?=",
        b"=?utf-8?q?a=00b?=",
        b"=?utf-8?q?a=E2=80=A8b?=",
        b"=?utf-8?q?a=E2=80=A9b?=",
        b"=?utf-8?q?a=C2=85b?=",
        b"=?utf-8?q?a=0Bb=0C?=",
        b"=?utf-8?q?a=1C=1D=1Eb?=",
    ],
)
def test_decoded_header_values_are_single_clean_lines(encoded: bytes) -> None:
    parsed = parse_message(message(base=b"From: a@b.org\r\nSubject: " + encoded + b"\r\n"))
    assert parsed.subject in ("a b", "ab")
    forbidden = set("\r\n\x00\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
    assert not forbidden & set(parsed.subject)


def test_header_values_never_keep_control_characters() -> None:
    parsed = parse_message(message(b"X-Note: tab\there\r\n nul\x00 bell\x07\r\n"))
    assert parsed.header("x-note") == "tab here nul bell"


def test_rfc2047_words_in_legacy_charsets_and_split_words_decode() -> None:
    subject = b"=?windows-1251?b?z+7k4+7y7uLq4CDk7urr4OTg?= =?iso-8859-1?q?_r=E9sum=E9?="
    parsed = parse_message(message(base=b"From: a@b.org\r\nSubject: " + subject + b"\r\n"))
    assert parsed.subject == "Подготовка доклада résumé"


def test_unknown_charset_in_encoded_word_gives_replacement_characters() -> None:
    raw = message(base=b"From: a@b.org\r\nSubject: =?x-unknown?q?caf=E9?=\r\n")
    assert parse_message(raw).subject == "caf\ufffd"


def test_raw_8bit_header_bytes_are_decoded() -> None:
    raw = message(base=b"From: a@b.org\r\nSubject: D\xe9minage r\xe9gional\r\n")
    assert parse_message(raw).subject == "Déminage régional"


@pytest.mark.parametrize(
    "sender",
    [
        b"",
        b"From: a@example.org\r\nFrom: b@example.org\r\n",
        b"From: a@example.org, b@example.org\r\n",
        b"From: alice@example.org(<bob@example.org>\r\n",
        b"From: a@malicious.org@example.com\r\n",
        b"From: undisclosed-recipients:;\r\n",
    ],
)
def test_missing_several_or_ambiguous_senders_give_no_from_address(sender: bytes) -> None:
    parsed = parse_message(message(base=sender + b"Subject: x\r\n"))
    assert parsed.from_address is None


@pytest.mark.parametrize(
    "value", [b"alice@example.org(<bob@example.org>", b"a@malicious.org@example.com"]
)
def test_address_tricks_never_yield_a_reply_to(value: bytes) -> None:
    parsed = parse_message(message(b"Reply-To: " + value + b"\r\n"))
    assert parsed.reply_to == ()


def test_base64_body_is_decoded() -> None:
    body = base64.encodebytes(b"Nous avons transmis le rapport annuel.")
    head = b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n"
    assert parse_message(message(head, body)).text == "Nous avons transmis le rapport annuel."


def test_quoted_printable_windows_1252_body_is_decoded() -> None:
    head = b"Content-Type: text/plain; charset=windows-1252\r\n"
    head += b"Content-Transfer-Encoding: quoted-printable\r\n"
    parsed = parse_message(message(head, b"la cl=E1usula de =93interoperabilidad=94"))
    assert parsed.text == "la cláusula de “interoperabilidad”"


def test_latin1_label_on_windows_1252_bytes_decodes_as_windows_1252() -> None:
    head = b"Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n"
    assert parse_message(message(head, b"\x93quoted\x94")).text == "“quoted”"


def test_unknown_body_charset_gives_replacement_characters() -> None:
    head = b"Content-Type: text/plain; charset=x-klingon\r\nContent-Transfer-Encoding: 8bit\r\n"
    assert parse_message(message(head, b"caf\xe9")).text == "caf\ufffd"


def test_html_only_body_becomes_text_without_style_or_script() -> None:
    html = (
        b"<html><head><style>p {color: red}</style><title>T</title></head><body>"
        b"<p>Hello&nbsp;<b>ISU</b>,</p><script>alert(1)</script><p>We need help.</p></body></html>"
    )
    parsed = parse_message(message(b"Content-Type: text/html; charset=utf-8\r\n", html))
    assert parsed.text == "Hello ISU,\n\nWe need help."


def test_html_blockquote_counts_as_quoted_text() -> None:
    html = b"<p>See below.</p><blockquote><p>Old question</p></blockquote>"
    parsed = parse_message(message(b"Content-Type: text/html\r\n", html))
    assert parsed.text == "See below."
    assert "Old question" in parsed.quoted_text


def test_tag_dense_html_is_stripped_without_building_a_tree() -> None:
    html = "<p>x</p>" * (MAX_TAGS + 1) + "<script>var a = 1 < 2;</script><p>Need &amp; help</p>"
    text = html_to_text(html)
    assert text.endswith("x\n\nNeed & help")
    assert "var a" not in text


def test_an_unclosed_script_hides_the_rest_of_dense_html() -> None:
    html = "<br>" * (MAX_TAGS + 1) + "visible<script>hidden"
    assert html_to_text(html) == "visible"


def test_alternative_prefers_the_plain_text_part() -> None:
    raw = mime(
        [
            (b"Content-Type: text/plain\r\n", b"plain words"),
            (b"Content-Type: text/html\r\n", b"<p>html words</p>"),
        ],
        subtype=b"alternative",
    )
    parsed = parse_message(raw)
    assert parsed.text == "plain words"
    assert parsed.content_type == "multipart/alternative"


def test_a_calendar_alternative_is_kept_as_an_attachment_not_as_text() -> None:
    ics = b"BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nSUMMARY:Call\r\nEND:VEVENT\r\n"
    raw = mime(
        [
            (b"Content-Type: text/plain\r\n", b"Coordination call on Tuesday"),
            (b"Content-Type: text/html\r\n", b"<p>Coordination call on Tuesday</p>"),
            (b"Content-Type: text/calendar; method=REQUEST\r\n", ics + b"END:VCALENDAR\r\n"),
        ],
        subtype=b"alternative",
    )
    parsed = parse_message(raw)
    assert parsed.text == "Coordination call on Tuesday"
    assert [a.content_type for a in parsed.attachments] == ["text/calendar"]


def test_other_alternatives_are_not_attachments() -> None:
    raw = mime(
        [
            (b"Content-Type: text/plain\r\n", b"plain words"),
            (b"Content-Type: text/html\r\n", b"<p>html words</p>"),
        ],
        subtype=b"alternative",
    )
    assert parse_message(raw).attachments == ()


@pytest.mark.parametrize(
    "history",
    [
        "> Earlier text\n> more",
        "On Mon, 3 Mar 2026 at 10:00, Jane <jane@example.org> wrote:\nEarlier text",
        "On Mon, 3 Mar 2026 at 10:00, Jane Example\n<jane@example.org> wrote:\nEarlier text",
        "Le lun. 3 mars 2026 à 10:00, Jane <jane@example.org> a écrit :\nEarlier text",
        "El lun, 3 mar 2026 a las 10:00, Jane (<jane@example.org>) escribió:\nEarlier text",
        "-----Original Message-----\nFrom: Jane\nEarlier text",
        "-----Message d'origine-----\nDe : Jane\nEarlier text",
        "-----Mensaje original-----\nDe: Jane\nEarlier text",
        "From: Jane <jane@example.org>\nSent: Monday, 3 March 2026\nTo: Bob\nSubject: x\n\nEarlier",
        "De : Jane\nEnvoyé : lundi 3 mars 2026\nÀ : Bob\nObjet : x\n\nEarlier text",
        "De: Jane\nEnviado el: lunes, 3 de marzo de 2026\nPara: Bob\nAsunto: x\n\nEarlier text",
        "-- \nJane Example\nMinistry of Earlier Text",
    ],
)
def test_quoted_history_and_signatures_leave_the_senders_text(history: str) -> None:
    body = f"Our new question.\n\n{history}\n".encode()
    parsed = parse_message(message(b"Content-Type: text/plain; charset=utf-8\r\n", body))
    assert parsed.text == "Our new question."
    assert "Earlier" in parsed.quoted_text


def test_confidentiality_disclaimer_is_not_the_senders_text() -> None:
    body = (
        b"Please advise on our report.\n\n"
        b"This e-mail and any attachments are confidential. If you have received this message "
        b"in error, please delete it.\n"
    )
    parsed = parse_message(message(body=body))
    assert parsed.text == "Please advise on our report."
    assert "confidential" in parsed.quoted_text


@pytest.mark.parametrize(
    "closing",
    [
        "Kind regards,",
        "Cordialement",
        "Saludos cordiales,",
        "Thanks in advance,",
        "Merci d'avance,",
    ],
)
def test_sign_off_and_signature_block_leave_the_senders_text(closing: str) -> None:
    body = f"Please help with clearance.\n\n{closing}\nJane Doe\nNational Mine Action Authority\n"
    parsed = parse_message(message(b"Content-Type: text/plain; charset=utf-8\r\n", body.encode()))
    assert parsed.text == "Please help with clearance."
    assert "National Mine Action Authority" in parsed.quoted_text


def test_a_thank_you_sentence_is_not_taken_for_a_sign_off() -> None:
    body = b"Hello,\nThanks for your reply.\nCould you send the form?\nJ.\n"
    assert "Could you send the form?" in parse_message(message(body=body)).text


def test_a_message_that_is_only_thanks_keeps_its_text() -> None:
    assert parse_message(message(body=b"Thanks!\n")).text == "Thanks!"


def test_author_quoting_someone_is_not_mistaken_for_a_reply_header() -> None:
    body = b"As the minister wrote:\nwe must finish clearance this year.\n"
    assert "finish clearance" in parse_message(message(body=body)).text


@pytest.mark.parametrize(
    "marker",
    [
        "---------- Forwarded message ---------",
        "-------- Message transféré --------",
        "Début du message réexpédié :",
        "---------- Mensaje reenviado ----------",
        "Begin forwarded message:",
    ],
)
def test_inline_forward_goes_to_forwarded_text(marker: str) -> None:
    body = f"FYI, see below.\n\n{marker}\nFrom: Someone\n\nPlease help with a survey.\n"
    parsed = parse_message(message(b"Content-Type: text/plain; charset=utf-8\r\n", body.encode()))
    assert parsed.text == "FYI, see below."
    assert "Please help with a survey." in parsed.forwarded_text


def test_outlook_header_block_in_a_forward_goes_to_forwarded_text() -> None:
    raw = message(
        body=b"Passing this on.\n\nFrom: Field Office\nSent: Monday\nTo: HQ\n\nThe ask.\n",
        base=b"From: a@b.org\r\nSubject: FW: district needs\r\n",
    )
    parsed = parse_message(raw)
    assert parsed.text == "Passing this on."
    assert "The ask." in parsed.forwarded_text


@pytest.mark.parametrize(
    ("subject", "zone"),
    [(b"RV: consulta sobre retencion", "forwarded"), (b"RE: consulta sobre retencion", "quoted")],
)
def test_an_original_message_separator_opens_a_forward_only_in_a_forward(
    subject: bytes, zone: str
) -> None:
    """Outlook marks a forward and a reply alike ("-----Mensaje original-----")."""
    raw = message(
        body=b"Les reenvio la consulta.\n\n-----Mensaje original-----\nDe: Ejercito\n\n"
        b"La pregunta.\n",
        base=b"From: a@b.org\r\nSubject: " + subject + b"\r\n",
    )
    parsed = parse_message(raw)
    assert parsed.text == "Les reenvio la consulta."
    assert (
        "La pregunta." in {"forwarded": parsed.forwarded_text, "quoted": parsed.quoted_text}[zone]
    )


def test_attached_message_goes_to_forwarded_text_and_attachments() -> None:
    inner = b"From: district@example.org\r\nSubject: Outreach clinic\r\n\r\nWe ask for a clinic."
    raw = mime(
        [
            (b"Content-Type: text/plain\r\n", b"See attached."),
            (b"Content-Type: message/rfc822\r\n", inner),
        ]
    )
    parsed = parse_message(raw)
    assert parsed.text == "See attached."
    assert "Subject: Outreach clinic" in parsed.forwarded_text
    assert "We ask for a clinic." in parsed.forwarded_text
    assert [a.content_type for a in parsed.attachments] == ["message/rfc822"]


@pytest.mark.parametrize(
    ("disposition", "expected"),
    [
        (b'attachment; filename="../../etc/passwd"', "passwd"),
        (b'attachment; filename="C:\\\\Users\\\\x\\\\Form_A.xlsx"', "Form_A.xlsx"),
        (b"attachment; filename*=utf-8''Informe%20art%C3%ADculo%207.pdf", "Informe artículo 7.pdf"),
        (b"attachment; filename*=x-unknown''%FF%FE.pdf", "\ufffd\ufffd.pdf"),
        (b'attachment; filename="=?utf-8?q?r=C3=A9sum=C3=A9=0A.pdf?="', "résumé .pdf"),
        (b"attachment", ""),
    ],
)
def test_attachment_names_are_decoded_and_sanitised(disposition: bytes, expected: str) -> None:
    raw = mime(
        [
            (b"Content-Type: text/plain\r\n", b"Cover note."),
            (b"Content-Type: application/pdf\r\nContent-Disposition: " + disposition + b"\r\n",
             b"%PDF-1.4"),
        ]
    )  # fmt: skip
    (attachment,) = parse_message(raw).attachments
    assert attachment.filename == expected
    assert attachment.content_type == "application/pdf"
    assert attachment.size == len(b"%PDF-1.4")


def nested(depth: int) -> bytes:
    head = tail = b""
    for level in range(depth):
        boundary = b"b%d" % level
        head += b"Content-Type: multipart/mixed; boundary=" + boundary + b"\r\n\r\n--"
        head += boundary + b"\r\n"
        tail = b"\r\n--" + boundary + b"--\r\n" + tail
    return b"From: a@b.org\r\n" + head + b"Content-Type: text/plain\r\n\r\ndeep" + tail


def test_nesting_up_to_the_cap_parses() -> None:
    assert parse_message(nested(32)).text == "deep"


@pytest.mark.parametrize("depth", [33, 2000])
def test_nesting_past_the_cap_is_too_complex(depth: int) -> None:
    with pytest.raises(MessageTooComplex):
        parse_message(nested(depth))


def test_attached_messages_nested_past_the_cap_are_too_complex() -> None:
    raw = b"From: a@b.org\r\n\r\nhi"
    for _ in range(40):
        raw = b"From: a@b.org\r\nContent-Type: message/rfc822\r\n\r\n" + raw
    with pytest.raises(MessageTooComplex):
        parse_message(raw)


def test_more_than_a_thousand_parts_is_too_complex() -> None:
    raw = mime([(b"Content-Type: text/plain\r\n", b"x")] * 1001)
    with pytest.raises(MessageTooComplex, match="parts"):
        parse_message(raw)


def test_header_block_past_100_kib_is_too_complex() -> None:
    raw = b"From: a@b.org\r\nX-Pad: " + b"a" * MAX_HEADER_BYTES + b"\r\n\r\nhi"
    with pytest.raises(MessageTooComplex, match="header"):
        parse_message(raw)


def test_parsed_message_gives_content_type_and_defects() -> None:
    raw = b"From: a@b.org\r\nContent-Type: multipart/mixed\r\n\r\nno boundary"
    parsed = parse_message(raw)
    assert parsed.content_type == "multipart/mixed"
    assert "NoBoundaryInMultipartDefect" in parsed.defects


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_raise(raw: bytes) -> None:
    parse_message(raw)


HEADER_LINES = st.sampled_from(
    [
        b"Content-Type: text/plain; name*",
        b"Content-Type: multipart/mixed; boundary=",
        b"Content-Type: text/html; charset=utf-7",
        b"Content-Transfer-Encoding: base64",
        b"Content-Disposition: attachment; filename*0*=x''%ZZ; filename*1=b",
        b"To: (c):",
        b'Reply-To: "',
        b"Subject: =?utf-8?b?!!!?=",
        b"From: =?x?q?=FF?= <a@b.org>",
        b"Message-ID: <<<>>>",
        b"References: <a@b> <",
        b"\xff\xfe: \x00",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(HEADER_LINES, max_size=6), st.binary(max_size=300))
def test_hostile_header_combinations_never_raise(lines: list[bytes], body: bytes) -> None:
    parsed = parse_message(b"\r\n".join([b"From: a@b.org", *lines]) + b"\r\n\r\n" + body)
    for _, value in parsed.headers:
        assert "\n" not in value and "\r" not in value


def test_html_line_break_is_one_newline_not_a_blank_line() -> None:
    from intake.parse_html import html_to_text

    assert html_to_text("<p>Dear ISU,<br>line two<br/>line three</p><p>Next</p>") == (
        "Dear ISU,\nline two\nline three\n\nNext"
    )
