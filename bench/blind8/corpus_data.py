# -*- coding: utf-8 -*-
"""Message content and gold labels for the blind8 corpus.

Every State, person, organisation, address and phone number is invented;
all domains are reserved example domains.  ``generate.py`` turns each entry
into an RFC 5322 message and shuffles the entries into k-0001 .. k-0080.

Keys of an entry:
  id            internal reference only (never written to the output)
  topic, secondary, lang, note        gold label
  hard          list of HARD(...) kinds; empty when not hard
  frm           (display name, address)
  to / cc       optional; default To is the intake address
  subject, date
  subject_charset   charset for the RFC 2047 subject (default utf-8)
  body          text/plain body
  html          "auto" (derived from body) or an explicit HTML string
  html_only     True: the only body part is text/html
  charset, cte  body charset and transfer encoding (qp, 8bit, base64, 7bit)
  attachments   file names (placeholder content)
  attach_message  nested entry attached as message/rfc822
  headers       extra header (name, value) pairs
  in_reply_to, references, mailer, lf (LF line endings instead of CRLF)
  special       "dsn", "mdn" or "calendar" (with dsn / mdn / calendar dicts)
  return_path
"""

ISU_ACK_0147 = "<20260311091522.7f3a1c.CCM-2026-0147@ccm-isu.example>"
ISU_ACK_0211 = "<20260505091207.c81e44.CCM-2026-0211@ccm-isu.example>"

ENTRIES = []


def add(**kw):
    ENTRIES.append(kw)


# ---------------------------------------------------------------------------
# stockpile_destruction (Article 3)
# ---------------------------------------------------------------------------

add(
    id="S1", topic="stockpile_destruction", secondary=["reporting"], lang="en", hard=[],
    note="previously unknown stocks found after completion of destruction: asks which Art. 3 procedure and timeline apply; report amendment only mentioned",
    frm=("Lt Col Dariusz Menkov", "d.menkov@mod.ostrenia.example"),
    subject="Additional stocks found during depot inventory",
    date="Mon, 12 Jan 2026 08:47:13 +0200",
    mailer="Microsoft Outlook 16.0",
    body="""\
Dear colleagues,

During the annual inventory of the Central Ammunition Depot at Vrelo our team has discovered 64 artillery projectiles 155 mm of the cargo type, each containing 49 dual-purpose submunitions. These items were registered in the old database under a wrong code and were not part of the stockpile we have declared as destroyed in 2022.

We want to handle this correctly. Please advise what is the procedure under Article 3 when a State Party find previously unknown stocks after it has completed the destruction. Does a new deadline applies, or must we destroy them as soon as possible? We will of course also amend the figures in our next transparency report, but first we need to know which obligation and which timeline is applicable, since the General Staff asks for a plan until end of February.

The projectiles are now separated and marked in a dedicated storage bunker.

With respect,

Lt Col Dariusz Menkov
Head, Ammunition Management Section
Logistics Directorate, General Staff
Ministry of Defence of the Republic of Ostrenia
14 Bulevard Mareshal Tarov, 1000 Ostrin
Tel. +999 21 455 7810 | Mob. +999 88 301 2246

This e-mail and any attachments are intended only for the addressee and may contain information classified RESTRICTED. If you have received it in error, please notify the sender and delete it. Any unauthorised use or disclosure is prohibited.
""",
)

add(
    id="S2", topic="stockpile_destruction", secondary=["reporting", "clearance"], lang="en",
    hard=["multi_topic"],
    note="formal preamble thanks the ISU for report help and gives a clearance update; the actual ask is help to destroy 312 air-dropped dispensers (contacts and an assessment mission)",
    frm=("Meleane Vaipulu", "mission.geneva@mfa.karuna.example"),
    subject="Request for assistance - Karuna Islands",
    date="Wed, 04 Feb 2026 15:22:40 +0100",
    mailer="Microsoft Outlook 16.0",
    html="auto",
    body="""\
Dear colleagues of the Implementation Support Unit,

The Permanent Mission of the Karuna Islands to the United Nations Office at Geneva presents its compliments to the Implementation Support Unit of the Convention on Cluster Munitions and has the honour to refer to the informal consultations held on the margins of the last Meeting of States Parties.

At the outset, allow me to thank the Unit for the support extended to our capital during the preparation of our annual transparency report, which was submitted on 28 April. I am also pleased to report that the clearance of the northern atolls is proceeding according to the plan presented at the Meeting, with the support of our partners.

The purpose of this letter, however, is a different matter. Our Defence Force still holds 312 air-dropped dispensers, each containing 147 submunitions, which were inherited from the former administration and are stored at the Naval Base at Port Ahiva. The Ministry of Defence has no industrial facility to dismantle them, and open detonation on our small islands raises serious environmental and safety concerns for the surrounding communities and fisheries.

We would therefore be grateful if the ISU could:

1. put our Ministry of Defence in contact with States Parties or operators that have experience in destroying this type of munition, either in situ with mobile equipment or by transfer to a facility abroad; and
2. advise whether a small technical assessment mission could be arranged before the end of the year, so that a costed destruction plan can be presented to donors.

The Mission remains available for any further information and avails itself of this opportunity to renew to the Implementation Support Unit the assurances of its highest consideration.

Meleane Vaipulu
Counsellor
Permanent Mission of the Karuna Islands
Avenue des Tilleuls 41, 1211 Geneva
Tel: +999 22 730 1144
""",
)

add(
    id="S3", topic="stockpile_destruction", secondary=[], lang="en", hard=[],
    note="retention for training under Art. 3.6: what is a reasonable minimum number and how to reduce the retained quantity",
    frm=("Teodor Ilves", "t.ilves@defence.nordhaven.example"),
    subject="Art 3.6 retention - how many is reasonable?",
    date="Thu, 19 Feb 2026 10:05:51 +0100",
    mailer="Microsoft Outlook 16.0",
    lf=True,
    body="""\
Hello ISU team,

Our EOD school currently retains 420 submunitions under Article 3(6) for training in detection and clearance techniques. An internal inspection found that the school used only 35 of them in the last three years. The Chief of Defence would like to reduce the number and asks two things:

- Is there any guidance or common practice on what "the minimum number absolutely necessary" looks like? What quantities do other States Parties keep, and for which purposes?
- If we decide to keep, say, 100 and destroy the rest, is there any formal step towards the ISU or the other States Parties, or can we simply do it?

Thanks,
Teodor

Major Teodor Ilves
Commandant's Office, Explosive Ordnance Disposal School
Nordhaven Defence Forces
""",
)

add(
    id="S4", topic="stockpile_destruction", secondary=["reporting"], lang="en",
    hard=["misleading_subject"],
    note="subject and quoted history are about Form B of the Art. 7 report; the new question is how to request an extension of the Art. 3 destruction deadline",
    frm=("Ana-Maria Grecu", "anamaria.grecu@mfa.belvania.example"),
    subject="RE: Art. 7 report 2025 - Form B",
    date="Tue, 09 Jun 2026 11:31:07 +0300",
    mailer="Microsoft Outlook 16.0",
    in_reply_to="<AM9PR08MB6712B1C0E2D4F5A6B7C8D9E0F1A2B3C4@ccm-isu.example>",
    body="""\
Dear Hanna,

Many thanks again for your help with the report in April - it was submitted on time and the Form B figures are now consistent with what the Ministry of Defence gave us.

I am writing on a different matter though, and I hope you can point me to the right colleague. Our remaining stock (about 2,900 rockets) was supposed to be destroyed under a contract with a commercial demilitarisation company, but their plant had a serious fire in May and will be closed for at least 14 months. Our Article 3 deadline is 1 August 2027. The Minister has asked me to find out:

- whether we can still request an extension of the deadline, and by when the request must be submitted;
- what the request should contain (is there a template, or examples from other States?);
- whether the ISU could look at a draft before it is circulated.

A short call would also be fine if that is easier for you.

Kind regards,
Ana-Maria

Ana-Maria Grecu
Second Secretary, Disarmament and Arms Control Division
Ministry of Foreign Affairs of Belvania
Piata Libertatii 3, Belvar
+999 31 402 5518

-----Original Message-----
From: Hanna Lindqvist <h.lindqvist@ccm-isu.example>
Sent: Friday, 3 April 2026 16:02
To: Ana-Maria Grecu <anamaria.grecu@mfa.belvania.example>
Subject: RE: Art. 7 report 2025 - Form B

Dear Ana-Maria,

Form B should show the stockpile as at 31 December 2025, broken down by type, with the quantities destroyed during 2025 in the following table. Please do not include the items that were moved to the training centre; they are reported under retention.

Best regards,
Hanna

Hanna Lindqvist
Implementation Support Specialist
CCM Implementation Support Unit
""",
)

add(
    id="S5", topic="stockpile_destruction", secondary=[], lang="fr", hard=[],
    note="seeks donors for the destruction of 38 t of stockpiled cluster munitions; asks the ISU to circulate the attached project",
    frm=("Colonel Étienne Moreau-Bassi", "e.moreau-bassi@defense.lanval.example"),
    subject="Projet de destruction des stocks d'armes à sous-munitions – recherche de financement",
    date="Tue, 24 Feb 2026 09:12:30 +0100",
    mailer="Microsoft Outlook 16.0",
    attachments=["Projet_destruction_stocks_ASM_Lanval_2026-2028.pdf"],
    body="""\
Madame, Monsieur,

La Direction du matériel des Forces armées lanvaliennes a achevé l'inventaire des stocks d'armes à sous-munitions détenus dans les dépôts de Kessel et de Port-Merle : au total 38 tonnes de munitions, soit 1 140 obus-cargos et 96 bombes d'aviation.

Conformément à l'article 3 de la Convention, nous devons les détruire d'ici le 1er février 2029. Le budget national ne permet toutefois de couvrir qu'environ un tiers du coût estimé. Vous trouverez ci-joint le document de projet, avec le plan de destruction et le budget détaillé.

Nous vous serions reconnaissants de bien vouloir nous indiquer comment porter ce projet à l'attention des États parties en mesure de fournir une aide financière ou technique, et si l'Unité peut le diffuser auprès de ses contacts parmi les bailleurs.

Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.

Colonel Étienne Moreau-Bassi
Directeur adjoint du matériel
État-major des armées – République du Lanval
Quartier Vauban, BP 212, Lanval-Ville
Tél. : +999 31 22 40 18
""",
)

add(
    id="S6", topic="stockpile_destruction", secondary=["reporting"], lang="fr",
    hard=["forwarded_chain"],
    note="one-line cover note; the forwarded message from the MoD asks about transferring stocks to a neighbouring State for destruction (Art. 3.7)",
    frm=("Claire Ndiaye-Fournier", "c.ndiaye@mission-tanoura.example"),
    subject="TR: Question transfert de stocks",
    date="Tue, 10 Mar 2026 14:48:02 +0100",
    mailer="Mozilla Thunderbird",
    cte="8bit",
    body="""\
Bonjour,

Pour suite à donner, merci – question de notre ministère de la Défense ci-dessous.

Claire

-------- Message transféré --------
Sujet : Question transfert de stocks
Date : Mon, 9 Mar 2026 11:20:44 +0000
De : Cdt Issa Maïga <i.maiga@defense.tanoura.example>
Pour : Claire Ndiaye-Fournier <c.ndiaye@mission-tanoura.example>

Madame la Conseillère,

Nous n'avons pas sur le territoire de capacité de destruction pour les 540 roquettes à sous-munitions restantes. Un État voisin, partie à la Convention, a proposé de les détruire dans son centre de démilitarisation.

Pouvez-vous interroger l'Unité d'appui sur les points suivants :
- le transfert en vue de la destruction est-il autorisé par la Convention et à quelles conditions (article 3, paragraphe 7 si je ne me trompe) ?
- faut-il une notification préalable à l'ISU ou aux autres États parties ?
- qui reste responsable de l'échéance de destruction, nous ou l'État qui reçoit les munitions ?

Je précise que ces éléments devront ensuite figurer dans notre rapport de transparence.

Respectueusement,

Commandant Issa Maïga
Bureau des munitions, État-major général
Ministère de la Défense – République de Tanoura
""",
)

add(
    id="S7", topic="stockpile_destruction", secondary=[], lang="es", hard=[],
    note="asks for contacts and a technical visit to learn how others destroyed rockets with submunitions (propellant, fuzes, environment)",
    frm=("CF Rodrigo Almeyda Vidal", "ralmeyda@mindef.costaserena.example"),
    subject="Consulta sobre destrucción de cohetes con submuniciones",
    date="Wed, 18 Mar 2026 16:40:09 -0500",
    mailer="Microsoft Outlook 16.0",
    html="auto",
    body="""\
Estimados señores de la Unidad de Apoyo a la Aplicación:

Me dirijo a ustedes en nombre de la Dirección General de Material del Ministerio de Defensa de la República de Costa Serena.

Nuestro país conserva aún 212 cohetes de 127 mm con carga de submuniciones, almacenados en el polvorín de Punta Lobos. El plan aprobado prevé su desmantelamiento en la planta del Arsenal Naval, pero los técnicos tienen dudas sobre el tratamiento del propulsor y sobre la eliminación segura de las espoletas de las submuniciones.

Les agradeceríamos que nos pusieran en contacto con Estados Partes u organizaciones que hayan destruido cohetes similares, para intercambiar experiencias sobre los procedimientos técnicos y las medidas de protección ambiental aplicadas. Una visita técnica de dos o tres días sería de gran utilidad.

Quedo atento a su respuesta.

Atentamente,

CF Rodrigo Almeyda Vidal
Jefe del Departamento de Desmilitarización
Dirección General de Material – Ministerio de Defensa
Av. del Libertador 1450, Puerto Serena
Tel. (+999) 2 2741 3380

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Si usted lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine de su sistema.
""",
)

