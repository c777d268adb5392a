#!/usr/bin/env python3
"""Build the blind11 corpus: m-0001.eml ... m-0080.eml, labels.json, README.md.

Deterministic: every random choice (Message-IDs, boundaries, Received ids,
file order) comes from seeded random.Random instances.  After writing, every
file is parsed back with email.policy.default and checked.

Run:  /work/main/.venv/bin/python -B /work/main/bench/blind11/generate.py
"""

import base64
import binascii
import collections
import datetime
import glob
import io
import json
import os
import random
import re
import string
import sys
import uuid
import zipfile
from email import policy
from email.generator import BytesGenerator
from email.message import Message
from email.parser import BytesParser
from email.utils import format_datetime, formataddr, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from corpus_data import INTAKE, MESSAGES  # noqa: E402

SEED = 20261111
OUT = HERE

TOPICS = ["stockpile_destruction", "clearance", "victim_assistance", "reporting",
          "legislation", "general", "not_an_enquiry"]
LANGS = ["en", "fr", "es", "ar", "pt", "ru", "de"]
KINDS = ["multi_topic", "misleading_subject", "ambiguous_general", "html_only",
         "base64_body", "legacy_charset", "encoded_subject", "attachment_only_hint",
         "reply_to_ack", "forwarded_chain", "forwarded_as_attachment",
         "lookalike_noise", "no_auto_headers", "no_dsn_structure",
         "enquiry_looks_like_noise"]
LEGACY = {"windows-1252", "windows-1251", "windows-1256", "koi8-r"}

POL = {
    # max_line_length=None: no re-folding by the library; headers are folded
    # here (fold()) the way mail clients do it.
    "crlf": policy.compat32.clone(linesep="\r\n", mangle_from_=False, max_line_length=None),
    "lf": policy.compat32.clone(linesep="\n", mangle_from_=False, max_line_length=None),
}

CONTENT_LANGUAGE = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES", "ar": "ar-SA",
                    "pt": "pt-PT", "ru": "ru-RU", "de": "de-DE"}


# ----------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------
def clean(text):
    """Strip the leading newline of triple-quoted data and end with one newline."""
    return text.strip("\n") + "\n"


def rhex(rng, n, upper=True):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def ralnum(rng, n):
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))


def ruuid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def domain_of(addr):
    return addr.rsplit("@", 1)[1]


Q_SAFE = set(string.ascii_letters + string.digits + "!*+-/")


def q_encode(data):
    out = []
    for b in data:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif b < 128 and c in Q_SAFE:
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "".join(out)


def encoded_word(text, charset, enc):
    data = text.encode(charset)
    if enc == "b":
        payload = base64.b64encode(data).decode("ascii")
    else:
        payload = q_encode(data)
    return "=?%s?%s?%s?=" % (charset, enc, payload)


