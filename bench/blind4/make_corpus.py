#!/usr/bin/env python3
"""Deterministic generator of the "blind4" labelled e-mail corpus for the CCM intake.

Standard library only.  Writes e-0001.eml ... e-0080.eml and labels.json into the
directory given on the command line (default: the directory of this script), then
re-parses every file and prints counts.

    python3 make_corpus.py [OUTDIR]

Every message is addressed to intake@ccm-isu.example and comes from an invented
person at an invented *.example domain of a fictional State.  labels.json maps each
file name to {topic, secondary, language, hard, note}.  The file order is shuffled
with a fixed seed so that file numbers do not reveal the topic.
"""
import base64
import collections
import datetime
import email
import email.policy
import hashlib
import io
import json
import os
import quopri
import random
import sys
import zipfile
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr
from urllib.parse import quote as urlquote

HERE = os.path.dirname(os.path.abspath(__file__))
INTAKE = "intake@ccm-isu.example"
SHUFFLE_SEED = 4_0420_2026
TOPICS = ["stockpile_destruction", "clearance", "victim_assistance", "reporting",
          "legislation", "general", "not_an_enquiry"]

MSGS = []


def add(**kw):
    MSGS.append(kw)


def T(s):
    """Body text helper: drop the first newline of a triple-quoted block, end with one newline."""
    if s.startswith("\n"):
        s = s[1:]
    return s.rstrip("\n") + "\n"


def Q(text, prefix="> "):
    """Quote a block of text the way mail clients do ('>' alone on empty lines)."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append(prefix.rstrip() if not line.strip() else prefix + line)
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- ids, dates

def rnd(key):
    return random.Random(hashlib.sha256(key.encode("utf-8")).hexdigest())


def hexs(r, n, upper=False):
    s = "".join(r.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def b64ish(r, n):
    return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                   for _ in range(n))


def parse_date(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def mkdate(s):
    return format_datetime(parse_date(s))


def domain_of(a):
    return a.rsplit("@", 1)[1]


def make_mid(client, key, sender, when):
    r = rnd("mid:" + key)
    dom = domain_of(sender)
    if client == "outlook":
        srv = r.choice(["AM9PR07MB", "DB9PR04MB", "PAXPR08MB", "GV1PR02MB", "VI1PR09MB", "FR3P281MB"]) + str(r.randint(1000, 9999))
        reg = r.choice(["eurprd07", "eurprd04", "eurprd08", "DEUP281"])
        return f"<{srv}{hexs(r, 28, True)}@{srv}.{reg}.prod.outlook.com>"
    if client == "exchange":
        return f"<{hexs(r, 32)}@{r.choice(['EXCH01', 'MBX02', 'SRV-MAIL3', 'EX2019-01'])}.{dom}>"
    if client == "gmail":
        return f"<CA{b64ish(r, 10)}{r.choice(['+', '_', '-'])}{b64ish(r, 24)}{r.choice(['=', '-', '_'])}{b64ish(r, 12)}@mail.gmail.com>"
    if client == "thunderbird":
        return f"<{hexs(r, 8)}-{hexs(r, 4)}-{hexs(r, 4)}-{hexs(r, 4)}-{hexs(r, 12)}@{dom}>"
    if client == "apple":
        return f"<{hexs(r, 8, True)}-{hexs(r, 4, True)}-{hexs(r, 4, True)}-{hexs(r, 4, True)}-{hexs(r, 12, True)}@{dom}>"
    if client == "lotus":
        return f"<OF{hexs(r, 8, True)}.{hexs(r, 8, True)}-ON{hexs(r, 8, True)}.{hexs(r, 8, True)}@{dom}>"
    # generic webmail / MTA / mass mailer
    return f"<{when.strftime('%Y%m%d%H%M%S')}.{hexs(r, 12)}@{r.choice(['mail', 'smtp', 'webmail', 'mx'])}.{dom}>"


def thread_index(key):
    r = rnd("ti:" + key)
    return base64.b64encode(bytes(r.randrange(256) for _ in range(22))).decode()


# --------------------------------------------------------------------------- headers

def fold_ascii(name, value, width=78):
    if len(name) + 2 + len(value) <= width:
        return value
    words = value.split(" ")
    lines, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > width and cur.strip() and cur != name + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur = cur + " " + w
    lines.append(cur)
    out = "\n".join(lines)
    return out[len(name) + 2:]


def enc_text(value, charset="utf-8", name="Subject"):
    try:
        value.encode("ascii")
        return fold_ascii(name, value)
    except UnicodeEncodeError:
        return Header(value, charset, header_name=name).encode(linesep="\n")


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=charset)


def hdr_bytes(headers, charset="utf-8"):
    out = []
    for k, v in headers:
        line = f"{k}: {v}\n"
        out.append(line.encode("ascii"))
    return b"".join(out)


# --------------------------------------------------------------------------- bodies

def flow(text, width=76):
    """format=flowed: soft-wrap long unquoted lines with a trailing space."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width:
            out.append(line.rstrip(" ") if line.strip() else line.rstrip())
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def encode_body(raw, cte):
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    elif cte in ("7bit", "8bit"):
        if cte == "7bit":
            raw.decode("ascii")
        body = raw
    else:
        raise ValueError(cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return body


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", ct_extra="",
              quote_charset=True, extra=()):
    raw = text.encode(charset)
    cs = f'"{charset}"' if quote_charset else charset
    headers = [("Content-Type", f"text/{subtype}; charset={cs}{ct_extra}"),
               ("Content-Transfer-Encoding", cte)] + list(extra)
    return (headers, encode_body(raw, cte))


def multipart(subtype, parts, boundary, preamble=None, params="", extra=()):
    b = boundary.encode("ascii")
    out = b""
    if preamble:
        out += preamble.encode("ascii") + b"\n"
    for ph, pb in parts:
        out += b"--" + b + b"\n" + hdr_bytes(ph) + b"\n" + pb
        if not pb.endswith(b"\n"):
            out += b"\n"
    out += b"--" + b + b"--\n"
    headers = [("Content-Type", f'multipart/{subtype};{params} boundary="{boundary}"')] + list(extra)
    return (headers, out)


def boundary_for(client, key, n=0):
    r = rnd(f"bnd:{key}:{n}")
    if client == "outlook" or client == "exchange":
        return f"_{n:03d}_{hexs(r, 8).upper()}{hexs(r, 24).upper()}_"
    if client == "gmail":
        return "0000000000" + hexs(r, 16)
    if client == "thunderbird":
        return "------------" + b64ish(r, 24)
    if client == "apple":
        return f"Apple-Mail={hexs(r, 8, True)}-{hexs(r, 4, True)}-{hexs(r, 4, True)}-{hexs(r, 4, True)}-{hexs(r, 12, True)}"
    return f"----=_Part_{r.randint(10000, 99999)}_{r.randint(100000000, 999999999)}.{r.randint(10**12, 10**13 - 1)}"


# --------------------------------------------------------------------------- dummy attachments

def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def _xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def dummy_docx(lines):
    paras = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{_xml_esc(l)}</w:t></w:r></w:p>" for l in lines)
    return _zip([
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
         + paras + '</w:body></w:document>'),
    ])


def dummy_xlsx(rows):
    def cell(v):
        if isinstance(v, (int, float)):
            return f"<c><v>{v}</v></c>"
        return f'<c t="inlineStr"><is><t>{_xml_esc(str(v))}</t></is></c>'
    sheet = "".join(f"<row>{''.join(cell(v) for v in row)}</row>" for row in rows)
    return _zip([
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ("xl/worksheets/sheet1.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
         + sheet + '</sheetData></worksheet>'),
    ])


def dummy_pdf(title):
    t = title.encode("ascii", "replace").decode("ascii").replace("(", "[").replace(")", "]")
    stream = f"BT /F1 14 Tf 72 760 Td ({t}) Tj ET".encode("ascii")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return out


CTYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ics": "application/ics",
}


def attachment_part(filename, content=None, client="generic"):
    ext = filename.rsplit(".", 1)[1].lower()
    ctype = CTYPES[ext]
    if isinstance(content, bytes):
        data = content
    elif ext == "pdf":
        data = dummy_pdf(content or filename)
    elif ext == "docx":
        data = dummy_docx(content or [filename])
    elif ext == "xlsx":
        data = dummy_xlsx(content or [[filename]])
    else:
        raise ValueError(ext)
    try:
        filename.encode("ascii")
        ct = f'{ctype}; name="{filename}"'
        cd = f'attachment; filename="{filename}"'
    except UnicodeEncodeError:
        q = urlquote(filename.encode("utf-8"), safe="")
        ct = f"{ctype};\n name*=utf-8''{q}"
        cd = f"attachment;\n filename*=utf-8''{q}"
    if client in ("outlook", "exchange"):
        cd += f"; size={len(data)}"
    headers = [("Content-Type", ct), ("Content-Disposition", cd),
               ("Content-Transfer-Encoding", "base64")]
    if client == "outlook":
        headers.insert(1, ("Content-Description", filename if all(ord(c) < 128 for c in filename) else "attachment"))
    return (headers, base64.encodebytes(data))


# --------------------------------------------------------------------------- HTML

def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_from_text(text, client="outlook", lang="en"):
    rtl = lang == "ar"
    blocks = text.rstrip("\n").split("\n\n")
    html_blocks = []
    for blk in blocks:
        lines = blk.split("\n")
        if all(l.lstrip().startswith(("- ", "\u2022 ", "\u2013 ", "\u2014 ", "* ")) for l in lines if l.strip()):
            items = "".join(f"<li>{_esc(l.lstrip()[2:])}</li>" for l in lines if l.strip())
            html_blocks.append(f"<ul>{items}</ul>")
        else:
            html_blocks.append("<br>\n".join(_esc(l) for l in lines))
    if client == "gmail":
        inner = "<div><br></div>".join(f"<div>{b}</div>" for b in html_blocks)
        d = ' dir="rtl"' if rtl else ' dir="ltr"'
        return f"<div{d}>{inner}</div>\n"
    body = "\n".join(
        (b if b.startswith("<ul>") else f'<p class="MsoNormal">{b}<o:p></o:p></p>') + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        for b in html_blocks)
    dirattr = ' dir="rtl"' if rtl else ""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
        '@page WordSection1\n\t{size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
        'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
        f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"{dirattr}>\n'
        f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n'
    )


# --------------------------------------------------------------------------- assembling

CLIENT_HEADERS = {
    "outlook": lambda m: [("Thread-Topic", None), ("Thread-Index", thread_index(m["key"])),
                          ("Accept-Language", None), ("Content-Language", None),
                          ("X-MS-Has-Attach", "yes" if m.get("attachments") else ""),
                          ("X-MS-TNEF-Correlator", "")],
    "exchange": lambda m: [("Thread-Topic", None), ("Thread-Index", thread_index(m["key"])),
                           ("Content-Language", None), ("X-MS-Has-Attach", "yes" if m.get("attachments") else ""),
                           ("X-Mailer", "Microsoft Outlook 16.0")],
    "gmail": lambda m: [],
    "thunderbird": lambda m: [("User-Agent", "Mozilla Thunderbird")],
    "apple": lambda m: [("X-Mailer", m.get("xmailer", "Apple Mail (2.3826.300.87.4.3)"))],
    "lotus": lambda m: [("X-Mailer", "HCL Notes Release 12.0.2 November 03, 2022"),
                        ("X-MIMETrack", "Serialize by Router on SRVMAIL01/MFA at 2025-01-01")],
    "generic": lambda m: [],
}

LANG_TAG = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES", "pt": "pt-PT", "ar": "ar-SA",
            "ru": "ru-RU", "de": "de-DE"}

IPS = ["192.0.2.", "198.51.100.", "203.0.113."]


def received(m, when):
    r = rnd("rcv:" + m["key"])
    dom = domain_of(m["sender"][1])
    helo = m.get("helo") or f"{r.choice(['mail', 'mx1', 'smtp', 'mta2', 'out'])}.{dom}"
    ip = r.choice(IPS) + str(r.randint(2, 250))
    qid = b64ish(r, 12)
    t = format_datetime(when.astimezone(datetime.timezone(datetime.timedelta(hours=1))) + datetime.timedelta(seconds=r.randint(2, 90)))
    return (f"from {helo} ({helo} [{ip}])\n\tby mx1.ccm-isu.example (Postfix) with ESMTPS id {qid}\n"
            f"\tfor <{INTAKE}>; {t}")


def build_body(m):
    """Return (headers, body) for the top-level MIME entity of an ordinary message."""
    client = m.get("client", "generic")
    fmt = m.get("fmt", "plain")
    charset = m.get("charset", "utf-8")
    cte = m.get("cte") or {"outlook": "quoted-printable", "exchange": "quoted-printable",
                           "gmail": "quoted-printable", "thunderbird": "8bit",
                           "apple": "quoted-printable"}.get(client, "quoted-printable")
    text = m.get("body", "")
    if client == "thunderbird" and fmt == "plain":
        text_p = text_part(flow(text), charset=charset, cte=cte, ct_extra="; format=flowed",
                           quote_charset=False)
    elif client == "apple":
        text_p = text_part(text, charset=charset, cte=cte, quote_charset=False)
    else:
        text_p = text_part(text, charset=charset, cte=cte)
    n = 0
    if fmt == "plain":
        main = text_p
    else:
        html = m.get("html") or html_from_text(text, client, m["lang"])
        html_p = text_part(html, "html", charset=charset, cte=m.get("html_cte", "quoted-printable"))
        if fmt == "html":
            main = html_p
        else:
            main = multipart("alternative", [text_p, html_p], boundary_for(client, m["key"], n))
            n += 1
    atts = m.get("attachments") or []
    if not atts:
        return main
    parts = [main] + [attachment_part(fn, content, client) for fn, content in atts]
    pre = "This is a multi-part message in MIME format." if client == "thunderbird" else None
    return multipart("mixed", parts, boundary_for(client, m["key"], n + 1), preamble=pre)


def build_message(m):
    when = parse_date(m["date"])
    client = m.get("client", "generic")
    charset = m.get("hcharset") or (m.get("charset", "utf-8"))
    name, address = m["sender"]
    headers = []
    if m.get("return_path") is not None:
        headers.append(("Return-Path", m["return_path"]))
    if not m.get("no_received"):
        headers.append(("Received", received(m, when)))
    from_v = m.get("from_raw") or addr(name, address, charset)
    to_v = m.get("to_raw") or INTAKE
    subj = enc_text(m["subject"], charset)
    mid = m.get("mid") or make_mid(client, m["key"], address, when)
    core = [("From", from_v), ("To", to_v)]
    if m.get("cc"):
        core.append(("Cc", ", ".join(addr(n, a, charset) for n, a in m["cc"])))
    core += [("Subject", subj), ("Date", mkdate(m["date"])), ("Message-ID", mid)]
    if m.get("in_reply_to"):
        core.append(("In-Reply-To", m["in_reply_to"]))
        refs = m.get("references") or m["in_reply_to"]
        core.append(("References", fold_ascii("References", refs)))
    if m.get("reply_to"):
        core.append(("Reply-To", m["reply_to"]))
    # client-specific ordering
    extra = []
    for k, v in CLIENT_HEADERS.get(client, CLIENT_HEADERS["generic"])(m):
        if k == "Thread-Topic":
            topic = m["subject"]
            for p in ("RE: ", "Re: ", "FW: ", "Fwd: ", "TR: ", "RV: ", "AW: ", "WG: "):
                if topic.startswith(p):
                    topic = topic[len(p):]
            v = enc_text(topic, charset, "Thread-Topic")
        elif k in ("Accept-Language", "Content-Language"):
            v = LANG_TAG.get(m["lang"], "en-US")
            if k == "Accept-Language":
                v = f"{v}, en-US"
        extra.append((k, v))
    extra += list(m.get("headers", []))
    headers += core + extra
    if "raw_body" in m:
        bh, bb = m["raw_body"](m)
    else:
        bh, bb = build_body(m)
    mv = "1.0" if client != "apple" else (m.get("mime_version") or "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))")
    headers.append(("MIME-Version", mv))
    headers += bh
    return hdr_bytes(headers) + b"\n" + bb


# --------------------------------------------------------------------------- automated mail

def dsn_postfix(m):
    """Postfix-style multipart/report (delivery-status) with the returned headers."""
    d = m["dsn"]
    text = T(f"""
This is the mail system at host {d['mta']}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{d['rcpt']}>: host {d['remote']}[{d['remote_ip']}] said:
    {d['diag']} (in reply to RCPT TO command)
""")
    status = T(f"""
Reporting-MTA: dns; {d['mta']}
X-Postfix-Queue-ID: {d['qid']}
X-Postfix-Sender: rfc822; {INTAKE}
Arrival-Date: {d['arrival']}

Final-Recipient: rfc822; {d['rcpt']}
Original-Recipient: rfc822;{d['rcpt']}
Action: failed
Status: {d['status']}
Remote-MTA: dns; {d['remote']}
Diagnostic-Code: smtp; {d['diag']}
""")
    p1 = text_part(text, charset="us-ascii", cte="7bit", extra=[("Content-Description", "Notification")])
    p2 = ([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
          status.encode("ascii"))
    p3 = ([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
          d["orig_headers"].encode("utf-8"))
    return multipart("report", [p1, p2, p3], d["boundary"], params=" report-type=delivery-status;",
                     extra=[("Content-Description", "Notification (in part)")])


def dsn_exchange(m):
    """Exchange-style NDR: multipart/report with alternative text/html, status and headers."""
    d = m["dsn"]
    html = ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n</head>\n"
            "<body>\n<div style=\"font-family:Segoe UI,Frutiger,Helvetica,Arial,sans-serif\">\n"
            + "".join(f"<p>{_esc(p).replace(chr(10), '<br>')}</p>\n" for p in d["text"].strip().split("\n\n"))
            + "</div>\n</body>\n</html>\n")
    alt = multipart("alternative", [text_part(d["text"], cte="quoted-printable"),
                                    text_part(html, "html", cte="quoted-printable")],
                    d["boundary"] + "alt")
    status = T(f"""
Reporting-MTA: dns;{d['mta']}
Received-From-MTA: dns;{d['from_mta']}
Arrival-Date: {d['arrival']}

Final-Recipient: rfc822;{d['rcpt']}
Action: failed
Status: {d['status']}
Diagnostic-Code: smtp;{d['diag']}
""")
    p2 = ([("Content-Type", "message/delivery-status")], status.encode("ascii"))
    p3 = ([("Content-Type", "text/rfc822-headers")], d["orig_headers"].encode("utf-8"))
    return multipart("report", [alt, p2, p3], d["boundary"], params=" report-type=delivery-status;")


def mdn_report(m):
    d = m["mdn"]
    p1 = text_part(d["text"], charset="utf-8", cte="quoted-printable")
    status = T(f"""
Reporting-UA: {d['ua']}
Final-Recipient: rfc822;{d['rcpt']}
Original-Message-ID: {d['orig_mid']}
Disposition: manual-action/MDN-sent-manually; displayed
""")
    p2 = ([("Content-Type", "message/disposition-notification")], status.encode("ascii"))
    return multipart("report", [p1, p2], d["boundary"], params=" report-type=disposition-notification;")


def ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line + "\r\n"
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out) + "\r\n"


