#!/usr/bin/env python3
"""Render the held-out CCM intake corpus from the ``specs_*`` modules.

Usage:  python3 make_corpus.py [--out DIR] [--check]

Writes one ``h-NNNN.eml`` per spec and ``labels.json`` (dev-corpus format)
into DIR (default: this directory), then re-parses every file with
``email.message_from_bytes(data, policy=email.policy.default)``.

Spec keys (see the specs modules):
  file, topic, language, hard, note, subject, body      required
  sender            "Name <addr@...example>"            required
  date              RFC 5322 date string                required
  secondary         list of other topics                 optional
  attachments       list of file names                   optional
  html_only         body is rendered as text/html only   optional
  html              hand-written HTML for html_only      optional
  alternative       text/plain + generated text/html     optional
  base64            text body with base64 CTE            optional
  charset           body charset (default utf-8)         optional
  cte               explicit CTE for the text body       optional
  reply             "CCM-2026-NNNN": In-Reply-To the ack optional
  forwarded         dict(from,date,subject,to,body)      optional
  to                override the To header               optional
  headers           dict of extra headers                optional
  lf                write LF instead of CRLF             optional
  kind              noise structure: "dsn", "mdn"        optional
  dsn / mdn         dict with details for those kinds    optional
"""
import argparse
import datetime
import email
import email.policy
import hashlib
import html
import io
import json
import mimetypes
import os
import sys
import textwrap
import zipfile
from email.message import EmailMessage, Message, MIMEPart
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import specs_en  # noqa: E402
import specs_es  # noqa: E402
import specs_fr  # noqa: E402
import specs_noise  # noqa: E402
import specs_other  # noqa: E402

INTAKE = "CCM Implementation Support Unit <intake@ccm-isu.example>"
TOPICS = {"stockpile_destruction", "clearance", "victim_assistance",
          "reporting", "legislation", "general", "not_an_enquiry"}
RESERVED = ("example.org", "example.com", "example.net")
LANGS = {"en", "fr", "es", "ar", "pt", "ru", "de"}

FWD_LABELS = {
    "en": ("---------- Forwarded message ---------",
           "From", "Date", "Subject", "To"),
    "fr": ("-------- Message transféré --------",
           "De :", "Date :", "Objet :", "À :"),
    "es": ("---------- Mensaje reenviado ---------",
           "De:", "Fecha:", "Asunto:", "Para:"),
    "pt": ("---------- Mensagem encaminhada ---------",
           "De:", "Data:", "Assunto:", "Para:"),
    "de": ("---------- Weitergeleitete Nachricht ---------",
           "Von:", "Datum:", "Betreff:", "An:"),
}


def all_specs():
    specs = []
    for mod in (specs_en, specs_fr, specs_es, specs_other, specs_noise):
        specs.extend(mod.SPECS)
    return specs


# --------------------------------------------------------------------------
# text helpers

