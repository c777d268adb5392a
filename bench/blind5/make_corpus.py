#!/usr/bin/env python3
"""Deterministic generator of the blind5 labelled e-mail corpus (standard library only).

Writes f-0001.eml ... f-0070.eml and labels.json next to this file, then checks that every
file parses with email.policy.default without defects.
"""
import email
import email.policy
import glob
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# ---------------------------------------------------------------- raw MIME helpers
import base64
import datetime
import email.utils
import html
import io
import quopri
import random
import zipfile
from email.header import Header

TO = "intake@ccm-isu.example"


def enc_hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    return email.utils.formataddr((name, address), charset=charset)


def date_hdr(t):
    y, mo, d, h, mi, tz = t
    tzinfo = datetime.timezone(datetime.timedelta(hours=tz))
    return email.utils.format_datetime(datetime.datetime(y, mo, d, h, mi, 17, tzinfo=tzinfo))


def _hex(rng, n):
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(n))


def _aln(rng, n):
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))


def message_id(rng, client, domain, t):
    if client == "outlook":
        a = rng.randint(1, 9)
        b = rng.randint(10, 99)
        return f"<AM{a}PR{b}MB{rng.randint(1000, 9999)}{_hex(rng, 12)}@AM{a}PR{b}MB{rng.randint(1000, 9999)}.eurprd{b}.prod.outlook.example>"
    if client == "gmail":
        return f"<CA+{_aln(rng, 38)}@mail.gmail.example>"
    if client in ("thunderbird", "roundcube"):
        h = _hex(rng, 32).lower()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@{domain}>"
    if client == "apple":
        h = _hex(rng, 32)
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@{domain}>"
    if client == "lotus":
        return f"<OF{_hex(rng, 8)}.{_hex(rng, 8)}-ON{_hex(rng, 8)}.{_hex(rng, 8)}@{domain}>"
    y, mo, d, h, mi, _ = t
    return f"<{y:04d}{mo:02d}{d:02d}{h:02d}{mi:02d}17.{_hex(rng, 10).lower()}@{domain}>"


def client_headers(rng, client, lang):
    out = []
    if client == "outlook":
        out.append(("X-Mailer", "Microsoft Outlook 16.0"))
        out.append(("Thread-Index", base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode()))
        out.append(("Content-Language", {"en": "en-gb", "fr": "fr-fr", "es": "es-es", "pt": "pt-pt", "ar": "ar-sa", "ru": "ru-ru", "de": "de-de"}[lang]))
    elif client == "thunderbird":
        out.append(("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.8.1"))
        out.append(("Content-Language", lang))
    elif client == "apple":
        out.append(("X-Mailer", "Apple Mail (2.3774.400.31)"))
    elif client == "lotus":
        out.append(("X-Mailer", "Lotus Notes Release 9.0.1FP10 SHF383 January 07, 2019"))
    elif client == "roundcube":
        out.append(("User-Agent", "Roundcube Webmail/1.6.5"))
    return out


def boundary(rng, client):
    if client == "outlook":
        return f"----=_NextPart_000_{_hex(rng, 4)}_01DA{_hex(rng, 4)}.{_hex(rng, 8)}"
    if client == "gmail":
        return "0000000000" + _hex(rng, 16).lower()
    if client == "apple":
        return f"Apple-Mail=_{_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 12)}"
    return "------------" + _aln(rng, 24)


def encode_payload(text, charset, cte):
    b = text.encode(charset)
    if cte is None:
        cte = "7bit" if all(c < 128 for c in b) else "quoted-printable"
    if cte == "quoted-printable":
        return cte, quopri.encodestring(b)
    if cte == "base64":
        return cte, base64.encodebytes(b)
    return cte, b


def text_part(text, subtype="plain", charset="utf-8", cte=None, extra=""):
    if not text.endswith("\n"):
        text += "\n"
    cte, payload = encode_payload(text, charset, cte)
    head = f'Content-Type: text/{subtype}; charset="{charset}"{extra}\nContent-Transfer-Encoding: {cte}\n\n'
    return head.encode("ascii") + payload


def _filename_params(fname):
    try:
        fname.encode("ascii")
        return f'name="{fname}"', f'filename="{fname}"'
    except UnicodeEncodeError:
        v = email.utils.encode_rfc2231(fname, "utf-8")
        return f"name*={v}", f"filename*={v}"


def attach_part(fname, data, ctype):
    np, fp = _filename_params(fname)
    head = (f"Content-Type: {ctype}; {np}\nContent-Disposition: attachment; {fp}\n"
            f"Content-Transfer-Encoding: base64\n\n")
    return head.encode("ascii") + base64.encodebytes(data)


def raw_part(ctype_line, body_bytes, cte=None):
    head = f"Content-Type: {ctype_line}\n"
    if cte:
        head += f"Content-Transfer-Encoding: {cte}\n"
    return (head + "\n").encode("ascii") + body_bytes


def multipart(subtype, parts, bnd, params="", preamble=True):
    head = f'Content-Type: multipart/{subtype};{params} boundary="{bnd}"\n\n'.encode("ascii")
    out = head
    if preamble:
        out += b"This is a multi-part message in MIME format.\n\n"
    for p in parts:
        if not p.endswith(b"\n"):
            p += b"\n"
        out += b"--" + bnd.encode() + b"\n" + p
    out += b"--" + bnd.encode() + b"--\n"
    return out


def to_html(text, font="Calibri, sans-serif", charset="utf-8"):
    paras = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(html.escape(l.lstrip("> ")) for l in lines)
            paras.append(f'<blockquote style="border-left:2px solid #ccc;margin:0 0 0 .8ex;padding-left:1ex">{inner}</blockquote>')
        else:
            paras.append("<p>" + "<br>\n".join(html.escape(l) for l in lines) + "</p>")
    body = "\n".join(paras)
    return (f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n</head>\n'
            f'<body>\n<div style="font-family:{font};font-size:11pt">\n{body}\n</div>\n</body>\n</html>\n')


# --- dummy attachments -------------------------------------------------------

def pdf_bytes(title):
    t = title.replace("(", "").replace(")", "")
    stream = f"BT /F1 12 Tf 72 720 Td ({t}) Tj ET".encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    x = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode())
    return out.getvalue()


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def docx_bytes(text):
    esc = html.escape(text)
    return _zip([
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{esc}</w:t></w:r></w:p></w:body></w:document>'),
    ])


def xlsx_bytes(text):
    esc = html.escape(text)
    return _zip([
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/worksheets/sheet1.xml", f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>{esc}</t></is></c></row></sheetData></worksheet>'),
    ])


CTYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def dummy_attachment(fname):
    ext = fname.rsplit(".", 1)[-1].lower()
    stem = fname.rsplit(".", 1)[0]
    data = {"pdf": pdf_bytes, "docx": docx_bytes, "xlsx": xlsx_bytes}[ext](stem)
    return attach_part(fname, data, CTYPES[ext])


def received(rng, domain, t):
    ip = f"{rng.choice(['192.0.2', '198.51.100', '203.0.113'])}.{rng.randint(2, 250)}"
    qid = _hex(rng, 10)
    return ("Received", f"from mail.{domain} (mail.{domain} [{ip}])\n\tby mx1.ccm-isu.example (Postfix) with ESMTPS id {qid}\n\tfor <{TO}>; {date_hdr(t)}")


ENTRIES = []


def E(key, topic, lang, hard, sec, note, name, address, subject, date, body, **opt):
    ENTRIES.append(dict(key=key, topic=topic, lang=lang, hard=hard, sec=sec, note=note, name=name,
                        address=address, subject=subject, date=date, body=body, **opt))


# ============================================================================ stockpile_destruction
E("SD1", "stockpile_destruction", "en", False, [],
  "advice on open detonation vs industrial demilitarisation of DPICM carrier shells, costs and permits",
  "Col. Tomasz Wrenfield", "t.wrenfield@mod.kestrelia.example",
  "Technical advice on destruction method for DPICM artillery stocks", (2024, 2, 6, 9, 14, 1),
  """Dear colleagues,

I am writing on behalf of the Directorate of Ammunition Management, Ministry of Defence of the Republic of Kestrelia.

As you will know from our initial transparency report, Kestrelia still holds approx. 4,300 155mm DPICM carrier projectiles (M483A1 pattern, 88 submunitions each) at the Harrow Ridge depot. Our deadline is 1 August 2027 and we intend to finish well ahead of it.

Our engineers are weighing two options:
 (a) open detonation at the Kessel range - cheapest by far, but the Environment Agency has raised concerns about noise and about residues (copper, RDX) reaching the groundwater;
 (b) disassembly followed by industrial demilitarisation (cryofracture or rotary kiln incineration) through a contractor abroad.

We would be grateful if the ISU could share lessons learned from other States Parties that destroyed similar stocks - in particular the typical cost per tonne, how long it took them to obtain the environmental permits, and whether anyone managed to recover and reuse the energetic materials or the steel. If you could put us in touch with a State that has gone through this, even better.

Many thanks in advance.

Kind regards,

Col. Tomasz Wrenfield
Head, Ammunition Management Directorate
Ministry of Defence | Republic of Kestrelia
Tel. +00 41 555 0192

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. The Ministry of Defence does not accept liability for any views expressed herein.
""", client="outlook")

E("SD2", "stockpile_destruction", "en", True, ["clearance"],
  "HARD(ask_at_end): long clearance progress update; the actual request, at the end, is help drafting an Article 3 stockpile destruction deadline extension",
  "Dr. Anton Mirescu-Blake", "a.mirescu-blake@nmaa.valdoria.example",
  "Update from Valdoria and a request", (2024, 3, 19, 16, 2, 2),
  """Dear ISU team,

I hope this finds you well and that the preparations for the intersessionals are going smoothly.

Allow me first to give you a short update on where we stand, since a lot has happened since we last met in Geneva.

Survey and clearance: in 2023 our non-technical survey teams re-visited all 61 suspected hazard areas in Tavrin and Upper Brask provinces. Thanks to the improved community liaison we were able to cancel 14.2 km2 that had been recorded on the basis of very old military reports, and to reduce another 2.6 km2 through technical survey. The two battle-area clearance teams funded through the bilateral programme cleared 3.1 km2 and destroyed 1,147 submunitions, mostly PTAB-1M and ShOAB-0.5. The remaining confirmed hazard area now stands at roughly 9.8 km2, almost all of it in the Tavrin river valley where the terrain is difficult and the season is short.

Risk education: together with the Red Crescent we reached some 18,000 people last year, with special sessions for shepherds and scrap-metal collectors, who remain the group most at risk. We had no new casualties in 2023, which is the first time since 2011.

Information management: we finished migrating to the new database and for the first time our figures for the provinces and the national figures actually match (!).

All of this is on track and we are confident about our Article 4 timeline.

Finally - and this is the real reason for my message - the Ministry of Defence has asked our Authority to coordinate, on its behalf, the request to extend the deadline for destroying the stockpile under Article 3. Of the original stock, 212 RBK-500 bombs remain at the Orlov barracks; destruction stopped in 2022 when the contractor went bankrupt, and the MoD now estimates it needs 30 more months. Could you tell us what such a request must contain, by when it must be submitted to be considered at the next Meeting of States Parties, and whether the ISU could look at a draft before it goes out formally? Any examples of earlier Article 3 extension requests would be most welcome.

With warm regards,

Dr. Anton Mirescu-Blake
Director
National Mine Action Authority of Valdoria
""", client="thunderbird")

E("SD3", "stockpile_destruction", "en", True, ["reporting"],
  "HARD(vague_subject): subject says only 'Follow-up from Tuesday'; asks how many submunitions may be retained for training under Art. 3(6)",
  "Maj. Priya Ondaatje", "p.ondaatje@army.tarsenia.example",
  "Follow-up from Tuesday", (2024, 4, 11, 8, 47, 5),
  """Hi Sheila,

Thanks again for your time on the call on Tuesday. As promised, here is the question our EOD school raised.

When we destroyed the stock we kept back 640 submunitions (mostly BLU-97 type, plus a few KB-1s) for training our clearance technicians and for testing new detection kit. Our legal adviser reads Art. 3(6) as allowing this, provided the number does not exceed the minimum absolutely necessary. Is there any accepted benchmark for what "minimum" means in practice? How have other States justified their numbers - and have any been criticised for keeping too many?

Also, when these training items are used up in demolition exercises, is there anything particular we should do? I assume they then show up in our annual Art. 7 report but I'm less sure waht the MoD should keep on file.

Cheers,
Priya

Maj. Priya Ondaatje
Officer Commanding, Explosive Ordnance Disposal School
Tarsenian Army Engineers
""", client="apple")

