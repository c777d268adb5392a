#!/usr/bin/env python3
"""Build the blind20 corpus (.eml files + labels.json) from corpus_data.py.

Deterministic: Message-IDs, boundaries, Received ids, line endings and the
shuffled file order all come from fixed seeds.  After writing, every file is
parsed back with email.policy.default and checked.
"""
import base64
import datetime as dt
import html as htmlmod
import io
import json
import os
import quopri
import random
import sys
import zipfile
from collections import Counter
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.charset import BASE64, Charset
from email.message import Message
from email.mime.message import MIMEMessage
from email.parser import BytesParser
from email.utils import formataddr, format_datetime, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from corpus_data import MESSAGES  # noqa: E402

SEED = 20260520
INTAKE = "intake@ccm-isu.example"
TOPICS = ["stockpile_destruction", "clearance", "victim_assistance", "reporting",
          "legislation", "general", "not_an_enquiry"]
LANGS = ["en", "fr", "es", "ar", "pt", "ru", "de"]
KINDS = ["multi_topic", "misleading_subject", "ambiguous_general", "html_only", "base64_body",
         "legacy_charset", "encoded_subject", "attachment_only_hint", "reply_to_ack",
         "forwarded_chain", "forwarded_as_attachment", "lookalike_noise", "no_auto_headers",
         "no_dsn_structure", "enquiry_looks_like_noise"]

MIME_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


# ------------------------------------------------------------------ helpers
def domain_of(addr):
    return addr.split("@", 1)[1]


def enc_word(text, charset, mode="B"):
    raw = text.encode(charset)
    if mode == "B":
        return "=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode("ascii"))
    q = quopri.encodestring(raw, header=True).decode("ascii").replace("=\n", "")
    return "=?%s?Q?%s?=" % (charset, q)


def encode_subject(m):
    s = m["subject"]
    se = m.get("subject_enc")
    if se:
        cs = se["charset"]
        if se.get("split"):
            # forced B encoding, folded by Header into several encoded-words
            c = Charset(cs)
            c.header_encoding = BASE64
            return Header(s, c, header_name="Subject").encode()
        return Header(s, cs, header_name="Subject").encode()
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        cs = m.get("charset", "utf-8")
        if cs in ("us-ascii",):
            cs = "utf-8"
        return Header(s, cs, header_name="Subject").encode()


def addr(pair, charset="utf-8"):
    name, a = pair
    return formataddr((name, a), charset=charset)


def text_part(text, subtype, charset, cte):
    raw = text.encode("ascii" if charset == "us-ascii" else charset)
    if cte == "7bit" and any(b > 127 for b in raw):
        cte = "quoted-printable"
    p = Message()
    p["Content-Type"] = 'text/%s; charset="%s"' % (subtype, charset)
    p["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        payload = raw.decode("ascii", "surrogateescape")
    p.set_payload(payload)
    return p


def body_to_html(body, charset):
    paras = [x for x in body.strip("\n").split("\n\n")]
    out = []
    for para in paras:
        out.append("<p>" + "<br>\n".join(htmlmod.escape(l) for l in para.split("\n")) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
            '</head>\n<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body></html>\n'
            % (charset, "\n".join(out)))


def tiny_pdf(title):
    return ("%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            "4 0 obj<</Title(%s)>>endobj\ntrailer<</Root 1 0 R/Info 4 0 R>>\n%%%%EOF\n"
            % title.encode("ascii", "replace").decode()).encode("ascii")


def tiny_ooxml(kind):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [
            ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
            ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'),
            ("word/document.xml" if kind == "docx" else "xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><placeholder/>'),
        ]:
            zi = zipfile.ZipInfo(name, date_time=(2026, 5, 1, 9, 0, 0))
            z.writestr(zi, data)
    return buf.getvalue()


def file_part(att, msg_charset):
    name = att["name"]
    typ = att["type"]
    data = tiny_pdf(name) if typ == "pdf" else tiny_ooxml(typ)
    maintype, subtype = MIME_TYPES[typ].split("/")
    p = Message()
    try:
        name.encode("ascii")
        ascii_name = True
    except UnicodeEncodeError:
        ascii_name = False
    if ascii_name:
        p.add_header("Content-Type", MIME_TYPES[typ], name=name)
        p.add_header("Content-Disposition", "attachment", filename=name)
    elif msg_charset == "iso-8859-1":
        # Outlook style: RFC 2047 encoded-word inside the parameter
        ew = enc_word(name, "iso-8859-1", "Q")
        p["Content-Type"] = '%s; name="%s"' % (MIME_TYPES[typ], ew)
        p["Content-Disposition"] = 'attachment; filename="%s"' % ew
    else:
        p.add_header("Content-Type", MIME_TYPES[typ], name=("utf-8", "", name))
        p.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
    p["Content-Transfer-Encoding"] = "base64"
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    return p


def ics_part(att):
    cal = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT",
        "UID:%s@aussenamt.altmarken.example" % att["start"],
        "DTSTAMP:20260616T131500Z", "DTSTART:%s" % att["start"], "DTEND:%s" % att["end"],
        "SUMMARY;LANGUAGE=de-DE:%s" % att["summary"], "LOCATION:%s" % att["location"],
        "ORGANIZER;CN=Miriam Haberland:mailto:m.haberland@aussenamt.altmarken.example",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % INTAKE,
        "END:VEVENT", "END:VCALENDAR", ""])
    p = text_part(cal, "calendar", "utf-8", "7bit")
    p.set_param("method", "REQUEST")
    p.add_header("Content-Disposition", "attachment", filename=att["name"])
    return p


