# -*- coding: utf-8 -*-
"""blind13: content and gold labels of every message (data only).

Each entry of MESSAGES describes one e-mail.  generate.py turns it into an
.eml file (MIME structure, encodings, headers) and a labels.json entry.

Fields: key, topic, secondary, language, hard, kinds (the HARD(...) kinds),
note (reason; generate.py adds the HARD(...) prefix), sender (name, addr),
subject, date, client (mail client style), structure (plain / alt / html /
dsn / mdn / calendar_reply), charset, cte, body, optional html, attachments,
headers, in_reply_to, linesep, subject_charset / subject_enc / subject_style.

All States, people, organisations and domains are invented.
"""

I = "CCM Implementation Support Unit <intake@ccm-isu.example>"

MESSAGES = []
M = MESSAGES.append

# ===========================================================================
# stockpile_destruction (Article 3)
# ===========================================================================

M(dict(
    key="S1", topic="stockpile_destruction", secondary=["clearance"], language="en",
    hard=True, kinds=["multi_topic"],
    note="retention of live submunitions from the destruction programme so that clearance teams can train (Art. 3.6): clearance training is only the purpose; the ask is how many may be kept back from destruction and how to justify it",
    sender=("Lt Col. Aidan Marsh-Oduya", "a.marsh@mod.harrowmere.example"),
    subject="Retention of submunitions for EOD training - how many is justifiable?",
    date="2026-02-10 09:14:05 +0000", client="thunderbird", structure="plain",
    charset="utf-8", cte="7bit",
    body="""Dear colleagues,

The Ministry of Defence of Harrowmere is finalising its plan for the last phase of stockpile destruction (about 4,100 artillery projectiles remaining, to be destroyed by mid-2027). Before the final batch goes, our Engineer School has asked to keep a number of live submunitions so that the national clearance teams and the police bomb squad can train on real items. The clearance teams will be working in the eastern districts for years to come, so the request is understandable.

Our legal office is uneasy about the figure the School proposed (600 submunitions) and asked me to check with you under Article 3.6:

- Is there guidance or practice on what "the minimum number absolutely necessary" means in numbers? How have other States Parties justified their figures?
- Is the retained quantity expected to be reviewed every year, and what happens when the numbers go down as items are used up in training?
- Could the ISU put us in touch with a State Party that has taken the same decision recently?

To be clear, the clearance training programme itself is funded and running; the question is only what we may keep back from destruction and how we justify it.

Kind regards,

Lt Col. Aidan Marsh-Oduya
Directorate of Ammunition Management
Ministry of Defence, Republic of Harrowmere
Tel. +999 41 220 7315
""",
))

M(dict(
    key="S2", topic="stockpile_destruction", secondary=["reporting"], language="en",
    hard=True, kinds=["misleading_subject", "multi_topic"],
    note="subject is about Form B figures for the transparency report, but the body asks for a contained detonation chamber or mobile disassembly line (and operator training) to resume destruction after the open-detonation permit was withdrawn",
    sender=("Major Tomasz Keane-Adeyemi", "t.keane@army.caldmoor.example"),
    subject="Form B figures for next year's report",
    date="2026-06-03 11:02:44 +0100", client="outlook", structure="alt",
    charset="utf-8", cte="quoted-printable",
    body="""Good morning,

I am writing on behalf of the Caldmoor Army Logistics Command. Our Foreign Ministry colleagues asked us for the Form B figures for next year's transparency report, which is how this started, but the real problem is upstream of the report and I would be grateful for your advice on it.

We have 212 aircraft-delivered dispensers (147 submunitions each) left to destroy. The plan was open detonation at the Kessin range, but in March the environment agency withdrew the permit after complaints from the neighbouring villages, and nothing has been destroyed since. Unless we find another method there will be no destruction to report at all.

Is there a State Party or an operator that could lend or lease a contained detonation chamber or a mobile disassembly line for about six months? We can cover transport and site preparation; we would need help with the equipment itself and with training our technicians to operate it.

Any leads would be very welcome.

Best regards,

Major Tomasz Keane-Adeyemi
SO2 Ammunition | Army Logistics Command | Caldmoor
Tel: +999 22 618 4402

________________________________
This e-mail and any attachments are intended solely for the addressee and may contain official information. If you have received it in error, please notify the sender and delete it. Caldmoor Ministry of Defence.
""",
))

M(dict(
    key="S3", topic="stockpile_destruction", secondary=[], language="en",
    hard=False, kinds=[],
    note="cost-sharing for destroying the remaining DPICM stocks; inventory and cost estimate attached; asks the ISU to help find co-funders",
    sender=("Helena Ostrowska-Pike", "h.ostrowska@armaments.estovar.example"),
    subject="Request for cost-sharing: destruction of remaining DPICM stocks",
    date="2026-03-17 15:40:12 +0100", client="gmail", structure="alt",
    charset="utf-8", cte="quoted-printable",
    attachments=[dict(type="xlsx", name="Estovar_CM_stock_inventory_and_cost_estimate_2026.xlsx")],
    body="""Dear ISU team,

Following the informal conversation with your office at the intersessional meetings, please find attached the inventory of Estovar's remaining stockpile (2,310 155 mm DPICM projectiles and 96 rocket warheads) together with the cost estimate prepared by our National Armaments Agency.

The total cost of destruction, including transport to the demilitarisation facility, is estimated at EUR 3.4 million. The Government has budgeted EUR 1.5 million for 2026–2027. We would be grateful for the ISU's help in identifying States Parties or organisations that could cover part of the remaining amount, and for advice on how to present the request so that it can be shared with potential donors.

We would also welcome a short call with the Coordinators on stockpile destruction.

With thanks and best regards,
Helena Ostrowska-Pike
Head, Demilitarisation Section
National Armaments Agency of Estovar
""",
))

M(dict(
    key="S4", topic="stockpile_destruction", secondary=["clearance"], language="en",
    hard=True, kinds=["multi_topic"],
    note="recalls the Article 4 (clearance) extension already granted, but the ask is how to prepare an Article 3 extension request for stockpile destruction",
    sender=("Nadia Fairweather", "n.fairweather@mission-geneva.vardholm.example"),
    subject="Article 3 deadline - extension request (not Article 4)",
    date="2026-09-22 16:21:09 +0200", client="roundcube", structure="plain",
    charset="utf-8", cte="quoted-printable", linesep="lf",
    body="""Dear colleagues,

I am the disarmament attaché at the Permanent Mission of Vardholm. You will recall that our Article 4 extension was granted at last year's Meeting of States Parties; the clearance work plan is on track and that file needs nothing from the ISU at the moment.

My question concerns our other deadline. Our Article 3 deadline for destroying stockpiled cluster munitions falls on 1 August 2027, and the Ministry of Defence now tells us that roughly 30 per cent of the stocks will not be destroyed by then (the demilitarisation contract was only signed this spring).

Could you advise us on:
1. the timeline for submitting an Article 3 extension request so that it can be considered at the next Meeting of States Parties;
2. what the request must contain – we understand it is not the same as an Article 4 request – and whether there is a recent example we could look at;
3. whether the Coordinators on stockpile destruction could look at a draft informally before we submit it.

Many thanks,
Nadia Fairweather
First Secretary (Disarmament)
Permanent Mission of Vardholm, Geneva
""",
))

M(dict(
    key="S5", topic="stockpile_destruction", secondary=[], language="en",
    hard=False, kinds=[],
    note="transfer of the remaining rockets to a neighbouring State Party for destruction (Art. 3.7): documentation, certification of destruction abroad, model bilateral arrangement",
    sender=("Samuel Okonkwo-Lind", "s.okonkwo-lind@mod.penhallow.example"),
    subject="Transfer of cluster munitions to a neighbouring State for destruction",
    date="2026-04-28 10:05:51 +0000", client="gmail", structure="alt",
    charset="utf-8", cte="7bit",
    body="""Dear ISU,

The Republic of Penhallow has no industrial demilitarisation capacity of its own. Our neighbour, also a State Party, has offered to destroy our remaining 1,480 rockets at its facility on a cost-recovery basis, and we are inclined to accept.

Before we go further, could you tell us what the Convention requires for a transfer for the purpose of destruction under Article 3.7? In particular: what has to be documented at each stage, who certifies the destruction when it takes place in another country, and whether there are examples of bilateral arrangements between States Parties for this purpose that we could look at.

If an expert could go through the draft transfer and destruction arrangement with us, that would be extremely helpful.

Best regards,
Samuel Okonkwo-Lind
Legal and Treaties Office
Ministry of Defence of Penhallow
""",
))

M(dict(
    key="S6", topic="stockpile_destruction", secondary=[], language="fr",
    hard=False, kinds=[],
    note="destruction of stocks completed; asks how to make the declaration of compliance with Article 3, for a review of the draft and for examples of independent verification",
    sender=("Colonel Mathilde Ravanel", "m.ravanel@defense.senarie.example"),
    subject="Achèvement de la destruction des stocks – déclaration de conformité",
    date="2026-06-01 08:47:30 +0200", client="thunderbird", structure="plain",
    charset="utf-8", cte="8bit",
    body="""Madame, Monsieur,

J'ai le plaisir de vous informer que les forces armées de la République de Sénarie ont détruit, le 12 mai dernier, les derniers conteneurs de sous-munitions de leur stock. Le programme de destruction est donc achevé, avec près de quatorze mois d'avance sur l'échéance fixée par l'article 3.

Nous souhaitons faire une déclaration formelle d'achèvement lors de la prochaine Assemblée des États parties. Pourriez-vous nous indiquer :
– la forme attendue pour cette déclaration de conformité et les pièces habituellement présentées (procès-verbaux de destruction, rapports de vérification) ;
– si l'Unité peut relire notre projet de déclaration avant sa transmission ;
– si d'autres États ont fait constater la destruction par un observateur indépendant, et comment cela a été organisé.

En vous remerciant par avance de votre appui,

Colonel Mathilde Ravanel
Chef du bureau Munitions
État-major des armées – République de Sénarie
""",
))

M(dict(
    key="S7", topic="stockpile_destruction", secondary=[], language="fr",
    hard=False, kinds=[],
    note="deteriorating rocket stocks awaiting destruction: asks for an ammunition surveillance expert to assess them, set destruction priorities and advise on destruction in place",
    sender=("Paul-Henri Mbeki-Roussel", "ph.mbeki@armement.kerouan.example"),
    subject="Stocks de roquettes à sous-munitions instables : évaluation des risques",
    date="2026-05-12 14:33:02 +0100", client="outlook", structure="alt",
    charset="iso-8859-1", cte="quoted-printable", subject_charset="iso-8859-1",
    body="""Bonjour,

Lors de l'inspection annuelle du dépôt de Tiliane, nos techniciens ont constaté des exsudations et des traces de corrosion sur une partie des roquettes à sous-munitions encore stockées (environ 340 pièces fabriquées dans les années 1980). Le propergol n'a pas été analysé depuis plus de quinze ans.

Ces munitions figurent dans notre plan de destruction pour 2027, mais nous craignons qu'elles ne puissent pas être transportées en l'état. Nous sollicitons l'envoi d'un expert en surveillance des munitions qui pourrait :
- évaluer l'état des roquettes et le risque pour le dépôt ;
- nous conseiller sur l'ordre de priorité de la destruction et les précautions de manipulation ;
- le cas échéant, recommander une destruction sur place.

Le Ministère de la Défense prendrait en charge la logistique de la mission.

Avec mes remerciements,

Paul-Henri Mbeki-Roussel
Ingénieur en chef de l'armement
Direction du matériel - Ministère de la Défense de Kérouan
""",
))

M(dict(
    key="S8", topic="stockpile_destruction", secondary=[], language="es",
    hard=False, kinds=[],
    note="asks for independent experts to make a technical visit to the destruction range and depots before destruction starts (a country visit, but only about the destruction programme)",
    sender=("Tte. Cnel. Rodrigo Aranguren Salas", "raranguren@ejercito.valdecasas.example"),
    subject="Solicitud de visita técnica – polígono de destrucción de El Carrizal",
    date="2026-07-07 12:18:40 -0500", client="outlook", structure="plain",
    charset="windows-1252", cte="quoted-printable",
    body="""Estimados señores:

El Ejército de la República de Valdecasas prevé iniciar en octubre la destrucción de sus existencias de municiones en racimo (1.960 proyectiles de artillería y 45 bombas de aviación) en el polígono de El Carrizal.

Antes de comenzar, el Ministerio de Defensa desea que un pequeño equipo de expertos independientes visite el polígono y los polvorines durante unos cinco días para evaluar el plan de destrucción, las distancias de seguridad y los procedimientos de registro de las cantidades destruidas. No se trata de una visita de alto nivel, sino de una evaluación técnica.

¿Podría la Unidad ayudarnos a identificar expertos de algún Estado parte u organización especializada dispuestos a realizar esta visita? Valdecasas cubriría el alojamiento y el transporte local.

Atentamente,

Tte. Cnel. Rodrigo Aranguren Salas
Jefe de la Sección de Desmilitarización
Ejército de Valdecasas
Tel. +999 51 733 0192
""",
))

M(dict(
    key="S9", topic="stockpile_destruction", secondary=[], language="es",
    hard=False, kinds=[],
    note="asks for expert review of the attached national stockpile destruction plan (method and timeline)",
    sender=("Lucía Benavente Ortiz", "lbenavente@mindef.puertoanaya.example"),
    subject="Plan nacional de destrucción de existencias – solicitud de revisión",
    date="2026-02-24 09:55:13 -0300", client="outlook", structure="alt",
    charset="utf-8", cte="quoted-printable",
    attachments=[dict(type="docx", name="Plan_nacional_destrucción_existencias_v2.docx")],
    body="""Buenos días:

Adjunto la segunda versión del plan nacional de destrucción de existencias de municiones en racimo de Puerto Anaya, que el Ministerio de Defensa debe aprobar antes de fin de mes.

Les agradeceríamos que un experto lo revisara, en particular el capítulo 4 (destrucción por corte hidráulico y quema controlada) y el calendario, que prevé terminar en diciembre de 2028. Si consideran que el calendario no es realista, preferimos saberlo ahora.

Quedo a su disposición para cualquier aclaración.

Saludos cordiales,
Lucía Benavente Ortiz
Dirección de Logística – Ministerio de Defensa de Puerto Anaya

Obtener Outlook para Android
""",
))

