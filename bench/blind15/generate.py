#!/usr/bin/env python3
"""Build blind set 15 (m-0001.eml ... m-0080.eml + labels.json) from corpus_data.py.

Deterministic: every random choice (Message-IDs, boundaries, queue ids, IP
addresses, file order) comes from random.Random seeded with fixed strings.
After writing, every file is parsed back with email.policy.default and
checked (decodes, subject, label present, hard-case kind consistent with the
actual structure).

Run:  /work/main/.venv/bin/python -B /work/main/bench/blind15/generate.py
"""

import base64
import collections
import datetime as dt
import html as htmlmod
import io
import json
import os
import random
import re
import string
import sys
import zipfile
from email import policy
from email.generator import BytesGenerator
from email.message import Message
from email.mime.message import MIMEMessage
from email.parser import BytesParser
from email.quoprimime import body_encode as qp_body_encode
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import corpus_data as D  # noqa: E402

OUT = HERE
SEED = "ccm-blind15"
INTAKE_ADDR = "intake@ccm-isu.example"
TOPICS = {"stockpile_destruction", "clearance", "victim_assistance", "reporting",
          "legislation", "general", "not_an_enquiry"}
LANGS = ["en", "fr", "es", "ar", "pt", "ru", "de"]
KINDS = ["multi_topic", "misleading_subject", "ambiguous_general", "html_only", "base64_body",
         "legacy_charset", "encoded_subject", "attachment_only_hint", "reply_to_ack",
         "forwarded_chain", "forwarded_as_attachment", "lookalike_noise", "no_auto_headers",
         "no_dsn_structure", "enquiry_looks_like_noise"]
LEGACY = {"windows-1251", "windows-1252", "windows-1256", "koi8-r"}
PYCS = {"us-ascii": "ascii", "windows-1251": "cp1251", "windows-1252": "cp1252",
        "windows-1256": "cp1256", "koi8-r": "koi8_r", "iso-8859-1": "latin-1", "utf-8": "utf-8"}
# invented names of the dev corpus that this independent set must not reuse
DEV_NAMES = ["quorra", "westholm", "llanogrande", "ardenisles", "bavoura", "lomara", "pellaris",
             "dunmore", "altosdelsur", "bahiaserena", "issanie", "waldstein", "alnakhil",
             "valedourado", "lesogorye", "sambrou", "santa in", "kell district"]


def rng_for(key, purpose):
    return random.Random(f"{SEED}:{key}:{purpose}")


def pycs(cs):
    return PYCS.get(cs.lower(), cs)


# ---------------------------------------------------------------------------
# headers
# ---------------------------------------------------------------------------

def encoded_words(text, charset, enc="B", maxlen=75, first=None):
    """RFC 2047 encoded-words for text, split so that no word exceeds maxlen
    (the first one at most `first`, to leave room for the header name)."""
    cs = pycs(charset)
    prefix = f"=?{charset}?{enc}?"

    def chunk(s):
        b = s.encode(cs)
        if enc.upper() == "B":
            return base64.b64encode(b).decode("ascii")
        out = []
        for byte in b:
            c = chr(byte)
            if byte < 128 and (c.isalnum() or c in "!*+-/"):
                out.append(c)
            elif c == " ":
                out.append("_")
            else:
                out.append("=%02X" % byte)
        return "".join(out)

    words, cur = [], ""
    for ch in text:
        trial = cur + ch
        limit = first if (first and not words) else maxlen
        if cur and len(prefix) + len(chunk(trial)) + 2 > limit:
            words.append(prefix + chunk(cur) + "?=")
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(prefix + chunk(cur) + "?=")
    return " ".join(words)


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


CLIENT_HDR_ENC = {"outlook": "B", "gmail": "Q", "thunderbird": "Q", "apple": "Q", "iphone": "Q",
                  "android": "B", "roundcube": "Q", "zimbra": "Q", "notes": "Q", "mailer": "Q",
                  "none": "Q"}


def header_text(text, client, spec=None, name="Subject"):
    first = 76 - len(name) - 2
    if spec:
        return encoded_words(text, spec[0], spec[1], first=first)
    if is_ascii(text):
        return text
    return encoded_words(text, "utf-8", CLIENT_HDR_ENC.get(client, "Q"), first=first)


def address(name, addr, client="outlook", spec=None):
    if not name:
        return addr
    if spec or not is_ascii(name):
        return f"{header_text(name, client, spec, name='From')} <{addr}>"
    return formataddr((name, addr))


