# -*- coding: utf-8 -*-
"""Build the blind18 corpus: m-0001.eml ... m-0080.eml and labels.json.

Deterministic: Message-IDs, boundaries, Received ids and the shuffled file
order all come from seeded random generators.  After writing, every file is
parsed back with email.policy.default and checked.

Run:  /work/main/.venv/bin/python -B /work/main/bench/blind18/generate.py
"""
import base64
import datetime as dt
import glob
import hashlib
import html
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
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import corpus_data  # noqa: E402

SEED = 18018
TO_ISU = "CCM Implementation Support Unit <intake@ccm-isu.example>"
LABELS = ["stockpile_destruction", "clearance", "victim_assistance", "reporting",
          "legislation", "general", "not_an_enquiry"]

MAILERS = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "thunderbird": ("User-Agent", "Mozilla Thunderbird 128.6.0"),
    "apple": ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
    "iphone": ("X-Mailer", "iPhone Mail (22D72)"),
    "webmail": ("User-Agent", "Roundcube Webmail/1.6.9"),
}


# ------------------------------------------------------------------ helpers

def rng_for(key, what):
    h = hashlib.sha256(("%d:%s:%s" % (SEED, key, what)).encode()).hexdigest()
    return random.Random(int(h[:16], 16))


def rstr(r, n, alphabet=string.ascii_uppercase + string.digits):
    return "".join(r.choice(alphabet) for _ in range(n))


def parse_date(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def domain_of(addr):
    return addr.split("@", 1)[1]


def make_msgid(r, client, domain):
    if client == "outlook":
        return "<%sPR%02dMB%d%s@%s>" % (rstr(r, 4), r.randint(1, 9), r.randint(1000, 9999),
                                         rstr(r, 12, "0123456789ABCDEF"), domain)
    if client == "gmail":
        return "<CA%s@mail.%s>" % (rstr(r, 42, string.ascii_letters + string.digits + "+_-"), domain)
    if client in ("apple", "iphone"):
        h = rstr(r, 32, "0123456789ABCDEF")
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:], domain)
    if client == "thunderbird":
        h = rstr(r, 32, "0123456789abcdef")
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:], domain)
    if client == "webmail":
        return "<%s@webmail.%s>" % (rstr(r, 32, "0123456789abcdef"), domain)
    return "<%s.%s@%s>" % (r.randint(10 ** 9, 10 ** 10), rstr(r, 12, "0123456789abcdef"), domain)


def make_boundary(r, client):
    if client == "outlook":
        return "_%03d_%s_" % (r.choice([0, 4, 5]), rstr(r, 32))
    if client == "gmail":
        return "0000000000%s" % rstr(r, 18, "0123456789abcdef")
    if client in ("apple", "iphone"):
        h = rstr(r, 32, "0123456789ABCDEF")
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    if client == "thunderbird":
        return "------------%s" % rstr(r, 24, string.ascii_letters + string.digits)
    return "=_%s" % rstr(r, 28, "0123456789abcdef")


def mk_charset(name, enc):
    c = ecs.Charset(name)
    c.header_encoding = ecs.BASE64 if enc == "b" else ecs.QP
    return c


def enc_header(value, cs, enc, name):
    if value.isascii():
        return value
    return Header(value, mk_charset(cs, enc), header_name=name)


def addr_header(name, addr, cs, enc):
    if not name:
        return addr
    if name.isascii():
        return utils.formataddr((name, addr))
    h = Header(name, mk_charset(cs, enc))
    h.append(" <%s>" % addr, "us-ascii")
    return h


def text_part(text, subtype, cs, cte, params=None):
    raw = text.encode(cs)
    if cte == "7bit" and not raw.isascii():
        cte = "qp"
    p = MIMENonMultipart("text", subtype, charset=cs, **(params or {}))
    del p["MIME-Version"]
    if cte == "qp":
        payload = quopri.encodestring(raw).decode("ascii")
        cte_name = "quoted-printable"
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
        cte_name = "base64"
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
        cte_name = "8bit" if not raw.isascii() else "7bit"
    else:
        payload = raw.decode("ascii")
        cte_name = "7bit"
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte_name
    return p


def plain_to_html(text, client, cs="utf-8"):
    blocks = re.split(r"\n\s*\n", text.strip("\n"))
    out = []
    for b in blocks:
        lines = b.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(html.escape(l.lstrip("> ").rstrip()) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append("<p>%s</p>" % "<br>\n".join(html.escape(l) for l in lines))
    body = "\n".join(out)
    if client == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!-- p.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
                '</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % (cs, body))
    if client == "gmail":
        return '<div dir="ltr">%s</div>\n' % body
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body>\n%s\n</body></html>\n' % (cs, body)


MIN_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
           b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
           b"trailer<</Root 1 0 R>>\n%%EOF\n")