add(
    id="S8", topic="stockpile_destruction", secondary=["general"], lang="es", hard=[],
    note="html-only: stockpile destruction completed; asks for the format of a declaration of compliance with Art. 3 at the Meeting of States Parties",
    frm=("Oficina de Comunicaciones - Cancillería", "comunicaciones@cancilleria.tierralta.example"),
    subject="Cumplimiento del artículo 3 – declaración",
    date="Mon, 06 Apr 2026 12:03:55 -0400",
    mailer="Zimbra 9.0",
    html_only=True,
    html="""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family: Calibri, Arial, sans-serif; font-size: 11pt">
<p>Estimados colegas:</p>
<p>Tengo el agrado de informarles que el 14 de noviembre de 2025 las Fuerzas Armadas de la Rep&uacute;blica de Tierra Alta concluyeron la destrucci&oacute;n de la totalidad de sus existencias de municiones en racimo, con excepci&oacute;n de las retenidas para adiestramiento.</p>
<p>Quisi&eacute;ramos anunciarlo formalmente en la pr&oacute;xima Reuni&oacute;n de los Estados Partes. &iquest;Existe un formato o modelo de <b>declaraci&oacute;n de cumplimiento de las obligaciones del art&iacute;culo 3</b>? &iquest;Debe presentarse por escrito antes de la reuni&oacute;n o basta con una intervenci&oacute;n en el plenario?</p>
<p>Agradeceremos su orientaci&oacute;n.</p>
<p>Saludos cordiales,</p>
<p style="color:#1f3864"><b>Lic. Paula Ordóñez</b><br>
Dirección de Desarme y No Proliferación<br>
Ministerio de Relaciones Exteriores<br>
República de Tierra Alta</p>
</body></html>
""",
)

add(
    id="S9", topic="stockpile_destruction", secondary=[], lang="ru", hard=[],
    note="windows-1251 body: MoD asks for mobile destruction equipment and training of sappers to destroy remaining stocks before the Art. 3 deadline",
    frm=("Полковник И. Н. Савченко", "savchenko@mil.severania.example"),
    subject="Запрос о технической помощи в уничтожении кассетных боеприпасов",
    subject_charset="windows-1251",
    date="Thu, 23 Apr 2026 09:58:14 +0300",
    mailer="Microsoft Outlook 15.0",
    charset="windows-1251", cte="8bit",
    body="""\
Уважаемые коллеги!

Министерство обороны Республики Северания обращается к Группе имплементационной поддержки с просьбой о содействии.

В соответствии со статьёй 3 Конвенции по кассетным боеприпасам наша страна обязана уничтожить оставшиеся запасы до 1 июня 2028 года. На складах находятся 1 860 реактивных снарядов с кассетными головными частями и около 400 авиационных бомб. Имеющееся оборудование для разборки устарело, а подготовленных специалистов не хватает.

Просим Вас:
— сообщить, какие государства-участники или организации могут предоставить мобильные установки для разборки и уничтожения суббоеприпасов;
— оказать содействие в организации курса подготовки для 15 сапёров и техников по боеприпасам.

Заранее благодарим за ответ.

С уважением,
полковник И. Н. Савченко
начальник отдела утилизации вооружения
Главное управление вооружения
Министерство обороны Республики Северания
г. Новоозёрск, ул. Набережная, 7
тел. +999 17 220 45 61
""",
)

add(
    id="S10", topic="stockpile_destruction", secondary=[], lang="de", hard=[],
    note="donor offer limited to Art. 3: experts for destroying stockpiles; asks which States Parties need stockpile destruction help",
    frm=("Dr. Katrin Wehling", "katrin.wehling@bmvg.tarnland.example"),
    subject="Angebot: Fachleute für die Vernichtung von Streumunitionsbeständen",
    date="Wed, 13 May 2026 13:27:45 +0200",
    mailer="Microsoft Outlook 16.0",
    body="""\
Sehr geehrte Damen und Herren,

die Republik Tarnland hat 2019 die Vernichtung ihrer eigenen Streumunitionsbestände abgeschlossen. Die damals beteiligten Fachleute unseres Wehrtechnischen Zentrums stehen weiterhin zur Verfügung, und das Ministerium ist bereit, 2026/27 Personal und einen Teil der Reisekosten zu übernehmen, um einem anderen Vertragsstaat bei der Vernichtung seiner Bestände nach Artikel 3 zu helfen.

Könnten Sie uns mitteilen, welche Vertragsstaaten derzeit Unterstützung bei der Bestandsvernichtung suchen, und ob die ISU einen ersten Kontakt vermitteln kann? Schwerpunkt unserer Erfahrung ist die industrielle Zerlegung von Artilleriegeschossen mit Submunition.

Mit freundlichen Grüßen

Dr. Katrin Wehling
Referat Rüstungskontrolle und Abrüstung
Bundesministerium der Verteidigung der Republik Tarnland
Hafenstraße 12, 40000 Tarnstadt
Tel.: +999 211 480 3310

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.
""",
)

add(
    id="S11", topic="stockpile_destruction", secondary=[], lang="pt", hard=[],
    note="asks for example destruction plans and budgets, or an expert, to prepare the national stockpile destruction plan",
    frm=("Ricardo Lobo", "ricardo.lobo@defesa.valeverde.example"),
    subject="Pedido de apoio – plano de destruição de munições de dispersão",
    date="Fri, 29 May 2026 10:14:03 -0100",
    mailer="Microsoft Outlook 16.0",
    lf=True,
    body="""\
Prezados senhores,

O Ministério da Defesa da República de Vale Verde está a preparar o plano nacional de destruição das munições de dispersão armazenadas no Paiol de Serra Alta, conforme o artigo 3.º da Convenção.

A nossa equipa técnica tem pouca experiência na elaboração deste tipo de plano, em especial no cálculo dos custos (transporte, desmontagem, destruição por detonação, certificação ambiental). Gostaríamos de saber se a Unidade de Apoio pode disponibilizar exemplos de planos de destruição e de orçamentos de outros Estados Partes, ou indicar um perito que nos possa apoiar por videoconferência.

Com os melhores cumprimentos,

Ricardo Lobo
Tenente-Coronel
Direção de Armamento e Equipamento
Ministério da Defesa – República de Vale Verde
""",
)


# ---------------------------------------------------------------------------
# clearance (Article 4)
# ---------------------------------------------------------------------------

add(
    id="C1", topic="clearance", secondary=[], lang="en", hard=[],
    note="non-native English; cites 'art.6' but asks for non-technical survey training for mine action staff",
    frm=("Joseph Okoth-Banda", "jokoth@nmac.mbeleza.example"),
    subject="Request of training on Non Technical Survey",
    date="Mon, 26 Jan 2026 07:55:21 +0300",
    mailer="Microsoft Outlook 16.0",
    body="""\
Dear Sir/Madam,

Greetings from National Mine Action Centre of Republic of Mbeleza.

We are writing to request assistance under art.6 for our survey capacity. In 2025 our teams has identified 23 new suspected hazardous areas with cluster munition remnants in Lower Koro district, but most of our staff was trained only on clearance and not on non-technical survey and information management. This is causing big delays to define the real contaminated areas.

We kindly request the ISU to help us to find a partner who can conduct a training of 20 staff on NTS, including the use of IMSMA for recording. Duration of 2-3 weeks in Mbeleza would be ideal. We can cover the accommodation of trainers.

Looking forward for your positive response.

Regards,
Joseph Okoth-Banda
Operations Officer
National Mine Action Centre (NMAC)
Plot 44, Independence Avenue, Koro City, Republic of Mbeleza
+999 41 770 2234
""",
)

add(
    id="C2", topic="clearance", secondary=["victim_assistance", "reporting"], lang="en",
    hard=["multi_topic"],
    note="flood-exposed submunitions; two injured children mentioned, but the ask is emergency risk education and survey teams for new contamination",
    frm=("Hamza Keret", "h.keret@mac.sarrat.example"),
    subject="URGENT - submunitions exposed after floods in Tebra valley",
    date="Tue, 03 Mar 2026 18:21:36 +0100",
    mailer="Microsoft Outlook 16.0",
    headers=[("Importance", "high"), ("X-Priority", "1")],
    body="""\
Dear ISU colleagues,

I am writing on behalf of the Sarrat Mine Action Centre following the floods of last week in the Tebra valley.

The water has moved the soil along the river banks and our teams have so far recorded more than 40 submunitions lying on the surface in and around three villages (Tebra, Ouled Sefa and Kharrouba), in areas that were released in 2021 and are now used for farming. On Sunday two children were injured when they picked up one of the items; they are at the Tebra district hospital and receiving care, and the Ministry of Health is following up with the families.

Our immediate needs are:

- emergency risk education materials and sessions for the three villages and their schools (roughly 6,000 people), ideally in Arabic and Tamazight;
- one or two survey teams for 4-6 weeks to carry out non-technical and technical survey along the river and establish the extent of the new contamination, as our own teams are committed elsewhere.

We would be grateful if the ISU could alert States Parties and operators that could deploy quickly, and advise whether this newly identified contamination affects our Article 4 deadline and what we will have to report.

Best regards,

Hamza Keret
Director of Operations
Sarrat Mine Action Centre
Route de l'Aeroport, BP 77, Sarrat City
Tel. +999 70 118 2290 / Mobile +999 66 402 1187
""",
)

add(
    id="C3", topic="clearance", secondary=[], lang="en", hard=[],
    note="draft Art. 4 clearance deadline extension request attached: asks for informal comments and the submission date",
    frm=("Lukas Varga", "lukas.varga@mineaction.valdoria.example"),
    subject="Draft Article 4 extension request - Valdoria",
    date="Thu, 02 Apr 2026 14:09:58 +0200",
    mailer="Microsoft Outlook 16.0",
    attachments=["Draft_Art4_Extension_Request_Valdoria_v3.docx", "Annex_B_Workplan_2028-2033.xlsx"],
    body="""\
Dear ISU,

Valdoria will not be able to complete the clearance of all cluster munition contaminated areas by our current Article 4 deadline of 1 March 2028 (remaining: 18.4 km2 in 61 areas, mainly in the Drevna forest). The National Mine Action Authority has therefore prepared a draft request for an extension of five years.

Attached is version 3 of the draft with the workplan annex. Before the Ministry of Foreign Affairs submits it officially we would very much appreciate:

1. the ISU's informal comments on the structure and completeness of the draft;
2. confirmation of the submission date we should aim for, so that the request can be considered at the next Meeting of States Parties.

Kind regards,

Lukas Varga
Head of Planning and Quality Management
National Mine Action Authority of Valdoria
Kralja Tomislava 18, Valdor
""",
)

add(
    id="C4", topic="clearance", secondary=["victim_assistance", "reporting"], lang="en",
    hard=["enquiry_looks_like_noise"],
    note="forwarded newsletter with unsubscribe footer, but the sender adds a real question on top: can land cancelled by non-technical survey count towards Art. 4 completion",
    frm=("Grace Tembo-Lind", "g.tembo@nmaa.kessaria.example"),
    subject="Fw: Kessaria Mine Action Bulletin No. 14 - Spring 2026",
    date="Wed, 15 Apr 2026 09:44:12 +0200",
    mailer="Microsoft Outlook 16.0",
    html="auto",
    body="""\
Dear ISU team,

Forwarding our latest bulletin below, but I also have a real question on section 3. We released 4.2 km2 last quarter by non-technical survey only (cancellation), without any clearance. A donor representative told us that land cancelled this way cannot be counted towards our Article 4 completion. Is that correct? Is there guidance on how cancelled and reduced land should be documented so that it is accepted for Art. 4?

Thanks,
Grace

Grace Tembo-Lind | Land Release Coordinator | NMAA Kessaria

________________________________
From: Kessaria NMAA <bulletin@nmaa.kessaria.example>
Sent: Tuesday, 14 April 2026 07:00
To: Grace Tembo-Lind <g.tembo@nmaa.kessaria.example>
Subject: Kessaria Mine Action Bulletin No. 14 - Spring 2026

KESSARIA MINE ACTION BULLETIN - No. 14 - Spring 2026
View this email in your browser

1. Director's word
A busy quarter: 11 clearance teams in the field, a new regional office in Amari and the Article 7 report sent ahead of the April deadline.

2. Risk education
312 risk education sessions were delivered in four provinces, reaching 9,870 people, most of them school children.

3. Land release
4.2 km2 were released in Q1, all of it through non-technical survey in the Lower Amari plains.

4. Survivors
The Ministry of Social Welfare opened a new rehabilitation centre in Amari with support from partners.

5. Upcoming
National mine action coordination meeting, 28 May, Port Amari.

You are receiving this bulletin because you subscribed on nmaa.kessaria.example.
Unsubscribe | Update your preferences
NMAA Kessaria, 5 Lakeside Road, Port Amari
""",
)

add(
    id="C5", topic="clearance", secondary=[], lang="fr", hard=[],
    note="marking and fencing of confirmed hazardous areas: standards and funding for material",
    frm=("Aïcha Benali-Roux", "a.benali@cndh.lanval.example"),
    subject="Marquage des zones dangereuses – demande d'appui",
    date="Fri, 16 Jan 2026 11:37:28 +0100",
    mailer="Microsoft Outlook 16.0",
    body="""\
Bonjour,

Le Centre national de déminage humanitaire (CNDH) du Lanval a recensé 27 zones confirmées dangereuses contaminées par des restes d'armes à sous-munitions dans la province de Haute-Mérane. En attendant leur dépollution, prévue à partir de 2027, nous devons les marquer et, pour certaines, les clôturer, comme le prévoit l'article 4, paragraphe 2, de la Convention.

Nous manquons à la fois de matériel (panneaux, piquets, fil de clôture) et d'un modèle de panneau validé et adapté aux populations locales, dont une partie ne lit pas le français.

Pourriez-vous :
– nous indiquer les normes ou bonnes pratiques de référence pour le marquage ;
– nous mettre en relation avec des partenaires susceptibles de financer l'achat du matériel (budget estimé : 85 000 EUR) ?

Avec nos remerciements,

Aïcha Benali-Roux
Responsable des opérations
Centre national de déminage humanitaire (CNDH)
Route de Kessel, km 4 – Lanval-Ville
Tél. : +999 31 60 71 12
""",
)