BOUNDARY_STYLES = ["----=_NextPart_%03d_%04X_%08X.%08X",
                   "------------%012d%04d%08d", "Apple-Mail=_%08X-%04X-%04X-%012X"]


def multipart(subtype, parts, rng, mailer=None, **params):
    m = Message()
    m["Content-Type"] = "multipart/" + subtype
    for k, v in params.items():
        m.set_param(k.replace("_", "-"), v)
    m.set_payload(list(parts))
    mailer = mailer or ""
    if "Outlook" in mailer or "Exchange" in mailer:
        style = BOUNDARY_STYLES[0]
    elif "Thunderbird" in mailer:
        style = BOUNDARY_STYLES[1]
    elif "Apple" in mailer:
        style = BOUNDARY_STYLES[2]
    else:
        style = rng.choice(BOUNDARY_STYLES[:2])
    nums = [rng.randrange(16 ** 8) for _ in range(4)]
    if "%012d" in style:
        b = style % (nums[0] % 10 ** 12, nums[1] % 10 ** 4, nums[2] % 10 ** 8)
    elif "Apple" in style:
        b = style % (nums[0], nums[1] % 65536, nums[2] % 65536, nums[3])
    else:
        b = style % (nums[0] % 1000, nums[1] % 65536, nums[2], nums[3])
    m.set_boundary(b)
    return m


def add_common_headers(msg, m, rng, top=True):
    frm = m["frm"]
    sender_dom = domain_of(frm[1])
    when = parsedate_to_datetime(m["date"])
    if top:
        rcv = when + dt.timedelta(seconds=rng.randint(2, 40))
        ip = "%s.%d" % (rng.choice(["192.0.2", "198.51.100", "203.0.113"]), rng.randint(2, 254))
        rid = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(12))
        host = "mail." + sender_dom if not sender_dom.startswith("mail.") else sender_dom
        if sender_dom.endswith("ccm-isu.example"):  # locally generated (bounce)
            msg["Received"] = "by %s (Postfix) id %s; %s" % (sender_dom, rid, format_datetime(rcv))
        else:
            msg["Received"] = ("from %s (%s [%s]) by mx1.ccm-isu.example (Postfix) with ESMTPS id %s "
                               "for <%s>; %s" % (host, host, ip, rid, INTAKE, format_datetime(rcv)))
    msg["From"] = addr(frm, m.get("name_charset", "utf-8"))
    to = m.get("to")
    if to:
        msg["To"] = addr(to)
    else:
        msg["To"] = rng.choice(["CCM Implementation Support Unit <%s>" % INTAKE, INTAKE,
                                '"CCM ISU Intake" <%s>' % INTAKE])
    if m.get("cc"):
        msg["Cc"] = addr(m["cc"])
    msg["Subject"] = encode_subject(m)
    msg["Date"] = m["date"]
    style = rng.randrange(3)
    if style == 0:
        mid = "<%032x@%s>" % (rng.getrandbits(128), sender_dom)
    elif style == 1:
        mid = "<%s.%d@%s>" % (when.strftime("%Y%m%d%H%M%S"), rng.randrange(10 ** 6), sender_dom)
    else:
        mid = "<%08X-%04X-%04X-%04X-%012X@%s>" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16),
                                                 rng.getrandbits(16), rng.getrandbits(48), sender_dom)
    msg["Message-ID"] = mid
    if m.get("in_reply_to"):
        msg["In-Reply-To"] = m["in_reply_to"]
        msg["References"] = m["in_reply_to"]
    for k, v in (m.get("headers") or {}).items():
        msg[k] = v
    mailer = m.get("mailer")
    if mailer and "X-Mailer" not in (m.get("headers") or {}):
        if "Thunderbird" in mailer:
            msg["User-Agent"] = mailer
        else:
            msg["X-Mailer"] = mailer
    msg["MIME-Version"] = "1.0"


