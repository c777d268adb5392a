"""Generate the blind9 corpus: m-0001.eml ... m-0080.eml and labels.json.

Run from anywhere with:  /work/main/.venv/bin/python -B bench/blind9/generate.py
The message content and the gold labels live in corpus_data.py.  Output is deterministic
(seeded identifiers, boundaries and file order), so re-running reproduces the same bytes.
After writing, every file is parsed back with email.policy.default and checked.
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import random
import string
import sys
import textwrap
import zipfile
from datetime import datetime, timedelta
from email import message_from_bytes, message_from_string, policy
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage, MIMEPart
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus_data import MESSAGES  # noqa: E402

INTAKE_ADDR = "intake@ccm-isu.example"
TO_VARIANTS = [
    ("CCM Implementation Support Unit", INTAKE_ADDR),
    ("", INTAKE_ADDR),
    ("ISU CCM", INTAKE_ADDR),
    ("Implementation Support Unit (ISU-CCM)", INTAKE_ADDR),
]
TOPICS = {"stockpile_destruction", "clearance", "victim_assistance", "reporting",
          "legislation", "general", "not_an_enquiry"}
LANGS = {"en", "fr", "es", "ar", "pt", "ru", "de"}
CONTENT_LANGUAGE = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES", "ar": "ar-SA",
                    "pt": "pt-PT", "ru": "ru-RU", "de": "de-DE"}
ATTACHMENT_TYPES = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "kml": ("application", "vnd.google-earth.kml+xml"),
}
FILE_ORDER_SEED = "ccm-blind9-file-order"


# ----------------------------------------------------------------------------- helpers

def rng_for(key: str, salt: str = "") -> random.Random:
    return random.Random(f"blind9:{key}:{salt}")


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def rand_chars(rng: random.Random, n: int, alphabet: str) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def make_message_id(spec: dict, rng: random.Random) -> str:
    dom = domain_of(spec["sender"][1])
    mailer = spec.get("mailer") or ""
    hexu = "0123456789ABCDEF"
    if mailer == "outlook":
        host = f"{rand_chars(rng, 2, 'ABDMPSV')}{rng.randint(1, 9)}PR{rng.randint(10, 99):02d}MB{rng.randint(1000, 9999)}"
        return f"<{host}{rand_chars(rng, 30, hexu)}@{host}.{dom}>"
    if mailer == "thunderbird":
        h = rand_chars(rng, 32, "0123456789abcdef")
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@{dom}>"
    if mailer == "apple":
        h = rand_chars(rng, 32, hexu)
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@{dom}>"
    stamp = datetime.fromisoformat(spec["date"]).strftime("%Y%m%d%H%M%S")
    return f"<{stamp}.{rand_chars(rng, 12, '0123456789abcdef')}@{dom}>"


def mailer_headers(mailer: str | None) -> list[tuple[str, str]]:
    if not mailer:
        return []
    if mailer == "outlook":
        return [("X-Mailer", "Microsoft Outlook 16.0")]
    if mailer == "thunderbird":
        return [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) "
                               "Gecko/20100101 Thunderbird/115.12.0")]
    if mailer == "apple":
        return [("X-Mailer", "iPad Mail (21F90)")]
    if mailer.startswith("bulk:"):
        return [("X-Mailer", mailer[5:])]
    raise ValueError(mailer)


def received_header(spec: dict, rng: random.Random) -> str:
    dom = domain_of(spec["sender"][1])
    host = dom if dom.split(".")[0] in ("mail", "mx", "mx1", "mx2") else f"mail.{dom}"
    ip = rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(2, 250))
    qid = rand_chars(rng, 12, string.ascii_letters + string.digits)
    when = datetime.fromisoformat(spec["date"]) + timedelta(seconds=rng.randint(3, 40))
    return (f"from {host}\n\t({host} [{ip}])\n"
            f"\tby mx1.ccm-isu.example (Postfix) with ESMTPS id {qid}\n"
            f"\tfor <{INTAKE_ADDR}>; {format_datetime(when)}")


def encoded_header(text: str, spec_charset: str, header_name: str) -> str:
    """Pre-encode a header value as RFC 2047 in a given charset ("cs:q|b[:maxlen]")."""
    bits = spec_charset.split(":")
    cs = Charset(bits[0])
    cs.header_encoding = BASE64 if bits[1] == "b" else QP
    maxlen = int(bits[2]) if len(bits) > 2 else 76
    return Header(text, cs, header_name=header_name).encode(maxlinelen=maxlen, linesep="\n")


def clean_body(text: str) -> str:
    text = text.lstrip("\n")
    return text if text.endswith("\n") else text + "\n"


def wrap_text(text: str, width: int = 76, only_quoted: bool = False) -> str:
    out = []
    for line in text.split("\n"):
        if len(line) <= width or (only_quoted and not line.startswith(">")):
            out.append(line)
            continue
        prefix = ""
        while line.startswith(">"):
            prefix += ">"
            line = line[1:]
        if prefix:
            line = line.lstrip(" ")
            prefix += " "
        out.extend(textwrap.wrap(line, width=width - len(prefix), initial_indent=prefix,
                                 subsequent_indent=prefix, break_long_words=False,
                                 break_on_hyphens=False))
    return "\n".join(out)


def _html_blocks(text: str) -> str:
    parts = []
    blocks = [b for b in text.strip("\n").split("\n\n")]
    for block in blocks:
        lines = block.split("\n")
        if all(ln.startswith(">") for ln in lines):
            inner = "\n".join(ln[1:].lstrip(" ") if not ln.startswith(">>") else ln[1:]
                              for ln in lines)
            parts.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                         'padding-left:1ex">' + _html_blocks(inner) + "</blockquote>")
        elif all(ln[:2] in ("- ", "* ", "\u2022 ") for ln in lines if ln.strip()):
            parts.append("<ul>" + "".join(f"<li>{html.escape(ln[2:])}</li>" for ln in lines
                                          if ln.strip()) + "</ul>")
        else:
            parts.append("<p>" + "<br>\n".join(html.escape(ln) for ln in lines) + "</p>")
    return "\n".join(parts)


def to_html(text: str, spec: dict) -> str:
    rtl = spec.get("language") == "ar"
    body = _html_blocks(text)
    if spec.get("mailer") == "outlook":
        lang = CONTENT_LANGUAGE.get(spec.get("language", "en"), "en-GB").upper()
        dir_attr = ' dir="rtl"' if rtl else ""
        return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head>\n"
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
                "<style><!-- p.MsoNormal, li.MsoNormal {margin:0cm;font-size:11.0pt;"
                "font-family:\"Calibri\",sans-serif;} --></style>\n</head>\n"
                f"<body lang=\"{lang}\" link=\"#0563C1\" vlink=\"#954F72\"{dir_attr}>\n"
                "<div class=\"WordSection1\" style=\"font-family:Calibri,Arial,sans-serif;"
                f"font-size:11pt\">\n{body}\n</div>\n</body>\n</html>\n")
    dir_attr = ' dir="rtl"' if rtl else ""
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv=\"content-type\" "
            "content=\"text/html; charset=UTF-8\">\n</head>\n"
            f"<body{dir_attr}>\n{body}\n</body>\n</html>\n")


def ooxml_bytes(name: str, kind: str) -> bytes:
    buf = io.BytesIO()
    main = "word/document.xml" if kind == "docx" else "xl/workbook.xml"
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        def add(path: str, data: str) -> None:
            zi = zipfile.ZipInfo(path, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(zi, data)
        add("[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/></Types>')
        add("docProps/core.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<dc:title>{html.escape(name)}</dc:title></cp:coreProperties>")
        add(main, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<placeholder/>')
    return buf.getvalue()


def attachment_payload(filename: str) -> tuple[bytes, str, str]:
    ext = filename.rsplit(".", 1)[-1].lower()
    maintype, subtype = ATTACHMENT_TYPES.get(ext, ("application", "octet-stream"))
    stem = filename.rsplit(".", 1)[0]
    if ext == "pdf":
        title = stem.encode("ascii", "replace")
        data = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
                b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
                b"3 0 obj\n<< /Title (" + title + b") >>\nendobj\n"
                b"trailer\n<< /Root 1 0 R /Info 3 0 R >>\n%%EOF\n")
    elif ext in ("docx", "xlsx"):
        data = ooxml_bytes(stem, ext)
    elif ext == "kml":
        data = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<kml xmlns="http://www.opengis.net/kml/2.2"><Document>'
                f"<name>{html.escape(stem)}</name>"
                "<Placemark><name>Les Aubes</name><Point><coordinates>9.9121,45.0117,0"
                "</coordinates></Point></Placemark>"
                "<Placemark><name>Champ-Rouge</name><Point><coordinates>9.9204,45.0158,0"
                "</coordinates></Point></Placemark>"
                "</Document></kml>\n").encode("utf-8")
    else:
        data = b"placeholder\n"
    return data, maintype, subtype


# ----------------------------------------------------------------------------- builder

def fold_ascii(name: str, value: str, width: int = 78) -> str:
    """Fold an ASCII unstructured value at spaces, the way mail clients do."""
    lines, cur, limit = [], "", width - len(name) - 2
    for word in value.split(" "):
        if cur and len(cur) + 1 + len(word) > limit:
            lines.append(cur)
            cur, limit = word, width - 1
        else:
            cur = f"{cur} {word}" if cur else word
    lines.append(cur)
    return "\n ".join(lines)


def set_address(msg: EmailMessage, header: str, name: str, addr: str) -> None:
    """One mailbox, RFC 2047-encoded when needed; when it does not fit on the first line,
    <addr> goes on a continuation line (as Outlook and Thunderbird do)."""
    if not name:
        msg[header] = addr
        return
    if name.isascii():
        display = str(Address(display_name=name, addr_spec="x@y")).rsplit(" <", 1)[0]
    else:
        display = Header(name, "utf-8", header_name=header).encode(linesep="\n")
    if "\n" not in display and len(header) + 2 + len(display) + 2 + len(addr) + 1 <= 78:
        msg.set_raw(header, f"{display} <{addr}>")
    else:
        msg.set_raw(header, f"{display}\n <{addr}>")


def set_common_headers(msg: EmailMessage, spec: dict, rng: random.Random, top: bool) -> None:
    extra = list(spec.get("headers", []))
    for name, value in extra:
        if name.lower() == "return-path":
            msg[name] = value
    if top:
        msg.set_raw("Received", received_header(spec, rng))
    name, addr = spec["sender"]
    if spec.get("sender_charset"):
        enc = encoded_header(name, spec["sender_charset"] + ":b", "From")
        msg.set_raw("From", f"{enc}\n <{addr}>")
    else:
        set_address(msg, "From", name, addr)
    if "to" in spec:
        msg["To"] = [Address(display_name=n, addr_spec=a) for n, a in spec["to"]]
    else:
        n, a = TO_VARIANTS[rng.randrange(len(TO_VARIANTS))]
        msg["To"] = Address(display_name=n, addr_spec=a)
    if spec.get("cc"):
        msg["Cc"] = [Address(display_name=n, addr_spec=a) for n, a in spec["cc"]]
    if spec.get("subject_charset"):
        msg.set_raw("Subject", encoded_header(spec["subject"], spec["subject_charset"], "Subject"))
    elif spec["subject"].isascii() and len("Subject: " + spec["subject"]) > 78:
        msg.set_raw("Subject", fold_ascii("Subject", spec["subject"]))
    else:
        msg["Subject"] = spec["subject"]
    msg["Date"] = format_datetime(datetime.fromisoformat(spec["date"]))
    msg["Message-ID"] = spec.get("msgid") or make_message_id(spec, rng)
    if spec.get("in_reply_to"):
        msg["In-Reply-To"] = spec["in_reply_to"]
    if spec.get("references"):
        msg["References"] = " ".join(spec["references"])
    for hname, hvalue in mailer_headers(spec.get("mailer")):
        msg[hname] = hvalue
    for hname, hvalue in extra:
        if hname.lower() != "return-path":
            msg[hname] = hvalue
    if spec.get("mailer") == "outlook" and spec.get("language"):
        msg["Content-Language"] = CONTENT_LANGUAGE[spec["language"]]


def text_of(spec: dict) -> str:
    text = clean_body(spec.get("body", ""))
    if spec.get("wrap", True):
        # 7bit/8bit bodies are wrapped like a mail client would; quoted-printable and base64
        # bodies keep one line per paragraph (as Outlook sends them) except quoted history.
        text = wrap_text(text, only_quoted=spec.get("cte") not in ("7bit", "8bit"))
    return text


def add_attachments(msg: EmailMessage, spec: dict, pol) -> None:
    for att in spec.get("attachments", []):
        if "message" in att:
            inner = build(att["message"], top=False, pol=pol)
            kw = {"filename": att["filename"]} if att.get("filename") else {}
            msg.add_attachment(inner, **kw)
        else:
            data, maintype, subtype = attachment_payload(att["filename"])
            msg.add_attachment(data, maintype=maintype, subtype=subtype,
                               filename=att["filename"])


def build(spec: dict, top: bool = True, pol=None) -> EmailMessage:
    # Text bodies are encoded with the file's line ending (CRLF inside base64 text parts).
    if pol is None:
        pol = policy.default.clone(linesep=spec.get("linesep", "\r\n"))
    rng = rng_for(spec["key"])
    msg = EmailMessage(policy=pol)
    set_common_headers(msg, spec, rng, top)
    msg["MIME-Version"] = "1.0"
    structure = spec.get("structure", "plain")
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    html_cte = spec.get("html_cte", "quoted-printable" if cte in ("7bit", "8bit") else cte)

    if structure == "plain":
        msg.set_content(text_of(spec), charset=charset, cte=cte)
    elif structure == "alt":
        msg.set_content(text_of(spec), charset=charset, cte=cte)
        page = spec.get("html") or to_html(clean_body(spec["body"]), spec)
        msg.add_alternative(page, subtype="html", charset=charset, cte=html_cte)
    elif structure == "html":
        page = spec.get("html") or to_html(clean_body(spec["body"]), spec)
        msg.set_content(page, subtype="html", charset=charset, cte=cte)
    elif structure == "calendar":
        msg.set_content(text_of(spec), charset=charset, cte=cte)
        msg.add_alternative(spec["ics"], subtype="calendar", charset="utf-8",
                            cte=spec.get("ics_cte", "quoted-printable"),
                            params={"method": spec["ics_method"]})
    elif structure in ("dsn", "mdn"):
        report = "delivery-status" if structure == "dsn" else "disposition-notification"
        msg["Content-Type"] = f"multipart/report; report-type={report}"
        first = MIMEPart(policy=pol)
        first.set_content(text_of(spec), charset=charset, cte=cte)
        first["Content-Description"] = "Notification"
        msg.attach(first)
        if structure == "dsn":
            fields = spec["dsn"]["fields"].strip("\n") + "\n"
            status = message_from_string(
                "Content-Description: Delivery report\n"
                "Content-Type: message/delivery-status\n\n" + fields,
                policy=pol)
            msg.attach(status)
            if spec["dsn"].get("original"):
                orig = MIMEPart(policy=pol)
                orig.set_content(build(spec["dsn"]["original"], top=False, pol=pol))
                orig["Content-Description"] = "Undelivered Message"
                msg.attach(orig)
        else:
            dn = MIMEPart(policy=pol)
            dn["Content-Type"] = "message/disposition-notification"
            dn.set_payload(spec["mdn"]["fields"].strip("\n") + "\n")
            msg.attach(dn)
    else:
        raise ValueError(f"{spec['key']}: unknown structure {structure}")

    add_attachments(msg, spec, pol)

    # EmailMessage.add_alternative/add_attachment leave a MIME-Version header on each new
    # body part; mail clients only put it on the top level of a message.
    embedded = {id(p.get_payload(0)) for p in msg.walk()
                if p.get_content_type() == "message/rfc822"}
    for part in msg.walk():
        if part is not msg and id(part) not in embedded and "MIME-Version" in part:
            del part["MIME-Version"]

    # Deterministic boundaries in the style of the sending software.
    brng = rng_for(spec["key"], "boundary")
    for part in msg.walk():
        if part.get_content_maintype() == "multipart" and part.get_boundary() is None:
            mailer = spec.get("mailer") or ""
            if mailer == "outlook":
                b = "_00%d_%s_" % (brng.randint(0, 9),
                                   rand_chars(brng, 40, string.ascii_uppercase + string.digits))
            elif mailer == "thunderbird":
                b = "------------" + rand_chars(brng, 24, string.ascii_letters + string.digits)
            elif mailer == "apple":
                b = "Apple-Mail=_" + rand_chars(brng, 32, "0123456789ABCDEF")
            else:
                b = "=_" + rand_chars(brng, 28, "0123456789abcdef")
            part.set_boundary(b)
    return msg


# ----------------------------------------------------------------------------- main

def check_labels() -> None:
    keys = set()
    for m in MESSAGES:
        assert m["key"] not in keys, m["key"]
        keys.add(m["key"])
        assert m["topic"] in TOPICS, m["key"]
        assert m["language"] in LANGS, m["key"]
        assert all(s in TOPICS and s != m["topic"] for s in m["secondary"]), m["key"]
        assert m["note"].isascii(), m["key"]
        assert m["note"].startswith("HARD(") == m["hard"], m["key"]


def generate(outdir: Path) -> dict:
    check_labels()
    order = list(range(len(MESSAGES)))
    random.Random(FILE_ORDER_SEED).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, start=1):
        spec = MESSAGES[idx]
        fname = f"m-{n:04d}.eml"
        msg = build(spec)
        data = msg.as_bytes(policy=policy.default.clone(linesep=spec.get("linesep", "\r\n")))
        (outdir / fname).write_bytes(data)
        labels[fname] = {
            "hard": spec["hard"],
            "language": spec["language"],
            "note": spec["note"],
            "secondary": list(spec["secondary"]),
            "topic": spec["topic"],
        }
    (outdir / "labels.json").write_text(
        json.dumps(labels, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    return labels


def verify(outdir: Path) -> None:
    labels = json.loads((outdir / "labels.json").read_text(encoding="utf-8"))
    files = sorted(p.name for p in outdir.glob("*.eml"))
    assert len(files) == 80, len(files)
    assert files == sorted(labels), "labels.json does not match the .eml files"
    ids = set()
    for name in files:
        raw = (outdir / name).read_bytes()
        ends = [i for i in (raw.find(b"\r\n\r\n"), raw.find(b"\n\n")) if i >= 0]
        head = raw[:min(ends)]
        assert head.isascii(), f"{name}: non-ASCII bytes in the header section"
        assert all(len(line) <= 998 for line in raw.splitlines()), f"{name}: line > 998"
        msg = message_from_bytes(raw, policy=policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type"):
            assert msg[h] is not None, f"{name}: missing {h}"
        assert INTAKE_ADDR in str(msg["To"]), f"{name}: intake not in To"
        assert msg["Message-ID"] not in ids, f"{name}: duplicate Message-ID"
        ids.add(msg["Message-ID"])
        assert not msg.defects, f"{name}: {msg.defects}"
        str(msg["Subject"])
        for part in msg.walk():
            assert not part.defects, f"{name}: {part.get_content_type()} {part.defects}"
            if part.get_content_maintype() == "text" and "Content-Type" in part:
                assert part.get_content_charset(), f"{name}: text part without charset"
                part.get_content()  # decodes CTE and charset
            elif not part.is_multipart() and part.get_content_maintype() != "message":
                part.get_content()
    print(f"verified {len(files)} messages and labels.json")


def summary(labels: dict) -> None:
    topics = ["stockpile_destruction", "clearance", "victim_assistance", "reporting",
              "legislation", "general", "not_an_enquiry"]
    langs = ["en", "fr", "es", "ar", "pt", "ru", "de"]
    print("| topic | " + " | ".join(langs) + " | total | hard |")
    for t in topics:
        rows = [v for v in labels.values() if v["topic"] == t]
        cells = [str(sum(1 for v in rows if v["language"] == lg)) for lg in langs]
        print(f"| {t} | " + " | ".join(cells) + f" | {len(rows)} | {sum(v['hard'] for v in rows)} |")
    cells = [str(sum(1 for v in labels.values() if v["language"] == lg)) for lg in langs]
    print("| total | " + " | ".join(cells) + f" | {len(labels)} | "
          f"{sum(v['hard'] for v in labels.values())} |")


if __name__ == "__main__":
    labels = generate(HERE)
    verify(HERE)
    summary(labels)
