"""The SMTP client side of `relay.SmtpRelay`: one connection to the relay, many transactions.

Why not aiosmtplib's `sendmail`: it sends MAIL, each RCPT and DATA one write and one round trip
at a time, and it cannot pipeline (its protocol object loses a reply that arrives in the same
packet as the one before). Relays such as Postfix offer PIPELINING (RFC 2920); with it a
transaction costs two writes and two round trips whatever the number of recipients, and a
write on loopback costs more CPU here than everything else the client does per message.

Replies are read as the RFC says (multi-line, three digits), each within `timeout`. Anything the
relay says that does not parse, a 421, a closed connection or a timeout is a `ConnectionFault`:
the connection is dropped (an `EnvelopeFault` when no content had been sent yet). A refusal is
a `Refused` (MAIL, DATA or the message itself) or a `RecipientsRefused` (every RCPT); after
either, `reset()` makes the connection usable again.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import ssl
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Literal

Security = Literal["none", "starttls", "tls"]
# A big forward is dot-stuffed and written a slice at a time, never copied whole.
CHUNK_BYTES = 1 << 20
MAX_REPLY_LINE = 4096  # RFC 5321 asks for 512; some relays say more in their greeting
_LINE_BREAK = re.compile(rb"\r\n|\r|\n")
_LEADING_DOT = re.compile(rb"^\.", re.MULTILINE)
_REPLY = re.compile(rb"([2-5][0-9][0-9])([ -]?)(.*?)\r?\n\Z", re.DOTALL)


@dataclass(frozen=True)
class Reply:
    code: int
    text: str

    def __str__(self) -> str:
        return f"{self.code} {self.text}"

    @property
    def ok(self) -> bool:
        return 200 <= self.code < 400


class ClientError(Exception):
    """Something went wrong talking to the relay."""


class ConnectionFault(ClientError):
    """The connection broke, timed out, or carried something that is not SMTP: drop it."""


class EnvelopeFault(ConnectionFault):
    """The connection failed before any of the message's content was sent: the relay has not
    taken it, and trying again on another connection cannot deliver it twice."""


class Refused(ClientError):
    """The relay refused the transaction with this reply."""

    def __init__(self, reply: Reply) -> None:
        super().__init__(str(reply))
        self.reply = reply


class RecipientsRefused(ClientError):
    """The relay refused every recipient; each one's reply."""

    def __init__(self, replies: dict[str, Reply]) -> None:
        super().__init__("; ".join(str(reply) for reply in replies.values()))
        self.replies = replies