def wrap(text, width=72):
    """Re-wrap paragraphs with long lines; keep short-line blocks as written."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(len(line) <= 76 for line in lines):
            out.append(block)
            continue
        if all(line.startswith(">") for line in lines):
            inner = " ".join(line.lstrip("> ").strip() for line in lines)
            out.append(textwrap.fill(inner, width - 2, initial_indent="> ",
                                     subsequent_indent="> ",
                                     break_long_words=False,
                                     break_on_hyphens=False))
            continue
        out.append(textwrap.fill(" ".join(line.strip() for line in lines),
                                 width, break_long_words=False,
                                 break_on_hyphens=False))
    return "\n\n".join(out) + "\n"


def to_html(text):
    paras = []
    for block in text.strip("\n").split("\n\n"):
        inner = "<br>\n".join(html.escape(line) for line in block.split("\n"))
        paras.append("<p>%s</p>" % inner)
    return ("<html><head><meta charset=\"utf-8\"></head>\n"
            "<body><div style=\"font-family:Calibri,Arial,sans-serif;"
            "font-size:11pt\">\n%s\n</div></body></html>\n" % "\n".join(paras))


def forwarded_block(fwd, lang):
    head, f_from, f_date, f_subj, f_to = FWD_LABELS.get(lang, FWD_LABELS["en"])
    sep = "" if f_from.endswith(":") else ":"
    lines = [head,
             "%s%s %s" % (f_from, sep, fwd["from"]),
             "%s%s %s" % (f_date, sep, fwd["date"]),
             "%s%s %s" % (f_subj, sep, fwd["subject"]),
             "%s%s %s" % (f_to, sep, fwd["to"])]
    return "\n".join(lines) + "\n\n" + wrap(fwd["body"])


def body_text(spec):
    text = wrap(spec["body"])
    if spec.get("forwarded"):
        text += "\n" + forwarded_block(spec["forwarded"], spec["language"])
    return text


# --------------------------------------------------------------------------
# attachments (placeholders: the names matter, not the content)

def placeholder(name):
    ext = name.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                b"trailer<</Root 1 0 R>>\n%%EOF\n")
    if ext in ("docx", "xlsx", "pptx"):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            info = zipfile.ZipInfo("[Content_Types].xml", (2026, 1, 1, 0, 0, 0))
            zf.writestr(info, '<?xml version="1.0"?><Types/>')
        return buf.getvalue()
    return ("placeholder for %s\n" % name).encode("utf-8")


def add_attachments(msg, names):
    for name in names:
        ctype = mimetypes.guess_type(name)[0] or "application/octet-stream"
        maintype, subtype = ctype.split("/", 1)
        data = placeholder(name)
        if maintype == "text":
            msg.add_attachment(data.decode("utf-8"), subtype=subtype,
                               filename=name)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype,
                               filename=name)


# --------------------------------------------------------------------------
# builders

def rfc_date(value):
    """Accept "YYYY-MM-DD HH:MM +ZZZZ" (weekday computed) or RFC 5322."""
    try:
        dt = datetime.datetime.strptime(value, "%Y-%m-%d %H:%M %z")
    except ValueError:
        return value
    return format_datetime(dt)


def message_id(spec):
    domain = parseaddr(spec["sender"])[1].split("@")[-1]
    digest = hashlib.sha1(spec["file"].encode()).hexdigest()
    return "<%s.%s@%s>" % (digest[:12], digest[12:20], domain)


def set_common_headers(msg, spec):
    msg["From"] = spec["sender"]
    msg["To"] = spec.get("to", INTAKE)
    msg["Subject"] = spec["subject"]
    msg["Date"] = rfc_date(spec["date"])
    msg["Message-ID"] = message_id(spec)
    if spec.get("reply"):
        ack = "<ack-%s@ccm-isu.example>" % spec["reply"]
        msg["In-Reply-To"] = ack
        msg["References"] = ack
    for key, value in spec.get("headers", {}).items():
        msg[key] = value


def build_standard(spec):
    msg = EmailMessage(policy=email.policy.default)
    set_common_headers(msg, spec)
    text = body_text(spec)
    charset = spec.get("charset", "utf-8")
    if spec.get("html_only"):
        msg.set_content(spec.get("html") or to_html(text), subtype="html",
                        charset="utf-8",
                        cte=spec.get("cte", "quoted-printable"))
    else:
        cte = "base64" if spec.get("base64") else spec.get("cte")
        kwargs = {"charset": charset}
        if cte:
            kwargs["cte"] = cte
        msg.set_content(text, **kwargs)
        if spec.get("alternative"):
            msg.add_alternative(to_html(text), subtype="html")
    if spec.get("attachments"):
        add_attachments(msg, spec["attachments"])
    return msg


def text_part(text):
    part = MIMEPart(policy=email.policy.default)
    part.set_content(wrap(text))
    return part


def build_dsn(spec):
    d = spec["dsn"]
    outer = MIMEMultipart("report", report_type="delivery-status",
                          policy=email.policy.default)
    outer["From"] = spec["sender"]
    outer["To"] = spec.get("to", INTAKE)
    outer["Subject"] = spec["subject"]
    outer["Date"] = rfc_date(spec["date"])
    outer["Message-ID"] = message_id(spec)
    for key, value in spec.get("headers", {}).items():
        outer[key] = value
    outer.attach(text_part(spec["body"]))

    status = Message()
    status.set_type("message/delivery-status")
    per_msg = Message()
    per_msg["Reporting-MTA"] = "dns; " + d["mta"]
    per_msg["Arrival-Date"] = rfc_date(spec["date"])
    per_rcpt = Message()
    per_rcpt["Final-Recipient"] = "rfc822; " + d["recipient"]
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = d["status"]
    per_rcpt["Diagnostic-Code"] = "smtp; " + d["diagnostic"]
    status.set_payload([per_msg, per_rcpt])
    del status["MIME-Version"]
    outer.attach(status)

    orig = EmailMessage(policy=email.policy.default)
    orig["From"] = d["original_from"]
    orig["To"] = d["recipient"]
    orig["Subject"] = d["original_subject"]
    orig["Date"] = rfc_date(d["original_date"])
    orig["Message-ID"] = d["original_id"]
    orig.set_content(wrap(d["original_body"]))
    outer.attach(MIMEMessage(orig))
    return outer


def build_mdn(spec):
    d = spec["mdn"]
    outer = MIMEMultipart("report", report_type="disposition-notification",
                          policy=email.policy.default)
    outer["From"] = spec["sender"]
    outer["To"] = spec.get("to", INTAKE)
    outer["Subject"] = spec["subject"]
    outer["Date"] = rfc_date(spec["date"])
    outer["Message-ID"] = message_id(spec)
    for key, value in spec.get("headers", {}).items():
        outer[key] = value
    outer.attach(text_part(spec["body"]))
    notif = Message()
    notif.set_type("message/disposition-notification")
    notif.set_payload(
        "Reporting-UA: %s\n"
        "Final-Recipient: rfc822; %s\n"
        "Original-Message-ID: %s\n"
        "Disposition: automatic-action/MDN-sent-automatically; displayed\n"
        % (d["ua"], d["recipient"], d["original_id"]))
    del notif["MIME-Version"]
    outer.attach(notif)
    return outer


def build(spec):
    kind = spec.get("kind")
    if kind == "dsn":
        return build_dsn(spec)
    if kind == "mdn":
        return build_mdn(spec)
    return build_standard(spec)


def render(spec):
    msg = build(spec)
    policy = email.policy.default if spec.get("lf") else email.policy.SMTP
    return msg.as_bytes(policy=policy)


# --------------------------------------------------------------------------
# checks

def validate(specs):
    seen = set()
    for spec in specs:
        name = spec["file"]
        assert name not in seen, "duplicate file %s" % name
        seen.add(name)
        assert spec["topic"] in TOPICS, name
        assert spec["language"] in LANGS, name
        for sec in spec.get("secondary", []):
            assert sec in TOPICS and sec != spec["topic"], name
        if spec["hard"]:
            assert spec["note"].startswith("HARD("), name
        else:
            assert not spec["note"].startswith("HARD("), name
        dom = parseaddr(spec["sender"])[1].split("@")[-1].lower()
        assert dom.endswith(".example") or any(
            dom == d or dom.endswith("." + d) for d in RESERVED), name


def check_parse(out_dir, specs):
    problems = []
    for spec in specs:
        path = os.path.join(out_dir, spec["file"])
        with open(path, "rb") as fh:
            data = fh.read()
        msg = email.message_from_bytes(data, policy=email.policy.default)
        if msg.defects:
            problems.append("%s: defects %r" % (spec["file"], msg.defects))
        if not msg["From"] or not msg["Subject"] or not msg["Message-ID"]:
            problems.append("%s: missing header" % spec["file"])
        for part in msg.walk():
            if part.defects:
                problems.append("%s: part defects %r"
                                % (spec["file"], part.defects))
            if part.get_content_maintype() == "text" and \
                    not part.is_attachment():
                part.get_content()  # must decode
        if msg.get_body(("plain", "html")) is None and \
                msg.get_content_type() != "multipart/report":
            problems.append("%s: no body" % spec["file"])
    return problems


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args(argv)
    specs = all_specs()
    validate(specs)
    os.makedirs(args.out, exist_ok=True)
    labels = {}
    for spec in sorted(specs, key=lambda s: s["file"]):
        with open(os.path.join(args.out, spec["file"]), "wb") as fh:
            fh.write(render(spec))
        labels[spec["file"]] = {
            "topic": spec["topic"],
            "secondary": list(spec.get("secondary", [])),
            "language": spec["language"],
            "hard": bool(spec["hard"]),
            "note": spec["note"],
        }
    with open(os.path.join(args.out, "labels.json"), "w",
              encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")
    problems = check_parse(args.out, specs)
    for p in problems:
        print("PROBLEM", p)
    print("wrote %d messages to %s" % (len(specs), args.out))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