add(
    id="C6", topic="clearance", secondary=[], lang="fr", hard=[],
    note="reply to an intake acknowledgement adding the survey report and coordinates for the technical survey request",
    frm=("Mamadou Keïta", "m.keita@cnlm.tanoura.example"),
    subject="Re: [CCM-2026-0147] Demande d'appui – enquête technique à Doumba",
    date="Thu, 12 Mar 2026 16:02:47 +0000",
    mailer="Mozilla Thunderbird",
    in_reply_to=ISU_ACK_0147, references=ISU_ACK_0147,
    attachments=["Rapport_ENT_Doumba_fevrier2026.pdf", "Coordonnees_zones_suspectes.xlsx"],
    body="""\
Bonjour,

Merci pour votre accusé de réception.

Comme demandé, je vous transmets en pièce jointe le rapport d'enquête non technique de février ainsi que les coordonnées des trois zones suspectes de Doumba, Tiéla et Kani pour lesquelles nous sollicitons l'appui d'une équipe d'enquête technique. Je précise que l'accès n'est possible qu'entre novembre et mai, en dehors de la saison des pluies.

Cordialement,

Mamadou Keïta
Commission nationale de lutte contre les mines – Tanoura

Le 11/03/2026 à 10:15, CCM Intake a écrit :
> Madame, Monsieur,
>
> Nous accusons réception de votre message « Demande d'appui – enquête technique à Doumba », enregistré sous la référence CCM-2026-0147. Il a été transmis aux coordinateurs chargés de la dépollution et de l'éducation aux risques.
>
> Unité d'appui à l'application de la Convention sur les armes à sous-munitions
""",
)

add(
    id="C7", topic="clearance", secondary=[], lang="es", hard=[],
    note="risk education materials for indigenous-language communities",
    frm=("Mariela Condori Quispe", "mcondori@cnam.tierralta.example"),
    subject="Materiales de educación sobre el riesgo en lenguas indígenas",
    date="Mon, 09 Feb 2026 10:18:40 -0400",
    mailer="Microsoft Outlook 16.0",
    cte="8bit", lf=True,
    body="""\
Buenos días:

Desde el Centro Nacional de Acción contra Minas de Tierra Alta estamos preparando la campaña de educación sobre el riesgo para 2026 en las comunidades del altiplano afectadas por restos de municiones en racimo (artículo 4, párrafo 2, inciso e).

Gran parte de la población habla principalmente lenguas indígenas y tiene poca escolarización, por lo que los folletos que usamos hasta ahora no funcionan bien. Quisiéramos saber si la Unidad de Apoyo conoce ejemplos de materiales de educación sobre el riesgo (radio, teatro comunitario, pictogramas) producidos por otros Estados Partes para poblaciones similares, y si podría ponernos en contacto con organizaciones con experiencia en este tipo de campañas.

Muchas gracias de antemano.

Mariela Condori Quispe
Coordinadora de Educación sobre el Riesgo
CNAM – Tierra Alta
""",
)

add(
    id="C8", topic="clearance", secondary=["reporting"], lang="es",
    hard=["misleading_subject"],
    note="subject 'Informe anual' suggests reporting; body asks what to do about contamination newly found after declaring Art. 4 completion",
    frm=("Ing. Héctor Baldomero Ríos", "hrios@cnam.rioclaro.example"),
    subject="Informe anual",
    date="Tue, 17 Nov 2026 15:51:19 -0300",
    mailer="Microsoft Outlook 16.0",
    body="""\
Estimados:

Les escribo porque, al cerrar nuestro informe anual de operaciones, ha surgido un problema. En 2024 la República de Río Claro declaró el cumplimiento de sus obligaciones del artículo 4. Sin embargo, en octubre una cuadrilla de obras viales encontró submuniciones en la provincia de Llanomar, en un sector que nunca había sido registrado como sospechoso. Nuestro equipo de estudio ya delimitó provisionalmente unas 6 hectáreas.

Quisiéramos saber cuál es el procedimiento cuando un Estado Parte que ya declaró el cumplimiento descubre contaminación nueva: ¿hay que notificarlo a los demás Estados Partes? ¿Se aplica un nuevo plazo? ¿Existen precedentes en otros países que podamos consultar?

El informe de transparencia del artículo 7 lo prepara la Cancillería; esta consulta se refiere solo al despeje.

Saludos,

Ing. Héctor Baldomero Ríos
Jefe de Operaciones
Centro Nacional de Acción contra Minas – República de Río Claro
Av. Los Fresnos 880, Río Claro
""",
)

add(
    id="C9", topic="clearance", secondary=[], lang="ar", hard=[],
    note="mine action centre asks for survey equipment and training of clearance teams for contaminated farmland",
    frm=("م. عمر الحدّاد", "o.haddad@nmac.suhailan.example"),
    subject="طلب مساعدة تقنية في المسح والتطهير",
    date="Sun, 22 Mar 2026 10:30:00 +0300",
    mailer="Microsoft Outlook 16.0",
    cte="8bit",
    body="""\
السادة وحدة دعم التنفيذ لاتفاقية الذخائر العنقودية المحترمون،

تحية طيبة وبعد،

يتشرف المركز الوطني لمكافحة الألغام في جمهورية سهيلان بأن يحيطكم علماً بأن فرق المسح حددت خلال عام 2025 ما يقارب 14 كيلومتراً مربعاً من الأراضي الزراعية الملوثة بمخلفات الذخائر العنقودية في محافظتي الوادي الأخضر وجبل النور.

وبما أن قدراتنا الحالية لا تتجاوز ثلاثة فرق تطهير، فإننا نرجو منكم التكرم بمساعدتنا في:
1. التواصل مع الدول الأطراف أو المنظمات القادرة على تقديم أجهزة كشف حديثة ومعدات للمسح التقني؛
2. تنظيم دورة تدريبية لفرق التطهير على إجراءات التعامل مع الذخائر الصغيرة وإتلافها.

وتفضلوا بقبول فائق الاحترام والتقدير،

م. عمر الحدّاد
مدير العمليات
المركز الوطني لمكافحة الألغام – جمهورية سهيلان
هاتف: +999 6 551 2040
""",
)

add(
    id="C10", topic="clearance", secondary=[], lang="ar", hard=[],
    note="Ministry of Education wants to integrate cluster munition risk education into school curricula; asks for materials and an expert",
    frm=("ليلى منصور", "l.mansour@education.suhailan.example"),
    subject="التوعية بمخاطر الذخائر العنقودية في المدارس",
    date="Wed, 06 May 2026 12:15:42 +0300",
    mailer="Microsoft Outlook 16.0",
    html="auto",
    body="""\
السلام عليكم ورحمة الله وبركاته،

نكتب إليكم من إدارة البرامج التربوية في وزارة التربية والتعليم، بالتنسيق مع المركز الوطني لمكافحة الألغام.

تعتزم الوزارة إدراج دروس للتوعية بمخاطر الذخائر العنقودية ومخلفات الحرب القابلة للانفجار في مناهج المرحلة الابتدائية في المحافظات الجنوبية الملوثة، تنفيذاً لما تنص عليه المادة 4 من الاتفاقية بشأن التوعية بالحد من المخاطر.

نرجو تزويدنا بأمثلة عن مواد تعليمية أو أدلة للمعلمين استخدمتها دول أخرى، وإن أمكن ترشيح خبير يساعدنا في إعداد دليل تدريب المعلمين.

مع الشكر والتقدير،

ليلى منصور
رئيسة قسم البرامج التربوية
وزارة التربية والتعليم – جمهورية سهيلان
""",
)

add(
    id="C11", topic="clearance", secondary=[], lang="pt", hard=[],
    note="last contaminated area released: asks how to declare completion of Art. 4 obligations and what residual capacity is expected",
    frm=("Sofia Tavares", "sofia.tavares@ind.portoalvo.example"),
    subject="Conclusão da desminagem – como declarar o cumprimento do artigo 4.º",
    date="Mon, 19 Jan 2026 09:01:16 +0100",
    mailer="Microsoft Outlook 16.0",
    body="""\
Exmos. Senhores,

O Instituto Nacional de Desminagem da República de Porto Alvo tem o prazer de informar que a última área contaminada por restos de munições de dispersão, na comuna de Quissanga Norte, foi libertada em dezembro de 2025 e entregue às autoridades locais.

Gostaríamos de saber qual o procedimento para declarar formalmente o cumprimento das obrigações do artigo 4.º: existe um modelo de declaração de conclusão? Devemos apresentá-la na próxima Reunião dos Estados Partes? E que capacidade residual (equipas de resposta rápida para achados futuros) é habitualmente esperada?

Com os melhores cumprimentos,

Sofia Tavares
Diretora de Operações
Instituto Nacional de Desminagem (IND) – República de Porto Alvo
Av. da Marginal, 210 – Porto Alvo
""",
)


# ---------------------------------------------------------------------------
# victim_assistance (Article 5)
# ---------------------------------------------------------------------------

add(
    id="V1", topic="victim_assistance", secondary=[], lang="en", hard=[],
    note="integrating cluster munition survivors into the national disability action plan: examples and a workshop",
    frm=("Rosalind Achterberg", "r.achterberg@social.kessaria.example"),
    subject="National Disability Action Plan - integrating cluster munition survivors",
    date="Tue, 12 May 2026 08:30:27 +0200",
    mailer="Microsoft Outlook 16.0",
    html="auto",
    body="""\
Dear Sir or Madam,

The Ministry of Social Welfare of Kessaria is currently drafting the National Disability Action Plan 2027-2031. As the ministry designated as national focal point for victim assistance, we would like to make sure that the needs of cluster munition survivors and of affected families and communities are addressed within the plan rather than in a separate, parallel programme.

We would be very grateful for:

* examples of national disability plans or strategies of other States Parties that have integrated victim assistance successfully, and
* the possibility of a short online workshop with ISU staff or experts on how to set indicators and coordinate with the Ministries of Health, Labour and Education.

Our drafting committee meets again on 22 June.

With kind regards,

Rosalind Achterberg
Director, Disability Inclusion Department
Ministry of Social Welfare, Republic of Kessaria
Government Building C, 3rd floor, Port Amari
+999 55 310 4471
""",
)

add(
    id="V2", topic="victim_assistance", secondary=[], lang="en", hard=[],
    note="third-person: the Ministry of Health needs prosthetist trainers and equipment for a new prosthetic workshop",
    frm=("Samuel Ogwang", "s.ogwang@mbeleza-mission.example"),
    subject="Prosthetic workshop - Eastern Province",
    date="Fri, 06 Feb 2026 17:12:09 +0100",
    mailer="Microsoft Outlook 16.0",
    lf=True,
    body="""\
Dear ISU colleagues,

I am writing on behalf of our capital. The Ministry of Health of Mbeleza needs support to establish a prosthetic and orthotic workshop at the Eastern Province Referral Hospital in Namisi, where most of the survivors of cluster munition accidents live. At present, patients have to travel over 600 km to the only workshop in the country and the waiting time for a limb is more than a year.

The Ministry is asking whether any State Party or organisation could provide (a) two prosthetist-orthotist trainers for about six months and (b) basic equipment and components for the first year. The building is already available.

I would be grateful if you could advise how best to present this request and whom we should approach.

Best regards,

Samuel Ogwang
First Secretary
Permanent Mission of the Republic of Mbeleza
Geneva

DISCLAIMER: This message is confidential and may be legally privileged. It is intended solely for the addressee. If you are not the intended recipient, any disclosure, copying or distribution is prohibited. The Permanent Mission accepts no liability for any damage caused by viruses transmitted by this e-mail.
""",
)

add(
    id="V3", topic="victim_assistance", secondary=["reporting"], lang="en",
    hard=["misleading_subject", "multi_topic"],
    note="subject is about the report form; the ask is help to set up survivor data collection and a needs assessment",
    frm=("Olivia Brandt-Mensah", "o.brandt@mfa.sarrat.example"),
    subject="Art. 7 report - Form H question",
    date="Mon, 23 Feb 2026 12:48:33 +0100",
    mailer="Microsoft Outlook 16.0",
    body="""\
Hello,

Each year we leave most of the victim assistance section of our transparency report almost empty, and this year the Ministry wants to change that. The real problem is not the form, it is that Sarrat simply has no reliable data on who the victims are: the Ministry of Health counts hospital admissions, the Mine Action Centre keeps its own incident list, and the two have never been reconciled. Survivors injured before 2010 are practically invisible.

What we would like help with is setting up a proper survivor data collection and needs assessment, linked to the national disability registry. Could the ISU put us in touch with States or experts that have carried out a national survivor survey, and indicate whether funding for such an exercise is usually available?

Once we have the data, filling in the form should be the easy part.

Regards,

Olivia Brandt-Mensah
Desk Officer, Humanitarian Disarmament
Ministry of Foreign Affairs, Republic of Sarrat
""",
)

add(
    id="V4", topic="victim_assistance", secondary=[], lang="en",
    hard=["attachment_only_hint"],
    note="bare cover note; only the attachment name (psychosocial support proposal for survivors) gives the topic",
    frm=("Amira Haddou", "amira.haddou@health.valdoria.example"),
    subject="as discussed",
    date="Thu, 21 May 2026 19:03:44 +0200",
    mailer="iPhone Mail (21F90)",
    attachments=["Proposal_Psychosocial_Support_for_Survivors_Valdoria_2026.pdf"],
    body="""\
Dear Mr Ferreira,

Please find attached, as discussed at the meeting on Thursday.

Best wishes,
Amira

Sent from my iPhone
""",
)