def calendar_invite(m):
    c = m["cal"]
    ics = "".join(ics_fold(l) for l in c["ics"])
    text_p = text_part(c["text"], charset="UTF-8", cte="quoted-printable", ct_extra="; format=flowed; delsp=yes",
                       quote_charset=False)
    html_p = text_part(c["html"], "html", charset="UTF-8", cte="quoted-printable", quote_charset=False)
    cal_p = ([("Content-Type", "text/calendar; charset=UTF-8; method=REQUEST"),
              ("Content-Transfer-Encoding", "base64")], base64.encodebytes(ics.encode("utf-8")))
    alt = multipart("alternative", [text_p, html_p, cal_p], c["boundary"] + "b")
    att = ([("Content-Type", 'application/ics; name="invite.ics"'),
            ("Content-Disposition", 'attachment; filename="invite.ics"'),
            ("Content-Transfer-Encoding", "base64")], base64.encodebytes(ics.encode("utf-8")))
    return multipart("mixed", [alt, att], c["boundary"] + "a")


# =========================================================================== ENGLISH

add(key="en-sd1", lang="en", topic="stockpile_destruction", secondary=[], hard=False,
    note="MoD asks for guidance on contained detonation vs open burning/detonation for 155mm DPICM stocks, contacts and costs",
    sender=("Lt Col Marcus Hendry", "marcus.hendry@mod.norvania.example"),
    subject="Request for technical advice \u2013 destruction of 155mm DPICM stocks",
    date="2025-02-11 10:42:17 +0000", client="outlook",
    body=T("""
Dear Sir/Madam,

I am writing on behalf of the Directorate of Land Equipment, Ministry of Defence of the Republic of Norvania, regarding the destruction of the remaining stocks of cluster munitions declared in our initial transparency report.

We currently hold 2,316 155mm extended-range artillery projectiles of the DPICM type, each containing 49 dual-purpose submunitions, together with approximately 140 120mm mortar bombs with submunitions. All items were withdrawn from operational service in 2019 and are stored at the Kelso Ridge ammunition depot.

Our preliminary planning assumed open burning/open detonation at the Kelso range, but the Environment Agency has raised objections, and the condition of some lots (surveillance testing in 2023 showed propellant stability issues in three lots) makes us cautious about moving them long distances by road.

We would be grateful if the ISU could:

- share any technical guidance or lessons learned from States Parties that have used contained detonation chambers or mobile demilitarisation units for similar projectiles;
- put us in touch with States or operators that might offer such equipment or services, and indicate typical costs per tonne if these are available;
- advise whether sending the items to another State Party for destruction would require any specific notification on our side.

We aim to finalise the destruction plan by the end of Q2 so that the work can be completed well before our deadline.

Thank you in advance for your support.

Kind regards,

Lt Col Marcus Hendry
SO1 Ammunition Management
Directorate of Land Equipment | Ministry of Defence
Republic of Norvania
Tel: +99 21 555 0142

OFFICIAL
This email and any attachments are intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Views expressed are those of the author and not necessarily those of the Ministry of Defence.
"""))

add(key="en-sd2", lang="en", topic="stockpile_destruction", secondary=["victim_assistance"], hard=True,
    note="HARD(buried_ask): note verbale with a vague subject opens on survivors' programmes; the ask is the procedure and timeline for an Art. 3 extension request",
    sender=("Ingrid Sollberg", "i.sollberg@arvenia-mission.example"),
    subject="Note verbale No. 118/2025",
    date="2025-06-03 15:07:44 +0200", client="exchange",
    body=T("""
Dear colleagues,

Please find below the text of Note verbale No. 118/2025. The signed original follows by post.

Best regards,
Ingrid Sollberg

-----

Note verbale No. 118/2025

The Permanent Mission of the Republic of Arvenia to the United Nations Office and other international organizations in Geneva presents its compliments to the Implementation Support Unit of the Convention on Cluster Munitions and has the honour to inform it of the following.

The Government of the Republic of Arvenia remains fully committed to the object and purpose of the Convention. Over the past year, the Ministry of Labour and Social Protection, in partnership with the Arvenian Red Cross, has expanded the national register of persons injured by explosive ordnance, which now covers 1,284 survivors, including 211 injured by cluster munitions. A new rehabilitation wing at the Regional Hospital of Dravos was inaugurated in March, and a vocational training scheme for survivors and their family members is being piloted in two districts. The Government intends to present these developments in detail at the forthcoming Meeting of States Parties.

At the same time, the Ministry of Defence has informed the Permanent Mission that, owing to the delayed delivery of the demilitarisation equipment contracted in 2023 and the discovery of an additional 37 tonnes of submunitions at the Port Lemar depot, the destruction of the remaining stockpile cannot be completed before the deadline of 1 August 2026.

In this connection, the Permanent Mission would be grateful if the Implementation Support Unit could advise on the procedure and timeline for the submission of a request for an extension of the deadline under Article 3, paragraphs 3 and 4, of the Convention, including the information that the request should contain, the latest date by which it should be submitted in order to be considered at the next Meeting of States Parties, and whether the Unit would be in a position to review a draft of the request informally before its formal submission.

The Permanent Mission of the Republic of Arvenia avails itself of this opportunity to renew to the Implementation Support Unit of the Convention on Cluster Munitions the assurances of its highest consideration.

Geneva, 3 June 2025

--
Ingrid Sollberg
First Secretary
Permanent Mission of the Republic of Arvenia
Chemin du Petit-Saconnex 28A, 1209 Geneva
"""))

add(key="en-sd3", lang="en", topic="stockpile_destruction", secondary=[], hard=False,
    note="army EOD school asks what quantity of submunitions may be retained for training under Art. 3(6); inventory spreadsheet attached",
    sender=("Maj. Priya Ramanathan", "p.ramanathan@army.kandor.example"),
    subject="Retention of submunitions for EOD training - how many is acceptable?",
    date="2025-03-19 07:55:03 +0530", client="outlook",
    attachments=[("Retained_CM_inventory_EngrSchool_2025.xlsx",
                  [["Item", "Lot", "Qty", "Location", "Purpose"],
                   ["M26 rocket (complete)", "KD-88-114", 4, "Engineer School bunker 3", "EOD training"],
                   ["M77 submunition (inert-ready)", "KD-88-114", 36, "Engineer School bunker 3", "detector testing"],
                   ["BLU-97 type submunition", "KD-91-007", 22, "Camp Varun", "EOD training"]])],
    body=T("""
Good morning,

Our Engineer School keeps a small number of live submunitions and a few complete M26 rockets under Article 3(6) for training EOD operators and for testing detection equipment. The current list is attached.

A new Commandant has asked me to justify the quantity, and honestly I don't know what the benchmark is. Could you tell me:

1. whether there is any agreed ceiling or guidance on the "minimum number absolutely necessary" for these purposes;
2. what other States Parties with comparable training needs retain (ballpark figures would do);
3. whether we may consume some of them in live demolition training, and if so whether anything consumed this way counts as destroyed.

We would like to reduce the holding to what we can defend and destroy the rest with the next batch at Camp Varun later this year.

Thanks and regards,

Maj. Priya Ramanathan
Officer Commanding, EOD Training Wing
Kandor Army Corps of Engineers
"""))

add(key="en-sd4", lang="en", topic="stockpile_destruction", secondary=["reporting"], hard=True,
    note="HARD(reply_other_thread): Gmail reply; quoted ISU thread is about Form B figures; new ask is how to arrange and cost a transfer of rockets abroad for destruction",
    sender=("Aoife Brennan", "aoife.brennan@dfa.dunmore.example"),
    subject="Re: Form B \u2013 stockpile figures in the 2025 report",
    date="2025-05-13 09:21:55 +0100", client="gmail",
    in_reply_to="<5c1d0e3a-77b2-4f0e-9d1c-2b4a8e6f0a11@ccm-isu.example>",
    body=T("""
Hi Sophie,

Thanks, that's very clear - we'll correct the figures in Form B and resend the report by Friday.

While I have you, a separate question that has come up with our MoD colleagues. We're now planning to send the 312 M26 rockets held at Ballymor to Ellesmark for destruction at their Hagen Flats facility, since they've offered to do it at cost. Before we go further:

- Is a bilateral agreement or MoU the usual instrument for this kind of transfer, or is an exchange of letters enough? Examples from other States Parties would be great.
- Who normally bears the transport and destruction costs in such arrangements?
- Is there anything in Article 3 we need to watch out for so that the transfer is clearly for the purpose of destruction?

Happy to jump on a call next week if that's easier.

Best,
Aoife

On Mon, 12 May 2025 at 16:03, Sophie Lamarche <s.lamarche@ccm-isu.example> wrote:
""") + Q(T("""
Dear Aoife,

Thank you for sharing the draft. On Form B, the total in the summary table (4,310 submunitions) does not match the sum of the lots listed below it (4,130). Could you check with the MoD which figure is correct? Please also remember to indicate the items retained under Article 3(6) separately; at the moment they appear to be included in the stockpile total.

Otherwise the report looks complete. Once the corrected version is sent, we will publish it on the website.

Kind regards,
Sophie

Sophie Lamarche
Implementation Support Unit
Convention on Cluster Munitions
""")))

add(key="en-sd5", lang="en", topic="stockpile_destruction", secondary=[], hard=False,
    note="NGO writing for a MoD: funding shortfall to finish destroying RBK cluster bombs; asks how to present the need and for cost benchmarks",
    sender=("Helena Voss", "h.voss@safestocks.example"),
    cc=[("Col. Arto Rantanen", "arto.rantanen@mod.veskaria.example")],
    subject="Veskaria \u2013 support needed to complete stockpile destruction",
    date="2025-10-07 14:30:12 +0200", client="thunderbird",
    body=T("""
Dear colleagues,

I am writing on behalf of the Ministry of Defence of the State of Veskaria, with which our organisation has a technical advisory agreement (Col. Rantanen of the MoD is in copy).

Veskaria has destroyed roughly 70% of its declared stockpile since 2022. What remains is 1,100 RBK-250 type air-dropped cluster bombs and about 28,000 submunitions, most of them at the Orvik storage site. The destruction line at Orvik is working, but the national budget for 2026 has been cut and the Ministry estimates a shortfall of EUR 1.9 million to complete destruction before its Article 3 deadline.

Could the ISU advise how Veskaria might best present this need to potential partners - for example at the Intersessional Meetings, or through an individualised approach - and share any cost benchmarks from comparable destruction projects, so that the Ministry's estimate can be checked before it is circulated?

With thanks and best regards,
Helena Voss
Programme Manager
Safe Stocks Initiative
"""))

add(key="en-cl1", lang="en", topic="clearance", secondary=[], hard=False,
    note="mine action authority requests support for non-technical survey and land release of suspected hazardous areas",
    sender=("Dr Amara Koroma", "a.koroma@nmaa.solmere.example"),
    subject="Request for technical support \u2013 non-technical survey and land release, Northern Districts",
    date="2025-03-04 08:12:39 +0000", client="outlook",
    body=T("""
Dear ISU team,

The National Mine Action Authority (NMAA) of the Kingdom of Solmere would like to request technical support for the survey of areas contaminated by cluster munition remnants in the Northern Districts of Ambar and Tessel.

Since the floods of 2024, community reports of unexploded submunitions have increased significantly. We currently have 14 suspected hazardous areas recorded in our database, covering an estimated 9.6 km2, but many of these polygons date from emergency reporting in 2011 and are probably much larger than the real contamination.

Our survey capacity is limited to two non-technical survey teams trained in 2019. We would appreciate support in the following areas:

1. refresher training on non-technical survey and evidence-based land release, in line with IMAS 08.10 and our national standards;
2. advice on cancelling and reducing suspected hazardous areas through non-technical survey, including the documentation required for handover to communities;
3. contacts with States Parties or operators with experience of surveying cluster munition remnants in floodplain environments.

Please let us know what information you need from us to take this forward.

Yours sincerely,

Dr Amara Koroma
Director of Operations
National Mine Action Authority - Kingdom of Solmere
P.O. Box 2231, Port Alder
"""))

add(key="en-cl2", lang="en", topic="clearance", secondary=["general"], hard=True,
    note="HARD(misleading_subject): subject and opening about the meetings and sponsorship; the ask is information management support to establish the clearance baseline",
    sender=("Nadia Petrosyan", "n.petrosyan@mac.marovia.example"),
    subject="Follow-up from the Intersessional Meetings",
    date="2025-05-27 17:48:02 +0400", client="gmail",
    body=T("""
Dear Mr Adeyemi,

It was good to meet you in Geneva last week, and thank you again for the sponsorship that allowed me to attend. The session on partnerships was very useful and our head of delegation has already briefed the Minister.

As I mentioned briefly over coffee, we are struggling with our information management. Our database still runs on an old IMSMA installation, and about a third of the hazardous area records for the Kessin valley have no completion reports attached, so we cannot say with confidence how much land has actually been released since 2020. This is becoming a real problem because our Article 4 deadline is in 2027 and we need a credible baseline of the remaining contamination.

Could the ISU help us find support for migrating to IMSMA Core and cleaning up the historical survey and clearance data? A short mission by an IM specialist, even remotely, would already help a lot. If the GICHD is better placed for this, an introduction would be much appreciated.

With best regards,
Nadia

Nadia Petrosyan
Information Management Officer
Marovia Mine Action Centre
"""))

CL3_HTML = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css">body{font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#222}</style>
</head>
<body>
<p>Dear colleagues,</p>
<p>On behalf of the <b>Ministry of Education of the Federal Republic of Ostavia</b>, with which we implement the national risk education programme, I would like to ask for your help.</p>
<p>Following the discovery of submunitions near two primary schools in Lenz Province in April, the Ministry has decided to introduce explosive ordnance risk education (EORE) into the primary curriculum from September. We are looking for:</p>
<ul>
<li>examples of EORE materials for children aged 6&ndash;12 that other States Parties have used for cluster munition remnants (posters, lesson plans, storybooks, radio spots);</li>
<li>guidance on training teachers as risk education facilitators, and on how often messages should be refreshed;</li>
<li>any evaluation of what actually changes children&rsquo;s behaviour (e.g. not picking up the small &ldquo;ball&rdquo; submunitions found in fields).</li>
</ul>
<p>Materials in French would also be useful, as two of the affected provinces are francophone.</p>
<p>Many thanks in advance,</p>
<p>Grace Ndlovu<br>
<span style="color:#7a7a7a">Country Director | Hope Without Hazards &ndash; Ostavia office<br>
Acting for the Ministry of Education, Federal Republic of Ostavia<br>
+99 31 440 2207</span></p>
<p style="font-size:8pt;color:#999">Hope Without Hazards is a registered non-profit organisation. Please consider the environment before printing this e-mail.</p>
</body>
</html>
"""

add(key="en-cl3", lang="en", topic="clearance", secondary=[], hard=False,
    note="HTML-only: NGO acting for a Ministry of Education asks for risk education materials for primary schools and teacher training",
    sender=("Grace Ndlovu", "g.ndlovu@hwh-ngo.example"),
    subject="Explosive ordnance risk education materials for primary schools \u2013 Ostavia",
    date="2025-05-08 11:02:26 +0200", client="generic", fmt="html", html=CL3_HTML,
    headers=[("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF128)")])

add(key="en-cl4", lang="en", topic="clearance", secondary=[], hard=True,
    note="HARD(attachment_only_hint): generic subject and body; only the attachment names (draft Art. 4 extension request, remaining CMR areas) reveal the topic",
    sender=("Pieter van Dalen", "p.vandalen@defence.norstrand.example"),
    subject="Documents as discussed",
    date="2025-09-16 16:40:51 +0200", client="outlook",
    attachments=[("Norstrand_Art4_extension_request_DRAFT_v3.docx",
                  ["Kingdom of Norstrand", "Request for an extension of the deadline under Article 4",
                   "DRAFT v3 - not for circulation"]),
                 ("Annex_B_remaining_CMR_areas_by_province.xlsx",
                  [["Province", "Area ID", "Status", "Size (m2)"],
                   ["Haldor", "HD-017", "CHA", 184500], ["Haldor", "HD-022", "SHA", 96200],
                   ["Vesterby", "VB-004", "CHA", 412000]])],
    body=T("""
Dear colleagues,

Please find attached the documents as discussed on Tuesday's call. Comments would be welcome by the end of the month.

Regards,
Pieter

Pieter van Dalen
Senior Policy Officer
Ministry of Defence, Kingdom of Norstrand
"""))

add(key="en-cl5", lang="en", topic="clearance", secondary=[], hard=False,
    note="short: defence force wants an instructor for a subsurface battle area clearance course",
    sender=("Capt. Samuel Otieno", "s.otieno@tidf.tarrow.example"),
    subject="BAC instructor?",
    date="2025-07-22 21:14:09 +1200", client="apple", xmailer="iPhone Mail (22F76)", mime_version="1.0 (1.0)",
    body=T("""
Hi,

Do you have contacts for anyone who could deliver a subsurface battle area clearance course? We need to train two sections before we start on the Coral Creek range next dry season - plenty of BLU-63 type submunitions down to 30 cm in places.

Thanks,
Sam

Capt. S. Otieno
OC 2 Field Squadron
Tarrow Islands Defence Force

Sent from my iPhone
"""))

add(key="en-va1", lang="en", topic="victim_assistance", secondary=[], hard=False,
    note="Ministry of Health seeks support for prosthetic and orthotic services, technician training and outreach for survivors",
    sender=("Dr Fiona McAllister", "fiona.mcallister@health.dunmore.example"),
    subject="Support for prosthetic and orthotic services \u2013 Ministry of Health, Dunmore",
    date="2025-01-28 13:05:47 +0000", client="outlook",
    body=T("""
Dear Implementation Support Unit,

I am writing from the Rehabilitation Services Department of the Ministry of Health of the Republic of Dunmore to seek the ISU's advice and, if possible, assistance in strengthening our prosthetic and orthotic (P&O) services for survivors of cluster munitions and other explosive ordnance.

Our 2024 survivor survey identified 642 living survivors of cluster munition incidents in the provinces of Carrow, Athby and Glenmore, of whom approximately 190 have lower-limb amputations. The only P&O workshop is at the National Rehabilitation Centre in the capital. It has three qualified technicians and a waiting list of about eight months. Survivors from Glenmore have to travel more than 300 km, and many abandon follow-up because of the cost of transport. Replacing sockets for growing children is a particular gap.