E("SD4", "stockpile_destruction", "en", False, [],
  "seeks help identifying partners to fund destruction of remaining BL755 stocks; cost estimate attached",
  "Dr. Hamid Sorrel", "h.sorrel@dpa.maravia.example",
  "Request for support - destruction of remaining BL755 stocks", (2024, 5, 2, 11, 30, 3),
  """Dear Sir/Madam,

The Defence Procurement Agency of Maravia would like to request the support of the Implementation Support Unit.

Maravia still holds 318 BL755 bombs (47,064 submunitions in total) which are stored at the Saltmarsh ammunition depot in conditions that are, frankly, no longer safe. Our national budget for 2024-2025 covers the transport and the preparation work, but not the demilitarisation itself. The attached spreadsheet gives our cost estimate for the destruction through an industrial contractor (around EUR 1.9 million).

We would be grateful if the ISU could help us identify States or organisations that might be in a position to co-finance the destruction, and advise on how best to present the request to them, for example at the next Meeting of States Parties.

Please do not hesitate to contact me should you need further information.

Yours faithfully,

Dr. Hamid Sorrel
Deputy Director, Logistics and Demilitarisation
Defence Procurement Agency, Republic of Maravia
""", client="outlook", fmt="alt", attach=["Destruction_cost_estimate_BL755_2024.xlsx"])

E("SD5", "stockpile_destruction", "fr", False, [],
  "question on transferring submunitions to a neighbouring State's facility for destruction (Art. 3.7)",
  "Lieutenant-colonel Aurélien Mbeki-Durand", "a.mbeki-durand@defense.kassanga.example",
  "Transfert de sous-munitions pour destruction - question sur l'article 3.7", (2024, 1, 23, 10, 5, 1),
  """Madame, Monsieur,

La Direction du matériel des Forces armées du Kassanga souhaiterait recueillir l'avis de l'Unité d'appui à l'application sur la question suivante.

Nos capacités nationales ne permettent pas de détruire en toute sécurité les 96 roquettes à sous-munitions de 122 mm qui subsistent au dépôt de Bokanga. Un pays voisin, lui-même État partie, dispose d'une installation industrielle de démilitarisation et s'est dit prêt à les accepter.

Nos questions sont les suivantes :
- le transfert à des fins de destruction est-il bien couvert par l'article 3, paragraphe 7, de la Convention ?
- quelles informations faut-il fournir avant et après le transfert (quantités, types, État destinataire) ?
- l'État destinataire doit-il lui aussi faire une déclaration ?

Nous vous remercions par avance de votre retour et vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Lcl Aurélien Mbeki-Durand
Chef du bureau Munitions
Direction du matériel - Forces armées du Kassanga
""", client="outlook", charset="iso-8859-1", cte="quoted-printable")

E("SD6", "stockpile_destruction", "fr", True, [],
  "HARD(forwarded_only): the forwarder adds one line; the request (expert mission after incinerator breakdown, possible deadline slip) is only in the forwarded depot report",
  "Hélène Vasseur-Ndiaye", "h.vasseur-ndiaye@mission-lomvere.example",
  "TR: Point de situation dépôt de Kanéré", (2024, 6, 4, 14, 22, 2),
  """Bonjour,

Pour suite à donner, merci.

Bien cordialement,
H. Vasseur-Ndiaye
Première secrétaire
Mission permanente de la République de Lomvère auprès de l'Office des Nations Unies à Genève

-------- Message transféré --------
Sujet : Point de situation dépôt de Kanéré
Date : Mon, 3 Jun 2024 17:40:12 +0000
De : Cdt Serge Atangana-Bel <s.atangana@fal.lomvere.example>
Pour : Mission Genève <geneve@mission-lomvere.example>

Madame la Première secrétaire,

Je vous rends compte que les opérations de destruction des 38 conteneurs de bombes BLG-66 stockés au dépôt de Kanéré sont à l'arrêt depuis le 12 mai, suite à une panne grave du four d'incinération (fissure de la chambre de combustion). À ce jour, 61 % du stock a été détruit.

Le fabricant du four ne peut pas intervenir avant plusieurs mois. Nous sollicitons donc, par votre intermédiaire, l'appui de l'Unité d'appui et des États partenaires pour :
1. une mission d'expertise technique afin d'évaluer si la réparation est possible ou s'il faut envisager une autre méthode (démantèlement manuel, destruction à l'air libre) ;
2. un avis sur la nécessité de demander une prolongation du délai de destruction, si les travaux ne peuvent reprendre avant la fin de l'année.

Respectueusement,

Commandant Serge Atangana-Bel
Chef du dépôt de munitions de Kanéré
Forces armées lomvériennes
""", client="thunderbird")

E("SD7", "stockpile_destruction", "es", False, [],
  "how to document and certify destruction of stockpiles, role of observers",
  "Coronel Ramiro Etchegaray", "r.etchegaray@ejercito.costaserena.example",
  "Verificación y certificación de la destrucción de existencias", (2024, 2, 27, 12, 10, -4),
  """Estimados señores:

Me dirijo a ustedes en nombre del Comando de Logística del Ejército de la República de Costa Serena.

Está previsto que entre julio y septiembre de este año procedamos a destruir las últimas 1.420 bombas de racimo que mantenemos en el Arsenal Central de San Bartolo. El método elegido es la desmilitarización mecánica seguida de detonación controlada de las cargas.

Quisiéramos saber cómo han documentado otros Estados Partes la destrucción de sus existencias para que quede constancia fehaciente: ¿se levanta un acta por cada lote?, ¿es habitual invitar a observadores internacionales o de la sociedad civil?, ¿existe algún modelo de certificado de destrucción que podamos adaptar? También nos interesaría saber si conviene grabar en video las operaciones.

Agradeciendo de antemano su atención, les saluda atentamente,

Cnel. Ramiro Etchegaray
Jefe del Departamento de Municiones
Comando de Logística - Ejército de Costa Serena
""", client="outlook")

E("SD8", "stockpile_destruction", "es", True, [],
  "HARD(misleading_subject): subject says 'consulta sobre el informe' but the question is a contract for demilitarising remaining bombs abroad",
  "Ing. Lucía Paredes Mora", "lparedes@mindef.santaameria.example",
  "Consulta sobre el informe", (2024, 7, 15, 9, 55, -5),
  """Buenos días:

Como indicamos en el informe que enviamos en abril, a Santa Ameria le quedan 96 bombas CBU pendientes de destrucción en la base aérea de El Palmar.

Nos ha llegado una oferta de una empresa privada que propone trasladarlas a su planta en el extranjero para desmilitarizarlas por corte con chorro de agua y recuperar los metales. El precio es razonable, pero en el Ministerio tenemos dudas: ¿que garantías debemos exigir a la empresa?, ¿hace falta algún acuerdo con el Estado donde está la planta?, ¿conocen la experiencia de otros Estados con este tipo de contratos? No quisiéramos que el traslado se interprete como una transferencia prohibida.

Quedo atenta a sus comentarios.

Saludos cordiales,

Ing. Lucía Paredes Mora
Dirección General de Material Bélico
Ministerio de Defensa de Santa Ameria

Aviso de confidencialidad: este mensaje y sus anexos se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.
""", client="gmail")

E("SD9", "stockpile_destruction", "pt", False, [],
  "cluster bombs found in depot inventory after entry into force; asks how to proceed and for technical assistance to destroy them",
  "Major Joana Tavares Quintela", "joana.quintela@fa.marevia.example",
  "Pedido de assistência técnica - destruição de bombas descobertas em Porto Alvo", (2024, 8, 20, 15, 3, 0),
  """Exmos. Senhores,

Durante o inventário anual realizado em julho no paiol de Porto Alvo, as Forças Armadas da República de Marévia identificaram 57 bombas de fragmentação de origem estrangeira que não constavam dos registos e que não foram, por isso, incluídas no plano nacional de destruição de existências.

Gostaríamos de saber:
- como proceder, uma vez que o prazo do artigo 3.º ainda está em curso;
- se é possível obter assistência técnica (peritos em desmilitarização) de outros Estados Partes;
- que método recomendam para uma quantidade tão reduzida.

Com os melhores cumprimentos,

Major Joana Tavares Quintela
Repartição de Logística e Munições
Estado-Maior-General das Forças Armadas de Marévia
""", client="outlook", charset="iso-8859-1", cte="quoted-printable")

E("SD10", "stockpile_destruction", "ru", False, [],
  "planning destruction of cluster munition stocks; asks for other States' experience with disassembly lines and costs",
  "Полковник Игорь Ланской", "i.lanskoy@mil.belovia.example",
  "Уничтожение запасов кассетных боеприпасов - обмен опытом", (2024, 3, 5, 10, 41, 3),
  """Уважаемые коллеги!

Министерство обороны Республики Беловия приступает к планированию уничтожения запасов кассетных боеприпасов в соответствии со статьей 3 Конвенции. На складах хранится около 2 700 кассет РБК-250 и РБК-500, а также реактивные снаряды 9М27К.

Просим Группу имплементационной поддержки сообщить, какой опыт имеется у других государств-участников в создании линий по разборке кассетных боеприпасов, какова ориентировочная стоимость утилизации одной тонны, и можно ли организовать консультации с экспертами государства, уже завершившего уничтожение запасов.

С уважением,
полковник И.С. Ланской
начальник управления ракетно-артиллерийского вооружения
Министерство обороны Республики Беловия
""", client="outlook", charset="koi8-r", cte="base64")

# ============================================================================ clearance
E("CL1", "clearance", "en", False, [],
  "guidance on non-technical survey and land release standards for CMR-contaminated areas",
  "Adaeze Korvold", "a.korvold@nmaa.oskara.example",
  "Guidance on land release standards for CMR contaminated areas", (2024, 1, 16, 13, 20, 1),
  """Dear colleagues,

Our National Mine Action Authority is revising the national standards (ONMAS 07) so that they deal properly with cluster munition remnants, which they currently treat just like mines.

Specifically we would welcome advice on:
1. the evidence threshold for recording a confirmed hazard area after a strike (footprint-based approach vs. the "CMRS" evidence-point method);
2. how other affected States handle cancellation through non-technical survey when the strike data is decades old;
3. whether there is a recommended search depth for submunitions in farmland that has been ploughed for years.

Any examples of national standards that have worked well would be extremely helpful. We'd also be happy to receive the relevant IMAS references if you think we've missed some.

Best regards,
Adaeze Korvold
Director, National Mine Action Authority of Oskara
""", client="outlook")

E("CL2", "clearance", "en", True, ["victim_assistance"],
  "HARD(quoted_thread): reply quoting an older thread on a rehabilitation centre; the new ask is the Article 4 clearance deadline extension procedure",
  "Jonas Ekwueme-Hart", "j.ekwueme-hart@mfa.lunaria.example",
  "RE: Rehabilitation centre in Port Malory - follow-up", (2024, 4, 29, 17, 5, 0),
  """Dear Sheila,

Thanks a lot - we've passed the information on the rehab centre to the Ministry of Health, they will get in touch directly.

On a different matter, and a more pressing one for us: our Article 4 deadline is 1 March 2026 and it is now quite clear that we will not finish clearing the remaining ~6 km2 in the Serrat valley, mostly because of the two years we lost during the floods. What is the procedure and timeline for submitting an extension request, who analyses it, and is there a template or a good recent example we could follow? Our mine action centre would like to start working on it this summer.

Best,
Jonas

Jonas Ekwueme-Hart
Counsellor, Disarmament Section
Ministry of Foreign Affairs of Lunaria

-----Original Message-----
From: Sheila Moreau <sheila.moreau@ccm-isu.example>
Sent: Tuesday, April 23, 2024 10:12 AM
To: Jonas Ekwueme-Hart <j.ekwueme-hart@mfa.lunaria.example>
Subject: RE: Rehabilitation centre in Port Malory - follow-up

Dear Jonas,

Further to our exchange, please find below some contacts of organisations that have supported physical rehabilitation centres in similar contexts, including the provision of prosthetic components and the training of orthopaedic technicians. The Ministry of Health may also wish to look at the guidance on integrating survivors into broader disability services.

Kind regards,
Sheila

-----Original Message-----
From: Jonas Ekwueme-Hart <j.ekwueme-hart@mfa.lunaria.example>
Sent: Friday, April 12, 2024 3:40 PM
Subject: Rehabilitation centre in Port Malory - follow-up

Dear Sheila, as discussed, our MoH would like advice on upgrading the prosthetics workshop at the Port Malory rehabilitation centre for survivors. Thanks, Jonas
""", client="outlook", in_reply_to=True)

