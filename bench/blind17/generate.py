#!/usr/bin/env python3
"""Build the blind17 corpus: m-0001.eml ... m-00NN.eml, labels.json, README.md.

Everything is deterministic: Message-IDs, boundaries, queue ids, IP addresses
and the shuffled file order come from seeded random generators, and the
attachment placeholders use fixed timestamps.  After writing, every file is
parsed back with email.policy.default and checked.

Run:  /work/main/.venv/bin/python -B /work/main/bench/blind17/generate.py
"""
import base64
import datetime as _dt
import glob
import html as _html
import io
import json
import os
import quopri
import random
import re
import string
import sys
import textwrap
import urllib.parse
import uuid
import zipfile
from email import policy, utils, quoprimime
from email.generator import BytesGenerator
from email.message import Message
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import corpus_data  # noqa: E402

SEED = "ccm-blind17"
ORDER_SEED = 1717
INTAKE = "CCM Implementation Support Unit <intake@ccm-isu.example>"
TOPICS = ["stockpile_destruction", "clearance", "victim_assistance", "reporting",
          "legislation", "general", "not_an_enquiry"]
LANGS = ["en", "fr", "es", "ar", "pt", "ru", "de"]
KINDS = ["multi_topic", "misleading_subject", "ambiguous_general", "html_only",
         "base64_body", "legacy_charset", "encoded_subject", "attachment_only_hint",
         "reply_to_ack", "forwarded_chain", "forwarded_as_attachment",
         "lookalike_noise", "no_auto_headers", "no_dsn_structure",
         "enquiry_looks_like_noise"]
CONTENT_LANG = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES", "ar": "ar-SA",
                "pt": "pt-PT", "ru": "ru-RU", "de": "de-DE"}
OUTLOOK_LANG = {"en": "EN-GB", "fr": "FR", "es": "ES", "ar": "AR-SA",
                "pt": "PT", "ru": "RU", "de": "DE"}


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------

