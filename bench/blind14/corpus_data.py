# -*- coding: utf-8 -*-
"""blind14: content and gold labels of every message (data only).

Each entry describes one e-mail.  generate.py turns the entries into .eml
files and labels.json.  Keys:

  id          internal key (not used in file names)
  topic, secondary, language, hard, kinds, note   -> labels.json
              (note gets the "HARD(kinds): " prefix from generate.py)
  mailer      client profile (Message-ID, boundary and header style)
  frm         [display name, address]
  to, cc      lists of [display name, address] (to defaults to the intake)
  date        "YYYY-MM-DD HH:MM:SS +HHMM"
  subject     decoded subject
  subject_cs  [charset, "Q"|"B"] for the RFC 2047 encoding (default utf-8)
  name_cs     same for the From display name
  struct      plain | alt | html_only | dsn | mdn
  text        text/plain body (paragraphs may be long lines)
  charset, cte          of the text part
  html        explicit HTML (else derived from text); html_cte
  attachments list of {name, kind, [msg]}  kind: pdf docx xlsx ics rfc822
  reply       {"ref": "CCM-2026-NNNN", "kind": "ack"|"fwd"} -> In-Reply-To
  headers     extra header [name, value] pairs
  linesep     "lf" for LF files (default CRLF)
  probe       text that must be found in the decoded message (optional)
"""

INTAKE = ["CCM Implementation Support Unit", "intake@ccm-isu.example"]

MESSAGES = []

# ---------------------------------------------------------------------------
# stockpile_destruction (11)
# ---------------------------------------------------------------------------
MESSAGES += [
dict(
    id="S01", topic="stockpile_destruction", secondary=[], language="en",
    hard=False, kinds=[],
    note="landlocked State found undeclared projectiles after completing destruction; advice on destruction method or transfer abroad for destruction",
    mailer="thunderbird",
    frm=["Col. Anselm Drevic", "a.drevic@mod.velmora.example"],
    date="2026-04-06 09:14:22 +0200",
    subject="Request for technical advice - additional cluster munition stocks found at Kessin depot",
    struct="plain", charset="utf-8", cte="7bit",
    text="""\
Dear colleagues,

I am writing on behalf of the Directorate of Armaments of the Ministry of Defence of Velmora.

During the physical inventory ordered after the closure of the Kessin ammunition depot in February, our teams identified 342 artillery projectiles containing dual-purpose submunitions that were not in our records. They appear to have been moved to Kessin in the 1990s and mislabelled as illumination rounds. The projectiles are now in a separate bunker, marked, and under guard since 4 March.

As you know, Velmora declared completion of its stockpile destruction in 2023. We intend to inform the States Parties fully and to destroy these items as soon as possible, but we have two practical questions on which we would be grateful for advice:

1. Our EOD unit could destroy them by open detonation at the Brask range, but the range is close to a river and the environmental authority has raised concerns. Are there States Parties or operators with experience of contained or industrial destruction of this type of projectile who could advise us, or perhaps accept them for destruction?

2. Being a landlocked country, any transfer abroad would involve transit through two neighbours. Is there guidance on the procedure for transferring cluster munitions for the purpose of destruction?

We can provide photographs and lot numbers to any expert you put us in contact with.

With thanks and kind regards,

Col. Anselm Drevic
Head, Ammunition Management Section
Directorate of Armaments, Ministry of Defence of Velmora
Tel. +999 41 220 3107
""",
),
dict(
    id="S02", topic="stockpile_destruction", secondary=[], language="en",
    hard=False, kinds=[],
    note="donor earmarks funds specifically for stockpile destruction and asks which States need it",
    mailer="outlook",
    frm=["Sigrid Alvestad", "sigrid.alvestad@mfa.nordhavn.example"],
    cc=[["Disarmament Section", "disarmament.geneva@mfa.nordhavn.example"]],
    date="2026-06-03 14:51:09 +0200",
    subject="Nordhavn funding available for stockpile destruction projects (2026-2027)",
    struct="alt", charset="utf-8", cte="quoted-printable",
    text="""\
Dear ISU colleagues,

Following our conversation in the margins of the intersessional meetings, I am pleased to confirm that Nordhavn's Ministry of Foreign Affairs has earmarked the equivalent of approximately EUR 400,000 for 2026–2027 specifically for the destruction of stockpiled cluster munitions.

Our preference is to support one or two States Parties that still hold stocks, whose Article 3 deadline falls before 2029, and where funding rather than political will is the main obstacle. We could finance a commercial demilitarisation contract, transport to a destruction facility, or training and equipment for national teams.

Could the ISU help us identify which States have expressed a need for this kind of support, and share any project proposals that have been submitted? We would also welcome the views of the coordinators on stockpile destruction on where the contribution would make the most difference.

I am at the Mission until 12 June and happy to meet.

Best regards,

Sigrid Alvestad
First Secretary (Disarmament)
Permanent Mission of Nordhavn to the United Nations Office at Geneva
+999 22 918 44 10

This e-mail may contain confidential or privileged information. If you are not the intended recipient, please notify the sender and delete it. The Ministry of Foreign Affairs of Nordhavn does not accept liability for any errors or omissions in the contents of this message.
""",
),
dict(
    id="S03", topic="stockpile_destruction", secondary=[], language="en",
    hard=False, kinds=[],
    note="intends to request an Article 3 extension; asks deadline for submission, template, informal review; inventory attached",
    mailer="outlook",
    frm=["Ashdale, Corwin Maj", "corwin.ashdale@defence.tasmarre.example"],
    date="2026-05-19 11:03:44 +0100",
    subject="Article 3 extension request - Tasmarre - timeline and inventory",
    struct="alt", charset="us-ascii", cte="7bit",
    text="""\
Dear Sir/Madam,

Tasmarre's deadline under Article 3 for the destruction of its stockpiled cluster munitions is 1 August 2027. Despite good progress (61% of submunitions destroyed by the end of 2025), it is now clear that we will not finish in time, mainly because the only industrial facility able to process our 155 mm carrier shells was closed for 14 months after the fire in 2024.

We therefore intend to submit a request for an extension of the deadline. I would be grateful if you could tell us:

- by when the request must reach the ISU to be considered at this year's Meeting of States Parties;
- whether there is a template or an outline that the analysing States expect; and
- whether the ISU can look at our draft informally before it is formally submitted.

For information, I attach our current inventory and the destruction plan by year.

Yours faithfully,

Maj. Corwin Ashdale
Logistics Staff, J4 Ammunition
Tasmarre Defence Force
""",
    attachments=[dict(name="Tasmarre_CM_stockpile_inventory_and_destruction_plan_2026-2028.xlsx", kind="xlsx")],
),
dict(
    id="S04", topic="stockpile_destruction", secondary=["reporting"], language="en",
    hard=False, kinds=[],
    note="Article 3.6 retention for training: how many submunitions is a justifiable minimum",
    mailer="gmail",
    frm=["Ines Harrowby", "i.harrowby@eod.forces.lorandia.example"],
    date="2026-06-10 16:27:05 +0100",
    subject="Retention of submunitions for EOD training - how many is reasonable?",
    struct="alt", charset="utf-8", cte="7bit",
    text="""\
Hello,

Short question from our EOD school. We are finishing the destruction of our last stocks this year, and the Army would like to keep some submunitions for training and for the development of detection techniques, as Article 3.6 allows.

The current proposal from the school is to keep 600 submunitions of four types. Our legal office feels this is too many and that we would struggle to justify it as "the minimum number absolutely necessary". Are there benchmarks from other States Parties on how many items they keep and how many they actually use each year? Any practice you can share would help us settle this internally before we declare the numbers.

Thanks,
Ines

Lt Cdr Ines Harrowby
Explosive Ordnance Disposal School
Lorandia Armed Forces
""",
),
dict(
    id="S05", topic="stockpile_destruction", secondary=[], language="en",
    hard=True, kinds=["forwarded_chain"],
    note="MFA forwards army e-mail: deteriorating rockets with submunition warheads; urgent expert advice/visit for safe destruction",
    mailer="gmail",
    frm=["Petra Oyelaran-Voss", "p.oyelaran@mfa.halvanne.example"],
    date="2026-05-12 08:40:31 +0200",
    subject="Fwd: Depot 7 - deterioration of stored rockets",
    struct="alt", charset="utf-8", cte="quoted-printable",
    text="""\
Dear ISU,

Please see the exchange below with our Army logistics command. We would be grateful for your help with this.

Petra

---------- Forwarded message ---------
From: Teodor Mraz <t.mraz@army.halvanne.example>
Date: Mon, 11 May 2026 at 16:02
Subject: Depot 7 - deterioration of stored rockets
To: Petra Oyelaran-Voss <p.oyelaran@mfa.halvanne.example>
Cc: Logistics Command Duty Officer <duty.logcom@army.halvanne.example>


Petra,

As discussed by phone. During the quarterly inspection at Depot 7 we found white crystalline residue on 38 of the 122 mm rockets with submunition warheads (lot series 84-xx). Temperature logging shows that the bunker exceeded 40 °C for several weeks last summer. These rockets are in our destruction plan anyway, but they were scheduled for 2027.

My recommendation is to bring their destruction forward, but we do not have the capability to assess the stability of the propellant or to move them safely. We need an outside expert to look at them, ideally from a State Party that has dealt with similar items, and advice on how to destroy them on site if they cannot be transported. We can cover local costs. Please ask through the Convention channels.

Regards,
Teodor Mraz
Colonel, Logistics Command
Halvanne Armed Forces

On Fri, 8 May 2026 at 09:15, Petra Oyelaran-Voss <p.oyelaran@mfa.halvanne.example> wrote:
> Teodor, could you send me a short note on the inspection findings so I can raise it with partners? Thanks, P.

--
Dr. Petra Oyelaran-Voss
Head, Arms Control Division
Ministry of Foreign Affairs of Halvanne
""",
),
dict(
    id="S06", topic="stockpile_destruction", secondary=[], language="fr",
    hard=False, kinds=[],
    note="note verbale: request to circulate Article 6 request for destruction of remaining air-dropped stocks",
    mailer="outlook",
    frm=["Mission permanente de Kassango - Secrétariat", "secretariat@mission-geneve.kassango.example"],
    date="2026-04-21 15:22:10 +0200",
    subject="Note verbale n° 117/2026 - Demande d'assistance pour la destruction des stocks d'armes à sous-munitions",
    subject_cs=["iso-8859-1", "Q"],
    name_cs=["iso-8859-1", "Q"],
    struct="plain", charset="iso-8859-1", cte="quoted-printable",
    text="""\
La Mission permanente de la République de Kassango auprès de l'Office des Nations Unies à Genève présente ses compliments à l'Unité d'appui à l'application de la Convention sur les armes à sous-munitions et a l'honneur de lui transmettre ci-joint la note verbale n° 117/2026 du Ministère des Affaires étrangères.

Par cette note, le Gouvernement de la République de Kassango sollicite l'assistance technique et financière des États parties en mesure de le faire, conformément à l'article 6 de la Convention, pour la destruction des 1 140 bombes à sous-munitions encore stockées sur la base aérienne de Mboula. Les capacités nationales ne permettent pas de procéder à cette destruction dans des conditions de sécurité satisfaisantes avant l'échéance fixée par l'article 3.

La Mission permanente saurait gré à l'Unité d'appui de bien vouloir porter cette demande à l'attention des coordonnateurs pour la destruction des stocks et des États susceptibles d'apporter leur concours.

La Mission permanente de la République de Kassango saisit cette occasion pour renouveler à l'Unité d'appui à l'application l'assurance de sa haute considération.

Genève, le 21 avril 2026

--
Secrétariat
Mission permanente de la République de Kassango - Genève
""",
    attachments=[dict(name="NV_117-2026_MAE_Kassango_destruction_stocks.pdf", kind="pdf")],
),
dict(
    id="S07", topic="stockpile_destruction", secondary=["reporting"], language="fr",
    hard=True, kinds=["misleading_subject"],
    note="reused subject 'Rapport annuel'; body asks how to organise a transfer of stocks to a neighbour for destruction",
    mailer="thunderbird",
    frm=["Aminata Kouyaté-Bellamy", "a.kouyate@defense.benirou.example"],
    date="2026-05-27 10:05:48 +0000",
    subject="Rapport annuel - question",
    struct="plain", charset="utf-8", cte="8bit",
    text="""\
Bonjour,

Je reprends l'objet de mon courriel de l'an dernier, mais ma question est cette fois d'une autre nature.

Notre pays ne dispose d'aucune installation permettant de détruire les 212 conteneurs de sous-munitions qui restent dans nos dépôts. Les autorités d'un pays voisin, qui dispose d'une usine de démilitarisation, nous ont fait savoir de manière informelle qu'elles pourraient les accepter pour destruction.

Avant d'aller plus loin, nous aurions besoin de conseils pratiques : quelles sont les conditions d'un transfert aux fins de destruction au titre de l'article 3 ? Faut-il un accord bilatéral particulier ? Existe-t-il des précédents entre États parties que nous pourrions étudier, et un expert pourrait-il nous accompagner dans la préparation de l'opération (transport, escorte, contrôle de la destruction) ?

Nous mentionnerons bien entendu ce transfert dans notre prochain rapport, mais c'est l'organisation de l'opération elle-même qui nous préoccupe aujourd'hui.

Cordialement,

Aminata Kouyaté-Bellamy
Conseillère technique, Cabinet du Ministre de la Défense
République de Bénirou
""",
),
dict(
    id="S08", topic="stockpile_destruction", secondary=[], language="es",
    hard=False, kinds=[],
    note="two commercial offers (mobile plant vs. transfer abroad) for destroying stocks; asks for experts to review",
    mailer="outlook",
    frm=["Rodrigo Aguilera Pinzón", "r.aguilera@fuerzas.sierramorada.example"],
    name_cs=["iso-8859-1", "Q"],
    date="2026-04-29 12:18:37 -0500",
    subject="Consulta técnica sobre ofertas de desmilitarización",
    subject_cs=["iso-8859-1", "Q"],
    struct="plain", charset="iso-8859-1", cte="8bit",
    text="""\
Estimados señores:

El Ministerio de Defensa de la República de Sierra Morada ha recibido dos ofertas de empresas privadas para la destrucción de las municiones en racimo que aún conservamos (bombas de aviación y cohetes, aproximadamente 48 toneladas en total). Una propone instalar una planta móvil de desmilitarización en nuestro territorio; la otra, el traslado de las municiones a sus instalaciones en el extranjero.

Nuestros técnicos no tienen experiencia para valorar los aspectos de seguridad, ambientales y de costo de ambas propuestas. Quisiéramos saber si la Unidad de Apoyo puede ponernos en contacto con expertos de algún Estado Parte que haya pasado por un proceso similar y que pueda revisar las ofertas con nosotros, aunque sea de manera remota.

Quedamos atentos a su respuesta.

Atentamente,

Cap. de Navío Rodrigo Aguilera Pinzón
Jefe del Departamento de Municiones y Explosivos
Ministerio de Defensa - Sierra Morada
""",
),
dict(
    id="S09", topic="stockpile_destruction", secondary=[], language="es",
    hard=False, kinds=[],
    note="terse: from which date does the 8-year Article 3 deadline run after accession",
    mailer="apple",
    frm=["Lucía Ferrández", "lferrandez@cancilleria.valleescondido.example"],
    date="2026-04-14 18:42:12 -0300",
    subject="plazo art. 3",
    struct="plain", charset="utf-8", cte="quoted-printable",
    linesep="lf",
    text="""\
Buenas tardes,

Una consulta rápida: nuestro país depositó su instrumento de adhesión el 9 de febrero de 2026. ¿El plazo de ocho años para destruir las existencias empieza a contar desde esa fecha o desde la entrada en vigor para nosotros? Necesitamos la fecha exacta para el plan de destrucción que estamos preparando con la Fuerza Aérea.

Gracias,
Lucía Ferrández
Dirección de Seguridad Internacional
Cancillería de Valle Escondido

Enviado desde mi iPhone
""",
),
dict(
    id="S10", topic="stockpile_destruction", secondary=[], language="de",
    hard=False, kinds=[],
    note="environmental permit for industrial incineration of remaining stocks; asks for experts and guidance",
    mailer="outlook",
    frm=["Hallmann, Friederike Dr.", "friederike.hallmann@streitkraefte.auental.example"],
    date="2026-06-16 09:31:55 +0200",
    subject="Vernichtung der Restbestände - Umweltauflagen und Expertenkontakt",
    struct="alt", charset="utf-8", cte="quoted-printable",
    text="""\
Sehr geehrte Damen und Herren,

die Streitkräfte der Republik Auental haben bis Ende 2025 rund 90 % ihrer Bestände an Streumunition vernichtet. Für die verbleibenden Artilleriegeschosse (ca. 2 300 Stück) ist die Vernichtung in der Verbrennungsanlage eines privaten Auftragnehmers vorgesehen. Die zuständige Umweltbehörde verlangt nun zusätzliche Nachweise zu den Emissionen bei der Verbrennung der Sprengstoffe, was unseren Zeitplan gefährdet.

Wir wären Ihnen dankbar, wenn Sie uns Kontakte zu Vertragsstaaten oder Fachleuten vermitteln könnten, die Erfahrung mit Emissionsmessungen und Genehmigungsverfahren bei der industriellen Vernichtung von Streumunition haben. Auch Unterlagen oder Leitfäden zu diesem Thema wären hilfreich.

Mit freundlichen Grüßen
Im Auftrag

Oberstleutnant Dr. Friederike Hallmann
Referat Rüstungskontrolle und Munitionsentsorgung
Kommando Streitkräftebasis
Republik Auental
""",
),
dict(
    id="S11", topic="stockpile_destruction", secondary=[], language="ru",
    hard=True, kinds=["legacy_charset"],
    note="windows-1251 body and subject: technical assistance (experts, equipment, training) to destroy remaining stocks",
    mailer="outlook",
    frm=["Лыткин Аркадий Семёнович", "lytkin.as@mil.ozeriya.example"],
    name_cs=["windows-1251", "B"],
    date="2026-05-13 10:12:40 +0300",
    subject="Запрос о технической помощи в уничтожении запасов кассетных боеприпасов",
    subject_cs=["windows-1251", "B"],
    struct="plain", charset="windows-1251", cte="8bit",
    text="""\
Уважаемые коллеги!

Министерство обороны Республики Озерия обращается к Группе имплементационной поддержки с просьбой о содействии в получении технической помощи для уничтожения оставшихся запасов кассетных боеприпасов.

На складах вооружения по-прежнему хранятся около 3 900 авиационных кассетных бомб и реактивных снарядов с кассетными боевыми частями. Собственных мощностей по промышленной утилизации у нас нет, а подрыв на полигоне в таких объёмах невозможен из-за близости населённых пунктов.

Нам требуется:
— оценка экспертами состояния боеприпасов и выбор метода уничтожения;
— оборудование для разделки боевых частей;
— обучение персонала.

Просим сообщить, какие государства-участники могли бы оказать такую помощь и в каком виде следует оформить официальный запрос.

С уважением,
полковник А. С. Лыткин
Управление вооружения Министерства обороны Республики Озерия
тел. +999 17 455 20 31
""",
),
]

