#!/usr/bin/env python3
"""Build the blind16 test corpus from corpus_data.py.

Writes m-0001.eml ... m-00NN.eml, labels.json and README.md next to this
file, then parses every message back with email.policy.default and checks it.
Deterministic: Message-IDs, boundaries, SMTP ids and the file order all come
from seeded generators.

Run:  /work/main/.venv/bin/python -B /work/main/bench/blind16/generate.py
"""

import base64
import datetime as dt
import hashlib
import html
import io
import json
import os
import quopri
import random
import re
import sys
import zipfile
from collections import Counter
from email import policy as email_policy
from email import utils as email_utils
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import corpus_data as D  # noqa: E402

SHUFFLE_SEED = 16_2026_04
INTAKE = "CCM Implementation Support Unit <intake@ccm-isu.example>"
TOPICS = ["stockpile_destruction", "clearance", "victim_assistance", "reporting",
          "legislation", "general", "not_an_enquiry"]
LANGS = ["en", "fr", "es", "ar", "pt", "ru", "de"]
KINDS = ["multi_topic", "misleading_subject", "ambiguous_general", "html_only",
         "base64_body", "legacy_charset", "encoded_subject", "attachment_only_hint",
         "reply_to_ack", "forwarded_chain", "forwarded_as_attachment", "lookalike_noise",
         "no_auto_headers", "no_dsn_structure", "enquiry_looks_like_noise"]


# --------------------------------------------------------------------------
# deterministic randomness
# --------------------------------------------------------------------------
def rng_for(key, salt=""):
    h = hashlib.sha256(("blind16:" + key + ":" + salt).encode()).hexdigest()
    return random.Random(int(h[:16], 16))


def rstr(rng, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def uuid_like(rng, upper=False):
    s = "-".join(rstr(rng, n, HEX) for n in (8, 4, 4, 4, 12))
    return s.upper() if upper else s


# --------------------------------------------------------------------------
# mail clients: header flavour, Message-ID and boundary style, HTML style
# --------------------------------------------------------------------------
CLIENTS = {
    "outlook": {"X-Mailer": "Microsoft Outlook 16.0"},
    "outlook_mac": {"X-Mailer": "Microsoft Outlook for Mac 16.89"},
    "thunderbird": {"User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) "
                                  "Gecko/20100101 Thunderbird/128.9.1"},
    "thunderbird_linux": {"User-Agent": "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) "
                                        "Gecko/20100101 Thunderbird/115.16.0"},
    "roundcube": {"User-Agent": "Roundcube Webmail/1.6.9"},
    "zimbra": {"X-Mailer": "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF125 (Win)/9.0.0_GA_4546)"},
    "apple": {"X-Mailer": "Apple Mail (2.3826.400.131.1.6)"},
    "iphone": {"X-Mailer": "iPhone Mail (22E240)"},
    "notes": {"X-Mailer": "HCL Notes Release 12.0.2FP4 April 26, 2024"},
    "sogo": {"User-Agent": "SOGoMail 5.10.0"},
    "php": {"X-Mailer": "PHPMailer 6.9.1"},
    "robot": {},
    "exchange": {},
}


def make_message_id(client, rng, domain):
    if client.startswith("outlook") or client == "exchange":
        p = rstr(rng, 3, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + rstr(rng, 1, "0123456789") + "PR" \
            + rstr(rng, 2, "0123456789") + "MB" + rstr(rng, 4, "0123456789")
        return "<%s%s@%s.%s>" % (p, rstr(rng, 28, HEXU), p, domain)
    if client.startswith("thunderbird"):
        return "<%s@%s>" % (uuid_like(rng), domain)
    if client == "roundcube":
        return "<%s@%s>" % (rstr(rng, 32, HEX), domain)
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randrange(10**8, 10**9), rng.randrange(10**6, 10**7),
                                                  rng.randrange(10**12, 10**13), domain)
    if client in ("apple", "iphone"):
        return "<%s@%s>" % (uuid_like(rng, upper=True), domain)
    if client == "notes":
        return "<OF%s.%s-ON%s%s-%s@%s>" % (rstr(rng, 8, HEXU), rstr(rng, 8, HEXU), "C1258",
                                           rstr(rng, 3, HEXU), rstr(rng, 8, HEXU), domain)
    if client == "sogo":
        return "<%s-%s-%s-%s@%s>" % (rstr(rng, 4, HEX), rstr(rng, 8, HEX), rstr(rng, 1, "123456789") + "-0",
                                     rstr(rng, 8, HEX), domain)
    if client == "php":
        return "<%s@%s>" % (rstr(rng, 43, ALNUM), domain)
    return "<%s.%s@%s>" % (rng.randrange(10**9, 10**10), rstr(rng, 10, HEX), domain)


def make_boundary(client, rng, level):
    if client.startswith("outlook") or client == "exchange":
        return "_%03d_%s_" % ((0, 4, 2, 6)[level % 4], rstr(rng, 36, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
    if client.startswith("thunderbird"):
        return "------------" + rstr(rng, 24, ALNUM)
    if client in ("roundcube",):
        return "=_" + rstr(rng, 32, HEX)
    if client == "zimbra":
        return "=_" + uuid_like(rng)
    if client in ("apple", "iphone"):
        return "Apple-Mail=_" + uuid_like(rng, upper=True)
    if client == "notes":
        return "=_mixed 00%s_=" % rstr(rng, 14, HEXU)
    if client == "php":
        return "b1=_" + rstr(rng, 40, ALNUM)
    if client == "sogo":
        return "----=_=-_OpenGroupware_org_NGMime-%d-%d.%d-%d------" % (
            rng.randrange(1000, 99999), rng.randrange(10**9, 2 * 10**9), rng.randrange(100, 999), level)
    return "----=_Part_%d_%d.%d" % (rng.randrange(10**4, 10**6), rng.randrange(10**8, 10**9),
                                    rng.randrange(10**12, 10**13))


# --------------------------------------------------------------------------
# placeholder attachments
# --------------------------------------------------------------------------
def tiny_pdf(title):
    t = title.encode("ascii", "replace").decode()[:60].replace("(", "[").replace(")", "]")
    return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            "4 0 obj<</Title(" + t + ")>>endobj\n"
            "trailer<</Root 1 0 R/Info 4 0 R>>\n%%EOF\n").encode()


def tiny_ooxml(kind):
    buf = io.BytesIO()
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.'
          'openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType='
          '"application/xml"/></Types>')
    inner = "word/document.xml" if kind == "docx" else "xl/workbook.xml"
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        for name, data in (("[Content_Types].xml", ct), (inner, "<placeholder>blind16 test fixture</placeholder>")):
            zi = zipfile.ZipInfo(name, date_time=(2026, 4, 1, 0, 0, 0))
            z.writestr(zi, data)
    return buf.getvalue()


PNG_1x1 = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==")

MIME = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "png": "image/png",
    "jpg": "image/jpeg",
}