E("CL3", "clearance", "en", True, [],
  "HARD(attachment_names_only): body just says 'see attached'; the attachments are a draft Article 4 extension request and a CMR hazard-area annex",
  "Nadia Frostholm", "n.frostholm@nmac.norvane.example",
  "Draft for comments", (2024, 2, 28, 8, 3, 1),
  """Dear all,

Please see attached - grateful for any comments by 14 March.

Best,
Nadia

--
Nadia Frostholm
Information Management Officer
Norvane Mine Action Centre (NMAC)
""", client="thunderbird", attach=["Art4_extension_request_draft_v3.docx", "CMR_hazard_areas_annex_2024.xlsx"])

E("CL4", "clearance", "en", False, [],
  "operator asks advice on information management: sharing CMR polygons with the national authority after database migration",
  "Gareth Obi-Lindqvist", "g.obilindqvist@clearway-demining.example",
  "IMSMA migration and sharing CMR polygons with the national authority", (2024, 6, 12, 12, 40, 1),
  None, client="outlook", fmt="html", html="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0;font-size:11pt;font-family:"Calibri",sans-serif}</style></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Hello ISU colleagues,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">I manage the Clearway Demining programme in the eastern districts of Kestrelia, where we do survey and battle area clearance of cluster munition remnants under an accreditation from the national authority.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The national authority is migrating to a new version of its database and has asked all operators to resubmit our hazard polygons and completion reports in the new format. Two problems: (1) our older polygons were recorded with hand-held GPS in a different datum and many overlap, and (2) the new data model doesn&#8217;t seem to have a field for &#8220;submunition type found&#8221;, which we think is essential for planning.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Is there any guidance or good practice on information management for CMR data that we could point the authority to? Or a State that went through the same migration and could share its data standards?</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Many thanks,</p>
<p class="MsoNormal"><b>Gareth Obi-Lindqvist</b><br>Programme Manager &#8211; Kestrelia<br>Clearway Demining</p>
<p class="MsoNormal" style="font-size:8pt;color:gray">Clearway Demining is a registered charity. This email is confidential.</p>
</div></body></html>
""")

E("CL5", "clearance", "fr", False, [],
  "request for risk education materials for schools in contaminated areas",
  "Fatoumata Ouédraogo-Lenoir", "f.ouedraogo@cnamk.kassanga.example",
  "Éducation aux risques - matériels pour les écoles", (2024, 9, 3, 9, 12, 0),
  """Bonjour,

Le Centre national d'action antimines du Kassanga (CNAMK) prépare la rentrée scolaire dans les trois préfectures encore contaminées par des restes d'armes à sous-munitions (Bambari-Nord, Ouandago et Kémo).

Nous souhaitons renforcer les séances d'éducation aux risques dans les écoles primaires : affiches, bandes dessinées, messages radio en sango et en français. Disposez-vous d'exemples de supports utilisés ailleurs que nous pourrions adapter ? Et savez-vous si des partenaires financent ce type d'activités de sensibilisation ?

Merci d'avance et bonne journée,

Fatoumata Ouédraogo-Lenoir
Responsable Éducation aux risques
CNAMK - Centre national d'action antimines du Kassanga
""", client="gmail", cte="8bit")

E("CL6", "clearance", "fr", True, ["victim_assistance"],
  "HARD(context_other_topic): long account of child casualties and lack of care; the request is survey, marking and clearance teams around Mabéla",
  "Paul-Émile Zinsou", "pe.zinsou@pnd.belcastel.example",
  "Situation dans la région du Nord", (2024, 5, 21, 18, 15, 1),
  """Mesdames, Messieurs,

Je me permets de vous écrire à la suite des événements tragiques survenus le mois dernier dans la commune de Mabéla.

Le 14 avril, trois enfants qui gardaient des chèvres ont ramassé un objet métallique près d'un ancien poste militaire. L'explosion a tué l'un d'eux et blessé grièvement les deux autres, dont l'un a dû être amputé de la jambe droite. L'hôpital régional étant à plus de 200 km, les blessés ont été transportés en charrette puis en camion ; les familles se sont lourdement endettées pour payer les soins et les médicaments. Les parents sont encore très choqués, et les autres enfants du village ont peur d'aller à l'école.

Ce drame n'est malheureusement pas isolé : depuis 2019, notre bureau régional a recensé 11 accidents similaires dans la zone.

C'est pourquoi, au nom du Programme national de déminage, je sollicite l'appui de l'Unité d'appui pour mobiliser rapidement une équipe d'enquête non technique et technique autour de Mabéla, assurer le marquage des zones dangereuses et planifier leur dépollution avant la saison des pluies. Toute aide pour identifier un opérateur ou un bailleur serait précieuse.

Veuillez agréer, Mesdames, Messieurs, l'expression de ma haute considération.

Paul-Émile Zinsou
Coordonnateur régional - Région du Nord
Programme national de déminage du Royaume de Belcastel
""", client="outlook", charset="windows-1252", cte="quoted-printable")

E("CL7", "clearance", "es", False, [],
  "completed clearance: how to declare Article 4 completion and manage residual contamination",
  "Lic. Martín Aguirre Solís", "maguirre@andh.valmonte.example",
  "Declaración de cumplimiento del Artículo 4", (2024, 10, 8, 11, 0, -6),
  """Estimado equipo de la Unidad de Apoyo:

Me complace informarles que en septiembre la Autoridad Nacional de Desminado Humanitario de Valmonte concluyó el despeje de la última zona contaminada por restos de municiones en racimo, en el municipio de Los Cerritos.

Quisiéramos saber cuál es el procedimiento para declarar formalmente el cumplimiento de las obligaciones del Artículo 4: ¿existe un modelo de declaración?, ¿debe presentarse en la Reunión de los Estados Partes? Además, nos preocupa cómo gestionar la contaminación residual que pueda aparecer en el futuro; ¿qué capacidad nacional recomiendan mantener?

Atentamente,

Lic. Martín Aguirre Solís
Director Ejecutivo
Autoridad Nacional de Desminado Humanitario (ANDH) - República de Valmonte
""", client="outlook")

E("CL8", "clearance", "es", True, ["general"],
  "HARD(misleading_subject): reply titled 'Reunión intersesional' quoting meeting logistics; the new ask is survey methodology for submunitions found in farmland",
  "Ing. Gabriela Torrealba", "gtorrealba@cacm.santaameria.example",
  "RE: Reunión intersesional", (2024, 5, 30, 10, 20, -5),
  """Hola Marta,

Muchas gracias por la información sobre la reunión, ya reservamos el hotel.

Aprovecho para hacerte una consulta técnica que nos urge más: en la zona de Río Seco unos agricultores encontraron varias submuniciones al arar después de la cosecha, en parcelas que nunca habían sido registradas como peligrosas. ¿Qué metodología de estudio no técnico y técnico recomiendan para delimitar la contaminación sin tener que despejar todo el valle? ¿Conocen algún Estado que haya usado un muestreo sistemático en tierras agrícolas?

Un abrazo,
Gabriela

Ing. Gabriela Torrealba
Jefa de Operaciones
Centro de Acción contra Minas de Santa Ameria

-----Mensaje original-----
De: Marta Ibáñez <marta.ibanez@ccm-isu.example>
Enviado el: jueves, 23 de mayo de 2024 16:02
Para: Gabriela Torrealba <gtorrealba@cacm.santaameria.example>
Asunto: Reunión intersesional

Estimada Gabriela:

Le confirmo que las reuniones intersesionales tendrán lugar del 17 al 19 de junio en Ginebra. Habrá interpretación al español. Le recomiendo reservar alojamiento cuanto antes.

Saludos,
Marta
""", client="outlook", fmt="alt", in_reply_to=True)

E("CL9", "clearance", "ar", False, [],
  "request for support to survey and clear cluster munition remnants in the southern governorate, plus risk education",
  "م. خالد بن سالم العبيدي", "k.alobaidi@nmac.zaharan.example",
  "طلب دعم لمسح وتطهير مخلفات الذخائر العنقودية في محافظة الجنوب", (2024, 2, 12, 9, 0, 3),
  """السادة وحدة دعم التنفيذ المحترمين،

تحية طيبة وبعد،

يسرني أن أتواصل معكم باسم المركز الوطني لنزع الألغام في جمهورية زهران بخصوص التزاماتنا بموجب المادة 4 من الاتفاقية.

ما زالت محافظة الجنوب تعاني من تلوث واسع بمخلفات الذخائر العنقودية في الأراضي الزراعية والمراعي، ونقدر المساحة الملوثة بنحو 23 كيلومترا مربعا. نحتاج إلى دعم فني لإجراء المسح غير التقني والتقني، وإلى فرق إضافية للتطهير، وكذلك إلى مواد للتوعية بالمخاطر موجهة إلى الرعاة والمزارعين.

نرجو منكم إفادتنا بالدول أو المنظمات التي يمكن أن تقدم هذا النوع من المساعدة.

وتفضلوا بقبول فائق الاحترام والتقدير،

م. خالد بن سالم العبيدي
مدير العمليات
المركز الوطني لنزع الألغام، جمهورية زهران
""", client="outlook", charset="windows-1256", cte="base64")

E("CL10", "clearance", "pt", False, [],
  "land release methodology and documentation for handing cleared land back to communities",
  "Eng. Ricardo Monteiro Salgado", "r.salgado@ind.marevia.example",
  "Libertação de terras - documentação e entrega às comunidades", (2024, 11, 5, 14, 30, 0),
  """Bom dia,

O Instituto Nacional de Desminagem de Marévia está a concluir a limpeza de várias áreas contaminadas por submunições na província de Alto Zambeze e gostaria de receber orientações sobre a libertação de terras.

Em concreto: que documentação deve acompanhar a entrega formal das parcelas às comunidades e às autoridades locais? Como outros Estados registam as áreas canceladas por inquérito não técnico? E que garantias se dão aos agricultores quanto à segurança das terras?

Obrigado pela atenção.

Cumprimentos,
Eng. Ricardo Monteiro Salgado
Chefe do Departamento de Operações
Instituto Nacional de Desminagem (IND) - Marévia
""", client="gmail", cte="8bit")

# ============================================================================ victim_assistance
E("VA1", "victim_assistance", "en", False, [],
  "technical support to train prosthetic and orthotic technicians",
  "Dr. Miriam Achterberg-Osei", "m.achterberg@moh.tarsenia.example",
  "Support for training prosthetic and orthotic technicians", (2024, 3, 7, 10, 12, 5),
  """Dear ISU,

The Department of Rehabilitation Services of the Ministry of Health of Tarsenia runs the only physical rehabilitation centre in the country, in the capital. Around a third of our amputee patients are survivors of cluster munition incidents.

We currently have only four qualified prosthetist-orthotists for more than 1,200 patients on the waiting list, and two of them will retire next year. We would like to send at least six technicians for internationally recognised training (ISPO Category II) and to set up a small outreach workshop in the north.

Could the ISU help us identify partners or training institutions, and share examples of how other States Parties have scaled up their rehabilitation workforce?

With thanks and best regards,

Dr. Miriam Achterberg-Osei
Head, Department of Rehabilitation Services
Ministry of Health, Tarsenia
""", client="outlook")

E("VA2", "victim_assistance", "en", True, ["clearance"],
  "HARD(context_other_topic): most of the letter reports clearance progress in the district; the ask is psychosocial support for families of victims",
  "Samuel Kiprotich-Vane", "dc.kiprotich-vane@localgov.maravia.example",
  "Letter from Hollow Creek District", (2024, 7, 2, 15, 48, 3),
  """Dear Sir or Madam,

I am the District Commissioner of Hollow Creek, one of the three districts of Maravia most affected by cluster munitions.

I would first like to express our gratitude for the work done since last year. Two clearance teams have been working in the district since February; they have cleared about 40 hectares around Nyota and Kisima villages, removed more than 300 bomblets and marked the remaining suspected areas with red stones and signs. The community liaison officers meet the village elders every month and people now report suspicious items instead of touching them. The roads to the market are open again.

However, the clearance has also brought back painful memories. In Nyota alone, 17 families have lost a member or have a relative who was injured. Many mothers, and especially children who witnessed the accidents, still suffer from nightmares and fear. We have no counsellor in the district, and the nearest psychologist is in the capital.

Our request is therefore for help to set up psychosocial support for these survivors and their families: peer support groups, training of community health workers in basic counselling, and referral for the most serious cases. We would be most grateful if the ISU could connect us with organisations or States that have experience in this area.

Yours sincerely,

Samuel Kiprotich-Vane
District Commissioner, Hollow Creek
Ministry of Local Government, Republic of Maravia
""", client="lotus")

E("VA3", "victim_assistance", "en", False, [],
  "collecting data on survivors: disaggregation by sex, age and disability, and consent",
  "Leila Haddad-Brook", "leila@survivors-valdoria.example",
  "Collecting data on cluster munition survivors - disaggregation and consent", (2024, 8, 14, 19, 5, 2),
  """Dear colleagues,

I coordinate the Valdoria Survivors' Network, a survivor-led organisation that works closely with the Ministry of Social Policy.

The Ministry has asked us to help build a database of cluster munition survivors (killed and injured), so that services can be planned better. We want to get this right from the start:
- what level of disaggregation (sex, age, disability type, location) is considered good practice?
- how should we handle informed consent and data protection, particularly for children and for people who do not want to be identified?
- should indirect victims, i.e. families and affected communities, be recorded in the same system?

Any guidance, or an example of a form used elsewhere, would be realy appreciated.

Warm regards,
Leila Haddad-Brook
Coordinator, Valdoria Survivors' Network
""", client="gmail", fmt="alt")

E("VA4", "victim_assistance", "en", True, ["reporting"],
  "HARD(misleading_subject): subject 'Art. 7 question' but the real ask is how to include survivors in the national disability action plan and socio-economic inclusion",
  "Dmitri Castellanos-Reid", "d.castellanos-reid@social.lunaria.example",
  "Art. 7 question", (2024, 3, 28, 11, 26, 0),
  """Dear ISU,

Our Art. 7 report is due soon, and when our team sat down to fill in the victim assistance part we realised the real problem is not the form but the substance: Lunaria has no plan at all for cluster munition survivors.

The Ministry of Social Affairs is now drafting a new National Disability Action Plan 2025-2030 and I would like to use this opportunity. How have other States integrated survivors into their broader disability plans without creating a separate category that might be seen as discriminating against other persons with disabilities? What measures for socio-economic inclusion (vocational training, employment quotas, inclusive education) have worked best? And what role should survivors themselves play in drafting the plan?

Many thanks,
Dmitri

Dmitri Castellanos-Reid
Senior Policy Officer, Disability Inclusion
Ministry of Social Affairs of Lunaria
""", client="outlook")

E("VA5", "victim_assistance", "fr", False, [],
  "support for the national orthopaedic fitting centre: prosthetic components and physiotherapist training",
  "Dr Solange Mbarga-Fontaine", "s.mbarga-fontaine@sante.lomvere.example",
  "Demande d'appui - Centre national d'appareillage orthopédique", (2024, 4, 17, 8, 30, 1),
  """Madame, Monsieur,

Le Centre national d'appareillage orthopédique de Lomvère, placé sous la tutelle du Ministère de la Santé publique, prend en charge chaque année environ 450 personnes amputées, dont une part importante sont des victimes de restes d'armes à sous-munitions.

Nous faisons face à une rupture chronique de composants (pieds prothétiques, genoux, manchons) et manquons de kinésithérapeutes formés à la rééducation des amputés, en particulier des enfants dont la prothèse doit être renouvelée fréquemment.

Nous sollicitons l'appui de l'Unité pour identifier des partenaires susceptibles de nous aider en matière d'approvisionnement et de formation.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Dr Solange Mbarga-Fontaine
Directrice du Centre national d'appareillage orthopédique
Ministère de la Santé publique - République de Lomvère
""", client="outlook", fmt="alt", charset="iso-8859-1", cte="quoted-printable")

E("VA6", "victim_assistance", "fr", True, ["legislation"],
  "HARD(quoted_thread): reply in a thread about the implementing bill; the new question is socio-economic inclusion of survivors (microcredit, vocational training)",
  "Théodore Nzeyimana-Roux", "t.nzeyimana@affsoc.belcastel.example",
  "Re: Projet de loi de mise en œuvre - commentaires de l'ISU", (2024, 6, 18, 10, 2, 2),
  """Bonjour Madame Lefort,

Merci beaucoup pour vos commentaires sur le projet de loi, que j'ai transmis au Ministère de la Justice qui pilote ce dossier.

Je profite de ce fil pour vous poser une autre question, qui relève directement de mon ministère. Nous souhaitons lancer en 2025 un programme d'inclusion socio-économique des survivants d'accidents d'armes à sous-munitions et de leurs familles : microcrédits, formation professionnelle, appui aux activités génératrices de revenus. Pourriez-vous nous mettre en relation avec des États ou organisations ayant de l'expérience en la matière, et nous indiquer les écueils à éviter ?

Bien cordialement,

Théodore Nzeyimana-Roux
Directeur de la Protection des personnes handicapées
Ministère des Affaires sociales du Royaume de Belcastel

Le 12/06/2024 à 09:41, Claire Lefort a écrit :
> Monsieur le Directeur,
>
> Vous trouverez ci-dessous nos observations sur l'avant-projet de loi. L'article 5
> mériterait de préciser les sanctions pénales applicables (peines d'emprisonnement et
> amendes) et l'article 8 devrait couvrir l'assistance, l'encouragement et l'incitation.
>
> Bien cordialement,
> Claire Lefort
> Unité d'appui à l'application de la CASM
""", client="thunderbird", in_reply_to=True)

E("VA7", "victim_assistance", "es", False, [],
  "psychosocial care for survivors in rural areas",
  "Psic. Mariana Olivares Duque", "m.olivares@minsalud.valmonte.example",
  "Atención psicosocial a sobrevivientes en zonas rurales", (2024, 5, 9, 16, 45, -6),
  """Estimados colegas:

Desde el Punto Focal de Asistencia a Víctimas del Ministerio de Salud de Valmonte quisiéramos pedir su orientación.

La mayoría de los sobrevivientes de accidentes con municiones en racimo viven en comunidades rurales de la sierra, a muchas horas del hospital departamental. Allí no hay psicólogos y la atención en salud mental es prácticamente inexistente. Estamos pensando en un modelo de apoyo entre pares y en capacitar a los promotores de salud comunitarios.

¿Podrían compartir experiencias de otros Estados Partes con atención psicosocial en zonas rurales y, de ser posible, contactos de organizaciones que trabajen en esto?

Muchas gracias.

Cordialmente,
Psic. Mariana Olivares Duque
Punto Focal de Asistencia a Víctimas
Ministerio de Salud - República de Valmonte
""", client="outlook", charset="iso-8859-1", cte="quoted-printable")

E("VA8", "victim_assistance", "es", True, ["general"],
  "HARD(ask_at_end): long letter about organising a regional conference; the most urgent request, at the end, is guidance to set up a national victims registry",
  "Dra. Inés Carvajal Betancourt", "icarvajal@cancilleria.costaserena.example",
  "Conferencia regional y otros asuntos", (2024, 9, 10, 13, 5, -4),
  """Estimados amigos de la Unidad de Apoyo:

Reciban un cordial saludo desde San Bartolo.

Como saben, Costa Serena se ha ofrecido para acoger en marzo del próximo año una conferencia regional sobre la Convención. Ya contamos con la sede (el Centro de Convenciones del Malecón) y con el apoyo de la alcaldía para el transporte. Estamos elaborando la lista de invitados y quisiéramos que la Unidad participara en la sesión de apertura; más adelante les enviaremos la invitación formal y el proyecto de programa. También estamos viendo cómo facilitar la participación de delegaciones de los países vecinos que aún no son parte.

Tenemos además algunas dudas logísticas sobre la interpretación y la traducción de documentos, que les plantearé por separado.

Por último, y esto es lo más urgente para nosotros: la Defensoría del Pueblo nos ha pedido crear un registro nacional de víctimas de municiones en racimo, que incluya a los sobrevivientes, a las familias de las personas fallecidas y a las comunidades afectadas, para que puedan acceder a atención médica, rehabilitación y pensiones. ¿Podrían orientarnos sobre cómo diseñar ese registro y qué datos recoger? Cualquier ejemplo de otro país sería de gran ayuda.

Con mis mejores deseos,

Dra. Inés Carvajal Betancourt
Directora de Derechos Humanos y Derecho Internacional Humanitario
Ministerio de Relaciones Exteriores de Costa Serena
""", client="outlook")

E("VA9", "victim_assistance", "ar", False, [],
  "prosthetics and rehabilitation for child survivors",
  "د. ليلى منصور الحكيم", "l.alhakim@moh.alwahat.example",
  "طلب دعم في مجال الأطراف الصناعية وإعادة التأهيل للأطفال الناجين", (2024, 10, 1, 10, 10, 3),
  """حضرات السادة في وحدة دعم التنفيذ،

تحية طيبة،

أكتب إليكم بصفتي مديرة برنامج التأهيل الطبي في وزارة الصحة بجمهورية الواحات. لدينا أكثر من 140 طفلا من الناجين من حوادث الذخائر العنقودية، ويحتاج كثير منهم إلى أطراف صناعية يجب تغييرها كل سنة تقريبا بسبب النمو، إضافة إلى العلاج الطبيعي والدعم النفسي.

نرجو مساعدتنا في التواصل مع جهات مانحة أو مراكز متخصصة لتدريب الفنيين وتوفير المكونات، وتبادل الخبرات مع الدول الأطراف الأخرى في مجال مساعدة الضحايا وفقا للمادة 5.

مع خالص الشكر والتقدير،

د. ليلى منصور الحكيم
مديرة برنامج التأهيل الطبي
وزارة الصحة، جمهورية الواحات
""", client="gmail", cte="base64")

E("VA10", "victim_assistance", "de", False, [],
  "inclusion of survivors in the national CRPD action plan",
  "Dr. Katharina Vogelsang", "k.vogelsang@bmsoz.alpenau.example",
  "Frage zur Einbindung von Überlebenden in den Nationalen Aktionsplan", (2024, 2, 20, 14, 18, 1),
  """Sehr geehrte Damen und Herren,

im Bundesministerium für Soziales der Republik Alpenau überarbeiten wir derzeit den Nationalen Aktionsplan zur Umsetzung der UN-Behindertenrechtskonvention.

In Alpenau leben nach unseren Schätzungen rund 60 Überlebende von Streumunitionsunfällen, überwiegend Staatsangehörige, die bei Auslandseinsätzen oder als Kinder im Herkunftsland verletzt wurden. Wir möchten sicherstellen, dass ihre Bedürfnisse (medizinische Versorgung, Rehabilitation, psychosoziale Unterstützung, berufliche Wiedereingliederung) im Aktionsplan berücksichtigt werden, ohne eine Sonderkategorie zu schaffen.

Gibt es Empfehlungen oder Beispiele anderer Vertragsstaaten, wie die Verpflichtungen aus Artikel 5 mit der Behindertenpolitik verknüpft werden können?

Mit freundlichen Grüßen

Dr. Katharina Vogelsang
Referatsleiterin Inklusion und Teilhabe
Bundesministerium für Soziales, Republik Alpenau
""", client="outlook")

# ============================================================================ reporting
E("RP1", "reporting", "en", False, [],
  "can the annual Article 7 report be submitted late, and must all forms be refilled",
  "Arjun Hollis-Mbatha", "a.hollis-mbatha@mfa.oskara.example",
  "Annual Article 7 report - late submission", (2024, 4, 25, 9, 2, 2),
  """Dear colleagues,

Due to a change of staff in our Treaty Section, Oskara will not be able to submit its annual transparency report by 30 April. We expect to have it cleared internally by mid-June.

Two quick questions:
1. Is there any formal procedure for a late submission, or should we simply send it when ready?
2. As very little has changed since last year, can we just indicate "no change" on the unchanged forms, or do we need to fill in all the forms again?

Thank you,
Arjun

Arjun Hollis-Mbatha
Second Secretary, Treaty and Legal Affairs Section
Ministry of Foreign Affairs of Oskara
""", client="roundcube")

E("RP2", "reporting", "en", True, ["stockpile_destruction"],
  "HARD(context_other_topic): long account of completed stockpile destruction; asks how to report it in the Art. 7 report and correct an earlier report",
  "Lt Col. Sigrid Halvorsen-Abara", "s.halvorsen-abara@mod.norvane.example",
  "Completion of destruction - how to reflect it", (2024, 12, 3, 13, 33, 1),
  """Dear ISU,

I am pleased to let you know that on 14 November the Norvane Armed Forces destroyed the last of their cluster munitions at the Eskvik demilitarisation facility. In total, since 2019 we have destroyed 2,356 cluster munitions containing 171,948 submunitions, using mechanical disassembly and incineration of the energetic material. The destruction was witnessed by representatives of two national NGOs and by the parliamentary defence committee. We have kept 312 submunitions for training under Article 3(6).

Now the paperwork. Our question concerns the next transparency report:
- in which form should we declare completion and give the final figures - and should the figures be cumulative or only for 2024?
- how do we report the retained submunitions going forward?
- we have noticed that our 2022 report overstated the number of submunitions by 1,200 (a typing error in the total). What is the correct way to correct a report that has already been submitted and published?

Regards,
Sigrid

Lt Col. Sigrid Halvorsen-Abara
Arms Control Verification Unit
Ministry of Defence, Norvane
""", client="outlook")

E("RP3", "reporting", "en", False, [],
  "submits the Art. 7 report as PDF; asks for confirmation of receipt and whether the online form is also needed",
  "Chiara Lindgren-Okafor", "c.lindgren-okafor@mission-valdoria.example",
  "Submission of Valdoria's Article 7 report (calendar year 2023)", (2024, 4, 29, 16, 20, 2),
  None, client="outlook", fmt="html", html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear colleagues,</p>
<p>On behalf of the Permanent Mission of Valdoria, please find attached Valdoria&#39;s transparency report under Article 7 of the Convention, covering calendar year 2023.</p>
<p>We would be grateful if you could <b>confirm receipt</b> and let us know when the report will be published on the website. Could you also confirm whether we still need to enter the same data in the online reporting platform, or whether the signed PDF is sufficient?</p>
<p>With best regards,</p>
<p>Chiara Lindgren-Okafor<br>Attach&eacute; (Disarmament)<br>Permanent Mission of Valdoria, Geneva</p>
<p style="color:#888;font-size:8pt">Please consider the environment before printing this e-mail.</p>
</div></body></html>
""", attach=["Valdoria_CCM_Art7_Report_2023_signed.pdf"])

