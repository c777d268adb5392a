"""The SMTP protocol at the edge: aiosmtpd's state machine with our limits and reply texts.

Limits follow RELIABILITY.md section (d): per-IP and total sessions, a whole-session deadline,
a DATA deadline answered with 451, an error budget, transactions per connection, forbidden
HTTP verbs, and enhanced status codes on every reply. No reply ever echoes client text.
STARTTLS when a certificate is configured (never AUTH); behind a trusted PROXY-protocol load
balancer the proxied client is the one admitted, capped and recorded.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, cast

from intake.admission import LOCAL_PART_LIMIT, split_path
from intake.logs import get_logger
from intake.replies import (
    DATA_TOO_SLOW,
    IDLE_TIMEOUT,
    SESSION_TOO_LONG,
    SHUTTING_DOWN,
    TOO_BUSY,
    TOO_MANY_ERRORS,
    TOO_MANY_TRANSACTIONS,
    rewrite,
)
from intake.smtp_data import ChunkedDataSMTP

if TYPE_CHECKING:
    from intake.listener import IntakeHandler

log = get_logger("intake.protocol")

# Of the DATA memory budget, the share large uploads may never take: messages declared small
# (an enquiry, a reply) are not held up behind a few big reports.
SMALL_RESERVE = 0.1
SMALL_COST = 1024 * 1024
_SIZE = re.compile(r"^SIZE=(\d{1,20})$", re.IGNORECASE)


def say(transport: asyncio.BaseTransport, status: str) -> None:
    """Write one reply straight to the socket, outside aiosmtpd's command loop.

    uvloop's transports have asyncio's methods but are not subclasses of its transport
    classes, so an `isinstance` test would silently drop the reply there.
    """
    cast(asyncio.WriteTransport, transport).write(status.encode() + b"\r\n")


def say_last(transport: asyncio.BaseTransport | None, status: str) -> None:
    """A last reply (421 and the like), then close, unless the connection is already closing."""
    if transport is not None and not transport.is_closing():
        say(transport, status)
        transport.close()


class IntakeSMTP(ChunkedDataSMTP):
    """aiosmtpd's protocol with admission control, deadlines, an error budget and a drain."""

    local_part_limit = LOCAL_PART_LIMIT

    def __init__(self, handler: IntakeHandler, **kwargs: Any) -> None:
        # Read by aiosmtpd while it sets up (the stream reader's line limit).
        self.line_length_limit = handler.settings.line_length_limit
        self.command_size_limit = handler.settings.command_line_limit
        super().__init__(handler, **kwargs)
        self.command_size_limits = self._command_limits()
        self.intake = handler
        self.in_data = False
        self.errors = 0
        self.transactions = 0
        self.command = ""
        self.proxied_peer: tuple[str, int] | None = None  # the client a trusted proxy named
        self._started = False
        self._admitted_ip: str | None = None
        self._deadline: asyncio.TimerHandle | None = None

    def _command_limits(self) -> defaultdict[str, int]:
        """Per-session limits (aiosmtpd shares one dict between all sessions of the class)."""
        limit = self.command_size_limit
        return defaultdict(lambda: limit)

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        if self._started:
            super().connection_made(transport)  # the STARTTLS transport swap: a new session
            if self.proxied_peer is not None and self.session is not None:
                self.session.peer = self.proxied_peer  # type: ignore[assignment]  # a peername
            return
        peer = transport.get_extra_info("peername")
        ip = str(peer[0]) if isinstance(peer, tuple) else str(peer)
        # Behind a load balancer the client is admitted once its PROXY header names it.
        refusal = None if self.intake.proxy_networks else self.admit(ip)
        if refusal is None and self.intake.closing:
            refusal = SHUTTING_DOWN
        if refusal is not None:
            say_last(transport, refusal)
            return
        self._started = True
        super().connection_made(transport)
        self.intake.sessions.add(self)
        deadline = self.intake.settings.session_deadline
        self._deadline = self.loop.call_later(deadline, self.close_with, SESSION_TOO_LONG)

    def admit(self, ip: str) -> str | None:
        """Count this session against its client's caps; the 421 to send when refused."""
        if self.intake.closing:
            return SHUTTING_DOWN
        refusal = self.intake.admission.admit(ip, time.monotonic())
        if refusal is None:
            self._admitted_ip = ip
        else:
            log.warning("session.refused", peer=ip, reason=refusal)
        return refusal

    def connection_lost(self, error: Exception | None) -> None:
        if not self._started:
            return  # refused at the door: aiosmtpd never set up this session
        self._started = False
        if self._admitted_ip is not None:
            self.intake.admission.release(self._admitted_ip)
            self._admitted_ip = None
        self.intake.sessions.discard(self)
        if self._deadline is not None:
            self._deadline.cancel()
        super().connection_lost(error)

    def close_with(self, status: str) -> None:
        """Send a last reply (421 and the like) and close, whatever state the session is in."""
        say_last(self.transport, status)

    def _timeout_cb(self) -> None:
        self.close_with(IDLE_TIMEOUT)

    async def push(self, status: Any) -> None:
        if isinstance(status, str):
            status = rewrite(status, self.command)
            if status[:1] in "45" and self.command in ("MAIL", "RCPT", "DATA"):
                log.info("message.refused", code=int(status[:3]), stage=self.command)
            if status[:1] in "45" and not status.startswith("421"):
                await self._count_error()
        await super().push(status)

    async def _count_error(self) -> None:
        self.errors += 1
        settings = self.intake.settings
        if self.errors >= settings.hard_error_limit:
            self.close_with(TOO_MANY_ERRORS)
        elif self.errors > settings.soft_error_limit:
            await asyncio.sleep(settings.error_delay)  # tarpit: slow a client that keeps failing

    @contextmanager
    def _verb(self, name: str) -> Iterator[None]:
        """Which transaction command a reply answers (for its wording and the metrics)."""
        self.command = name
        try:
            yield
        finally:
            self.command = ""

    async def handle_exception(self, error: Exception) -> str:
        status: str = await super().handle_exception(error)
        self.envelope = self._create_envelope()  # what the failed command left half done goes
        return status

    def _getaddr(self, arg: str) -> tuple[str | None, str | None]:
        split = split_path(arg)
        if split is None:
            return None, None
        path, params = split
        if path and '"' not in path:
            # Already a checked dot-atom mailbox: the email package's header parser would only
            # give it back unchanged, at a tenth of a millisecond per command.
            return path, params.strip()
        try:
            address, rest = super()._getaddr(arg)
        except Exception:  # the email package's parser raises on some inputs (gh-148518)
            return None, None
        return address, rest

    async def smtp_EHLO(self, hostname: str) -> None:
        # aiosmtpd raises MAIL's line limit on every EHLO: each one starts from the same limits.
        self.command_size_limits = self._command_limits()
        await super().smtp_EHLO(hostname)

    async def smtp_AUTH(self, arg: str) -> None:
        # No AUTH at all, before or after TLS: the intake takes mail for its own addresses only.
        await self.push("502 5.5.1 AUTH not available")

    async def smtp_MAIL(self, arg: str) -> None:
        with self._verb("MAIL"):
            if self.transactions >= self.intake.settings.max_transactions:
                self.close_with(TOO_MANY_TRANSACTIONS)
                return
            await super().smtp_MAIL(arg)

    async def smtp_RCPT(self, arg: str) -> None:
        with self._verb("RCPT"):
            await super().smtp_RCPT(arg)

    async def smtp_DATA(self, arg: str) -> None:
        with self._verb("DATA"):
            handler = self.intake
            if handler.closing:
                await self.push(SHUTTING_DOWN)
                return
            cost = self._data_cost()
            if not self._fits(cost):
                await self.push(TOO_BUSY)
                return
            await self._data_with_deadline(arg, cost)

    def _data_cost(self) -> int:
        """What this DATA may buffer: the size limit, or twice the declared SIZE plus slack.

        A client that declared SIZE is held to that estimate (with room for error), so that
        its reservation of the memory budget is also a bound on what it can make us buffer.
        """
        limit = int(self.intake.settings.max_message_bytes)
        options = self.envelope.mail_options if self.envelope is not None else []
        for option in options:
            found = _SIZE.match(option)
            if found:
                return min(limit, 2 * int(found.group(1)) + 65536)
        return limit

    def _fits(self, cost: int) -> bool:
        """The memory budget, of which large uploads may take only 1 - SMALL_RESERVE."""
        handler = self.intake
        if handler.active_data == 0:
            return True  # one message of any size is always possible
        budget = handler.settings.data_budget_bytes
        if self._large(cost) and handler.large_bytes + cost > budget * (1 - SMALL_RESERVE):
            return False
        return handler.data_bytes + cost <= budget

    def _large(self, cost: int) -> bool:
        return cost > min(SMALL_COST, self.intake.settings.data_budget_bytes * SMALL_RESERVE)

    async def _data_with_deadline(self, arg: str, cost: int) -> None:
        handler = self.intake
        budget = handler.settings.data_timeout
        large = cost if self._large(cost) else 0
        handler.active_data += 1
        handler.data_bytes += cost
        handler.large_bytes += large
        self.data_size_limit = cost
        self.in_data = True
        # aiosmtpd's idle timer is not re-armed while DATA lines arrive: push it past our own
        # deadline, which answers 451 itself before closing (cancelling the upload first would
        # close the connection without a reply).
        self._reset_timeout(budget + 30)
        deadline = self.loop.call_later(budget, self._data_too_slow)
        try:
            await self.receive_data(arg)
            self.transactions += 1
        finally:
            deadline.cancel()
            self.data_size_limit = handler.settings.max_message_bytes
            handler.data_bytes -= cost
            handler.large_bytes -= large
            handler.active_data -= 1
            self.in_data = False
            handler.data_finished.set()

    def _data_too_slow(self) -> None:
        log.warning("session.data_timeout", peer=self._admitted_ip)
        self.close_with(DATA_TOO_SLOW)

    # Forbidden verbs: an HTTP client or proxy probe talking to the SMTP port is closed at once.
    async def smtp_GET(self, arg: str) -> None:
        self.close_with("421 4.7.0 This is an SMTP server")

    smtp_POST = smtp_GET
    smtp_CONNECT = smtp_GET
    smtp_HEAD = smtp_GET