def attachment_bytes(name, kind):
    if kind == "pdf":
        return tiny_pdf(name)
    if kind in ("docx", "xlsx"):
        return tiny_ooxml(kind)
    if kind in ("png", "jpg"):
        return PNG_1x1
    raise ValueError(kind)


# --------------------------------------------------------------------------
# MIME building blocks (compat32 Message objects, encodings done by hand)
# --------------------------------------------------------------------------
def b64_lines(raw):
    return base64.encodebytes(raw).decode("ascii")


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "base64":
        return b64_lines(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "7bit":
        raw.decode("ascii")  # must be pure ASCII
        return raw.decode("ascii")
    if cte == "8bit":
        return raw.decode("ascii", "surrogateescape")
    raise ValueError(cte)


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", params="",
              quote_charset=True, extra=None):
    if not text.endswith("\n"):
        text += "\n"
    p = Message()
    cs = '"%s"' % charset if quote_charset else charset
    p["Content-Type"] = "text/%s; charset=%s%s" % (subtype, cs, params)
    p["Content-Transfer-Encoding"] = cte
    for k, v in (extra or []):
        p[k] = v
    p.set_payload(encode_body(text, charset, cte))
    return p


def container(subtype, parts, boundary, params=""):
    m = Message()
    m["Content-Type"] = "multipart/%s;%s\n\tboundary=\"%s\"" % (subtype, params, boundary)
    for part in parts:
        m.attach(part)
    return m


class NoFold:
    """Header value written on one line, as clients do for Message-ID or User-Agent."""

    def __init__(self, value):
        self.value = value

    def __str__(self):
        return self.value

    def encode(self, linesep="\n", maxlinelen=None, **kw):  # Header-like interface
        return self.value.replace("\n", linesep)


