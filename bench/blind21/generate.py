#!/usr/bin/env python3
"""Build the blind21 corpus (m-NNNN.eml + labels.json) from corpus_data.py.

Deterministic: Message-IDs, boundaries, dates and file order come from
seeded random generators.  After writing, every file is parsed back with
email.policy.default and checked.
Run: /work/main/.venv/bin/python -B /work/main/bench/blind21/generate.py
"""
import base64
import email
import email.policy
import email.quoprimime
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
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from corpus_data import MESSAGES  # noqa: E402

INTAKE = "intake@ccm-isu.example"
TOPICS = {"stockpile_destruction", "clearance", "victim_assistance", "reporting",
          "legislation", "general", "not_an_enquiry"}
LANGS = {"en", "fr", "es", "ar", "pt", "ru", "de"}
KINDS = {"multi_topic", "misleading_subject", "ambiguous_general", "html_only", "base64_body",
         "legacy_charset", "encoded_subject", "attachment_only_hint", "reply_to_ack",
         "forwarded_chain", "forwarded_as_attachment", "lookalike_noise", "no_auto_headers",
         "no_dsn_structure", "enquiry_looks_like_noise"}
SEED = 21021
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
CONTENT_LANG = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES", "pt": "pt-PT", "de": "de-DE",
                "ru": "ru-RU", "ar": "ar-SA"}


def rstr(rng, n, alphabet=string.ascii_uppercase + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


# ------------------------------------------------------------------ headers
def encoded_words(text, charset, enc, maxchars=None):
    """RFC 2047 encode text as one or more encoded-words (never split a char).

    Each encoded-word stays short enough to fit on a folded header line;
    maxchars forces extra splitting (several encoded-words per phrase)."""
    def ew(chunk):
        data = chunk.encode(charset)
        if enc == "B":
            return "=?%s?B?%s?=" % (charset, base64.b64encode(data).decode("ascii"))
        return email.quoprimime.header_encode(data, charset)
    out, chunk = [], ""
    for ch in text:
        if chunk and (len(ew(chunk + ch)) > 62 or (maxchars and len(chunk) >= maxchars)):
            out.append(ew(chunk))
            chunk = ""
        chunk += ch
    if chunk:
        out.append(ew(chunk))
    return " ".join(out)


def hdr_text(text, charset="utf-8", enc=None, maxchars=None):
    if all(ord(c) < 128 for c in text):
        return text
    if enc is None:
        enc = "Q" if charset.lower().startswith("iso-8859") or charset.lower() == "windows-1252" else "B"
    return encoded_words(text, charset, enc, maxchars)


def addr(name, address, charset="utf-8", enc="B"):
    if all(ord(c) < 128 for c in name):
        return formataddr((name, address))
    return "%s <%s>" % (encoded_words(name, charset, enc, 30), address)


def fmt_date(rng, tz, robot=False, day=None):
    if day is None:
        while True:
            day = rng.randint(1, 30)
            wd = (day + 1) % 7  # 1 April 2026 is a Wednesday -> index 2
            if robot or wd < 5:
                break
    wd = (day + 1) % 7
    h, m, s = rng.randint(7, 18), rng.randint(0, 59), rng.randint(0, 59)
    return "%s, %d Apr 2026 %02d:%02d:%02d %s" % (DAYS[wd], day, h, m, s, tz), day


def message_id(rng, mailer, domain):
    if mailer == "outlook":
        host = "%s%sMB%s" % (rstr(rng, 4), rng.randint(10, 99), rng.randint(1000, 9999))
        return "<%s%s@%s>" % (host, rstr(rng, 16, "0123456789ABCDEF"), domain)
    if mailer == "gmail":
        return "<CA%s@mail.gmail.example>" % rstr(rng, 44, string.ascii_letters + string.digits + "+_-")
    if mailer in ("iphone", "apple"):
        u = rstr(rng, 32, "0123456789ABCDEF")
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], domain)
    if mailer == "lotus":
        return "<OF%s.%s-ON%s@%s>" % (rstr(rng, 8), rstr(rng, 8), rstr(rng, 8), domain)
    if mailer == "thunderbird":
        u = rstr(rng, 32, "0123456789abcdef")
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], domain)
    return "<%s.%s@%s>" % (rstr(rng, 16, "0123456789abcdef"), rng.randint(1000, 9999), domain)