The Ministry has approved a plan to open two satellite workshops in Athby and Glenmore in 2026, but we lack:

- funding for equipment and components (polypropylene technology);
- a training pathway for six P&O technicians (ISPO Category II or equivalent);
- technical advice on follow-up systems and outreach to survivors in remote villages.

We would be grateful if the ISU could advise which States Parties or organisations have supported similar initiatives, and whether this request could be brought to the attention of the victim assistance coordinators. Any guidance on integrating P&O services into the national health system would also be very welcome.

I can share the survey report and the plan if that would be useful.

With many thanks and best regards,

Dr Fiona McAllister
Deputy Director, Rehabilitation Services
Ministry of Health, Republic of Dunmore
Tel. +99 1 602 4410
"""))

add(key="en-va2", lang="en", topic="victim_assistance", secondary=["clearance", "stockpile_destruction"], hard=True,
    note="HARD(buried_ask): long update on clearance and completed stockpile destruction; the ask (survivors in the national disability strategy) is in the last paragraph",
    sender=("Tobias Ekwueme", "t.ekwueme@socialaffairs.keldara.example"),
    subject="Keldara \u2013 update and a question",
    date="2025-04-15 10:31:18 +0300", client="outlook",
    body=T("""
Dear colleagues,

I hope this finds you well. Allow me first to give you a brief update on where Keldara stands since our last exchange at the Meeting of States Parties.

On clearance, the National Demining Office completed technical survey of the remaining 23 hazardous areas in the Voss and Malden districts in February. Some 4.1 km2 were released and clearance of the last 1.8 km2 is scheduled to finish in November, which should allow us to declare completion of our Article 4 obligations ahead of the 2027 deadline. We remain very grateful to Norstrand and to the operators for their support.

On stockpiles, as you know, destruction was completed in 2021, and the Ministry of Defence confirms that the 64 submunitions retained for training are still held at the Engineer School and used only for detector trials.

This brings me to the reason for my message. With clearance coming to an end, my Ministry is conscious that the needs of survivors will not. We are drafting the new National Disability Strategy 2026-2030, and I would like to make sure that cluster munition survivors and their families are covered within it rather than by a separate, time-limited programme. Could the ISU share examples of national disability strategies or action plans from other States Parties that integrate victim assistance in this way, and suggest indicators we could use to track survivors' access to health, rehabilitation and social protection services? If a coordinator could also review our draft chapter in June, that would be invaluable.

Kind regards,

Tobias Ekwueme
Director, Social Inclusion
Ministry of Social Affairs
Republic of Keldara
"""))

add(key="en-va3", lang="en", topic="victim_assistance", secondary=[], hard=True,
    note="HARD(forwarded_only): Outlook forward; cover note is generic; the forwarded hospital letter asks for psychosocial support and rehabilitation for child survivors",
    sender=("Claire Dubois-Harmon", "c.dubois-harmon@mfa.marovia.example"),
    subject="FW: Urgent request - Kessin District Hospital",
    date="2025-09-18 11:52:30 +0400", client="outlook",
    body=T("""
Dear ISU colleagues,

Please see below, for your attention. Grateful for any advice on how we can respond.

Best regards,
Claire

Claire Dubois-Harmon
Desk Officer, Arms Control and Disarmament
Ministry of Foreign Affairs of the Republic of Marovia

From: Dr Emil Varga <director@kessin-hospital.marovia.example>
Sent: Thursday, September 18, 2025 8:14 AM
To: Disarmament Desk <disarmament@mfa.marovia.example>
Cc: Provincial Health Office <pho.kessin@health.marovia.example>
Subject: Urgent request - Kessin District Hospital

Dear Sir or Madam,

On 9 September four children were injured when a submunition exploded near the village of Orlen, in the Kessin valley. One of them, aged 11, died on arrival at our hospital; the other three are being treated for fragment injuries and one boy will need a below-knee amputation.

Our hospital has no psychologist or social worker. The families are in great distress and the whole community is frightened. The Provincial Health Office told us that the Ministry of Foreign Affairs is in contact with an international body under the cluster munitions convention which may be able to help.

We ask for assistance with:
- psychological first aid and longer-term psychosocial support for the injured children and their families, and for the bereaved family;
- referral of the amputee child to a rehabilitation centre for a prosthesis, with follow-up as he grows;
- any support for the families' transport and accommodation costs during treatment.

Thank you for your urgent consideration.

Dr Emil Varga
Director, Kessin District Hospital
"""))

add(key="en-va4", lang="en", topic="victim_assistance", secondary=[], hard=False,
    note="survivors' network writing for a ministry: peer support and livelihood grants project, asks for guidance on socio-economic inclusion",
    sender=("Rosa Almeida-Kent", "rosa@survivors-network-kandor.example"),
    subject="Peer support and livelihood project for survivors \u2013 request for guidance",
    date="2025-11-03 09:40:00 +0530", client="generic",
    headers=[("X-Mailer", "Roundcube Webmail/1.6.9")],
    body=T("""
Dear ISU,

The Kandor Survivors' Network works with the Ministry of Social Welfare as the implementing partner for the victim assistance component of the National Mine Action Strategy, and the Ministry has asked us to write to you on its behalf.

We are planning a three-year project that combines peer support visits by trained survivors with small livelihood grants (livestock, tailoring, small shops) for about 300 survivors and family members in Baluch and Sarin districts. The Ministry wants to make sure the project is in line with the Convention and with good practice, and that it can later be taken over by the government's social protection programme.

Could you send us any guidance on the socio-economic inclusion of survivors, and examples of peer support programmes that were successfully handed over to national services? We would also like to know whether the victim assistance coordinators could give feedback on our concept note.

Warm regards,
Rosa Almeida-Kent
Coordinator, Kandor Survivors' Network
On behalf of the Ministry of Social Welfare, Republic of Kandor
"""))

add(key="en-va5", lang="en", topic="victim_assistance", secondary=[], hard=False,
    note="windows-1252 QP: mission asks for a model questionnaire for a survivor registry aligned with the Washington Group questions",
    sender=("Matthias Korhonen", "m.korhonen@veskaria-geneva.example"),
    subject="Survivor data collection \u2013 template?",
    date="2025-06-24 16:18:33 +0200", client="exchange", charset="windows-1252",
    body=T("""
Dear colleagues,

Our capital (Ministry of Labour and Social Affairs) is setting up a registry of cluster munition survivors and has asked me whether the ISU has a \u201cmodel\u201d questionnaire or data collection template that other States have used \u2013 ideally one that records needs and access to services, not only the circumstances of the injury.

They are also keen to align it with the Washington Group questions on disability, so that the data can be compared with the national census.

Anything you can share would be most welcome \u2013 even a couple of examples from other States.

Many thanks and best regards,
Matthias

Matthias Korhonen
Counsellor (Disarmament)
Permanent Mission of the State of Veskaria to the United Nations Office at Geneva
"""))

add(key="en-rep1", lang="en", topic="reporting", secondary=[], hard=False,
    note="asks about late submission of the annual Art. 7 report and Word versions of the forms",
    sender=("Oliver Pratt", "oliver.pratt@norvania-mission.example"),
    subject="Art. 7 report - 30 April deadline",
    date="2025-04-22 12:03:11 +0200", client="outlook",
    body=T("""
Dear ISU,

Our annual transparency report is not going to be ready for 30 April - the Ministry of Defence is still consolidating its figures. Is there a formal procedure for requesting more time, or should we simply submit as soon as possible and let you know?

Also, could you confirm whether the reporting forms are available in Word format? The PDF versions are hard to fill in.

Thanks,

Oliver Pratt
Second Secretary
Permanent Mission of Norvania, Geneva
"""))

add(key="en-rep2", lang="en", topic="reporting", secondary=["stockpile_destruction"], hard=True,
    note="HARD(misleading_subject): subject announces completed stockpile destruction; the questions are how to report completion and which Art. 7 forms to keep filling in",
    sender=("Col. Erik Stavrou", "erik.stavrou@mod.ellesmark.example"),
    subject="Stockpile destruction completed!",
    date="2025-10-21 15:26:40 +0100", client="outlook",
    body=T("""
Dear colleagues,

I am pleased to let you know that on 14 October the last lot of submunitions was destroyed at the Hagen Flats facility, completing the destruction of Ellesmark's declared stockpile of cluster munitions almost two years ahead of our deadline. The Minister will make a formal announcement at the Meeting of States Parties.

My question is how we now reflect this in our transparency reporting. Do we simply give the final figures in Form B and in the destruction section of the annual report due next April, or should we send an interim update or declaration of completion now? And from next year, since the only items left will be the 200 submunitions retained for training, which forms do we still need to complete - only the retention part of Form B, with "nil" everywhere else?

I would be grateful for a template or the example of a State Party that has reported completion.

With best regards,

Col. Erik Stavrou
Head, Arms Control Verification Section
Ministry of Defence, Republic of Ellesmark
"""))

add(key="en-rep3", lang="en", topic="reporting", secondary=[], hard=False,
    note="Thunderbird reply to the ISU: how to correct an error in Form C of the initial report already submitted",
    sender=("Leila Haddad-Morgan", "l.haddad@mfa.ostavia.example"),
    subject="Re: Your initial transparency report",
    date="2025-07-03 10:12:58 +0200", client="thunderbird",
    in_reply_to="<a3f09b2e-1c44-4d8e-b0f6-92e7d1c5a840@ccm-isu.example>",
    body=T("""
Dear Mr Adeyemi,

Thank you for your message. I have checked with the Ministry of Defence and you are right: Form C should give 24 submunitions per 120mm projectile, not 49. The figure of 49 was copied from the technical sheet of a different projectile that we never held, and the totals in Form B are correct.

How should we proceed? Should we resubmit the whole initial report with the corrected page, or is a letter indicating the correction sufficient? And will the version on the website be replaced, or will both versions be published?

Kind regards,
Leila Haddad-Morgan
Legal Officer, Treaty Division
Ministry of Foreign Affairs, Federal Republic of Ostavia

On 02/07/2025 11:26, Kwame Adeyemi wrote:
""") + Q(T("""
Dear Ms Haddad-Morgan,

Thank you for submitting the initial transparency report of the Federal Republic of Ostavia, which we received on 27 June.

While preparing it for publication we noticed that Form C indicates 49 submunitions per 120mm mortar projectile, whereas the total number of submunitions in Form B corresponds to 24 per projectile. Could you please check which figure is correct?

Best regards,
Kwame Adeyemi
Implementation Support Unit
""")))

add(key="en-rep4", lang="en", topic="reporting", secondary=["clearance"], hard=True,
    note="HARD(vague_subject): 'quick question'; asks in which Art. 7 form to report clearance funding received, and currency",
    sender=("Bongani Dlamini", "bongani.dlamini@mineaction.kestria.example"),
    subject="quick question",
    date="2026-03-11 14:47:05 +0200", client="gmail",
    body=T("""
Hi all,

Quick one - we're filling in the annual report. The funding we got from Norstrand and the EU last year (roughly USD 2.3m for survey and clearance in Raha district): does that go only in the form on international assistance received, or do we also need to describe it in the clearance form together with the areas cleared? I can never remember which letter is which, and we don't want to double count.

Also, is it OK to give amounts in local currency?

Thanks!
Bongani

--
Bongani Dlamini
Reporting & Planning Officer
Kestria Mine Action Centre
"""))

add(key="en-rep5", lang="en", topic="reporting", secondary=[], hard=False,
    note="submission of the annual Art. 7 report as PDF; asks to confirm receipt and publication",
    sender=("Desmond Clarke", "desmond.clarke@foreign.tarrow.example"),
    subject="Tarrow Islands \u2013 Article 7 Report 2025 (calendar year 2024)",
    date="2025-04-28 10:15:22 +1200", client="outlook",
    attachments=[("TarrowIslands_CCM_Art7_Report_2025.pdf",
                  "Commonwealth of the Tarrow Islands - CCM Article 7 Report 2025")],
    body=T("""
Dear Sir/Madam,

Please find attached the annual transparency report of the Commonwealth of the Tarrow Islands under Article 7 of the Convention on Cluster Munitions, covering the period 1 January to 31 December 2024.

We would be grateful if you could acknowledge receipt and let us know when it will be posted on the Convention's website.

Yours faithfully,

Desmond Clarke
Senior Foreign Service Officer
Multilateral Affairs Division
Ministry of Foreign Affairs and Trade
Commonwealth of the Tarrow Islands
"""))

add(key="en-leg1", lang="en", topic="legislation", secondary=[], hard=False,
    note="AG's Chambers of a State with no stockpiles or contamination asks whether existing law suffices and for model legislation",
    sender=("Harriet Osei", "h.osei@agc.vellmar.example"),
    subject="Implementing legislation for a State with no stockpiles",
    date="2025-02-25 09:58:41 +0100", client="lotus",
    body=T("""
Dear Implementation Support Unit,

I work in the Legislative Drafting Division of the Attorney General's Chambers of the Principality of Vellmar. Vellmar ratified the Convention in 2023 and we have been asked to advise Cabinet on the national implementation measures required under Article 9.

Vellmar has never possessed, produced or been contaminated by cluster munitions, and we have no armed forces apart from a small coast guard. Some colleagues take the view that our existing Explosives Act and Penal Code are sufficient and that we need only say so in our transparency report. Others believe a short stand-alone Act is required, at least to criminalise the prohibited activities (including assistance and transit) with appropriate penalties.

We would be grateful if you could:

(a) share the model legislation for States with limited obligations, if one exists; and
(b) indicate how other small States without stockpiles have approached this question.

With thanks,

Harriet Osei
Senior Legislative Drafter
Attorney General's Chambers, Principality of Vellmar

CONFIDENTIALITY: This e-mail is confidential and may be legally privileged. If you are not the intended recipient, you must not use, copy or disclose it; please inform the sender and delete it.
"""))

add(key="en-leg2", lang="en", topic="legislation", secondary=["reporting"], hard=True,
    note="HARD(buried_ask): parliamentary staffer; long description of the bill (including reporting to Parliament); asks about an investment ban and an Art. 21 clause",
    sender=("Jamie Rutherford", "jamie.rutherford@parliament.dunmore.example"),
    subject="Committee inquiry \u2013 Cluster Munitions (Prohibition) Bill",
    date="2025-11-06 18:22:07 +0000", client="outlook",
    body=T("""
Dear Sir / Madam,

I am a policy adviser to the Chair of the Foreign Affairs and Defence Committee of the Parliament of Dunmore. The Committee has begun its scrutiny of the Cluster Munitions (Prohibition) Bill, introduced by the Government last month, and the Chair has asked me to gather some background.

By way of context, the Bill would repeal the interim regulations adopted in 2012 and create offences for the use, development, production, acquisition, stockpiling, retention and transfer of cluster munitions, with penalties of up to ten years' imprisonment. It also gives the Minister of Defence powers to authorise the retention of munitions for training, and it requires the Government to lay before Parliament each year the information contained in its transparency report, so that the Committee sees the same figures as the United Nations. Witnesses from the Dunmore Campaign to Ban Cluster Munitions and the Bar Association will appear before the Committee on 21 November.

Several members have asked whether the Bill goes far enough. In particular:

- It says nothing about investment in companies that produce cluster munitions. Some members want an amendment prohibiting the national pension fund and banks from investing in such companies. Does the ISU have a view on whether this is required by the Convention, and how many States Parties have legislated on investment?
- It is silent on joint military operations with States not party. Would it be consistent with Article 21 to add a clause making clear that Dunmore personnel may not expressly request the use of cluster munitions?

Any references to other States' legislation would be very helpful before the hearing.

Kind regards,

Jamie Rutherford
Policy Adviser to the Chair
Foreign Affairs and Defence Committee
Parliament of Dunmore

This email was sent from the Parliament of Dunmore. Its contents may be subject to parliamentary privilege and are intended for the addressee only.
"""))

add(key="en-leg3", lang="en", topic="legislation", secondary=[], hard=False,
    note="MoD legal adviser asks for comparative information on penalties, ancillary offences and corporate liability in implementing laws",
    sender=("Lt Cdr Naomi Whitaker", "naomi.whitaker@mod.solmere.example"),
    subject="Penal sanctions in national implementing legislation \u2013 comparative information",
    date="2025-08-12 08:47:19 +0000", client="outlook", fmt="alt",
    body=T("""
Dear colleagues,

The Ministry of Defence of the Kingdom of Solmere is contributing to the interministerial review of our draft Convention on Cluster Munitions (Implementation) Bill, which is being led by the Ministry of Justice.

We have been asked to comment on the proposed penalties. The current draft provides for a maximum of five years' imprisonment for the use, production or transfer of cluster munitions, which some consider inconsistent with our Anti-Personnel Mines Act (up to fourteen years).

We would be grateful for any comparative information you hold on:

- the range of penalties adopted by other States Parties for the offences required under Article 9;
- whether States have created a specific offence of assisting, encouraging or inducing prohibited activities;
- whether fines or other sanctions for legal persons (companies) are commonly included.

A short overview table would be ideal if one exists.

Kind regards,

Lt Cdr Naomi Whitaker
Legal Adviser (Operations and International Law)
Directorate of Legal Services, Ministry of Defence
Kingdom of Solmere
"""))

add(key="en-leg4", lang="en", topic="legislation", secondary=["victim_assistance"], hard=True,
    note="HARD(reply_other_thread): Apple Mail reply in a victim assistance workshop thread; the new ask is a legal review of the attached draft implementing decree",
    sender=("Marta Ilves", "marta.ilves@mfa.kestria.example"),
    subject="Re: Victim assistance workshop in Raha \u2013 participants",
    date="2026-02-19 19:03:27 +0200", client="apple",
    in_reply_to="<B7E2C1D0-5A44-4F3B-9E21-6C0D8F7A1E55@ccm-isu.example>",
    attachments=[("Kestria_draft_decree_CCM_implementation_EN_courtesy_translation.docx",
                  ["Republic of Kestria", "Draft Decree on the implementation of the Convention on Cluster Munitions",
                   "Courtesy translation - not official", "Article 1. Purpose", "Article 2. Definitions"])],
    body=T("""
Dear Sophie,

Many thanks again for your help with the workshop - the feedback from participants was excellent, and the Ministry of Health wants to repeat it in the south.

On a different matter: our Ministry of Justice has now finished the draft decree implementing the Convention (attached, English courtesy translation). Before it goes to the Council of Ministers in March, would the ISU be able to do an informal legal review? The Ministry is particularly unsure whether penal sanctions can be set by decree or must be in an act of parliament under our constitution, and whether the definition of "cluster munition" in Article 2 of the draft matches the Convention.

Best regards,
Marta

Marta Ilves
Head of Unit, Disarmament and Non-Proliferation
Ministry of Foreign Affairs of the Republic of Kestria