M(dict(
    key="S10", topic="stockpile_destruction", secondary=[], language="ru",
    hard=True, kinds=["legacy_charset"],
    note="koi8-r body and subject (Russian): previously unrecognised cluster bombs found in an arsenal; asks for a technical expert to identify them and advice on adding them to the destruction plan",
    sender=("Андрей Ладыгин", "a.ladygin@mil.stavonia.example"),
    name_charset="koi8-r", name_enc="b",
    subject="Обнаружение неучтённых кассетных боеприпасов на складе",
    subject_charset="koi8-r", subject_enc="b",
    date="2026-03-30 10:12:55 +0300", client="thebat", structure="plain",
    charset="koi8-r", cte="8bit", linesep="lf",
    body="""Уважаемые коллеги!

В ходе плановой инвентаризации третьего арсенала Министерства обороны Республики Ставония обнаружено 12 авиационных разовых бомбовых кассет, которые ранее числились как обычные осколочные авиабомбы. По маркировке и результатам вскрытия одного изделия речь идёт о кассетах с суббоеприпасами.

Наш срок уничтожения запасов по статье 3 истекает в следующем году, и эти изделия в план уничтожения не включены. Просим:

1) направить технического специалиста для идентификации типа кассет и оценки их состояния;
2) посоветовать, как включить их в действующий план уничтожения и можно ли уничтожить их на нашем полигоне вместе с остальными запасами.

С уважением,
полковник А. В. Ладыгин
Управление ракетно-артиллерийского вооружения
Министерство обороны Республики Ставония
""",
))

M(dict(
    key="S11", topic="stockpile_destruction", secondary=[], language="de",
    hard=False, kinds=[],
    note="German: whether recovering and reusing the explosive fill counts as destruction under Article 3, what evidence is expected, exchange of experience",
    sender=("Dr. Katharina Vollrath", "k.vollrath@wehrtechnik.bergmark.example"),
    subject="Zulässige Verfahren zur Vernichtung – Rückgewinnung von Sprengstoff",
    date="2026-10-06 13:27:18 +0200", client="apple", structure="alt",
    charset="utf-8", cte="quoted-printable",
    body="""Sehr geehrte Damen und Herren,

die Republik Bergmark bereitet die Vernichtung ihrer letzten Bestände an Streumunition vor (rund 8.700 Artilleriegeschosse mit Submunition). Ein Industrieunternehmen schlägt vor, den Sprengstoff aus den Submunitionen herauszulösen und als Gewerbesprengstoff wiederzuverwenden, die Metallteile zu recyceln und nur die Zünder thermisch zu zerstören.

Wir bitten um Ihren Rat, ob ein solches Verfahren nach der Praxis der Vertragsstaaten als „Vernichtung“ im Sinne von Artikel 3 gilt und welche Nachweise (Zertifikate, Mengenbilanzen) üblicherweise verlangt werden. Gibt es Staaten, die ähnliche Verfahren genutzt haben und zu einem Erfahrungsaustausch bereit wären?

Mit freundlichen Grüßen

Dr. Katharina Vollrath
Referat Munitionsentsorgung
Bundesamt für Wehrtechnik, Republik Bergmark
""",
))

M(dict(
    key="S12", topic="stockpile_destruction", secondary=[], language="ar",
    hard=False, kinds=[],
    note="Arabic: old stockpile of cluster bombs and projectiles, no capacity; asks for help with a destruction plan and cost estimate and for donors",
    sender=("سامر الحديدي", "s.alhadidi@mod.wadinour.example"),
    subject="طلب مساعدة فنية ومالية لتدمير مخزون الذخائر العنقودية",
    subject_enc="b",
    date="2026-11-09 09:30:41 +0300", client="outlook", structure="alt",
    charset="utf-8", cte="quoted-printable",
    body="""السادة وحدة دعم التنفيذ المحترمين،

تحية طيبة وبعد،

تحتفظ وزارة الدفاع في جمهورية وادي النور بمخزون قديم من الذخائر العنقودية يضم نحو 300 قنبلة جوية عنقودية و1100 قذيفة مدفعية، مخزّنة في مستودع واحد قرب العاصمة. ولا تملك الوزارة حالياً المعدات ولا الكوادر المدرَّبة اللازمة لتفكيك هذه الذخائر وتدميرها بطريقة آمنة وسليمة بيئياً.

لذلك نرجو منكم:
- مساعدتنا في إعداد خطة لتدمير المخزون وتقدير تكلفتها؛
- التواصل مع الدول الأطراف أو المنظمات التي يمكنها تقديم الدعم الفني أو المالي لهذا الغرض.

وتفضلوا بقبول فائق الاحترام والتقدير،

العقيد سامر الحديدي
مدير إدارة الذخيرة
وزارة الدفاع – جمهورية وادي النور
""",
))

# ===========================================================================
# clearance (Article 4, survey, land release, risk reduction education)
# ===========================================================================

M(dict(
    key="C1", topic="clearance", secondary=["victim_assistance"], language="en",
    hard=False, kinds=[],
    note="non-technical survey of districts never surveyed; hospital casualty records and survivor interviews are only evidence for locating strikes; asks for an NTS specialist and information-management help",
    sender=("Rhys Abernethy-Cole", "r.abernethy@nmac.brennock.example"),
    subject="Non-technical survey in the northern districts - methodology support",
    date="2026-01-27 10:41:26 +0000", client="gmail", structure="alt",
    charset="utf-8", cte="7bit",
    body="""Dear colleagues,

The National Mine Action Centre of Brennock is planning a non-technical survey of the four northern districts, where cluster munition strikes were reported during the 2019 conflict but no systematic survey has ever been carried out.

We intend to use the casualty records held by district hospitals, together with interviews with survivors and their families, to locate the places where incidents happened and to define suspected hazardous areas from them. We would like support on the survey side:
- an NTS specialist for about three months to help design the methodology, questionnaires and evidence criteria;
- advice on importing the incident locations into our information management system so that they can be turned into SHA polygons.

Our colleagues in the Ministry of Health run the survivor assistance programme separately and are not part of this request.

Regards,
Rhys Abernethy-Cole
Operations Manager
National Mine Action Centre, Brennock
""",
))

M(dict(
    key="C2", topic="clearance", secondary=["victim_assistance"], language="en",
    hard=True, kinds=["multi_topic"],
    note="a survivors' network whose members will deliver the sessions, but the ask is risk education (training of trainers, materials, school sessions), not assistance to victims",
    sender=("Grace Mwale-Hartley", "grace.mwale@survivorsnetwork.lowmarsh.example"),
    subject="Survivors as risk education facilitators - request for materials and funding",
    date="2026-08-19 13:05:37 +0200", client="outlook", structure="alt",
    charset="utf-8", cte="quoted-printable",
    body="""Dear ISU,

The Lowmarsh Survivors' Network is a group of forty people injured by submunitions, most of them as children. Several of our members have asked to go into schools and markets in the contaminated districts and tell their stories, so that other children do not pick up bomblets. The Ministry of Education supports the idea.

What we need is help with the risk education itself. Our members have never been trained as facilitators and we have no approved materials. We are asking for:
1. a short training of trainers on risk education methods and the key safety messages, given by an accredited organisation;
2. printed materials and posters adapted to the submunition types found in our districts;
3. funding for transport to about 60 schools over one school year.

This request is not about medical or rehabilitation support for our members.

With best wishes,
Grace Mwale-Hartley
Coordinator, Lowmarsh Survivors' Network
Mobile: +999 77 410 2281
""",
))

M(dict(
    key="C3", topic="clearance", secondary=[], language="en",
    hard=False, kinds=[],
    note="clearance completed ahead of the Article 4 deadline; asks how to declare completion and how others manage residual contamination",
    sender=("Dr. Imogen Castellane", "i.castellane@mineaction.tallisk.example"),
    subject="Completion of Article 4 obligations - next steps",
    date="2026-07-15 17:22:03 +0100", client="thunderbird", structure="plain",
    charset="utf-8", cte="7bit",
    attachments=[dict(type="pdf", name="Tallisk_final_clearance_report_2026.pdf")],
    body="""Dear ISU,

I am pleased to share the attached final clearance report. With the release of the last two polygons near Ormsby in June, the Tallisk Mine Action Authority considers that all known cluster munition contaminated areas under our jurisdiction or control have been cleared, nearly three years before our Article 4 deadline.

We would like guidance on:
- how and when to make the declaration of completion, and whether there is a standard text;
- what other States have put in place to deal with residual contamination found after completion (a national response capacity, reporting lines for the police and local authorities, etc.).

Thank you in advance.

Imogen Castellane
Director, Tallisk Mine Action Authority
""",
))

M(dict(
    key="C4", topic="clearance", secondary=[], language="en",
    hard=False, kinds=[],
    note="submunitions found during motorway works in an area never recorded as contaminated; asks about obligations and for a survey team",
    sender=("Bart Nkemelu", "b.nkemelu@roads.drennan.example"),
    subject="Submunitions found during motorway construction - what now?",
    date="2026-05-05 07:58:10 +0100", client="android", structure="plain",
    charset="utf-8", cte="7bit", linesep="lf",
    body="""Hello,

I work for the Roads Authority of the Drennan Republic. Last week a contractor building the new Kilbride-Moss motorway uncovered what the army says are unexploded submunitions, 14 so far, along a 2 km stretch. This area was never recorded as contaminated; the national mine action office thought the country had no cluster munition remnants at all.

Work has stopped. We need to know 1) what the Convention requires from the State now that contamination has been found, and 2) whether anyone can send a survey team quickly to define the extent of the area, because the army only has a small EOD section.

Thanks,
Bart Nkemelu
Project Engineer, Drennan Roads Authority
""",
))

M(dict(
    key="C5", topic="clearance", secondary=[], language="en",
    hard=False, kinds=[],
    note="regional workshop on land release; asks for clearance coordinators or an expert to speak, lead a survey working group and comment on the draft land release guidance (a meeting, but on a single topic)",
    sender=("Jonah Whitcombe", "j.whitcombe@mfa.asterly.example"),
    subject="Regional workshop on land release - speakers from the clearance coordinators?",
    date="2026-06-16 12:10:48 +0100", client="outlook", structure="alt",
    charset="utf-8", cte="quoted-printable",
    body="""Dear colleagues,

Asterly will host a three-day regional workshop in November for the national mine action authorities of four affected States in our region. The theme is land release: using non-technical and technical survey to cancel and reduce suspected areas instead of clearing everything, and how to record released land so that communities trust the result.

We would be grateful if the Coordinators on clearance and risk reduction education, or an expert they recommend, could speak in the opening session and lead one working group on evidence-based survey. We would also welcome their comments on the draft regional guidance note on land release that the workshop is meant to adopt. We can cover travel and accommodation for two speakers.

Could you let us know whether this is possible and whom we should write to?

Kind regards,

Jonah Whitcombe
Deputy Director, Humanitarian Disarmament
Ministry of Foreign Affairs, Asterly
""",
))

M(dict(
    key="C6", topic="clearance", secondary=[], language="fr",
    hard=False, kinds=[],
    note="donor offer restricted to clearance; asks which affected States have underfunded clearance plans and for the clearance coordinators' view (a donor offer with a single topic)",
    sender=("Claire Dufresne-Ayoub", "c.dufresne@cooperation.beloree.example"),
    subject="Offre de financement – dépollution de zones contaminées par des restes d'armes à sous-munitions",
    date="2026-10-13 15:03:29 +0200", client="roundcube", structure="plain",
    charset="utf-8", cte="quoted-printable",
    body="""Madame, Monsieur,

L'Agence béloréenne de coopération internationale dispose pour 2027 d'une enveloppe de 2 millions d'euros destinée exclusivement à la dépollution de zones contaminées par des restes d'armes à sous-munitions (enquête non technique et technique, dépollution, remise à disposition des terres). Cette ligne budgétaire ne peut pas financer d'autres volets.

Afin d'orienter ces fonds, pourriez-vous nous indiquer quels États parties affectés disposent d'un plan de dépollution chiffré mais insuffisamment financé, et nous mettre en relation avec leurs autorités nationales ? Nous serions également preneurs de l'avis des coordonnateurs sur la dépollution quant aux priorités.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Claire Dufresne-Ayoub
Chargée de programme – Action humanitaire contre les mines
Agence béloréenne de coopération internationale
""",
))

M(dict(
    key="C7", topic="clearance", secondary=["reporting"], language="fr",
    hard=True, kinds=["misleading_subject", "multi_topic"],
    note="subject refers to the Article 7 annual report, but the ask is help to prepare an Article 4 clearance deadline extension request (report itself: no question)",
    sender=("Aminata Sow-Delcourt", "a.sowdelcourt@cnlam.tamazo.example"),
    subject="Rapport annuel article 7 – année 2025",
    date="2026-03-09 11:47:15 +0000", client="outlook", structure="alt",
    charset="utf-8", cte="quoted-printable",
    body="""Bonjour,

En compilant les données de notre rapport annuel au titre de l'article 7, nous avons fait un constat qui nous préoccupe bien davantage que le rapport lui-même : sur les onze zones contaminées restantes, trois, dans la vallée de la Sakoumé, ne pourront pas être dépolluées avant l'échéance fixée par l'article 4, en août 2027. Les pluies de 2025 ont rendu l'accès impossible pendant six mois et l'enquête technique a révélé une contamination plus étendue que prévu.

Nous pensons devoir demander une prolongation du délai au titre de l'article 4. Pourriez-vous nous accompagner dans la préparation de cette demande : calendrier, contenu attendu, plan de travail chiffré et, si possible, relecture par les coordonnateurs sur la dépollution ?

Le rapport lui-même ne pose pas de difficulté particulière ; il sera transmis avant le 30 avril.

Cordialement,

Aminata Sow-Delcourt
Cheffe de la division Opérations
Commission nationale de lutte antimines – Tamazo
""",
))

M(dict(
    key="C8", topic="clearance", secondary=[], language="es",
    hard=False, kinds=[],
    note="technical survey of dense jungle: asks about drones with multispectral sensors or magnetometers, technical advice or equipment loan for a pilot",
    sender=("Tomás Quiroga Lema", "tquiroga@cnam.serrania.example"),
    subject="Apoyo para estudio técnico con drones en zona selvática",
    date="2026-04-14 09:12:37 -0500", client="zimbra", structure="plain",
    charset="utf-8", cte="quoted-printable",
    body="""Estimados:

El Centro Nacional de Acción contra Minas de Serranía prepara el estudio técnico de unas 1.800 hectáreas de selva en la cuenca del río Ocaña, donde hay evidencias de ataques con municiones en racimo. La vegetación es muy densa y el acceso por tierra es limitado.

Quisiéramos saber si algún Estado parte u operador ha utilizado drones con sensores multiespectrales o magnetómetros para detectar submuniciones o delimitar zonas de impacto en condiciones similares, y si sería posible recibir asesoría técnica o el préstamo de equipos para una fase piloto de seis meses.

Agradezco de antemano su atención.

Tomás Quiroga Lema
Jefe de Operaciones – CNAM Serranía
""",
))

