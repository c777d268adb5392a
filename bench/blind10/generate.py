#!/usr/bin/env python3
"""Build the blind10 test corpus from corpus_data.py.

Writes m-0001.eml ... m-00NN.eml and labels.json next to this file, then
parses every file back with email.policy.default and checks it.

Everything is deterministic: Message-IDs, boundaries, Received ids, IP
addresses and the shuffled file order come from seeded random.Random
instances, so two runs produce byte-identical output.

Run:  /work/main/.venv/bin/python -B /work/main/bench/blind10/generate.py
"""

import base64
import collections
import datetime
import email
import email.base64mime
import email.quoprimime
import email.utils
import glob
import html
import io
import json
import os
import random
import re
import sys
import zipfile
from email import policy
from email.generator import BytesGenerator
from email.message import Message

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from corpus_data import MESSAGES  # noqa: E402

INTAKE = "intake@ccm-isu.example"
INTAKE_TO = "CCM Implementation Support Unit <intake@ccm-isu.example>"
SEED = "blind10"

TOPICS = ["stockpile_destruction", "clearance", "victim_assistance", "reporting",
          "legislation", "general", "not_an_enquiry"]
LANGS = ["en", "fr", "es", "ar", "pt", "ru", "de"]
KINDS = ["multi_topic", "misleading_subject", "ambiguous_general", "html_only",
         "base64_body", "legacy_charset", "encoded_subject", "attachment_only_hint",
         "reply_to_ack", "forwarded_chain", "forwarded_as_attachment",
         "lookalike_noise", "no_auto_headers", "no_dsn_structure",
         "enquiry_looks_like_noise"]

# ---------------------------------------------------------------------------
# mail client profiles
# ---------------------------------------------------------------------------

MAILERS = {
    "outlook": {"headers": [("X-Mailer", "Microsoft Outlook 16.0")],
                "subj_enc": "b", "html": "outlook", "mid": "exchange",
                "bnd": "outlook", "thread": True},
    "outlook_web": {"headers": [("X-MS-Has-Attach", ""), ("X-Originating-IP", None)],
                    "subj_enc": "b", "html": "outlook", "mid": "exchange",
                    "bnd": "outlook", "thread": True},
    "thunderbird": {"headers": [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; "
                                 "rv:128.0) Gecko/20100101 Thunderbird/128.4.2")],
                    "subj_enc": "q", "html": "moz", "mid": "uuid", "bnd": "moz"},
    "apple": {"headers": [("X-Mailer", "iPhone Mail (22B91)")],
              "subj_enc": "q", "html": "apple", "mid": "apple", "bnd": "apple"},
    "webmail": {"headers": [("User-Agent", "Roundcube Webmail/1.6.9")],
                "subj_enc": "q", "html": "moz", "mid": "hex", "bnd": "webmail"},
    "gmail": {"headers": [],
              "subj_enc": "b", "html": "gmail", "mid": "gmail", "bnd": "gmail"},
    "lotus": {"headers": [("X-Mailer", "HCL Notes Release 12.0.2 FP3")],
              "subj_enc": "q", "html": "moz", "mid": "lotus", "bnd": "lotus"},
    "system": {"headers": [], "subj_enc": "q", "html": "moz", "mid": "system",
               "bnd": "system"},
}

CONTENT_LANGUAGE = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES", "pt": "pt-PT",
                    "ar": "ar-SA", "ru": "ru-RU", "de": "de-DE"}

ALNUM_UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
HEX = "0123456789abcdef"


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def domain_of(addr):
    return addr.rsplit("@", 1)[1]