""") + Q(T("""
On 28 Jan 2026, at 17:40, Sophie Lamarche <s.lamarche@ccm-isu.example> wrote:

Dear Marta,

Please find below the final list of participants for the victim assistance workshop in Raha on 10-11 February. The Ministry of Health has confirmed the venue and interpretation.

Session 1 - Emergency and continuing medical care (Raha Provincial Hospital)
Session 2 - Rehabilitation and prosthetics (National Orthopaedic Centre)
Session 3 - Psychosocial support and peer networks (Kestria Survivors' Association)
Session 4 - Inclusive employment and social protection (Ministry of Labour)

Could you confirm whether the Deputy Minister will open the workshop?

Kind regards,
Sophie
""")))

add(key="en-gen1", lang="en", topic="general", secondary=[], hard=False,
    note="small island State asks about eligibility, deadline and documents for the sponsorship programme",
    sender=("Mele Faleolo", "mele.faleolo@mfa.moanatera.example"),
    subject="Sponsorship \u2013 Meeting of States Parties in September",
    date="2025-06-05 10:44:56 +1300", client="generic",
    body=T("""
Dear Sir/Madam,

Moana Tera would like to take part in the Meeting of States Parties in September, but as a small island State we have no representation in Geneva and a very limited travel budget. Could you please let us know whether we are eligible for the sponsorship programme, what the deadline is, and which documents are required?

Our delegate would be Mr Sione Vaka, Director of Legal Affairs.

Kind regards,

Mele Faleolo
Senior Foreign Affairs Officer
Ministry of Foreign Affairs, Independent State of Moana Tera
"""))

add(key="en-gen2", lang="en", topic="general", secondary=["legislation", "reporting", "stockpile_destruction", "clearance"], hard=True,
    note="HARD(ambiguous_general): newly acceded State lists legislation, initial report, stockpile and contamination needs without a main one; asks for a briefing",
    sender=("Yasmin Qureshi-Hale", "y.qureshi@mfa.sarentia.example"),
    subject="Sarentia \u2013 accession completed, next steps",
    date="2025-09-09 13:36:02 +0300", client="outlook",
    body=T("""
Dear colleagues,

I am pleased to inform you that Sarentia deposited its instrument of accession to the Convention with the Secretary-General on 2 September; the Convention will enter into force for us on 1 March next year.

As a new State Party we are now trying to map out what we need to do, and frankly we would welcome your help on several fronts:

1. Legislation - we are not sure whether our Arms and Ammunition Act needs to be amended or whether a new law is needed.
2. Initial transparency report - which ministry should coordinate it, and what exactly is the deadline?
3. Stockpiles - the armed forces hold a small number of old air-dropped bombs that may be cluster munitions; they have never been properly inventoried.
4. Possible contamination - there are reports of unexploded submunitions along the eastern border dating from the conflict in the 1990s, never surveyed.

Would it be possible to organise a short briefing, in Geneva or online, for our inter-ministerial working group, so that we can set priorities? We are open to any format you suggest.

With best regards,

Yasmin Qureshi-Hale
Director, International Organisations Department
Ministry of Foreign Affairs, Republic of Sarentia
"""))

add(key="en-gen3", lang="en", topic="general", secondary=[], hard=False,
    note="one-liner: asks for the current list of national focal points",
    sender=("Michael Tan", "michael.tan@vellmar-mission.example"),
    subject="focal points list",
    date="2026-01-14 17:02:44 +0100", client="apple",
    body=T("""
Hi, could you send me the most recent list of national focal points? Ours changed in January - I'll send the new details separately. Thanks, Michael
"""))

add(key="en-gen4", lang="en", topic="general", secondary=["stockpile_destruction"], hard=True,
    note="HARD(multi_topic): State not party requests a meeting on accession; stockpile destruction worries are only context",
    sender=("Farhan Rashid", "farhan.rashid@talvora-mission.example"),
    subject="Request for a meeting",
    date="2025-12-05 11:27:33 +0100", client="exchange",
    body=T("""
Dear Madam Director,

Following the exchange between our Ambassador and the President of the Convention at the reception on Thursday, I would like to request a meeting with you and your team at your earliest convenience.

Talvora is not yet party to the Convention, but the new Government has indicated its willingness to consider accession. The main obstacle raised in the inter-agency discussions is our existing stockpile: the armed forces hold older artillery-delivered cluster munitions, and the Ministry of Defence is concerned about the eight-year destruction period and its cost. There are also questions about what accession would mean for our defence cooperation with a neighbouring State that is not party.

The Ambassador would like to understand the steps towards accession, the support available to new States Parties, and how other States in a similar position have managed the process. Any day next week except Wednesday would suit us.

Respectfully,

Farhan Rashid
Counsellor
Permanent Mission of the Republic of Talvora to the United Nations Office at Geneva
"""))

add(key="en-nae1", lang="en", topic="not_an_enquiry", secondary=["clearance"], hard=False,
    note="Outlook out-of-office (Auto-Submitted, X-Auto-Response-Suppress) answering a forwarded clearance case",
    sender=("Jens Halvorsen", "jens.halvorsen@mfa.norstrand.example"),
    subject="Automatic reply: [CCM-2025-0412] [Clearance and risk reduction] Request for technical support \u2013 non-technical survey and land release, Northern Districts",
    date="2025-03-04 09:13:02 +0100", client="outlook",
    in_reply_to="<CCM-2025-0412.fwd.7c1e2a@ccm-isu.example>",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "jens.halvorsen@mfa.norstrand.example")],
    body=T("""
Thank you for your message. I am out of the office on mission with limited access to e-mail until Monday 17 March.

For urgent matters relating to mine action cooperation, please contact Ms Kari Strand (kari.strand@mfa.norstrand.example, +99 47 2298 1140).

Best regards,
Jens Halvorsen
Ministry of Foreign Affairs, Kingdom of Norstrand
"""))

_FWD_HDRS_SD = T("""
Return-Path: <intake@ccm-isu.example>
Received: from mx1.ccm-isu.example (mx1.ccm-isu.example [203.0.113.25])
	by mx2.defence.veskaria.example (Postfix) with ESMTPS id 4Q7xZk1B2Mz9vD
	for <o.lindqvist@defence.veskaria.example>; Mon,  3 Mar 2025 09:14:02 +0100 (CET)
From: CCM Intake <intake@ccm-isu.example>
To: o.lindqvist@defence.veskaria.example
Cc: isu@ccm-isu.example
Reply-To: marcus.hendry@mod.norvania.example, intake@ccm-isu.example
Subject: [CCM-2025-0219] [Stockpile destruction] Request for technical advice -
 destruction of 155mm DPICM stocks
Date: Mon, 03 Mar 2025 08:13:58 +0000
Message-ID: <CCM-2025-0219.fwd.3b9e41@ccm-isu.example>
X-Intake-Case: CCM-2025-0219
X-Intake-Topic: stockpile_destruction
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="===============8842066160412739114=="
""")

add(key="en-nae2", lang="en", topic="not_an_enquiry", secondary=["stockpile_destruction"], hard=False,
    note="Postfix multipart/report bounce (5.1.1 user unknown) of the intake's forward to a stockpile coordinator",
    sender=("Mail Delivery System", "MAILER-DAEMON@mx2.defence.veskaria.example"),
    from_raw="MAILER-DAEMON@mx2.defence.veskaria.example (Mail Delivery System)",
    subject="Undelivered Mail Returned to Sender",
    date="2025-03-03 09:14:03 +0100", client="generic", return_path="<>", helo="mx2.defence.veskaria.example",
    headers=[("Auto-Submitted", "auto-replied")],
    mid="<20250303081403.5D2F1C0A3B@mx2.defence.veskaria.example>",
    raw_body=dsn_postfix,
    dsn=dict(mta="mx2.defence.veskaria.example", qid="4Q7xZk1B2Mz9vD",
             rcpt="o.lindqvist@defence.veskaria.example",
             remote="mail01.defence.veskaria.example", remote_ip="198.51.100.23",
             status="5.1.1",
             diag="550 5.1.1 <o.lindqvist@defence.veskaria.example>: Recipient address rejected: User unknown in virtual mailbox table",
             arrival="Mon,  3 Mar 2025 09:14:02 +0100 (CET)",
             orig_headers=_FWD_HDRS_SD, boundary="5D2F1C0A3B.1740989643/mx2.defence.veskaria.example"))

NL_TEXT = T("""
EXPLOSIVE HAZARDS DIGEST - Issue 212 - 2 October 2025
Your weekly round-up of mine action, cluster munitions and victim assistance news

View this e-mail in your browser: https://ordnance-watch.example/digest/212

IN THIS ISSUE

1. Three States request extensions of their clearance deadlines
Kestria, Marovia and Solmere have each signalled that they will need more time to complete survey and clearance of cluster munition remnants. Our analysis of the land release figures reported last year shows why the last 10% of contaminated land is often the hardest.

2. Survivors' access to rehabilitation: a new study
A ten-country study finds that fewer than half of survivors living more than 100 km from a prosthetic workshop receive follow-up after their first fitting. Peer support networks make the biggest difference.

3. Stockpile destruction: the end of an era in Ellesmark
Ellesmark expects to finish destroying its declared stockpile this month. We look back at eight years of demilitarisation at Hagen Flats.

4. Jobs
- Technical Field Manager, battle area clearance (12 months)
- Information Management Officer, IMSMA Core
- Rehabilitation Project Coordinator

You are receiving this e-mail because you subscribed to the Explosive Hazards Digest.
Unsubscribe: https://ordnance-watch.example/u/8f3a91c2d7 | Update preferences
Ordnance Watch, 12 Quai des Archives, 1201 Geneva
""")

NL_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Explosive Hazards Digest #212</title></head>
<body style="margin:0;background:#eef1f4">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="16" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif">
<tr><td style="background:#1d3557;color:#ffffff"><h1 style="margin:0;font-size:22px">Explosive Hazards Digest</h1>
<p style="margin:4px 0 0">Issue 212 &middot; 2 October 2025</p></td></tr>
<tr><td><h2 style="font-size:17px">Three States request extensions of their clearance deadlines</h2>
<p>Kestria, Marovia and Solmere have each signalled that they will need more time to complete survey and clearance of cluster munition remnants. Our analysis of the land release figures reported last year shows why the last 10% of contaminated land is often the hardest.</p>
<p><a href="https://ordnance-watch.example/r/212-1">Read more &rarr;</a></p></td></tr>
<tr><td><h2 style="font-size:17px">Survivors&rsquo; access to rehabilitation: a new study</h2>
<p>A ten-country study finds that fewer than half of survivors living more than 100&nbsp;km from a prosthetic workshop receive follow-up after their first fitting. Peer support networks make the biggest difference.</p></td></tr>
<tr><td><h2 style="font-size:17px">Stockpile destruction: the end of an era in Ellesmark</h2>
<p>Ellesmark expects to finish destroying its declared stockpile this month. We look back at eight years of demilitarisation at Hagen Flats.</p></td></tr>
<tr><td><h3>Jobs</h3><ul><li>Technical Field Manager, battle area clearance</li><li>Information Management Officer, IMSMA Core</li><li>Rehabilitation Project Coordinator</li></ul></td></tr>
<tr><td style="font-size:11px;color:#777">You are receiving this e-mail because you subscribed to the Explosive Hazards Digest.<br>
<a href="https://ordnance-watch.example/u/8f3a91c2d7">Unsubscribe</a> &middot; <a href="https://ordnance-watch.example/p/8f3a91c2d7">Update preferences</a><br>
Ordnance Watch, 12 Quai des Archives, 1201 Geneva</td></tr>
</table></td></tr></table>
<img src="https://ordnance-watch.example/o/8f3a91c2d7.gif" width="1" height="1" alt="">
</body></html>
"""

add(key="en-nae3", lang="en", topic="not_an_enquiry", secondary=["clearance", "victim_assistance"], hard=True,
    note="HARD(lookalike_noise): weekly newsletter (List-Id, List-Unsubscribe, Precedence: bulk) full of clearance, survivor and stockpile vocabulary",
    sender=("Explosive Hazards Digest", "digest@ordnance-watch.example"),
    subject="Explosive Hazards Digest #212: clearance deadline extensions, survivors' access to rehabilitation",
    date="2025-10-02 06:00:04 +0000", client="generic", fmt="alt", html=NL_HTML, body=NL_TEXT,
    to_raw="intake@ccm-isu.example",
    headers=[("List-Id", "Explosive Hazards Digest <digest.ordnance-watch.example>"),
             ("List-Unsubscribe", "<https://ordnance-watch.example/u/8f3a91c2d7>,\n <mailto:unsubscribe@ordnance-watch.example?subject=unsubscribe-8f3a91c2d7>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk"),
             ("X-Mailer", "Newsroom Mailer 4.2"),
             ("Feedback-ID", "212:digest:ordnance-watch")])

CAL_TEXT = T("""
This event has been updated
Changed: time

Article 7 reporting - coordinators' call
Tuesday 14 April 2026 \u22c5 14:00 \u2013 15:00 (Central European Summer Time - Zurich)

Join video call
https://meet.example/vkt-qpzr-hwa

Agenda:
1. Status of Article 7 reports received for calendar year 2025
2. States Parties with overdue initial transparency reports
3. Proposal for a simplified reporting form for States with no stockpiles or contamination
4. AOB

Organiser
Thomas Grieve
thomas.grieve@mfa.ellesmark.example

Guests
Thomas Grieve - organiser
Lucia Paredes
intake@ccm-isu.example
View all guest info https://calendar.example/event?action=VIEW&eid=N3Zx

Reply for intake@ccm-isu.example
Yes: https://calendar.example/event?action=RESPOND&rst=1&eid=N3Zx
No: https://calendar.example/event?action=RESPOND&rst=2&eid=N3Zx
Maybe: https://calendar.example/event?action=RESPOND&rst=3&eid=N3Zx

Invitation from Google Calendar

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

Forwarding this invitation could allow any recipient to send a response to the organiser, be added to the guest list, invite others regardless of their own invitation status or modify your RSVP.
""")

CAL_HTML = """<!doctype html><html><head><meta charset="UTF-8"></head><body>
<div style="font-family:Roboto,Helvetica,Arial,sans-serif"><p><span style="color:#d93025">This event has been updated</span><br>Changed: time</p>
<h2 style="font-size:20px;font-weight:400">Article 7 reporting &ndash; coordinators&#39; call</h2>
<p>Tuesday 14 April 2026 &#8901; 14:00 &ndash; 15:00 (Central European Summer Time - Zurich)</p>
<p><a href="https://meet.example/vkt-qpzr-hwa">Join video call</a></p>
<p>Agenda:<br>1. Status of Article 7 reports received for calendar year 2025<br>2. States Parties with overdue initial transparency reports<br>3. Proposal for a simplified reporting form for States with no stockpiles or contamination<br>4. AOB</p>
<p>Organiser<br>Thomas Grieve<br>thomas.grieve@mfa.ellesmark.example</p>
<p style="font-size:12px;color:#70757a">Invitation from Google Calendar<br>You are receiving this email because you are an attendee on the event.</p>
</div></body></html>
"""

CAL_ICS = [
    "BEGIN:VCALENDAR",
    "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
    "VERSION:2.0",
    "CALSCALE:GREGORIAN",
    "METHOD:REQUEST",
    "BEGIN:VEVENT",
    "DTSTART:20260414T120000Z",
    "DTEND:20260414T130000Z",
    "DTSTAMP:20260402T081512Z",
    "ORGANIZER;CN=Thomas Grieve:mailto:thomas.grieve@mfa.ellesmark.example",
    "UID:3k9v2c0q7n1m4b8x6z5r2t1y0u@calendar.example",
    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Thomas Grieve;X-NUM-GUESTS=0:mailto:thomas.grieve@mfa.ellesmark.example",
    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucia Paredes;X-NUM-GUESTS=0:mailto:lparedes@rree.valdeluz.example",
    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=intake@ccm-isu.example;X-NUM-GUESTS=0:mailto:intake@ccm-isu.example",
    "DESCRIPTION:Agenda:\\n1. Status of Article 7 reports received for calendar year 2025\\n2. States Parties with overdue initial transparency reports\\n3. Proposal for a simplified reporting form for States with no stockpiles or contamination\\n4. AOB",
    "LOCATION:https://meet.example/vkt-qpzr-hwa",
    "SEQUENCE:1",
    "STATUS:CONFIRMED",
    "SUMMARY:Article 7 reporting - coordinators' call",
    "TRANSP:OPAQUE",
    "END:VEVENT",
    "END:VCALENDAR",
]

add(key="en-nae4", lang="en", topic="not_an_enquiry", secondary=["reporting"], hard=True,
    note="HARD(no_auto_headers): calendar update notification (text/calendar, no Auto-Submitted or list headers) about an Art. 7 reporting call; nobody asks anything",
    sender=("Thomas Grieve", "thomas.grieve@mfa.ellesmark.example"),
    subject="Updated invitation: Article 7 reporting - coordinators' call @ Tue 14 Apr 2026 14:00 - 15:00 (CEST) (intake@ccm-isu.example)",
    date="2026-04-02 08:15:12 +0000", client="gmail",
    headers=[("Reply-To", "Thomas Grieve <thomas.grieve@mfa.ellesmark.example>")],
    raw_body=calendar_invite,
    cal=dict(text=CAL_TEXT, html=CAL_HTML, ics=CAL_ICS, boundary="000000000000f1c3a9061d4e"))


# =========================================================================== FRENCH

add(key="fr-sd1", lang="fr", topic="stockpile_destruction", secondary=[], hard=False,
    note="iso-8859-1 8bit: armed forces ask for destruction method, plans and costs for degraded 122 mm rocket stocks",
    sender=("Colonel Jean-Baptiste Ravel", "jb.ravel@defense.montclair.example"),
    subject="Demande d'assistance technique - destruction de roquettes à sous-munitions",
    date="2025-02-18 16:34:50 +0100", client="lotus", charset="iso-8859-1", cte="8bit",
    body=T("""
Madame, Monsieur,

J'ai l'honneur de solliciter l'appui de l'Unité d'appui à l'application dans le cadre de la destruction des stocks d'armes à sous-munitions déclarés par la République de Montclair.

Nos forces armées détiennent encore 850 roquettes de 122 mm à sous-munitions ainsi qu'environ 3 400 sous-munitions isolées, entreposées au dépôt de munitions de Saint-Aubin-des-Roches. Une partie de ces munitions présente des signes de dégradation (corrosion des fusées, suintement d'explosif), ce qui rend leur manipulation délicate.

Nous souhaiterions obtenir :
- des conseils sur la méthode de destruction la plus adaptée (démantèlement, incinération en four statique ou destruction par détonation à l'air libre), compte tenu des contraintes environnementales de notre champ de tir ;
- des exemples de plans de destruction élaborés par d'autres États parties, avec une estimation des coûts ;
- le cas échéant, une mise en relation avec des États ou des opérateurs en mesure de former nos artificiers.

Notre échéance au titre de l'article 3 étant fixée à 2028, nous souhaitons arrêter un plan de destruction d'ici la fin de l'année.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Colonel Jean-Baptiste Ravel
Chef du Bureau Munitions
État-major des Armées - République de Montclair
"""))

add(key="fr-sd2", lang="fr", topic="stockpile_destruction", secondary=[], hard=True,
    note="HARD(forwarded_only): Outlook forward (TR:) whose cover note says only 'see point 4'; the forwarded minutes ask for the Art. 3 extension procedure and a model request",
    sender=("Claire Ndiaye", "c.ndiaye@mission-sanoa.example"),
    subject="TR: Compte rendu - réunion du comité de pilotage du 12 mars",
    date="2025-03-14 09:05:37 +0100", client="outlook",
    body=T("""
Bonjour,

Pour suite à donner, voir le point 4 ci-dessous. Merci d'avance.

Cordialement,

Claire Ndiaye
Conseillère
Mission permanente de la République du Sanoa auprès de l'Office des Nations Unies à Genève

De : Commandant Idrissa Kaboré <i.kabore@defense.sanoa.example>
Envoyé : jeudi 13 mars 2025 18:02
À : Claire Ndiaye <c.ndiaye@mission-sanoa.example>
Cc : Direction du matériel <dmat@defense.sanoa.example>
Objet : Compte rendu - réunion du comité de pilotage du 12 mars

Madame la Conseillère,

Veuillez trouver ci-dessous le compte rendu succinct de la réunion du comité de pilotage national du 12 mars.

1. Programme de destruction : 61 % des sous-munitions détruites à ce jour au centre de Kouré ; la cadence a été ralentie par la panne du four d'incinération depuis novembre.
2. Budget 2025 : la ligne budgétaire n'a été que partiellement reconduite ; un complément est attendu du partenaire bilatéral.
3. Personnel : deux artificiers partent à la retraite en juin ; la formation de remplaçants est à prévoir.
4. Échéance : compte tenu des points 1 à 3, le comité estime que la destruction ne pourra pas être achevée avant l'échéance du 1er février 2026 fixée par l'article 3. Il recommande de demander une prolongation. La Mission est priée de se renseigner auprès de l'Unité d'appui sur la procédure (contenu de la demande, calendrier, examen par les États parties) et sur la possibilité d'obtenir un modèle de demande.

Respectueusement,

Commandant Idrissa Kaboré
Secrétaire du comité de pilotage
Direction du matériel - Forces armées sanoises
"""))

add(key="fr-cl1", lang="fr", topic="clearance", secondary=[], hard=False,
    note="demining centre requests technical survey training, land release standards and partners for clearance before its Art. 4 deadline",
    sender=("Ibrahim Touré", "ibrahim.toure@cndh.kivanie.example"),
    subject="Appui à l'enquête technique et à la remise à disposition des terres - province de Mbali",
    date="2025-04-09 11:20:08 +0000", client="outlook",
    body=T("""
Madame, Monsieur,

Le Centre national de déminage humanitaire (CNDH) de la République de Kivanie sollicite l'appui de l'Unité d'appui à l'application pour la mise en œuvre de ses obligations au titre de l'article 4 de la Convention.

À la suite de l'enquête non technique achevée en 2024, 31 zones dangereuses confirmées, d'une superficie totale estimée à 12,4 km², ont été identifiées dans la province de Mbali. Il s'agit principalement de terres agricoles et de pistes d'accès aux points d'eau. Les populations continuent de signaler des sous-munitions non explosées après chaque saison des pluies.

Nos besoins portent principalement sur :
1. la formation de deux équipes d'enquête technique et la fourniture de détecteurs adaptés aux sols latéritiques ;
2. un appui à la révision de nos normes nationales de remise à disposition des terres ;
3. la mise en relation avec des partenaires susceptibles de financer la dépollution des zones prioritaires avant notre échéance de 2027.

Nous restons à votre disposition pour tout complément d'information et vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Ibrahim Touré
Directeur technique
CNDH - République de Kivanie
Tél. : +99 22 30 41 17
"""))

add(key="fr-cl2", lang="fr", topic="clearance", secondary=["reporting"], hard=True,
    note="HARD(buried_ask): opens with comments on the Art. 7 report; main ask is risk education training of trainers and materials for nomadic communities",
    sender=("Hélène Bergeron", "helene.bergeron@bellerive-geneve.example"),
    subject="Rapport national et suite",
    date="2025-06-17 14:55:21 +0200", client="exchange",
    body=T("""
Chers collègues,

Je vous remercie pour vos commentaires sur le projet de rapport au titre de l'article 7, que nous avons transmis à la capitale. Les autorités compétentes ont pris note de vos remarques sur le formulaire relatif aux zones contaminées et s'efforceront de fournir des données ventilées par province dans la version finale, qui devrait vous parvenir avant la fin du mois. Elles ont également relevé que le tableau sur les stocks conservés devait être mis à jour.

Par ailleurs, et c'est l'objet principal de mon message, le Centre d'action antimines de Bellerive souhaite renforcer ses activités d'éducation aux risques dans les villages de la haute vallée de la Lisène, où plusieurs accidents impliquant des enfants et des bergers ont été enregistrés l'an dernier. Le Centre souhaiterait bénéficier d'une formation de formateurs en éducation aux risques des engins explosifs adaptée aux populations nomades, ainsi que d'exemples de supports (affiches, messages radio, théâtre communautaire) utilisés par d'autres États parties. Pourriez-vous nous indiquer si les coordonnateurs compétents pourraient appuyer une telle demande ?

Avec mes remerciements anticipés,

Hélène Bergeron
Première secrétaire
Mission permanente du Royaume de Bellerive auprès de l'Office des Nations Unies à Genève
"""))

FR_VA1 = T("""
Madame, Monsieur,

Le Ministère de la Santé publique et de l'Action sociale de la République de Mérande a l'honneur de solliciter votre appui pour le renforcement du Centre de réadaptation physique de Nyamba, seule structure du pays offrant des services d'appareillage orthopédique.

Selon les données recueillies en 2024 par la Direction de la réadaptation, 412 victimes d'armes à sous-munitions et d'autres restes explosifs de guerre ont été recensées, dont 158 personnes amputées. Le centre ne dispose que de deux orthoprothésistes et de deux kinésithérapeutes, et les ruptures de stock de composants sont fréquentes.

Nous souhaiterions :
- identifier des partenaires pouvant appuyer la formation de techniciens orthoprothésistes et de kinésithérapeutes ;
- obtenir des conseils sur la mise en place d'un système de référencement entre les centres de santé de district et le centre de Nyamba ;
- connaître les bonnes pratiques en matière de prise en charge psychosociale des survivants et de leurs familles.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Dr Aïssatou Bamba
Directrice de la réadaptation
Ministère de la Santé publique et de l'Action sociale
République de Mérande
""")

add(key="fr-va1", lang="fr", topic="victim_assistance", secondary=[], hard=False,
    note="multipart/alternative: Ministry of Health asks for help for a physical rehabilitation centre (P&O training, referral, psychosocial care)",
    sender=("Dr Aïssatou Bamba", "a.bamba@sante.merande.example"),
    subject="Demande d'appui - Centre de réadaptation physique de Nyamba",
    date="2025-05-20 10:08:45 +0000", client="outlook", fmt="alt", body=FR_VA1)

add(key="fr-va2", lang="fr", topic="victim_assistance", secondary=[], hard=True,
    note="HARD(attachment_only_hint): minimal body and subject; only the attachment names (survivors' needs assessment, victim assistance action plan) reveal the topic",
    sender=("Pierre-Yves Loubet", "py.loubet@affaires-sociales.bellerive.example"),
    subject="Envoi document",
    date="2025-09-30 17:41:16 +0200", client="thunderbird",
    attachments=[("Evaluation_besoins_survivants_ASM_region_Nord_2025.pdf",
                  "Evaluation des besoins des survivants - region Nord 2025"),
                 ("Plan_action_assistance_victimes_2026-2028_projet.docx",
                  ["Royaume de Bellerive", "Plan d'action national d'assistance aux victimes 2026-2028", "Projet"])],
    body=T("""
Bonjour,

Ci-joint pour information et suite à notre échange téléphonique de ce matin.

Bien à vous,

P.-Y. Loubet
Chargé de mission
Ministère des Affaires sociales et de la Solidarité - Royaume de Bellerive
"""))

add(key="fr-rep1", lang="fr", topic="reporting", secondary=["clearance"], hard=False,
    note="annual Art. 7 report: whether provisional contaminated-area figures can be given and whether unchanged forms must be refilled",
    sender=("Marc-Antoine Lefèvre", "ma.lefevre@diplomatie.montclair.example"),
    subject="Rapport article 7 - deux questions",
    date="2026-03-24 15:12:30 +0100", client="outlook",
    body=T("""
Bonjour,

Nous préparons le rapport annuel de transparence de la République de Montclair (article 7), qui doit être remis le 30 avril.

Deux questions :
1. L'enquête non technique dans le département de l'Est n'est pas terminée. Pouvons-nous indiquer une superficie estimative des zones présumées contaminées, en précisant qu'il s'agit de données provisoires, ou faut-il attendre les résultats définitifs ?
2. Faut-il remplir à nouveau les formulaires pour lesquels rien n'a changé depuis l'an dernier (mesures nationales d'application, par exemple), ou peut-on simplement indiquer « sans changement » ?

Merci d'avance pour votre retour.

Cordialement,

Marc-Antoine Lefèvre
Direction des Affaires juridiques
Ministère des Affaires étrangères de la République de Montclair
"""))

add(key="fr-rep2", lang="fr", topic="reporting", secondary=["legislation"], hard=True,
    note="HARD(reply_other_thread): Thunderbird reply in a model-law thread; the new ask is the accepted format of the Art. 7 report and whether a cover note verbale is needed",
    sender=("Yannick Essomba", "y.essomba@mae.kivanie.example"),
    subject="Re: Loi type pour la mise en œuvre de la Convention",
    date="2025-04-07 12:44:03 +0100", client="thunderbird",
    in_reply_to="<0e7d2c55-9b1a-4f63-8a0e-3d5c7b2f9e14@ccm-isu.example>",
    body=T("""
Bonjour Madame Lamarche,

Merci encore pour la loi type, qui a bien été transmise au ministère de la Justice.

Je me permets de revenir vers vous pour une autre question. Le ministère de la Défense termine notre rapport de transparence au titre de l'article 7 et nous demande s'il peut être transmis sous forme de tableur (les formulaires remplis dans Excel) plutôt qu'en PDF signé, et s'il doit obligatoirement être accompagné d'une note verbale de la Mission ou si un simple courriel suffit.

Bien cordialement,

Yannick Essomba
Direction des Nations Unies et des Organisations internationales
Ministère des Affaires étrangères - République de Kivanie

Le 14/02/2025 à 09:37, Sophie Lamarche a écrit :
""") + Q(T("""
Monsieur,

Comme suite à notre entretien, vous trouverez ci-dessous le lien vers la loi type élaborée pour les États parties, disponible en français. Nous attirons votre attention sur les dispositions relatives aux sanctions pénales, que l'article 9 de la Convention impose expressément, ainsi que sur les options proposées pour la conservation d'armes à des fins de formation.

N'hésitez pas à revenir vers nous si le ministère de la Justice souhaite un échange sur le projet.

Bien cordialement,
Sophie Lamarche
Unité d'appui à l'application
""")))

add(key="fr-leg1", lang="fr", topic="legislation", secondary=[], hard=False,
    note="Ministry of Justice drafting the implementing law asks for the model law in French and civil-law examples of penalties",
    sender=("Béatrice Kouassi-Renaud", "b.kouassi@justice.merande.example"),
    subject="Projet de loi portant mise en œuvre de la Convention sur les armes à sous-munitions",
    date="2025-07-08 09:33:14 +0000", client="outlook",
    body=T("""
Madame, Monsieur,

Le Ministère de la Justice de la République de Mérande a été chargé d'élaborer le projet de loi portant mise en œuvre de la Convention sur les armes à sous-munitions, conformément à son article 9.

Afin de faciliter ce travail, nous vous serions reconnaissants de bien vouloir nous communiquer :
- la loi type mise à la disposition des États parties, de préférence en français ;
- des exemples de lois adoptées par des États de tradition civiliste, notamment en ce qui concerne les peines applicables et la compétence des juridictions pour les faits commis à l'étranger ;
- toute note explicative sur l'encadrement juridique de la conservation d'armes à des fins de formation, que nos forces armées souhaitent voir prévue par la loi.

Nous envisageons de soumettre le projet au Conseil des ministres au cours du second semestre.

Veuillez agréer, Madame, Monsieur, l'assurance de ma considération distinguée.

Béatrice Kouassi-Renaud
Conseillère juridique
Cabinet du Garde des Sceaux, Ministre de la Justice
République de Mérande
"""))

add(key="fr-leg2", lang="fr", topic="legislation", secondary=["clearance"], hard=True,
    note="HARD(misleading_subject): subject and first paragraph about a mine action (clearance) law; the question is whether its penal chapter satisfies Art. 9",
    sender=("Olivier Ngandu", "o.ngandu@antimines.sanoa.example"),
    subject="Projet de loi relatif à l'action contre les mines",
    date="2025-10-14 08:51:39 +0000", client="gmail",
    body=T("""
Bonjour,

La Commission nationale de lutte contre les mines finalise un projet de loi relatif à l'action contre les mines et les restes explosifs de guerre. Le texte porte pour l'essentiel sur l'organisation du déminage : création de l'autorité nationale, accréditation des opérateurs, normes nationales, procédures de remise à disposition des terres et gestion de l'information.

Le ministère de la Justice souhaite profiter de ce texte pour y intégrer les interdictions de la Convention sur les armes à sous-munitions. Le chapitre VII prévoit ainsi des peines de cinq à quinze ans d'emprisonnement pour l'emploi, la production, le stockage et le transfert, mais ne dit rien de l'assistance ou de l'encouragement à ces activités, ni des infractions commises à l'étranger par nos ressortissants.

Ce chapitre suffit-il pour satisfaire à l'article 9, ou est-il préférable d'adopter une loi distincte ? Nous aimerions également savoir si d'autres États ont procédé de la même manière.

Cordialement,

Olivier Ngandu
Conseiller juridique
Commission nationale de lutte contre les mines - République du Sanoa
"""))

add(key="fr-leg3", lang="fr", topic="legislation", secondary=[], hard=False,
    note="windows-1252 QP, short: can a government decree suffice or is an act of parliament needed for penal sanctions",
    sender=("Jérôme Vasseur", "jerome.vasseur@justice.bellerive.example"),
    subject="Décret ou loi ?",
    date="2025-11-20 11:09:52 +0100", client="exchange", charset="windows-1252",
    body=T("""
Bonjour,

Question rapide de notre part : pour la mise en œuvre nationale de la Convention (article 9), un décret du Gouvernement peut-il suffire, ou faut-il nécessairement une loi votée par le Parlement pour les sanctions pénales ? Nous avons lu des avis contradictoires et l’avis de l’Unité nous serait précieux.

Merci et bonne journée,

J. Vasseur
Bureau du droit international et de l’entraide pénale
Ministère de la Justice – Royaume de Bellerive
"""))

add(key="fr-gen1", lang="fr", topic="general", secondary=[], hard=False,
    note="mission requests a meeting with the ISU Director during a minister's visit (universalization, South-South cooperation)",
    sender=("Thierry Vandamme", "t.vandamme@montclair-onu.example"),
    subject="Demande de rendez-vous - visite du Ministre délégué à Genève",
    date="2025-10-29 10:02:17 +0100", client="outlook",
    body=T("""
Madame la Directrice,

Le Ministre délégué chargé de la Coopération de la République de Montclair, S.E. M. Laurent Dessaix, effectuera une visite de travail à Genève du 17 au 19 novembre.

Il souhaiterait, à cette occasion, s'entretenir avec vous de l'action de Montclair en faveur de l'universalisation de la Convention dans la sous-région et des possibilités de coopération Sud-Sud. La Mission vous serait reconnaissante de bien vouloir lui indiquer vos disponibilités le 18 novembre, de préférence dans l'après-midi.

Je vous prie d'agréer, Madame la Directrice, l'expression de ma haute considération.

Thierry Vandamme
Premier conseiller
Mission permanente de la République de Montclair auprès de l'Office des Nations Unies à Genève
"""))

add(key="fr-gen2", lang="fr", topic="general", secondary=["stockpile_destruction", "clearance", "victim_assistance"], hard=True,
    note="HARD(ambiguous_general): lists stockpile, clearance, victim assistance and coordination needs without a main one; asks for a partners' round table (country coalition)",
    sender=("Fatoumata Keïta", "f.keita@cnc.merande.example"),
    subject="Besoins de coopération et d'assistance de la République de Mérande",
    date="2025-08-26 13:17:58 +0000", client="outlook",
    body=T("""
Madame, Monsieur,

À la demande du Ministre des Affaires étrangères, je vous adresse ci-après une synthèse des besoins de la République de Mérande en matière de coopération et d'assistance au titre de l'article 6 de la Convention.

1. Destruction des stocks : environ 600 bombes à sous-munitions restent à détruire ; nous manquons de moyens de transport sécurisé vers le site de destruction.
2. Dépollution : 9 zones confirmées dans la région du Nord, d'une superficie estimée à 3,1 km², pour lesquelles aucun financement n'est encore acquis.
3. Assistance aux victimes : le Centre de réadaptation de Nyamba a besoin de formation et de composants (voir la demande séparée du Ministère de la Santé).
4. Coordination nationale : la Commission nationale ne dispose que de trois agents et d'aucun budget de fonctionnement propre.

Nous souhaiterions savoir si l'Unité d'appui pourrait nous aider à organiser une table ronde avec les partenaires (approche « coalition de pays ») afin de présenter l'ensemble de ces besoins, éventuellement en marge de la prochaine Assemblée des États parties.

Dans l'attente de votre réponse, je vous prie de croire, Madame, Monsieur, à l'assurance de ma considération distinguée.

Fatoumata Keïta
Coordinatrice
Commission nationale de coordination de la mise en œuvre de la Convention
République de Mérande
"""))

add(key="fr-gen3", lang="fr", topic="general", secondary=[], hard=False,
    note="notification of a change of national focal point; asks to update contact and mailing lists",
    sender=("Aline Mukendi", "a.mukendi@mae.kivanie.example"),
    subject="Changement de point focal national",
    date="2025-09-02 08:26:41 +0100", client="thunderbird",
    body=T("""
Bonjour,

Je vous informe que M. Yannick Essomba a été affecté à notre ambassade à Nairobi. Je le remplace en qualité de point focal national pour la Convention sur les armes à sous-munitions à compter du 1er septembre.

Mes coordonnées :
Aline Mukendi
Directrice adjointe, Désarmement et sécurité internationale
Ministère des Affaires étrangères - République de Kivanie
Tél. : +99 22 30 18 64
a.mukendi@mae.kivanie.example

Je vous remercie de bien vouloir mettre à jour la liste des points focaux ainsi que vos listes de diffusion.

Bien cordialement,
Aline Mukendi
"""))

add(key="fr-nae1", lang="fr", topic="not_an_enquiry", secondary=["reporting"], hard=True,
    note="HARD(no_auto_headers): out-of-office with no Auto-Submitted or X-Auto-Response-Suppress (content only); subject and body mention Art. 7 reporting",
    sender=("Géraldine Fournier", "g.fournier@diplomatie.bellerive.example"),
    subject="Absence du bureau : [CCM-2025-0731] [Transparency reporting] Rapport national et suite",
    date="2025-08-11 14:02:09 +0200", client="generic",
    in_reply_to="<CCM-2025-0731.fwd.c42e07@ccm-isu.example>",
    headers=[("X-Mailer", "Zimbra 8.8.15_GA_4581 (zclient/8.8.15_GA_4581)")],
    body=T("""
Bonjour,

Je suis absente du bureau jusqu'au lundi 25 août inclus, sans accès à ma messagerie. Votre message ne sera pas transféré.

Pour toute question urgente relative au rapport au titre de l'article 7, vous pouvez contacter M. Paul Girardin (p.girardin@diplomatie.bellerive.example).

Cordialement,
Géraldine Fournier
"""))

add(key="fr-nae2", lang="fr", topic="not_an_enquiry", secondary=["reporting"], hard=False,
    note="read receipt (multipart/report; disposition-notification) for an acknowledgement about an Art. 7 report",
    sender=("Secrétariat - Mission du Sanoa", "secretariat@mission-sanoa.example"),
    subject="Lu : [CCM-2025-0502] Accusé de réception : Transmission du rapport au titre de l'article 7",
    date="2025-05-06 10:31:05 +0200", client="exchange",
    raw_body=mdn_report,
    mdn=dict(text=T("""
Votre message

  À : Secrétariat - Mission du Sanoa
  Objet : [CCM-2025-0502] Accusé de réception : Transmission du rapport au titre de l'article 7
  Envoyé : mardi 6 mai 2025 10:14:22 (UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne

a été lu le mardi 6 mai 2025 10:31:05 (UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne.
"""), ua="MBX04.mission-sanoa.example; Microsoft Exchange Server",
             rcpt="secretariat@mission-sanoa.example",
             orig_mid="<CCM-2025-0502.ack.91f3d0@ccm-isu.example>",
             boundary="_000_MDN_8B2C41E07F3A4D5B9E61C0A7D2F4B8E1_"))


# =========================================================================== SPANISH

add(key="es-sd1", lang="es", topic="stockpile_destruction", secondary=[], hard=False,
    note="iso-8859-1 8bit: army demilitarisation department asks about rotary kilns/contained detonation, costs and observing a destruction operation",
    sender=("Tte. Cnel. Ing. Gustavo Aranda Pizarro", "garanda@mindef.valdeluz.example"),
    subject="Consulta sobre métodos de destrucción de submuniciones",
    date="2025-03-26 10:47:29 -0500", client="outlook", charset="iso-8859-1", cte="8bit",
    body=T("""
Estimados señores:

Me dirijo a ustedes en mi calidad de Jefe del Departamento de Desmilitarización del Servicio de Material de Guerra del Ejército de la República de Valdeluz.

Nuestro país mantiene aún en existencia 4.780 submuniciones de doble propósito contenidas en proyectiles de artillería de 155 mm, además de 36 bombas de aviación de racimo. Hemos evaluado la posibilidad de utilizar un horno rotatorio para incinerar las submuniciones una vez desmontadas, pero no contamos con experiencia en este tipo de instalaciones.

Les agradecería información sobre:
a) Estados Partes que hayan utilizado hornos rotatorios o cámaras de detonación contenida, y su experiencia en cuanto a rendimiento y control de emisiones;
b) costos aproximados de adquisición o alquiler de estos equipos;
c) la posibilidad de enviar a dos oficiales a observar una operación de destrucción en otro Estado Parte.

Sin otro particular, aprovecho la oportunidad para saludarles atentamente.

Tte. Cnel. Ing. Gustavo Aranda Pizarro
Jefe del Departamento de Desmilitarización
Servicio de Material de Guerra - Ejército de Valdeluz
"""))

add(key="es-sd2", lang="es", topic="stockpile_destruction", secondary=["general"], hard=True,
    note="HARD(misleading_subject): subject and opening about sponsorship; main ask is technical help to finish destroying cluster bombs before the Art. 3 deadline",
    sender=("Mariana Castillo Ortega", "mcastillo@misionserrania.example"),
    subject="Patrocinio - Reunión de Estados Partes",
    date="2025-07-15 16:03:48 +0200", client="outlook",
    body=T("""
Estimada señora Lamarche:

Le agradezco su mensaje sobre el programa de patrocinio. Le confirmo que nuestra delegada será la Sra. Paula Iriarte, de la Dirección de Asuntos Multilaterales; el formulario se enviará esta semana.

Quisiera aprovechar para plantearle un tema que preocupa a nuestras autoridades. El Ministerio de Defensa nos informa que, de las 212 bombas de racimo declaradas en nuestro informe inicial, quedan 97 por destruir en la base aérea de Río Claro. El equipo de desmilitarización que iba a prestarnos un país vecino no estará disponible este año, y el plazo del artículo 3 vence en agosto de 2026. ¿Podría la Unidad orientarnos sobre qué Estados u organizaciones podrían prestar asistencia técnica o equipos para terminar la destrucción a tiempo? El Ministerio estaría dispuesto a cubrir parte de los costos.

Quedo atenta a sus comentarios.

Cordialmente,

Mariana Castillo Ortega
Primera Secretaria
Misión Permanente de la República de Serranía ante la Oficina de las Naciones Unidas en Ginebra
"""))

add(key="es-cl1", lang="es", topic="clearance", secondary=[], hard=False,
    note="mine action authority requests training in non-technical survey and land release, standards review and contacts for mountain clearance",
    sender=("Ing. Héctor Villalba Rojas", "hvillalba@anam.serrania.example"),
    subject="Solicitud de apoyo técnico - estudio no técnico en zona fronteriza",
    date="2025-02-05 09:15:33 -0500", client="outlook",
    body=T("""
Estimados colegas:

La Autoridad Nacional de Acción contra Minas (ANAM) de la República de Serranía solicita el apoyo de la Unidad de Apoyo a la Implementación para fortalecer sus capacidades de estudio y despeje de restos de municiones en racimo en la zona fronteriza del departamento de Alto Cauce.

Durante 2024 se registraron 17 reportes comunitarios de submuniciones sin estallar en caminos rurales y zonas de cultivo. Nuestra base de datos contiene 22 áreas sospechosas, pero la mayoría no han sido verificadas desde 2015.

Requerimos:
- capacitación en estudio no técnico y liberación de tierras para 12 técnicos;
- asesoría para actualizar nuestras normas nacionales de desminado humanitario;
- contactos de organizaciones con experiencia en despeje en terreno montañoso.

Agradecemos de antemano su atención.

Atentamente,

Ing. Héctor Villalba Rojas
Director de Operaciones
Autoridad Nacional de Acción contra Minas - República de Serranía
"""))

add(key="es-cl2", lang="es", topic="clearance", secondary=[], hard=True,
    note="HARD(forwarded_only): Gmail forward with a one-line cover note; the mayor's letter asks for survey and clearance near a school (and risk education talks)",
    sender=("Lorena Quispe", "lorena.quispe@cancilleria.altamar.example"),
    subject="Fwd: Solicitud urgente \u2013 Unidad Educativa San Isidro",
    date="2025-10-07 08:41:12 -0400", client="gmail",
    body=T("""
Para su consideración. Gracias.

Lorena Quispe
Dirección de Seguridad Internacional
Ministerio de Relaciones Exteriores - República de Altamar

---------- Forwarded message ---------
De: Alcaldía Municipal de Tres Cruces <alcaldia@trescruces.altamar.example>
Date: lun, 6 oct 2025 a las 9:18
Subject: Solicitud urgente \u2013 Unidad Educativa San Isidro
To: <lorena.quispe@cancilleria.altamar.example>


Señora Quispe:

Por medio de la presente, la Alcaldía Municipal de Tres Cruces pone en su conocimiento que el pasado 29 de septiembre unos alumnos de la Unidad Educativa San Isidro encontraron dos objetos metálicos que, según la policía, serían submuniciones de bombas de racimo, a unos 200 metros de la escuela. La policía acordonó el área, pero no cuenta con personal especializado.

Los vecinos recuerdan que la zona fue bombardeada en 1994 y que se han encontrado objetos similares en los potreros cercanos.

Solicitamos con carácter urgente que se realice un estudio y despeje de la zona, así como charlas de prevención para los alumnos y docentes, ya que las clases continúan con normalidad.

Atentamente,

Lic. Rolando Mamani Cruz
Alcalde Municipal de Tres Cruces
"""))

ES_VA1_HTML = """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:12px">
<div>Estimados señores:</div>
<div><br></div>
<div>El Ministerio de Desarrollo Social de la República de Valdeluz está diseñando un programa de inclusión laboral y emprendimientos productivos dirigido a sobrevivientes de accidentes con municiones en racimo y otros restos explosivos, y a sus familias, en los departamentos de Sierra Norte y Los Llanos.</div>
<div><br></div>
<div>Quisiéramos conocer experiencias de otros Estados Partes en:</div>
<ul>
<li>capacitación vocacional adaptada y cuotas de empleo para personas con discapacidad;</li>
<li>microcréditos o capital semilla para sobrevivientes y sus familias;</li>
<li>coordinación entre el sistema de protección social y las organizaciones de sobrevivientes.</li>
</ul>
<div>Asimismo, agradeceríamos que nos indiquen si los coordinadores de asistencia a víctimas podrían revisar el documento de diseño del programa antes de su aprobación.</div>
<div><br></div>
<div>Saludos cordiales,</div>
<div><br></div>
<div><b>Lic. Valeria Ibáñez Solís</b><br>Directora de Inclusión de Personas con Discapacidad<br>Ministerio de Desarrollo Social<br>República de Valdeluz</div>
<div><br></div>
<div style="font-size:9px;color:#888">AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos están dirigidos exclusivamente a su destinatario y pueden contener información reservada. Si usted lo ha recibido por error, le rogamos notificarlo al remitente y eliminarlo.</div>
</body>
</html>
"""

add(key="es-va1", lang="es", topic="victim_assistance", secondary=[], hard=False,
    note="HTML-only: Ministry of Social Development designs an employment and livelihood programme for survivors, asks for experiences and review",
    sender=("Lic. Valeria Ibáñez Solís", "vibanez@desarrollosocial.valdeluz.example"),
    subject="Programa de inclusión socioeconómica para sobrevivientes",
    date="2025-08-05 12:38:04 -0500", client="generic", fmt="html", html=ES_VA1_HTML,
    headers=[("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev42")])

add(key="es-va2", lang="es", topic="victim_assistance", secondary=["reporting"], hard=True,
    note="HARD(misleading_subject): subject refers to the victim assistance section of the Art. 7 report; the ask is support for community psychosocial care for survivors and families",
    sender=("Dr. Andrés Felipe Guzmán", "afguzman@minsalud.serrania.example"),
    subject="Informe artículo 7 - sección de asistencia a víctimas",
    date="2025-09-11 15:20:47 -0500", client="outlook",
    body=T("""
Estimados:

Me dirijo a ustedes en relación con la sección de asistencia a víctimas del informe presentado por Serranía en virtud del artículo 7 el pasado mes de abril. En ese informe señalamos que el Ministerio de Salud había identificado 64 sobrevivientes de accidentes con submuniciones en Alto Cauce y que 23 familias habían perdido a un familiar. También indicamos, con franqueza, que ninguno de ellos recibía atención psicológica continuada, porque el centro de salud mental más cercano se encuentra a seis horas.

Desde entonces hemos diseñado un modelo de atención psicosocial comunitaria: promotores de salud locales formados en primeros auxilios psicológicos, grupos de apoyo entre pares y visitas trimestrales de un psicólogo itinerante. Nos falta financiamiento para la formación de los promotores y asesoría técnica para adaptar los protocolos a población rural e indígena.

¿Podrían ponernos en contacto con Estados Partes u organizaciones con experiencia en apoyo psicosocial a sobrevivientes y sus familias en zonas rurales, y orientarnos sobre cómo presentar esta necesidad a posibles donantes?

Atentamente,

Dr. Andrés Felipe Guzmán
Coordinador Nacional de Salud Mental
Ministerio de Salud y Protección Social - República de Serranía
"""))

add(key="es-rep1", lang="es", topic="reporting", secondary=[], hard=False,
    note="short: can the annual Art. 7 report be submitted only in Spanish, and is the deadline still 30 April",
    sender=("Santiago Herrera Lugo", "sherrera@misionvaldeluz.example"),
    subject="Consulta informe anual de transparencia",
    date="2026-02-17 11:55:26 +0100", client="apple",
    body=T("""
Estimados:

¿Es posible presentar el informe anual del artículo 7 únicamente en español, o debe acompañarse de una traducción al inglés? Además, ¿el plazo sigue siendo el 30 de abril?

Muchas gracias.

Saludos,
Santiago Herrera Lugo
Consejero
Misión Permanente de la República de Valdeluz - Ginebra
"""))

add(key="es-rep2", lang="es", topic="reporting", secondary=["clearance"], hard=True,
    note="HARD(reply_other_thread): Outlook reply in an Art. 4 extension-request thread; the new ask is how to report released land in the annual Art. 7 report",
    sender=("Ing. Camila Restrepo Vargas", "crestrepo@anam.altamar.example"),
    subject="RE: Solicitud de extensión del plazo del artículo 4",
    date="2026-03-09 10:18:55 -0400", client="outlook",
    in_reply_to="<DB9PR04MB84127A3C5E9F2D1B0C6E4A8F91D3@DB9PR04MB8412.eurprd04.prod.outlook.com>",
    body=T("""
Estimado Kwame:

Muchas gracias por sus comentarios sobre la solicitud de extensión; los incorporaremos en la versión final.

Tengo una consulta distinta: estamos preparando el informe anual de transparencia y tenemos dudas sobre cómo reportar las áreas liberadas. ¿Debemos desglosar la superficie cancelada mediante estudio no técnico, la reducida mediante estudio técnico y la despejada, o basta con el total de tierra liberada? ¿Y hay que incluir las coordenadas de cada área o es suficiente con el nombre del municipio?

Saludos cordiales,

Camila Restrepo Vargas
Jefa de Gestión de Información
Autoridad Nacional de Acción contra Minas - República de Altamar

De: Kwame Adeyemi <k.adeyemi@ccm-isu.example>
Enviado el: martes, 3 de marzo de 2026 15:22
Para: Camila Restrepo Vargas <crestrepo@anam.altamar.example>
Asunto: Solicitud de extensión del plazo del artículo 4

Estimada Camila:

Gracias por el borrador de la solicitud de extensión. Algunos comentarios:

1. El plan de trabajo para el período de extensión debería indicar metas anuales de superficie a liberar, por departamento.
2. Convendría explicar mejor las razones del retraso (acceso, lluvias, financiamiento) con cifras.
3. El presupuesto debería distinguir entre contribución nacional y apoyo internacional esperado.

Quedo a su disposición para una llamada.

Saludos,
Kwame
"""))

add(key="es-leg1", lang="es", topic="legislation", secondary=[], hard=False,
    note="foreign ministry legal adviser sends the draft implementing bill (docx) for ISU comments on offences, penalties and retention",
    sender=("Dra. Patricia Lozano Méndez", "plozano@cancilleria.valdeluz.example"),
    subject="Solicitud de revisión del anteproyecto de ley de implementación de la Convención",
    date="2025-06-10 17:29:40 -0500", client="outlook",
    attachments=[("Anteproyecto_Ley_Municiones_Racimo_v4_comentarios.docx",
                  ["República de Valdeluz", "Anteproyecto de Ley que prohíbe el empleo, desarrollo, producción, "
                   "adquisición, almacenamiento, conservación y transferencia de municiones en racimo", "Versión 4"])],
    body=T("""
Estimados señores de la Unidad de Apoyo a la Implementación:

Adjunto remito el anteproyecto de ley «que prohíbe el empleo, desarrollo, producción, adquisición, almacenamiento, conservación y transferencia de municiones en racimo», elaborado por una comisión interinstitucional, a fin de que, si lo estiman oportuno, puedan formular observaciones antes de su envío a la Asamblea Legislativa.

Agradeceríamos especialmente sus comentarios sobre: (i) la tipificación de los delitos y la proporcionalidad de las penas; (ii) la disposición sobre cooperación militar con Estados no partes; y (iii) la autorización de conservación de submuniciones con fines de capacitación.

Quedo a su disposición.

Atentamente,

Dra. Patricia Lozano Méndez
Asesora Jurídica
Dirección de Asuntos Jurídicos Internacionales
Ministerio de Relaciones Exteriores - República de Valdeluz
"""))

add(key="es-leg2", lang="es", topic="legislation", secondary=[], hard=False,
    note="congressional adviser asks whether the implementing bill must expressly prohibit transit of cluster munitions",
    sender=("Joaquín Beltrán Ruiz", "jbeltran@congreso.altamar.example"),
    subject="Consulta - tránsito en el proyecto de ley",
    date="2025-11-25 18:06:13 -0400", client="gmail",
    body=T("""
Buenas tardes:

Soy asesor de la Comisión de Defensa Nacional del Congreso de la República de Altamar. Estamos analizando el proyecto de ley de implementación de la Convención sobre Municiones en Racimo y en la comisión se ha planteado si el tránsito por nuestro territorio de municiones en racimo pertenecientes a otro Estado debe prohibirse expresamente en la ley, o si queda cubierto por la prohibición general de transferencia.

¿Podrían indicarnos cómo lo han resuelto otros Estados Partes en su legislación nacional? Nos sería de gran utilidad contar con los textos.

Saludos,

Joaquín Beltrán Ruiz
Asesor Legislativo
Comisión de Defensa Nacional - Congreso de la República de Altamar
"""))

add(key="es-gen1", lang="es", topic="general", secondary=[], hard=False,
    note="invitation to the ISU to speak at a regional universalization workshop, travel covered",
    sender=("Dra. Claudia Ferrer Aguirre", "cferrer@rree.valdeluz.example"),
    subject="Invitación - Taller regional sobre universalización de la Convención",
    date="2025-12-02 09:44:21 -0500", client="outlook",
    body=T("""
Estimada Directora:

Tengo el agrado de dirigirme a usted para invitar a la Unidad de Apoyo a la Implementación a participar en el Taller Regional sobre la Universalización de la Convención sobre Municiones en Racimo, que la República de Valdeluz organizará en su capital los días 3 y 4 de marzo de 2026, con la participación de delegaciones de los Estados de la región que aún no son parte.

Sería para nosotros un honor contar con una presentación de la Unidad sobre el proceso de adhesión y el apoyo disponible para los nuevos Estados Partes. Los gastos de viaje y alojamiento de un representante serían cubiertos por el Gobierno de Valdeluz.

Le agradecería confirmar su participación antes del 15 de enero.

Hago propicia la ocasión para reiterarle las seguridades de mi más alta consideración.

Dra. Claudia Ferrer Aguirre
Directora General de Seguridad Internacional
Ministerio de Relaciones Exteriores - República de Valdeluz
"""))

add(key="es-gen2", lang="es", topic="general", secondary=["clearance", "victim_assistance"], hard=True,
    note="HARD(ambiguous_general): vague subject; mixes donor dialogue for clearance, the survivors' programme and a request for an ISU visit/coordination meeting; no main topic",
    sender=("Rodrigo Paz Echeverría", "rpaz@cnd.tierraalta.example"),
    subject="Consulta",
    date="2026-01-20 13:11:37 -0600", client="thunderbird",
    body=T("""
Estimados:

Escribo desde la Secretaría Técnica de la Comisión Nacional para la Aplicación de la Convención. Con el cambio de gobierno se ha reorganizado la Comisión y nos encontramos definiendo el plan de trabajo para 2026.

Tenemos varias inquietudes: cómo reactivar el diálogo con los donantes para el despeje de las áreas pendientes en el norte, cómo asegurar que el nuevo Ministerio de Inclusión asuma el programa de sobrevivientes que antes dependía de Salud, y si la Unidad podría acompañar una reunión nacional de coordinación con todos los ministerios involucrados y las organizaciones de la sociedad civil, quizás con una visita a Tierra Alta en el primer semestre.

Quedamos atentos a sus sugerencias sobre la mejor manera de proceder.

Saludos cordiales,

Rodrigo Paz Echeverría
Secretario Técnico
Comisión Nacional para la Aplicación de la Convención sobre Municiones en Racimo
República de Tierra Alta
"""))

_FWD_HDRS_VA = T("""
Received: from mx1.ccm-isu.example (203.0.113.25) by MX01.salud.costaserena.example
 (10.20.1.14) with Microsoft SMTP Server (version=TLS1_2) id 15.2.1544.4; Wed, 6 Aug 2025
 19:41:55 -0500
From: CCM Intake <intake@ccm-isu.example>
To: coordinacion.va@salud.costaserena.example
Cc: isu@ccm-isu.example
Reply-To: vibanez@desarrollosocial.valdeluz.example, intake@ccm-isu.example
Subject: [CCM-2025-0388] [Victim assistance] Programa de =?utf-8?q?inclusi=C3=B3n?=
 =?utf-8?q?_socioecon=C3=B3mica?= para sobrevivientes
Date: Thu, 07 Aug 2025 00:41:51 +0000
Message-ID: <CCM-2025-0388.fwd.5e0b7d@ccm-isu.example>
X-Intake-Case: CCM-2025-0388
X-Intake-Topic: victim_assistance
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="===============5521908123343409012=="
""")

add(key="es-nae1", lang="es", topic="not_an_enquiry", secondary=["victim_assistance"], hard=False,
    note="Exchange-style NDR in Spanish (multipart/report, recipient not found) for the intake's forward to a victim assistance coordinator",
    sender=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@salud.costaserena.example"),
    subject="No se puede entregar: [CCM-2025-0388] [Victim assistance] Programa de inclusión socioeconómica para sobrevivientes",
    date="2025-08-06 19:41:56 -0500", client="generic", return_path="<>", helo="MX01.salud.costaserena.example",
    mid="<0f5c1e2a9d8b4c7e8a31b6d2e4f09c17@MX01.salud.costaserena.example>",
    headers=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "es-ES"),
             ("X-MS-Exchange-Organization-SCL", "-1")],
    raw_body=dsn_exchange,
    dsn=dict(text=T("""
Error en la entrega a estos destinatarios o grupos:

coordinacion.va@salud.costaserena.example
No se encontró la dirección de correo electrónico que especificó. Compruebe la dirección del destinatario e intente enviar el mensaje de nuevo. Si el problema continúa, póngase en contacto con el departamento de soporte técnico.

Información de diagnóstico para administradores:

Servidor generador: MX01.salud.costaserena.example

coordinacion.va@salud.costaserena.example
Servidor remoto devuelto '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Encabezados del mensaje original:
"""), mta="MX01.salud.costaserena.example", from_mta="mx1.ccm-isu.example",
             arrival="Wed, 6 Aug 2025 19:41:55 -0500",
             rcpt="coordinacion.va@salud.costaserena.example", status="5.1.10",
             diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
             orig_headers=_FWD_HDRS_VA, boundary="_000_0f5c1e2a9d8b4c7e8a31b6d2e4f09c17MX01saludcostaserena_"))

