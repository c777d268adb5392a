"""Build bench/blind7: h-0001.eml ... h-0080.eml and labels.json from corpus_data.py.

Run from anywhere with the project interpreter:

    /work/main/.venv/bin/python -B /work/main/bench/blind7/generate.py

The output is deterministic (fixed seeds, fixed attachment bytes).
"""

import datetime as _dt
import email
import hashlib
import html as _html
import io
import json
import random
import re
import sys
import uuid
import zipfile
from email import policy as _policy
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))

import corpus_data  # noqa: E402

SHUFFLE_SEED = 20260707
PREFIX = "h-"

LANG_TAG = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES", "ar": "ar", "ru": "ru-RU",
            "pt": "pt-PT", "de": "de-DE"}

MIME_TYPES = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "png": ("image", "png"),
}


# ---------------------------------------------------------------- helpers

def rng_for(key):
    return random.Random(hashlib.sha256(key.encode()).hexdigest())


def parse_date(s):
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def domain_of(addr):
    return addr.rsplit("@", 1)[1]


def message_id(entry_key, mua, addr, when):
    r = rng_for("mid:" + entry_key)
    dom = domain_of(addr)
    hexu = lambda n: "".join(r.choice("0123456789ABCDEF") for _ in range(n))
    if mua == "outlook":
        host = "".join(r.choice("ABCDEFGHKLMPRSTVW") for _ in range(2)) + str(r.randint(1, 9)) \
            + "PR" + "%02d" % r.randint(1, 12) + "MB" + str(r.randint(1000, 9999))
        return "<%s%s@%s.%s>" % (host, hexu(28), host, dom)
    if mua == "gmail":
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-"
        return "<CA%s@mail.%s>" % ("".join(r.choice(alphabet) for _ in range(44)), dom)
    if mua == "thunderbird":
        return "<%s@%s>" % (uuid.UUID(int=r.getrandbits(128), version=4), dom)
    if mua == "apple":
        return "<%s@%s>" % (str(uuid.UUID(int=r.getrandbits(128), version=4)).upper(), dom)
    if mua == "webmail":
        return "<%d.%s@webmail.%s>" % (int(when.timestamp()), hexu(12).lower(), dom)
    # system / automated
    return "<%s.%s@%s>" % (when.strftime("%Y%m%d%H%M%S"), hexu(16).lower(), dom)


def received_header(entry_key, addr, when):
    r = rng_for("rcv:" + entry_key)
    dom = domain_of(addr)
    host = dom if dom.startswith(("mail.", "mx")) else "mail." + dom
    net = r.choice(["192.0.2", "198.51.100", "203.0.113"])
    ip = "%s.%d" % (net, r.randint(2, 250))
    qid = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")
                  for _ in range(12))
    rdate = format_datetime(when + _dt.timedelta(seconds=r.randint(2, 40)))
    first = "from %s (%s [%s])" % (host, host, ip)
    if len("Received: " + first) > 78:
        first = "from %s\n\t(%s [%s])" % (host, host, ip)
    return ("%s\n\tby mx1.ccm-isu.example (Postfix) with ESMTPS id %s\n"
            "\tfor <intake@ccm-isu.example>; %s" % (first, qid, rdate))


def fold_ascii(name, text, limit=78):
    """Fold an ASCII header value at spaces so that every line fits in `limit`."""
    assert text.isascii(), text
    lines, cur = [], name + ":"
    for word in text.split(" "):
        if len(cur) + 1 + len(word) > limit and cur != name + ":":
            lines.append(cur)
            cur = " " + word
        else:
            cur += " " + word
    lines.append(cur)
    return "\n".join(lines)[len(name) + 2:]


def text_value(name, text, charset):
    """Unstructured header value: plain ASCII folded, or RFC 2047 encoded-words."""
    if text.isascii():
        return fold_ascii(name, text)
    return encoded_header(text, charset, name)