add(
    id="V5", topic="victim_assistance", secondary=[], lang="fr", hard=[],
    note="long polite preamble; asks for examples and partners for the socio-economic inclusion of survivors",
    frm=("Fatoumata Diallo-Marchand", "f.diallo@solidarite.tanoura.example"),
    subject="Inclusion socio-économique des survivants",
    date="Wed, 28 Jan 2026 10:26:51 +0000",
    mailer="Microsoft Outlook 16.0",
    body="""\
Madame, Monsieur,

Permettez-moi tout d'abord de vous adresser, au nom du Ministère de la Solidarité nationale et de l'Action humanitaire de la République de Tanoura, mes sincères remerciements pour la qualité des échanges lors de l'atelier régional de l'automne dernier, ainsi que pour l'accompagnement constant que votre Unité apporte aux États parties. Nous avons particulièrement apprécié les présentations consacrées aux approches communautaires et à la participation des survivants eux-mêmes, qui ont suscité beaucoup d'intérêt au sein de notre délégation.

C'est dans cet esprit que je me permets de vous solliciter aujourd'hui. Notre ministère a recensé 214 survivants d'accidents liés aux armes à sous-munitions dans les régions de Kani et de Doumba, dont une majorité de jeunes hommes qui ne peuvent plus exercer leur activité agricole. Nous souhaitons mettre en place un programme d'inclusion économique combinant formation professionnelle, microcrédit et appui à la création d'activités génératrices de revenus.

Pourriez-vous nous communiquer des exemples de programmes similaires menés dans d'autres États parties, et nous indiquer des partenaires techniques ou financiers susceptibles d'appuyer une phase pilote de 18 mois ?

Dans l'attente de votre réponse, je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Fatoumata Diallo-Marchand
Directrice de la protection des personnes vulnérables
Ministère de la Solidarité nationale et de l'Action humanitaire
BP 1180 – Tanoura-Ville
""",
)

add(
    id="V6", topic="victim_assistance", secondary=["general"], lang="fr",
    hard=["html_only", "multi_topic"],
    note="html-only; announces a new victim assistance focal point (looks like a contact change) but asks for training and mentoring on the Art. 5 role",
    frm=("Dr Philippe Agbodjan", "p.agbodjan@sante.lanval.example"),
    subject="Nouveau point focal assistance aux victimes",
    date="Mon, 08 Jun 2026 15:33:10 +0200",
    mailer="Roundcube Webmail/1.6.5",
    html_only=True,
    html="""\
<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body>
<div style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Bonjour à toute l'équipe,</p>
<p>Je viens d'être nommé point focal national pour l'assistance aux victimes au sein du ministère de la Santé du Lanval, en remplacement du Dr Girard. Je découvre le dossier et je mesure l'ampleur de la tâche : coordination avec les autres ministères, suivi des services de réadaptation, collecte des données sur les victimes…</p>
<p>Existe-t-il une formation, un guide ou un programme de <i>mentorat</i> entre points focaux qui me permettrait de me familiariser rapidement avec le rôle et les obligations de l'article 5 ? Je serais également preneur d'un entretien en visioconférence avec un membre de l'Unité.</p>
<p>Merci d'avance,</p>
<p>--<br>
<b>Dr Philippe Agbodjan</b><br>
Point focal national – Assistance aux victimes<br>
Direction de la santé publique<br>
Ministère de la Santé – République du Lanval</p>
</div>
</body></html>
""",
)

add(
    id="V7", topic="victim_assistance", secondary=[], lang="es", hard=[],
    note="training of community health promoters in psychological first aid and peer support for survivors and families",
    frm=("Lic. Gabriela Ferraz Ulloa", "gferraz@discapacidad.costaserena.example"),
    subject="Apoyo psicosocial para sobrevivientes y familias",
    date="Thu, 05 Mar 2026 11:47:02 -0500",
    mailer="Microsoft Outlook 16.0",
    body="""\
Estimados colegas:

La Secretaría Nacional de Discapacidad de Costa Serena ejecuta desde 2024 un programa de atención a sobrevivientes de accidentes con submuniciones en la región de Valle Hondo. La evaluación de medio término muestra que la rehabilitación física avanza, pero que el apoyo psicológico es casi inexistente: no hay psicólogos en los centros de salud rurales y las familias, en especial las madres de niños heridos, no reciben ningún acompañamiento.

Solicitamos apoyo para:
a) capacitar a unos 30 promotores comunitarios de salud en primeros auxilios psicológicos y apoyo entre pares;
b) conocer experiencias de grupos de apoyo entre pares organizados por los propios sobrevivientes en otros países.

Agradecemos de antemano su orientación.

Lic. Gabriela Ferraz Ulloa
Directora de Programas de Rehabilitación
Secretaría Nacional de Discapacidad
Calle 9 de Julio 220, Puerto Serena
""",
)

add(
    id="V8", topic="victim_assistance", secondary=[], lang="es",
    hard=["forwarded_as_attachment"],
    note="bare forward note; the attached message/rfc822 from a regional hospital asks for prosthetic components and physiotherapy training",
    frm=("Dirección de Derechos Humanos", "ddhh@cancilleria.rioclaro.example"),
    subject="RV: Solicitud Hospital Regional de San Bartolo",
    date="Tue, 14 Jul 2026 16:20:37 -0300",
    mailer="Microsoft Outlook 16.0",
    body="""\
Buenas tardes:

Les reenvío adjunta la solicitud recibida del Hospital Regional de San Bartolo, para su atención.

Atte.,
Dirección de Derechos Humanos y Asuntos Humanitarios
Ministerio de Relaciones Exteriores de Río Claro
""",
    attach_message=dict(
        id="V8-inner",
        frm=("Dr. Aurelio Santamaría", "direccion@hospital-sanbartolo.example"),
        to=("Dirección de Derechos Humanos", "ddhh@cancilleria.rioclaro.example"),
        subject="Solicitud de apoyo – sobrevivientes de accidentes con explosivos",
        date="Mon, 13 Jul 2026 09:05:11 -0300",
        body="""\
Señores Cancillería:

El Hospital Regional de San Bartolo atiende a la mayoría de las personas heridas por submuniciones en la provincia de Llanomar. Nuestro servicio de ortopedia no cuenta con componentes para prótesis de miembro inferior desde hace ocho meses y tenemos 47 pacientes en lista de espera, 11 de ellos niños que necesitan recambio por crecimiento.

Solicitamos que se gestione ante los Estados Partes de la Convención sobre Municiones en Racimo apoyo en:
(1) suministro de componentes protésicos para un año;
(2) capacitación de dos fisioterapeutas en rehabilitación de personas amputadas.

Atentamente,

Dr. Aurelio Santamaría
Director
Hospital Regional de San Bartolo
""",
    ),
)

add(
    id="V9", topic="victim_assistance", secondary=[], lang="ar", hard=[],
    note="Ministry of Health asks for support to set up a physical and psychological rehabilitation centre for survivors",
    frm=("د. سامية العطار", "s.alattar@moh.suhailan.example"),
    subject="طلب دعم لمركز إعادة التأهيل في محافظة الوادي الأخضر",
    date="Mon, 13 Apr 2026 11:02:38 +0300",
    mailer="Microsoft Outlook 16.0",
    html="auto",
    body="""\
حضرات السادة في وحدة دعم التنفيذ،

تحية طيبة،

تود وزارة الصحة في جمهورية سهيلان إعلامكم بأن عدد الناجين من حوادث الذخائر العنقودية المسجلين في محافظة الوادي الأخضر بلغ 389 شخصاً، كثير منهم يعانون من بتر الأطراف وصدمات نفسية طويلة الأمد، في حين لا يوجد في المحافظة أي مركز للعلاج الطبيعي أو الدعم النفسي.

نرجو مساعدتكم في التواصل مع الدول والمنظمات التي يمكنها دعم إنشاء مركز لإعادة التأهيل البدني والنفسي، وتدريب الكوادر الطبية المحلية، وذلك في إطار الالتزامات المتعلقة بمساعدة الضحايا بموجب المادة 5 من الاتفاقية.

وتفضلوا بقبول وافر الاحترام،

د. سامية العطار
مديرة إدارة التأهيل الطبي
وزارة الصحة – جمهورية سهيلان
""",
)

add(
    id="V10", topic="victim_assistance", secondary=[], lang="pt", hard=[],
    note="base64 body: access of survivors to disability pensions and social protection; asks for experiences from other States",
    frm=("Helena Cabral", "helena.cabral@mas.valeverde.example"),
    subject="Proteção social para sobreviventes",
    date="Wed, 22 Jul 2026 14:55:06 -0100",
    mailer="Open-Xchange Mailer v7.10.6",
    cte="base64",
    body="""\
Bom dia,

Sou técnica da Direção Nacional de Proteção Social do Ministério da Ação Social de Vale Verde. Estamos a rever o regime de pensões de invalidez e o subsídio para pessoas com deficiência, e verificámos que muitos sobreviventes de acidentes com munições de dispersão não conseguem aceder a estes apoios, porque não têm documentação médica do acidente ou porque vivem longe das delegações provinciais.

Gostaríamos de saber como outros Estados Partes garantiram o acesso dos sobreviventes à proteção social (por exemplo, equipas móveis de registo ou critérios simplificados), e se a Unidade poderia facilitar uma troca de experiências com um país de língua portuguesa.

Obrigada pela atenção,

Helena Cabral
Direção Nacional de Proteção Social
Ministério da Ação Social – República de Vale Verde
""",
)

add(
    id="V11", topic="victim_assistance", secondary=[], lang="it", hard=[],
    note="community-based rehabilitation for survivors in remote valleys: guidelines and an expert",
    frm=("Dott.ssa Chiara Vallisneri", "c.vallisneri@salute.montelago.example"),
    subject="Richiesta di supporto – riabilitazione su base comunitaria",
    date="Fri, 11 Sep 2026 10:40:52 +0200",
    mailer="Microsoft Outlook 16.0",
    cte="8bit",
    body="""\
Gentili colleghi,

il Ministero della Salute della Repubblica di Montelago sta avviando un progetto di riabilitazione su base comunitaria (RBC) nell'Alta Valmora, dove vive la maggior parte dei sopravvissuti agli incidenti causati da munizioni a grappolo. Molti di loro non possono raggiungere l'unico centro di riabilitazione, che si trova nella capitale.

Vorremmo chiedere all'ISU:
- se esistono linee guida o esperienze di altri Stati Parte sulla RBC applicata all'assistenza alle vittime;
- se è possibile individuare un esperto che possa accompagnare il nostro gruppo di lavoro nella fase di progettazione (circa tre mesi, anche a distanza).

Ringraziando per la cortese attenzione, porgo distinti saluti.

Dott.ssa Chiara Vallisneri
Direzione Generale della Prevenzione e della Riabilitazione
Ministero della Salute – Repubblica di Montelago
Via dei Mille 14, Montelago
""",
)


# ---------------------------------------------------------------------------
# reporting (Article 7)
# ---------------------------------------------------------------------------

add(
    id="R1", topic="reporting", secondary=[], lang="en", hard=[],
    note="one-liner: due date and period covered by the annual Art. 7 report",
    frm=("Jonas Aalto", "jonas.aalto@mfa.nordhaven.example"),
    subject="Art 7 deadline",
    date="Tue, 13 Jan 2026 16:58:03 +0100",
    mailer="Microsoft Outlook 16.0",
    body="""\
Hi, quick one - is the annual Art 7 report still due by 30 April this year, and does it cover Jan-Dec 2025?

Thanks,
Jonas
""",
)

add(
    id="R2", topic="reporting", secondary=["stockpile_destruction"], lang="en",
    hard=["multi_topic"],
    note="stockpile destruction completed and retention discussed, but all three questions are how to present these in the annual Art. 7 report",
    frm=("Elena Stanek", "e.stanek@mfa.ostrenia.example"),
    subject="Completion of stockpile destruction - how to reflect in our 2025 report",
    date="Wed, 04 Mar 2026 10:11:45 +0200",
    mailer="Microsoft Outlook 16.0",
    body="""\
Dear colleagues,

Ostrenia completed the destruction of its declared stockpile of cluster munitions on 30 November 2025 (see our statement at the Meeting of States Parties). We are now preparing the annual transparency report covering 2025 and are unsure how to present this correctly:

1. In the form on stockpiles, should we still list the types destroyed during 2025, or report "nil" since no stocks remained at 31 December?
2. The munitions retained for training (86 submunitions) - do they go in the same form or in a separate table, and do we need to explain their planned use?
3. The 64 projectiles found at the Vrelo depot in January 2026 - do we already mention them in the 2025 report, or only next year?

We would appreciate it if you could send us an example of a report from a State that has completed destruction, or simply tell us which form to use for each point.

Kind regards,

Elena Stanek
Arms Control Department
Ministry of Foreign Affairs of the Republic of Ostrenia
""",
)

add(
    id="R3", topic="reporting", secondary=[], lang="en", hard=[],
    note="submits the initial Art. 7 report and asks whether the cover page is complete and how it will be published",
    frm=("Ilse Marković", "ilse.markovic@mfa.valdoria.example"),
    subject="Initial transparency report - Valdoria",
    date="Mon, 19 Oct 2026 13:36:20 +0200",
    mailer="Microsoft Outlook 16.0",
    attachments=["Valdoria_Initial_Report_Art7_signed.pdf", "Valdoria_Art7_Forms_A-J.xlsx"],
    body="""\
Dear ISU,

Please find attached the signed initial report of Valdoria under Article 7, together with the Excel version of the forms.

As this is our first report, could you kindly check that the cover page is complete, and confirm whether the report will be published on the Convention website as it is, or whether we also need to send it through another channel (e.g. to UNODA)?

Best regards,

Ilse Marković
Disarmament Section
Ministry of Foreign and European Affairs of Valdoria
""",
)