ES_MKT_HTML = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Curso de Desminado Humanitario</title></head>
<body style="margin:0;padding:0;background:#f4f4f4;font-family:Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="20" cellspacing="0" style="background:#fff">
<tr><td style="background:#c8102e;color:#fff;text-align:center">
<h1 style="margin:0">¡ÚLTIMAS PLAZAS!</h1>
<p style="margin:6px 0 0;font-size:18px">Curso Internacional de Desminado Humanitario y Despeje de Submuniciones</p></td></tr>
<tr><td>
<p>Estimado/a profesional:</p>
<p>Le invitamos a nuestra próxima edición presencial del <b>Curso EOD Nivel 1-2 conforme a IMAS 09.30</b>, con prácticas reales de <b>despeje de áreas de batalla (BAC)</b>, identificación de <b>submuniciones y restos de municiones en racimo</b>, estudio no técnico y liberación de tierras.</p>
<ul>
<li>📅 Del 12 al 30 de enero de 2026 &ndash; Campo de entrenamiento de Los Alerces</li>
<li>🎓 Certificado internacional reconocido por operadores de acción contra minas</li>
<li>💰 <b>Descuento del 20 %</b> para inscripciones antes del 15 de diciembre</li>
<li>🏛️ Tarifas especiales para instituciones gubernamentales y autoridades nacionales</li>
</ul>
<p style="text-align:center"><a href="https://eodglobal-formacion.example/inscripcion?utm_source=newsletter&amp;utm_campaign=eod1-2026" style="background:#c8102e;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">RESERVE SU PLAZA</a></p>
<p>¿Preguntas? Escríbanos por WhatsApp al +99 600 123 456.</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;text-align:center">Formación EOD Global S.L. &middot; Polígono Industrial Las Dunas, nave 7<br>
Recibe este correo porque su dirección figura en directorios públicos del sector. <a href="https://eodglobal-formacion.example/baja?e=aW50YWtlQGNjbS1pc3UuZXhhbXBsZQ">Darse de baja</a></td></tr>
</table></td></tr></table></body></html>
"""

add(key="es-nae2", lang="es", topic="not_an_enquiry", secondary=["clearance"], hard=True,
    note="HARD(lookalike_noise): HTML-only marketing (List-Unsubscribe) for a commercial demining and submunition clearance course",
    sender=("Formación EOD Global", "info@eodglobal-formacion.example"),
    subject="\U0001F4A5 Últimas plazas: Curso de Desminado Humanitario y Despeje de Submuniciones (EOD Nivel 1-2)",
    date="2025-11-18 07:30:00 +0100", client="generic", fmt="html", html=ES_MKT_HTML,
    headers=[("List-Unsubscribe", "<https://eodglobal-formacion.example/baja?e=aW50YWtlQGNjbS1pc3UuZXhhbXBsZQ>"),
             ("X-Mailer", "MailWizz v2.4.6"),
             ("X-Campaign-Id", "eod1-2026-es-04")])


# =========================================================================== PORTUGUESE

add(key="pt-sd1", lang="pt", topic="stockpile_destruction", secondary=[], hard=False,
    note="iso-8859-1 QP: army asks for technical advice, partners and cost estimates to destroy its cluster munition stocks",
    sender=("Coronel Artur Mendonça Vaz", "artur.vaz@defesa.novalusitania.example"),
    subject="Pedido de apoio - destruição de munições de dispersão",
    date="2025-04-02 11:48:10 +0100", client="outlook", charset="iso-8859-1",
    body=T("""