def rnd_str(rng, n, alphabet=string.ascii_uppercase + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def seeded_uuid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def encoded_word(text, charset, enc):
    raw = text.encode(charset)
    if enc == "b":
        return "=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode("ascii"))
    return quoprimime.header_encode(raw, charset).replace("?q?", "?Q?", 1)


def encode_header_text(text, charset="utf-8", enc="q", maxlen=66):
    """RFC 2047-encode a whole header text, split over several encoded-words
    (never inside a character), folded onto continuation lines."""
    words, cur = [], ""
    for ch in text:
        trial = cur + ch
        if cur and len(encoded_word(trial, charset, enc)) > maxlen:
            words.append(encoded_word(cur, charset, enc))
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(encoded_word(cur, charset, enc))
    return "\n ".join(words)


def encode_phrase(text, charset="utf-8", enc="b", maxlen=66):
    """Encode a display name; when it must be split, split after a space so
    that the space stays inside an encoded-word (RFC 2047 decoders drop the
    folding whitespace between adjacent encoded-words)."""
    if len(encoded_word(text, charset, enc)) <= maxlen:
        return encoded_word(text, charset, enc)
    tokens = re.findall(r"\S+\s*", text)
    chunks, cur = [], ""
    for t in tokens:
        if cur and len(encoded_word(cur + t, charset, enc)) > maxlen:
            chunks.append(cur)
            cur = t
        else:
            cur += t
    chunks.append(cur)
    return "\n ".join(encoded_word(c, charset, enc) for c in chunks)


def header_text(text, cs=None):
    """Header value for free text; cs = (charset, enc) or None (auto utf-8)."""
    if cs is None:
        if is_ascii(text):
            return text
        cs = ("utf-8", "q")
    return encode_header_text(text, cs[0], cs[1])


def address(name, addr, cs=None):
    if not name:
        return addr
    if cs is None and is_ascii(name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
        return "%s <%s>" % (name, addr)
    if cs is None:
        cs = ("utf-8", "b")
    return "%s\n <%s>" % (encode_phrase(name, cs[0], cs[1]), addr)


def encode_body(text, charset, cte):
    text = text.replace("\r\n", "\n")
    raw = text.encode(charset)
    if cte == "7bit":
        assert is_ascii(text), "7bit body must be ASCII"
        return text
    if cte == "8bit":
        return raw.decode("ascii", "surrogateescape")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    raise ValueError(cte)


def wrap_text(text, width=76, flowed=False):
    """Wrap long lines the way a mail client does for 7bit/8bit bodies; with
    flowed=True soft breaks keep a trailing space (RFC 3676)."""
    out = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        prefix = ""
        m = re.match(r"^(> ?)+", line)
        if m:
            prefix = m.group(0)
        pieces = textwrap.wrap(line[len(prefix):], width - len(prefix), break_long_words=False,
                               break_on_hyphens=False)
        for i, piece in enumerate(pieces):
            last = i == len(pieces) - 1
            out.append(prefix + piece + ("" if last or not flowed else " "))
    return "\n".join(out)


def leaf(ctype, payload, cte=None, extra=()):
    m = Message()
    m["Content-Type"] = ctype
    if cte:
        m["Content-Transfer-Encoding"] = cte
    for k, v in extra:
        m[k] = v
    m.set_payload(payload)
    return m


def container(ctype, boundary, parts, preamble=None):
    m = Message()
    m["Content-Type"] = '%s;\n\tboundary="%s"' % (ctype, boundary)
    for p in parts:
        m.attach(p)
    m.preamble = preamble
    return m


# --------------------------------------------------------------------------
# attachments (placeholders: names matter, content does not)
# --------------------------------------------------------------------------

FIXED_ZIP_TIME = (2026, 1, 12, 9, 30, 0)


def tiny_pdf(title):
    t = re.sub(r"[^A-Za-z0-9 _.-]", "_", title)
    return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            "4 0 obj<</Title(" + t + ")/Producer(placeholder)>>endobj\n"
            "trailer<</Root 1 0 R/Info 4 0 R>>\n%%EOF\n").encode("latin-1")


def tiny_ooxml(kind, title):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        def put(name, data):
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
        if kind == "docx":
            put("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
            put("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>placeholder</w:t></w:r></w:p></w:body></w:document>')
        else:
            put("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')
            put("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Sheet1" sheetId="1"/></sheets></workbook>')
        put("docProps/core.xml", '<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>placeholder</dc:title></cp:coreProperties>')
    return buf.getvalue()


ATT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def rfc2231_param(pname, value):
    q = urllib.parse.quote(value.encode("utf-8"), safe="")
    full = "utf-8''" + q
    if len(full) <= 60:
        return "%s*=%s" % (pname, full)
    chunks, i, first = [], 0, True
    while i < len(q):
        n = 45
        piece = q[i:i + n]
        # do not cut a %XX escape
        while piece.endswith("%") or piece[-2:-1] == "%":
            n -= 1
            piece = q[i:i + n]
        chunks.append(piece)
        i += n
    out = []
    for idx, piece in enumerate(chunks):
        out.append("%s*%d*=%s%s" % (pname, idx, "utf-8''" if idx == 0 else "", piece))
    return ";\n ".join(out)


def attachment_part(att, client, date_str):
    name, kind = att["name"], att["kind"]
    data = tiny_pdf(name) if kind == "pdf" else tiny_ooxml(kind, name)
    ctype = ATT_TYPES[kind]
    style = att.get("style") or ("outlook" if client in ("outlook", "zimbra") else "2231")
    if is_ascii(name):
        ct = '%s;\n\tname="%s"' % (ctype, name)
        cd = 'attachment;\n\tfilename="%s"' % name
    elif style == "outlook":
        ew = encode_header_text(name, "utf-8", "b", maxlen=200)
        ct = '%s;\n\tname="%s"' % (ctype, ew)
        cd = 'attachment;\n\t%s' % rfc2231_param("filename", name)
    else:
        ct = '%s;\n\t%s' % (ctype, rfc2231_param("name", name))
        cd = 'attachment;\n\t%s' % rfc2231_param("filename", name)
    extra = []
    if client == "outlook":
        extra.append(("Content-Description", name if is_ascii(name) else encode_header_text(name, "utf-8", "q", maxlen=50)))
        cd += ';\n\tsize=%d;\n\tcreation-date="%s";\n\tmodification-date="%s"' % (
            len(data), date_str, date_str)
    extra.append(("Content-Disposition", cd))
    return leaf(ct, base64.encodebytes(data).decode("ascii"), "base64", extra)


# --------------------------------------------------------------------------
# client profiles
# --------------------------------------------------------------------------

def message_id(rng, client, domain):
    # keep "Message-ID: <...>" on one 78-character line
    room = 78 - len("Message-ID: <@>") - len(domain)
    if client == "outlook":
        return "<%s%dPR%02dMB%d%s@%s>" % (
            rnd_str(rng, 2, string.ascii_uppercase), rng.randint(1, 9), rng.randint(1, 99),
            rng.randint(1000, 9999), hexs(rng, max(8, min(24, room - 12)), True), domain)
    if client == "webmail":
        return "<CA%s@mail.%s>" % (rnd_str(rng, max(12, min(44, room - 7)),
                                            string.ascii_letters + string.digits + "+_-"), domain)
    if client in ("iphone", "apple"):
        return "<%s@%s>" % (seeded_uuid(rng).upper(), domain)
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(10 ** 8, 10 ** 9),
                                                  rng.randint(10 ** 6, 10 ** 7),
                                                  rng.randint(10 ** 12, 10 ** 13), domain)
    if client == "roundcube":
        return "<%s@%s>" % (hexs(rng, 32), domain)
    if client == "android":
        return "<%s.%d@%s>" % (hexs(rng, 16), rng.randint(10 ** 5, 10 ** 6), domain)
    if client == "thunderbird":
        return "<%s@%s>" % (seeded_uuid(rng), domain)
    return "<%s.%s@%s>" % (hexs(rng, 20), rnd_str(rng, 6, string.digits), domain)


def boundary(rng, client, n):
    if client == "outlook":
        return "_%03d_%s%s_" % (n, rnd_str(rng, 12, string.ascii_uppercase),
                                rnd_str(rng, 20, string.ascii_uppercase + string.digits))
    if client == "webmail":
        return "0000000000%s" % hexs(rng, 16)
    if client in ("iphone", "apple"):
        return "Apple-Mail-%s" % seeded_uuid(rng).upper()
    if client == "zimbra":
        return "=_%s" % seeded_uuid(rng)
    if client == "roundcube":
        return "=_%s" % hexs(rng, 32)
    if client == "android":
        return "--_com.android.email_%d" % rng.randint(10 ** 14, 10 ** 15)
    if client == "thunderbird":
        return "------------%s" % rnd_str(rng, 24, string.ascii_letters + string.digits)
    return "===============%d==" % rng.randint(10 ** 18, 10 ** 19)


def client_headers(rng, client, lang):
    h = []
    if client == "outlook":
        h.append(("Thread-Index", base64.b64encode(bytes(rng.getrandbits(8) for _ in range(22))).decode()))
        h.append(("X-Mailer", "Microsoft Outlook 16.0"))
        h.append(("Content-Language", CONTENT_LANG[lang]))
        h.append(("X-MS-Has-Attach", ""))
    elif client == "thunderbird":
        h.append(("User-Agent", "Mozilla Thunderbird"))
        h.append(("Content-Language", CONTENT_LANG[lang]))
    elif client == "iphone":
        h.append(("X-Mailer", "iPhone Mail (22D82)"))
    elif client == "apple":
        h.append(("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"))
    elif client == "zimbra":
        h.append(("X-Mailer", "Zimbra 10.0.8_GA_4621 (ZimbraWebClient - FF128 (Win)/10.0.8_GA_4621)"))
        h.append(("Thread-Index", base64.b64encode(bytes(rng.getrandbits(8) for _ in range(20))).decode()))
    elif client == "roundcube":
        h.append(("User-Agent", "Roundcube Webmail/1.6.7"))
    return h


# --------------------------------------------------------------------------
# plain text -> HTML, in the style of the sending client
# --------------------------------------------------------------------------

QUOTE_START = re.compile(r"^(From|De|Von|От|من|Da)\s?:|^-{3,}|^_{5,}|^On .* wrote:$|^El .* escribió:$|^Le .* a écrit\s?:$")


def blocks_of(text):
    text = text.replace("\r\n", "\n").strip("\n")
    return [b for b in re.split(r"\n\s*\n", text)]


def esc(s):
    return _html.escape(s, quote=False)


def to_html(text, client, lang, charset):
    rtl = lang == "ar"
    dir_attr = ' dir="rtl"' if rtl else ""
    blocks = blocks_of(text)
    in_quote = False
    out = []
    for b in blocks:
        lines = b.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(esc(l.lstrip(">").lstrip(" ")) for l in lines)
            out.append(("quote", inner))
            continue
        if not in_quote and QUOTE_START.match(lines[0]):
            in_quote = True
            out.append(("sep", ""))
        out.append(("p", "<br>\n".join(esc(l) for l in lines)))
    if client == "outlook":
        body = []
        for kind, inner in out:
            if kind == "sep":
                body.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"></div>')
            elif kind == "quote":
                body.append('<blockquote style="border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt">%s</blockquote>' % inner)
            else:
                body.append('<p class="MsoNormal"%s>%s<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' % (dir_attr, inner))
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
                '@page WordSection1\n\t{size:612.0pt 792.0pt;}\n--></style>\n</head>\n'
                '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"%s>\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n') % (
                    charset, OUTLOOK_LANG[lang], dir_attr, "\n".join(body))
    if client == "webmail":
        body = []
        for kind, inner in out:
            if kind == "sep":
                continue
            if kind == "quote":
                body.append('<div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                            'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % inner)
            else:
                body.append("<div>%s</div><div><br></div>" % inner)
        return '<div dir="%s">%s</div>\n' % ("rtl" if rtl else "ltr", "\n".join(body))
    if client in ("iphone", "apple"):
        body = "".join('<div dir="auto">%s</div><div dir="auto"><br></div>' % inner
                       for kind, inner in out if kind != "sep")
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
                '<body dir="auto">%s</body></html>\n') % (charset, body)
    if client == "zimbra":
        body = "\n".join("<div%s>%s</div><div><br data-mce-bogus=\"1\"></div>" % (dir_attr, inner)
                         for kind, inner in out if kind != "sep")
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; '
                'color: #000000">%s</div></body></html>\n') % body
    if client == "roundcube":
        body = "\n".join("<p%s>%s</p>" % (dir_attr, inner) for kind, inner in out if kind != "sep")
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s" /></head>'
                "<body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\n%s\n</body></html>\n") % (
                    charset.upper(), body)
    # thunderbird and default
    body = []
    for kind, inner in out:
        if kind == "sep":
            body.append('    <div class="moz-forward-container"></div>')
        elif kind == "quote":
            body.append('    <blockquote type="cite">%s</blockquote>' % inner)
        else:
            body.append("    <p%s>%s</p>" % (dir_attr, inner))
    return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; '
            'charset=%s">\n  </head>\n  <body>\n%s\n  </body>\n</html>\n') % (charset.upper(), "\n".join(body))