def encode_words(text, charset="utf-8", enc="q", split=None, limit=62):
    """RFC 2047: split text into encoded-words of at most `limit` characters.

    With `split`, the text is first cut into that many roughly equal pieces
    (to force a subject to span several encoded-words)."""
    pieces = [text]
    if split:
        size = -(-len(text) // split)
        pieces = [text[i:i + size] for i in range(0, len(text), size)]
    words = []
    for piece in pieces:
        cur = ""
        for ch in piece:
            if cur and len(encoded_word(cur + ch, charset, enc)) > limit:
                words.append(encoded_word(cur, charset, enc))
                cur = ch
            else:
                cur += ch
        if cur:
            words.append(encoded_word(cur, charset, enc))
    return " ".join(words)


def header_text(text, charset="utf-8", enc="q", split=None):
    try:
        text.encode("ascii")
        if not split:
            return text
    except UnicodeEncodeError:
        pass
    return encode_words(text, charset, enc, split)


def address(name, addr, charset="utf-8", enc="b"):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return "%s <%s>" % (encode_words(name, charset, enc), addr)


def fold(name, value, width=78):
    """Fold a header value at spaces (RFC 5322 folding); keeps existing folds."""
    if "\n" in value:
        return value
    tokens = value.split(" ")
    lines = []
    cur = tokens[0]
    used = len(name) + 2
    for tok in tokens[1:]:
        if used + len(cur) + 1 + len(tok) > width and cur.strip():
            lines.append(cur)
            cur = " " + tok
            used = 0
        else:
            cur += " " + tok
    lines.append(cur)
    return "\n".join(lines)


def qp_body(data):
    return binascii.b2a_qp(data, quotetabs=False, istext=True, header=False).decode("ascii")


def b64_body(data):
    return base64.encodebytes(data).decode("ascii")


def set_payload(part, data, cte):
    """Store already-encoded content; 8bit bytes go through surrogateescape so
    that BytesGenerator writes them back unchanged."""
    if cte == "7bit":
        data.decode("ascii")  # must be pure ASCII
        part.set_payload(data.decode("ascii"))
    elif cte == "8bit":
        part.set_payload(data.decode("ascii", "surrogateescape"))
    elif cte == "quoted-printable":
        part.set_payload(qp_body(data))
    elif cte == "base64":
        part.set_payload(b64_body(data))
    else:
        raise ValueError(cte)


# ----------------------------------------------------------------------
# bodies
# ----------------------------------------------------------------------
def text_part(text, subtype, charset, cte):
    p = Message()
    p["Content-Type"] = 'text/%s; charset="%s"' % (subtype, charset)
    p["Content-Transfer-Encoding"] = cte
    data = text.encode(charset)
    if cte == "base64":
        data = data.replace(b"\n", b"\r\n")
    set_payload(p, data, cte)
    return p


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def paragraphs_html(text, ptag_open, ptag_close):
    out = []
    for para in re.split(r"\n\s*\n", text.strip("\n")):
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(esc(l[1:].lstrip()) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append(ptag_open + "<br>\n".join(esc(l) for l in lines) + ptag_close)
    return "\n".join(out)


def auto_html(text, mailer, charset, lang):
    direction = ' dir="rtl"' if lang == "ar" else ""
    if mailer in ("outlook", "android", "notes"):
        body = paragraphs_html(text, '<p class="MsoNormal">', "<o:p></o:p></p>\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>")
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\t'
                'font-family:"Calibri",sans-serif;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
                '<body lang="%s" link="#0563C1" vlink="#954F72"%s>\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
                % (charset, CONTENT_LANGUAGE.get(lang, "EN-GB").upper(), direction, body))
    if mailer == "gmail":
        body = paragraphs_html(text, "<div>", "</div><div><br></div>")
        return '<div dir="%s">%s</div>\n' % ("rtl" if lang == "ar" else "ltr", body)
    if mailer == "thunderbird":
        body = paragraphs_html(text, "<p>", "</p>")
        return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '  </head>\n  <body%s>\n%s\n  </body>\n</html>\n' % (charset, direction, body))
    body = paragraphs_html(text, "<p>", "</p>")
    return '<html><head><meta charset="%s"></head><body%s>\n%s\n</body></html>\n' % (charset, direction, body)


def boundary(rng, mailer, level, subtype="mixed"):
    if mailer == "outlook":
        code = {"mixed": 4, "alternative": 0, "related": 5}.get(subtype, 0)
        return "_%03d_%s%s_" % (code, rhex(rng, 4), ralnum(rng, 28).upper())
    if mailer == "gmail":
        return "0000000000" + rhex(rng, 16, upper=False)
    if mailer == "thunderbird":
        return "------------" + ralnum(rng, 24)
    if mailer in ("apple", "iphone"):
        return "Apple-Mail=_" + ruuid(rng).upper()
    if mailer == "thebat":
        return "----------%s" % rhex(rng, 12)
    return "----=_Part_%d_%d.%d" % (rng.randint(10000, 99999), rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 12, 10 ** 13))


def multipart(subtype, rng, mailer, level, params=""):
    m = Message()
    m["Content-Type"] = 'multipart/%s;%s\n\tboundary="%s"' % (subtype, params, boundary(rng, mailer, level, subtype))
    return m


def minimal_pdf(title):
    body = ("%%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n"
            "4 0 obj\n<< /Title (%s) /Producer (placeholder) >>\nendobj\n"
            "trailer\n<< /Root 1 0 R /Info 4 0 R >>\n%%%%EOF\n" % title.encode("ascii", "replace").decode("ascii"))
    return body.encode("latin-1")


