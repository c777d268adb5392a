# -*- coding: utf-8 -*-
"""Content and gold labels of the blind11 corpus (data only).

Each entry of MESSAGES describes one e-mail.  generate.py turns the entries
into .eml files.  Field meanings:

  key          internal reference (not written to labels.json)
  topic, secondary, language, hard, note   -> labels.json
  from_name, from_addr, date, subject
  subject_charset / subject_enc  charset and encoding (q/b) of the RFC 2047
               subject when it is not ASCII (default utf-8 / q)
  mailer       outlook | gmail | thunderbird | apple | iphone | android |
               webmail | thebat | notes | robot   (Message-ID style, X-Mailer)
  struct       plain | alt | html | mixed | dsn | mdn
  inner        for mixed: plain | alt (the body part)
  charset, cte           text/plain part
  html_cte, html         html part (html generated from body when absent)
  attachments  list of {"name", "kind"} (kind pdf/docx/xlsx/ics) or
               {"rfc822": {...message...}}
  headers      extra header (name, value) pairs, in order
  cc, reply_to, linesep ("crlf" default, or "lf")
  check        a phrase that must appear in the decoded text (verification)

All States, people, organisations and domains are invented.
"""

INTAKE = "intake@ccm-isu.example"

MESSAGES = [
    # ------------------------------------------------------------------
    # stockpile_destruction (12)
    # ------------------------------------------------------------------
    {
        "key": "S1",
        "topic": "stockpile_destruction", "secondary": [], "language": "en", "hard": False,
        "note": "note verbale ('has the honour to'): requests technical and financial help to destroy the remaining 155 mm cargo rounds and dispensers (Art. 6.5); ask in the penultimate paragraph",
        "from_name": "Permanent Mission of Norvane - Disarmament Section",
        "from_addr": "disarmament.geneva@mission.norvane.example",
        "date": "Tue, 14 Apr 2026 11:02:37 +0200",
        "subject": "Note verbale No. 117/2026/DIS",
        "mailer": "outlook", "struct": "mixed", "inner": "plain",
        "charset": "utf-8", "cte": "quoted-printable",
        "headers": [("Importance", "high")],
        "body": """
NOTE VERBALE

No. 117/2026/DIS

The Permanent Mission of the Republic of Norvane to the United Nations Office and other international organizations in Geneva presents its compliments to the Implementation Support Unit of the Convention on Cluster Munitions and has the honour to refer to the obligations of the Republic of Norvane under the Convention, to which it became a State Party on 1 November 2021.

The Permanent Mission has the further honour to recall that the Government of the Republic of Norvane, in its initial transparency report, declared a stockpile of 2,412 artillery projectiles of 155 mm calibre of the cargo type, together with 96 aircraft-delivered dispensers, held at two military storage sites. Of these, 1,140 projectiles have been destroyed to date by national means, as reflected in the most recent annual report of the Republic of Norvane.

The Permanent Mission wishes to inform the Implementation Support Unit that the national capacity used so far, which relies on open detonation at a single range, has reached its limits. The range is now subject to environmental restrictions imposed by the regional authorities, and the remaining projectiles, which contain dual-purpose improved conventional munitions, cannot be processed there in the quantities required.

In light of the above, and with a view to meeting its deadline under Article 3 of the Convention, the Permanent Mission of the Republic of Norvane has the honour to request, through the good offices of the Implementation Support Unit, technical and financial assistance in accordance with Article 6, paragraph 5, for the destruction of the remaining stockpile, including the identification of a State Party or organization able to offer an industrial demilitarization solution or a mobile facility. A technical annex is attached for ease of reference.

The Permanent Mission of the Republic of Norvane to the United Nations Office and other international organizations in Geneva avails itself of this opportunity to renew to the Implementation Support Unit of the Convention on Cluster Munitions the assurances of its highest consideration.

Geneva, 14 April 2026

[Seal]
""",
        "attachments": [{"name": "NV_117-2026_DIS.pdf", "kind": "pdf"},
                        {"name": "Annex_technical_data_remaining_stock.pdf", "kind": "pdf"}],
        "check": "industrial demilitarization solution",
    },
    {
        "key": "S2",
        "topic": "stockpile_destruction", "secondary": [], "language": "en", "hard": False,
        "note": "non-native English (Russian speaker), paraphrase: wants to get rid of old bomblets kept in a depot next to a village and a railway; problem framed, no Article named",
        "from_name": "Andrei Volkhovsky",
        "from_addr": "a.volkhovsky@mod.ostrelia.example",
        "date": "Thu, 22 Jan 2026 09:14:05 +0300",
        "subject": "Question about old depot near Zarinsk",
        "mailer": "thunderbird", "struct": "plain", "charset": "utf-8", "cte": "7bit",
        "linesep": "lf",
        "body": """
Good day,

I am working in Department of Armament of our Ministry of Defence. We have
one depot near the railway station of Zarinsk where are kept old bomblets
from the time before independence, around 18 000 pieces in containers, and
some containers are already opened and damaged. Nobody want to touch them.

Our engineers say it is not possible to burn or explode them in the place,
because the village is only 900 meters and the railway line is very close.
To move them by road is also dangerous, the road is bad.

We must get rid of them before our date in the Convention but we have no
idea how to make it safely. Is there somebody who already did such
operation in similar conditions and can come to see the depot?

With respect,
Andrei Volkhovsky
Senior officer, Department of Armament
Ministry of Defence
""",
        "check": "get rid of them",
    },
    {
        "key": "S3",
        "topic": "stockpile_destruction", "secondary": [], "language": "en", "hard": False,
        "note": "very short, names an Article paragraph only: how many submunitions may be retained under Art. 3(6) for training detection dogs",
        "from_name": "Col. Tomasz Brenner",
        "from_addr": "t.brenner@defence.vellmark.example",
        "date": "Mon, 09 Mar 2026 18:47:12 +0100",
        "subject": "Art 3(6)",
        "mailer": "iphone", "struct": "plain", "charset": "us-ascii", "cte": "7bit",
        "body": """
Quick one: under 3(6), how many do States usually keep for training detection dogs? We want to keep some back and not get it wrong.

Sent from my iPhone
""",
        "check": "training detection dogs",
    },
    {
        "key": "S4",
        "topic": "stockpile_destruction", "secondary": ["clearance", "victim_assistance"], "language": "en", "hard": True,
        "note": "HARD(multi_topic): mentions range clearance and casualty support (both handled elsewhere); the ask is funding for a mobile demilitarisation unit to finish stockpile destruction before the Art. 3 deadline",
        "from_name": "Brig. Gen. Halvard Ness",
        "from_addr": "h.ness@defence.breymoor.example",
        "date": "Wed, 04 Feb 2026 07:58:40 +0000",
        "subject": "Funding gap - final phase of destruction programme",
        "mailer": "outlook", "struct": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html_cte": "quoted-printable",
        "body": """
Dear colleagues,

I lead the Defence Logistics Command of Breymoor, which holds the country's remaining cluster munitions.

By way of background, since we last met in Geneva: the former artillery range at Coldharbour, where some of the old stock was fired in the 1990s, is now being surveyed and cleared by the National Mine Action Authority with its own funding. The four soldiers injured in the 2019 storage incident are followed by the Ministry of Health and are doing well. Neither of these is why I am writing.

Our problem is the last 41 tonnes of stock: mostly air-delivered dispensers whose submunitions cannot be removed with the equipment we have. The contractor who handled the first three phases has quoted for a mobile demilitarisation unit to be brought to our central depot for five months. We can cover roughly half of the EUR 1.9 million this will cost. Without the other half we will not be finished before 1 August 2027.

Could the ISU help us find a State Party or donor willing to co-finance this last phase? I can provide the contractor's quote, the work plan and our national contribution in writing.

Yours sincerely,

Halvard Ness
Brigadier General
Commander, Defence Logistics Command
Ministry of Defence of Breymoor
Tel. +999 20 7713 4410

This e-mail may contain official information. If you are not the intended recipient, please notify the sender and delete it.
""",
        "check": "co-finance this last phase",
    },
    {
        "key": "S5",
        "topic": "stockpile_destruction", "secondary": ["reporting"], "language": "en", "hard": True,
        "note": "HARD(misleading_subject): subject is about Article 7 Form B, but the ask is how to prepare an Article 3 deadline extension request and whether the ISU can review a draft",
        "from_name": "Mira Oksanen",
        "from_addr": "mira.oksanen@formin.halvenia.example",
        "date": "Fri, 20 Mar 2026 14:31:09 +0200",
        "subject": "Article 7 report - Form B question",
        "mailer": "gmail", "struct": "alt", "charset": "utf-8", "cte": "7bit",
        "html_cte": "quoted-printable",
        "body": """
Dear colleagues,

We are putting together our annual report and Form B itself went smoothly enough. The trouble is what Form B shows: at the present rate of destruction we will still have about 600 cargo rounds left when our eight-year period ends on 1 March 2027.

Our Minister has agreed that we should ask for more time rather than miss the deadline, and none of us has done this before. What does a request to extend the Article 3 deadline have to contain, by when must it be submitted to be considered at this year's Meeting of States Parties, and would the ISU be able to look at a draft before we send it officially?

Best regards,
Mira Oksanen
Deputy Director, Arms Control Unit
Ministry for Foreign Affairs of Halvenia
""",
        "check": "extend the Article 3 deadline",
    },
    {
        "key": "S6",
        "topic": "stockpile_destruction", "secondary": ["reporting"], "language": "fr", "hard": False,
        "note": "transfer of 310 bombs to a neighbouring State Party for destruction (Art. 3.7): requirements, reporting of the transfer, help drafting the technical arrangement",
        "from_name": "Lieutenant-colonel Armelle Daoud",
        "from_addr": "a.daoud@defense.kerlande.example",
        "date": "Tue, 12 May 2026 10:05:44 +0100",
        "subject": "Transfert de stocks vers un pays voisin pour destruction",
        "subject_charset": "iso-8859-1",
        "mailer": "thunderbird", "struct": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
        "body": """
Madame, Monsieur,

La République de Kerlande détient encore 310 bombes à sous-munitions, pour
lesquelles elle ne dispose d'aucune installation de destruction adaptée.
Notre voisin, la République d'Ambarène, également État partie, possède une
installation industrielle et a donné son accord de principe pour les
détruire sur son territoire.

Avant d'aller plus loin, nous aurions besoin de votre appui sur trois points :

1. Quelles sont les conditions posées par la Convention pour un transfert
   aux fins de destruction (article 3, paragraphe 7) ?
2. Comment ce transfert doit-il apparaître dans nos rapports respectifs ?
3. L'Unité pourrait-elle nous aider à rédiger l'arrangement technique entre
   les deux ministères de la Défense (responsabilités, transport, preuve de
   destruction) ?

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations
distinguées.

Lcl Armelle Daoud
Direction du matériel et de la logistique
Ministère de la Défense - République de Kerlande
""",
        "check": "transfert aux fins de destruction",
    },
    {
        "key": "S7",
        "topic": "stockpile_destruction", "secondary": [], "language": "fr", "hard": False,
        "note": "previously unknown stock of submunitions found in a police armoury after the State declared completion of Art. 3: what to do, how to declare and destroy it",
        "from_name": "Hélène Marchetti-Sow",
        "from_addr": "helene.marchetti@diplomatie.tazembe.example",
        "date": "Mon, 15 Jun 2026 16:22:51 +0000",
        "subject": "Découverte d'un stock après notre déclaration d'achèvement",
        "mailer": "outlook", "struct": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html_cte": "quoted-printable",
        "body": """
Madame, Monsieur,

Le Tazembé a annoncé en 2023 l'achèvement de la destruction de ses stocks d'armes à sous-munitions. Or, lors d'un inventaire de l'armurerie centrale de la Police nationale le mois dernier, une commission a découvert 46 roquettes à sous-munitions qui n'avaient jamais été recensées. Elles proviendraient d'une saisie des années 1990.

Les roquettes ont été placées sous scellés dans un dépôt militaire. Nous sommes toutefois dans l'embarras : quelle est la marche à suivre lorsqu'un stock est découvert après la déclaration d'achèvement ? Faut-il en informer les États parties avant la prochaine Assemblée, et dans quels délais devons-nous les détruire ? Nous aurions également besoin de conseils techniques, car nos artificiers ne connaissent pas ce modèle.

Je vous remercie par avance de votre aide.

Hélène Marchetti-Sow
Conseillère, Direction des Nations Unies et des organisations internationales
Ministère des Affaires étrangères du Tazembé
""",
        "check": "46 roquettes",
    },
    {
        "key": "S8",
        "topic": "stockpile_destruction", "secondary": [], "language": "es", "hard": False,
        "note": "paraphrase (old bombs 'full of small charges' in a powder magazine): private quote for destruction too expensive; asks for contact with a State that destroyed similar bombs more cheaply (peer exchange)",
        "from_name": "Cnel. Ramiro Echeverría",
        "from_addr": "recheverria@ejercito.valdemora.example",
        "date": "Wed, 25 Feb 2026 12:40:03 -0500",
        "subject": "Bombas viejas en el polvorín de Los Algarrobos",
        "mailer": "outlook", "struct": "alt", "charset": "windows-1252", "cte": "quoted-printable",
        "html_cte": "quoted-printable",
        "body": """
Estimados señores:

Le escribo desde la Dirección de Material Bélico del Ejército de Valdemora. En el polvorín de Los Algarrobos guardamos desde los años ochenta unas 700 bombas de aviación que llevan dentro, cada una, más de doscientas cargas pequeñas. Queremos deshacernos de ellas de una vez.

El único presupuesto que hemos recibido es de una empresa privada y asciende a 2.300 dólares por bomba, lo que para nosotros es imposible. Nos cuesta creer que otros países hayan pagado tanto.

¿Conocen algún Estado que haya destruido bombas parecidas con medios propios o a menor costo? Nos sería muy útil un intercambio de experiencias con sus especialistas, o incluso una visita a sus instalaciones.

Atentamente,

Cnel. Ramiro Echeverría
Director de Material Bélico
Ejército de Valdemora
""",
        "check": "deshacernos de ellas",
    },
    {
        "key": "S9",
        "topic": "stockpile_destruction", "secondary": [], "language": "es", "hard": False,
        "note": "phase 2 of stockpile destruction (1,300 dispensers) costs USD 860,000; the State covers 40 %; asks for guidance to find donors",
        "from_name": "Paula Ibarguren",
        "from_addr": "pibarguren@cancilleria.sierraclara.example",
        "date": "Thu, 05 Mar 2026 15:17:26 -0300",
        "subject": "Financiamiento – destrucción de existencias (fase 2)",
        "mailer": "thunderbird", "struct": "plain", "charset": "utf-8", "cte": "8bit",
        "linesep": "lf",
        "body": """
Estimados colegas:

La República de Sierra Clara concluyó en diciembre la primera fase de
destrucción de sus existencias de municiones en racimo, financiada
íntegramente con recursos nacionales.

La segunda fase comprende 1.300 dispensadores de aviación y, según el plan
del Ministerio de Defensa, costará alrededor de 860.000 dólares. El Estado
puede aportar el 40 %. Sin financiación externa para el resto, tendremos
que suspender los trabajos a mitad de año.

Les agradeceríamos orientación para identificar posibles donantes para esta
fase y, si lo consideran oportuno, que nos indiquen cómo presentar la
necesidad en la próxima reunión entre sesiones.

Saludos cordiales,

Lic. Paula Ibarguren
Dirección de Seguridad Internacional y Desarme
Ministerio de Relaciones Exteriores
República de Sierra Clara
""",
        "check": "identificar posibles donantes",
    },
    {
        "key": "S10",
        "topic": "stockpile_destruction", "secondary": [], "language": "es", "hard": True,
        "note": "HARD(reply_to_ack): follow-up on acknowledgement CCM-2026-0427 (technical support for stockpile destruction): 'any news?', contractor deadline",
        "from_name": "Ing. Marcelo Sagastume",
        "from_addr": "msagastume@defensa.pradoverde.example",
        "date": "Mon, 01 Jun 2026 08:03:19 -0600",
        "subject": "RE: [CCM-2026-0427] Recibido: Destrucción de existencias – supervisión técnica",
        "mailer": "outlook", "struct": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html_cte": "quoted-printable",
        "headers": [("In-Reply-To", "<ccm-2026-0427.ack@ccm-isu.example>"),
                    ("References", "<ccm-2026-0427.ack@ccm-isu.example>")],
        "body": """
Buenos días:

¿Hay alguna novedad sobre nuestra solicitud? El contratista nos pide confirmar antes del 15 de junio si contaremos con el experto para la supervisión técnica; si no, perdemos el turno en su planta hasta el año próximo.

Quedo atento.

Ing. Marcelo Sagastume
Jefatura de Logística – Ministerio de Defensa de Pradoverde

De: CCM Implementation Support Unit <no-reply@ccm-isu.example>
Enviado: martes, 12 de mayo de 2026 10:41
Para: Marcelo Sagastume <msagastume@defensa.pradoverde.example>
Asunto: [CCM-2026-0427] Recibido: Destrucción de existencias – supervisión técnica

Estimada/o remitente:

Acusamos recibo de su mensaje, registrado con la referencia CCM-2026-0427. Ha sido remitido al coordinador competente, que se pondrá en contacto con usted a la mayor brevedad.

Le rogamos conserve la referencia en el asunto de cualquier correspondencia posterior.
""",
        "check": "Hay alguna novedad",
    },
    {
        "key": "S11",
        "topic": "stockpile_destruction", "secondary": [], "language": "ru", "hard": True,
        "note": "HARD(legacy_charset,base64_body): windows-1251 body, base64-encoded, windows-1251 B subject (Russian): corroded, leaking stock of cluster bombs; asks for experts to assess safe transport and destruction method",
        "from_name": "Полковник С. В. Ладыгин",
        "from_addr": "s.ladygin@mil.beloyaria.example",
        "date": "Tue, 17 Feb 2026 10:26:55 +0300",
        "subject": "Запрос о содействии: состояние запасов кассетных авиабомб",
        "subject_charset": "windows-1251", "subject_enc": "b",
        "mailer": "thebat", "struct": "plain", "charset": "windows-1251", "cte": "base64",
        "body": """
Уважаемые коллеги!

Министерство обороны Республики Белоярия обращается к Группе имплементационной поддержки Конвенции по кассетным боеприпасам со следующей просьбой.

На центральной базе хранения вблизи г. Верхнедольска находятся около 4 300 авиационных кассетных бомб выпуска 1970–1980-х годов. В ходе плановой проверки в феврале 2026 года комиссия выявила коррозию корпусов у значительной части изделий, а в двух хранилищах — следы утечки. Хранилища закрыты, доступ личного состава ограничен.

Уничтожение этих запасов предусмотрено национальной программой, однако прежде чем перевозить изделия на полигон, необходимо оценить, насколько безопасна транспортировка, и выбрать метод уничтожения, подходящий для повреждённых боеприпасов. Собственных специалистов с таким опытом у нас нет.

Просим оказать содействие в направлении одного-двух экспертов для оценки технического состояния запасов и выработки рекомендаций по их безопасному уничтожению. Расходы на пребывание экспертов министерство готово взять на себя.

С уважением,
полковник С. В. Ладыгин
начальник управления вооружения
Министерство обороны Республики Белоярия
тел. +999 17 204 5531
""",
        "check": "безопасному уничтожению",
    },
    {
        "key": "S12",
        "topic": "stockpile_destruction", "secondary": [], "language": "de", "hard": False,
        "note": "German: submunitions retained under Art. 3(6) no longer needed; no national facility left; asks for a State or company to destroy them and what a transfer abroad requires",
        "from_name": "Oberstleutnant Katrin Albrecht",
        "from_addr": "k.albrecht@verteidigung.talbrunn.example",
        "date": "Thu, 08 Oct 2026 13:12:30 +0200",
        "subject": "Vernichtung der nach Artikel 3 Abs. 6 zurückbehaltenen Submunitionen",
        "mailer": "thunderbird", "struct": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "linesep": "lf",
        "body": """
Sehr geehrte Damen und Herren,

die Republik Talbrunn hat nach Artikel 3 Absatz 6 des Übereinkommens 412
Submunitionen für Ausbildungszwecke zurückbehalten. Die Ausbildung unserer
Kampfmittelräumer ist inzwischen abgeschlossen; der verbliebene Bestand von
268 Stück wird nicht mehr benötigt und soll vernichtet werden.

Seit der Schließung unseres Munitionszerlegebetriebs im Jahr 2024 verfügen
wir jedoch über keine eigene Anlage mehr. Eine Sprengung auf unserem
einzigen Übungsplatz ist wegen der Nähe zu einem Naturschutzgebiet nicht
genehmigungsfähig.

Könnten Sie uns einen Vertragsstaat oder ein Unternehmen nennen, das die
Vernichtung übernehmen könnte? Für Hinweise, was bei einer Verbringung ins
Ausland zu beachten ist, wären wir ebenfalls dankbar.

Mit freundlichen Grüßen

Oberstleutnant Katrin Albrecht
Referat Rüstungskontrolle und Abrüstung
Ministerium der Verteidigung der Republik Talbrunn
Tel. +999 30 8841 207
""",
        "check": "Vernichtung übernehmen",
    },
    # ------------------------------------------------------------------
    # clearance (12)
    # ------------------------------------------------------------------
    {
        "key": "C1",
        "topic": "clearance", "secondary": [], "language": "en", "hard": False,
        "note": "non-native English (Arabic speaker): 'small bombs' surfacing in farms after rain; asks help for survey and then clearance",
        "from_name": "Eng. Khalid Al-Mansouri",
        "from_addr": "k.almansouri@nmac.wadisarran.example",
        "date": "Sun, 11 Jan 2026 09:40:18 +0300",
        "subject": "Request of support for survey of farms in southern governorate",
        "mailer": "outlook", "struct": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html_cte": "quoted-printable",
        "body": """
Dear Sir/Madam,

Greetings from the National Mine Action Center.

We are kindly requesting your good office to assist us regarding the farms in the southern governorate near the valley. Every year after the rain season the shepherds and farmers are finding the small bombs in the fields, it is coming up from the soil. Last month two children brought one to the house, thanks God it did not explode.

Our teams are few and they don't have the proper equipments for the survey, and until now we don't know exactly the size of the land which is contaminated. Please we need the help for making survey in this area and for the clearance after it.

Looking forward for your kind cooperation.

Best Regards,

Eng. Khalid Al-Mansouri
Head of Operations Department
National Mine Action Center
Mobile: +999 55 901 3374
""",
        "check": "making survey in this area",
    },
    {
        "key": "C2",
        "topic": "clearance", "secondary": [], "language": "en", "hard": False,
        "note": "very short (two lines), no Article: who can do a fast non-technical survey in three border villages before the rains",
        "from_name": "Peter Amankwah",
        "from_addr": "p.amankwah@mineaction.sablecoast.example",
        "date": "Tue, 24 Mar 2026 06:55:41 +0000",
        "subject": "NTS - 3 border villages",
        "mailer": "webmail", "struct": "plain", "charset": "us-ascii", "cte": "7bit",
        "linesep": "lf",
        "body": """
Hi - who could do a quick non-technical survey in three villages on our northern border? Rains start mid-May.
Peter
""",
        "check": "non-technical survey",
    },
    {
        "key": "C3",
        "topic": "clearance", "secondary": [], "language": "en", "hard": True,
        "note": "HARD(forwarded_chain): top note only says 'see below'; the forwarded field report asks for technical survey and clearance of newly found submunitions at a school",
        "from_name": "Dr. Lena Hartwick",
        "from_addr": "l.hartwick@nmaa.tenerin.example",
        "date": "Tue, 10 Mar 2026 08:12:09 +0000",
        "subject": "Fwd: Items found at Kellbrook primary school - urgent",
        "mailer": "gmail", "struct": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "body": """
Dear ISU colleagues,

See below from our field team. We cannot handle this alone with what we have this quarter - grateful for anything you can do.

Lena

---------- Forwarded message ---------
From: Sam Odhiambo <s.odhiambo@nmaa.tenerin.example>
Date: Mon, 9 Mar 2026 at 16:42
Subject: Items found at Kellbrook primary school - urgent
To: Lena Hartwick <l.hartwick@nmaa.tenerin.example>


Lena,

Builders digging foundations for the new classroom block at Kellbrook turned up four submunitions this morning, fuzes intact by the look of them. We've fenced the site and the school is closed. The area was never on our list of suspected hazardous areas - the school was built in 2004 on what used to be the access road to an old depot.

We need a technical survey of the whole compound and of the strip along the old road (about 6 ha), and then clearance, before the children can go back. Our only technical survey team is committed in the east until September. Can we get an outside team, or at least a loan of detectors and an EOD specialist for a few weeks?

The head teacher is also asking for a risk education session for parents.

Sam

--
Sam Odhiambo
Field Operations Officer, Western Region
National Mine Action Authority of Tenerin
""",
        "check": "technical survey of the whole compound",
    },
    {
        "key": "C4",
        "topic": "clearance", "secondary": [], "language": "en", "hard": True,
        "note": "HARD(html_only): HTML-only: no external quality management before land is handed back; asks help to set up QA/QC and train inspectors",
        "from_name": "Rashid Tembo",
        "from_addr": "r.tembo@nmaa.oskaria.example",
        "date": "Wed, 29 Apr 2026 11:36:52 +0200",
        "subject": "Quality management for released land",
        "mailer": "outlook", "struct": "html", "html_cte": "quoted-printable", "charset": "utf-8",
        "body": """
Dear Sir or Madam,

The National Mine Action Authority of Oskaria has a problem that we would like to raise with the coordinators.

At present the three operators working on cluster munition remnants in our country check their own work: there is no external quality assurance during operations and no quality control sampling before land is handed back to communities. Last October a farmer found a submunition in a field that had been declared clear six months earlier. Nobody was hurt, but confidence in the whole programme has suffered.

We would like to set up a proper quality management system at the Authority and train six national inspectors, but we have no one with this experience. Could the ISU help us find a partner who could advise us and deliver the training?

Kind regards,

Rashid Tembo
Head of Standards and Quality Management
National Mine Action Authority of Oskaria
""",
        "check": "quality management system",
    },
    {
        "key": "C5",
        "topic": "clearance", "secondary": [], "language": "en", "hard": False,
        "note": "long minister's letter about completing Article 4 clearance; ask in the last paragraph: help to prepare the declaration of completion and a residual response capacity",
        "from_name": "Office of the Minister of the Interior",
        "from_addr": "minister.office@interior.lindqvar.example",
        "date": "Fri, 17 Apr 2026 15:48:22 +0100",
        "subject": "Letter from H.E. the Minister of the Interior of Lindqvar",
        "mailer": "outlook", "struct": "mixed", "inner": "alt",
        "charset": "utf-8", "cte": "quoted-printable", "html_cte": "quoted-printable",
        "body": """
Dear Director,

I have the honour to write to you on behalf of the Government of the Republic of Lindqvar concerning our obligations under Article 4 of the Convention on Cluster Munitions.

When Lindqvar became a State Party in 2017, thirty-one areas in the provinces of Harnfold and Estermere were confirmed or suspected to contain cluster munition remnants from the conflict of 2008. Over the past nine years, national teams working alongside international operators have released a total of 23.4 square kilometres of land, destroyed more than 9,800 submunitions and returned farmland, pastures and two village schools to their communities. The last of these areas, near the town of Orrisdale, was cleared in March of this year.

I wish to pay tribute to the deminers of the National Civil Protection Service, to the operators who worked with them and to the States that supported this effort through funding and expertise. Without this partnership, the task would not have been finished four months ahead of our deadline.

My Government is nevertheless conscious that completing clearance does not mean that no remnant will ever be found again. Heavy rains and construction in the former conflict zone may still bring items to light, and the communities concerned must know whom to call.

In this context, I would be most grateful if the Implementation Support Unit could advise and assist my Government in preparing its declaration of completion of Article 4 obligations, and in establishing a sustainable national capacity to respond to any cluster munition remnants discovered after completion.

Please accept, Dear Director, the assurances of my highest consideration.

Aleksander Renvall
Minister of the Interior
Republic of Lindqvar

(signed original attached)
""",
        "attachments": [{"name": "Minister_Renvall_letter_to_ISU_signed.pdf", "kind": "pdf"}],
        "check": "declaration of completion of Article 4 obligations",
    },
    {
        "key": "C6",
        "topic": "clearance", "secondary": [], "language": "fr", "hard": False,
        "note": "backlog of 300 community reports of items not dealt with; asks for help to train and equip EOD rapid-response teams (spot tasks)",
        "from_name": "Awa Koné-Berthier",
        "from_addr": "a.kone@cnlam.mbaloe.example",
        "date": "Mon, 23 Feb 2026 09:18:37 +0000",
        "subject": "Signalements non traités – besoin d'équipes d'intervention",
        "mailer": "thunderbird", "struct": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html_cte": "quoted-printable",
        "body": """
Bonjour,

Depuis l'ouverture de notre ligne verte en 2024, la population de la région des Lacs nous signale de plus en plus d'objets suspects : sous-munitions dans les champs, dans les cours des maisons, parfois rapportées au village par des enfants. Nous avons aujourd'hui près de 300 signalements en attente.

Notre commission ne dispose que d'une seule équipe de neutralisation, basée dans la capitale, à deux jours de route. Entre le signalement et l'intervention, il se passe souvent plusieurs mois, et les gens finissent par déplacer les objets eux-mêmes.

Nous voudrions créer trois équipes d'intervention rapide basées dans la région. Pourriez-vous nous mettre en relation avec un partenaire capable de former et d'équiper ces équipes ?

Cordialement,

Awa Koné-Berthier
Cheffe des opérations
Commission nationale de lutte antimines – Mbaloé
""",
        "check": "équipes d'intervention rapide",
    },
    {
        "key": "C7",
        "topic": "clearance", "secondary": [], "language": "fr", "hard": False,
        "note": "Article 4 extension request: asks for help with the work plan, costing and a desk review of the draft",
        "from_name": "Jean-Baptiste Ondoua",
        "from_addr": "jb.ondoua@antimines.vaudrel.example",
        "date": "Thu, 07 May 2026 17:29:04 +0100",
        "subject": "Préparation de notre demande de prolongation",
        "mailer": "thunderbird", "struct": "plain", "charset": "iso-8859-1", "cte": "8bit",
        "linesep": "lf",
        "body": """
Madame, Monsieur,

Le Royaume de Vaudrel ne pourra pas achever la dépollution des zones
contaminées par des restes d'armes à sous-munitions dans le délai prévu par
la Convention : il reste 14 zones confirmées dans la province de Haute-Serre,
dont plusieurs en forêt, et l'accès n'est possible que six mois par an.

Nous devons donc présenter une demande de prolongation. Notre centre dispose
des données d'enquête, mais personne ici n'a jamais élaboré un plan de
travail pluriannuel chiffré de ce type.

Nous souhaiterions bénéficier d'un appui pour :
- structurer le plan de travail et l'estimation des coûts ;
- relire le projet de demande avant sa transmission officielle.

Avec mes remerciements,

Jean-Baptiste Ondoua
Directeur adjoint
Centre national d'action contre les mines du Royaume de Vaudrel
""",
        "check": "demande de prolongation",
    },
    {
        "key": "C8",
        "topic": "clearance", "secondary": [], "language": "fr", "hard": False,
        "note": "short, subject names Article 4 only: new contamination found in a region declared clear; who can advise",
        "from_name": "Olivier Ravelo",
        "from_addr": "o.ravelo@defense.ambarene.example",
        "date": "Sat, 18 Jul 2026 19:02:47 +0200",
        "subject": "Article 4",
        "mailer": "iphone", "struct": "plain", "charset": "utf-8", "cte": "8bit",
        "body": """
Bonjour,
Des sous-munitions viennent d'être trouvées dans une zone déclarée propre en 2022. Doit-on rouvrir l'article 4 et qui peut nous conseiller ?
O. Ravelo

Envoyé de mon iPhone
""",
        "check": "zone déclarée propre",
    },
    {
        "key": "C9",
        "topic": "clearance", "secondary": [], "language": "es", "hard": True,
        "note": "HARD(enquiry_looks_like_noise): forwarded bulletin on drone survey with a real question on top: contact with drone survey operators for 40 km2 of suspected area",
        "from_name": "Ing. Lucía Barrenechea",
        "from_addr": "lbarrenechea@cnd.tierraalta.example",
        "date": "Wed, 03 Jun 2026 13:44:10 -0500",
        "subject": "RV: Boletín TerraSegura n.º 38 – Levantamiento con drones en zonas de difícil acceso",
        "mailer": "outlook", "struct": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html_cte": "quoted-printable",
        "body": """
Buenas tardes:

¿Podrían ponernos en contacto con la organización de este boletín o con algún operador que haga estos levantamientos con drones? Tenemos unos 40 km² sospechosos en la sierra de Corralejo a los que nuestros equipos tardan dos días en llegar a pie.

Gracias,
Lucía

Ing. Lucía Barrenechea
Centro Nacional de Desminado – Tierra Alta

De: TerraSegura Boletín <boletin@terrasegura.example.org>
Enviado: martes, 2 de junio de 2026 9:00
Para: Lucía Barrenechea <lbarrenechea@cnd.tierraalta.example>
Asunto: Boletín TerraSegura n.º 38 – Levantamiento con drones en zonas de difícil acceso

TERRASEGURA – BOLETÍN N.º 38 – JUNIO 2026

EN ESTA EDICIÓN
* Drones con cámaras multiespectrales: reducir en semanas lo que antes llevaba meses
* Entrevista: tres años de liberación de tierras en zonas de montaña
* Agenda: cursos de gestión de información, julio y septiembre

Drones con cámaras multiespectrales
En las zonas de montaña, el estudio no técnico tradicional exige días de marcha para visitar cada área sospechosa. Varios programas están probando drones que fotografían el terreno y permiten descartar grandes superficies antes de enviar equipos...

Usted recibe este boletín porque está suscrito a la lista de TerraSegura.
Para darse de baja, haga clic aquí.
""",
        "check": "levantamientos con drones",
    },
    {
        "key": "C10",
        "topic": "clearance", "secondary": [], "language": "es", "hard": False,
        "note": "asks for 20 detectors and technical survey training for two new teams; operations chief's original e-mail attached as message/rfc822 for context",
        "from_name": "Cap. Ernesto Villalba",
        "from_addr": "evillalba@desminado.islacandela.example",
        "date": "Fri, 13 Feb 2026 11:21:33 -0400",
        "subject": "Solicitud de detectores y capacitación para estudio técnico",
        "mailer": "thunderbird", "struct": "mixed", "inner": "plain",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "body": """
Estimados señores:

La Oficina Nacional de Desminado de Isla Candela formó este año dos nuevos
equipos para el estudio técnico de las áreas contaminadas con restos de
municiones en racimo en la península de Puerto Mora. El personal está
contratado, pero no tenemos equipos de detección suficientes ni experiencia
en estudio técnico.

Solicitamos apoyo para obtener 20 detectores de metales y un curso de
capacitación en estudio técnico de unas cuatro semanas para los dos
equipos. Adjunto el correo de nuestro jefe de operaciones en Puerto Mora con
el detalle de lo que falta.

Atentamente,

Cap. Ernesto Villalba
Jefe de Planificación
Oficina Nacional de Desminado - Isla Candela
""",
        "attachments": [{"rfc822": {
            "from_name": "Tte. Hugo Carrizo",
            "from_addr": "hcarrizo@desminado.islacandela.example",
            "to": "Ernesto Villalba <evillalba@desminado.islacandela.example>",
            "date": "Tue, 10 Feb 2026 07:50:12 -0400",
            "subject": "Equipo que falta en Puerto Mora",
            "mailer": "thunderbird", "struct": "plain",
            "charset": "iso-8859-1", "cte": "quoted-printable",
            "body": """
Capitán:

Le paso lo que necesitamos para que los equipos 3 y 4 puedan empezar:

- 20 detectores de metales (tenemos 6, dos fuera de servicio)
- 4 equipos de comunicación portátiles
- Botiquines de trauma para cada equipo
- Un instructor para el procedimiento de estudio técnico: nadie aquí lo ha
  hecho nunca

Sin los detectores no podemos empezar antes de la temporada de lluvias.

Tte. Hugo Carrizo
Jefe de Operaciones - Puerto Mora
""",
        }}],
        "check": "20 detectores de metales",
    },
    {
        "key": "C11",
        "topic": "clearance", "secondary": [], "language": "ar", "hard": True,
        "note": "HARD(legacy_charset): windows-1256 body and B-encoded subject (Arabic): olive groves contaminated since 2006; asks for technical and financial support for technical survey and clearance",
        "from_name": "م. سامي الحداد",
        "from_addr": "s.haddad@mineaction.qamariyya.example",
        "date": "Mon, 02 Mar 2026 10:07:45 +0200",
        "subject": "طلب دعم لتطهير الأراضي الزراعية من مخلفات الذخائر العنقودية",
        "subject_charset": "windows-1256", "subject_enc": "b",
        "mailer": "outlook", "struct": "plain", "charset": "windows-1256", "cte": "8bit",
        "body": """
السادة/ وحدة دعم التنفيذ لاتفاقية الذخائر العنقودية المحترمين،

تحية طيبة وبعد،

يتشرف البرنامج الوطني لمكافحة الألغام في جمهورية القمرية بإحاطتكم علماً بأن مساحة تقدر بنحو 12 كيلومتراً مربعاً من بساتين الزيتون والأراضي الزراعية في محافظة الساحل الشرقي لا تزال ملوثة بمخلفات الذخائر العنقودية منذ نزاع عام 2006. ولا يستطيع آلاف المزارعين استغلال أراضيهم، كما تتكرر الحوادث خلال موسم قطف الزيتون.

لقد أنهت فرقنا المسح غير التقني لهذه المناطق، إلا أن قدراتنا الحالية لا تكفي لإجراء المسح التقني والتطهير خلال المهلة المحددة بموجب المادة 4.

وعليه، نرجو التكرم بمساعدتنا في الحصول على دعم فني ومالي لتطهير هذه الأراضي، بما في ذلك فرق تطهير إضافية وأجهزة كشف حديثة وتدريب الكوادر الوطنية.

وتفضلوا بقبول فائق الاحترام والتقدير،

م. سامي الحداد
مدير العمليات
البرنامج الوطني لمكافحة الألغام
هاتف: +999 44 318 2207
""",
        "check": "لتطهير هذه الأراضي",
    },
    {
        "key": "C12",
        "topic": "clearance", "secondary": [], "language": "pt", "hard": False,
        "note": "Portuguese: contaminated-area database full of duplicates and overlapping polygons; asks for information management support to plan the remaining clearance",
        "from_name": "Eng.ª Teresa Valadares",
        "from_addr": "tvaladares@ind.alvoradadosul.example",
        "date": "Tue, 21 Apr 2026 16:03:58 +0100",
        "subject": "Apoio à gestão de informação sobre áreas contaminadas",
        "subject_charset": "iso-8859-1",
        "mailer": "outlook", "struct": "alt", "charset": "iso-8859-1", "cte": "quoted-printable",
        "html_cte": "quoted-printable",
        "body": """
Exmos. Senhores,

Escrevo em nome do Instituto Nacional de Desminagem da República de Alvorada do Sul.

Nos últimos anos, a nossa base de dados de áreas suspeitas e confirmadas foi alimentada por quatro operadores diferentes, cada um com os seus próprios formatos. Hoje temos registos duplicados, polígonos que se sobrepõem e áreas já limpas que nunca foram retiradas da lista. Não sabemos com segurança quantos hectares continuam contaminados por restos de munições de fragmentação, o que torna impossível planear com rigor a desminagem dos próximos três anos.

Gostaríamos de pedir apoio técnico para rever e limpar a base de dados, harmonizar os formulários de recolha de informação no terreno e formar dois técnicos nacionais em gestão de informação.

Com os melhores cumprimentos,

Teresa Valadares
Chefe do Departamento de Operações
Instituto Nacional de Desminagem
""",
        "check": "gestão de informação",
    },
]

