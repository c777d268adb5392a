#!/usr/bin/env python3
"""Build the blind12 corpus (m-0001.eml ... and labels.json) from corpus_data.py.

Deterministic: Message-IDs, boundaries, Thread-Index values, queue ids and the
shuffled file order all come from fixed seeds, so running this twice gives
byte-identical files.  After writing, every file is parsed back with
email.policy.default and checked (decodes, subject, labels, charset and
transfer encoding, attachment names, line endings, example-only domains).

Run:  /work/main/.venv/bin/python -B /work/main/bench/blind12/generate.py
"""
import base64
import collections
import datetime
import glob
import html as htmlmod
import io
import json
import os
import quopri
import random
import re
import string
import sys
import zipfile
from email import charset as ecs
from email import policy, utils
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.parser import BytesParser
from email._policybase import Compat32

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import corpus_data as D  # noqa: E402

SEED = "ccm-blind12-2026"
PREFIX = "m-"
TOPICS = {"stockpile_destruction", "clearance", "victim_assistance", "reporting",
          "legislation", "general", "not_an_enquiry"}
LANGS = {"en", "fr", "es", "ar", "pt", "ru", "de"}
KINDS = {"multi_topic", "misleading_subject", "ambiguous_general", "html_only",
         "base64_body", "legacy_charset", "encoded_subject", "attachment_only_hint",
         "reply_to_ack", "forwarded_chain", "forwarded_as_attachment", "lookalike_noise",
         "no_auto_headers", "no_dsn_structure", "enquiry_looks_like_noise"}

MIME_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------
def rng_for(key):
    return random.Random("%s|%s" % (SEED, key))