def boundary(rng, mailer):
    if mailer == "outlook":
        return "_%03d_%s_" % (rng.randint(0, 4), rstr(rng, 32))
    if mailer == "gmail":
        return "0000000000" + rstr(rng, 18, "0123456789abcdef")
    if mailer in ("iphone", "apple"):
        return "Apple-Mail-" + rstr(rng, 8) + "-" + rstr(rng, 4) + "-" + rstr(rng, 12)
    if mailer == "thunderbird":
        return "------------" + rstr(rng, 24, string.ascii_letters + string.digits)
    return "===============%019d==" % rng.randint(10 ** 18, 10 ** 19 - 1)


# ------------------------------------------------------------------ parts
def encode_payload(text, charset, cte):
    data = text.encode(charset)
    if cte == "7bit" and any(b > 127 for b in data):
        cte = "quoted-printable"
    if cte in ("7bit", "8bit"):
        return data.decode("ascii", "surrogateescape"), cte
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii"), cte
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii"), cte
    raise ValueError(cte)


def text_part(text, subtype, charset, cte, extra_ct=""):
    p = Message()
    payload, cte = encode_payload(text, charset, cte)
    p["Content-Type"] = 'text/%s; charset="%s"%s' % (subtype, charset, extra_ct)
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
    return p


def make_html(d):
    if d.get("html"):
        return d["html"]
    rtl = d["language"] == "ar"
    paras = [p for p in d["body"].strip("\n").split("\n\n")]
    mailer = d["mailer"]
    if mailer == "outlook":
        head = ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
                '</head>\n<body lang="%s">\n<div class="WordSection1"%s>\n' % (
                    CONTENT_LANG[d["language"]], ' dir="rtl"' if rtl else ""))
        tail = "</div>\n</body>\n</html>\n"
        ptag = '<p class="MsoNormal">'
    elif mailer == "gmail":
        head = '<div dir="%s">' % ("rtl" if rtl else "ltr")
        tail = "</div>\n"
        ptag = "<div>"
    else:
        head = '<html><head><meta charset="utf-8"></head><body%s style="font-family:Arial,sans-serif;font-size:10pt">\n' % (
            ' dir="rtl"' if rtl else "")
        tail = "</body></html>\n"
        ptag = "<p>"
    close = "</div>" if ptag == "<div>" else "</p>"
    body = "\n".join(ptag + "<br>\n".join(htmlmod.escape(l, quote=False) for l in p.split("\n")) + close
                     for p in paras)
    if mailer == "gmail":
        body = body.replace("</div>\n<div>", "</div><div><br></div>\n<div>")
    return head + body + "\n" + tail


def minimal_pdf(title):
    return ("%%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
            "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\n"
            "4 0 obj <</Title (%s)>> endobj\ntrailer <</Root 1 0 R /Info 4 0 R>>\n%%%%EOF\n"
            % title.encode("ascii", "replace").decode()).encode("ascii")