Exmos. Senhores,

Na qualidade de Chefe da Repartição de Munições do Estado-Maior do Exército da República de Nova Lusitânia, venho solicitar o apoio da Unidade de Apoio à Implementação no âmbito da destruição das reservas de munições de dispersão declaradas no nosso relatório inicial.

Encontram-se ainda armazenadas no Paiol Nacional de Serra Alta cerca de 430 bombas de aviação de dispersão e 120 granadas de artilharia com submunições, algumas delas em mau estado de conservação. As Forças Armadas não dispõem de equipamento nem de pessoal com formação específica para o seu desmantelamento.

Solicitamos, em particular:
1. aconselhamento técnico sobre o método de destruição mais adequado e sobre as normas ambientais aplicáveis;
2. informação sobre Estados Partes que possam disponibilizar formação ou equipamento, ou receber as munições para destruição no seu território;
3. uma estimativa indicativa de custos com base em projetos semelhantes.

Com os melhores cumprimentos,

Coronel Artur Mendonça Vaz
Chefe da Repartição de Munições
Estado-Maior do Exército - República de Nova Lusitânia
"""))

add(key="pt-cl1", lang="pt", topic="clearance", secondary=["victim_assistance"], hard=True,
    note="HARD(reply_other_thread): Apple Mail reply in a victim assistance seminar thread; the new ask is technical survey support for suspected contaminated areas",
    sender=("Joana Figueiredo Lopes", "joana.lopes@cnd.caboaurora.example"),
    subject="Re: Seminário sobre assistência às vítimas - apresentações",
    date="2025-10-08 16:27:44 -0100", client="apple",
    in_reply_to="<9A1F3C77-0B2E-4D6A-8E5C-7F1B2D3E4A90@ccm-isu.example>",
    body=T("""