def make_message_id(rng, style, addr):
    dom = domain_of(addr)
    if style == "exchange":
        srv = rstr(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 2) + "%dPR%02dMB%04d" % (
            rng.randint(1, 9), rng.randint(1, 99), rng.randint(1000, 9999))
        return "<%s%s@%s.%s>" % (srv, rstr(rng, "0123456789ABCDEF", 28), srv, dom)
    if style == "uuid":
        return "<%s-%s-%s-%s-%s@%s>" % (rstr(rng, HEX, 8), rstr(rng, HEX, 4), rstr(rng, HEX, 4),
                                         rstr(rng, HEX, 4), rstr(rng, HEX, 12), dom)
    if style == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (rstr(rng, "0123456789ABCDEF", 8),
                                         rstr(rng, "0123456789ABCDEF", 4),
                                         rstr(rng, "0123456789ABCDEF", 4),
                                         rstr(rng, "0123456789ABCDEF", 4),
                                         rstr(rng, "0123456789ABCDEF", 12), dom)
    if style == "hex":
        return "<%s@%s>" % (rstr(rng, HEX, 32), dom)
    if style == "gmail":
        return "<CA%s%s@mail.%s>" % (rng.choice("+BCDEFGHJKLMNP"),
                                     rstr(rng, ALNUM + "_-", 44), dom)
    if style == "lotus":
        return "<OF%s.%s-ON%s.%s@%s>" % (rstr(rng, "0123456789ABCDEF", 8),
                                         rstr(rng, "0123456789ABCDEF", 8),
                                         rstr(rng, "0123456789ABCDEF", 8),
                                         rstr(rng, "0123456789ABCDEF", 8), dom)
    # system / robots
    return "<%s.%s.%d@%s>" % (rstr(rng, HEX, 12), rstr(rng, HEX, 6),
                              rng.randint(10000, 99999), dom)


def make_boundary(rng, style, kind="alternative", host="mx.example"):
    if style == "outlook":
        prefix = {"alternative": "_000_", "mixed": "_004_", "related": "_005_"}.get(kind, "_006_")
        return prefix + rstr(rng, ALNUM_UP, 30) + "_"
    if style == "moz":
        return "------------" + rstr(rng, ALNUM, 24)
    if style == "apple":
        return "Apple-Mail-%s-%s-%s-%s-%s" % (
            rstr(rng, "0123456789ABCDEF", 8), rstr(rng, "0123456789ABCDEF", 4),
            rstr(rng, "0123456789ABCDEF", 4), rstr(rng, "0123456789ABCDEF", 4),
            rstr(rng, "0123456789ABCDEF", 12))
    if style == "webmail":
        return "=_" + rstr(rng, HEX, 32)
    if style == "gmail":
        return "0000000000" + rstr(rng, HEX, 18)
    if style == "lotus":
        return "=_alternative %s_=" % rstr(rng, "0123456789ABCDEF", 16)
    return "%s.%d/%s" % (rstr(rng, "0123456789ABCDEF", 10), rng.randint(10 ** 9, 10 ** 10 - 1), host)


# ---------------------------------------------------------------------------
# header encoding (RFC 2047)
# ---------------------------------------------------------------------------

def _encoded_word(text, charset, enc):
    raw = text.encode(charset)
    if enc == "b":
        return email.base64mime.header_encode(raw, charset)
    return email.quoprimime.header_encode(raw, charset)


def encode_words(text, charset="utf-8", enc="q", maxlen=75):
    """Encode text as RFC 2047 encoded-words, split so none is longer than maxlen."""
    if all(ord(c) < 128 for c in text) and charset in ("utf-8", "us-ascii"):
        return text
    words, cur = [], ""
    for ch in text:
        trial = cur + ch
        if cur and len(_encoded_word(trial, charset, enc)) > maxlen:
            words.append(_encoded_word(cur, charset, enc))
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(_encoded_word(cur, charset, enc))
    return " ".join(words)


def needs_encoding(text):
    return any(ord(c) >= 128 for c in text)