M(dict(
    key="C9", topic="clearance", secondary=[], language="es",
    hard=True, kinds=["forwarded_as_attachment"],
    note="generic forwarding note from the foreign ministry; the attached message from a mayor asks for clearance of farmland and school surroundings and a survey of the extent of contamination",
    sender=("Marisol Echeverri Paz", "mecheverri@cancilleria.riomanso.example"),
    subject="RV: Solicitud del municipio de San Telmo",
    date="2026-09-02 16:36:21 -0500", client="outlook", structure="alt",
    charset="utf-8", cte="quoted-printable",
    attachments=[dict(type="rfc822", name="Solicitud del municipio de San Telmo.eml", spec=dict(
        key="C9-inner", sender=("Alcaldía de San Telmo", "despacho@santelmo.riomanso.example"),
        to=[("Dirección de Asuntos Multilaterales", "multilaterales@cancilleria.riomanso.example")],
        subject="Solicitud del municipio de San Telmo",
        date="2026-08-28 10:04:55 -0500", client="roundcube", structure="plain", language="es",
        charset="utf-8", cte="8bit",
        body="""Señora Directora:

Me dirijo a usted en nombre de la comunidad de San Telmo. Desde el año pasado, los campesinos de las veredas La Ceiba y Aguas Claras han encontrado al menos veinte submuniciones al arar sus parcelas, y una apareció junto a la escuela rural. Las familias han dejado de cultivar unas 300 hectáreas.

Solicitamos que se gestione con urgencia el despeje de estas tierras y de los alrededores de la escuela, así como un estudio que determine hasta dónde llega la contaminación.

Atentamente,

Hernán Rivas Olmedo
Alcalde de San Telmo
""",
    ))],
    body="""Estimados:

Les hacemos llegar la comunicación adjunta, recibida esta semana en la Cancillería, para su consideración.

Quedamos atentos.

Saludos,

Marisol Echeverri Paz
Dirección de Asuntos Multilaterales
Cancillería de la República de Río Manso

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos están dirigidos exclusivamente a su destinatario y pueden contener información reservada. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.
""",
))

M(dict(
    key="C10", topic="clearance", secondary=[], language="es",
    hard=False, kinds=[],
    note="risk education for seasonal migrant workers: adapting messages and audiovisual materials into two indigenous languages, measuring reach",
    sender=("Paola Giraldo Munévar", "pgiraldo@anam.sierraclara.example"),
    subject="Educación sobre el riesgo para población migrante – materiales en lenguas indígenas",
    date="2026-08-04 15:49:02 -0500", client="gmail", structure="alt",
    charset="utf-8", cte="quoted-printable",
    body="""Buenas tardes:

Cada temporada de cosecha, varios miles de jornaleros migrantes atraviesan la franja fronteriza del norte de Sierra Clara, donde siguen apareciendo restos de municiones en racimo. Muchos hablan únicamente wayuru o tikana, y nuestros materiales de educación sobre el riesgo solo existen en español.

Solicitamos apoyo técnico para adaptar los mensajes clave y producir materiales audiovisuales en esas dos lenguas, así como orientación sobre cómo medir si los mensajes llegan efectivamente a esta población móvil.

Cordialmente,

Paola Giraldo Munévar
Coordinadora de Educación sobre el Riesgo
Autoridad Nacional de Acción contra Minas de Sierra Clara
""",
))

M(dict(
    key="C11", topic="clearance", secondary=[], language="ar",
    hard=False, kinds=[],
    note="Arabic: asks for a land release / information management expert to review the draft national land release standard",
    sender=("ليلى عبد الرحمن", "l.abdelrahman@nmac.sahoul.example"),
    subject="طلب خبير لمراجعة المعيار الوطني للإفراج عن الأراضي",
    date="2026-02-16 12:26:33 +0200", client="gmail", structure="alt",
    charset="utf-8", cte="quoted-printable",
    body="""حضرات السادة في وحدة دعم التنفيذ،

تحية طيبة،

يعمل المركز الوطني لمكافحة الألغام في جمهورية السهول على تحديث المعيار الوطني للإفراج عن الأراضي، بحيث يشمل إلغاء المناطق المشتبه بها بناءً على المسح غير التقني وتقليصها بالمسح التقني قبل اللجوء إلى التطهير الكامل. وقد تبيّن لنا أن نحو 40% من المناطق المسجلة على أنها ملوثة بمخلفات الذخائر العنقودية قد لا تكون ملوثة فعلاً.

نرجو التكرم بمساعدتنا في إيجاد خبير في إدارة المعلومات والإفراج عن الأراضي لمراجعة مسودة المعيار وإبداء ملاحظاته، ويفضَّل أن يتم ذلك خلال الربع الأخير من العام.

مع خالص الشكر والتقدير،

م. ليلى عبد الرحمن
رئيسة قسم العمليات
المركز الوطني لمكافحة الألغام – جمهورية السهول
""",
))

M(dict(
    key="C12", topic="clearance", secondary=[], language="pt",
    hard=False, kinds=[],
    note="Portuguese: training of national quality assurance/quality control inspectors for clearance operators and a practical placement",
    sender=("Rui Falcão Matos", "rui.matos@cnd.serraalta.example"),
    name_charset="iso-8859-1",
    subject="Formação de inspetores de garantia de qualidade da desminagem",
    subject_charset="iso-8859-1",
    date="2026-11-24 10:03:47 +0000", client="notes", structure="plain",
    charset="iso-8859-1", cte="quoted-printable", linesep="lf",
    body="""Exmos. Senhores,

A Comissão Nacional de Desminagem da República de Serra Alta acreditou no ano passado dois novos operadores que trabalham na limpeza de restos de munições de dispersão no planalto de Quissama. Contudo, o nosso departamento de garantia e controlo de qualidade conta apenas com três inspetores, nenhum deles com formação específica em submunições.

Vimos solicitar apoio para a formação de uma equipa de oito inspetores nacionais (controlo de qualidade das áreas limpas, amostragem pós-limpeza, auditoria aos operadores), bem como informação sobre Estados Partes que possam acolher um estágio prático.

Com os melhores cumprimentos,

Rui Falcão Matos
Chefe do Departamento de Qualidade
Comissão Nacional de Desminagem - Serra Alta
""",
))

# ===========================================================================
# victim_assistance (Article 5)
# ===========================================================================

M(dict(
    key="V1", topic="victim_assistance", secondary=["clearance"], language="en",
    hard=True, kinds=["multi_topic"],
    note="'survey' and the mine action casualty database point to clearance, but the ask is a national needs assessment and data collection on survivors and affected families (Art. 5)",
    sender=("Dr. Farida Okafor-Lindqvist", "f.okafor@health.kestrelbay.example"),
    subject="Designing a national survey of cluster munition survivors",
    date="2026-04-21 14:14:19 +1000", client="roundcube", structure="plain",
    charset="utf-8", cte="quoted-printable",
    body="""Dear colleagues,

The Ministry of Health of Kestrel Bay has been asked by Cabinet to produce, for the first time, a complete picture of the people killed and injured by cluster munitions and of the needs of survivors and affected families.

At the moment the only data we have is the casualty list kept by the mine action centre. It records incidents to help plan clearance but says nothing about what happened to the people afterwards: whether they received care, have a prosthesis, are working, or whether the children are in school.

We would like technical assistance to design a national survivor needs survey: the questionnaire (ideally building on the Washington Group questions), sampling, training of enumerators, and a database that the health and social affairs ministries can share. Examples from other States that have done this would also be welcome.

Best regards,
Dr. Farida Okafor-Lindqvist
Head of Disability and Rehabilitation Services
Ministry of Health, Kestrel Bay
""",
))

M(dict(
    key="V2", topic="victim_assistance", secondary=[], language="en",
    hard=False, kinds=[],
    note="survivor-run peer-support and psychosocial programme lost its grant; asks for funders",
    sender=("Daniel Osei-Brandt", "daniel.oseibrandt@peersupport.norvik.example"),
    subject="Funding for peer-support network for survivors and families",
    date="2026-07-28 19:44:06 +0200", client="gmail", structure="alt",
    charset="utf-8", cte="7bit",
    body="""Hello,

I coordinate a small peer-support programme in the Republic of Norvik, run by survivors for survivors. Trained peer supporters visit newly injured people in hospital and at home, help them cope with grief and anger, and go with them to appointments. We also run monthly groups for parents who have lost children.

Our donor ended its grant in June. We need roughly USD 85,000 a year to keep eight peer supporters and a part-time psychologist who supervises them. Could the ISU point us to States Parties or foundations that fund psychosocial support for survivors, or share our concept note with them?

Thank you for your time.

Daniel Osei-Brandt
Norvik Peer Support Initiative
""",
))

M(dict(
    key="V3", topic="victim_assistance", secondary=[], language="en",
    hard=True, kinds=["attachment_only_hint"],
    note="bare cover note with a vague subject; only the attachment name (prosthetic and orthotic services gap analysis and support request) reveals the topic",
    sender=("Marguerite Oyelaran-Scott", "m.oyelaran@mission.orlanisles.example"),
    subject="Document for your attention",
    date="2026-05-19 16:58:24 +0200", client="outlook", structure="alt",
    charset="utf-8", cte="quoted-printable",
    attachments=[dict(type="pdf", name="Orlan_Isles_prosthetic_orthotic_services_gap_analysis_and_support_request.pdf")],
    body="""Dear ISU,

Please find attached, as discussed in Geneva.

Best,
Marguerite

Marguerite Oyelaran-Scott
Counsellor
Permanent Mission of the Orlan Isles
""",
))

M(dict(
    key="V4", topic="victim_assistance", secondary=[], language="en",
    hard=True, kinds=["html_only"],
    note="HTML-only: federation of disabled persons' organisations asks for expert input and consultations to include cluster munition survivors in the national disability action plan",
    sender=("Amelia Thorne-Baptiste", "a.thorne@dpofederation.quillmoor.example"),
    subject="Including cluster munition survivors in the National Disability Action Plan",
    date="2026-09-08 10:31:12 +0100", client="outlook", structure="html",
    charset="utf-8", cte="quoted-printable",
    body="""Dear Implementation Support Unit,

The Quillmoor Federation of Disabled Persons' Organisations has been invited by the Ministry of Social Affairs to help draft the next National Disability Action Plan (2027–2031). Cluster munition survivors, most of them in the two southern provinces, barely appear in the current draft, and the victim assistance focal point has never been part of the national disability council.

We would be grateful for:
• a short expert input on how other States have integrated victim assistance into their disability plans and budgets;
• support to hold two consultations with survivors in the southern provinces before the draft is finalised;
• advice on how the victim assistance focal point and the disability council should work together.

With thanks and kind regards,

Amelia Thorne-Baptiste
Policy Officer
Quillmoor Federation of Disabled Persons' Organisations
""",
))

M(dict(
    key="V5", topic="victim_assistance", secondary=[], language="en",
    hard=False, kinds=[],
    note="newly appointed national victim assistance focal point asks for induction on Article 5, mentoring by another focal point, and a network",
    sender=("Joseph Mbatha-Keller", "j.mbatha@socialwelfare.wrenfield.example"),
    subject="Newly appointed victim assistance focal point - induction",
    date="2026-02-03 08:36:58 +0000", client="thunderbird", structure="plain",
    charset="utf-8", cte="7bit", linesep="lf",
    body="""Dear ISU team,

I was appointed last month as the national victim assistance focal point of Wrenfield, within the Department of Social Welfare. I come from a child-protection background and this is my first contact with the Convention.

Would it be possible to receive an induction: the key documents on Article 5, what is expected of a focal point, and perhaps a call with an experienced focal point from another State Party? I would also like to know whether there is a network of focal points I could join.

Kind regards,
Joseph Mbatha-Keller
Victim Assistance Focal Point
Department of Social Welfare, Wrenfield
""",
))

M(dict(
    key="V6", topic="victim_assistance", secondary=[], language="fr",
    hard=False, kinds=[],
    note="economic inclusion of survivors: income-generating activities and micro-credit, asks for experienced partners and funders",
    sender=("Honorine Kaboré-Lemaire", "h.kabore@action-sociale.maravelle.example"),
    subject="Insertion économique des survivants – activités génératrices de revenus",
    date="2026-03-23 09:08:41 +0000", client="thunderbird", structure="plain",
    charset="utf-8", cte="8bit",
    body="""Madame, Monsieur,

Le Ministère de l'Action sociale de Maravelle accompagne 230 survivants d'accidents de sous-munitions et leurs familles dans les provinces de l'Est. La plupart ont reçu des soins et un appareillage, mais très peu ont retrouvé un revenu : les agriculteurs amputés ne peuvent plus travailler comme avant et les formations professionnelles existantes ne leur sont pas accessibles.

Nous souhaiterions mettre en place un programme d'activités génératrices de revenus (petit élevage, couture, réparation de téléphones) adossé à un fonds de microcrédit. Pourriez-vous nous mettre en relation avec des partenaires qui ont l'expérience de tels programmes et seraient susceptibles de les financer ?

Avec nos remerciements,

Honorine Kaboré-Lemaire
Directrice de la protection des personnes handicapées
Ministère de l'Action sociale – Maravelle
""",
))

M(dict(
    key="V7", topic="victim_assistance", secondary=["clearance"], language="fr",
    hard=False, kinds=[],
    note="children injured by a submunition need paediatric prosthetics, psychological support and transport; the risk education visit and marking are mentioned as already done",
    sender=("Dr Étienne Nzé-Villeneuve", "e.nze@sante.lisonne.example"),
    subject="Prise en charge des enfants blessés à Korabo",
    date="2026-03-18 17:15:09 +0000", client="outlook", structure="alt",
    charset="utf-8", cte="quoted-printable",
    body="""Bonjour,

Le 3 mars, quatre enfants de l'école de Korabo ont été grièvement blessés par une sous-munition ramassée au bord d'un champ. Deux ont été amputés d'une jambe, un a perdu l'usage d'un œil. L'équipe d'éducation aux risques de l'opérateur de déminage est revenue dans l'école la semaine suivante et la zone a été balisée ; ce volet est réglé.

Notre difficulté est le suivi des enfants : l'hôpital régional n'a ni orthoprothésiste pédiatrique ni psychologue. Les prothèses devront être remplacées régulièrement pendant la croissance des enfants et les familles n'ont pas les moyens de se rendre dans la capitale.

Nous sollicitons un appui pour l'appareillage pédiatrique, le soutien psychologique des enfants et de leurs familles, et la prise en charge des frais de transport.

Dr Étienne Nzé-Villeneuve
Médecin-chef, Hôpital régional de Korabo
Ministère de la Santé – République de Lisonne
""",
))