MESSAGES += [
    # ------------------------------------------------------------------
    # victim_assistance (11)
    # ------------------------------------------------------------------
    {
        "key": "V1",
        "topic": "victim_assistance", "secondary": [], "language": "en", "hard": False,
        "note": "paraphrase ('people who lost a leg to these weapons'), problem framed without an explicit request: prosthetic workshop cannot buy materials, 61 people waiting",
        "from_name": "Dr. Samuel Oyelaran-Price",
        "from_addr": "s.oyelaran@health.kaldoria.example",
        "date": "Thu, 19 Feb 2026 20:13:27 +0000",
        "subject": "Prosthetic workshop at Mardon District Hospital",
        "mailer": "thunderbird", "struct": "plain", "charset": "utf-8", "cte": "7bit",
        "linesep": "lf",
        "body": """
Dear colleagues,

Mardon District Hospital runs a small orthopaedic workshop which serves,
among others, about 140 people who lost a leg to these weapons over the last
twenty years.

Our two technicians are good, but the polypropylene sheets and prosthetic
feet we use come from abroad and for eight months we have not been able to
buy any. People are walking on sockets that no longer fit; some have gone
back to crutches. The waiting list is now 61 people, and I do not know who
else to ask.

Regards,
Dr. Samuel Oyelaran-Price
Medical Superintendent, Mardon District Hospital
Ministry of Health, Kaldoria
""",
        "check": "lost a leg to these weapons",
    },
    {
        "key": "V2",
        "topic": "victim_assistance", "secondary": [], "language": "en", "hard": False,
        "note": "long minister's letter on the national disability plan; ask in the last paragraph: funding and expertise for a nationwide survey of cluster munition survivors and their needs",
        "from_name": "Office of the Minister of Social Welfare",
        "from_addr": "minister@socialwelfare.marrowby.example",
        "date": "Mon, 26 Jan 2026 10:30:00 +0000",
        "subject": "Letter from the Minister of Social Welfare and Family Affairs",
        "mailer": "outlook", "struct": "mixed", "inner": "alt",
        "charset": "utf-8", "cte": "quoted-printable", "html_cte": "quoted-printable",
        "body": """
Dear Sir or Madam,

It is my privilege to address the Implementation Support Unit on behalf of the Government of the Republic of Marrowby.

In November last year, Parliament adopted our first National Disability Action Plan for the period 2026-2030. The Plan, which I enclose for your information, commits every ministry to measurable targets on health care, rehabilitation, education, employment and social protection for persons with disabilities, and it recognises explicitly the particular situation of the survivors of cluster munitions and other explosive ordnance in the three northern districts.

The Plan was prepared in close consultation with organisations of persons with disabilities, including the national survivors' network, and I am grateful to the many partners who contributed to it. It has given us, for the first time, a single framework in which the needs of survivors are addressed alongside those of all other persons with disabilities, rather than in a separate programme that ends when funding ends.

However, one weakness became clear during the consultations. We do not know with any precision how many survivors there are, where they live today, or what they need. The figures we hold come from hospital records of the early 2000s and from lists kept by individual organisations, which do not match. Without better information, the targets in the Plan cannot be applied fairly to the people the Convention asks us to assist.

I would therefore be grateful if the Implementation Support Unit could help my Ministry to obtain funding and technical expertise for a nationwide survey of cluster munition survivors and their needs, to be carried out in 2026 and 2027 in partnership with the survivors' network.

Yours faithfully,

Hon. Patience Achterberg-Nwosu
Minister of Social Welfare and Family Affairs
Republic of Marrowby
""",
        "attachments": [{"name": "National_Disability_Action_Plan_2026-2030.docx", "kind": "docx"}],
        "check": "nationwide survey of cluster munition survivors",
    },
    {
        "key": "V3",
        "topic": "victim_assistance", "secondary": [], "language": "en", "hard": True,
        "note": "HARD(attachment_only_hint): bare cover note; only the attachment name (proposal for a peer-support network for cluster munition survivors) gives the topic",
        "from_name": "Juliet Okafor",
        "from_addr": "j.okafor@health.sablecoast.example",
        "date": "Wed, 06 May 2026 12:09:51 +0000",
        "subject": "Document for your review",
        "mailer": "outlook", "struct": "mixed", "inner": "plain",
        "charset": "utf-8", "cte": "7bit",
        "body": """
Dear all,

Please find attached. Comments welcome by the end of the month.

Juliet

--
Juliet Okafor | Programme Officer
Ministry of Health | Republic of the Sable Coast
""",
        "attachments": [{"name": "Proposal_peer-support_network_CM_survivors_2026.docx", "kind": "docx"}],
        "check": "Please find attached",
    },
    {
        "key": "V4",
        "topic": "victim_assistance", "secondary": [], "language": "en", "hard": False,
        "note": "non-native English (Spanish speaker): psychologists not prepared for survivors' and families' trauma; asks for training or a specialist",
        "from_name": "Lic. Mariana Quispe Rojas",
        "from_addr": "mquispe@salud.santabrigida.example",
        "date": "Tue, 10 Feb 2026 17:55:06 -0400",
        "subject": "Psychological attention for survivors and families",
        "mailer": "gmail", "struct": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html_cte": "quoted-printable",
        "body": """
Dear Sirs,

I write you from the Ministry of Health of Santa Brígida, area of mental health.

In the northern provinces we have 230 survivors of cluster munitions registered, plus their families. Many of them present depression, problems with alcohol, and also the children of the victims have problems in the school. Our psychologists in the health centers are not prepared for attend this kind of trauma, they are general psychologists and there is only one for each 20 000 habitants.

We would like to know if is possible to receive a training for them, or a specialist who can come for some months to make the formation.

Thanking you in advance for your attention,

Lic. Mariana Quispe Rojas
Coordinator of Mental Health
Ministry of Health - Santa Brígida
""",
        "check": "psychologists in the health centers",
    },
    {
        "key": "V5",
        "topic": "victim_assistance", "secondary": ["clearance"], "language": "en", "hard": True,
        "note": "HARD(misleading_subject): subject is a clearance follow-up; body asks VA coordinators for advice on economic inclusion (vocational training, small grants) for survivors",
        "from_name": "Major Ruth Castellane-Obi",
        "from_addr": "r.castellane@nmaa.kestrelmoor.example",
        "date": "Thu, 16 Apr 2026 09:27:14 +0100",
        "subject": "Clearance of Sector 7 - follow-up",
        "mailer": "thunderbird", "struct": "plain", "charset": "utf-8", "cte": "8bit",
        "linesep": "lf",
        "body": """
Dear colleagues,

Clearance of Sector 7 was completed on schedule in February and the land
has been handed back to the communities – thank you again to everyone who
helped us mobilise the operators.

I am writing about something the handover ceremony brought to light. Eleven
people injured in Sector 7 over the years came to see us, and most of them
have no income: the land was their livelihood and they can no longer farm it
the way they used to. The district office has asked whether we can help set
up vocational training and small grants so that these survivors can earn a
living again.

This is outside our mandate as a clearance authority and the Ministry of
Social Affairs has no programme of this kind. Could your victim assistance
coordinators advise us on economic inclusion programmes that have worked
elsewhere, and on possible partners?

Kind regards,

Maj. Ruth Castellane-Obi
Chief of Staff
National Mine Action Authority of Kestrelmoor
""",
        "check": "economic inclusion programmes",
    },
    {
        "key": "V6",
        "topic": "victim_assistance", "secondary": [], "language": "fr", "hard": False,
        "note": "newly appointed national victim assistance focal point with no handover; asks for guidance material or training and an exchange with the coordinators",
        "from_name": "Fatoumata Diallo-Reyes",
        "from_addr": "f.diallo@sante.senavie.example",
        "date": "Wed, 14 Jan 2026 11:48:30 +0000",
        "subject": "Nouvelle point focal assistance aux victimes",
        "mailer": "thunderbird", "struct": "plain", "charset": "utf-8", "cte": "8bit",
        "linesep": "lf",
        "body": """
Bonjour,

Je viens d'être désignée point focal national pour l'assistance aux victimes
au ministère de la Santé de Sénavie. Ma prédécesseure est partie à la
retraite sans laisser de dossier, et je découvre le sujet.

Existe-t-il une formation ou des documents d'orientation pour les points
focaux ? Je voudrais comprendre ce que l'on attend de moi, comment travailler
avec les associations de survivants et avec les autres ministères. Serait-il
possible d'échanger avec les coordonnateurs chargés de l'assistance aux
victimes, par exemple lors d'un appel en visioconférence ?

Merci par avance,

Fatoumata Diallo-Reyes
Direction de la santé communautaire
Ministère de la Santé - République de Sénavie
""",
        "check": "point focal national",
    },
    {
        "key": "V7",
        "topic": "victim_assistance", "secondary": [], "language": "fr", "hard": True,
        "note": "HARD(reply_to_ack): reply to acknowledgement CCM-2026-0391 (rehabilitation centre): adds figures and priorities, asks for a visit in May",
        "from_name": "Dr Issa Traoré-Lemaire",
        "from_addr": "i.traore@sante.mbaloe.example",
        "date": "Fri, 10 Apr 2026 15:36:02 +0000",
        "subject": "RE: [CCM-2026-0391] Accusé de réception : Appui au centre de réadaptation de Kouroumba",
        "mailer": "outlook", "struct": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html_cte": "quoted-printable",
        "headers": [("In-Reply-To", "<ccm-2026-0391.ack@ccm-isu.example>"),
                    ("References", "<ccm-2026-0391.ack@ccm-isu.example>")],
        "body": """
Bonjour,

Suite à notre demande, voici les précisions évoquées au téléphone : le centre de Kouroumba suit actuellement 212 personnes, dont 74 survivants d'accidents liés aux sous-munitions. Les besoins prioritaires sont un kinésithérapeute supplémentaire et le renouvellement de l'atelier d'orthèses, dont les machines datent de 1998.

Une visite des coordonnateurs serait-elle envisageable en mai ?

Bien cordialement,

Dr Issa Traoré-Lemaire
Directeur du Centre national de réadaptation de Kouroumba

-----Message d'origine-----
De : CCM Implementation Support Unit <no-reply@ccm-isu.example>
Envoyé : lundi 30 mars 2026 14:02
À : Issa Traoré-Lemaire <i.traore@sante.mbaloe.example>
Objet : [CCM-2026-0391] Accusé de réception : Appui au centre de réadaptation de Kouroumba

Madame, Monsieur,

Nous accusons réception de votre message, enregistré sous la référence CCM-2026-0391. Il a été transmis au coordonnateur compétent, qui prendra contact avec vous dans les meilleurs délais.

Merci de conserver cette référence dans l'objet de toute correspondance ultérieure.
""",
        "check": "atelier d'orthèses",
    },
    {
        "key": "V8",
        "topic": "victim_assistance", "secondary": [], "language": "es", "hard": False,
        "note": "three victim lists that do not match; asks for help designing a single national victims register with disaggregated data (summary spreadsheet attached)",
        "from_name": "Dra. Carmen Lucía Ortega",
        "from_addr": "clortega@minsalud.rioancho.example",
        "date": "Tue, 28 Jul 2026 10:52:18 -0500",
        "subject": "Registro único de víctimas – apoyo técnico",
        "mailer": "outlook", "struct": "mixed", "inner": "alt",
        "charset": "utf-8", "cte": "quoted-printable", "html_cte": "quoted-printable",
        "body": """
Estimados colegas:

En la República de Río Ancho existen hoy tres listas de víctimas de municiones en racimo: la del Ministerio de Defensa, la del Ministerio de Salud y la de una asociación de sobrevivientes. Ninguna coincide con las otras (adjunto un resumen), y por lo tanto no sabemos cuántos sobrevivientes hay realmente ni qué necesitan.

Solicitamos apoyo técnico para diseñar un registro único de víctimas, con datos desglosados por sexo, edad y tipo de discapacidad, y con reglas claras de protección de datos personales.

Quedamos atentos a su respuesta.

Dra. Carmen Lucía Ortega
Directora de Discapacidad y Rehabilitación
Ministerio de Salud – República de Río Ancho
""",
        "attachments": [{"name": "Comparación_listas_víctimas_2025.xlsx", "kind": "xlsx"}],
        "check": "registro único de víctimas",
    },
    {
        "key": "V9",
        "topic": "victim_assistance", "secondary": [], "language": "es", "hard": False,
        "note": "written from a phone: wheelchairs, orthoses and a mobile rehabilitation unit for survivors in rural areas",
        "from_name": "Joaquín Medrano",
        "from_addr": "jmedrano@discapacidad.sierraclara.example",
        "date": "Sat, 22 Aug 2026 08:31:40 -0300",
        "subject": "Sillas de ruedas y órtesis para sobrevivientes",
        "mailer": "android", "struct": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html_cte": "quoted-printable",
        "body": """
Buen día, les escribo desde la Secretaría de Discapacidad. En los municipios rurales del sur tenemos 58 sobrevivientes que necesitan silla de ruedas u órtesis nuevas y que no pueden viajar a la capital. ¿Es posible conseguir apoyo para las ayudas técnicas y para una unidad móvil de rehabilitación? Puedo enviar la lista el lunes.

Joaquín Medrano
Secretaría Nacional de Discapacidad

Enviado desde mi Galaxy
""",
        "check": "unidad móvil de rehabilitación",
    },
    {
        "key": "V10",
        "topic": "victim_assistance", "secondary": [], "language": "ar", "hard": False,
        "note": "Arabic: training 40 primary health care staff in psychosocial support for survivors and their families",
        "from_name": "د. ليلى العبيدي",
        "from_addr": "l.alobaidi@moh.bahrramal.example",
        "date": "Wed, 18 Mar 2026 11:05:29 +0300",
        "subject": "طلب تدريب على الدعم النفسي والاجتماعي للناجين",
        "subject_enc": "b",
        "mailer": "gmail", "struct": "alt", "charset": "utf-8", "cte": "8bit",
        "html_cte": "base64",
        "body": """
السيدات والسادة في وحدة دعم التنفيذ،

تحية طيبة،

أكتب إليكم من مديرية الصحة النفسية في وزارة الصحة. سجّلنا في المحافظات الشمالية نحو 300 شخص من الناجين من الذخائر العنقودية، إضافة إلى أسرهم. يعاني كثير منهم من القلق والاكتئاب واضطرابات ما بعد الصدمة، ولا يوجد في مراكز الرعاية الصحية الأولية من هو مؤهل لتقديم الدعم النفسي والاجتماعي لهم.

نرغب في تدريب نحو 40 من الأطباء والممرضين والأخصائيين الاجتماعيين العاملين في هذه المراكز على تقديم الدعم النفسي والاجتماعي الأولي وإحالة الحالات الصعبة. هل يمكن للوحدة أن تساعدنا في إيجاد مدربين أو برنامج تدريبي مناسب، أو جهة مانحة تدعم هذا النشاط؟

مع خالص الشكر والتقدير،
د. ليلى العبيدي
مديرة الصحة النفسية
وزارة الصحة – مملكة بحر الرمال
""",
        "check": "الدعم النفسي والاجتماعي",
    },
    {
        "key": "V11",
        "topic": "victim_assistance", "secondary": [], "language": "pt", "hard": False,
        "note": "Portuguese: survivors with hearing and eye injuries get no specialised care; asks whether support exists for hearing aids, eye surgery and training",
        "from_name": "Dr. Rui Carvalhal",
        "from_addr": "rcarvalhal@saude.matoclaro.example",
        "date": "Mon, 14 Sep 2026 09:44:12 +0100",
        "subject": "Sobreviventes com lesões auditivas e oculares",
        "subject_charset": "iso-8859-1",
        "mailer": "thunderbird", "struct": "plain", "charset": "iso-8859-1", "cte": "8bit",
        "linesep": "lf",
        "body": """
Exmos. Senhores,

Sou médico no Hospital Provincial de Cuvelo, na República de Mato Claro.
Quando se fala das vítimas destas armas pensa-se sobretudo em amputações,
mas muitos dos sobreviventes que acompanhamos perderam parte da audição ou
da visão na explosão. No hospital não temos otorrinolaringologista nem
oftalmologista, e os aparelhos auditivos custam mais do que um ano de
salário de um agricultor.

Há sobreviventes que deixaram a escola ou o trabalho por não ouvirem ou não
verem bem. Existe algum apoio, no quadro da Convenção, para aparelhos
auditivos, cirurgias oculares ou formação de técnicos de saúde nesta área?

Com os melhores cumprimentos,
Dr. Rui Carvalhal
Hospital Provincial de Cuvelo
""",
        "check": "aparelhos",
    },
    # ------------------------------------------------------------------
    # reporting (11)
    # ------------------------------------------------------------------
    {
        "key": "R1",
        "topic": "reporting", "secondary": [], "language": "en", "hard": False,
        "note": "paraphrase ('the yearly paper we owe to Geneva'): new desk officer with no file asks what the annual report is and how to submit it on time",
        "from_name": "Daniel Mwangi-Forde",
        "from_addr": "d.mwangi@mfa.oskaria.example",
        "date": "Tue, 03 Mar 2026 13:20:44 +0200",
        "subject": "New in post - what do we owe Geneva?",
        "mailer": "apple", "struct": "plain", "charset": "utf-8", "cte": "7bit",
        "body": """
Hello,

I took over the disarmament desk at our Ministry last week and found a note from my predecessor saying we "owe Geneva the yearly paper on cluster bombs by end April". There is no file, no copy of last year's and nobody else here knows about it. I am not even sure which office in Geneva it goes to.

Could somebody tell me what this paper is, where I can find what we sent in previous years, and what I need to do to get this year's in on time?

Thanks,
Daniel Mwangi-Forde
Second Secretary, Disarmament Desk
Ministry of Foreign Affairs, Oskaria
""",
        "check": "yearly paper",
    },
    {
        "key": "R2",
        "topic": "reporting", "secondary": [], "language": "en", "hard": False,
        "note": "one-line question: leave Form F blank or write 'not applicable'",
        "from_name": "Sione Latu",
        "from_addr": "slatu@foreign.tenerin.example",
        "date": "Wed, 22 Apr 2026 22:04:13 +0000",
        "subject": "Form F",
        "mailer": "webmail", "struct": "plain", "charset": "us-ascii", "cte": "7bit",
        "linesep": "lf",
        "body": """
If we have nothing to put in Form F, do we leave it blank or write "not applicable"?

S. Latu
""",
        "check": "Form F",
    },
    {
        "key": "R3",
        "topic": "reporting", "secondary": [], "language": "en", "hard": True,
        "note": "HARD(attachment_only_hint): 'As discussed' cover note; only the attachment name (draft Art. 7 report for calendar year 2025, for ISU check) gives the topic",
        "from_name": "Aino Virtanen-Clarke",
        "from_addr": "aino.virtanen@formin.breymoor.example",
        "date": "Thu, 16 Apr 2026 07:42:38 +0000",
        "subject": "FW: for ISU",
        "mailer": "android", "struct": "mixed", "inner": "plain",
        "charset": "utf-8", "cte": "7bit",
        "body": """
Hi,
As discussed on the phone.
BR Aino

Get Outlook for Android
""",
        "attachments": [{"name": "CCM_Art7_Report_calendar-year-2025_DRAFT_for_ISU_check.docx", "kind": "docx"}],
        "check": "As discussed",
    },
    {
        "key": "R4",
        "topic": "reporting", "secondary": ["stockpile_destruction"], "language": "en", "hard": False,
        "note": "follow-up without a case reference: no reply to a request to correct stockpile figures in the 2024 Article 7 report; how to submit the corrected form",
        "from_name": "Hamid Qureshi-Lowe",
        "from_addr": "h.qureshi@mfa.lindqvar.example",
        "date": "Mon, 23 Mar 2026 09:58:01 +0000",
        "subject": "Following up - correction to our 2024 report",
        "mailer": "outlook", "struct": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html_cte": "quoted-printable",
        "body": """
Dear colleagues,

I wrote to this address on 2 March about an error in our 2024 Article 7 report: Form B gives 1,200 dispensers in stock at the end of the year, when the correct figure is 1,020. I have not received a reply or a reference number.

Could you let me know whether my message arrived, and how we should submit the correction - as a complete new report, or just the corrected form with a cover note?

Many thanks,
Hamid Qureshi-Lowe
Arms Control and Disarmament Department
Ministry of Foreign Affairs, Lindqvar
""",
        "check": "submit the correction",
    },
    {
        "key": "R5",
        "topic": "reporting", "secondary": ["stockpile_destruction"], "language": "en", "hard": False,
        "note": "note verbale transmitting a late initial transparency report; ask in the last substantive paragraph: procedure for an amended report and a briefing for the officials who prepare it",
        "from_name": "Permanent Mission of Kaldoria",
        "from_addr": "kaldoria.geneva@mission.kaldoria.example",
        "date": "Fri, 30 Jan 2026 16:40:09 +0100",
        "subject": "Note Verbale Ref. KAL/GVA/2026/044",
        "mailer": "notes", "struct": "mixed", "inner": "plain",
        "charset": "utf-8", "cte": "quoted-printable",
        "body": """
Ref. KAL/GVA/2026/044

The Permanent Mission of the Republic of Kaldoria to the United Nations Office at Geneva presents its compliments to the Implementation Support Unit of the Convention on Cluster Munitions and has the honour to transmit herewith the initial report of the Republic of Kaldoria submitted pursuant to Article 7 of the Convention.

The Permanent Mission regrets the delay in the submission of the report, which is due to the reorganisation of the Ministry of Defence in the course of 2025 and to the transfer of responsibility for the Convention between departments.

The Permanent Mission has the further honour to inform the Implementation Support Unit that the information provided on stockpiled cluster munitions is provisional, pending the completion of a physical inventory of the national ammunition depots, expected in the second half of 2026.

In this regard, the Permanent Mission would be grateful for the guidance of the Implementation Support Unit on the procedure for submitting an amended version of the report once the inventory is complete, and would welcome a briefing, in person or online, for the officials of the Ministries of Foreign Affairs and Defence responsible for preparing the annual reports in future.

The Permanent Mission of the Republic of Kaldoria avails itself of this opportunity to renew to the Implementation Support Unit the assurances of its highest consideration.

Geneva, 30 January 2026
""",
        "attachments": [{"name": "NV_KAL-GVA-2026-044.pdf", "kind": "pdf"},
                        {"name": "Kaldoria_CCM_Initial_Report_Art7.pdf", "kind": "pdf"}],
        "check": "amended version of the report",
    },
    {
        "key": "R6",
        "topic": "reporting", "secondary": [], "language": "fr", "hard": False,
        "note": "which period the annual report covers (calendar year vs. figures as of 31 March) and what to do if it is a few days late",
        "from_name": "Sophie Lambert-N'Diaye",
        "from_addr": "s.lambert@diplomatie.vaudrel.example",
        "date": "Wed, 08 Apr 2026 18:11:36 +0200",
        "subject": "Rapport annuel – période couverte",
        "mailer": "gmail", "struct": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html_cte": "quoted-printable",
        "body": """
Bonjour,

Une question avant de finaliser notre rapport annuel : le rapport à remettre pour le 30 avril couvre-t-il l'année civile précédente, ou la période d'avril à avril ? Le ministère de la Défense nous a transmis des chiffres arrêtés au 31 mars 2026 et je ne sais pas s'il faut lui redemander ceux du 31 décembre.

Par ailleurs, si le rapport part avec quelques jours de retard, y a-t-il une démarche particulière à faire ?

Merci beaucoup,

Sophie Lambert-N'Diaye
Direction des affaires stratégiques et du désarmement
Ministère des Affaires étrangères du Royaume de Vaudrel
""",
        "check": "année civile précédente",
    },
    {
        "key": "R7",
        "topic": "reporting", "secondary": [], "language": "fr", "hard": True,
        "note": "HARD(encoded_subject,legacy_charset): body is 'see subject, please call us'; the windows-1252 Q-encoded subject split over several encoded-words carries the ask (help filling in the Article 7 report forms)",
        "from_name": "M. Tchicaya",
        "from_addr": "m.tchicaya@mae.ambarene.example",
        "date": "Mon, 27 Apr 2026 08:19:58 +0100",
        "subject": "Rapport annuel au titre de l’article 7 – demande d’assistance pour remplir les formulaires",
        "subject_charset": "windows-1252", "subject_enc": "q", "subject_split": 3,
        "mailer": "outlook", "struct": "plain", "charset": "windows-1252", "cte": "quoted-printable",
        "body": """
Bonjour,

Cf. objet. Pourriez-vous nous rappeler au +999 241 77 05 12 ?

Cordialement,
M. Tchicaya
Ministère des Affaires étrangères – Ambarène
""",
        "check": "Cf. objet",
    },
    {
        "key": "R8",
        "topic": "reporting", "secondary": [], "language": "es", "hard": False,
        "note": "problem framed: downloaded report form file is garbled in their Office version, cannot type in Form J; deadline 30 April",
        "from_name": "Rocío Almada",
        "from_addr": "ralmada@cancilleria.sanlorian.example",
        "date": "Fri, 24 Apr 2026 12:27:45 -0300",
        "subject": "Formularios del informe: el archivo no funciona",
        "subject_charset": "iso-8859-1",
        "mailer": "thunderbird", "struct": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
        "linesep": "lf",
        "body": """
Hola:

Descargamos de nuevo el archivo de los formularios para el informe anual,
pero en nuestras computadoras (Office 2013) las casillas aparecen
desordenadas y en el formulario J no se puede escribir nada. Probamos en
tres equipos distintos con el mismo resultado.

El plazo vence el 30 de abril y no sabemos cómo seguir. ¿Hay otra versión
del archivo, o podemos enviar la información en un documento de texto?

Saludos,
Rocío Almada
Dirección de Organismos Internacionales
Cancillería de San Lorián
""",
        "check": "formulario J",
    },
    {
        "key": "R9",
        "topic": "reporting", "secondary": [], "language": "es", "hard": True,
        "note": "HARD(forwarded_as_attachment): outer note only forwards; the attached message/rfc822 asks to submit two overdue annual reports in one document, which template, and a review of the draft",
        "from_name": "Andrés Pizarro",
        "from_addr": "apizarro@cancilleria.sanlorian.example",
        "date": "Thu, 05 Mar 2026 10:14:27 -0300",
        "subject": "RV: Informes pendientes",
        "mailer": "outlook", "struct": "mixed", "inner": "plain",
        "charset": "utf-8", "cte": "quoted-printable",
        "body": """
Estimados:

Les reenvío el correo de la Dirección de Asuntos Multilaterales. Quedo a disposición.

Saludos,
Andrés Pizarro
Cancillería de San Lorián
""",
        "attachments": [{"rfc822": {
            "from_name": "Embajadora Rosa Elvira Chacón",
            "from_addr": "rechacon@cancilleria.sanlorian.example",
            "to": "Andrés Pizarro <apizarro@cancilleria.sanlorian.example>",
            "date": "Wed, 04 Mar 2026 18:02:51 -0300",
            "subject": "Informes pendientes",
            "mailer": "outlook", "struct": "alt",
            "charset": "utf-8", "cte": "quoted-printable", "html_cte": "quoted-printable",
            "body": """
Andrés:

Según la Unidad de Apoyo, a San Lorián le faltan los informes de transparencia de 2024 y 2025. Le pido que escriba a la Unidad para preguntar si podemos presentar los dos años en un solo documento, qué plantilla debemos usar y si nos pueden revisar el borrador antes del 30 de abril.

Gracias,
Rosa Elvira Chacón
Directora de Asuntos Multilaterales
""",
        }}],
        "check": "Les reenvío el correo",
    },
    {
        "key": "R10",
        "topic": "reporting", "secondary": [], "language": "ru", "hard": True,
        "note": "HARD(legacy_charset): KOI8-R body and subject (Russian): are the annual report forms available in Russian, may the report be in Russian, may unchanged sections refer to the previous report",
        "from_name": "Ирина Соколова",
        "from_addr": "i.sokolova@mid.severogorye.example",
        "date": "Thu, 12 Mar 2026 14:33:21 +0300",
        "subject": "Ежегодный доклад по статье 7",
        "subject_charset": "koi8-r", "subject_enc": "b",
        "mailer": "thebat", "struct": "plain", "charset": "koi8-r", "cte": "8bit",
        "linesep": "lf",
        "body": """
Добрый день!

Я недавно отвечаю в Министерстве иностранных дел Республики Северогорье за
подготовку ежегодного доклада по статье 7 Конвенции по кассетным
боеприпасам. Доклад за 2025 год нужно представить до 30 апреля.

У нас два вопроса:
1. Существуют ли формы доклада (формы A-J) на русском языке, и можно ли
   представить доклад на русском, или обязательно на английском?
2. Если в каком-то разделе за отчетный год ничего не изменилось, можно ли
   сослаться на предыдущий доклад?

Будем благодарны, если вы пришлете шаблон в формате Word.

С уважением,
Ирина Соколова
третий секретарь
Департамент международной безопасности
МИД Республики Северогорье
""",
        "check": "ежегодного доклада",
    },
    {
        "key": "R11",
        "topic": "reporting", "secondary": [], "language": "de", "hard": False,
        "note": "German: submitted report has the wrong reporting year on the cover page and an empty Form E; how to submit a corrected version",
        "from_name": "Dr. Matthias Kessler-Ohm",
        "from_addr": "m.kessler@mfa.auenstein.example",
        "date": "Tue, 05 May 2026 11:09:47 +0200",
        "subject": "Korrektur unseres Berichts nach Artikel 7",
        "mailer": "outlook", "struct": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html_cte": "quoted-printable",
        "body": """
Sehr geehrte Damen und Herren,

beim nochmaligen Durchsehen unseres am 27. April eingereichten Berichts nach Artikel 7 ist uns aufgefallen, dass auf dem Deckblatt das Berichtsjahr 2024 statt 2025 steht und Formular E versehentlich leer geblieben ist.

Wie reichen wir eine berichtigte Fassung ein? Genügt es, die betroffenen Seiten zu schicken, oder benötigen Sie den vollständigen Bericht mit neuem Deckblatt? Und wird die fehlerhafte Fassung auf der Website ersetzt?

Vielen Dank im Voraus und freundliche Grüße

Dr. Matthias Kessler-Ohm
Referat Abrüstung und Rüstungskontrolle
Ministerium für Auswärtige Angelegenheiten des Fürstentums Auenstein
""",
        "check": "berichtigte Fassung",
    },
]