def format_address(name, addr, charset="utf-8", enc="q"):
    if not name:
        return addr
    if needs_encoding(name):
        # one encoded-word where possible (Q, else B); a long name gets only its
        # non-ASCII words encoded, so no two encoded-words are adjacent
        for e in (enc, "b"):
            word = _encoded_word(name, charset, e)
            if len(word) <= 75:
                return "%s <%s>" % (word, addr)
        tokens = [_encoded_word(t, charset, enc) if needs_encoding(t) else t for t in name.split(" ")]
        return "%s <%s>" % (" ".join(tokens), addr)
    if re.search(r'[()<>\[\]:;@\\,."]', name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
    return "%s <%s>" % (name, addr)


def encode_subject(subject, charset, enc):
    if not needs_encoding(subject):
        return subject
    return encode_words(subject, charset, enc)


# ---------------------------------------------------------------------------
# bodies
# ---------------------------------------------------------------------------

def encode_payload(text, charset, cte):
    text = text.replace("\r\n", "\n")
    if cte == "base64":
        raw = text.replace("\n", "\r\n").encode(charset)
        return base64.encodebytes(raw).decode("ascii")
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return email.quoprimime.body_encode(raw.decode("latin-1"), maxlinelen=76, eol="\n")
    if cte == "7bit":
        raw.decode("ascii")  # must be plain ASCII
        return text
    if cte == "8bit":
        return raw.decode("ascii", "surrogateescape")
    raise ValueError(cte)


def text_leaf(text, subtype, charset, cte, extra_params=""):
    m = Message()
    m["Content-Type"] = 'text/%s; charset="%s"%s' % (subtype, charset, extra_params)
    m["Content-Transfer-Encoding"] = cte
    m.set_payload(encode_payload(text, charset, cte))
    return m


def _para_html(block, style):
    lines = block.split("\n")
    if all(l.startswith(">") for l in lines):
        inner = "<br>\n".join(html.escape(l[1:].lstrip()) for l in lines)
        return '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner
    esc = "<br>\n".join(html.escape(l) for l in lines)
    if style == "outlook":
        return '<p class="MsoNormal">%s<o:p></o:p></p>' % esc
    if style == "gmail":
        return "<div>%s</div><div><br></div>" % esc
    return "<p>%s</p>" % esc


def html_from_text(text, style, lang, charset):
    blocks = [b.strip("\n") for b in re.split(r"\n[ \t]*\n", text.strip("\n")) if b.strip()]
    rtl = ' dir="rtl"' if lang == "ar" else ""
    paras = "\n".join(_para_html(b, style) for b in blocks)
    if style == "outlook":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" '
                'xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                'a:link, span.MsoHyperlink\n\t{color:#0563C1;text-decoration:underline;}\n'
                '--></style>\n</head>\n<body lang="%s" link="#0563C1" vlink="#954F72" '
                'style="word-wrap:break-word"%s>\n<div class="WordSection1">\n%s\n</div>\n'
                '</body>\n</html>\n' % (charset, CONTENT_LANGUAGE.get(lang, "EN-GB").upper(), rtl, paras))
    if style == "gmail":
        return '<div dir="%s">%s</div>\n' % ("rtl" if rtl else "ltr", paras)
    if style == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; '
                'charset=%s"></head><body dir="auto"%s>%s</body></html>\n' % (charset, rtl, paras))
    return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" '
            'content="text/html; charset=%s">\n  </head>\n  <body%s>\n%s\n  </body>\n</html>\n'
            % (charset, rtl, paras))


# ---------------------------------------------------------------------------
# attachments (placeholder content; names matter, content does not)
# ---------------------------------------------------------------------------

CTYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "doc": "application/msword",
    "png": "image/png",
    "jpg": "image/jpeg",
}

MINI_PDF = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n"
            b"trailer\n<< /Size 4 /Root 1 0 R >>\n%%EOF\n")

MINI_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")

MINI_JPG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(64) + bytes.fromhex("ffd9")


