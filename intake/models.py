"""The values that flow between the pipeline's stages: frozen, typed, and free of I/O.

Each stage takes some of these and returns one; only the listener, the store and the
delivery worker turn them into bytes on a wire or a disk.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Kind(StrEnum):
    """What a message is, decided by `screen` and `cases` (SPEC: What happens to each kind)."""

    ENQUIRY = "enquiry"
    FOLLOW_UP = "follow_up"
    INTERNAL = "internal"
    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"
    BULK = "bulk"
    SPAM = "spam"
    LOOP = "loop"
    DUPLICATE = "duplicate"

    @property
    def is_noise(self) -> bool:
        return self in NOISE_KINDS


NOISE_KINDS = frozenset(
    {Kind.AUTO_REPLY, Kind.BOUNCE, Kind.BULK, Kind.SPAM, Kind.LOOP, Kind.DUPLICATE}
)


class MessageState(StrEnum):
    """Where a stored inbound message is; the last four are terminal."""

    RECEIVED = "received"
    ROUTED = "routed"
    RECORDED = "recorded"
    SCREENED = "screened"
    QUARANTINED = "quarantined"


class Envelope(Frozen):
    """What the SMTP session told us, as stored with the raw bytes."""

    mail_from: str  # "" for the null reverse-path <>
    rcpt_tos: tuple[str, ...]
    peer: str = ""
    helo: str = ""
    received_at: datetime


# The content types of a calendar object (RFC 5545), which makes a message an invitation.
CALENDAR_TYPES = frozenset({"text/calendar", "application/ics"})


class Attachment(Frozen):
    filename: str  # sanitised: no path separators or control characters; "" when unnamed
    content_type: str
    size: int


class ParsedMessage(Frozen):
    """A decoded, sanitised view of one inbound message. Header values are single lines."""

    message_id: str | None  # without angle brackets
    subject: str
    from_address: str | None  # None when absent or ambiguous (several From, unparseable)
    from_name: str = ""
    reply_to: tuple[str, ...] = ()
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    in_reply_to: tuple[str, ...] = ()  # message ids without angle brackets
    references: tuple[str, ...] = ()
    # every header as (lower-case name, decoded single-line value), in order
    headers: tuple[tuple[str, str], ...] = ()
    content_type: str = "text/plain"  # of the top-level part, lower case
    text: str = ""  # the sender's own text (HTML converted), quoted history removed
    quoted_text: str = ""  # quoted earlier messages, signatures, disclaimers
    forwarded_text: str = ""  # text of attached message/rfc822 parts and inline forwards
    attachments: tuple[Attachment, ...] = ()
    defects: tuple[str, ...] = ()

    def header(self, name: str) -> str | None:
        """The first value of a header, or None."""
        wanted = name.lower()
        return next((value for key, value in self.headers if key == wanted), None)

    def header_all(self, name: str) -> list[str]:
        wanted = name.lower()
        return [value for key, value in self.headers if key == wanted]


class Screening(Frozen):
    """The kind of a message as far as headers and content tell, and why."""

    kind: Kind
    reason: str
    acknowledge_allowed: bool = True  # False when a trusted verdict or ambiguity forbids an ack
    flags: tuple[str, ...] = ()  # e.g. "dmarc_fail", "ambiguous_sender"


class Evidence(Frozen):
    topic: str
    term: str
    where: str  # subject, body, quoted, attachment, forwarded
    weight: float


class Classification(Frozen):
    topic: str
    confidence: float = Field(ge=0.0, le=1.0)
    scores: dict[str, float]
    evidence: tuple[Evidence, ...]
    language: str  # ISO 639-1
    reason: str


class Recipient(Frozen):
    address: str
    name: str = ""
    role: str = ""


class Route(Frozen):
    topic: str
    to: tuple[Recipient, ...]
    cc: tuple[Recipient, ...] = ()
    roles_to: tuple[str, ...] = ()
    roles_cc: tuple[str, ...] = ()

    @property
    def addresses(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for recipient in (*self.to, *self.cc):
            seen.setdefault(recipient.address.lower(), None)
        return tuple(seen)


class OutboundKind(StrEnum):
    FORWARD = "forward"
    ACK = "ack"
    NOTICE = "notice"


class Outbound(Frozen):
    """One message we send, fully rendered, waiting for the delivery worker."""

    kind: OutboundKind
    mail_from: str  # "" for the null reverse-path
    rcpt_tos: tuple[str, ...]
    message_id: str  # without angle brackets; stable across retries
    raw: bytes