Cara Sophie,

Muito obrigada pelo envio das apresentações do seminário, já as partilhei com o Ministério da Saúde.

Aproveito para colocar uma questão que não tem a ver com o seminário. A Comissão Nacional de Desminagem está a preparar o levantamento técnico das 19 áreas suspeitas de contaminação por restos de munições de dispersão na província de Ribeira Funda. Gostaríamos de saber se há Estados Partes ou operadores que possam apoiar com equipas de levantamento técnico e detetores, e se a Unidade nos pode ajudar a preparar o pedido. O nosso prazo do artigo 4.º termina em 2028 e receamos não o conseguir cumprir ao ritmo atual.

Com os melhores cumprimentos,
Joana

Joana Figueiredo Lopes
Comissão Nacional de Desminagem
República de Cabo Aurora

""") + Q(T("""
No dia 2 de out. de 2025, às 11:05, Sophie Lamarche <s.lamarche@ccm-isu.example> escreveu:

Cara Joana,

Em anexo seguem as apresentações do seminário sobre assistência às vítimas realizado em Praia Nova, incluindo a do Ministério da Saúde sobre reabilitação física e a da associação de sobreviventes sobre inclusão socioeconómica e apoio entre pares.

Com os melhores cumprimentos,
Sophie
""")))

add(key="pt-va1", lang="pt", topic="victim_assistance", secondary=[], hard=False,
    note="Ministry of Health designs a rehabilitation and psychosocial support programme for survivors; asks for examples, data guidance and partners",
    sender=("Dra. Luísa Andrade Tavares", "luisa.tavares@saude.caboaurora.example"),
    subject="Apoio psicossocial e reabilitação para sobreviventes",
    date="2025-11-04 09:52:31 -0100", client="outlook",
    body=T("""
Prezados senhores,

O Ministério da Saúde da República de Cabo Aurora está a elaborar um programa nacional de reabilitação física e apoio psicossocial para sobreviventes de acidentes com munições de dispersão e outros engenhos explosivos, bem como para as suas famílias.

Atualmente estão registados 287 sobreviventes, na maioria residentes em zonas rurais da província de Ribeira Funda, com acesso muito limitado a serviços de fisioterapia, próteses e saúde mental.

Gostaríamos de receber:
- exemplos de programas de apoio psicossocial de base comunitária implementados noutros Estados Partes;
- orientações sobre a recolha de dados relativos aos sobreviventes e às suas necessidades;
- contactos de parceiros que possam apoiar a formação de técnicos de reabilitação.

Com os meus melhores cumprimentos,

Dra. Luísa Andrade Tavares
Diretora Nacional de Reabilitação
Ministério da Saúde - República de Cabo Aurora
"""))

add(key="pt-leg1", lang="pt", topic="legislation", secondary=[], hard=False,
    note="short: Ministry of Justice asks for a Portuguese version of the model law or lusophone examples",
    sender=("Rui Carvalho Neto", "rui.neto@justica.novalusitania.example"),
    subject="Lei-modelo em língua portuguesa?",
    date="2025-06-30 15:03:22 +0100", client="thunderbird",
    body=T("""
Bom dia,

Estamos a preparar o projeto de lei nacional de aplicação da Convenção (artigo 9.º) e gostaríamos de saber se existe uma versão em português da lei-modelo, ou exemplos de legislação de outros países lusófonos.

Obrigado desde já.

Rui Carvalho Neto
Assessor Jurídico - Gabinete do Ministro da Justiça
República de Nova Lusitânia
"""))

add(key="pt-nae1", lang="pt", topic="not_an_enquiry", secondary=["victim_assistance"], hard=False,
    note="Outlook automatic reply (Auto-Submitted) in Portuguese to a forwarded victim assistance case",
    sender=("Henrique Sampaio", "henrique.sampaio@mne.caboaurora.example"),
    subject="Resposta automática: [CCM-2025-0602] [Victim assistance] Apoio psicossocial e reabilitação para sobreviventes",
    date="2025-11-04 11:53:40 -0100", client="outlook",
    in_reply_to="<CCM-2025-0602.fwd.a81d44@ccm-isu.example>",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    body=T("""
Encontro-me ausente em missão de serviço até 14 de novembro, com acesso limitado ao correio eletrónico.

Para assuntos urgentes, queira contactar a Dra. Marta Gouveia (marta.gouveia@mne.caboaurora.example).

Obrigado.
Henrique Sampaio
"""))


# =========================================================================== ARABIC

add(key="ar-cl1", lang="ar", topic="clearance", secondary=[], hard=False,
    note="windows-1256: national mine action authority asks for survey/land release training, IM and partners for clearing cluster munition remnants",
    sender=("م. خالد عبد الرحمن الزعبي", "k.alzoubi@nmaa.wadi-alnoor.example"),
    subject="طلب دعم فني في مجال المسح وإزالة مخلفات الذخائر العنقودية",
    date="2025-05-12 10:05:18 +0300", client="outlook", charset="windows-1256",
    body=T("""
السادة وحدة دعم التنفيذ لاتفاقية الذخائر العنقودية المحترمين،

تحية طيبة وبعد،

يسرّ الهيئة الوطنية لمكافحة الألغام في جمهورية وادي النور أن تتقدم إليكم بطلب دعم فني في إطار تنفيذ التزاماتنا بموجب المادة 4 من الاتفاقية.

فقد أظهرت نتائج المسح الأولي وجود 27 منطقة يشتبه في تلوثها بمخلفات الذخائر العنقودية في محافظتي الشرقية والسهل، تقدَّر مساحتها الإجمالية بنحو 8.5 كيلومتر مربع، معظمها أراضٍ زراعية وبساتين زيتون. وقد سُجّلت خلال العام الماضي 11 حادثة أودت بحياة 4 أشخاص.

ونودّ الحصول على الدعم في المجالات التالية:
1. تدريب فرق المسح غير التقني والمسح التقني على معايير الإفراج عن الأراضي؛
2. تطوير نظام إدارة المعلومات الخاص بالمناطق الملوثة؛
3. التواصل مع الدول الأطراف والمنظمات القادرة على تمويل عمليات التطهير.

وتفضلوا بقبول فائق الاحترام والتقدير،

م. خالد عبد الرحمن الزعبي
مدير العمليات
الهيئة الوطنية لمكافحة الألغام - جمهورية وادي النور
"""))

add(key="ar-va1", lang="ar", topic="victim_assistance", secondary=[], hard=False,
    note="Arabic, base64 body, PDF with an Arabic (RFC 2231) filename: Ministry of Health asks for help with prosthetics, mobile rehabilitation and inclusion of survivors",
    sender=("د. سلمى الخطيب", "s.alkhatib@health.wadi-alnoor.example"),
    subject="طلب مساعدة في مجال إعادة التأهيل والدعم النفسي للناجين",
    date="2025-07-29 13:44:09 +0300", client="gmail", cte="base64",
    attachments=[("إحصائيات_الناجين_2025.pdf", "Survivors statistics 2025 - Ministry of Health")],
    body=T("""
حضرات السادة في وحدة دعم التنفيذ،

تحية طيبة،

أكتب إليكم بصفتي مديرة برنامج التأهيل في وزارة الصحة بجمهورية وادي النور. لدينا حالياً 143 ناجياً من حوادث الذخائر العنقودية مسجلين لدى الوزارة، بينهم 39 طفلاً، ويعاني معظمهم من بتر في الأطراف أو إصابات في العيون. تجدون في المرفق الإحصائيات التفصيلية.

يقتصر مركز الأطراف الصناعية الوحيد في البلاد على العاصمة، ولا تتوفر خدمات الدعم النفسي والاجتماعي في المحافظات المتضررة. نرجو مساعدتنا في:
- تدريب فنيي الأطراف الصناعية وأخصائيي العلاج الطبيعي؛
- إنشاء وحدات متنقلة لإعادة التأهيل في محافظتي الشرقية والسهل؛
- الاطلاع على تجارب دول أخرى في دمج الناجين في سوق العمل.

شاكرين لكم حسن تعاونكم.

د. سلمى الخطيب
مديرة برنامج التأهيل - وزارة الصحة
جمهورية وادي النور
"""))

add(key="ar-rep1", lang="ar", topic="reporting", secondary=[], hard=True,
    note="HARD(vague_subject): subject is just 'Enquiry'; short Arabic body asks the Art. 7 report deadline, whether Arabic is accepted and which forms apply",
    sender=("أحمد يوسف النعيمي", "a.alnuaimi@mission-wadialnoor.example"),
    subject="استفسار",
    date="2026-02-24 12:16:50 +0100", client="exchange",
    body=T("""