M(dict(
    key="V8", topic="victim_assistance", secondary=[], language="es",
    hard=False, kinds=[],
    note="national directory of services for survivors and an inter-institutional referral pathway; asks for examples and an expert for two workshops",
    sender=("Jimena Arrieta Valcárcel", "jarrieta@inclusion.tierraalba.example"),
    subject="Mapeo de servicios y ruta de derivación para sobrevivientes",
    date="2026-10-27 11:51:36 -0400", client="roundcube", structure="plain",
    charset="utf-8", cte="quoted-printable", linesep="lf",
    body="""Estimados señores:

La Secretaría de Inclusión de Tierra Alba quiere elaborar un directorio nacional de servicios para sobrevivientes de municiones en racimo (salud, rehabilitación, apoyo psicológico, educación, empleo) y una ruta de derivación clara entre instituciones, porque hoy cada víctima depende de la buena voluntad de los funcionarios con los que se encuentra.

¿Podrían compartir ejemplos de directorios o rutas de derivación elaborados en otros Estados partes y, si es posible, facilitarnos un experto que acompañe dos talleres con las instituciones involucradas?

Muchas gracias.

Jimena Arrieta Valcárcel
Directora de Atención a Víctimas
Secretaría de Inclusión – Tierra Alba
""",
))

M(dict(
    key="V9", topic="victim_assistance", secondary=[], language="es",
    hard=False, kinds=[],
    note="vocational training centre for survivors asks for funding to expand (budget attached) and for the request to be shared with supporting States",
    sender=("Fernando Ibarra Quintanilla", "fibarra@nuevasenda.islamarquesa.example"),
    subject="Solicitud de financiamiento – talleres de formación profesional para sobrevivientes",
    date="2026-06-09 10:20:59 -0600", client="gmail", structure="alt",
    charset="utf-8", cte="quoted-printable",
    attachments=[dict(type="docx", name="Presupuesto_talleres_formación_2027-2028.docx")],
    body="""Buenos días:

Les escribo desde el Centro de Oficios Nueva Senda, en Isla Marquesa, que desde 2019 ofrece cursos de carpintería, electricidad y panadería a personas con discapacidad, entre ellas 52 sobrevivientes de municiones en racimo.

El Ministerio de Trabajo nos ha pedido ampliar el programa a dos provincias más, pero no tenemos financiamiento para equipar los talleres ni para las becas de transporte de los participantes. Adjunto el presupuesto detallado (unos 140.000 dólares para dos años).

¿Sería posible que la Unidad compartiera esta solicitud con los Estados partes que apoyan la asistencia a víctimas?

Atentamente,

Fernando Ibarra Quintanilla
Director – Centro de Oficios Nueva Senda
""",
))

M(dict(
    key="V10", topic="victim_assistance", secondary=[], language="pt",
    hard=False, kinds=[],
    note="Portuguese: questions in the population census to identify victims and their needs (data collection on victims), data protection, link with the victims register",
    sender=("Beatriz Nogueira Lacerda", "beatriz.lacerda@ine.novaarcadia.example"),
    subject="Recolha de dados sobre vítimas no recenseamento geral da população",
    date="2026-12-01 15:37:22 +0000", client="apple", structure="alt",
    charset="utf-8", cte="quoted-printable",
    body="""Caros colegas,

O Instituto Nacional de Estatística da Nova Arcádia vai realizar o recenseamento geral da população em 2028. O Ministério da Solidariedade pediu-nos para incluir perguntas que permitam identificar as pessoas com deficiência resultante de munições de dispersão ou de outros engenhos explosivos, para conhecer melhor as necessidades das vítimas e planear os serviços.

Gostaríamos de receber apoio técnico sobre a formulação das perguntas (compatíveis com as perguntas do Grupo de Washington), a proteção dos dados pessoais e a forma de cruzar os resultados com o registo de vítimas do Ministério.

Com os melhores cumprimentos,

Beatriz Nogueira Lacerda
Diretora de Estatísticas Sociais
Instituto Nacional de Estatística – Nova Arcádia

Enviado do meu iPad
""",
))

M(dict(
    key="V11", topic="victim_assistance", secondary=[], language="ar",
    hard=True, kinds=["legacy_charset", "base64_body"],
    note="windows-1256 base64 body and subject (Arabic): physical rehabilitation centre needs prosthetics equipment, training of technicians and donors",
    sender=("هالة منصور", "h.mansour@health.difaf.example"),
    name_charset="windows-1256", name_enc="b",
    subject="دعم مركز التأهيل البدني في مدينة الشمال",
    subject_charset="windows-1256", subject_enc="b",
    date="2026-01-13 10:45:08 +0200", client="outlook", structure="plain",
    charset="windows-1256", cte="base64",
    body="""السادة المحترمون،

يقدم مركز التأهيل البدني التابع لوزارة الصحة في جمهورية الضفاف خدماته لأكثر من 400 شخص من ضحايا الذخائر العنقودية ومخلفات الحرب، غير أن معظم أجهزة تصنيع الأطراف الاصطناعية في المركز متهالكة، ولا يعمل فيه سوى فنيين اثنين مؤهلين.

نطلب دعمكم في:
1- توفير معدات ومواد لتصنيع الأطراف الاصطناعية والأجهزة التقويمية؛
2- تدريب ستة فنيين جدد على تصنيع الأطراف وتركيبها؛
3- ربطنا بالجهات المانحة المهتمة بمجال التأهيل.

وتفضلوا بقبول فائق الاحترام،

د. هالة منصور
مديرة مركز التأهيل البدني
وزارة الصحة – جمهورية الضفاف
""",
))

# ===========================================================================
# reporting (Article 7)
# ===========================================================================

M(dict(
    key="R1", topic="reporting", secondary=["stockpile_destruction"], language="en",
    hard=True, kinds=["multi_topic"],
    note="full of destruction figures, but the ask is how to report them in Form B (munitions or submunitions, which reporting year)",
    sender=("Oliver Brandstetter-Nwosu", "o.brandstetter@mfa.corrigan.example"),
    subject="Form B - munitions or submunitions? And which year?",
    date="2026-03-04 12:06:39 +0000", client="thunderbird", structure="plain",
    charset="utf-8", cte="7bit",
    body="""Dear ISU,

We are preparing Corrigan's annual transparency report covering 2025 and have two questions on Form B, which our Ministry of Defence and we read differently.

1. In 2025 we destroyed 318 artillery projectiles containing 27,984 submunitions. Should Form B show the number of cluster munitions, the number of explosive submunitions, or both?
2. A further 40 projectiles were destroyed in January 2026, before the report is due. Can we include them now, or do they belong only in next year's report?

The destruction programme itself is going well; what we need is clarity on how to report it correctly.

With thanks,
Oliver Brandstetter-Nwosu
Conventional Arms Unit
Ministry of Foreign Affairs, Corrigan
""",
))

M(dict(
    key="R2", topic="reporting", secondary=["clearance"], language="en",
    hard=False, kinds=[],
    note="how to present land cancelled and reduced by survey, versus cleared, in Form F of the Article 7 report",
    sender=("Siobhan Raftery-Mensah", "s.raftery@mineaction.vellmoor.example"),
    subject="Article 7 Form F - how to present cancelled and reduced land",
    date="2026-04-08 09:19:44 +0100", client="outlook", structure="alt",
    charset="utf-8", cte="quoted-printable",
    body="""Hello,

In Form F of our Article 7 report, the table of contaminated areas has a single column for area cleared. Last year most of our progress came from cancelling areas through non-technical survey (2.1 km²) and reducing them through technical survey (0.6 km²); only 0.4 km² was actually cleared.

How should we present this? Should cancelled and reduced land go into a separate table, be explained in the narrative, or be added to the cleared figure? We want the report to be consistent with the figures in our Article 4 work plan.

Thank you,

Siobhan Raftery-Mensah
Information Management Officer
Vellmoor Mine Action Authority
""",
))

M(dict(
    key="R3", topic="reporting", secondary=[], language="en",
    hard=False, kinds=[],
    note="draft annual report attached; asks how to value in-kind support received in Form I and whether the ISU can check the draft before submission",
    sender=("Keira Aldous", "k.aldous@mfa.harrowmere.example"),
    subject="Draft annual report - question on Form I",
    date="2026-04-15 17:48:02 +0100", client="outlook", structure="alt",
    charset="utf-8", cte="quoted-printable",
    attachments=[dict(type="xlsx", name="Harrowmere_Article7_2025_Forms_A-J_draft.xlsx")],
    body="""Dear ISU colleagues,

Attached is Harrowmere's draft Article 7 report for calendar year 2025.

One point we are unsure about is Form I. Last year we received in-kind support from two States Parties (the loan of a demilitarisation expert for four months and a donation of protective equipment) but no money. Should in-kind support be valued in the form, and if so on what basis? Or is a description enough?

If the ISU has time to glance over the rest of the draft before 30 April, we would be very grateful.

Kind regards,
Keira Aldous
Arms Control and Disarmament Department
Ministry of Foreign Affairs, Harrowmere
""",
))

M(dict(
    key="R4", topic="reporting", secondary=[], language="en",
    hard=False, kinds=[],
    note="terse mobile message: report ready but the Minister signs only on 6 May; is it late, can it be sent unsigned by 30 April",
    sender=("Ben Kowalczyk-Amari", "ben.kowalczyk@mfa.tarrowby.example"),
    subject="report deadline q",
    date="2026-04-27 21:13:05 +0100", client="iphone", structure="plain",
    charset="utf-8", cte="7bit",
    body="""Hi - quick one. Our Art 7 report is ready but the Minister can only sign on 6 May. Does that make it late? Better to send it unsigned by 30 April and the signed copy after?

Thx
Ben (MFA Tarrowby)

Sent from my iPhone
""",
))

M(dict(
    key="R5", topic="reporting", secondary=["stockpile_destruction"], language="en",
    hard=True, kinds=["reply_to_ack"],
    note="reply to acknowledgement CCM-2026-0412 (correction to the annual report): sends the corrected Form D and asks whether the published report will be replaced or must be resubmitted",
    sender=("Marcus Eldridge-Fofana", "m.eldridge@mission.kestrelbay.example"),
    subject="RE: [CCM-2026-0412] Received: Correction to our 2025 transparency report",
    in_reply_to="<ccm-2026-0412.ack@ccm-isu.example>",
    date="2026-05-18 11:37:50 +0200", client="outlook", structure="alt",
    charset="utf-8", cte="quoted-printable",
    attachments=[dict(type="docx", name="Form_D_corrected_Kestrel_Bay_2025.docx")],
    body="""Dear colleagues,

Further to my message below: the Ministry of Defence has now confirmed the corrected figure. The number of submunitions retained for training in Form D should read 250, not 2,500 – a typing error on our side. The corrected Form D is attached.

Could you let us know whether the published version will simply be replaced, or whether we need to resubmit the whole report with a new cover page?

Best regards,
Marcus Eldridge-Fofana
Second Secretary
Permanent Mission of Kestrel Bay, Geneva

From: CCM Implementation Support Unit <no-reply@ccm-isu.example>
Sent: Thursday, 14 May 2026 10:02
To: Marcus Eldridge-Fofana <m.eldridge@mission.kestrelbay.example>
Subject: [CCM-2026-0412] Received: Correction to our 2025 transparency report

Dear sender,

Thank you for your message, registered under reference CCM-2026-0412. It has been forwarded to the relevant coordinator, who will contact you shortly.

Please keep the reference in the subject line of any further correspondence.

Implementation Support Unit – Convention on Cluster Munitions
""",
))

M(dict(
    key="R6", topic="reporting", secondary=[], language="fr",
    hard=False, kinds=[],
    note="national workshop for ministry focal points on filling in Forms A to J; asks the ISU to run it or recommend a trainer, and for the French guide",
    sender=("Bintou Ouédraogo-Marchal", "b.ouedraogo@diplomatie.nouvellesabrine.example"),
    name_charset="iso-8859-1",
    subject="Atelier national sur l'établissement du rapport au titre de l'article 7",
    subject_charset="iso-8859-1",
    date="2026-01-20 10:27:31 +0000", client="notes", structure="plain",
    charset="iso-8859-1", cte="quoted-printable",
    body="""Madame, Monsieur,

Depuis son adhésion, la Nouvelle-Sabrine a remis ses rapports avec beaucoup de retard, notamment parce que les informations sont dispersées entre cinq ministères et que les agents qui remplissent les formulaires changent chaque année.

Nous souhaiterions organiser à Port-Sabrine, au premier semestre, un atelier de deux jours réunissant les points focaux des ministères concernés afin d'expliquer les formulaires A à J, la page de couverture et la répartition des tâches pour la collecte des données. L'Unité pourrait-elle animer cet atelier ou nous recommander un formateur, et nous transmettre le guide de remplissage en français ?

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Bintou Ouédraogo-Marchal
Sous-direction du désarmement
Ministère des Affaires étrangères - Nouvelle-Sabrine
""",
))

M(dict(
    key="R7", topic="reporting", secondary=[], language="fr",
    hard=False, kinds=[],
    note="language of the transparency report (is an English version needed, who translates) and whether annexed tables can be sent as Excel",
    sender=("Jean-Baptiste Ilunga-Ferrand", "jb.ilunga@mission-geneve.maravelle.example"),
    subject="Langue de soumission du rapport de transparence",
    date="2026-04-02 16:02:18 +0200", client="gmail", structure="alt",
    charset="utf-8", cte="quoted-printable",
    body="""Bonjour,

Notre rapport annuel au titre de l'article 7 est rédigé en français. Un collègue nous dit qu'il faudrait aussi en fournir une version anglaise pour qu'il soit publié. Est-ce exact ? Si oui, l'Unité ou le Bureau des affaires de désarmement assurent-ils une traduction, ou devons-nous nous en charger ?

Par ailleurs, les tableaux annexés peuvent-ils être envoyés au format Excel plutôt qu'en PDF ?

Merci d'avance,

Jean-Baptiste Ilunga-Ferrand
Premier conseiller
Mission permanente de Maravelle à Genève
""",
))