add(
    id="R4", topic="reporting", secondary=[], lang="en", hard=[],
    note="reply to an intake acknowledgement about a late annual report: asks about late submission and a note verbale",
    frm=("Nana Ofori-Lamb", "n.ofori@mfa.mbeleza.example"),
    subject="Re: [CCM-2026-0211] Late annual report - Mbeleza",
    date="Thu, 07 May 2026 12:40:59 +0300",
    mailer="Mozilla Thunderbird",
    in_reply_to=ISU_ACK_0211, references=ISU_ACK_0211,
    lf=True,
    body="""\
Dear colleagues,

Thank you for the acknowledgement. An update on our request: the Ministry of Defence has now cleared the figures, so the draft annual report is complete. What we still need is guidance on submitting it late - is there a formal cut-off after which it is recorded as not submitted for this year, and should we add a note verbale explaining the delay?

Best,
Nana Ofori-Lamb
Ministry of Foreign Affairs and Regional Integration, Mbeleza

On 05/05/2026 09:12, CCM Intake wrote:
> Dear Sender,
>
> Your message "Late annual report - Mbeleza" has been received and registered under reference CCM-2026-0211. It has been forwarded to the coordinator on transparency measures.
>
> CCM Implementation Support Unit
""",
)

add(
    id="R5", topic="reporting", secondary=["clearance"], lang="fr", hard=[],
    note="procedure to correct a unit error (hectares vs km2 of contaminated area) in a submitted annual report",
    frm=("Julien Marchetti", "julien.marchetti@diplomatie.lanval.example"),
    subject="Rectification du rapport annuel 2025",
    date="Tue, 19 May 2026 09:22:14 +0200",
    mailer="Microsoft Outlook 16.0",
    body="""\
Madame, Monsieur,

Nous avons constaté une erreur dans le rapport annuel au titre de l'article 7 soumis par le Lanval le 29 avril dernier : dans le formulaire F, la superficie des zones contaminées par des restes d'armes à sous-munitions a été indiquée en hectares au lieu de kilomètres carrés, ce qui donne un chiffre cent fois trop élevé.

Quelle est la procédure pour transmettre une version corrigée ? Suffit-il de renvoyer le formulaire F modifié, ou faut-il soumettre à nouveau l'ensemble du rapport avec la page de couverture signée ?

Je vous remercie par avance de votre aide.

Julien Marchetti
Chargé de mission – Désarmement et maîtrise des armements
Ministère des Affaires étrangères de la République du Lanval
12, rue des Ambassades – Lanval-Ville
""",
)

add(
    id="R6", topic="reporting", secondary=[], lang="fr", hard=[],
    note="iso-8859-1 encoded subject asks for an editable Word version of the initial Art. 7 report forms; body just says 'voir objet'",
    frm=("Sylvie Ranaivo", "s.ranaivo@mae.tanoura.example"),
    subject="Rapport initial (article 7) : modèle des formulaires en Word éditable, en français ?",
    subject_charset="iso-8859-1",
    date="Fri, 27 Feb 2026 08:05:33 +0000",
    mailer="Microsoft Outlook 16.0",
    body="""\
Bonjour,

Voir objet.
Merci d'avance !

S. Ranaivo
MAE Tanoura
""",
)

add(
    id="R7", topic="reporting", secondary=[], lang="es", hard=[],
    note="new staff: asks for a virtual training and a Spanish guide on filling in the Art. 7 forms",
    frm=("Lucía Benavente Ortúzar", "lbenavente@cancilleria.costaserena.example"),
    subject="Capacitación sobre el informe del artículo 7",
    date="Mon, 02 Feb 2026 09:14:50 -0500",
    mailer="Microsoft Outlook 16.0",
    html="auto",
    body="""\
Estimados colegas de la Unidad de Apoyo:

Este año hubo una renovación casi completa del personal de la Dirección de Desarme, y ninguna de las personas que preparan el informe de transparencia del artículo 7 lo ha hecho antes. Además, los datos provienen de cuatro instituciones distintas (Defensa, el Centro de Acción contra Minas, Salud y Desarrollo Social).

Quisiéramos solicitar una sesión de capacitación virtual, de unas dos horas, sobre cómo completar los formularios, y saber si existe una guía en español para llenarlos. Idealmente antes del 15 de marzo, para poder cumplir con el plazo del 30 de abril.

Cordialmente,

Lucía Benavente Ortúzar
Ministra Consejera
Dirección de Desarme
Ministerio de Relaciones Exteriores de Costa Serena
""",
)

add(
    id="R8", topic="reporting", secondary=[], lang="es",
    hard=["attachment_only_hint"],
    note="bare cover note; only the attachment name (draft Art. 7 transparency report) gives the topic",
    frm=("Javier Quiroga", "jquiroga@rree.tierralta.example"),
    subject="Documento para revisión",
    date="Wed, 08 Apr 2026 17:29:31 -0400",
    mailer="Microsoft Outlook 16.0",
    attachments=["Borrador_Informe_Transparencia_Art7_2025_TierraAlta.docx"],
    body="""\
Buenas tardes,

Adjunto para su revisión. Quedo atento a sus comentarios.

Saludos,
Javier Quiroga
""",
)

add(
    id="R9", topic="reporting", secondary=[], lang="ru", hard=[],
    note="can an annual report with mostly unchanged information be shortened ('no change')",
    frm=("Анна Вершинина", "a.vershinina@mid.severania.example"),
    subject="Вопрос о ежегодном докладе по статье 7",
    date="Thu, 26 Mar 2026 14:03:27 +0300",
    mailer="Microsoft Outlook 16.0",
    body="""\
Уважаемые коллеги,

В 2025 году по большинству разделов ежегодного доклада Республики Северания не произошло изменений по сравнению с докладом за 2024 год.

Можно ли в таком случае представить сокращённый доклад, указав в соответствующих формах «без изменений», или необходимо заново заполнить все формы полностью? Если существует образец такого доклада, просим его направить.

С уважением,
А. В. Вершинина
второй секретарь
Департамент по вопросам безопасности и разоружения
Министерство иностранных дел Республики Северания
""",
)

add(
    id="R10", topic="reporting", secondary=["stockpile_destruction"], lang="de", hard=[],
    note="confidential entries (location of retained munitions) and currency of cooperation figures in the Art. 7 report",
    frm=("Markus Feldner", "markus.feldner@aa.tarnland.example"),
    subject="Frage zum Transparenzbericht nach Artikel 7",
    date="Tue, 31 Mar 2026 11:50:08 +0200",
    mailer="Microsoft Outlook 16.0",
    body="""\
Sehr geehrte Damen und Herren,

wir bereiten derzeit den Jahresbericht der Republik Tarnland nach Artikel 7 vor und haben zwei Fragen:

1. Das Verteidigungsministerium möchte die genauen Lagerorte der für Ausbildungszwecke zurückbehaltenen Submunition nicht veröffentlichen. Ist es zulässig, einzelne Angaben im Bericht als vertraulich zu kennzeichnen, oder werden alle Berichte vollständig veröffentlicht?
2. Sind die Beiträge zur internationalen Zusammenarbeit und Unterstützung in Landeswährung oder in US-Dollar anzugeben?

Für eine kurze Rückmeldung wären wir dankbar.

Mit freundlichen Grüßen
Markus Feldner
Referat für konventionelle Rüstungskontrolle
Auswärtiges Amt der Republik Tarnland
""",
)

add(
    id="R11", topic="reporting", secondary=[], lang="it", hard=[],
    note="language in which the annual Art. 7 report may be submitted, and an electronic version of the forms",
    frm=("Lorenzo Guidi", "lorenzo.guidi@esteri.montelago.example"),
    subject="Lingua del rapporto di trasparenza",
    date="Mon, 16 Mar 2026 12:21:39 +0100",
    mailer="Microsoft Outlook 16.0",
    body="""\
Buongiorno,

la Repubblica di Montelago deve presentare entro il 30 aprile il suo rapporto annuale ai sensi dell'articolo 7. Le amministrazioni competenti hanno fornito tutti i dati in italiano. Vorremmo sapere se è possibile presentare il rapporto in italiano oppure se deve essere redatto in una delle lingue ufficiali delle Nazioni Unite (nel nostro caso inglese o francese), e se esiste una versione dei moduli compilabile elettronicamente.

Grazie per la collaborazione.

Lorenzo Guidi
Ufficio Disarmo, Controllo degli Armamenti e Non Proliferazione
Ministero degli Affari Esteri – Repubblica di Montelago
""",
)


# ---------------------------------------------------------------------------
# legislation (Article 9)
# ---------------------------------------------------------------------------

add(
    id="L1", topic="legislation", secondary=[], lang="en", hard=[],
    note="stand-alone act or amendment of the Explosives Act as Art. 9 measure; asks for model legislation and small-State examples",
    frm=("Rebecca Thornhill", "r.thornhill@ag.karuna.example"),
    subject="National implementation - is our Explosives Act enough?",
    date="Tue, 27 Jan 2026 09:40:18 +1200",
    mailer="Microsoft Outlook 16.0",
    html="auto",
    body="""\
Dear Colleagues,

I am a legislative drafter in the Office of the Attorney General of the Karuna Islands. We have been asked to advise Cabinet on whether the Karuna Islands needs a stand-alone Cluster Munitions Act to implement the Convention, or whether it would be sufficient to amend the Explosives and Firearms Act 1998 by adding cluster munitions to the list of prohibited weapons.

The existing Act already provides for licensing, seizure and penalties, but it does not cover assistance, encouragement or inducement of prohibited activities, and it does not apply to acts committed by our nationals abroad.

Could the ISU share (a) any model legislation or checklist of what national implementation measures under Article 9 should contain, particularly for small States with no armed forces of their own; and (b) examples of short implementing laws adopted by other small island States?

Many thanks,

Rebecca Thornhill
Senior Legislative Drafter
Office of the Attorney General
Government Buildings, Port Ahiva, Karuna Islands
Tel: +999 677 21 340

This email is sent by the Office of the Attorney General and may contain privileged or confidential legal advice. If you are not the intended recipient please delete it and notify the sender.
""",
)

add(
    id="L2", topic="legislation", secondary=["stockpile_destruction", "victim_assistance"], lang="en",
    hard=["multi_topic"],
    note="bill clauses on retention and survivors are mentioned, but the Committee's main ask is advice on the penal provisions (penalties, investment offence)",
    frm=("Peter Lindahl-Ward", "p.lindahl@parliament.sarrat.example"),
    subject="Cluster Munitions (Prohibition) Bill - penal provisions",
    date="Mon, 16 Feb 2026 13:02:55 +0100",
    mailer="Microsoft Outlook 16.0",
    body="""\
Dear ISU,

The Defence and Security Committee of the National Assembly of Sarrat is scrutinising the Cluster Munitions (Prohibition) Bill, which the Government introduced in January. Members have raised questions on several points:

- Clause 7 allows the Defence Force to retain "a number of cluster munitions for training", without a ceiling. Some members want a cap in the law; the Ministry of Defence says this should be left to regulations.
- Clause 9 would make the Minister of Social Welfare responsible for survivors' services, which the Ministry says is already covered by the Disability Act.
- Clause 12 (offences) provides for a maximum of two years' imprisonment or a fine, with no specific offence of financing or investing in producers.

The Committee's main concern, and the point on which I have been asked to seek your advice, is Clause 12. Are the penalties in line with what other States Parties have adopted? Does the Convention require us to create an offence covering investment, or is that a policy choice? Any comparative table of penal sanctions in national legislation would be most useful before our hearing on 9 March.

Yours sincerely,

Peter Lindahl-Ward
Committee Counsel
Defence and Security Committee
National Assembly of Sarrat
Parliament Buildings, Sarrat City
""",
)

add(
    id="L3", topic="legislation", secondary=[], lang="en", hard=[],
    note="third-person short request: compilation of national implementing laws (penal sanctions, extraterritorial jurisdiction)",
    frm=("Legal Affairs Unit", "legal@mfa.belvania.example"),
    subject="compilation of national laws?",
    date="Thu, 07 May 2026 08:16:44 +0300",
    mailer="Microsoft Outlook 16.0",
    lf=True,
    body="""\
Good morning,

Our legal department would like to know whether the ISU keeps a compilation of the national implementing legislation adopted by States Parties under Art. 9, in particular the provisions on penal sanctions and on extraterritorial jurisdiction. If so, could you send us the link or the documents?

Thank you,
T. Ionescu
Legal Affairs Unit, MFA Belvania
""",
)

add(
    id="L4", topic="legislation", secondary=["stockpile_destruction"], lang="en",
    hard=["misleading_subject"],
    note="subject and quoted history are about stockpile destruction; the new ask is a legal expert for the drafting workshop on the national implementing bill",
    frm=("Tobias Wren", "t.wren@mod.kessaria.example"),
    subject="RE: Stockpile destruction follow-up",
    date="Wed, 29 Apr 2026 10:07:31 +0200",
    mailer="Microsoft Outlook 16.0",
    in_reply_to="<VI1PR04MB55210C3D9E8F7A6B5C4D3E2F1A0B9C8D@ccm-isu.example>",
    body="""\
Dear Mr Ferreira,

Thank you for your note below - the stockpile side is now fully in the hands of our Logistics Command and I will no longer be the contact for it.

The reason I am writing: Cabinet decided last week that the Ministry of Justice, not Defence, will lead on our national implementing legislation for the Convention. The Solicitor-General's team has drafted a first bill and is organising a drafting workshop in Port Amari on 16-18 June. They would like a legal expert familiar with Article 9 and with implementing laws in common-law countries to take part and comment on the draft. Could the ISU provide or identify such an expert? I am happy to introduce you to the Solicitor-General's office.

Best regards,

Tobias Wren
Director, Policy and Legal
Ministry of Defence, Republic of Kessaria

From: Diogo Ferreira <d.ferreira@ccm-isu.example>
Sent: Monday, 13 April 2026 11:40
To: Tobias Wren <t.wren@mod.kessaria.example>
Subject: RE: Stockpile destruction follow-up

Dear Tobias,

Thank you for the updated figures on the remaining stock. As discussed, the ISU will share the contacts of the demilitarisation experts who supported the last destruction campaign in the region by the end of the month.

Best,
Diogo
""",
)