# --------------------------------------------------------------------------
# building one message
# --------------------------------------------------------------------------

def default_html_cte(client, html_text):
    if client in ("thunderbird", "roundcube"):
        return "7bit" if is_ascii(html_text) else "8bit"
    return "quoted-printable"


def build_body(spec, rng, client, lang, counter):
    """Return the content entity (plain, alternative or html-only)."""
    b = spec["body"]
    form = b.get("form", "plain")
    cs = b.get("charset", "utf-8")
    cte = b.get("cte") or ("7bit" if is_ascii(b.get("text", "")) else "8bit")
    fmt = '; format=flowed' if (client == "thunderbird" and b.get("flowed")) else ""
    parts = []
    if form in ("plain", "alt"):
        text = b["text"]
        if cte in ("7bit", "8bit") and not b.get("nowrap"):
            text = wrap_text(text, flowed=bool(fmt))
        parts.append(leaf('text/plain; charset="%s"%s' % (cs, fmt), encode_body(text, cs, cte), cte))
    if form in ("alt", "html"):
        h = b.get("html") or to_html(b["text"], client, lang, cs)
        hcs = b.get("html_charset", cs)
        hcte = b.get("html_cte") or default_html_cte(client, h)
        if hcte in ("7bit", "8bit"):
            h = wrap_text(h)
        parts.append(leaf('text/html; charset="%s"' % hcs, encode_body(h, hcs, hcte), hcte))
    if form == "alt":
        counter[0] += 1
        return container("multipart/alternative", boundary(rng, client, 0), parts)
    return parts[0]