E("RP4", "reporting", "en", True, [],
  "HARD(attachment_names_only): subject 'Documents', body 'as discussed, please find attached'; the attachment is a draft Article 7 forms workbook",
  "Bogdan Whitcombe", "b.whitcombe@mfa.maravia.example",
  "Documents", (2024, 3, 14, 10, 58, 3),
  """Dear colleague,

As discussed on the phone, please find attached. Would appreciate a quick look before we send it officially.

Regards,
B. Whitcombe

Sent from my iPhone
""", client="apple", attach=["CCM_Article7_Forms_A-J_2024_DRAFT.xlsx"])

E("RP5", "reporting", "fr", False, [],
  "how to correct an error in a submitted Article 7 report",
  "Clémence Ahouansou", "c.ahouansou@mae.kassanga.example",
  "Correction d'une erreur dans notre rapport au titre de l'article 7", (2024, 6, 6, 11, 12, 1),
  """Madame, Monsieur,

Nous avons constaté que le rapport de transparence soumis par le Kassanga en avril dernier contient une erreur : les superficies des zones contaminées ont été indiquées en hectares au lieu de mètres carrés dans l'un des formulaires.

Pourriez-vous nous indiquer la procédure à suivre pour corriger ce rapport ? Faut-il soumettre une version révisée complète, accompagnée d'une note verbale, ou seulement le formulaire concerné ?

Avec nos remerciements, veuillez agréer l'expression de nos sentiments distingués.

Clémence Ahouansou
Direction des affaires juridiques et des traités
Ministère des Affaires étrangères du Kassanga
""", client="outlook")

