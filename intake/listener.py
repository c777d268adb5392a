"""SMTP in: the aiosmtpd protocol in our own event loop, and the handler that takes each message.

A message gets its 250 only after the group committer has fsync'd it; every fault of ours is
a constant 4xx reply, and no reply ever carries client text or exception text. The stored
copy starts with our `Received:` line (RFC 5321 section 4.4), built from sanitised values.
"""

from __future__ import annotations

import asyncio
import ipaddress
import re
import shutil
import time
from datetime import UTC, datetime
from email.utils import format_datetime
from functools import lru_cache
from typing import TypeVar

from aiosmtpd.proxy_protocol import ProxyData
from aiosmtpd.smtp import SMTP, Session, TLSSetupException
from aiosmtpd.smtp import Envelope as SmtpEnvelope

from intake.admission import Admission
from intake.ingest import GroupCommitter
from intake.logs import get_logger
from intake.models import Envelope
from intake.protocol import IntakeSMTP, say
from intake.replies import SHUTTING_DOWN
from intake.settings import SmtpSettings

log = get_logger("intake.listener")

INTERNAL_ERROR = "451 4.3.0 Internal error, please try again later"
_RECEIVED = re.compile(rb"^received:", re.IGNORECASE | re.MULTILINE)
_HELO = re.compile(r"[A-Za-z0-9.:_\[\]-]{1,255}")
_TLS_NAME = re.compile(r"[^A-Za-z0-9._-]")
Octets = TypeVar("Octets", bytes, bytearray)  # a message as read (bytearray) or from a file


def normalise_line_endings(raw: Octets) -> Octets:
    """Our one policy for stray CR and LF: each becomes CRLF (Postfix's `normalize`).

    The parser, the classifier and the relay then all see the same header set, and nothing
    we relay carries a bare CR or LF (RELIABILITY cases 15, 16). This runs on the event loop:
    plain byte operations (a regular expression took 1.5 s over 25 MiB, stalling every session).
    """
    crlf = raw.count(b"\r\n")
    if raw.count(b"\r") == crlf == raw.count(b"\n"):
        return raw
    return raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n").replace(b"\n", b"\r\n")


def count_received(raw: bytes | bytearray) -> int:
    end = raw.find(b"\r\n\r\n")  # the header block, searched in place (a slice would copy)
    return sum(1 for _ in _RECEIVED.finditer(raw, 0, len(raw) if end < 0 else end))


def received_line(session: Session, peer: str, hostname: str, when: datetime) -> bytes:
    """Our trace header: the HELO only when it is a plain name or literal, never raw text."""
    helo = str(session.host_name or "")
    helo = helo if _HELO.fullmatch(helo) else "invalid-helo"
    literal = f"[IPv6:{peer}]" if ":" in peer else f"[{peer}]"
    protocol = "ESMTP" if session.extended_smtp else "SMTP"
    tls = ""
    if isinstance(session.ssl, dict):
        protocol += "S"
        cipher = session.ssl.get("cipher")
        if isinstance(cipher, tuple) and len(cipher) >= 2:
            version, name = (_TLS_NAME.sub("", str(c)) for c in (cipher[1], cipher[0]))
            tls = f" ({version} {name})"
    return (
        f"Received: from {helo} ({literal})\r\n\tby {hostname} (CCM intake) with {protocol}{tls};"
        f"\r\n\t{_date(int(when.timestamp()))}\r\n"
    ).encode("ascii", "replace")


@lru_cache(maxsize=4)
def _date(second: int) -> str:
    """RFC 5322 date of a whole second (UTC): a burst formats each second once."""
    return format_datetime(datetime.fromtimestamp(second, UTC))