def build_entity(spec, rng, lang, counter):
    client = spec.get("client", "bot")
    special = spec.get("special")
    if special:
        return build_special(spec, rng, lang, counter)
    content = build_body(spec, rng, client, lang, counter)
    extra_parts = []
    for att in spec.get("attachments", []):
        extra_parts.append(attachment_part(att, client, fmt_date(spec["date"])))
    if spec.get("forward"):
        inner = build_message(spec["forward"], random.Random(SEED + spec["key"] + "/fwd"), lang, top=False)
        fname = spec["forward"].get("filename") or "forwarded.eml"
        fm = Message()
        fm["Content-Type"] = "message/rfc822"
        if is_ascii(fname):
            fm["Content-Disposition"] = 'attachment;\n\tfilename="%s"' % fname
        else:
            fm["Content-Disposition"] = "attachment;\n\t" + rfc2231_param("filename", fname)
        fm.attach(inner)
        extra_parts.append(fm)
    if extra_parts:
        return container("multipart/mixed", boundary(rng, client, 4), [content] + extra_parts,
                         preamble=spec.get("preamble"))
    return content


def build_special(spec, rng, lang, counter):
    sp = spec["special"]
    bnd = sp.get("boundary") or boundary(rng, sp.get("boundary_style", "bot"), 9)
    hcs = sp.get("charset", "utf-8")
    hcte = sp.get("cte", "8bit" if not is_ascii(sp["human"]) else "7bit")
    htext = wrap_text(sp["human"]) if hcte in ("7bit", "8bit") else sp["human"]
    human = leaf('text/plain; charset="%s"' % hcs, encode_body(htext, hcs, hcte), hcte)
    if sp.get("human_html"):
        hh = sp["human_html"]
        hpart = leaf('text/html; charset="utf-8"', encode_body(hh, "utf-8", "quoted-printable"), "quoted-printable")
        human = container("multipart/alternative", boundary(rng, "outlook", 1), [human, hpart])
    if sp["type"] == "dsn":
        ds = Message()
        ds["Content-Type"] = "message/delivery-status"
        blocks = []
        for fields in [sp["per_message"]] + sp["per_recipient"]:
            blk = Message()
            for k, v in fields:
                blk[k] = v
            blocks.append(blk)
        ds.set_payload(blocks)
        if sp.get("returned"):
            ret = Message()
            ret["Content-Type"] = "message/rfc822"
            ret.attach(build_message(sp["returned"], random.Random(SEED + spec["key"] + "/ret"), lang, top=False))
        else:
            ret = leaf('text/rfc822-headers; charset="us-ascii"', sp["returned_headers"].replace("\r\n", "\n"), "7bit")
        report = Message()
        report["Content-Type"] = 'multipart/report;\n\treport-type=delivery-status;\n\tboundary="%s"' % bnd
        for p in (human, ds, ret):
            report.attach(p)
        report.preamble = sp.get("preamble")
        return report
    if sp["type"] == "mdn":
        mdn = Message()
        mdn["Content-Type"] = "message/disposition-notification"
        fields = Message()
        for line in sp["fields"].strip().splitlines():
            k, v = line.split(":", 1)
            fields[k] = v.strip()
        mdn.attach(fields)
        report = Message()
        report["Content-Type"] = 'multipart/report;\n\treport-type=disposition-notification;\n\tboundary="%s"' % bnd
        for p in (human, mdn):
            report.attach(p)
        return report
    raise ValueError(sp["type"])