NOFOLD = {"received", "message-id", "in-reply-to", "references", "user-agent", "x-mailer", "thread-index",
          "list-unsubscribe", "list-id", "original-message-id"}


def hdr_encode(value, charset="utf-8", enc="b"):
    """RFC 2047-encode a header value if it is not plain ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        pass
    cs = Charset(charset)
    cs.header_encoding = BASE64 if enc == "b" else QP
    return Header(value, cs)


def fmt_addr(name, addr, charset="utf-8", enc="b"):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return email_utils.formataddr((name, addr))
    except UnicodeEncodeError:
        cs = Charset(charset)
        cs.header_encoding = BASE64 if enc == "b" else QP
        return "%s <%s>" % (Header(name, cs).encode(), addr)


def attachment_part(att, rng):
    name = att["name"]
    kind = att.get("kind") or name.rsplit(".", 1)[-1].lower()
    style = att.get("name_style", "rfc2231")
    p = Message()
    ascii_name = True
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        ascii_name = False
    mime = MIME[kind]
    data = attachment_bytes(name, kind)
    disp = "inline" if att.get("inline") else "attachment"
    if ascii_name:
        p["Content-Type"] = '%s;\n\tname="%s"' % (mime, name)
        if att.get("description"):
            p["Content-Description"] = name
        p["Content-Disposition"] = '%s;\n\tfilename="%s"; size=%d' % (disp, name, len(data))
    elif style == "rfc2047":
        enc = Header(name, "utf-8").encode(maxlinelen=10000)
        p["Content-Type"] = '%s;\n\tname="%s"' % (mime, enc)
        p["Content-Disposition"] = '%s;\n\tfilename="%s"; size=%d' % (disp, enc, len(data))
    else:  # RFC 2231
        p["Content-Type"] = mime
        p.set_param("name", ("utf-8", "", name), header="Content-Type")
        p["Content-Disposition"] = disp
        p.set_param("filename", ("utf-8", "", name), header="Content-Disposition")
    if att.get("cid"):
        p["Content-ID"] = "<%s>" % att["cid"]
    p["Content-Transfer-Encoding"] = "base64"
    p.set_payload(b64_lines(data))
    return p


# --------------------------------------------------------------------------
# HTML rendering of a plain-text body, in the flavour of the client
# --------------------------------------------------------------------------
def _para_html(block):
    lines = [html.escape(l, quote=False) for l in block.split("\n")]
    return "<br>\n".join(lines)


def html_from_text(text, client, lang="en", charset="utf-8"):
    blocks = re.split(r"\n\s*\n", text.strip("\n"))
    out = []
    quote = []

    def flush_quote():
        if quote:
            inner = "\n".join(l[1:].lstrip(" ") if l.startswith(">") else l for l in quote)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + _para_html(inner) + "</blockquote>")
            quote.clear()

    for b in blocks:
        if all(l.startswith(">") for l in b.split("\n")):
            quote.extend(b.split("\n"))
            quote.append(">")
            continue
        flush_quote()
        out.append(b)
    flush_quote()
    rtl = lang == "ar"
    if client.startswith("outlook"):
        body = []
        for b in out:
            if b.startswith("<blockquote"):
                body.append(b)
            else:
                body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % _para_html(b))
                body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                'a:link, span.MsoHyperlink\n\t{color:#0563C1;text-decoration:underline;}\n'
                '@page WordSection1\n\t{size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
                '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"%s>\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
                % (charset, lang.upper() if lang != "en" else "EN-GB", ' dir="rtl"' if rtl else "",
                   "\n".join(body)))
    if client in ("apple", "iphone"):
        inner = "".join("<div>%s</div><div><br></div>" % _para_html(b) if not b.startswith("<blockquote") else b
                        for b in out)
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"%s>'
                '%s</body></html>\n' % (charset, ' dir="rtl"' if rtl else "", inner))
    if client == "zimbra":
        inner = "".join("<div>%s</div><div><br></div>" % _para_html(b) if not b.startswith("<blockquote") else b
                        for b in out)
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; '
                'color: #000000"%s>%s</div></body></html>\n' % (' dir="rtl"' if rtl else "", inner))
    # thunderbird / roundcube / generic
    inner = "\n".join("<p>%s</p>" % _para_html(b) if not b.startswith("<blockquote") else b for b in out)
    return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; '
            'charset=%s">\n  </head>\n  <body%s>\n%s\n  </body>\n</html>\n'
            % (charset.upper() if client.startswith("thunderbird") else charset, ' dir="rtl"' if rtl else "", inner))


# --------------------------------------------------------------------------
# message assembly
# --------------------------------------------------------------------------
def parse_date(s):
    return dt.datetime.fromisoformat(s)


def domain_of(addr):
    return addr.rsplit("@", 1)[1].strip(">")


def body_tree(m, rng, client, level):
    """Return the MIME tree for the body (without attachments)."""
    cs = m.get("charset", "utf-8")
    cte = m.get("cte", "quoted-printable")
    kind = m.get("body_kind", "plain")
    lang = m.get("lang", "en")
    if kind == "plain":
        return text_part(m["body"], "plain", cs, cte, params=m.get("plain_params", ""),
                         quote_charset=m.get("quote_charset", True))
    html_src = m.get("html") or html_from_text(m["body"], client, lang, cs)
    hcs = m.get("html_charset", cs)
    hcte = m.get("html_cte", cte if cte in ("base64", "quoted-printable") else "quoted-printable")
    if kind == "html":
        return text_part(html_src, "html", hcs, hcte)
    if kind == "alt":
        parts = [text_part(m["body"], "plain", cs, cte), text_part(html_src, "html", hcs, hcte)]
        if m.get("inline_images"):
            rel = container("related", [text_part(html_src, "html", hcs, hcte)]
                            + [attachment_part(dict(a, inline=True), rng) for a in m["inline_images"]],
                            make_boundary(client, rng, level + 1), params=' type="text/html";')
            parts[1] = rel
        return container("alternative", parts, make_boundary(client, rng, level))
    if kind == "calendar":
        cal = text_part(m["ics"], "calendar", "utf-8", "8bit", params="; method=REQUEST")
        parts = [text_part(m["body"], "plain", cs, cte), text_part(html_src, "html", hcs, hcte), cal]
        return container("alternative", parts, make_boundary(client, rng, level))
    raise ValueError(kind)


def build_message(m, outer=True, key=None):
    key = key or m["key"]
    rng = rng_for(key, "inner" if not outer else "outer")
    client = m.get("client", "outlook")
    from_addr = m["frm"][1]
    dom = domain_of(from_addr)
    date = parse_date(m["date"])

    # ---- content tree
    structure = m.get("structure", "normal")
    if structure == "dsn":
        tree = build_dsn(m, rng, client)
    elif structure == "mdn":
        tree = build_mdn(m, rng, client)
    else:
        tree = body_tree(m, rng, client, 0)
        atts = m.get("attachments", [])
        if atts:
            parts = [tree]
            for a in atts:
                if a.get("kind") == "rfc822":
                    wrapper = Message()
                    wrapper["Content-Type"] = "message/rfc822"
                    if a.get("name"):
                        wrapper["Content-Disposition"] = 'attachment;\n\tfilename="%s"' % a["name"]
                    wrapper.attach(build_message(a["msg"], outer=False, key=key + "/fwd"))
                    parts.append(wrapper)
                else:
                    parts.append(attachment_part(a, rng))
            tree = container("mixed", parts, make_boundary(client, rng, 2))

    # ---- envelope headers
    top = Message()
    if outer:
        if m.get("return_path") is not None:
            top["Return-Path"] = m["return_path"]
        relay = m.get("relay_host", "mail." + dom)
        ip = m.get("ip") or "%s.%d" % (rng.choice(["192.0.2", "198.51.100", "203.0.113"]), rng.randrange(10, 250))
        rdate = date + dt.timedelta(seconds=rng.randrange(2, 40))
        top["Received"] = ("from %s (%s [%s])\n\tby mx1.ccm-isu.example (Postfix) with ESMTPS id %s\n"
                           "\tfor <intake@ccm-isu.example>; %s" % (relay, relay, ip, rstr(rng, 10, HEXU),
                                                                     email_utils.format_datetime(rdate)))
    hcs = m.get("header_charset", "utf-8")
    henc = m.get("header_enc", "b")
    top["From"] = fmt_addr(m["frm"][0], from_addr, hcs, henc)
    if m.get("sender"):
        top["Sender"] = m["sender"]
    to = m.get("to", INTAKE)
    top["To"] = to if isinstance(to, str) else ", ".join(fmt_addr(n, a, hcs, henc) for n, a in to)
    if m.get("cc"):
        top["Cc"] = ", ".join(fmt_addr(n, a, hcs, henc) for n, a in m["cc"])
    if m.get("reply_to"):
        top["Reply-To"] = fmt_addr(m["reply_to"][0], m["reply_to"][1], hcs, henc)
    top["Subject"] = hdr_encode(m["subject"], m.get("subject_charset", hcs), m.get("subject_enc", henc))
    top["Date"] = email_utils.format_datetime(date)
    top["Message-ID"] = m.get("message_id") or make_message_id(client, rng, m.get("mid_domain", dom))
    if m.get("in_reply_to"):
        top["In-Reply-To"] = m["in_reply_to"]
        top["References"] = m.get("references", m["in_reply_to"])
    for k, v in CLIENTS.get(client, {}).items():
        top[k] = v
    if client.startswith("outlook") and outer and m.get("thread_index", True):
        top["Thread-Index"] = "A" + base64.b64encode(bytes(rng.randrange(256) for _ in range(21))).decode()
        top["Content-Language"] = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES", "pt": "pt-PT",
                                   "de": "de-DE", "ru": "ru-RU", "ar": "ar-SA"}[m.get("lang", "en")]
    for k, v in m.get("headers", []):
        top[k] = v
    top["MIME-Version"] = "1.0"
    for k, v in tree.items():
        top[k] = v
    top._payload = tree._payload  # raw (may hold surrogate-escaped 8bit bytes)
    return top


def ack_message(ref, subject, to, date, lang="en", returned=False):
    """An ISU acknowledgement, used inside bounces and receipts."""
    word = {"en": "Received", "fr": "Accusé de réception :", "es": "Recibido:"}[lang]
    subj = "[%s] %s %s" % (ref, word if lang != "en" else word + ":", subject)
    body = D.ACK_TEXT[lang].format(ref=ref)
    return {
        "key": "ack-" + ref, "frm": ("CCM Implementation Support Unit", "no-reply@ccm-isu.example"),
        "to": to, "subject": subj, "date": date, "client": "robot", "cte": "8bit", "body": body,
        "message_id": "<%s.ack@ccm-isu.example>" % ref.lower(),
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    }


def build_dsn(m, rng, client):
    d = m["dsn"]
    human = body_tree(m, rng, client, 1)
    status = Message()
    status["Content-Type"] = "message/delivery-status"
    blk = Message()
    for k, v in d["per_message"]:
        blk[k] = v
    status.attach(blk)
    for rcpt in d["recipients"]:
        b = Message()
        for k, v in rcpt:
            b[k] = v
        status.attach(b)
    parts = [human, status]
    ret = d.get("returned")
    if ret:
        msgdict = ack_message(**ret["ack"]) if "ack" in ret else ret["msg"]
        if ret.get("headers_only"):
            tmp = build_message(msgdict, outer=False, key=m["key"] + "/ret")
            hdr_text = "".join("%s: %s\n" % (k, v) for k, v in tmp.items()
                               if k not in ("MIME-Version",))
            p = Message()
            p["Content-Type"] = "text/rfc822-headers"
            p.set_payload(hdr_text)
            parts.append(p)
        else:
            w = Message()
            w["Content-Type"] = "message/rfc822"
            w.attach(build_message(msgdict, outer=False, key=m["key"] + "/ret"))
            parts.append(w)
    return container("report", parts, make_boundary(client, rng, 0), params=" report-type=delivery-status;")


def build_mdn(m, rng, client):
    human = text_part(m["body"], "plain", m.get("charset", "utf-8"), m.get("cte", "quoted-printable"))
    mdn = Message()
    mdn["Content-Type"] = "message/disposition-notification"
    mdn.set_payload("".join("%s: %s\n" % kv for kv in m["mdn"]))
    return container("report", [human, mdn], make_boundary(client, rng, 0),
                     params=" report-type=disposition-notification;")


def _unfold_selected(msg):
    for part in msg.walk():
        for i, (k, v) in enumerate(part._headers):
            if k.lower() in NOFOLD and isinstance(v, str):
                part._headers[i] = (k, NoFold(v))
        if part.get_content_type() == "message/rfc822" and isinstance(part._payload, list):
            for sub in part._payload:
                _unfold_selected(sub)


def serialize(msg, eol):
    _unfold_selected(msg)
    buf = io.BytesIO()
    pol = email_policy.compat32.clone(linesep=eol, max_line_length=78)
    BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(msg)
    return buf.getvalue()


# --------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------
def check_file(path, m, label):
    import email
    raw = open(path, "rb").read()
    msg = email.message_from_bytes(raw, policy=email_policy.default)
    problems = []
    subj = msg["subject"]
    if not subj or not str(subj).strip():
        problems.append("empty subject")
    elif str(subj) != m["subject"] and m.get("structure") not in ("dsn",):
        problems.append("subject mismatch: %r" % str(subj))
    if str(msg["to"]).find("intake@ccm-isu.example") < 0 and "intake@ccm-isu.example" not in str(msg.get("cc", "")):
        problems.append("not addressed to intake")
    texts = 0
    for part in msg.walk():
        if part.defects:
            problems.append("defects %s in %s" % (part.defects, part.get_content_type()))
        if part.get_content_maintype() == "text":
            try:
                c = part.get_content()
            except Exception as e:  # noqa: BLE001
                problems.append("cannot decode %s: %s" % (part.get_content_type(), e))
                continue
            if "\ufffd" in c:
                problems.append("replacement char in %s" % part.get_content_type())
            texts += 1
    if msg.defects:
        problems.append("top defects %s" % msg.defects)
    if texts == 0:
        problems.append("no text part")
    body = msg.get_body(preferencelist=("plain", "html"))
    if body is None:
        problems.append("no body")
    # the first text the reader sees must contain the message's own text
    probe = m.get("probe")
    if probe:
        allt = "\n".join(p.get_content() for p in msg.walk() if p.get_content_maintype() == "text")
        if probe not in allt:
            problems.append("probe text %r not found" % probe)
    for a in m.get("attachments", []):
        if a.get("kind") != "rfc822":
            names = [p.get_filename() for p in msg.walk() if p.get_filename()]
            if a["name"] not in names:
                problems.append("attachment name %r not recovered (%r)" % (a["name"], names))
    if label["topic"] not in TOPICS or label["language"] not in LANGS:
        problems.append("bad label")
    if label["hard"] and not label["note"].startswith("HARD("):
        problems.append("hard note prefix")
    if not label["hard"] and label["note"].startswith("HARD("):
        problems.append("non-hard with HARD prefix")
    # structural expectations of the hard kinds
    kinds = m.get("hard", [])
    ctypes = [p.get_content_type() for p in msg.walk()]
    if "html_only" in kinds and ("text/plain" in ctypes or msg.get_content_type() != "text/html"):
        problems.append("html_only but not html-only")
    if "base64_body" in kinds and not any(p.get_content_maintype() == "text" and
                                           p.get("Content-Transfer-Encoding", "").lower() == "base64"
                                           for p in msg.walk()):
        problems.append("base64_body without base64 text part")
    if "reply_to_ack" in kinds and not (re.search(r"\[CCM-2026-\d{4}\]", str(subj)) and msg["In-Reply-To"]):
        problems.append("reply_to_ack without ref/In-Reply-To")
    if "forwarded_as_attachment" in kinds and "message/rfc822" not in ctypes:
        problems.append("forwarded_as_attachment without message/rfc822")
    if "no_auto_headers" in kinds and (msg["Auto-Submitted"] or msg["X-Auto-Response-Suppress"]):
        problems.append("no_auto_headers but has them")
    if "no_dsn_structure" in kinds and msg.get_content_type() == "multipart/report":
        problems.append("no_dsn_structure but multipart/report")
    if "legacy_charset" in kinds:
        cs = {p.get_content_charset() for p in msg.walk() if p.get_content_maintype() == "text"}
        if not (cs & {"windows-1252", "windows-1251", "windows-1256", "koi8-r"}):
            problems.append("legacy_charset without legacy charset")
    for k in kinds:
        if k not in KINDS:
            problems.append("unknown kind " + k)
    return problems, msg


# --------------------------------------------------------------------------
def main():
    msgs = list(D.MESSAGES)
    keys = [m["key"] for m in msgs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    order = list(range(len(msgs)))
    random.Random(SHUFFLE_SEED).shuffle(order)
    for f in os.listdir(HERE):
        if re.fullmatch(r"m-\d{4}\.eml", f):
            os.remove(os.path.join(HERE, f))
    labels = {}
    stats = Counter()
    all_problems = []
    for n, idx in enumerate(order, 1):
        m = msgs[idx]
        fname = "m-%04d.eml" % n
        msg = build_message(m)
        data = serialize(msg, "\n" if m.get("eol") == "lf" else "\r\n")
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
        kinds = m.get("hard", [])
        note = m["note"]
        if kinds:
            note = "HARD(%s): %s" % (",".join(kinds), note)
        labels[fname] = {"topic": m["topic"], "secondary": list(m.get("secondary", [])),
                         "language": m["lang"], "hard": bool(kinds), "note": note}
        probs, parsed = check_file(os.path.join(HERE, fname), m, labels[fname])
        if probs:
            all_problems.append((fname, m["key"], probs))
        # format statistics
        stats["eol_" + ("lf" if m.get("eol") == "lf" else "crlf")] += 1
        stats["top_" + parsed.get_content_type()] += 1
        for p in parsed.walk():
            ct = p.get_content_type()
            if p.get_content_maintype() == "text":
                stats["cte_" + (p.get("Content-Transfer-Encoding") or "7bit").lower()] += 1
                stats["charset_" + (p.get_content_charset() or "us-ascii")] += 1
            if p.get_filename() and not p.is_multipart():
                stats["attach_" + ct] += 1
            if ct == "message/rfc822":
                stats["attach_message/rfc822"] += 1
        rawtext = data.decode("ascii", "replace")
        if re.search(r"^Subject:.*=\?", rawtext, re.M):
            stats["hdr_rfc2047_subject"] += 1
        if "*=utf-8''" in rawtext:
            stats["hdr_rfc2231_name"] += 1
        if parsed["Auto-Submitted"]:
            stats["hdr_auto_submitted"] += 1
        if parsed["List-Unsubscribe"]:
            stats["hdr_list_unsubscribe"] += 1
        if parsed["In-Reply-To"]:
            stats["hdr_in_reply_to"] += 1
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False, sort_keys=True)
        fh.write("\n")
    write_readme(labels, stats)
    if all_problems:
        for f, k, p in all_problems:
            print("PROBLEM", f, k, p)
        sys.exit(1)
    # re-read labels.json and check every .eml has a label and vice versa
    lab = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    emls = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    assert emls == sorted(lab), "labels and files differ"
    print("wrote %d messages, %d hard; all parsed back cleanly" % (len(lab), sum(v["hard"] for v in lab.values())))


def write_readme(labels, stats):
    rows = []
    tot_lang = Counter()
    tot_hard = 0
    for t in TOPICS:
        c = Counter(v["language"] for v in labels.values() if v["topic"] == t)
        h = sum(1 for v in labels.values() if v["topic"] == t and v["hard"])
        tot_lang.update(c)
        tot_hard += h
        rows.append("| `%s` | %s | %d | %d |" % (t, " | ".join(str(c[l]) for l in LANGS), sum(c.values()), h))
    rows.append("| **total** | %s | %d | %d |" % (" | ".join(str(tot_lang[l]) for l in LANGS),
                                                 len(labels), tot_hard))
    kinds = Counter()
    for v in labels.values():
        if v["hard"]:
            for k in v["note"][5:v["note"].index(")")].split(","):
                kinds[k] += 1
    kind_line = ", ".join("`%s` %d" % (k, kinds[k]) for k in KINDS if kinds[k])

    def st(prefix):
        items = sorted(((k[len(prefix):], v) for k, v in stats.items() if k.startswith(prefix)),
                       key=lambda kv: (-kv[1], kv[0]))
        return ", ".join("%s %d" % kv for kv in items)

    text = D.README_TEMPLATE.format(
        n=len(labels), n_hard=tot_hard,
        pct_hard=round(100.0 * tot_hard / len(labels)),
        table="\n".join(rows), kinds=kind_line,
        top=st("top_"), cte=st("cte_"), charset=st("charset_"), attach=st("attach_"), eol=st("eol_"),
        rfc2047=stats["hdr_rfc2047_subject"], rfc2231=stats["hdr_rfc2231_name"],
        autosub=stats["hdr_auto_submitted"], listunsub=stats["hdr_list_unsubscribe"],
        irt=stats["hdr_in_reply_to"],
    )
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(text)


if __name__ == "__main__":
    main()