# ---------------------------------------------------------------------------
# clearance (12)
# ---------------------------------------------------------------------------
MESSAGES += [
dict(
    id="C01", topic="clearance", secondary=[], language="en",
    hard=False, kinds=[],
    note="small island State: cyclone exposed submunitions on a former range; needs survey, removal and community warnings",
    mailer="outlook",
    frm=["Mereana Tulloch-Fatu", "ps@homeaffairs.gov.kerrow.example"],
    date="2026-04-10 08:02:17 +1200",
    subject="Submunitions exposed after Cyclone Ilse - request for survey support",
    struct="plain", charset="utf-8", cte="quoted-printable",
    text="""\
Dear ISU team,

I hope this finds you well. I am the Permanent Secretary of the Ministry of Home Affairs of the Kerrow Isles.

When Cyclone Ilse struck our northern island in March, the storm surge and landslides on the Cape Marrow peninsula exposed a number of small bomblets on land that was used as an air weapons range by a foreign air force until the 1970s. Our police have so far found 14 items, which a visiting naval team confirmed as submunitions. The area is used by fishermen and children walk through it on their way to school.

We are a State of 38,000 people and have no explosive ordnance disposal capacity at all. We would be grateful for any assistance to:

- carry out a survey to establish how large the contaminated area is;
- remove and destroy the items found so far; and
- inform the communities on Cape Marrow about the danger in the meantime.

To be frank, we had understood our obligations under the Convention to be a formality, so this has come as a shock. Any guidance on what we now need to do, including under Article 4, would be very welcome.

Warm regards,

Mereana Tulloch-Fatu
Permanent Secretary
Ministry of Home Affairs
Government of the Kerrow Isles
""",
),
dict(
    id="C02", topic="clearance", secondary=[], language="en",
    hard=False, kinds=[],
    note="technical survey equipment and revision of the national land release standard",
    mailer="outlook",
    frm=["Oleksandra Vantic", "o.vantic@mmac.merovska.example"],
    date="2026-05-05 13:44:02 +0300",
    subject="Technical survey equipment and revision of national land release standard",
    struct="alt", charset="utf-8", cte="quoted-printable",
    text="""\
Dear colleagues,

The Merovska Mine Action Centre (MMAC) would like to request assistance in two related areas of our Article 4 work.

First, following the 2025 non-technical survey of the southern provinces, we now have 212 confirmed hazardous areas with cluster munition remnants, totalling approximately 94 km². To cancel and reduce these areas efficiently we need to expand technical survey. Our teams currently have 11 serviceable large-loop detectors; we estimate that we need 40, plus two armoured excavators for work in orchards.

Second, our National Mine Action Standard 07.11 on land release was written in 2014 and does not reflect the evidence-based survey approach now used by most operators. We would welcome a short advisory mission to help us revise it.

We can share the survey dataset and a costed equipment list on request.

Kind regards,

Dr. Oleksandra Vantic
Director of Operations
Merovska Mine Action Centre
Tel: +999 31 600 2244
""",
),
dict(
    id="C03", topic="clearance", secondary=[], language="en",
    hard=False, kinds=[],
    note="draft Article 4 extension request attached; asks for informal review of work plan and resource mobilisation",
    mailer="thunderbird",
    frm=["Nikolai Brest-Adeyemi", "n.brest@nmaa.ranvalle.example"],
    date="2026-05-21 17:20:36 +0200",
    subject="Draft Article 4 extension request - informal review",
    struct="plain", charset="utf-8", cte="8bit",
    text="""\
Dear ISU,

As announced at the intersessional meetings, Ranvalle will not be able to complete the clearance of cluster munition contaminated areas by its Article 4 deadline of 1 March 2027. The remaining 31 areas lie in the Tessaly highlands, where access is possible only five months a year.

Please find attached the third draft of our extension request. Before we transmit it formally, we would greatly appreciate the informal comments of the ISU and the clearance coordinators, in particular on:

- the work plan for 2027–2030 (section 6), and whether the annual targets look realistic;
- how we present the resource mobilisation strategy, as 40% of the budget is not yet secured.

We aim to submit the final version by 15 June.

Best regards,
Nikolai Brest-Adeyemi
Deputy Director
Ranvalle National Mine Action Authority
""",
    attachments=[dict(name="Ranvalle_Art4_Extension_Request_DRAFT_v3.docx", kind="docx")],
),
dict(
    id="C04", topic="clearance", secondary=[], language="en",
    hard=True, kinds=["attachment_only_hint"],
    note="bare cover note; attachment is a risk education proposal for contaminated districts",
    mailer="apple",
    frm=["Jamal Okonkwo-Reyes", "j.okonkwo@interior.tabrun.example"],
    date="2026-06-02 07:58:03 +0300",
    subject="Proposal",
    struct="plain", charset="us-ascii", cte="7bit",
    text="""\
Dear Sir/Madam,

Kindly find attached for your kind consideration.

Regards,
Jamal Okonkwo-Reyes
Planning & Partnerships Unit
Ministry of Interior, Republic of Tabrun

Sent from my iPad
""",
    attachments=[dict(name="Tabrun_Risk_Education_Proposal_Northern_Districts_2026-2027.pdf", kind="pdf")],
),
dict(
    id="C05", topic="clearance", secondary=["victim_assistance"], language="en",
    hard=False, kinds=[],
    note="after an accident (victims already cared for) asks for emergency marking and risk education in schools",
    mailer="gmail",
    frm=["Irena Vuksan-Holt", "i.vuksan@smac.sarvenia.example"],
    date="2026-05-06 11:35:19 +0200",
    subject="Risk education and marking after accident in Koral district",
    struct="alt", charset="utf-8", cte="quoted-printable",
    text="""\
Dear colleagues,

On 2 May three children from the village of Petrenje in Koral district were injured when one of them picked up a submunition near the old railway line. All three are being treated at the regional hospital and the Ministry of Health is in contact with the families, so the medical side is in hand.

What worries us is that the place of the accident was not on our list of suspected hazardous areas. Our clearance teams are fully committed in the south until October. We urgently need support for:

- emergency marking and fencing of the railway corridor (around 6 km), and
- a risk education campaign in the 11 schools of Koral district before the summer holidays, when children are out in the fields.

Could you help us identify an operator or donor able to support this quickly?

Best regards,

Irena Vuksan-Holt
Head of Risk Education
Sarvenia Mine Action Centre
""",
),
dict(
    id="C06", topic="clearance", secondary=["reporting", "legislation", "victim_assistance"], language="en",
    hard=True, kinds=["reply_to_ack"],
    note="reply to acknowledgement adding details to a non-technical survey request; signature lists reporting/legislation/VA duties",
    mailer="apple",
    frm=["Viktor Anand-Sorel", "v.anand-sorel@mfa.oskara.example"],
    date="2026-04-20 09:26:51 +0400",
    subject="Re: [CCM-2026-0398] Request for non-technical survey support - Lissa valley",
    reply={"ref": "CCM-2026-0398", "kind": "ack"},
    struct="alt", charset="utf-8", cte="quoted-printable",
    text="""\
Dear colleagues,

Thank you for the acknowledgement. As requested by phone, here are the additional details for our survey request:

- Location: Lissa valley, districts of Hovel and Sarn (grid squares LV-12 to LV-19 on the national mine action map)
- Estimated area to survey: 35 km² of farmland and pasture
- Evidence: 27 reports of submunition finds by farmers since 2024, 4 accidents (2 fatal)
- Local partners: district civil protection offices, who can provide guides and vehicles

Could you tell us whether the request has already been shared with the clearance coordinators, and roughly when we might hear from a potential partner? The ploughing season starts in September.

Kind regards,

Viktor Anand-Sorel
Senior Officer, Department of Treaty Compliance
Ministry of Foreign Affairs of Oskara
National focal point for: Article 7 transparency reporting | national implementation legislation | victim assistance coordination

> On 17 Apr 2026, at 10:42, CCM Intake <no-reply@ccm-isu.example> wrote:
>
> Thank you for contacting the CCM Implementation Support Unit. Your message has been registered under reference CCM-2026-0398 and forwarded to the relevant colleagues. Please keep this reference in the subject line of any further correspondence.
""",
),
dict(
    id="C07", topic="clearance", secondary=[], language="fr",
    hard=False, kinds=[],
    note="train and equip new clearance teams, detection dogs for technical survey, quality management",
    mailer="outlook",
    frm=["Secrétariat permanent CNLREG", "sp@cnlreg.ouessande.example"],
    date="2026-06-08 10:48:30 +0000",
    subject="Demande d'appui - formation d'équipes de dépollution et chiens détecteurs",
    struct="plain", charset="windows-1252", cte="quoted-printable",
    text="""\
Madame, Monsieur,

La Commission nationale de lutte contre les restes explosifs de guerre (CNLREG) de la République d'Ouessande sollicite l'appui de l'Unité d'appui à l'application pour identifier des partenaires susceptibles de renforcer nos capacités de dépollution.

Depuis la fin du conflit en 2019, 146 zones contaminées par des restes d'armes à sous-munitions ont été recensées dans les provinces du Nord et de l'Est, dont 58 ont été remises à la disposition des communautés. Nos six équipes nationales de dépollution ne suffisent pas pour respecter l'échéance de l'article 4.

Nous souhaiterions :
- former et équiper quatre nouvelles équipes de dépollution de dix personnes chacune ;
- étudier la possibilité d'introduire des chiens détecteurs d'explosifs pour l'enquête technique ;
- bénéficier d'un appui pour la gestion de la qualité des opérations.

Un document de projet détaillé est en préparation et pourra être transmis aux partenaires intéressés.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Général de brigade (2S) Honoré Mbaye-Duclos
Secrétaire permanent de la CNLREG
République d'Ouessande
""",
),
dict(
    id="C08", topic="clearance", secondary=[], language="fr",
    hard=True, kinds=["forwarded_as_attachment"],
    note="MFA forwards prefect's message as attachment: newly found submunitions during road works, needs survey and removal",
    mailer="outlook",
    frm=["NDIAYE-FOURNIER Claire", "claire.ndiaye-fournier@diplomatie.tiramont.example"],
    date="2026-05-29 14:10:22 +0200",
    subject="TR: Découverte à Val-Sarrette",
    struct="alt", charset="utf-8", cte="quoted-printable",
    text="""\
Bonjour,

Je vous transfère le message ci-joint du préfet de la région de l'Ouest. Pouvez-vous nous dire qui pourrait nous aider ? Nous n'avons pas les moyens d'intervenir rapidement.

Merci d'avance,

Claire Ndiaye-Fournier
Direction des Nations Unies et des organisations internationales
Ministère des Affaires étrangères du Royaume de Tiramont
""",
    attachments=[dict(kind="rfc822", name="Découverte à Val-Sarrette.eml", msg=dict(
        mailer="outlook",
        frm=["Préfecture de la région de l'Ouest", "cabinet@prefecture-ouest.interieur.tiramont.example"],
        to=[["NDIAYE-FOURNIER Claire", "claire.ndiaye-fournier@diplomatie.tiramont.example"]],
        date="2026-05-28 17:41:09 +0200",
        subject="Découverte à Val-Sarrette",
        struct="plain", charset="iso-8859-1", cte="quoted-printable",
        text="""\
Madame la Directrice,

J'ai l'honneur de vous signaler que les travaux d'élargissement de la route départementale 14, près de la commune de Val-Sarrette, ont mis au jour le 27 mai une quarantaine de sous-munitions non explosées, apparemment issues des combats de 1987 dans la zone frontalière. Le chantier a été suspendu et un périmètre de sécurité a été établi par la gendarmerie.

Selon les habitants, des objets similaires ont déjà été trouvés par le passé dans les champs voisins, ce qui laisse penser que la contamination pourrait être plus étendue. Nos services ne disposent d'aucune capacité de déminage. Je sollicite votre appui pour obtenir une expertise internationale afin d'évaluer l'étendue de la zone contaminée et de procéder à l'enlèvement et à la destruction des engins.

Veuillez agréer, Madame la Directrice, l'expression de ma haute considération.

Pour le Préfet de la région de l'Ouest,
le Directeur de cabinet
Étienne Lambert-Oduya
""",
    ))],
),
dict(
    id="C09", topic="clearance", secondary=[], language="fr",
    hard=False, kinds=[],
    note="information management: migrate hazardous-area database, train data managers, update contamination map",
    mailer="roundcube",
    frm=["Salif Kanouté-Brun", "s.kanoute@cnam.mbele.example"],
    date="2026-06-23 09:15:44 +0000",
    subject="Appui à la gestion de l'information - base de données des zones contaminées",
    struct="alt", charset="utf-8", cte="quoted-printable",
    linesep="lf",
    text="""\
Bonjour,

Le Centre national d'action contre les mines de Mbélé (CNAM) utilise depuis 2016 une base de données des zones dangereuses dont la maintenance n'est plus assurée. Une partie des données d'enquête (environ 30 %) n'a jamais été saisie et les polygones des zones déjà remises à disposition ne sont pas à jour, ce qui nous empêche d'établir une estimation fiable de la contamination restante par les restes d'armes à sous-munitions.

Nous souhaiterions bénéficier d'une assistance technique pour migrer nos données vers un système de gestion de l'information à jour, former deux gestionnaires de données et mettre à jour la carte de la contamination avant la fin de l'année.

Pourriez-vous nous indiquer si un État partie ou une organisation partenaire propose ce type d'appui ?

Bien à vous,

Salif Kanouté-Brun
Chef de la cellule Gestion de l'information
CNAM - Mbélé
""",
),
dict(
    id="C10", topic="clearance", secondary=[], language="es",
    hard=False, kinds=[],
    note="support (teams, vehicles, data management) for a non-technical survey in the border area before the Article 4 deadline",
    mailer="outlook",
    frm=["Patricia Villaseñor Ocampo", "p.villasenor@desminado.montenubes.example"],
    name_cs=["iso-8859-1", "Q"],
    date="2026-05-05 08:37:12 -0500",
    subject="Solicitud de apoyo para estudio no técnico en la franja fronteriza norte",
    struct="plain", charset="iso-8859-1", cte="quoted-printable",
    text="""\
Estimados colegas:

La Comisión Nacional de Desminado Humanitario de Montenubes se dirige a ustedes para solicitar apoyo en la realización de un estudio no técnico en la franja fronteriza norte (departamentos de Altamira y San Roque), donde las comunidades siguen reportando hallazgos de submuniciones treinta años después del conflicto limítrofe.

Nuestro plazo según el artículo 4 vence en agosto de 2028 y, sin este estudio, no podremos saber con precisión cuánta tierra queda por liberar ni planificar el trabajo restante. Estimamos que se requieren cuatro equipos durante ocho meses, vehículos todo terreno y apoyo en gestión de datos.

Agradeceríamos que hicieran llegar esta solicitud a los coordinadores de limpieza y a los Estados Partes que estén en condiciones de apoyarnos. Podemos enviar el presupuesto detallado cuando lo requieran.

Cordialmente,

Ing. Patricia Villaseñor Ocampo
Directora Técnica
Comisión Nacional de Desminado Humanitario - Montenubes
""",
),
dict(
    id="C11", topic="clearance", secondary=["victim_assistance"], language="es",
    hard=True, kinds=["misleading_subject"],
    note="reuses an old victim-assistance thread subject; asks how to declare completion of Article 4 clearance",
    mailer="outlook",
    frm=["Mauricio Leal Cardona", "mleal@desminado.defensa.costaambar.example"],
    date="2026-06-17 16:02:28 -0600",
    subject="RE: Solicitud de asistencia a víctimas - seguimiento",
    struct="alt", charset="utf-8", cte="quoted-printable",
    text="""\
Estimada Unidad de Apoyo:

Respondo sobre este hilo antiguo porque es el último que tengo con ustedes, pero el tema ahora es otro.

Nuestra Oficina Nacional de Desminado terminó en abril el despeje de la última zona contaminada con restos de municiones en racimo conocida en el país (Cerro Bermejo). Queremos declarar el cumplimiento de nuestras obligaciones del artículo 4 antes de la próxima Reunión de los Estados Partes.

¿Podrían indicarnos cuál es el procedimiento? En concreto:
1. ¿Existe un modelo de declaración de cumplimiento?
2. ¿Qué documentación de respaldo (informes de aseguramiento de calidad, mapas) se espera?
3. ¿Cómo debemos manejar los hallazgos residuales después de la declaración?

Saludos cordiales,

Mauricio Leal Cardona
Oficina Nacional de Desminado
Ministerio de Defensa de Costa Ámbar

________________________________
De: Mauricio Leal Cardona
Enviado: martes, 14 de octubre de 2025 11:20
Para: intake@ccm-isu.example
Asunto: Solicitud de asistencia a víctimas - seguimiento

Buenos días, quisiera saber si hay novedades sobre nuestra solicitud de apoyo para el centro de rehabilitación de Puerto Lanza. Gracias.
""",
),
dict(
    id="C12", topic="clearance", secondary=[], language="ar",
    hard=True, kinds=["legacy_charset"],
    note="windows-1256: clearance of contaminated farmland, extra teams, detectors, risk education during harvest",
    mailer="outlook",
    frm=["خالد عبد الرحيم النعيمي", "k.alnuaimi@nmac.sahlan.example"],
    name_cs=["windows-1256", "B"],
    date="2026-04-30 10:20:05 +0300",
    subject="طلب دعم لتطهير الأراضي الزراعية من مخلفات الذخائر العنقودية",
    subject_cs=["windows-1256", "B"],
    struct="plain", charset="windows-1256", cte="quoted-printable",
    text="""\
السادة وحدة دعم التنفيذ المحترمين،

تحية طيبة وبعد،

يتشرف المركز الوطني لمكافحة الألغام في جمهورية سهلان بطلب المساعدة التقنية والمالية لتطهير الأراضي الزراعية الملوثة بمخلفات الذخائر العنقودية في محافظتي الوادي الأخضر والرملة.

لقد حدد المسح غير التقني الذي أجري في عام 2025 ما مساحته حوالي 18 كيلومترا مربعا من البساتين والحقول الملوثة، وهي مصدر الرزق الرئيسي لأكثر من 40 ألف نسمة. ولا تملك فرقنا الوطنية سوى أربع فرق تطهير، وهي غير كافية لإنجاز العمل قبل الموعد النهائي المحدد بموجب المادة 4.

نرجو منكم إعلامنا بالدول الأطراف أو المنظمات التي يمكنها تقديم الدعم في مجال:
- تدريب فرق إضافية للتطهير والمسح التقني؛
- توفير أجهزة الكشف ومعدات الحماية الشخصية؛
- توعية السكان بمخاطر الذخائر غير المنفجرة خلال موسم الحصاد.

وتفضلوا بقبول فائق الاحترام والتقدير،

م. خالد عبد الرحيم النعيمي
مدير العمليات
المركز الوطني لمكافحة الألغام - جمهورية سهلان
""",
),
]