def fmt_date(s):
    """'10 Mar 2026 16:02:11 -0500' -> 'Tue, 10 Mar 2026 16:02:11 -0500'."""
    return utils.format_datetime(utils.parsedate_to_datetime(s))


def build_message(spec, rng, lang, top=True):
    counter = [0]
    client = spec.get("client", "bot")
    name, addr = spec["from"]
    domain = addr.split("@", 1)[1]
    m = Message()
    if top:
        for k, v in spec.get("pre_headers", []):
            m[k] = v
        host = domain if domain.startswith(("mail.", "mx", "smtp")) else "mail." + domain
        ip = "%s.%d" % (rng.choice(["192.0.2", "198.51.100", "203.0.113"]), rng.randint(2, 250))
        dt = utils.parsedate_to_datetime(spec["date"]) + _dt.timedelta(seconds=rng.randint(3, 48))
        m["Received"] = "from %s (%s [%s]) by mx1.ccm-isu.example (Postfix) with ESMTPS id %s for <intake@ccm-isu.example>; %s" % (
            host, host, ip, rnd_str(rng, 12, string.ascii_letters + string.digits), utils.format_datetime(dt))
    m["From"] = address(name, addr, spec.get("from_cs"))
    if spec.get("sender_header"):
        m["Sender"] = spec["sender_header"]
    m["To"] = spec.get("to", INTAKE)
    if spec.get("cc"):
        m["Cc"] = spec["cc"]
    if spec.get("reply_to"):
        m["Reply-To"] = spec["reply_to"]
    m["Subject"] = header_text(spec["subject"], spec.get("subject_cs"))
    m["Date"] = fmt_date(spec["date"])
    m["Message-ID"] = spec.get("message_id") or message_id(rng, client, domain)
    ack = spec.get("reply_to_ack")
    if ack:
        ref = "<%s.ack@ccm-isu.example>" % ack.lower()
        m["In-Reply-To"] = ref
        m["References"] = ref
        if client in ("outlook", "zimbra"):
            m["Thread-Topic"] = header_text(re.sub(r"^(Re|RE|AW|RV|TR|Fw|FW|WG)\s?:\s*", "", spec["subject"]),
                                            spec.get("subject_cs"))
    if spec.get("in_reply_to"):
        m["In-Reply-To"] = spec["in_reply_to"]
        m["References"] = spec["in_reply_to"]
    lang_here = spec.get("lang", lang)
    for k, v in client_headers(rng, client, lang_here):
        if k == "X-MS-Has-Attach":
            v = "yes" if (spec.get("attachments") or spec.get("forward")) else ""
            if not v:
                continue
        m[k] = v
    for k, v in spec.get("headers", []):
        m[k] = v
    if client in ("iphone",):
        m["Mime-Version"] = "1.0 (1.0)"
    else:
        m["MIME-Version"] = "1.0"
    ent = build_entity(spec, rng, lang_here, counter)
    for k, v in ent._headers:
        m[k] = v
    m._payload = ent._payload
    m.preamble = ent.preamble
    return m


