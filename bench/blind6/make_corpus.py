#!/usr/bin/env python3
"""Deterministic generator for the blind6 labelled test corpus (CCM intake).

Standard library only.  Writes g-0001.eml ... g-0070.eml and labels.json next to
this script.  Message content lives in corpus_data.py (the MSGS list).
"""
import hashlib
import html
import io
import json
import os
import random
import sys
import zipfile
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from corpus_data import MSGS  # noqa: E402

INTAKE = "intake@ccm-isu.example"
SEED = 60619
POL = policy.default.clone(linesep="\n", max_line_length=78)


# ----------------------------------------------------------------- helpers
def fixed_zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            z.writestr(zi, data)
    return buf.getvalue()


def dummy_bytes(filename):
    low = filename.lower()
    stem = os.path.splitext(os.path.basename(filename))[0]
    if low.endswith(".pdf"):
        return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                b"% " + stem.encode("utf-8", "replace") + b"\ntrailer<</Root 1 0 R>>\n%%EOF\n"), "application", "pdf"
    if low.endswith(".docx"):
        return fixed_zip([("[Content_Types].xml", "<Types/>"),
                          ("word/document.xml", "<w:document><w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>" % html.escape(stem))]), \
            "application", "vnd.openxmlformats-officedocument.wordprocessingml.document"
    if low.endswith(".xlsx"):
        return fixed_zip([("[Content_Types].xml", "<Types/>"),
                          ("xl/workbook.xml", "<workbook><sheets><sheet name=\"%s\"/></sheets></workbook>" % html.escape(stem[:30]))]), \
            "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    if low.endswith(".jpg"):
        return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9", "image", "jpeg"
    if low.endswith(".ics"):
        return None, "text", "calendar"
    return ("placeholder for " + stem + "\n").encode("utf-8"), "text", "plain"


def text_to_html(text, rtl=False):
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        lines = [html.escape(l) for l in p.split("\n")]
        if all(l.startswith("&gt;") for l in lines if l):
            out.append("<blockquote style=\"border-left:2px solid #ccc;padding-left:8px;color:#555\">%s</blockquote>"
                       % "<br>\n".join(l[4:].lstrip() for l in lines))
        else:
            out.append("<p>%s</p>" % "<br>\n".join(lines))
    d = ' dir="rtl"' if rtl else ""
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
            "<body%s><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n%s\n</div></body></html>\n"
            % (d, "\n".join(out)))


def msgid(i, m, domain):
    h = hashlib.sha1(("%d|%s|%s" % (i, m["frm"], m["subject"])).encode("utf-8")).hexdigest()
    style = m.get("midstyle", i % 4)
    if style == 0:
        return "<%s.%s@%s>" % (h[:12].upper(), h[12:20], domain)
    if style == 1:
        return "<CA+%s%s@mail.%s>" % (h[:20], h[20:30].upper(), domain)
    if style == 2:
        return "<%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:24], domain)
    return "<%s$%s@%s>" % (h[:16], h[16:24], domain)


def date_for(i, rng, tzh):
    base = datetime(2024, 9, 2, 7, 0, tzinfo=timezone.utc)
    dt = base + timedelta(days=rng.randint(0, 300), minutes=rng.randint(0, 600), seconds=rng.randint(0, 59))
    tz = timezone(timedelta(hours=tzh))
    return format_datetime(dt.astimezone(tz))


def build(i, m, rng):
    if "raw" in m:
        return m["raw"](m, date_for(i, rng, m.get("tz", 0)), msgid(i, m, m["frm"].split("@")[-1].rstrip(">")))
    domain = m["frm"].split("@")[-1].rstrip(">")
    cs = m.get("charset")
    msg = EmailMessage(policy=POL)
    for k, v in m.get("pre", []):
        msg[k] = v
    from_name, from_addr = parseaddr(m["frm"])
    enc_from = not from_name.isascii()
    msg["From"] = "FROMPLACEHOLDER <%s>" % from_addr if enc_from else m["frm"]
    msg["To"] = m.get("to", INTAKE)
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    enc_subj = cs or ("utf-8" if not m["subject"].isascii() else None)
    msg["Subject"] = "SUBJECTPLACEHOLDER" if enc_subj else m["subject"]
    msg["Date"] = date_for(i, rng, m.get("tz", 0))
    msg["Message-ID"] = msgid(i, m, domain)
    for k, v in m.get("hdr", []):
        msg[k] = v
    body = m["body"].strip("\n") + "\n"
    fmt = m.get("fmt", "plain")
    rtl = m["lang"] == "ar"
    if fmt == "html":
        msg.set_content(m.get("html") or text_to_html(body, rtl), subtype="html", charset=cs or "utf-8")
    else:
        msg.set_content(body, charset=cs or "utf-8")
        if fmt == "alt":
            msg.add_alternative(m.get("html") or text_to_html(body, rtl), subtype="html")
        elif fmt == "cal":
            msg.add_alternative(m["ics"], subtype="calendar", params={"method": "REQUEST"})
    for fn in m.get("att", []):
        data, mt, st = dummy_bytes(fn)
        if data is None:
            msg.add_attachment(m["ics"], subtype="calendar", filename=fn)
        elif mt == "text":
            msg.add_attachment(data.decode("utf-8"), subtype=st, filename=fn)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    if "attach_msg" in m:
        inner = EmailMessage(policy=POL)
        for k, v in m["attach_msg"]["headers"]:
            inner[k] = v
        inner.set_content(m["attach_msg"]["body"].strip("\n") + "\n")
        msg.add_attachment(inner)
    # deterministic MIME boundaries (the stdlib generator would pick random ones)
    for n, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        h = hashlib.md5(("%d-%d-%s" % (i, n, m["frm"])).encode("utf-8")).hexdigest()
        style = i % 3
        if style == 0:
            b = "----=_NextPart_%03d_%s_%s.%s" % (n, h[:4].upper(), h[4:12].upper(), h[12:20].upper())
        elif style == 1:
            b = "%s%s" % ("0000000000", h[:18])
        else:
            b = "------------%s" % h[:24]
        part.set_boundary(b)
    data = msg.as_bytes(policy=POL)
    if enc_subj:
        enc = Header(m["subject"], enc_subj, header_name="Subject").encode(linesep="\n")
        data = data.replace(b"Subject: SUBJECTPLACEHOLDER", b"Subject: " + enc.encode("ascii"), 1)
    if enc_from:
        enc = Header(from_name, "utf-8", header_name="From").encode(linesep="\n")
        data = data.replace(b"From: FROMPLACEHOLDER", b"From: " + enc.encode("ascii"), 1)
    return data


def main():
    assert len(MSGS) == 70, len(MSGS)
    froms = [m["frm"] for m in MSGS]
    assert len(set(froms)) == len(froms), "duplicate From"
    order = list(range(len(MSGS)))
    random.Random(SEED).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        m = MSGS[idx]
        rng = random.Random(SEED * 1000 + idx)
        name = "g-%04d.eml" % n
        data = build(idx, m, rng)
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        note = m["note"]
        if m["hard"] and not note.startswith("HARD("):
            note = "HARD(%s): %s" % (m.get("kind", "misc"), note)
        labels[name] = {"hard": m["hard"], "language": m["lang"], "note": note,
                        "secondary": list(m.get("sec", [])), "topic": m["topic"]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    print("wrote %d messages" % len(labels))


if __name__ == "__main__":
    main()