add(
    id="L5", topic="legislation", secondary=[], lang="fr", hard=[],
    note="model implementing law for civil-law States: offences, penalties, jurisdiction",
    frm=("Hervé Lambert-Diouf", "h.lambert@justice.lanval.example"),
    subject="Loi type pour les pays de droit civil",
    date="Wed, 11 Mar 2026 15:44:09 +0100",
    mailer="Microsoft Outlook 16.0",
    body="""\
Madame, Monsieur,

La Direction des affaires criminelles du ministère de la Justice du Lanval a été chargée de préparer l'avant-projet de loi de mise en œuvre de la Convention sur les armes à sous-munitions, conformément à son article 9.

Nous avons pris connaissance de la loi type élaborée par le CICR, mais elle est essentiellement conçue pour les systèmes de common law. Disposez-vous d'un modèle ou d'exemples de lois adoptées par des États de tradition civiliste, notamment francophones ? Nous nous intéressons particulièrement à la rédaction des incriminations et à l'échelle des peines, ainsi qu'à la compétence des juridictions nationales pour les faits commis à l'étranger par des ressortissants.

Avec mes remerciements,

Hervé Lambert-Diouf
Magistrat, Direction des affaires criminelles et des grâces
Ministère de la Justice – République du Lanval
""",
)

add(
    id="L6", topic="legislation", secondary=[], lang="fr", hard=[],
    note="non-native French: decree or law as national implementation measure (penalties require a law)",
    frm=("Koffi Adjovi-Tamba", "k.adjovi@mae.sankare.example"),
    subject="décret ou loi ?",
    date="Fri, 03 Apr 2026 11:59:40 +0000",
    mailer="Microsoft Outlook 16.0",
    cte="8bit",
    body="""\
Bonjour Madame, Monsieur,

Notre pays a ratifier la Convention en 2021 et nous devons maintenant prendre les mesures nationales demandé par l'article 9. Le ministère de la Défense pense qu'un décret présidentiel suffit car nous n'avons jamais produit ni stocker d'armes à sous-munitions, mais le ministère de la Justice dit que selon notre Constitution les peines de prison peuvent être fixé seulement par une loi votée par l'Assemblée.

Le Comité interministériel voudrait savoir quelle est la position de l'Unité sur ce point, et si vous pouvez nous envoyer des exemples de pays qui ont choisi la voie du décret et d'autres la voie de la loi.

Merci beaucoup pour votre aide.

Koffi Adjovi-Tamba
Secrétaire du Comité interministériel pour la mise en œuvre des conventions de désarmement
Ministère des Affaires étrangères et de la Coopération
République de Sankaré
""",
)

add(
    id="L7", topic="legislation", secondary=["stockpile_destruction"], lang="fr", hard=[],
    note="windows-1252 body and subject: asks the ISU to review the draft implementing law (definitions, penalties, assistance)",
    frm=("Anne-Sophie Duclerc", "as.duclerc@relext.beaurivage.example"),
    subject="Demande d’examen de l’avant-projet de loi « armes à sous-munitions »",
    subject_charset="windows-1252",
    date="Thu, 21 May 2026 17:11:26 +0200",
    mailer="Microsoft Outlook 14.0",
    charset="windows-1252", cte="qp",
    body="""\
Madame, Monsieur,

Le Gouvernement de la Principauté de Beaurivage a adopté en conseil restreint l’avant-projet de loi « portant mise en œuvre de la Convention sur les armes à sous-munitions ». Le texte comporte 14 articles : définitions, interdictions, dérogations (conservation aux fins de formation), sanctions pénales et mesures administratives.

Avant la transmission au Conseil national, nous souhaiterions que l’Unité d’appui à l’application – ou un expert qu’elle désignerait – examine le texte et nous fasse part de ses observations, en particulier sur :
– la définition des « armes à sous-munitions » et des « petites bombes explosives » ;
– l’articulation entre nos sanctions pénales et celles du code pénal en vigueur ;
– la nécessité ou non de réprimer l’« assistance » aux activités interdites.

Nous vous remercions par avance de l’attention que vous voudrez bien porter à cette demande et restons à votre disposition…

Anne-Sophie Duclerc
Conseiller juridique
Direction des Affaires juridiques – Département des Relations extérieures
Principauté de Beaurivage
""",
)

add(
    id="L8", topic="legislation", secondary=[], lang="es", hard=[],
    note="whether the implementing law should prohibit transit of cluster munitions; asks for other States' legislation",
    frm=("Dra. Carolina Etcheverry Paz", "cetcheverry@rree.tierralta.example"),
    subject="Consulta jurídica: tránsito de municiones en racimo en la ley de aplicación",
    date="Tue, 23 Jun 2026 10:36:12 -0400",
    mailer="Microsoft Outlook 16.0",
    body="""\
Estimada Unidad de Apoyo:

La Asesoría Jurídica de la Cancillería de Tierra Alta está revisando, junto con el Ministerio de Defensa, el anteproyecto de ley de aplicación nacional de la Convención (artículo 9). Uno de los puntos que no logramos resolver es si la ley debe prohibir expresamente el tránsito de municiones en racimo por el territorio nacional, incluidos el espacio aéreo y los puertos, cuando pertenezcan a Estados no Partes.

¿Podrían indicarnos cómo han tratado esta cuestión otros Estados Partes en sus legislaciones y, si es posible, facilitarnos los textos correspondientes? También nos sería útil conocer la posición del CICR al respecto.

Con un cordial saludo,

Dra. Carolina Etcheverry Paz
Asesora Jurídica
Ministerio de Relaciones Exteriores – República de Tierra Alta
Plaza de la Independencia s/n, Ciudad de Tierra Alta
Tel. +999 2 211 8800

Este correo electrónico y sus anexos pueden contener información confidencial o legalmente protegida. Si usted no es el destinatario, le rogamos que lo elimine y nos lo comunique.
""",
)

add(
    id="L9", topic="legislation", secondary=[], lang="es", hard=[],
    note="parliamentary committee asks for a briefing on what the national implementing law must cover",
    frm=("Lic. Andrés Villamil Soto", "avillamil@asamblea.rioclaro.example"),
    subject="Solicitud de apoyo – Comisión de Defensa de la Asamblea Nacional",
    date="Mon, 06 Jul 2026 15:12:48 -0300",
    mailer="Microsoft Outlook 16.0",
    cte="8bit", lf=True,
    body="""\
Buenas tardes:

Soy asesor de la Comisión de Defensa y Seguridad de la Asamblea Nacional de Río Claro. La Comisión comenzará en agosto el estudio del proyecto de ley que tipifica como delito el empleo, la producción, la transferencia y el almacenamiento de municiones en racimo, en aplicación del artículo 9 de la Convención.

Muchos diputados no conocen la Convención. La presidenta de la Comisión desea saber si la Unidad de Apoyo podría ofrecer una exposición (presencial o virtual) a los miembros de la Comisión sobre las obligaciones que debe cubrir la ley nacional y sobre los errores frecuentes en las leyes de otros países.

Agradezco de antemano su respuesta.

Lic. Andrés Villamil Soto
Asesor Legislativo, Comisión de Defensa y Seguridad
Asamblea Nacional de la República de Río Claro
""",
)

add(
    id="L10", topic="legislation", secondary=["stockpile_destruction"], lang="pt", hard=[],
    note="draft law attached (non-ASCII RFC 2231 filename): asks for comments on conformity with the Convention",
    frm=("Nuno Albuquerque", "nuno.albuquerque@mj.portoalvo.example"),
    subject="Pedido de comentários – anteprojeto de lei",
    date="Wed, 19 Aug 2026 11:25:37 +0100",
    mailer="Microsoft Outlook 16.0",
    attachments=["Anteprojeto_Lei_Munições_de_Dispersão_PortoAlvo.pdf"],
    body="""\
Exmos. Senhores,

Junto enviamos o anteprojeto de lei que proíbe as munições de dispersão e estabelece as respetivas sanções penais, elaborado pelo grupo de trabalho do Ministério da Justiça da República de Porto Alvo em cumprimento do artigo 9.º da Convenção.

Agradecíamos os comentários da Unidade de Apoio à Implementação sobre a conformidade do texto com a Convenção, nomeadamente quanto às definições, às exceções previstas no n.º 6 do artigo 3.º e às penas, até ao final de setembro, data em que o texto será submetido ao Conselho de Ministros.

Com os melhores cumprimentos,

Nuno Albuquerque
Assessor Jurídico, Gabinete de Política Legislativa
Ministério da Justiça – República de Porto Alvo
""",
)

add(
    id="L11", topic="legislation", secondary=[], lang="it",
    hard=["forwarded_chain"],
    note="one-line forward; the forwarded question from the legislative office asks whether existing criminal law suffices or specific Art. 9 offences are needed",
    frm=("Francesca Orlandi", "f.orlandi@esteri.montelago.example"),
    subject="I: quesito sanzioni penali",
    date="Tue, 03 Feb 2026 09:18:22 +0100",
    mailer="Microsoft Outlook 16.0",
    body="""\
Buongiorno, vi inoltro il quesito dell'Ufficio legislativo della Giustizia, vedi sotto. Grazie!
Francesca

---------- Messaggio inoltrato ----------
Da: Ufficio Legislativo - Ministero della Giustizia <uff.legislativo@giustizia.montelago.example>
Data: 2 febbraio 2026, 15:47
Oggetto: quesito sanzioni penali
A: Francesca Orlandi <f.orlandi@esteri.montelago.example>

Gentile dottoressa,

nell'ambito dei lavori per l'adeguamento dell'ordinamento alla Convenzione sulle munizioni a grappolo, chiediamo di acquisire il parere dell'Unità di supporto (ISU) sul seguente punto: il nostro codice penale e la legge sulle armi da guerra puniscono già la detenzione e il commercio non autorizzati di armi ed esplosivi. È sufficiente richiamare tali norme, oppure l'articolo 9 della Convenzione richiede l'introduzione di fattispecie penali specifiche per l'impiego, lo sviluppo, la produzione e l'assistenza ad attività vietate?

Sarebbe utile ricevere anche esempi di legislazione di altri Stati Parte.

Cordiali saluti,
Il Capo dell'Ufficio Legislativo
Cons. Massimo Ferrante
""",
)


# ---------------------------------------------------------------------------
# general
# ---------------------------------------------------------------------------

add(
    id="G1", topic="general", secondary=[], lang="en", hard=[],
    note="sponsorship for a delegate to attend the Meeting of States Parties",
    frm=("Daniel Moyo-Kant", "d.moyo@mfa.mbeleza.example"),
    subject="Sponsorship for MSP - Mbeleza delegation",
    date="Mon, 13 Jul 2026 10:44:06 +0300",
    mailer="Microsoft Outlook 16.0",
    body="""\
Dear ISU,

Mbeleza would like to apply for sponsorship for one delegate to attend the upcoming Meeting of States Parties in Geneva, preferably an officer from the Ministry of Defence who follows the Convention file.

Could you let us know the application deadline, what documents are needed (nomination letter, passport copy?) and whether the sponsorship covers the daily subsistence allowance as well as the ticket?

Thank you in advance,

Daniel Moyo-Kant
Multilateral Affairs Directorate
Ministry of Foreign Affairs and Regional Integration
Republic of Mbeleza
""",
)

add(
    id="G2", topic="general", secondary=[], lang="en", hard=[],
    note="note verbale notifying a new Mission focal point for the Convention; asks to update contact lists",
    frm=("Permanent Mission of Nordhaven", "geneva.mission@mfa.nordhaven.example"),
    subject="Change of focal point - Permanent Mission of Nordhaven",
    date="Mon, 24 Aug 2026 11:03:58 +0200",
    mailer="Microsoft Outlook 16.0",
    attachments=["Note_verbale_NV-2026-118.pdf"],
    body="""\
The Permanent Mission of Nordhaven to the United Nations Office and other international organisations in Geneva presents its compliments to the Implementation Support Unit of the Convention on Cluster Munitions and has the honour to inform that, as of 1 September 2026, Ms. Ingrid Solberg-Ahn, First Secretary, will replace Mr. Henrik Dahl as the Mission's focal point for all matters related to the Convention.

Ms. Solberg-Ahn can be reached at ingrid.solberg@mfa.nordhaven.example and +999 22 918 0042. The Mission kindly requests the Unit to update its contact lists and to include Ms. Solberg-Ahn in future correspondence and meeting invitations.

The Permanent Mission of Nordhaven avails itself of this opportunity to renew to the Implementation Support Unit the assurances of its highest consideration.

Geneva, 24 August 2026
""",
)