السلام عليكم ورحمة الله وبركاته،

نرجو التكرم بإفادتنا بالموعد النهائي لتقديم التقرير السنوي بموجب المادة 7 من الاتفاقية، وهل يمكن تقديمه باللغة العربية، وما هي الاستمارات التي يتعين تعبئتها علماً بأن بلادنا لا تملك مخزونات من الذخائر العنقودية.

كما نرجو إرسال نسخة إلكترونية من دليل إعداد التقارير إن وُجد.

مع فائق الشكر والتقدير،

أحمد يوسف النعيمي
سكرتير أول
البعثة الدائمة لجمهورية وادي النور لدى مكتب الأمم المتحدة في جنيف
"""))

add(key="ar-gen1", lang="ar", topic="general", secondary=[], hard=False,
    note="State not party's mission requests a meeting on accession and an awareness workshop in the capital",
    sender=("مازن فؤاد العلي", "m.alali@sahlan-mission.example"),
    subject="طلب عقد اجتماع بشأن الانضمام إلى الاتفاقية",
    date="2025-09-23 10:30:27 +0200", client="outlook",
    body=T("""
السيدة مديرة وحدة دعم التنفيذ المحترمة،

تهديكم البعثة الدائمة لمملكة سهلان أطيب تحياتها، وتود أن تعلمكم بأن حكومة المملكة تدرس حالياً إمكانية الانضمام إلى اتفاقية الذخائر العنقودية.

وفي هذا الإطار، يرغب سعادة المندوب الدائم في لقائكم خلال الأسبوعين المقبلين للاطلاع على إجراءات الانضمام، والدعم الذي تقدمه الوحدة للدول المنضمة حديثاً، وإمكانية تنظيم ورشة عمل تعريفية للجهات الحكومية المعنية في العاصمة.

نرجو إفادتنا بالمواعيد المناسبة لكم.

وتفضلوا بقبول فائق الاحترام،

مازن فؤاد العلي
مستشار
البعثة الدائمة لمملكة سهلان - جنيف
"""))

add(key="ar-nae1", lang="ar", topic="not_an_enquiry", secondary=["clearance"], hard=False,
    note="windows-1256 out-of-office (Auto-Submitted), Arabic with an English line, answering a forwarded clearance case",
    sender=("نادية الشريف", "n.alsharif@mfa.wadi-alnoor.example"),
    subject="رد تلقائي: [CCM-2025-0455] [Clearance and risk reduction] طلب دعم فني في مجال المسح وإزالة مخلفات الذخائر العنقودية",
    date="2025-08-18 09:02:41 +0300", client="exchange", charset="windows-1256",
    in_reply_to="<CCM-2025-0455.fwd.2d6f90@ccm-isu.example>",
    headers=[("Auto-Submitted", "auto-replied")],
    body=T("""
شكراً لرسالتكم. أنا خارج المكتب في إجازة حتى 3 سبتمبر 2025 ولن أتمكن من الاطلاع على البريد الإلكتروني.
للأمور العاجلة يرجى التواصل مع السيد عمر الحسيني على العنوان o.alhusseini@mfa.wadi-alnoor.example

Thank you for your message. I am on leave until 3 September 2025.

نادية الشريف
وزارة الخارجية - جمهورية وادي النور
"""))


# =========================================================================== RUSSIAN

add(key="ru-sd1", lang="ru", topic="stockpile_destruction", secondary=[], hard=False,
    note="koi8-r: MoD asks for States with industrial demilitarisation experience, low-impact technologies and a study visit for destroying RBK bombs and rockets",
    sender=("Лесной Андрей Викторович", "a.lesnoy@mil.severia.example"),
    subject="Запрос о содействии в уничтожении запасов кассетных боеприпасов",
    date="2025-03-12 10:22:15 +0300", client="generic", charset="koi8-r", cte="8bit",
    headers=[("X-Mailer", "Microsoft Outlook 15.0")],
    body=T("""
Уважаемые коллеги!

Министерство обороны Республики Северия обращается к Группе имплементационной поддержки с просьбой о содействии в вопросе уничтожения запасов кассетных боеприпасов, заявленных в нашем первоначальном докладе.

На складе в районе г. Каменск хранится 1 460 разовых бомбовых кассет РБК-250 и около 600 реактивных снарядов калибра 220 мм с кассетными головными частями. Значительная часть боеприпасов имеет истёкшие сроки хранения.

Просим:
- сообщить о государствах-участниках, имеющих опыт промышленной утилизации боеприпасов аналогичных типов;
- предоставить информацию о технологиях уничтожения с минимальным воздействием на окружающую среду;
- рассмотреть возможность организации ознакомительного визита наших специалистов на действующий объект по уничтожению.

С уважением,
полковник А. В. Лесной
начальник отдела утилизации вооружения и боеприпасов
Министерство обороны Республики Северия
"""))

add(key="ru-cl1", lang="ru", topic="clearance", secondary=[], hard=False,
    note="national demining centre asks for help with non-technical/technical survey, land release methodology and Russian-language materials",
    sender=("Ковальчук Ирина Сергеевна", "i.kovalchuk@demining.zarechye.example"),
    subject="Просьба о технической помощи в обследовании загрязнённых территорий",
    date="2025-06-11 14:37:52 +0500", client="thunderbird",
    body=T("""
Добрый день!

Национальный центр по разминированию Республики Заречье просит оказать содействие в проведении нетехнического и технического обследования районов, загрязнённых остатками кассетных боеприпасов, в Приозёрном районе.

По данным за 2024 год выявлено 9 подозреваемых опасных районов общей площадью около 3,2 кв. км, в том числе пастбища и подъездные дороги к населённым пунктам. У центра нет современных металлоискателей и опыта работы по методике высвобождения земель.

Будем благодарны за информацию о возможных партнёрах и программах обучения, а также о методических материалах на русском языке.

С уважением,
И. С. Ковальчук
заместитель директора
Национальный центр по разминированию Республики Заречье
"""))

add(key="ru-rep1", lang="ru", topic="reporting", secondary=["stockpile_destruction"], hard=False,
    note="mission asks how to show in Form B munitions sent abroad for destruction and retained items, and whether Russian forms exist",
    sender=("Панов Дмитрий Олегович", "d.panov@mission-severia.example"),
    subject="Вопрос по заполнению формы B доклада по статье 7",
    date="2026-03-03 16:45:08 +0100", client="outlook",
    body=T("""
Уважаемые коллеги,

Готовим ежегодный доклад о мерах транспарентности по статье 7 Конвенции. Министерство обороны просит разъяснить следующее:

1) нужно ли указывать в форме B кассетные боеприпасы, вывезенные в 2025 году для уничтожения в другое государство-участник, если уничтожение ещё не завершено;
2) следует ли отдельно указывать боеприпасы, сохранённые для учебных целей;
3) имеются ли формы доклада на русском языке.

Заранее благодарим.

С уважением,
Д. О. Панов
первый секретарь
Постоянное представительство Республики Северия при Отделении ООН в Женеве
"""))

add(key="ru-nae1", lang="ru", topic="not_an_enquiry", secondary=["stockpile_destruction"], hard=True,
    note="HARD(no_auto_headers): unsolicited commercial offer for industrial demilitarisation of munitions, no List-Unsubscribe or Precedence",
    sender=("ООО «ТехУтилизация»", "sales@techutil-prom.example"),
    subject="Утилизация боеприпасов под ключ - специальные условия для госзаказчиков",
    date="2025-09-04 05:12:33 +0300", client="generic", cte="base64",
    headers=[("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")],
    body=T("""
Уважаемые господа!

Компания «ТехУтилизация» предлагает полный комплекс услуг по промышленной утилизации боеприпасов, в том числе кассетных:

- расснаряжение и демонтаж суббоеприпасов;
- сжигание в печах с системой очистки газов;
- подрыв в закрытых камерах;
- выдача актов об уничтожении, признаваемых заказчиками.

Опыт более 15 лет, собственная лицензированная площадка, мобильные установки с выездом к заказчику.

ТОЛЬКО ДО КОНЦА МЕСЯЦА - скидка 15% на утилизацию партий свыше 50 тонн!

Звоните: +99 800 555 01 01
Пишите: sales@techutil-prom.example

Если вы не хотите получать наши предложения, ответьте на это письмо со словом «Отписаться».
"""))


# =========================================================================== GERMAN

add(key="de-sd1", lang="de", topic="stockpile_destruction", secondary=[], hard=False,
    note="iso-8859-1 QP: armed forces plan to have submunitions destroyed abroad; ask which States/facilities, which documents, and cost benchmarks",
    sender=("Oberstleutnant Matthias Wendland", "matthias.wendland@streitkraefte.lindenau.example"),
    subject="Anfrage: Vernichtung von Streumunitionsbeständen im Ausland",
    date="2025-05-06 13:58:27 +0200", client="lotus", charset="iso-8859-1",
    body=T("""
Sehr geehrte Damen und Herren,

die Streitkräfte der Republik Lindenau verfügen noch über einen Restbestand von ca. 5.200 Stück Submunition aus 155-mm-Artilleriegeschossen, die bis 2027 vernichtet werden müssen. Eine eigene Delaborierungsanlage steht uns nicht zur Verfügung; eine thermische Entsorgung im Inland ist aus umweltrechtlichen Gründen nicht genehmigungsfähig.

Wir prüfen daher, die Bestände zur Vernichtung an einen anderen Vertragsstaat oder an ein spezialisiertes Unternehmen im Ausland abzugeben. Dazu hätten wir folgende Fragen:

1. Welche Vertragsstaaten bzw. Anlagen haben in der Vergangenheit Streumunition anderer Staaten vernichtet?
2. Welche Unterlagen (Ausfuhrgenehmigung, Endverbleibserklärung, Vernichtungsnachweis) sind üblich, damit die Weitergabe eindeutig dem Zweck der Vernichtung dient?
3. Gibt es Richtwerte für die Kosten pro Tonne einschließlich Transport?

Für eine kurze Rückmeldung wären wir Ihnen sehr dankbar.

Mit freundlichen Grüßen
Im Auftrag

Matthias Wendland
Oberstleutnant
Kommando Logistik - Dezernat Munition
Republik Lindenau
"""))

add(key="de-va1", lang="de", topic="victim_assistance", secondary=[], hard=False,
    note="social affairs ministry asks how other States ensure rehabilitation and psychosocial support for refugee cluster munition survivors, and about data protection",
    sender=("Dr. Sabine Hollmann", "sabine.hollmann@mas.lindenau.example"),
    subject="Opferhilfe für geflüchtete Überlebende von Streumunition",
    date="2025-08-28 10:14:06 +0200", client="outlook",
    body=T("""
Sehr geehrte Damen und Herren,

in der Republik Lindenau leben seit 2023 zahlreiche Geflüchtete aus einem Nachbarstaat, darunter nach Angaben der Landessozialämter mindestens 40 Personen, die durch Streumunition verletzt wurden - überwiegend mit Amputationen und Hörschäden, viele davon Kinder.

Unser Ministerium möchte sicherstellen, dass diese Überlebenden und ihre Familien Zugang zu Rehabilitation, Prothesenversorgung und psychosozialer Unterstützung erhalten, auch wenn sie noch keinen dauerhaften Aufenthaltsstatus besitzen. Wir wären Ihnen dankbar für Hinweise,

- ob und wie andere Vertragsstaaten die Opferhilfe für Geflüchtete organisieren,
- welche Leitlinien es für die Erhebung von Daten über diese Personengruppe gibt (Datenschutz!),
- und an wen wir uns für einen fachlichen Austausch wenden können.

Mit freundlichen Grüßen

Dr. Sabine Hollmann
Referatsleiterin Teilhabe und Inklusion
Ministerium für Arbeit und Soziales der Republik Lindenau
"""))

add(key="de-leg1", lang="de", topic="legislation", secondary=[], hard=True,
    note="HARD(forwarded_only): Thunderbird forward with a generic cover note; the forwarded parliamentary committee letter asks whether the draft amendment's penal provisions satisfy Art. 9",
    sender=("Katrin Oberholzer", "katrin.oberholzer@aa.lindenau.example"),
    subject="Fwd: Anfrage des Ausschusses für Recht und Verfassung",
    date="2025-10-28 09:37:45 +0100", client="thunderbird",
    body=T("""
Liebe Kolleginnen und Kollegen,

anbei eine Anfrage aus dem Parlament, zu der wir Ihre Einschätzung sehr schätzen würden. Eine Antwort bis zur Ausschusssitzung am 12.11. wäre ideal.

Beste Grüße
Katrin Oberholzer
Referat 240 - Abrüstung und Rüstungskontrolle
Außenministerium der Republik Lindenau


-------- Weitergeleitete Nachricht --------
Betreff: 	Anfrage des Ausschusses für Recht und Verfassung
Datum: 	Mon, 27 Oct 2025 14:12:09 +0100
Von: 	Sekretariat Rechtsausschuss <rechtsausschuss@landtag.lindenau.example>
An: 	Referat 240 <ref240@aa.lindenau.example>



Sehr geehrte Damen und Herren,

der Ausschuss für Recht und Verfassung berät derzeit den Regierungsentwurf zur Änderung des Waffenkontrollgesetzes. Nach der Begründung soll die Einfügung eines neuen § 18b (Verbot von Streumunition) genügen, um die Verpflichtungen aus Artikel 9 des Übereinkommens über Streumunition umzusetzen.

Mehrere Abgeordnete bezweifeln dies, da
- der Entwurf nur Herstellung, Erwerb und Weitergabe unter Strafe stellt, nicht aber den Einsatz, die Lagerung oder die Unterstützung Dritter,
- Auslandstaten lindenauischer Staatsangehöriger nicht erfasst sind,
- und die Strafandrohung (Geldstrafe oder Freiheitsstrafe bis zu drei Jahren) deutlich unter der für Antipersonenminen liegt.

Der Ausschuss bittet um eine Stellungnahme, ob der Entwurf aus Sicht der Vertragspraxis ausreicht, und um Beispiele vergleichbarer Regelungen anderer Vertragsstaaten.

Mit freundlichen Grüßen
im Auftrag
Dr. Lukas Fenner
Ausschusssekretariat
"""))

add(key="de-gen1", lang="de", topic="general", secondary=[], hard=False,
    note="mission asks for a meeting with the ISU for a visiting parliamentary delegation (universalization, ISU work)",
    sender=("Jonas Reinhardt", "jonas.reinhardt@lindenau-genf.example"),
    subject="Besuch einer Parlamentarierdelegation in Genf",
    date="2026-01-08 15:49:30 +0100", client="exchange",
    body=T("""
Sehr geehrte Frau Direktorin,

vom 9. bis 11. Februar wird eine Delegation des Unterausschusses für Abrüstung des Landtags der Republik Lindenau Genf besuchen. Die fünf Abgeordneten möchten sich unter anderem über den Stand der Universalisierung des Übereinkommens über Streumunition und die Arbeit der Implementierungsunterstützungseinheit informieren.

Wäre ein Gespräch von etwa einer Stunde am 10. Februar vormittags in Ihren Räumlichkeiten möglich? Gerne auch auf Englisch.

Mit freundlichen Grüßen

Jonas Reinhardt
Erster Sekretär
Ständige Vertretung der Republik Lindenau bei dem Büro der Vereinten Nationen und anderen internationalen Organisationen in Genf
"""))


# =========================================================================== main

def check(outdir, labels):
    problems = []
    files = sorted(f for f in os.listdir(outdir) if f.endswith(".eml"))
    if sorted(labels) != files:
        problems.append(f"labels.json keys do not match the .eml files ({len(labels)} vs {len(files)})")
    senders = collections.Counter()
    for fn in files:
        with open(os.path.join(outdir, fn), "rb") as fh:
            data = fh.read()
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                problems.append(f"{fn}: part {part.get_content_type()}: {part.defects}")
            for k, v in part.items():
                d = getattr(v, "defects", ())
                if d:
                    problems.append(f"{fn}: header {k}: {d}")
            if part.get_content_maintype() == "text":
                try:
                    part.get_content()
                except Exception as e:  # noqa: BLE001
                    problems.append(f"{fn}: cannot decode {part.get_content_type()}: {e}")
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                problems.append(f"{fn}: missing {h}")
        frm = msg["From"].addresses[0].addr_spec
        senders[frm.lower()] += 1
        if not frm.lower().endswith(".example"):
            problems.append(f"{fn}: From not in .example: {frm}")
        if INTAKE not in [a.addr_spec for a in msg["To"].addresses]:
            problems.append(f"{fn}: not addressed to the intake")
    for s, n in senders.items():
        if n > 1:
            problems.append(f"sender used {n} times: {s}")
    return problems


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else HERE
    os.makedirs(outdir, exist_ok=True)
    keys = [m["key"] for m in MSGS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    for m in MSGS:
        assert m["topic"] in TOPICS, m["key"]
        assert all(s in TOPICS and s != m["topic"] for s in m["secondary"]), m["key"]
    order = list(range(len(MSGS)))
    random.Random(SHUFFLE_SEED).shuffle(order)
    for f in os.listdir(outdir):
        if f.startswith("e-") and f.endswith(".eml"):
            os.remove(os.path.join(outdir, f))
    labels = {}
    for n, idx in enumerate(order, 1):
        m = MSGS[idx]
        fn = f"e-{n:04d}.eml"
        with open(os.path.join(outdir, fn), "wb") as fh:
            fh.write(build_message(m))
        labels[fn] = {"hard": m["hard"], "language": m["lang"], "note": m["note"],
                      "secondary": list(m["secondary"]), "topic": m["topic"]}
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, sort_keys=True, ensure_ascii=False)
        fh.write("\n")

    problems = check(outdir, labels)
    by_topic = collections.Counter(v["topic"] for v in labels.values())
    by_lang = collections.Counter(v["language"] for v in labels.values())
    hard = sum(v["hard"] for v in labels.values())
    print(f"wrote {len(labels)} messages to {outdir}")
    print("topics:   " + ", ".join(f"{t}={by_topic[t]}" for t in TOPICS))
    print("languages: " + ", ".join(f"{k}={v}" for k, v in by_lang.most_common()))
    print(f"hard: {hard} ({100 * hard / len(labels):.1f}%)")
    fmts = collections.Counter(m.get("fmt", "plain") if "raw_body" not in m else "auto" for m in MSGS)
    print("formats:  " + ", ".join(f"{k}={v}" for k, v in sorted(fmts.items())))
    print("attachments: %d messages" % sum(1 for m in MSGS if m.get("attachments")))
    print("legacy charsets: " + ", ".join(f"{m['key']}={m['charset']}" for m in MSGS
                                          if m.get("charset", "utf-8") != "utf-8"))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("check: every .eml parses without defects; labels.json has one entry per file")


if __name__ == "__main__":
    main()