def parse_date(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def geneva_tz(when):
    # CET/CEST for the intake's MTA (2026: summer time 29 Mar - 25 Oct)
    utc = when.astimezone(dt.timezone.utc)
    start = dt.datetime(2026, 3, 29, 1, 0, tzinfo=dt.timezone.utc)
    end = dt.datetime(2026, 10, 25, 1, 0, tzinfo=dt.timezone.utc)
    off = 2 if start <= utc < end else 1
    return utc.astimezone(dt.timezone(dt.timedelta(hours=off)))


# ---------------------------------------------------------------------------
# client fingerprints: Message-IDs, boundaries, extra headers
# ---------------------------------------------------------------------------

UP = string.ascii_uppercase
HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def domain_of(addr):
    return addr.split("@", 1)[1]


def message_id(m, r):
    dom = domain_of(m["sender"][1])
    c = m.get("client", "none")
    if c in ("outlook",):
        host = f"{rs(r, UP, 2)}{r.randint(0, 9)}{rs(r, UP, 2)}{r.randint(10, 99)}MB{r.randint(1000, 9999)}"
        return f"<{host}{rs(r, '0123456789ABCDEF', 28)}@{host}.{dom}>"
    if c in ("gmail", "android"):
        return f"<CA{rs(r, ALNUM + '+_-', 46)}@mail.{dom}>"
    if c == "thunderbird":
        h = rs(r, HEX, 32)
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@{dom}>"
    if c in ("apple", "iphone"):
        h = rs(r, "0123456789ABCDEF", 32)
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@{dom}>"
    if c == "roundcube":
        return f"<{rs(r, HEX, 32)}@{dom}>"
    if c == "zimbra":
        return f"<{r.randint(100000000, 999999999)}.{r.randint(1000000, 9999999)}.{r.randint(1760000000000, 1790000000000)}.JavaMail.zimbra@{dom}>"
    if c == "notes":
        return f"<OF{rs(r, '0123456789ABCDEF', 8)}.{rs(r, '0123456789ABCDEF', 8)}-ON{rs(r, '0123456789ABCDEF', 8)}.{rs(r, '0123456789ABCDEF', 8)}@{dom}>"
    if c == "mailer":
        return f"<{rs(r, HEX, 24)}.{r.randint(1000, 99999)}@send.{dom}>"
    return f"<{parse_date(m['date']).strftime('%Y%m%d%H%M%S')}.{rs(r, HEX, 12)}@{dom}>"


def boundary(client, r, kind="alt"):
    if client == "outlook":
        tag = "_000_" if kind == "alt" else "_004_"
        return f"{tag}{rs(r, UP + string.digits, 30)}_"
    if client in ("gmail", "android"):
        return "0000000000" + rs(r, HEX, 18)
    if client == "thunderbird":
        return "------------" + rs(r, ALNUM, 24)
    if client in ("apple", "iphone"):
        h = rs(r, "0123456789ABCDEF", 32)
        return f"Apple-Mail={h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    if client == "roundcube":
        return "=_" + rs(r, HEX, 32)
    if client == "zimbra":
        return f"=_{rs(r, HEX, 8)}-{rs(r, HEX, 4)}-{rs(r, HEX, 4)}-{rs(r, HEX, 4)}-{rs(r, HEX, 12)}"
    if client == "notes":
        return f"=_alternative 00{rs(r, '0123456789ABCDEF', 6)}C1258C{rs(r, '0123456789ABCDEF', 2)}_="
    if client == "mailer":
        return "b1_" + rs(r, HEX, 32)
    return f"{rs(r, '0123456789ABCDEF', 10)}.{r.randint(1760000000, 1790000000)}/mx"


CONTENT_LANG = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES", "pt": "pt-BR", "ar": "ar-SA",
                "ru": "ru-RU", "de": "de-DE"}


def client_headers(m, r, has_attach):
    c = m.get("client", "none")
    lang = m["language"]
    h = []
    if c == "outlook":
        h.append(("Thread-Index", base64.b64encode(bytes(r.getrandbits(8) for _ in range(22))).decode()))
        h.append(("X-MS-Has-Attach", "yes" if has_attach else ""))
        h.append(("X-MS-TNEF-Correlator", ""))
        h.append(("Content-Language", CONTENT_LANG[lang]))
        h.append(("X-Mailer", "Microsoft Outlook 16.0"))
    elif c == "thunderbird":
        h.append(("User-Agent", "Mozilla Thunderbird 128.5.2"))
        h.append(("Content-Language", CONTENT_LANG[lang]))
    elif c == "apple":
        h.append(("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"))
    elif c == "iphone":
        h.append(("X-Mailer", "iPhone Mail (22B91)"))
    elif c == "roundcube":
        h.append(("User-Agent", "Roundcube Webmail/1.6.8"))
    elif c == "zimbra":
        h.append(("X-Mailer", "Zimbra 10.1.2_GA_4518 (ZimbraWebClient - GC131 (Win)/10.1.2_GA_4518)"))
        h.append(("Thread-Index", base64.b64encode(bytes(r.getrandbits(8) for _ in range(14))).decode()))
    elif c == "notes":
        h.append(("X-Mailer", "HCL Notes Release 12.0.2 November 03, 2022"))
        h.append(("X-MIMETrack", f"Serialize by Router on SMTP01/{domain_of(m['sender'][1]).split('.')[0].upper()}"
                                 f" at {parse_date(m['date']).strftime('%d/%m/%Y %H:%M:%S')}"))
    return h