M(dict(
    key="R8", topic="reporting", secondary=["victim_assistance"], language="es",
    hard=False, kinds=[],
    note="first time completing Form H: how to report provisional, disaggregated victim figures, indirect victims and NGO-provided services",
    sender=("Andrés Pizarro Leiva", "apizarro@minrel.saneloy.example"),
    subject="Formulario H: ¿qué información sobre asistencia a víctimas incluir?",
    subject_charset="windows-1252",
    date="2026-03-11 13:40:27 -0400", client="thunderbird", structure="plain",
    charset="windows-1252", cte="8bit", flowed=False,
    body="""Estimados:

Es la primera vez que San Eloy del Norte debe completar el Formulario H (asistencia a víctimas) de su informe anual, ya que el año pasado se identificaron los primeros sobrevivientes en nuestro territorio.

Tenemos datos dispersos del Ministerio de Salud y de una ONG. Nuestras dudas: ¿debemos indicar el número de víctimas desglosado por sexo y edad aunque las cifras sean provisionales? ¿Se informan también las víctimas indirectas (las familias)? ¿Y cómo se reflejan los servicios prestados por la ONG y no por el Estado?

Saludos cordiales,

Andrés Pizarro Leiva
Dirección de Seguridad Internacional
Ministerio de Relaciones Exteriores de San Eloy del Norte
""",
))

M(dict(
    key="R9", topic="reporting", secondary=[], language="es",
    hard=True, kinds=["html_only"],
    note="HTML-only: annual report cannot be submitted by 30 April; asks whether a formal extension is needed, whom to notify and whether it will be listed as late",
    sender=("Daniela Mercado Urrutia", "dmercado@misionginebra.puertoanaya.example"),
    subject="Informe del artículo 7 – presentación después del 30 de abril",
    date="2026-04-23 18:05:33 +0200", client="outlook", structure="html",
    charset="utf-8", cte="quoted-printable",
    body="""Estimados colegas:

Les informamos de que el informe anual de transparencia de Puerto Anaya correspondiente a 2025 no podrá presentarse el 30 de abril, ya que el Ministerio de Defensa aún está validando las cifras del Formulario B. Prevemos enviarlo a más tardar el 15 de mayo.

¿Es necesario solicitar formalmente una prórroga? ¿A quién debemos notificar el retraso: a la Unidad o a la Oficina de Asuntos de Desarme? ¿Figurará como informe tardío en la documentación de la Reunión de los Estados Partes?

Gracias de antemano.

Daniela Mercado Urrutia
Consejera
Misión Permanente de Puerto Anaya en Ginebra
""",
))

M(dict(
    key="R10", topic="reporting", secondary=[], language="ru",
    hard=True, kinds=["legacy_charset", "encoded_subject"],
    note="windows-1251 (Russian): the B-encoded subject, split over several encoded-words, carries the request (initial Article 7 report after accession: template and explanations); the body only refers to the subject",
    sender=("Ирина Соколовская", "i.sokolovskaya@mid.belorechye.example"),
    name_charset="windows-1251", name_enc="b",
    subject="Первоначальный доклад по статье 7 после присоединения в январе – нужен шаблон и разъяснения по заполнению",
    subject_charset="windows-1251", subject_enc="b",
    date="2026-02-18 15:22:47 +0300", client="thebat", structure="plain",
    charset="windows-1251", cte="8bit", linesep="lf",
    body="""Добрый день!

Прошу помочь по вопросу, указанному в теме письма. Срок – 180 дней, времени немного.

С уважением,
И. Соколовская
МИД Республики Белоречье
""",
))

M(dict(
    key="R11", topic="reporting", secondary=["legislation"], language="de",
    hard=False, kinds=[],
    note="German: how to present in Form A an implementing law adopted by Cabinet but still before Parliament, and whether the report must be corrected later",
    sender=("Florian Weißenbach", "f.weissenbach@aussenamt.westerau.example"),
    name_charset="iso-8859-1",
    subject="Formular A – Gesetzentwurf noch im Parlament",
    subject_charset="utf-8",
    date="2026-03-26 14:51:09 +0100", client="zimbra", structure="plain",
    charset="iso-8859-1", cte="quoted-printable", linesep="lf",
    body="""Sehr geehrte Damen und Herren,

wir erstellen derzeit den Jahresbericht der Republik Westerau nach Artikel 7 für das Jahr 2025. Das Durchführungsgesetz zum Übereinkommen wurde im November vom Kabinett beschlossen, liegt aber noch beim Parlament; bis dahin gilt nur eine Verwaltungsvorschrift des Verteidigungsministeriums.

Wie ist das in Formular A darzustellen? Tragen wir nur die geltende Verwaltungsvorschrift ein oder auch den Gesetzentwurf mit dem Vermerk »im parlamentarischen Verfahren«? Und muss der Bericht später berichtigt werden, wenn das Gesetz in Kraft tritt?

Mit freundlichen Grüßen

Florian Weißenbach
Referat Abrüstung und Rüstungskontrolle
Außenamt der Republik Westerau
""",
))

M(dict(
    key="R12", topic="reporting", secondary=[], language="pt",
    hard=False, kinds=[],
    note="Portuguese: lost access to the online account used to submit the Article 7 report; asks how to recover it or whether to send the report by e-mail",
    sender=("Carla Mendonça Pires", "carla.pires@mne.poente.example"),
    subject="Acesso à plataforma de submissão dos relatórios",
    date="2026-04-20 10:58:14 -0100", client="roundcube", structure="plain",
    charset="utf-8", cte="8bit",
    body="""Bom dia,

A pessoa que tratava dos relatórios de transparência no nosso Ministério aposentou-se e não conseguimos aceder à conta utilizada para submeter por via eletrónica o relatório anual previsto no artigo 7.º. Não temos a palavra-passe e o endereço de correio associado já não existe.

Podem indicar-nos como recuperar o acesso, ou se é possível enviar este ano o relatório por correio eletrónico ao Gabinete das Nações Unidas para os Assuntos de Desarmamento? O prazo de 30 de abril aproxima-se.

Obrigada,

Carla Mendonça Pires
Direção-Geral de Política Externa
Ministério dos Negócios Estrangeiros – República das Ilhas do Poente
""",
))

# ===========================================================================
# legislation (Article 9, ratification/accession instruments)
# ===========================================================================

M(dict(
    key="L1", topic="legislation", secondary=["stockpile_destruction"], language="en",
    hard=True, kinds=["multi_topic"],
    note="the regulation being drafted is about destroying stocks and retention, but the ask is legal drafting (statutory duty to destroy, wording of the retention exception, penal sanctions, model law)",
    sender=("Adaeze Whitfield-Moreau", "a.whitfield@agc.sorrelcoast.example"),
    subject="Implementing regulation on the destruction of stocks - drafting questions",
    date="2026-05-26 09:34:16 +0100", client="gmail", structure="alt",
    charset="utf-8", cte="quoted-printable",
    body="""Dear colleagues,

The Attorney General's Chambers of the Sorrel Coast is drafting the regulation that will implement the Convention in our domestic law. Our armed forces still hold a small stockpile, and Cabinet wants the regulation itself to make the Ministry of Defence legally responsible for destroying it by the Article 3 deadline.

We would appreciate legal drafting advice on three points:
- how other States have worded a statutory duty to destroy stocks (and to report on destruction to Parliament) without fixing technical methods in law;
- how to draft the exception for cluster munitions retained for training under Article 3.6 so that it cannot be read as a general licence to possess;
- the penal sanctions for unauthorised possession once the destruction deadline has passed.

A model law or examples of implementing legislation from common-law States would be most useful.

Kind regards,
Adaeze Whitfield-Moreau
Senior Legislative Drafter
Attorney General's Chambers, Sorrel Coast
""",
))

M(dict(
    key="L2", topic="legislation", secondary=[], language="en",
    hard=False, kinds=[],
    note="a State that has decided to accede asks for a model instrument of accession, deposit steps, entry into force and the accession toolkit (not universalisation outreach)",
    sender=("Rafael Lindqvist-Amadi", "r.lindqvist@mfa.callowayislands.example"),
    subject="Accession to the CCM - instrument and steps",
    date="2026-06-23 14:08:57 -1000", client="outlook", structure="alt",
    charset="utf-8", cte="quoted-printable",
    body="""Dear Sir or Madam,

Following a Cabinet decision last week, the Government of the Calloway Islands will accede to the Convention on Cluster Munitions. We are not a signatory.

Could you provide us with:
- a model instrument of accession and guidance on who must sign it;
- the steps for depositing it with the Secretary-General, and when the Convention would enter into force for us;
- the ratification and accession toolkit, and advice on the domestic legislation we should have in place at the time of accession or soon after.

Thank you in advance for your assistance.

Yours faithfully,

Rafael Lindqvist-Amadi
Legal Adviser
Ministry of Foreign Affairs, Calloway Islands
""",
))

M(dict(
    key="L3", topic="legislation", secondary=[], language="en",
    hard=False, kinds=[],
    note="law reform commission sends the draft prohibition bill; asks how other States treat investment/financing and for comments on clause 9 and the definitions",
    sender=("Hamish Adjei-Larsen", "h.adjei@lawreform.pellmore.example"),
    subject="Draft Cluster Munitions (Prohibition) Bill - comments on financing clause",
    date="2026-08-11 11:25:43 +0100", client="thunderbird", structure="plain",
    charset="utf-8", cte="7bit",
    attachments=[dict(type="docx", name="Pellmore_Cluster_Munitions_Prohibition_Bill_draft3.docx")],
    body="""Dear ISU colleagues,

The Law Reform Commission of Pellmore has prepared a third draft of the Cluster Munitions (Prohibition) Bill, attached. Parliament's committee has asked us to reconsider clause 9, which prohibits financial institutions registered in Pellmore from investing in companies that produce cluster munitions or their key components.

The banking association argues that this goes beyond what the Convention requires. Could you share how other States Parties have dealt with investment in their implementing legislation, and comment on whether the wording of clause 9 (and the definitions in clause 2) is consistent with the Convention? Comments by the end of next month would be ideal.

With best regards,

Hamish Adjei-Larsen
Commissioner
Law Reform Commission of Pellmore
""",
))

M(dict(
    key="L4", topic="legislation", secondary=[], language="en",
    hard=True, kinds=["enquiry_looks_like_noise"],
    note="looks like a document-system notification (notifications@ sender, do-not-reply footer), but carries a committee clerk's own question: is an amendment exempting allied forces' munitions in transit compatible with the Convention",
    sender=("ParlTrack (on behalf of Ruth Okoye-Brennan)", "notifications@parltrack.assembly.wrenfield.example"),
    reply_to=("Ruth Okoye-Brennan", "r.okoye@assembly.wrenfield.example"),
    subject="[ParlTrack] Ruth Okoye-Brennan shared \"Cluster Munitions Bill 2026 - Committee Stage Amendments\" with you",
    date="2026-06-12 16:44:29 +0100", client="robot", structure="alt",
    charset="utf-8", cte="quoted-printable",
    headers=[("X-Mailer", "ParlTrack Notifier 4.2"), ("X-ParlTrack-Document", "8841")],
    body="""Ruth Okoye-Brennan has shared a document with you.

Message from Ruth Okoye-Brennan:
"Dear ISU - I am the clerk to the Defence and Foreign Affairs Committee. Members have tabled an amendment to clause 7 of the Cluster Munitions Bill that would exempt cluster munitions 'held by allied forces in transit through Wrenfield'. Before the committee sits on Thursday 18 June, could you tell us whether such an exemption is compatible with the Convention, and how other States' implementing laws deal with transit and foreign stockpiling? A short note would be enough. Many thanks, Ruth"

Document: Cluster Munitions Bill 2026 - Committee Stage Amendments (14 pages)
Open in ParlTrack: https://parltrack.assembly.wrenfield.example/d/8841

You are receiving this e-mail because a ParlTrack user shared a document with you. ParlTrack is the document management system of the National Assembly of Wrenfield. Replies to this address are not monitored; use the reply-to address to contact the person who shared the document.
""",
))

M(dict(
    key="L5", topic="legislation", secondary=[], language="en",
    hard=False, kinds=[],
    note="draft prohibition act: extraterritorial jurisdiction over nationals abroad and how to criminalise 'assist, encourage or induce' (Art. 1(1)(c))",
    sender=("Yewande Carrington-Holm", "y.carrington@justice.brackenridge.example"),
    subject="Extraterritorial scope and \"assist, encourage or induce\" in our draft law",
    date="2026-10-20 10:16:35 +0000", client="outlook", structure="plain",
    charset="utf-8", cte="quoted-printable",
    body="""Dear colleagues,

Our Ministry of Justice is reviewing the draft Cluster Munitions Prohibition Act before it goes to Cabinet. Two questions have come up on which we would appreciate your help:

1. Should the offences apply to Brackenridge nationals acting abroad – for instance a national employed by a foreign private security company that uses cluster munitions? How have other States framed extraterritorial jurisdiction?
2. How have States turned the prohibition on assisting, encouraging or inducing anyone to engage in prohibited activities (Article 1(1)(c)) into criminal offences without making them too vague?

Examples of provisions from other implementing laws would be very helpful.

Regards,

Yewande Carrington-Holm
Principal State Counsel
Ministry of Justice, Brackenridge
""",
))

M(dict(
    key="L6", topic="legislation", secondary=[], language="fr",
    hard=True, kinds=["reply_to_ack"],
    note="reply to acknowledgement CCM-2026-0433 (draft prohibition law): bill adopted by the Council of Ministers; asks for an ISU or coordinator presentation on penal sanctions at the parliamentary committee hearing",
    sender=("Chantal Bassolé-Girard", "c.bassole@sgg.senarie.example"),
    subject="RE: [CCM-2026-0433] Accusé de réception : Avant-projet de loi portant interdiction des armes à sous-munitions",
    subject_style="partial",
    in_reply_to="<ccm-2026-0433.ack@ccm-isu.example>",
    date="2026-09-08 15:12:06 +0000", client="outlook", structure="alt",
    charset="utf-8", cte="quoted-printable",
    body="""Bonjour,

Pour faire suite à notre échange : le Conseil des ministres a adopté hier l'avant-projet de loi, qui sera examiné par la commission de la défense de l'Assemblée nationale à partir du 22 septembre.

Le président de la commission souhaiterait qu'un représentant de l'Unité ou un coordonnateur sur les mesures nationales d'application présente, par visioconférence, les obligations de la Convention en matière de sanctions pénales lors de l'audition du 24 septembre. Est-ce envisageable ?

Bien cordialement,

Me Chantal Bassolé-Girard
Conseillère juridique
Secrétariat général du Gouvernement – République de Sénarie

De : CCM Implementation Support Unit <no-reply@ccm-isu.example>
Envoyé : lundi 6 juillet 2026 09:14
À : Chantal Bassolé-Girard <c.bassole@sgg.senarie.example>
Objet : [CCM-2026-0433] Accusé de réception : Avant-projet de loi portant interdiction des armes à sous-munitions

Madame, Monsieur,

Nous accusons réception de votre message, enregistré sous la référence CCM-2026-0433. Il a été transmis au coordonnateur compétent, qui prendra contact avec vous dans les meilleurs délais.

Merci de conserver la référence dans l'objet de toute correspondance ultérieure.

Unité d'appui à l'application – Convention sur les armes à sous-munitions
""",
))