def move_content_headers(dst, src):
    for k, v in src.items():
        dst[k] = v
    dst._payload = src._payload


def build_inner(inner, rng):
    """A forwarded message carried as message/rfc822."""
    msg = Message()
    im = dict(inner)
    im.setdefault("charset", "utf-8")
    im.setdefault("cte", "8bit")
    im["to"] = inner["to"]
    add_common_headers(msg, im, rng, top=False)
    body = text_part(im["body"], "plain", im["charset"], im["cte"])
    move_content_headers(msg, body)
    return msg


def build(m, rng):
    cs = m.get("charset", "utf-8")
    cte = m.get("cte", "8bit")
    kind = m.get("kind")
    fmt = m.get("fmt", "plain")
    mailer = m.get("mailer") or (m.get("headers") or {}).get("X-Mailer")

    if kind == "dsn":
        d = m["dsn"]
        ds = Message()
        ds["Content-Type"] = "message/delivery-status"
        ds["Content-Description"] = "Delivery report"
        b1 = Message()
        b1["Reporting-MTA"] = "dns; " + d["reporting_mta"]
        b1["X-Postfix-Queue-ID"] = "%X" % rng.getrandbits(40)
        b1["Arrival-Date"] = m["date"]
        b2 = Message()
        b2["Final-Recipient"] = "rfc822; " + d["recipient"]
        b2["Original-Recipient"] = "rfc822;" + d["recipient"]
        b2["Action"] = "failed"
        b2["Status"] = d["status"]
        b2["Remote-MTA"] = "dns; " + d["remote_mta"]
        b2["Diagnostic-Code"] = d["diagnostic"]
        ds.set_payload([b1, b2])
        hdrs = ("Return-Path: <%s>\nFrom: CCM Implementation Support Unit <%s>\nTo: %s\n"
                "Subject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n"
                % (d["orig_from"], d["orig_from"], d["recipient"], d["orig_subject"],
                   d["orig_date"], d["orig_msgid"]))
        rh = text_part(hdrs, "rfc822-headers", "us-ascii", "7bit")
        del rh["Content-Type"]
        rh["Content-Type"] = "text/rfc822-headers"
        rh["Content-Description"] = "Undelivered Message Headers"
        notice = text_part(m["body"], "plain", "us-ascii", "7bit")
        notice["Content-Description"] = "Notification"
        root = multipart("report", [notice, ds, rh], rng, report_type="delivery-status")
    elif kind == "mdn":
        d = m["mdn"]
        mdn = Message()
        mdn["Content-Type"] = "message/disposition-notification"
        mdn.set_payload("Reporting-UA: %s; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;%s\n"
                        "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n"
                        % (domain_of(d["recipient"]), d["recipient"], d["orig_msgid"]))
        notice = text_part(m["body"], "plain", cs, cte)
        root = multipart("report", [notice, mdn], rng, report_type="disposition-notification")
    else:
        if fmt == "plain":
            main = text_part(m["body"], "plain", cs, cte)
        elif fmt == "html_only":
            main = text_part(m["html"], "html", cs, cte)
        else:  # alt
            html = m.get("html") or body_to_html(m["body"], cs)
            hcte = m.get("html_cte") or ("base64" if cte == "base64" else "quoted-printable")
            main = multipart("alternative", [text_part(m["body"], "plain", cs, cte),
                                             text_part(html, "html", cs, hcte)], rng, mailer)
        atts = m.get("attachments") or []
        if atts:
            parts = [main]
            for a in atts:
                if a["type"] == "rfc822":
                    fw = MIMEMessage(build_inner(a["msg"], rng))
                    fw.add_header("Content-Disposition", "attachment")
                    parts.append(fw)
                elif a["type"] == "ics":
                    parts.append(ics_part(a))
                else:
                    parts.append(file_part(a, cs))
            root = multipart("mixed", parts, rng, mailer)
        else:
            root = main

    msg = Message()
    add_common_headers(msg, m, rng)
    for k, v in root.items():
        msg[k] = v
    msg._payload = root._payload  # raw (possibly surrogate-escaped 8bit) payload
    if root.get_boundary():
        msg.set_boundary(root.get_boundary())
    return msg


def serialize(msg, linesep):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78, policy=policy.compat32).flatten(msg, linesep=linesep)
    return buf.getvalue()


