#!/usr/bin/env python3
"""Build the blind14 corpus: m-0001.eml ... m-0080.eml, labels.json, README.md.

Deterministic: every random choice (Message-IDs, boundaries, queue ids, IP
addresses, file order) comes from random.Random seeded with a fixed string.
After writing, every file is parsed back with email.policy.default and
checked.

Run:  /work/main/.venv/bin/python -B /work/main/bench/blind14/generate.py
"""
import base64
import collections
import datetime as dt
import email
import email.policy
import hashlib
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
from email import policy as _policy
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import corpus_data as D  # noqa: E402

SEED = "ccm-blind14"
INTAKE_ADDR = "intake@ccm-isu.example"
TOPICS = ["stockpile_destruction", "clearance", "victim_assistance", "reporting",
          "legislation", "general", "not_an_enquiry"]
LANGS = ["en", "fr", "es", "ar", "pt", "ru", "de"]
KINDS = ["multi_topic", "misleading_subject", "ambiguous_general", "html_only",
         "base64_body", "legacy_charset", "encoded_subject", "attachment_only_hint",
         "reply_to_ack", "forwarded_chain", "forwarded_as_attachment",
         "lookalike_noise", "no_auto_headers", "no_dsn_structure",
         "enquiry_looks_like_noise"]
CODEC = {"us-ascii": "ascii", "iso-8859-1": "latin-1", "windows-1252": "cp1252",
         "windows-1251": "cp1251", "windows-1256": "cp1256", "koi8-r": "koi8_r",
         "utf-8": "utf-8"}

STATS = collections.Counter()


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------
def rng_for(key):
    return random.Random(f"{SEED}/{key}")


def rand_str(r, n, alphabet=string.ascii_letters + string.digits):
    return "".join(r.choice(alphabet) for _ in range(n))