# ---------------------------------------------------------------------------
# victim_assistance (12)
# ---------------------------------------------------------------------------
MESSAGES += [
dict(
    id="V01", topic="victim_assistance", secondary=[], language="en",
    hard=False, kinds=[],
    note="prosthetic/orthotic services: train technicians, materials, mobile outreach unit",
    mailer="thunderbird",
    frm=["Dr. Miroslav Kettering-Asante", "director.nrc@health.dravania.example"],
    date="2026-04-08 10:11:47 +0200",
    subject="Support for prosthetic and orthotic services - Dravania",
    struct="plain", charset="us-ascii", cte="7bit",
    text="""\
Dear Sir or Madam,

The National Rehabilitation Centre in Velgrad is the only facility in Dravania producing prostheses and orthoses. It serves around 1,900 persons with limb loss, of whom at least 260 are survivors of cluster munition accidents, most of them living in the eastern mountain districts.

We have two certified prosthetists for the whole country, and our supply of polypropylene and components depends on irregular donations. The waiting time for a new prosthesis is currently 11 months.

We are seeking assistance to:
(a) train four additional prosthetic/orthotic technicians to internationally recognised standards;
(b) secure a two-year supply of materials and components; and
(c) set up a mobile outreach unit for fittings and repairs in the eastern districts.

Please let us know how we can bring this request to the attention of States in a position to assist.

Sincerely,

Dr. Miroslav Kettering-Asante
Director, National Rehabilitation Centre
Ministry of Health and Social Protection, Dravania
""",
),
dict(
    id="V02", topic="victim_assistance", secondary=[], language="en",
    hard=False, kinds=[],
    note="national needs assessment of survivors and affected persons: methodology, expert, funding",
    mailer="outlook",
    frm=["Lindqvist-Obi, Amara", "a.lindqvist-obi@social.ardova.example"],
    date="2026-05-14 15:05:33 +0200",
    subject="Request for technical support - national survey of cluster munition victims",
    struct="alt", charset="utf-8", cte="quoted-printable",
    text="""\
Dear colleagues,

Ardova does not currently have a reliable figure for the number of cluster munition victims in the country. The casualty database held by the police only records incidents since 2012, and it does not include the families of those killed or injured, nor the affected communities, who are also victims under the Convention.

The Ministry of Social Affairs intends to carry out a national needs assessment of survivors and indirectly affected persons in 2026–2027, so that services can be planned on the basis of evidence and the data can be integrated into the national disability information system.

We would appreciate:
- advice on the methodology and questionnaires used by other States Parties, including on collecting data disaggregated by sex, age and disability;
- the support of an expert for the design phase (about three months); and
- funding for the field work, estimated at USD 180,000.

Many thanks for your help.

Best wishes,

Amara Lindqvist-Obi
Senior Adviser, Department of Disability Inclusion
Ministry of Social Affairs, Republic of Ardova
""",
),
dict(
    id="V03", topic="victim_assistance", secondary=[], language="en",
    hard=False, kinds=[],
    note="concept note for psychosocial support programme attached; seeks partner and co-funding",
    mailer="outlook",
    frm=["Kofi Brandt-Aziz", "k.brandt-aziz@moh.zembla.example"],
    date="2026-06-04 12:40:09 +0100",
    subject="Concept note - psychosocial support programme for survivors and families",
    struct="alt", charset="us-ascii", cte="7bit",
    text="""\
Dear ISU colleagues,

Further to my call with your victim assistance team last week, please find attached our concept note for a three-year psychosocial support programme for cluster munition survivors and bereaved families in Zembla's border provinces.

In short, we are looking for a partner organisation with experience in community-based peer support, and for co-funding of about 60% of the budget. The Ministry of Health will provide premises and staff salaries.

Happy to discuss,
Kofi

Kofi Brandt-Aziz
Mental Health Programme Coordinator
Ministry of Health, Zembla
""",
    attachments=[dict(name="Zembla_PSS_Programme_Concept_Note_2026-2029.docx", kind="docx")],
),
dict(
    id="V04", topic="victim_assistance", secondary=[], language="en",
    hard=False, kinds=[],
    note="machine-translated English: rebuild rehabilitation centre, wheelchairs, physiotherapist training",
    mailer="outlook",
    frm=["Dr. Yusuf Karimov-Elland", "y.karimov@moh.tabrun.example"],
    date="2026-04-24 09:57:21 +0300",
    subject="Request of assistance for the victims of cluster munition in Tabrun",
    struct="plain", charset="windows-1252", cte="quoted-printable",
    text="""\
Dear Sirs,

With this letter the Ministry of Health of Republic of Tabrun is having honour to make request of assistance for victims of cluster munition which are living in our country in the provinces of Sarik and Dolmen.

According to the statistic of our Ministry there are 417 persons who are victims, they are needing wheelchairs, crutches and other aids of mobility, and many of them are not having access to physiotherapy because the rehabilitation centre of Sarik was destructed in the conflict in 2021 and is not rebuild until now. Patients must travel to the capital which is 9 hours by the road and for many families it is not possible because of the costs.

We are kindly ask the assistance for:
1) the rebuilding and equipping of the rehabilitation centre of Sarik,
2) giving 300 wheelchairs of good quality for rough roads,
3) the training of physiotherapists.

We are remain at your disposal for all additional informations.

With respect,
Dr. Yusuf Karimov-Elland
Head of Department of Specialized Medical Care
Ministry of Health of Republic of Tabrun
""",
),
dict(
    id="V05", topic="victim_assistance", secondary=["legislation", "stockpile_destruction"], language="en",
    hard=True, kinds=["multi_topic"],
    note="mentions implementing law and past stockpile destruction; asks for help integrating survivors into national disability strategy and VA focal point",
    mailer="outlook",
    frm=["Dana Moravec-Kahn", "d.moravec-kahn@labour.ebrania.example"],
    date="2026-06-18 10:22:14 +0200",
    subject="Including cluster munition survivors in our new National Disability Strategy",
    struct="alt", charset="utf-8", cte="quoted-printable",
    text="""\
Dear colleagues,

I work as legal adviser in the Ministry of Labour and Social Policy of Ebrania. Two processes are running in parallel in our government at the moment, so let me be clear which one this message concerns.

Our Ministry of Justice is drafting the law to implement the Convention on Cluster Munitions (prohibitions and penal sanctions); that work is well advanced and the Ministry of Justice will contact you separately if it needs anything. Our stockpile was destroyed in 2019, so there is nothing pending on that side either.

My question concerns our National Disability Strategy 2027–2032, which we are drafting now. We want to make sure that the needs of cluster munition survivors are properly integrated into it, rather than addressed in a separate programme that nobody funds. Concretely, we would be grateful for:

- examples of national disability plans from other States Parties that integrate victim assistance obligations well;
- advice on designating a victim assistance focal point within our disability coordination mechanism; and
- if possible, a short review of our draft chapter on rehabilitation and socio-economic inclusion in September.

Kind regards,

Dana Moravec-Kahn
Legal Adviser
Ministry of Labour and Social Policy
Republic of Ebrania
""",
),
dict(
    id="V06", topic="victim_assistance", secondary=[], language="en",
    hard=True, kinds=["enquiry_looks_like_noise"],
    note="genuine letter delivered by a ministry's electronic document registry robot: livelihood/grant scheme for survivors",
    mailer="edr",
    frm=["EDR - Electronic Document Registry", "edr-noreply@socialprotection.corvanne.example"],
    headers=[["Reply-To", "Tamsin Okafor-Greer <t.okafor-greer@socialprotection.corvanne.example>"],
             ["X-Mailer", "EDR Outbound Gateway 3.8.2"],
             ["X-EDR-Registration", "MSP/OUT/2026/04417"]],
    date="2026-05-06 16:30:02 +0200",
    subject="[EDR] Outgoing letter MSP/OUT/2026/04417 - Request for support to a livelihood programme for cluster munition survivors",
    struct="plain", charset="utf-8", cte="7bit",
    text="""\
*** This message was generated automatically by the Electronic Document Registry (EDR) of the Ministry of Social Protection of Corvanne. Please do not reply to the sender address. Replies should be sent to the responsible officer indicated below. ***

Registration No.:      MSP/OUT/2026/04417
Date of registration:  06.05.2026
Document type:         Outgoing letter
Addressee:             Implementation Support Unit, Convention on Cluster Munitions
Responsible officer:   Ms Tamsin Okafor-Greer, Head, Social Inclusion Division
                       (t.okafor-greer@socialprotection.corvanne.example)
Subject:               Request for support to a livelihood programme for cluster munition survivors

--- Document text ---

Dear Sir/Madam,

The Ministry of Social Protection of Corvanne is preparing a livelihood programme for cluster munition survivors and their families in the districts of Ambrel and Nisk, where unemployment among survivors is estimated at over 70 per cent.

The programme would combine vocational training, small business grants (up to EUR 1,500 per household) and placement support with local employers. We would welcome technical assistance in designing the grant scheme and its selection criteria, information on similar programmes in other States Parties, and support in mobilising funding for the first cohort of 250 beneficiaries.

Yours faithfully,

Tamsin Okafor-Greer
Head, Social Inclusion Division

--- End of document ---

Attachments registered: 1 (MSP-OUT-2026-04417.pdf)
""",
    attachments=[dict(name="MSP-OUT-2026-04417.pdf", kind="pdf")],
),
dict(
    id="V07", topic="victim_assistance", secondary=[], language="fr",
    hard=False, kinds=[],
    note="psychological support for survivors and families: training community health workers, peer support groups",
    mailer="outlook",
    frm=["Dr Joséphine Mabiala-Renaud", "j.mabiala@sante.kassango.example"],
    date="2026-05-26 11:14:50 +0100",
    subject="Soutien psychologique aux survivants - demande d'appui technique",
    struct="alt", charset="utf-8", cte="quoted-printable",
    text="""\
Madame, Monsieur,

Le Ministère de la Santé publique de la République de Kassango souhaite renforcer la prise en charge psychologique des survivants d'accidents dus aux armes à sous-munitions et de leurs familles dans les provinces de Haute-Lémé et de Kilanda.

À ce jour, seuls deux psychologues cliniciens exercent dans ces provinces, pour une population de près de 900 000 habitants. Les survivants rencontrés lors de notre dernière mission de terrain font état de troubles du sommeil, d'isolement et de difficultés de réinsertion, notamment chez les jeunes.

Nous sollicitons un appui pour :
– former une trentaine d'agents de santé communautaires aux premiers secours psychologiques et au repérage des troubles ;
– mettre en place des groupes de soutien par les pairs animés par des survivants ;
– financer des consultations spécialisées pour les cas les plus graves.

Nous restons à votre disposition pour tout complément d'information.

Dr Joséphine Mabiala-Renaud
Directrice de la santé mentale
Ministère de la Santé publique - République de Kassango
""",
),
dict(
    id="V08", topic="victim_assistance", secondary=[], language="fr",
    hard=True, kinds=["base64_body"],
    note="base64 text body: paediatric orthoses/prostheses components, technician training, family transport costs",
    mailer="gmail",
    frm=["Rachelle Obiang-Marchetti", "r.obiang@cnao.sante.ouessande.example"],
    date="2026-06-11 08:49:26 +0000",
    subject="Orthèses et aides techniques pour enfants survivants",
    struct="plain", charset="utf-8", cte="base64",
    text="""\
Bonjour,

Au Centre national d'appareillage orthopédique d'Ouessande, nous suivons actuellement 64 enfants survivants d'accidents causés par des sous-munitions. La croissance des enfants impose de renouveler leurs orthèses et prothèses tous les 6 à 12 mois, ce que notre budget ne permet pas.

Nous cherchons un partenaire pouvant nous fournir des composants pédiatriques et former nos techniciens à l'appareillage de l'enfant. Un appui pour la prise en charge des frais de transport des familles vivant loin du centre serait également très utile.

Pouvez-vous nous orienter vers des États ou des organisations susceptibles de nous aider ?

Cordialement,
Rachelle Obiang-Marchetti
Responsable technique
Centre national d'appareillage orthopédique, Ouessande
""",
),
dict(
    id="V09", topic="victim_assistance", secondary=[], language="es",
    hard=False, kinds=[],
    note="employment inclusion programme for survivors: incentives, vocational training, microcredit",
    mailer="zimbra",
    frm=["Gabriela Montoya Urrutia", "gmontoya@trabajo.costaambar.example"],
    date="2026-06-01 13:08:40 -0600",
    subject="Programa de inclusión laboral para sobrevivientes de municiones en racimo",
    struct="plain", charset="utf-8", cte="8bit",
    text="""\
Estimados señores:

Me dirijo a ustedes en representación del Ministerio de Trabajo y Seguridad Social de la República de Costa Ámbar. Estamos diseñando un programa de inclusión laboral dirigido a sobrevivientes de accidentes con municiones en racimo y a otras personas con discapacidad de las zonas rurales de Río Tinto y Las Palmas.

Quisiéramos conocer experiencias de otros Estados Partes en incentivos para empresas que contratan a sobrevivientes, formación profesional adaptada y microcréditos. También nos interesaría saber si algún donante financia este tipo de programas en el marco del artículo 5.

Agradezco de antemano su atención.

Lcda. Gabriela Montoya Urrutia
Coordinadora de Inclusión Laboral
Ministerio de Trabajo y Seguridad Social - Costa Ámbar
Tel. +999 506 2240 1188
""",
),
dict(
    id="V10", topic="victim_assistance", secondary=[], language="es",
    hard=True, kinds=["reply_to_ack"],
    note="reply to acknowledgement with data for a national victims registry request; asks when an expert will be assigned",
    mailer="outlook",
    frm=["Carolina Ibarra Soler", "cibarra@minsalud.puertoceleste.example"],
    date="2026-04-29 10:33:18 -0400",
    subject="RE: [CCM-2026-0467] Solicitud de apoyo - registro nacional de víctimas",
    reply={"ref": "CCM-2026-0467", "kind": "ack"},
    struct="alt", charset="utf-8", cte="quoted-printable",
    text="""\
Buenos días:

Gracias por el acuse de recibo. Les envío la información complementaria que nos solicitaron por teléfono:

- Víctimas identificadas hasta ahora: 312 (211 sobrevivientes y 101 fallecidos), además de sus familias.
- Fuentes actuales: registros de los hospitales regionales y de la Defensoría del Pueblo.
- Necesidad principal: un sistema de registro único que pueda conectarse con el registro nacional de discapacidad, y capacitación para los 20 funcionarios de salud que levantarán la información.

¿Podrían indicarnos si ya hay algún experto o Estado interesado en apoyarnos? Nos gustaría iniciar el trabajo antes de julio.

Saludos,

Dra. Carolina Ibarra Soler
Dirección de Discapacidad y Rehabilitación
Ministerio de Salud de Puerto Celeste

-----Mensaje original-----
De: CCM Intake <no-reply@ccm-isu.example>
Enviado el: jueves, 23 de abril de 2026 9:05
Para: Carolina Ibarra Soler <cibarra@minsalud.puertoceleste.example>
Asunto: [CCM-2026-0467] Solicitud de apoyo - registro nacional de víctimas

Thank you for contacting the CCM Implementation Support Unit. Your message has been registered under reference CCM-2026-0467 and forwarded to the relevant colleagues. Please keep this reference in the subject line of any further correspondence.
""",
),
dict(
    id="V11", topic="victim_assistance", secondary=[], language="pt",
    hard=False, kinds=[],
    note="physical rehabilitation: two provincial orthopaedic centres, technician training, equipment",
    mailer="outlook",
    frm=["Ernesto Vasconcelos Maluana", "e.maluana@saude.macuaro.example"],
    date="2026-04-24 09:58:41 +0200",
    subject="Pedido de apoio - reabilitação física e próteses",
    subject_cs=["iso-8859-1", "Q"],
    struct="plain", charset="iso-8859-1", cte="quoted-printable",
    text="""\
Exmos. Senhores,

O Ministério da Saúde da República de Macuaro vem, por este meio, solicitar apoio para o reforço dos serviços de reabilitação física destinados às vítimas de munições de dispersão e a outras pessoas com deficiência.

O único centro ortopédico do país, situado na capital, atende pacientes de todas as províncias, muitos dos quais percorrem mais de 600 km para obter ou reparar uma prótese. Pretendemos abrir dois centros provinciais, em Lundéria e em Porto Falcão, mas carecemos de técnicos formados e de equipamento.

Solicitamos, por isso:
- apoio à formação de técnicos ortoprotésicos e fisioterapeutas;
- equipamento para as oficinas ortopédicas;
- assessoria para integrar estes serviços no Plano Nacional para a Pessoa com Deficiência.

Com os melhores cumprimentos,

Dr. Ernesto Vasconcelos Maluana
Director Nacional de Assistência Médica
Ministério da Saúde - República de Macuaro
""",
),
dict(
    id="V12", topic="victim_assistance", secondary=[], language="ar",
    hard=False, kinds=[],
    note="psychosocial support for child survivors: training psychologists and school counsellors, mobile team",
    mailer="gmail",
    frm=["د. ليلى حسن الشامي", "l.alshami@moh.qarnayn.example"],
    date="2026-06-24 11:46:30 +0300",
    subject="طلب دعم للرعاية النفسية للأطفال الناجين من الذخائر العنقودية",
    struct="alt", charset="utf-8", cte="quoted-printable", html_cte="base64",
    text="""\
السادة في وحدة دعم التنفيذ،

تحية طيبة،

تعمل وزارة الصحة في مملكة القرنين على إعداد برنامج للدعم النفسي والاجتماعي للأطفال الناجين من حوادث الذخائر العنقودية وأسرهم في المناطق الجنوبية، حيث سجلنا خلال السنوات الثلاث الماضية 74 إصابة بين الأطفال.

نحتاج إلى مساعدة فنية في:
١. تدريب الأخصائيين النفسيين والمرشدين في المدارس على التعامل مع الصدمات لدى الأطفال؛
٢. إعداد مواد إرشادية مناسبة للأطفال وأسرهم؛
٣. تمويل فريق متنقل يزور القرى البعيدة.

نرجو إفادتنا بالجهات التي يمكن التواصل معها لهذا الغرض.

مع خالص التقدير،
د. ليلى حسن الشامي
مديرة إدارة الصحة النفسية
وزارة الصحة - مملكة القرنين
""",
),
]

