#!/usr/bin/env python3
"""Build blind19: m-0001.eml ... m-0080.eml and labels.json from corpus_data.py.

Deterministic: seeded Message-IDs, boundaries, dates and file order.
Then every file is parsed back with email.policy.default and checked.
"""
import base64, html, io, json, os, quopri, random, sys, zipfile
from email import policy
from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.message import MIMEMessage
from email.parser import BytesParser, Parser
from email.utils import formataddr, format_datetime
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from corpus_data import MESSAGES  # noqa: E402

SEED = 1919
INTAKE = "CCM Implementation Support Unit <intake@ccm-isu.example>"
LANG_UA = {"en": "Microsoft Outlook 16.0", "fr": "Mozilla Thunderbird", "es": "Microsoft Outlook 16.0",
           "pt": "Mozilla Thunderbird", "ar": "Microsoft Outlook 16.0", "ru": "Mozilla Thunderbird",
           "de": "Mozilla Thunderbird"}
CTYPES = {"pdf": ("application", "pdf"),
          "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
          "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")}


def enc_header(text, charset="utf-8", name=None):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        if name:
            return Header(text, charset, header_name=name)
        return Header(text, charset).encode(maxlinelen=76)


def addr(name, email, charset="utf-8"):
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


def text_part(text, subtype, charset, cte):
    m = Message()
    m["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    raw = text.encode(charset)
    if cte == "b64":
        m["Content-Transfer-Encoding"] = "base64"
        m.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "qp":
        m["Content-Transfer-Encoding"] = "quoted-printable"
        m.set_payload(quopri.encodestring(raw).decode("ascii"))
    else:
        if cte == "7bit":
            raw.decode("ascii")  # must be ASCII
        m["Content-Transfer-Encoding"] = cte
        m.set_payload(raw.decode("ascii", "surrogateescape"))
    return m


def to_html(text):
    paras = text.strip().split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + "\n".join(out) + "\n</body></html>\n")


def placeholder(kind, name):
    if kind == "pdf":
        return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                b"trailer<</Root 1 0 R>>\n%%EOF\n")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        zi = zipfile.ZipInfo("[Content_Types].xml", date_time=(2026, 1, 1, 0, 0, 0))
        z.writestr(zi, '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        zi = zipfile.ZipInfo("docProps/app.xml", date_time=(2026, 1, 1, 0, 0, 0))
        z.writestr(zi, "<Properties><Application>placeholder %s</Application></Properties>" % html.escape(name))
    return buf.getvalue()


def attachment(name, kind):
    main, sub = CTYPES[kind]
    m = Message()
    m["Content-Type"] = f"{main}/{sub}"
    try:
        name.encode("ascii")
        m.add_header("Content-Disposition", "attachment", filename=name)
        m.set_param("name", name)
    except UnicodeEncodeError:
        m.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
        m.set_param("name", ("utf-8", "", name))
    m["Content-Transfer-Encoding"] = "base64"
    m.set_payload(base64.encodebytes(placeholder(kind, name)).decode("ascii"))
    return m


def multipart(sub, parts, rng, **params):
    m = Message()
    m["Content-Type"] = f"multipart/{sub}"
    for k, v in params.items():
        m.set_param(k.replace("_", "-"), v)
    m.set_boundary("----=_Part_%d_%d.%d" % (rng.randint(10000, 99999), rng.randint(10**8, 10**9), rng.randint(10**12, 10**13)))
    for p in parts:
        m.attach(p)
    return m


def build(d, idx, rng, when):
    fmt, cs, cte = d["fmt"], d["charset"], d["cte"]
    name, email = d["frm"]
    domain = email.split("@")[1]
    if fmt == "plain":
        msg = text_part(d["body"], "plain", cs, cte)
    elif fmt == "html":
        msg = text_part(d["body"], "html", cs, cte)
    elif fmt == "alt":
        msg = multipart("alternative", [text_part(d["body"], "plain", cs, cte),
                                        text_part(to_html(d["body"]), "html", cs, cte)], rng)
    elif fmt == "mixed":
        body = text_part(d["body"], "plain", cs, cte)
        if idx % 2:
            body = multipart("alternative", [body, text_part(to_html(d["body"]), "html", cs, cte)], rng)
        msg = multipart("mixed", [body] + [attachment(n, k) for n, k in d["attachments"]], rng)
    elif fmt == "fwd822":
        inn = d["inner"]
        inner = text_part(inn["body"], "plain", "utf-8", "qp")
        inner["From"] = addr(*inn["frm"])
        inner["To"] = addr(*inn["to"])
        inner["Subject"] = enc_header(inn["subject"], "utf-8", "Subject")
        inner["Date"] = inn["date"]
        inner["Message-ID"] = "<%016x@%s>" % (rng.getrandbits(64), inn["frm"][1].split("@")[1])
        inner["MIME-Version"] = "1.0"
        att = MIMEMessage(inner)
        fn = inn["subject"].replace(":", "").replace("/", "-") + ".eml"
        try:
            fn.encode("ascii")
            att.add_header("Content-Disposition", "attachment", filename=fn)
        except UnicodeEncodeError:
            att.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fn))
        msg = multipart("mixed", [text_part(d["body"], "plain", cs, cte), att], rng)
    elif fmt == "dsn":
        x = d["dsn"]
        ds = Parser().parsestr(
            "Content-Type: message/delivery-status\n\n"
            f"Reporting-MTA: dns; {x['mta']}\nArrival-Date: {format_datetime(when)}\n\n"
            f"Final-Recipient: rfc822; {x['rcpt']}\nAction: failed\nStatus: {x['status']}\n"
            f"Diagnostic-Code: {x['diag']}\n")
        hdrs = Message()
        hdrs["Content-Type"] = "text/rfc822-headers"
        hdrs.set_payload("From: CCM Implementation Support Unit <no-reply@ccm-isu.example>\n"
                         f"To: {x['rcpt']}\nSubject: {enc_header(x['orig_subject'])}\n"
                         f"Date: {format_datetime(when - datetime.timedelta(seconds=40))}\n"
                         "Message-ID: <ccm-ack.%08x@ccm-isu.example>\n" % rng.getrandbits(32))
        msg = multipart("report", [text_part(d["body"], "plain", cs, cte), ds, hdrs], rng,
                        report_type="delivery-status")
    elif fmt == "mdn":
        x = d["mdn"]
        mdn = Message()
        mdn["Content-Type"] = "message/disposition-notification"
        mdn.set_payload(f"Reporting-UA: {domain}; Microsoft Outlook 16.0\n"
                        f"Final-Recipient: rfc822;{x['orig_rcpt']}\nOriginal-Message-ID: {x['orig_mid']}\n"
                        "Disposition: manual-action/MDN-sent-manually; displayed\n")
        msg = multipart("report", [text_part(d["body"], "plain", cs, cte), mdn], rng,
                        report_type="disposition-notification")
    else:
        raise ValueError(fmt)

    # top-level headers (in front of the content headers)
    content_hdrs = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    ip = "%s.%d" % (rng.choice(["198.51.100", "203.0.113", "192.0.2"]), rng.randint(2, 250))
    mx_host = "mail." + domain if not domain.startswith(("mail.", "mx.", "relay.")) else domain
    qid = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(12))
    if d.get("return_path"):
        msg["Return-Path"] = d["return_path"]
    msg["Received"] = (f"from {mx_host} ({mx_host} [{ip}]) by mx1.ccm-isu.example (Postfix) with ESMTPS id {qid} "
                       f"for <intake@ccm-isu.example>; {format_datetime(when + datetime.timedelta(seconds=rng.randint(3, 20)))}")
    msg["From"] = addr(name, email, cs if cs != "us-ascii" else "utf-8")
    msg["To"] = INTAKE
    msg["Subject"] = enc_header(d["subject"], d.get("subject_charset", "utf-8"), "Subject")
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = "<%08x-%04x-%04x.%d@%s>" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16),
                                                   rng.randint(1000, 9999), domain)
    if d.get("reply_ack"):
        ref = "<%s.ack@ccm-isu.example>" % d["reply_ack"].lower()
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in d.get("headers", {}).items():
        msg[k] = v
    if d["topic"] != "not_an_enquiry":
        msg["User-Agent" if "Thunderbird" in LANG_UA[d["lang"]] else "X-Mailer"] = LANG_UA[d["lang"]]
    msg["MIME-Version"] = "1.0"
    for k, v in content_hdrs:
        msg[k] = v
    return msg


