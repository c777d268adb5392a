#!/usr/bin/env python3
"""Generate the blind2 labelled test corpus for the CCM e-mail intake.

Deterministic, standard library only.  Message specs live in specs_a.py
(stockpile destruction, clearance, victim assistance) and specs_b.py
(reporting, legislation, general, not_an_enquiry).

    python3 bench/blind2/make_corpus.py [OUTDIR]

writes c-0001.eml ... c-NNNN.eml and labels.json into OUTDIR (default: the
folder of this script).  File order is shuffled with a fixed seed so that
the file number carries no information about the topic.
"""
import hashlib
import html as _html
import io
import json
import os
import random
import sys
import zipfile
from collections import Counter
from datetime import datetime
from email import policy as _policy
from email import utils
from email.generator import BytesGenerator
from email.headerregistry import Address
from email.message import EmailMessage, Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

from specs_a import SPECS as SPECS_A  # noqa: E402
from specs_b import SPECS as SPECS_B  # noqa: E402

INTAKE = "intake@ccm-isu.example"
TOPICS = {"stockpile_destruction", "clearance", "victim_assistance", "reporting",
          "legislation", "general", "not_an_enquiry"}
LANGS = {"en", "fr", "es", "pt", "ar", "ru", "de"}
POL_CRLF = _policy.default.clone(linesep="\r\n", max_line_length=100)
POL_LF = _policy.default.clone(linesep="\n", max_line_length=100)
SEED = 20260315

MIME_BY_EXT = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "ics": ("application", "ics"),
}

TO_VARIANTS = [
    "intake@ccm-isu.example",
    "CCM Implementation Support Unit <intake@ccm-isu.example>",
    "ISU CCM <intake@ccm-isu.example>",
    "\"intake@ccm-isu.example\" <intake@ccm-isu.example>",
    "CCM Intake <intake@ccm-isu.example>",
]

MAILERS = [
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("User-Agent", "Mozilla Thunderbird"),
    ("X-Mailer", "Apple Mail (2.3774)"),
    ("User-Agent", "Roundcube Webmail/1.6.9"),
    None,
    ("X-Mailer", "Zimbra 9.0.0_GA (ZimbraWebClient - FF124)"),
    None,
]


def h(key, n=40):
    return hashlib.sha256(key.encode()).hexdigest()[:n]


def pdf_bytes(name):
    title = name.encode("ascii", "replace").decode()
    return (
        "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
        f"3 0 obj\n<< /Title ({title}) >>\nendobj\n"
        "trailer\n<< /Root 1 0 R /Info 3 0 R >>\n%%EOF\n"
    ).encode("ascii")


def ooxml_bytes(ext):
    main = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml"}[ext]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in (
            ("[Content_Types].xml",
             '<?xml version="1.0" encoding="UTF-8"?>'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="xml" ContentType="application/xml"/></Types>'),
            (main, '<?xml version="1.0" encoding="UTF-8"?><placeholder/>'),
        ):
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def attachment_bytes(name):
    ext = name.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return pdf_bytes(name)
    if ext in ("docx", "xlsx"):
        return ooxml_bytes(ext)
    return b"placeholder\n"


def text_to_html(text):
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    for p in paras:
        out.append("<p>" + "<br>\n".join(_html.escape(line) for line in p.split("\n")) + "</p>")
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def fmt_date(s):
    return utils.format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z"))


def domain_of(addr):
    return addr.rsplit("@", 1)[1]


def message_id(spec, idx):
    if spec.get("msgid"):
        return spec["msgid"]
    dom = domain_of(spec["from"][1])
    k = h(spec["key"])
    style = idx % 4
    if style == 0:
        return f"<{k[:16].upper()}@{dom}>"
    if style == 1:
        return f"<{k[:8]}-{k[8:12]}-{k[12:16]}-{k[16:28]}@{dom}>"
    if style == 2:
        return f"<CAH{k[:24]}{k[24:30].upper()}@mail.{dom}>"
    return f"<{k[:12]}.{int(k[12:18], 16)}@{dom}>"


def received(spec, idx):
    dom = domain_of(spec["from"][1])
    k = h(spec["key"] + "rcv")
    ip = spec.get("ip") or f"{['192.0.2', '198.51.100', '203.0.113'][idx % 3]}.{int(k[:2], 16) % 250 + 2}"
    return (f"from mail.{dom} (mail.{dom} [{ip}]) by mx1.ccm-isu.example (Postfix) "
            f"with ESMTPS id {k[2:14].upper()} for <{INTAKE}>; {fmt_date(spec['date'])}")


def addr(name_addr):
    name, a = name_addr
    user, dom = a.rsplit("@", 1)
    return Address(display_name=name or "", username=user, domain=dom)


def set_common_headers(msg, spec, idx):
    if spec.get("return_path"):
        msg["Return-Path"] = spec["return_path"]
    if spec.get("received", True):
        msg["Received"] = received(spec, idx)
    msg["From"] = addr(spec["from"])
    msg["To"] = spec.get("to") or TO_VARIANTS[idx % len(TO_VARIANTS)]
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    msg["Subject"] = spec["subject"]
    msg["Date"] = fmt_date(spec["date"])
    msg["Message-ID"] = message_id(spec, idx)
    if spec.get("in_reply_to"):
        msg["In-Reply-To"] = spec["in_reply_to"]
        msg["References"] = spec.get("references") or spec["in_reply_to"]
    mailer = spec.get("mailer", MAILERS[idx % len(MAILERS)])
    if mailer:
        msg[mailer[0]] = mailer[1]
    for name, value in spec.get("headers", []):
        msg[name] = value