M(dict(
    key="L7", topic="legislation", secondary=[], language="fr",
    hard=False, kinds=[],
    note="stand-alone law or a new chapter in the existing arms code: pros and cons, model law and civil-law examples",
    sender=("Yannick Ebodé-Sarrazin", "y.ebode@justice.kerouan.example"),
    subject="Loi autonome ou modification du code des armes ?",
    date="2026-07-01 10:39:52 +0100", client="apple", structure="alt",
    charset="utf-8", cte="quoted-printable",
    body="""Madame, Monsieur,

La Direction des affaires criminelles du Ministère de la Justice de Kérouan doit proposer au Gouvernement la voie la plus simple pour mettre notre droit en conformité avec la Convention. Deux options sont à l'étude : une loi spécifique sur les armes à sous-munitions, ou l'insertion d'un chapitre dans le code des armes et munitions de 2011, qui prévoit déjà un régime d'autorisation et des sanctions pénales.

Pourriez-vous nous indiquer les avantages et inconvénients constatés dans d'autres États, et nous transmettre la loi type ainsi que des exemples de lois d'application adoptées par des États de tradition civiliste ?

Veuillez agréer, Madame, Monsieur, l'expression de notre considération distinguée.

Yannick Ebodé-Sarrazin
Magistrat – Direction des affaires criminelles et des grâces
Ministère de la Justice – Kérouan
""",
))

M(dict(
    key="L8", topic="legislation", secondary=[], language="es",
    hard=False, kinds=[],
    note="whether the implementing law should make companies (legal persons) liable, and which sanctions other States chose",
    sender=("Mercedes Alcántara Roig", "malcantara@minjusticia.valdecasas.example"),
    name_charset="windows-1252",
    subject="Responsabilidad de las personas jurídicas en el proyecto de ley",
    date="2026-11-03 12:47:21 -0500", client="notes", structure="plain",
    charset="windows-1252", cte="8bit", linesep="lf",
    body="""Estimados señores:

En el marco de la redacción del proyecto de ley de aplicación de la Convención, el Ministerio de Justicia de Valdecasas debate si las sanciones deben alcanzar también a las empresas (personas jurídicas) que fabriquen, comercialicen o intermedien en la transferencia de municiones en racimo o de sus componentes.

Nuestro Código Penal solo reconoce la responsabilidad penal de las personas jurídicas para algunos delitos económicos. ¿Qué soluciones han adoptado otros Estados partes: multas administrativas, disolución de la empresa, inhabilitación para contratar con el Estado? Les agradeceríamos ejemplos concretos de legislación.

Atentamente,

Dra. Mercedes Alcántara Roig
Asesora Jurídica
Ministerio de Justicia de Valdecasas
""",
))

M(dict(
    key="L9", topic="legislation", secondary=[], language="es",
    hard=False, kinds=[],
    note="customs regulation implementing the import/export/transit prohibition: control lists, components, seizure powers, model regulations",
    sender=("Gustavo Paredes Ancízar", "gparedes@aduanas.sierraclara.example"),
    subject="Reglamento aduanero para la prohibición de importación, exportación y tránsito",
    date="2026-05-13 16:21:30 -0500", client="gmail", structure="alt",
    charset="utf-8", cte="quoted-printable",
    body="""Buenas tardes:

La Dirección Nacional de Aduanas de Sierra Clara debe redactar el reglamento que aplicará en frontera la prohibición de importar, exportar y transferir municiones en racimo establecida por la ley aprobada el año pasado.

Necesitamos orientación jurídica sobre las listas de control y los códigos arancelarios que conviene incluir, el tratamiento de los componentes y de las submuniciones sueltas, y las facultades de decomiso. Si existen reglamentos de otros Estados partes que puedan servirnos de modelo, les agradeceríamos mucho que nos los compartieran.

Saludos cordiales,

Gustavo Paredes Ancízar
Asesor Jurídico – Dirección Nacional de Aduanas
Sierra Clara
""",
))

M(dict(
    key="L10", topic="legislation", secondary=[], language="es",
    hard=True, kinds=["forwarded_chain"],
    note="short forwarding note; the legal questions (definition, financing offence, proportionality of penalties) are in the inline forwarded message from the Senate defence committee",
    sender=("Rocío Santillana Obregón", "rsantillana@cancilleria.islamarquesa.example"),
    subject="RV: Consultas sobre el proyecto de ley de prohibición de municiones en racimo",
    date="2026-05-27 09:03:18 -0600", client="outlook", structure="plain",
    charset="utf-8", cte="quoted-printable",
    body="""Estimados colegas de la Unidad:

Les reenvío las consultas que nos hizo llegar la asesoría de la Comisión de Defensa del Senado. ¿Podrían ayudarnos a preparar las respuestas antes del 10 de junio?

Muchas gracias,
Rocío

Rocío Santillana Obregón
Dirección de Derecho Internacional
Cancillería de Isla Marquesa

-----Mensaje original-----
De: Asesoría Comisión de Defensa <asesoria.defensa@senado.islamarquesa.example>
Enviado el: martes, 26 de mayo de 2026 16:48
Para: Santillana Obregón, Rocío <rsantillana@cancilleria.islamarquesa.example>
Asunto: Consultas sobre el proyecto de ley de prohibición de municiones en racimo

Estimada Rocío:

Antes de votar el dictamen, los senadores nos piden aclarar tres puntos del proyecto:

1. ¿La definición de "munición en racimo" del artículo 2 debe reproducir literalmente la de la Convención, incluidas las exclusiones de su artículo 2, párrafo 2, apartado c)?
2. ¿Es obligatorio tipificar como delito la financiación, o basta con la prohibición general de "ayudar"?
3. ¿Las penas de 3 a 8 años de prisión previstas son proporcionales a las de otros países?

Te agradezco si la Cancillería puede consultarlo con la Unidad de Apoyo.

Un saludo,
Lic. Martín Ugarte
Asesor de la Comisión de Defensa
""",
))

M(dict(
    key="L11", topic="legislation", secondary=[], language="ru",
    hard=False, kinds=[],
    note="Russian: amendments to the Criminal Code and Arms Law under Article 9: asks for the model law (in Russian), examples of penal provisions, whether each prohibited act needs its own offence",
    sender=("Дмитрий Оболенцев", "d.obolentsev@minjust.stavonia.example"),
    subject="Модельный закон и примеры норм об уголовной ответственности",
    date="2026-09-15 11:09:02 +0300", client="gmail", structure="alt",
    charset="utf-8", cte="quoted-printable",
    body="""Уважаемые коллеги!

Министерство юстиции Республики Ставония готовит законопроект о внесении изменений в Уголовный кодекс и Закон об оружии в целях выполнения статьи 9 Конвенции. Просим направить нам:

— модельный закон (по возможности на русском языке);
— примеры норм об уголовной ответственности за применение, производство, накопление и передачу кассетных боеприпасов из законодательства других государств-участников;
— разъяснение, обязательно ли устанавливать отдельный состав преступления для каждого из запрещённых действий.

Заранее благодарим за помощь.

С уважением,
Д. С. Оболенцев
Начальник отдела международно-правового сотрудничества
Министерство юстиции Республики Ставония
""",
))

# ===========================================================================
# general (ISU triage)
# ===========================================================================

M(dict(
    key="G1", topic="general", secondary=["stockpile_destruction", "clearance", "victim_assistance"], language="en",
    hard=True, kinds=["ambiguous_general"],
    note="donor offer not earmarked: destruction, clearance and victim assistance weighed equally; asks the ISU where unmet needs are greatest and about Country Coalitions",
    sender=("Sophie Lindahl-Okeke", "sophie.lindahl@mfa.fenmark.example"),
    subject="Fenmark contribution 2027 - where is it most needed?",
    date="2026-10-01 13:56:40 +0200", client="outlook", structure="alt",
    charset="utf-8", cte="quoted-printable",
    body="""Dear ISU colleagues,

Fenmark's development budget for 2027 includes an envelope of EUR 1.2 million for the implementation of the Convention on Cluster Munitions. Ministers have not earmarked it: it could support stockpile destruction, clearance, assistance to victims or a mix of these, in one or several States Parties.

Before we consult our embassies, we would value the ISU's view on where the unmet needs under the Convention are most pressing, and on which States Parties have requests for assistance that are still open. We would also like to understand whether a Country Coalition could be a good channel for the contribution.

Could we schedule a call in the coming weeks?

Best regards,

Sophie Lindahl-Okeke
Senior Adviser, Humanitarian Disarmament
Ministry of Foreign Affairs of Fenmark
""",
))

M(dict(
    key="G2", topic="general", secondary=[], language="en",
    hard=False, kinds=[],
    note="sponsorship to attend the Meeting of States Parties: eligibility, deadline, documents, visa invitation letter",
    sender=("Kwame Aidoo-Farrell", "k.aidoo@mineaction.tarrowby.example"),
    subject="Sponsorship request - Meeting of States Parties, September 2026",
    date="2026-06-29 08:22:11 +0000", client="roundcube", structure="plain",
    charset="utf-8", cte="7bit", linesep="lf",
    body="""Dear Sponsorship Programme team,

I am the director of the Tarrowby Mine Action Office. Our Government has asked me to attend the Meeting of States Parties in Geneva in September, but the Ministry's travel budget was cut this year.

Could you let me know whether Tarrowby is eligible for the sponsorship programme, what the deadline is, and which documents you need (nomination letter, passport copy)? I would also need an invitation letter for my visa application.

Many thanks,
Kwame Aidoo-Farrell
Director, Tarrowby Mine Action Office
""",
))

M(dict(
    key="G3", topic="general", secondary=[], language="en",
    hard=True, kinds=["enquiry_looks_like_noise"],
    note="forwards a bounce (the NDR is attached as message/rfc822), but a person asks for the right address or for the ISU to pass on a courtesy-call request to the Convention's President and the ISU Director",
    sender=("Hannah Mokoena-Vidal", "h.mokoena@mission.vardholm.example"),
    subject="Fwd: Undeliverable: Courtesy call - new Permanent Representative of Vardholm",
    date="2026-03-02 10:07:33 +0100", client="thunderbird", structure="plain",
    charset="utf-8", cte="7bit",
    attachments=[dict(type="rfc822", name="Undeliverable Courtesy call.eml", spec=dict(
        key="G3-ndr", language="en",
        sender=("Microsoft Outlook", "postmaster@mission.vardholm.example"),
        to=[("Hannah Mokoena-Vidal", "h.mokoena@mission.vardholm.example")],
        subject="Undeliverable: Courtesy call - new Permanent Representative of Vardholm",
        date="2026-03-02 08:41:07 +0000", client="exchange", structure="dsn",
        charset="us-ascii", cte="7bit",
        headers=[("Auto-Submitted", "auto-replied")],
        dsn_text="""Delivery has failed to these recipients or groups:

presidency@ccm-presidency.example
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: mail.mission.vardholm.example

presidency@ccm-presidency.example
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
""",
        dsn_message_fields=[("Reporting-MTA", "dns;mail.mission.vardholm.example"),
                            ("Received-From-MTA", "dns;mail.mission.vardholm.example"),
                            ("Arrival-Date", "Mon, 2 Mar 2026 08:40:51 +0000")],
        dsn_recipients=[[("Final-Recipient", "rfc822;presidency@ccm-presidency.example"),
                         ("Action", "failed"), ("Status", "5.1.1"),
                         ("Diagnostic-Code", "smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found")]],
        dsn_returned=dict(kind="headers", text="""From: Hannah Mokoena-Vidal <h.mokoena@mission.vardholm.example>
To: presidency@ccm-presidency.example
Subject: Courtesy call - new Permanent Representative of Vardholm
Date: Mon, 2 Mar 2026 08:40:51 +0000
Message-ID: <5c1e0a7d-77b2-4f7e-9a51-2b8e2f1c9d04@mission.vardholm.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="------------0wq1l8XzS3nV0pTQhH2c4d5e"
"""),
    ))],
    body="""Dear ISU,

I tried to write to the President's office and got the bounce attached. Could you give me the right address, or pass our letter on? Our new Ambassador would like to pay a courtesy call on the President of the Convention and on the ISU Director before the intersessional meetings.

Thanks,
Hannah

--
Hannah Mokoena-Vidal
Attachee, Permanent Mission of Vardholm, Geneva
""",
))

M(dict(
    key="G4", topic="general", secondary=[], language="en",
    hard=False, kinds=[],
    note="universalisation: regional dialogue for non-signatory neighbours; asks for programme ideas, speakers and materials (outreach, not the accession toolkit of a State that has decided to join)",
    sender=("Isabel Quartey-Lund", "i.quartey@mfa.penhallow.example"),
    subject="Regional universalisation dialogue with non-signatory neighbours",
    date="2026-11-17 11:31:04 +0000", client="gmail", structure="alt",
    charset="utf-8", cte="7bit",
    body="""Dear ISU,

Four of Penhallow's neighbours have not yet joined the Convention. Penhallow would like to host a one-day regional dialogue in early 2027 for officials from those States, to discuss the humanitarian case for the Convention and what joining would mean for them in practice.

We would be grateful for the ISU's support: suggestions for the programme and speakers, the participation of the President or of a coordinator working on universalisation, and any materials you have for audiences from States not party. We can fund the venue and the travel of the invited officials.

With best regards,
Isabel Quartey-Lund
Director, Multilateral Affairs
Ministry of Foreign Affairs of Penhallow
""",
))