# ---------------------------------------------------------------------------
# bodies
# ---------------------------------------------------------------------------

def text_part(text, subtype, charset, cte, extra_params=""):
    p = Message()
    raw = text.replace("\r\n", "\n").encode(pycs(charset))
    p["Content-Type"] = f'text/{subtype}; charset="{charset}"{extra_params}'
    p["Content-Transfer-Encoding"] = cte
    if cte == "7bit":
        raw.decode("ascii")  # must be ASCII
        payload = raw.decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    elif cte == "quoted-printable":
        payload = qp_body_encode(raw.decode("latin-1"), maxlinelen=76, eol="\n")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        raise ValueError(cte)
    if not payload.endswith("\n"):
        payload += "\n"
    p.set_payload(payload)
    return p


def esc(line):
    return htmlmod.escape(line, quote=False)


def html_from_text(body, client, charset, lang):
    rtl = ' dir="rtl"' if lang == "ar" else ""
    paras = body.strip("\n").split("\n\n")
    if client == "outlook" or client == "notes":
        inner = []
        for para in paras:
            lines = [esc(x) for x in para.split("\n")]
            inner.append(f'<p class="MsoNormal"{rtl}>' + "<br>\n".join(lines) + "<o:p></o:p></p>")
            inner.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
                f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;'
                'font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
                f'<body lang="{CONTENT_LANG[lang]}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"{rtl}>\n'
                '<div class="WordSection1">\n' + "\n".join(inner) + "\n</div>\n</body>\n</html>\n")
    if client in ("gmail", "android"):
        blocks = []
        for para in paras:
            blocks.append("<div>" + "<br>".join(esc(x) for x in para.split("\n")) + "</div>")
        d = "auto" if client == "android" else ("rtl" if rtl else "ltr")
        return f'<div dir="{d}">' + "<div><br></div>".join(blocks) + "</div>\n"
    if client in ("apple", "iphone"):
        out = []
        for para in paras:
            for x in para.split("\n"):
                out.append(f"<div>{esc(x)}</div>")
            out.append("<div><br></div>")
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=' + charset +
                '"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
                'line-break: after-white-space;">' + "".join(out) + "</body></html>\n")
    if client == "zimbra":
        out = "".join("<div>" + "<br data-mce-bogus=\"1\">".join(esc(x) for x in para.split("\n")) +
                      "</div><div><br></div>" for para in paras)
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; '
                f'color: #000000"{rtl}>' + out + "</div></body></html>\n")
    # thunderbird, roundcube, mailer, none
    out = "\n".join("<p>" + "<br>\n".join(esc(x) for x in para.split("\n")) + "</p>" for para in paras)
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv=\"content-type\" content=\"text/html; "
            f"charset={charset}\">\n</head>\n<body{rtl}>\n{out}\n</body>\n</html>\n")


def html_part(m, html_text):
    charset = m.get("charset", "utf-8")
    if charset in ("us-ascii",):
        charset = "utf-8"
    cte = m.get("cte", "quoted-printable")
    if m.get("structure") != "html":
        # the HTML alternative of a plain body: QP, or base64 when the text is base64
        cte = "base64" if cte == "base64" else "quoted-printable"
    raw_html = html_text.encode(pycs(charset), errors="xmlcharrefreplace").decode(pycs(charset))
    return text_part(raw_html, "html", charset, cte)


def multipart(subtype, bnd, parts, preamble=None, params=""):
    p = Message()
    p["Content-Type"] = f'multipart/{subtype};{params} boundary="{bnd}"'
    p.set_payload(list(parts))
    if preamble:
        p.preamble = preamble
    return p


# ---------------------------------------------------------------------------
# attachments
# ---------------------------------------------------------------------------

CTYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def placeholder(kind, name):
    if kind == "pdf":
        text = f"placeholder for {name} - blind15 fixture".encode("ascii", "replace").decode()
        stream = f"BT /F1 10 Tf 60 780 Td ({text}) Tj ET"
        objs = ["<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
                f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream"]
        out = "%PDF-1.4\n"
        for i, o in enumerate(objs, 1):
            out += f"{i} 0 obj\n{o}\nendobj\n"
        out += "trailer\n<< /Size 5 /Root 1 0 R >>\n%%EOF\n"
        return out.encode("ascii")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        def add(path, data):
            zi = zipfile.ZipInfo(path, date_time=(2026, 1, 1, 0, 0, 0))
            z.writestr(zi, data)
        main = "word/document.xml" if kind == "docx" else "xl/workbook.xml"
        add("[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
        add(main, "<placeholder>blind15 test fixture, no content</placeholder>")
    return buf.getvalue()


def attachment_part(att, client, r):
    name, kind, enc = att["name"], att["type"], att.get("enc")
    data = placeholder(kind, name)
    p = Message()
    ctype = CTYPES[kind]
    size = len(data)
    if is_ascii(name):
        p["Content-Type"] = f'{ctype}; name="{name}"'
        p["Content-Disposition"] = f'attachment; filename="{name}"; size={size}'
    elif enc == "2047":
        ewn = encoded_words(name, "utf-8", "B", maxlen=900)
        p["Content-Type"] = f'{ctype}; name="{ewn}"'
        p["Content-Description"] = ewn
        p["Content-Disposition"] = f'attachment; filename="{ewn}"; size={size}'
    else:  # RFC 2231 with continuations, as Thunderbird/Outlook for long names
        from urllib.parse import quote
        q = quote(name.encode("utf-8"), safe="")
        chunks = [q[i:i + 40] for i in range(0, len(q), 40)]
        # never split inside a %XX escape
        fixed, carry = [], ""
        for c in chunks:
            c = carry + c
            carry = ""
            cut = c.rfind("%")
            if cut != -1 and cut > len(c) - 3:
                carry, c = c[cut:], c[:cut]
            fixed.append(c)
        if carry:
            fixed[-1] += carry
        nparams = "; ".join(f"name*{i}*=" + (("utf-8''" if i == 0 else "") + c) for i, c in enumerate(fixed))
        fparams = "; ".join(f"filename*{i}*=" + (("utf-8''" if i == 0 else "") + c) for i, c in enumerate(fixed))
        p["Content-Type"] = f"{ctype}; {nparams}"
        p["Content-Disposition"] = f"attachment; {fparams}; size={size}"
    p["Content-Transfer-Encoding"] = "base64"
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    return p


# ---------------------------------------------------------------------------
# message assembly
# ---------------------------------------------------------------------------

def body_tree(m, r):
    """Return (root MIME part without top-level headers, has_attachment)."""
    st = m["structure"]
    client = m.get("client", "none")
    charset = m.get("charset", "utf-8")
    cte = m.get("cte", "quoted-printable")
    lang = m["language"]
    body = m.get("body", "")

    def alt():
        tp = text_part(body, "plain", charset, cte)
        hp = html_part(m, m.get("html") or html_from_text(body, client, charset if charset != "us-ascii" else "utf-8", lang))
        return multipart("alternative", boundary(client, r, "alt"), [tp, hp])

    if st == "plain" or st == "dsn_plain":
        return text_part(body, "plain", charset, cte), False
    if st == "html":
        return html_part(m, m["html"]), False
    if st == "alt":
        return alt(), False
    if st == "calendar":
        return calendar_tree(m, r), False
    if st == "mixed":
        first = alt() if m.get("body_alt") else text_part(body, "plain", charset, cte)
        parts = [first]
        for att in m.get("attachments", []):
            parts.append(attachment_part(att, client, r))
        if m.get("inner"):
            parts.append(forwarded_part(m["inner"], m["key"]))
        pre = "This is a multi-part message in MIME format." if client in ("thunderbird", "zimbra") else None
        return multipart("mixed", boundary(client, r, "mixed"), parts, preamble=pre), True
    if st == "dsn":
        return dsn_tree(m, r), False
    if st == "mdn":
        return mdn_tree(m, r), False
    raise ValueError(st)


def simple_message(spec, key, purpose, message_id_override=None):
    """A stand-alone message (forwarded original or returned copy) without Received."""
    r = rng_for(key, purpose)
    inner_m = dict(spec)
    inner_m.setdefault("client", "none")
    inner_m.setdefault("language", "en")
    msg = text_part(spec["body"], "plain", spec.get("charset", "utf-8"), spec.get("cte", "8bit"))
    hdrs = [("From", address(spec["sender"][0], spec["sender"][1], inner_m["client"])),
            ("To", spec["to"]),
            ("Subject", header_text(spec["subject"], inner_m["client"])),
            ("Date", format_datetime(parse_date(spec["date"]))),
            ("Message-ID", message_id_override or spec.get("message_id") or message_id(inner_m, r))]
    hdrs += list(spec.get("headers", []))
    if inner_m["client"] == "outlook":
        hdrs.append(("X-Mailer", "Microsoft Outlook 16.0"))
    return with_headers(msg, hdrs)


def with_headers(part, hdrs):
    ct = part["Content-Type"]
    cte = part["Content-Transfer-Encoding"]
    del part["Content-Type"]
    del part["Content-Transfer-Encoding"]
    for k, v in hdrs:
        part[k] = v
    part["MIME-Version"] = "1.0"
    part["Content-Type"] = ct
    if cte:
        part["Content-Transfer-Encoding"] = cte
    return part


def forwarded_part(spec, key):
    inner = simple_message(spec, key, "inner")
    p = MIMEMessage(inner)
    del p["MIME-Version"]
    safe = re.sub(r"[^A-Za-z0-9 _.,-]", "", spec["subject"])[:60].strip()
    p["Content-Disposition"] = f'attachment; filename="{safe}.eml"'
    return p


def dsn_tree(m, r):
    d = m["dsn"]
    human = text_part(m["body"], "plain", m.get("charset", "utf-8"), m.get("cte", "7bit"))
    human["Content-Description"] = "Notification"
    status = Message()
    status["Content-Type"] = "message/delivery-status"
    status["Content-Description"] = "Delivery report"
    blk = Message()
    blk["Reporting-MTA"] = f"dns; {d['reporting_mta']}"
    if d.get("postfix_queue_id"):
        blk["X-Postfix-Queue-ID"] = d["postfix_queue_id"]
        blk["X-Postfix-Sender"] = d["postfix_sender"]
    if d.get("received_from_mta"):
        blk["Received-From-MTA"] = f"dns; {d['received_from_mta']}"
    blk["Arrival-Date"] = d["arrival_date"]
    blocks = [blk]
    for rc in d["recipients"]:
        b = Message()
        b["Final-Recipient"] = f"rfc822; {rc['final']}"
        b["Original-Recipient"] = f"rfc822;{rc['final']}"
        b["Action"] = rc["action"]
        b["Status"] = rc["status"]
        if rc.get("remote_mta"):
            b["Remote-MTA"] = f"dns; {rc['remote_mta']}"
        if rc.get("diag"):
            b["Diagnostic-Code"] = rc["diag"]
        if rc.get("extra"):
            b["X-Postfix-Diagnostic"] = rc["extra"]
        if rc.get("will_retry_until"):
            b["Will-Retry-Until"] = rc["will_retry_until"]
        blocks.append(b)
    status.set_payload(blocks)
    o = d["original"]
    if d["returned"] == "message":
        ret = MIMEMessage(simple_message(o, m["key"], "returned", o.get("message_id")))
        del ret["MIME-Version"]
        ret["Content-Description"] = "Undelivered Message"
    else:
        lines = [f"Return-Path: <{o['sender'][1]}>",
                 f"From: {address(o['sender'][0], o['sender'][1])}",
                 f"To: {o['to']}",
                 f"Subject: {header_text(o['subject'], 'none')}",
                 f"Date: {format_datetime(parse_date(o['date']))}",
                 f"Message-ID: {o['message_id']}"]
        lines += [f"{k}: {v}" for k, v in o.get("headers", [])]
        lines += ["MIME-Version: 1.0", f"Content-Type: {o['content_type']}"]
        ret = Message()
        ret["Content-Description"] = "Undelivered Message Headers"
        ret["Content-Type"] = "text/rfc822-headers"
        ret["Content-Transfer-Encoding"] = "7bit"
        ret.set_payload("\n".join(lines) + "\n")
    return multipart("report", boundary("none", r), [human, status, ret],
                     params=" report-type=delivery-status;")


def mdn_tree(m, r):
    d = m["mdn"]
    human = text_part(m["body"], "plain", m.get("charset", "utf-8"), m.get("cte", "quoted-printable"))
    part = Message()
    part["Content-Type"] = "message/disposition-notification"
    blk = Message()
    blk["Reporting-UA"] = d["reporting_ua"]
    blk["Final-Recipient"] = f"rfc822;{d['final_recipient']}"
    blk["Original-Message-ID"] = d["original_message_id"]
    blk["Disposition"] = "manual-action/MDN-sent-manually; displayed"
    part.set_payload([blk])
    return multipart("report", boundary(m.get("client", "outlook"), r, "mixed"), [human, part],
                     params=" report-type=disposition-notification;")


def calendar_tree(m, r):
    c = m["calendar"]
    client = m.get("client", "outlook")
    tp = text_part(m["body"], "plain", "utf-8", m.get("cte", "quoted-printable"))
    hp = html_part(m, html_from_text(m["body"], client, "utf-8", m["language"]))
    stamp = parse_date(m["date"]).astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    att = "\n".join(f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="{n}":mailto:{a}'
                    for n, a in c["attendees"])
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="{c['organizer'][0]}":mailto:{c['organizer'][1]}
{att}
DESCRIPTION;LANGUAGE=en-GB:Bilateral meeting - see e-mail.
UID:{c['uid']}
SUMMARY;LANGUAGE=en-GB:{c['summary']}
DTSTART:{c['dtstart']}
DTEND:{c['dtend']}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:{c['location']}
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    cal = text_part(ics.replace("\n", "\r\n"), "calendar", "utf-8", "base64", extra_params="; method=REQUEST")
    return multipart("alternative", boundary(client, r, "alt"), [tp, hp, cal])


def received_header(m, r):
    dom = domain_of(m["sender"][1])
    host = dom if dom.split(".")[0] in ("mail", "mx", "smtp") else f"mail.{dom}"
    if m.get("client") == "mailer":
        host = f"mta{r.randint(1, 9)}.{dom}"
    ip = r.choice(["192.0.2", "198.51.100", "203.0.113"]) + f".{r.randint(10, 250)}"
    when = geneva_tz(parse_date(m["date"]) + dt.timedelta(seconds=r.randint(2, 40)))
    qid = rs(r, ALNUM, 12)
    return (f"from {host} ({host} [{ip}]) by mx1.ccm-isu.example (Postfix) with ESMTPS id {qid} "
            f"for <{INTAKE_ADDR}>; {format_datetime(when)}")


def build(m):
    r = rng_for(m["key"], "msg")
    root, has_att = body_tree(m, r)
    client = m.get("client", "none")
    extra = list(m.get("headers", []))
    extra_names = {k.lower() for k, _ in extra}
    hdrs = []
    rp = [v for k, v in extra if k.lower() == "return-path"]
    if rp:
        hdrs.append(("Return-Path", rp[0]))
    if not m.get("no_received"):
        hdrs.append(("Received", received_header(m, r)))
    hdrs.append(("From", address(m["sender"][0], m["sender"][1], client, m.get("name_enc"))))
    hdrs.append(("To", m.get("to") or D.INTAKE))
    if m.get("cc"):
        hdrs.append(("Cc", ", ".join(address(n, a, client) for n, a in m["cc"])))
    for k, v in extra:
        if k == "Reply-To":
            hdrs.append((k, v))
    hdrs.append(("Subject", header_text(m["subject"], client, m.get("subject_enc"))))
    hdrs.append(("Date", format_datetime(parse_date(m["date"]))))
    hdrs.append(("Message-ID", message_id(m, rng_for(m["key"], "mid"))))
    for name in ("In-Reply-To", "References"):
        for k, v in extra:
            if k == name:
                hdrs.append((k, v))
    for k, v in extra:
        if k == "Thread-Topic":
            hdrs.append((k, header_text(v, client, name=k)))
    for k, v in client_headers(m, r, has_att):
        if k.lower() not in extra_names:
            hdrs.append((k, v))
    if m["structure"] == "calendar":
        hdrs.append(("Content-class", "urn:content-classes:calendarmessage"))
    for k, v in extra:
        if k not in ("In-Reply-To", "References", "Thread-Topic", "Return-Path", "Reply-To"):
            hdrs.append((k, v))
    return with_headers(root, hdrs)


def to_bytes(msg, eol):
    buf = io.BytesIO()
    pol = policy.compat32.clone(linesep="\r\n" if eol == "crlf" else "\n")
    BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(msg)
    # compat32 leaves "Name: " + fold when the whole value moves to the next
    # line; mail clients write "Name:" + fold (no trailing blank)
    return re.sub(rb"(?m)^([A-Za-z][A-Za-z0-9-]*): (\r?\n[ \t])", rb"\1:\2", buf.getvalue())


# ---------------------------------------------------------------------------
# verification
# ---------------------------------------------------------------------------

def text_parts(msg):
    for p in msg.walk():
        if p.get_content_maintype() == "text" and p.get_content_disposition() != "attachment":
            yield p


def verify(fname, raw, label, m):
    errs = []
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    subj = msg["subject"]
    if not subj or not str(subj).strip() or "=?" in str(subj):
        errs.append("subject missing or not decoded")
    body = msg.get_body(preferencelist=("plain", "html"))
    if body is None:
        errs.append("no body")
    for p in text_parts(msg):
        try:
            content = p.get_content()
        except Exception as e:  # noqa: BLE001
            errs.append(f"text part does not decode: {e}")
            continue
        if "\ufffd" in content:
            errs.append("replacement character in decoded text")
    for p in msg.walk():
        if p.get_content_disposition() == "attachment":
            fn = p.get_filename()
            if not fn or "=?" in fn or "%" in fn:
                errs.append(f"attachment name not decoded: {fn!r}")
            if p.get_content_type() != "message/rfc822" and not p.get_content():
                errs.append("empty attachment")
        for d in p.defects:
            errs.append(f"defect {d!r}")
    # label
    for k in ("topic", "secondary", "language", "hard", "note"):
        if k not in label:
            errs.append(f"label lacks {k}")
    if label["topic"] not in TOPICS or label["language"] not in LANGS:
        errs.append("bad topic/language")
    kinds = m["hard"]
    if bool(kinds) != label["hard"]:
        errs.append("hard flag mismatch")
    if kinds and not label["note"].startswith(f"HARD({','.join(kinds)}): "):
        errs.append("note prefix mismatch")
    if not kinds and label["note"].startswith("HARD("):
        errs.append("non-hard note has HARD prefix")
    for k in kinds:
        if k not in KINDS:
            errs.append(f"unknown kind {k}")
    # kind <-> structure consistency
    ctype = msg.get_content_type()
    main_text = msg.get_body(preferencelist=("plain",))
    raw_subject = re.search(rb"^Subject: (.*(?:\r?\n[ \t].*)*)", raw, re.M).group(1).decode("ascii")
    charsets = {(p.get_content_charset() or "").lower() for p in msg.walk() if p.get_content_maintype() == "text"}
    charsets |= {c.lower() for c in re.findall(r"=\?([^?]+)\?", raw_subject)}
    is_legacy = bool(charsets & LEGACY)
    if "windows-1252" in charsets and not (charsets & (LEGACY - {"windows-1252"})):
        # windows-1252 is only "legacy" if bytes 0x80-0x9F (outside ISO-8859-1) are used
        is_legacy = bool(re.search(rb"[\x80-\x9f]", raw)) or bool(re.search(r"=[89][0-9A-F]", raw.decode("latin-1")))
    checks = {
        "html_only": ctype == "text/html",
        "base64_body": main_text is not None and main_text["content-transfer-encoding"] == "base64",
        "legacy_charset": is_legacy,
        "encoded_subject": "=?" in raw_subject and (raw_subject.count("=?") > 1 or "utf-8" not in raw_subject.lower()),
        "attachment_only_hint": any(p.get_content_disposition() == "attachment" for p in msg.walk())
                                and len(re.findall(r"\w+", body.get_content())) < 40,
        "reply_to_ack": bool(re.match(r"<ccm-2026-\d{4}\.ack@ccm-isu\.example>", msg.get("in-reply-to", "")))
                        and "[CCM-2026-" in str(subj),
        "forwarded_as_attachment": any(p.get_content_type() == "message/rfc822" for p in msg.walk()),
        "forwarded_chain": re.match(r"(FW|Fwd|TR|RV|WG):", str(subj)) is not None
                           and "From:" in body.get_content(),
        "lookalike_noise": label["topic"] == "not_an_enquiry",
        "no_auto_headers": "auto-submitted" not in msg and "x-auto-response-suppress" not in msg,
        "no_dsn_structure": ctype != "multipart/report" and label["topic"] == "not_an_enquiry",
        "enquiry_looks_like_noise": label["topic"] != "not_an_enquiry"
                                    and any(h in msg for h in ("list-unsubscribe", "auto-submitted", "precedence")),
        "multi_topic": bool(label["secondary"]) and label["topic"] != "general",
        "misleading_subject": bool(label["secondary"]),
        "ambiguous_general": label["topic"] == "general" and len(label["secondary"]) >= 2,
    }
    for k in kinds:
        if not checks[k]:
            errs.append(f"kind {k} not reflected in the message")
    if not kinds:
        for k in ("html_only", "base64_body", "legacy_charset"):
            if checks[k]:
                errs.append(f"non-hard message has {k} property")
    return errs, msg


def check_names(raw, parsed):
    """Invented names only: no dev-corpus State names, only reserved example domains."""
    chunks = [str(v) for k, v in parsed.items()]
    for p in parsed.walk():
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
            chunks.extend(str(v) for k, v in p.items())
        elif p.get_content_type() == "message/rfc822":
            chunks.extend(str(v) for k, v in p.get_content().items())
    text = "\n".join(chunks).lower()
    bad = [n for n in DEV_NAMES if n in text]
    doms = set(re.findall(r"@([a-z0-9.-]+)", text)) | set(re.findall(r"https?://([a-z0-9.-]+)", text))
    for d in doms:
        d = d.rstrip(".")
        if d == "www.w3.org":  # XHTML/Office namespace URIs in HTML parts
            continue
        if not re.search(r"(\.example|^example\.(org|com|net)|\.example\.(org|com|net))$", d):
            bad.append(d)
    return bad


# ---------------------------------------------------------------------------

def main():
    msgs = list(D.MESSAGES)
    keys = [m["key"] for m in msgs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    order = list(range(len(msgs)))
    random.Random(SEED + ":order").shuffle(order)
    for f in os.listdir(OUT):
        if re.match(r"m-\d{4}\.eml$", f):
            os.remove(os.path.join(OUT, f))
    labels, problems = {}, []
    stats = collections.Counter()
    for n, idx in enumerate(order, 1):
        m = msgs[idx]
        fname = f"m-{n:04d}.eml"
        msg = build(m)
        raw = to_bytes(msg, m.get("eol", "crlf"))
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(raw)
        labels[fname] = {"topic": m["topic"], "secondary": list(m["secondary"]),
                         "language": m["language"], "hard": bool(m["hard"]), "note": m["note"]}
        with open(os.path.join(OUT, fname), "rb") as fh:
            raw2 = fh.read()
        errs, parsed = verify(fname, raw2, labels[fname], m)
        bad = check_names(raw2, parsed)
        if bad:
            errs.append(f"forbidden names/domains: {bad}")
        if errs:
            problems.append((fname, m["key"], errs))
        # statistics
        stats["eol:" + ("CRLF" if b"\r\n" in raw2 else "LF")] += 1
        stats["root:" + parsed.get_content_type()] += 1
        for p in parsed.walk():
            if p.get_content_type() == "message/rfc822":
                stats["attach:message/rfc822"] += 1
            if p.is_multipart():
                continue
            cte = (p.get("content-transfer-encoding") or "7bit").lower()
            stats["cte:" + cte] += 1
            if p.get_content_maintype() == "text":
                stats["charset:" + (p.get_content_charset() or "us-ascii")] += 1
            if p.get_content_disposition() == "attachment" or p.get_content_type() == "message/rfc822":
                stats["attach:" + p.get_content_type()] += 1
        rawh = raw2.split(b"\r\n\r\n" if b"\r\n" in raw2 else b"\n\n", 1)[0]
        for cs, e in set(re.findall(rb"=\?([A-Za-z0-9_-]+)\?([QqBb])\?", rawh)):
            stats[f"rfc2047:{cs.decode().lower()}/{e.decode().upper()}"] += 1
        if re.search(rb"\*0\*=", raw2):
            stats["rfc2231 names"] += 1
        if parsed.get("in-reply-to"):
            stats["has In-Reply-To"] += 1
        if parsed.get("list-unsubscribe"):
            stats["has List-Unsubscribe"] += 1
        if parsed.get("auto-submitted"):
            stats["has Auto-Submitted"] += 1
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False, sort_keys=True)
        fh.write("\n")
    # check labels.json round trip and file set
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    with open(os.path.join(OUT, "labels.json"), encoding="utf-8") as fh:
        lab2 = json.load(fh)
    if sorted(lab2) != files:
        problems.append(("labels.json", "-", ["file set and labels differ"]))

    # report
    print(f"wrote {len(files)} messages + labels.json to {OUT}")
    topics = ["stockpile_destruction", "clearance", "victim_assistance", "reporting", "legislation",
              "general", "not_an_enquiry"]
    print("\n| topic | " + " | ".join(LANGS) + " | total | hard |")
    print("| --- | " + " | ".join("---:" for _ in LANGS) + " | ---: | ---: |")
    tot = collections.Counter()
    for t in topics:
        row = [v for v in lab2.values() if v["topic"] == t]
        cells = [sum(1 for v in row if v["language"] == lg) for lg in LANGS]
        for lg, c in zip(LANGS, cells):
            tot[lg] += c
        h = sum(v["hard"] for v in row)
        tot["hard"] += h
        print(f"| `{t}` | " + " | ".join(map(str, cells)) + f" | {len(row)} | {h} |")
    print("| **total** | " + " | ".join(str(tot[lg]) for lg in LANGS) + f" | {len(lab2)} | {tot['hard']} |")
    kc = collections.Counter(k for m in msgs for k in m["hard"])
    print("\nhard kinds: " + ", ".join(f"`{k}` {kc[k]}" for k in KINDS))
    print("\nformat statistics:")
    for k in sorted(stats):
        print(f"  {k}: {stats[k]}")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" ", p)
        sys.exit(1)
    print("\nall files parse back with email.policy.default and pass the checks")


if __name__ == "__main__":
    main()