# ---------------------------------------------------------------------------
# reporting (11)
# ---------------------------------------------------------------------------
MESSAGES += [
dict(
    id="R01", topic="reporting", secondary=[], language="en",
    hard=False, kinds=[],
    note="small island mission: annual report will be late; procedure, and 'no change' forms",
    mailer="apple",
    frm=["Joel Fenwick-Ato", "j.fenwick-ato@mission-geneva.tamarind.example"],
    date="2026-04-22 19:03:27 +0200",
    subject="Annual Article 7 report - we will be late",
    struct="plain", charset="us-ascii", cte="7bit",
    linesep="lf",
    text="""\
Dear ISU,

I'm the only person covering disarmament at our Mission and I have just realised that our annual transparency report is due on 30 April. Capital has not yet sent the inputs from the defence and health ministries, and to be honest I doubt I will have them before mid-May.

Could you let me know:
1) whether there is any formal procedure for informing States Parties that the report will be late, or whether we should simply submit as soon as possible;
2) whether we can submit with some forms marked "no change" compared to last year, given that the Tamarind Islands never had stockpiles or contamination.

Apologies for the short notice, and thank you.

Best,
Joel

Joel Fenwick-Ato
Second Secretary
Permanent Mission of the Tamarind Islands, Geneva

Sent from my iPhone
""",
),
dict(
    id="R02", topic="reporting", secondary=["clearance"], language="en",
    hard=False, kinds=[],
    note="how to present clearance figures in the Article 7 report after a database migration (units, cancelled areas)",
    mailer="outlook",
    frm=["Greve-Matsuda, Hannah", "hannah.greve-matsuda@mfa.aldermark.example"],
    date="2026-04-09 14:27:56 +0200",
    subject="Article 7 report - how to present partial clearance data",
    struct="alt", charset="us-ascii", cte="7bit",
    text="""\
Dear colleagues,

We are finalising Aldermark's annual transparency report for calendar year 2025 and have a practical question on the form covering contaminated areas and clearance.

Our national database was migrated in October 2025. The figures for the first nine months are in hectares, while the figures from October onwards are in square metres and broken down by land release method (cancelled, reduced, cleared). Is it acceptable to present the year in two parts with an explanatory note, or should we convert everything into one format? And should areas cancelled through non-technical survey be included in the total reported as "area released"?

We want to get it right this year, as last year's report was questioned on exactly this point.

Kind regards,

Hannah Greve-Matsuda
Treaty Reporting Officer
Ministry of Foreign Affairs of Aldermark
""",
),
dict(
    id="R03", topic="reporting", secondary=[], language="en",
    hard=True, kinds=["attachment_only_hint"],
    note="bare cover note; attachment name shows it is the draft Article 7 transparency report for review",
    mailer="outlook",
    frm=["Ottilie Ferreira-Banks", "o.ferreira-banks@mfa.lysandra.example"],
    date="2026-04-15 16:44:12 +0100",
    subject="For your review",
    struct="alt", charset="us-ascii", cte="7bit",
    text="""\
Dear colleagues,

Attached for your review, as discussed. Comments welcome by Friday if possible.

Thanks and regards,
Ottilie

Ottilie Ferreira-Banks
Multilateral Affairs Directorate
Ministry of Foreign Affairs, Lysandra
""",
    attachments=[dict(name="CCM_Transparency_Report_CY2025_Lysandra_v2_tracked.docx", kind="docx")],
),
dict(
    id="R04", topic="reporting", secondary=["stockpile_destruction"], language="en",
    hard=True, kinds=["misleading_subject", "multi_topic"],
    note="subject announces stockpile destruction completed; the question is how to fill in the first Article 7 report after completion",
    mailer="outlook",
    frm=["Mikael Adebayo-Strand", "mikael.adebayo-strand@mfa.estmarch.example"],
    date="2026-04-07 10:16:03 +0200",
    subject="Stockpile destruction completed",
    struct="alt", charset="us-ascii", cte="7bit",
    text="""\
Dear ISU colleagues,

We are pleased to let you know that Estmarch destroyed its last cluster munitions in November 2025, well ahead of its Article 3 deadline. Our Minister will make a statement at the Meeting of States Parties, and the formal declaration will be transmitted separately by our Mission.

My question is about the annual transparency report due on 30 April, the first one after completion. I am not sure how to present it:
- should we still fill in the form on stockpiles, with zeros, or mark it as not applicable?
- where do we give the total numbers destroyed over the whole programme?
- do the submunitions we kept for training go in a different form from the stock figures?

An example of a report from a State in the same situation would be very helpful.

Thank you,

Mikael Adebayo-Strand
Disarmament and Non-Proliferation Section
Ministry of Foreign Affairs of Estmarch
""",
),
dict(
    id="R05", topic="reporting", secondary=[], language="en",
    hard=False, kinds=[],
    note="terse: typo in submitted 2025 report, how to submit a corrected version",
    mailer="gmail",
    frm=["Leontyne Marsh", "l.marsh@mission-geneva.ardova.example"],
    date="2026-05-12 11:02:48 +0200",
    subject="Correction to our 2025 Article 7 report",
    struct="alt", charset="us-ascii", cte="7bit",
    text="""\
Hi,

We spotted an error in the report we submitted on 24 April: in the table on cluster munitions destroyed, the number of submunitions should read 18,432, not 184,320 (a typo in capital). What is the procedure for submitting a corrected version, and will the version already posted online be replaced?

Thanks,
Leontyne Marsh
Permanent Mission of Ardova, Geneva
""",
),
dict(
    id="R06", topic="reporting", secondary=[], language="fr",
    hard=False, kinds=[],
    note="new State Party preparing its initial Article 7 report: French forms, guide, examples, workshop",
    mailer="outlook",
    frm=["Hortense Akué-Delmas", "h.akue-delmas@mae.kalinde.example"],
    date="2026-05-06 09:21:15 +0000",
    subject="Préparation de notre rapport initial au titre de l'article 7",
    struct="alt", charset="utf-8", cte="quoted-printable",
    text="""\
Madame, Monsieur,

La République de Kalinde a déposé son instrument de ratification de la Convention sur les armes à sous-munitions le 12 novembre 2025 ; la Convention est entrée en vigueur à son égard le 1er mai 2026. Nous devons donc présenter notre rapport initial de transparence dans un délai de 180 jours.

C'est la première fois que notre administration prépare un tel document et plusieurs services sont concernés (Défense, Intérieur, Santé). Nous aurions besoin :
– de la version française des formulaires et, si possible, d'un guide expliquant comment les remplir ;
– d'exemples de rapports initiaux d'États dans une situation comparable à la nôtre ;
– éventuellement, d'un court atelier, même à distance, pour les points focaux des différents ministères.

En vous remerciant par avance de votre appui,

Mme Hortense Akué-Delmas
Chargée du désarmement
Direction des Affaires juridiques et des Traités
Ministère des Affaires étrangères de Kalinde
""",
),
dict(
    id="R07", topic="reporting", secondary=[], language="fr",
    hard=True, kinds=["encoded_subject", "legacy_charset"],
    note="windows-1252 encoded subject split over several encoded-words carries the ask (one week's delay for the annual report); body just 'see subject'",
    mailer="outlook",
    frm=["Fatou Diallo-Marchal", "f.diallo-marchal@mae.ouessande.example"],
    date="2026-04-27 17:55:40 +0000",
    subject="Rapport annuel art. 7 – Ouessande – demande de délai d’une semaine (données Défense non reçues)",
    subject_cs=["windows-1252", "Q"],
    struct="plain", charset="windows-1252", cte="quoted-printable",
    text="""\
Bonjour,

Voir l’objet. Pouvez-vous nous confirmer que c’est possible ?

Merci d’avance,
F. Diallo-Marchal
MAE Ouessande
""",
),
dict(
    id="R08", topic="reporting", secondary=[], language="es",
    hard=False, kinds=[],
    note="asks for editable Spanish report forms and whether unchanged forms must be filled in",
    mailer="outlook",
    frm=["Sofía Benavente Ruiz", "sbenavente@rree.santelmo.example"],
    name_cs=["iso-8859-1", "Q"],
    date="2026-04-02 10:40:29 -0400",
    subject="Formularios del informe de transparencia en formato editable",
    struct="plain", charset="iso-8859-1", cte="quoted-printable",
    text="""\
Buenos días:

Estamos preparando el informe anual de transparencia de la República de San Telmo correspondiente a 2025. En la página web solo encontramos los formularios en PDF, y nuestro sistema no permite editarlos correctamente.

¿Podrían enviarnos los formularios en español en formato Word o Excel? Además, quisiéramos confirmar si es obligatorio completar todos los formularios aunque en varios de ellos no haya cambios respecto al año anterior.

Muchas gracias.

Atentamente,

Sofía Benavente Ruiz
Analista, Dirección de Desarme y No Proliferación
Ministerio de Relaciones Exteriores de San Telmo
""",
),
dict(
    id="R09", topic="reporting", secondary=["stockpile_destruction"], language="es",
    hard=True, kinds=["forwarded_chain", "multi_topic"],
    note="forwards long internal thread with Defence about retained submunitions; asks what must be reported in the Article 7 report",
    mailer="outlook",
    frm=["Ana Lucía Cifuentes", "alcifuentes@cancilleria.sierramorada.example"],
    date="2026-04-21 08:12:37 -0500",
    subject="RV: RE: RE: Informe art. 7 - municiones retenidas",
    struct="alt", charset="utf-8", cte="quoted-printable",
    text="""\
Estimados colegas de la Unidad de Apoyo:

Les reenvío el intercambio que hemos tenido con el Ministerio de Defensa, porque no logramos ponernos de acuerdo. ¿Nos pueden aclarar qué exige la Convención? El informe vence el 30 de abril.

Saludos cordiales,

Ana Lucía Cifuentes
Dirección de Asuntos Multilaterales
Cancillería de Sierra Morada

De: Rodrigo Aguilera Pinzón <r.aguilera@fuerzas.sierramorada.example>
Enviado: lunes, 20 de abril de 2026 17:48
Para: Ana Lucía Cifuentes <alcifuentes@cancilleria.sierramorada.example>
CC: Mesa de Desarme <mesa.desarme@cancilleria.sierramorada.example>
Asunto: RE: RE: Informe art. 7 - municiones retenidas

Ana Lucía:

Insisto en que el detalle del uso de las submuniciones retenidas es información sensible y no tiene por qué figurar en un documento público. Enviaremos la cifra total (420 unidades) y nada más. Si el informe exige otra cosa, que nos lo indiquen por escrito.

Rodrigo

De: Ana Lucía Cifuentes
Enviado: lunes, 20 de abril de 2026 10:02
Para: Rodrigo Aguilera Pinzón
Asunto: RE: Informe art. 7 - municiones retenidas

Capitán:

Según entiendo, en el informe del artículo 7 hay que indicar también los tipos de submuniciones retenidas y, si es posible, para qué se utilizaron durante el año. Otros países lo hacen. ¿Podría enviarme esa información desglosada? Si no, consultaré a la Unidad de Apoyo qué es lo que se debe reportar y en qué formulario.

Ana Lucía

De: Rodrigo Aguilera Pinzón
Enviado: viernes, 17 de abril de 2026 14:30
Para: Ana Lucía Cifuentes
Asunto: Informe art. 7 - municiones retenidas

Le envío la cifra de submuniciones retenidas al 31/12/2025: 420. Ninguna transferida. Saludos.
""",
),
dict(
    id="R10", topic="reporting", secondary=["victim_assistance"], language="ru",
    hard=False, kinds=[],
    note="annual report: language, Word forms in Russian, may late health-ministry data be sent separately",
    mailer="thunderbird",
    frm=["Ольховская Марина Викторовна", "m.olkhovskaya@mid.verkhnerechye.example"],
    date="2026-04-14 12:37:09 +0300",
    subject="Вопрос о представлении ежегодного доклада по статье 7",
    subject_cs=["utf-8", "B"],
    name_cs=["utf-8", "B"],
    struct="plain", charset="utf-8", cte="8bit",
    text="""\
Добрый день!

Министерство иностранных дел Республики Верхнеречье готовит ежегодный доклад о мерах транспарентности за 2025 год. В связи с этим просим уточнить:

1. Можно ли представить доклад на русском языке?
2. Существуют ли формы доклада в формате Word на русском языке?
3. Если часть сведений (данные Министерства здравоохранения о помощи пострадавшим) поступит после 30 апреля, допустимо ли направить эти сведения отдельно, дополнением к докладу?

Заранее благодарим за ответ.

С уважением,
М. В. Ольховская
советник Департамента международной безопасности
МИД Республики Верхнеречье
""",
),
dict(
    id="R11", topic="reporting", secondary=["clearance", "victim_assistance"], language="de",
    hard=False, kinds=[],
    note="donor: how to present its international cooperation and assistance in the Article 7 report",
    mailer="lotus",
    frm=["Johannes Oberleitner-Sy", "johannes.oberleitner@aussen.brennhof.example"],
    date="2026-04-16 15:09:44 +0200",
    subject="Darstellung unserer Unterstützungsleistungen im Artikel-7-Bericht",
    struct="alt", charset="iso-8859-1", cte="quoted-printable",
    text="""\
Sehr geehrte Damen und Herren,

die Republik Brennhof unterstützt seit mehreren Jahren Räumprojekte und Opferhilfe in verschiedenen Vertragsstaaten. Bei der Vorbereitung unseres Transparenzberichts nach Artikel 7 für das Kalenderjahr 2025 stellt sich die Frage, wie diese Leistungen am besten darzustellen sind.

Konkret: Sollen wir die Projekte einzeln mit Empfängerstaat, Durchführungsorganisation und Betrag aufführen, oder genügt eine Gesamtsumme je Bereich? Und sind mehrjährige Zusagen mit dem vollen Betrag im Jahr der Zusage oder anteilig pro Jahr zu melden? Gibt es hierzu eine Empfehlung oder Beispiele anderer Geberstaaten?

Für einen kurzen Hinweis wären wir dankbar.

Mit freundlichen Grüßen
Im Auftrag

Dr. Johannes Oberleitner-Sy
Referat Humanitäres Minen- und Kampfmittelräumen
Außenministerium der Republik Brennhof
""",
),
]