def mini_ooxml(kind):
    main = {"docx": ("word/document.xml",
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
            "xlsx": ("xl/workbook.xml",
                     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")}[kind]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [
            ("[Content_Types].xml",
             '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
             'package/2006/content-types"><Override PartName="/%s" ContentType="%s"/></Types>'
             % main),
            (main[0], '<?xml version="1.0" encoding="UTF-8"?><root>placeholder - test fixture</root>'),
        ]:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def attachment_data(ext):
    if ext == "pdf":
        return MINI_PDF
    if ext in ("docx", "xlsx"):
        return mini_ooxml(ext)
    if ext == "png":
        return MINI_PNG
    if ext == "jpg":
        return MINI_JPG
    if ext == "doc":
        return bytes.fromhex("d0cf11e0a1b11ae1") + bytes(120)
    raise ValueError(ext)


def attachment_leaf(att):
    name = att["name"]
    ext = name.rsplit(".", 1)[1].lower()
    data = attachment_data(ext)
    ctype = CTYPES[ext]
    m = Message()
    style = att.get("enc") or ("ascii" if not needs_encoding(name) else "rfc2231")
    if style == "ascii":
        m["Content-Type"] = '%s; name="%s"' % (ctype, name)
        m["Content-Disposition"] = 'attachment; filename="%s"; size=%d' % (name, len(data))
    elif style == "rfc2231":
        m.add_header("Content-Type", ctype, name=("utf-8", "", name))
        m.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
    elif style == "outlook":  # RFC 2047 in Content-Type name, RFC 2231 in disposition
        m["Content-Type"] = '%s; name="%s"' % (ctype, encode_words(name, "utf-8", "b"))
        m.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
    else:
        raise ValueError(style)
    if att.get("inline"):
        m["Content-ID"] = "<%s>" % att["inline"]
    m["Content-Transfer-Encoding"] = "base64"
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


def multipart(subtype, boundary, params=""):
    m = Message()
    m["Content-Type"] = 'multipart/%s;%s boundary="%s"' % (subtype, params, boundary)
    m.set_payload([])
    return m


# ---------------------------------------------------------------------------
# message assembly
# ---------------------------------------------------------------------------

def parse_date(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def build_special_part(p, rng, eol):
    t = p["type"]
    if t == "text":
        return text_leaf(p["text"], p.get("subtype", "plain"), p.get("charset", "us-ascii"),
                         p.get("cte", "7bit"))
    if t == "delivery-status":
        return email.message_from_string("Content-Type: message/delivery-status\n\n" + p["text"].strip("\n") + "\n")
    if t == "disposition-notification":
        return email.message_from_string("Content-Type: message/disposition-notification\n\n"
                                         + p["text"].strip("\n") + "\n\n")
    if t == "rfc822-headers":
        return text_leaf(p["text"].strip("\n") + "\n", "rfc822-headers", "us-ascii", "7bit")
    if t == "rfc822":
        inner = build_message(p["message"], random.Random(SEED + ":inner:" + p["message"]["key"]),
                              eol, top=False)
        m = Message()
        m["Content-Type"] = "message/rfc822"
        if p.get("filename"):
            m["Content-Disposition"] = 'attachment; filename="%s"' % p["filename"]
        m.set_payload([inner])
        return m
    raise ValueError(t)


def build_body(spec, rng, prof):
    lang = spec.get("language", "en")
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    bstyle = prof["bnd"]

    if "parts" in spec:  # explicit structure (reports etc.)
        sub, params = spec["container"]
        cont = multipart(sub, make_boundary(rng, bstyle, sub, domain_of(spec["sender"][1])), params)
        for p in spec["parts"]:
            cont.attach(build_special_part(p, rng, spec.get("eol", "crlf")))
        return cont

    flowed = "; format=flowed" if spec.get("flowed") else ""
    html_spec = spec.get("html")
    if html_spec == "only":
        body = text_leaf(spec["html_text"], "html", charset, spec.get("html_cte", cte))
    else:
        plain = text_leaf(spec["body"], "plain", charset, cte, flowed)
        alt_parts = []
        if html_spec:
            htext = spec.get("html_text") or html_from_text(spec["body"], prof["html"], lang, charset)
            alt_parts.append(text_leaf(htext, "html", charset, spec.get("html_cte", cte)))
        if spec.get("calendar"):
            alt_parts.append(text_leaf(spec["calendar"], "calendar", "utf-8", "quoted-printable",
                                       "; method=REQUEST"))
        if alt_parts:
            body = multipart("alternative", make_boundary(rng, bstyle, "alternative"))
            body.attach(plain)
            for p in alt_parts:
                body.attach(p)
        else:
            body = plain

    attachments = spec.get("attachments", [])
    fwd = spec.get("forward_attached")
    if attachments or fwd:
        mixed = multipart("mixed", make_boundary(rng, bstyle, "mixed"))
        mixed.attach(body)
        if fwd:
            mixed.attach(build_special_part({"type": "rfc822", "message": fwd,
                                             "filename": spec.get("forward_filename")}, rng,
                                            spec.get("eol", "crlf")))
        for att in attachments:
            mixed.attach(attachment_leaf(att))
        body = mixed
    return body


def build_message(spec, rng, eol, top=True):
    prof = MAILERS[spec.get("mailer", "outlook")]
    lang = spec.get("language", "en")
    name, addr = spec["sender"]
    hcs = spec.get("header_charset", "utf-8")
    henc = spec.get("subject_enc", prof["subj_enc"])
    date = parse_date(spec["date"])

    body = build_body(spec, rng, prof)
    body_headers = list(body.items())
    for k in set(k for k, _ in body_headers):
        del body[k]

    hdrs = []
    if spec.get("return_path") is not None:
        hdrs.append(("Return-Path", spec["return_path"]))
    if top:
        host = "mail." + domain_of(addr) if not spec.get("relay") else spec["relay"]
        net = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
        recv_date = date + datetime.timedelta(seconds=rng.randint(4, 50))
        hdrs.append(("Received", "from %s (%s [%s.%d]) by mx1.ccm-isu.example (Postfix) with ESMTPS "
                     "id %s for <%s>; %s" % (host, host, net, rng.randint(2, 254), host and rstr(rng, ALNUM, 12),
                                            INTAKE, email.utils.format_datetime(recv_date))))
    hdrs.append(("From", format_address(name, addr, spec.get("from_charset", hcs), henc)))
    to = spec.get("to", INTAKE_TO if top else None)
    if to:
        hdrs.append(("To", to))
    if spec.get("cc"):
        hdrs.append(("Cc", spec["cc"]))
    if spec.get("reply_to"):
        hdrs.append(("Reply-To", spec["reply_to"]))
    hdrs.append(("Subject", encode_subject(spec["subject"], spec.get("subject_charset", hcs), henc)))
    hdrs.append(("Date", email.utils.format_datetime(date)))
    hdrs.append(("Message-ID", make_message_id(rng, prof["mid"], addr)))
    refs = []
    if spec.get("ack"):
        refs.append("<%s.ack@ccm-isu.example>" % spec["ack"].lower())
    refs += spec.get("references", [])
    if spec.get("in_reply_to") or refs:
        hdrs.append(("In-Reply-To", spec.get("in_reply_to") or refs[-1]))
        hdrs.append(("References", " ".join(refs or [spec["in_reply_to"]])))
    if prof.get("thread") and spec.get("mailer") in ("outlook", "outlook_web"):
        topic = re.sub(r"^((RE|Re|AW|TR|RV|FW|Fw|Fwd|WG|RES|ENC|Read|Automatic reply|"
                       r"Réponse automatique|Abwesenheitsnotiz)\s*:\s*)+", "", spec["subject"])
        hdrs.append(("Thread-Topic", encode_subject(topic, spec.get("subject_charset", hcs), henc)))
        hdrs.append(("Thread-Index", base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode()))
        hdrs.append(("Content-Language", CONTENT_LANGUAGE.get(lang, "en-GB")))
    for k, v in prof["headers"]:
        if v is None:
            v = "[%s.%d]" % (rng.choice(["192.0.2", "198.51.100"]), rng.randint(2, 254))
        if k == "X-MS-Has-Attach":
            v = "yes" if spec.get("attachments") else ""
        hdrs.append((k, v))
    hdrs += [tuple(h) for h in spec.get("headers", [])]
    hdrs.append(("MIME-Version", "1.0"))

    for k, v in hdrs + body_headers:
        body[k] = v
    return body


class FoldingPolicy(policy.Compat32):
    """compat32 with folding done the way mail clients do it: values are
    already RFC 2047-encoded ASCII; fold at spaces, never right after the
    colon, continuation lines indented by one space (a tab for MIME
    parameters, as Outlook and Postfix do)."""

    def _fold(self, name, value, sanitize):
        value = re.sub(r"\s*\n\s*", " ", str(value)).strip()
        indent = "\t" if name.lower().startswith("content-") else " "
        limit = self.max_line_length or 78
        if name.lower().startswith("content-"):
            tokens = re.split(r"(?<=;) ", value)
        else:
            tokens = value.split(" ")
        lines, cur = [], "%s: %s" % (name, tokens[0])
        for tok in tokens[1:]:
            if len(cur) + 1 + len(tok) > limit:
                lines.append(cur)
                cur = indent + tok
            else:
                cur += " " + tok
        lines.append(cur)
        return self.linesep.join(lines) + self.linesep


def serialise(msg, eol):
    buf = io.BytesIO()
    pol = FoldingPolicy(linesep="\r\n" if eol == "crlf" else "\n", max_line_length=78)
    BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(msg)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------

DOMAIN_OK = re.compile(r"(^|\.)(example|example\.org|example\.com|example\.net)$", re.I)


def check_domains(msg, fname, errors):
    """All addresses and URL hosts in headers and decoded text must be reserved example names."""
    chunks = []
    for part in msg.walk():
        chunks += [str(v) for v in part.values()]
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
        elif part.get_content_type() == "message/delivery-status":
            for block in part.get_payload():
                chunks += [str(v) for v in block.values()]
    text = "\n".join(chunks)
    for m in re.finditer(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})", text):
        dom = m.group(1).rstrip(".")
        if not DOMAIN_OK.search(dom):
            errors.append("%s: non-example domain %s" % (fname, dom))
    for m in re.finditer(r"https?://([A-Za-z0-9.-]+)", text):
        dom = m.group(1)
        if dom.lower() in ("schemas.microsoft.com", "www.w3.org", "schemas.openxmlformats.org"):
            continue
        if not DOMAIN_OK.search(dom):
            errors.append("%s: non-example URL host %s" % (fname, dom))


def verify(out_dir, labels, specs_by_file):
    errors = []
    seen_ids = set()
    for fname, spec in sorted(specs_by_file.items()):
        raw = open(os.path.join(out_dir, fname), "rb").read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        check_domains(msg, fname, errors)
        if any(len(l) > 998 for l in raw.split(b"\n")):
            errors.append("%s: line longer than 998 octets" % fname)
        subj = msg["subject"]
        if not subj or subj != spec["subject"]:
            errors.append("%s: subject mismatch %r != %r" % (fname, subj, spec["subject"]))
        if msg["from"] is None or msg["date"] is None:
            errors.append("%s: missing From/Date" % fname)
        elif msg["from"].addresses[0].display_name != spec["sender"][0]:
            errors.append("%s: From display name %r != %r" % (
                fname, msg["from"].addresses[0].display_name, spec["sender"][0]))
        mid = msg["message-id"]
        if mid in seen_ids:
            errors.append("%s: duplicate Message-ID" % fname)
        seen_ids.add(mid)
        body = msg.get_body(preferencelist=("plain", "html"))
        if body is None:
            errors.append("%s: no text body" % fname)
        else:
            content = body.get_content()
            if not content.strip():
                errors.append("%s: empty body" % fname)
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                try:
                    part.get_content()
                except Exception as exc:  # noqa: BLE001
                    errors.append("%s: cannot decode %s: %s" % (fname, part.get_content_type(), exc))
            if part.get_content_disposition() == "attachment" and part.get_content_type() != "message/rfc822":
                if not part.get_filename():
                    errors.append("%s: attachment without name" % fname)
        expected = [a["name"] for a in spec.get("attachments", [])]
        got = [p.get_filename() for p in msg.walk()
               if p.get_content_disposition() == "attachment" and p.get_content_type() != "message/rfc822"
               and p.get_filename()]
        if got != expected:
            errors.append("%s: attachment names %r != %r" % (fname, got, expected))
        if spec.get("forward_attached"):
            inner = [p for p in msg.walk() if p.get_content_type() == "message/rfc822"]
            if not inner:
                errors.append("%s: forwarded message missing" % fname)
            else:
                ib = inner[0].get_content().get_body(preferencelist=("plain", "html"))
                if ib is None or not ib.get_content().strip():
                    errors.append("%s: forwarded message has no text" % fname)
        # labels
        lab = labels.get(fname)
        if lab is None:
            errors.append("%s: no label" % fname)
            continue
        if lab["topic"] not in TOPICS or lab["language"] not in LANGS:
            errors.append("%s: bad topic/language" % fname)
        if any(s not in TOPICS or s == lab["topic"] for s in lab["secondary"]):
            errors.append("%s: bad secondary" % fname)
        m = re.match(r"HARD\(([a-z0-9_,]+)\): ", lab["note"])
        if lab["hard"] != bool(m):
            errors.append("%s: hard flag and note prefix disagree" % fname)
        kinds = m.group(1).split(",") if m else []
        for k in kinds:
            if k not in KINDS:
                errors.append("%s: unknown hard kind %s" % (fname, k))
        # structural consistency of some kinds
        if "reply_to_ack" in kinds:
            if not msg["in-reply-to"] or not re.search(r"\[CCM-2026-\d{4}\]", subj):
                errors.append("%s: reply_to_ack without In-Reply-To/reference" % fname)
        if "html_only" in kinds and msg.get_body(preferencelist=("plain",)) is not None:
            errors.append("%s: html_only but has text/plain" % fname)
        if "base64_body" in kinds and body is not None and body["content-transfer-encoding"] != "base64":
            errors.append("%s: base64_body but body not base64" % fname)
        if "forwarded_as_attachment" in kinds and not spec.get("forward_attached"):
            errors.append("%s: forwarded_as_attachment without message/rfc822" % fname)
        if "no_auto_headers" in kinds and (msg["auto-submitted"] or msg["x-auto-response-suppress"]):
            errors.append("%s: no_auto_headers but has auto headers" % fname)
        if "legacy_charset" in kinds:
            cs = [p.get_content_charset() for p in msg.walk() if p.get_content_maintype() == "text"]
            if not any(c in ("windows-1252", "windows-1251", "windows-1256", "koi8-r", "iso-8859-5",
                             "iso-8859-6", "iso-8859-15") for c in cs):
                errors.append("%s: legacy_charset but no legacy charset" % fname)
    return errors


# ---------------------------------------------------------------------------
# statistics for the README
# ---------------------------------------------------------------------------

def stats(out_dir, labels):
    lines = []
    n = len(labels)
    hard = sum(1 for v in labels.values() if v["hard"])
    lines.append("%d messages, %d marked hard (%.0f%%)." % (n, hard, 100.0 * hard / n))
    lines.append("")
    lines.append("| topic | " + " | ".join(LANGS) + " | total | hard |")
    lines.append("| --- | " + " | ".join("---:" for _ in LANGS) + " | ---: | ---: |")
    col = collections.Counter()
    for t in TOPICS:
        row = [sum(1 for v in labels.values() if v["topic"] == t and v["language"] == l) for l in LANGS]
        for l, c in zip(LANGS, row):
            col[l] += c
        tot = sum(row)
        h = sum(1 for v in labels.values() if v["topic"] == t and v["hard"])
        lines.append("| `%s` | %s | %d | %d |" % (t, " | ".join(str(c) for c in row), tot, h))
    lines.append("| **total** | %s | %d | %d |" % (" | ".join(str(col[l]) for l in LANGS), n, hard))
    kinds = collections.Counter()
    for v in labels.values():
        m = re.match(r"HARD\(([a-z0-9_,]+)\)", v["note"])
        if m:
            kinds.update(m.group(1).split(","))
    lines.append("")
    lines.append("Hard-case kinds: " + ", ".join("`%s` %d" % (k, kinds[k]) for k in KINDS if kinds[k]))

    top_ct, cte, cs, eols, att_ext = (collections.Counter() for _ in range(5))
    enc_subj = rfc2231 = rfc822 = 0
    for fname in sorted(labels):
        raw = open(os.path.join(out_dir, fname), "rb").read()
        eols["CRLF" if b"\r\n" in raw else "LF"] += 1
        head = raw.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
        if re.search(rb"^Subject:\s*=\?", head, re.M):
            enc_subj += 1
        if re.search(rb"filename\*=", raw):
            rfc2231 += 1
        msg = email.message_from_bytes(raw, policy=policy.default)
        top_ct[msg.get_content_type()] += 1
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                cte[part.get("content-transfer-encoding", "7bit").lower()] += 1
                cs[(part.get_content_charset() or "us-ascii").lower()] += 1
            if part.get_content_type() == "message/rfc822":
                rfc822 += 1
            fn = part.get_filename()
            if fn and part.get_content_disposition() == "attachment":
                att_ext[fn.rsplit(".", 1)[-1].lower()] += 1
    lines.append("")
    lines.append("Top-level structure: " + ", ".join("%s %d" % kv for kv in sorted(top_ct.items())))
    lines.append("Text parts by Content-Transfer-Encoding: " + ", ".join("%s %d" % kv for kv in sorted(cte.items())))
    lines.append("Text parts by charset: " + ", ".join("%s %d" % kv for kv in sorted(cs.items())))
    lines.append("Attachments: " + ", ".join("%s %d" % kv for kv in sorted(att_ext.items()))
                 + "; message/rfc822 parts %d; files with RFC 2231 filenames %d" % (rfc822, rfc2231))
    lines.append("RFC 2047-encoded subjects: %d; line endings: %s" % (
        enc_subj, ", ".join("%s %d" % kv for kv in sorted(eols.items()))))
    return "\n".join(lines)


# ---------------------------------------------------------------------------

def main():
    keys = [m["key"] for m in MESSAGES]
    assert len(keys) == len(set(keys)), "duplicate keys"
    for old in glob.glob(os.path.join(HERE, "m-*.eml")):
        os.remove(old)
    order = list(MESSAGES)
    random.Random(SEED + ":order").shuffle(order)
    labels, specs_by_file = {}, {}
    for i, spec in enumerate(order, 1):
        fname = "m-%04d.eml" % i
        eol = spec.get("eol", "crlf")
        msg = build_message(spec, random.Random(SEED + ":" + spec["key"]), eol)
        raw = serialise(msg, eol)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(raw)
        labels[fname] = {"topic": spec["topic"], "secondary": list(spec.get("secondary", [])),
                         "language": spec["language"], "hard": bool(spec["hard"]),
                         "note": spec["note"]}
        specs_by_file[fname] = spec
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, sort_keys=True, ensure_ascii=False)
        fh.write("\n")
    errors = verify(HERE, labels, specs_by_file)
    print(stats(HERE, labels))
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nall %d files parsed back and checked OK" % len(labels))


if __name__ == "__main__":
    main()
