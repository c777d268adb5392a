#!/usr/bin/env python3
"""Build the blind CCM intake corpus from specs_a/b/c.

Writes  <out>/b-0001.eml ... and <out>/labels.json (dev-corpus format), then
re-parses every file with email.policy.default as a sanity check.

    python3 make_corpus.py [--out DIR] [--seed N]

Deterministic: same specs + seed -> byte-identical files.
"""
import argparse
import hashlib
import html
import io
import json
import random
import sys
import textwrap
import zipfile
from datetime import datetime, timedelta
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage, Message
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # keep the corpus directory clean
sys.path.insert(0, str(HERE))

import specs_a  # noqa: E402
import specs_b  # noqa: E402
import specs_c  # noqa: E402

TOPICS = {
    "stockpile_destruction", "clearance", "victim_assistance", "reporting",
    "legislation", "general", "not_an_enquiry",
}
LANGS = {"en", "fr", "es", "ar", "pt", "ru", "de"}
INTAKE = Address("CCM Implementation Support Unit", addr_spec="intake@ccm-isu.example")
RESERVED_SUFFIXES = (".example", "example.org", "example.com", "example.net")


# ---------------------------------------------------------------- helpers
def all_specs():
    specs = specs_a.SPECS + specs_b.SPECS + specs_c.SPECS
    ids = [s["id"] for s in specs]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise SystemExit(f"duplicate spec ids: {sorted(dup)}")
    for s in specs:
        if s["topic"] not in TOPICS:
            raise SystemExit(f"{s['id']}: bad topic {s['topic']}")
        if s["language"] not in LANGS:
            raise SystemExit(f"{s['id']}: bad language {s['language']}")
        if bool(s["hard"]) != s["note"].startswith("HARD("):
            raise SystemExit(f"{s['id']}: hard flag and HARD( prefix disagree")
        if s["topic"] in s["secondary"]:
            raise SystemExit(f"{s['id']}: topic repeated in secondary")
        for t in s["secondary"]:
            if t not in TOPICS or t == "not_an_enquiry":
                raise SystemExit(f"{s['id']}: bad secondary {t}")
    return specs


def parse_date(text):
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


def digest(*parts, n=16):
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:n]


def domain_of(addr):
    return addr.rsplit("@", 1)[1]


def msgid(spec):
    h = digest(spec["id"], "msgid", n=24)
    return f"<{h[:12]}.{h[12:]}@{domain_of(spec['sender'][1])}>"


def sender_address(spec):
    name, addr = spec["sender"]
    local, dom = addr.rsplit("@", 1)
    return Address(name, local, dom)


def received_header(spec):
    dom = domain_of(spec["sender"][1])
    when = parse_date(spec["date"]) + timedelta(seconds=7 + int(digest(spec["id"], n=2), 16) % 40)
    octet = 10 + int(digest(spec["id"], "ip", n=2), 16) % 200
    return (f"from mail.{dom} (mail.{dom} [198.51.100.{octet}]) by mx1.ccm-isu.example "
            f"(Postfix) with ESMTPS id {digest(spec['id'], 'qid', n=12).upper()} "
            f"for <intake@ccm-isu.example>; {format_datetime(when)}")