class MailPolicy(type(policy.compat32)):
    """compat32, but message identifiers are never folded (as real MTAs do)."""

    def _fold(self, name, value, sanitize):
        if name.lower() in ("message-id", "in-reply-to", "references") and isinstance(value, str):
            return "%s: %s%s" % (name, value, self.linesep)
        return super()._fold(name, value, sanitize)


def serialize(msg, crlf=True):
    buf = io.BytesIO()
    pol = MailPolicy(linesep="\r\n" if crlf else "\n", max_line_length=78)
    BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(msg)
    return buf.getvalue()


# --------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------

def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def strip_html(h):
    h = re.sub(r"(?is)<(style|script)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return _html.unescape(h)


def decoded_texts(msg, out, names):
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fn = part.get_filename()
        if fn:
            names.append(fn)
        if ctype == "message/rfc822":
            continue
        if part.get_content_maintype() == "text" and not (fn and ctype not in ("text/plain", "text/html")):
            txt = part.get_content()
            assert isinstance(txt, str)
            out.append(strip_html(txt) if ctype == "text/html" else txt)
        if part.defects:
            raise AssertionError("defects in %s: %r" % (ctype, part.defects))


def check_file(path, spec, label):
    raw = open(path, "rb").read()
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    if msg.defects:
        raise AssertionError("%s: top-level defects %r" % (path, msg.defects))
    subj = str(msg["subject"] or "")
    assert subj.strip(), "empty subject"
    assert norm(subj) == norm(spec["subject"]), "subject mismatch: %r vs %r" % (subj, spec["subject"])
    assert "intake@ccm-isu.example" in str(msg["to"]), "wrong recipient"
    frm = msg["from"]
    assert frm.addresses[0].addr_spec == spec["from"][1], "from mismatch"
    if spec["from"][0]:
        assert norm(frm.addresses[0].display_name) == norm(spec["from"][0]), "display name mismatch %r" % frm.addresses[0].display_name
    texts, names = [], []
    decoded_texts(msg, texts, names)
    alltext = norm(" ".join(texts))
    # the key sentence must survive encoding
    source = spec.get("body", {}).get("text") or spec.get("body", {}).get("html") or spec.get("special", {}).get("human", "")
    if spec.get("body", {}).get("form") == "html":
        source = strip_html(spec["body"]["html"] if spec["body"].get("html") else spec["body"]["text"])
    paras = [norm(p) for p in blocks_of(source)]
    longest = max(paras, key=len)
    probe = longest[:60]
    assert probe in alltext, "probe not found: %r" % probe
    for c in spec.get("check", []):
        assert norm(c) in alltext, "check string missing: %r" % c
    for att in spec.get("attachments", []):
        assert att["name"] in names, "attachment name %r not recovered (%r)" % (att["name"], names)
    if spec.get("forward"):
        inner = [p for p in msg.walk() if p.get_content_type() == "message/rfc822"]
        assert inner, "forwarded message/rfc822 missing"
        it, _n = [], []
        decoded_texts(inner[0].get_content(), it, _n)
        fprobe = norm(max(blocks_of(spec["forward"]["body"]["text"]), key=len))[:60]
        assert fprobe in norm(" ".join(it)), "forward probe missing"
    if spec.get("reply_to_ack"):
        assert msg["in-reply-to"] and "[%s]" % spec["reply_to_ack"] in subj
    crlf = not spec.get("lf")
    if crlf:
        assert b"\r\n" in raw and raw.count(b"\n") == raw.count(b"\r\n"), "expected CRLF"
    else:
        assert b"\r\n" not in raw, "expected LF"
    # label sanity
    assert label["topic"] in TOPICS
    assert label["language"] in LANGS
    assert isinstance(label["secondary"], list) and all(s in TOPICS for s in label["secondary"])
    assert label["topic"] not in label["secondary"]
    if label["hard"]:
        mm = re.match(r"^HARD\(([a-z0-9_,]+)\): \S", label["note"])
        assert mm, "hard note must start with HARD(kind): "
        for k in mm.group(1).split(","):
            assert k in KINDS, "unknown kind %s" % k
    else:
        assert not label["note"].startswith("HARD("), "non-hard note with HARD prefix"
    return msg


# --------------------------------------------------------------------------
# statistics and README
# --------------------------------------------------------------------------

def structure_of(msg):
    ct = msg.get_content_type()
    if ct == "multipart/mixed":
        inner = [p.get_content_type() for p in msg.iter_parts()]
        if "message/rfc822" in inner:
            return "multipart/mixed + message/rfc822"
        return "multipart/mixed + attachments"
    return ct


def stats(msgs, labels, raws):
    from collections import Counter
    st = Counter()
    att = Counter()
    cte = Counter()
    cs = Counter()
    hdr = Counter()
    le = Counter()
    for name, msg in msgs.items():
        st[structure_of(msg)] += 1
        for p in msg.walk():
            fn = p.get_filename()
            if fn:
                att[fn.rsplit(".", 1)[-1].lower()] += 1
                if not is_ascii(fn):
                    att["non-ASCII name (RFC 2231)"] += 1
            if p.is_multipart() or p.get_content_maintype() == "message":
                continue
            if p.get_content_maintype() == "text" and not p.get_filename():
                cte[str(p.get("content-transfer-encoding", "7bit")).lower()] += 1
                cs[(p.get_param("charset") or "us-ascii").lower()] += 1
        raw = raws[name]
        head = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0].decode("ascii", "replace")
        head = head.replace("\r\n", "\n")
        for hname in ("Subject", "From"):
            hl = re.search(r"(?ms)^%s:(.*?)(?=^\S)" % hname, head + "\nX:")
            if hl and "=?" in hl.group(1):
                words = set(re.findall(r"=\?([^?]+)\?([QqBb])\?", hl.group(1)))
                for c in sorted(words):
                    hdr["%s %s %s" % (hname, c[0].lower(), c[1].upper())] += 1
                if len(re.findall(r"=\?[^?]+\?[QqBb]\?[^?]*\?=", hl.group(1))) > 1:
                    hdr["%s split over several encoded-words" % hname] += 1
        le["CRLF" if b"\r\n" in raw else "LF"] += 1
    return st, cte, cs, hdr, le, att