# ---------------------------------------------------------------------------
# legislation (11)
# ---------------------------------------------------------------------------
MESSAGES += [
dict(
    id="L01", topic="legislation", secondary=[], language="en",
    hard=False, kinds=[],
    note="State not yet party: accession toolkit, model instrument, material for parliament, implementing legislation examples",
    mailer="outlook",
    frm=["Ravindra Okoye-Lindberg", "r.okoye-lindberg@mfa.zarovia.example"],
    date="2026-04-22 11:28:50 +0300",
    subject="Accession to the Convention on Cluster Munitions - request for accession toolkit",
    struct="alt", charset="us-ascii", cte="7bit",
    text="""\
Dear Sir/Madam,

Zarovia is not yet a party to the Convention on Cluster Munitions. Following the Cabinet decision of 14 April 2026 to initiate the accession procedure (copy attached), the Ministry of Foreign Affairs has been tasked with preparing the file for Parliament.

We would be grateful to receive:
- the model instrument of accession and guidance on its deposit with the Secretary-General;
- any explanatory material for parliamentarians on the obligations the State would assume; and
- examples of implementing legislation from States with a similar (common law) legal system.

We would also welcome advice on whether the implementing law must be adopted before accession or can follow it.

Yours sincerely,

Ravindra Okoye-Lindberg
Director, Legal and Treaties Department
Ministry of Foreign Affairs of Zarovia
""",
    attachments=[dict(name="Cabinet_Decision_2026-118_CCM_accession.pdf", kind="pdf")],
),
dict(
    id="L02", topic="legislation", secondary=[], language="en",
    hard=False, kinds=[],
    note="small island State: model legislation for small States, is a regulation under the Explosives Act enough",
    mailer="gmail",
    frm=["Jerusha Delacroix-Mbeki", "j.delacroix@agc.gov.saintaurel.example"],
    date="2026-05-08 08:55:12 -0400",
    subject="Model legislation for small States - does our Explosives Act suffice?",
    struct="alt", charset="us-ascii", cte="7bit",
    text="""\
Good morning,

The Attorney General's Chambers of Saint Aurel has been asked to advise whether we need new legislation to implement the Convention on Cluster Munitions. Saint Aurel has no armed forces, has never possessed cluster munitions and has no contaminated land.

Our Explosives Act 1968 regulates the import and storage of explosives but contains no specific prohibition on the use, development, production, acquisition, stockpiling, retention or transfer of cluster munitions, nor on assisting others to engage in such activities.

Could you share the model legislation prepared for small States, and any examples of short implementing acts adopted by other island States? We would also be grateful for a view on whether a regulation under the Explosives Act, rather than a new Act, could be considered adequate.

Kind regards,

Jerusha Delacroix-Mbeki
Senior Crown Counsel
Attorney General's Chambers, Saint Aurel
""",
),
dict(
    id="L03", topic="legislation", secondary=[], language="en",
    hard=False, kinds=[],
    note="draft replacement bill attached: advice on prohibiting investment and on level of penalties",
    mailer="outlook",
    frm=["Graham Akintola-Weir", "graham.akintola-weir@justice.elsmere.example"],
    date="2026-06-15 14:12:37 +0100",
    subject="Draft Cluster Munitions (Prohibition) Bill - request for legal review",
    struct="alt", charset="utf-8", cte="quoted-printable",
    text="""\
Dear ISU,

The Ministry of Justice of Elsmere is finalising a bill to replace our 2010 implementing act. Two issues have come up in consultation on which we would like advice before the bill goes to Parliament in September:

1. Investment. Civil society has asked us to prohibit investment by financial institutions in companies that produce cluster munitions. Are you aware of States Parties that have done this by law, and how did they define the offence?

2. Penalties. The current draft provides for up to 10 years' imprisonment. Is this in line with the penalties adopted by comparable States?

The consultation draft is attached. A written comment, even an informal one, would be very helpful.

Yours,

Graham Akintola-Weir
Senior Legal Officer, Criminal Law Policy Unit
Ministry of Justice, Kingdom of Elsmere

________________________________
This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. Communications with the Ministry of Justice may be monitored and recorded for lawful purposes.
""",
    attachments=[dict(name="Draft_Cluster_Munitions_Prohibition_Bill_2026_consultation.docx", kind="docx")],
),
dict(
    id="L04", topic="legislation", secondary=[], language="en",
    hard=True, kinds=["forwarded_as_attachment"],
    note="MFA forwards the parliament clerk's e-mail as attachment: technical review of a private member's bill, expert for a hearing",
    mailer="outlook",
    frm=["Holt-Achebe, Samira", "samira.holt-achebe@mfa.quellen.example"],
    date="2026-05-28 09:40:18 +0200",
    subject="Fw: Request from the Parliamentary Committee",
    struct="alt", charset="us-ascii", cte="7bit",
    text="""\
Dear colleagues,

Forwarding the attached from the Clerk of our Parliament's Defence Committee. Grateful if the ISU can help or point us to the right people.

Best,
Samira

Samira Holt-Achebe
Desk Officer, Disarmament
Ministry of Foreign Affairs, Quellen
""",
    attachments=[dict(kind="rfc822", name="Cluster munitions bill - request for assistance.eml", msg=dict(
        mailer="outlook",
        frm=["Thaddeus Wren-Okafor", "clerk.defence@parliament.quellen.example"],
        to=[["Holt-Achebe, Samira", "samira.holt-achebe@mfa.quellen.example"]],
        date="2026-05-27 16:05:51 +0200",
        subject="Cluster munitions bill - request for assistance",
        struct="alt", charset="us-ascii", cte="7bit",
        text="""\
Dear Ms Holt-Achebe,

The Standing Committee on Defence and Security has received a private member's bill to give effect to the Convention on Cluster Munitions in our domestic law. Members have asked me to seek outside expertise, as the bill as tabled contains no penal provisions and defines "cluster munition" differently from Article 2 of the Convention.

The Committee would be grateful for (a) a technical review of the bill against the requirements of Article 9, and (b) if possible, the participation of a legal expert, online, in a committee hearing in the week of 15 June.

Could the Ministry transmit this request to the appropriate body under the Convention?

Yours sincerely,

Thaddeus Wren-Okafor
Clerk to the Standing Committee on Defence and Security
Parliament of Quellen
""",
    ))],
),
dict(
    id="L05", topic="legislation", secondary=[], language="en",
    hard=True, kinds=["html_only"],
    note="HTML-only webmail: comparative practice on transit and foreign forces' stockpiles in implementing legislation",
    mailer="owa",
    frm=["Elif Marchetti-Oduya", "e.marchetti@mfa.brivana.example"],
    date="2026-04-13 13:06:24 +0300",
    subject="Interpretation question - transit and foreign stockpiles in national law",
    struct="html_only", charset="utf-8", cte="quoted-printable",
    text="""\
Dear colleagues,

Our Ministry of Defence and our Legal Department disagree on one point of the implementing bill we are drafting, and we would value the ISU's help in finding comparative practice.

The draft prohibits the "transfer" of cluster munitions but is silent on transit through our territory and on the stockpiling of cluster munitions by foreign forces stationed at the Harkon air base under a status-of-forces agreement. Defence considers that these situations are not covered by the Convention; our Legal Department considers that they must be expressly prohibited.

Could you share how other States Parties have dealt with transit and foreign stockpiling in their implementing legislation, and any model provisions? A short overview table would already be very useful.

Best regards,

Elif Marchetti-Oduya
Legal Adviser, International Law Department
Ministry of Foreign Affairs, Republic of Brivana
""",
),
dict(
    id="L06", topic="legislation", secondary=[], language="fr",
    hard=False, kinds=[],
    note="workshop for inter-ministerial group drafting the national implementation law (offences, retention exception, customs)",
    mailer="outlook",
    frm=["Raphaëlle Ngoma-Vidal", "r.ngoma-vidal@justice.tiramont.example"],
    date="2026-05-04 10:02:33 +0200",
    subject="Demande d'atelier d'appui à la rédaction de la loi nationale de mise en œuvre",
    struct="alt", charset="utf-8", cte="quoted-printable",
    text="""\
Madame, Monsieur,

Le Royaume de Tiramont a ratifié la Convention en 2021, mais ne dispose toujours pas d'une loi nationale de mise en œuvre. Un groupe de travail interministériel (Justice, Défense, Affaires étrangères, Douanes) a été constitué en mars 2026 pour préparer un avant-projet.

Afin d'accélérer ses travaux, le groupe souhaiterait bénéficier d'un atelier de deux jours à Valmonde, animé par des experts juridiques et portant notamment sur :
– les infractions et les sanctions pénales à prévoir ;
– l'exception relative à la conservation d'armes à des fins de formation ;
– les compétences des douanes en matière de contrôle des transferts.

Nous vous serions reconnaissants de nous indiquer si l'Unité d'appui ou un État partie pourrait apporter ce soutien, et selon quelles modalités.

Veuillez agréer, Madame, Monsieur, l'expression de notre considération distinguée.

Raphaëlle Ngoma-Vidal
Conseillère juridique
Ministère de la Justice - Royaume de Tiramont
""",
),
dict(
    id="L07", topic="legislation", secondary=["stockpile_destruction", "clearance"], language="fr",
    hard=False, kinds=[],
    note="asks for model law in French and examples of penal sanctions in the criminal code (stockpile/clearance only as context)",
    mailer="roundcube",
    frm=["Idrissa Lambert-Koné", "i.lambert-kone@justice.benirou.example"],
    date="2026-06-09 15:45:10 +0000",
    subject="Sanctions pénales - demande de loi type",
    struct="plain", charset="utf-8", cte="8bit",
    linesep="lf",
    text="""\
Bonjour,

Notre pays a achevé la destruction de ses stocks en 2022 et les opérations de dépollution avancent bien. En revanche, nous n'avons toujours pas adopté de dispositions pénales pour sanctionner les violations de la Convention, ce qui nous a été rappelé lors de la dernière Assemblée.

Pourriez-vous nous transmettre la loi type en français, ainsi que deux ou trois exemples de lois nationales récentes qui intègrent les sanctions pénales directement dans le code pénal plutôt que dans une loi spéciale ?

Merci d'avance,

Idrissa Lambert-Koné
Direction de la législation
Ministère de la Justice et des Droits humains
République de Bénirou
""",
),
dict(
    id="L08", topic="legislation", secondary=[], language="es",
    hard=False, kinds=[],
    note="expert review of draft implementing bill: penal sanctions, liability of legal persons, assistance/inducement offences",
    mailer="outlook",
    frm=["Esteban Quiroga Maldonado", "equiroga@minjusticia.puertoceleste.example"],
    date="2026-04-20 12:51:06 -0400",
    subject="Revisión del proyecto de ley sobre municiones en racimo",
    subject_cs=["iso-8859-1", "Q"],
    struct="plain", charset="iso-8859-1", cte="8bit",
    text="""\
Estimados señores:

El Ministerio de Justicia de la República de Puerto Celeste está elaborando el proyecto de ley de implementación de la Convención sobre Municiones en Racimo, que el Poder Ejecutivo desea presentar al Congreso en el segundo semestre.

Quisiéramos solicitar la revisión del texto por parte de expertos, en particular de los artículos sobre sanciones penales (actualmente prevemos penas de 5 a 15 años de prisión) y sobre la responsabilidad de las personas jurídicas. También nos interesaría conocer cómo otros países de la región han tipificado la asistencia, el estímulo o la inducción a terceros para realizar actividades prohibidas.

Podemos enviar el borrador en cuanto nos indiquen a quién dirigirlo.

Atentamente,

Dr. Esteban Quiroga Maldonado
Asesor de la Dirección de Política Legislativa
Ministerio de Justicia - Puerto Celeste
""",
),
dict(
    id="L09", topic="legislation", secondary=["clearance", "victim_assistance", "stockpile_destruction"], language="es",
    hard=True, kinds=["reply_to_ack"],
    note="reply to acknowledgement sending version 3 of the implementing bill, asks comments on transit article; signature names demining/VA/stockpile commission",
    mailer="apple",
    frm=["Fernando Arriaga Beltrán", "farriaga@rree.montenubes.example"],
    date="2026-05-18 18:20:44 -0500",
    subject="Re: [CCM-2026-0502] Anteproyecto de ley de implementación - solicitud de comentarios",
    reply={"ref": "CCM-2026-0502", "kind": "ack"},
    struct="plain", charset="utf-8", cte="quoted-printable",
    text="""\
Estimados colegas:

Con relación a nuestra solicitud registrada con la referencia indicada, les adjunto la versión 3 del anteproyecto, que ya incorpora las observaciones del Ministerio de Defensa.

El cambio principal está en el artículo 8, sobre el tránsito de municiones en racimo por el territorio nacional. Les agradeceríamos sus comentarios sobre esa redacción en particular, ya que la Comisión de Relaciones Exteriores del Congreso lo discutirá el 9 de junio.

Saludos cordiales,

Lic. Fernando Arriaga Beltrán
Coordinador Jurídico
Comisión Nacional de Desminado, Asistencia a Víctimas y Destrucción de Arsenales
Ministerio de Relaciones Exteriores de Montenubes

> El 7 may 2026, a las 10:14, CCM Intake <no-reply@ccm-isu.example> escribió:
>
> Thank you for contacting the CCM Implementation Support Unit. Your message has been registered under reference CCM-2026-0502 and forwarded to the relevant colleagues. Please keep this reference in the subject line of any further correspondence.
""",
    attachments=[dict(name="Anteproyecto_Ley_Municiones_en_Racimo_versión_3.docx", kind="docx")],
),
dict(
    id="L10", topic="legislation", secondary=[], language="pt",
    hard=False, kinds=[],
    note="ratification: model instrument and deposit, model law in Portuguese, penal sanctions",
    mailer="thunderbird",
    frm=["Inês Carvalhal Tembe", "i.tembe@justica.terraalta.example"],
    date="2026-06-05 10:30:27 +0100",
    subject="Ratificação da Convenção - instrumento e legislação de implementação",
    struct="plain", charset="utf-8", cte="8bit",
    text="""\
Caros colegas,

A Assembleia Nacional da República de Terra Alta aprovou em março a resolução que ratifica a Convenção sobre Munições de Dispersão. O Ministério da Justiça foi encarregado de preparar, em paralelo, o projeto de lei de implementação.

Gostaríamos de solicitar:
1. o modelo de instrumento de ratificação e as instruções para o depósito junto do Secretário-Geral das Nações Unidas;
2. a lei-modelo, de preferência em português, ou exemplos de legislação de países lusófonos;
3. orientação sobre as sanções penais a prever.

Agradecemos desde já a vossa atenção.

Com os melhores cumprimentos,

Dra. Inês Carvalhal Tembe
Assessora Jurídica, Gabinete do Ministro da Justiça
República de Terra Alta
""",
),
dict(
    id="L11", topic="legislation", secondary=[], language="ar",
    hard=False, kinds=[],
    note="model law in Arabic, examples of national legislation, technical review of the draft law",
    mailer="outlook",
    frm=["سامر يوسف الحداد", "s.alhaddad@moj.qarnayn.example"],
    date="2026-05-20 09:12:52 +0300",
    subject="طلب القانون النموذجي باللغة العربية",
    subject_cs=["utf-8", "B"],
    name_cs=["utf-8", "B"],
    struct="alt", charset="utf-8", cte="8bit",
    text="""\
السادة وحدة دعم التنفيذ،

تحية طيبة وبعد،

تعكف وزارة العدل في مملكة القرنين على إعداد مشروع قانون لتنفيذ اتفاقية الذخائر العنقودية على المستوى الوطني، بما في ذلك الأحكام الجزائية المتعلقة بحظر الاستخدام والإنتاج والتخزين والنقل.

نرجو التكرم بتزويدنا بالقانون النموذجي باللغة العربية إن وجد، وبأمثلة عن تشريعات وطنية اعتمدتها دول أطراف ذات أنظمة قانونية مشابهة، وإفادتنا بإمكانية الحصول على مراجعة فنية لمسودة القانون بعد إعدادها.

وتفضلوا بقبول فائق الاحترام،

القاضي سامر يوسف الحداد
مستشار قانوني - إدارة التشريع
وزارة العدل، مملكة القرنين
""",
),
]