E("RP6", "reporting", "fr", True, [],
  "HARD(forwarded_only): forwarder writes only 'voir ci-dessous'; the forwarded question is when the initial Art. 7 report is due and which forms to fill",
  "Yves-Marie Koffi-Lambert", "ym.koffi-lambert@mission-belcastel.example",
  "TR: question", (2024, 11, 20, 9, 40, 1),
  """Chers collègues,

Voir ci-dessous, merci de nous éclairer.

YMK

Yves-Marie Koffi-Lambert
Conseiller
Mission permanente du Royaume de Belcastel à Genève

De : Ndèye Sarr-Dumont <n.sarr-dumont@mae.belcastel.example>
Envoyé : mardi 19 novembre 2024 18:03
À : Koffi-Lambert Yves-Marie <ym.koffi-lambert@mission-belcastel.example>
Objet : question

Cher Yves-Marie,

Comme tu le sais, nous avons déposé notre instrument de ratification le 3 octobre. Le cabinet me demande quand notre rapport initial de transparence doit être remis : est-ce bien 180 jours après l'entrée en vigueur pour le Belcastel ? Et faut-il remplir tous les formulaires même si nous n'avons jamais possédé ni stocké d'armes à sous-munitions et que notre territoire n'est pas contaminé ?

Merci de vérifier auprès de l'Unité d'appui.

Amitiés,
Ndèye
""", client="outlook")

E("RP7", "reporting", "es", False, [],
  "new State Party: deadline and forms for the initial transparency report",
  "Lic. Fernando Ibarra Quiroga", "fibarra@rree.santaameria.example",
  "Informe inicial de transparencia - plazos y formularios", (2024, 1, 30, 12, 0, -5),
  """Estimados señores:

La Convención entró en vigor para Santa Ameria el 1 de diciembre de 2023. Nos corresponde, por tanto, presentar el informe inicial previsto en el artículo 7.

Les agradecería que nos confirmaran la fecha límite de presentación, nos enviaran los formularios en español y nos indicaran si es posible presentarlo por correo electrónico o si hace falta enviarlo también en papel a través de la Misión en Ginebra.

Atentamente,

Lic. Fernando Ibarra Quiroga
Dirección de Desarme y No Proliferación
Ministerio de Relaciones Exteriores de Santa Ameria
""", client="outlook")

E("RP8", "reporting", "es", True, ["legislation"],
  "HARD(quoted_thread): reply in a Gmail thread about the implementing law; new ask is the annual Art. 7 deadline and whether it can be sent in Spanish",
  "Dra. Verónica Saldívar Ruiz", "vsaldivar@minjus.costaserena.example",
  "Re: Anteproyecto de ley", (2024, 3, 11, 18, 22, -4),
  """Hola Pablo,

Gracias por los comentarios, los compartiré con la comisión redactora.

Aprovecho este mismo hilo para otra consulta que me hicieron desde Cancillería: ¿cuál es la fecha límite para el informe anual del artículo 7 de este año y se puede enviar en español? Parece que la persona que lo hacía ya no está y nadie sabe bien qué hay que mandar.

Saludos,
Verónica

El lun, 4 mar 2024 a las 9:12, Pablo Serrano (<pablo.serrano@ccm-isu.example>) escribió:
> Estimada Verónica:
>
> Hemos revisado el anteproyecto de ley. Recomendamos incluir sanciones penales
> para todas las conductas prohibidas, incluida la asistencia, y precisar la
> autoridad encargada de aplicar la ley.
>
> Un saludo,
> Pablo
""", client="gmail", in_reply_to=True)

E("RP9", "reporting", "ru", False, [],
  "can the Art. 7 report be submitted in Russian, and deadline of 30 April",
  "Анна Соколовская", "a.sokolovskaya@mid.drevnia.example",
  "Вопрос о представлении доклада по статье 7", (2024, 3, 26, 11, 15, 3),
  """Уважаемые коллеги,

Министерство иностранных дел Республики Древния готовит ежегодный доклад о мерах транспарентности в соответствии со статьей 7 Конвенции.

Просим уточнить:
1) можно ли представить доклад на русском языке или требуется перевод на английский;
2) является ли 30 апреля окончательным сроком представления;
3) в каком формате направлять доклад - по электронной почте в формате PDF или через онлайн-платформу.

Заранее благодарим.

С уважением,
Анна Викторовна Соколовская
третий секретарь Департамента международной безопасности
МИД Республики Древния
""", client="outlook", cte="quoted-printable")

E("RP10", "reporting", "de", False, [],
  "missed the Art. 7 transparency report deadline; asks how to submit now",
  "Matthias Oberholzer", "m.oberholzer@bmeia.kessenland.example",
  "Transparenzbericht nach Artikel 7 - Fristversäumnis", (2024, 5, 15, 8, 50, 2),
  """Sehr geehrte Damen und Herren,

leider ist es uns nicht gelungen, den Transparenzbericht des Kessenlands nach Artikel 7 fristgerecht bis zum 30. April einzureichen, da die Abstimmung zwischen den Ressorts länger gedauert hat als geplant.

Wir bitten um kurze Mitteilung, ob der Bericht noch nachgereicht werden kann und ob dabei die Formulare des Vorjahres verwendet werden dürfen. Der Bericht liegt im Entwurf vor und könnte bis Ende Mai übermittelt werden.

Mit freundlichen Grüßen

Matthias Oberholzer
Abteilung Abrüstung, Rüstungskontrolle und Nichtverbreitung
Bundesministerium für europäische und internationale Angelegenheiten
""", client="lotus", charset="iso-8859-1", cte="quoted-printable")

# ============================================================================ legislation
E("LG1", "legislation", "en", False, [],
  "asks legal review of a draft prohibition bill and model legislation for common-law states",
  "Rosalind Achebe-Marsh", "r.achebe-marsh@agc.lunaria.example",
  "Request for legal review of draft Cluster Munitions (Prohibition) Bill", (2024, 2, 2, 10, 0, 0),
  """Dear Sir/Madam,

The Attorney General's Chambers of Lunaria has been instructed to prepare legislation giving effect to the Convention on Cluster Munitions.

We have prepared a first draft of a Cluster Munitions (Prohibition) Bill based loosely on legislation from other Commonwealth jurisdictions. Before it goes to the Cabinet sub-committee we would appreciate:
(i) any model legislation that the ISU recommends for small common-law States; and
(ii) if possible, an informal review of our draft, in particular the offence provisions and the extraterritorial application to nationals abroad.

I would be happy to send the draft once you confirm that such a review is possible.

Yours faithfully,

Rosalind Achebe-Marsh
Senior State Counsel (Legislative Drafting)
Attorney General's Chambers, Lunaria

PRIVILEGED AND CONFIDENTIAL - This communication may contain legally privileged material.
""", client="outlook")

E("LG2", "legislation", "en", True, [],
  "HARD(misleading_subject): subject says 'Stockpile question' but stocks are gone; asks whether penal code must cover assistance/investment (Art. 9)",
  "Callum Ferreira-Singh", "c.ferreira-singh@mod.tarsenia.example",
  "Stockpile question", (2024, 9, 24, 14, 5, 5),
  """Hello,

Our stocks were all destroyed in 2019, so that side is done and dusted. What's left is a legal headache that I hope you can help with.

Our Penal Code (s. 211A, inserted in 2012) makes it an offence to "use, develop, produce, acquire, stockpile, retain or transfer" cluster munitions, with up to 10 years' imprisonment. It says nothing about assisting, encouraging or inducing anyone to do these things, and nothing about investment in producers. Parliament's defence committee asks whether we are therefore in breach of our obligations to take all appropriate legal measures, including penal sanctions.

Is an amendment to the Weapons Act needed, in your view, or is the general law on aiding and abetting enough? What have other States done?

Thanks and regards,

Callum Ferreira-Singh
Legal Adviser (International Law)
Ministry of Defence, Tarsenia
""", client="outlook")

E("LG3", "legislation", "en", False, [],
  "parliamentary counsel asks about interoperability clause and penal sanctions in implementing bill",
  "Dr. Benedikt Amankwah-Frey", "b.amankwah-frey@parliament.oskara.example",
  "Interoperability and penal sanctions in the implementing bill", (2024, 10, 16, 15, 40, 2),
  """Dear ISU,

The National Assembly's committee on foreign affairs and defence is examining the Government's bill implementing the Convention on Cluster Munitions.

Members have raised two questions on which I would welcome your views as parliamentary legal counsel:

1. The bill contains a clause reproducing Article 21 (military cooperation with non-States Parties). Some members fear it creates a loophole allowing our officers to take part in planning operations where cluster munitions are used. How have other national laws framed this?

2. The penalties in the bill are fines only. Is there a common practice as to imprisonment for the most serious offences?

With many thanks,

Dr. Benedikt Amankwah-Frey
Parliamentary Legal Counsel
National Assembly of Oskara
""", client="gmail", fmt="alt")

E("LG4", "legislation", "en", True, ["reporting"],
  "HARD(ask_at_end): long letter on reporting and overall implementation; final ask is whether a presidential decree suffices as an Art. 9 measure",
  "Amb. Eleanor Castellane-Obu", "pr.geneva@mission-kestrelia.example",
  "Kestrelia - implementation status", (2024, 8, 27, 11, 11, 2),
  """Dear Director,

Let me first thank the ISU for the constructive exchanges we have had over the past year.

As you know, Kestrelia submitted its initial transparency report in 2022 and its first annual report this April, on time. We have made an effort to improve the quality of our reporting: the figures on stockpiles and on retained munitions are now produced directly by the Ministry of Defence inventory system, and the contaminated areas are reported with coordinates. We have also followed your advice to include a narrative section. We intend to keep this standard in future years and would welcome any feedback on the April report.

Our Ministry of Defence is also on track with the destruction programme, as described in Form B of the report, and we will give a full update at the Meeting of States Parties.

There is one matter on which I would be grateful for your advice. In 2021 our President adopted Decree No. 117 prohibiting the armed forces from using, acquiring or transferring cluster munitions. Our Ministry of Justice considers that this decree is sufficient as a national implementation measure, whereas some parliamentarians argue that only an act of Parliament can establish criminal offences and penal sanctions applicable to everyone, including civilians and companies. Could the ISU advise whether a decree of this kind is generally considered sufficient, and share examples of how other States addressed the question?

Please accept, Dear Director, the assurances of my highest consideration.

Eleanor Castellane-Obu
Ambassador, Permanent Representative
Permanent Mission of the Republic of Kestrelia to the United Nations Office at Geneva
""", client="outlook")

