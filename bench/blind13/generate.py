#!/usr/bin/env python3
"""Build the blind13 corpus (m-0001.eml ... and labels.json) from corpus_data.py.

Deterministic: every random choice (Message-IDs, MIME boundaries, relay ids,
IP addresses, file order) comes from seeded random.Random instances, and the
placeholder attachments are built with fixed timestamps.  After writing, every
file is parsed back with email.policy.default and checked.

Run:  /work/main/.venv/bin/python -B /work/main/bench/blind13/generate.py
"""

import base64
import collections
import datetime as _dt
import email
import email.utils
import glob
import html as _html
import io
import json
import os
import quopri
import random
import re
import sys
import textwrap
import urllib.parse
import zipfile
from email import policy as _policy
from email.generator import BytesGenerator
from email.message import Message

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import corpus_data as D  # noqa: E402

INTAKE = "CCM Implementation Support Unit <intake@ccm-isu.example>"
TOPICS = ["stockpile_destruction", "clearance", "victim_assistance", "reporting",
          "legislation", "general", "not_an_enquiry"]
LANGS = ["en", "fr", "es", "ar", "pt", "ru", "de"]
KINDS = ["multi_topic", "misleading_subject", "ambiguous_general", "html_only",
         "base64_body", "legacy_charset", "encoded_subject", "attachment_only_hint",
         "reply_to_ack", "forwarded_chain", "forwarded_as_attachment", "lookalike_noise",
         "no_auto_headers", "no_dsn_structure", "enquiry_looks_like_noise"]
SHUFFLE_SEED = 1313
WRAP_CLIENTS = {"thunderbird", "roundcube", "notes", "zimbra", "mutt", "robot"}


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------

def rnd_for(key, salt=""):
    return random.Random("blind13:%s:%s" % (key, salt))