# ---------------------------------------------------------------------------
# general (12)
# ---------------------------------------------------------------------------
MESSAGES += [
dict(
    id="G01", topic="general", secondary=[], language="en",
    hard=False, kinds=[],
    note="sponsorship for a capital-based delegate to the Meeting of States Parties",
    mailer="gmail",
    frm=["Losana Vaka-Pierce", "l.vaka-pierce@mission-geneva.nuvaleia.example"],
    date="2026-04-01 10:05:16 +0200",
    subject="Sponsorship for the Meeting of States Parties - Nuvaleia delegate",
    struct="alt", charset="us-ascii", cte="7bit",
    text="""\
Dear ISU,

Nuvaleia would like to apply for the sponsorship programme to enable one delegate from capital to attend this year's Meeting of States Parties. Our Mission in Geneva consists of one person and has no travel budget.

Could you tell us the deadline for applications, the form to be used, and whether sponsorship covers accommodation as well as travel?

With thanks,

Losana Vaka-Pierce
Counsellor
Permanent Mission of Nuvaleia to the United Nations in Geneva
""",
),
dict(
    id="G02", topic="general", secondary=["clearance", "victim_assistance", "stockpile_destruction"], language="en",
    hard=True, kinds=["ambiguous_general"],
    note="donor multi-year envelope open to clearance, VA and stockpile destruction equally; asks for a briefing on gaps",
    mailer="outlook",
    frm=["Castellane-Ude, Fiona", "fiona.castellane-ude@foreignaffairs.elsmere.example"],
    date="2026-05-22 16:48:03 +0100",
    subject="Elsmere multi-year contribution - advice on allocation",
    struct="alt", charset="us-ascii", cte="7bit",
    text="""\
Dear colleagues,

Elsmere's Parliament has approved a new humanitarian mine action envelope for 2026-2029, of which around EUR 3 million will be available for work related to cluster munitions. We have not yet decided how to divide it, and the Minister has asked us to consult the ISU before we do.

We are open to supporting clearance, victim assistance and stockpile destruction, and possibly capacity building for national authorities. Rather than picking projects ourselves, we would like to understand where the gaps are largest across States Parties and where our money would have the greatest effect. Would the ISU be able to brief us, perhaps together with the relevant coordinators, in the coming weeks?

Kind regards,

Fiona Castellane-Ude
Head, Conventional Arms and Mine Action Team
Department for Foreign Affairs, Kingdom of Elsmere
""",
),
dict(
    id="G03", topic="general", secondary=["clearance", "victim_assistance"], language="en",
    hard=False, kinds=[],
    note="how to set up a Country Coalition: steps, ISU role, terms of reference",
    mailer="thunderbird",
    frm=["Aleksander Brunn-Okeke", "a.brunn-okeke@mfa.sarvenia.example"],
    date="2026-06-12 11:19:38 +0200",
    subject="Country Coalition - how to get started",
    struct="plain", charset="us-ascii", cte="7bit",
    linesep="lf",
    text="""\
Dear ISU,

Our Minister has asked us to look into the Country Coalition concept after hearing about it at the intersessional meetings. Sarvenia has needs in both clearance and victim assistance, and a few bilateral donors, but no real coordination platform.

Could you explain the practical steps: who takes the initiative, what role the ISU plays, and whether there are terms of reference from existing coalitions we could look at? A call in the next two weeks would be ideal.

Thanks,
Aleksander Brunn-Okeke
Deputy Director, Multilateral Security Affairs
Ministry of Foreign Affairs of Sarvenia
""",
),
dict(
    id="G04", topic="general", secondary=[], language="en",
    hard=True, kinds=["attachment_only_hint"],
    note="bare cover note for a minister's letter with an opaque scan file name: topic cannot be determined",
    mailer="outlook",
    frm=["Office of the Minister of Foreign Affairs", "minister.office@mfa.ardova.example"],
    date="2026-05-19 10:47:55 +0200",
    subject="Letter from the Minister",
    struct="alt", charset="us-ascii", cte="7bit",
    text="""\
Good afternoon,

Please see attached a letter from H.E. the Minister. The original will follow by diplomatic pouch.

Kind regards,

Office of the Minister of Foreign Affairs
Republic of Ardova
""",
    attachments=[dict(name="scan_20260519_104233.pdf", kind="pdf")],
),
dict(
    id="G05", topic="general", secondary=[], language="en",
    hard=False, kinds=[],
    note="terse: new diplomat asks whom to talk to about cooperation and assistance in general, intro meeting",
    mailer="apple",
    frm=["Jonas Feldt-Ampofo", "j.feldt-ampofo@mission-geneva.halvanne.example"],
    date="2026-06-29 08:12:40 +0200",
    subject="quick question",
    struct="plain", charset="utf-8", cte="quoted-printable",
    text="""\
Hi - new in post at the Mission, covering the CCM among ten other files. Who at the ISU should I talk to about cooperation and assistance opportunities in general? Would someone have 30 min next week for an intro coffee? Thanks! Jonas

--
Jonas Feldt-Ampofo
Attaché, Permanent Mission of Halvanne, Geneva
Sent from my mobile
""",
),
dict(
    id="G06", topic="general", secondary=[], language="fr",
    hard=False, kinds=[],
    note="sponsorship for the intersessional meetings: procedure and deadline",
    mailer="outlook",
    frm=["Pauline Essomba-Richard", "p.essomba@mission-geneve.mbele.example"],
    date="2026-04-17 09:30:12 +0200",
    subject="Demande de parrainage - réunions intersessionnelles",
    subject_cs=["iso-8859-1", "Q"],
    struct="plain", charset="iso-8859-1", cte="quoted-printable",
    text="""\
Madame, Monsieur,

La République de Mbélé souhaiterait bénéficier du programme de parrainage afin de permettre au Directeur du Centre national d'action contre les mines de participer aux prochaines réunions intersessionnelles à Genève.

Pourriez-vous nous indiquer la procédure à suivre et la date limite de dépôt des demandes ?

Avec nos remerciements,

Pauline Essomba-Richard
Première Secrétaire
Mission permanente de la République de Mbélé à Genève
""",
),
dict(
    id="G07", topic="general", secondary=["stockpile_destruction", "clearance", "victim_assistance", "reporting", "legislation"], language="fr",
    hard=True, kinds=["ambiguous_general"],
    note="new head of national authority lists all obligations equally and asks for an overview meeting",
    mailer="outlook",
    frm=["Jean-Baptiste Olinga-Moreau", "jb.olinga@anmo.lowando.example"],
    date="2026-06-02 12:04:44 +0100",
    subject="Prise de fonctions - demande de réunion d'information",
    struct="alt", charset="utf-8", cte="quoted-printable",
    text="""\
Madame, Monsieur,

Je viens d'être nommé Directeur de l'Autorité nationale chargée de la mise en œuvre de la Convention sur les armes à sous-munitions de la République de Lowando, et je découvre l'étendue de nos obligations : destruction des stocks encore détenus par l'armée, dépollution de plusieurs zones dans le Nord, assistance aux victimes, rapports annuels, et une loi d'application qui n'a jamais été adoptée.

Mon prédécesseur n'a laissé que peu de documentation. Avant de définir les priorités de l'Autorité pour les trois prochaines années, je souhaiterais organiser une réunion (en ligne, ou à Genève en juin) avec l'Unité d'appui afin de faire le point sur l'ensemble de ces dossiers et sur les possibilités d'assistance dans chacun d'eux.

Je vous remercie de bien vouloir me faire connaître vos disponibilités.

Cordialement,

Jean-Baptiste Olinga-Moreau
Directeur
Autorité nationale pour la mise en œuvre de la CASM
République de Lowando
""",
),
dict(
    id="G08", topic="general", secondary=[], language="es",
    hard=False, kinds=[],
    note="bilateral meeting with the ISU Director during intersessional week (calendar invitation attached)",
    mailer="outlook",
    frm=["Martina Echeverri Sáenz", "mecheverri@misionginebra.valdeluna.example"],
    date="2026-06-01 10:22:31 +0200",
    subject="Reunión bilateral con la Unidad de Apoyo - semana del 15 de junio",
    struct="alt", charset="utf-8", cte="quoted-printable",
    text="""\
Estimada Unidad de Apoyo:

La Embajadora de Valdeluna, que asumirá la coordinación del grupo regional en materia de cooperación y asistencia, desearía reunirse con la Directora de la Unidad de Apoyo durante la semana de las reuniones intersesionales, para conversar sobre las prioridades de la región y sobre la posibilidad de organizar un taller regional en 2027.

Les propongo el martes 16 de junio a las 15:00 en nuestra Misión (adjunto la convocatoria). Si no les conviene, con gusto buscamos otro horario.

Saludos cordiales,

Martina Echeverri Sáenz
Consejera
Misión Permanente de Valdeluna ante las Naciones Unidas en Ginebra
""",
    attachments=[dict(name="invite.ics", kind="ics", ics=dict(
        summary="Reunión bilateral Valdeluna - Unidad de Apoyo CCM",
        start="20260616T130000Z", end="20260616T140000Z",
        location="Misión Permanente de Valdeluna, Ginebra",
        organizer=["Martina Echeverri Sáenz", "mecheverri@misionginebra.valdeluna.example"],
    ))],
),
dict(
    id="G09", topic="general", secondary=[], language="es",
    hard=True, kinds=["enquiry_looks_like_noise"],
    note="mass-mailed seminar invitation (bulk headers, unsubscribe) with a personal request to the ISU to co-facilitate and send a speaker",
    mailer="bulk",
    frm=["Cancillería de San Telmo - Desarme", "desarme@boletines.rree.santelmo.example"],
    headers=[["Reply-To", "Sofía Benavente Ruiz <sbenavente@rree.santelmo.example>"],
             ["Precedence", "bulk"],
             ["List-Unsubscribe", "<mailto:baja@boletines.rree.santelmo.example?subject=baja>"],
             ["X-Mailer", "MailMerge Pro 7.2"]],
    date="2026-06-19 09:00:04 -0400",
    subject="Invitación: Seminario regional sobre cooperación y asistencia - San Telmo, 8 y 9 de septiembre de 2026",
    struct="alt", charset="utf-8", cte="quoted-printable",
    text="""\
Estimada Unidad de Apoyo a la Implementación:

Nos complace invitarles al Seminario regional sobre cooperación y asistencia en el marco de la Convención sobre Municiones en Racimo, que la República de San Telmo organizará los días 8 y 9 de septiembre de 2026.

En el caso de la Unidad de Apoyo, quisiéramos además solicitarles formalmente que co-faciliten el seminario y designen a un ponente para la sesión sobre el enfoque de Coaliciones de País. Les agradeceríamos su respuesta antes del 30 de junio, a la dirección de respuesta de este mensaje.

PROGRAMA PRELIMINAR
- Día 1: Panorama regional de necesidades y recursos; experiencias de Coaliciones de País.
- Día 2: Mesas de trabajo entre Estados afectados y donantes; conclusiones.

Inscripción de delegaciones: hasta el 31 de julio.

Dirección de Desarme y No Proliferación
Ministerio de Relaciones Exteriores de San Telmo

Ha recibido este mensaje porque figura en la lista de puntos focales de la Cancillería. Para dejar de recibir estas comunicaciones, responda con la palabra BAJA.
""",
),
dict(
    id="G10", topic="general", secondary=[], language="es",
    hard=False, kinds=[],
    note="donor wants to make a voluntary contribution to ISU/sponsorship: earmarking and paperwork",
    mailer="outlook",
    frm=["Javier Olmedo Castañares", "jolmedo@exteriores.valdeluna.example"],
    date="2026-04-07 13:14:26 +0200",
    subject="Contribución voluntaria de Valdeluna para 2026",
    subject_cs=["iso-8859-1", "Q"],
    struct="plain", charset="iso-8859-1", cte="quoted-printable",
    text="""\
Buenos días:

El Ministerio de Asuntos Exteriores de Valdeluna tiene previsto realizar en 2026 una contribución voluntaria de 50 000 euros en apoyo de la Convención. Antes de tramitar el pago, necesitaríamos saber:

- si es posible destinar una parte al programa de patrocinio y otra al funcionamiento general de la Unidad de Apoyo;
- qué documentación requiere la Unidad (carta de intención, acuerdo, factura);
- a quién debemos dirigir la carta oficial.

Muchas gracias por su ayuda.

Atentamente,

Javier Olmedo Castañares
Jefe de Área de Desarme Convencional
Ministerio de Asuntos Exteriores de Valdeluna
""",
),
dict(
    id="G11", topic="general", secondary=[], language="es",
    hard=False, kinds=[],
    note="small island State without stocks or contamination: what support exists in general and how to submit a request",
    mailer="gmail",
    frm=["Keila Mendoza Arthur", "kmendoza@rree.islascorales.example"],
    date="2026-06-25 15:33:09 -0400",
    subject="¿Cómo presentar una solicitud de cooperación?",
    struct="alt", charset="utf-8", cte="quoted-printable",
    text="""\
Hola:

Somos un Estado insular pequeño y, aunque no tenemos existencias ni contaminación, nuestra Cancillería cuenta con un solo funcionario para todos los temas de desarme. Queremos saber, de manera general, qué tipo de apoyo ofrecen la Unidad y los Estados Partes a países como el nuestro (capacitación, intercambio de experiencias, participación en reuniones) y cómo se presenta formalmente una solicitud.

¿Existe algún formulario o basta con una nota verbal?

Gracias de antemano,

Keila Mendoza Arthur
Dirección de Política Exterior Multilateral
Ministerio de Relaciones Exteriores de Islas Corales
""",
),
dict(
    id="G12", topic="general", secondary=[], language="fr",
    hard=False, kinds=[],
    note="note verbale from a State not party: observer participation in the Meeting of States Parties and funding of a delegate",
    mailer="outlook",
    frm=["Ambassade de la République de Sahoré", "chancellerie@ambassade-geneve.sahore.example"],
    date="2026-06-03 11:56:21 +0200",
    subject="Note verbale - participation en qualité d'observateur",
    struct="plain", charset="utf-8", cte="quoted-printable",
    text="""\
N° 0214/AMB-GE/2026

L'Ambassade de la République de Sahoré présente ses compliments à l'Unité d'appui à l'application de la Convention sur les armes à sous-munitions et a l'honneur de l'informer que, bien que la République de Sahoré ne soit pas encore partie à la Convention, son Gouvernement suit avec intérêt les travaux de celle-ci.

À cet égard, l'Ambassade souhaiterait connaître les modalités de participation d'une délégation de la République de Sahoré, en qualité d'observateur, à la prochaine Assemblée des États parties, ainsi que les possibilités de prise en charge des frais de participation d'un délégué venant de la capitale.

L'Ambassade de la République de Sahoré saisit cette occasion pour renouveler à l'Unité d'appui à l'application l'assurance de sa haute considération.

Genève, le 3 juin 2026
""",
),
]

