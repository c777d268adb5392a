"""Stage `parse`: the stored raw bytes become a `ParsedMessage`, the decoded and sanitised view
that screening, threading and classification read. Untrusted MIME goes in; nothing but
`MessageTooComplex` (past the caps, for the caller to quarantine) comes out as an exception.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email.feedparser import BytesFeedParser
from email.message import Message
from email.policy import Policy, compat32

from intake.models import CALENDAR_TYPES, Attachment, ParsedMessage
from intake.parse_body import Hidden, content_type, filename, is_attachment
from intake.parse_headers import (
    MessagePolicy,
    address_list,
    decode_value,
    message_ids,
    sanitise,
    single_sender,
)
from intake.parse_html import part_text
from intake.parse_quotes import is_forward_subject, split_text

MAX_DEPTH = 32
MAX_PARTS = 1000
MAX_HEADER_BYTES = 100 * 1024
# Later stages need the gist, not megabytes: each text zone is cut here.
MAX_TEXT_CHARS = 1_000_000
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_BOUNDARY = re.compile(rb"boundary\s*=\s*\"?([^\"\r\n;]{1,200})", re.IGNORECASE)
_DELIMITER = re.compile(rb"^--([^\r\n]{1,210})", re.MULTILINE)


class MessageTooComplex(Exception):
    """The message is past a MIME cap (nesting, part count, header size); quarantine it."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class _Collected:
    hidden: Hidden
    body: list[str] = field(default_factory=list)
    forwarded: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    defects: dict[str, None] = field(default_factory=dict)
    parts: int = 0


def parse_message(raw: bytes) -> ParsedMessage:
    """Decode one raw message; raises only `MessageTooComplex`."""
    _check_caps_before_parsing(raw)
    policy = MessagePolicy()
    try:
        message, hidden = _parse_structure(raw, policy)
        return _assemble(message, _walk(message, hidden), policy)
    except MessageTooComplex:
        raise
    except RecursionError:
        raise MessageTooComplex(f"MIME nesting deeper than {MAX_DEPTH}") from None
    except Exception as error:  # the contract is: never raise on bad input
        return _unparseable(raw, error)


def _parse_structure(raw: bytes, policy: MessagePolicy) -> tuple[Message, Hidden]:
    """The MIME tree, long base64 runs hidden from the parser (`Hidden`) unless one is where it
    could not be put back; then the tree of the whole text."""
    hidden = Hidden(raw)
    message = _parse(hidden, policy)
    if not hidden.place(message):
        hidden = Hidden(raw, hide=False)
        message = _parse(hidden, policy)
    return message, hidden


def _parse(hidden: Hidden, policy: MessagePolicy) -> Message:
    """`policy`: the default one, with a header cache; the lenient legacy policy when the
    default one trips on a header."""
    try:
        return _feed(hidden, policy)
    except RecursionError:
        raise
    except Exception:  # e.g. `Content-Type: text/plain; name*` raises inside the parser
        return _feed(hidden, compat32)


def _feed(hidden: Hidden, policy: Policy) -> Message:
    """What `BytesParser.parsebytes` does, a piece at a time: it would first copy the whole
    message into a str and then an io.StringIO (up to 4 bytes a character, 100 MB for 25 MB)."""
    parser: BytesFeedParser[Message] = BytesFeedParser(policy=policy)
    hidden.feed(parser)
    return parser.close()


def _check_caps_before_parsing(raw: bytes) -> None:
    """Header size and a cheap upper bound on parts, before the parser spends time on them."""
    end = _HEADER_END.search(raw, 0, MAX_HEADER_BYTES + 4)
    header_size = end.start() if end else len(raw)
    if header_size > MAX_HEADER_BYTES:
        raise MessageTooComplex(f"header block larger than {MAX_HEADER_BYTES} bytes")
    boundaries = {found.strip() for found in _BOUNDARY.findall(raw)}
    if len(boundaries) > MAX_PARTS:
        raise MessageTooComplex(f"more than {MAX_PARTS} MIME parts")
    delimiters = sum(
        1 for line in _DELIMITER.findall(raw) if line.rstrip().removesuffix(b"--") in boundaries
    )
    # Each part opens with one delimiter and each multipart closes with one more.
    if delimiters > 2 * MAX_PARTS + 1:
        raise MessageTooComplex(f"more than {MAX_PARTS} MIME parts")


def _walk(message: Message, hidden: Hidden) -> _Collected:
    """Every part once, without recursion; text is gathered by zone, files as attachments."""
    collected = _Collected(hidden)
    stack: list[tuple[Message, int, bool, bool]] = [(message, 0, False, True)]
    while stack:
        part, depth, forwarded, keep = stack.pop()
        collected.parts += 1
        if depth > MAX_DEPTH:
            raise MessageTooComplex(f"MIME nesting deeper than {MAX_DEPTH}")
        if collected.parts > MAX_PARTS:
            raise MessageTooComplex(f"more than {MAX_PARTS} MIME parts")
        for defect in part.defects:
            collected.defects.setdefault(type(defect).__name__, None)
        children = None if _is_report(part) else _children(part)
        if children is not None:
            chosen = _preferred_alternative(part, children, hidden)
            for child in reversed(children):
                stack.append(
                    (
                        child,
                        depth + 1,
                        forwarded or _is_message(part),
                        keep and (chosen is None or child is chosen),
                    )
                )
            if chosen is not None and keep:
                collected.attachments += _invitations(children, chosen, hidden)
            if _is_message(part) and keep:
                collected.attachments.append(_attachment(part, hidden))
                collected.forwarded.extend(_forward_heading(child) for child in children)
        elif keep:
            _collect_leaf(part, forwarded, collected)
    return collected