class IntakeHandler:
    """aiosmtpd handler hooks: recipient policy, durable DATA, constant error replies."""

    def __init__(self, settings: SmtpSettings, committer: GroupCommitter, spool: str) -> None:
        self.settings = settings
        self.committer = committer
        self.spool = spool  # a path on the store's file system, for the free-space guard
        self.admission = Admission(settings)
        self.sessions: set[IntakeSMTP] = set()
        self.active_data = 0  # DATA phases under way, and the bytes they may buffer
        self.data_bytes = 0
        self.large_bytes = 0
        self.data_finished = asyncio.Event()
        self.closing = False
        self._domains = {a.rpartition("@")[2] for a in settings.intake_addresses}
        self.proxy_networks = tuple(
            ipaddress.ip_network(n, strict=False) for n in settings.proxy_networks
        )

    def trusts_proxy(self, ip: str) -> bool:
        """Whether a socket peer is one of the load balancers allowed to send PROXY headers."""
        try:
            address = ipaddress.ip_address(ip)
        except ValueError:
            return False
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        return any(address in network for network in self.proxy_networks)

    async def handle_PROXY(
        self, server: IntakeSMTP, session: Session, envelope: SmtpEnvelope, proxy: ProxyData
    ) -> bool:
        """Honour a PROXY header only from a configured network; admit the client it names."""
        socket_ip = _peer(session)
        if not self.trusts_proxy(socket_ip):
            log.warning("proxy.untrusted", peer=socket_ip)
            return False
        client = str(proxy.src_addr) if proxy.src_addr is not None else socket_ip
        refusal = server.admit(client)
        if refusal is not None:
            if server.transport is not None:
                say(server.transport, refusal)
            return False
        if proxy.src_addr is not None:
            server.proxied_peer = (client, int(proxy.src_port or 0))
            session.peer = server.proxied_peer  # type: ignore[assignment]  # a peername tuple
        return True

    async def handle_EHLO(
        self,
        server: SMTP,
        session: Session,
        envelope: SmtpEnvelope,
        hostname: str,
        responses: list[str],
    ) -> list[str]:
        session.host_name = hostname
        # No AUTH: the intake takes mail for its own addresses only. (The first line is our
        # host name, whatever it is called.)
        return responses[:1] + [r for r in responses[1:] if r[4:].upper().split()[:1] != ["AUTH"]]

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
            if envelope.mail_from == "<>" and envelope.rcpt_tos:
                return "550 5.5.3 Multi-recipient bounce"  # Postfix reject_multi_recipient_bounce
            envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: SmtpEnvelope) -> str:
        started = time.monotonic()
        # At run time the reader's own bytearray (intake.smtp_data): the checks below and the
        # store work on it in place, never on a copy of it.
        raw = normalise_line_endings(envelope.original_content or b"")
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
        # Stored in front of the message without joining the two (a copy of the whole message).
        head = received_line(session, stored.peer, self.settings.hostname, stored.received_at)
        try:
            queue_id = await asyncio.wait_for(
                self.committer.submit(stored, raw, head=head), self.settings.persist_timeout
            )
        except TimeoutError:
            log.error("message.store_slow", peer=stored.peer)
            return INTERNAL_ERROR
        except Exception:
            log.exception("message.store_failed", peer=stored.peer)
            return INTERNAL_ERROR
        log.info(
            "message.accepted",
            queue_id=queue_id,
            size=len(head) + len(raw),
            peer=stored.peer,
            seconds=round(time.monotonic() - started, 6),
        )
        return f"250 2.0.0 Ok: queued as {queue_id}"

    async def handle_exception(self, error: Exception) -> str:
        if isinstance(error, TLSSetupException):  # a client's garbage, not our fault: no traceback
            log.warning("tls.handshake_failed", reason=str(error.__cause__ or error)[:200])
            return "454 4.7.0 TLS handshake failed"
        log.error("smtp.failed", error_type=type(error).__name__, exc_info=error)
        return INTERNAL_ERROR


def _peer(session: Session) -> str:
    peer = session.peer
    if isinstance(peer, tuple) and peer:
        return str(peer[0])
    return str(peer or "")
