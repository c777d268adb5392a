"""The one seam to the network: a `Relay` takes a rendered message and hands it on.

`MaildirRelay` writes files (the embedded default); `SmtpRelay` speaks SMTP through aiosmtplib.
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

import aiosmtplib


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
        """End a batch: close any connection kept open between messages."""


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
    """Hands mail to an SMTP relay; `smtp://`, `smtp+starttls://` or `smtps://` host:port."""

    def __init__(self, url: str, timeout: float = 60.0) -> None:
        parts = urlsplit(url)
        self.scheme = parts.scheme
        self.host = parts.hostname or "127.0.0.1"
        self.port = parts.port or (465 if self.scheme == "smtps" else 25)
        self.timeout = timeout
        self._idle: list[aiosmtplib.SMTP] = []  # open connections between two messages

    def describe(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}"

    @property
    def is_plain_remote(self) -> bool:
        return self.scheme == "smtp" and self.host not in ("127.0.0.1", "::1", "localhost")

    async def release(self) -> None:
        idle, self._idle = self._idle, []
        for client in idle:
            if client.is_connected:
                with contextlib.suppress(aiosmtplib.SMTPException, OSError, TimeoutError):
                    await client.quit()

    async def _connected(self) -> aiosmtplib.SMTP:
        """An open connection of this batch, or a new one (one TLS handshake per connection
        and batch). Each concurrent send holds its own until it is done."""
        while self._idle:
            client = self._idle.pop()
            if client.is_connected:
                return client
        client = aiosmtplib.SMTP(
            hostname=self.host,
            port=self.port,
            use_tls=self.scheme == "smtps",
            start_tls=self.scheme == "smtp+starttls",
            timeout=self.timeout,
            tls_context=ssl.create_default_context() if self.scheme != "smtp" else None,
        )
        await client.connect()
        return client

    async def send(self, mail_from: str, rcpt_tos: tuple[str, ...], raw: bytes) -> DeliveryResult:
        client: aiosmtplib.SMTP | None = None
        try:
            client = await self._connected()
            # sendmail, not send: acknowledgements go out with the null reverse-path <>.
            refused, _ = await client.sendmail(mail_from, list(rcpt_tos), raw)
        except aiosmtplib.SMTPRecipientsRefused as error:
            await self._reset(client)
            return _all_refused(error.recipients)
        except aiosmtplib.SMTPResponseException as error:
            await self._reset(client)
            if 500 <= error.code < 600:
                raise PermanentFailure(f"{error.code} {error.message}") from error
            raise TemporaryFailure(f"{error.code} {error.message}") from error
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as error:
            _drop(client)
            raise TemporaryFailure(f"{type(error).__name__}: {error}") from error
        except BaseException:  # cancelled mid-transaction: the connection's state is unknown
            _drop(client)
            raise
        self._idle.append(client)
        refusals = {rcpt: f"{code} {text}" for rcpt, (code, text) in refused.items()}
        temporary = {r: msg for r, msg in refusals.items() if not msg.startswith("5")}
        if temporary and len(temporary) == len(rcpt_tos):
            raise TemporaryFailure("; ".join(temporary.values()))
        accepted = tuple(r for r in rcpt_tos if r not in refusals)
        return DeliveryResult(accepted=accepted, refused=refusals)

    async def _reset(self, client: aiosmtplib.SMTP | None) -> None:
        """After a refused transaction, RSET so the connection can carry the next one."""
        if client is None:
            return
        try:
            await client.rset()
        except (aiosmtplib.SMTPException, OSError, TimeoutError):
            _drop(client)
            return
        self._idle.append(client)


def _drop(client: aiosmtplib.SMTP | None) -> None:
    if client is not None and client.is_connected:
        client.close()


def _all_refused(errors: list[aiosmtplib.SMTPRecipientRefused]) -> DeliveryResult:
    refused = {e.recipient: f"{e.code} {e.message}" for e in errors}
    if all(500 <= e.code < 600 for e in errors):
        raise PermanentFailure("; ".join(refused.values()))
    raise TemporaryFailure("; ".join(refused.values()))


def make_relay(spec: str, timeout: float = 60.0) -> MaildirRelay | SmtpRelay:
    """Build the relay that `delivery.relay` names."""
    if spec.startswith("maildir:"):
        return MaildirRelay(Path(spec.removeprefix("maildir:")))
    if spec.split("://", 1)[0] in ("smtp", "smtp+starttls", "smtps"):
        return SmtpRelay(spec, timeout)
    raise ValueError(f"delivery.relay: unknown relay {spec!r} (maildir:PATH or smtp://host:port)")