E("LG5", "legislation", "fr", False, [],
  "Ministry of Justice sends a preliminary draft law for review (attached)",
  "Jean-Baptiste Olangi-Moreau", "jb.olangi-moreau@justice.lomvere.example",
  "Avant-projet de loi portant interdiction des armes à sous-munitions - demande de relecture", (2024, 7, 9, 16, 10, 1),
  """Madame, Monsieur,

J'ai l'honneur de vous transmettre ci-joint l'avant-projet de loi portant interdiction des armes à sous-munitions, élaboré par la Direction de la législation du Ministère de la Justice de Lomvère.

Nous vous serions reconnaissants de bien vouloir nous faire part de vos observations, notamment sur :
- la définition des infractions et l'échelle des peines ;
- la compétence des juridictions nationales pour les faits commis à l'étranger par des ressortissants lomvériens ;
- l'articulation avec la loi de 2015 sur les armes et munitions.

Veuillez agréer, Madame, Monsieur, l'assurance de ma considération distinguée.

Jean-Baptiste Olangi-Moreau
Magistrat, Directeur de la législation
Ministère de la Justice et des Droits humains - République de Lomvère
""", client="outlook", attach=["Avant-projet_loi_armes_à_sous-munitions_v2.docx"])

E("LG6", "legislation", "fr", True, ["general"],
  "HARD(vague_subject): HTML-only, subject 'Demande d'appui', general cooperation talk; the precise question is penalties in the private member's bill",
  "Aïssata Diallo-Brenner", "a.diallo-brenner@assemblee.kassanga.example",
  "Demande d'appui", (2024, 11, 12, 12, 25, 1),
  None, client="outlook", fmt="html", html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Madame, Monsieur,</p>
<p>La Commission de la défense et de la sécurité de l&#39;Assemblée nationale du Kassanga souhaite renforcer sa coopération avec l&#39;Unité d&#39;appui. Plusieurs députés ont assisté avec intérêt à la dernière Assemblée des États parties et souhaiteraient, à terme, organiser une journée d&#39;information au Parlement.</p>
<p>Dans l&#39;immédiat, le point précis sur lequel nous avons besoin de votre avis est le suivant : une proposition de loi d&#39;initiative parlementaire vise à interdire l&#39;emploi, la production, le stockage et le transfert des armes à sous-munitions, mais elle ne prévoit aucune sanction pénale. Quelles peines (emprisonnement, amendes, confiscation) les autres États parties ont-ils prévues dans leur législation nationale ? Existe-t-il une loi type en français ?</p>
<p>Avec nos remerciements anticipés,</p>
<p><b>A&iuml;ssata Diallo-Brenner</b><br>Administratrice, Commission de la d&eacute;fense et de la s&eacute;curit&eacute;<br>Assembl&eacute;e nationale du Kassanga</p>
</div></body></html>
""")

E("LG7", "legislation", "es", False, [],
  "draft implementing law: penal sanctions and whether to prohibit investment",
  "Dr. Alonso Benavides Urquiza", "abenavides@rree.valmonte.example",
  "Proyecto de ley de implementación - sanciones penales e inversión", (2024, 6, 25, 10, 30, -6),
  """Estimados señores:

El Ministerio de Relaciones Exteriores de Valmonte, junto con el Ministerio de Justicia, está redactando el proyecto de ley de implementación de la Convención sobre Municiones en Racimo, que se presentará al Congreso en el segundo semestre.

Tenemos dos dudas:
1. ¿Qué rango de penas privativas de libertad han previsto otros Estados de la región para la fabricación, el almacenamiento o la transferencia?
2. ¿Es recomendable incluir expresamente la prohibición de invertir en empresas productoras de municiones en racimo? Algunos legisladores consideran que excede lo exigido por la Convención.

Les agradeceríamos también cualquier ley modelo o legislación comparada en español.

Atentamente,

Dr. Alonso Benavides Urquiza
Asesor Jurídico
Ministerio de Relaciones Exteriores de Valmonte
""", client="outlook", charset="iso-8859-1", cte="8bit")

E("LG8", "legislation", "pt", False, [],
  "asks for a model law in Portuguese and advice on national implementation measures (Art. 9)",
  "Dra. Beatriz Fonseca Amaral", "b.amaral@mj.marevia.example",
  "Lei-modelo em português e medidas nacionais de aplicação (artigo 9.º)", (2024, 4, 3, 11, 50, 0),
  """Exmos. Senhores,

O Ministério da Justiça da República de Marévia está a preparar a legislação nacional de aplicação da Convenção sobre Munições de Dispersão, conforme o artigo 9.º.

Solicitamos, se possível, uma lei-modelo em língua portuguesa, bem como exemplos de leis de outros Estados lusófonos. Gostaríamos ainda de saber se um decreto-lei do Governo é suficiente ou se as sanções penais devem constar de uma lei da Assembleia da República.

Com os melhores cumprimentos,

Dra. Beatriz Fonseca Amaral
Assessora Jurídica do Gabinete do Ministro
Ministério da Justiça - Marévia
""", client="outlook", cte="8bit")

E("LG9", "legislation", "ar", False, [],
  "asks about national legislation and penal sanctions to implement Article 9",
  "المستشار عمر فاروق الدباغ", "o.aldabbagh@moj.zaharan.example",
  "استفسار بشأن التشريعات الوطنية لتنفيذ المادة 9 من الاتفاقية", (2024, 5, 6, 12, 0, 3),
  """السادة وحدة دعم تنفيذ اتفاقية الذخائر العنقودية،

تحية طيبة وبعد،

تعكف وزارة العدل في جمهورية زهران على إعداد مشروع قانون وطني لتنفيذ الاتفاقية وفقا للمادة 9 منها. ونود الاستفسار عما يلي:

أولا: هل يوجد قانون نموذجي باللغة العربية يمكن الاسترشاد به؟
ثانيا: ما هي العقوبات الجزائية التي اعتمدتها الدول الأطراف الأخرى لمعاقبة من يستخدم الذخائر العنقودية أو ينتجها أو يخزنها أو ينقلها؟
ثالثا: هل يكفي تعديل قانون الأسلحة والذخائر النافذ أم يلزم إصدار قانون مستقل؟

وتفضلوا بقبول فائق الاحترام،

المستشار عمر فاروق الدباغ
مدير إدارة التشريع
وزارة العدل، جمهورية زهران
""", client="outlook", cte="quoted-printable")

E("LG10", "legislation", "de", False, [],
  "implementing act: criminal provisions and definitions in the draft",
  "Dr. iur. Friederike Hallmann-Yilmaz", "f.hallmann@bmj.alpenau.example",
  "Ausführungsgesetz zum Übereinkommen über Streumunition - Strafbestimmungen", (2024, 10, 22, 9, 15, 2),
  """Sehr geehrte Damen und Herren,

das Bundesministerium der Justiz der Republik Alpenau bereitet ein Ausführungsgesetz zum Übereinkommen über Streumunition vor. Bislang sind die Verbote lediglich im Kriegsmaterialgesetz verankert, jedoch ohne eigene Strafbestimmung.

Wir wären dankbar für Hinweise, wie andere Vertragsstaaten die Strafbestimmungen ausgestaltet haben (Strafrahmen, Strafbarkeit des Versuchs und der Beihilfe, Finanzierung), und ob es ein Mustergesetz gibt, an dem wir uns orientieren können.

Mit freundlichen Grüßen
im Auftrag

Dr. iur. Friederike Hallmann-Yilmaz
Referat Völkerstrafrecht und Rüstungskontrollrecht
Bundesministerium der Justiz, Republik Alpenau
""", client="outlook", fmt="alt")

# ============================================================================ general
E("GN1", "general", "en", False, [],
  "sponsorship programme for the Meeting of States Parties: eligibility and deadline",
  "Tobias Nakamura-Lowe", "t.nakamura-lowe@mfa.sorvania.example",
  "Sponsorship for the Meeting of States Parties in September", (2024, 6, 20, 8, 20, 9),
  """Dear ISU,

Sorvania would very much like to be represented at the Meeting of States Parties in Geneva in September, but our Ministry's travel budget has been cut this year.

Could you tell us wether Sorvania is eligible for the sponsorship programme, what the deadline for applying is, and whether sponsorship covers one or two delegates? Our delegate would most likely be the head of the Disarmament Division.

Many thanks,
Tobias

Tobias Nakamura-Lowe
Desk Officer, Multilateral Disarmament
Ministry of Foreign Affairs of Sorvania
""", client="gmail")

E("GN2", "general", "en", True, ["clearance", "victim_assistance", "reporting"],
  "HARD(several_needs): asks for a country coalition covering clearance, victim assistance and reporting with no single main need",
  "Grace Umutoni-Falk", "g.umutoni-falk@mfa.palisade.example",
  "Palisade - support request", (2024, 9, 5, 10, 44, 2),
  """Dear colleagues,

Following the informal discussion at the intersessionals, Palisade would like to formally express its interest in an individualised approach / country coalition.

Our needs are, quite honestly, spread across the board:
- Clearance: we still have about 4 km2 of suspected areas in the Kessel hills and our survey capacity is one team.
- Victim assistance: there is no registry of survivors and rehabilitation services are concentrated in the capital.
- Reporting: we have not managed to submit an annual report for two years because no single ministry owns the process.

We don't want to prioritise one of these over the others at this stage - we would rather sit down with the ISU and potential partners and look at the whole picture. Could we set up a meeting in Geneva in October to discuss how such a coalition could work?

Kind regards,

Grace Umutoni-Falk
National Focal Point for the CCM
Ministry of Foreign Affairs and International Cooperation, Palisade
""", client="outlook")

E("GN3", "general", "en", False, [],
  "practical: invitation letter needed for a Schengen visa to attend the intersessional meetings",
  "Oluwaseun Bright-Karlsson", "o.bright-karlsson@defence.lunaria.example",
  "Invitation letter needed for visa", (2024, 5, 14, 7, 55, 0),
  """Good morning,

I have been nominated to attend the intersessional meetings in Geneva next month. The Swiss embassy requires an official invitation letter for my visa application, and my appointment is on 24 May.

Could you kindly issue a letter in my name (Oluwaseun Bright-Karlsson, passport no. L4471920)? Apologies for the short notice, the nomination only came through yesterday.

Thanks so much,
Seun

Lt. Oluwaseun Bright-Karlsson
Ministry of Defence, Lunaria
""", client="gmail")

E("GN4", "general", "en", True, ["stockpile_destruction"],
  "HARD(quoted_thread): new focal point notification replying in an older thread about the stockpile destruction timeline",
  "Henrietta Voss-Adebayo", "h.voss-adebayo@mfa.tarsenia.example",
  "RE: Stockpile destruction timeline - Tarsenia", (2024, 7, 1, 9, 5, 5),
  """Dear Sheila,

I'm writing to let you know that as of today I have taken over as Tarsenia's national focal point for the Convention, replacing Col. Marcus Dunleavy, who has retired. Could you please update your contact lists and the focal point directory, and send future correspondence to me (copying arms.control@mfa.tarsenia.example)?

My details:
Henrietta Voss-Adebayo, Director, Arms Control and Disarmament Department
Ministry of Foreign Affairs, Tarsenia
+00 62 555 0148

I look forward to working with you.

Best regards,
Henrietta

From: Sheila Moreau <sheila.moreau@ccm-isu.example>
Sent: 14 March 2024 11:20
To: Marcus Dunleavy <m.dunleavy@mod.tarsenia.example>
Subject: RE: Stockpile destruction timeline - Tarsenia

Dear Colonel Dunleavy,

Thank you for the updated timeline. We note that the destruction of the remaining 86 cluster bombs is now scheduled to finish in October, well before the Article 3 deadline, and that the retained submunitions will be used for EOD training.

Best regards,
Sheila
""", client="outlook", in_reply_to=True)

E("GN5", "general", "fr", False, [],
  "universalisation: accession procedure and deposit of the instrument",
  "S.E. M. Honoré Tchibanga-Lefèvre", "ambassade.geneve@sarnelle.example",
  "Procédure d'adhésion à la Convention sur les armes à sous-munitions", (2024, 3, 12, 15, 0, 1),
  """Madame, Monsieur,

La République de Sarnelle, qui n'est pas encore partie à la Convention sur les armes à sous-munitions, envisage d'y adhérer au cours de l'année prochaine.

Je vous serais reconnaissant de bien vouloir m'indiquer la procédure à suivre pour le dépôt de l'instrument d'adhésion auprès du Secrétaire général des Nations Unies, la date à laquelle la Convention entrerait en vigueur pour notre pays, ainsi que les premières obligations qui en découleraient.

Je saisis cette occasion pour vous renouveler l'assurance de ma haute considération.

Honoré Tchibanga-Lefèvre
Ambassadeur, Représentant permanent
Mission permanente de la République de Sarnelle à Genève
""", client="outlook")

E("GN6", "general", "fr", True, ["clearance", "victim_assistance"],
  "HARD(topic_words_general_ask): subject and body full of demining and victim words; the ask is to fix dates and participants for an ISU country visit",
  "Odile Rakotomalala-Girard", "o.rakotomalala@defense.sarnelle.example",
  "Déminage, victimes et suite de la visite", (2024, 8, 8, 17, 30, 1),
  """Bonjour Madame,

Suite à nos échanges à Genève, le Ministre de la Défense souhaite accueillir une mission de l'Unité d'appui à Sarnelle au mois d'octobre.

Le programme provisoire comprendrait une visite des chantiers de déminage dans la province de Haute-Lira, une rencontre avec l'association des survivants et les services de réadaptation de l'hôpital de Port-Lira, ainsi que des réunions avec le comité interministériel.

Pourriez-vous nous indiquer les dates qui vous conviendraient (idéalement entre le 14 et le 25 octobre), le nombre de personnes qui composeront la délégation et si vous aurez besoin d'un appui pour les visas et l'hébergement ? Nous devons réserver le transport vers la province rapidement.

Bien à vous,

Odile Rakotomalala-Girard
Chargée de mission, Cabinet du Ministre de la Défense
République de Sarnelle
""", client="gmail")

E("GN7", "general", "es", False, [],
  "invites the ISU to present at a regional seminar on cooperation",
  "Mtro. Diego Arriaga Velasco", "darriaga@rree.valmonte.example",
  "Invitación a la ISU - seminario regional", (2024, 2, 14, 17, 15, -6),
  """Estimada Unidad de Apoyo:

El Ministerio de Relaciones Exteriores de Valmonte organiza los días 22 y 23 de abril un seminario regional sobre cooperación Sur-Sur en materia de desarme humanitario, con la participación de diez países de la región.

Nos gustaría invitar a un representante de la Unidad a presentar el marco de cooperación y asistencia de la Convención (artículo 6) durante la primera sesión. Cubriríamos los gastos de viaje y alojamiento. ¿Sería posible? Les enviaré la nota formal en cuanto me confirmen la disponibilidad.

Saludos cordiales,

Mtro. Diego Arriaga Velasco
Director de Desarme y Seguridad Internacional
Ministerio de Relaciones Exteriores de Valmonte
""", client="outlook")

E("GN8", "general", "es", True, ["stockpile_destruction", "clearance", "legislation"],
  "HARD(several_needs): three equal needs (stock destruction, clearance, implementing law) with no main one",
  "Gral. (r) Hernán Quispe Lazcano", "hquispe@cncmr.santelmo.example",
  "Necesidades de la Comisión Nacional", (2024, 10, 29, 9, 20, -5),
  """Estimados señores:

La Comisión Nacional para la Convención sobre Municiones en Racimo de la República de San Telmo fue creada en agosto y me corresponde presidirla. Al hacer el primer balance, identificamos varias tareas pendientes que quisiéramos presentarles:

a) El Ejército conserva un lote de granadas de artillería con submuniciones cuya destrucción aún no ha comenzado.
b) Hay al menos dos zonas en la frontera norte donde se sospecha la presencia de restos de municiones en racimo, sin estudio alguno.
c) Todavía no tenemos una ley de implementación y no sabemos por dónde empezar.