def _children(part: Message) -> list[Message] | None:
    """Sub-parts of a multipart or message/* part; None for a leaf."""
    try:
        payload = part.get_payload()
    except Exception:  # treat an unreadable container as a leaf
        return None
    if isinstance(payload, list):
        return [child for child in payload if isinstance(child, Message)]
    return None


def _is_report(part: Message) -> bool:
    """Delivery-status fields parse as header blocks; they are data, kept as one attachment."""
    return content_type(part) in ("message/delivery-status", "message/global-delivery-status")


def _is_message(part: Message) -> bool:
    return content_type(part) in ("message/rfc822", "message/global")


def _preferred_alternative(
    part: Message, children: list[Message], hidden: Hidden
) -> Message | None:
    """Of multipart/alternative, the plain-text version (the HTML one when there is none)."""
    if content_type(part) != "multipart/alternative" or not children:
        return None
    for child in children:
        if content_type(child) == "text/plain" and part_text(hidden.reveal(child)).strip():
            return child
    return children[-1]


def _invitations(children: list[Message], chosen: Message, hidden: Hidden) -> list[Attachment]:
    """A calendar object sent as an alternative of the text (Outlook's and Google's invitations:
    text, HTML and text/calendar): not read as text, but kept as an attachment, because it is
    what makes the message an invitation (screening's calendar rule looks for it)."""
    return [
        _attachment(child, hidden)
        for child in children
        if child is not chosen and content_type(child) in CALENDAR_TYPES
    ]


def _collect_leaf(part: Message, forwarded: bool, collected: _Collected) -> None:
    kind = content_type(part)
    if is_attachment(part) and not kind.startswith("multipart/"):
        collected.attachments.append(_attachment(part, collected.hidden))
        return
    text = part_text(collected.hidden.reveal(part))
    if text.strip():
        (collected.forwarded if forwarded else collected.body).append(text)


def _attachment(part: Message, hidden: Hidden) -> Attachment:
    children = _children(part)
    if children is not None:
        with hidden.revealed(part):
            size = sum(len(_safe_bytes(child)) for child in children)
    else:
        size = hidden.decoded_size(part)
    return Attachment(filename=filename(part), content_type=content_type(part), size=size)


def _safe_bytes(part: Message) -> bytes:
    try:
        return part.as_bytes()
    except Exception:  # a size estimate is not worth failing over
        return b""


def _forward_heading(inner: Message) -> str:
    """The attached message's subject: a forward's topic is often stated there."""
    subjects = [
        decode_value(name, value) for name, value in inner.raw_items() if name.lower() == "subject"
    ]
    return f"Subject: {subjects[0]}" if subjects else ""


def _assemble(message: Message, collected: _Collected, policy: MessagePolicy) -> ParsedMessage:
    headers = tuple(
        (sanitise(name).lower(), decode_value(name, value, policy))
        for name, value in message.raw_items()
    )
    fields = _fields(message)
    subject = next((value for name, value in headers if name == "subject"), "")
    body = "\n\n".join(collected.body)[: 2 * MAX_TEXT_CHARS]
    own, quoted, inline_forward = split_text(body, is_forward_subject(subject))
    forwarded = "\n\n".join(text for text in (inline_forward, *collected.forwarded) if text)
    sender, sender_name = single_sender(fields.get("from", []), policy)
    ids = message_ids((_values(fields, "message-id") or [""])[0])
    return ParsedMessage(
        message_id=ids[0] if ids else None,
        subject=subject,
        from_address=sender,
        from_name=sender_name,
        reply_to=address_list(fields.get("reply-to", []), policy),
        to=address_list(fields.get("to", []), policy),
        cc=address_list(fields.get("cc", []), policy),
        in_reply_to=message_ids(" ".join(_values(fields, "in-reply-to"))),
        references=message_ids(" ".join(_values(fields, "references"))),
        headers=headers,
        content_type=content_type(message),
        text=own[:MAX_TEXT_CHARS],
        quoted_text=quoted[:MAX_TEXT_CHARS],
        forwarded_text=forwarded[:MAX_TEXT_CHARS],
        attachments=tuple(collected.attachments),
        defects=tuple(collected.defects),
    )


def _fields(message: Message) -> dict[str, list[tuple[str, str]]]:
    """Each header's occurrences by lower-case name: (name as written, raw value)."""
    fields: dict[str, list[tuple[str, str]]] = {}
    for name, value in message.raw_items():
        fields.setdefault(name.lower(), []).append((name, str(value)))
    return fields


def _values(fields: dict[str, list[tuple[str, str]]], name: str) -> list[str]:
    return [value for _, value in fields.get(name, [])]


def _unparseable(raw: bytes, error: Exception) -> ParsedMessage:
    """What little can be said about bytes the parser gave up on."""
    body = raw.split(b"\n\n", 1)[-1].decode("utf-8", "replace")
    return ParsedMessage(
        message_id=None,
        subject="",
        from_address=None,
        text=body[:MAX_TEXT_CHARS],
        defects=(f"ParserFailure:{type(error).__name__}",),
    )
