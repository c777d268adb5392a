#!/usr/bin/env python3
"""Build the blind8 corpus (k-0001.eml .. k-0080.eml + labels.json).

Run with:  /work/main/.venv/bin/python -B generate.py

Content and labels live in corpus_data.py; this script only renders them as
RFC 5322 messages with the standard-library ``email`` package, shuffles them
into opaque file names, writes labels.json and then re-parses every file with
``email.policy.default`` as a self-check.
"""

import datetime
import hashlib
import html as htmlmod
import io
import json
import os
import random
import re
import sys
import zipfile

from email import encoders, policy, utils
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
import email

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import corpus_data  # noqa: E402

INTAKE = "intake@ccm-isu.example"
INTAKE_DISPLAY = [
    ("CCM Implementation Support Unit", INTAKE),
    ("", INTAKE),
    ("CCM ISU", INTAKE),
    ("Implementation Support Unit (CCM)", INTAKE),
]
SEED = 20260808
TOPICS = {"stockpile_destruction", "clearance", "victim_assistance", "reporting",
          "legislation", "general", "not_an_enquiry"}


def _h(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- attachments

def _pdf():
    body = b"BT /F1 12 Tf 72 770 Td (placeholder document - test fixture) Tj ET"
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
            b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n"
            b"4 0 obj\n<< /Length " + str(len(body)).encode() + b" >>\nstream\n" + body +
            b"\nendstream\nendobj\ntrailer\n<< /Size 5 /Root 1 0 R >>\n%%EOF\n")


def _ooxml(kind):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        def put(name, text):
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, text)
        part = "word/document.xml" if kind == "docx" else "xl/workbook.xml"
        put("[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"><Override PartName="/%s" ContentType="application/xml"/>'
            '</Types>' % part)
        put(part, '<?xml version="1.0" encoding="UTF-8"?><placeholder>test fixture</placeholder>')
    return buf.getvalue()


ATT_TYPES = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}


def attachment(name):
    ext = name.rsplit(".", 1)[-1].lower()
    maintype, subtype = ATT_TYPES[ext]
    data = _pdf() if ext == "pdf" else _ooxml(ext)
    part = MIMEBase(maintype, subtype)
    del part["MIME-Version"]
    part.set_payload(data)
    encoders.encode_base64(part)
    try:
        name.encode("ascii")
        pname = name
    except UnicodeEncodeError:
        pname = ("utf-8", "", name)        # RFC 2231
    part.set_param("name", pname)
    part.add_header("Content-Disposition", "attachment", filename=pname)
    return part


# ---------------------------------------------------------------- text parts

def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def text_part(text, subtype, charset, cte):
    if cte == "7bit" or (is_ascii(text) and cte in (None, "auto")):
        if cte != "7bit" and max(len(l) for l in text.split("\n")) > 76:
            cs = Charset("us-ascii")         # long ASCII lines: QP, as Outlook does
            cs.body_encoding = QP
            p = MIMEText(text, subtype, cs)
        else:
            p = MIMEText(text, subtype, "us-ascii")
    else:
        cs = Charset(charset)
        cs.body_encoding = {"qp": QP, "base64": BASE64, "8bit": None,
                            None: QP, "auto": QP}[cte]
        p = MIMEText(text, subtype, cs)
    del p["MIME-Version"]
    return p