Todas son igual de importantes para nosotros. Les agradeceríamos una reunión (presencial o virtual) para ver cómo la Unidad y los Estados donantes podrían acompañarnos.

Atentamente,

Gral. (r) Hernán Quispe Lazcano
Presidente
Comisión Nacional para la Convención sobre Municiones en Racimo - San Telmo
""", client="outlook")

E("GN9", "general", "ru", False, [],
  "non-party State asks about accession procedure and observer status at the Meeting of States Parties",
  "Алексей Ворончихин", "a.voronchikhin@mid.drevnia.example",
  "О возможном присоединении к Конвенции и статусе наблюдателя", (2024, 7, 23, 12, 30, 3),
  """Уважаемые господа,

Республика Древния не является участницей Конвенции по кассетным боеприпасам, однако в настоящее время в правительстве изучается вопрос о присоединении к ней.

В этой связи просим сообщить:
- порядок присоединения и сдачи документа на хранение;
- возможно ли участие делегации Древнии в ближайшем Совещании государств-участников в качестве наблюдателя и каков порядок регистрации.

С уважением,
А.Д. Ворончихин
советник Постоянного представительства Республики Древния в Женеве
""", client="thunderbird", charset="koi8-r", cte="8bit")

E("GN10", "general", "ar", False, [],
  "asks for Arabic meeting documents and registration of the delegation",
  "ريم عبد الله القاسمي", "r.alqasimi@mofa.alwahat.example",
  "طلب وثائق الاجتماع باللغة العربية والتسجيل", (2024, 8, 29, 13, 40, 3),
  """السادة في وحدة دعم التنفيذ،

تحية طيبة وبعد،

نود إبلاغكم بأن وفد جمهورية الواحات سيشارك في اجتماع الدول الأطراف المقبل في جنيف، ويتكون الوفد من ثلاثة أعضاء.

نرجو التكرم بإرسال وثائق الاجتماع باللغة العربية، وإفادتنا بإجراءات التسجيل والموعد النهائي لتقديم أسماء أعضاء الوفد.

مع وافر الشكر والتقدير،

ريم عبد الله القاسمي
سكرتير أول، إدارة المنظمات الدولية
وزارة الخارجية، جمهورية الواحات
""", client="outlook", charset="windows-1256", cte="quoted-printable")

# ============================================================================ not_an_enquiry
E("NE1", "not_an_enquiry", "en", False, [],
  "out-of-office auto-reply (Auto-Submitted, X-Auto-Response-Suppress)",
  "Peter Lindahl-Osei", "p.lindahl-osei@mfa.sorvania.example",
  "Automatic reply: [CCM-2024-0211] Sponsorship for the Meeting of States Parties", (2024, 7, 29, 6, 1, 9),
  """Thank you for your email. I am out of the office until 15 August with limited access to email.

For urgent matters please contact the Multilateral Disarmament desk at disarmament@mfa.sorvania.example.

Peter Lindahl-Osei
""", client="outlook", in_reply_to="ack",
  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
         ("X-MS-Exchange-Inbox-Rules-Loop", "p.lindahl-osei@mfa.sorvania.example")])

E("NE2", "not_an_enquiry", "en", False, [],
  "DSN bounce (multipart/report, null sender) of an acknowledgement about a clearance case",
  "Mail Delivery Subsystem", "MAILER-DAEMON@mx1.mfa.palisade.example",
  "Undelivered Mail Returned to Sender", (2024, 9, 5, 10, 47, 2),
  None, special="bounce")

E("NE3", "not_an_enquiry", "en", True, [],
  "HARD(bulk_topic_words): monthly NGO newsletter full of clearance, stockpile and survivor words (List-Unsubscribe, Precedence bulk)",
  "The Remnant Report", "newsletter@remnantreport.example",
  "The Remnant Report - May 2024: clearance milestones, stockpile destruction, survivors' voices", (2024, 5, 31, 7, 0, 0),
  """THE REMNANT REPORT - May 2024
News from the world of mine action and cluster munitions

1. CLEARANCE MILESTONES
Three affected States reported record land release figures this spring. Survey teams cancelled more than 40 km2 of suspected hazard areas, and battle area clearance destroyed over 12,000 submunitions. Read how community liaison changed the game in the river valleys.

2. STOCKPILE DESTRUCTION
A former producer has finished destroying its last stockpile of cluster munitions, two years ahead of its Article 3 deadline. We look at cryofracture vs. open detonation and the costs involved.

3. SURVIVORS' VOICES
"I want a job, not pity." Four survivors talk about rehabilitation, prosthetics and the fight for socio-economic inclusion.

4. TRANSPARENCY
Only 60% of annual Article 7 reports were submitted on time this year. Our analyst asks why.

5. UPCOMING EVENTS
Webinar on national implementation legislation - 12 June. Register now!

You are receiving this newsletter because you subscribed at remnantreport.example.
Unsubscribe: https://remnantreport.example/unsubscribe?u=7f3a9c
The Remnant Report, 12 Harbour Lane, Port Example
""", client="none", fmt="alt",
  extra=[("List-Unsubscribe", "<https://remnantreport.example/unsubscribe?u=7f3a9c>, <mailto:unsubscribe@remnantreport.example>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
         ("List-Id", "The Remnant Report <news.remnantreport.example>"),
         ("Precedence", "bulk"),
         ("X-Mailer", "Sendinblue-like Mailer 4.2")])

E("NE4", "not_an_enquiry", "en", False, [],
  "calendar acceptance notification (text/calendar METHOD:REPLY)",
  "Julia Brandtner-Okoye", "j.brandtner@mfa.oskara.example",
  "Accepted: Briefing on victim assistance side event", (2024, 6, 10, 14, 2, 2),
  None, special="calendar")

E("NE5", "not_an_enquiry", "fr", True, [],
  "HARD(auto_reply_no_headers): French out-of-office with no Auto-Submitted header, mentioning demining and victim assistance",
  "Alain Dufresne-Kouassi", "a.dufresne-kouassi@mae.kassanga.example",
  "Absence du bureau - Re: Votre demande concernant le rapport article 7", (2024, 8, 12, 8, 0, 1),
  """Bonjour,

Je suis absent du bureau jusqu'au 2 septembre inclus, avec un accès limité à ma messagerie.

Pour toute question urgente relative au déminage, à l'assistance aux victimes ou au rapport au titre de l'article 7, veuillez contacter Mme Clémence Ahouansou (c.ahouansou@mae.kassanga.example).

Votre message ne sera pas transféré.

Cordialement,
Alain Dufresne-Kouassi
""", client="outlook", in_reply_to="ack")

E("NE6", "not_an_enquiry", "fr", False, [],
  "marketing for a defence exhibition (HTML-only, bulk)",
  "Salon DEFENSIA", "info@defensia-expo.example",
  "Dernières places : exposez au salon DEFENSIA 2024 - déminage et démilitarisation", (2024, 4, 2, 6, 30, 1),
  None, client="none", fmt="html", html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>DEFENSIA 2024</title></head>
<body style="margin:0;background:#f2f2f2"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;font-family:Arial,sans-serif"><tr><td style="padding:24px">
<h1 style="color:#0b3d91">DEFENSIA 2024 &ndash; Parc des Expositions</h1>
<p>Madame, Monsieur,</p>
<p>Il ne reste que <b>12 stands</b> disponibles dans l&#39;espace &laquo;&nbsp;Déminage &amp; démilitarisation&nbsp;&raquo; ! Détecteurs, robots de neutralisation, fours d&#39;incinération, solutions de destruction de munitions : rencontrez 4&nbsp;000 décideurs.</p>
<p style="text-align:center"><a href="https://defensia-expo.example/reserver" style="background:#0b3d91;color:#fff;padding:12px 24px;text-decoration:none">Réserver mon stand</a></p>
<p style="font-size:10px;color:#777">Vous recevez ce message car vous êtes inscrit à nos communications professionnelles. <a href="https://defensia-expo.example/desinscription">Se désinscrire</a></p>
</td></tr></table></td></tr></table></body></html>
""", extra=[("List-Unsubscribe", "<https://defensia-expo.example/desinscription>"), ("Precedence", "bulk")])

E("NE7", "not_an_enquiry", "es", False, [],
  "read receipt (multipart/report disposition-notification)",
  "Lic. Rodrigo Benítez Ortúzar", "r.benitez@cancilleria.sanlorenzo.example",
  "Leído: Acuse de recibo - Caso CCM-2024-0187", (2024, 8, 2, 10, 15, -5),
  None, special="mdn")