def rstr(r, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(r.choice(alphabet) for _ in range(n))


def parse_date(s):
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def fmt_date(s):
    return email.utils.format_datetime(parse_date(s))


_Q_SAFE = set(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def _qword(b):
    out = []
    for byte in b:
        if byte == 0x20:
            out.append("_")
        elif byte in _Q_SAFE:
            out.append(chr(byte))
        else:
            out.append("=%02X" % byte)
    return "".join(out)


def encoded_words(text, charset="utf-8", enc="q", limit=72, first_limit=62):
    """RFC 2047 encode `text` as one or more encoded-words (never splitting a
    character), separated by single spaces (folding points)."""
    cs = charset.lower()

    def ew(s):
        b = s.encode(cs)
        if enc == "b":
            return "=?%s?B?%s?=" % (cs, base64.b64encode(b).decode("ascii"))
        return "=?%s?Q?%s?=" % (cs, _qword(b))

    words, cur = [], ""
    for ch in text:
        lim = first_limit if not words else limit
        if cur and len(ew(cur + ch)) > lim:
            words.append(ew(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(ew(cur))
    return " ".join(words)


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def encode_header_text(text, charset="utf-8", enc="q", style="full"):
    """Return an ASCII header value for unstructured text."""
    if is_ascii(text):
        return text
    if style == "partial":
        # keep the leading run of ASCII words (e.g. "RE: [CCM-2026-0433]") plain
        words = text.split(" ")
        head = []
        while words and is_ascii(words[0]):
            head.append(words.pop(0))
        if head:
            return " ".join(head) + " " + encoded_words(" ".join(words), charset, enc)
    return encoded_words(text, charset, enc)


def fmt_addr(name, addr, charset="utf-8", enc="q"):
    if not name:
        return addr
    if is_ascii(name):
        return email.utils.formataddr((name, addr))
    return "%s <%s>" % (encoded_words(name, charset, enc), addr)


def wrap_text(text, width=74):
    """Wrap long lines the way a plain-text client would (quotes and list
    items keep their prefix)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        m = re.match(r"^((?:> ?)*)((?:[-*\u2013\u2014\u2022]|\d+[.)]|[a-z][.)])\s+)?", line)
        quote = m.group(1) or ""
        bullet = m.group(2) or ""
        body = line[len(quote) + len(bullet):]
        w = textwrap.wrap(body, width=width - len(quote) - len(bullet),
                          break_long_words=False, break_on_hyphens=False)
        for i, piece in enumerate(w):
            if i == 0:
                out.append(quote + bullet + piece)
            else:
                out.append(quote + " " * len(bullet) + piece)
    return "\n".join(out)


# --------------------------------------------------------------------------
# client styles
# --------------------------------------------------------------------------

def boundary(client, r, n=0):
    if client in ("outlook", "exchange"):
        return "_%03d_%s%s_" % (n * 2, rstr(r, 8), rstr(r, 22, "0123456789ABCDEF"))
    if client in ("gmail", "googlecal"):
        return "0000000000" + rstr(r, 16, "0123456789abcdef")
    if client == "thunderbird":
        return "------------" + rstr(r, 24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    if client in ("apple", "iphone"):
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (rstr(r, 8, "0123456789ABCDEF"), rstr(r, 4, "0123456789ABCDEF"),
                                                rstr(r, 4, "0123456789ABCDEF"), rstr(r, 4, "0123456789ABCDEF"),
                                                rstr(r, 12, "0123456789ABCDEF"))
    if client == "roundcube":
        return "=_" + rstr(r, 32, "0123456789abcdef")
    if client == "zimbra":
        return "=_%s-%s" % (rstr(r, 8, "0123456789abcdef"), rstr(r, 8, "0123456789abcdef"))
    if client == "notes":
        return "=_alternative %s_=" % rstr(r, 16, "0123456789ABCDEF")
    if client in ("postfix", "dsn"):
        return "%s.%d/%s" % (rstr(r, 10, "0123456789ABCDEF"), 1780000000 + r.randint(0, 9999999), "mx")
    return "----=_Part_%d_%d.%d" % (r.randint(10000, 99999), r.randint(100000000, 999999999),
                                     1780000000000 + r.randint(0, 999999999))


def message_id(client, r, domain):
    if client in ("outlook", "exchange"):
        pre = rstr(r, 4) + "PR" + rstr(r, 2, "0123456789") + "MB" + rstr(r, 4, "0123456789")
        return "<%s%s@%s.%s>" % (pre, rstr(r, 32, "0123456789ABCDEF"), pre, domain)
    if client in ("gmail", "googlecal"):
        return "<CA+%s@mail.%s>" % (rstr(r, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-="), domain)
    if client in ("thunderbird", "apple", "iphone"):
        h = "0123456789abcdef" if client == "thunderbird" else "0123456789ABCDEF"
        return "<%s-%s-%s-%s-%s@%s>" % (rstr(r, 8, h), rstr(r, 4, h), rstr(r, 4, h), rstr(r, 4, h), rstr(r, 12, h), domain)
    if client == "roundcube":
        return "<%s@%s>" % (rstr(r, 32, "0123456789abcdef"), domain)
    if client == "notes":
        return "<OF%s.%s-ON%s.%s@%s>" % (rstr(r, 8, "0123456789ABCDEF"), rstr(r, 8, "0123456789ABCDEF"),
                                         rstr(r, 8, "0123456789ABCDEF"), rstr(r, 8, "0123456789ABCDEF"), domain)
    return "<%d.%s.%s@%s>" % (r.randint(1000000, 9999999), rstr(r, 12, "0123456789abcdef"),
                              rstr(r, 6, "abcdefghijklmnopqrstuvwxyz"), domain)


CLIENT_HEADERS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
    "exchange": [("X-MS-Exchange-Organization-SCL", "-1")],
    "gmail": [],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "apple": [("X-Mailer", "Apple Mail (2.3774.600.62)")],
    "iphone": [("X-Mailer", "iPhone Mail (21F90)")],
    "roundcube": [("User-Agent", "Roundcube Webmail/1.6.7")],
    "zimbra": [("X-Mailer", "Zimbra 10.0.8_GA_4608 (ZimbraWebClient - FF128 (Win)/10.0.8_GA_4608)")],
    "notes": [("X-Mailer", "HCL Notes Release 12.0.2 November 03, 2022"),
              ("X-MIMETrack", "Serialize by Router on SRV-MAIL01/MIN at 2026 12:00:00")],
    "android": [("X-Mailer", "Android Mail")],
    "thebat": [("X-Mailer", "The Bat! (v10.5.3) Professional")],
    "mutt": [("User-Agent", "NeoMutt/20231103")],
    "robot": [],
    "postfix": [],
    "googlecal": [],
}


def html_from_text(text, client, rtl=False):
    paras = re.split(r"\n\s*\n", text.strip("\n"))
    dir_attr = ' dir="rtl"' if rtl else ""

    def para_html(p):
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "\n".join(re.sub(r"^> ?", "", l) for l in lines)
            return '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % \
                "<br>\n".join(_html.escape(l) for l in inner.split("\n"))
        return "<br>\n".join(_html.escape(l) for l in lines)

    if client in ("outlook", "exchange"):
        body = "\n".join('<p class="MsoNormal"%s>%s<o:p></o:p></p>' % (dir_attr, para_html(p)) for p in paras)
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\n/* Font Definitions */\n@font-face {font-family:Calibri;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;margin-bottom:10.0pt;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                '--></style>\n</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % body)
    if client in ("gmail", "googlecal"):
        body = "<div><br></div>".join('<div%s>%s</div>' % (dir_attr, para_html(p)) for p in paras)
        return '<div dir="%s">%s</div>\n' % ("rtl" if rtl else "ltr", body)
    if client in ("apple", "iphone"):
        body = "<div><br></div>".join("<div>%s</div>" % para_html(p) for p in paras)
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"%s>'
                '%s</body></html>\n' % (dir_attr, body))
    body = "\n".join("<p%s>%s</p>" % (dir_attr, para_html(p)) for p in paras)
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
            '</head>\n<body style="font-family: Arial, Helvetica, sans-serif; font-size: 10pt">\n%s\n</body>\n</html>\n' % body)


# --------------------------------------------------------------------------
# placeholder attachments
# --------------------------------------------------------------------------

def make_pdf(title):
    t = re.sub(r"[^A-Za-z0-9 _.-]", "_", title)[:80]
    body = ("%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            "4 0 obj<</Title(%s)/Producer(placeholder)>>endobj\n"
            "trailer<</Root 1 0 R/Info 4 0 R>>\n%%%%EOF\n" % t)
    return body.encode("ascii")


def make_ooxml(kind, title):
    buf = io.BytesIO()
    ts = (2026, 1, 5, 10, 0, 0)
    t = _html.escape(title)
    if kind == "docx":
        ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        part = ("word/document.xml",
                '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                '<w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>' % t)
    else:
        ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')
        part = ("xl/workbook.xml",
                '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                '<sheets><sheet name="%s" sheetId="1"/></sheets></workbook>' % t[:31])
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), part):
            zi = zipfile.ZipInfo(name, date_time=ts)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


MIME_OF = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}


def filename_params(name, client):
    """Content-Type name / Content-Disposition filename parameters.
    Non-ASCII names: RFC 2231 in the disposition (with continuations when
    long); Outlook also puts an RFC 2047 encoded-word in the name param."""
    if is_ascii(name):
        return 'name="%s"' % name, 'filename="%s"' % name
    pct = urllib.parse.quote(name.encode("utf-8"), safe="")
    if len(pct) <= 50:
        disp = "filename*=utf-8''%s" % pct
    else:
        chunks = [pct[i:i + 50] for i in range(0, len(pct), 50)]
        # do not split a %XX escape across chunks
        fixed, carry = [], ""
        for c in chunks:
            c = carry + c
            carry = ""
            m = re.search(r"%[0-9A-F]?$", c)
            if m:
                carry = c[m.start():]
                c = c[:m.start()]
            fixed.append(c)
        if carry:
            fixed.append(carry)
        parts = []
        for i, c in enumerate(fixed):
            parts.append("filename*%d*=%s%s" % (i, "utf-8''" if i == 0 else "", c))
        disp = ";\n\t".join(parts)
    if client in ("outlook", "exchange"):
        ctn = 'name="%s"' % encoded_words(name, "utf-8", "b", limit=200)
    else:
        ctn = "name*=utf-8''%s" % pct if len(pct) <= 60 else 'name="%s"' % encoded_words(name, "utf-8", "b", limit=200)
    return ctn, disp


def attachment_part(att, client, linesep):
    typ = att["type"]
    name = att.get("name")
    if typ == "rfc822":
        inner = build_message(att["spec"], linesep, top=False)
        m = Message()
        m["Content-Type"] = "message/rfc822"
        if name:
            _, disp = filename_params(name, client)
            m["Content-Disposition"] = "attachment;\n\t" + disp
        else:
            m["Content-Disposition"] = "attachment"
        m.set_payload([inner])
        return m
    if typ == "ics":
        data = att["text"].replace("\n", "\r\n").encode("utf-8")
        m = Message()
        m["Content-Type"] = 'text/calendar; charset="UTF-8"; method=%s; name="%s"' % (att.get("method", "REQUEST"), name)
        m["Content-Disposition"] = 'attachment; filename="%s"' % name
        m["Content-Transfer-Encoding"] = "base64"
        m.set_payload(base64.encodebytes(data).decode("ascii"))
        return m
    maintype, subtype = MIME_OF[typ]
    data = make_pdf(name) if typ == "pdf" else make_ooxml(typ, name)
    ctn, disp = filename_params(name, client)
    m = Message()
    m["Content-Type"] = "%s/%s;\n\t%s" % (maintype, subtype, ctn)
    if client in ("outlook", "exchange"):
        m["Content-Description"] = encode_header_text(name, "utf-8", "b")
    m["Content-Disposition"] = "attachment;\n\t%s" % disp
    m["Content-Transfer-Encoding"] = "base64"
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


# --------------------------------------------------------------------------
# text parts
# --------------------------------------------------------------------------

def text_part(text, subtype, charset, cte, extra_params=""):
    if not text.endswith("\n"):
        text += "\n"
    data = text.encode(charset)
    if cte == "7bit":
        assert is_ascii(text), "7bit part with non-ASCII text"
    m = Message()
    ct = 'text/%s; charset="%s"' % (subtype, charset)
    if extra_params:
        ct += "; " + extra_params
    m["Content-Type"] = ct
    m["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    else:
        payload = data.decode("ascii", "surrogateescape")
    m.set_payload(payload)
    return m


def fix_meta(html_text, charset):
    return re.sub(r"charset=(?:utf-8|UTF-8)", "charset=" + charset, html_text)


def html_text_for(spec):
    if spec.get("html"):
        return spec["html"]
    return html_from_text(spec["body"], spec["client"], rtl=spec["language"] == "ar")


def body_tree(spec, r, linesep):
    """Return the MIME tree (a Message without top-level envelope headers)."""
    client = spec["client"]
    structure = spec.get("structure", "plain")
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    html_cte = spec.get("html_cte", "quoted-printable" if cte in ("7bit", "8bit") else cte)
    if cte == "7bit" and structure in ("alt", "html") and not is_ascii(html_text_for(spec)):
        html_cte = "quoted-printable"
    body = spec.get("body", "")
    if structure in ("plain", "alt", "calendar_reply") and (client in WRAP_CLIENTS or cte in ("7bit", "8bit")):
        body = wrap_text(body)
    nb = [0]

    def newb():
        nb[0] += 1
        return boundary(client, r, nb[0])

    def multipart(sub, parts, extra=""):
        m = Message()
        m["Content-Type"] = 'multipart/%s;%s\n\tboundary="%s"' % (sub, extra, newb())
        for p in parts:
            m.attach(p)
        if client == "thunderbird":
            m.preamble = "This is a multi-part message in MIME format."
        return m

    if structure == "plain":
        fp = ' format=flowed' if client == "thunderbird" and spec.get("flowed", True) else ""
        core = text_part(body, "plain", charset, cte, fp.strip())
    elif structure == "html":
        core = text_part(fix_meta(html_text_for(spec), charset), "html", charset, cte)
    elif structure == "alt":
        core = multipart("alternative", [text_part(body, "plain", charset, cte),
                                         text_part(fix_meta(html_text_for(spec), charset), "html", charset, html_cte)])
    elif structure == "calendar_reply":
        cal = spec["ics"].replace("\n", "\r\n")
        core = multipart("alternative", [text_part(body, "plain", charset, cte),
                                         text_part(cal, "calendar", "utf-8", "base64", "method=REPLY")])
    elif structure == "dsn":
        parts = [text_part(wrap_text(spec["dsn_text"]), "plain", "us-ascii" if is_ascii(spec["dsn_text"]) else charset, cte)]
        ds = Message()
        ds["Content-Type"] = "message/delivery-status"
        blocks = []
        blk = Message()
        for k, v in spec["dsn_message_fields"]:
            blk[k] = v
        blocks.append(blk)
        for rec in spec["dsn_recipients"]:
            b = Message()
            for k, v in rec:
                b[k] = v
            blocks.append(b)
        ds.set_payload(blocks)
        parts.append(ds)
        ret = spec["dsn_returned"]
        if ret["kind"] == "headers":
            parts.append(text_part(ret["text"], "rfc822-headers", "us-ascii", "7bit"))
        else:
            rm = Message()
            rm["Content-Type"] = "message/rfc822"
            rm.set_payload([build_message(ret["spec"], linesep, top=False)])
            parts.append(rm)
        core = multipart("report", parts, ' report-type=delivery-status;')
    elif structure == "mdn":
        parts = [text_part(spec["mdn_text"], "plain", charset, cte)]
        md = Message()
        md["Content-Type"] = "message/disposition-notification"
        md.set_payload(spec["mdn_fields"].strip("\n").replace("\n", linesep) + linesep)
        parts.append(md)
        core = multipart("report", parts, ' report-type=disposition-notification;')
    else:
        raise ValueError(structure)

    atts = spec.get("attachments") or []
    if atts:
        core = multipart("mixed", [core] + [attachment_part(a, client, linesep) for a in atts])
    return core


def build_message(spec, linesep, top=True):
    key = spec["key"]
    r = rnd_for(key, "top" if top else "inner")
    client = spec["client"]
    name, addr = spec["sender"]
    domain = addr.split("@", 1)[1]
    ncs = spec.get("name_charset", "utf-8")
    nenc = spec.get("name_enc", "q")

    tree = body_tree(spec, r, linesep)
    msg = Message()
    if top:
        for k, v in spec.get("pre_headers", []):
            msg[k] = v
        ip = "%s.%d" % (r.choice(["192.0.2", "198.51.100", "203.0.113"]), r.randint(10, 250))
        relay = spec.get("relay_host") or ("mail." + domain if not domain.startswith("mail.") else domain)
        d = parse_date(spec["date"]) + _dt.timedelta(seconds=r.randint(3, 40))
        msg["Received"] = ("from %s (%s [%s]) by mx1.ccm-isu.example (Postfix) with ESMTPS id %s "
                           "for <intake@ccm-isu.example>; %s" % (relay, relay, ip, rstr(r, 12, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
                                                                  email.utils.format_datetime(d)))
    msg["From"] = fmt_addr(name, addr, ncs, nenc)
    to = spec.get("to") or ([INTAKE] if top else [])
    if to:
        msg["To"] = ", ".join((fmt_addr(t[0], t[1], ncs, nenc) if isinstance(t, (tuple, list)) else t) for t in to)
    if spec.get("cc"):
        msg["Cc"] = ", ".join((fmt_addr(t[0], t[1], ncs, nenc) if isinstance(t, (tuple, list)) else t) for t in spec["cc"])
    if spec.get("reply_to"):
        t = spec["reply_to"]
        msg["Reply-To"] = fmt_addr(t[0], t[1], ncs, nenc)
    msg["Subject"] = encode_header_text(spec["subject"], spec.get("subject_charset", "utf-8"),
                                        spec.get("subject_enc", "q"), spec.get("subject_style", "full"))
    msg["Date"] = fmt_date(spec["date"])
    msg["Message-ID"] = spec.get("message_id") or message_id(client, r, domain)
    if spec.get("in_reply_to"):
        msg["In-Reply-To"] = spec["in_reply_to"]
        msg["References"] = spec.get("references", spec["in_reply_to"])
    if client in ("outlook", "exchange") and top:
        msg["Thread-Topic"] = encode_header_text(re.sub(r"^(?:RE|Re|AW|RV|TR|FW|Fwd?):\s*", "", spec["subject"]),
                                                 spec.get("subject_charset", "utf-8"), spec.get("subject_enc", "q"))
        msg["Thread-Index"] = base64.b64encode(bytes(r.randrange(256) for _ in range(22))).decode("ascii")
        lang = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES", "pt": "pt-PT", "de": "de-DE", "ru": "ru-RU", "ar": "ar-SA"}
        msg["Content-Language"] = lang.get(spec["language"], "en-US")
    for k, v in CLIENT_HEADERS.get(client, []):
        msg[k] = v
    for k, v in spec.get("headers", []):
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    # copy the MIME tree's headers and payload onto the envelope
    for k, v in tree.items():
        msg[k] = v
    msg._payload = tree._payload  # raw (may hold surrogate-escaped 8bit bytes)
    msg.preamble = tree.preamble
    msg.epilogue = tree.epilogue
    return msg


def serialize(msg, linesep):
    buf = io.BytesIO()
    pol = _policy.compat32.clone(linesep=linesep, max_line_length=78)
    BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(msg, unixfrom=False)
    return buf.getvalue()


# --------------------------------------------------------------------------
# labels, checks, README
# --------------------------------------------------------------------------

def label_of(spec):
    note = spec["note"]
    if spec["hard"]:
        note = "HARD(%s): %s" % (",".join(spec["kinds"]), note)
    return {"topic": spec["topic"], "secondary": list(spec["secondary"]), "language": spec["language"],
            "hard": bool(spec["hard"]), "note": note}


def visible_text(m):
    """Decoded text of every text/* leaf (incl. nested message/rfc822)."""
    out = []
    for part in m.walk():
        if part.get_content_maintype() == "text" and not part.get_filename():
            out.append(part.get_content())
    return "\n".join(out)


def check_file(path, spec, lab, errors):
    raw = open(path, "rb").read()
    # headers must be pure ASCII (encoded-words only)
    head = raw.split(b"\r\n\r\n" if spec.get("linesep", "crlf") == "crlf" else b"\n\n", 1)[0]
    if any(b > 127 for b in head):
        errors.append("%s: raw non-ASCII in top-level header" % path)
    m = email.message_from_bytes(raw, policy=_policy.default)
    subj = m["subject"]
    if subj is None or "=?" in str(subj):
        errors.append("%s: subject did not decode: %r" % (path, subj))
    elif str(subj) != spec["subject"]:
        errors.append("%s: subject mismatch %r != %r" % (path, str(subj), spec["subject"]))
    if m.defects:
        errors.append("%s: defects %r" % (path, m.defects))
    for part in m.walk():
        if part.defects:
            errors.append("%s: part defects %r in %s" % (path, part.defects, part.get_content_type()))
    body = m.get_body(preferencelist=("plain", "html"))
    if body is None:
        errors.append("%s: no text body" % path)
    else:
        try:
            txt = body.get_content()
        except Exception as e:  # noqa: BLE001
            errors.append("%s: body does not decode: %s" % (path, e))
            txt = ""
        if len(txt.strip()) < 10:
            errors.append("%s: empty body" % path)
        if "\ufffd" in txt:
            errors.append("%s: replacement char in body" % path)
    # every attachment has a usable name
    for a in spec.get("attachments") or []:
        if a.get("name"):
            names = [p.get_filename() for p in m.walk() if p.get_filename()]
            if a["name"] not in names:
                errors.append("%s: attachment name %r not recovered (%r)" % (path, a["name"], names))
    # the label
    if lab["topic"] not in TOPICS or lab["language"] not in LANGS:
        errors.append("%s: bad label %r" % (path, lab))
    for s in lab["secondary"]:
        if s not in TOPICS or s == lab["topic"]:
            errors.append("%s: bad secondary %r" % (path, s))
    if lab["hard"] != lab["note"].startswith("HARD("):
        errors.append("%s: hard flag / note prefix mismatch" % path)
    if lab["hard"]:
        kinds = re.match(r"HARD\(([^)]*)\): ", lab["note"]).group(1).split(",")
        for k in kinds:
            if k not in KINDS:
                errors.append("%s: unknown kind %r" % (path, k))
    # format facts behind the hard kinds
    kinds = set(spec.get("kinds") or [])
    text_leaves = [p for p in m.walk() if p.get_content_maintype() == "text" and not p.get_filename()]
    ctes = {p.get("content-transfer-encoding", "7bit").lower() for p in text_leaves}
    charsets = {(p.get_content_charset() or "us-ascii").lower() for p in text_leaves}
    if ("base64_body" in kinds) != ("base64" in {(body or m).get("content-transfer-encoding", "").lower()}):
        errors.append("%s: base64_body kind vs body encoding mismatch" % path)
    if "html_only" in kinds and not (body is not None and body.get_content_type() == "text/html"
                                     and not any(p.get_content_type() == "text/plain" for p in text_leaves)):
        errors.append("%s: html_only but has text/plain" % path)
    if "html_only" not in kinds and spec["structure"] == "html":
        errors.append("%s: html-only structure without html_only kind" % path)
    legacy = {"windows-1251", "windows-1252", "windows-1256", "koi8-r", "iso-8859-5", "cp1251"}
    for p in text_leaves:
        cs = (p.get_content_charset() or "us-ascii").lower()
        if cs in legacy:
            t = p.get_content()
            outside = not _latin1_ok(t)
            if outside and "legacy_charset" not in kinds and not spec.get("nested_legacy_ok"):
                errors.append("%s: %s text outside ISO-8859-1 but no legacy_charset kind" % (path, cs))
    scs = spec.get("subject_charset", "utf-8").lower()
    if scs in legacy and not _latin1_ok(spec["subject"]) and "legacy_charset" not in kinds:
        errors.append("%s: %s subject outside ISO-8859-1 but no legacy_charset kind" % (path, scs))
    if "legacy_charset" in kinds and not (charsets & legacy):
        errors.append("%s: legacy_charset kind but charsets %r" % (path, charsets))
    if "reply_to_ack" in kinds and not (m["in-reply-to"] and "[CCM-2026-" in str(subj)):
        errors.append("%s: reply_to_ack without In-Reply-To/ref" % path)
    if "no_auto_headers" in kinds and (m["auto-submitted"] or m["x-auto-response-suppress"]):
        errors.append("%s: no_auto_headers but has auto headers" % path)
    if "no_dsn_structure" in kinds and m.get_content_type() == "multipart/report":
        errors.append("%s: no_dsn_structure but multipart/report" % path)
    if "forwarded_as_attachment" in kinds and not any(p.get_content_type() == "message/rfc822" for p in m.walk()):
        errors.append("%s: forwarded_as_attachment without message/rfc822" % path)
    if ".example" not in m["from"].addresses[0].domain and not m["from"].addresses[0].domain.endswith("example"):
        errors.append("%s: non-example sender domain" % path)
    return m, ctes, charsets


def _latin1_ok(t):
    try:
        t.encode("iso-8859-1")
        return True
    except UnicodeEncodeError:
        return False


def structure_name(m):
    ct = m.get_content_type()
    if ct == "multipart/mixed":
        inner = [p.get_content_type() for p in m.iter_parts()]
        tag = "multipart/mixed"
        if "message/rfc822" in inner:
            tag += " (message/rfc822 forward)"
        elif "text/calendar" in inner:
            tag += " (text/calendar)"
        else:
            tag += " (attachments)"
        return tag
    if ct == "multipart/report":
        return "multipart/report (%s)" % m.get_param("report-type")
    if ct == "multipart/alternative":
        inner = [p.get_content_type() for p in m.iter_parts()]
        if "text/calendar" in inner:
            return "multipart/alternative (text/calendar)"
    return ct


README_TEMPLATE = """# blind13: held-out test corpus for the CCM intake classifier (boundary cases)

{n} hand-written e-mails to `intake@ccm-isu.example` with gold labels in
`labels.json`, same label scheme, labelling rules and file format as the
development corpus (`/work/shared/corpus/dev/README.md`).

**Written blind.** The author of this set read only the dev corpus README and
a handful of its messages and labels.  Nothing under `/work/main/intake/`,
`/work/main/routing_rules/`, `/work/main/templates/`, `/work/main/tests/`,
`/work/main/bench/` (other than this directory), `/work/shared/SPEC.md` or
`/work/shared/DESIGN.md` was read.  The service and its classifier were not
run, and no git command was used.  The messages do not copy or paraphrase
dev messages: senders, States, situations and wording are new.

## What this set stresses

Each label is what a careful ISU triager would decide from the main ask.
Many messages sit near a boundary between labels, so a classifier that
keys on vocabulary alone gets them wrong:

* **general vs a topic.**
  * Donor offers: one earmarked for clearance is `clearance`; an
    unearmarked envelope spread over three pillars is `general`.
  * Meetings: sponsorship to attend the Meeting of States Parties or a
    proposed agenda item is `general`; a regional land-release workshop
    asking for clearance speakers is `clearance`.
  * Country visits: a visit by the ISU Director to all national actors is
    `general`; a technical visit to a destruction range is
    `stockpile_destruction`.
  * Trainings: one covering Article 7 reporting and the implementing law in
    equal parts is `general`; one on filling in Forms A-J is `reporting`.
  * Universalisation: outreach to neighbours that have not joined is
    `general`; the accession instrument and toolkit for a State that has
    decided to join is `legislation`.
  * Questions about the ISU itself: support letters, voluntary
    contributions, Country Coalitions and addresses are `general`; a
    newly appointed victim assistance focal point asking for induction is
    `victim_assistance`; a lost account for submitting Article 7 reports is
    `reporting`.
* **topic vs topic.**
  * Keeping live submunitions from the destruction programme to train
    clearance teams (Art. 3.6) is `stockpile_destruction`, not `clearance`.
  * How to report destruction, retention, clearance or victim figures in
    Forms B, D, F, H or I is `reporting`, not the topic of the figures.
  * Help with the destruction programme itself is `stockpile_destruction`,
    even when the subject is about a report form.
  * A regulation that makes the defence ministry responsible for
    destroying stocks is `legislation` when the ask is legal drafting.
  * A survey of survivors' needs is `victim_assistance`; a non-technical
    survey that uses casualty records to find strike sites is `clearance`.
  * Survivors trained to deliver risk education is `clearance`; care for
    children injured after a risk-education visit is `victim_assistance`.
  * An Article 3 extension request is `stockpile_destruction`; an Article 4
    extension request is `clearance`, even when the subject says
    "Article 7 report".
* **not_an_enquiry vs enquiry.**
  * These are `not_an_enquiry`: out-of-office replies with and without
    auto headers, a DSN in `multipart/report`, a plain-text bounce in
    Spanish, a read receipt, a calendar "Accepted" reply, a helpdesk
    ticket acknowledgement caused by our acknowledgement, a newsletter
    about reporting and clearance, phishing that imitates a thread reply,
    a commercial newsletter and a parcel scam.
  * These stay enquiries: a forwarded bounce with a question, a forwarded
    calendar invitation with a question, a document-system "shared with
    you" notification carrying a clerk's legal question, and a terse
    mobile note.

## Counts

{n} messages, {nh} marked hard ({pct_hard}%).

{count_table}

Hard-case kinds: {kinds}

## Format statistics

Top-level structure:

| structure | files |
| --- | ---: |
{structures}

Content-Transfer-Encoding of text parts (one count per file and encoding):

| encoding | files |
| --- | ---: |
{ctes}

Charsets of text parts (one count per file and charset):

| charset | files |
| --- | ---: |
{charsets}

Other features:

| feature | files |
| --- | ---: |
{misc}

The mail-client styles are Outlook/Exchange, Gmail, Thunderbird, Apple
Mail/iPhone, Roundcube, Zimbra, HCL Notes, The Bat! and Android, plus robots
(Postfix, GLPI, Listmonk, a parliament document system, phishing kits).
Subjects, display names and attachment names use RFC 2047 encoded-words
(Q and B, in utf-8, iso-8859-1, windows-1251, windows-1256 and koi8-r,
split over several words when long) and RFC 2231 parameters.  Attachments
(PDF, DOCX, XLSX, ICS, message/rfc822) are small placeholders whose names
matter.

## Files

* `corpus_data.py`: content and gold label of every message (data only).
* `generate.py`: builds `m-NNNN.eml`, `labels.json` and this README
  deterministically.  Message-IDs, boundaries and file order come from fixed
  seeds.  It then parses every file back with `email.policy.default` and
  checks that the subject decodes, that the body decodes without
  replacement characters, and that the attachment names are recovered.  It
  also checks that the label is valid and that each hard kind matches the
  real format (base64 body, legacy charset, HTML-only, In-Reply-To, auto
  headers, DSN structure, message/rfc822).
* `labels.json`: `topic`, `secondary`, `language`, `hard`, `note`.  Notes of
  hard cases start with `HARD(kind[,kind]): `.

Regenerate with:

    /work/main/.venv/bin/python -B /work/main/bench/blind13/generate.py

## Fictional data

All States (Harrowmere, Caldmoor, Estovar, Vardholm, Penhallow, Sénarie,
Kérouan, Valdecasas, Puerto Anaya, Stavonia, Bergmark, Wadi al-Nour, ...),
people, organisations, phone numbers (+999 ...) and domains (`*.example`,
`example.org`) are invented.
"""


def main():
    specs = D.MESSAGES
    keys = [s["key"] for s in specs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    order = list(range(len(specs)))
    random.Random(SHUFFLE_SEED).shuffle(order)

    for old in glob.glob(os.path.join(HERE, "m-*.eml")):
        os.remove(old)

    labels = {}
    files = []
    for n, idx in enumerate(order, 1):
        spec = specs[idx]
        fname = "m-%04d.eml" % n
        linesep = "\r\n" if spec.get("linesep", "crlf") == "crlf" else "\n"
        raw = serialize(build_message(spec, linesep), linesep)
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(raw)
        labels[fname] = label_of(spec)
        files.append((fname, spec))

    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")

    # ---------------- parse back and check
    errors = []
    stats = collections.Counter()
    cte_stats, cs_stats, struct_stats = collections.Counter(), collections.Counter(), collections.Counter()
    misc = collections.Counter()
    for fname, spec in files:
        path = os.path.join(HERE, fname)
        m, ctes, charsets = check_file(path, spec, labels[fname], errors)
        for c in ctes:
            cte_stats[c] += 1
        for c in charsets:
            cs_stats[c] += 1
        struct_stats[structure_name(m)] += 1
        raw = open(path, "rb").read()
        misc["CRLF line endings" if b"\r\n" in raw else "LF line endings"] += 1
        if "=?" in _raw_header(raw, b"Subject"):
            misc["RFC 2047 encoded Subject"] += 1
        if re.search(rb"filename\*(?:0\*)?=", raw):
            misc["RFC 2231 attachment name"] += 1
        if m["in-reply-to"]:
            misc["In-Reply-To header"] += 1
        if m["auto-submitted"]:
            misc["Auto-Submitted header"] += 1
        if m["list-unsubscribe"]:
            misc["List-Unsubscribe header"] += 1
        if any(p.get_content_type() == "message/rfc822" for p in m.walk()):
            misc["contains message/rfc822"] += 1
        natt = sum(1 for p in m.walk() if p.get_filename())
        if natt:
            misc["with named attachments"] += 1
    if errors:
        print("\n".join(errors))
        print("%d errors" % len(errors))
        sys.exit(1)

    write_readme(files, labels, cte_stats, cs_stats, struct_stats, misc)
    n = len(files)
    nh = sum(1 for l in labels.values() if l["hard"])
    print("wrote %d messages (%d hard) + labels.json + README.md to %s" % (n, nh, HERE))
    print("%d passed, 0 failed" % n)


def _raw_header(raw, name):
    head = raw.split(b"\n\n", 1)[0] if b"\r\n\r\n" not in raw else raw.split(b"\r\n\r\n", 1)[0]
    head = head.replace(b"\r\n", b"\n")
    m = re.search(rb"^" + name + rb":(.*(?:\n[ \t].*)*)", head, re.M | re.I)
    return m.group(1).decode("ascii", "replace") if m else ""


def write_readme(files, labels, cte_stats, cs_stats, struct_stats, misc):
    rows = collections.defaultdict(collections.Counter)
    hard = collections.Counter()
    kinds = collections.Counter()
    for fname, lab in labels.items():
        rows[lab["topic"]][lab["language"]] += 1
        if lab["hard"]:
            hard[lab["topic"]] += 1
            for k in re.match(r"HARD\(([^)]*)\)", lab["note"]).group(1).split(","):
                kinds[k] += 1
    lines = ["| topic | " + " | ".join(LANGS) + " | total | hard |",
             "| --- | " + " | ".join("---:" for _ in LANGS) + " | ---: | ---: |"]
    tot = collections.Counter()
    for t in TOPICS:
        c = rows[t]
        lines.append("| `%s` | %s | %d | %d |" % (t, " | ".join(str(c[l]) for l in LANGS), sum(c.values()), hard[t]))
        tot.update(c)
    lines.append("| **total** | %s | %d | %d |" % (" | ".join(str(tot[l]) for l in LANGS), sum(tot.values()),
                                                   sum(hard.values())))
    count_table = "\n".join(lines)
    n = len(labels)
    nh = sum(hard.values())

    def ctr(c):
        return "\n".join("| %s | %d |" % (k, v) for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))

    text = README_TEMPLATE.format(
        n=n, nh=nh, pct_hard=round(100.0 * nh / n),
        count_table=count_table,
        kinds=", ".join("`%s` %d" % (k, kinds[k]) for k in KINDS if kinds[k]),
        structures=ctr(struct_stats), ctes=ctr(cte_stats), charsets=ctr(cs_stats), misc=ctr(misc),
    )
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