def auto_html(text):
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        lines = [htmlmod.escape(l, quote=False) for l in p.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '</head>\n<body>\n<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + "\n".join(out) + "\n</div>\n</body>\n</html>\n")


# ---------------------------------------------------------------- special bodies

def build_dsn(d):
    rep = MIMEMultipart("report", report_type="delivery-status")
    del rep["MIME-Version"]
    rep.preamble = "This is a MIME-encapsulated message."
    notice = text_part(d["text"], "plain", "us-ascii", "7bit")
    notice.add_header("Content-Description", "Notification")
    rep.attach(notice)

    per_msg = Message()
    per_msg["Reporting-MTA"] = d["reporting_mta"]
    per_msg["X-Postfix-Queue-ID"] = d["queue_id"]
    per_msg["X-Postfix-Sender"] = "rfc822; " + INTAKE
    per_msg["Arrival-Date"] = d["arrival"]
    per_rcpt = Message()
    per_rcpt["Final-Recipient"] = d["final_recipient"]
    per_rcpt["Original-Recipient"] = d["final_recipient"]
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = d["status"]
    per_rcpt["Remote-MTA"] = d["remote_mta"]
    per_rcpt["Diagnostic-Code"] = d["diagnostic"]
    ds = Message()
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload([per_msg, per_rcpt])
    rep.attach(ds)

    orig = text_part(d["original_headers"], "rfc822-headers", "us-ascii", "7bit")
    del orig["Content-Type"]
    orig["Content-Description"] = "Undelivered Message Headers"
    orig["Content-Type"] = "text/rfc822-headers"
    rep.attach(orig)
    return rep


def build_mdn(d):
    rep = MIMEMultipart("report", report_type="disposition-notification")
    del rep["MIME-Version"]
    rep.attach(text_part(d["text"], "plain", "utf-8", "qp"))
    fields = Message()
    for k, v in d["fields"]:
        fields[k] = v
    dn = Message()
    dn["Content-Type"] = "message/disposition-notification"
    dn.set_payload([fields])
    rep.attach(dn)
    return rep


def build_calendar(c):
    alt = MIMEMultipart("alternative")
    del alt["MIME-Version"]
    alt.attach(text_part(c["text"], "plain", "utf-8", "qp"))
    cal = text_part(c["ics"], "calendar", "utf-8", "8bit")
    cal.set_param("method", c["method"])
    alt.attach(cal)
    return alt


# ---------------------------------------------------------------- messages

def build_body(e):
    charset = e.get("charset", "utf-8")
    cte = e.get("cte")
    special = e.get("special")
    if special == "dsn":
        core = build_dsn(e["dsn"])
    elif special == "mdn":
        core = build_mdn(e["mdn"])
    elif special == "calendar":
        core = build_calendar(e["calendar"])
    else:
        text = e.get("body")
        html = e.get("html")
        if html == "auto":
            html = auto_html(text)
        if e.get("html_only"):
            core = text_part(html, "html", charset, cte)
        elif html:
            core = MIMEMultipart("alternative")
            del core["MIME-Version"]
            core.attach(text_part(text, "plain", charset, cte))
            core.attach(text_part(html, "html", charset, cte))
        else:
            core = text_part(text, "plain", charset, cte)

    atts = e.get("attachments") or []
    inner = e.get("attach_message")
    if not atts and not inner:
        return core
    mixed = MIMEMultipart("mixed")
    del mixed["MIME-Version"]
    mixed.attach(core)
    if inner:
        fwd = MIMEMessage(build_message(inner, nested=True))
        del fwd["MIME-Version"]
        mixed.attach(fwd)
    for a in atts:
        mixed.attach(attachment(a))
    return mixed


def addr(name, address):
    if not name:
        return address
    if is_ascii(name):
        return utils.formataddr((name, address))
    return utils.formataddr((name, address), charset="utf-8")


def hdr(value, charset="utf-8", name=None):
    if is_ascii(value):
        return value
    return Header(value, charset, header_name=name)


def message_id(e, domain):
    h = _h(e["id"] + e["date"]).upper()
    style = int(h[0], 16) % 3
    if style == 0:      # Outlook/Exchange-like
        return "<%sMB%s@%s>" % (h[1:9], h[9:27], domain)
    if style == 1:      # Thunderbird / generic
        return "<%s-%s-%s@%s>" % (h[1:9].lower(), h[9:13].lower(), h[13:25].lower(), domain)
    return "<%s.%s@mail.%s>" % (h[1:17].lower(), h[17:23].lower(), domain)


def received(e, host_domain, index):
    dt = utils.parsedate_to_datetime(e["date"])
    dt2 = dt + datetime.timedelta(seconds=2 + int(_h(e["id"])[:2], 16) % 50)
    host = host_domain if host_domain.startswith(("mx", "mail.")) else "mail." + host_domain
    ip = "%d.%d.%d.%d" % ((192, 0, 2, 10 + index % 200) if index % 2 else (203, 0, 113, 10 + index % 200))
    qid = _h("q" + e["id"])[:12].upper()
    return ("from %s (%s [%s]) by mx1.ccm-isu.example (Postfix) with ESMTPS id %s "
            "for <%s>; %s" % (host, host, ip, qid, INTAKE, utils.format_datetime(dt2)))


def build_message(e, nested=False, index=0):
    body = build_body(e)
    content = list(body.items())
    for k in set(k for k, _ in content):
        del body[k]

    name, address = e["frm"]
    domain = address.split("@", 1)[1]
    headers = []
    if not nested:
        if e.get("return_path"):
            headers.append(("Return-Path", e["return_path"]))
        headers.append(("Received", received(e, domain, index)))
    headers.append(("From", addr(name, address)))
    if e.get("to"):
        headers.append(("To", addr(*e["to"])))
    else:
        headers.append(("To", addr(*INTAKE_DISPLAY[int(_h(e["id"])[3], 16) % len(INTAKE_DISPLAY)])))
    if e.get("cc"):
        headers.append(("Cc", ", ".join(addr(*c) for c in e["cc"])))
    headers.append(("Subject", hdr(e["subject"], e.get("subject_charset", "utf-8"), "Subject")))
    headers.append(("Date", e["date"]))
    headers.append(("Message-ID", message_id(e, domain)))
    if e.get("in_reply_to"):
        headers.append(("In-Reply-To", e["in_reply_to"]))
        headers.append(("References", e.get("references") or e["in_reply_to"]))
    if e.get("mailer"):
        key = "User-Agent" if re.match(r"(Mozilla|Roundcube|Open-Xchange)", e["mailer"]) else "X-Mailer"
        headers.append((key, e["mailer"]))
    for k, v in e.get("headers") or []:
        headers.append((k, v))
    headers.append(("MIME-Version", "1.0"))
    for k, v in headers:
        body[k] = v
    for k, v in content:
        if k.lower() == "mime-version":
            continue
        body[k] = v
    return body


def render(msg, lf):
    buf = io.BytesIO()
    pol = policy.compat32.clone(linesep="\n" if lf else "\r\n")
    BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(msg)
    return buf.getvalue()


# ---------------------------------------------------------------- checks

def check(outdir, names, labels):
    problems = []
    for fn in names:
        raw = open(os.path.join(outdir, fn), "rb").read()
        for ln in raw.split(b"\n"):
            if len(ln.rstrip(b"\r")) > 998:
                problems.append("%s: line longer than 998 octets" % fn)
        m = email.message_from_bytes(raw, policy=policy.default)
        if m.defects:
            problems.append("%s: defects %r" % (fn, m.defects))
        for h in ("Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type"):
            if m[h] is None:
                problems.append("%s: missing %s" % (fn, h))
        if INTAKE not in str(m["To"]):
            problems.append("%s: To is not the intake" % fn)
        utils.parsedate_to_datetime(str(m["Date"]))
        str(m["Subject"])
        str(m["From"])
        seen_text = False
        for part in m.walk():
            if part.defects:
                problems.append("%s: part defects %r" % (fn, part.defects))
            if part.get_content_maintype() == "text" and part["Content-Type"] is not None:
                txt = part.get_content()
                seen_text = seen_text or bool(txt.strip())
                if part.get_content_charset() is None and part.get_content_subtype() != "rfc822-headers":
                    problems.append("%s: text part without charset" % fn)
            elif part.get_filename():
                part.get_content()
        if not seen_text:
            problems.append("%s: no readable text" % fn)
        lab = labels[fn]
        if lab["topic"] not in TOPICS or any(s not in TOPICS for s in lab["secondary"]):
            problems.append("%s: bad topic" % fn)
        if lab["hard"] != lab["note"].startswith("HARD("):
            problems.append("%s: hard flag / note prefix mismatch" % fn)
    files = sorted(f for f in os.listdir(outdir) if f.endswith(".eml"))
    if files != sorted(labels) or len(files) != 80:
        problems.append("labels.json does not match the .eml files")
    return problems


def main():
    entries = corpus_data.ENTRIES
    assert len(entries) == 80, len(entries)
    order = list(range(len(entries)))
    random.Random(SEED).shuffle(order)
    outdir = HERE
    for f in os.listdir(outdir):
        if re.fullmatch(r"k-\d{4}\.eml", f):
            os.remove(os.path.join(outdir, f))
    labels = {}
    names = []
    for i, idx in enumerate(order, 1):
        e = entries[idx]
        fn = "k-%04d.eml" % i
        msg = build_message(e, index=i)
        with open(os.path.join(outdir, fn), "wb") as fh:
            fh.write(render(msg, e.get("lf", False)))
        note = e["note"]
        if e["hard"]:
            note = "HARD(%s): %s" % (",".join(e["hard"]), note)
        labels[fn] = {
            "hard": bool(e["hard"]),
            "language": e["lang"],
            "note": note,
            "secondary": list(e["secondary"]),
            "topic": e["topic"],
        }
        names.append(fn)
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, sort_keys=True)
        fh.write("\n")
    problems = check(outdir, names, labels)
    for p in problems:
        print("PROBLEM:", p)
    print("wrote %d messages, %d problems" % (len(names), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