M(dict(
    key="G5", topic="general", secondary=[], language="en",
    hard=True, kinds=["enquiry_looks_like_noise"],
    note="forwarded calendar invitation (.ics attached) looks like a calendar notification, but the sender asks whether it is the first Country Coalition call, whether a health colleague may join, and for the agenda",
    sender=("Nomvula Beckett-Azadi", "n.beckett@mfa.lowmarsh.example"),
    subject="Fwd: Invitation: Country Coalition - Lowmarsh / partners call @ Thu 15 Oct 2026 14:00 - 15:30 (CEST)",
    date="2026-10-05 12:26:45 +0200", client="gmail", structure="alt",
    charset="utf-8", cte="quoted-printable",
    attachments=[dict(type="ics", name="invite.ics", method="REQUEST", text="""BEGIN:VCALENDAR
PRODID:-//ISU Calendar//Scheduler 3.1//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261015T120000Z
DTEND:20261015T133000Z
DTSTAMP:20261005T090200Z
ORGANIZER;CN=ISU Calendar:mailto:calendar@ccm-isu.example
UID:cc-lowmarsh-20261015@ccm-isu.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=n.beckett@mfa.lowmarsh.example:mailto:n.beckett@mfa.lowmarsh.example
DESCRIPTION:Joining info: https://meet.ccm-isu.example/cc-lowmarsh
LOCATION:https://meet.ccm-isu.example/cc-lowmarsh
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Country Coalition - Lowmarsh / partners call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")],
    body="""Hi,

Forwarding this invitation, which arrived from your calendar system without any covering message. Is this the first call of the Country Coalition for Lowmarsh that the Coordinator mentioned in August? If so, may our colleague from the Ministry of Health also join, and is there an agenda?

Best,
Nomvula

Nomvula Beckett-Azadi
Deputy Director, Development Cooperation
Ministry of Foreign Affairs, Lowmarsh

---------- Forwarded message ---------
From: ISU Calendar <calendar@ccm-isu.example>
Date: Mon, 5 Oct 2026 at 11:02
Subject: Invitation: Country Coalition - Lowmarsh / partners call @ Thu 15 Oct 2026 14:00 - 15:30 (CEST)
To: <n.beckett@mfa.lowmarsh.example>

You have been invited to the following event.

Country Coalition - Lowmarsh / partners call
When: Thursday 15 Oct 2026 14:00 – 15:30 Central European Time - Geneva
Joining info: https://meet.ccm-isu.example/cc-lowmarsh
Calendar: n.beckett@mfa.lowmarsh.example
Who: calendar@ccm-isu.example - organiser; n.beckett@mfa.lowmarsh.example

Going? Yes - Maybe - No    more options »

Invitation from ISU Calendar. You are receiving this e-mail at the account n.beckett@mfa.lowmarsh.example because you are an attendee of this event.
""",
))

M(dict(
    key="G6", topic="general", secondary=["reporting", "legislation"], language="fr",
    hard=True, kinds=["ambiguous_general", "base64_body"],
    note="base64 body (French): training for a renewed interministerial committee on Article 7 reporting and the national implementing law in equal parts; no single main ask",
    sender=("Abdoulaye Ndiaye-Fournier", "a.ndiaye@mae.tamazo.example"),
    subject="Demande de formation du Comité interministériel",
    date="2026-02-05 09:41:19 +0000", client="android", structure="plain",
    charset="utf-8", cte="base64",
    body="""Madame, Monsieur,

Le Comité interministériel chargé de la mise en œuvre de la Convention au Tamazo a été entièrement renouvelé cette année. Ses douze membres (défense, justice, affaires étrangères, santé, action sociale) n'ont reçu aucune formation sur la Convention.

Nous souhaiterions organiser une formation de trois jours qui porterait, à parts égales, sur l'établissement des rapports au titre de l'article 7 et sur l'élaboration de la loi nationale d'application, toujours à l'état de projet. Les deux sujets sont également prioritaires pour le Comité, qui souhaite les traiter ensemble.

L'Unité pourrait-elle nous aider à concevoir le programme et à identifier des intervenants ?

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Abdoulaye Ndiaye-Fournier
Secrétaire permanent du Comité interministériel
Ministère des Affaires étrangères – Tamazo

Envoyé depuis mon appareil Galaxy
""",
))

M(dict(
    key="G7", topic="general", secondary=[], language="fr",
    hard=False, kinds=[],
    note="invitation to the ISU Director for a working visit covering all national actors and an overall review of implementation (a country visit without a single topic)",
    sender=("Olivier Tchamba-Roux", "o.tchamba@mae.lisonne.example"),
    subject="Invitation du Directeur de l'Unité à une visite de travail en République de Lisonne",
    date="2026-07-21 10:50:38 +0000", client="outlook", structure="alt",
    charset="utf-8", cte="quoted-printable",
    body="""Monsieur le Directeur,

Le Ministre des Affaires étrangères de la République de Lisonne a l'honneur de vous inviter à effectuer une visite de travail à Villeneuve-sur-Lisse du 9 au 12 novembre 2026.

Cette visite permettrait de rencontrer l'ensemble des acteurs nationaux concernés par la mise en œuvre de la Convention (défense, autorité de déminage, santé, justice, parlement) et de faire avec eux un point général sur nos obligations et nos besoins. Elle serait aussi l'occasion d'un échange avec les partenaires techniques et financiers présents dans le pays.

Nous vous serions reconnaissants de bien vouloir nous faire savoir si ces dates vous conviennent, afin que le programme puisse être arrêté.

Veuillez agréer, Monsieur le Directeur, l'assurance de ma haute considération.

Olivier Tchamba-Roux
Directeur des Nations Unies et des organisations internationales
Ministère des Affaires étrangères – République de Lisonne
""",
))

M(dict(
    key="G8", topic="general", secondary=["clearance", "victim_assistance"], language="fr",
    hard=False, kinds=[],
    note="asks whether the ISU issues support letters (a question about the ISU's own services) for a multi-pillar funding application",
    sender=("Nadège Oyono-Perrin", "n.oyono@plan.maravelle.example"),
    name_charset="iso-8859-1",
    subject="Demande de lettre d'appui de l'Unité",
    date="2026-09-10 14:12:26 +0000", client="zimbra", structure="plain",
    charset="iso-8859-1", cte="8bit",
    body="""Bonjour,

Le Ministère du Plan de Maravelle prépare une demande de financement auprès d'un fonds multilatéral pour un programme national pluriannuel (dépollution, assistance aux victimes et renforcement de l'autorité nationale). Le fonds demande une lettre d'une institution internationale attestant que Maravelle est État partie à la Convention et que le programme répond à ses obligations.

L'Unité d'appui à l'application délivre-t-elle ce type de lettre d'appui ? Si oui, quelles informations devons-nous vous fournir et dans quel délai ? La date limite de dépôt du dossier est le 15 octobre.

Cordialement,

Nadège Oyono-Perrin
Direction de la coopération multilatérale
Ministère du Plan et de la Coopération - Maravelle
""",
))

M(dict(
    key="G9", topic="general", secondary=[], language="es",
    hard=False, kinds=[],
    note="information about how the Convention's meetings work: procedure and deadlines to propose an agenda item and a working paper at the Meeting of States Parties",
    sender=("Ignacio Berrocal Funes", "iberrocal@misionginebra.saneloy.example"),
    subject="Procedimiento para proponer un punto en el programa de la Reunión de los Estados Partes",
    date="2026-05-06 15:28:51 +0200", client="thunderbird", structure="plain",
    charset="utf-8", cte="8bit",
    body="""Estimados:

San Eloy del Norte quisiera proponer que la próxima Reunión de los Estados Partes dedique un debate específico al papel de los parlamentos en la aplicación de la Convención.

¿Cuál es el procedimiento para proponer un punto en el programa provisional, qué plazos rigen y se requiere el apoyo de otros Estados partes? ¿Se puede presentar un documento de trabajo, y en qué idiomas?

Agradezco de antemano su orientación.

Ignacio Berrocal Funes
Consejero
Misión Permanente de San Eloy del Norte ante las Naciones Unidas en Ginebra
""",
))

M(dict(
    key="G10", topic="general", secondary=["clearance", "victim_assistance", "stockpile_destruction"], language="es",
    hard=False, kinds=[],
    note="how Country Coalitions work and how to request one; needs span clearance, victim assistance and stockpile management",
    sender=("Valeria Montoya Cifuentes", "vmontoya@planificacion.serrania.example"),
    subject="Coaliciones de países – ¿cómo funcionan y cómo solicitarlas?",
    date="2026-12-09 09:17:45 -0500", client="outlook", structure="alt",
    charset="utf-8", cte="quoted-printable",
    body="""Buenos días:

En las últimas reuniones entre períodos de sesiones escuchamos la presentación sobre las coaliciones de países. Serranía está interesada en este enfoque, porque nuestras necesidades abarcan tanto el despeje como la asistencia a víctimas y la gestión de existencias, y la cooperación que recibimos hoy está muy fragmentada.

¿Podrían explicarnos cómo se forma una coalición de países, qué compromisos implica para el Estado afectado y para los socios, y cuál sería el primer paso para solicitarla?

Cordialmente,

Valeria Montoya Cifuentes
Directora de Cooperación Internacional
Departamento Nacional de Planificación de Serranía
""",
))

M(dict(
    key="G11", topic="general", secondary=[], language="de",
    hard=False, kinds=[],
    note="German: first voluntary contribution to the ISU budget: account details, 2027 budget, whether earmarking (e.g. sponsorship) is possible",
    sender=("Jana Kühnhold", "j.kuehnhold@aussenamt.westerau.example"),
    name_charset="iso-8859-1",
    subject="Freiwilliger Beitrag zum Haushalt der ISU 2027",
    date="2026-08-26 11:04:37 +0200", client="thunderbird", structure="plain",
    charset="iso-8859-1", cte="8bit", linesep="lf",
    body="""Sehr geehrte Damen und Herren,

die Republik Westerau beabsichtigt, im Haushaltsjahr 2027 erstmals einen freiwilligen Beitrag zur Finanzierung der Implementierungsunterstützungseinheit (ISU) zu leisten. Für unsere Haushaltsplanung bitte ich um folgende Informationen:

- Auf welches Konto und unter welcher Referenz sind Beiträge zu überweisen?
- Gibt es einen Arbeits- und Haushaltsplan der ISU für 2027, den wir unserem Finanzministerium vorlegen können?
- Ist eine Zweckbindung möglich, z. B. für das Sponsoring-Programm?

Vielen Dank im Voraus.

Mit freundlichen Grüßen
Jana Kühnhold
Referat Vereinte Nationen, Abrüstung
Außenamt der Republik Westerau
""",
))

# ===========================================================================
# not_an_enquiry (robots, bulk, spam)
# ===========================================================================

M(dict(
    key="N1", topic="not_an_enquiry", secondary=[], language="en",
    hard=False, kinds=[],
    note="Exchange out-of-office reply to an acknowledgement (Auto-Submitted, X-Auto-Response-Suppress)",
    sender=("Priya Halvorsen-Achebe", "p.halvorsen@mineaction.vellmoor.example"),
    subject="Automatic reply: [CCM-2026-0402] Received: Sponsorship for the intersessional meetings",
    in_reply_to="<ccm-2026-0402.ack@ccm-isu.example>",
    to=["CCM Implementation Support Unit <no-reply@ccm-isu.example>"],
    date="2026-04-30 18:02:09 +0100", client="exchange", structure="alt",
    charset="utf-8", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "p.halvorsen@mineaction.vellmoor.example")],
    body="""Thank you for your email. I am out of the office until Monday 11 May with no access to email.

For urgent matters please contact the Vellmoor Mine Action Authority front office at info@mineaction.vellmoor.example or +999 30 551 0000.

Kind regards,
Priya Halvorsen-Achebe
""",
))

M(dict(
    key="N2", topic="not_an_enquiry", secondary=["stockpile_destruction"], language="en",
    hard=True, kinds=["no_auto_headers", "lookalike_noise"],
    note="out-of-office without Auto-Submitted/X-Auto-Response-Suppress headers that names the stockpile destruction programme and a contact; no request",
    sender=("Col. Imre Haszard", "i.haszard@defence.drennan.example"),
    subject="Out of Office: Re: [CCM-2026-0447] Received: Demilitarisation of remaining rocket stocks",
    to=["no-reply@ccm-isu.example"],
    date="2026-06-08 06:30:52 +0100", client="notes", structure="plain",
    charset="iso-8859-1", cte="7bit",
    body="""I am on duty travel to the Brask demilitarisation site until 22 June and will have only intermittent access to e-mail.

For matters concerning the stockpile destruction programme, please contact Maj. L. Ferro (l.ferro@defence.drennan.example, +999 60 114 2290). For all other matters, please contact the Directorate registry.

Messages will not be forwarded.

Col. I. Haszard
Directorate of Ammunition and Explosives, Drennan Defence Forces
""",
))

M(dict(
    key="N3", topic="not_an_enquiry", secondary=["reporting"], language="en",
    hard=False, kinds=[],
    note="Postfix multipart/report bounce (5.1.1 user unknown) of the intake's forward of a reporting case to a coordinator; returned message attached",
    sender=("Mail Delivery System", "MAILER-DAEMON@mx.mission-geneva.ostmere.example"),
    subject="Undelivered Mail Returned to Sender",
    to=["intake@ccm-isu.example"],
    pre_headers=[("Return-Path", "<>")],
    relay_host="mx.mission-geneva.ostmere.example",
    date="2026-03-05 09:14:22 +0100", client="postfix", structure="dsn",
    charset="us-ascii", cte="7bit",
    headers=[("Auto-Submitted", "auto-replied")],
    dsn_text="""This is the mail system at host mx.mission-geneva.ostmere.example.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can delete your own text from the attached returned message.

                   The mail system

<transparency.coordinator@mission-geneva.ostmere.example>: host mx.mission-geneva.ostmere.example[local] said: 550 5.1.1 <transparency.coordinator@mission-geneva.ostmere.example>: Recipient address rejected: User unknown in local recipient table
""",
    dsn_message_fields=[("Reporting-MTA", "dns; mx.mission-geneva.ostmere.example"),
                        ("X-Postfix-Queue-ID", "4Fq7Tz1Wq2z9sRk"),
                        ("X-Postfix-Sender", "rfc822; intake@ccm-isu.example"),
                        ("Arrival-Date", "Thu,  5 Mar 2026 09:14:21 +0100 (CET)")],
    dsn_recipients=[[("Final-Recipient", "rfc822; transparency.coordinator@mission-geneva.ostmere.example"),
                     ("Original-Recipient", "rfc822;transparency.coordinator@mission-geneva.ostmere.example"),
                     ("Action", "failed"), ("Status", "5.1.1"),
                     ("Diagnostic-Code", "smtp; 550 5.1.1 <transparency.coordinator@mission-geneva.ostmere.example>: Recipient address rejected: User unknown in local recipient table")]],
    dsn_returned=dict(kind="message", spec=dict(
        key="N3-returned", sender=("CCM Intake", "intake@ccm-isu.example"),
        to=["transparency.coordinator@mission-geneva.ostmere.example"],
        reply_to=("Oliver Brandstetter-Nwosu", "o.brandstetter@mfa.corrigan.example"),
        subject="[CCM-2026-0395] [Reporting] Form B - munitions or submunitions? And which year?",
        date="2026-03-05 09:14:20 +0100", client="robot", structure="plain", language="en",
        message_id="<ccm-2026-0395.fwd@ccm-isu.example>",
        headers=[("X-Intake-Case", "CCM-2026-0395"), ("X-Intake-Topic", "reporting")],
        charset="utf-8", cte="7bit",
        body="""This enquiry was received by the CCM intake and is forwarded to you as coordinator. Please reply directly to the sender (Reply-To is set).

Case: CCM-2026-0395
From: Oliver Brandstetter-Nwosu <o.brandstetter@mfa.corrigan.example>
Subject: Form B - munitions or submunitions? And which year?

We are preparing Corrigan's annual transparency report covering 2025 and have two questions on Form B [...]
""",
    )),
))

M(dict(
    key="N4", topic="not_an_enquiry", secondary=["reporting", "clearance"], language="en",
    hard=True, kinds=["lookalike_noise"],
    note="NGO mailing-list digest (List-Id, List-Unsubscribe, Precedence: bulk) about the 30 April reporting deadline and Form F tips: talks about reporting and clearance but is bulk mail",
    sender=("Mine Action Reporting Watch", "digest@reportingwatch.example.org"),
    subject="April Digest: the 30 April deadline, Form F tips, and who is still late",
    to=["intake@ccm-isu.example"],
    date="2026-04-16 07:00:03 +0000", client="robot", structure="alt",
    charset="utf-8", cte="quoted-printable",
    headers=[("List-Id", "Reporting Watch monthly digest <digest.reportingwatch.example.org>"),
             ("List-Unsubscribe", "<https://reportingwatch.example.org/unsubscribe?u=7f3a91c2&id=digest>, <mailto:unsubscribe-digest@reportingwatch.example.org?subject=unsubscribe>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk"),
             ("X-Mailer", "Listmonk v4.1.0"),
             ("Feedback-ID", "digest:reportingwatch:listmonk")],
    body="""REPORTING WATCH - APRIL DIGEST
View this e-mail in your browser: https://reportingwatch.example.org/digest/2026-04

Dear subscriber,

Two weeks to go! Annual transparency reports under Article 7 of the Convention on Cluster Munitions are due on 30 April and cover calendar year 2025. Here is what you need to know.

1. FORM F IN THREE STEPS
Our analysts looked at last year's reports: many States still add cancelled and reduced land to their "cleared" figures. Our new explainer shows how to present survey results separately so that clearance progress is not overstated. Read more: https://reportingwatch.example.org/explainers/form-f

2. WHO IS STILL LATE?
Our tracker lists 11 States Parties whose initial or annual reports are overdue. See the tracker: https://reportingwatch.example.org/tracker

3. WEBINAR, 22 APRIL
"Telling the clearance story with numbers" - a one-hour webinar for information management officers. Register: https://reportingwatch.example.org/webinars

Have a question for our team? Reply to this digest or write to helpdesk@reportingwatch.example.org.

--
You are receiving this digest because you subscribed at reportingwatch.example.org.
Unsubscribe: https://reportingwatch.example.org/unsubscribe?u=7f3a91c2&id=digest
Reporting Watch, 14 Rue des Archives, 1200 Exampleville
""",
))

M(dict(
    key="N5", topic="not_an_enquiry", secondary=[], language="en",
    hard=True, kinds=["lookalike_noise"],
    note="phishing that imitates a reply in an intake thread (RE: [CCM-2026-0388], ISU look-alike domain): asks to 'confirm bank details' for a sponsorship reimbursement",
    sender=("CCM ISU Finance", "finance@ccm-isu-payments.example"),
    reply_to=("ISU Finance Desk", "isu.finance.desk@freemailbox.example"),
    subject="RE: [CCM-2026-0388] Sponsorship reimbursement - action required within 48 hours",
    to=["intake@ccm-isu.example"],
    in_reply_to="<ccm-2026-0388.ack@ccm-isu.example>",
    date="2026-05-21 03:17:44 +0000", client="robot", structure="alt",
    charset="utf-8", cte="quoted-printable",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="600" style="border:1px solid #d0d7de"><tr><td style="background:#1f4e79;color:#fff;padding:12px"><b>Convention on Cluster Munitions &ndash; Implementation Support Unit</b><br>Finance &amp; Sponsorship</td></tr>
<tr><td style="padding:16px">
<p>Dear Delegate,</p>
<p>Following your participation in the recent meetings, your travel reimbursement of <b>CHF 1,840.00</b> is pending.</p>
<p>Due to a migration of our banking system, all beneficiaries must <b>re-confirm their bank details within 48 hours</b>. Unconfirmed payments will be cancelled.</p>
<p style="text-align:center"><a href="https://ccm-isu-payments.example/secure/verify?ref=CCM-2026-0388" style="background:#1f4e79;color:#fff;padding:10px 18px;text-decoration:none">CONFIRM BANK DETAILS</a></p>
<p>Please sign in with your e-mail address and e-mail password to access the secure form.</p>
<p>Best regards,<br>Finance Unit<br>CCM Implementation Support Unit</p>
</td></tr></table>
</body></html>
""",
    body="""Dear Delegate,

Following your participation in the recent meetings, your travel reimbursement of CHF 1,840.00 is pending.

Due to a migration of our banking system, all beneficiaries must re-confirm their bank details within 48 hours. Unconfirmed payments will be cancelled.

CONFIRM BANK DETAILS: https://ccm-isu-payments.example/secure/verify?ref=CCM-2026-0388

Please sign in with your e-mail address and e-mail password to access the secure form.

Best regards,
Finance Unit
CCM Implementation Support Unit
""",
))

M(dict(
    key="N6", topic="not_an_enquiry", secondary=["victim_assistance"], language="en",
    hard=False, kinds=[],
    note="Outlook read receipt (multipart/report, disposition-notification) for an acknowledgement of a victim assistance case",
    sender=("Daniel Osei-Brandt", "daniel.oseibrandt@peersupport.norvik.example"),
    subject="Read: [CCM-2026-0421] Received: Funding for peer-support network for survivors and families",
    to=["CCM Implementation Support Unit <no-reply@ccm-isu.example>"],
    in_reply_to="<ccm-2026-0421.ack@ccm-isu.example>",
    date="2026-07-29 08:12:40 +0200", client="outlook", structure="mdn",
    charset="utf-8", cte="7bit",
    mdn_text="""Your message

To: Daniel Osei-Brandt
Subject: [CCM-2026-0421] Received: Funding for peer-support network for survivors and families
Sent: Wednesday, 29 July 2026 07:55:02 (UTC+01:00) Brussels, Copenhagen, Madrid, Paris

was read on Wednesday, 29 July 2026 08:12:38 (UTC+01:00) Brussels, Copenhagen, Madrid, Paris.
""",
    mdn_fields="""Reporting-UA: mail.peersupport.norvik.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;daniel.oseibrandt@peersupport.norvik.example
Original-Message-ID: <ccm-2026-0421.ack@ccm-isu.example>
Disposition: manual-action/MDN-sent-manually; displayed
""",
))

M(dict(
    key="N7", topic="not_an_enquiry", secondary=["legislation"], language="fr",
    hard=True, kinds=["lookalike_noise", "no_auto_headers"],
    note="ministry helpdesk ticket acknowledgement triggered by our acknowledgement (ack loop): subject quotes the intake reference and the legislation thread, reads like a reply, no Auto-Submitted header",
    sender=("Centre de services numériques - Ministère de la Justice", "assistance@justice.kerouan.example"),
    subject="[Ticket MJ-2026-118734] RE: [CCM-2026-0451] Accusé de réception : Loi autonome ou modification du code des armes ?",
    subject_style="partial",
    to=["CCM Implementation Support Unit <no-reply@ccm-isu.example>"],
    date="2026-07-01 10:41:03 +0100", client="robot", structure="alt",
    charset="utf-8", cte="quoted-printable",
    headers=[("X-Mailer", "GLPI 10.0.16"), ("X-GLPI-Ticket-ID", "118734")],
    body="""Bonjour,

Votre demande a bien été enregistrée par le Centre de services numériques du Ministère de la Justice sous le numéro MJ-2026-118734.

Titre : RE: [CCM-2026-0451] Accusé de réception : Loi autonome ou modification du code des armes ?
Catégorie : Messagerie > Courriel entrant
Priorité : Normale
Statut : Nouveau

Un technicien prendra en charge votre demande dans un délai de trois jours ouvrés. Pour compléter votre demande, répondez à ce message sans modifier l'objet.

Cordialement,
Le Centre de services numériques
Ministère de la Justice – Kérouan

Ceci est un message automatique, merci de ne pas modifier l'objet.
""",
))

M(dict(
    key="N8", topic="not_an_enquiry", secondary=[], language="fr",
    hard=False, kinds=[],
    note="calendar notification: Exchange 'Accepté' reply (text/calendar METHOD:REPLY) to an ISU meeting invitation",
    sender=("Gaëlle Mbarga-Ruiz", "g.mbarga@mission-geneve.nouvellesabrine.example"),
    subject="Accepté: Consultations informelles – coalition de pays Nouvelle-Sabrine",
    to=["ISU Calendar <calendar@ccm-isu.example>"],
    date="2026-10-14 09:05:17 +0200", client="outlook", structure="calendar_reply",
    charset="utf-8", cte="quoted-printable",
    headers=[("Content-Class", "urn:content-classes:calendarmessage")],
    body="""Gaëlle Mbarga-Ruiz a accepté cette réunion.
""",
    ics="""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Gaëlle Mbarga-Ruiz:mailto:g.mbarga@mission-geneve.nouvellesabrine.example
ORGANIZER;CN=ISU Calendar:mailto:calendar@ccm-isu.example
SUMMARY;LANGUAGE=fr-FR:Accepté: Consultations informelles – coalition de pays Nouvelle-Sabrine
DTSTART:20261022T080000Z
DTEND:20261022T093000Z
UID:cc-nsabrine-20261022@ccm-isu.example
SEQUENCE:0
DTSTAMP:20261014T070517Z
END:VEVENT
END:VCALENDAR
""",
))

M(dict(
    key="N9", topic="not_an_enquiry", secondary=[], language="fr",
    hard=False, kinds=[],
    note="commercial newsletter of a training institute (List-Unsubscribe, Precedence: bulk)",
    sender=("Institut Horizon Formation", "newsletter@horizon-formation.example"),
    subject="Nouveau catalogue 2027 : -20 % sur nos formations en gestion de projet humanitaire",
    to=["intake@ccm-isu.example"],
    date="2026-11-05 06:45:00 +0100", client="robot", structure="alt",
    charset="utf-8", cte="quoted-printable",
    headers=[("List-Unsubscribe", "<https://horizon-formation.example/desinscription?c=88213>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk"), ("X-Campaign", "catalogue-2027-fr")],
    body="""Le catalogue 2027 de l'Institut Horizon Formation est arrivé !

Gestion du cycle de projet, suivi-évaluation, rédaction de propositions pour les bailleurs, logistique humanitaire : plus de 40 formations en présentiel et en ligne.

Offre de lancement : -20 % sur toute inscription avant le 30 novembre avec le code HORIZON27.

Télécharger le catalogue : https://horizon-formation.example/catalogue-2027

Vous recevez ce message car vous êtes inscrit(e) à notre lettre d'information.
Se désinscrire : https://horizon-formation.example/desinscription?c=88213
Institut Horizon Formation – 8 avenue des Tilleuls – 75000 Exempleville
""",
))

M(dict(
    key="N10", topic="not_an_enquiry", secondary=["legislation"], language="es",
    hard=True, kinds=["no_dsn_structure"],
    note="plain-text bounce in Spanish (no multipart/report) of the intake's forward of a legislation case; original quoted inline",
    sender=("Administrador del sistema de correo", "MAILER-DAEMON@correo.misionginebra.valdecasas.example"),
    subject="Mensaje no entregado: [CCM-2026-0461] [Legislación] Consultas sobre el proyecto de ley de prohibición de municiones en racimo",
    to=["intake@ccm-isu.example"],
    pre_headers=[("Return-Path", "<>")],
    relay_host="correo.misionginebra.valdecasas.example",
    date="2026-05-28 17:40:12 +0200", client="robot", structure="plain",
    charset="iso-8859-1", cte="8bit", linesep="lf",
    body="""Este es un mensaje generado automáticamente por el servidor de correo correo.misionginebra.valdecasas.example.

No se ha podido entregar su mensaje a uno o más destinatarios. Error permanente:

<legislacion.coordinacion@misionginebra.valdecasas.example>
    552 5.2.2 Buzón lleno: el destinatario ha superado su cuota de almacenamiento

No se realizarán nuevos intentos de entrega.

------ Encabezados del mensaje original ------

From: CCM Intake <intake@ccm-isu.example>
To: legislacion.coordinacion@misionginebra.valdecasas.example
Reply-To: Rocío Santillana Obregón <rsantillana@cancilleria.islamarquesa.example>
Subject: [CCM-2026-0461] [Legislación] Consultas sobre el proyecto de ley de prohibición de municiones en racimo
Date: Thu, 28 May 2026 17:40:05 +0200
Message-ID: <ccm-2026-0461.fwd@ccm-isu.example>
X-Intake-Case: CCM-2026-0461

------ Primeras líneas del mensaje original ------

Estimados colegas de la Unidad:

Les reenvío las consultas que nos hizo llegar la asesoría de la Comisión de Defensa del Senado. ¿Podrían ayudarnos a preparar las respuestas antes del 10 de junio?
""",
))

M(dict(
    key="N11", topic="not_an_enquiry", secondary=[], language="es",
    hard=False, kinds=[],
    note="parcel-delivery scam asking for a small customs fee by card",
    sender=("Envíos Express", "avisos@envios-express-seguimiento.example"),
    subject="Su paquete está retenido en aduana – pago pendiente de 2,99 €",
    to=["intake@ccm-isu.example"],
    date="2026-02-12 02:14:37 +0000", client="robot", structure="alt",
    charset="utf-8", cte="quoted-printable",
    body="""Estimado cliente:

Su paquete n.º ES-4471-9920-83 está retenido en nuestro centro logístico por falta de pago de los gastos de aduana (2,99 €).

Para evitar su devolución al remitente, confirme el pago en las próximas 24 horas:
https://envios-express-seguimiento.example/pago?id=ES44719920

Si no realiza el pago, el paquete será destruido.

Atentamente,
Servicio de Atención al Cliente – Envíos Express
""",
))