def main():
    rng = random.Random(SEED)
    order = list(range(len(MESSAGES)))
    rng.shuffle(order)
    for f in os.listdir(HERE):
        if f.startswith("m-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    base = datetime.datetime(2026, 9, 1, 8, 0, tzinfo=datetime.timezone.utc)
    for n, i in enumerate(order, 1):
        d = MESSAGES[i]
        tz = datetime.timezone(datetime.timedelta(hours=rng.choice([-5, -3, 0, 1, 2, 3])))
        when = (base + datetime.timedelta(minutes=rng.randint(0, 60 * 24 * 50))).astimezone(tz).replace(microsecond=0)
        msg = build(d, n, rng, when)
        fname = "m-%04d.eml" % n
        linesep = "\n" if n % 5 == 0 else "\r\n"
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, policy=policy.compat32.clone(linesep=linesep, max_line_length=78)).flatten(msg)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(buf.getvalue())
        labels[fname] = {"topic": d["topic"], "secondary": d["secondary"], "language": d["lang"],
                         "hard": d["hard"], "note": d["note"]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")
    check(labels, order)


def check(labels, order):
    topics = {"stockpile_destruction", "clearance", "victim_assistance", "reporting", "legislation", "general", "not_an_enquiry"}
    errors = 0
    for n, i in enumerate(order, 1):
        fname = "m-%04d.eml" % n
        d = MESSAGES[i]
        with open(os.path.join(HERE, fname), "rb") as fh:
            m = BytesParser(policy=policy.default).parse(fh)
        lab = labels.get(fname)
        probs = []
        if not lab or lab["topic"] not in topics:
            probs.append("label missing/bad")
        if lab and lab["hard"] != lab["note"].startswith("HARD("):
            probs.append("hard/note mismatch")
        if str(m["subject"]) != d["subject"]:
            probs.append("subject %r" % str(m["subject"]))
        if m.defects:
            probs.append("defects %r" % m.defects)
        texts = []
        for part in m.walk():
            if part.get_content_maintype() == "text":
                t = part.get_content()
                if "\ufffd" in t:
                    probs.append("replacement char in %s" % part.get_content_type())
                texts.append(t)
            elif part.get_content_disposition() == "attachment" and part.get_content_maintype() == "application":
                if not part.get_filename() or not part.get_content():
                    probs.append("bad attachment")
        if not texts:
            probs.append("no text part")
        first = d["body"].strip().splitlines()[0].strip()
        if d["fmt"] != "html" and not any(first in t for t in texts):
            probs.append("body text not found")
        if probs:
            errors += 1
            print(fname, d["key"], probs)
    print("checked %d files, %d with problems" % (len(order), errors))
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
