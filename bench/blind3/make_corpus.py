#!/usr/bin/env python3
"""Deterministic generator for the "blind3" labelled test corpus of the CCM intake.

Writes d-0001.eml ... d-0080.eml and labels.json (keys: topic, secondary,
language, hard, note) into the folder of this script, or into the folder given
as the first argument.  Python standard library only; the output is byte-for-byte
identical from one run to the next (fixed seed, fixed dates, fixed MIME
boundaries, fixed Message-IDs).

The corpus was written independently of the classifier: every message is a
hand-written imitation of what a real sender might write, not a list of
keywords.  All people, States, organisations and domains are invented.
"""
import hashlib
import json
import os
import random
import sys
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

INTAKE = "intake@ccm-isu.example"
SEED = 20250611
TOPICS = ("stockpile_destruction", "clearance", "victim_assistance", "reporting",
          "legislation", "general", "not_an_enquiry")

MESSAGES = []


def m(**kw):
    """Register one message specification."""
    MESSAGES.append(kw)


def T(s):
    """Strip the leading newline of a triple-quoted block."""
    return s[1:] if s.startswith("\n") else s


def dt(y, mo, d, h, mi, s=0, tz=60):
    return datetime(y, mo, d, h, mi, s, tzinfo=timezone(timedelta(minutes=tz)))