def rand_hex(r, n, upper=False):
    s = "".join(r.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def rand_uuid(r, upper=False):
    h = rand_hex(r, 32, upper)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def parse_date(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def domain_of(addr):
    return addr.split("@", 1)[1]


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def encode_words(text, charset="utf-8", enc="Q"):
    """RFC 2047 encoded-words for the whole text, split so that each word
    stays within 75 characters (several words -> split across encoded-words)."""
    if is_ascii(text):
        return text
    codec = CODEC[charset]
    text.encode(codec)  # raise if not representable
    words, cur = [], ""

    def enc_word(chunk):
        b = chunk.encode(codec)
        if enc == "B":
            payload = base64.b64encode(b).decode("ascii")
        else:
            out = []
            for byte in b:
                c = chr(byte)
                if byte == 0x20:
                    out.append("_")
                elif (c.isalnum() and byte < 128) or c in "!*+-/":
                    out.append(c)
                else:
                    out.append("=%02X" % byte)
            payload = "".join(out)
        return f"=?{charset}?{enc}?{payload}?="

    for ch in text:
        if cur and len(enc_word(cur + ch)) > 75:
            words.append(enc_word(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc_word(cur))
    return " ".join(words)


def fmt_addr(pair, cs=None):
    name, addr = pair
    if not name:
        return addr
    if is_ascii(name):
        if re.search(r'[,.;:()<>@"\[\]]', name):
            name = '"' + name.replace('"', '\\"') + '"'
        return f"{name} <{addr}>"
    charset, enc = cs or ("utf-8", "Q" if re.search("[A-Za-z]", name) else "B")
    return f"{encode_words(name, charset, enc)} <{addr}>"


def ack_msgid(ref, kind="ack"):
    h = hashlib.sha1(f"{kind}:{ref}".encode()).hexdigest()[:12]
    return f"<{kind}.{ref}.{h}@ccm-isu.example>"


# --------------------------------------------------------------------------
# mailer profiles
# --------------------------------------------------------------------------
def make_msgid(r, mailer, addr):
    dom = domain_of(addr)
    if mailer in ("outlook", "owa"):
        host = "EX" + rand_str(r, 2, string.ascii_uppercase) + "0" + str(r.randint(1, 9))
        return f"<{rand_hex(r, 32, True)}@{host}.{dom}>"
    if mailer == "gmail":
        return f"<CA{rand_str(r, 2, string.ascii_uppercase)}+{rand_str(r, 44)}@mail.gmail.example>"
    if mailer == "thunderbird":
        return f"<{rand_uuid(r)}@{dom}>"
    if mailer == "apple":
        return f"<{rand_uuid(r, True)}@{dom}>"
    if mailer == "roundcube":
        return f"<{rand_hex(r, 32)}@{dom}>"
    if mailer == "zimbra":
        return f"<{r.randint(100000000, 999999999)}.{r.randint(1000000, 9999999)}.{r.randint(10**12, 10**13 - 1)}.JavaMail.zimbra@{dom}>"
    if mailer == "lotus":
        return f"<OF{rand_hex(r, 8, True)}.{rand_hex(r, 8, True)}-ON{rand_hex(r, 8, True)}.{rand_hex(r, 8, True)}@{dom}>"
    if mailer == "postfix":
        return f"<{rand_str(r, 14, string.ascii_uppercase + string.digits)}@{dom}>"
    if mailer == "bulk":
        return f"<{r.randint(10**9, 10**10 - 1)}.{rand_hex(r, 16)}@{dom}>"
    if mailer == "intake":
        return f"<fwd.{rand_hex(r, 16)}@ccm-isu.example>"
    return f"<{rand_hex(r, 10)}.{rand_hex(r, 8)}@{dom}>"


def make_boundary(r, mailer, level):
    if mailer in ("outlook", "owa"):
        tag = {0: "_004_", 1: "_000_", 2: "_002_"}.get(level, "_00%d_" % level)
        return f"{tag}{rand_hex(r, 32, True)}{rand_str(r, 8, string.ascii_lowercase)}_"
    if mailer == "gmail":
        return "0000000000" + rand_hex(r, 16)
    if mailer == "thunderbird":
        return "------------" + rand_str(r, 24)
    if mailer == "apple":
        return "Apple-Mail-" + rand_uuid(r, True)
    if mailer == "roundcube":
        return "=_" + rand_hex(r, 32)
    if mailer == "zimbra":
        return "=_" + rand_uuid(r)
    if mailer == "lotus":
        return "=_alternative 00" + rand_hex(r, 14, True) + "_="
    if mailer == "postfix":
        return f"{rand_hex(r, 10, True)}.{r.randint(10**9, 10**10 - 1)}/mx"
    return "----=_Part_%d_%d.%d" % (r.randint(1000, 99999), r.randint(10**8, 10**9), r.randint(10**12, 10**13))


NOWRAP = ("edr", "helpdesk", "postfix", "bulk")

MAILER_HEADERS = {
    "thunderbird": [["User-Agent", "Mozilla Thunderbird"]],
    "apple": [["X-Mailer", "iPhone Mail (21F90)"]],
    "roundcube": [["User-Agent", "Roundcube Webmail/1.6.7"]],
    "zimbra": [["X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF126 (Win)/9.0.0_GA_4583)"],
               ["Thread-Index", None]],
    "lotus": [["X-Mailer", "HCL Notes Release 12.0.2 November 03, 2022"],
              ["X-KeepSent", None]],
    "owa": [["X-MS-Has-Attach", ""], ["X-Originating-IP", None]],
}


# --------------------------------------------------------------------------
# bodies
# --------------------------------------------------------------------------
def hard_wrap(text, width=76, flowed=False):
    """Wrap long non-quoted lines (for 7bit/8bit parts); flowed adds the
    trailing space of format=flowed soft breaks."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + (" " if flowed else ""))
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def text_to_html(text, mailer, rtl=False):
    blocks, cur = [], []
    for line in text.split("\n"):
        if line.strip() == "":
            if cur:
                blocks.append(cur)
                cur = []
        else:
            cur.append(line)
    if cur:
        blocks.append(cur)

    def render_block(lines):
        quoted = all(l.startswith(">") for l in lines)
        if quoted:
            inner = [l[1:].lstrip() if l.startswith(">") else l for l in lines]
            return ("<blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">"
                    + "<br>\n".join(htmlmod.escape(l, quote=False) for l in inner if l) + "</blockquote>")
        return "<br>\n".join(htmlmod.escape(l, quote=False) for l in lines)

    d = ' dir="rtl"' if rtl else ""
    if mailer in ("outlook", "lotus", "edr", "intake"):
        lang = ' lang="AR-SA"' if rtl else ' lang="EN-GB"'
        body = "\n".join(f'<p class="MsoNormal"{d}>{render_block(b)}<o:p></o:p></p>\n<p class="MsoNormal"{d}><o:p>&nbsp;</o:p></p>' for b in blocks)
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                '@page WordSection1\n\t{size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n'
                f'</head>\n<body{lang} link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n')
    if mailer == "gmail":
        body = "<div><br></div>".join(f"<div{d}>{render_block(b)}</div>" for b in blocks)
        return f'<div dir="{"rtl" if rtl else "ltr"}">{body}</div>\n'
    if mailer == "owa":
        body = "\n".join(f'<div{d}>{render_block(b)}</div>\n<div><br></div>' for b in blocks)
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
                '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
                f'{body}\n</div>\n</body>\n</html>\n')
    if mailer == "bulk":
        body = "\n".join(f'<tr><td style="padding:8px 24px;font-size:14px;line-height:1.5"{d}>{render_block(b)}</td></tr>' for b in blocks)
        return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
                '</head>\n<body style="background:#eeeeee;margin:0">\n<table align="center" width="600" cellpadding="0" cellspacing="0" '
                f'style="background:#ffffff;font-family:Arial,sans-serif">\n{body}\n</table>\n</body></html>\n')
    # thunderbird, apple, roundcube, zimbra and others
    body = "\n".join(f"<p{d}>{render_block(b)}</p>" for b in blocks)
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n</head>\n'
            f'<body{d}>\n{body}\n</body>\n</html>\n')


def text_part(text, subtype, charset, cte, nl, flowed=False, wrap=True):
    codec = CODEC[charset]
    if cte in ("7bit", "8bit") and wrap:
        text = hard_wrap(text, 76, flowed)
    raw_lf = text.encode(codec)
    if cte == "7bit":
        assert raw_lf.isascii(), "7bit part with non-ASCII text"
        payload = raw_lf.decode("ascii")
    elif cte == "8bit":
        payload = raw_lf.decode("ascii", "surrogateescape")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw_lf).decode("ascii")
    elif cte == "base64":
        raw = raw_lf.replace(b"\n", nl.encode()) if nl == "\r\n" else raw_lf
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        raise ValueError(cte)
    m = Message()
    ct = f'text/{subtype}; charset="{charset}"'
    if flowed:
        ct += "; format=flowed"
    m["Content-Type"] = ct
    m["Content-Transfer-Encoding"] = cte
    m.set_payload(payload)
    STATS[f"cte:{cte}"] += 1
    STATS[f"charset:{charset}"] += 1
    return m


def multipart(subtype, parts, boundary, extra=""):
    m = Message()
    m["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"{extra}'
    for p in parts:
        m.attach(p)
    STATS[f"multipart/{subtype}"] += 1
    return m


# --------------------------------------------------------------------------
# attachments
# --------------------------------------------------------------------------
PDF = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
       b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\nxref\n0 3\n"
       b"0000000000 65535 f \n0000000015 00000 n \n0000000064 00000 n \n"
       b"trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n115\n%%EOF\n")
OOXML = {
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             "word/document.xml",
             '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
             '<w:body><w:p><w:r><w:t>placeholder</w:t></w:r></w:p></w:body></w:document>'),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
             "xl/workbook.xml",
             '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<sheets><sheet name="Sheet1" sheetId="1"/></sheets></workbook>'),
}


def ooxml_bytes(kind):
    ctype, part, xml = OOXML[kind]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml",
                            '<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                            f'<Override PartName="/{part}" ContentType="{ctype}"/></Types>'),
                           (part, xml)):
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def set_filename(part, ctype, name):
    if is_ascii(name):
        part["Content-Type"] = f'{ctype}; name="{name}"'
        part["Content-Disposition"] = f'attachment; filename="{name}"'
    else:
        # Outlook/Thunderbird style: RFC 2047 in name=, RFC 2231 in filename*=
        part["Content-Type"] = f'{ctype}; name="{encode_words(name, "utf-8", "Q")}"'
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
        STATS["rfc2231_filename"] += 1


def binary_part(name, ctype, data):
    p = Message()
    set_filename(p, ctype, name)
    p["Content-Transfer-Encoding"] = "base64"
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    STATS["cte:base64(attachment)"] += 1
    return p


def ics_part(spec, r, nl):
    org_name, org_addr = spec["organizer"]
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT",
        f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{INTAKE_ADDR}",
        f"DTSTART:{spec['start']}", f"DTEND:{spec['end']}",
        f"SUMMARY;LANGUAGE=es-ES:{spec['summary']}",
        f"LOCATION;LANGUAGE=es-ES:{spec['location']}",
        f"UID:040000008200E00074C5B7101A82E008{rand_hex(r, 48, True)}",
        "DTSTAMP:20260601T082231Z", "SEQUENCE:0", "STATUS:CONFIRMED",
        "END:VEVENT", "END:VCALENDAR", ""]
    data = "\r\n".join(lines).encode("utf-8")
    p = Message()
    p["Content-Type"] = 'text/calendar; charset="utf-8"; method=REQUEST; name="invite.ics"'
    p["Content-Disposition"] = 'attachment; filename="invite.ics"'
    p["Content-Transfer-Encoding"] = "base64"
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    STATS["text/calendar"] += 1
    return p


# --------------------------------------------------------------------------
# message builder
# --------------------------------------------------------------------------
def build_body(spec, r, nl):
    """Return the body Message (no top-level headers) for a spec."""
    mailer = spec.get("mailer", "generic")
    struct = spec.get("struct", "plain")
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "7bit")
    text = spec.get("text", "")
    rtl = spec.get("language") == "ar" or bool(re.search("[\u0600-\u06ff]", text))
    flowed = mailer == "thunderbird" and cte in ("7bit", "8bit")

    if struct == "plain":
        body = text_part(text, "plain", charset, cte, nl, flowed, wrap=mailer not in NOWRAP)
        STATS["body:text/plain"] += 1
    elif struct in ("alt", "html_only"):
        html = spec.get("html") or text_to_html(text, mailer, rtl)
        hcs = spec.get("html_charset", charset if charset != "us-ascii" else "utf-8")
        if "us-ascii" == hcs and not is_ascii(html):
            hcs = "utf-8"
        hcte = spec.get("html_cte", "quoted-printable")
        html = html.replace('charset=utf-8"', f'charset={hcs}"')
        hpart = text_part(html, "html", hcs, hcte, nl)
        if struct == "html_only":
            body = hpart
            STATS["body:text/html only"] += 1
        else:
            body = multipart("alternative", [text_part(text, "plain", charset, cte, nl, flowed), hpart],
                             make_boundary(r, mailer, 1))
            STATS["body:multipart/alternative"] += 1
    elif struct == "dsn":
        body = build_dsn(spec, r, nl)
        STATS["body:multipart/report (delivery-status)"] += 1
    elif struct == "mdn":
        body = build_mdn(spec, r, nl)
        STATS["body:multipart/report (disposition-notification)"] += 1
    else:
        raise ValueError(struct)

    atts = spec.get("attachments") or []
    if atts:
        parts = [body]
        for a in atts:
            kind = a["kind"]
            if kind == "pdf":
                parts.append(binary_part(a["name"], "application/pdf", PDF))
            elif kind in OOXML:
                parts.append(binary_part(a["name"], OOXML[kind][0], ooxml_bytes(kind)))
            elif kind == "ics":
                parts.append(ics_part(a["ics"], r, nl))
            elif kind == "rfc822":
                inner = build_message(a["msg"], rng_for(spec["id"] + "/inner"), nl, top=False,
                                      parent_id=spec["id"])
                p = Message()
                p["Content-Type"] = "message/rfc822"
                if is_ascii(a["name"]):
                    p["Content-Disposition"] = f'attachment; filename="{a["name"]}"'
                else:
                    p.add_header("Content-Disposition", "attachment", filename=("utf-8", "", a["name"]))
                    STATS["rfc2231_filename"] += 1
                p.set_payload([inner])
                parts.append(p)
                STATS["message/rfc822 forward"] += 1
            else:
                raise ValueError(kind)
            STATS[f"attachment:{kind}"] += 1
        body = multipart("mixed", parts, make_boundary(r, mailer, 0))
    return body


def build_dsn(spec, r, nl):
    d = spec["dsn"]
    explain = text_part(spec["text"], "plain", spec.get("charset", "us-ascii"), spec.get("cte", "7bit"), nl)
    explain["Content-Description"] = "Notification"
    arrival = format_datetime(parse_date(spec["date"]) - dt.timedelta(seconds=7))
    b1 = Message()
    b1["Reporting-MTA"] = f"dns; {d['reporting_mta']}"
    b1["X-Postfix-Queue-ID"] = d["queue_id"]
    b1["X-Postfix-Sender"] = f"rfc822; {INTAKE_ADDR}"
    b1["Arrival-Date"] = arrival
    b2 = Message()
    b2["Final-Recipient"] = f"rfc822; {d['recipient']}"
    b2["Original-Recipient"] = f"rfc822;{d['recipient']}"
    b2["Action"] = "failed"
    b2["Status"] = d["status"]
    b2["Remote-MTA"] = f"dns; {d['remote_mta']}"
    b2["Diagnostic-Code"] = d["diagnostic"]
    status = Message()
    status["Content-Description"] = "Delivery report"
    status["Content-Type"] = "message/delivery-status"
    status.set_payload([b1, b2])
    inner = build_message(d["original"], rng_for(spec["id"] + "/orig"), nl, top=False, parent_id=spec["id"])
    if d.get("returned") == "headers":
        ret = Message()
        ret["Content-Type"] = "text/rfc822-headers"
        hdrs = "".join(f"{k}: {v}\n" for k, v in inner.items())
        ret.set_payload(hdrs)
    else:
        ret = Message()
        ret["Content-Description"] = "Undelivered Message"
        ret["Content-Type"] = "message/rfc822"
        ret.set_payload([inner])
    epoch = int(parse_date(spec["date"]).timestamp())
    return multipart("report", [explain, status, ret], f"{d['queue_id']}.{epoch}/{d['reporting_mta']}",
                     "; report-type=delivery-status")


def build_mdn(spec, r, nl):
    d = spec["mdn"]
    human = text_part(spec["text"], "plain", spec.get("charset", "utf-8"), spec.get("cte", "quoted-printable"), nl)
    orig_id = ack_msgid(spec["reply"]["ref"], spec["reply"]["kind"])
    mdn = Message()
    mdn["Content-Type"] = "message/disposition-notification"
    mdn.set_payload(
        f"Reporting-UA: {d['reporting_ua']}\n"
        f"Final-Recipient: rfc822;{d['final_recipient']}\n"
        f"Original-Message-ID: {orig_id}\n"
        f"Disposition: {d['disposition']}\n")
    return multipart("report", [human, mdn], make_boundary(r, spec.get("mailer", "outlook"), 0),
                     "; report-type=disposition-notification")


def received_header(spec, r, when):
    frm = spec["frm"][1]
    dom = domain_of(frm)
    host = dom if dom.startswith(("mail", "mx", "smtp")) else f"mail.{dom}"
    net = r.choice(["192.0.2", "198.51.100", "203.0.113"])
    ip = f"{net}.{r.randint(2, 250)}"
    qid = rand_str(r, 12, string.ascii_uppercase + string.digits)
    rec = when + dt.timedelta(seconds=r.randint(2, 40))
    return (f"from {host} ({host} [{ip}]) by mx1.ccm-isu.example (Postfix) with ESMTPS id {qid} "
            f"for <{INTAKE_ADDR}>; {format_datetime(rec)}")


def strip_prefixes(subj):
    return re.sub(r"^((re|fw|fwd|tr|rv|aw|wg|automatic reply|réponse automatique|lida|"
                  r"fuera de la oficina|unzustellbar)\s*:\s*)+", "", subj, flags=re.I)


def build_message(spec, r, nl, top=True, parent_id=None):
    mailer = spec.get("mailer", "generic")
    when = parse_date(spec["date"])
    body = build_body(dict(spec, id=spec.get("id", parent_id or "x")), r, nl)

    m = Message()
    if top:
        if mailer == "postfix" or spec.get("frm", ["", ""])[1].lower().startswith("mailer-daemon"):
            m["Return-Path"] = "<>"
        else:
            m["Return-Path"] = f"<{spec['frm'][1]}>"
        m["Received"] = received_header(spec, r, when)
    m["From"] = fmt_addr(spec["frm"], spec.get("name_cs"))
    tos = spec.get("to") or [D.INTAKE]
    m["To"] = ", ".join(fmt_addr(t) for t in tos)
    if spec.get("cc"):
        m["Cc"] = ", ".join(fmt_addr(c) for c in spec["cc"])
    subj = spec["subject"]
    scs = spec.get("subject_cs")
    if scs:
        m["Subject"] = encode_words(subj, scs[0], scs[1])
    else:
        m["Subject"] = encode_words(subj, "utf-8", "Q")
    if not is_ascii(subj):
        STATS["encoded_subject:" + (scs[0] if scs else "utf-8")] += 1
    m["Date"] = format_datetime(when)
    m["Message-ID"] = make_msgid(r, mailer, spec["frm"][1])
    if spec.get("reply"):
        mid = ack_msgid(spec["reply"]["ref"], spec["reply"]["kind"])
        m["In-Reply-To"] = mid
        m["References"] = mid
    if mailer in ("outlook", "owa"):
        topic = strip_prefixes(subj)
        m["Thread-Topic"] = encode_words(topic, (scs or ["utf-8"])[0], (scs or ["", "Q"])[1])
        m["Thread-Index"] = base64.b64encode(bytes(r.randrange(256) for _ in range(22))).decode()
        lang = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES", "pt": "pt-PT", "de": "de-DE",
                "ru": "ru-RU", "ar": "ar-SA"}.get(spec.get("language") or "en", "en-US")
        m["Accept-Language"] = f"{lang}, en-US"
        m["Content-Language"] = lang
        m["X-MS-Has-Attach"] = "yes" if spec.get("attachments") else ""
        m["X-MS-TNEF-Correlator"] = ""
    for name, val in MAILER_HEADERS.get(mailer, []):
        if mailer == "owa" and name in ("X-MS-Has-Attach",):
            continue
        if val is None:
            if name == "X-Originating-IP":
                val = f"[{r.choice(['192.0.2', '198.51.100'])}.{r.randint(2, 250)}]"
            else:
                val = rand_str(r, 20)
        m[name] = val
    if mailer == "thunderbird":
        m["Content-Language"] = spec.get("language") or "en"
    for name, val in spec.get("headers", []):
        if name == "Reply-To" and "<" in val and not is_ascii(val):
            dn, addr = val.rsplit("<", 1)
            val = fmt_addr([dn.strip(), addr.rstrip(">")])
        m[name] = val
    m["MIME-Version"] = "1.0 (1.0)" if mailer == "apple" else "1.0"
    for k, v in body.items():
        m[k] = v
    m.set_payload(body._payload)
    return m


def fold_value(name, value, width=76):
    """Fold a header value at spaces the way mail clients do (continuation
    lines start with one space); values that already contain a line break
    are left alone."""
    if "\n" in value or len(name) + 2 + len(value) <= width:
        return value
    tokens = value.split(" ")
    lines, cur = [], ""
    first = True
    for t in tokens:
        limit = width - (len(name) + 2 if first else 1)
        if cur and len(cur) + 1 + len(t) > limit:
            lines.append(cur)
            cur, first = t, False
        else:
            cur = f"{cur} {t}" if cur else t
    lines.append(cur)
    if lines and lines[0] == "":
        lines = lines[1:]
    return "\n ".join(lines)


def refold(msg):
    for part in msg.walk():
        for i, (k, v) in enumerate(part._headers):
            if isinstance(v, str):
                if k.lower() == "content-type" and v.startswith("multipart/") and "\n" not in v:
                    v = v.replace("; boundary=", ";\n\tboundary=", 1)
                part._headers[i] = (k, fold_value(k, v))


def serialize(msg, nl):
    refold(msg)
    buf = io.BytesIO()
    pol = _policy.compat32.clone(linesep=nl, max_line_length=0)
    BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(msg, unixfrom=False, linesep=nl)
    return buf.getvalue()


# --------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------
def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def html_to_text(h):
    h = re.sub(r"(?is)<(style|head)\b.*?</\1>", " ", h)
    h = re.sub(r"(?s)<[^>]+>", " ", h)
    return htmlmod.unescape(h)


def collect_text(msg, acc):
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue  # walk() already descends into the attached message
        if ct in ("text/plain", "text/html", "text/rfc822-headers"):
            s = part.get_content()
            acc.append(html_to_text(s) if ct == "text/html" else s)
        elif ct.startswith("message/"):
            acc.append(str(part.get_payload()))
    return acc


def probe_for(spec):
    if spec.get("probe"):
        return spec["probe"]
    lines = [l for l in spec["text"].split("\n") if len(l.strip()) > 25 and not l.startswith(">")]
    line = max(lines, key=len) if lines else spec["text"]
    return line.strip()[:60]


def check(path, spec, label):
    data = open(path, "rb").read()
    msg = email.message_from_bytes(data, policy=email.policy.default)
    errs = []
    subj = str(msg["subject"])
    if norm(subj) != norm(spec["subject"]):
        errs.append(f"subject mismatch: {subj!r}")
    for h in ("from", "to", "date", "message-id"):
        if msg[h] is None:
            errs.append(f"missing {h}")
    if INTAKE_ADDR not in str(msg["to"]).lower():
        errs.append("intake not in To")
    texts = collect_text(msg, [])
    blob = norm(" ".join(texts))
    hdrs = " ".join(f"{v}" for p in msg.walk() for v in p.values())
    for a in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", blob + " " + hdrs):
        dom = a.lower().rstrip(".")
        if not (dom.endswith(".example") or dom in ("example.org", "example.com", "example.net")):
            errs.append(f"non-example domain {dom}")
    for u in re.findall(r"https?://([\w.-]+)", blob + " " + hdrs + " " + " ".join(p.get_content() for p in msg.walk() if p.get_content_type() == "text/html")):
        if not u.lower().endswith(".example") and u.lower() not in ("www.w3.org", "schemas.openxmlformats.org"):
            errs.append(f"non-example URL host {u}")
    if norm(probe_for(spec)) not in blob:
        errs.append("probe text not found after decoding")
    for a in spec.get("attachments") or []:
        names = [p.get_filename() for p in msg.walk() if p.get_filename()]
        if a["name"] not in names:
            errs.append(f"attachment {a['name']!r} not found ({names})")
        if a["kind"] == "rfc822":
            if norm(probe_for(a["msg"])) not in blob:
                errs.append("forwarded message text not decodable")
    if spec.get("reply") and not msg["in-reply-to"]:
        errs.append("missing In-Reply-To")
    # labels
    if label["topic"] not in TOPICS:
        errs.append("bad topic")
    if label["language"] not in LANGS:
        errs.append("bad language")
    if any(s not in TOPICS or s == label["topic"] for s in label["secondary"]):
        errs.append("bad secondary")
    if label["hard"] != label["note"].startswith("HARD("):
        errs.append("hard flag / note prefix mismatch")
    if label["hard"]:
        kinds = re.match(r"HARD\(([^)]*)\): ", label["note"]).group(1).split(",")
        if not kinds or any(k not in KINDS for k in kinds):
            errs.append(f"bad kinds {kinds}")
    if msg.defects:
        errs.append(f"defects {msg.defects}")
    for part in msg.walk():
        if part.defects:
            errs.append(f"part defects {part.get_content_type()} {part.defects}")
    return errs, msg


# --------------------------------------------------------------------------
# README
# --------------------------------------------------------------------------
README_HEAD = """\
# blind14: independent held-out intake corpus (80 messages)

Hand-written test e-mails for the CCM intake classifier/router, labelled with
the scheme of `/work/shared/corpus/dev/README.md` (seven topics, main ask
wins, subject can mislead, no clear ask -> `general`, robots ->
`not_an_enquiry`).

**Written blind.**  The authors read only the dev corpus README and a handful
of dev messages for format.  Nothing under `/work/main/intake/`,
`routing_rules/`, `templates/`, `tests/`, other `bench/` directories,
`/work/shared/SPEC.md` or `/work/shared/DESIGN.md` was read, and no classifier
or service was run.  No git command was used.  All States, people,
organisations, phone numbers and domains are invented (`*.example`, `+999`);
none of the dev corpus's States, senders or wordings are reused.

## What this set stresses

Ordinary traffic of one quarter (April-June 2026): the annual-report crunch
before 30 April, intersessional meetings, extension requests, donors planning
allocations.  Most messages are clear requests from busy officials; the hard
ones are the kinds that occur naturally:

* **States in very different situations**: small island States that thought
  the Convention was a formality (a cyclone exposes bomblets on an old range),
  landlocked States (transit for destruction), heavily contaminated
  post-conflict States, donors (funding earmarked for one topic vs. spread
  over several), new States Parties and States not yet party.
* **Writing quality**: polished notes verbales, terse one-liners from
  phones, a machine-translated request, long internal threads.
* **Threads**: replies to acknowledgements (`Re: [CCM-2026-NNNN]`, with
  `In-Reply-To`), an old subject reused for a new question, forwards inline
  and as `message/rfc822`, an internal ministry argument forwarded whole.
* **Misleading surroundings**: signatures that list other topics' duties,
  victim-assistance context around a clearance ask (and the reverse), a
  stockpile announcement whose question is about reporting.
* **Attachment names**: bare cover notes where only the file name tells the
  topic, and one opaque scan name (-> `general`).
* **Robots**: Exchange out-of-office with and without `Auto-Submitted`,
  Postfix DSN (multipart/report), a German plain-text bounce, an Outlook read
  receipt (disposition-notification), NGO newsletters with `List-Unsubscribe`,
  spam, HTML-only phishing imitating a shared Article 7 form, and a KOI8-R
  helpdesk ticket that quotes a real stockpile request.
* **Enquiries that look like robots**: a letter delivered by a ministry's
  electronic document registry (no-reply sender) and a mail-merged seminar
  invitation with bulk headers that contains a personal request to the ISU.
* **Encodings**: utf-8, iso-8859-1, windows-1252, windows-1251,
  windows-1256, koi8-r, us-ascii; 7bit/8bit/quoted-printable/base64;
  RFC 2047 subjects and names (Q and B, several charsets, split
  encoded-words), RFC 2231 attachment names, CRLF and LF files.

## Files

* `corpus_data.py`: content and gold labels (data only).
* `generate.py`: builds `m-0001.eml` ... `m-0080.eml`, `labels.json` and
  this README deterministically (seeded Message-IDs, boundaries and file
  order), then parses every file back with `email.policy.default` and checks
  subject, decodability, attachments, `In-Reply-To`, domains and labels.
* `labels.json`: same format as the dev corpus (`topic`, `secondary`,
  `language`, `hard`, `note`; hard notes start with `HARD(kind,...): `).

Rebuild: `/work/main/.venv/bin/python -B /work/main/bench/blind14/generate.py`
"""


def write_readme(labels, fmt):
    lines = [README_HEAD, "## Counts", ""]
    n = len(labels)
    nh = sum(1 for v in labels.values() if v["hard"])
    lines.append(f"{n} messages, {nh} marked hard ({100 * nh / n:.0f}%).")
    lines.append("")
    lines.append("| topic | " + " | ".join(LANGS) + " | total | hard |")
    lines.append("| --- | " + " | ".join("---:" for _ in LANGS) + " | ---: | ---: |")
    tot = collections.Counter()
    for t in TOPICS:
        row = [sum(1 for v in labels.values() if v["topic"] == t and v["language"] == lg) for lg in LANGS]
        h = sum(1 for v in labels.values() if v["topic"] == t and v["hard"])
        for lg, c in zip(LANGS, row):
            tot[lg] += c
        lines.append(f"| `{t}` | " + " | ".join(str(c) for c in row) + f" | {sum(row)} | {h} |")
    lines.append("| **total** | " + " | ".join(str(tot[lg]) for lg in LANGS) + f" | {n} | {nh} |")
    lines.append("")
    kinds = collections.Counter()
    for v in labels.values():
        if v["hard"]:
            for k in re.match(r"HARD\(([^)]*)\)", v["note"]).group(1).split(","):
                kinds[k] += 1
    lines.append("Hard-case kinds (a message can have several): " +
                 ", ".join(f"`{k}` {kinds[k]}" for k in KINDS if kinds[k]) + ".")
    lines.append("")
    lines.append("## Format statistics")
    lines.append("")
    lines.append("| feature | messages / parts |")
    lines.append("| --- | ---: |")
    for k, v in fmt:
        lines.append(f"| {k} | {v} |")
    lines.append("")
    open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write("\n".join(lines))


# --------------------------------------------------------------------------
def main():
    specs = D.MESSAGES
    ids = [s["id"] for s in specs]
    assert len(set(ids)) == len(ids), "duplicate ids"
    order = list(specs)
    random.Random(SEED + "/order").shuffle(order)

    for f in os.listdir(HERE):
        if re.fullmatch(r"m-\d{4}\.eml", f):
            os.remove(os.path.join(HERE, f))

    labels, errors, fmt_msgs = {}, {}, collections.Counter()
    for i, spec in enumerate(order, 1):
        fname = f"m-{i:04d}.eml"
        nl = "\n" if spec.get("linesep") == "lf" else "\r\n"
        r = rng_for(spec["id"])
        msg = build_message(spec, r, nl, top=True)
        data = serialize(msg, nl)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
        kinds = spec.get("kinds") or []
        assert bool(kinds) == bool(spec["hard"]), spec["id"]
        note = (f"HARD({','.join(kinds)}): " if spec["hard"] else "") + spec["note"]
        labels[fname] = dict(topic=spec["topic"], secondary=list(spec["secondary"]),
                             language=spec["language"], hard=bool(spec["hard"]), note=note)
        errs, parsed = check(os.path.join(HERE, fname), spec, labels[fname])
        if errs:
            errors[f"{fname} ({spec['id']})"] = errs
        # message-level format statistics
        fmt_msgs["line endings: CRLF" if nl == "\r\n" else "line endings: LF"] += 1
        fmt_msgs[f"top-level {parsed.get_content_type()}"] += 1
        if any(p.get_content_type() == "message/rfc822" for p in parsed.walk()):
            fmt_msgs["contains message/rfc822"] += 1
        if parsed["List-Unsubscribe"] or parsed["List-Id"]:
            fmt_msgs["mailing-list headers (List-Id / List-Unsubscribe)"] += 1
        if parsed["Auto-Submitted"]:
            fmt_msgs["Auto-Submitted header"] += 1
        if parsed["In-Reply-To"]:
            fmt_msgs["In-Reply-To header"] += 1
        if not is_ascii(spec["subject"]):
            fmt_msgs["RFC 2047 encoded subject"] += 1

    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, sort_keys=True, ensure_ascii=False)
        fh.write("\n")

    fmt = sorted(fmt_msgs.items()) + [("(parts) " + k, v) for k, v in sorted(STATS.items())]
    write_readme(labels, fmt)

    # re-read labels.json and make sure every file has a label and vice versa
    lab = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    emls = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    assert sorted(lab) == emls, "labels.json and .eml files differ"

    if errors:
        for k, v in errors.items():
            print("ERROR", k, *v, sep="\n   ")
        sys.exit(1)
    print(f"OK: {len(labels)} messages written and verified in {HERE}")
    c = collections.Counter(v["topic"] for v in labels.values())
    print(dict(c), "hard:", sum(v["hard"] for v in labels.values()))


if __name__ == "__main__":
    main()