MESSAGES += [
    # ------------------------------------------------------------------
    # legislation (11)
    # ------------------------------------------------------------------
    {
        "key": "L1",
        "topic": "legislation", "secondary": [], "language": "en", "hard": False,
        "note": "paraphrase ('a law so that nobody here can ever make or sell these'): sole drafter asks for a standard text and a review before Cabinet; no Article named",
        "from_name": "Grace Adeyemi-Holt",
        "from_addr": "g.adeyemi@justice.ashgrove.example",
        "date": "Tue, 19 May 2026 14:02:33 -0400",
        "subject": "Help with a new law",
        "mailer": "outlook", "struct": "plain", "charset": "utf-8", "cte": "7bit",
        "body": """
Good afternoon,

Parliament's foreign affairs committee has asked the Ministry of Justice for a law so that nobody here can ever make or sell these weapons, or keep them, or help anybody else to - with real penalties, not just a fine.

I am the only drafter working on it and I have never drafted anything in the arms control area. Is there a standard text that other countries have used, and is there anyone who could look at what I produce before it goes to Cabinet in July?

Grace Adeyemi-Holt
Senior State Counsel (Legislative Drafting)
Ministry of Justice, Ashgrove Islands

CONFIDENTIALITY NOTICE: This message and any attachment are intended only for the addressee and may contain privileged information. If you have received it in error, please notify the sender and delete it from your system.
""",
        "check": "make or sell these weapons",
    },
    {
        "key": "L2",
        "topic": "legislation", "secondary": [], "language": "en", "hard": False,
        "note": "short, subject is just 'Article 9': small State with no forces or stocks: stand-alone act or Penal Code amendment?",
        "from_name": "Keli Tamapua",
        "from_addr": "ktamapua@agchambers.ashgrove.example",
        "date": "Thu, 11 Jun 2026 09:12:50 -1000",
        "subject": "Article 9",
        "mailer": "webmail", "struct": "plain", "charset": "us-ascii", "cte": "7bit",
        "linesep": "lf",
        "body": """
Dear ISU,

Small island State, no armed forces, no stocks, never had any. For Article 9, do we need a stand-alone act or is an amendment to the Penal Code enough? Examples from States like ours would help.

Regards,
Keli Tamapua
Attorney-General's Chambers
""",
        "check": "stand-alone act",
    },
    {
        "key": "L3",
        "topic": "legislation", "secondary": ["stockpile_destruction", "reporting"], "language": "en", "hard": True,
        "note": "HARD(multi_topic): lists stockpile destruction and the annual report as handled; the request is an independent review of the implementing bill (assistance, inducement, investment gaps)",
        "from_name": "Dr. Ilse Rautenbach",
        "from_addr": "i.rautenbach@justice.norvane.example",
        "date": "Mon, 02 Feb 2026 10:45:17 +0200",
        "subject": "Cluster munitions - several points, one request",
        "mailer": "outlook", "struct": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html_cte": "quoted-printable",
        "body": """
Dear colleagues,

Several matters concerning the Convention are on my desk, so let me be clear about which one is the request.

1. Our Ministry of Defence is handling the destruction of the remaining stockpile with its own contractor. No assistance is needed there at present.

2. The annual transparency report will be submitted by the Ministry of Foreign Affairs as usual, before 30 April.

3. What I need help with is the implementing bill. The draft prepared in 2023 creates offences for use, development, production, stockpiling and transfer, but says nothing about assisting, encouraging or inducing anyone to engage in prohibited activities, and nothing about investment in producers. The Solicitor-General wants an independent view before the bill goes back to Parliament.

Could the ISU, or a State Party with a comparable common-law system, review the draft against the Convention and suggest amendments? I can send the text in English this week.

Kind regards,

Dr. Ilse Rautenbach
Chief Legal Adviser, International Law Division
Ministry of Justice and Constitutional Affairs, Norvane
""",
        "check": "review the draft against the Convention",
    },
    {
        "key": "L4",
        "topic": "legislation", "secondary": ["stockpile_destruction"], "language": "en", "hard": True,
        "note": "HARD(reply_to_ack): reply to acknowledgement CCM-2026-0545 (review of draft implementing bill) with the revised bill; asks if the new retention section is consistent with the Convention",
        "from_name": "Kofi Asante-Delacroix",
        "from_addr": "k.asante@ag.sablecoast.example",
        "date": "Tue, 09 Jun 2026 15:27:08 +0000",
        "subject": "Re: [CCM-2026-0545] Received: Review of draft implementing bill",
        "mailer": "gmail", "struct": "mixed", "inner": "alt",
        "charset": "utf-8", "cte": "quoted-printable", "html_cte": "quoted-printable",
        "headers": [("In-Reply-To", "<ccm-2026-0545.ack@ccm-isu.example>"),
                    ("References", "<ccm-2026-0545.ack@ccm-isu.example>")],
        "body": """
Hello,

As promised on the call, attached is the revised draft. The main changes are in section 12 (maximum penalty raised to 15 years) and a new section 14 on retention for training, which the Ministry of Defence asked for.

Could the reviewer look in particular at whether section 14 is consistent with the Convention?

Best,
Kofi

Kofi Asante-Delacroix
Principal State Attorney, Legislative Drafting Division
Office of the Attorney-General, Republic of the Sable Coast

On Thu, 4 Jun 2026 at 10:12, CCM Implementation Support Unit <no-reply@ccm-isu.example> wrote:
> Dear sender,
>
> Thank you for your message, which has been registered under reference
> CCM-2026-0545. It has been passed to the relevant coordinator, who will be
> in touch with you shortly.
>
> Please keep the reference in the subject line of any further correspondence.
>
> Implementation Support Unit - Convention on Cluster Munitions
""",
        "attachments": [{"name": "Cluster_Munitions_Prohibition_Bill_rev2_clean.docx", "kind": "docx"}],
        "check": "revised draft",
    },
    {
        "key": "L5",
        "topic": "legislation", "secondary": [], "language": "en", "hard": False,
        "note": "non-native English (French speaker): asks for an expert review of the draft implementing law ('project of law'), esp. penalties and the national authority, before Parliament in October",
        "from_name": "Me Aurélien Bekolo",
        "from_addr": "a.bekolo@justice.kerlande.example",
        "date": "Wed, 15 Jul 2026 12:33:40 +0100",
        "subject": "Review of our project of law on cluster munitions",
        "mailer": "outlook", "struct": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html_cte": "quoted-printable",
        "body": """
Dear Madam, Dear Sir,

I am legal adviser at the Ministry of Justice of the Republic of Kerlande. Since two years we are working on a project of law to put in application the Convention in our internal right. The text is now finished at the level of the Ministry and it will be examined by the National Assembly at the next session, in October.

Before, we would like that an expert of the Convention makes a lecture of the text to verify that it is conform, in particular the chapter on the penal sanctions and the designation of the national authority which will control the application. Is it possible that the ISU makes this review, or indicates us an expert? The text exists only in French for the moment.

Please accept, Madam, Sir, the expression of my distinguished consideration.

Aurélien Bekolo
Legal Adviser, Directorate of Legislation
Ministry of Justice - Republic of Kerlande
""",
        "check": "project of law",
    },
    {
        "key": "L6",
        "topic": "legislation", "secondary": [], "language": "fr", "hard": False,
        "note": "note verbale ('a l'honneur de'): requests legal expertise to draft the national implementing law incl. penal sanctions; ask in the last substantive paragraph; draft bill attached (RFC 2231 name)",
        "from_name": "Mission permanente de Sénavie",
        "from_addr": "mission.geneve@diplomatie.senavie.example",
        "date": "Tue, 24 Feb 2026 09:55:12 +0100",
        "subject": "Note verbale n° 2026/0212 - Mission permanente de la République de Sénavie",
        "subject_charset": "iso-8859-1",
        "mailer": "outlook", "struct": "mixed", "inner": "plain",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "body": """
Note verbale n° 2026/0212

La Mission permanente de la République de Sénavie auprès de l'Office des Nations Unies à Genève et des autres organisations internationales en Suisse présente ses compliments à l'Unité d'appui à l'application de la Convention sur les armes à sous-munitions et a l'honneur de porter à sa connaissance ce qui suit.

La République de Sénavie, État partie à la Convention depuis 2015, n'a pas encore adopté de mesures législatives nationales au sens de l'article 9. Un groupe de travail interministériel, réunissant les ministères de la Justice, de la Défense, de l'Intérieur et des Affaires étrangères, a été constitué en janvier 2026 afin d'élaborer un avant-projet de loi.

Le groupe de travail a relevé plusieurs difficultés, notamment la définition des infractions pénales et des peines applicables, ainsi que l'articulation du futur texte avec le Code pénal et la législation sur les armes et munitions.

La Mission permanente a l'honneur de solliciter, par l'intermédiaire de l'Unité d'appui à l'application, le concours d'un expert juridique qui pourrait accompagner le groupe de travail dans la rédaction de la loi nationale de mise en oeuvre de la Convention, y compris les dispositions relatives aux sanctions pénales. L'avant-projet actuel est joint à la présente note.

La Mission permanente de la République de Sénavie saisit cette occasion pour renouveler à l'Unité d'appui à l'application les assurances de sa haute considération.

Genève, le 24 février 2026
""",
        "attachments": [{"name": "NV_2026-0212.pdf", "kind": "pdf"},
                        {"name": "Avant-projet de loi – armes à sous-munitions.docx", "kind": "docx"}],
        "check": "concours d'un expert juridique",
    },
    {
        "key": "L7",
        "topic": "legislation", "secondary": ["reporting"], "language": "fr", "hard": True,
        "note": "HARD(misleading_subject): subject is Article 7 Form A; body says the form is not the problem and asks for help drafting an implementing law (model law, civil-law examples, a jurist)",
        "from_name": "Yannick Ebongué",
        "from_addr": "y.ebongue@diplomatie.vaudrel.example",
        "date": "Thu, 26 Mar 2026 15:48:09 +0100",
        "subject": "Rapport article 7 – Formulaire A",
        "mailer": "thunderbird", "struct": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html_cte": "quoted-printable",
        "body": """
Bonjour,

En remplissant le formulaire A de notre rapport (mesures d'application nationales), nous nous sommes rendu compte que nous n'avons rien de sérieux à y inscrire : la seule référence à la Convention dans notre droit est le décret de ratification de 2013, qui ne prévoit aucune sanction.

Le formulaire n'est donc pas vraiment le problème, nous savons comment le remplir. Ce dont nous avons besoin, c'est d'un appui pour rédiger enfin une loi : un modèle de loi, des exemples de pays de droit civil et, si possible, un juriste qui pourrait travailler quelques semaines avec notre direction des affaires juridiques.

Bien à vous,

Yannick Ebongué
Direction des affaires juridiques
Ministère des Affaires étrangères du Royaume de Vaudrel
""",
        "check": "rédiger enfin une loi",
    },
    {
        "key": "L8",
        "topic": "legislation", "secondary": [], "language": "es", "hard": False,
        "note": "model law in Spanish, Latin American examples, and how others prohibited financing of production",
        "from_name": "Dra. Inés Montalvo Ruiz",
        "from_addr": "imontalvo@minjusticia.tierraalta.example",
        "date": "Mon, 12 Oct 2026 16:20:55 -0500",
        "subject": "Ley modelo en español",
        "mailer": "thunderbird", "struct": "plain", "charset": "utf-8", "cte": "8bit",
        "linesep": "lf",
        "body": """
Estimados señores:

En el Ministerio de Justicia de Tierra Alta estamos elaborando el
anteproyecto de ley de aplicación de la Convención sobre Municiones en
Racimo.

¿Disponen de una ley modelo en español y de ejemplos de leyes aprobadas por
otros Estados de América Latina? También nos interesaría saber cómo han
tratado otros países la prohibición de financiar la producción de estas
armas, que es el punto que más debate genera en nuestra comisión.

Atentamente,

Dra. Inés Montalvo Ruiz
Asesora de la Dirección de Política Legislativa
Ministerio de Justicia de Tierra Alta
""",
        "check": "ley modelo en español",
    },
    {
        "key": "L9",
        "topic": "legislation", "secondary": [], "language": "es", "hard": True,
        "note": "HARD(base64_body): base64 text body: Penal Code reform commission asks for guidance on criminalising the prohibited conduct and a virtual meeting",
        "from_name": "Gonzalo Urrutia Bastidas",
        "from_addr": "gurrutia@minjusticia.valdemora.example",
        "date": "Wed, 09 Sep 2026 09:37:26 -0500",
        "subject": "Consulta sobre tipificación penal",
        "mailer": "outlook", "struct": "plain", "charset": "utf-8", "cte": "base64",
        "body": """
Estimados señores:

En la comisión que redacta la reforma del Código Penal de Valdemora se discute cómo tipificar las conductas prohibidas por la Convención. Algunos miembros proponen un solo artículo genérico que remita a la Convención; otros, un delito para cada conducta (empleo, producción, almacenamiento, transferencia y asistencia).

¿Existe alguna guía o análisis comparado sobre las sanciones penales adoptadas por otros Estados? ¿Podría la Unidad organizar una reunión virtual con la comisión antes de fin de octubre?

Atentamente,

Gonzalo Urrutia Bastidas
Secretario Técnico de la Comisión de Reforma Penal
Ministerio de Justicia de Valdemora
""",
        "check": "tipificar las conductas prohibidas",
    },
    {
        "key": "L10",
        "topic": "legislation", "secondary": [], "language": "es", "hard": False,
        "note": "very short, from a phone, no Article: do you have a model law, needed by Monday",
        "from_name": "Mónica Arriaga",
        "from_addr": "marriaga@cancilleria.pradoverde.example",
        "date": "Fri, 20 Nov 2026 19:51:03 -0600",
        "subject": "ley",
        "mailer": "iphone", "struct": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "body": """
Hola, ¿tienen un modelo de ley para aplicar la Convención? Lo necesito para el lunes, reunión con el asesor del ministro. Gracias

Enviado desde mi iPhone
""",
        "check": "modelo de ley",
    },
    {
        "key": "L11",
        "topic": "legislation", "secondary": [], "language": "pt", "hard": False,
        "note": "Portuguese, paraphrase ('a law so that nobody can make, sell, keep or transport these weapons'): asks for a model law in Portuguese and a jurist to review the attached preliminary draft (RFC 2231 name)",
        "from_name": "Beatriz Lobo Antunes",
        "from_addr": "blobo@justica.costamorena.example",
        "date": "Tue, 07 Jul 2026 17:14:38 +0100",
        "subject": "Apoio jurídico – legislação nacional",
        "mailer": "outlook", "struct": "mixed", "inner": "alt",
        "charset": "utf-8", "cte": "quoted-printable", "html_cte": "quoted-printable",
        "body": """
Excelentíssimos Senhores,

A Assembleia Nacional da República de Costa Morena aprovou em março uma resolução que pede ao Governo que apresente, até ao final do ano, uma lei para que ninguém no nosso território possa fabricar, vender, guardar ou transportar estas armas, com penas de prisão para quem o fizer.

O Ministério da Justiça ficou encarregado da redação, mas a nossa equipa não tem experiência nesta matéria. Gostaríamos de saber se existe uma lei-modelo em português, ou leis de outros países lusófonos que possamos consultar, e se seria possível contar com um jurista especializado para rever o anteprojeto que segue em anexo, ainda em versão preliminar.

Com os melhores cumprimentos,

Beatriz Lobo Antunes
Assessora Jurídica do Gabinete do Ministro
Ministério da Justiça – Costa Morena
""",
        "attachments": [{"name": "Anteprojeto_Lei_Munições_Fragmentação_v0.docx", "kind": "docx"}],
        "check": "lei-modelo em português",
    },
    # ------------------------------------------------------------------
    # general (12)
    # ------------------------------------------------------------------
    {
        "key": "G1",
        "topic": "general", "secondary": [], "language": "en", "hard": False,
        "note": "ambassador asks how Country Coalitions work and for a meeting on setting one up",
        "from_name": "Amb. Marguerite Osei-Lindqvist",
        "from_addr": "m.osei@mission.halvenia.example",
        "date": "Wed, 28 Jan 2026 17:06:44 +0100",
        "subject": "Country Coalition for Halvenia?",
        "mailer": "outlook", "struct": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html_cte": "quoted-printable",
        "body": """
Dear Director,

My capital has asked me to explore whether a Country Coalition could be established for Halvenia, with a partner State that has supported us bilaterally for several years. Our remaining obligations touch on more than one area, and we believe a single platform bringing together donors, operators and the national authorities would serve us better than separate conversations.

Could we meet in the coming weeks to discuss how Country Coalitions work in practice and what the first steps would be? My colleague Mr. Aaltonen will be happy to arrange a time.

With best regards,

Marguerite Osei-Lindqvist
Ambassador, Permanent Representative
Permanent Mission of Halvenia, Geneva
""",
        "check": "Country Coalition",
    },
    {
        "key": "G2",
        "topic": "general", "secondary": ["clearance", "victim_assistance", "stockpile_destruction"], "language": "en", "hard": True,
        "note": "HARD(ambiguous_general): funding for a three-part plan (clearance, victim assistance, stockpile destruction) explicitly weighted equally; asks for help finding donors",
        "from_name": "Moses Kiprono-Hale",
        "from_addr": "m.kiprono@planning.kestrelmoor.example",
        "date": "Mon, 31 Aug 2026 10:18:29 +0100",
        "subject": "Funding our 2027-2029 plan",
        "mailer": "outlook", "struct": "mixed", "inner": "alt",
        "charset": "utf-8", "cte": "quoted-printable", "html_cte": "quoted-printable",
        "body": """
Dear colleagues,

The inter-ministerial committee has approved Kestrelmoor's plan for meeting its remaining obligations in 2027-2029. The budget we cannot cover ourselves is USD 4.3 million, in three parts of similar size:

- clearance of the last seven confirmed areas: USD 1.6 million
- rehabilitation and livelihood support for survivors: USD 1.4 million
- destruction of the remaining stocks held by the air force: USD 1.3 million

The committee has been clear that these are not to be ranked: all three have to happen within the period. The spreadsheet attached has the breakdown.

How can the ISU help us present this to potential donors, and is there a forum this year where we could do so?

Regards,
Moses Kiprono-Hale
Director, Development Cooperation
Ministry of Planning and Finance, Kestrelmoor
""",
        "attachments": [{"name": "Kestrelmoor_plan_2027-2029_budget.xlsx", "kind": "xlsx"}],
        "check": "not to be ranked",
    },
    {
        "key": "G3",
        "topic": "general", "secondary": [], "language": "en", "hard": False,
        "note": "non-native English (Arabic speaker), short: how to apply for sponsorship to attend the Meeting of States Parties",
        "from_name": "Omar Bensalem",
        "from_addr": "o.bensalem@mfa.wadisarran.example",
        "date": "Sun, 05 Jul 2026 12:44:02 +0300",
        "subject": "sponsorship",
        "mailer": "android", "struct": "plain", "charset": "us-ascii", "cte": "7bit",
        "linesep": "lf",
        "body": """
Dear Sir,
I am the delegate of our Ministry for the meeting in September. Please how I can apply for the sponsorship for the travel and the hotel? Our budget is very limited this year.
Thank you
Omar Bensalem
""",
        "check": "apply for the sponsorship",
    },
    {
        "key": "G4",
        "topic": "general", "secondary": [], "language": "en", "hard": False,
        "note": "follow-up with no case reference and no topic ('any news on our request?'): cannot be routed to a coordinator, ISU triage",
        "from_name": "Office of the Director-General",
        "from_addr": "dg.office@mfa.vellmark.example",
        "date": "Thu, 16 Apr 2026 08:30:12 +0100",
        "subject": "Any news?",
        "mailer": "outlook", "struct": "plain", "charset": "us-ascii", "cte": "7bit",
        "body": """
Dear colleagues,

Any news on our request? We sent it in February and have heard nothing since.

Regards,
P. Sandoval
Office of the Director-General
Ministry of Foreign Affairs, Vellmark
""",
        "check": "Any news on our request",
    },
    {
        "key": "G5",
        "topic": "general", "secondary": [], "language": "en", "hard": True,
        "note": "HARD(attachment_only_hint): bare cover note for a minister's letter; the attachment name is an opaque scanner file name, so the topic cannot be told",
        "from_name": "Registry Section",
        "from_addr": "registry@mfa.tenerin.example",
        "date": "Thu, 12 Mar 2026 09:21:40 +0000",
        "subject": "Letter from the Honourable Minister",
        "mailer": "outlook", "struct": "mixed", "inner": "plain",
        "charset": "us-ascii", "cte": "7bit",
        "body": """
Dear Sir/Madam,

Please find attached a letter from the Honourable Minister for your attention.

Registry Section
Ministry of Foreign Affairs and International Cooperation
Republic of Tenerin
""",
        "attachments": [{"name": "scan_20260312_091744.pdf", "kind": "pdf"}],
        "check": "letter from the Honourable Minister",
    },
    {
        "key": "G6",
        "topic": "general", "secondary": ["stockpile_destruction", "victim_assistance", "legislation"], "language": "fr", "hard": False,
        "note": "offer of South-South assistance across several areas (trainers, rehabilitation, legal drafting) by a State that has met its obligations: how to make the offer known",
        "from_name": "Bruno Kaboré-Delmas",
        "from_addr": "b.kabore@diplomatie.tazembe.example",
        "date": "Wed, 21 Oct 2026 11:26:14 +0000",
        "subject": "Offre d'expertise du Tazembé aux autres États parties",
        "mailer": "outlook", "struct": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html_cte": "quoted-printable",
        "body": """
Madame, Monsieur,

Ayant achevé la destruction de ses stocks et adopté sa loi nationale de mise en œuvre, le Tazembé souhaite désormais mettre son expérience à la disposition d'autres États parties, en particulier francophones : formateurs en gestion et destruction des munitions, médecins et techniciens du centre national de réadaptation, juristes ayant participé à la rédaction de notre loi.

Nous ne disposons pas de financement propre pour ces échanges, mais nos experts peuvent être libérés par leurs administrations.

Comment faire connaître cette offre aux États intéressés, et l'Unité pourrait-elle nous aider à la mettre en relation avec des demandes existantes ?

Veuillez agréer, Madame, Monsieur, l'expression de notre considération distinguée.

Bruno Kaboré-Delmas
Directeur adjoint de la coopération multilatérale
Ministère des Affaires étrangères du Tazembé
""",
        "check": "faire connaître cette offre",
    },
    {
        "key": "G7",
        "topic": "general", "secondary": [], "language": "fr", "hard": True,
        "note": "HARD(enquiry_looks_like_noise): subject and first line read like an out-of-office notice, but the sender asks how to register the delegation for the intersessional meetings and whether French interpretation is provided",
        "from_name": "Serge Nkoulou",
        "from_addr": "s.nkoulou@diplomatie.kerlande.example",
        "date": "Fri, 27 Mar 2026 18:40:51 +0100",
        "subject": "Absent du bureau jusqu'au 20 avril – question avant mon départ",
        "mailer": "thunderbird", "struct": "plain", "charset": "utf-8", "cte": "8bit",
        "linesep": "lf",
        "cc": "Mireille Ayité <m.ayite@diplomatie.kerlande.example>",
        "body": """
Bonjour,

Je serai absent du bureau du 30 mars au 20 avril, sans accès à mes
courriels. Avant de partir, une question dont ma collègue Mme Ayité (en
copie) suivra la réponse :

Pour les réunions intersessionnelles de juin, comment inscrire notre
délégation (quatre personnes, dont deux venant de la capitale) et
l'interprétation en français sera-t-elle assurée pendant toutes les
séances ?

Merci d'avance,

Serge Nkoulou
Premier secrétaire
Mission permanente de la République de Kerlande
""",
        "check": "inscrire notre",
    },
    {
        "key": "G8",
        "topic": "general", "secondary": [], "language": "fr", "hard": False,
        "note": "subject names Article 6 only: is there a form for a request for assistance, what information is needed, how long a reply takes",
        "from_name": "Pascaline Obame",
        "from_addr": "p.obame@mae.ambarene.example",
        "date": "Tue, 13 Jan 2026 10:02:36 +0100",
        "subject": "Article 6",
        "mailer": "webmail", "struct": "plain", "charset": "utf-8", "cte": "8bit",
        "body": """
Bonjour,

Notre gouvernement envisage de présenter une demande au titre de l'article 6.
Existe-t-il un formulaire ? Quelles informations l'Unité attend-elle, et
combien de temps faut-il en général pour obtenir une réponse ?

Merci d'avance.

P. Obame
Ministère des Affaires étrangères – Ambarène
""",
        "check": "Existe-t-il un formulaire",
    },
    {
        "key": "G9",
        "topic": "general", "secondary": [], "language": "es", "hard": False,
        "note": "meeting request with the ISU Director during the Vice-Minister's visit to Geneva to discuss cooperation in general; calendar invitation attached",
        "from_name": "Tomás Iriarte",
        "from_addr": "tiriarte@mision.pradoverde.example",
        "date": "Mon, 31 Aug 2026 14:05:37 +0200",
        "subject": "Solicitud de reunión – visita del Viceministro a Ginebra",
        "mailer": "outlook", "struct": "mixed", "inner": "alt",
        "charset": "utf-8", "cte": "quoted-printable", "html_cte": "quoted-printable",
        "body": """
Estimada Directora:

Tengo el agrado de informarle que el Viceministro de Relaciones Exteriores de Pradoverde visitará Ginebra del 22 al 24 de septiembre y desearía reunirse con usted para conversar sobre la cooperación internacional en el marco de la Convención y sobre las prioridades de Pradoverde para los próximos años.

Adjunto una propuesta de horario para el miércoles 23. Quedo a su disposición para ajustarla según su agenda.

Con mi mayor consideración,

Tomás Iriarte
Consejero
Misión Permanente de Pradoverde ante la Oficina de las Naciones Unidas en Ginebra
""",
        "attachments": [{"name": "invite.ics", "kind": "ics"}],
        "check": "desearía reunirse con usted",
    },
    {
        "key": "G10",
        "topic": "general", "secondary": ["clearance", "victim_assistance"], "language": "es", "hard": True,
        "note": "HARD(ambiguous_general): remaining contaminated areas and survivors without rehabilitation in one department, explicitly 'weigh the same'; asks what support the ISU could arrange",
        "from_name": "Federico Lanús",
        "from_addr": "flanus@gobernacion.rioancho.example",
        "date": "Thu, 24 Sep 2026 17:38:20 -0500",
        "subject": "Departamento de Olmos – qué apoyo es posible",
        "mailer": "outlook", "struct": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html_cte": "quoted-printable",
        "body": """
Estimados:

En el departamento de Olmos tenemos dos problemas que para nosotros pesan exactamente lo mismo. Por un lado, quedan nueve zonas con submuniciones sin despejar, dos de ellas junto a escuelas. Por otro, los 47 sobrevivientes del departamento no reciben rehabilitación desde que cerró el centro de la ONG en 2024.

La Gobernación y el Gobierno nacional nos piden un plan conjunto y no quieren que prioricemos uno sobre el otro.

¿Qué tipo de apoyo podría gestionar la Unidad en un caso como este, y por dónde empezamos?

Saludos cordiales,

Federico Lanús
Secretario de Planificación
Gobernación de Olmos – República de Río Ancho
""",
        "check": "pesan exactamente lo mismo",
    },
    {
        "key": "G11",
        "topic": "general", "secondary": [], "language": "ar", "hard": False,
        "note": "Arabic: newly appointed national coordinator asks what forms of cooperation and assistance the ISU can facilitate, how to reach donors, and for an introductory call",
        "from_name": "نادية الرفاعي",
        "from_addr": "n.alrifai@mofa.wadisarran.example",
        "date": "Tue, 06 Oct 2026 09:15:48 +0300",
        "subject": "استفسار عن أوجه التعاون والمساعدة المتاحة",
        "mailer": "outlook", "struct": "plain", "charset": "utf-8", "cte": "8bit",
        "body": """
حضرات السادة في وحدة دعم التنفيذ المحترمين،

تحية طيبة وبعد،

يسرني إبلاغكم بأنه تم تعييني مؤخراً منسقة وطنية لشؤون اتفاقية الذخائر العنقودية في وزارة الخارجية، خلفاً للزميل السابق الذي انتقل إلى إحدى سفاراتنا في الخارج.

وبما أنني حديثة العهد بهذا الملف، أرجو تزويدي بمعلومات عامة عن أشكال التعاون والمساعدة التي يمكن للوحدة تيسيرها للدول الأطراف، وعن كيفية التواصل مع الدول المانحة والمنظمات الشريكة، وهل يوجد دليل تعريفي للمنسقين الجدد.

كما أود أن أعرف إن كان بالإمكان ترتيب اجتماع افتراضي قصير للتعارف.

وتفضلوا بقبول فائق الاحترام،
نادية الرفاعي
منسقة وطنية – إدارة المنظمات الدولية
وزارة الخارجية
""",
        "check": "أشكال التعاون والمساعدة",
    },
    {
        "key": "G12",
        "topic": "general", "secondary": [], "language": "ru", "hard": False,
        "note": "Russian: who has Russian translations of the Convention's guidance documents and whether translation for national use can be supported",
        "from_name": "Дмитрий Кравец",
        "from_addr": "d.kravets@mid.zarechye.example",
        "date": "Wed, 20 May 2026 16:27:35 +0300",
        "subject": "Переводы документов Конвенции на русский язык",
        "subject_enc": "b",
        "mailer": "outlook", "struct": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html_cte": "quoted-printable",
        "body": """
Уважаемые коллеги,

В Республике Заречье создана межведомственная рабочая группа по выполнению Конвенции по кассетным боеприпасам (МИД, Минобороны, Минздрав, Минюст и Агентство по разминированию). Большинство ее членов не владеет английским языком, а руководства и методические документы, принятые в рамках Конвенции, доступны нам только на английском.

Просим сообщить, существуют ли официальные или неофициальные переводы этих документов на русский язык, и может ли Группа имплементационной поддержки помочь с организацией или финансированием перевода основных документов для национального использования.

С уважением,
Дмитрий Кравец
начальник отдела разоружения
Министерство иностранных дел Республики Заречье
""",
        "check": "переводы этих документов",
    },
]