def wrap(body, width=74):
    """Hard-wrap long lines like a typical desktop client (bullets get a hanging indent)."""
    out = []
    for line in body.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        indent = "  " if line.startswith("* ") else ""
        out.extend(textwrap.wrap(line, width=width, subsequent_indent=indent,
                                 break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def html_version(body):
    paras = [p for p in body.strip("\n").split("\n\n")]
    out = ['<html><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(line) for line in p.split("\n")) + "</p>")
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def placeholder(name):
    ext = name.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return ("application", "pdf",
                b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    sub = {
        "docx": "vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }.get(ext)
    if sub:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            info = zipfile.ZipInfo("[Content_Types].xml", date_time=(2026, 1, 1, 0, 0, 0))
            z.writestr(info, '<?xml version="1.0" encoding="UTF-8"?>'
                             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        return ("application", sub, buf.getvalue())
    return ("application", "octet-stream", b"placeholder\n")


def base_headers(msg, spec, to=INTAKE):
    msg["Received"] = received_header(spec)
    msg["From"] = sender_address(spec)
    msg["To"] = to
    msg["Subject"] = spec["subject"]
    msg["Date"] = format_datetime(parse_date(spec["date"]))
    msg["Message-ID"] = msgid(spec)
    if spec.get("in_reply_to"):
        ref = f"<{spec['in_reply_to']}>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in spec.get("headers", {}).items():
        msg[k] = v


# --------------------------------------------------------------- builders
def build_plain(spec, idx):
    """Ordinary enquiry, out-of-office, newsletter, spam: text (+html) (+attachments)."""
    msg = EmailMessage()
    base_headers(msg, spec)
    body = spec["body"]
    if not body.isascii() and idx % 3 == 1:
        # Outlook-style: unwrapped paragraphs, quoted-printable
        msg.set_content(body, cte="quoted-printable")
    else:
        # Thunderbird-style: wrapped at 74 columns, 7bit/8bit
        msg.set_content(wrap(body))
    if spec.get("html"):
        msg.add_alternative(html_version(body), subtype="html")
    for name in spec.get("attachments", []):
        maintype, subtype, data = placeholder(name)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg


def _report(spec, report_type):
    msg = EmailMessage()
    if report_type != "delivery-status":  # a bounce is generated locally: no inbound Received
        msg["Received"] = received_header(spec)
    msg["From"] = sender_address(spec)
    msg["To"] = INTAKE
    msg["Subject"] = spec["subject"]
    msg["Date"] = format_datetime(parse_date(spec["date"]))
    msg["Message-ID"] = msgid(spec)
    msg["Auto-Submitted"] = "auto-replied"
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = f"multipart/report; report-type={report_type}"
    text = EmailMessage()
    text.set_content(wrap(spec["body"]))
    del text["MIME-Version"]
    msg.attach(text)
    return msg


def build_dsn(spec, idx):
    msg = _report(spec, "delivery-status")
    when = format_datetime(parse_date(spec["date"]))
    per_msg = Message(policy=policy.default)
    per_msg["Reporting-MTA"] = "dns; mx1.ccm-isu.example"
    per_msg["X-Postfix-Queue-ID"] = digest(spec["id"], "q2", n=10).upper()
    per_msg["Arrival-Date"] = format_datetime(parse_date(spec["original"]["date"]))
    per_rcpt = Message(policy=policy.default)
    per_rcpt["Final-Recipient"] = f"rfc822; {spec['failed_recipient']}"
    per_rcpt["Original-Recipient"] = f"rfc822;{spec['failed_recipient']}"
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = "5.2.2"
    per_rcpt["Remote-MTA"] = f"dns; {spec['remote_mta']}"
    per_rcpt["Diagnostic-Code"] = spec["diagnostic"]
    per_rcpt["Last-Attempt-Date"] = when
    status = Message(policy=policy.default)
    status["Content-Description"] = "Delivery report"
    status["Content-Type"] = "message/delivery-status"
    status.set_payload([per_msg, per_rcpt])
    msg.attach(status)

    o = spec["original"]
    hdrs = (
        f"Return-Path: <{o['from']}>\n"
        f"From: CCM Implementation Support Unit <{o['from']}>\n"
        f"To: <{o['to']}>\n"
        f"Subject: {o['subject']}\n"
        f"Date: {format_datetime(parse_date(o['date']))}\n"
        f"Message-ID: {o['message_id']}\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=\"utf-8\"\n"
    )
    part = EmailMessage()
    part.set_content(hdrs, subtype="rfc822-headers")
    del part["MIME-Version"]
    part["Content-Description"] = "Undelivered Message Headers"
    msg.attach(part)
    return msg


def build_mdn(spec, idx):
    msg = _report(spec, "disposition-notification")
    o = spec["original"]
    addr = spec["sender"][1]
    mdn = Message(policy=policy.default)
    mdn["Content-Type"] = "message/disposition-notification"
    mdn.set_payload(
        "Reporting-UA: " + domain_of(addr) + "; Microsoft Outlook 16.0\n"
        f"Final-Recipient: rfc822;{addr}\n"
        f"Original-Message-ID: {o['message_id']}\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n"
    )
    msg.attach(mdn)
    return msg


BUILDERS = {
    "plain": build_plain,
    "ooo": build_plain,
    "newsletter": build_plain,
    "spam": build_plain,
    "dsn": build_dsn,
    "mdn": build_mdn,
}


# ------------------------------------------------------------------ check
def check_file(path, label):
    from email import message_from_bytes
    data = path.read_bytes()
    msg = message_from_bytes(data, policy=policy.default)
    problems = []
    for h in ("From", "To", "Date", "Message-ID", "Subject"):
        if not msg[h]:
            problems.append(f"missing {h}")
    for h in ("From", "To"):
        for a in msg[h].addresses if msg[h] else []:
            if not a.domain.lower().endswith(RESERVED_SUFFIXES):
                problems.append(f"non-reserved domain {a.domain}")
    if msg["Date"] and msg["Date"].datetime is None:
        problems.append("unparseable Date")
    body = msg.get_body(preferencelist=("plain", "html"))
    if body is None or not body.get_content().strip():
        problems.append("no readable body")
    if msg.defects:
        problems.append(f"defects {msg.defects}")
    for part in msg.walk():
        if part.defects:
            problems.append(f"part defects {part.get_content_type()} {part.defects}")
    return problems, msg


# ------------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE))
    ap.add_argument("--seed", type=int, default=20260048)
    args = ap.parse_args()

    specs = all_specs()
    random.Random(args.seed).shuffle(specs)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("b-*.eml"):
        old.unlink()

    labels = {}
    for i, spec in enumerate(specs, 1):
        name = f"b-{i:04d}.eml"
        msg = BUILDERS[spec.get("kind", "plain")](spec, i)
        k = 0
        for part in msg.walk():  # deterministic boundaries -> reproducible bytes
            if part is not msg:
                del part["MIME-Version"]
            if part.is_multipart():
                k += 1
                part.set_boundary(f"----=_Part_{digest(spec['id'], 'bnd', str(k), n=20)}")
        linesep = "\n" if i % 6 == 0 else "\r\n"
        data = msg.as_bytes(policy=policy.default.clone(linesep=linesep, max_line_length=120))
        # string payloads of message/* parts are written verbatim: normalise line endings
        data = data.replace(b"\r\n", b"\n")
        if linesep == "\r\n":
            data = data.replace(b"\n", b"\r\n")
        (out / name).write_bytes(data)
        labels[name] = {
            "topic": spec["topic"],
            "secondary": list(spec["secondary"]),
            "language": spec["language"],
            "hard": bool(spec["hard"]),
            "note": spec["note"],
        }
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")

    bad = 0
    for name, label in labels.items():
        problems, _ = check_file(out / name, label)
        if problems:
            bad += 1
            print(f"{name}: {'; '.join(problems)}")
    print(f"wrote {len(labels)} messages to {out}; {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