# ------------------------------------------------------------------ checks
def check(path, m, stats):
    raw = open(path, "rb").read()
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    subj = str(msg["subject"])
    assert subj == m["subject"], (path, subj, m["subject"])
    assert msg["from"] and msg["message-id"] and msg["date"], path
    texts = []
    for part in msg.walk():
        ct = part.get_content_type()
        stats["types"][ct] += 1
        if part.get_content_maintype() == "text":
            texts.append(part.get_content())
            stats["charsets"][part.get_content_charset() or "-"] += 1
        if not part.is_multipart() and part.get_content_maintype() != "message":
            stats["cte"][part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
        fn = part.get_filename()
        if fn:
            stats["attachments"] += 1
    assert any(t.strip() for t in texts), path
    joined = "\n".join(texts)
    if m.get("body") and m.get("kind") is None:
        first = [l for l in m["body"].splitlines() if l.strip()][0]
        assert first.strip() in joined or m.get("fmt") == "html_only", (path, first)
    for a in m.get("attachments") or []:
        if a.get("name") and a["type"] != "ics":
            names = [p.get_filename() for p in msg.walk()]
            assert a["name"] in names, (path, a["name"], names)
    if m.get("in_reply_to"):
        assert msg["in-reply-to"] == m["in_reply_to"], path
    stats["crlf" if b"\r\n" in raw else "lf"] += 1
    stats["top"][msg.get_content_type()] += 1
    return msg


def main():
    out = HERE
    keys = [m["key"] for m in MESSAGES]
    assert len(set(keys)) == len(keys)
    for m in MESSAGES:
        assert m["topic"] in TOPICS and m["language"] in LANGS, m["key"]
        assert all(s in TOPICS and s != m["topic"] for s in m["secondary"]), m["key"]
        if m["hard"]:
            assert m["note"].startswith("HARD("), m["key"]
            kinds = m["note"][5:m["note"].index(")")].split(",")
            assert all(k in KINDS for k in kinds), m["key"]
        else:
            assert not m["note"].startswith("HARD"), m["key"]

    order = list(range(len(MESSAGES)))
    random.Random(SEED).shuffle(order)
    for f in os.listdir(out):
        if f.startswith("m-") and f.endswith(".eml"):
            os.remove(os.path.join(out, f))
    labels = {}
    stats = {"types": Counter(), "charsets": Counter(), "cte": Counter(), "top": Counter(),
             "attachments": 0, "crlf": 0, "lf": 0}
    kinds = Counter()
    for n, idx in enumerate(order, 1):
        m = MESSAGES[idx]
        rng = random.Random("%d-%s" % (SEED, m["key"]))
        msg = build(m, rng)
        linesep = m.get("eol") or ("\n" if rng.random() < 0.15 else "\r\n")
        fname = "m-%04d.eml" % n
        with open(os.path.join(out, fname), "wb") as fh:
            fh.write(serialize(msg, linesep))
        labels[fname] = {"topic": m["topic"], "secondary": m["secondary"], "language": m["language"],
                         "hard": m["hard"], "note": m["note"]}
        if m["hard"]:
            for k in m["note"][5:m["note"].index(")")].split(","):
                kinds[k] += 1
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")

    # parse back and check
    back = json.load(open(os.path.join(out, "labels.json"), encoding="utf-8"))
    by_file = {"m-%04d.eml" % n: MESSAGES[idx] for n, idx in enumerate(order, 1)}
    for fname, m in by_file.items():
        assert back[fname]["topic"] == m["topic"]
        check(os.path.join(out, fname), m, stats)

    # summary
    print("%d messages written to %s" % (len(labels), out))
    hdr = "| topic | " + " | ".join(LANGS) + " | total | hard |"
    print(hdr)
    print("| --- |" + " ---: |" * (len(LANGS) + 2))
    tot = Counter()
    for t in TOPICS:
        ms = [m for m in MESSAGES if m["topic"] == t]
        c = Counter(m["language"] for m in ms)
        tot.update(c)
        print("| `%s` | %s | %d | %d |" % (t, " | ".join(str(c[l]) for l in LANGS), len(ms), sum(m["hard"] for m in ms)))
    print("| **total** | %s | %d | %d |" % (" | ".join(str(tot[l]) for l in LANGS), len(MESSAGES),
                                            sum(m["hard"] for m in MESSAGES)))
    print("hard kinds:", ", ".join("`%s` %d" % (k, kinds[k]) for k in KINDS))
    print("top-level types:", dict(stats["top"]))
    print("all part types:", dict(stats["types"]))
    print("text charsets:", dict(stats["charsets"]))
    print("leaf CTEs:", dict(stats["cte"]))
    print("named attachments:", stats["attachments"], "CRLF files:", stats["crlf"], "LF files:", stats["lf"])


if __name__ == "__main__":
    main()