def write_readme(labels, msgs, raws):
    from collections import Counter
    order = ["en", "fr", "es", "ar", "pt", "ru", "de"]
    lines = []
    lines.append("| topic | " + " | ".join(order) + " | total | hard |")
    lines.append("| --- | " + " | ".join("---:" for _ in order) + " | ---: | ---: |")
    tot = Counter()
    for t in TOPICS:
        row = [sum(1 for l in labels.values() if l["topic"] == t and l["language"] == lg) for lg in order]
        n = sum(row)
        h = sum(1 for l in labels.values() if l["topic"] == t and l["hard"])
        for lg, v in zip(order, row):
            tot[lg] += v
        tot["total"] += n
        tot["hard"] += h
        lines.append("| `%s` | %s | %d | %d |" % (t, " | ".join(str(v) for v in row), n, h))
    lines.append("| **total** | %s | %d | %d |" % (" | ".join(str(tot[lg]) for lg in order), tot["total"], tot["hard"]))
    table = "\n".join(lines)
    kinds = Counter()
    for l in labels.values():
        if l["hard"]:
            for k in re.match(r"HARD\(([^)]*)\)", l["note"]).group(1).split(","):
                kinds[k] += 1
    kinds_s = ", ".join("`%s` %d" % (k, kinds[k]) for k in sorted(kinds))
    st, cte, cs, hdr, le, att = stats(msgs, labels, raws)
    fmt = lambda c: ", ".join("%s %d" % (k, v) for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
    styles = Counter()
    for spec in corpus_data.MESSAGES:
        for s in spec.get("style", []):
            styles[s] += 1
    text = README_TEMPLATE.format(
        n=len(labels), hard=tot["hard"], table=table, kinds=kinds_s,
        structures=fmt(st), ctes=fmt(cte), charsets=fmt(cs), subjects=fmt(hdr) or "none",
        line_endings=fmt(le), styles=fmt(styles), attachments=fmt(att))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(text)


README_TEMPLATE = """# blind17: independent held-out test corpus for the CCM intake classifier

{n} hand-written e-mails addressed to `intake@ccm-isu.example`, with gold labels
in `labels.json` (same format and label scheme as the development corpus in
`/work/shared/corpus/dev/`).

**Written blind.**  This set was written without reading the classifier or the
service: nothing under `/work/main/intake/`, `/work/main/routing_rules/`,
`/work/main/templates/`, `/work/main/tests/`, `/work/main/bench/` (other than
this directory), nor `/work/shared/SPEC.md` or `/work/shared/DESIGN.md`, was
opened, and no classifier was run.  Only the dev corpus README (label scheme
and labelling rules) and a handful of dev messages (format only) were read.
No dev message was copied or paraphrased: senders, States, situations and
wordings are new.

## What this set stresses

The emphasis is on *variety of writers and wordings* rather than on the usual
keywords:

* **Non-native English** by French, Spanish, Arabic and Russian speakers
  (calqued grammar, "for justify", "we can not", "the small bombs").
* **Very short messages** (one to three lines, often from a phone), some with
  only an Article number ("Art. 3 deadline", "Art. 7", "Art. 9",
  "artículo 4") and no other topic word.
* **Very long formal letters** (notes from missions, ministers, legal
  advisers) whose only ask is in the last paragraph, after paragraphs that
  recount other topics.
* **Paraphrase instead of the usual terms**: "old aviation bombs which open in
  the air" in a damp depot, "fields that the farmers do not use", "people
  injured years ago" whose "artificial legs" no longer fit, "the document we
  send every year to New York", "a text of law" for parliament, "engins tombés
  du ciel", "proyectiles con decenas de cargas pequeñas".
* **Problems instead of requests** ("the environmental authority refused the
  permit", "nobody knows how the report was filled in", "customs could not hold
  the containers").
* **Follow-ups** with the case reference in the subject and `In-Reply-To`,
  with the reference only in the body, and with no reference at all.
* **Robots and bulk mail that look personal**: a fundraising mail titled
  "Quick question for you", phishing that imitates a reply on an intake case,
  an out-of-office reply without auto headers that looks like a thread reply;
  and the reverse, a genuine request sent through a bulk-mailing tool.
* Misleading subjects (the writer says the subject is stale), attachment-name
  only hints, inline and attached forwards, and legacy charsets
  (windows-1252, windows-1251, windows-1256, koi8-r, iso-8859-1).

Labels are what a careful ISU staff member would decide: what does the sender
need help with?  Messages that could be read two ways were rewritten until
one reading was clearly intended; messages that weigh several topics equally
are `general` (`ambiguous_general`).

## Counts

{n} messages, {hard} marked hard.

{table}

Hard-case kinds: {kinds}

Writing-style tags (a message can have several; see `style` in
`corpus_data.py`): {styles}

## Format statistics

* Top-level structure: {structures}
* Text parts by Content-Transfer-Encoding (all levels, attachments
  excluded): {ctes}
* Text parts by charset: {charsets}
* RFC 2047 encoded headers (messages): {subjects}
* Attachments: {attachments}
* Line endings: {line_endings}

Every file is one raw RFC 5322 message and parses with Python's `email`
package (`policy=email.policy.default`) without defects.  Attachments are
placeholders (a minimal PDF, a tiny OOXML zip); only their names matter.
All States, people, organisations, domains (`*.example`) and phone numbers
(+999 ...) are invented.  File names are opaque and the file order is
shuffled with a fixed seed.

## Files

* `corpus_data.py`: content and gold label of every message (data only).
* `generate.py`: builds `m-0001.eml` ... `m-{n:04d}.eml`, `labels.json` and
  this README deterministically (seeded Message-IDs, boundaries, queue ids
  and file order), then parses every file back with `email.policy.default`
  and checks it (no defects, subject and sender decode to the intended text,
  a sentence of the body survives decoding, attachment names are recovered,
  In-Reply-To present on replies, line endings, label well-formed).
* `labels.json`: gold labels (`topic`, `secondary`, `language`, `hard`, `note`).

Regenerate with:

    /work/main/.venv/bin/python -B /work/main/bench/blind17/generate.py
"""


# --------------------------------------------------------------------------

def main():
    specs = corpus_data.MESSAGES
    keys = [s["key"] for s in specs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    order = list(range(len(specs)))
    random.Random(ORDER_SEED).shuffle(order)
    for old in glob.glob(os.path.join(HERE, "m-*.eml")):
        os.remove(old)
    labels, msgs, raws = {}, {}, {}
    for fileno, idx in enumerate(order, start=1):
        spec = specs[idx]
        name = "m-%04d.eml" % fileno
        rng = random.Random("%s/%s" % (SEED, spec["key"]))
        msg = build_message(spec, rng, spec["label"]["language"])
        raw = serialize(msg, crlf=not spec.get("lf"))
        path = os.path.join(HERE, name)
        with open(path, "wb") as f:
            f.write(raw)
        lab = spec["label"]
        labels[name] = {"topic": lab["topic"], "secondary": list(lab.get("secondary", [])),
                        "language": lab["language"], "hard": bool(lab["hard"]), "note": lab["note"]}
        raws[name] = raw
    errors = 0
    for fileno, idx in enumerate(order, start=1):
        name = "m-%04d.eml" % fileno
        try:
            msgs[name] = check_file(os.path.join(HERE, name), specs[idx], labels[name])
        except Exception as e:  # report all problems, then fail
            errors += 1
            print("CHECK FAILED %s (%s): %s" % (name, specs[idx]["key"], e))
    if errors:
        sys.exit("%d file(s) failed the checks" % errors)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False, sort_keys=True)
        f.write("\n")
    write_readme(labels, msgs, raws)
    print("wrote %d messages, %d hard, to %s" % (len(labels), sum(l["hard"] for l in labels.values()), HERE))


if __name__ == "__main__":
    main()