def minimal_ooxml(kind):
    buf = io.BytesIO()
    main = "word/document.xml" if kind == "docx" else "xl/workbook.xml"
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml",
                            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
                           (main, '<?xml version="1.0" encoding="UTF-8"?><placeholder/>')]:
            zi = zipfile.ZipInfo(name, date_time=(2026, 4, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


MIME = {"pdf": "application/pdf",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def attachment(name, kind):
    data = minimal_pdf(name) if kind == "pdf" else minimal_ooxml(kind)
    p = Message()
    if all(ord(c) < 128 for c in name):
        p["Content-Type"] = '%s; name="%s"' % (MIME[kind], name)
        p["Content-Disposition"] = 'attachment; filename="%s"' % name
    else:
        p["Content-Type"] = '%s; name="%s"' % (MIME[kind], encoded_words(name, "utf-8", "B", 30))
        p.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
    p["Content-Transfer-Encoding"] = "base64"
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    return p


def multipart(subtype, rng, mailer, parts, extra=""):
    m = Message()
    m["Content-Type"] = 'multipart/%s;%s\n\tboundary="%s"' % (subtype, extra, boundary(rng, mailer))
    for p in parts:
        m.attach(p)
    return m


def content_for(d, rng):
    """Return the MIME tree (a Message without envelope headers)."""
    fmt, mailer = d["fmt"], d["mailer"]
    cs = d.get("charset", "utf-8")
    cte = d.get("cte", "8bit")
    if fmt == "plain":
        return text_part(d["body"], "plain", cs, cte)
    if fmt == "html":
        return text_part(make_html(d), "html", cs, cte)
    if fmt == "alt":
        return multipart("alternative", rng, mailer,
                         [text_part(d["body"], "plain", cs, cte), text_part(make_html(d), "html", cs, cte)])
    if fmt == "mixed":
        if mailer in ("outlook", "gmail"):
            first = multipart("alternative", rng, mailer,
                              [text_part(d["body"], "plain", cs, cte), text_part(make_html(d), "html", cs, cte)])
        else:
            first = text_part(d["body"], "plain", cs, cte)
        return multipart("mixed", rng, mailer, [first] + [attachment(n, k) for n, k in d["attachments"]])
    if fmt == "fwd822":
        inn = d["inner"]
        icharset = inn.get("charset", "utf-8")
        inner = Message()
        inner["From"] = addr(inn["frm"][0], inn["frm"][1], icharset, "Q" if icharset != "utf-8" else "B")
        inner["To"] = addr(inn["to"][0], inn["to"][1], icharset, "Q" if icharset != "utf-8" else "B")
        inner["Subject"] = hdr_text(inn["subject"], icharset)
        inner["Date"] = inn["date"]
        inner["Message-ID"] = message_id(rng, "other", inn["frm"][1].split("@")[1])
        inner["MIME-Version"] = "1.0"
        ip = text_part(inn["body"], "plain", icharset, "quoted-printable" if icharset == "utf-8" else "8bit")
        inner["Content-Type"] = ip["Content-Type"]
        inner["Content-Transfer-Encoding"] = ip["Content-Transfer-Encoding"]
        inner.set_payload(ip._payload)
        wrap = Message()
        fname = inn["subject"] + ".eml"
        wrap["Content-Type"] = "message/rfc822"
        wrap.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fname))
        wrap.set_payload([inner])
        return multipart("mixed", rng, mailer, [text_part(d["body"], "plain", cs, cte), wrap])
    if fmt == "dsn":
        ds = d["dsn"]
        status = Message()
        per_msg = Message()
        per_msg["Reporting-MTA"] = "dns; mx1.ccm-isu.example"
        per_msg["X-Postfix-Queue-ID"] = rstr(rng, 10)
        per_msg["Arrival-Date"] = "Thu, 16 Apr 2026 09:12:40 +0200"
        per_rcpt = Message()
        per_rcpt["Final-Recipient"] = "rfc822; " + ds["rcpt"]
        per_rcpt["Original-Recipient"] = "rfc822;" + ds["rcpt"]
        per_rcpt["Action"] = "failed"
        per_rcpt["Status"] = ds["status"]
        per_rcpt["Remote-MTA"] = "dns; mail." + ds["rcpt"].split("@")[1]
        per_rcpt["Diagnostic-Code"] = ds["diag"]
        status["Content-Description"] = "Delivery report"
        status["Content-Type"] = "message/delivery-status"
        status.set_payload([per_msg, per_rcpt])
        hdrs = ("Return-Path: <intake@ccm-isu.example>\nFrom: CCM ISU <intake@ccm-isu.example>\n"
                "To: %s\nSubject: %s\nDate: Thu, 16 Apr 2026 09:12:38 +0200\nMessage-ID: <%s@ccm-isu.example>\n"
                % (ds["rcpt"], ds["orig_subject"], rstr(rng, 20, "0123456789abcdef")))
        notice = text_part(d["body"], "plain", "us-ascii", "7bit")
        notice["Content-Description"] = "Notification"
        orig = text_part(hdrs, "rfc822-headers", "us-ascii", "7bit")
        orig["Content-Description"] = "Undelivered Message Headers"
        return multipart("report", rng, "robot", [notice, status, orig], ' report-type=delivery-status;')
    if fmt == "mdn":
        md = d["mdn"]
        notice = text_part(d["body"], "plain", "utf-8", "7bit")
        disp = Message()
        disp["Content-Type"] = "message/disposition-notification"
        disp.set_payload("Reporting-UA: %s; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;%s\n"
                         "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n\n"
                         % (md["orig_rcpt"].split("@")[1], md["orig_rcpt"], md["orig_msgid"]))
        return multipart("report", rng, mailer, [notice, disp], ' report-type=disposition-notification;')
    raise ValueError(fmt)


def build(d):
    rng = random.Random("blind21/" + d["key"])
    name, address = d["frm"]
    domain = address.split("@")[1]
    robot = d["mailer"] == "robot"
    date, day = fmt_date(rng, d["tz"], robot)
    m = Message()
    ip = "%s.%d" % (rng.choice(["192.0.2", "198.51.100", "203.0.113"]), rng.randint(2, 250))
    if domain == "mx1.ccm-isu.example":  # locally generated bounce
        m["Received"] = "by mx1.ccm-isu.example (Postfix)\n\tid %s; %s" % (rstr(rng, 10), date)
    else:
      m["Received"] = ("from mail.%s (mail.%s [%s])\n\tby mx1.ccm-isu.example (Postfix) with ESMTPS id %s\n"
                     "\tfor <%s>; %s" % (domain, domain, ip, rstr(rng, 12, string.ascii_letters + string.digits),
                                        INTAKE, date))
    fcs = d.get("subj_charset", "utf-8")
    m["From"] = addr(name, address, fcs if fcs != "us-ascii" else "utf-8",
                     "Q" if d["language"] in ("fr", "es", "pt", "de") else "B")
    if d["key"] == "N3":
        m["To"] = INTAKE
    else:
        m["To"] = "CCM Implementation Support Unit <%s>" % INTAKE if rng.random() < 0.6 else INTAKE
    subj_enc = "Q" if (d["mailer"] in ("thunderbird", "webmail") or fcs.startswith("iso-8859")) else "B"
    m["Subject"] = hdr_text(d["subject"], fcs, subj_enc, 9 if d.get("subj_split") else None)
    m["Date"] = date
    m["Message-ID"] = message_id(rng, d["mailer"], domain)
    if d.get("ack_ref"):
        ref = "<%s.ack@ccm-isu.example>" % d["ack_ref"].lower()
        m["In-Reply-To"] = ref
        m["References"] = ref
    elif d.get("in_reply_to"):
        m["In-Reply-To"] = d["in_reply_to"]
        m["References"] = d["in_reply_to"]
    mailer = d["mailer"]
    if mailer == "outlook":
        m["Thread-Topic"] = hdr_text(re.sub(r"^(Re|RE|FW|Fw|Tr|RV|Absent) ?: ", "", d["subject"]), "utf-8", "B")
        m["Thread-Index"] = base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode()
        m["Content-Language"] = CONTENT_LANG[d["language"]]
        m["X-MS-Has-Attach"] = "yes" if d["fmt"] in ("mixed", "fwd822") else ""
    elif mailer == "thunderbird":
        m["User-Agent"] = "Mozilla Thunderbird"
        m["Content-Language"] = CONTENT_LANG[d["language"]]
    elif mailer == "iphone":
        m["X-Mailer"] = "iPhone Mail (21E236)"
    elif mailer == "lotus":
        m["X-Mailer"] = "Lotus Domino Release 12.0.2"
    elif mailer == "webmail":
        m["User-Agent"] = "Roundcube Webmail/1.6.6"
    for k, v in d.get("headers", {}).items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    body = content_for(d, rng)
    for k, v in body.items():
        m[k] = v
    m.set_payload(body._payload)
    lf_only = rng.random() < 0.22
    return m, ("\n" if lf_only else "\r\n")


def serialise(m, linesep):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep=linesep, max_line_length=78)).flatten(m)
    return buf.getvalue()