def address_value(name, pair, charset):
    disp, addr = pair
    if not disp:
        return addr
    if disp.isascii():
        value = formataddr((disp, addr))
        if len(name) + 2 + len(value) > 78:
            value = value.replace(" <" + addr + ">", "\n <" + addr + ">")
        return value
    # One encoded-word for the whole phrase: parsers disagree on whitespace between
    # adjacent encoded-words inside a display name.
    enc = Header(disp, charset).encode(maxlinelen=10000)
    assert "\n" not in enc and len(enc) <= 75, ("display name too long to encode", disp)
    sep = " " if len(name) + 2 + len(enc) + len(addr) + 3 <= 78 else "\n "
    return enc + sep + "<" + addr + ">"


def encoded_header(text, charset, name):
    return Header(text, charset, header_name=name).encode(maxlinelen=76)


def auto_html(text, lang):
    blocks = re.split(r"\n\s*\n", text.strip("\n"))
    out = []
    for b in blocks:
        lines = b.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(_html.escape(l.lstrip("> ").rstrip()) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       'padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append("<p>%s</p>" % "<br>\n".join(_html.escape(l) for l in lines))
    direction = ' dir="rtl"' if lang == "ar" else ""
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '</head>\n<body%s>\n<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            '%s\n</div>\n</body>\n</html>\n' % (direction, "\n".join(out)))


def fold_ics(ics):
    out = []
    for line in ics.strip("\n").split("\n"):
        while len(line.encode()) > 75:
            out.append(line[:75])
            line = " " + line[75:]
        out.append(line)
    return "\r\n".join(out) + "\r\n"


_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
        b"xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \n"
        b"0000000101 00000 n \ntrailer<</Size 4/Root 1 0 R>>\nstartxref\n166\n%%EOF\n")

_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201e2b1a2"
    "b70000000049454e44ae426082")


def _ooxml(kind):
    buf = io.BytesIO()
    main = "word/document.xml" if kind == "docx" else "xl/workbook.xml"
    ctype = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
             if kind == "docx" else
             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (
            ("[Content_Types].xml",
             '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
             'package/2006/content-types"><Override PartName="/%s" ContentType="%s"/></Types>'
             % (main, ctype)),
            (main, '<?xml version="1.0" encoding="UTF-8"?><placeholder/>'),
        ):
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            z.writestr(zi, data)
    return buf.getvalue()


def attachment_bytes(filename):
    ext = filename.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        return _PDF
    if ext in ("docx", "xlsx"):
        return _ooxml(ext)
    if ext == "png":
        return _PNG
    raise ValueError(filename)


# ---------------------------------------------------------------- builder

def check_cte(text, cte, charset, key=""):
    if cte == "7bit":
        assert text.isascii(), "non-ASCII text with 7bit: " + key
    text.encode(charset)


