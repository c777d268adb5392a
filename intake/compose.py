"""Render the mail we send: the forward (summary + original attached byte for byte) and the ack.

Every header value is built from sanitised text: no CR, LF, NUL or Unicode line separator
from input survives; `wire` encodes and folds it (addresses are validated before they get here).
"""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import format_datetime

from intake import wire
from intake.models import Recipient
from intake.tokens import token_hex

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
    return f"{token_hex(12)}.{kind}@{domain}"


def _head(
    *,
    from_address: str,
    from_name: str,
    subject: str,
    message_id: str,
    when: datetime,
    marker: str,
    case_ref: str,
) -> list[str]:
    """The header fields every message of ours carries, in order."""
    lines = [
        wire.address_field("From", [(from_address, clean_header(from_name, 80))]),
        wire.field("Subject", clean_header(subject, 300)),
        wire.field("Date", format_datetime(when)),
        wire.field("Message-ID", f"<{message_id}>"),
    ]
    if case_ref:  # notices that are not about one case carry none
        lines.append(wire.field("X-Intake-Case", clean_header(case_ref, 40)))
    lines.append(wire.field("X-Intake-Loop", marker))
    return lines


def _mailboxes(addresses: tuple[Recipient, ...]) -> list[tuple[str, str]]:
    return [(r.address, clean_header(r.name, 80)) for r in addresses]


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
    head = _head(
        from_address=from_address,
        from_name="CCM assistance intake",
        subject=subject,
        message_id=message_id,
        when=when,
        marker=marker,
        case_ref=case_ref,
    )
    head.append(wire.address_field("To", _mailboxes(to)))
    if cc:
        head.append(wire.address_field("Cc", _mailboxes(cc)))
    head.append(wire.address_field("Reply-To", [(a, "") for a in (*reply_to, intake_address)]))
    head.append(wire.field("X-Intake-Topic", clean_header(topic, 60)))
    if len(original) <= max_original:
        # The original travels byte for byte, never re-serialised.
        encoding = "" if original.isascii() else "Content-Transfer-Encoding: 8bit\r\n"
        attachment = (
            "Content-Type: message/rfc822\r\n" + encoding
            + 'Content-Disposition: attachment; filename="original.eml"\r\n\r\n'
        ).encode() + original  # fmt: skip
    else:
        attachment = wire.text_part(
            "The original message is larger than the forward limit; it is kept in the intake"
            " store under this case."
        ).encode()
    return _multipart(head, "mixed", [wire.text_part(summary).encode(), attachment])


def _multipart(head: list[str], subtype: str, parts: list[bytes]) -> bytes:
    """Header fields, then a multipart body of `parts` (each its own headers and body)."""
    boundary = f"=_intake_{token_hex(16)}"
    head.append("MIME-Version: 1.0\r\n")
    head.append(f'Content-Type: multipart/{subtype}; boundary="{boundary}"\r\n')
    edge = f"--{boundary}".encode()
    body = [edge]
    for part in parts:
        body += [part.rstrip(b"\r\n"), edge]
    body[-1] = edge + b"--"
    return "".join(head).encode() + b"\r\n" + b"\r\n".join([*body, b""])


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
    head = _head(
        from_address=from_address,
        from_name="CCM Implementation Support Unit",
        subject=subject,
        message_id=message_id,
        when=when,
        marker=marker,
        case_ref=case_ref,
    )
    head.append(wire.address_field("To", [(to, clean_header(to_name, 80))]))
    head.append("Auto-Submitted: auto-replied\r\n")
    head.append("X-Auto-Response-Suppress: All\r\n")
    if in_reply_to:
        head.append(wire.field("In-Reply-To", f"<{clean_header(in_reply_to, 250)}>"))
    chain = [*references, *([in_reply_to] if in_reply_to else [])]
    if chain:
        ids = " ".join(f"<{clean_header(r, 250)}>" for r in chain[-10:])
        head.append(wire.field("References", ids))
    head.append(wire.field("Content-Language", clean_header(language, 10)))
    parts = [wire.text_part(text).encode(), wire.text_part(html, "html").encode()]
    return _multipart(head, "alternative", parts)


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
    head = _head(
        from_address=from_address,
        from_name="CCM assistance intake",
        subject=subject,
        message_id=message_id,
        when=when,
        marker=marker,
        case_ref=case_ref or "",
    )
    head.append(wire.address_field("To", [(a, "") for a in to]))
    head.append(wire.address_field("Reply-To", [(intake_address, "")]))
    head.append("Auto-Submitted: auto-generated\r\n")
    head.append(wire.field("X-Intake-Notice", clean_header(notice, 40)))
    head.append("MIME-Version: 1.0\r\n")
    return ("".join(head) + wire.text_part(text)).encode()