def build_mail(spec, idx, pol):
    msg = EmailMessage(policy=pol)
    set_common_headers(msg, spec, idx)
    kw = {}
    if spec.get("charset"):
        kw["charset"] = spec["charset"]
    if spec.get("cte"):
        kw["cte"] = spec["cte"]
    if spec.get("html_only"):
        msg.set_content(spec["html"], subtype="html", **kw)
    else:
        msg.set_content(spec["body"], **kw)
        if spec.get("html") is not None:
            html = spec["html"] or text_to_html(spec["body"])
            msg.add_alternative(html, subtype="html", cte="quoted-printable")
    for name in spec.get("attachments", []):
        maintype, subtype = MIME_BY_EXT[name.rsplit(".", 1)[-1].lower()]
        msg.add_attachment(attachment_bytes(name), maintype=maintype, subtype=subtype,
                           filename=name)
    return msg


def build_calendar(spec, idx, pol):
    msg = EmailMessage(policy=pol)
    set_common_headers(msg, spec, idx)
    msg.set_content(spec["body"])
    msg.add_alternative(spec["ics"], subtype="calendar", params={"method": "REQUEST"})
    msg.add_attachment(spec["ics"].encode("utf-8"), maintype="application", subtype="ics",
                       filename="invite.ics")
    return msg


def build_dsn(spec, idx, pol):
    msg = MIMEMultipart("report", report_type="delivery-status", policy=pol)
    # MIMEMultipart puts Content-Type/MIME-Version first; move them after our headers.
    ctype = msg["Content-Type"]
    del msg["Content-Type"]
    del msg["MIME-Version"]
    set_common_headers(msg, spec, idx)
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = ctype
    msg.attach(MIMEText(spec["body"], "plain", "us-ascii", policy=pol))
    ds = Message(policy=pol)
    ds["Content-Type"] = "message/delivery-status"
    blocks = []
    for fields in spec["dsn_blocks"]:
        b = Message(policy=pol)
        for k, v in fields:
            b[k] = v
        blocks.append(b)
    ds.set_payload(blocks)
    msg.attach(ds)
    msg.attach(MIMEText(spec["orig_headers"], "rfc822-headers", "us-ascii", policy=pol))
    for part in msg.get_payload():
        if "MIME-Version" in part:
            del part["MIME-Version"]
    return msg


def fix_boundaries(msg, idx):
    """Deterministic boundaries; drop the MIME-Version that EmailMessage puts on sub-parts."""
    n = 0
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"=_b2_{idx:04d}_{n}_{h(str(idx) + str(n), 12)}")
            n += 1


def serialise(msg, pol):
    buf = io.BytesIO()
    BytesGenerator(buf, policy=pol, mangle_from_=False).flatten(msg)
    return buf.getvalue()


def check_spec(spec):
    assert spec["topic"] in TOPICS, spec["key"]
    assert spec["lang"] in LANGS, spec["key"]
    for s in spec.get("secondary", []):
        assert s in TOPICS and s != spec["topic"], spec["key"]
    if spec.get("hard"):
        assert spec["note"].startswith("HARD("), spec["key"]
    else:
        assert not spec["note"].startswith("HARD("), spec["key"]


def main(outdir=HERE):
    specs = list(SPECS_A) + list(SPECS_B)
    keys = [s["key"] for s in specs]
    assert len(keys) == len(set(keys)), "duplicate spec keys"
    senders = [s["from"][1].lower() for s in specs]
    dup = [a for a, c in Counter(senders).items() if c > 1]
    assert not dup, f"duplicate senders: {dup}"
    for s in specs:
        check_spec(s)
    order = sorted(specs, key=lambda s: s["key"])
    random.Random(SEED).shuffle(order)

    labels = {}
    os.makedirs(outdir, exist_ok=True)
    for idx, spec in enumerate(order, start=1):
        pol = POL_LF if spec.get("lf") else POL_CRLF
        kind = spec.get("kind", "mail")
        builder = {"mail": build_mail, "calendar": build_calendar, "dsn": build_dsn}[kind]
        msg = builder(spec, idx, pol)
        fix_boundaries(msg, idx)
        name = f"c-{idx:04d}.eml"
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(serialise(msg, pol))
        labels[name] = {
            "topic": spec["topic"],
            "secondary": list(spec.get("secondary", [])),
            "language": spec["lang"],
            "hard": bool(spec.get("hard", False)),
            "note": spec["note"],
        }
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")

    topics = Counter(v["topic"] for v in labels.values())
    langs = Counter(v["language"] for v in labels.values())
    print(f"wrote {len(labels)} messages to {outdir}")
    print("topics:", dict(sorted(topics.items())))
    print("languages:", dict(sorted(langs.items())))
    print("hard:", sum(v["hard"] for v in labels.values()))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else HERE)