def minimal_ooxml(kind, title):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        def add(name, text):
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)
        if kind == "docx":
            add("[Content_Types].xml",
                '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Default Extension="xml" ContentType="application/xml"/>'
                '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
            add("word/document.xml",
                '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                '<w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>' % esc(title))
        else:
            add("[Content_Types].xml",
                '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Default Extension="xml" ContentType="application/xml"/>'
                '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')
            add("xl/workbook.xml",
                '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                '<sheets><sheet name="%s" sheetId="1"/></sheets></workbook>' % esc(title[:30]))
    return buf.getvalue()


def ics_invite(spec, rng):
    uid = rhex(rng, 32)
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
             "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT",
             "ORGANIZER;CN=%s:mailto:%s" % (spec["from_name"], spec["from_addr"]),
             "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % INTAKE,
             "DTSTART:20260923T080000Z", "DTEND:20260923T090000Z",
             "SUMMARY;LANGUAGE=es-ES:Reunión con el Viceministro de Relaciones Exteriores",
             "LOCATION:Palais des Nations\\, Ginebra",
             "UID:%s" % uid, "DTSTAMP:20260831T120537Z", "SEQUENCE:0",
             "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


MIME = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def rfc2231_params(pname, value, chunk=36):
    """filename*0*=utf-8''...; filename*1*=... (Thunderbird style continuations)."""
    enc = "".join(c if (c.isascii() and (c.isalnum() or c in "-._")) else
                  "".join("%%%02X" % b for b in c.encode("utf-8")) for c in value)
    if len(enc) <= chunk:
        return "%s*=utf-8''%s" % (pname, enc)
    parts, cur = [], ""
    i = 0
    while i < len(enc):
        step = 3 if enc[i] == "%" else 1
        if len(cur) + step > chunk:
            parts.append(cur)
            cur = ""
        cur += enc[i:i + step]
        i += step
    if cur:
        parts.append(cur)
    out = []
    for n, p in enumerate(parts):
        if n == 0:
            out.append("%s*0*=utf-8''%s" % (pname, p))
        else:
            out.append("%s*%d*=%s" % (pname, n, p))
    return ";\n\t".join(out)


def attachment_part(att, spec, rng):
    name = att["name"]
    kind = att["kind"]
    ascii_name = name.isascii()
    p = Message()
    if kind == "ics":
        data = ics_invite(spec, rng)
        p["Content-Type"] = 'text/calendar; charset="utf-8"; method=REQUEST;\n\tname="%s"' % name
    else:
        data = minimal_pdf(name) if kind == "pdf" else minimal_ooxml(kind, name)
        if ascii_name:
            p["Content-Type"] = '%s;\n\tname="%s"' % (MIME[kind], name)
        else:
            p["Content-Type"] = '%s;\n\tname="%s"' % (MIME[kind], encode_words(name, "utf-8", "b"))
    if ascii_name:
        p["Content-Disposition"] = 'attachment;\n\tfilename="%s"' % name
    else:
        p["Content-Disposition"] = "attachment;\n\t" + rfc2231_params("filename", name)
    p["Content-Transfer-Encoding"] = "base64"
    p.set_payload(b64_body(data))
    return p


def body_tree(spec, rng, level=0):
    """Return the MIME tree (without envelope headers) for spec."""
    struct = spec["struct"]
    mailer = spec.get("mailer", "outlook")
    charset = spec.get("charset", "utf-8")
    lang = spec.get("language", "en")
    text = clean(spec["body"])

    def plain():
        return text_part(text, "plain", charset, spec.get("cte", "8bit"))

    def html():
        h = spec.get("html") or auto_html(text, mailer, charset, lang)
        return text_part(clean(h), "html", charset, spec.get("html_cte", "quoted-printable"))

    def alt():
        m = multipart("alternative", rng, mailer, level + 1)
        m.attach(plain())
        m.attach(html())
        return m

    if struct == "plain":
        return plain()
    if struct == "html":
        return html()
    if struct == "alt":
        return alt()
    if struct == "mixed":
        m = multipart("mixed", rng, mailer, level)
        if mailer in ("outlook", "thunderbird", "notes"):
            m.preamble = "This is a multi-part message in MIME format."
        m.attach(alt() if spec.get("inner") == "alt" else plain())
        for att in spec.get("attachments", []):
            if "rfc822" in att:
                inner_spec = dict(att["rfc822"])
                inner_spec.setdefault("language", lang)
                inner = build_message(inner_spec, random.Random("%s-inner" % spec["key"]), inner=True)
                w = Message()
                fname = re.sub(r'[\\/:*?"<>|]', "", inner_spec["subject"]) + ".eml"
                w["Content-Type"] = 'message/rfc822;\n\tname="%s"' % fname
                w["Content-Disposition"] = 'attachment;\n\tfilename="%s"' % fname
                w.attach(inner)
                m.attach(w)
            else:
                m.attach(attachment_part(att, spec, rng))
        return m
    if struct == "dsn":
        return dsn_tree(spec, rng)
    if struct == "mdn":
        return mdn_tree(spec, rng)
    raise ValueError(struct)


def dsn_tree(spec, rng):
    d = spec["dsn"]
    m = multipart("report", rng, "robot", 0, params=" report-type=delivery-status;")
    m.preamble = "This is a MIME-encapsulated message."
    note = text_part(clean(spec["body"]), "plain", "us-ascii", "7bit")
    note["Content-Description"] = "Notification"
    m.attach(note)
    ds = Message()
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    b1 = Message()
    b1["Reporting-MTA"] = d["reporting_mta"]
    b1["X-Postfix-Queue-ID"] = d["queue_id"]
    b1["X-Postfix-Sender"] = "rfc822; " + INTAKE
    b1["Arrival-Date"] = d["arrival_date"]
    b2 = Message()
    b2["Final-Recipient"] = "rfc822; " + d["recipient"]
    b2["Original-Recipient"] = "rfc822;" + d["recipient"]
    b2["Action"] = "failed"
    b2["Status"] = d["status"]
    b2["Remote-MTA"] = d["remote_mta"]
    b2["Diagnostic-Code"] = fold("Diagnostic-Code", d["diagnostic"])
    ds.set_payload([b1, b2])
    m.attach(ds)
    orig = Message()
    orig["Content-Description"] = "Undelivered Message"
    orig["Content-Type"] = "message/rfc822"
    orig.attach(build_message(d["original"], random.Random("%s-orig" % spec["key"]), inner=True))
    m.attach(orig)
    return m


def mdn_tree(spec, rng):
    d = spec["mdn"]
    nl = "\n" if spec.get("linesep") == "lf" else "\r\n"
    m = multipart("report", rng, "outlook", 0, params=" report-type=disposition-notification;")
    m.attach(text_part(clean(spec["body"]), "plain", "utf-8", "quoted-printable"))
    dn = Message()
    dn["Content-Type"] = "message/disposition-notification"
    fields = ["Reporting-UA: " + d["reporting_ua"],
              "Final-Recipient: " + d["final_recipient"],
              "Original-Message-ID: " + d["original_message_id"],
              "Disposition: " + d["disposition"]]
    dn.set_payload(nl.join(fields) + nl)
    m.attach(dn)
    return m


# ----------------------------------------------------------------------
# envelope headers
# ----------------------------------------------------------------------
def message_id(spec, rng):
    if spec.get("message_id"):
        return spec["message_id"]
    mailer = spec.get("mailer", "outlook")
    dom = domain_of(spec["from_addr"])
    if mailer == "outlook":
        p = rng.choice(["DB9PR04", "AM0PR02", "PAXPR08", "VI1PR07", "GV0P278", "BN8PR12"])
        n = rng.randint(1000, 9999)
        return "<%sMB%d%s@%s>" % (p, n, rhex(rng, 16), dom)
    if mailer == "gmail":
        return "<CA%s@mail.%s>" % (ralnum(rng, 44), dom)
    if mailer == "thunderbird":
        return "<%s@%s>" % (ruuid(rng), dom)
    if mailer in ("apple", "iphone"):
        return "<%s@%s>" % (ruuid(rng).upper(), dom)
    if mailer == "thebat":
        return "<%d.%d@%s>" % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 9, 10 ** 10), dom)
    if mailer == "notes":
        return "<OF%s.%s-ONC1258D%s.%s-C1258D%s.%s@%s>" % (
            rhex(rng, 8), rhex(rng, 8), rhex(rng, 2), rhex(rng, 8), rhex(rng, 2), rhex(rng, 8), dom)
    if mailer == "bulk":
        return "<%s.%d@mta%d.%s>" % (rhex(rng, 24, upper=False), rng.randint(10 ** 6, 10 ** 7), rng.randint(1, 9), dom)
    if mailer == "robot":
        return "<%s.%s@%s>" % (rhex(rng, 10), ralnum(rng, 8), dom)
    return "<%s@%s>" % (rhex(rng, 32, upper=False), dom)


def mailer_headers(spec, rng):
    mailer = spec.get("mailer", "outlook")
    lang = spec.get("language", "en")
    h = []
    if mailer == "outlook":
        topic = re.sub(r"^(RE|Re|AW|RV|FW|Fwd|TR):\s*", "", spec["subject"])
        h.append(("Thread-Topic", header_text(topic, spec.get("subject_charset", "utf-8"), spec.get("subject_enc", "q"))))
        h.append(("Thread-Index", base64.b64encode(bytes(rng.getrandbits(8) for _ in range(22))).decode()))
        h.append(("Content-Language", CONTENT_LANGUAGE[lang]))
        h.append(("X-MS-Has-Attach", "yes" if spec.get("attachments") else ""))
        h.append(("X-Mailer", "Microsoft Outlook 16.0"))
    elif mailer == "thunderbird":
        h.append(("User-Agent", "Mozilla Thunderbird"))
        h.append(("Content-Language", CONTENT_LANGUAGE[lang]))
    elif mailer == "apple":
        h.append(("X-Mailer", "Apple Mail (2.3774.300.61.1.2)"))
    elif mailer == "iphone":
        h.append(("X-Mailer", "iPhone Mail (21E236)"))
    elif mailer == "webmail":
        h.append(("User-Agent", "Roundcube Webmail/1.6.7"))
    elif mailer == "thebat":
        h.append(("X-Mailer", "The Bat! (v10.5.1) Professional"))
    elif mailer == "notes":
        h.append(("X-Mailer", "HCL Notes Release 12.0.2 November 03, 2022"))
        h.append(("X-MIMETrack", "Serialize by Router on GVA-MAIL01/MISSION(Release 12.0.2|November 03, 2022)"))
    return [(k, v) for k, v in h if v != ""]


def received(spec, rng):
    dom = domain_of(spec["from_addr"])
    mailer = spec.get("mailer", "outlook")
    dt = parsedate_to_datetime(spec["date"])
    arrive = format_datetime(dt + datetime.timedelta(seconds=rng.randint(3, 40)))
    if mailer == "bulk":
        host = "mta%d.%s" % (rng.randint(1, 9), dom)
    elif mailer == "robot":
        host = dom if dom.startswith(("mx", "mail", "correo", "relay")) else "mail." + dom
    else:
        host = "mail." + dom
    ip = "%s.%d" % (rng.choice(["192.0.2", "198.51.100", "203.0.113"]), rng.randint(2, 250))
    qid = ralnum(rng, 12)
    rec = ["from %s (%s [%s])\n\tby mx1.ccm-isu.example (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
           % (host, host, ip, qid, INTAKE, arrive)]
    if mailer == "outlook":
        inner_dt = format_datetime(dt + datetime.timedelta(seconds=rng.randint(1, 3)))
        rec.append("from EXCH%02d.%s (10.%d.%d.%d) by\n %s (10.%d.%d.%d) with Microsoft SMTP Server\n "
                   "(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11;\n %s"
                   % (rng.randint(1, 4), dom, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254),
                      host, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254), inner_dt))
    return rec


