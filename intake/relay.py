"""The one seam to the network: a `Relay` takes a rendered message and hands it on.

`MaildirRelay` writes files (the embedded default); `SmtpRelay` speaks SMTP (`smtp_client`),
pipelined when the relay offers it.
Failures are `TemporaryFailure` (retry later) or `PermanentFailure` (dead letter).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import ssl
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

from intake.smtp_client import (
    ClientError,
    ConnectionFault,
    EnvelopeFault,
    RecipientsRefused,
    Refused,
    Reply,
    Security,
    SmtpConnection,
)

# How long a connection stays open between delivery rounds for the next one (Postfix keeps
# its cached connections 2 s): a steady flow of mail does not reconnect for every round.
IDLE_SECONDS = 2.0
QUIT_SECONDS = 5.0  # for the relay to answer QUIT when the service stops


class DeliveryError(Exception):
    """A relay could not take a message."""


class TemporaryFailure(DeliveryError):
    """Worth trying again later (4xx, timeouts, connection faults)."""


class PermanentFailure(DeliveryError):
    """Will not succeed by retrying (5xx for every remaining recipient)."""


@dataclass(frozen=True)
class DeliveryResult:
    accepted: tuple[str, ...]
    refused: dict[str, str]  # recipient → permanent reply, for partial success


class Relay(Protocol):
    async def send(
        self, mail_from: str, rcpt_tos: tuple[str, ...], raw: bytes
    ) -> DeliveryResult: ...

    def describe(self) -> str: ...

    async def release(self) -> None:
        """A delivery round is over (connections kept for the next round may expire)."""

    async def close(self) -> None:
        """The service is stopping: close every connection now."""


class MaildirRelay:
    """Delivers into a Maildir: tmp/ then an atomic rename into new/, fsync'd."""

    def __init__(self, path: Path) -> None:
        self.path = path
        for sub in ("tmp", "new", "cur"):
            (path / sub).mkdir(parents=True, exist_ok=True)

    def describe(self) -> str:
        return f"maildir:{self.path}"

    async def release(self) -> None:
        return None

    async def close(self) -> None:
        return None

    async def send(self, mail_from: str, rcpt_tos: tuple[str, ...], raw: bytes) -> DeliveryResult:
        envelope = f"Return-Path: <{mail_from}>\r\nDelivered-To: {', '.join(rcpt_tos)}\r\n"
        await asyncio.to_thread(self._write, envelope.encode() + raw)
        return DeliveryResult(accepted=rcpt_tos, refused={})

    def _write(self, data: bytes) -> None:
        name = f"{time.time_ns()}.{os.getpid()}_{os.urandom(4).hex()}.{socket.gethostname()}"
        tmp = self.path / "tmp" / name
        try:
            with open(tmp, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.rename(tmp, self.path / "new" / name)
        except OSError as error:
            raise TemporaryFailure(f"maildir write failed: {error.strerror}") from error


class SmtpRelay:
    """Hands mail to an SMTP relay; `smtp://`, `smtp+starttls://` or `smtps://` host:port.

    Connections are kept between delivery rounds while mail keeps coming, like Postfix's
    connection cache: one idle for `idle_seconds` is closed with QUIT. A kept connection that
    the relay closed meanwhile (a 421 or EOF before the content went) is replaced, and the
    message sent on a new one at once.
    """

    def __init__(
        self,
        url: str,
        timeout: float = 60.0,
        local_hostname: str | None = None,
        tls_context: ssl.SSLContext | None = None,
        server_hostname: str | None = None,
        idle_seconds: float = IDLE_SECONDS,
    ) -> None:
        parts = urlsplit(url)
        self.scheme = parts.scheme
        self.host = parts.hostname or "127.0.0.1"
        self.port = parts.port or (465 if self.scheme == "smtps" else 25)
        self.timeout = timeout
        self.local_hostname = local_hostname or socket.getfqdn()
        # The system's trusted authorities unless given; loaded once, not per connection.
        if tls_context is None and self.scheme != "smtp":
            tls_context = ssl.create_default_context()
        self.tls_context = tls_context
        self.server_hostname = server_hostname  # the name the certificate must carry, if not host
        self.idle_seconds = idle_seconds
        self._idle: list[tuple[SmtpConnection, float]] = []  # with when each was last used
        self._expiry: asyncio.TimerHandle | None = None
        self._quitting: set[asyncio.Task[None]] = set()

    def describe(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}"

    @property
    def is_plain_remote(self) -> bool:
        return self.scheme == "smtp" and self.host not in ("127.0.0.1", "::1", "localhost")

    async def release(self) -> None:
        """A round is over: its connections stay for the next one, up to `idle_seconds`."""
        self._expire()

    async def close(self) -> None:
        """QUIT every kept connection now (the service is stopping)."""
        if self._expiry is not None:
            self._expiry.cancel()
            self._expiry = None
        idle, self._idle = self._idle, []
        for connection, _ in idle:
            self._quit(connection)
        if self._quitting:  # a relay that does not answer QUIT does not hold up the stop
            _, late = await asyncio.wait(self._quitting, timeout=QUIT_SECONDS)
            for task in late:
                task.cancel()  # its connection is closed as the task ends

    def _expire(self) -> None:
        """QUIT the connections idle for `idle_seconds`; come back when the next one will be."""
        self._expiry = None
        now = time.monotonic()
        kept, self._idle = self._idle, []
        for connection, since in kept:
            if now - since >= self.idle_seconds:
                self._quit(connection)
            else:
                self._idle.append((connection, since))
        if self._idle:
            due = min(since for _, since in self._idle) + self.idle_seconds - now
            self._expiry = asyncio.get_running_loop().call_later(due, self._expire)

    def _quit(self, connection: SmtpConnection) -> None:
        async def quit() -> None:
            with contextlib.suppress(ClientError):
                await connection.quit()

        task = asyncio.ensure_future(quit())
        self._quitting.add(task)
        task.add_done_callback(self._quitting.discard)

    def _keep(self, connection: SmtpConnection) -> None:
        self._idle.append((connection, time.monotonic()))

    async def _connected(self) -> tuple[SmtpConnection, bool]:
        """A kept connection (and True), or a new one. Each concurrent send holds its own
        until it is done."""
        while self._idle:
            connection, _ = self._idle.pop()
            if connection.is_open:
                return connection, True
            connection.close()
        connection = await SmtpConnection.open(
            self.host,
            self.port,
            local_hostname=self.local_hostname,
            security=_SECURITY[self.scheme],
            tls_context=self.tls_context,
            server_hostname=self.server_hostname,
            timeout=self.timeout,
        )
        return connection, False

    async def send(self, mail_from: str, rcpt_tos: tuple[str, ...], raw: bytes) -> DeliveryResult:
        while True:
            connection: SmtpConnection | None = None
            kept = False
            try:
                connection, kept = await self._connected()
                # Acknowledgements go out with the null reverse-path <>.
                refused = await connection.transaction(mail_from, rcpt_tos, raw)
            except EnvelopeFault as error:
                _drop(connection)
                if kept:  # the relay closed it while it was kept; nothing of this mail went
                    continue
                raise TemporaryFailure(str(error)) from error
            except RecipientsRefused as error:
                await self._reset(connection)
                return _all_refused(error.replies)
            except Refused as error:
                await self._reset(connection)
                if error.reply.code >= 500:
                    raise PermanentFailure(str(error.reply)) from error
                raise TemporaryFailure(str(error.reply)) from error
            except ConnectionFault as error:
                _drop(connection)
                raise TemporaryFailure(str(error)) from error
            except BaseException:  # cancelled mid-transaction: the connection's state is unknown
                _drop(connection)
                raise
            self._keep(connection)
            # Some refused, some took it: delivery retries the refusals that were temporary.
            accepted = tuple(r for r in rcpt_tos if r not in refused)
            return DeliveryResult(accepted, {r: str(reply) for r, reply in refused.items()})

    async def _reset(self, connection: SmtpConnection | None) -> None:
        """After a refused transaction, RSET so the connection can carry the next one."""
        if connection is None:
            return
        try:
            await connection.reset()
        except ClientError:
            _drop(connection)
            return
        self._keep(connection)


_SECURITY: dict[str, Security] = {"smtp": "none", "smtp+starttls": "starttls", "smtps": "tls"}


def _drop(connection: SmtpConnection | None) -> None:
    if connection is not None:
        connection.close()


def _all_refused(replies: dict[str, Reply]) -> DeliveryResult:
    refused = "; ".join(str(reply) for reply in replies.values())
    if all(reply.code >= 500 for reply in replies.values()):
        raise PermanentFailure(refused)
    raise TemporaryFailure(refused)


def make_relay(
    spec: str, timeout: float = 60.0, local_hostname: str | None = None
) -> MaildirRelay | SmtpRelay:
    """Build the relay that `delivery.relay` names; `local_hostname`: what to say in EHLO."""
    if spec.startswith("maildir:"):
        return MaildirRelay(Path(spec.removeprefix("maildir:")))
    if spec.split("://", 1)[0] in ("smtp", "smtp+starttls", "smtps"):
        return SmtpRelay(spec, timeout, local_hostname)
    raise ValueError(f"delivery.relay: unknown relay {spec!r} (maildir:PATH or smtp://host:port)")
