"""Building and sending test mail over real SMTP."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import TYPE_CHECKING, Any

import aiosmtplib

from tests.conftest import INTAKE

if TYPE_CHECKING:
    import pytest

    from intake.app import App

# Each stored message with its octets as `raw` (NULL once purged or erased): they are kept in
# a table of their own, apart from the row whose state changes.
MESSAGES_WITH_RAW = (
    "SELECT m.*, b.raw FROM messages m LEFT JOIN message_bodies b ON b.message_row = m.id"
)


def enquiry(
    subject: str = "Request for assistance with clearance of cluster munition remnants",
    body: str = (
        "Dear ISU,\n\nOur national mine action centre requests technical assistance for the"
        " non-technical survey and clearance of cluster munition remnants in two contaminated"
        " districts, and for risk education in the affected communities.\n\nBest regards,\n"
        "Ana Pereira\nMinistry of Defence"
    ),
    sender: str = "ana.pereira@mod.example.org",
    name: str = "Ana Pereira",
    **headers: str,
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = f"{name} <{sender}>"
    msg["To"] = INTAKE
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 9, 21, 10, 0, tzinfo=UTC))
    msg["Message-ID"] = make_msgid(domain="mod.example.org")
    for key, value in headers.items():
        msg[key.replace("_", "-")] = value
    msg.set_content(body)
    return msg


async def send(
    port: int,
    message: EmailMessage | bytes,
    sender: str = "ana.pereira@mod.example.org",
    recipients: tuple[str, ...] = (INTAKE,),
) -> tuple[int, str]:
    """Send one message; returns the final reply (code, text), whatever it is."""
    data = message.as_bytes() if isinstance(message, EmailMessage) else message
    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, timeout=10)
    await client.connect()
    try:
        await client.ehlo()
        response = await client.mail(sender)
        for rcpt in recipients:
            response = await client.rcpt(rcpt)
        response = await client.data(data)
        return response.code, response.message
    except aiosmtplib.SMTPResponseException as error:
        return error.code, error.message
    finally:
        client.close()


def data_calls(app: App, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The calls the listener's DATA handler gets from now on (each still handled)."""
    calls: list[object] = []
    real = app.handler.handle_DATA

    async def spy(*args: Any) -> str:
        calls.append(args)
        return await real(*args)

    monkeypatch.setattr(app.handler, "handle_DATA", spy)
    return calls