add(
    id="G3", topic="general", secondary=["stockpile_destruction", "clearance", "victim_assistance"], lang="en",
    hard=["ambiguous_general"],
    note="stocks, contamination and survivors' services weighed equally; asks for one joint planning process (individualised approach / country coalition)",
    frm=("Tomás Ilić", "t.ilic@pm.meridia.example"),
    subject="Request for a comprehensive support package",
    date="Thu, 10 Sep 2026 16:27:13 +0200",
    mailer="Microsoft Outlook 16.0",
    body="""\
Dear ISU Director,

Following the change of government in Meridia, the Prime Minister's Office has been asked to take stock of where we stand on all our obligations under the Convention, and frankly the picture is mixed:

- about 600 cluster bombs are still in storage and the Article 3 deadline is in 2028;
- an estimated 9 km2 in the border districts remain contaminated;
- services for survivors are fragmented across three ministries.

Rather than sending three separate requests, we would like to sit down with the ISU and interested partners to look at all of this together and develop a single national plan with a realistic budget. Could you advise how such an approach could be organised (perhaps something like the individualised approach or a country coalition I have heard about), who would need to be involved on our side, and when it could take place?

Yours sincerely,

Tomás Ilić
Senior Adviser for Security Policy
Office of the Prime Minister, Republic of Meridia
""",
)

add(
    id="G4", topic="general", secondary=[], lang="en", hard=[],
    note="logistics: booking a room for a side event during the intersessional meetings",
    frm=("Sophie Tembe", "sophie.tembe@mfa.kessaria.example"),
    subject="Side event during intersessionals",
    date="Fri, 20 Mar 2026 12:08:41 +0100",
    mailer="Microsoft Outlook 16.0",
    body="""\
Hi all,

Kessaria would like to host a lunchtime side event (about 60 participants) during the intersessional meetings in May, together with two NGOs. Could you tell us how to book a room at the conference venue, whether catering is allowed, and by when the title must be submitted for the programme?

Many thanks,
Sophie

Sophie Tembe | Attaché | Permanent Mission of Kessaria, Geneva | +999 22 700 3319
""",
)

add(
    id="G5", topic="general", secondary=["clearance"], lang="en",
    hard=["misleading_subject"],
    note="subject mentions the clearance deadline; the ask is invitation letters for visas for the delegation to the MSP",
    frm=("Joyce Mwangi-Hale", "j.mwangihale@mfa.valdoria.example"),
    subject="Clearance deadline - Valdoria presentation at MSP",
    date="Tue, 15 Sep 2026 09:52:27 +0200",
    mailer="Microsoft Outlook 16.0",
    body="""\
Dear colleagues,

As you know, our National Mine Action Authority will present Valdoria's request for an extension of the clearance deadline at the Meeting of States Parties, and three experts from the Authority will travel to Geneva for that purpose. (The ISU is already working with them on the content of the request itself.)

My question is purely practical: our three experts need Schengen visas, and the embassy in our capital requires an official invitation letter from the organisers. Could the ISU issue invitation letters for the three persons below, and how long does that usually take? Their appointment at the embassy is on 2 October.

1. Lukas Varga, Head of Planning and Quality Management
2. Marija Holt, Senior Operations Officer
3. Petar Zelen, GIS Specialist

Best regards,

Joyce Mwangi-Hale
Second Secretary
Permanent Mission of Valdoria, Geneva
""",
)

add(
    id="G6", topic="general", secondary=[], lang="fr", hard=[],
    note="how the country coalition mechanism works and the ISU's role",
    frm=("Hélène Saint-Aubin", "h.saintaubin@relext.beaurivage.example"),
    subject="Coalition de pays – modalités",
    date="Wed, 25 Mar 2026 14:19:05 +0100",
    mailer="Microsoft Outlook 16.0",
    html="auto",
    body="""\
Bonjour,

La Principauté de Beaurivage envisage de soutenir un État partie d'Afrique de l'Ouest dans la mise en œuvre de ses obligations, dans le cadre d'une « coalition de pays ». Avant d'engager des discussions bilatérales, nous souhaiterions mieux comprendre le fonctionnement de ce mécanisme : qui en prend l'initiative, quel rôle joue l'ISU, comment sont associés les autres partenaires, et s'il existe des documents de référence ou des exemples de coalitions déjà en place.

Un entretien téléphonique avec un membre de l'Unité serait le bienvenu.

Bien à vous,

Hélène Saint-Aubin
Coopération internationale et action humanitaire
Département des Relations extérieures – Principauté de Beaurivage
""",
)

add(
    id="G7", topic="general", secondary=[], lang="fr", hard=[],
    note="first voluntary contribution to the ISU budget: bank details, invoice, earmarking",
    frm=("Paul Desrosiers", "p.desrosiers@mae.sankare.example"),
    subject="Contribution volontaire au budget de l'ISU",
    date="Mon, 12 Oct 2026 10:31:17 +0000",
    mailer="Microsoft Outlook 16.0",
    lf=True,
    body="""\
Madame la Directrice,

La République de Sankaré souhaite verser cette année, pour la première fois, une contribution au financement de l'Unité d'appui à l'application. Le ministère des Finances nous demande toutefois de préciser :
– les coordonnées bancaires à utiliser et la devise ;
– si une facture ou un appel à contribution peut nous être adressé ;
– si la contribution peut être affectée à un programme particulier, par exemple le programme de parrainage.

Je vous remercie par avance de votre réponse.

Paul Desrosiers
Direction des Organisations internationales
Ministère des Affaires étrangères et de la Coopération – République de Sankaré
""",
)

add(
    id="G8", topic="general", secondary=[], lang="es", hard=[],
    note="regional seminar to promote the Convention: asks for an ISU speaker and Spanish materials",
    frm=("Embajador Ricardo Lemus Arrieta", "rlemus@cancilleria.costaserena.example"),
    subject="Seminario regional sobre la Convención – solicitud de ponente",
    date="Thu, 20 Aug 2026 13:45:52 -0500",
    mailer="Microsoft Outlook 16.0",
    body="""\
Estimados señores:

La Cancillería de Costa Serena organizará los días 18 y 19 de noviembre, en Puerto Serena, un seminario regional dirigido a funcionarios de los ministerios de Relaciones Exteriores y de Defensa de la región, con el propósito de promover la universalización de la Convención sobre Municiones en Racimo y el intercambio de experiencias sobre su aplicación.

Nos complacería contar con la participación de un representante de la Unidad de Apoyo a la Aplicación como ponente en la sesión inaugural, y agradeceríamos que nos enviaran material informativo en español (unas 80 copias). Los gastos de viaje y alojamiento del ponente serán cubiertos por el Gobierno de Costa Serena.

Atentamente,

Embajador Ricardo Lemus Arrieta
Director General de Asuntos Multilaterales
Ministerio de Relaciones Exteriores de Costa Serena
""",
)

add(
    id="G9", topic="general", secondary=["clearance", "victim_assistance"], lang="es",
    hard=["ambiguous_general"],
    note="donor offer not tied to one topic (clearance, risk education or victim assistance): asks which States need funds and how to coordinate",
    frm=("Inés Arrieta Solís", "iarrieta@cooperacion.castelmar.example"),
    subject="Ofrecimiento de financiación 2027",
    date="Wed, 30 Sep 2026 12:13:34 +0200",
    mailer="Microsoft Outlook 16.0",
    body="""\
Estimados colegas:

La Agencia de Cooperación Internacional del Reino de Castelmar dispondrá en 2027 de una partida de 750.000 euros para apoyar a Estados Partes afectados en la aplicación de la Convención sobre Municiones en Racimo. No hemos predefinido el destino: podría financiar tanto operaciones de despeje y educación sobre el riesgo como servicios de asistencia a las víctimas, o una combinación de ambos, siempre en América Latina o en África.

Antes de abrir la convocatoria quisiéramos saber qué Estados Partes tienen actualmente necesidades no cubiertas y si la Unidad podría orientarnos sobre la mejor forma de canalizar estos fondos y de coordinarnos con otros donantes.

Quedamos a su disposición.

Inés Arrieta Solís
Jefa del Departamento de Acción Humanitaria
Agencia de Cooperación Internacional – Reino de Castelmar
""",
)

add(
    id="G10", topic="general", secondary=[], lang="es", hard=[],
    note="short: provisional list of participants of the intersessional meetings",
    frm=("Valeria Quintero", "vquintero@mision-tierralta.example"),
    subject="lista de participantes",
    date="Tue, 26 May 2026 18:02:11 +0200",
    mailer="iPhone Mail (21F90)",
    body="""\
Hola, ¿podrían enviarme la lista provisional de participantes de las reuniones intersesionales de junio? Necesitamos confirmar quién viene por parte de Defensa. ¡Gracias!
Valeria

Enviado desde mi iPhone
""",
)

add(
    id="G11", topic="general", secondary=[], lang="ru", hard=[],
    note="dates of the Meeting of States Parties, Russian interpretation and deadline for delegation lists",
    frm=("Дмитрий Ларионов", "d.larionov@mid.severania.example"),
    subject="Совещание государств-участников: даты и устный перевод",
    date="Mon, 27 Jul 2026 11:36:45 +0200",
    mailer="Microsoft Outlook 16.0",
    cte="8bit",
    body="""\
Добрый день!

Просим сообщить точные даты и место проведения очередного Совещания государств — участников Конвенции, а также будет ли обеспечен синхронный перевод на русский язык. Наша делегация планирует выступить в общих прениях; если перевода не будет, нам нужно заранее подготовить текст выступления на английском языке.

Также просим указать, до какого срока необходимо направить список членов делегации.

С уважением,
Д. Ларионов
третий секретарь
Постоянное представительство Республики Северания в Женеве
""",
)


# ---------------------------------------------------------------------------
# not_an_enquiry
# ---------------------------------------------------------------------------

add(
    id="N1", topic="not_an_enquiry", secondary=[], lang="en", hard=[],
    note="Outlook automatic reply with Auto-Submitted and X-Auto-Response-Suppress",
    frm=("Hannah Oduya", "h.oduya@mfa.kessaria.example"),
    subject="Automatic reply: Intersessional meetings - practical information",
    date="Mon, 04 May 2026 09:00:12 +0200",
    mailer="Microsoft Outlook 16.0",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "h.oduya@mfa.kessaria.example")],
    body="""\
I am out of the office until 18 May with limited access to e-mail. For urgent matters please contact the Disarmament Division at disarmament@mfa.kessaria.example.

Hannah Oduya
""",
)

add(
    id="N2", topic="not_an_enquiry", secondary=["clearance", "victim_assistance"], lang="en",
    hard=["no_auto_headers", "lookalike_noise"],
    note="out-of-office without auto headers that names the Art. 4 extension request and victim assistance; asks nothing",
    frm=("Marek Pohl", "m.pohl@mineaction.valdoria.example"),
    subject="Out of Office: Draft Article 4 extension request - Valdoria",
    date="Fri, 12 Jun 2026 07:31:40 +0200",
    mailer="Microsoft Outlook 16.0",
    body="""\
Thank you for your email. I am currently on mission in the Drevna region with limited connectivity and will be back in the office on 6 July.

For matters concerning the Article 4 extension request and the clearance workplan, please contact Lukas Varga (lukas.varga@mineaction.valdoria.example). For victim assistance data, please contact the Ministry of Health.

Best regards,
Marek Pohl
Senior Operations Officer
National Mine Action Authority of Valdoria
""",
)

add(
    id="N3", topic="not_an_enquiry", secondary=["stockpile_destruction"], lang="en", hard=[],
    note="multipart/report DSN (5.1.1 user unknown) for the intake's acknowledgement of a stockpile destruction request",
    frm=("Mail Delivery System", "MAILER-DAEMON@mx1.mfa.karuna.example"),
    subject="Undelivered Mail Returned to Sender",
    date="Thu, 05 Feb 2026 03:22:41 +1200",
    return_path="<>",
    headers=[("Auto-Submitted", "auto-replied")],
    special="dsn",
    dsn=dict(
        text="""\
This is the mail system at host mx1.mfa.karuna.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<p.tafuna@mfa.karuna.example>: host mbox2.mfa.karuna.example[192.0.2.61]
    said: 550 5.1.1 <p.tafuna@mfa.karuna.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
""",
        reporting_mta="dns; mx1.mfa.karuna.example",
        queue_id="4Rk9Tz2QbVz1xq",
        arrival="Thu, 5 Feb 2026 03:22:40 +1200 (NZST)",
        final_recipient="rfc822; p.tafuna@mfa.karuna.example",
        status="5.1.1",
        remote_mta="dns; mbox2.mfa.karuna.example",
        diagnostic="smtp; 550 5.1.1 <p.tafuna@mfa.karuna.example>: Recipient address rejected: User unknown in virtual mailbox table",
        original_headers="""\
Return-Path: <intake@ccm-isu.example>
From: CCM Intake <no-reply@ccm-isu.example>
To: p.tafuna@mfa.karuna.example
Cc: mission.geneva@mfa.karuna.example
Subject: [CCM-2026-0052] Acknowledgement: Request for assistance - Karuna Islands
Date: Wed, 04 Feb 2026 15:23:02 +0100
Message-ID: <20260204142302.a91c07.CCM-2026-0052@ccm-isu.example>
Auto-Submitted: auto-replied
X-Intake-Case: CCM-2026-0052
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
""",
    ),
)

add(
    id="N4", topic="not_an_enquiry", secondary=["victim_assistance"], lang="en", hard=[],
    note="plain-text bounce (mailbox full) without multipart/report structure, quoting a victim assistance subject",
    frm=("Microsoft Outlook", "postmaster@mbeleza-mission.example"),
    subject="Undeliverable: Prosthetic workshop - Eastern Province",
    date="Mon, 09 Feb 2026 10:02:19 +0100",
    return_path="<>",
    mailer="Microsoft Exchange Server 15.2",
    body="""\
Delivery has failed to these recipients or groups:

Samuel Ogwang (s.ogwang@mbeleza-mission.example)
The recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.

Diagnostic information for administrators:

Generating server: MX02.mbeleza-mission.example

s.ogwang@mbeleza-mission.example
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

Original message headers:

Received: from mx1.ccm-isu.example (198.51.100.20) by MX02.mbeleza-mission.example
 (10.10.4.12) with Microsoft SMTP Server id 15.2.1118.7; Mon, 9 Feb 2026 10:02:17 +0100
From: CCM Intake <no-reply@ccm-isu.example>
To: Samuel Ogwang <s.ogwang@mbeleza-mission.example>
Subject: Re: [CCM-2026-0061] Prosthetic workshop - Eastern Province
Date: Mon, 9 Feb 2026 10:02:11 +0100
Message-ID: <20260209090211.3be0f2.CCM-2026-0061@ccm-isu.example>
X-Intake-Case: CCM-2026-0061
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
""",
)