# ------------------------------------------------------------------ checks
def all_text(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
    return "\n".join(out)


def check(path, d, lab):
    with open(path, "rb") as fh:
        raw = fh.read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg.defects == [] or all("Missing" not in type(x).__name__ for x in msg.defects), (path, msg.defects)
    subj = str(msg["subject"])
    assert re.sub(r"\s+", " ", subj) == re.sub(r"\s+", " ", d["subject"]), (path, subj, d["subject"])
    assert msg["to"] and "intake@ccm-isu.example" in str(msg["to"]) or d["key"] == "N3"
    text = all_text(msg)
    norm = lambda s: re.sub(r"\s+", " ", htmlmod.unescape(re.sub(r"<[^>]+>", " ", s)))
    probe = [l.strip() for l in (d["body"] or d.get("html", "")).splitlines() if len(l.strip()) > 25][:1]
    if d["fmt"] == "html" and d.get("html"):
        probe = []
    for p in probe:
        assert norm(p) in norm(text), (path, p)
    if d["fmt"] == "fwd822":
        inner = [p for p in msg.walk() if p.get_content_type() == "message/rfc822"]
        assert inner and "Tr" not in str(inner[0].get_content()["subject"])[:0], path
        assert norm(d["inner"]["body"].split("\n\n")[1].split("\n")[0]) in norm(all_text(inner[0].get_content()))
    for n, _ in d.get("attachments", []):
        names = [p.get_filename() for p in msg.iter_attachments()] if msg.is_multipart() else []
        assert n in names, (path, n, names)
    if d.get("ack_ref"):
        assert d["ack_ref"].lower() in msg["In-Reply-To"], path
    # legacy charset cases must really contain non-Latin-1/non-UTF-8 bytes
    if "legacy_charset" in d["note"].split(":")[0]:
        assert d["charset"] in ("windows-1251", "windows-1256", "koi8-r"), path
        try:
            raw.decode("utf-8")
            raise AssertionError("legacy file decodes as utf-8: " + path)
        except UnicodeDecodeError:
            pass
    assert lab["topic"] in TOPICS and lab["language"] in LANGS
    assert all(s in TOPICS and s != lab["topic"] for s in lab["secondary"]), path
    if lab["hard"]:
        mo = re.match(r"HARD\(([a-z0-9_,]+)\): ", lab["note"])
        assert mo and set(mo.group(1).split(",")) <= KINDS, (path, lab["note"])
    else:
        assert not lab["note"].startswith("HARD"), path
    # only reserved example domains
    for dom in re.findall(r"[\w.-]+@([\w.-]+\w)", raw.decode("latin-1")):
        assert dom.endswith((".example", "example.org", "example.com", "example.net")), (path, dom)
    return msg


def main():
    keys = [d["key"] for d in MESSAGES]
    assert len(set(keys)) == len(keys) == 80
    order = list(MESSAGES)
    random.Random(SEED).shuffle(order)
    for f in os.listdir(HERE):
        if re.match(r"m-\d{4}\.eml$", f):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for i, d in enumerate(order, 1):
        fname = "m-%04d.eml" % i
        m, sep = build(d)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(serialise(m, sep))
        labels[fname] = {"topic": d["topic"], "secondary": list(d["secondary"]), "language": d["language"],
                         "hard": d["hard"], "note": d["note"]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, sort_keys=True, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    for i, d in enumerate(order, 1):
        fname = "m-%04d.eml" % i
        assert fname in labels
        check(os.path.join(HERE, fname), d, labels[fname])
    print("wrote and checked %d messages in %s" % (len(order), HERE))


if __name__ == "__main__":
    main()