E("NE8", "not_an_enquiry", "pt", False, [],
  "Portuguese out-of-office auto-reply",
  "Dra. Teresa Valadares", "t.valadares@mne.marevia.example",
  "Resposta automática: [CCM-2024-0233] Pedido de assistência técnica", (2024, 8, 22, 0, 5, 0),
  """Estarei ausente do serviço até 9 de setembro, sem acesso ao correio eletrónico.

Para assuntos urgentes, por favor contacte o Gabinete de Assuntos Multilaterais: multilaterais@mne.marevia.example.

Obrigada,
Teresa Valadares
""", client="outlook", in_reply_to="ack",
  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

E("NE9", "not_an_enquiry", "ru", False, [],
  "Russian-language non-delivery notice from postmaster (plain text DSN, auto-generated)",
  "Почтовая служба", "postmaster@mail.gov.belovia.example",
  "Недоставленное сообщение: Re: Уничтожение запасов кассетных боеприпасов", (2024, 3, 7, 4, 12, 3),
  """Это сообщение создано автоматически почтовым сервером mail.gov.belovia.example.

Ваше сообщение не было доставлено следующим получателям:

  i.lanskoy-old@mil.belovia.example
    Причина: 550 5.1.1 почтовый ящик не существует

Заголовки исходного сообщения:

From: intake@ccm-isu.example
To: i.lanskoy-old@mil.belovia.example
Subject: Re: Уничтожение запасов кассетных боеприпасов - обмен опытом
Date: Thu, 07 Mar 2024 01:11:52 +0000
""", client="none", charset="koi8-r", cte="8bit",
  extra=[("Auto-Submitted", "auto-generated"), ("Return-Path", "<>")])

E("NE10", "not_an_enquiry", "de", True, [],
  "HARD(phishing_topic_words): credential phishing from a look-alike ISU domain using an Article 7 report lure",
  "Markus Leitner", "m.leitner@ccm-lsu.example",
  "Dringend: Ihr Transparenzbericht (Artikel 7) wurde zurückgewiesen", (2024, 5, 3, 2, 44, 1),
  """Sehr geehrte Nutzerin, sehr geehrter Nutzer,

Ihr Transparenzbericht nach Artikel 7 des Übereinkommens über Streumunition konnte aufgrund eines Signaturfehlers NICHT verarbeitet werden und wird in 24 Stunden endgültig gelöscht.

Um den Bericht erneut einzureichen, bestätigen Sie bitte umgehend Ihre Zugangsdaten über das sichere Portal:

  https://ccm-lsu.example/portal/login?id=intake

Geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein, um Ihr Konto zu verifizieren. Andernfalls gilt Ihr Staat als säumig.

Mit freundlichen Grüßen
Markus Leitner
Implementierungsunterstützungseinheit (ISU) - IT-Sicherheit
""", client="none", extra=[("Reply-To", "verify-account@mailbox-secure.example")])


# ============================================================================ builders
def _ack_id(rng):
    return f"<ack.{rng.randint(100000, 999999)}.{rng.randint(1000, 9999)}@ccm-isu.example>"


def special_bounce(e, rng):
    t = e["date"]
    orig_id = _ack_id(rng)
    rcpt = "g.umutoni-falk@mfa.palisade.example"
    orig = (f"Return-Path: <intake@ccm-isu.example>\nFrom: CCM Intake <intake@ccm-isu.example>\nTo: {rcpt}\n"
            f"Subject: [CCM-2024-0298] [Clearance and risk reduction] Survey support for the Kessel hills\n"
            f"Date: {date_hdr((2024, 9, 5, 8, 46, 0))}\nMessage-ID: {orig_id}\nAuto-Submitted: auto-replied\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 7bit\n\n"
            "Dear Ms Umutoni-Falk,\n\nThank you for your message. Your enquiry has been registered under reference\n"
            "CCM-2024-0298 and forwarded to the coordinators for clearance and risk reduction\n"
            "(Article 4: survey, clearance of cluster munition remnants, land release, risk education).\n\n"
            "Useful resources: guide to land release; template for Article 4 extension requests.\n\n"
            "Implementation Support Unit, Convention on Cluster Munitions\n")
    human = ("This is the mail system at host mx1.mfa.palisade.example.\n\n"
             "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
             "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n"
             f"<{rcpt}>: host store2.mfa.palisade.example[198.51.100.27] said:\n    552 5.2.2 <{rcpt}>: Mailbox full, quota exceeded (in reply to RCPT TO command)\n")
    dsn = ("Reporting-MTA: dns; mx1.mfa.palisade.example\nX-Postfix-Queue-ID: 4WzK9T1cQbz9sR\n"
           f"X-Postfix-Sender: rfc822; intake@ccm-isu.example\nArrival-Date: {date_hdr((2024, 9, 5, 8, 46, 2))}\n\n"
           f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: 5.2.2\n"
           f"Remote-MTA: dns; store2.mfa.palisade.example\nDiagnostic-Code: smtp; 552 5.2.2 <{rcpt}>: Mailbox full, quota exceeded\n")
    bnd = "4WzK9T3m0Tz9sS.1725526022/mx1.mfa.palisade.example"
    body = multipart("report", [
        raw_part("text/plain; charset=us-ascii\nContent-Description: Notification", human.encode()),
        raw_part("message/delivery-status\nContent-Description: Delivery report", dsn.encode()),
        raw_part("message/rfc822\nContent-Description: Undelivered Message", orig.encode(), cte="7bit"),
    ], bnd, params=" report-type=delivery-status;", preamble=False)
    hdrs = [("Return-Path", "<>"), received(rng, "mfa.palisade.example", t),
            ("Auto-Submitted", "auto-replied"), ("In-Reply-To", orig_id), ("References", orig_id)]
    return hdrs, b"Content-Description: Notification\n" + body


def special_mdn(e, rng):
    orig_id = _ack_id(rng)
    human = ("Su mensaje\n\n  Para: Rodrigo Benítez Ortúzar\n  Asunto: Acuse de recibo - Caso CCM-2024-0187\n"
             "  Enviado: jueves, 1 de agosto de 2024 17:02:11 (UTC-05:00) Bogotá, Lima, Quito\n\n"
             "fue leído el viernes, 2 de agosto de 2024 10:15:09 (UTC-05:00) Bogotá, Lima, Quito.\n")
    mdn = ("Reporting-UA: cancilleria.sanlorenzo.example; Microsoft Outlook 16.0\n"
           "Final-Recipient: rfc822;r.benitez@cancilleria.sanlorenzo.example\n"
           f"Original-Message-ID: {orig_id}\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    body = multipart("report", [
        text_part(human, "plain", "utf-8", "quoted-printable"),
        raw_part("message/disposition-notification", mdn.encode(), cte="7bit"),
    ], boundary(rng, "outlook"), params=" report-type=disposition-notification;")
    hdrs = [received(rng, "cancilleria.sanlorenzo.example", e["date"]), ("In-Reply-To", orig_id),
            ("References", orig_id)] + client_headers(rng, "outlook", "es")
    return hdrs, body


def special_calendar(e, rng):
    text = "Julia Brandtner-Okoye has accepted this meeting.\n\nBriefing on victim assistance side event\nWhen: 18 June 2024 13:15-14:00 (UTC+01:00) Bern, Geneva\nWhere: Room XXIV, Palais des Nations\n"
    ics = ("BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2016\nVERSION:2.0\nBEGIN:VEVENT\n"
           "ATTENDEE;PARTSTAT=ACCEPTED;CN=Julia Brandtner-Okoye:mailto:j.brandtner@mfa.oskara.example\n"
           "SUMMARY;LANGUAGE=en-GB:Accepted: Briefing on victim assistance side event\n"
           "DTSTART;TZID=W. Europe Standard Time:20240618T131500\nDTEND;TZID=W. Europe Standard Time:20240618T140000\n"
           "UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6A701000000000000000010000000\n"
           "DTSTAMP:20240610T120200Z\nSEQUENCE:0\nLOCATION;LANGUAGE=en-GB:Room XXIV\\, Palais des Nations\n"
           "END:VEVENT\nEND:VCALENDAR\n")
    body = multipart("alternative", [
        text_part(text, "plain", "utf-8", "7bit"),
        text_part(ics, "calendar", "utf-8", "7bit", extra="; method=REPLY"),
    ], boundary(rng, "outlook"))
    hdrs = [received(rng, "mfa.oskara.example", e["date"]), ("Thread-Topic", "Briefing on victim assistance side event")]
    hdrs += client_headers(rng, "outlook", "en")
    return hdrs, body


SPECIALS = {"bounce": special_bounce, "mdn": special_mdn, "calendar": special_calendar}


def build(e):
    rng = random.Random("blind5-" + e["key"])
    domain = e["address"].split("@")[1]
    client = e.get("client", "none")
    charset = e.get("charset", "utf-8")
    cte = e.get("cte")
    extra = list(e.get("extra", []))
    top = [h for h in extra if h[0] == "Return-Path"]
    extra = [h for h in extra if h[0] != "Return-Path"]

    if e.get("special"):
        pre, body = SPECIALS[e["special"]](e, rng)
        top += [h for h in pre if h[0] in ("Return-Path", "Received")]
        rest = [h for h in pre if h[0] not in ("Return-Path", "Received")]
    else:
        if rng.random() < 0.8:
            top.append(received(rng, domain, e["date"]))
        rest = []
        irt = e.get("in_reply_to")
        if irt == "ack":
            rid = _ack_id(rng)
            rest += [("In-Reply-To", rid), ("References", rid)]
        elif irt:
            r1 = message_id(rng, "outlook", "ccm-isu.example", e["date"])
            r2 = message_id(rng, client, domain, e["date"])
            rest += [("In-Reply-To", r1), ("References", f"{r2}\n {r1}")]
        rest += client_headers(rng, client, e["lang"])
        fmt = e.get("fmt", "plain")
        if fmt == "plain":
            body = text_part(e["body"], "plain", charset, cte)
        elif fmt == "html":
            body = text_part(e["html"], "html", "utf-8", cte or "quoted-printable")
        else:  # alt
            font = "Arial, sans-serif" if client == "gmail" else "Calibri, sans-serif"
            body = multipart("alternative", [
                text_part(e["body"], "plain", charset, cte),
                text_part(to_html(e["body"], font, charset), "html", charset, cte or "quoted-printable"),
            ], boundary(rng, client))
        if e.get("attach"):
            parts = [body] + [dummy_attachment(f) for f in e["attach"]]
            body = multipart("mixed", parts, boundary(rng, client))
            if client == "outlook":
                rest.append(("X-MS-Has-Attach", "yes"))
    hcs = charset if charset != "utf-8" else "utf-8"
    hdrs = top + [
        ("From", addr(e["name"], e["address"], hcs)),
        ("To", TO if rng.random() < 0.5 else f"CCM ISU Intake <{TO}>"),
        ("Subject", enc_hdr(e["subject"], hcs)),
        ("Date", date_hdr(e["date"])),
        ("Message-ID", message_id(rng, client, domain, e["date"])),
    ] + rest + extra + [("MIME-Version", "1.0")]
    head = "".join(f"{k}: {v}\n" for k, v in hdrs).encode("ascii")
    return head + body


def check(paths):
    problems = []
    for p in paths:
        data = open(p, "rb").read()
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                problems.append((p, part.get_content_type(), part.defects))
            for k, v in part.items():
                if getattr(v, "defects", None):
                    problems.append((p, k, v.defects))
            if part.get_content_maintype() == "text":
                part.get_content()
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg[h]:
                problems.append((p, "missing", h))
    return problems


def main():
    for old in glob.glob(os.path.join(HERE, "f-*.eml")):
        os.remove(old)
    froms = [e["address"].lower() for e in ENTRIES]
    assert len(set(froms)) == len(froms), "duplicate From address"
    entries = list(ENTRIES)
    random.Random(5005).shuffle(entries)
    labels = {}
    for i, e in enumerate(entries, 1):
        fname = f"f-{i:04d}.eml"
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(build(e))
        labels[fname] = {"topic": e["topic"], "secondary": e["sec"], "language": e["lang"],
                         "hard": e["hard"], "note": e["note"]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False, sort_keys=True)
        f.write("\n")
    paths = sorted(glob.glob(os.path.join(HERE, "f-*.eml")))
    problems = check(paths)
    assert len(paths) == len(labels) == len(ENTRIES), (len(paths), len(labels))
    from collections import Counter
    print("files:", len(paths), "labels:", len(labels))
    print("topics:", dict(sorted(Counter(v["topic"] for v in labels.values()).items())))
    print("languages:", dict(sorted(Counter(v["language"] for v in labels.values()).items())))
    print("hard:", sum(v["hard"] for v in labels.values()))
    if problems:
        for pr in problems:
            print("DEFECT", pr)
        sys.exit(1)
    print("all files parse without defects")


if __name__ == "__main__":
    main()