MESSAGES += [
    # ------------------------------------------------------------------
    # not_an_enquiry (11)
    # ------------------------------------------------------------------
    {
        "key": "N1",
        "topic": "not_an_enquiry", "secondary": ["victim_assistance"], "language": "en", "hard": False,
        "note": "Outlook out-of-office reply to an intake acknowledgement (Auto-Submitted, X-Auto-Response-Suppress)",
        "from_name": "Dr. Samuel Oyelaran-Price",
        "from_addr": "s.oyelaran@health.kaldoria.example",
        "date": "Fri, 20 Feb 2026 07:02:11 +0000",
        "subject": "Automatic reply: [CCM-2026-0433] Received: Prosthetic workshop at Mardon District Hospital",
        "mailer": "outlook", "struct": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-replied"),
                    ("X-Auto-Response-Suppress", "All"),
                    ("In-Reply-To", "<ccm-2026-0433.ack@ccm-isu.example>")],
        "body": """
Thank you for your email. I am away from the hospital attending a training course until 2 March and will have limited access to email.

For clinical matters please contact the duty medical officer on +999 301 555 0100. For administrative matters please contact Mrs. Abigail Tetteh, Hospital Secretary.

Dr. S. Oyelaran-Price
""",
        "check": "limited access to email",
    },
    {
        "key": "N2",
        "topic": "not_an_enquiry", "secondary": ["clearance"], "language": "en", "hard": True,
        "note": "HARD(no_auto_headers,lookalike_noise): field-mission auto-reply written in the first person, quoting a case reference and talking about the Art. 4 extension request, with no Auto-Submitted/X-Auto-Response-Suppress headers",
        "from_name": "Lt Col. Derek Amoah-Sinclair",
        "from_addr": "d.amoah@nmaa.kaldoria.example",
        "date": "Tue, 08 Sep 2026 05:47:33 +0000",
        "subject": "Re: [CCM-2026-0502] [Clearance] Article 4 extension request - draft work plan",
        "mailer": "outlook", "struct": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html_cte": "quoted-printable",
        "headers": [("In-Reply-To", "<ccm-2026-0502.fwd@ccm-isu.example>"),
                    ("References", "<ccm-2026-0502.fwd@ccm-isu.example>")],
        "body": """
Thank you for your e-mail.

I am currently on field mission in the eastern provinces with the survey teams and will have only intermittent connectivity until 18 September. I will respond to your message on the extension request on my return.

For anything urgent regarding clearance operations or the Article 4 work plan, please contact my deputy, Ms. Abena Frimpong (a.frimpong@nmaa.kaldoria.example, +999 301 555 2290).

Kind regards,
Derek

Lt Col. Derek Amoah-Sinclair
Director of Operations
National Mine Action Authority of Kaldoria
""",
        "check": "intermittent connectivity",
    },
    {
        "key": "N3",
        "topic": "not_an_enquiry", "secondary": ["stockpile_destruction"], "language": "en", "hard": False,
        "note": "Postfix DSN (multipart/report, 5.1.1 user unknown) returning the intake's forward of a stockpile destruction case to a coordinator",
        "from_name": "Mail Delivery System",
        "from_addr": "MAILER-DAEMON@mx.mfa.westerfjord.example",
        "date": "Thu, 05 Feb 2026 09:14:52 +0100",
        "subject": "Undelivered Mail Returned to Sender",
        "mailer": "robot", "struct": "dsn",
        "headers": [("Return-Path", "<>"), ("Auto-Submitted", "auto-replied")],
        "to": "intake@ccm-isu.example",
        "body": """
This is the mail system at host mx.mfa.westerfjord.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<coord.stockpiles@mfa.westerfjord.example>: host
    mx.mfa.westerfjord.example[198.51.100.23] said: 550 5.1.1
    <coord.stockpiles@mfa.westerfjord.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""",
        "dsn": {
            "reporting_mta": "dns; mx.mfa.westerfjord.example",
            "queue_id": "4Qx7Tn2JzVz9sWR",
            "arrival_date": "Thu, 05 Feb 2026 09:14:50 +0100",
            "recipient": "coord.stockpiles@mfa.westerfjord.example",
            "status": "5.1.1",
            "remote_mta": "dns; mx.mfa.westerfjord.example",
            "diagnostic": "smtp; 550 5.1.1 <coord.stockpiles@mfa.westerfjord.example>: Recipient address rejected: User unknown in virtual mailbox table",
            "original": {
                "from_name": "CCM Intake", "from_addr": "intake@ccm-isu.example",
                "to": "coord.stockpiles@mfa.westerfjord.example",
                "date": "Thu, 05 Feb 2026 09:14:47 +0100",
                "subject": "[CCM-2026-0361] [Stockpile destruction] Funding gap - final phase of destruction programme",
                "message_id": "<ccm-2026-0361.fwd@ccm-isu.example>",
                "mailer": "robot", "struct": "plain", "charset": "utf-8", "cte": "7bit",
                "headers": [("X-Intake-Case", "CCM-2026-0361"),
                            ("X-Intake-Topic", "stockpile_destruction")],
                "body": """
Case CCM-2026-0361 has been assigned to you (stockpile destruction).
The original message from Brig. Gen. Halvard Ness (Breymoor) follows in the
case file. Please reply to the sender directly and copy the ISU.
""",
            },
        },
        "check": "could not",
    },
    {
        "key": "N4",
        "topic": "not_an_enquiry", "secondary": ["victim_assistance"], "language": "en", "hard": True,
        "note": "HARD(lookalike_noise,html_only): HTML-only fundraising newsletter personalised to the 'Intake Team' with a survivor's story (List-Unsubscribe, Precedence: bulk)",
        "from_name": "Hannah Whitcombe, Stride Forward",
        "from_addr": "hannah@news.strideforward.example.org",
        "date": "Tue, 01 Dec 2026 15:00:04 +0000",
        "subject": "Intake Team, can you help Amina walk to school again?",
        "mailer": "bulk", "struct": "html", "charset": "utf-8", "html_cte": "quoted-printable",
        "headers": [("List-Id", "Stride Forward supporters <supporters.news.strideforward.example.org>"),
                    ("List-Unsubscribe", "<https://news.strideforward.example.org/u?c=8812&s=a71f3e>, <mailto:unsubscribe@news.strideforward.example.org?subject=unsubscribe>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                    ("Precedence", "bulk"),
                    ("X-Campaign", "giving-season-2026-07")],
        "body": """
Dear Intake Team,

I wanted to write to you personally before the end of the year.

Amina was nine when she picked up a small metal object on her way to school. She lost her right leg below the knee. Today she is fourteen, and she has outgrown her prosthesis for the third time.

A new prosthetic leg, fitted and adjusted by our technicians, costs USD 380. Your gift today will help a child like Amina walk to school again.

Give now

With gratitude,
Hannah Whitcombe
Director of Programmes, Stride Forward

You are receiving this email because intake@ccm-isu.example is subscribed to Stride Forward updates. Unsubscribe | Manage preferences
""",
        "html": """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Stride Forward</title></head>
<body style="margin:0;padding:0;background:#f3f1ec;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;font-size:16px;color:#222;">
<tr><td>
<p>Dear Intake Team,</p>
<p>I wanted to write to you personally before the end of the year.</p>
<p>Amina was nine when she picked up a small metal object on her way to school. She lost her right leg below the knee. Today she is fourteen, and she has outgrown her prosthesis for the third time.</p>
<p>A new prosthetic leg, fitted and adjusted by our technicians, costs USD 380. Your gift today will help a child like Amina walk to school again.</p>
<p style="text-align:center;"><a href="https://news.strideforward.example.org/c/8812?u=a71f3e" style="background:#c0392b;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px;">Give now</a></p>
<p>With gratitude,<br>Hannah Whitcombe<br>Director of Programmes, Stride Forward</p>
</td></tr>
<tr><td style="font-family:Arial,sans-serif;font-size:11px;color:#888;">You are receiving this email because intake@ccm-isu.example is subscribed to Stride Forward updates. <a href="https://news.strideforward.example.org/u?c=8812&amp;s=a71f3e">Unsubscribe</a> | <a href="https://news.strideforward.example.org/p?s=a71f3e">Manage preferences</a><img src="https://news.strideforward.example.org/o/8812/a71f3e.gif" width="1" height="1" alt=""></td></tr>
</table></td></tr></table>
</body></html>
""",
        "check": "walk to school again",
    },
    {
        "key": "N5",
        "topic": "not_an_enquiry", "secondary": ["general"], "language": "en", "hard": True,
        "note": "HARD(lookalike_noise): phishing imitating the ISU sponsorship programme, asks to 'confirm bank details' on a look-alike domain",
        "from_name": "CCM ISU Sponsorship Programme",
        "from_addr": "sponsorship@ccm-isu-sponsorship.example",
        "date": "Mon, 14 Sep 2026 03:12:45 +0000",
        "subject": "Action required: confirm your bank details for travel reimbursement",
        "mailer": "bulk", "struct": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html_cte": "quoted-printable",
        "reply_to": "reimbursements.ccm@mailbox-secure.example",
        "body": """
Dear Delegate,

Following your participation in the Meeting of States Parties, your travel reimbursement of CHF 1,240.00 under the Sponsorship Programme is ready for payment.

Due to a change in our payment system, all beneficiaries must confirm their bank details within 48 hours. Failure to do so will result in the cancellation of the reimbursement.

Confirm bank details: https://ccm-isu-sponsorship.example/secure/verify?id=55102

Sponsorship Programme Team
Implementation Support Unit
""",
        "html": """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;">
<p><img src="https://ccm-isu-sponsorship.example/img/logo.png" alt="CCM ISU" width="180"></p>
<p>Dear Delegate,</p>
<p>Following your participation in the Meeting of States Parties, your travel reimbursement of <b>CHF 1,240.00</b> under the Sponsorship Programme is ready for payment.</p>
<p>Due to a change in our payment system, all beneficiaries must confirm their bank details within <b>48 hours</b>. Failure to do so will result in the cancellation of the reimbursement.</p>
<p><a href="https://ccm-isu-sponsorship.example/secure/verify?id=55102" style="background:#0b5394;color:#fff;padding:10px 20px;text-decoration:none;">Confirm bank details</a></p>
<p>Sponsorship Programme Team<br>Implementation Support Unit</p>
</body></html>
""",
        "check": "confirm their bank details",
    },
    {
        "key": "N6",
        "topic": "not_an_enquiry", "secondary": ["general"], "language": "en", "hard": False,
        "note": "read receipt (multipart/report; report-type=disposition-notification) for an acknowledgement",
        "from_name": "Ahmed Farouk",
        "from_addr": "a.farouk@mfa.qamariyya.example",
        "date": "Wed, 11 Nov 2026 12:30:59 +0200",
        "subject": "Read: [CCM-2026-0470] Received: Country Coalition proposal",
        "mailer": "outlook", "struct": "mdn",
        "body": """
Your message

  To: Ahmed Farouk
  Subject: [CCM-2026-0470] Received: Country Coalition proposal
  Sent: Wednesday, 11 November 2026 10:02:14 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna

was read on Wednesday, 11 November 2026 12:30:51 (UTC+02:00) Cairo.
""",
        "mdn": {
            "reporting_ua": "mail.mfa.qamariyya.example; Microsoft Outlook 16.0",
            "final_recipient": "rfc822;a.farouk@mfa.qamariyya.example",
            "original_message_id": "<ccm-2026-0470.ack@ccm-isu.example>",
            "disposition": "manual-action/MDN-sent-manually; displayed",
        },
        "check": "was read on",
    },
    {
        "key": "N7",
        "topic": "not_an_enquiry", "secondary": [], "language": "fr", "hard": False,
        "note": "French absence notice replying to an acknowledgement (Auto-Submitted)",
        "from_name": "Claire Ndiaye-Faure",
        "from_addr": "c.ndiaye@diplomatie.senavie.example",
        "date": "Wed, 25 Feb 2026 08:03:40 +0100",
        "subject": "Réponse automatique : [CCM-2026-0389] Accusé de réception : Note verbale n° 2026/0212",
        "subject_charset": "iso-8859-1",
        "mailer": "webmail", "struct": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
        "linesep": "lf",
        "headers": [("Auto-Submitted", "auto-replied"),
                    ("In-Reply-To", "<ccm-2026-0389.ack@ccm-isu.example>")],
        "body": """
Bonjour,

Je suis en congé jusqu'au 9 mars inclus. Votre message ne sera pas transféré.

Pour toute question urgente, merci de contacter le secrétariat de la
Mission au +999 22 917 40 00.

Cordialement,
Claire Ndiaye-Faure
""",
        "check": "Je suis en congé",
    },
    {
        "key": "N8",
        "topic": "not_an_enquiry", "secondary": [], "language": "fr", "hard": False,
        "note": "institute newsletter (List-Id, List-Unsubscribe, Precedence: bulk) with events and publications",
        "from_name": "Institut d'études sur la paix et la sécurité",
        "from_addr": "lettre@iepsl.example.org",
        "date": "Thu, 02 Jul 2026 06:00:00 +0200",
        "subject": "La Lettre de l'IEPS – juillet 2026",
        "mailer": "bulk", "struct": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html_cte": "quoted-printable",
        "headers": [("List-Id", "La Lettre de l'IEPS <lettre.iepsl.example.org>"),
                    ("List-Unsubscribe", "<https://iepsl.example.org/lettre/desinscription?e=aW50YWtl>"),
                    ("Precedence", "bulk")],
        "body": """
LA LETTRE DE L'IEPS – JUILLET 2026

À LA UNE
Université d'été « Paix, sécurité et développement » : inscriptions ouvertes jusqu'au 31 août.

PUBLICATIONS
- Cahier n° 41 : Les organisations régionales face aux crises prolongées
- Note d'analyse : vingt ans de désarmement humanitaire, quel bilan ?

AGENDA
- 9 septembre : conférence publique sur les opérations de paix
- 30 septembre : séminaire doctoral, Genève

Vous recevez cette lettre car vous êtes inscrit(e) à la liste de diffusion de l'IEPS.
Se désinscrire : https://iepsl.example.org/lettre/desinscription
""",
        "check": "LA LETTRE DE L'IEPS",
    },
    {
        "key": "N9",
        "topic": "not_an_enquiry", "secondary": ["stockpile_destruction"], "language": "es", "hard": True,
        "note": "HARD(no_dsn_structure): Spanish plain-text bounce (no multipart/report) of an acknowledgement about stockpile destruction funding, original copied inline",
        "from_name": "Sistema de correo",
        "from_addr": "postmaster@correo.sierraclara.example",
        "date": "Fri, 06 Mar 2026 02:11:37 -0300",
        "subject": "Mensaje no entregado: [CCM-2026-0481] Recibido: Financiamiento – destrucción de existencias (fase 2)",
        "mailer": "robot", "struct": "plain", "charset": "utf-8", "cte": "8bit",
        "linesep": "lf",
        "headers": [("Return-Path", "<>"),
                    ("X-Failed-Recipients", "pibarguren@cancilleria.sierraclara.example")],
        "body": """
Este mensaje fue generado automáticamente por el sistema de correo.

No fue posible entregar su mensaje a uno o más destinatarios. Este es un
error permanente. La siguiente dirección falló:

  pibarguren@cancilleria.sierraclara.example
    host correo.sierraclara.example [203.0.113.77]
    SMTP error from remote mail server after RCPT TO:
    550 5.2.1 El buzón del destinatario está deshabilitado

------ Copia del mensaje original, incluidas todas las cabeceras ------

From: CCM Implementation Support Unit <no-reply@ccm-isu.example>
To: pibarguren@cancilleria.sierraclara.example
Subject: [CCM-2026-0481] Recibido: Financiamiento – destrucción de existencias (fase 2)
Date: Thu, 05 Mar 2026 18:20:09 +0000
Message-ID: <ccm-2026-0481.ack@ccm-isu.example>

Estimada/o remitente:

Acusamos recibo de su mensaje, registrado con la referencia CCM-2026-0481.
Ha sido remitido al coordinador competente, que se pondrá en contacto con
usted a la mayor brevedad.
""",
        "check": "No fue posible entregar",
    },
    {
        "key": "N10",
        "topic": "not_an_enquiry", "secondary": ["clearance"], "language": "es", "hard": True,
        "note": "HARD(lookalike_noise): vendor mass mailing dressed up as a personal reply ('RE: Consulta sobre detectores...') selling detectors for technical survey",
        "from_name": "Martín Ledesma | DetecPro Soluciones",
        "from_addr": "mledesma@detecpro-soluciones.example",
        "date": "Tue, 19 May 2026 10:45:00 -0500",
        "subject": "RE: Consulta sobre detectores para estudio técnico",
        "mailer": "bulk", "struct": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html_cte": "quoted-printable",
        "headers": [("List-Unsubscribe", "<mailto:baja@detecpro-soluciones.example?subject=BAJA>"),
                    ("X-Mailer", "MassMail Pro 7.3"),
                    ("X-Campaign-Id", "dp-2026-05-latam")],
        "body": """
Estimado/a colega:

Tal como le comenté, le envío la información de nuestros detectores para estudio técnico y despeje de submuniciones. Este mes tenemos un 30 % de descuento en pedidos de más de 10 unidades, con envío sin costo a toda América Latina.

- Detector DP-400: discriminación de metales y pantalla de alta visibilidad
- Kit de marcaje de áreas peligrosas (500 estacas y cinta)
- Capacitación en línea incluida

¿Le preparo una cotización? Solo responda con la cantidad de equipos.

Saludos cordiales,
Martín Ledesma
Gerente Comercial – DetecPro Soluciones

Si no desea recibir más comunicaciones, responda con la palabra BAJA.
""",
        "html": """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;">
<p>Estimado/a colega:</p>
<p>Tal como le comenté, le envío la información de nuestros detectores para estudio técnico y despeje de submuniciones. Este mes tenemos un <b>30&nbsp;% de descuento</b> en pedidos de más de 10 unidades, con envío sin costo a toda América Latina.</p>
<ul><li>Detector DP-400: discriminación de metales y pantalla de alta visibilidad</li>
<li>Kit de marcaje de áreas peligrosas (500 estacas y cinta)</li>
<li>Capacitación en línea incluida</li></ul>
<p>¿Le preparo una cotización? Solo responda con la cantidad de equipos.</p>
<p>Saludos cordiales,<br>Martín Ledesma<br>Gerente Comercial – DetecPro Soluciones</p>
<p style="font-size:8pt;color:#999;">Si no desea recibir más comunicaciones, responda con la palabra BAJA.<img src="https://trk.detecpro-soluciones.example/o.gif?id=77120" width="1" height="1"></p>
</body></html>
""",
        "check": "Tal como le comenté",
    },
    {
        "key": "N11",
        "topic": "not_an_enquiry", "secondary": ["reporting"], "language": "de", "hard": False,
        "note": "German out-of-office notice replying to an acknowledgement (Auto-Submitted, X-Auto-Response-Suppress)",
        "from_name": "Jörg Wendland",
        "from_addr": "j.wendland@mfa.auenstein.example",
        "date": "Tue, 05 May 2026 11:30:22 +0200",
        "subject": "Abwesenheitsnotiz: [CCM-2026-0529] Eingangsbestätigung: Korrektur unseres Berichts nach Artikel 7",
        "subject_charset": "iso-8859-1",
        "mailer": "outlook", "struct": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-replied"),
                    ("X-Auto-Response-Suppress", "All"),
                    ("In-Reply-To", "<ccm-2026-0529.ack@ccm-isu.example>")],
        "body": """
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 14. Juni 2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an das Referatspostfach: referat-abruestung@mfa.auenstein.example

Mit freundlichen Grüßen
Jörg Wendland
""",
        "check": "nicht im Büro",
    },
]