# ---------------------------------------------------------------------------
# not_an_enquiry (11)
# ---------------------------------------------------------------------------
_ACK_EN = ("Thank you for contacting the CCM Implementation Support Unit. Your message "
           "has been registered under reference {ref} and forwarded to the relevant "
           "colleagues. Please keep this reference in the subject line of any further "
           "correspondence.")

MESSAGES += [
dict(
    id="N01", topic="not_an_enquiry", secondary=["stockpile_destruction"], language="en",
    hard=False, kinds=[],
    note="Exchange out-of-office (Auto-Submitted) to the intake's forward to a stockpile coordinator",
    mailer="outlook",
    frm=["Reinholt-Mbah, Thomas", "thomas.reinholt-mbah@mfa.aldermark.example"],
    date="2026-06-03 16:02:11 +0200",
    subject="Automatic reply: [CCM-2026-0551] [Stockpile destruction] Nordhavn funding available for stockpile destruction projects (2026-2027)",
    reply={"ref": "CCM-2026-0551", "kind": "fwd"},
    headers=[["Auto-Submitted", "auto-replied"], ["X-Auto-Response-Suppress", "All"],
             ["X-MS-Exchange-Inbox-Rules-Loop", "thomas.reinholt-mbah@mfa.aldermark.example"]],
    struct="alt", charset="us-ascii", cte="7bit",
    text="""\
Thank you for your message. I am out of the office until 15 June with limited access to e-mail.

For matters relating to the coordination on stockpile destruction, please contact my colleague Ms Priya Lindahl (priya.lindahl@mfa.aldermark.example).

Thomas Reinholt-Mbah
""",
),
dict(
    id="N02", topic="not_an_enquiry", secondary=["victim_assistance"], language="fr",
    hard=False, kinds=[],
    note="absence message (Auto-Submitted) replying to an acknowledgement, mentions the psychosocial programme",
    mailer="outlook",
    frm=["Dr Joséphine Mabiala-Renaud", "j.mabiala@sante.kassango.example"],
    date="2026-05-26 11:15:02 +0100",
    subject="Réponse automatique : [CCM-2026-0544] Soutien psychologique aux survivants - demande d'appui technique",
    reply={"ref": "CCM-2026-0544", "kind": "ack"},
    headers=[["Auto-Submitted", "auto-replied"], ["X-Auto-Response-Suppress", "All"]],
    struct="plain", charset="utf-8", cte="quoted-printable",
    text="""\
Bonjour,

Je suis en mission dans les provinces de Haute-Lémé et de Kilanda jusqu'au 12 juin, avec un accès limité à ma messagerie. Pour toute question urgente relative au programme de soutien psychologique, merci de contacter le Dr Alain Mpassi (a.mpassi@sante.kassango.example).

Cordialement,
Dr J. Mabiala-Renaud
""",
),
dict(
    id="N03", topic="not_an_enquiry", secondary=["clearance"], language="es",
    hard=True, kinds=["no_auto_headers", "lookalike_noise"],
    note="out-of-office without Auto-Submitted, threaded on an acknowledgement (Re: [CCM-...]), talks about survey and demining",
    mailer="outlook",
    frm=["Patricia Villaseñor Ocampo", "p.villasenor@desminado.montenubes.example"],
    name_cs=["iso-8859-1", "Q"],
    date="2026-05-05 08:39:55 -0500",
    subject="Fuera de la oficina: [CCM-2026-0481] Solicitud de apoyo para estudio no técnico en la franja fronteriza norte",
    reply={"ref": "CCM-2026-0481", "kind": "ack"},
    struct="plain", charset="iso-8859-1", cte="quoted-printable",
    text="""\
Estaré fuera de la oficina del 4 al 15 de mayo por trabajo de campo en Altamira, sin acceso regular al correo.

Para temas relacionados con el estudio no técnico y las operaciones de desminado, favor comunicarse con el Ing. Tomás Rebolledo (t.rebolledo@desminado.montenubes.example).

Para asuntos urgentes: +999 57 3310 4420.

Patricia Villaseñor Ocampo
Directora Técnica
""",
),
dict(
    id="N04", topic="not_an_enquiry", secondary=["victim_assistance"], language="en",
    hard=False, kinds=[],
    note="Postfix multipart/report bounce (5.1.1 user unknown) returning the intake's forward of a VA request in full",
    mailer="postfix",
    frm=["Mail Delivery System", "MAILER-DAEMON@mx.mfa.estmarch.example"],
    date="2026-05-14 15:07:48 +0200",
    subject="Undelivered Mail Returned to Sender",
    headers=[["Auto-Submitted", "auto-replied"]],
    struct="dsn",
    text="""\
This is the mail system at host mx.mfa.estmarch.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<va.coordination@mfa.estmarch.example>: host
    mbx.mfa.estmarch.example[198.51.100.23] said: 550 5.1.1
    <va.coordination@mfa.estmarch.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""",
    charset="us-ascii", cte="7bit",
    dsn=dict(
        reporting_mta="mx.mfa.estmarch.example",
        queue_id="4Fq2Ly0Kx7z9Tn",
        recipient="va.coordination@mfa.estmarch.example",
        status="5.1.1",
        remote_mta="mbx.mfa.estmarch.example",
        diagnostic="smtp; 550 5.1.1 <va.coordination@mfa.estmarch.example>: Recipient address rejected: User unknown in virtual mailbox table",
        returned="full",
        original=dict(
            mailer="intake",
            frm=["CCM Intake", "intake@ccm-isu.example"],
            to=[["", "va.coordination@mfa.estmarch.example"]],
            date="2026-05-14 15:07:41 +0200",
            subject="[CCM-2026-0536] [Victim assistance] Request for technical support - national survey of cluster munition victims",
            headers=[["Reply-To", "Amara Lindqvist-Obi <a.lindqvist-obi@social.ardova.example>"],
                     ["X-Intake-Reference", "CCM-2026-0536"]],
            struct="plain", charset="utf-8", cte="quoted-printable",
            text="""\
Dear coordinator,

The request below has been registered under reference CCM-2026-0536 and is forwarded to you as coordinator on victim assistance. Please reply to the sender directly and copy intake@ccm-isu.example.

-----
From: Amara Lindqvist-Obi <a.lindqvist-obi@social.ardova.example>
Date: 14 May 2026
Subject: Request for technical support – national survey of cluster munition victims

Ardova does not currently have a reliable figure for the number of cluster munition victims in the country. [...] The Ministry of Social Affairs intends to carry out a national needs assessment of survivors and indirectly affected persons in 2026–2027 [...]. We would appreciate advice on the methodology, the support of an expert for the design phase, and funding for the field work.
""",
        ),
    ),
),
dict(
    id="N05", topic="not_an_enquiry", secondary=["reporting"], language="de",
    hard=True, kinds=["no_dsn_structure"],
    note="German plain-text bounce (no multipart/report, no Auto-Submitted) of the intake's forward about a report correction",
    mailer="postfix",
    frm=["Mail Delivery System", "MAILER-DAEMON@mx2.brennhof.example"],
    date="2026-05-12 11:09:31 +0200",
    subject="Unzustellbar: [CCM-2026-0517] [Reporting] Correction to our 2025 Article 7 report",
    subject_cs=["iso-8859-1", "Q"],
    struct="plain", charset="iso-8859-1", cte="8bit",
    text="""\
Dies ist eine automatisch erzeugte Nachricht des Mailsystems auf mx2.brennhof.example.

Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt
werden. Dies ist ein dauerhafter Fehler. Bitte versuchen Sie nicht,
die Nachricht erneut zu senden.

<berichterstattung.ref401@aussen.brennhof.example>: host
    mbx01.aussen.brennhof.example[203.0.113.47] said: 550 5.1.1 Benutzer
    unbekannt / User unknown (in reply to RCPT TO command)

--- Kopfzeilen der ursprünglichen Nachricht ---

From: CCM Intake <intake@ccm-isu.example>
To: berichterstattung.ref401@aussen.brennhof.example
Reply-To: Leontyne Marsh <l.marsh@mission-geneva.ardova.example>
Subject: [CCM-2026-0517] [Reporting] Correction to our 2025 Article 7 report
Date: Tue, 12 May 2026 11:09:27 +0200
Message-ID: <fwd.CCM-2026-0517.3e81c2@ccm-isu.example>
X-Intake-Reference: CCM-2026-0517
""",
),
dict(
    id="N06", topic="not_an_enquiry", secondary=["victim_assistance"], language="pt",
    hard=False, kinds=[],
    note="Outlook read receipt (multipart/report disposition-notification) for an acknowledgement",
    mailer="outlook",
    frm=["Ernesto Vasconcelos Maluana", "e.maluana@saude.macuaro.example"],
    date="2026-04-24 11:47:33 +0200",
    subject="Lida: [CCM-2026-0476] Pedido de apoio - reabilitação física e próteses",
    reply={"ref": "CCM-2026-0476", "kind": "ack"},
    struct="mdn",
    charset="utf-8", cte="quoted-printable",
    text="""\
A sua mensagem

  Para: Ernesto Vasconcelos Maluana
  Assunto: [CCM-2026-0476] Pedido de apoio - reabilitação física e próteses
  Enviada: sexta-feira, 24 de abril de 2026 10:12:03 (UTC+01:00) Lisboa

foi lida em sexta-feira, 24 de abril de 2026 11:47:30 (UTC+01:00) Lisboa.
""",
    mdn=dict(
        reporting_ua="saude.macuaro.example; Microsoft Outlook 16.0",
        final_recipient="e.maluana@saude.macuaro.example",
        disposition="manual-action/MDN-sent-manually; displayed",
    ),
),
dict(
    id="N07", topic="not_an_enquiry", secondary=["clearance"], language="en",
    hard=False, kinds=[],
    note="NGO mailing-list newsletter (List-Id, List-Unsubscribe, Precedence: bulk) advertising a land release course",
    mailer="bulk",
    frm=["Fieldline Action - The Survey Desk", "news@lists.fieldline.example"],
    headers=[["List-Id", "The Survey Desk <surveydesk.lists.fieldline.example>"],
             ["List-Unsubscribe", "<https://lists.fieldline.example/unsubscribe?u=7c1e90d2&l=surveydesk>, <mailto:leave-surveydesk@lists.fieldline.example>"],
             ["List-Unsubscribe-Post", "List-Unsubscribe=One-Click"],
             ["Precedence", "bulk"],
             ["X-Campaign-Id", "surveydesk-2026-04"]],
    to=[["ISU Intake", "intake@ccm-isu.example"]],
    date="2026-04-29 07:00:03 +0000",
    subject="The Survey Desk - April 2026: land release course, new field guide, vacancies",
    struct="alt", charset="utf-8", cte="quoted-printable",
    text="""\
THE SURVEY DESK
News for survey and clearance practitioners - April 2026

1. REGISTRATION OPEN: Information Management for Land Release (online, 8-19 June)
Our two-week course covers evidence-based survey, area cancellation and reduction, and the recording of cleared land. Places are limited to 40 participants. Registration closes on 15 May.

2. NEW FIELD GUIDE
"Finding the last submunition" - a 60-page practical guide on residual contamination and post-clearance finds, now available in English and French.

3. FROM THE FIELD
Our teams released 3.1 km² of farmland in March, including two orchards where submunitions had been reported since 2019.

4. VACANCIES
Technical Field Manager (12 months); Quality Management Officer (6 months).

You are receiving this e-mail because you subscribed to The Survey Desk.
Unsubscribe: https://lists.fieldline.example/unsubscribe?u=7c1e90d2&l=surveydesk
Fieldline Action, 14 Quay Street, Port Example
""",
),
dict(
    id="N08", topic="not_an_enquiry", secondary=["reporting"], language="en",
    hard=True, kinds=["lookalike_noise", "html_only"],
    note="HTML-only phishing: fake e-signature request for an 'Article 7 certification page' from an ISU look-alike domain, asks for credentials",
    mailer="phish",
    frm=["CCM ISU via eSign Portal", "notifications@esign-isu-portal.example"],
    headers=[["Reply-To", "isu.documents@secure-mailbox-center.example"],
             ["X-Priority", "1 (Highest)"], ["Importance", "High"]],
    to=[["", "intake@ccm-isu.example"]],
    date="2026-04-23 03:17:42 +0000",
    subject="Please sign: Article 7 Transparency Report - Certification Page (due 30 April)",
    struct="html_only", charset="utf-8", cte="quoted-printable",
    html="""\
<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Please sign</title></head>
<body style="margin:0;padding:0;background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;margin-top:30px">
<tr><td style="background:#1e4e79;color:#ffffff;padding:28px;text-align:center;font-size:16px">
Implementation Support Unit sent you a document to review and sign.<br><br>
<a href="http://esign-isu-portal.example/envelope/7f3c2a?rcpt=intake%40ccm-isu.example" style="background:#f4c20d;color:#000000;padding:12px 28px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a>
</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333333">
<p><b>Article 7 Transparency Report - Certification Page (due 30 April)</b></p>
<p>Dear focal point,<br>Please review and sign the certification page of your State's annual transparency report before the 30 April deadline. Unsigned reports may be considered incomplete.</p>
<p>To access the secure envelope, confirm your identity with your e-mail password on the next page. This envelope expires in 48 hours.</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888888">Do not share this e-mail. It contains a secure link to the eSign Portal. If you have trouble signing, contact the sender.</td></tr>
</table></td></tr></table>
</body></html>
""",
    text="",
    probe="Article 7 Transparency Report - Certification Page (due 30 April)",
),
dict(
    id="N09", topic="not_an_enquiry", secondary=[], language="fr",
    hard=False, kinds=[],
    note="commercial spam for translation services",
    mailer="bulk",
    frm=["Traductions Express Pro", "offres@traductions-expresspro.example"],
    headers=[["List-Unsubscribe", "<http://traductions-expresspro.example/desabonnement?id=88123>"],
             ["Precedence", "bulk"]],
    to=[["", "intake@ccm-isu.example"]],
    date="2026-05-20 06:41:12 +0200",
    subject="Offre exclusive : -40 % sur vos traductions officielles jusqu'au 31 mai !",
    struct="alt", charset="utf-8", cte="quoted-printable",
    text="""\
Madame, Monsieur,

Vous rédigez des notes verbales, des rapports ou des correspondances diplomatiques en plusieurs langues ?

Traductions Express Pro vous propose, jusqu'au 31 mai seulement :
✔ -40 % sur toutes les traductions certifiées (anglais, espagnol, arabe, russe)
✔ Livraison en 24 h garantie
✔ Relecture par un traducteur juré

Demandez votre devis gratuit dès aujourd'hui : http://traductions-expresspro.example/devis

Cet e-mail commercial vous est adressé conformément à la réglementation en vigueur. Pour ne plus recevoir nos offres : http://traductions-expresspro.example/desabonnement?id=88123
""",
),
dict(
    id="N10", topic="not_an_enquiry", secondary=["victim_assistance"], language="es",
    hard=True, kinds=["lookalike_noise"],
    note="survivors' network newsletter (List-Id, List-Unsubscribe) full of victim assistance content and an appeal to donors",
    mailer="bulk",
    frm=["Red Regional de Sobrevivientes", "boletin@redsobrevivientes.example"],
    headers=[["List-Id", "Boletin RRS <boletin.redsobrevivientes.example>"],
             ["List-Unsubscribe", "<https://redsobrevivientes.example/baja?e=intake%40ccm-isu.example>"],
             ["Precedence", "list"]],
    to=[["", "intake@ccm-isu.example"]],
    date="2026-06-10 12:00:00 -0500",
    subject="Boletín Nº 34 - Sobrevivientes piden más centros de rehabilitación en zonas rurales",
    struct="alt", charset="utf-8", cte="quoted-printable",
    text="""\
BOLETÍN Nº 34 - JUNIO DE 2026
Red Regional de Sobrevivientes y Personas con Discapacidad

EDITORIAL
En nuestra región, un sobreviviente de municiones en racimo que vive en zona rural tarda en promedio seis horas en llegar a un centro de rehabilitación. Sin transporte, sin prótesis y sin empleo, la inclusión se queda en el papel.

NOTICIAS
- Encuentro de sobrevivientes en Puerto Lanza: 45 participantes de seis países compartieron experiencias de apoyo entre pares.
- Nueva guía sobre acceso a pensiones por discapacidad, disponible en nuestra página web.
- Taller de emprendimiento para mujeres sobrevivientes: inscripciones abiertas hasta el 30 de junio.

LLAMADO A DONANTES
Necesitamos apoyo para mantener nuestro programa de sillas de ruedas todo terreno. ¡Cada aporte cuenta!

Recibe este boletín porque se suscribió en redsobrevivientes.example. Para darse de baja: https://redsobrevivientes.example/baja
""",
),
dict(
    id="N11", topic="not_an_enquiry", secondary=["stockpile_destruction"], language="ru",
    hard=True, kinds=["lookalike_noise", "legacy_charset"],
    note="KOI8-R helpdesk ticket auto-acknowledgement (Auto-Submitted) quoting the acknowledgement and the stockpile request",
    mailer="helpdesk",
    frm=["Служба поддержки СЭД", "sed-helpdesk@mil.ozeriya.example"],
    name_cs=["koi8-r", "B"],
    headers=[["Auto-Submitted", "auto-replied"], ["X-Auto-Response-Suppress", "All"],
             ["X-Mailer", "SED Helpdesk 2.4"]],
    date="2026-05-13 10:30:17 +0300",
    subject="[Заявка N 2026-118734] Обращение зарегистрировано: RE: [CCM-2026-0533] Запрос о технической помощи в уничтожении запасов кассетных боеприпасов",
    subject_cs=["koi8-r", "B"],
    reply={"ref": "CCM-2026-0533", "kind": "ack"},
    struct="plain", charset="koi8-r", cte="8bit",
    text="""\
Здравствуйте!

Ваше обращение зарегистрировано в системе электронного документооборота Министерства обороны под номером 2026-118734 и передано в Управление вооружения.

Срок рассмотрения обращения - до 30 календарных дней. Просим не отвечать на это письмо: оно сформировано автоматически.

Текст обращения:
----------------------------------------
Тема: [CCM-2026-0533] Запрос о технической помощи в уничтожении запасов кассетных боеприпасов

> Thank you for contacting the CCM Implementation Support Unit. Your message
> has been registered under reference CCM-2026-0533 and forwarded to the
> relevant colleagues.
>
> > Министерство обороны Республики Озерия обращается к Группе
> > имплементационной поддержки с просьбой о содействии в получении
> > технической помощи для уничтожения оставшихся запасов кассетных
> > боеприпасов...
----------------------------------------

Служба поддержки СЭД
Министерство обороны Республики Озерия
""",
),
]