add(
    id="N5", topic="not_an_enquiry", secondary=["clearance", "victim_assistance", "reporting"], lang="en", hard=[],
    note="monthly newsletter with List-Id, List-Unsubscribe and Precedence: bulk; discusses clearance, victim assistance and reporting",
    frm=("Humanitarian Disarmament Digest", "digest@hd-digest.example"),
    subject="Humanitarian Disarmament Digest - March 2026",
    date="Tue, 31 Mar 2026 06:00:03 +0000",
    mailer="Sendy 6.1",
    headers=[("List-Id", "Humanitarian Disarmament Digest <digest.hd-digest.example>"),
             ("List-Unsubscribe", "<mailto:unsubscribe@hd-digest.example?subject=unsubscribe>, <https://hd-digest.example/u/8f2a91c3>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk")],
    html="auto",
    body="""\
HUMANITARIAN DISARMAMENT DIGEST - March 2026

IN THIS ISSUE

* Two more States close to completing clearance of cluster munition remnants
Operators report that survey and clearance in the river basins of two affected States Parties should be finished before the end of the year, subject to funding.

* Victim assistance: new guide on inclusive employment
A network of survivor organisations has published a practical guide on vocational training and employment for persons injured by explosive ordnance.

* Reminder: transparency reports due 30 April
States Parties are reminded that annual reports covering calendar year 2025 are due by 30 April 2026.

* Events
Regional workshop on land release, Port Amari, 28-29 April.

You are receiving this digest because you subscribed at hd-digest.example.
Unsubscribe: https://hd-digest.example/u/8f2a91c3
Humanitarian Disarmament Digest, PO Box 1200, Example City
""",
)

add(
    id="N6", topic="not_an_enquiry", secondary=["reporting"], lang="en",
    hard=["lookalike_noise"],
    note="phishing from an ISU look-alike domain about an 'Article 7 reporting portal' password verification",
    frm=("CCM ISU Document Centre", "documents@ccm-isu-docs.example"),
    subject="Action required: Article 7 reporting portal - verify your account",
    date="Wed, 15 Apr 2026 02:13:57 +0000",
    mailer="PHPMailer 6.8.0",
    headers=[("Reply-To", "support@ccm-isu-docs.example")],
    html="""\
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="600" cellpadding="12" style="border:1px solid #ccc">
<tr><td style="background:#004b87;color:#fff"><b>Convention on Cluster Munitions &ndash; Implementation Support Unit</b></td></tr>
<tr><td>
<p>Dear State Party Focal Point,</p>
<p>Your access to the <b>Article 7 Reporting Portal</b> will be suspended in <b>24 hours</b> because your credentials have not been verified for the 2026 reporting cycle.</p>
<p>To continue submitting your transparency report, please sign in with your ministry e-mail address and password:</p>
<p style="text-align:center"><a href="https://ccm-isu-docs.example.login-verify.example/portal/verify?id=5523" style="background:#004b87;color:#fff;padding:10px 20px;text-decoration:none">VERIFY ACCOUNT</a></p>
<p>Failure to verify will result in your report being marked as not submitted.</p>
<p>Regards,<br>ISU Document Centre</p>
</td></tr></table>
</body></html>
""",
    body="""\
Convention on Cluster Munitions - Implementation Support Unit

Dear State Party Focal Point,

Your access to the Article 7 Reporting Portal will be suspended in 24 hours because your credentials have not been verified for the 2026 reporting cycle.

To continue submitting your transparency report, please sign in with your ministry e-mail address and password:
https://ccm-isu-docs.example.login-verify.example/portal/verify?id=5523

Failure to verify will result in your report being marked as not submitted.

Regards,
ISU Document Centre
""",
)

add(
    id="N7", topic="not_an_enquiry", secondary=["clearance", "reporting"], lang="fr", hard=[],
    note="calendar invitation (text/calendar METHOD:REQUEST) for a bilateral meeting; agenda mentions clearance and the Art. 7 report",
    frm=("Marie-Claude Fontaine", "mc.fontaine@diplomatie.lanval.example"),
    subject="Invitation: Réunion bilatérale Lanval – ISU @ mar. 12 mai 2026 10:00 - 11:00 (CEST)",
    date="Thu, 30 Apr 2026 15:41:08 +0200",
    mailer="Microsoft Outlook 16.0",
    special="calendar",
    calendar=dict(
        method="REQUEST",
        text="""\
Vous avez été invité(e) à l'événement suivant.

Réunion bilatérale Lanval – ISU
Quand : mar. 12 mai 2026 10:00 – 11:00 (heure d'été d'Europe centrale)
Où : Mission permanente du Lanval, salle 3
Organisateur : Marie-Claude Fontaine

Ordre du jour : point sur la dépollution en Haute-Mérane ; rapport au titre de l'article 7.

Accepter | Peut-être | Refuser
""",
        ics="""\
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000050B3C2A1F2D8DC01
DTSTAMP:20260430T134108Z
DTSTART;TZID=Europe/Zurich:20260512T100000
DTEND;TZID=Europe/Zurich:20260512T110000
SUMMARY:Réunion bilatérale Lanval – ISU
LOCATION:Mission permanente du Lanval\\, salle 3
DESCRIPTION:Ordre du jour : point sur la dépollution en Haute-Mérane \\;
  rapport au titre de l'article 7.
ORGANIZER;CN="Marie-Claude Fontaine":mailto:mc.fontaine@diplomatie.lanv
 al.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:int
 ake@ccm-isu.example
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
)

add(
    id="N8", topic="not_an_enquiry", secondary=["stockpile_destruction"], lang="fr", hard=[],
    note="calendar answer (METHOD:REPLY, accepted) to a stockpile destruction workshop invitation",
    frm=("Issa Maïga", "i.maiga@defense.tanoura.example"),
    subject="Accepté: Atelier technique – destruction des stocks (visioconférence)",
    date="Mon, 16 Mar 2026 08:12:55 +0000",
    mailer="Microsoft Outlook 16.0",
    special="calendar",
    calendar=dict(
        method="REPLY",
        text="""\
Issa Maïga a accepté cette réunion.
""",
        ics="""\
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REPLY
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000C1D4E6F2A1B4DC01
DTSTAMP:20260316T081255Z
DTSTART:20260325T130000Z
DTEND:20260325T150000Z
SUMMARY:Accepté: Atelier technique – destruction des stocks
ORGANIZER:mailto:intake@ccm-isu.example
ATTENDEE;PARTSTAT=ACCEPTED;CN="Issa Maïga":mailto:i.maiga@defense.tano
 ura.example
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
)

add(
    id="N9", topic="not_an_enquiry", secondary=["legislation"], lang="fr",
    hard=["lookalike_noise"],
    note="'bien reçu, merci' one-liner in a thread about model legislation; asks nothing",
    frm=("Hervé Lambert-Diouf", "h.lambert@justice.lanval.example"),
    subject="RE: Loi type pour les pays de droit civil",
    date="Fri, 20 Mar 2026 08:47:30 +0100",
    mailer="Microsoft Outlook 16.0",
    in_reply_to="<DB7PR10MB2251F0E1D2C3B4A59687A6B5C4D3E2F1@ccm-isu.example>",
    body="""\
Bien reçu, merci beaucoup.

H. Lambert-Diouf

-----Message d'origine-----
De : Diogo Ferreira <d.ferreira@ccm-isu.example>
Envoyé : jeudi 19 mars 2026 17:05
À : Hervé Lambert-Diouf <h.lambert@justice.lanval.example>
Objet : RE: Loi type pour les pays de droit civil

Monsieur le Magistrat,

Veuillez trouver ci-joint trois exemples de lois de mise en œuvre adoptées par des États de tradition civiliste, ainsi que la liste des dispositions pénales recommandées. Nous restons à votre disposition pour tout échange sur l'avant-projet.

Bien cordialement,

Diogo Ferreira
Unité d'appui à l'application – Convention sur les armes à sous-munitions
""",
)

add(
    id="N10", topic="not_an_enquiry", secondary=["victim_assistance"], lang="es", hard=[],
    note="read receipt (multipart/report disposition-notification) for an ISU reply on psychosocial support",
    frm=("Lic. Gabriela Ferraz Ulloa", "gferraz@discapacidad.costaserena.example"),
    subject="Leído: RE: Apoyo psicosocial para sobrevivientes y familias",
    date="Mon, 09 Mar 2026 08:03:27 -0500",
    mailer="Microsoft Outlook 16.0",
    special="mdn",
    mdn=dict(
        text="""\
Su mensaje

  Para: Gabriela Ferraz Ulloa
  Asunto: RE: Apoyo psicosocial para sobrevivientes y familias
  Enviado: viernes, 6 de marzo de 2026 17:42:10 (UTC+01:00) Ámsterdam, Berlín, Berna, Roma, Estocolmo, Viena

fue leído el lunes, 9 de marzo de 2026 8:03:22 (UTC-05:00) Bogotá, Lima, Quito.
""",
        fields=[
            ("Reporting-UA", "mail.discapacidad.costaserena.example; Microsoft Outlook 16.0"),
            ("Final-Recipient", "rfc822;gferraz@discapacidad.costaserena.example"),
            ("Original-Message-ID", "<20260306164210.55c2d1.CCM-2026-0093@ccm-isu.example>"),
            ("Disposition", "manual-action/MDN-sent-manually; displayed"),
        ],
    ),
)

add(
    id="N11", topic="not_an_enquiry", secondary=["stockpile_destruction"], lang="es",
    hard=["lookalike_noise"],
    note="helpdesk ticket acknowledgement without Auto-Submitted that quotes an intake reference and an Art. 3 subject",
    frm=("Mesa de Ayuda TI - Cancillería", "mesadeayuda@cancilleria.tierralta.example"),
    subject="[Ticket#2026041010000447] RE: [CCM-2026-0188] Cumplimiento del artículo 3 – declaración",
    date="Fri, 10 Apr 2026 09:15:02 -0400",
    mailer="OTRS Mail Service",
    headers=[("X-Helpdesk-Ticket", "2026041010000447")],
    body="""\
Estimado/a usuario/a:

Su solicitud ha sido registrada en la Mesa de Ayuda con el número de ticket 2026041010000447. Un técnico la atenderá a la brevedad, según el orden de llegada.

  Asunto: RE: [CCM-2026-0188] Cumplimiento del artículo 3 – declaración
  Prioridad: Normal
  Cola: Correo institucional::Buzones compartidos

Para agregar información a su solicitud, responda a este mensaje sin modificar el asunto.

Mesa de Ayuda – Dirección de Tecnologías de la Información
Ministerio de Relaciones Exteriores de Tierra Alta
""",
)

add(
    id="N12", topic="not_an_enquiry", secondary=["clearance"], lang="es", hard=[],
    note="commercial spam for metal detectors and EOD suits",
    frm=("Equipos Tácticos Global", "ventas@equipos-tacticos-global.example"),
    subject="¡Oferta exclusiva! Detectores de metales y trajes EOD con 40% de descuento",
    date="Sat, 23 May 2026 04:37:19 +0000",
    mailer="Mailchimp Mailer",
    headers=[("List-Unsubscribe", "<https://equipos-tacticos-global.example/baja?e=intake>")],
    html="auto",
    body="""\
¡OFERTA EXCLUSIVA PARA ORGANISMOS DE DESMINADO!

Estimado cliente:

Solo este mes, 40% de descuento en toda nuestra línea de equipos profesionales:

- Detectores de metales de alta sensibilidad para despeje humanitario
- Trajes y cascos EOD certificados
- Kits de marcaje de zonas peligrosas

Envío gratuito a todo el mundo. Pago con tarjeta o transferencia.
Solicite hoy su cotización: ventas@equipos-tacticos-global.example

Si no desea recibir más ofertas, haga clic aquí para darse de baja.
""",
)

add(
    id="N13", topic="not_an_enquiry", secondary=["reporting"], lang="de", hard=[],
    note="German out-of-office with Auto-Submitted, replying to a reporting thread",
    frm=("Markus Feldner", "markus.feldner@aa.tarnland.example"),
    subject="Abwesenheitsnotiz: Frage zum Transparenzbericht nach Artikel 7",
    date="Thu, 02 Apr 2026 10:00:44 +0200",
    mailer="Microsoft Outlook 16.0",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    body="""\
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 24. April nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an das Referat für konventionelle Rüstungskontrolle, Tel. +999 211 480 2200.

Mit freundlichen Grüßen
Markus Feldner
""",
)

add(
    id="N14", topic="not_an_enquiry", secondary=[], lang="ar", hard=[],
    note="Arabic out-of-office with Auto-Submitted",
    frm=("م. عمر الحدّاد", "o.haddad@nmac.suhailan.example"),
    subject="رد تلقائي: خارج المكتب",
    date="Sun, 31 May 2026 08:00:05 +0300",
    mailer="Microsoft Outlook 16.0",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    body="""\
شكراً لرسالتكم.

أنا خارج المكتب في مهمة ميدانية حتى يوم 15 حزيران/يونيو، ولن أتمكن من الاطلاع على البريد الإلكتروني بشكل منتظم. للأمور العاجلة يرجى التواصل مع مكتب العمليات على الرقم +999 6 551 2000.

م. عمر الحدّاد
المركز الوطني لمكافحة الألغام
""",
)
