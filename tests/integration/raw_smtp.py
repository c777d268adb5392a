"""Raw SMTP over loopback, for what a client library would normalise or refuse to send.

`RawSession` writes exactly the bytes it is given and reads replies line by line, with a
deadline on every read (never a fixed sleep). Also: CRLF serialisation, dot-stuffing, a
self-signed certificate for STARTTLS, and small settings so that timeouts take seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import ssl
import subprocess
import time
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path
from types import TracebackType

import pytest

from tests.conftest import INTAKE

ANA = "ana.pereira@mod.example.org"

# Small limits so that budgets are exercised in seconds; the timeout tests shorten them further
# (kept apart so that a busy machine does not time out the tests that measure something else).
FAST = {"error_delay": 0.01, "idle_timeout": 5, "session_deadline": 20, "data_timeout": 5}
TIMEOUTS = {"idle_timeout": 1, "session_deadline": 2, "data_timeout": 1}


def crlf(message: EmailMessage | bytes) -> bytes:
    """A message as it travels over SMTP: CRLF line ends everywhere."""
    if isinstance(message, EmailMessage):
        return message.as_bytes(policy=message.policy.clone(linesep="\r\n"))
    return message


def stuff(data: bytes) -> bytes:
    """Dot-stuffing (RFC 5321 section 4.5.2) of CRLF text, plus the end-of-data line."""
    lines = data.split(b"\r\n")
    if lines and lines[-1] == b"":
        lines.pop()
    stuffed = [b"." + line if line.startswith(b".") else line for line in lines]
    return b"\r\n".join(stuffed) + b"\r\n.\r\n"


class RawSession:
    """One SMTP connection driven byte by byte."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer
        self.greeting = b""

    @classmethod
    async def open(cls, port: int, *, greet: bool = True) -> RawSession:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        session = cls(reader, writer)
        if greet:
            session.greeting = await session.line()
        return session

    async def __aenter__(self) -> RawSession:
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        self.writer.close()
        with contextlib.suppress(OSError, ssl.SSLError, asyncio.TimeoutError):
            await asyncio.wait_for(self.writer.wait_closed(), 5)

    async def send(self, data: bytes | str) -> None:
        self.writer.write(data.encode() if isinstance(data, str) else data)
        await self.writer.drain()

    async def line(self, timeout: float = 5.0) -> bytes:
        """One reply line (b"" at end of stream)."""
        return await asyncio.wait_for(self.reader.readline(), timeout)

    async def reply(self, timeout: float = 5.0) -> bytes:
        """The last line of one (possibly multi-line) reply, without CRLF."""
        return (await self.reply_lines(timeout))[-1]

    async def reply_lines(self, timeout: float = 5.0) -> list[bytes]:
        lines = [await self.line(timeout)]
        while lines[-1][3:4] == b"-":
            lines.append(await self.line(timeout))
        return [line.rstrip(b"\r\n") for line in lines]

    async def command(self, line: bytes | str, timeout: float = 5.0) -> bytes:
        data = line.encode() if isinstance(line, str) else line
        await self.send(data + b"\r\n")
        return await self.reply(timeout)

    async def envelope(self, sender: str = ANA, rcpt: str = INTAKE) -> None:
        """EHLO, MAIL, RCPT and DATA, each answered as a good client expects."""
        assert (await self.command("EHLO client.test")).startswith(b"250")
        assert (await self.command(f"MAIL FROM:<{sender}>")).startswith(b"250")
        assert (await self.command(f"RCPT TO:<{rcpt}>")).startswith(b"250")
        assert (await self.command("DATA")).startswith(b"354")

    async def rest(self, timeout: float = 5.0) -> bytes | None:
        """Everything the server still sends until it closes; None if it does not close."""
        deadline = time.monotonic() + timeout
        received = b""
        while time.monotonic() < deadline:
            try:
                data = await asyncio.wait_for(
                    self.reader.read(65536), max(deadline - time.monotonic(), 0.01)
                )
            except TimeoutError:
                return None
            except (ConnectionError, ssl.SSLError):
                return received
            if not data:
                return received
            received += data
        return None

    async def start_tls(self, context: ssl.SSLContext) -> None:
        await self.writer.start_tls(context, server_hostname="intake.test")


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A throwaway certificate and key for intake.test: `cryptography` when it is installed,
    else the openssl command, else the test is skipped."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    try:
        _with_cryptography(cert, key)
        return cert, key
    except ImportError:
        pass
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("neither the cryptography package nor the openssl command is available")
    subprocess.run(
        [
            openssl,
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "2",
            "-subj",
            "/CN=intake.test",
            "-addext",
            "subjectAltName=DNS:intake.test",
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return cert, key


def _with_cryptography(cert: Path, key: Path) -> None:
    from datetime import UTC, datetime, timedelta

    from cryptography import x509  # type: ignore[import-not-found]
    from cryptography.hazmat.primitives import hashes, serialization  # type: ignore[import-not-found]
    from cryptography.hazmat.primitives.asymmetric import ec  # type: ignore[import-not-found]
    from cryptography.x509.oid import NameOID  # type: ignore[import-not-found]

    private = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "intake.test")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(private.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("intake.test")]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(private, hashes.SHA256())
    )
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key.write_bytes(
        private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )


def client_tls(cert: Path) -> ssl.SSLContext:
    """A client context that trusts exactly our test certificate."""
    return ssl.create_default_context(cafile=str(cert))


async def until(condition: Callable[[], object], seconds: float = 10.0) -> None:
    """Wait for a condition with a deadline (polling, never a fixed sleep)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met before the deadline")
        await asyncio.sleep(0.02)