@dataclass
class SmtpConnection:
    """An open, greeted connection; use `open()`."""

    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    timeout: float
    extensions: dict[str, str] = field(default_factory=dict)  # EHLO keyword → its parameters

    @classmethod
    async def open(
        cls,
        host: str,
        port: int,
        *,
        local_hostname: str,
        security: Security = "none",
        tls_context: ssl.SSLContext | None = None,
        server_hostname: str | None = None,
        timeout: float = 60.0,
    ) -> SmtpConnection:
        """Connect, read the greeting, say EHLO (and STARTTLS then EHLO again if asked)."""
        # Loading the system's authorities takes milliseconds: only for TLS, and the caller
        # (SmtpRelay) passes one context for all its connections.
        context = tls_context or (ssl.create_default_context() if security != "none" else None)
        name = server_hostname or host
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await asyncio.open_connection(
                    host,
                    port,
                    limit=MAX_REPLY_LINE,
                    ssl=context if security == "tls" else None,
                    server_hostname=name if security == "tls" else None,
                )
        except (OSError, TimeoutError) as error:
            raise ConnectionFault(f"cannot connect to {host}:{port}: {error}") from error
        connection = cls(reader, writer, timeout)
        try:
            await connection._greet(local_hostname)
            if security == "starttls":
                assert context is not None  # made above for any TLS
                await connection._start_tls(context, name, local_hostname)
        except BaseException:
            connection.close()
            raise
        return connection

    @property
    def is_open(self) -> bool:
        return not self.writer.is_closing() and not self.reader.at_eof()

    def close(self) -> None:
        self.writer.close()

    async def transaction(
        self, mail_from: str, rcpt_tos: tuple[str, ...], raw: bytes
    ) -> dict[str, Reply]:
        """Send one message; returns the recipients the relay refused (the others have it).

        Raises `Refused`, `RecipientsRefused` or `ConnectionFault`.
        """
        mail_command = self._mail(mail_from, rcpt_tos, raw)
        rcpt_commands = [_command("RCPT TO:", rcpt) for rcpt in rcpt_tos]
        try:
            mail, rcpts, data = await self._envelope(mail_command, rcpt_commands)
        except ConnectionFault as fault:
            raise EnvelopeFault(str(fault)) from fault
        refused = {
            rcpt: reply for rcpt, reply in zip(rcpt_tos, rcpts, strict=False) if not reply.ok
        }
        nothing_to_send = not mail.ok or len(refused) == len(rcpt_tos)
        if data is not None and data.code == 354 and nothing_to_send:
            # A pipelining relay may take DATA with nothing to deliver (RFC 2920 3.1): end it
            # empty, so that the connection is back at the start of a transaction.
            await self._send(b".\r\n")
        if not mail.ok:
            raise Refused(mail)
        if len(refused) == len(rcpt_tos):
            raise RecipientsRefused(refused)
        if data is None or data.code != 354:
            raise Refused(data or Reply(451, "4.3.0 no reply to DATA"))
        final = await self._content(raw)
        if not final.ok:
            raise Refused(final)
        return refused

    async def _envelope(
        self, mail: bytes, rcpts: list[bytes]
    ) -> tuple[Reply, list[Reply], Reply | None]:
        """The replies to MAIL, each RCPT and DATA: all in one go when the relay pipelines;
        otherwise one by one, stopping where a careful client would (no DATA: None)."""
        if "PIPELINING" in self.extensions:
            replies = await self._send(mail, *rcpts, b"DATA\r\n")
            return replies[0], replies[1:-1], replies[-1]
        (first,) = await self._send(mail)
        if not first.ok:
            return first, [], None
        answers = [(await self._send(rcpt))[0] for rcpt in rcpts]
        if not any(answer.ok for answer in answers):
            return first, answers, None
        (data,) = await self._send(b"DATA\r\n")
        return first, answers, data

    async def reset(self) -> None:
        reply = (await self._send(b"RSET\r\n"))[0]
        if not reply.ok:
            raise ConnectionFault(f"RSET refused: {reply}")

    async def quit(self) -> None:
        try:
            await self._send(b"QUIT\r\n")
        finally:
            self.close()

    async def _greet(self, local_hostname: str) -> None:
        async with self._deadline(self.timeout):
            greeting = await self._reply()
        if greeting.code != 220:
            raise ConnectionFault(f"greeted with {greeting}")
        if (await self._ehlo(local_hostname)).ok:
            return
        # An old relay without ESMTP: HELO, and none of the extensions.
        reply = (await self._send(f"HELO {local_hostname}\r\n".encode()))[0]
        if not reply.ok:
            raise ConnectionFault(f"EHLO and HELO refused: {reply}")
        self.extensions = {}

    async def _ehlo(self, local_hostname: str) -> Reply:
        """Say EHLO; on success the extensions are those of this reply, and no earlier one."""
        reply = (await self._send(f"EHLO {local_hostname}\r\n".encode()))[0]
        if reply.ok:
            self.extensions = _extensions(reply.text)
        return reply

    async def _start_tls(self, context: ssl.SSLContext, name: str, local_hostname: str) -> None:
        # Never fall back to plain text: the operator asked for TLS toward this relay.
        if "STARTTLS" not in self.extensions:
            raise ConnectionFault("the relay does not offer STARTTLS")
        reply = (await self._send(b"STARTTLS\r\n"))[0]
        if reply.code != 220:
            raise ConnectionFault(f"STARTTLS refused: {reply}")
        async with self._deadline(self.timeout, "TLS handshake failed: "):
            await self.writer.start_tls(context, server_hostname=name)
        # EHLO once more: what was offered in clear no longer counts.
        self.extensions = {}
        reply = await self._ehlo(local_hostname)
        if not reply.ok:
            raise ConnectionFault(f"EHLO after STARTTLS refused: {reply}")

    def _mail(self, mail_from: str, rcpt_tos: tuple[str, ...], raw: bytes) -> bytes:
        params = ""
        if "SIZE" in self.extensions:  # lets the relay refuse a message too big before it comes
            params += f" SIZE={len(raw)}"
        if "8BITMIME" in self.extensions and not raw.isascii():
            params += " BODY=8BITMIME"
        if not all(address.isascii() for address in (mail_from, *rcpt_tos)):
            if "SMTPUTF8" not in self.extensions:
                raise Refused(Reply(553, "5.6.7 the relay does not offer SMTPUTF8"))
            params += " SMTPUTF8"
        return _command("MAIL FROM:", mail_from, params)

    async def _send(self, *commands: bytes) -> list[Reply]:
        """Write the commands in one go and read a reply to each (several only to a relay
        that pipelines)."""
        async with self._deadline(self.timeout * len(commands)):
            self.writer.write(b"".join(commands))
            replies = [await self._reply() for _ in commands]
        _check_closing(replies)
        return replies

    async def _content(self, raw: bytes) -> Reply:
        """The message, its line ends made CRLF and leading dots doubled, and the end dot, in
        one write for all but big messages."""
        end = b".\r\n" if raw.endswith((b"\n", b"\r")) else b"\r\n.\r\n"
        async with self._deadline(self.timeout):
            for chunk, last in _wire_chunks(raw):
                self.writer.write(chunk + end if last else chunk)
                if not last:
                    await self.writer.drain()  # a 25 MB forward waits here, not in memory
            final = await self._reply()
        _check_closing([final])
        return final

    @contextlib.asynccontextmanager
    async def _deadline(self, seconds: float, what: str = "") -> AsyncIterator[None]:
        """Bound a step in time; a timeout or a socket error (ssl.SSLError is one) is a fault
        of the connection."""
        try:
            async with asyncio.timeout(seconds):
                yield
        except (OSError, TimeoutError) as error:
            raise ConnectionFault(f"{what}{type(error).__name__}: {error}") from error

    async def _reply(self) -> Reply:
        """One reply, all its lines; `ConnectionFault` on anything that is not one."""
        code, lines = b"", []
        while True:
            try:
                line = await self.reader.readuntil(b"\n")
            except asyncio.IncompleteReadError as error:
                raise ConnectionFault("the relay closed the connection") from error
            except asyncio.LimitOverrunError as error:
                raise ConnectionFault("the relay sent a reply line too long") from error
            found = _REPLY.match(line)
            if found is None or (code and found[1] != code):
                raise ConnectionFault(f"not an SMTP reply: {line[:80]!r}")
            code = found[1]
            lines.append(found[3].strip().decode("utf-8", "replace"))
            if found[2] != b"-":
                return Reply(int(code), "\n".join(lines))