def build(entry, pol, key, top=True):
    e = entry
    mua = e.get("mua", "outlook")
    when = parse_date(e["date"])
    frm = e["frm"]
    charset = e.get("charset", "utf-8")
    cte = e.get("cte", "quoted-printable")
    lang = e.get("lang", "en")
    hcs = e.get("subject_charset")

    msg = EmailMessage(policy=pol)
    if e.get("return_path"):
        msg.set_raw("Return-Path", e["return_path"])
    if top:
        msg.set_raw("Received", received_header(key, frm[1], when))

    hcs = hcs or "utf-8"
    msg.set_raw("From", address_value("From", frm, hcs))
    to = e.get("to", corpus_data.INTAKE)
    if top and rng_for("to:" + key).random() < 0.3:
        msg.set_raw("To", to[1])
    else:
        msg.set_raw("To", address_value("To", to, "utf-8"))
    if e.get("cc"):
        msg.set_raw("Cc", ",\n ".join(address_value("Cc", pair, "utf-8") for pair in e["cc"]))
    if e.get("reply_to"):
        msg.set_raw("Reply-To", address_value("Reply-To", e["reply_to"], "utf-8"))
    msg.set_raw("Subject", text_value("Subject", e["subject"], hcs))
    msg.set_raw("Date", format_datetime(when))
    msg.set_raw("Message-ID", message_id(key, mua, frm[1], when))
    if e.get("in_reply_to"):
        msg.set_raw("In-Reply-To", e["in_reply_to"])
        msg.set_raw("References", fold_ascii("References", e.get("references", e["in_reply_to"])))

    if mua == "outlook":
        msg.set_raw("X-Mailer", "Microsoft Outlook 16.0")
        msg.set_raw("Content-Language", LANG_TAG[lang])
    elif mua == "thunderbird":
        msg.set_raw("User-Agent", "Mozilla Thunderbird")
        msg.set_raw("Content-Language", LANG_TAG[lang])
    elif mua == "apple":
        msg.set_raw("X-Mailer", "Apple Mail (2.3826.300.87)")
    elif mua == "webmail":
        msg.set_raw("User-Agent", "Roundcube Webmail/1.6.9")
    for name, value in e.get("headers", []):
        msg.set_raw(name, fold_ascii(name, value))

    msg["MIME-Version"] = "1.0"

    # ------------------------------------------------------------ body
    if e.get("dsn"):
        return build_dsn(msg, e, pol)

    if e.get("html_only"):
        check_cte(e["html"], cte, charset, key)
        msg.set_content(e["html"], subtype="html", charset=charset, cte=cte)
    else:
        check_cte(e["body"], cte, charset, key)
        msg.set_content(e["body"], charset=charset, cte=cte)
        html = e.get("html")
        if html == "auto":
            html = auto_html(e["body"], lang)
            if charset != "utf-8":
                html = html.replace("charset=utf-8", "charset=" + charset)
        if html:
            hcte = "base64" if cte == "base64" else "quoted-printable"
            msg.add_alternative(html, subtype="html", charset=charset, cte=hcte)
        if e.get("calendar"):
            cal = e["calendar"]
            msg.add_alternative(fold_ics(cal["ics"]), subtype="calendar", charset="utf-8",
                                cte="7bit", params={"method": cal["method"]})

    for fname in e.get("attachments", []):
        maintype, subtype = MIME_TYPES[fname.rsplit(".", 1)[1].lower()]
        data = attachment_bytes(fname)
        if fname.startswith("image0"):
            # signature logo as Outlook attaches it
            msg.add_attachment(data, maintype, subtype, disposition="inline", filename=fname,
                               cid="<%s@01DCA1B2.5E3F7A10>" % fname)
        else:
            msg.add_attachment(data, maintype, subtype, filename=fname)

    if e.get("inner"):
        inner = dict(e["inner"])
        inner.setdefault("lang", lang)
        imsg = build(inner, pol, key + ":inner", top=False)
        msg.add_attachment(imsg, filename=inner["subject"] + ".eml", cte="7bit")
    if top:
        strip_part_mime_version(msg)
    return msg


def set_boundaries(msg, mua, key):
    """Give multipart boundaries the look of the sending client (and make output stable)."""
    r = rng_for("bnd:" + key)
    for part in msg.walk():
        if not part.is_multipart():
            continue
        h = "".join(r.choice("0123456789abcdef") for _ in range(32))
        if mua == "outlook":
            b = "_%03d_%s_" % (r.randint(0, 9), h[:24].upper())
        elif mua == "gmail":
            b = "000000000000" + h[:16]
        elif mua == "thunderbird":
            b = "------------" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
                                         for _ in range(24))
        elif mua == "apple":
            b = "Apple-Mail=_" + str(uuid.UUID(h)).upper()
        elif mua == "webmail":
            b = "=_" + h
        else:
            b = "----=_Part_%d_%d.%d" % (r.randint(1000, 99999), r.randint(10 ** 8, 10 ** 9),
                                         r.randint(10 ** 12, 10 ** 13))
        part.set_boundary(b)


