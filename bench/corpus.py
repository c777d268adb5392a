"""The load: realistic enquiries from the dev corpus, each copy made unique, and one 25 MB report.

Copies get a fresh Message-ID so that the intake does real work on each (the same Message-ID
and body would be screened as a duplicate, which is cheaper and not what a flood looks like).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import getaddresses, make_msgid
from pathlib import Path

INTAKE_ADDRESS = "intake@ccm-isu.example"
_EOL = re.compile(rb"\r\n|\r|\n")
_MESSAGE_ID = re.compile(rb"^message-id:[^\r\n]*(?:\r\n[ \t][^\r\n]*)*\r\n", re.I | re.M)
_NULL_SENDERS = ("mailer-daemon", "postmaster")


@dataclass
class Outgoing:
    """One message to send, with the timings the load generator fills in."""

    index: int
    mail_from: str
    raw: bytes
    attempts: int = 0
    first_try: float = 0.0
    accepted_at: float = 0.0
    latencies: list[float] = field(default_factory=list)  # end-of-data → reply, per attempt


@dataclass(frozen=True)
class Template:
    name: str
    mail_from: str
    raw: bytes  # CRLF line endings, original Message-ID removed


def corpus_dir(repo: Path) -> Path:
    return (repo / ".." / "shared" / "corpus" / "dev").resolve()


def load_templates(folder: Path) -> list[Template]:
    """The corpus files, or generated enquiries when the corpus is not beside the repo."""
    files = sorted(folder.glob("*.eml")) if folder.is_dir() else []
    if not files:
        return generated_templates(60)
    return [_template(path.name, path.read_bytes()) for path in files]


def _template(name: str, data: bytes) -> Template:
    raw = _EOL.sub(b"\r\n", data)
    if not raw.endswith(b"\r\n"):
        raw += b"\r\n"
    head, sep, body = raw.partition(b"\r\n\r\n")
    head = _MESSAGE_ID.sub(b"", head + b"\r\n").removesuffix(b"\r\n")
    return Template(name, envelope_sender(raw), head + sep + body)


def envelope_sender(raw: bytes) -> str:
    """What an upstream MTA would give as MAIL FROM: Return-Path, else From; <> for DSNs."""
    headers = BytesHeaderParser(policy=compat32).parsebytes(raw)
    source = headers.get("Return-Path") or headers.get("From") or ""
    pairs = getaddresses([str(source)])
    address = pairs[0][1] if pairs else ""
    if address.partition("@")[0].lower() in _NULL_SENDERS:
        return ""
    return address


def make_load(templates: list[Template], count: int, run_id: str) -> list[Outgoing]:
    """`count` messages cycling through the templates, each with its own Message-ID."""
    load = []
    for index in range(count):
        template = templates[index % len(templates)]
        message_id = f"Message-ID: <bench-{run_id}-{index}@loadgen.bench.example>\r\n"
        load.append(Outgoing(index, template.mail_from, message_id.encode() + template.raw))
    return load


def generated_templates(count: int) -> list[Template]:
    """Plain enquiries in the corpus's languages, for a checkout without ../shared/corpus."""
    asks = [
        ("Clearance support", "We need technical survey support for cluster munition remnants."),
        ("Rapport article 7", "Nous avons besoin d'aide pour remplir le rapport de transparence."),
        ("Asistencia a víctimas", "Solicitamos apoyo para la rehabilitación de sobrevivientes."),
        ("Stockpile destruction", "We request assistance to destroy our remaining stockpile."),
        ("Model legislation", "Could you share model legislation for national implementation?"),
    ]
    templates = []
    for i in range(count):
        subject, text = asks[i % len(asks)]
        msg = EmailMessage()
        msg["From"] = f"Focal Point {i} <focal{i}@mfa.state{i % 17}.example>"
        msg["To"] = INTAKE_ADDRESS
        msg["Subject"] = subject
        msg["Date"] = "Tue, 03 Mar 2026 08:25:53 +0000"
        msg.set_content(f"Dear colleagues,\n\n{text}\n\nBest regards,\nFocal Point {i}\n")
        templates.append(_template(f"generated-{i}", msg.as_bytes()))
    return templates


def big_message(target_bytes: int = 25_000_000) -> bytes:
    """A ~25 MB report with PDF and spreadsheet attachments, under the 25 MiB SIZE limit."""
    rng = random.Random(7)
    binary = int(target_bytes / 1.37)
    msg = EmailMessage()
    msg["From"] = "Reporting Officer <reports@mfa.pellaris.example>"
    msg["To"] = INTAKE_ADDRESS
    msg["Subject"] = "Article 7 transparency report 2025 with annexes"
    msg["Date"] = "Tue, 03 Mar 2026 09:00:00 +0000"
    msg["Message-ID"] = make_msgid(domain="mfa.pellaris.example")
    msg.set_content(
        "Dear colleagues,\n\nPlease find attached our Article 7 report (Forms A-J)"
        " and the clearance data annex.\n\nBest regards,\nReporting Officer\n"
    )
    pdf = b"%PDF-1.7\n" + rng.randbytes(int(binary * 0.8))
    xlsx = b"PK\x03\x04" + rng.randbytes(binary - len(pdf))
    msg.add_attachment(
        pdf, maintype="application", subtype="pdf", filename="Article7_report_2025.pdf"
    )
    msg.add_attachment(
        xlsx,
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        filename="Annex_clearance_data.xlsx",
    )
    return _EOL.sub(b"\r\n", msg.as_bytes())