def _digest(*parts):
    h = hashlib.sha256()
    for p in parts:
        h.update(str(p).encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


def stub(filename, size=3000):
    """Deterministic binary stand-in for an attachment, with a plausible magic number."""
    ext = filename.rsplit(".", 1)[-1].lower()
    body = b""
    seed = filename.encode("utf-8")
    while len(body) < size:
        seed = hashlib.sha256(seed).digest()
        body += seed
    body = body[:size]
    if ext in ("xlsx", "docx", "zip", "pptx"):
        return b"PK\x03\x04\x14\x00\x06\x00" + body
    if ext == "pdf":
        title = filename.encode("ascii", "replace")
        return (b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Title (" + title +
                b") /Producer (Microsoft Word) >>\nendobj\n2 0 obj\n<< /Length 3000 >>\nstream\n" +
                body + b"\nendstream\nendobj\ntrailer\n<< /Info 1 0 R >>\n%%EOF\n")
    if ext in ("jpg", "jpeg"):
        return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + body + b"\xff\xd9"
    if ext == "png":
        return b"\x89PNG\r\n\x1a\n" + body
    if ext == "doc" or ext == "xls":
        return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + body
    return body


CTYPES = {
    "pdf": ("application", "pdf"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "pptx": ("application", "vnd.openxmlformats-officedocument.presentationml.presentation"),
    "zip": ("application", "zip"),
    "jpg": ("image", "jpeg"),
    "png": ("image", "png"),
    "doc": ("application", "msword"),
    "xls": ("application", "vnd.ms-excel"),
}


def text_to_html(text):
    """Rough Outlook-like HTML rendering of a plain text body (for multipart/alternative)."""
    import html as _html
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
           '</head><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    for p in paras:
        out.append("<p>" + "<br>\n".join(_html.escape(line) for line in p.split("\n")) + "</p>")
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def msgid(spec, style):
    d = spec["date"].strftime("%Y%m%d%H%M%S")
    h = _digest(spec["key"], spec["subject"])
    dom = spec["frm"][1].split("@", 1)[1]
    if style == 0:
        return "<%s.%s@%s>" % (d, h[:12].upper(), dom)
    if style == 1:
        return "<%s%s@%s.prod.outlook.example>" % (h[:4].upper(), h[4:30].upper(),
                                                   "EUR0%sPR%s" % (h[30], h[31:34].upper()))
    if style == 2:
        return "<CA+%s%s=%s@mail.gmail.example>" % (h[:18], h[18:30].upper(), h[30:40])
    return "<%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:24], dom)


def received(spec, n):
    dom = spec["frm"][1].split("@", 1)[1]
    h = _digest("rcv", spec["key"])
    ip = "%s.%d" % (("192.0.2", "198.51.100", "203.0.113")[n % 3], 10 + int(h[:2], 16) % 240)
    when = spec["date"] + timedelta(seconds=3 + int(h[2:4], 16) % 50)
    return ("from mail.%s (mail.%s [%s]) by mx1.ccm-isu.example (Postfix) with ESMTPS id %s "
            "for <%s>; %s" % (dom, dom, ip, h[4:14].upper(), INTAKE, format_datetime(when)))


def set_boundaries(msg, n):
    k = 0
    for part in msg.walk():
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            part.set_boundary("=_Part_%d_%d.%s" % (n, k, _digest("b", n, k)[:10]))
            k += 1


def build(spec, n):
    if "raw" in spec:
        return spec["raw"](spec).encode(spec.get("raw_charset", "utf-8"))
    cs = spec.get("charset", "utf-8")
    hcs = spec.get("hdr_charset")  # legacy charset for Subject/From encoded words
    msg = EmailMessage()
    if not spec.get("no_received"):
        msg["Received"] = received(spec, n)
    name, addr = spec["frm"]
    msg["From"] = "__FROM__"
    msg["To"] = spec.get("to", INTAKE)
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    msg["Subject"] = "__SUBJ__"
    msg["Date"] = format_datetime(spec["date"])
    msg["Message-ID"] = spec.get("message_id") or msgid(spec, n % 4)
    for k, v in spec.get("headers", []):
        msg[k] = v
    html = spec.get("html")
    if spec.get("html_only"):
        msg.set_content(html, subtype="html", charset=cs)
    else:
        msg.set_content(spec["body"], charset=cs, cte=spec.get("cte"))
        if spec.get("alt"):
            msg.add_alternative(html or text_to_html(spec["body"]), subtype="html", charset=cs)
    if "attach_msg" in spec:
        msg.add_attachment(spec["attach_msg"](spec))
    for att in spec.get("attachments", []):
        if isinstance(att, str):
            fn, data, ctype = att, stub(att), None
        else:
            fn, data, ctype = att
        if ctype is None:
            ctype = CTYPES.get(fn.rsplit(".", 1)[-1].lower(), ("application", "octet-stream"))
        if isinstance(data, str):
            msg.add_attachment(data, subtype=ctype[1], filename=fn)
        else:
            msg.add_attachment(data, maintype=ctype[0], subtype=ctype[1], filename=fn)
    set_boundaries(msg, n)
    data = msg.as_bytes(policy=policy.default)
    # Subject and From are written by hand so that legacy charsets survive and
    # folding looks like a common mail client's (no empty first line).
    subj = fold_subject(spec["subject"], hcs or "utf-8")
    data = data.replace(b"Subject: __SUBJ__\n", b"Subject: " + subj.encode("ascii") + b"\n", 1)
    frm = from_header(name, addr, hcs or "utf-8")
    data = data.replace(b"From: __FROM__\n", b"From: " + frm.encode("ascii") + b"\n", 1)
    return data


def fold_subject(s, cs):
    try:
        s.encode("ascii")
    except UnicodeEncodeError:
        return Header(s, cs, header_name="Subject").encode(linesep="\n")
    lines, cur, width = [], "", len("Subject: ")
    for word in s.split(" "):
        if cur and width + len(cur) + 1 + len(word) > 78:
            lines.append(cur)
            cur, width = word, 1
        else:
            cur = cur + " " + word if cur else word
    lines.append(cur)
    return "\n ".join(lines)


def from_header(name, addr, cs):
    if not name:
        return addr
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return Header(name, cs, header_name="From").encode(linesep="\n") + " <%s>" % addr
    return str(Address(display_name=name, addr_spec=addr))


def enc(s, cs="utf-8"):
    """Encoded-word for hand-written raw headers (ASCII passes through)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode(linesep="\n")


# ---------------------------------------------------------------------------
# Message specifications.  Keys: key (internal), topic, secondary, lang, hard,
# note, frm=(display name, address), subject, date, body / html / html_only /
# alt, charset, hdr_charset, headers, cc, attachments, attach_msg, raw.
# ---------------------------------------------------------------------------

# ===================== stockpile_destruction (12) =====================

m(key="S1", topic="stockpile_destruction", secondary=[], lang="en", hard=False,
  note="MoD holds old 155 mm cargo rounds with DPICM grenades and asks for an expert assessment and a safe disposal method",
  frm=("Lt Col Aaron Mbeki-Hale", "a.mbekihale@mod.lanmoor.example"),
  subject="Old cargo rounds at Kestle depot - request for technical help",
  date=dt(2025, 1, 14, 9, 12, 44, 0),
  headers=[("X-Mailer", "Microsoft Outlook 16.0")],
  body=T("""
Dear colleagues,

I am the officer in charge of conventional ammunition management at the Ministry of Defence of the Republic of Lanmoor.

During an inventory last autumn we confirmed that we still hold a quantity of old artillery-delivered cargo rounds (155 mm, each carrying 49 dual-purpose grenades) at the Kestle depot. They were bought in the 1980s and have not been moved since. Storage conditions are poor and several pallets show corrosion around the fuze well. We count roughly 2,300 rounds.

We have no experience with taking this kind of round apart. Our EOD section can burn or detonate small quantities in the open, but we are not convinced that this is the right method for grenades of this type, and the depot is only 4 km from Kestle town.

We would be grateful if you could help us find an expert who could come and look at the stock and advise on a safe way to get rid of it, and if possible an organisation that might fund the work.

Kind regards,

Lt Col Aaron Mbeki-Hale
Head, Ammunition Management Branch
Ministry of Defence, Republic of Lanmoor
Tel. +000 21 555 0193

This e-mail may contain official information. If you are not the intended recipient please delete it and inform the sender.
"""))

m(key="S2", topic="stockpile_destruction", secondary=["reporting", "general"], lang="fr", hard=True,
  note="HARD(preamble): note verbale whose preamble covers the MSP, the transparency report and universalisation; the ask in the last paragraph is help to destroy 640 remaining aerial bombs",
  frm=("Mission permanente de la République de Valonie", "mission.geneve@diplo.valonie.example"),
  subject="Note verbale n° 2025/117/VAL",
  date=dt(2025, 3, 3, 16, 40, 2, 60),
  charset="windows-1252", hdr_charset="windows-1252",
  attachments=["NV_2025-117_VAL.pdf"],
  body=T("""
N° 2025/117/VAL

La Mission permanente de la République de Valonie auprès de l’Office des Nations Unies et des autres organisations internationales à Genève présente ses compliments à l’Unité d’appui à l’application de la Convention sur les armes à sous-munitions et a l’honneur de se référer à la onzième Assemblée des États parties ainsi qu’aux engagements pris par la République de Valonie au titre du Plan d’action de Lausanne.

La Mission permanente tient à rappeler que la République de Valonie a soumis dans les délais son rapport annuel au titre des mesures de transparence, lequel fait état de l’ensemble des stocks encore détenus au 31 décembre ainsi que des progrès accomplis au cours de l’année écoulée. Elle réaffirme par ailleurs son attachement à l’universalisation de la Convention et sa disponibilité à partager son expérience avec les États de la sous-région qui envisagent d’y adhérer.

La Mission permanente souhaite en outre informer l’Unité que le Gouvernement a achevé l’inventaire des munitions entreposées sur la base aérienne de Port-Maréchal. Il en ressort que 640 bombes d’aviation à dispersion, de fabrication étrangère, y demeurent en dépôt, ainsi que plusieurs conteneurs partiellement démontés dont l’état ne permet pas un transport par route sans précautions particulières.

Dans ce contexte, la Mission permanente a l’honneur de solliciter le concours de l’Unité afin d’identifier des partenaires techniques et financiers susceptibles d’appuyer l’élimination de ces stocks résiduels avant l’échéance fixée, qu’il s’agisse de la mise à disposition d’une unité mobile de démantèlement ou du financement d’une opération de destruction sur site. La Mission se tient à la disposition de l’Unité pour tout complément d’information.

La Mission permanente de la République de Valonie saisit cette occasion pour renouveler à l’Unité d’appui à l’application les assurances de sa haute considération.

Genève, le 3 mars 2025

(original signé, pièce jointe)
"""))

m(key="S3", topic="stockpile_destruction", secondary=[], lang="en", hard=False,
  note="EOD school asks how many live submunitions it may keep for training and whether they can be passed on",
  frm=("WO1 Priya Ranganathan", "p.ranganathan@tdf.teravia.example"),
  subject="How many can we keep?",
  date=dt(2024, 11, 6, 14, 3, 10, 330),
  body=T("""
Hello,

Our EOD training school at Camp Harrow would like to keep a small number of live submunitions (mostly BLU-97/B and some KB-1 type) out of the batch that is being demilitarised next year, so that instructors can teach recognition and render-safe procedures on real items instead of the inert replicas we use now.

Is there any guidance on what quantity is considered acceptable and what justification we need to give? Our HQ has asked for 400, which seems a lot to me for a school that trains about 30 students a year. Also, once we no longer need them, can we hand the remaining items over to a partner country's training centre, or do they have to be destroyed here?

Thanks in advance,
Priya

WO1 P. Ranganathan
Chief Instructor, Explosive Ordnance Disposal Wing
Teravian Defence Force
"""))

m(key="S4", topic="stockpile_destruction", secondary=[], lang="es", hard=False,
  note="transfer of remaining cluster bombs to a neighbouring State's plant for destruction: procedure and safe transport",
  frm=("Cnel. Ignacio Ferrán Quispe", "iferran@mindef.sanlorenzo.example"),
  subject="Consulta sobre traslado de munición a país vecino",
  date=dt(2025, 2, 18, 10, 27, 55, -300),
  body=T("""
Estimados señores:

Nuestro país no cuenta con instalaciones industriales para la desmilitarización de munición. La República de Costa Serena nos ha ofrecido recibir en su planta de Puerto Ancla las bombas de racimo que todavía mantenemos almacenadas en el polvorín de Cerro Chato (unas 180 bombas tipo CB-500 con sus submuniciones) y destruirlas allí.

Quisiéramos saber qué trámites y garantías se requieren para que este traslado se haga de acuerdo con la Convención, qué documentación debemos intercambiar con el Estado receptor y si la Unidad conoce experiencias parecidas que podamos tomar como modelo. También agradeceríamos datos de organizaciones que puedan apoyar el transporte seguro por carretera, ya que son casi 400 km.

Atentamente,

Cnel. Ignacio Ferrán Quispe
Jefe del Departamento de Material Bélico
Dirección General de Logística - Ministerio de Defensa
República de San Lorenzo del Mar

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y para uso exclusivo de su destinatario.
"""))

m(key="S5", topic="stockpile_destruction", secondary=[], lang="ru", hard=False,
  note="RBK-500/250 bomb cassettes stored past shelf life; asks for experts to compare open detonation and industrial dismantling, and donors",
  frm=("Сомов Виктор Андреевич", "v.somov@mil.zarechye.example"),
  subject="Запрос о технической помощи (утилизация РБК)",
  date=dt(2025, 4, 2, 11, 5, 0, 180),
  cte="8bit", charset="koi8-r", hdr_charset="koi8-r",
  headers=[("X-Mailer", "The Bat! (v9.1.18) Professional")],
  body=T("""
Уважаемые коллеги!

Министерство обороны Республики Заречье обращается к Вам за содействием.

На арсенале под г. Верхнедольск до сих пор хранятся разовые бомбовые кассеты РБК-500 и РБК-250, снаряжённые осколочными и кумулятивными суббоеприпасами, всего около 310 изделий. Гарантийные сроки хранения давно истекли, на части изделий имеются следы коррозии корпусов.

Наши специалисты рассматривают два варианта: подрыв на полигоне Сухая Балка и промышленную разделку с последующим выжиганием ВВ. Опыта работы с такими изделиями у личного состава нет.

Просим оказать помощь в направлении экспертов, которые могли бы оценить оба варианта с точки зрения безопасности и экологии, а также сообщить, какие доноры финансируют подобные работы.

С уважением,
В. А. Сомов
начальник отдела утилизации вооружения и боеприпасов
Министерство обороны Республики Заречье
"""))

m(key="S6", topic="stockpile_destruction", secondary=["legislation"], lang="en", hard=True,
  note="HARD(context_other_topic): asks for review of the national destruction plan; mentions at length that the implementing bill with penalties is being drafted",
  frm=("Dr. Helena Okoro-Brandt", "h.okoro-brandt@ncac.pelagia.example"),
  subject="Pelagia - plan 2025-2027",
  date=dt(2025, 5, 20, 17, 48, 31, 120),
  attachments=["Pelagia_CM_destruction_plan_v0.3.pdf", "Annex2_costing.xlsx"],
  alt=True,
  body=T("""
Dear ISU team,

Following our conversation in the margins of the intersessional meetings, please find attached the first draft of our national plan for getting rid of the cluster munitions still held by the Air Force (mainly BL755-type bombs and a small number of rocket warheads).

Some background, since it explains parts of the plan: the Ministry of Justice is at the same time drafting the implementing bill that will make the prohibitions enforceable under our domestic law, including criminal penalties. Parliament is expected to debate it in the autumn session. The bill also gives our Commission the role of overseeing and certifying the destruction process, which is why the plan refers to the Commission throughout. We will come back to you on the bill separately once the Attorney General has cleared the text.

What we need from you now concerns the plan itself. Could an expert look at the sequencing (we propose to dismantle at Fort Elrin and send the explosive fill for contained burning), the cost estimate in annex 2 and the timeline? We are not sure that 30 months is realistic with the equipment we have. If, after review, the ISU could also share the plan with potential donors, that would be very welcome.

Best regards,

Helena Okoro-Brandt
Deputy Secretary
National Commission for Arms Control
Republic of Pelagia
"""))

m(key="S7", topic="stockpile_destruction", secondary=["reporting"], lang="fr", hard=True,
  note="HARD(quoted_thread): reply in a thread about filling the transparency report; the new ask is how to request an extension of the stockpile destruction deadline",
  frm=("Claire Ndiaye-Rousseau", "c.ndiaye-rousseau@armees.tambera.example"),
  subject="RE: Rapport de transparence 2024 - formulaire B",
  date=dt(2025, 3, 12, 8, 55, 19, 0),
  headers=[("In-Reply-To", "<7c1e0a52-2b11-4f0e-9a0d-0b8f3c0e5d21@ccm-isu.example>"),
           ("References", "<20250306101544.AB12CD34EF56@armees.tambera.example> <7c1e0a52-2b11-4f0e-9a0d-0b8f3c0e5d21@ccm-isu.example>"),
           ("Thread-Topic", "Rapport de transparence 2024 - formulaire B")],
  body=T("""
Bonjour,

Merci pour ces précisions, nous avons corrigé le tableau en conséquence.

Je profite de cet échange pour vous poser une question d'une autre nature. Vu le retard pris par le chantier de démantèlement de Kéniéba (l'atelier pyrotechnique est à l'arrêt depuis la saison des pluies et le prestataire a rapatrié son personnel), il est désormais clair que nous n'aurons pas éliminé la totalité de nos stocks d'ici l'échéance.

Quelle est la procédure pour demander une prolongation du délai ? Faut-il soumettre la demande avant l'Assemblée des États parties, et l'Unité peut-elle nous aider à la préparer (plan de travail révisé, budget, justification) ?

Cordialement,

Claire Ndiaye-Rousseau
Chargée de mission, désarmement conventionnel
Direction des affaires stratégiques - Ministère des Armées
République de Tambéra

-----Message d'origine-----
De : ISU CCM <intake@ccm-isu.example>
Envoyé : lundi 10 mars 2025 11:02
À : Claire Ndiaye-Rousseau <c.ndiaye-rousseau@armees.tambera.example>
Objet : RE: Rapport de transparence 2024 - formulaire B

Madame,

Dans le rapport annuel, les munitions conservées pour la formation sont à déclarer dans le formulaire prévu à cet effet, avec le nombre d'armes et de sous-munitions, et non dans le tableau des stocks restants. Le rapport de l'an dernier peut vous servir de modèle.

Bien à vous,
L'Unité d'appui à l'application

> Nous hésitons sur la manière de déclarer, dans le rapport annuel,
> les 40 sous-munitions conservées pour l'instruction des démineurs.
> Faut-il les inclure dans le total des stocks ?
"""))

m(key="S8", topic="stockpile_destruction", secondary=[], lang="en", hard=True,
  note="HARD(forwarded): one-line cover 'see below' over an MoD message describing retired M26 rocket pods that need demilitarisation help and funding",
  frm=("Tobias Renwick-Aldo", "t.renwick-aldo@mfa.karsovia.example"),
  subject="Fwd: see below",
  date=dt(2024, 10, 9, 15, 21, 7, 120),
  headers=[("X-Mailer", "Apple Mail (2.3774.500.171.1.1)")],
  body=T("""
Dear ISU, see below from our MoD. Could you suggest who might be able to help them? We would like to move before the budget cycle closes in December.

Thanks,
Tobias

Tobias Renwick-Aldo | Disarmament and Non-Proliferation Desk | Ministry of Foreign Affairs of Karsovia

Begin forwarded message:

From: Maj. Ilse Varga <i.varga@mod.karsovia.example>
Subject: M26 pods Grunfeld
Date: 7 October 2024 at 09:14:55 CEST
To: Tobias Renwick-Aldo <t.renwick-aldo@mfa.karsovia.example>

Tobias,

as discussed on the phone: we have 86 pods of M26 rockets (227 mm, six rockets per pod, 644 M77 grenades per rocket) sitting at Grunfeld since the launcher system was retired in 2016. The rocket motors are past their shelf life and last month we had a propellant stability alarm on one lot.

We do not have the capacity to demil the motors or to take out and destroy the grenades in-country. Could you check through MFA channels whether anyone offers this kind of help? We would need both technical support and money, realistically for two or three years.

Regards,
Ilse

Maj. Ilse Varga
Logistics Command, Ammunition Section
"""))

m(key="S9", topic="stockpile_destruction", secondary=[], lang="es", hard=False,
  note="HTML-only: Air Force holds CBU-87 containers with BLU-97/B and needs procedures/advisers to dismantle them",
  frm=("Cap. Mariela Sotomayor Ruiz", "msotomayor@fac.costaserena.example"),
  subject="Solicitud de apoyo técnico - Fuerza Aérea",
  date=dt(2025, 6, 4, 13, 30, 0, -360),
  html_only=True,
  html=T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p>Buenos días:</p>
<p>Le escribo en nombre del Comando de Material de la Fuerza Aérea de la República de Costa Serena.
En el polvorín de la Base Aérea El Mirador conservamos los siguientes artefactos, dados de baja en 2019:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Artefacto</th><th>Cantidad</th><th>Estado</th></tr>
<tr><td>Contenedor CBU-87 (202 submuniciones BLU-97/B c/u)</td><td>42</td><td>Regular, sin espoletas de proximidad</td></tr>
<tr><td>Submuniciones BLU-97/B sueltas</td><td>118</td><td>Recuperadas de contenedores dañados</td></tr>
</table>
<p>Nuestra intención es desarmarlos en el taller de la base y eliminar las cargas por detonación controlada,
pero no tenemos procedimientos escritos ni herramientas para extraer las submuniciones de manera segura.</p>
<p>¿Podría la Unidad ponernos en contacto con algún país u organización que ya haya destruido este modelo
y que pueda compartir sus procedimientos o enviar un equipo de asesoría?</p>
<p>Quedo atenta a sus comentarios.</p>
<p style="color:#1f3864"><b>Cap. Mariela Sotomayor Ruiz</b><br>Oficial de Municiones<br>
Comando de Material - Fuerza Aérea de Costa Serena<br>Tel. +000 2 4410 877</p>
<p style="font-size:8pt;color:#808080">Antes de imprimir este correo piense en el medio ambiente.</p>
</body></html>
"""))

m(key="S10", topic="stockpile_destruction", secondary=[], lang="de", hard=False,
  note="remaining artillery shells with bomblets must be destroyed by end-2026; national plant lacks a permit; asks for an industrial partner or State able to take them",
  frm=("Oberstleutnant Dr. Markus Feldhaus", "m.feldhaus@bmvg.waldstein.example"),
  subject="Anfrage: Vernichtung von Altbeständen",
  date=dt(2025, 2, 25, 10, 2, 40, 60),
  body=T("""
Sehr geehrte Damen und Herren,

die Streitkräfte der Republik Waldstein verfügen noch über Restbestände an Streumunition (Artilleriegeschosse 155 mm mit Bomblets sowie einige Raketengefechtsköpfe), die bis Ende 2026 vollständig vernichtet sein sollen.

Eine Delaborierung im Inland ist derzeit nicht möglich: Die einzige geeignete Anlage in Breitenau besitzt keine immissionsschutzrechtliche Genehmigung für das Verbrennen der Explosivstoffe, und das Genehmigungsverfahren dauert voraussichtlich mehr als zwei Jahre.

Wir bitten die ISU daher um Unterstützung bei der Suche nach einem Industriepartner oder einem Vertragsstaat, der die Munition übernehmen und in seiner Anlage zerlegen könnte, sowie um Hinweise auf Erfahrungen anderer Staaten mit vergleichbaren Vorhaben (Transport, Kosten, Nachweis der Vernichtung).

Mit freundlichen Grüßen

Oberstleutnant Dr. Markus Feldhaus
Referat Munitionswirtschaft und Entsorgung
Ministerium der Verteidigung der Republik Waldstein

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.
"""))

m(key="S11", topic="stockpile_destruction", secondary=[], lang="pt", hard=False,
  note="aircraft bombs and artillery rounds with submunitions in a depot next to a neighbourhood; asks for an expert mission and donors for destruction",
  frm=("Maj. Joaquim Tavares Neto", "jtavares@emgfa.caboaurora.example"),
  subject="Pedido de apoio",
  date=dt(2025, 1, 29, 12, 16, 3, -60),
  body=T("""
Exmos. Senhores,

Venho por este meio, em nome do Estado-Maior General das Forças Armadas da República de Cabo Aurora, solicitar o apoio da Unidade de Apoio à Implementação.

No paiol central de Vila Nova continuam armazenadas bombas de aviação do tipo BL-755 e granadas de artilharia com submunições herdadas da antiga Força Aérea. O nosso pessoal de inactivação de engenhos explosivos não tem formação para o desmantelamento deste tipo de material e o paiol fica encostado a um bairro residencial que cresceu muito nos últimos anos.

Gostaríamos de saber se é possível receber uma missão de peritos para avaliar o estado do material e propor um método seguro para a sua eliminação, e se existem doadores interessados em financiar a operação.

Com os melhores cumprimentos,

Maj. Joaquim Tavares Neto
Chefe da Repartição de Material de Guerra
EMGFA - República de Cabo Aurora
"""))

m(key="S12", topic="stockpile_destruction", secondary=["reporting"], lang="en", hard=True,
  note="HARD(misleading_subject): subject names the annual report but the body says the report is done and asks for a new contractor/funding to dismantle rockets with submunition warheads",
  frm=("Ruth Adeyemi-Lang", "r.adeyemi-lang@defence.orinoa.example"),
  subject="Article 7 report - Kingdom of Orinoa",
  date=dt(2025, 5, 8, 9, 40, 12, 0),
  body=T("""
Dear Sir/Madam,

Our report went in last week, so this is not about that - my colleagues simply kept the old subject line.

While compiling the figures we realised that the 1,150 Grad-type rockets with submunition warheads that we declared last year as "awaiting destruction" are still in the same bunker at Fort Amaru, because the contractor withdrew from the project in January. We now have to start again: find a new company, or a State that can help us dismantle them, and probably find money too, since the original budget line was returned to the Treasury at the end of the financial year.

Would the ISU be able to point us to States or companies that have recently dealt with 122 mm rockets of this kind, and help us prepare a request for funding?

Regards,

Ruth Adeyemi-Lang
Principal Officer, Arms Control Directorate
Department of Defence, Kingdom of Orinoa

-------------------------------------------------------------
The information in this e-mail is confidential and intended solely for the addressee.
"""))

# ===================== clearance (13) =====================

m(key="C1", topic="clearance", secondary=[], lang="en", hard=False,
  note="bomblets in rice fields in northern districts; asks for support for NTS in 140 villages, then TS and clearance (detectors, team salaries)",
  frm=("Somchai Pradit-Vann", "director@nmaa.suvanna.example"),
  subject="Support for survey in northern provinces",
  date=dt(2024, 12, 3, 10, 15, 0, 420),
  body=T("""
Dear ISU,

The northern districts of Ban Hoi and Nam Kha still have bomblets in the rice fields, left from the bombing in the 1970s. Every planting season farmers hit them when they plough, and last year the district offices registered more than 300 items brought in by villagers themselves, which is of course very dangerous.

Our NMAA has only two technical survey teams for the whole north. We would like to ask for support to (1) carry out non-technical survey in about 140 villages to confirm where the hazardous areas really are, and (2) follow up with technical survey and clearance of the confirmed areas before the next planting season. Equipment (large-loop detectors, vehicles) and salaries for additional teams are the main gaps.

Could you advise which partners might respond to such a request, and whether the ISU could help us present it at the next meeting?

Yours sincerely,

Somchai Pradit-Vann
Director
National Mine Action Authority, Kingdom of Suvanna
"""))

m(key="C2", topic="clearance", secondary=[], lang="es", hard=False,
  note="risk-education campaign for rural schools: asks for model materials for children and ways to measure behaviour change",
  frm=("Ana Lucía Benavides", "abenavides@cenam.altamira.example"),
  subject="Materiales para escuelas",
  date=dt(2025, 3, 17, 16, 2, 51, -240),
  charset="iso-8859-1", hdr_charset="iso-8859-1",
  headers=[("X-Mailer", "Zimbra 8.8.15_GA_4581 (ZimbraWebClient - FF115)")],
  body=T("""
Estimados:

Estamos preparando una campaña de prevención para las escuelas rurales del departamento de Río Seco, donde todavía aparecen submuniciones sin estallar ("piñitas", como les dicen los chicos) en los potreros y a orillas de los caminos vecinales. El año pasado dos niños resultaron heridos al manipular una que encontraron camino a la escuela.

Quisiéramos saber si la Unidad tiene materiales modelo (afiches, guías para docentes, cuñas de radio) adaptados a niños y en español, y si nos puede poner en contacto con algún programa que haya trabajado con comunidades campesinas. También nos interesa saber cómo medir si los mensajes realmente cambian los comportamientos.

Saludos cordiales,

Ana Lucía Benavides
Coordinadora de Educación en el Riesgo
Centro Nacional de Acción contra Minas (CENAM)
República de Altamira
"""))

m(key="C3", topic="clearance", secondary=[], lang="en", hard=False,
  note="mine action information management: migrate IMSMA NG to IMSMA Core and clean duplicate hazard polygons; asks for an adviser and training",
  frm=("Daniel Ferreira-Holt", "dferreira@mac.istrana.example"),
  subject="IMSMA migration",
  date=dt(2025, 4, 23, 11, 47, 30, 120),
  body=T("""
Hi,

We are still running IMSMA NG on a server that nobody dares to touch, and the national database has duplicate hazard polygons for about a fifth of the CHA/SHA records. We would like to move to IMSMA Core and clean up the data at the same time, so that the land released through NTS cancellations and clearance is finally reflected properly in our national figures.

Does the ISU know of any support available for this - a technical adviser for a few weeks, training for our two database staff? We understand the GICHD does this kind of work but we don't know how to request it or whether there is funding attached.

Cheers,
Daniel

--
Daniel Ferreira-Holt
Information Management Officer
Mine Action Centre of the Republic of Istrana
"""))

m(key="C4", topic="clearance", secondary=[], lang="fr", hard=False,
  note="land release: operators reluctant to cancel areas by NTS; asks for an expert workshop on cancellation/reduction and procedure review",
  frm=("Étienne Kaboré-Lefèvre", "e.kabore@cnd.malore.example"),
  subject="Question sur la remise à disposition des terres",
  date=dt(2024, 11, 19, 9, 3, 0, 0),
  body=T("""
Madame, Monsieur,

Notre Centre a adopté l'an dernier une norme nationale sur la remise à disposition des terres, mais nos opérateurs hésitent encore à annuler des zones suspectes sur la seule base de l'enquête non technique, par crainte d'être tenus pour responsables en cas d'accident. Résultat : nous dépolluons des parcelles où l'on ne trouve rien, pendant que des villages de la province de Koulé attendent depuis des années que leurs champs soient rouverts.

Pourriez-vous nous mettre en relation avec un expert qui pourrait animer un atelier de deux jours avec nos opérateurs et les autorités locales sur l'annulation et la réduction des zones, et nous aider à revoir nos procédures opérationnelles ? Ce serait très utile avant le lancement de la campagne de saison sèche.

Bien cordialement,

Étienne Kaboré-Lefèvre
Chef de la division des opérations
Centre national de déminage - République de Maloré
"""))

m(key="C5", topic="clearance", secondary=["victim_assistance"], lang="en", hard=True,
  note="HARD(context_other_topic): opens with a child casualty and her rehabilitation (already covered), but the ask is funding for survey and two more clearance teams",
  frm=("Col. Nasser Oduya-Brent", "n.oduya-brent@nmac.kaduma.example"),
  subject="Eastern districts - accidents",
  date=dt(2025, 4, 7, 7, 58, 22, 180),
  body=T("""
Dear colleagues,

In March two boys were killed and a girl of nine lost both legs near Tarmoun, in Eastern district, when they played with a submunition they had found in a dry riverbed. The community is deeply shaken. The Ministry of Health has taken charge of the family: the girl is at the national rehabilitation centre and will be fitted with prostheses, the family receives a monthly allowance, and the ICRC is supporting them, so we are not asking for anything on that side.

What worries us is that the area around Tarmoun was never surveyed. It was a front line in 2014 and we believe there are many more strike sites in the riverbeds and grazing land between Tarmoun and Sela. Our centre has only one clearance team in the East, and it is committed to the road project until 2026.

We would like to request support to (a) carry out a non-technical survey of the Tarmoun-Sela corridor and (b) deploy two additional teams for technical survey and clearance for at least 18 months. A rough budget is about USD 1.4 million. Could the ISU help us approach donors, or advise how best to present this?

With thanks,

Col. Nasser Oduya-Brent
Director
National Mine Action Centre, Republic of Kaduma
"""))

m(key="C6", topic="clearance", secondary=[], lang="ar", hard=False,
  note="windows-1256: unexploded submunitions in olive groves in the south; asks for detectors, technical-survey training and donors for clearance",
  frm=("م. خالد عبد الرحيم الزعبي", "k.alzoubi@nmac.alwaha.example"),
  subject="طلب مساعدة فنية - المركز الوطني لإزالة الألغام",
  date=dt(2025, 2, 10, 12, 30, 0, 120),
  cte="8bit", charset="windows-1256", hdr_charset="windows-1256",
  body=T("""
السادة وحدة دعم التنفيذ المحترمين،

تحية طيبة وبعد،

لا تزال الأراضي الزراعية في محافظة الجنوب ملوثة بالذخائر الصغيرة غير المنفجرة المتبقية من النزاع، ويعثر عليها المزارعون أثناء حراثة بساتين الزيتون وجني المحصول. وقد أجرى المركز الوطني مسحاً غير تقني في 32 قرية، وتبيّن وجود نحو 12 كيلومتراً مربعاً من المناطق الخطرة المؤكدة.

نرجو مساعدتنا في الحصول على أجهزة كشف حديثة، وتدريب فرقنا على المسح التقني وأعمال التطهير، وإرشادنا إلى الجهات المانحة المهتمة بدعم عمليات التطهير في المنطقة.

وتفضلوا بقبول فائق الاحترام،

م. خالد عبد الرحيم الزعبي
مدير العمليات
المركز الوطني لإزالة الألغام - جمهورية الواحة
"""))

m(key="C7", topic="clearance", secondary=[], lang="ru", hard=False,
  note="unexploded cluster bomblets on pastures and roads; asks for help organising non-technical/technical survey, deminer training and risk education",
  frm=("Ирина Павловна Гончарук", "i.goncharuk@ncr.severostan.example"),
  subject="Обследование загрязнённых территорий",
  date=dt(2025, 5, 14, 10, 22, 9, 300),
  body=T("""
Добрый день!

Пишу от имени Национального центра по разминированию Республики Северостан. После боевых действий в Приозёрном районе остались неразорвавшиеся кассетные элементы (в основном ШОАБ-0,5 и ПТАБ-1М) на пастбищах и вдоль просёлочных дорог. Местные жители называют их «шариками», дети нередко приносят их домой.

Нам нужна помощь в организации нетехнического и технического обследования (около 60 населённых пунктов), в обучении сапёров работе с суббоеприпасами, а также в проведении занятий с населением по разъяснению рисков. Подскажите, пожалуйста, к кому можно обратиться и как правильно оформить запрос.

С уважением,
Гончарук И. П.
заместитель директора
Национальный центр по разминированию
Республика Северостан
"""))

m(key="C8", topic="clearance", secondary=[], lang="pt", hard=False,
  note="submunitions keep appearing in fields and near schools in one province; asks for NTS, two extra demining teams and risk-education materials",
  frm=("Eng.ª Lúcia Mondlane Sitoe", "l.sitoe@ind.ilhaverde.example"),
  subject="Remanescentes na província de Tchissola",
  date=dt(2024, 10, 28, 14, 45, 0, 120),
  body=T("""
Caros colegas,

Na província de Tchissola continuam a aparecer submunições não detonadas ("bombinhas", como lhes chama a população) nas machambas e junto às escolas primárias. O Instituto Nacional de Desminagem tem apenas uma equipa de EOD para toda a província, que passa a maior parte do tempo a responder a chamadas.

Solicitamos apoio para:
a) um levantamento não técnico nas aldeias afectadas, para sabermos a real extensão do problema;
b) reforço da capacidade de desminagem com duas equipas adicionais durante 12 meses;
c) materiais de sensibilização sobre o risco em português e em língua local.

Ficamos a aguardar a vossa orientação sobre como apresentar este pedido aos parceiros.

Atenciosamente,

Eng.ª Lúcia Mondlane Sitoe
Directora de Operações
Instituto Nacional de Desminagem - República de Ilha Verde
"""))

m(key="C9", topic="clearance", secondary=[], lang="en", hard=True,
  note="HARD(attachment_only): vague subject and two-line body; only the attachment names (NTS results, CHA polygons, TS/clearance budget) show it is a clearance request",
  frm=("Joseph Mwale-Turner", "jmwale@nmaa.nyassa.example"),
  subject="Assistance",
  date=dt(2025, 3, 27, 15, 9, 48, 120),
  attachments=["NTS_results_Kolwa_district_CHA_polygons.zip", "Budget_TS_and_BAC_2025-2026.xlsx"],
  body=T("""
Dear ISU,

Please find attached as discussed with your colleague on Tuesday. We would be grateful for your support in finding partners for this.

Best,
Joseph

Sent from my Galaxy
"""))

m(key="C10", topic="clearance", secondary=["reporting"], lang="fr", hard=True,
  note="HARD(context_other_topic): request to prepare an extension of the clearance deadline (4.2 km2 left); refers at length to figures in the transparency report",
  frm=("Col. Aristide Mabiala-Konan", "a.mabiala@hcd.sablieres.example"),
  subject="Échéance 2026",
  date=dt(2025, 1, 22, 17, 5, 33, 60),
  body=T("""
Madame la Directrice,

Comme indiqué dans notre dernier rapport annuel de transparence, il reste à la République des Sablières 4,2 km² de zones confirmées dangereuses, contaminées par des restes d'armes à sous-munitions dans les provinces du Nord-Est. Les chiffres publiés dans le rapport ont d'ailleurs été actualisés en janvier après la reprise des enquêtes : deux zones de Bafang ont été réduites, mais de nouvelles zones ont été signalées près de la frontière. Nous vous ferons parvenir le tableau corrigé.

L'insécurité a empêché nos équipes d'accéder au Nord-Est pendant près de deux ans, et nous ne serons pas en mesure d'achever la dépollution de ces zones avant l'échéance de 2026. Nous envisageons donc de demander une prolongation.

Pourriez-vous nous indiquer le calendrier à respecter pour la soumission de la demande, et nous apporter un appui pour l'élaboration du plan de travail (estimation des superficies restantes, capacités des équipes, budget annuel) ?

Veuillez agréer, Madame la Directrice, l'expression de ma haute considération.

Colonel Aristide Mabiala-Konan
Haut-Commissaire adjoint au déminage humanitaire
République des Sablières
"""))

m(key="C11", topic="clearance", secondary=["general"], lang="es", hard=True,
  note="HARD(preamble): long note verbale (MSP, sponsorship thanks, universalisation); the last paragraph asks for training and equipment for engineers clearing submunitions",
  frm=("Misión Permanente de la República de Valdelaguna", "onuginebra@mrree.valdelaguna.example"),
  subject="Nota N° 045/2025",
  date=dt(2025, 2, 3, 11, 0, 0, 60),
  attachments=["Nota_045-2025_MP_Valdelaguna.pdf"],
  body=T("""
Nota N° 045/2025

La Misión Permanente de la República de Valdelaguna ante la Oficina de las Naciones Unidas y demás Organismos Internacionales con sede en Ginebra saluda muy atentamente a la Unidad de Apoyo a la Implementación de la Convención sobre Municiones en Racimo y tiene el honor de referirse a los compromisos asumidos por los Estados Parte en la última Reunión de Estados Parte.

La Misión Permanente desea expresar su agradecimiento por el apoyo brindado a través del programa de patrocinio, que permitió la participación de un representante de la Comisión Nacional en las reuniones entre periodos de sesiones, y reitera el compromiso de la República de Valdelaguna con la universalización de la Convención en la región, en particular mediante el diálogo con los Estados vecinos que aún no son parte.

Asimismo, la Misión Permanente informa que, conforme a los estudios realizados por la Comisión Nacional, persisten áreas peligrosas confirmadas en la Sierra de Las Ánimas, zona de difícil acceso afectada por el conflicto de los años ochenta, donde la población campesina sigue encontrando submuniciones en los senderos y en las zonas de pastoreo.

En este contexto, la Misión Permanente tiene el honor de solicitar los buenos oficios de la Unidad para gestionar la capacitación de treinta (30) efectivos del Batallón de Ingenieros en la localización y destrucción de submuniciones y el despeje de áreas de montaña, así como la dotación de equipos de detección adecuados para dichas tareas.

La Misión Permanente de la República de Valdelaguna aprovecha la oportunidad para reiterar a la Unidad de Apoyo a la Implementación las seguridades de su más alta y distinguida consideración.

Ginebra, 3 de febrero de 2025
"""))

m(key="C12", topic="clearance", secondary=[], lang="en", hard=False,
  note="former firing range in forest contaminated with submunitions; asks about methodology (vegetation, BAC vs full clearance) and a peer State to exchange with",
  frm=("Jonas Wittmann-Brel", "jonas.wittmann@bfk.ostmark.example"),
  subject="Forest areas near Lindach",
  date=dt(2025, 6, 2, 8, 34, 16, 120),
  body=T("""
Dear Sir or Madam,

I work for the Federal Office for Civil Protection of the Principality of Ostmark, which is responsible for explosive ordnance on former military land.

A former firing range near Lindach, about 380 hectares, was used by foreign forces for test firing in the 1970s and 80s, including cargo ammunition. The area is now dense mixed forest and part of a nature reserve. Walkers regularly report finds, and a forestry worker was injured last spring. So far we have only done visual inspection and some battle area clearance along the paths.

We are now planning a systematic programme and would welcome advice on methodology: how other States have dealt with submunition contamination under forest cover, how much vegetation removal is acceptable in a protected area, whether BAC is enough or full-depth search is needed, and how to define the end state so the land can be reopened. If there is a State or operator with similar experience willing to exchange with us, an introduction would be very useful.

Kind regards,

Jonas Wittmann-Brel
Head of Section, Explosive Ordnance on Former Military Sites
Federal Office for Civil Protection
Principality of Ostmark
"""))

m(key="C13", topic="clearance", secondary=["victim_assistance"], lang="en", hard=True,
  note="HARD(quoted_thread): reply in a thread about a survivors' association; the new, urgent ask is a team to clear a primary school compound",
  frm=("Grace Nakintu-Obel", "g.nakintu-obel@opm.kaduma.example"),
  subject="Re: Support to survivors' association - follow up",
  date=dt(2025, 5, 26, 13, 12, 0, 180),
  headers=[("In-Reply-To", "<b2f4e7a0-61c3-4d0e-8f1e-5c2a9d7e1a44@ccm-isu.example>"),
           ("References", "<b2f4e7a0-61c3-4d0e-8f1e-5c2a9d7e1a44@ccm-isu.example>")],
  body=T("""
Dear Marta,

Thank you, we have shared the contacts with the survivors' association and they are preparing their proposal with the Ministry of Gender.

A different matter has come up which is more urgent. Last week pupils found two submunitions in the compound of Apuk Primary School, which sits on a former army position. The police EOD team removed them, but the District says the school cannot reopen until the whole compound and the path to the water point have been checked. Our mine action office has no team available in that region until next year.

Could the ISU help us find an operator or a donor who could deploy a team for what should be two to three weeks of work (around 3 hectares)? 400 children are currently without a school.

Best regards,
Grace

Grace Nakintu-Obel
Senior Programme Officer, Humanitarian Affairs
Office of the Prime Minister, Republic of Kaduma

On Mon, 19 May 2025 at 10:41, ISU CCM <intake@ccm-isu.example> wrote:
> Dear Grace,
>
> Thank you for your message about the survivors' association in
> Northern region. For the peer-support project and the livelihood
> grants, we suggest contacting the two organisations below, which
> have funded similar projects for persons with disabilities...
>
> Kind regards,
> Marta
> Implementation Support Unit
"""))

# ===================== victim_assistance (12) =====================

m(key="V1", topic="victim_assistance", secondary=[], lang="en", hard=False,
  note="amputees in a province without new prostheses since the orthopaedic workshop closed; asks for materials, technician training and an outreach clinic",
  frm=("Dr. Samuel Otieno-Varga", "s.otieno@health-west.nyassa.example"),
  subject="Help for amputees in Western Province",
  date=dt(2024, 9, 30, 10, 20, 0, 120),
  body=T("""
Dear Sir or Madam,

I am writing on behalf of the Provincial Health Directorate of Western Province.

The amputees in our province - most of them injured by bomblets while farming or collecting scrap metal - have had no access to new artificial limbs since the orthopaedic workshop in Kembe closed in 2022 for lack of materials. Many of the limbs they received ten years ago no longer fit, and the children who were injured have outgrown theirs several times. Some have gone back to crutches made from branches.

We are asking for help to reopen the workshop: polypropylene and components for about 250 limbs a year, training for two orthopaedic technicians, and a mobile outreach clinic so that people in remote areas do not have to travel 200 km for a fitting.

I would be grateful for any advice on where we could turn.

Yours faithfully,

Dr. Samuel Otieno-Varga
Provincial Director of Health, Western Province
Republic of Nyassa
"""))

m(key="V2", topic="victim_assistance", secondary=["clearance"], lang="en", hard=True,
  note="HARD(context_other_topic): a clearance operator describes its clearance work at length, but asks for funding/partner to help the 47 survivors it met",
  frm=("Lars Hedegaard-Musa", "lars.hm@openfields-demining.example.org"),
  subject="Clearance in Kembe district - request",
  date=dt(2025, 2, 12, 16, 55, 40, 120),
  cc="operations@nmaa.nyassa.example",
  body=T("""
Dear ISU colleagues,

Our teams have been clearing submunition strike areas in Kembe district since 2023 on behalf of the National Mine Action Authority (in copy). We have released about 3.1 km2 so far through technical survey and clearance, and our clearance funding is secure until the end of 2026, so this message is not about clearance.

During community liaison visits around our task sites we have met 47 people who survived submunition accidents, some of them decades ago. Many have untreated fragment wounds or chronic pain, only a handful have a prosthesis, several children of survivors have dropped out of school, and families who lost the main earner are in real difficulty. We are not a victim assistance organisation and have no mandate or budget for this, but we cannot simply walk past them.

We would like to ask whether the ISU could help identify funding, or a partner organisation, for a modest project: referral and transport to the rehabilitation centre in the capital, a small fund for medical costs, and livelihood grants for the most vulnerable households. The NMAA and the Ministry of Social Welfare support the idea.

Best regards,

Lars Hedegaard-Musa
Country Programme Manager, Nyassa
Open Fields Demining
"""))

m(key="V3", topic="victim_assistance", secondary=[], lang="fr", hard=False,
  note="psychosocial support for injured children and their siblings; asks for training of social workers/teachers and peer-support groups",
  frm=("Awa Diallo-Mercier", "a.diallo-mercier@actionsociale.kerou.example"),
  subject="Soutien psychosocial - enfants",
  date=dt(2025, 4, 15, 11, 31, 7, 0),
  body=T("""
Bonjour,

Je suis responsable du service de protection de l'enfance au ministère de l'Action sociale de la République de Kérou.

Dans la région de Kanta, les enfants blessés par des sous-munitions au cours des dernières années, mais aussi leurs frères et sœurs qui ont assisté aux accidents, présentent des troubles persistants : cauchemars, repli sur soi, refus de retourner à l'école. Les familles ne savent pas vers qui se tourner et nos agents de terrain n'ont pas été formés pour ce type de situation.

Nous souhaiterions un appui pour former une vingtaine de travailleurs sociaux et d'enseignants à l'écoute et au soutien psychosocial, et pour mettre en place des groupes de parole animés avec des rescapés adultes qui accepteraient de partager leur expérience.

Pouvez-vous nous orienter vers des partenaires ou des programmes existants ?

Bien cordialement,

Awa Diallo-Mercier
Cheffe du service de la protection de l'enfance
Ministère de l'Action sociale, de la Solidarité et de la Famille
République de Kérou
"""))

m(key="V4", topic="victim_assistance", secondary=[], lang="es", hard=False,
  note="windows-1252: economic inclusion programme (micro-enterprises, vocational training, job quota) for survivors with disabilities",
  frm=("Rodrigo Alvarado Peña", "ralvarado@inclusion.monteverde.example"),
  subject="Proyecto de emprendimientos para sobrevivientes",
  date=dt(2025, 3, 5, 9, 50, 0, -300),
  cte="8bit", charset="windows-1252", hdr_charset="windows-1252",
  body=T("""
Buenos días,

Desde la Secretaría de Inclusión Social estamos diseñando un programa para que las personas que quedaron con alguna discapacidad por explosiones de submuniciones en los municipios de la zona cafetera puedan generar ingresos propios. Hoy la mayoría depende de la pensión mínima o de sus familias; muchos eran jornaleros y ya no pueden trabajar en el campo.

La idea es combinar capacitación técnica (talleres de sastrería, reparación de celulares, crianza de especies menores), capital semilla para pequeños emprendimientos y acompañamiento para que las empresas de la región cumplan con la cuota laboral de personas con discapacidad.

Nos gustaría recibir asesoría técnica para el diseño del programa, conocer experiencias de otros países y, si es posible, identificar cooperantes que puedan aportar al fondo de capital semilla (estimamos € 180.000 para 120 beneficiarios).

Cordialmente,

Rodrigo Alvarado Peña
Director de Inclusión Productiva
Secretaría de Inclusión Social - República de Monteverde
“Un país sin barreras”
"""))

m(key="V5", topic="victim_assistance", secondary=[], lang="en", hard=False,
  note="vague subject: national disability action plan aligned with CRPD; how to integrate survivors without a parallel system, with DPOs; asks for examples and an expert",
  frm=("Mei-Lin Castellanos", "mlcastellanos@ncpd.sarn.example"),
  subject="Query",
  date=dt(2025, 1, 8, 14, 4, 59, 0),
  body=T("""
Good afternoon,

We are revising our National Disability Action Plan (2026-2030) to bring it fully in line with the CRPD. The steering committee includes three DPOs, one of them a national association of landmine and cluster munition survivors.

The survivors' association is worried that their specific needs (long-term medical follow-up, replacement of prostheses, chronic pain, trauma) will get lost in a general plan, while the Ministry of Finance does not want a separate programme. The DPOs asked me how other countries have integrated assistance for survivors of explosive weapons into their broader disability frameworks without creating a parallel system.

Could you share examples, and would someone from the ISU or a partner be able to join our consultation workshop (online is fine) in the second half of June?

Many thanks,

Mei-Lin Castellanos
Policy Adviser
National Council for Persons with Disabilities
Republic of Sarn
"""))

m(key="V6", topic="victim_assistance", secondary=["clearance"], lang="fr", hard=True,
  note="HARD(context_other_topic): discusses the mine action centre's survey/IMSMA casualty data, but asks for methodology and funding for a national survey of victims' needs",
  frm=("Dr Fabrice Mbemba-Laroche", "f.mbemba@sante.ngoya.example"),
  subject="Collecte de données",
  date=dt(2024, 12, 10, 15, 25, 0, 60),
  body=T("""
Madame, Monsieur,

Le Centre national de lutte antimines nous transmet chaque trimestre les données sur les accidents issues de sa base IMSMA. Ces données sont précieuses mais ne couvrent que les zones où ses équipes d'enquête non technique et de dépollution sont intervenues, c'est-à-dire à peine un tiers des districts touchés. Le Centre nous dit que les enquêtes dans les autres districts ne reprendront pas avant 2026, faute de moyens.

De notre côté, au ministère de la Santé, nous n'avons aucune vision d'ensemble des personnes blessées, des familles des personnes tuées ni de leurs besoins (soins, appareillage, soutien psychologique, scolarisation, revenus). Nous ne pouvons donc ni planifier les services de réadaptation ni défendre un budget.

Nous souhaiterions mener une enquête nationale sur les victimes et leurs besoins, en lien avec le recensement des personnes handicapées prévu l'an prochain. Pourriez-vous nous aider sur le plan méthodologique (questionnaire, échantillonnage, protection des données) et nous indiquer des partenaires susceptibles de financer l'enquête ?

Cordialement,

Dr Fabrice Mbemba-Laroche
Directeur de la santé communautaire et de la réadaptation
Ministère de la Santé publique - République de Ngoya
"""))

m(key="V7", topic="victim_assistance", secondary=[], lang="ar", hard=False,
  note="overwhelmed prosthetics and rehabilitation centre; asks for materials, physiotherapist training and psychological support for survivors",
  frm=("د. ليلى حسن المصري", "l.almasri@moh.sahiliya.example"),
  subject="مركز الأطراف الصناعية في مدينة الرمال",
  date=dt(2025, 4, 28, 9, 15, 0, 180),
  body=T("""
السادة في وحدة دعم التنفيذ،

تحية طيبة،

أكتب إليكم بصفتي مديرة مركز الأطراف الصناعية والتأهيل الحركي في مدينة الرمال. يستقبل المركز منذ سنوات الناجين من حوادث القنابل العنقودية في القرى الحدودية، ومعظمهم من المزارعين والرعاة والأطفال. لدينا اليوم أكثر من 400 شخص على قائمة الانتظار لتركيب طرف صناعي أو استبداله، ولا يعمل في المركز سوى ثلاثة أخصائيين في العلاج الطبيعي.

نلتمس مساعدتكم في توفير المواد الأولية ومكونات الأطراف الصناعية، وتدريب عدد من الفنيين وأخصائيي العلاج الطبيعي، وكذلك إنشاء خدمة للدعم النفسي للناجين وأسرهم.

نشكركم على اهتمامكم، ونتطلع إلى ردكم.

د. ليلى حسن المصري
مديرة مركز الأطراف الصناعية والتأهيل الحركي
وزارة الصحة - المملكة الساحلية
"""))

m(key="V8", topic="victim_assistance", secondary=[], lang="pt", hard=False,
  note="community-based rehabilitation: physiotherapy, wheelchairs and home visits for survivors in rural areas",
  frm=("Dra. Mariana Cardoso Lima", "mariana.lima@saude.novaesperanca.example"),
  subject="Apoio à reabilitação física",
  date=dt(2025, 2, 20, 10, 0, 12, -180),
  body=T("""
Prezados,

O Ministério da Saúde da República de Nova Esperança está a preparar um programa de reabilitação de base comunitária para as províncias do interior, onde vive a maioria dos sobreviventes de acidentes com submunições e outros engenhos explosivos.

Hoje só existe um serviço de fisioterapia, no hospital central da capital. Muitos sobreviventes nunca fizeram fisioterapia depois da amputação, não têm cadeira de rodas adequada e as famílias não sabem como cuidar deles em casa.

Gostaríamos de apoio para formar agentes comunitários de reabilitação, adquirir cadeiras de rodas e meios auxiliares de marcha, e organizar visitas domiciliárias regulares. Agradecemos qualquer orientação sobre parceiros ou financiamento disponível.

Com os melhores cumprimentos,

Dra. Mariana Cardoso Lima
Coordenadora Nacional de Reabilitação
Ministério da Saúde - República de Nova Esperança
"""))

m(key="V9", topic="victim_assistance", secondary=[], lang="ru", hard=False,
  note="social protection ministry asks for an expert to help draft a national action plan for assistance to people injured by cluster munitions (rehab, prosthetics, pensions)",
  frm=("Наталья Белова", "n.belova@mintrud.alatau.example"),
  subject="Помощь пострадавшим",
  date=dt(2025, 3, 31, 12, 40, 0, 360),
  body=T("""
Здравствуйте!

Министерство труда и социальной защиты населения Республики Алатау готовит национальный план действий по оказанию помощи людям, пострадавшим от кассетных боеприпасов и других взрывоопасных предметов. По нашим данным, в стране проживает более 900 таких людей, в основном в сельских районах юга.

Сейчас помощь разрознена: протезирование проводит республиканский центр, пенсии по инвалидности назначает другое ведомство, психологической поддержки практически нет, а семьи погибших вообще не учитываются.

Просим направить эксперта, который помог бы нам подготовить план (оценка потребностей, координация ведомств, участие самих пострадавших), а также поделиться примерами таких планов из других стран.

С уважением,
Белова Н. С.
начальник управления по делам лиц с инвалидностью
Министерство труда и социальной защиты населения
Республика Алатау
"""))

m(key="V10", topic="victim_assistance", secondary=[], lang="fr", hard=False,
  note="HTML-only: national orthopaedic rehabilitation centre lists needs (prosthetic components, wheelchairs, training, transport of patients)",
  frm=("Pr Jean-Baptiste Ouédraogo-Marchal", "jb.ouedraogo@cnao.sanze.example"),
  subject="Centre de réadaptation de Bandiéla - demande d'appui",
  date=dt(2024, 11, 27, 8, 10, 0, 0),
  html_only=True,
  html=T("""
<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Demande d'appui</title></head>
<body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#222">
<p>Mesdames, Messieurs,</p>
<p>Le Centre national d'appareillage orthopédique de Bandiéla est le seul établissement du pays à fabriquer des prothèses et orthèses.
Il accueille notamment les rescapés des accidents causés par les sous-munitions dans le Nord, dont beaucoup attendent depuis plus d'un an.</p>
<p>Nos besoins prioritaires pour 2025 sont les suivants&nbsp;:</p>
<ul>
<li>composants prothétiques (pieds, genoux, manchons) pour environ 180 patients&nbsp;;</li>
<li>60 fauteuils roulants adaptés aux terrains ruraux&nbsp;;</li>
<li>la formation de deux orthoprothésistes et de quatre kinésithérapeutes&nbsp;;</li>
<li>la prise en charge du transport et de l'hébergement des patients venant des provinces.</li>
</ul>
<p>Nous vous serions reconnaissants de bien vouloir nous indiquer les partenaires susceptibles de nous accompagner.</p>
<p>Veuillez agréer, Mesdames, Messieurs, nos salutations distinguées.</p>
<p><strong>Pr Jean-Baptiste Ouédraogo-Marchal</strong><br>
Directeur général<br>
Centre national d'appareillage orthopédique - République de Sanzé</p>
</body></html>
"""))


def _v11_inner(spec):
    inner = EmailMessage()
    inner["From"] = Address("Dr. Beatrice Lwanga-Hart", addr_spec="director@ruvuma-rh.health.kaduma.example")
    inner["To"] = Address("Peter Lindqvist-Oduya", addr_spec="p.lindqvist@mfa.kaduma.example")
    inner["Subject"] = "Request for support - surgical and rehabilitation care"
    inner["Date"] = format_datetime(dt(2025, 4, 10, 8, 2, 0, 180))
    inner["Message-ID"] = "<20250410080200.77AC2E@ruvuma-rh.health.kaduma.example>"
    inner.set_content(T("""
Dear Mr. Lindqvist-Oduya,

Further to our meeting during the Minister's visit, I am writing to set out the needs of Ruvuma Regional Hospital.

Since the beginning of the year we have received 23 patients injured by submunitions, most of them children and young herders from the border villages. Our surgical team manages the emergency care, but we run out of external fixators, skin-graft supplies and antibiotics every month. After discharge there is no follow-up: the nearest rehabilitation unit is in the capital, and families cannot afford the journey, so wounds get infected and stumps are not prepared for a prosthesis.

We would be very grateful if the Ministry could seek international support for (1) surgical supplies and training of our staff in the management of blast injuries, and (2) a small physiotherapy and psychosocial follow-up unit at the hospital, with a fund to cover patients' transport.

Yours sincerely,

Dr. Beatrice Lwanga-Hart
Medical Director, Ruvuma Regional Hospital
"""))
    return inner


m(key="V11", topic="victim_assistance", secondary=[], lang="en", hard=True,
  note="HARD(forwarded): one-line cover over an attached message/rfc822 from a regional hospital asking for surgical supplies and follow-up rehabilitation for injured patients",
  frm=("Peter Lindqvist-Oduya", "p.lindqvist@mfa.kaduma.example"),
  subject="Fwd: urgent",
  date=dt(2025, 4, 11, 17, 33, 3, 180),
  attach_msg=_v11_inner,
  body=T("""
FYI - please see the attached from the regional hospital. Is this something the ISU can help with?

P.
"""))

m(key="V12", topic="victim_assistance", secondary=["clearance"], lang="es", hard=True,
  note="HARD(misleading_subject): subject about clearance in the Eastern Province, body asks how to support the families (widows, orphans) of people killed",
  frm=("Patricia Echeverría Mora", "pecheverria@cndh.valdelaguna.example"),
  subject="Despeje en la Provincia Oriental",
  date=dt(2025, 5, 6, 18, 20, 0, -300),
  body=T("""
Estimada Unidad:

Disculpen el asunto, reutilicé un correo anterior. Los trabajos en la Provincia Oriental avanzan según lo previsto y ya no tenemos pendientes con ustedes en ese tema.

Les escribo por otra cuestión. En la actualización del registro nacional nos dimos cuenta de que el plan de asistencia solo contempla a las personas heridas. Las familias de quienes murieron en accidentes con submuniciones (viudas, huérfanos, padres de edad avanzada que dependían de un hijo) no reciben nada: ni apoyo psicológico, ni ayuda para la escolaridad de los niños, ni acceso preferente a los programas sociales.

¿Existen orientaciones o experiencias de otros Estados sobre cómo incluir a estas familias en el plan nacional? ¿Y podría la Unidad ayudarnos a identificar apoyo técnico para revisar el plan en ese sentido?

Muchas gracias de antemano.

Patricia Echeverría Mora
Responsable de Asistencia Integral
Comisión Nacional de Desminado Humanitario
República de Valdelaguna
"""))

# ===================== reporting (12) =====================

m(key="R1", topic="reporting", secondary=[], lang="en", hard=False,
  note="new desk officer asks for the yearly transparency form template, deadline, who submits, and a simplified version",
  frm=("Kwame Asante-Buri", "k.asante-buri@mfa.sarn.example"),
  subject="The yearly form",
  date=dt(2025, 2, 4, 10, 44, 0, 0),
  body=T("""
Hello,

I have just taken over the disarmament desk and I've been told we need to send the form for the yearly transparency submission to Geneva. Unfortunately I can't find last year's file anywhere in our archive and my predecessor has left the Ministry.

Could you send me the current template, tell me the deadline, and whether it has to be sent by our Mission or can come directly from the capital? Also, is there a shorter version for States like us that have nothing to declare in most sections?

Many thanks,

Kwame Asante-Buri
Desk Officer, Disarmament and International Security
Ministry of Foreign Affairs, Republic of Sarn
"""))

m(key="R2", topic="reporting", secondary=["stockpile_destruction"], lang="en", hard=True,
  note="HARD(context_other_topic): gives detailed destruction figures, but the question is whether to submit the annual report on time with provisional numbers and correct it later",
  frm=("Capt (N) Henrik Solvang-Ade", "h.solvang-ade@mod.astrania.example"),
  subject="Destruction figures 2024",
  date=dt(2025, 4, 9, 13, 18, 27, 120),
  body=T("""
Dear ISU,

In November we finished destroying the last 212 BL755 bombs held by the Royal Astranian Air Force, i.e. 31,588 submunitions, at the Hollum range, and we kept 48 bomblets for training of our EOD operators. This completes our stockpile destruction programme.

The problem is paperwork: the contractor's final certificate of destruction is only expected at the end of May, while our annual report is due on 30 April. Can we send the report on time with provisional figures and submit a corrected version once the certificate arrives, or would it be better to ask for a short delay and send it complete? What do other States usually do in this situation?

Best regards,

Captain (N) Henrik Solvang-Ade
Arms Control Section
Ministry of Defence, Kingdom of Astrania
"""))

m(key="R3", topic="reporting", secondary=[], lang="fr", hard=False,
  note="iso-8859-1: errors in last year's published report (wrong contact details and figures); how to submit a corrected version and replace the online one",
  frm=("Olivier Sanogo-Perrin", "o.sanogo-perrin@diplomatie.kerou.example"),
  subject="Erreur dans notre rapport",
  date=dt(2024, 10, 15, 16, 7, 0, 0),
  charset="iso-8859-1", hdr_charset="iso-8859-1",
  body=T("""
Bonjour,

En relisant le rapport annuel que nous avons transmis l'an dernier au titre des mesures de transparence, nous avons constaté deux erreurs : les coordonnées du point focal sont celles de mon prédécesseur, et le nombre de personnes ayant bénéficié de sessions de sensibilisation a été saisi deux fois (12 400 au lieu de 6 200).

Comment devons-nous procéder pour transmettre une version corrigée ? Faut-il une nouvelle note verbale de la Mission, ou un simple courriel suffit-il ? Et la version publiée sur le site sera-t-elle remplacée ?

Je vous remercie par avance.

Olivier Sanogo-Perrin
Conseiller des Affaires étrangères
Direction des Nations Unies et des Organisations internationales
République de Kérou
"""))

m(key="R4", topic="reporting", secondary=[], lang="es", hard=False,
  note="newly ratified State must submit its initial report within 180 days; asks for guidance/virtual session and which forms apply with no stocks or contamination",
  frm=("Lucía Ferrando Saavedra", "lferrando@cancilleria.islacaracol.example"),
  subject="Primer informe tras la ratificación",
  date=dt(2024, 12, 16, 11, 25, 0, -240),
  body=T("""
Estimados colegas:

La República de Isla Caracol depositó su instrumento de ratificación en febrero y la Convención entró en vigor para nuestro país el 1 de agosto. Entendemos que debemos presentar el informe inicial en un plazo de 180 días, es decir, a finales de enero.

Es la primera vez que preparamos un informe de este tipo y el equipo es pequeño. Quisiéramos saber si la Unidad podría organizar una sesión virtual para explicarnos cómo llenar los formularios, y cuáles de ellos debemos completar si nunca hemos tenido existencias ni zonas contaminadas. ¿Es suficiente indicar "no aplica"?

Agradezco de antemano su apoyo.

Lucía Ferrando Saavedra
Primera Secretaria
Dirección de Asuntos Multilaterales
Ministerio de Relaciones Exteriores de Isla Caracol
"""))

m(key="R5", topic="reporting", secondary=[], lang="en", hard=True,
  note="HARD(attachment_only): 'draft for your comments' with no topic in the body; attachment names (Form_A_2025_draft.xlsx, Forms B-J) show it is the annual report",
  frm=("Amira Haddad-Croft", "a.haddad-croft@mfa.tessaly.example"),
  subject="Draft for your comments",
  date=dt(2025, 4, 16, 9, 5, 0, 180),
  attachments=["Form_A_2025_draft.xlsx", "Forms_B-J_2025_draft.xlsx"],
  body=T("""
Dear colleagues,

Ahead of the deadline, we would be grateful if you could have a look at the attached and let us know whether anything is missing before we send the final version through the Mission.

Regards,
Amira

Amira Haddad-Croft
Second Secretary | Multilateral Affairs Division | Ministry of Foreign Affairs of Tessaly
P Please consider the environment before printing this email.
"""))

m(key="R6", topic="reporting", secondary=[], lang="en", hard=False,
  note="cannot log in to submit the annual transparency report online (former focal point's account); can it be sent as PDF by email and count as on time",
  frm=("Sofia Marchetti-Bay", "s.marchetti-bay@mission.corvana.example"),
  subject="Submitting online - login problem",
  date=dt(2025, 4, 29, 18, 2, 11, 120),
  body=T("""
Dear ISU,

We tried this afternoon to upload our annual transparency report on the online reporting platform, but the account is registered to our former focal point, who left in January, and the password reset goes to her old mailbox, which has been closed.

Could we send the signed PDF by email instead, and would it still count as submitted on time? The deadline is tomorrow. And how do we get the account transferred to me for next year?

With thanks,

Sofia Marchetti-Bay
First Secretary
Permanent Mission of the Republic of Corvana, Geneva
"""))

m(key="R7", topic="reporting", secondary=[], lang="ar", hard=False,
  note="asks for the annual transparency report template, the deadline and whether Arabic submission is accepted",
  frm=("سامي يوسف الحداد", "s.alhaddad@mofa.sahiliya.example"),
  subject="تقرير الشفافية السنوي",
  date=dt(2025, 3, 10, 10, 10, 0, 180),
  body=T("""
السادة المحترمين،

تحية طيبة وبعد،

نود الاستفسار عن التقرير السنوي المتعلق بتدابير الشفافية الذي يتعين على المملكة الساحلية تقديمه هذا العام. نرجو إفادتنا بالموعد النهائي لتقديم التقرير، وتزويدنا بالنموذج المعتمد في صيغته الحالية، وهل يمكن تقديم التقرير باللغة العربية أم يجب ترجمته إلى الإنكليزية أو الفرنسية؟

كما نرجو إعلامنا بما إذا كان بالإمكان إرسال التقرير عبر البريد الإلكتروني مباشرة من الوزارة أم يجب أن يمر عبر البعثة الدائمة في جنيف.

وتقبلوا فائق الاحترام والتقدير،

سامي يوسف الحداد
إدارة المنظمات الدولية ونزع السلاح
وزارة الخارجية - المملكة الساحلية
"""))

m(key="R8", topic="reporting", secondary=[], lang="es", hard=False,
  note="how to report international cooperation received/provided in the annual report and which period the report covers",
  frm=("Verónica Ibarra Collado", "vibarra@rree.sierraalta.example"),
  subject="Consulta sobre el informe anual",
  date=dt(2025, 3, 24, 12, 51, 0, -360),
  body=T("""
Buenas tardes,

Estamos terminando el informe anual de nuestro país y tenemos dos dudas.

La primera: el año pasado recibimos apoyo de dos Estados y de una ONG para actividades de educación sobre el riesgo, y a la vez nuestro ejército dio un curso a técnicos de un país vecino. ¿Todo eso se reporta en el mismo formulario de cooperación y asistencia? ¿Hay que indicar montos?

La segunda: ¿el informe debe cubrir el año calendario anterior o el periodo transcurrido desde el último informe presentado (en nuestro caso, julio de 2023)?

Muchas gracias,

Verónica Ibarra Collado
Dirección General de Seguridad Internacional
Ministerio de Relaciones Exteriores - República de Sierra Alta
"""))

m(key="R9", topic="reporting", secondary=[], lang="de", hard=False,
  note="annual report will be late because of elections; asks if later submission is possible and whether German is accepted",
  frm=("Dr. Katrin Oberholzer", "katrin.oberholzer@aussenamt.hohenau.example"),
  subject="Frist Jahresbericht",
  date=dt(2025, 4, 14, 15, 40, 0, 120),
  body=T("""
Sehr geehrte Damen und Herren,

wegen der vorgezogenen Parlamentswahlen und der anschließenden Regierungsbildung ist die Abstimmung zwischen den beteiligten Ressorts ins Stocken geraten. Wir werden unseren jährlichen Transparenzbericht daher voraussichtlich nicht bis zum 30. April übermitteln können.

Ist eine spätere Einreichung (etwa Mitte Juni) möglich, und muss dafür ein förmlicher Antrag gestellt werden? Außerdem wüssten wir gern, ob der Bericht auch auf Deutsch eingereicht werden kann oder ob eine Fassung in einer der Amtssprachen erforderlich ist.

Mit freundlichen Grüßen

Dr. Katrin Oberholzer
Referat Abrüstung und Rüstungskontrolle
Außenministerium der Republik Hohenau
"""))

m(key="R10", topic="reporting", secondary=[], lang="es", hard=False,
  note="HTML-only: sends the transparency report and asks for confirmation of receipt and whether a signed paper copy is needed",
  frm=("Dirección de Seguridad Internacional", "dsi@rree.monteverde.example"),
  subject="Informe de transparencia 2024 - envío",
  date=dt(2025, 4, 25, 17, 12, 0, -300),
  html_only=True,
  html=T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p{margin:0 0 10px 0}</style></head>
<body><div style="font-family:Verdana,sans-serif;font-size:12px">
<p>Señores<br>Unidad de Apoyo a la Implementación<br>Presente</p>
<p>Por instrucciones de la Señora Viceministra, remitimos a través del siguiente enlace el informe anual de la República de Monteverde correspondiente al año 2024, con sus formularios debidamente completados:
<a href="https://nube.rree.monteverde.example/s/Inf-Transp-2024">Informe_Transparencia_MV_2024.pdf</a></p>
<p>Mucho agradeceremos confirmar la recepción e indicarnos si es necesario enviar adicionalmente la versión firmada en papel por valija diplomática, como se hizo en años anteriores.</p>
<p>Atentamente,</p>
<p><b>Dirección de Seguridad Internacional</b><br>Ministerio de Relaciones Exteriores<br>República de Monteverde</p>
<p style="font-size:9px;color:#999">Este correo electrónico y cualquier anexo son confidenciales. Si usted no es el destinatario, le rogamos notificarlo al remitente y eliminarlo.</p>
</div></body></html>
"""))

m(key="R11", topic="reporting", secondary=["legislation"], lang="fr", hard=True,
  note="HARD(quoted_thread): reply in a thread about penal provisions of the draft law; new ask is in which report form to declare the adopted law and whether to update the report",
  frm=("Me Thérèse Ayissi-Dubois", "t.ayissi@justice.ngoya.example"),
  subject="RE: Projet de loi - dispositions pénales",
  date=dt(2025, 1, 16, 10, 33, 0, 60),
  headers=[("In-Reply-To", "<c91d7a3e-0f42-4b8a-bb11-2e6d4f7a9c10@ccm-isu.example>"),
           ("References", "<20241002111820.5E7F@justice.ngoya.example> <c91d7a3e-0f42-4b8a-bb11-2e6d4f7a9c10@ccm-isu.example>")],
  body=T("""
Madame,

Merci encore pour vos commentaires sur le projet, qui a finalement été adopté le 12 décembre et publié au Journal officiel le 30.

Ma question porte maintenant sur le rapport annuel : dans quelle partie du rapport faut-il déclarer cette loi, faut-il en joindre le texte intégral (il fait 14 pages), et pouvons-nous envoyer une mise à jour du rapport déjà soumis en avril dernier plutôt que d'attendre le prochain ?

Bien à vous,

Me Thérèse Ayissi-Dubois
Conseillère juridique
Direction de la législation - Ministère de la Justice
République de Ngoya

-----Message d'origine-----
De : ISU CCM [mailto:intake@ccm-isu.example]
Envoyé : mercredi 9 octobre 2024 15:20
À : Thérèse Ayissi-Dubois
Objet : RE: Projet de loi - dispositions pénales

Maître,

S'agissant des sanctions, plusieurs États ont retenu des peines d'emprisonnement allant jusqu'à dix ou quinze ans pour l'emploi, la fabrication et le transfert, assorties d'amendes. Il est également recommandé de viser la complicité et l'assistance, ainsi que les actes commis à l'étranger par des ressortissants. Vous trouverez ci-joint deux exemples de lois adoptées par des États de tradition civiliste.

Bien cordialement,
L'Unité d'appui à l'application
"""))

m(key="R12", topic="reporting", secondary=[], lang="en", hard=False,
  note="two-line note from a phone: is 30 April still the date for the annual report and does it cover Jan-Dec",
  frm=("Yusuf Kamara-Lind", "yusuf.kl@mfa.corvana.example"),
  subject="annual report",
  date=dt(2025, 4, 22, 7, 3, 0, 120),
  body=T("""
Hi - is 30 April still the date for the annual report this year, and does it cover Jan-Dec 2024? We're running late.

Thanks, Yusuf

Sent from my iPhone
"""))

# ===================== legislation (12) =====================

m(key="L1", topic="legislation", secondary=[], lang="en", hard=False,
  note="Attorney General's chambers ask for review of a draft bill criminalising use, transfer etc.; questions on penalties, joint operations and investment",
  frm=("Adaeze Whitfield-Nnamdi", "a.whitfield@agc.mbelle.example"),
  subject="Review of our draft bill",
  date=dt(2024, 11, 12, 11, 2, 36, 60),
  attachments=["Cluster_Munitions_(Prohibition)_Bill_2025_draft3.docx"],
  body=T("""
Dear Sir/Madam,

Our Chambers have prepared the attached draft act criminalising the use, development, production, acquisition, stockpiling, retention and transfer of cluster munitions, as well as assisting or encouraging anyone to do so. Penalties go up to 15 years' imprisonment and/or a fine.

Before it goes to Cabinet we would welcome your comments, in particular on:
- whether the penalties are in line with what other Commonwealth jurisdictions have adopted;
- the clause on joint military operations with forces of States not party, which the Defence Force asked us to add;
- whether we should also prohibit investment in companies that make these weapons, or leave that to a later amendment.

We would appreciate a reply within a month if at all possible, as we hope to table the bill in the February sitting.

Yours faithfully,

Adaeze Whitfield-Nnamdi
Principal State Counsel (Legislative Drafting)
Attorney General's Chambers, Republic of Mbelle
"""))

m(key="L2", topic="legislation", secondary=["stockpile_destruction"], lang="en", hard=True,
  note="HARD(context_other_topic): about M26 rockets awaiting destruction, but the ask is how to draft the possession offence/exceptions and penalty levels in the penal bill",
  frm=("Rajiv Menon-Albescu", "r.menon-albescu@justice.karsovia.example"),
  subject="Possession offence and our remaining M26 rockets",
  date=dt(2025, 1, 30, 14, 48, 0, 60),
  body=T("""
Dear colleagues,

I am the drafter responsible for the penal provisions of our implementing bill.

As you may know, our Ministry of Defence still holds a stock of M26 rockets awaiting destruction at Grunfeld, and the programme will take at least two more years. The current draft makes it an offence to "possess or retain" cluster munitions, with up to 10 years' imprisonment. The military legal service has pointed out that, read literally, the depot commander and his staff would be committing an offence every day until the last rocket is destroyed, and so would the EOD school that keeps a few grenades for training.

How have other States drafted the exception for stocks held pending destruction, for items kept for training and for items transferred for destruction, without creating a loophole? And are penalties of that level typical for mere possession, compared with use or production?

Any examples of wording would be very helpful.

Best regards,

Rajiv Menon-Albescu
Senior Legal Counsel, Criminal Law Department
Ministry of Justice of Karsovia
"""))

m(key="L3", topic="legislation", secondary=[], lang="fr", hard=False,
  note="small State without stocks or contamination asks for a simplified model law and whether a full law is necessary",
  frm=("Hervé Tchicaya-Lemoine", "h.tchicaya@mae.ilesdulevant.example"),
  subject="Loi type pour petits États",
  date=dt(2025, 3, 19, 9, 20, 0, -240),
  body=T("""
Madame, Monsieur,

La République des Îles du Levant n'a jamais possédé d'armes à sous-munitions et son territoire n'est pas contaminé. Nos capacités de rédaction législative sont par ailleurs très limitées : le service juridique du ministère compte deux personnes pour l'ensemble des traités.

On nous dit néanmoins que nous devons adopter des mesures nationales, notamment pénales. Existe-t-il un modèle de loi simplifié adapté aux petits États dans notre situation ? Une loi complète est-elle vraiment nécessaire, ou une disposition ajoutée au code pénal pourrait-elle suffire ?

Je vous remercie de votre aide.

Hervé Tchicaya-Lemoine
Directeur des affaires juridiques et des traités
Ministère des Affaires étrangères
République des Îles du Levant
"""))

m(key="L4", topic="legislation", secondary=[], lang="es", hard=False,
  note="parliamentary defence committee examining the implementing bill invites an ISU expert to testify and asks for comparative penal provisions",
  frm=("Gonzalo Urrutia Benítez", "gurrutia@asamblea.sierraalta.example"),
  subject="Invitación a comparecer",
  date=dt(2025, 5, 12, 10, 5, 0, -360),
  body=T("""
Estimados señores:

La Comisión de Defensa Nacional de la Asamblea Legislativa de la República de Sierra Alta inició el estudio del proyecto de ley que incorpora a nuestro ordenamiento las prohibiciones de la Convención y tipifica los delitos correspondientes. Varios diputados han expresado dudas sobre las penas propuestas y sobre si la ley debe aplicarse también a actos cometidos por nacionales en el extranjero.

Por encargo de la Presidencia de la Comisión, me permito consultar si la Unidad podría designar a un experto para exponer ante la Comisión (de forma virtual) cómo otros parlamentos han resuelto estas cuestiones. Les agradeceríamos también cualquier material comparativo sobre las disposiciones penales adoptadas en la región.

La sesión está prevista para la segunda quincena de junio.

Atentamente,

Lic. Gonzalo Urrutia Benítez
Asesor Jurídico
Comisión de Defensa Nacional
Asamblea Legislativa - República de Sierra Alta
"""))

m(key="L5", topic="legislation", secondary=[], lang="fr", hard=False,
  note="government wants a decree rather than a law because parliament's calendar is full; can a decree carry penal sanctions",
  frm=("Rokia Traoré-Vasseur", "r.traore-vasseur@mae.malore.example"),
  subject="Décret ou loi ?",
  date=dt(2025, 2, 27, 15, 14, 0, 0),
  body=T("""
Bonjour,

Le Secrétariat général du Gouvernement propose de mettre en œuvre les interdictions de la Convention par un décret, au motif que le calendrier de l'Assemblée nationale est saturé jusqu'à la fin de l'année.

Or, d'après notre Constitution, seules les infractions et les peines prévues par la loi peuvent être réprimées. Un décret nous permettrait-il de satisfaire à nos obligations, ou faut-il impérativement passer par le Parlement pour les sanctions pénales ? Avez-vous connaissance d'États qui ont procédé en deux temps (décret d'abord, loi ensuite) ?

Merci d'avance pour votre éclairage.

Rokia Traoré-Vasseur
Juriste, Direction des affaires juridiques
Ministère des Affaires étrangères et de la Coopération
République de Maloré
"""))

m(key="L6", topic="legislation", secondary=[], lang="en", hard=False,
  note="parliament asks whether national law should explicitly prohibit investment in producers; asks for examples of wording and scope (pension fund)",
  frm=("Oliver Stanhope-Kiri", "o.stanhope-kiri@treasury.astrania.example"),
  subject="Question on financing",
  date=dt(2025, 3, 6, 12, 0, 0, 60),
  body=T("""
Dear ISU,

Our parliament's finance committee has asked whether our 2011 act implementing the Convention should be amended to prohibit explicitly any investment in companies that develop or produce cluster munitions. The act is silent on financing, and a recent press story showed that the state pension fund holds shares in two such companies through an index fund.

Do you have examples of States that have legislated on this, with the wording they used? We would also like to understand whether such provisions usually cover public funds only or private financial institutions too.

Kind regards,

Oliver Stanhope-Kiri
Head of Financial Sector Policy
HM Treasury of the Kingdom of Astrania
"""))

m(key="L7", topic="legislation", secondary=[], lang="ar", hard=False,
  note="ministry of justice drafting a national implementing law; asks for examples of laws (in Arabic) and review of the penal provisions",
  frm=("عمر فاروق النجار", "o.alnajjar@moj.alwaha.example"),
  subject="مشروع قانون وطني",
  date=dt(2024, 12, 2, 11, 45, 0, 120),
  body=T("""
السادة وحدة دعم التنفيذ،

تحية طيبة،

تعكف وزارة العدل في جمهورية الواحة على إعداد مشروع قانون وطني لتنفيذ أحكام الاتفاقية، يتضمن حظر استعمال الذخائر العنقودية وإنتاجها وتخزينها ونقلها، والعقوبات الجزائية المترتبة على مخالفة ذلك.

نرجو تزويدنا بنماذج من القوانين التي اعتمدتها الدول الأطراف، ولا سيما ما هو متوفر منها باللغة العربية، كما نرجو إبداء ملاحظاتكم على الباب الخاص بالعقوبات بعد أن نرسل إليكم المسودة الأولى الشهر المقبل.

وتفضلوا بقبول فائق الاحترام،

المستشار عمر فاروق النجار
مدير إدارة التشريع
وزارة العدل - جمهورية الواحة
"""))

m(key="L8", topic="legislation", secondary=[], lang="fr", hard=False,
  note="customs administration preparing an order to ban import/export/transit; asks whether sufficient and how other States amended customs codes and sanctions",
  frm=("Inspecteur principal Moussa Camara-Blanchet", "m.camara-blanchet@douanes.tambera.example"),
  subject="Textes douaniers",
  date=dt(2025, 4, 3, 8, 47, 0, 0),
  body=T("""
Madame, Monsieur,

Le Code des douanes de la République de Tambéra ne mentionne pas les armes à sous-munitions : elles relèvent simplement de la catégorie générale des « armes et munitions de guerre », dont l'importation est soumise à autorisation.

La Direction générale des douanes prépare un arrêté interministériel qui interdirait purement et simplement leur importation, leur exportation et leur transit, avec confiscation et amendes douanières. Ce texte serait-il suffisant au regard de nos obligations, ou faut-il modifier le Code lui-même ? Comment les autres États ont-ils articulé les interdictions douanières avec les infractions pénales prévues dans leur loi d'application ?

Je vous remercie de l'attention portée à ma demande.

Moussa Camara-Blanchet
Inspecteur principal des douanes
Bureau de la réglementation et des prohibitions
Direction générale des douanes - République de Tambéra
"""))

m(key="L9", topic="legislation", secondary=[], lang="de", hard=False,
  note="iso-8859-1: amending the war weapons control act to cover cluster munitions; asks for comparison of penal provisions, coverage of financing and comments on the draft",
  frm=("Dr. Stefan Brückner-Hallé", "stefan.brueckner@justiz.waldstein.example"),
  subject="Gesetzentwurf - Strafvorschriften",
  date=dt(2025, 5, 28, 14, 22, 0, 120),
  charset="iso-8859-1", hdr_charset="iso-8859-1",
  attachments=["Referentenentwurf_KWKG-Aenderung_Stand_2025-05.pdf"],
  body=T("""
Sehr geehrte Damen und Herren,

das Justizministerium der Republik Waldstein bereitet eine Änderung des Kriegswaffenkontrollgesetzes vor, mit der das Verbot von Streumunition ausdrücklich verankert und strafbewehrt werden soll. Bisher stützen wir uns auf allgemeine Genehmigungsvorbehalte, was im Parlament zu Recht kritisiert wurde.

Wir wären Ihnen dankbar für

- eine Übersicht, welche Strafrahmen andere Vertragsstaaten für Einsatz, Herstellung, Lagerung und Weitergabe vorsehen,
- Hinweise, ob auch die Finanzierung von Herstellern erfasst werden sollte, und
- eine kurze Stellungnahme zum beigefügten Referentenentwurf.

Mit freundlichen Grüßen
Im Auftrag

Dr. Stefan Brückner-Hallé
Referat Strafrecht des Nebenstrafrechts
Ministerium der Justiz der Republik Waldstein
"""))

m(key="L10", topic="legislation", secondary=["general"], lang="en", hard=True,
  note="HARD(preamble): long Mission letter on universalisation, a past ISU visit and sponsorship; the last paragraph asks for legislative drafting help and a workshop for parliamentarians",
  frm=("Permanent Mission of the Republic of Tessaly", "geneva.mission@mfa.tessaly.example"),
  subject="Request from the Mission",
  date=dt(2024, 10, 1, 11, 30, 0, 120),
  attachments=["NV_Tessaly_2024-311.pdf"],
  body=T("""
Note No. 311/2024

The Permanent Mission of the Republic of Tessaly to the United Nations Office and other international organizations in Geneva presents its compliments to the Implementation Support Unit of the Convention on Cluster Munitions and has the honour to refer to the visit of the Director of the Unit to Tessaly in May 2024.

The Mission wishes to convey the appreciation of the Government of Tessaly for the fruitful meetings held on that occasion with the Ministry of Foreign Affairs, the Ministry of Defence and the National Assembly, and for the support of the sponsorship programme, which enabled two officials from the capital to take part in the most recent Meeting of States Parties.

The Republic of Tessaly, which joined the Convention in 2021, remains committed to its universalization and intends to raise the matter with neighbouring States at the forthcoming regional security conference.

In this context, the Permanent Mission has the honour to request the assistance of the Unit in the preparation of the national legislation required to give effect to the Convention, including its penal provisions, and in the organization of a one-day workshop for members of the National Assembly's Defence and Legal Affairs committees on the content of such legislation, ideally in the first quarter of 2025.

The Permanent Mission of the Republic of Tessaly avails itself of this opportunity to renew to the Implementation Support Unit the assurances of its highest consideration.

Geneva, 1 October 2024
"""))

m(key="L11", topic="legislation", secondary=[], lang="es", hard=True,
  note="HARD(forwarded): one-line cover; the forwarded Ministry of Justice message asks how to frame the criminal-code offence, extraterritoriality and for model texts",
  frm=("Martín Quesada Ríos", "mquesada@cancilleria.islacaracol.example"),
  subject="RV: Consulta del Ministerio de Justicia",
  date=dt(2025, 2, 6, 9, 58, 0, -240),
  headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtyQ2m4bWc1X0Zp3kq1a8vR+7Tz0Q==")],
  body=T("""
Estimados, reenvío la consulta de abajo. Gracias.

Martín Quesada Ríos
Tercer Secretario - Dirección de Asuntos Multilaterales

De: Dirección de Asuntos Legislativos <dal@minjusticia.islacaracol.example>
Enviado el: martes, 4 de febrero de 2025 16:12
Para: Martín Quesada Ríos <mquesada@cancilleria.islacaracol.example>
Asunto: Consulta para la Unidad de Apoyo

Estimado Martín:

Como sabes, estamos preparando la reforma del Código Penal que debe acompañar la ratificación. Te agradeceríamos trasladar a la Unidad de Apoyo las siguientes preguntas:

1. ¿Es preferible crear un tipo penal específico para las municiones en racimo o basta con una referencia genérica a las "armas prohibidas por tratados internacionales ratificados por la República"?
2. ¿Debe la ley cubrir los actos cometidos en el extranjero por nacionales y residentes?
3. ¿Disponen de textos modelo o de leyes de otros países de tradición jurídica similar a la nuestra?

Saludos cordiales,

Dra. Elena Saborío Vega
Directora de Asuntos Legislativos
Ministerio de Justicia y Paz
"""))

m(key="L12", topic="legislation", secondary=[], lang="en", hard=False,
  note="two-line note: asks for a compilation of other States' implementing laws from common-law countries before drafting starts",
  frm=("Joanna Prewitt-Osei", "j.prewitt-osei@lawreform.corvana.example"),
  subject="National laws - compilation?",
  date=dt(2025, 6, 10, 16, 1, 0, 120),
  body=T("""
Do you have a compilation of national implementation laws of other States Parties, preferably from common-law countries? We start drafting our own act next month.

J. Prewitt-Osei, Law Reform Commission of Corvana
"""))

# ===================== general (10) =====================

m(key="G1", topic="general", secondary=[], lang="en", hard=False,
  note="asks whether the sponsorship programme can fund two delegates to the Meeting of States Parties, deadlines and documents",
  frm=("Tariq Hollis-Benaoud", "t.hollis-benaoud@mfa.nyassa.example"),
  subject="Sponsorship for the MSP in September",
  date=dt(2025, 6, 3, 10, 30, 0, 120),
  body=T("""
Dear ISU,

The Republic of Nyassa would like to be represented at the Meeting of States Parties in September by two officials from the capital: myself from the Ministry of Foreign Affairs and the Director of our National Mine Action Authority.

Our Ministry does not have a travel budget for this meeting. Could you let us know whether the sponsorship programme is open for this year's meeting, what the deadline is to apply and what documents we need to send (nomination letter, passport copies)? Does the programme also cover the daily allowance?

Kind regards,

Tariq Hollis-Benaoud
Counsellor, Multilateral Affairs
Ministry of Foreign Affairs and International Cooperation
Republic of Nyassa
"""))

m(key="G2", topic="general", secondary=[], lang="fr", hard=False,
  note="notification of a new national focal point; asks to update contact and mailing lists",
  frm=("Sylvie Ekambi-Roussel", "s.ekambi@mission.sanze.example"),
  subject="Changement de point focal",
  date=dt(2024, 9, 17, 14, 55, 0, 120),
  body=T("""
Madame, Monsieur,

Je vous informe que M. Gaston Ilunga, qui assurait jusqu'ici la fonction de point focal national pour la Convention, a été nommé à d'autres fonctions.

Le nouveau point focal est :
M. Didier Mounkoro-Lafont
Directeur des affaires politiques et de sécurité
Ministère des Affaires étrangères, République de Sanzé
d.mounkoro@mae.sanze.example / +000 22 41 90 17

Je reste moi-même en charge du dossier à la Mission à Genève. Je vous saurais gré de bien vouloir mettre à jour vos listes de contacts et de diffusion en conséquence.

Avec mes remerciements,

Sylvie Ekambi-Roussel
Deuxième Conseillère
Mission permanente de la République de Sanzé à Genève
"""))

m(key="G3", topic="general", secondary=[], lang="es", hard=False,
  note="invites the ISU Director to visit the capital for meetings with ministries on cooperation; asks for availability",
  frm=("Emb. Fernando Quiroga Lértora", "fquiroga@rree.costaserena.example"),
  subject="Visita de la Unidad",
  date=dt(2025, 5, 19, 12, 0, 0, -360),
  body=T("""
Estimada Directora:

Tras nuestra conversación en Ginebra, me complace confirmarle el interés del Gobierno de la República de Costa Serena en recibir una visita de la Unidad en nuestra capital durante la segunda quincena de octubre.

La idea sería organizar una jornada de trabajo con los ministerios de Relaciones Exteriores, Defensa, Salud y Desarrollo Social, así como con la autoridad nacional, para revisar de manera conjunta nuestras necesidades y la forma de presentarlas a los socios de cooperación. Nuestro Ministerio cubriría la logística local.

Le agradecería indicarnos qué fechas le resultarían convenientes y si la Unidad necesitaría una invitación oficial.

Con un cordial saludo,

Fernando Quiroga Lértora
Embajador, Director General de Política Multilateral
Ministerio de Relaciones Exteriores y Culto
República de Costa Serena
"""))

m(key="G4", topic="general", secondary=[], lang="en", hard=False,
  note="HTML-only: minister hosts a regional meeting with non-party neighbours; asks for accession briefing material and a speaker (universalisation)",
  frm=("Elena Moravec-Sule", "e.moravec-sule@mfa.istrana.example"),
  subject="Outreach to our neighbours",
  date=dt(2025, 1, 20, 9, 40, 0, 60),
  html_only=True,
  html=T("""
<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>
</head><body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Dear colleagues,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">In April our Minister will host an informal regional meeting with three neighbouring States that have not yet joined the Convention. Two of them have told us privately that they are considering it but worry about the cost of the obligations and about their defence cooperation with non-party allies.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Would the ISU be able to provide short briefing material on the accession process and what it concretely entails for a State with no stockpiles, and possibly send someone to speak for 20 minutes (in person or online)? We would cover travel if needed.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Best wishes,</p>
<p class="MsoNormal"><b>Elena Moravec-Sule</b></p>
<p class="MsoNormal">Director, Department for Arms Control and Disarmament</p>
<p class="MsoNormal">Ministry of Foreign Affairs of the Republic of Istrana</p>
</div></body></html>
"""))

m(key="G5", topic="general", secondary=["stockpile_destruction", "clearance", "reporting", "victim_assistance"], lang="en", hard=True,
  note="HARD(multi_topic): lists stockpile, survey, overdue report and survivor needs with no main one; asks help to bundle them into one request for partners",
  frm=("Col. (Ret.) Benedict Oyelaran-Fisk", "b.oyelaran@natcom.mbelle.example"),
  subject="Our needs for 2025-2026",
  date=dt(2025, 2, 14, 8, 30, 0, 60),
  body=T("""
Dear ISU,

Following the change of government, I have been appointed National Coordinator for the Convention and I would like to put all our outstanding issues on the table at once:

1. About 60 aircraft bombs of the old type are still in the Air Force depot at Ikeji and need to be destroyed; we have no budget.
2. Two areas in the north-east (Garu and Tomba) are suspected of contamination since the 2009 incursion but have never been surveyed.
3. Our annual report is two years overdue; the officer who did it has retired.
4. The survivors' association in Garu has asked for support for medical care and small businesses.

None of these can wait, and we have no idea which partners deal with what. Could the ISU help us put these needs together into a single request for assistance and present it to potential partners, perhaps during the intersessional meetings?

Yours sincerely,

Col. (Ret.) Benedict Oyelaran-Fisk
National Coordinator
National Commission on Arms Control, Republic of Mbelle
"""))

m(key="G6", topic="general", secondary=[], lang="fr", hard=False,
  note="asks for invitation letters for Schengen visas so delegates can attend the intersessional meetings",
  frm=("Abdoulaye Koné-Berthier", "a.kone-berthier@mae.tambera.example"),
  subject="Lettre d'invitation - réunions intersessions",
  date=dt(2025, 5, 2, 11, 18, 0, 0),
  body=T("""
Bonjour,

Deux membres de notre délégation (Mme Fatou Sidibé et M. Issa Tounkara, ministère de la Défense) doivent déposer leur demande de visa Schengen au consulat le 12 mai pour participer aux réunions intersessions à Genève.

Le consulat exige une lettre d'invitation nominative. Pourriez-vous nous la faire parvenir rapidement ? Je vous transmets ci-joint la copie des passeports.

Merci beaucoup,

Abdoulaye Koné-Berthier
Direction des Organisations internationales
Ministère des Affaires étrangères - République de Tambéra
""") ,
  attachments=["Passeports_Sidibe_Tounkara.pdf"])

m(key="G7", topic="general", secondary=[], lang="en", hard=False,
  note="practical question: postal address and addressee for sending a signed ministerial letter (presidency candidacy) by diplomatic pouch",
  frm=("Dieter Lanz-Okafor", "dieter.lanz@aussenamt.hohenau.example"),
  subject="Postal address?",
  date=dt(2025, 3, 13, 15, 2, 0, 60),
  body=T("""
Dear ISU,

We would like to send the signed original of a letter from our Minister (about our candidacy for the presidency of the next Meeting of States Parties) by diplomatic pouch. What is the correct postal address, and to whose attention should the envelope be marked? A scanned copy will follow by email.

Thank you and regards,

Dieter Lanz-Okafor
Desk Officer, Multilateral Disarmament
Ministry of Foreign Affairs, Republic of Hohenau
"""))

m(key="G8", topic="general", secondary=["clearance", "victim_assistance"], lang="fr", hard=True,
  note="HARD(context_other_topic): long description of clearance and victim needs, but the ask is how to organise an 'individualised approach' partner meeting (cooperation in general)",
  frm=("Paul-Henri Moussavou-Clerc", "ph.moussavou@cnlam.ngoya.example"),
  subject="Approche individualisée",
  date=dt(2025, 3, 4, 10, 0, 0, 60),
  body=T("""
Madame la Directrice,

Comme vous le savez, la République de Ngoya doit encore dépolluer environ 6 km² de zones contaminées par des sous-munitions dans les provinces de l'Est, où nos trois équipes ne suffisent plus depuis le départ de l'opérateur international en 2023. Par ailleurs, plus de 1 200 victimes recensées attendent un appareillage, un soutien psychologique ou une aide à la réinsertion, et le centre de réadaptation de Mbala fonctionne au ralenti.

Plutôt que de multiplier les demandes ponctuelles, le Gouvernement souhaite présenter l'ensemble de ses besoins à ses partenaires lors d'une réunion dédiée, selon la formule de « l'approche individualisée » dont plusieurs États ont bénéficié.

Pourriez-vous nous expliquer comment se déroule concrètement ce processus, quels documents il faut préparer, dans quels délais, et si l'Unité pourrait faciliter une telle réunion en marge des réunions intersessions de juin ?

Je vous prie d'agréer, Madame la Directrice, l'expression de ma considération distinguée.

Paul-Henri Moussavou-Clerc
Secrétaire permanent
Commission nationale de lutte antimines - République de Ngoya
"""))

m(key="G9", topic="general", secondary=[], lang="pt", hard=False,
  note="invites the ISU to send a speaker to a regional seminar on universalisation for Portuguese-speaking countries",
  frm=("Dra. Helena Baptista Correia", "helena.correia@mne.caboaurora.example"),
  subject="Convite - seminário regional",
  date=dt(2025, 6, 6, 9, 12, 0, -60),
  body=T("""
Exma. Senhora Directora,

O Ministério dos Negócios Estrangeiros da República de Cabo Aurora vai organizar, nos dias 18 e 19 de Novembro, em Porto Aurora, um seminário regional sobre a adesão à Convenção destinado aos países de língua portuguesa que ainda não são partes.

Temos a honra de convidar a Unidade a enviar um orador para apresentar a Convenção, o processo de adesão e o apoio disponível para os novos Estados Partes. As despesas de viagem e estadia serão suportadas pela organização.

Agradecemos que nos indiquem, até ao final de Julho, o nome da pessoa que poderá participar.

Com os melhores cumprimentos,

Helena Baptista Correia
Directora de Assuntos Políticos Multilaterais
Ministério dos Negócios Estrangeiros - República de Cabo Aurora
"""))

m(key="G10", topic="general", secondary=["reporting"], lang="es", hard=True,
  note="HARD(misleading_subject): subject 'Informe de transparencia' from an old thread, body asks how to register the delegation for the intersessional meetings",
  frm=("Daniela Cortés Villanueva", "dcortes@misionginebra.sierraalta.example"),
  subject="Informe de transparencia",
  date=dt(2025, 5, 21, 14, 30, 0, 120),
  body=T("""
Hola:

Disculpen el asunto, es de un hilo anterior con ustedes y no tiene que ver con el informe, que ya se presentó.

Quería consultar cómo inscribir a nuestra delegación para las reuniones entre periodos de sesiones de junio. ¿Hay un formulario de registro en línea? ¿Hasta qué fecha se puede inscribir? ¿Hace falta enviar una nota verbal con la composición de la delegación o basta con el registro?

Serían tres personas: la Embajadora, una persona de la capital y yo.

Gracias y saludos,

Daniela Cortés Villanueva
Consejera
Misión Permanente de la República de Sierra Alta ante la ONU - Ginebra
"""))

# ===================== not_an_enquiry (9) =====================

m(key="N1", topic="not_an_enquiry", secondary=["victim_assistance"], lang="en", hard=True,
  note="HARD(auto_reply_topic_words): Exchange out-of-office (Auto-Submitted) whose text and signature are all about the national victim assistance programme",
  frm=("Dr. Nomvula Ashby-Keita", "n.ashby-keita@mohsw.nyassa.example"),
  subject="Automatic reply: Intersessional meetings 2025 - information for focal points",
  date=dt(2025, 4, 14, 9, 2, 11, 120),
  headers=[("In-Reply-To", "<3f9a2d1c-7e55-4b0a-a1d2-0c9e8b7f6a51@ccm-isu.example>"),
           ("References", "<3f9a2d1c-7e55-4b0a-a1d2-0c9e8b7f6a51@ccm-isu.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "n.ashby-keita@mohsw.nyassa.example")],
  body=T("""
Thank you for your message.

I am out of the office on mission to the provinces until 28 April 2025, with limited access to e-mail.

For urgent matters concerning the national victim assistance programme - rehabilitation and prosthetic services, the survivors' registry, or referrals for psychosocial support - please contact my colleague Mr. Joel Banda (j.banda@mohsw.nyassa.example, +000 1 555 0144).

Dr. Nomvula Ashby-Keita
National Focal Point for Victim Assistance
Department of Disability and Rehabilitation Services
Ministry of Health and Social Welfare, Republic of Nyassa
"No survivor left behind"
"""))

m(key="N2", topic="not_an_enquiry", secondary=["legislation"], lang="fr", hard=True,
  note="HARD(auto_reply_no_header): absence notice without Auto-Submitted or any auto-reply header; text mentions the implementing bill",
  frm=("Jean-Marc Fofana-Delorme", "jm.fofana@justice.sablieres.example"),
  subject="Absent : Projet de loi d'application - commentaires de l'Unité",
  date=dt(2024, 8, 2, 10, 0, 4, 60),
  headers=[("In-Reply-To", "<5d0c8e2b-93f1-4a67-8b2e-7a1f4c3d9e02@ccm-isu.example>")],
  body=T("""
Bonjour,

Je suis absent du bureau du 29 juillet au 23 août inclus, sans accès à ma messagerie.

Pour toute question urgente relative au projet de loi portant interdiction des armes à sous-munitions, merci de vous adresser à Mme Aïcha Bembo, conseillère technique (a.bembo@justice.sablieres.example).

Votre message ne sera pas transféré et je le lirai à mon retour.

Cordialement,

Jean-Marc Fofana-Delorme
Directeur des affaires criminelles et des grâces
Ministère de la Justice - République des Sablières
"""))


def _n3_raw(spec):
    date = format_datetime(spec["date"])
    b = "4F1A3C0312.1733217312/mx1.mfa.orinoa.example"
    return T("""
Return-Path: <>
Received: from mx1.mfa.orinoa.example (mx1.mfa.orinoa.example [203.0.113.77])
	by mx1.ccm-isu.example (Postfix) with ESMTPS id 9C2D11A0B4
	for <intake@ccm-isu.example>; %(date)s
Date: %(date)s
From: MAILER-DAEMON@mx1.mfa.orinoa.example (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: intake@ccm-isu.example
Auto-Submitted: auto-replied
Message-Id: <20241203091512.4F1A3C0312@mx1.mfa.orinoa.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="%(b)s"
Content-Transfer-Encoding: 8bit

This is a MIME-encapsulated message.

--%(b)s
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.mfa.orinoa.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<k.lindahl@mfa.orinoa.example>: host mail.mfa.orinoa.example[203.0.113.80]
    said: 550 5.1.1 <k.lindahl@mfa.orinoa.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)

--%(b)s
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.mfa.orinoa.example
X-Postfix-Queue-ID: 4F1A3C0312
X-Postfix-Sender: rfc822; intake@ccm-isu.example
Arrival-Date: Tue,  3 Dec 2024 09:15:10 +0000 (GMT)

Final-Recipient: rfc822; k.lindahl@mfa.orinoa.example
Original-Recipient: rfc822;k.lindahl@mfa.orinoa.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.mfa.orinoa.example
Diagnostic-Code: smtp; 550 5.1.1 <k.lindahl@mfa.orinoa.example>: Recipient
    address rejected: User unknown in virtual mailbox table

--%(b)s
Content-Description: Undelivered Message
Content-Type: message/rfc822

Return-Path: <intake@ccm-isu.example>
Received: from intake.ccm-isu.example (intake.ccm-isu.example [192.0.2.25])
	by mx1.mfa.orinoa.example (Postfix) with ESMTPS id 4F1A3C0312
	for <k.lindahl@mfa.orinoa.example>; Tue,  3 Dec 2024 09:15:10 +0000 (GMT)
From: CCM assistance intake <intake@ccm-isu.example>
To: k.lindahl@mfa.orinoa.example
Cc: isu@ccm-isu.example
Reply-To: director@nmaa.suvanna.example, intake@ccm-isu.example
Subject: [CCM-2024-0213] [Clearance and risk reduction] Support for survey in
 northern provinces
Date: Tue, 03 Dec 2024 09:15:08 +0000
Message-ID: <fwd.CCM-2024-0213.1.8d41c2@ccm-isu.example>
X-Intake-Case: CCM-2024-0213
X-Intake-Topic: clearance
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

New enquiry CCM-2024-0213 from director@nmaa.suvanna.example (Kingdom of Suvanna)

Routed to you as clearance coordinator.
Topic: clearance (confidence 0.82)
Evidence: "bomblets" (body), "non-technical survey" (body),
"technical survey and clearance" (body), "large-loop detectors" (body)

The State asks for support for non-technical survey in about 140
villages in the northern districts, followed by technical survey and
clearance of confirmed hazardous areas before the next planting season.

The original message is attached.

--%(b)s--
""") % {"date": date, "b": b}


m(key="N3", topic="not_an_enquiry", secondary=["clearance"], lang="en", hard=True,
  note="HARD(bounce_with_topic_content): Postfix DSN (multipart/report) returning a forward whose routing summary is all about survey and clearance",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx1.mfa.orinoa.example"),
  subject="Undelivered Mail Returned to Sender",
  date=dt(2024, 12, 3, 9, 15, 12, 0),
  raw=_n3_raw)

m(key="N4", topic="not_an_enquiry", secondary=[], lang="de", hard=False,
  note="German Exchange-style non-delivery report (mailbox full) as plain text from postmaster, without multipart/report or Auto-Submitted",
  frm=("Microsoft Outlook", "postmaster@bmvg.waldstein.example"),
  subject="Unzustellbar: [CCM-2025-0140] Acknowledgement: Anfrage: Vernichtung von Altbeständen",
  date=dt(2025, 2, 25, 10, 14, 31, 60),
  charset="iso-8859-1", hdr_charset="iso-8859-1",
  body=T("""
Ihre Nachricht hat folgende Empfänger nicht erreicht:

m.feldhaus@bmvg.waldstein.example am 25.02.2025 10:14

    Das Postfach des Empfängers ist voll und kann zurzeit keine Nachrichten annehmen.
    Versuchen Sie es später erneut, oder wenden Sie sich direkt an den Empfänger.
    <mail01.bmvg.waldstein.example #5.2.2 smtp;552 5.2.2 Mailbox full>

Diagnoseinformationen für Administratoren:

Generierender Server: mail01.bmvg.waldstein.example

m.feldhaus@bmvg.waldstein.example
#552 5.2.2 Mailbox full ##

Ursprüngliche Nachrichtenkopfzeilen:

Received: from mx1.ccm-isu.example (192.0.2.25) by mail01.bmvg.waldstein.example
 with Microsoft SMTP Server id 15.1.2507.39; Tue, 25 Feb 2025 10:14:29 +0100
From: CCM assistance intake <intake@ccm-isu.example>
To: <m.feldhaus@bmvg.waldstein.example>
Subject: [CCM-2025-0140] Acknowledgement: Anfrage: Vernichtung von Altbeständen
Date: Tue, 25 Feb 2025 09:14:20 +0000
Message-ID: <ack.CCM-2025-0140.e3b0c4@ccm-isu.example>
Auto-Submitted: auto-replied
Content-Language: de
"""))


m(key="N5", topic="not_an_enquiry", secondary=["clearance"], lang="en", hard=True,
  note="HARD(newsletter_topic): HTML-only NGO newsletter (List-Id, List-Unsubscribe, Precedence: bulk) about land released, dog teams and risk education",
  message_id="<0100019a7c3e5f21-fn47-4c1e-9b0e-2d7f1a6c3b55-000000@mailer.minefreefutures.example.org>",
  frm=("Mine-Free Futures", "fieldnotes@minefreefutures.example.org"),
  subject="Field Notes #47: 2.3 km² released in the Delta, and meet our new dog teams",
  date=dt(2025, 3, 20, 6, 0, 0, 0),
  headers=[("List-Id", "Field Notes <fieldnotes.minefreefutures.example.org>"),
           ("List-Unsubscribe", "<https://minefreefutures.example.org/u/7d3a91?e=intake%40ccm-isu.example>, <mailto:unsubscribe-7d3a91@minefreefutures.example.org>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Campaign-ID", "fn-047-2025-03")],
  html_only=True,
  html=T("""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Field Notes #47</title></head>
<body style="margin:0;background:#f2f2ee">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;color:#333">
<tr><td>
<p style="font-size:12px;color:#888">View this email in your browser</p>
<h1 style="color:#2d5a27">Field Notes #47 - March 2025</h1>
<h2>2.3 km&sup2; handed back to farmers in the Delta</h2>
<p>Since January our survey and clearance teams in the Delta region have released 2.3 square kilometres of rice paddies and
orchards. 1,184 submunitions were found and destroyed in place, most of them within 20 cm of the surface. Families in
Phum Krasang planted their first dry-season crop in eleven years.</p>
<h2>Meet Luna and Bravo</h2>
<p>Our two new mine detection dogs passed their accreditation in February. Working alongside manual deminers, they let
us confirm or cancel suspected areas up to three times faster during technical survey.</p>
<h2>Risk education goes on air</h2>
<p>Our radio drama "The Field Behind the School" is now broadcast in three provinces, reaching an estimated 400,000 listeners.</p>
<p style="text-align:center"><a href="https://minefreefutures.example.org/donate?utm_source=fn47"
style="background:#2d5a27;color:#fff;padding:12px 24px;text-decoration:none">Donate: USD 50 clears 20 m&sup2;</a></p>
<hr>
<p style="font-size:11px;color:#888">You are receiving this because you subscribed at an event or on our website.<br>
Mine-Free Futures, 12 Harbour Lane, Port Vell, Republic of Pelagia.<br>
<a href="https://minefreefutures.example.org/u/7d3a91">Unsubscribe</a> | <a href="https://minefreefutures.example.org/prefs/7d3a91">Update preferences</a></p>
</td></tr></table></td></tr></table>
</body></html>
"""))

m(key="N6", topic="not_an_enquiry", secondary=["clearance"], lang="en", hard=True,
  note="HARD(spam_topic): unsolicited conference marketing (no list headers) selling passes to a demining/EOD summit, full of clearance vocabulary",
  message_id="<SB4.20250211.0412.88812.intake@dtsummit-events.example>",
  frm=("Demining Tech Summit 2025", "delegates@dtsummit-events.example"),
  subject="Last chance: 40% off delegate passes - Humanitarian Demining & EOD Summit",
  date=dt(2025, 2, 11, 4, 12, 0, -300),
  headers=[("X-Mailer", "SendBlaster 4")],
  alt=True,
  body=T("""
Dear Intake,

Only 72 hours left to save 40% on your delegate pass!

The Humanitarian Demining & EOD Summit 2025 (Dubai Marina, 14-16 October) brings together 600+ national mine action authorities, operators and technology vendors to discuss:

* Drone-based non-technical survey and AI detection of submunitions
* Ground-penetrating radar vs. dual-sensor detectors: field results
* Land release in record time - case studies from 12 countries
* Funding your clearance programme: meet 30+ donors in our exclusive Donor Lounge

Book before Friday with code MINEFREE40 and get a free seat at the pre-summit workshop "Battle Area Clearance for Beginners".

Register now: https://dtsummit-events.example/register?c=MINEFREE40

Warm regards,
The Summit Team

You received this email because your organisation works in the mine action sector. If you prefer not to hear from us, reply with REMOVE in the subject line.
"""))


def _n7_raw(spec):
    date = format_datetime(spec["date"])
    b = "----=_NextPart_000_0003_01DB6F2A.5C8E9B30"
    frm = enc("Carolina Méndez Arce") + " <cmendez@minsalud.valdelaguna.example>"
    subj = enc("Leído: [CCM-2025-0087] Acuse de recibo: Programa de rehabilitación comunitaria")
    return T("""
Received: from mail.minsalud.valdelaguna.example (mail.minsalud.valdelaguna.example [198.51.100.61])
	by mx1.ccm-isu.example (Postfix) with ESMTPS id 61F0AA22C1
	for <intake@ccm-isu.example>; %(date)s
From: %(frm)s
To: <intake@ccm-isu.example>
Subject: %(subj)s
Date: %(date)s
Message-ID: <000301db6f2a$5c8e9b30$15b3d190$@minsalud.valdelaguna.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="%(b)s"
X-Mailer: Microsoft Outlook 16.0
Content-Language: es-cr

This is a multipart message in MIME format.

--%(b)s
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Su mensaje

  Para: cmendez@minsalud.valdelaguna.example
  Asunto: [CCM-2025-0087] Acuse de recibo: Programa de rehabilitación comunitaria
  Enviado: lunes, 17 de marzo de 2025 15:02

fue leído el lunes, 17 de marzo de 2025 15:47.

--%(b)s
Content-Type: message/disposition-notification

Reporting-UA: PC-DGSALUD-114; Microsoft Outlook 16.0
Final-Recipient: rfc822;cmendez@minsalud.valdelaguna.example
Original-Message-ID: <ack.CCM-2025-0087.41aa07@ccm-isu.example>
Disposition: manual-action/MDN-sent-manually; displayed

--%(b)s--
""") % {"date": date, "b": b, "frm": frm, "subj": subj}


m(key="N7", topic="not_an_enquiry", secondary=[], lang="es", hard=False,
  note="Outlook read receipt (multipart/report; report-type=disposition-notification) for an acknowledgement",
  frm=("Carolina Méndez Arce", "cmendez@minsalud.valdelaguna.example"),
  subject="Leído: [CCM-2025-0087] Acuse de recibo: Programa de rehabilitación comunitaria",
  date=dt(2025, 3, 17, 15, 47, 12, -360),
  raw=_n7_raw)

ICS = T("""
BEGIN:VCALENDAR
PRODID:-//Corvana Government//Calendar 2.4//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250610T080000Z
DTEND:20250610T083000Z
DTSTAMP:20250609T080000Z
ORGANIZER;CN=Sofia Marchetti-Bay:mailto:s.marchetti-bay@mission.corvana.example
UID:7kq2m1c0v9l3b8r4t6n5x2z1@calendar.corvana.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=intake@ccm-isu.example:mailto:intake@ccm-isu.example
SUMMARY:Coordination call with ISU
LOCATION:https://meet.corvana.example/isu-call
SEQUENCE:0
STATUS:CONFIRMED
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-P0DT0H10M0S
END:VALARM
END:VEVENT
END:VCALENDAR
""").replace("\n", "\r\n")

m(key="N8", topic="not_an_enquiry", secondary=[], lang="en", hard=False,
  note="calendar system reminder (Auto-Submitted: auto-generated) with an .ics for a coordination call",
  frm=("Corvana Calendar", "calendar-notification@calendar.corvana.example"),
  subject="Reminder: Coordination call with ISU @ Tue 10 Jun 2025 10:00 - 10:30 (CEST) (intake@ccm-isu.example)",
  date=dt(2025, 6, 10, 7, 50, 0, 0),
  headers=[("Auto-Submitted", "auto-generated"), ("Reply-To", "noreply@calendar.corvana.example")],
  alt=True,
  attachments=[("invite.ics", ICS, ("text", "calendar"))],
  body=T("""
This is a reminder for the following event.

Coordination call with ISU
When: Tuesday 10 June 2025 10:00 - 10:30 (Central European Time - Geneva)
Joining info: https://meet.corvana.example/isu-call
Organizer: Sofia Marchetti-Bay

You are receiving this email at the account intake@ccm-isu.example because you are an attendee of this event.
To stop receiving future notifications for this event, decline this event.

Invitation from Corvana Calendar
"""))

m(key="N9", topic="not_an_enquiry", secondary=[], lang="ru", hard=False,
  note="Russian marketing mail from a translation agency with List-Unsubscribe",
  message_id="<mailing-88231.20250127053000@send.lingvapro-perevod.example>",
  frm=("ЛингваПро", "info@lingvapro-perevod.example"),
  subject="Скидка 25% на перевод документов для международных организаций",
  date=dt(2025, 1, 27, 5, 30, 0, 180),
  headers=[("List-Unsubscribe", "<https://lingvapro-perevod.example/unsubscribe?id=88231>"),
           ("Precedence", "bulk")],
  alt=True,
  body=T("""
Здравствуйте!

Бюро переводов «ЛингваПро» предлагает сотрудникам международных организаций, посольств и министерств скидку 25% на письменный перевод до конца февраля.

- переводы с английского, французского, испанского и арабского языков и на них;
- официальные письма, доклады, отчёты, протоколы заседаний;
- нотариальное заверение и апостиль за 1 день;
- синхронный перевод на конференциях и переговорах.

Промокод: ДИПЛОМАТ25

Оставьте заявку на сайте https://lingvapro-perevod.example или позвоните нам: +000 495 555 17 17.

С уважением,
команда «ЛингваПро»

Вы получили это письмо, потому что ваш адрес есть в открытых источниках. Отписаться: https://lingvapro-perevod.example/unsubscribe?id=88231
"""))


# ---------------------------------------------------------------------------

def _all_defects(msg):
    found = []
    for part in msg.walk():
        found.extend(type(d).__name__ for d in part.defects)
        for name, value in part.items():
            found.extend("%s:%s" % (name, type(d).__name__) for d in getattr(value, "defects", ()))
    return found


def verify(out, labels):
    import email
    problems = []
    files = sorted(f for f in os.listdir(out) if f.endswith(".eml"))
    if files != sorted(labels):
        problems.append("files and labels.json differ")
    for fn in files:
        with open(os.path.join(out, fn), "rb") as fh:
            data = fh.read()
        msg = email.message_from_bytes(data, policy=policy.default)
        d = _all_defects(msg)
        if d:
            problems.append("%s: defects %s" % (fn, d))
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                problems.append("%s: missing %s" % (fn, h))
        if INTAKE not in str(msg["To"]):
            problems.append("%s: To is not the intake" % fn)
        body = msg.get_body(preferencelist=("plain", "html"))
        if body is None and labels[fn]["topic"] != "not_an_enquiry":
            problems.append("%s: no text body" % fn)
        elif body is not None:
            body.get_content()  # must decode with its declared charset
    return problems


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    specs = list(MESSAGES)
    keys = [s["key"] for s in specs]
    assert len(set(keys)) == len(keys), "duplicate keys"
    senders = [s["frm"][1].lower() for s in specs]
    dup = {a for a in senders if senders.count(a) > 1}
    assert not dup, "duplicate senders: %s" % dup
    for s in specs:
        assert s["topic"] in TOPICS, s["key"]
        assert all(t in TOPICS for t in s["secondary"]), s["key"]
        assert s["topic"] not in s["secondary"], s["key"]
        assert s["note"] and "\n" not in s["note"], s["key"]
        if s.get("hard"):
            assert s["note"].startswith("HARD("), s["key"]
    rng = random.Random(SEED)
    rng.shuffle(specs)
    for f in os.listdir(out):
        if f.startswith("d-") and f.endswith(".eml"):
            os.remove(os.path.join(out, f))
    labels = {}
    for n, spec in enumerate(specs, 1):
        fn = "d-%04d.eml" % n
        with open(os.path.join(out, fn), "wb") as fh:
            fh.write(build(spec, n))
        labels[fn] = {"hard": bool(spec["hard"]), "language": spec["lang"], "note": spec["note"],
                      "secondary": list(spec["secondary"]), "topic": spec["topic"]}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, sort_keys=True, ensure_ascii=False)
        fh.write("\n")
    problems = verify(out, labels)
    import email
    for n, spec in enumerate(specs, 1):
        fn = "d-%04d.eml" % n
        with open(os.path.join(out, fn), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=policy.default)
        if str(msg["Subject"]) != spec["subject"]:
            problems.append("%s: subject round-trip %r" % (fn, str(msg["Subject"])))
        a = msg["From"].addresses[0]
        if a.addr_spec.lower() != spec["frm"][1].lower() or (
                "raw" not in spec and a.display_name != spec["frm"][0]):
            problems.append("%s: From round-trip %r" % (fn, str(msg["From"])))
    from collections import Counter
    print("messages:", len(labels))
    print("topics:", dict(sorted(Counter(v["topic"] for v in labels.values()).items())))
    print("languages:", dict(sorted(Counter(v["language"] for v in labels.values()).items())))
    print("hard:", sum(v["hard"] for v in labels.values()))
    print("html-only:", sum(1 for s in specs if s.get("html_only")))
    print("legacy charsets:", dict(Counter(s["charset"] for s in specs if s.get("charset"))))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("all files parse without defects")


if __name__ == "__main__":
    main()
