"""SMTP in: the aiosmtpd protocol in our own event loop, and the handler that takes each message.

A message gets its 250 only after the group committer has fsync'd it; every fault of ours is
a constant 4xx reply, and no reply ever carries client text or exception text.
"""

from __future__ import annotations

import asyncio
import re
import shutil
import time
from datetime import UTC, datetime

from aiosmtpd.smtp import SMTP, Session
from aiosmtpd.smtp import Envelope as SmtpEnvelope

from intake.ingest import GroupCommitter
from intake.logs import get_logger
from intake.models import Envelope
from intake.protocol import SHUTTING_DOWN, Admission, IntakeSMTP
from intake.settings import SmtpSettings

log = get_logger("intake.listener")

INTERNAL_ERROR = "451 4.3.0 Internal error, please try again later"
_RECEIVED = re.compile(rb"^received:", re.IGNORECASE | re.MULTILINE)
_BARE_EOL = re.compile(rb"\r(?!\n)|(?<!\r)\n")


def normalise_line_endings(raw: bytes) -> bytes:
    """Our one policy for stray CR and LF: each becomes CRLF (Postfix's `normalize`).

    The parser, the classifier and the relay then all see the same header set, and nothing
    we relay carries a bare CR or LF (RELIABILITY cases 15, 16).
    """
    return _BARE_EOL.sub(b"\r\n", raw)


def count_received(raw: bytes) -> int:
    header_block = raw.split(b"\r\n\r\n", 1)[0]
    return len(_RECEIVED.findall(header_block))


class IntakeHandler:
    """aiosmtpd handler hooks: recipient policy, durable DATA, constant error replies."""

    def __init__(self, settings: SmtpSettings, committer: GroupCommitter, spool: str) -> None:
        self.settings = settings
        self.committer = committer
        self.spool = spool  # a path on the store's file system, for the free-space guard
        self.admission = Admission(settings)
        self.sessions: set[IntakeSMTP] = set()
        self.active_data = 0
        self.data_finished = asyncio.Event()
        self.closing = False
        self._domains = {a.rpartition("@")[2] for a in settings.intake_addresses}

    async def handle_EHLO(
        self,
        server: SMTP,
        session: Session,
        envelope: SmtpEnvelope,
        hostname: str,
        responses: list[str],
    ) -> list[str]:
        session.host_name = hostname
        # No AUTH: the intake takes mail for its own addresses only.
        return [line for line in responses if "AUTH" not in line.upper()]

    async def handle_MAIL(
        self,
        server: SMTP,
        session: Session,
        envelope: SmtpEnvelope,
        address: str,
        options: list[str],
    ) -> str:
        if self.closing:
            return SHUTTING_DOWN
        if shutil.disk_usage(self.spool).free < 1.5 * self.settings.max_message_bytes:
            log.warning("store.disk_low", spool=self.spool)
            return "452 4.3.1 Insufficient system storage"
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 2.1.0 OK"

    async def handle_RCPT(
        self,
        server: SMTP,
        session: Session,
        envelope: SmtpEnvelope,
        address: str,
        options: list[str],
    ) -> str:
        if len(envelope.rcpt_tos) >= self.settings.max_recipients:
            return "452 4.5.3 Too many recipients"
        wanted = address.lower()
        if wanted not in self.settings.intake_addresses:
            if wanted.rpartition("@")[2] not in self._domains:
                return "550 5.7.1 Relaying denied"
            return "550 5.1.1 No such recipient here"
        if wanted not in (r.lower() for r in envelope.rcpt_tos):
            envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: SmtpEnvelope) -> str:
        started = time.monotonic()
        raw = normalise_line_endings(bytes(envelope.original_content or b""))
        if b"\x00" in raw:
            return "554 5.6.0 NUL characters are not allowed in messages"
        if count_received(raw) > self.settings.max_received_headers:
            return "554 5.4.6 Too many hops, routing loop suspected"
        stored = Envelope(
            mail_from="" if envelope.mail_from in ("<>", None) else envelope.mail_from,
            rcpt_tos=tuple(envelope.rcpt_tos),
            peer=_peer(session),
            helo=str(session.host_name or ""),
            received_at=datetime.now(UTC),
        )
        try:
            queue_id = await asyncio.wait_for(
                self.committer.submit(stored, raw), self.settings.persist_timeout
            )
        except TimeoutError:
            log.error("message.store_slow", peer=stored.peer)
            return INTERNAL_ERROR
        except Exception:
            log.exception("message.store_failed", peer=stored.peer)
            return INTERNAL_ERROR
        log.info("message.accepted", queue_id=queue_id, size=len(raw), peer=stored.peer,
                 seconds=round(time.monotonic() - started, 6))
        return f"250 2.0.0 Ok: queued as {queue_id}"

    async def handle_exception(self, error: Exception) -> str:
        log.error("smtp.failed", error_type=type(error).__name__, exc_info=error)
        return INTERNAL_ERROR


def _peer(session: Session) -> str:
    peer = session.peer
    if isinstance(peer, tuple) and peer:
        return str(peer[0])
    return str(peer or "")