def to_header(spec, rng):
    if spec.get("to"):
        return spec["to"]
    if spec.get("mailer") in ("bulk",):
        return INTAKE
    return rng.choice(["CCM Implementation Support Unit <%s>" % INTAKE,
                       "CCM Implementation Support Unit <%s>" % INTAKE,
                       "\"CCM ISU - Intake\" <%s>" % INTAKE,
                       INTAKE])


def build_message(spec, rng, inner=False):
    tree = body_tree(spec, rng)
    scs = spec.get("subject_charset", "utf-8")
    senc = spec.get("subject_enc", "q")
    name_cs = scs if scs not in ("us-ascii",) else "utf-8"
    extras = list(spec.get("headers", []))
    extra_names = {k.lower() for k, _ in extras}
    h = []
    for k, v in extras:
        if k.lower() == "return-path":
            h.append((k, v))
    if not inner:
        for r in received(spec, rng):
            h.append(("Received", r))
    h.append(("From", address(spec["from_name"], spec["from_addr"], name_cs, "b" if senc == "b" else "q")))
    h.append(("To", to_header(spec, rng)))
    if spec.get("cc"):
        h.append(("Cc", spec["cc"]))
    if spec.get("reply_to"):
        h.append(("Reply-To", spec["reply_to"]))
    h.append(("Subject", header_text(spec["subject"], scs, senc, spec.get("subject_split"))))
    h.append(("Date", spec["date"]))
    h.append(("Message-ID", message_id(spec, rng)))
    for k, v in extras:
        if k.lower() in ("in-reply-to", "references"):
            h.append((k, v))
    for k, v in mailer_headers(spec, rng):
        if k.lower() not in extra_names:
            h.append((k, v))
    for k, v in extras:
        if k.lower() not in ("return-path", "in-reply-to", "references"):
            h.append((k, v))
    if spec.get("mailer") == "apple":
        h.append(("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.300.61.1.2\\))"))
    else:
        h.append(("MIME-Version", "1.0"))
    tree._headers = [(k, fold(k, v)) for k, v in h] + tree._headers
    return tree