def rand_str(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def U(rng, n):
    return rand_str(rng, n, string.ascii_uppercase)


def Dg(rng, n):
    return rand_str(rng, n, string.digits)


def H(rng, n):
    return rand_str(rng, n, "0123456789abcdef")


def A(rng, n):
    return rand_str(rng, n, string.ascii_letters + string.digits)


def uuid_from(rng):
    h = H(rng, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def parse_date(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def fmt_date(dt):
    return utils.format_datetime(dt)


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def domain_of(addr):
    return addr.rsplit("@", 1)[1].lower()


def make_charset(cs, enc):
    c = ecs.Charset(cs)
    c.header_encoding = ecs.BASE64 if enc == "b" else ecs.QP
    return c


def hdr_text(value, cs=None, enc=None):
    """Header value: plain str if ASCII, else RFC 2047 in the given charset."""
    if is_ascii(value):
        return value
    return Header(value, make_charset(cs or "utf-8", enc or "q"))


def hdr_addr(name, addr, cs=None, enc=None):
    if not name or name == addr:
        return addr
    if is_ascii(name):
        return utils.formataddr((name, addr))
    h = Header(name, make_charset(cs or "utf-8", enc or "b"))
    h.append(" <%s>" % addr, "us-ascii")
    return h


def placeholder(kind, name):
    if kind == "pdf":
        return (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"
                b"% placeholder: test fixture, no content\n"
                b"trailer << /Root 1 0 R >>\n%%EOF\n")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        def add(fn, data):
            zi = zipfile.ZipInfo(fn, date_time=(2026, 1, 1, 0, 0, 0))
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
        add("[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/></Types>')
        inner = "word/document.xml" if kind == "docx" else "xl/workbook.xml"
        add(inner, "<placeholder>test fixture, no content</placeholder>")
    return buf.getvalue()


# --------------------------------------------------------------------------
# client profiles
# --------------------------------------------------------------------------
OUTLOOKS = {"outlook", "outlook_old", "outlook_ios", "outlook_android"}


def message_id(client, rng, domain):
    if client in OUTLOOKS:
        host = "%s%s%s%sMB%s" % (U(rng, 2), Dg(rng, 1), U(rng, 2), Dg(rng, 3), Dg(rng, 4))
        return "<%s%s@%s.%s>" % (host, H(rng, 32).upper(), host, domain)
    if client in ("thunderbird", "android"):
        return "<%s@%s>" % (uuid_from(rng), domain)
    if client == "gmail":
        return "<CA%s+%s@mail.%s>" % (A(rng, 2), A(rng, 40), domain)
    if client in ("apple", "iphone"):
        return "<%s@%s>" % (uuid_from(rng).upper(), domain)
    if client == "roundcube":
        return "<%s@%s>" % (H(rng, 32), domain)
    if client == "zimbra":
        return "<%s.%s.%s.JavaMail.zimbra@%s>" % (Dg(rng, 9), Dg(rng, 7), Dg(rng, 13), domain)
    if client == "notes":
        return "<OF%s.%s-ON%s.%s-C1258B%s@%s>" % (H(rng, 8).upper(), H(rng, 8).upper(),
                                                 H(rng, 8).upper(), Dg(rng, 8), Dg(rng, 2), domain)
    if client == "eregistry":
        return "<dms.%s.%s@%s>" % (Dg(rng, 10), H(rng, 8), domain)
    if client == "mailman":
        return "<mailman.%s.%s.%s.desminado-l@%s>" % (Dg(rng, 3), Dg(rng, 10), Dg(rng, 5), domain)
    if client == "bulk":
        return "<%s.%s@mta%s.%s>" % (H(rng, 24), Dg(rng, 6), Dg(rng, 1), domain)
    if client == "phish":
        return "<%s@%s>" % (H(rng, 32), domain)
    # robot (MTA)
    return "<%s.%s@%s>" % (Dg(rng, 14), A(rng, 12), domain)


def boundary(client, rng, domain, kind="alt"):
    if client in OUTLOOKS:
        tag = {"alt": "_000_", "mixed": "_004_", "report": "_002_"}.get(kind, "_000_")
        return "%s%s%s%s_" % (tag, U(rng, 4), Dg(rng, 3), H(rng, 28).upper())
    if client == "thunderbird":
        return "------------" + A(rng, 24)
    if client == "gmail":
        return "000000000000" + H(rng, 16)
    if client in ("apple", "iphone"):
        return "Apple-Mail=_" + uuid_from(rng).upper()
    if client == "roundcube":
        return "=_" + H(rng, 32)
    if client == "zimbra":
        return "----=_Part_%s_%s.%s" % (Dg(rng, 7), Dg(rng, 9), Dg(rng, 13))
    if client == "android":
        return "--_com.android.email_%s" % Dg(rng, 15)
    if client == "notes":
        return "=_%s %s_=" % (kind, H(rng, 16).upper())
    if client in ("bulk", "phish", "eregistry"):
        return "b1_" + A(rng, 40)
    return "%s.%s/%s" % (A(rng, 10).upper(), Dg(rng, 10), domain)


PREAMBLE = {
    "thunderbird": "This is a multi-part message in MIME format.",
    "notes": "This is a multipart message in MIME format.",
    "robot": "This is a MIME-encapsulated message.",
    "eregistry": "This is a multi-part message in MIME format.",
}


def default_cte(client, text):
    if is_ascii(text):
        return "7bit"
    if client in ("thunderbird", "android", "robot"):
        return "8bit"
    return "quoted-printable"


def cs_label(client, cs):
    if cs.lower() == "utf-8" and client in ("thunderbird", "gmail", "roundcube", "zimbra"):
        return "UTF-8"
    return cs


# --------------------------------------------------------------------------
# parts
# --------------------------------------------------------------------------
def encode_payload(text, charset, cte):
    raw = text.encode(charset)
    if cte == "7bit":
        if not is_ascii(text):
            raise ValueError("7bit body with non-ASCII text")
        return text
    if cte == "8bit":
        return raw.decode("ascii", "surrogateescape")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    raise ValueError(cte)


def text_part(text, subtype, charset, cte, client, params=""):
    m = Message()
    m["Content-Type"] = 'text/%s; charset="%s"%s' % (subtype, cs_label(client, charset), params)
    m["Content-Transfer-Encoding"] = cte
    m.set_payload(encode_payload(text, charset, cte))
    return m


def multipart(subtype, parts, client, rng, domain, kind=None, extra=""):
    m = Message()
    b = boundary(client, rng, domain, kind or subtype)
    sep = ";\n\t" if client in OUTLOOKS or client == "robot" else "; "
    m["Content-Type"] = 'multipart/%s%s%sboundary="%s"' % (subtype, extra, sep, b)
    m.set_payload(list(parts))
    pre = PREAMBLE.get(client)
    if pre:
        m.preamble = pre
    return m


def attachment_part(att, client, date):
    data = placeholder(att["type"], att["name"])
    mime = MIME_TYPES[att["type"]]
    name = att["name"]
    m = Message()
    if is_ascii(name):
        m["Content-Type"] = '%s; name="%s"' % (mime, name)
        if client in OUTLOOKS:
            m["Content-Description"] = name
        params = {"filename": name}
    else:
        enc = Header(name, make_charset("utf-8", "b")).encode(maxlinelen=10000)
        m["Content-Type"] = '%s; name="%s"' % (mime, enc)
        if client in OUTLOOKS:
            m["Content-Description"] = enc
        params = {"filename": ("utf-8", "", name)}
    if client in OUTLOOKS:
        d = '"%s"' % utils.format_datetime(date.astimezone(datetime.timezone.utc), usegmt=True)
        params.update(size=str(len(data)))
        m.add_header("Content-Disposition", "attachment", **params)
        m.replace_header("Content-Disposition",
                         m["Content-Disposition"] + "; creation-date=%s; modification-date=%s" % (d, d))
    else:
        m.add_header("Content-Disposition", "attachment", **params)
    m["Content-Transfer-Encoding"] = "base64"
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


# --------------------------------------------------------------------------
# HTML rendering of a plain body, in the style of the client
# --------------------------------------------------------------------------
LIST_RE = re.compile(r"^\s*(?:[-*\u2013\u2022]|\(?[0-9a-z\u0660-\u0669ivx]{1,4}[.)]|[0-9]+\))\s")


def blocks_of(body):
    out, cur = [], []
    for line in body.rstrip("\n").split("\n"):
        if line.strip() == "":
            if cur:
                out.append(cur)
                cur = []
        else:
            cur.append(line)
    if cur:
        out.append(cur)
    return out


def block_html(lines):
    esc = [htmlmod.escape(line.strip(), quote=False) for line in lines]
    prose = (len(lines) > 1 and not any(LIST_RE.match(line) for line in lines)
             and all(len(line) >= 55 for line in lines[:-1]))
    if prose or len(lines) == 1:
        return " ".join(esc)
    return "<br>\n".join(esc)


def render_html(spec, charset, client):
    body = spec["body"]
    rtl = spec.get("language") == "ar"
    dir_attr = ' dir="rtl"' if rtl else ""
    # split off a quoted tail ("> ...") into a blockquote
    lines = body.rstrip("\n").split("\n")
    qi = next((i for i, ln in enumerate(lines) if ln.startswith(">")), None)
    main = "\n".join(lines[:qi]) if qi is not None else body
    quoted = None
    if qi is not None:
        quoted = "\n".join(re.sub(r"^> ?", "", ln) for ln in lines[qi:])
    blocks = [block_html(b) for b in blocks_of(main)]
    qblocks = [block_html(b) for b in blocks_of(quoted)] if quoted else []
    if client in OUTLOOKS:
        lang = {"en": "EN-GB", "fr": "FR", "es": "ES", "pt": "PT", "de": "DE",
                "ru": "RU", "ar": "AR-SA"}[spec["language"]]
        paras = "\n".join('<p class="MsoNormal"%s>%s<o:p></o:p></p>' % (dir_attr, b) for b in blocks)
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\n/* Font Definitions */\n@font-face {font-family:Calibri;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
                '--></style>\n</head>\n<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"%s>\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
                % (charset, lang, dir_attr, paras))
    if client == "gmail":
        inner = "<div><br></div>".join("<div%s>%s</div>" % (dir_attr, b) for b in blocks)
        q = ""
        if qblocks:
            q = ('<br><div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                 'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                 % "<br><br>".join(qblocks))
        return '<div dir="%s">%s%s</div>\n' % ("rtl" if rtl else "ltr", inner, q)
    if client in ("apple", "iphone"):
        inner = "<div><br></div>".join("<div>%s</div>" % b for b in blocks)
        q = ""
        if qblocks:
            q = '<div><br><blockquote type="cite">%s</blockquote></div>' % "<br><br>".join(qblocks)
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"%s>'
                '%s%s</body></html>\n' % (charset, dir_attr, inner, q))
    if client == "bulk":
        inner = "\n".join('<tr><td style="padding:8px 24px;font-family:Arial,sans-serif;font-size:14px;color:#333">%s</td></tr>' % b
                          for b in blocks)
        return ('<!DOCTYPE html>\n<html><head><meta charset="%s"><title>Newsletter</title></head>\n'
                '<body style="margin:0;background:#eeeeee"><center>\n<table width="620" cellpadding="0" cellspacing="0" '
                'style="background:#ffffff">\n%s\n</table></center>\n'
                '<img src="https://%s/open.gif?id=%s" width="1" height="1" alt=""></body></html>\n'
                % (charset, inner, "track." + domain_of(spec["from"][1]), spec["id"]))
    # thunderbird and others
    inner = "\n".join("<p%s>%s</p>" % (dir_attr, b) for b in blocks)
    q = ""
    if qblocks:
        q = '\n<blockquote type="cite">%s</blockquote>' % "\n".join("<p>%s</p>" % b for b in qblocks)
    return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=%s">\n'
            '  </head>\n  <body>\n%s%s\n  </body>\n</html>\n' % (charset, inner, q))


# --------------------------------------------------------------------------
# building one message
# --------------------------------------------------------------------------
def body_part(spec, client, rng, domain, mode):
    """mode: plain | alt | html."""
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte") or default_cte(client, spec["body"])
    flowed_ok = not any(ln.startswith((" ", "From ")) for ln in spec["body"].split("\n"))
    params = ("; format=flowed" if client == "thunderbird" and charset.lower() == "utf-8"
              and cte != "base64" and flowed_ok else "")
    if mode == "plain":
        return text_part(spec["body"], "plain", charset, cte, client, params)
    html = spec.get("html") or render_html(spec, charset, client)
    hcte = spec.get("html_cte", "quoted-printable")
    hpart = text_part(html, "html", charset, hcte, client)
    if mode == "html":
        return hpart
    return multipart("alternative", [text_part(spec["body"], "plain", charset, cte, client, params), hpart],
                     client, rng, domain, "alt")


def ics_part(spec, rng, dt):
    ics = spec["ics"]
    org_name, org_addr = ics["organizer"]
    uid = "040000008200E00074C5B7101A82E008" + H(rng, 48).upper()
    stamp = dt.astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    desc = spec["body"].replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
    lines = [
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2019", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE", "BEGIN:VEVENT",
        "ORGANIZER;CN=%s:mailto:%s" % (org_name, org_addr),
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=intake@ccm-isu.example:mailto:intake@ccm-isu.example",
        "DESCRIPTION;LANGUAGE=en-GB:" + desc,
        "UID:" + uid,
        "SUMMARY;LANGUAGE=en-GB:" + ics["summary"],
        "DTSTART;TZID=W. Europe Standard Time:" + ics["start"],
        "DTEND;TZID=W. Europe Standard Time:" + ics["end"],
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:" + stamp, "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:" + ics["location"].replace(",", "\\,"),
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR",
    ]
    folded = []
    for ln in lines:  # RFC 5545 folding at 75 octets
        while len(ln.encode("utf-8")) > 75:
            folded.append(ln[:74])
            ln = " " + ln[74:]
        folded.append(ln)
    data = ("\r\n".join(folded) + "\r\n").encode("utf-8")
    m = Message()
    m["Content-Type"] = 'text/calendar; charset="utf-8"; method=REQUEST'
    m["Content-Transfer-Encoding"] = "base64"
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


def fields_block(pairs):
    m = Message()
    for k, v in pairs:
        m[k] = v
    return m


def dsn_parts(spec, rng, dt):
    d = spec["dsn"]
    arrival = fmt_date(parse_date(d["arrival"]))
    per_msg = fields_block([
        ("Reporting-MTA", "dns; " + d["reporting_mta"]),
        ("X-Postfix-Queue-ID", d["queue_id"]),
        ("X-Postfix-Sender", "rfc822; intake@ccm-isu.example"),
        ("Arrival-Date", arrival),
    ])
    per_rcpt = fields_block([
        ("Final-Recipient", "rfc822; " + d["recipient"]),
        ("Original-Recipient", "rfc822;" + d["recipient"]),
        ("Action", "failed"),
        ("Status", d["status"]),
        ("Remote-MTA", "dns; " + d["remote_mta"]),
        ("Diagnostic-Code", d["diagnostic"]),
    ])
    ds = Message()
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload([per_msg, per_rcpt])
    return ds


def mdn_part(spec):
    d = spec["mdn"]
    m = Message()
    m["Content-Type"] = "message/disposition-notification"
    m.set_payload([fields_block([
        ("Reporting-UA", d["reporting_ua"]),
        ("Final-Recipient", "rfc822;" + d["final_recipient"]),
        ("Original-Message-ID", d["original_message_id"]),
        ("Disposition", d["disposition"]),
    ])])
    return m


def client_headers(client, rng, spec, subject_hdr):
    out = []
    if client in OUTLOOKS:
        out.append(("Thread-Topic", subject_hdr))
        out.append(("Thread-Index", base64.b64encode(bytes(rng.getrandbits(8) for _ in range(22))).decode()))
        lang = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES", "pt": "pt-PT", "de": "de-DE",
                "ru": "ru-RU", "ar": "ar-SA"}[spec["language"]]
        out.append(("Accept-Language", "%s, en-US" % lang))
        out.append(("Content-Language", lang))
        out.append(("X-MS-Has-Attach", "yes" if spec.get("attachments") or spec.get("struct") == "fwd_attach" else ""))
        out.append(("X-MS-TNEF-Correlator", ""))
        if client == "outlook_old":
            out.append(("X-Mailer", "Microsoft Office Outlook 12.0"))
            out.append(("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5931"))
        elif client == "outlook":
            out.append(("X-Mailer", "Microsoft Outlook 16.0"))
    elif client == "thunderbird":
        out.append(("User-Agent", "Mozilla Thunderbird"))
        out.append(("Content-Language", {"en": "en-GB", "fr": "fr", "es": "es-ES", "pt": "pt-PT",
                                         "de": "de-DE", "ru": "ru", "ar": "ar"}[spec["language"]]))
    elif client == "apple":
        out.append(("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"))
    elif client == "iphone":
        out.append(("X-Mailer", "iPhone Mail (22B91)"))
    elif client == "roundcube":
        out.append(("User-Agent", "Roundcube Webmail/1.6.9"))
        out.append(("X-Sender", spec["from"][1]))
    elif client == "zimbra":
        out.append(("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF128 (Win)/9.0.0_GA_4583)"))
        out.append(("Thread-Topic", subject_hdr))
        out.append(("Thread-Index", base64.b64encode(bytes(rng.getrandbits(8) for _ in range(12))).decode()))
    elif client == "android":
        out.append(("X-Mailer", "Samsung Email 6.1.97"))
    elif client == "notes":
        out.append(("X-Mailer", "HCL Notes Release 12.0.2FP3 December 08, 2023"))
        out.append(("X-MIMETrack", "Serialize by Router on NOTES01/%s at %s" % (
            domain_of(spec["from"][1]).split(".")[-2].upper(), spec["date"][:10])))
    elif client == "bulk":
        out.append(("X-Mailer", "MailBlast 3.4"))
        out.append(("Feedback-ID", "%s:%s:newsletter" % (Dg(rng, 6), spec["id"])))
    return out


def inner_spec(spec):
    d = {"language": spec["language"], "id": spec["id"] + "-inner"}
    d.update(spec["inner"])
    return d


def build(spec, key, top=True):
    """Return an email.message.Message for spec (top: add transport headers)."""
    rng = rng_for(key)
    client = spec.get("client", "outlook")
    name, addr = spec["from"]
    domain = domain_of(addr)
    dt = parse_date(spec["date"])
    struct = spec.get("struct", "plain")
    charset = spec.get("charset", "utf-8")

    # ---- content
    if struct in ("plain", "alt", "html"):
        content = body_part(spec, client, rng, domain, struct)
    elif struct == "mixed":
        first = body_part(spec, client, rng, domain, spec.get("mixed_body", "plain"))
        atts = [attachment_part(a, client, dt) for a in spec["attachments"]]
        content = multipart("mixed", [first] + atts, client, rng, domain, "mixed")
    elif struct == "fwd_attach":
        first = body_part(spec, client, rng, domain, spec.get("mixed_body", "plain"))
        inner = build(inner_spec(spec), key + "/inner", top=False)
        att = Message()
        att["Content-Type"] = "message/rfc822"
        att["Content-Disposition"] = "attachment"
        att.set_payload([inner])
        content = multipart("mixed", [first, att], client, rng, domain, "mixed")
    elif struct == "calendar":
        plain = text_part(spec["body"], "plain", charset, spec.get("cte") or default_cte(client, spec["body"]), client)
        hpart = text_part(render_html(spec, charset, client), "html", charset, "quoted-printable", client)
        content = multipart("alternative", [plain, hpart, ics_part(spec, rng, dt)], client, rng, domain, "alt")
    elif struct == "dsn":
        human = text_part(spec["body"], "plain", charset, spec.get("cte", "7bit"), "robot")
        human["Content-Description"] = "Notification"
        ds = dsn_parts(spec, rng, dt)
        inner = build(inner_spec(spec), key + "/inner", top=False)
        if spec["dsn"].get("returned") == "headers":
            ret = Message()
            ret["Content-Type"] = "text/rfc822-headers"
            ret.set_payload("".join("%s: %s\n" % kv for kv in inner.items()))
        else:
            ret = Message()
            ret["Content-Description"] = "Undelivered Message"
            ret["Content-Type"] = "message/rfc822"
            ret.set_payload([inner])
        content = multipart("report", [human, ds, ret], "robot", rng, spec["dsn"]["reporting_mta"],
                            "report", extra="; report-type=delivery-status")
    elif struct == "mdn":
        human = text_part(spec["body"], "plain", charset, spec.get("cte", "7bit"), client)
        content = multipart("report", [human, mdn_part(spec)], client, rng, domain, "report",
                            extra="; report-type=disposition-notification")
    else:
        raise ValueError(struct)

    # ---- headers
    subject_hdr = hdr_text(spec["subject"], spec.get("subj_cs"), spec.get("subj_enc"))
    hdrs = []
    if top:
        relay = "mail." + domain if client not in ("robot",) else domain_of(addr)
        if client == "robot" and addr.lower().startswith("mailer-daemon@"):
            relay = domain_of(addr)
        if client == "mailman":
            relay = "listas.redminas.example"
        ip = "%s.%d" % (rng.choice(["192.0.2", "198.51.100", "203.0.113"]), rng.randint(10, 250))
        rdt = dt + datetime.timedelta(seconds=rng.randint(2, 40))
        if client in ("robot", "mailman") or struct in ("dsn",):
            hdrs.append(("Return-Path", "<>"))
        hdrs.append(("Received", "from %s (%s [%s]) by mx1.ccm-isu.example (Postfix) with ESMTPS id %s for "
                     "<intake@ccm-isu.example>; %s" % (relay, relay, ip, A(rng, 12), fmt_date(rdt))))
    hdrs.append(("From", hdr_addr(name, addr, spec.get("from_cs"), spec.get("from_enc"))))
    hdrs.append(("To", spec.get("to", D.INTAKE) if top else spec.get("to", D.INTAKE)))
    if spec.get("cc"):
        hdrs.append(("Cc", spec["cc"]))
    if spec.get("reply_to"):
        hdrs.append(("Reply-To", spec["reply_to"]))
    hdrs.append(("Subject", subject_hdr))
    hdrs.append(("Date", fmt_date(dt)))
    hdrs.append(("Message-ID", spec.get("message_id") or message_id(client, rng, domain)))
    if spec.get("in_reply_to"):
        hdrs.append(("In-Reply-To", spec["in_reply_to"]))
    if spec.get("references"):
        hdrs.append(("References", spec["references"]))
    hdrs.extend(client_headers(client, rng, spec, subject_hdr))
    for k, v in spec.get("headers", []):
        hdrs.append((k, v))
    if struct == "calendar":
        hdrs.append(("Content-Class", "urn:content-classes:calendarmessage"))
    if client == "apple":
        hdrs.append(("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    elif client == "iphone":
        hdrs.append(("Mime-Version", "1.0 (1.0)"))
    else:
        hdrs.append(("MIME-Version", "1.0"))

    msg = Message()
    msg._headers = [(k, v) for k, v in hdrs] + list(content._headers)
    msg._payload = content._payload
    msg.preamble = content.preamble
    msg.epilogue = content.epilogue
    return msg


class MailPolicy(Compat32):
    """compat32 folding, except identifiers that real clients keep on one line."""
    NOFOLD = ("message-id", "in-reply-to", "references", "thread-index")

    def _fold(self, name, value, sanitize):
        if isinstance(value, str) and name.lower() in self.NOFOLD:
            return "%s: %s%s" % (name, value, self.linesep)
        return super()._fold(name, value, sanitize)


def serialize(msg, crlf):
    buf = io.BytesIO()
    linesep = "\r\n" if crlf else "\n"
    g = BytesGenerator(buf, mangle_from_=False, maxheaderlen=78, policy=MailPolicy(linesep=linesep))
    g.flatten(msg, linesep=linesep)
    return buf.getvalue()


# --------------------------------------------------------------------------
# verification
# --------------------------------------------------------------------------
def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def strip_tags(s):
    return htmlmod.unescape(re.sub(r"<[^>]+>", " ", s))


def first_line(body):
    for ln in body.split("\n"):
        if ln.strip():
            return norm(ln)[:40]
    return ""


DOMAIN_RE = re.compile(rb"(?:@|//)([A-Za-z0-9.-]+\.[A-Za-z]{2,})")


def check(path, spec, label):
    raw = open(path, "rb").read()
    errs = []
    crlf = spec.get("crlf", True)
    if crlf and b"\n" in raw.replace(b"\r\n", b""):
        errs.append("bare LF in CRLF file")
    if not crlf and b"\r" in raw:
        errs.append("CR in LF file")
    unfolded = raw.replace(b"=\r\n", b"").replace(b"=\n", b"")
    for dom in DOMAIN_RE.findall(unfolded):
        d = dom.decode().lower().rstrip(".")
        if not (d.endswith(".example") or d in ("example.com", "example.org", "example.net")
                or d.endswith(".example.com") or d.endswith(".example.org") or d.endswith(".example.net")
                or d in ("schemas.openxmlformats.org", "schemas.microsoft.com", "www.w3.org")):
            errs.append("non-example domain %s" % d)
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    if norm(str(msg["subject"])) != norm(spec["subject"]):
        errs.append("subject mismatch: %r" % str(msg["subject"]))
    frm = msg["from"]
    if frm is None or spec["from"][1].lower() not in str(frm).lower():
        errs.append("from mismatch")
    elif spec["from"][0] and spec["from"][0] != spec["from"][1] and frm.addresses[0].display_name != spec["from"][0]:
        errs.append("from display name mismatch: %r" % frm.addresses[0].display_name)
    if not msg["message-id"] or not msg["date"]:
        errs.append("missing message-id/date")
    if spec.get("in_reply_to") and str(msg["in-reply-to"]).strip() != spec["in_reply_to"]:
        errs.append("in-reply-to mismatch")
    texts, defects = [], []
    for part in msg.walk():
        defects.extend(part.defects)
        if part.get_content_maintype() == "text" and not part.is_attachment():
            try:
                content = part.get_content()
            except Exception as e:  # noqa: BLE001
                errs.append("cannot decode %s: %s" % (part.get_content_type(), e))
                continue
            if "\ufffd" in content:
                errs.append("replacement char in %s" % part.get_content_type())
            texts.append(strip_tags(content) if part.get_content_subtype() == "html" else content)
    if defects:
        errs.append("defects: %s" % defects)
    if not texts:
        errs.append("no text part")
    marker = first_line(spec["body"])
    if marker and marker not in norm(" ".join(texts)):
        errs.append("body marker not found: %r" % marker)
    # main text part charset / transfer encoding
    struct = spec.get("struct", "plain")
    if struct in ("plain", "alt", "html", "mixed"):
        want_sub = "html" if struct == "html" else "plain"
        main = next((p for p in msg.walk() if p.get_content_type() == "text/" + want_sub and not p.is_attachment()), None)
        if main is None:
            errs.append("main text/%s part missing" % want_sub)
        else:
            cs = (main.get_content_charset() or "").lower()
            if cs != spec.get("charset", "utf-8").lower():
                errs.append("charset %s" % cs)
            want_cte = spec.get("html_cte", "quoted-printable") if struct == "html" else spec.get("cte")
            if want_cte and main["content-transfer-encoding"].lower() != want_cte:
                errs.append("cte %s != %s" % (main["content-transfer-encoding"], want_cte))
    if struct == "html" and any(p.get_content_type() == "text/plain" for p in msg.walk()):
        errs.append("html-only message has a text/plain part")
    names = [p.get_filename() for p in msg.walk() if p.is_attachment() and p.get_filename()]
    for a in spec.get("attachments", []):
        if a["name"] not in names:
            errs.append("attachment name %r not found (got %r)" % (a["name"], names))
    if struct == "fwd_attach":
        inner = [p for p in msg.walk() if p.get_content_type() == "message/rfc822"]
        if not inner or norm(str(inner[0].get_content()["subject"])) != norm(spec["inner"]["subject"]):
            errs.append("forwarded message/rfc822 missing or wrong subject")
    if struct == "dsn" and msg.get_content_type() != "multipart/report":
        errs.append("dsn not multipart/report")
    # labels
    if label["topic"] not in TOPICS or label["language"] not in LANGS:
        errs.append("bad topic/language")
    if not isinstance(label["secondary"], list) or any(s not in TOPICS for s in label["secondary"]):
        errs.append("bad secondary")
    if label["topic"] in label["secondary"]:
        errs.append("topic repeated in secondary")
    m = re.match(r"HARD\(([a-z0-9_,]+)\): ", label["note"])
    if label["hard"] != bool(m):
        errs.append("hard flag and note prefix disagree")
    if m and any(k not in KINDS for k in m.group(1).split(",")):
        errs.append("unknown hard kind")
    return errs


# --------------------------------------------------------------------------
def main():
    out = HERE
    for old in glob.glob(os.path.join(out, PREFIX + "*.eml")):
        os.remove(old)
    specs = list(D.MESSAGES)
    ids = [s["id"] for s in specs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    order = list(range(len(specs)))
    random.Random(SEED + "|order").shuffle(order)
    labels, files = {}, {}
    for n, idx in enumerate(order, 1):
        spec = specs[idx]
        fname = "%s%04d.eml" % (PREFIX, n)
        msg = build(spec, spec["id"])
        data = serialize(msg, spec.get("crlf", True))
        with open(os.path.join(out, fname), "wb") as f:
            f.write(data)
        labels[fname] = {k: spec[k] for k in ("topic", "secondary", "language", "hard", "note")}
        files[fname] = spec
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")

    # ---- verify
    bad = 0
    for fname, spec in sorted(files.items()):
        errs = check(os.path.join(out, fname), spec, labels[fname])
        if errs:
            bad += 1
            print("FAIL %s (%s): %s" % (fname, spec["id"], "; ".join(errs)))
    stats(files, labels)
    if bad:
        print("%d file(s) failed verification" % bad)
        sys.exit(1)
    print("%d messages written to %s, all parsed back and verified." % (len(files), out))


def stats(files, labels):
    topics = ["stockpile_destruction", "clearance", "victim_assistance", "reporting",
              "legislation", "general", "not_an_enquiry"]
    langs = ["en", "fr", "es", "ar", "pt", "ru", "de"]
    table = collections.Counter((l["topic"], l["language"]) for l in labels.values())
    hard = collections.Counter(l["topic"] for l in labels.values() if l["hard"])
    print("| topic | " + " | ".join(langs) + " | total | hard |")
    print("| --- | " + " | ".join("---:" for _ in langs) + " | ---: | ---: |")
    for t in topics:
        row = [table[(t, lg)] for lg in langs]
        print("| `%s` | %s | %d | %d |" % (t, " | ".join(map(str, row)), sum(row), hard[t]))
    tot = [sum(table[(t, lg)] for t in topics) for lg in langs]
    print("| **total** | %s | %d | %d |" % (" | ".join(map(str, tot)), sum(tot), sum(hard.values())))
    kinds = collections.Counter()
    for l in labels.values():
        m = re.match(r"HARD\(([a-z0-9_,]+)\)", l["note"])
        if m:
            kinds.update(m.group(1).split(","))
    print("kinds:", ", ".join("`%s` %d" % kv for kv in sorted(kinds.items())))
    # format statistics from the files themselves
    ctypes, ctes, charsets, eol = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    hdr_enc = collections.Counter()
    for fname in files:
        raw = open(os.path.join(HERE, fname), "rb").read()
        eol["CRLF" if b"\r\n" in raw else "LF"] += 1
        msg = BytesParser(policy=policy.compat32).parsebytes(raw)
        ctypes[msg.get_content_type()] += 1
        for p in msg.walk():
            if p.get("Content-Transfer-Encoding"):
                ctes[p["Content-Transfer-Encoding"].lower()] += 1
            if p.get_content_maintype() == "text" and p.get_content_charset():
                charsets[p.get_content_charset().lower()] += 1
        for w in re.findall(rb"=\?([A-Za-z0-9_-]+)\?([QqBb])\?", raw.split(b"\r\n\r\n" if b"\r\n\r\n" in raw else b"\n\n", 1)[0]):
            hdr_enc["%s/%s" % (w[0].decode().lower(), w[1].decode().upper())] += 1
    print("top-level types:", dict(sorted(ctypes.items())))
    print("transfer encodings (all parts):", dict(sorted(ctes.items())))
    print("text charsets (all parts):", dict(sorted(charsets.items())))
    print("RFC 2047 encoded-words in top-level headers:", dict(sorted(hdr_enc.items())))
    print("line endings:", dict(eol))


if __name__ == "__main__":
    main()
