"""Render the mail we send: the forward (summary + original attached byte for byte) and the ack.

Every header value is built from sanitised text: no CR, LF, NUL or Unicode line separator
from input survives, and address lists are serialised by the email package, never by hand.
"""

from __future__ import annotations

import re
import secrets
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from intake.models import Recipient

_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]+")
_URL = re.compile(r"(?i)\b(?:https?://|www\.)\S+")
SUBJECT_LIMIT = 200


def clean_header(value: str, limit: int = SUBJECT_LIMIT) -> str:
    """One safe header line: control characters and line separators become spaces."""
    text = " ".join(_UNSAFE.sub(" ", value).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def link_free(value: str, limit: int = 100) -> str:
    """A subject excerpt for mail to a possibly spoofed sender: no links, short."""
    return clean_header(_URL.sub("[link removed]", value), limit)


def new_message_id(kind: str, domain: str) -> str:
    return f"{secrets.token_hex(12)}.{kind}@{domain}"


def _address(address: str, name: str = "") -> Address:
    local, _, domain = address.rpartition("@")
    return Address(display_name=clean_header(name, 80), username=local, domain=domain)


def _base_message(
    *,
    from_address: str,
    from_name: str,
    subject: str,
    message_id: str,
    when: datetime,
    marker: str,
    case_ref: str,
) -> EmailMessage:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = _address(from_address, from_name)
    msg["Subject"] = clean_header(subject, 300)
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<{message_id}>"
    if case_ref:  # notices that are not about one case carry none
        msg["X-Intake-Case"] = clean_header(case_ref, 40)
    msg["X-Intake-Loop"] = marker
    return msg


def compose_forward(
    *,
    from_address: str,
    intake_address: str,
    to: tuple[Recipient, ...],
    cc: tuple[Recipient, ...],
    reply_to: tuple[str, ...],
    subject: str,
    case_ref: str,
    topic: str,
    summary: str,
    original: bytes,
    max_original: int,
    message_id: str,
    when: datetime,
    marker: str,
) -> bytes:
    """The forward to coordinators: routing summary, then the stored original untouched."""
    msg = _base_message(
        from_address=from_address,
        from_name="CCM assistance intake",
        subject=subject,
        message_id=message_id,
        when=when,
        marker=marker,
        case_ref=case_ref,
    )
    msg["To"] = [_address(r.address, r.name) for r in to]
    if cc:
        msg["Cc"] = [_address(r.address, r.name) for r in cc]
    msg["Reply-To"] = [_address(a) for a in (*reply_to, intake_address)]
    msg["X-Intake-Topic"] = clean_header(topic, 60)
    # Assembled by hand so that the original travels byte for byte, never re-serialised.
    boundary = f"=_intake_{secrets.token_hex(16)}"
    mime = f'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="{boundary}"'
    head = msg.as_bytes().rstrip(b"\r\n") + b"\r\n" + mime.encode() + b"\r\n\r\n"
    summary_part = _text_part(summary)
    if len(original) <= max_original:
        attachment = (
            b"Content-Type: message/rfc822\r\n"
            b'Content-Disposition: attachment; filename="original.eml"\r\n\r\n' + original
        )
    else:
        attachment = _text_part(
            "The original message is larger than the forward limit; it is kept in the intake"
            " store under this case."
        )
    edge = f"--{boundary}".encode()
    body = b"\r\n".join([edge, summary_part, edge, attachment.rstrip(b"\r\n"), edge + b"--", b""])
    return head + body


def _text_part(text: str) -> bytes:
    part = EmailMessage(policy=SMTP)
    part.set_content(text, charset="utf-8", cte="quoted-printable")
    del part["MIME-Version"]
    return part.as_bytes()


def compose_ack(
    *,
    from_address: str,
    to: str,
    to_name: str,
    subject: str,
    case_ref: str,
    language: str,
    text: str,
    html: str,
    in_reply_to: str | None,
    references: tuple[str, ...],
    message_id: str,
    when: datetime,
    marker: str,
) -> bytes:
    """The acknowledgement to the sender: text and HTML alternatives, marked auto-replied."""
    msg = _base_message(
        from_address=from_address,
        from_name="CCM Implementation Support Unit",
        subject=subject,
        message_id=message_id,
        when=when,
        marker=marker,
        case_ref=case_ref,
    )
    msg["To"] = _address(to, to_name)
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Auto-Response-Suppress"] = "All"
    if in_reply_to:
        msg["In-Reply-To"] = f"<{clean_header(in_reply_to, 250)}>"
    chain = [*references, *([in_reply_to] if in_reply_to else [])]
    if chain:
        msg["References"] = " ".join(f"<{clean_header(r, 250)}>" for r in chain[-10:])
    msg.set_content(text, subtype="plain", charset="utf-8")
    msg.add_alternative(html, subtype="html", charset="utf-8")
    msg["Content-Language"] = clean_header(language, 10)  # after: set_content drops it
    return msg.as_bytes()


def compose_notice(
    *,
    from_address: str,
    intake_address: str,
    to: tuple[str, ...],
    subject: str,
    notice: str,
    case_ref: str | None,
    text: str,
    message_id: str,
    when: datetime,
    marker: str,
) -> bytes:
    """A notice from the intake (reminder, digest, alert): plain text, marked auto-generated.

    Replies go to the intake, so an answer to a reminder is recorded on its case.
    """
    msg = _base_message(
        from_address=from_address,
        from_name="CCM assistance intake",
        subject=subject,
        message_id=message_id,
        when=when,
        marker=marker,
        case_ref=case_ref or "",
    )
    msg["To"] = [_address(a) for a in to]
    msg["Reply-To"] = _address(intake_address)
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Intake-Notice"] = clean_header(notice, 40)
    msg.set_content(text, charset="utf-8")
    return msg.as_bytes()