# ----------------------------------------------------------------------
# checks
# ----------------------------------------------------------------------
ALLOWED_DOMAIN = re.compile(r"(^|\.)(example|example\.org|example\.com|example\.net)$", re.I)


def all_text(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
    return "\n".join(out)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def check_file(path, spec, label):
    errors = []
    raw = open(path, "rb").read()
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    subj = msg["subject"]
    if subj is None or norm(str(subj)) != norm(spec["subject"]):
        errors.append("subject mismatch: %r" % (str(subj),))
    if msg["from"] is None or msg["from"].addresses[0].addr_spec != spec["from_addr"]:
        errors.append("from mismatch")
    if msg["message-id"] is None:
        errors.append("no message-id")
    try:
        text = all_text(msg)
    except Exception as e:  # noqa: BLE001
        errors.append("decode failure: %s" % e)
        text = ""
    if any(len(l) > 998 for l in raw.split(b"\n")):
        errors.append("line longer than 998 octets")
    if "\ufffd" in text:
        errors.append("replacement character in decoded text")
    if norm(spec["check"]) not in norm(text):
        errors.append("check phrase not found: %r" % spec["check"])
    for part in msg.walk():
        for d in part.defects:
            errors.append("defect %s in %s" % (type(d).__name__, part.get_content_type()))
    names = [p.get_filename() for p in msg.walk() if p.get_content_disposition() == "attachment"]
    for att in spec.get("attachments", []):
        if "name" in att and att["name"] not in names:
            errors.append("attachment name lost: %r (have %r)" % (att["name"], names))
    # label consistency
    for key in ("topic", "secondary", "language", "hard", "note"):
        if key not in label:
            errors.append("label field missing: " + key)
    if label["topic"] not in TOPICS or any(s not in TOPICS for s in label["secondary"]):
        errors.append("bad topic")
    if label["topic"] in label["secondary"]:
        errors.append("topic repeated in secondary")
    if label["language"] not in LANGS:
        errors.append("bad language")
    m = re.match(r"HARD\(([a-z0-9_,]+)\): ", label["note"])
    if bool(m) != label["hard"]:
        errors.append("hard flag and note prefix disagree")
    kinds = m.group(1).split(",") if m else []
    for k in kinds:
        if k not in KINDS:
            errors.append("unknown kind " + k)
    # the kinds must be visible in the file
    ctypes = [p.get_content_type() for p in msg.walk()]
    charsets = {(p.get_param("charset") or "").lower() for p in msg.walk()}
    rawhead = raw.split(b"\r\n\r\n" if b"\r\n\r\n" in raw else b"\n\n", 1)[0].lower()
    if "html_only" in kinds and ("text/plain" in ctypes or msg.get_content_type() != "text/html"):
        errors.append("html_only but not html-only")
    if "base64_body" in kinds and not any(p.get_content_type() == "text/plain" and p["content-transfer-encoding"] == "base64" for p in msg.walk()):
        errors.append("base64_body without base64 text/plain")
    if "legacy_charset" in kinds and not (charsets & LEGACY):
        errors.append("legacy_charset without legacy charset")
    if "encoded_subject" in kinds and b"=?" not in rawhead:
        errors.append("encoded_subject without encoded words")
    if "reply_to_ack" in kinds and not (msg["in-reply-to"] and "[CCM-2026-" in str(subj)):
        errors.append("reply_to_ack without In-Reply-To / reference")
    if "forwarded_as_attachment" in kinds and "message/rfc822" not in ctypes:
        errors.append("forwarded_as_attachment without message/rfc822")
    if "attachment_only_hint" in kinds and not names:
        errors.append("attachment_only_hint without attachment")
    if "no_auto_headers" in kinds and (msg["auto-submitted"] or msg["x-auto-response-suppress"]):
        errors.append("no_auto_headers but auto headers present")
    if "no_dsn_structure" in kinds and msg.get_content_type() == "multipart/report":
        errors.append("no_dsn_structure but multipart/report")
    # only invented domains (decoded headers and text of every part)
    blobs = []
    for part in msg.walk():
        for k, v in part.items():
            blobs.append(str(v))
        if part.get_content_maintype() == "text":
            blobs.append(part.get_content())
    blob = "\n".join(blobs)
    doms = re.findall(r"[\w.+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", blob)
    doms += re.findall(r"https?://([A-Za-z0-9.-]+)", blob)
    doms += re.findall(r"\bdns; ?([A-Za-z0-9.-]+)", blob)
    for d in doms:
        d = d.lower().rstrip(".")
        if not ALLOWED_DOMAIN.search(d):
            errors.append("non-example domain: " + d)
    return errors, msg, raw


# ----------------------------------------------------------------------
# README
# ----------------------------------------------------------------------
README_HEAD = """# blind11: independent held-out intake corpus (80 messages)

Hand-written test e-mails for the CCM intake service (requests for
cooperation and assistance under Article 6 of the Convention on Cluster
Munitions), labelled with the label scheme and labelling rules of
`/work/shared/corpus/dev/README.md` (one `topic`, informational `secondary`,
`language`, `hard`, `note` with a `HARD(kind,...): ` prefix for hard cases).

**Written blind.**  The messages and labels were written without reading the
classifier, its routing rules, templates, tests, benchmarks or the
specification/design documents, and without running the service or any
classifier.  Only the dev corpus README, its labels.json and a handful of
dev messages were read, for format and scheme; no dev message was copied or
paraphrased (new senders, invented States, situations and wordings).

Labelling conventions used on top of the dev rules: every message whose
text is in a legacy charset outside ISO-8859-1 (windows-1251, windows-1256,
koi8-r, windows-1252 with typographic characters) is marked
`HARD(legacy_charset)`; `windows-1252` parts that only use Latin-1
characters are not.  A follow-up that names neither a case reference nor a
topic is `general` (ISU triage).

## What this set stresses

* **Variety of writers.**  Non-native English written by French, Spanish,
  Arabic and Russian speakers ("project of law", "make the formation",
  "kindly requesting your good office"); native French, Spanish,
  Portuguese, Arabic, Russian and German officials.
* **Length extremes.**  One- to three-line messages ("Form F", "ley",
  "Art 3(6)", "Any news?") next to full notes verbales ("has the honour to",
  "a l'honneur de") and ministers' letters in which the ask sits in the last
  paragraph.
* **Paraphrase instead of the usual terms**: "getting rid of the old
  bomblets kept in a depot", "people who lost a leg to these weapons",
  "the yearly paper we owe Geneva", "a law so that nobody here can ever make
  or sell these" (also in Spanish and Portuguese).
* **Problems instead of requests**: a workshop that cannot buy prosthetic
  feet, a report form that will not open, a quote that is too expensive.
* **Article numbers only** ("Article 4", "Article 9", "Article 6",
  "Art 3(6)") or no Article at all.
* **Follow-ups** with a case reference (`Re: [CCM-2026-NNNN]`, In-Reply-To)
  and without one (one whose topic is still clear, one that is not and goes
  to `general`).
* **Robots and bulk mail that look personal**: a first-person field-mission
  auto-reply without auto headers, a fundraising mail addressed to
  "Intake Team", a vendor mass mailing dressed as "RE: Consulta...",
  sponsorship-reimbursement phishing; and genuine enquiries that look like
  noise (a forwarded bulletin with a question on top, a message titled like
  an out-of-office notice).

"""


def write_readme(rows):
    counts = collections.Counter((r["label"]["topic"], r["label"]["language"]) for r in rows)
    hard_by_topic = collections.Counter(r["label"]["topic"] for r in rows if r["label"]["hard"])
    tot_topic = collections.Counter(r["label"]["topic"] for r in rows)
    tot_lang = collections.Counter(r["label"]["language"] for r in rows)
    n = len(rows)
    nhard = sum(1 for r in rows if r["label"]["hard"])
    lines = [README_HEAD, "## Counts\n",
             "%d messages, %d marked hard (%.1f %%); %d `not_an_enquiry` (%.1f %%).\n"
             % (n, nhard, 100.0 * nhard / n, tot_topic["not_an_enquiry"], 100.0 * tot_topic["not_an_enquiry"] / n),
             "| topic | " + " | ".join(LANGS) + " | total | hard |",
             "| --- | " + " | ".join("---:" for _ in LANGS) + " | ---: | ---: |"]
    for t in TOPICS:
        lines.append("| `%s` | " % t + " | ".join(str(counts[(t, l)]) for l in LANGS)
                     + " | %d | %d |" % (tot_topic[t], hard_by_topic[t]))
    lines.append("| **total** | " + " | ".join(str(tot_lang[l]) for l in LANGS) + " | %d | %d |" % (n, nhard))
    kinds = collections.Counter()
    for r in rows:
        m = re.match(r"HARD\(([a-z0-9_,]+)\)", r["label"]["note"])
        if m:
            kinds.update(m.group(1).split(","))
    lines.append("\nHard-case kinds: " + ", ".join("`%s` %d" % (k, kinds[k]) for k in KINDS if kinds[k]) + "\n")

    # format statistics
    top = collections.Counter()
    ctes = collections.Counter()
    charsets = collections.Counter()
    att = collections.Counter()
    extra = collections.Counter()
    for r in rows:
        msg, raw = r["msg"], r["raw"]
        top[msg.get_content_type()] += 1
        extra["CRLF line endings" if b"\r\n" in raw else "LF line endings"] += 1
        head = raw.split(b"\r\n\r\n" if b"\r\n\r\n" in raw else b"\n\n", 1)[0]
        subj_line = re.search(rb"\nSubject:(.*?)\r?\n(?![ \t])", head, re.S)
        if subj_line and b"=?" in subj_line.group(1):
            extra["RFC 2047 encoded Subject"] += 1
        if re.search(rb"filename\*", raw):
            extra["RFC 2231 attachment names"] += 1
        if msg["in-reply-to"]:
            extra["In-Reply-To header"] += 1
        if msg["list-unsubscribe"]:
            extra["List-Unsubscribe header"] += 1
        if msg["auto-submitted"]:
            extra["Auto-Submitted header"] += 1
        for p in msg.walk():
            ct = p.get_content_type()
            if p.get_content_maintype() == "text" and p.get_content_disposition() != "attachment":
                ctes["%s %s" % (ct, (p["content-transfer-encoding"] or "7bit").lower())] += 1
                charsets[(p.get_param("charset") or "us-ascii").lower()] += 1
            if p.get_content_disposition() == "attachment" or ct in ("message/rfc822", "message/delivery-status", "message/disposition-notification"):
                fn = p.get_filename() or ""
                key = ct if not fn else os.path.splitext(fn)[1].lower() or ct
                att[key] += 1
    lines.append("## Format statistics\n")
    lines.append("Top-level structure: " + ", ".join("`%s` %d" % kv for kv in sorted(top.items())) + ".\n")
    lines.append("Text parts by transfer encoding: " + ", ".join("%s %d" % kv for kv in sorted(ctes.items())) + ".\n")
    lines.append("Text part charsets: " + ", ".join("%s %d" % kv for kv in sorted(charsets.items())) + ".\n")
    lines.append("Attachments and embedded parts: " + ", ".join("`%s` %d" % kv for kv in sorted(att.items())) + ".\n")
    lines.append("Other: " + ", ".join("%s %d" % kv for kv in sorted(extra.items())) + ".\n")
    lines.append("""## Files

* `corpus_data.py`: content and gold labels of every message (data only).
* `generate.py`: builds `m-0001.eml` ... `m-0080.eml`, `labels.json` and this
  README deterministically (seeded Message-IDs, boundaries and file order),
  then parses every file back with `email.policy.default` and checks it
  (decodes without replacement characters, subject and sender round-trip,
  a key phrase of the body is found, attachment names survive, labels are
  complete and the claimed hard-case kinds are visible in the file, only
  reserved example domains).
* `labels.json`: gold labels, same format as the dev corpus.

Run: `/work/main/.venv/bin/python -B /work/main/bench/blind11/generate.py`

## Fictional data

All States (Norvane, Kerlande, Valdemora, Beloyaria, Qamariyya, Talbrunn ...),
people, organisations, phone numbers (+999 ...) and domains are invented; only
reserved example domains are used.  Case references `CCM-2026-NNNN` are
invented and do not correspond to dev messages.
""")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


# ----------------------------------------------------------------------
def main():
    assert len(MESSAGES) == 80, len(MESSAGES)
    keys = [m["key"] for m in MESSAGES]
    assert len(set(keys)) == len(keys)
    for old in glob.glob(os.path.join(OUT, "m-*.eml")):
        os.remove(old)
    order = list(range(len(MESSAGES)))
    random.Random(SEED).shuffle(order)
    labels = {}
    rows = []
    all_errors = []
    seen_ids = set()
    for i, idx in enumerate(order, 1):
        spec = MESSAGES[idx]
        fname = "m-%04d.eml" % i
        rng = random.Random("%d-%s" % (SEED, spec["key"]))
        msg = build_message(spec, rng)
        pol = POL[spec.get("linesep", "crlf")]
        buf = io.BytesIO()
        BytesGenerator(buf, policy=pol).flatten(msg)
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(buf.getvalue())
        labels[fname] = {
            "topic": spec["topic"],
            "secondary": list(spec["secondary"]),
            "language": spec["language"],
            "hard": spec["hard"],
            "note": spec["note"],
        }
        errors, parsed, raw = check_file(os.path.join(OUT, fname), spec, labels[fname])
        mid = str(parsed["message-id"])
        if mid in seen_ids:
            errors.append("duplicate Message-ID")
        seen_ids.add(mid)
        all_errors += ["%s (%s): %s" % (fname, spec["key"], e) for e in errors]
        rows.append({"file": fname, "label": labels[fname], "msg": parsed, "raw": raw})
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    # labels.json round trip
    back = json.load(open(os.path.join(OUT, "labels.json"), encoding="utf-8"))
    on_disk = sorted(os.path.basename(p) for p in glob.glob(os.path.join(OUT, "m-*.eml")))
    if sorted(back) != on_disk:
        all_errors.append("labels.json and .eml files disagree")
    write_readme(rows)
    if all_errors:
        print("\n".join(all_errors))
        sys.exit(1)
    n_hard = sum(1 for v in labels.values() if v["hard"])
    print("OK: %d messages written and verified (%d hard)" % (len(labels), n_hard))


if __name__ == "__main__":
    main()