def _check_closing(replies: list[Reply]) -> None:
    """421 answers any command when the relay is closing the connection (RFC 5321 3.8), as
    Postfix does to a connection idle past its timeout."""
    for reply in replies:
        if reply.code == 421:
            raise ConnectionFault(f"the relay is closing the connection: {reply}")


def _command(verb: str, address: str, params: str = "") -> bytes:
    if any(char in address for char in "\r\n<>") or any(char in params for char in "\r\n"):
        raise Refused(Reply(553, f"5.1.3 not a sendable address: {address!r}"))
    return f"{verb}<{address}>{params}\r\n".encode()


def _extensions(ehlo_text: str) -> dict[str, str]:
    """The EHLO reply's keywords (upper case) and their parameters; the first line is a name."""
    found = {}
    for line in ehlo_text.split("\n")[1:]:
        keyword, _, params = line.strip().partition(" ")
        if keyword:
            found[keyword.upper()] = params
    return found


def _wire_chunks(raw: bytes) -> Iterator[tuple[bytes, bool]]:
    """`raw` as DATA content, a slice of about CHUNK_BYTES at a time (and whether it is the
    last), each cut after a line feed: no CRLF pair and no line start is split between two."""
    start = 0
    while True:
        cut = raw.find(b"\n", start + CHUNK_BYTES)
        end = len(raw) if cut == -1 else cut + 1
        yield _stuffed(_crlf(raw[start:end])), end == len(raw)
        if end == len(raw):
            return
        start = end


def _crlf(piece: bytes) -> bytes:
    """Every line end CRLF. Ours mostly are already: three counts cost less than a rewrite."""
    crlf = piece.count(b"\r\n")
    if piece.count(b"\r") == crlf == piece.count(b"\n"):
        return piece
    return _LINE_BREAK.sub(b"\r\n", piece)


def _stuffed(piece: bytes) -> bytes:
    """A dot doubled at the start of each line (RFC 5321 4.5.2); `piece` starts a line."""
    if not piece.startswith(b".") and b"\n." not in piece:
        return piece
    return _LEADING_DOT.sub(b"..", piece)