CTYPES = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}


def ooxml(kind, name):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        main = "word/document.xml" if kind == "docx" else "xl/workbook.xml"
        for fn, data in (("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
                         ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'),
                         (main, '<?xml version="1.0" encoding="UTF-8"?><!-- %s -->' % html.escape(name))):
            zi = zipfile.ZipInfo(fn, date_time=(2026, 1, 1, 0, 0, 0))
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def attachment(name, kind):
    maintype, subtype = CTYPES[kind]
    data = MIN_PDF if kind == "pdf" else ooxml(kind, name)
    p = MIMEBase(maintype, subtype)
    del p["MIME-Version"]
    if name.isascii():
        p.set_param("name", name)
        p.add_header("Content-Disposition", "attachment", filename=name)
    else:
        p.set_param("name", ("utf-8", "", name))
        p.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    p["Content-Transfer-Encoding"] = "base64"
    return p


def multipart(subtype, r, client, parts, **params):
    m = MIMEMultipart(subtype, boundary=make_boundary(r, client), **params)
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def default_subject_enc(spec):
    cs = spec.get("subj_cs")
    if not cs:
        cs = spec["cs"] if spec["cs"] in ("iso-8859-1", "windows-1252") else "utf-8"
    enc = spec.get("subj_enc") or ("b" if spec["client"] in ("gmail", "apple", "iphone") else "q")
    return cs, enc


def add_top_headers(msg, headers):
    """Put envelope-ish headers first, then MIME-Version and content headers."""
    content = [(k, v) for k, v in msg._headers if k.lower() != "mime-version"]
    msg._headers = []
    for k, v in headers:
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    for k, v in content:
        msg._headers.append((k, v))
    return msg


def build_inner(spec, parent_key, fallback_client):
    """A nested message (forwarded as attachment / returned in a DSN)."""
    r = rng_for(parent_key, "inner")
    cs = spec.get("cs", "utf-8")
    cte = spec.get("cte", "qp" if not spec["body"].isascii() else "7bit")
    body = text_part(spec["body"], "plain", cs, cte)
    d = parse_date(spec["date"])
    subj_cs = cs if cs != "us-ascii" else "utf-8"
    hdrs = [("From", addr_header(spec["frm"][0], spec["frm"][1], subj_cs, "q")),
            ("To", addr_header(spec["to"][0], spec["to"][1], subj_cs, "q")),
            ("Subject", enc_header(spec["subject"], subj_cs, "q", "Subject")),
            ("Date", utils.format_datetime(d)),
            ("Message-ID", make_msgid(r, "thunderbird", domain_of(spec["frm"][1])))]
    return add_top_headers(body, hdrs)


def build(spec):
    key = spec["key"]
    r = rng_for(key, "ids")
    client = spec["client"]
    cs, cte = spec["cs"], spec["cte"]
    fmt = spec["fmt"]
    frm_name, frm_addr = spec["frm"]
    dom = domain_of(frm_addr)

    # ---- body structure
    if fmt == "plain":
        root = text_part(spec["body"], "plain", cs, cte)
    elif fmt == "html":
        root = text_part(spec["html"], "html", cs, cte)
    elif fmt == "alt":
        h = spec.get("html") or plain_to_html(spec["body"], client, cs)
        root = multipart("alternative", r, client,
                         [text_part(spec["body"], "plain", cs, cte),
                          text_part(h, "html", cs, "qp" if cte in ("7bit", "8bit") else cte)])
    elif fmt == "mixed":
        if client in ("outlook", "gmail"):
            first = multipart("alternative", r, client,
                              [text_part(spec["body"], "plain", cs, cte),
                               text_part(plain_to_html(spec["body"], client, cs), "html", cs, "qp" if cte in ("7bit", "8bit") else cte)])
        else:
            first = text_part(spec["body"], "plain", cs, cte)
        root = multipart("mixed", r, client, [first] + [attachment(n, k) for n, k in spec["atts"]])
    elif fmt == "fwd_attach":
        inner = build_inner(spec["inner"], key, client)
        mm = MIMEMessage(inner)
        del mm["MIME-Version"]
        mm.add_header("Content-Disposition", "attachment")
        root = multipart("mixed", r, client, [text_part(spec["body"], "plain", cs, cte), mm])
    elif fmt == "dsn":
        d = spec["dsn"]
        ds = MIMEBase("message", "delivery-status")
        del ds["MIME-Version"]
        b1, b2 = Message(), Message()
        b1["Reporting-MTA"] = "dns; " + d["mta"]
        b1["X-Postfix-Queue-ID"] = rstr(r, 11, "0123456789ABCDEF")
        b1["X-Postfix-Sender"] = "rfc822; intake@ccm-isu.example"
        b1["Arrival-Date"] = utils.format_datetime(parse_date(spec["date"]) - dt.timedelta(seconds=7))
        b2["Final-Recipient"] = "rfc822; " + d["rcpt"]
        b2["Original-Recipient"] = "rfc822;" + d["rcpt"]
        b2["Action"] = "failed"
        b2["Status"] = d["status"]
        b2["Remote-MTA"] = "dns; " + d["remote"]
        b2["Diagnostic-Code"] = d["diag"]
        ds.set_payload([b1, b2])
        ds["Content-Description"] = "Delivery report"
        inner = build_inner(spec["inner"], key, client)
        returned = MIMEMessage(inner)
        del returned["MIME-Version"]
        returned["Content-Description"] = "Undelivered Message"
        note = text_part(spec["body"], "plain", "us-ascii", "7bit")
        note["Content-Description"] = "Notification"
        root = multipart("report", r, "system", [note, ds, returned], report_type="delivery-status")
    elif fmt == "mdn":
        d = spec["mdn"]
        dn = MIMEBase("message", "disposition-notification")
        del dn["MIME-Version"]
        b = Message()
        b["Reporting-UA"] = "%s; Microsoft Outlook 16.0" % dom
        b["Final-Recipient"] = "rfc822;" + d["final_rcpt"]
        b["Original-Message-ID"] = d["orig_msgid"]
        b["Disposition"] = "manual-action/MDN-sent-manually; displayed"
        dn.set_payload([b])
        root = multipart("report", r, client, [text_part(spec["body"], "plain", "utf-8", "qp"), dn],
                         report_type="disposition-notification")
    elif fmt == "calendar":
        ics = spec["ics"]
        uid = rstr(r, 40, "0123456789ABCDEF")
        stamp = parse_date(spec["date"]).astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        cal = "\r\n".join([
            "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2019", "VERSION:2.0",
            "BEGIN:VEVENT",
            "ORGANIZER;CN=%s:mailto:%s" % (frm_name, frm_addr),
            "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=CCM ISU:mailto:intake@ccm-isu.example",
            "DESCRIPTION;LANGUAGE=es-ES:" + spec["body"].strip().replace("\n", "\\n"),
            "UID:" + uid,
            "SUMMARY;LANGUAGE=es-ES:" + ics["summary"],
            "DTSTART;TZID=%s:%s" % (ics["tz"], ics["start"]),
            "DTEND;TZID=%s:%s" % (ics["tz"], ics["end"]),
            "DTSTAMP:" + stamp,
            "LOCATION;LANGUAGE=es-ES:" + ics["location"],
            "STATUS:CONFIRMED", "SEQUENCE:0",
            "END:VEVENT", "END:VCALENDAR", ""])
        root = multipart("alternative", r, client,
                         [text_part(spec["body"], "plain", cs, cte),
                          text_part(plain_to_html(spec["body"], client, cs), "html", cs, "qp"),
                          text_part(cal, "calendar", "utf-8", "base64", params={"method": "REQUEST"})])
    else:
        raise ValueError(fmt)

    # ---- headers
    d = parse_date(spec["date"])
    subj_cs, subj_enc = default_subject_enc(spec)
    ip = "%s.%d" % (r.choice(["192.0.2", "198.51.100", "203.0.113"]), r.randint(2, 250))
    host = ("mail." + dom) if client != "system" else dom
    received = ("from %s (%s [%s]) by mx1.ccm-isu.example (Postfix) with ESMTPS id %s for <intake@ccm-isu.example>; %s"
                % (host, host, ip, rstr(r, 12, string.ascii_letters + string.digits),
                   utils.format_datetime(d + dt.timedelta(seconds=r.randint(3, 40)))))
    hdrs = [("Received", received),
            ("From", addr_header(frm_name, frm_addr, subj_cs if not frm_name.isascii() else "utf-8", subj_enc)),
            ("To", TO_ISU if client != "system" or fmt == "alt" else "intake@ccm-isu.example"),
            ("Subject", enc_header(spec["subject"], subj_cs, subj_enc, "Subject")),
            ("Date", utils.format_datetime(d)),
            ("Message-ID", make_msgid(r, client, dom))]
    if spec.get("reply_ack"):
        ref = "<%s.ack@ccm-isu.example>" % spec["reply_ack"].lower()
        hdrs += [("In-Reply-To", ref), ("References", ref)]
    elif re.match(r"^(re|aw|rv|tr|fw|fwd)\s*:", spec["subject"], re.I) and fmt != "mdn":
        if spec["subject"].lower().startswith(("re", "aw")):
            prev = make_msgid(rng_for(key, "prev"), "outlook", "ccm-isu.example" if spec["topic"] == "not_an_enquiry" else dom)
            hdrs += [("In-Reply-To", prev), ("References", prev)]
    if client in MAILERS and not any(k.lower() in ("x-mailer", "user-agent") for k, _ in spec["headers"]):
        hdrs.append(MAILERS[client])
    if client == "outlook" and fmt not in ("dsn",):
        hdrs.append(("Content-Language", {"en": "en-GB", "fr": "fr-FR", "es": "es-ES", "de": "de-DE",
                                          "pt": "pt-PT", "ru": "ru-RU", "ar": "ar-SA"}[spec["lang"]]))
    if fmt == "calendar":
        hdrs.append(("Content-Class", "urn:content-classes:calendarmessage"))
    for k, v in spec["headers"]:
        hdrs.append((k, v))
    return add_top_headers(root, hdrs)


def serialise(msg, eol):
    pol = policy.compat32.clone(linesep="\r\n" if eol == "crlf" else "\n", max_line_length=78)
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(msg)
    return buf.getvalue()


# ------------------------------------------------------------------ checks

def check(path, spec, label):
    raw = open(path, "rb").read()
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    norm = lambda s: re.sub(r"\s+", " ", s).strip()
    assert norm(str(msg["subject"])) == norm(spec["subject"]), (path, str(msg["subject"]), spec["subject"])
    assert msg["message-id"] and msg["date"] and msg["from"], path
    assert label["topic"] in LABELS, path
    assert label["language"] in ("en", "fr", "es", "ar", "pt", "ru", "de"), path
    if label["hard"]:
        assert re.match(r"^HARD\([a-z0-9_]+(,[a-z0-9_]+)*\): ", label["note"]), path
    else:
        assert not label["note"].startswith("HARD("), path
    texts = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            texts.append(part.get_content())  # decodes CTE + charset
        elif part.get_filename():
            part.get_content()
    assert texts and any(t.strip() for t in texts), path
    # crlf/lf consistency
    if spec["eol"] == "lf":
        assert b"\r\n" not in raw, path
    else:
        assert raw.count(b"\n") == raw.count(b"\r\n"), path
    # kind-specific sanity checks
    kinds = re.findall(r"[a-z0-9_]+", label["note"][5:label["note"].find(")")]) if label["hard"] else []
    if "html_only" in kinds:
        assert msg.get_content_type() == "text/html", path
    if "base64_body" in kinds:
        assert any(p.get_content_type() == "text/plain" and p["content-transfer-encoding"] == "base64"
                   for p in msg.walk()), path
    if "reply_to_ack" in kinds:
        assert msg["in-reply-to"] and "[CCM-2026-" in str(msg["subject"]), path
    if "forwarded_as_attachment" in kinds:
        assert any(p.get_content_type() == "message/rfc822" for p in msg.walk()), path
    if "no_auto_headers" in kinds:
        assert not msg["auto-submitted"] and not msg["x-auto-response-suppress"], path
    if "no_dsn_structure" in kinds:
        assert msg.get_content_type() == "text/plain", path
    if "legacy_charset" in kinds:
        assert any(p.get_content_charset() in ("windows-1252", "windows-1251", "windows-1256", "koi8-r")
                   for p in msg.walk()), path
    if "attachment_only_hint" in kinds:
        assert any(p.get_filename() for p in msg.walk()), path
    if spec["fmt"] == "dsn":
        assert msg.get_content_type() == "multipart/report", path
    for n, _ in spec["atts"]:
        assert n in [p.get_filename() for p in msg.walk()], (path, n)
    return msg


def main():
    specs = corpus_data.MESSAGES
    assert len({s["key"] for s in specs}) == len(specs)
    for old in glob.glob(os.path.join(HERE, "m-*.eml")):
        os.remove(old)
    order = list(range(len(specs)))
    random.Random(SEED).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        spec = specs[idx]
        fname = "m-%04d.eml" % n
        data = serialise(build(spec), spec["eol"])
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(data)
        labels[fname] = {"topic": spec["topic"], "secondary": list(spec["secondary"]),
                         "language": spec["lang"], "hard": bool(spec["hard"]), "note": spec["note"]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    for n, idx in enumerate(order, 1):
        fname = "m-%04d.eml" % n
        check(os.path.join(HERE, fname), specs[idx], labels[fname])
    print("wrote and checked %d messages + labels.json in %s" % (len(specs), HERE))


if __name__ == "__main__":
    main()
