"""Demo: mail every .eml of a folder to a running intake, then show what happened to each.

Reads the intake's settings (defaults, `--config` or INTAKE_* variables) for the SMTP address,
the intake address and the store, which it reads once the pipeline has processed the messages.
Run `intake serve` first (or `make run`), then `make demo`.
"""

from __future__ import annotations

import argparse
import json
import re
import smtplib
import sqlite3
import sys
import time
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.utils import parseaddr
from pathlib import Path

from intake.settings import ConfigError, Settings, load_settings

DEFAULT_FOLDER = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"


@dataclass
class Sent:
    file: str
    code: int
    reply: str

    @property
    def queue_id(self) -> str | None:
        marker = "queued as "
        return self.reply.split(marker, 1)[1].split()[0] if marker in self.reply else None


def envelope_sender(raw: bytes) -> str:
    """Return-Path when the file has one (bounces carry `<>`), else the From address."""
    headers = BytesHeaderParser().parsebytes(raw)
    if headers["Return-Path"] is not None:
        return parseaddr(str(headers["Return-Path"]))[1]
    return parseaddr(str(headers["From"] or ""))[1]


def send_all(files: list[Path], settings: Settings, rcpt: str) -> list[Sent]:
    """In sessions of at most `smtp.max_transactions` messages, as the intake allows."""
    host, port = settings.smtp.host_port
    per_session = max(1, settings.smtp.max_transactions - 1)
    sent = []
    for start in range(0, len(files), per_session):
        with smtplib.SMTP(host, port, timeout=60) as smtp:
            smtp.ehlo("demo.localhost")
            for path in files[start : start + per_session]:
                raw = re.sub(rb"\r?\n", b"\r\n", path.read_bytes())  # on the wire, as MTAs do
                sent.append(_send_one(smtp, path.name, envelope_sender(raw), rcpt, raw))
    return sent


def _send_one(smtp: smtplib.SMTP, name: str, sender: str, rcpt: str, raw: bytes) -> Sent:
    code, reply = smtp.mail(sender)
    if code == 250:
        code, reply = smtp.rcpt(rcpt)
    if code == 250:
        code, reply = smtp.data(raw)
    else:
        smtp.rset()
    return Sent(name, code, reply.decode(errors="replace"))


def wait_processed(conn: sqlite3.Connection, queue_ids: list[str], seconds: float) -> bool:
    """Until no message of ours is still `received`, or the deadline passes."""
    deadline = time.monotonic() + seconds
    marks = ",".join("?" * len(queue_ids))
    sql = f"SELECT COUNT(*) FROM messages WHERE queue_id IN ({marks}) AND state = 'received'"
    while conn.execute(sql, queue_ids).fetchone()[0]:
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)  # a poll of another process's store, not a test's synchronisation
    return True


def outcome(conn: sqlite3.Connection, sent: Sent) -> dict[str, str]:
    row = None
    if sent.queue_id:
        row = conn.execute("SELECT * FROM messages WHERE queue_id = ?", (sent.queue_id,)).fetchone()
    if row is None:
        return {"file": sent.file, "kind": f"refused {sent.code}", "ack": f"no: {sent.reply}"}
    mail = conn.execute(
        "SELECT kind, rcpt_tos FROM outbound WHERE message_row = ?", (row["id"],)
    ).fetchall()
    to = [a for m in mail if m["kind"] == "forward" for a in json.loads(m["rcpt_tos"])]
    acked = any(m["kind"] == "ack" for m in mail)
    return {
        "file": sent.file,
        "kind": row["kind"] or row["state"],
        "topic": row["topic"] or "-",
        "case": row["case_ref"] or "-",
        "to": ", ".join(to) or "-",
        "ack": "yes" if acked else f"no: {why_not(row)}",
    }


def why_not(row: sqlite3.Row) -> str:
    reason = str(row["reason"] or row["state"])
    if "not acknowledged: " in reason:
        return reason.split("not acknowledged: ", 1)[1]
    return reason if row["kind"] in (None, "enquiry") else f"{row['kind']} ({reason})"


def table(rows: list[dict[str, str]]) -> str:
    columns = ["file", "kind", "topic", "case", "to", "ack"]
    widths = {c: min(48, max(len(c), *(len(r.get(c, "-")) for r in rows))) for c in columns}
    lines = ["  ".join(c.ljust(widths[c]) for c in columns)]
    for r in rows:
        lines.append("  ".join(r.get(c, "-")[: widths[c]].ljust(widths[c]) for c in columns))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--config", type=Path, help="the intake's TOML configuration")
    parser.add_argument("--to", help="recipient (default: the first smtp.intake_addresses)")
    parser.add_argument("--wait", type=float, default=120.0, help="seconds for the pipeline")
    args = parser.parse_args(argv)
    try:
        settings = load_settings(args.config)
    except ConfigError as error:
        print(f"demo: {error}", file=sys.stderr)
        return 2
    files = sorted(args.folder.glob("*.eml"))
    if not files:
        print(f"demo: no .eml files in {args.folder}", file=sys.stderr)
        return 2
    try:
        sent = send_all(files, settings, args.to or settings.smtp.intake_addresses[0])
    except OSError as error:
        print(
            f"demo: cannot reach {settings.smtp.listen} ({error}): is `intake serve` running?",
            file=sys.stderr,
        )
        return 1
    return report(settings, sent, args.wait)


def report(settings: Settings, sent: list[Sent], wait: float) -> int:
    if not settings.store.path.exists():
        print(f"demo: no store at {settings.store.path}", file=sys.stderr)
        return 1
    conn = sqlite3.connect(settings.store.path, timeout=30)
    conn.row_factory = sqlite3.Row
    done = wait_processed(conn, [s.queue_id for s in sent if s.queue_id], wait)
    print(table([outcome(conn, s) for s in sent]))
    if not done:
        print(f"demo: some messages were still waiting after {wait:g}s", file=sys.stderr)
    return 0 if done else 1


if __name__ == "__main__":
    sys.exit(main())