def strip_part_mime_version(msg):
    """Python adds MIME-Version to parts it creates; real clients only put it at the top
    (and at the top of an attached message)."""
    for part in msg.iter_parts():
        if isinstance(part, MIMEPart) and part.get_content_type() != "message/rfc822":
            if "MIME-Version" in part:
                del part["MIME-Version"]
        if part.is_multipart():
            strip_part_mime_version(part)


def build_dsn(msg, e, pol):
    d = e["dsn"]
    msg.set_content(e["body"], charset="us-ascii", cte="7bit")
    msg["Content-Description"] = "Notification"
    msg.make_mixed()
    msg.set_type("multipart/report")
    msg.set_param("report-type", "delivery-status")
    # make_mixed moved the description to the text part; nothing else to do there.

    per_msg = Message()
    per_msg["Reporting-MTA"] = d["reporting_mta"]
    per_msg["X-Postfix-Queue-ID"] = d["queue_id"]
    per_msg["X-Postfix-Sender"] = "rfc822; assistance@ccm-isu.example"
    per_msg["Arrival-Date"] = d["arrival_date"]
    per_rcpt = Message()
    per_rcpt["Final-Recipient"] = d["final_recipient"]
    per_rcpt["Original-Recipient"] = d["final_recipient"]
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = d["status"]
    per_rcpt["Remote-MTA"] = d["remote_mta"]
    per_rcpt["Diagnostic-Code"] = d["diagnostic"]
    ds = MIMEPart(policy=pol)
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload([per_msg, per_rcpt])
    msg.attach(ds)

    hdrs = MIMEPart(policy=pol)
    hdrs.set_content(d["original_headers"], subtype="rfc822-headers", charset="us-ascii",
                     cte="7bit")
    hdrs["Content-Description"] = "Undelivered Message Headers"
    msg.attach(hdrs)
    strip_part_mime_version(msg)
    return msg


# ---------------------------------------------------------------- main

def self_check(fname, raw, e):
    """Parse the bytes back and compare what a reader sees with the data."""
    m = email.message_from_bytes(raw, policy=_policy.default)
    assert str(m["Subject"]) == e["subject"], (fname, str(m["Subject"]), e["subject"])
    frm = m["From"].addresses[0]
    assert (frm.display_name, frm.addr_spec) == tuple(e["frm"]), (fname, frm)
    assert "intake@ccm-isu.example" in str(m["To"]), fname
    if e.get("html_only"):
        body = m.get_body(("html",)).get_content()
        assert body.replace("\r\n", "\n") == e["html"], fname
    else:
        body = m.get_body(("plain",)).get_content()
        assert body.replace("\r\n", "\n") == e["body"], fname
    for part in m.walk():
        assert not part.defects, (fname, part.defects)
    for name in m.keys():
        assert not getattr(m[name], "defects", None), (fname, name, m[name].defects)



def main():
    entries = list(corpus_data.MESSAGES)
    keys = [e["key"] for e in entries]
    assert len(keys) == len(set(keys)), "duplicate keys"
    random.Random(SHUFFLE_SEED).shuffle(entries)

    for old in HERE.glob(PREFIX + "*.eml"):
        old.unlink()

    labels = {}
    for i, e in enumerate(entries, 1):
        fname = "%s%04d.eml" % (PREFIX, i)
        pol = _policy.default if e.get("eol") == "lf" else _policy.SMTP
        msg = build(e, pol, e["key"])
        set_boundaries(msg, e.get("mua", "outlook"), e["key"])
        raw = msg.as_bytes(policy=pol)
        self_check(fname, raw, e)
        (HERE / fname).write_bytes(raw)
        labels[fname] = {
            "hard": bool(e["hard"]),
            "language": e["lang"],
            "note": e["note"],
            "secondary": list(e["secondary"]),
            "topic": e["topic"],
        }
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True) + "\n",
                                      encoding="ascii")
    print("wrote %d messages" % len(labels))


if __name__ == "__main__":
    main()
