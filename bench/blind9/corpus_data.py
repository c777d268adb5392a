"""Message content and gold labels for the blind9 corpus (80 hand-written messages).

Each entry of MESSAGES is a dict read by generate.py:

  key            internal id (S=stockpile, C=clearance, V=victim assistance, R=reporting,
                 L=legislation, G=general, N=not an enquiry); not written to the files
  topic, secondary, language, hard, note   -> labels.json
  date           ISO 8601 with offset
  sender         (display name, address); to / cc: lists of (name, address)
  subject        text; subject_charset "charset:q|b" writes a pre-encoded RFC 2047 subject
  structure      plain | alt | html | dsn | mdn | calendar
  body           text/plain body (or the human-readable part of a report)
  html           explicit HTML (otherwise derived from body for alt/html)
  charset, cte   of the text part(s); html_cte optional
  attachments    list of {"filename": ...} or {"message": <nested spec>, "filename": ...}
  headers        extra headers [(name, value)]
  in_reply_to, references, linesep ("\n" for LF files), mailer (X-Mailer)

All States, people, organisations and domains are invented.
"""

MESSAGES = [
# ---------------------------------------------------------------- stockpile_destruction
dict(
    key="S1", topic="stockpile_destruction", secondary=[], language="en", hard=False,
    note="MoD describes its separated DPICM stockpile and asks for contacts with States that used contracted industrial demilitarisation and for donors (Art. 3)",
    date="2026-02-17T10:42:00+01:00",
    sender=("Lt. Col. Marek Holloway", "m.holloway@mod.kalmoria.example"),
    subject="Request for technical assistance - destruction of 155 mm DPICM stocks",
    structure="plain", charset="utf-8", cte="quoted-printable", mailer="outlook",
    body="""
Dear colleagues at the ISU,

I write on behalf of the Directorate of Logistics of the Kalmorian Armed Forces. Following the national inventory completed in February, we have confirmed a stockpile of 3,412 155 mm artillery projectiles containing dual-purpose improved conventional munitions, together with 96 aircraft-delivered dispensers. All items are now physically separated from other ammunition and held at the Brenn depot under guard.

Our engineers have experience with open detonation of small quantities, but the volume involved and the proximity of Brenn to a protected wetland make this option unattractive. The Ministry has therefore asked us to explore industrial demilitarisation, either on our territory with mobile equipment or by transferring the stocks to a facility abroad.

We would be grateful if the ISU could (a) put us in contact with States Parties that have used contracted industrial demilitarisation and (b) let us know whether any donor has supported similar projects, so that we can prepare a costed plan.

With kind regards,

Lt. Col. Marek Holloway
Directorate of Logistics
Ministry of Defence of Kalmoria
Tel. +999 41 220 118
""",
),
dict(
    key="S2", topic="stockpile_destruction", secondary=["clearance", "victim_assistance", "reporting"], language="en", hard=True,
    note="HARD(multi_topic,stats_one_ask,indirect_ask): status figures on clearance, victim assistance, reporting and stocks; the only ask is when and how to request an extension of the Art. 3 destruction deadline",
    date="2026-02-05T15:08:00+00:00",
    sender=("Ingrid Salvesen", "i.salvesen@mfa.tellurine.example"),
    subject="Tellurine Islands - implementation update and one question",
    structure="alt", charset="utf-8", cte="quoted-printable", mailer="outlook",
    body="""
Dear ISU team,

Ahead of the intersessional meetings, please find below a short overview of where the Tellurine Islands stand.

Clearance: 2.4 km² released in 2025 (1.1 km² by technical survey, 1.3 km² cancelled through non-technical survey); 17 confirmed hazardous areas remain, all on Marrow Island.

Victim assistance: 63 survivors are now registered in the national database; 41 received rehabilitation services last year and 12 were placed in vocational training.

Transparency: our annual report covering 2025 will be submitted before 30 April, as in previous years.

Stockpile: 14,870 submunitions destroyed out of 18,300 declared (81%). The remaining items are 122 mm rocket warheads, which require a different cutting process.

The contractor has now informed us that the new cutting line will not be operational before the second quarter of 2027, while our deadline under Article 3 falls on 1 November 2026. We are unsure whether it is better to submit an extension request now, on the basis of an estimate, or to wait until the contractor can give a firm date. Any guidance on timing, and on what such a request should contain, would be very welcome.

Best regards,
Ingrid Salvesen
Counsellor, Disarmament Section
Ministry of Foreign Affairs, Tellurine Islands
""",
),
dict(
    key="S3", topic="stockpile_destruction", secondary=["reporting"], language="en", hard=False,
    note="mission relays a MoD question: may the police EOD school keep 64 submunitions for instruction, how many are reasonable (Art. 3.6 retention)",
    date="2026-03-11T09:30:00+01:00",
    sender=("Permanent Mission of Corvenia, Geneva", "mission.geneva@mfa.corvenia.example"),
    subject="Query from the Ministry of Defence of Corvenia",
    structure="plain", charset="us-ascii", cte="7bit", mailer="outlook",
    body="""
Dear Sir or Madam,

The Permanent Mission of the Republic of Corvenia to the United Nations Office at Geneva presents its compliments to the Implementation Support Unit and has the honour to convey the following query from the Ministry of Defence.

The police explosive ordnance disposal school in Verlau has for many years kept a small number of submunitions (currently 64 items of four types), which are used to teach students to recognise these devices and render them safe. The Ministry has asked the Mission to find out whether keeping these items is compatible with the Convention and, if so, how many items would be regarded as reasonable, and whether their use has to be accounted for each year.

It would be useful to know how other States Parties have handled comparable situations.

The Mission avails itself of this opportunity to renew to the Implementation Support Unit the assurances of its highest consideration.

Tomas Ehrlund
First Secretary
Permanent Mission of the Republic of Corvenia
""",
),
dict(
    key="S4", topic="stockpile_destruction", secondary=[], language="en", hard=True,
    note="HARD(attachment_only_hint): bare 'see attached and advise' note; only the attachment name shows it is a draft Art. 3 deadline extension request",
    date="2026-04-22T17:55:00+03:00",
    sender=("Rafe Okonkwo-Brand", "r.brand@defence.kestrany.example"),
    subject="For your review",
    structure="plain", charset="us-ascii", cte="7bit", mailer="outlook",
    body="""
Hello,

Please see attached and advise.

Thanks,
Rafe

Rafe Okonkwo-Brand | Arms Control Branch | Kestrany Defence Staff
""",
    attachments=[{"filename": "Kestrany_Art3_deadline_extension_request_DRAFT_v2.docx"}],
),
dict(
    key="S5", topic="stockpile_destruction", secondary=[], language="en", hard=False,
    note="deteriorating air-dropped cluster bombs in storage; asks for an expert to assess the stockpile and advise on a safe destruction method",
    date="2026-06-03T11:20:00+02:00",
    sender=("Dr. Helena Marsh", "h.marsh@mod.ostelland.example"),
    subject="Assessment of ageing cluster bombs at Kessel air base",
    structure="alt", charset="utf-8", cte="quoted-printable", mailer="thunderbird",
    body="""
Dear colleagues,

The Ostelland Air Force still holds 210 air-dropped cluster bombs of a 1970s design, stored in two bunkers at the former Kessel air base. A visual inspection in May found corrosion on several casings and signs of leakage on at least eleven of the bombs, and we no longer have the technical documentation for the fuzes.

Before we plan the destruction we need an independent assessment of whether these items can be safely transported, or whether they should be destroyed on site. We do not have qualified staff for this type of munition.

Could the ISU help us find an expert or an organisation able to carry out a technical assessment of the stockpile and advise on a destruction method? We can cover local costs.

Kind regards,
Dr. Helena Marsh
Head of Ammunition Safety
Ministry of Defence, Ostelland
""",
),
dict(
    key="S6", topic="stockpile_destruction", secondary=[], language="fr", hard=False,
    note="1,870 rockets with submunitions to destroy before the Art. 3 deadline; asks for a partner for dismantling training and equipment funding",
    date="2026-01-26T08:47:00+00:00",
    sender=("Colonel Aurélien Ndiaye-Faure", "a.ndiaye-faure@defense.malena.example"),
    subject="Demande d'appui - destruction des stocks d'armes à sous-munitions",
    subject_charset="iso-8859-1:q",
    structure="plain", charset="iso-8859-1", cte="quoted-printable", mailer="outlook",
    body="""
Madame, Monsieur,

La République du Maléna détient encore 1 870 roquettes de 122 mm équipées de sous-munitions, entreposées au dépôt central de Kandé. Conformément à l'article 3 de la Convention, nous devons les détruire avant le 1er août 2028.

Nos équipes du génie disposent d'un terrain de destruction, mais elles ne sont pas formées au démantèlement de ce type de roquettes et nous ne disposons pas de l'outillage nécessaire pour séparer les têtes militaires des propulseurs.

Nous sollicitons donc l'appui de l'Unité d'appui à l'application pour identifier un partenaire capable de fournir une formation et, si possible, un financement pour l'équipement. Un plan de destruction provisoire peut vous être transmis sur demande.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Colonel Aurélien Ndiaye-Faure
Direction du matériel des armées
Ministère de la Défense, République du Maléna
""",
),
dict(
    key="S7", topic="stockpile_destruction", secondary=["general"], language="fr", hard=True,
    note="HARD(reply_topic_shift,misleading_subject): reply in a sponsorship thread (quoted ISU message about travel); the new question is what to do with 46 previously unknown shells with submunitions found after stockpile destruction was declared complete",
    date="2026-09-15T10:05:00+02:00",
    sender=("Solène Baptiste-Moreau", "s.baptiste@diplomatie.berandie.example"),
    subject="RE: Programme de parrainage – Assemblée des États parties",
    in_reply_to="<AM9PR07MB6614A3C2E1F0B7D44C1A9E30D2@AM9PR07MB6614.ccm-isu.example>",
    references=["<DB7PR02MB3307C51B77E2A90F11E3D6B8A1@DB7PR02MB3307.diplomatie.berandie.example>",
                "<AM9PR07MB6614A3C2E1F0B7D44C1A9E30D2@AM9PR07MB6614.ccm-isu.example>"],
    structure="alt", charset="utf-8", cte="quoted-printable", mailer="outlook",
    body="""
Bonjour Madame Lindqvist,

Merci pour ces précisions, le dossier de parrainage de notre délégué est désormais complet.

Je profite de cet échange pour vous soumettre une autre question, qui nous a été posée hier par l'état-major. Lors d'un inventaire dans un dépôt régional à Ossuna, les militaires ont retrouvé 46 obus contenant des sous-munitions qui ne figuraient dans aucun registre. Or nous avions annoncé en 2024 avoir achevé la destruction de nos stocks.

Nous ignorons quelle procédure suivre dans ce cas : faut-il détruire ces obus immédiatement, les déclarer d'abord, ou demander un nouveau délai ? Toute orientation serait la bienvenue.

Bien cordialement,
Solène Baptiste-Moreau
Direction des affaires stratégiques et du désarmement
Royaume de Bérandie

De : Karin Lindqvist <k.lindqvist@ccm-isu.example>
Envoyé : lundi 14 septembre 2026 16:02
À : Solène Baptiste-Moreau <s.baptiste@diplomatie.berandie.example>
Objet : RE: Programme de parrainage – Assemblée des États parties

Chère Madame,

Merci pour votre message. Le formulaire de parrainage doit nous parvenir avant le 2 octobre, accompagné d'une copie du passeport du délégué. Les billets sont réservés par l'ISU ; l'indemnité journalière est versée à l'arrivée à Genève.

Bien cordialement,
Karin Lindqvist
Implementation Support Unit
""",
),
dict(
    key="S8", topic="stockpile_destruction", secondary=[], language="es", hard=False,
    note="incineration furnace broken; asks for technical or financial help to destroy the remaining 5,240 submunitions",
    date="2026-05-19T13:14:00-05:00",
    sender=("Gral. Brig. Rodrigo Aizpurúa", "r.aizpurua@defensa.tarvania.example"),
    subject="Solicitud de asistencia técnica para la destrucción de existencias",
    structure="alt", charset="utf-8", cte="quoted-printable", mailer="outlook",
    body="""
Estimados señores:

Me dirijo a ustedes en nombre del Ministerio de Defensa de la República de Tarvania. En cumplimiento del artículo 3 de la Convención, nuestro país ha destruido ya el 70 % de sus existencias de municiones en racimo. Quedan 5 240 submuniciones de tipo granada, almacenadas en el polvorín de San Ildefonso.

El horno de incineración que utilizábamos quedó fuera de servicio en marzo tras una avería del sistema de filtrado de gases, y su reparación supera nuestro presupuesto actual.

Solicitamos su apoyo para identificar a un Estado o entidad que pueda prestar asistencia técnica o financiera para reparar el horno, o bien para aplicar un método alternativo de destrucción que respete las normas ambientales.

Atentamente,

Gral. Brig. Rodrigo Aizpurúa
Dirección General de Armamento
Ministerio de Defensa – República de Tarvania
""",
),
dict(
    key="S9", topic="stockpile_destruction", secondary=[], language="es", hard=True,
    note="HARD(forwarded_chain,third_party_request): mission forwards with a generic cover note; the forwarded military query asks whether submunitions may be kept for training dogs and EOD technicians (Art. 3.6)",
    date="2026-03-04T16:31:00+01:00",
    sender=("Misión Permanente de Santa Veluz - Ginebra", "ginebra@mrree.santaveluz.example"),
    subject="RV: Consulta Estado Mayor",
    structure="plain", charset="iso-8859-1", cte="8bit", mailer="outlook",
    body="""
Estimados colegas de la ISU:

Les reenvío abajo la consulta que nos hizo llegar el Estado Mayor Conjunto. Agradeceríamos cualquier orientación que puedan darnos.

Saludos cordiales,

Lucía Ferrándiz
Consejera
Misión Permanente de la República de Santa Veluz

-----Mensaje original-----
De: Cap. Nicolás Barrientos <nbarrientos@emc.santaveluz.example>
Enviado el: martes, 3 de marzo de 2026 11:47
Para: Ferrándiz, Lucía <lferrandiz@mrree.santaveluz.example>
Asunto: Consulta Estado Mayor

Estimada consejera:

La Escuela de Ingenieros quisiera conservar unas 20 submuniciones activas del último lote antes de que sea destruido, para entrenar a los perros detectores y a los técnicos de desactivación. No tenemos claro si esto está permitido por la Convención, ni si hay un número máximo o algún trámite que cumplir.

¿Podría consultarlo con quien corresponda en Ginebra?

Cap. Nicolás Barrientos
Estado Mayor Conjunto
""",
),
dict(
    key="S10", topic="stockpile_destruction", secondary=[], language="ru", hard=False,
    note="MoD lists stocks of rockets and bomb cassettes to destroy under Art. 3 and asks for contacts with States able to help",
    date="2026-04-08T12:02:00+03:00",
    sender=("Дмитрий Корсаков", "d.korsakov@mil.severania.example"),
    subject="Запрос о содействии в уничтожении запасов кассетных боеприпасов",
    structure="plain", charset="utf-8", cte="base64", mailer="thunderbird",
    body="""
Уважаемые коллеги!

Министерство обороны Республики Северания сообщает, что на складах вооружения по-прежнему хранятся 312 реактивных снарядов калибра 220 мм с кассетными головными частями и около 900 разовых бомбовых кассет. Все они выведены из боевого состава и отделены от прочих боеприпасов.

В соответствии со статьёй 3 Конвенции мы обязаны уничтожить эти запасы до 1 мая 2029 года. Национальных мощностей для промышленной утилизации у нас нет, а подрыв на полигоне в таком объёме связан с серьёзными экологическими рисками.

Просим Группу имплементационной поддержки помочь нам установить контакт с государствами или организациями, которые могли бы оказать техническое или финансовое содействие в уничтожении этих запасов.

С уважением,
полковник Д. А. Корсаков
Главное управление вооружения
Министерство обороны Республики Северания
""",
),
dict(
    key="S11", topic="stockpile_destruction", secondary=[], language="de", hard=False,
    note="long account of a demilitarisation contractor's insolvency; indirect ask whether others requested an Art. 3 deadline extension and how such a request is structured",
    date="2026-05-27T09:12:00+02:00",
    sender=("Dr. Katharina Vollmer", "k.vollmer@verteidigung.almenland.example"),
    subject="Vernichtung der Restbestände – Anfrage",
    structure="alt", charset="utf-8", cte="quoted-printable", mailer="outlook",
    body="""
Sehr geehrte Damen und Herren,

die Republik Almenland hat im Jahr 2021 einen Vertrag mit einem privaten Unternehmen über die industrielle Delaborierung ihrer Streumunitionsbestände geschlossen. Bis Ende 2025 wurden rund 84 % der gemeldeten Bestände vernichtet. Im Februar dieses Jahres hat das Unternehmen jedoch Insolvenz angemeldet; die Anlage steht seither still, und rund 1.100 Artilleriegeschosse mit Submunition lagern weiterhin auf dem Werksgelände.

Eine Neuvergabe ist eingeleitet, wird aber nach Einschätzung unseres Beschaffungsamtes mindestens 14 Monate in Anspruch nehmen. Unsere Frist nach Artikel 3 endet am 1. August 2027.

Für uns wäre es hilfreich zu wissen, ob andere Vertragsstaaten in einer vergleichbaren Lage eine Fristverlängerung beantragt haben und wie ein solcher Antrag aufgebaut sein sollte.

Mit freundlichen Grüßen

Dr. Katharina Vollmer
Referat Rüstungskontrolle
Verteidigungsministerium der Republik Almenland
""",
),
# ---------------------------------------------------------------- clearance
dict(
    key="C1", topic="clearance", secondary=[], language="en", hard=False,
    note="floods moved submunitions into released land; requests a survey team for non-technical survey and marking materials",
    date="2026-05-12T07:58:00+02:00",
    sender=("Samuel Adeyemi-Rook", "s.adeyemi@nmac.veradia.example"),
    subject="Newly identified contamination after flooding - request for survey support",
    structure="plain", charset="us-ascii", cte="7bit", mailer="outlook",
    body="""
Dear ISU,

Severe flooding in the Lower Tamsin valley in April moved soil and debris across at least nine villages. Since the water receded, residents have reported 27 submunitions in fields and irrigation channels that had previously been released as free of contamination.

The National Mine Action Centre has deployed its two available teams, but they are also committed to the clearance plan in the north and cannot cover the valley before the planting season. We need to carry out non-technical survey quickly to define the new hazardous areas, and then mark them.

We would therefore like to request assistance in the form of one additional survey team for three months, and marking materials. Could the ISU share our request with the clearance coordinators and potential partners?

Regards,
Samuel Adeyemi-Rook
Operations Director
National Mine Action Centre, Veradia
""",
),
dict(
    key="C2", topic="clearance", secondary=["victim_assistance"], language="en", hard=False,
    note="long description of the district and of school sessions; indirect ask to have risk education materials reviewed or to receive good examples",
    date="2026-03-23T14:40:00+05:30",
    sender=("Priya Lakhani-Dorne", "p.lakhani@civilprotection.sundrava.example"),
    subject="Materials used in schools in Karesh district",
    structure="alt", charset="utf-8", cte="quoted-printable", mailer="outlook",
    body="""
Dear colleagues,

I am writing from the Civil Protection Directorate of Sundrava. Karesh district, in the east of the country, was heavily affected in 2008 and remains the area with the most contamination. Around 40,000 people live there, most of them farmers, and children collect scrap metal after school, which is how most of the accidents of the last ten years happened. Two boys were injured there in March; both are now being treated at the provincial hospital.

Since 2019 our staff have run sessions in primary schools using a booklet and posters that we developed ourselves with the help of a local artist. Teachers tell us that the children like them, but they have never been checked by anyone with international experience, and the booklet still shows a type of submunition that has hardly been found since.

We are unsure whether these materials are still appropriate, and it would be useful to know whether someone with risk education experience could look at them and suggest improvements, or share examples that have worked elsewhere.

Kind regards,
Priya Lakhani-Dorne
Risk Reduction Section
Civil Protection Directorate, Sundrava
""",
),
dict(
    key="C3", topic="clearance", secondary=["stockpile_destruction", "victim_assistance", "reporting"], language="en", hard=True,
    note="HARD(multi_topic,stats_one_ask,misleading_subject): consolidated figures on all topics under a vague subject; the one ask is the submission date of an Art. 4 clearance deadline extension request and a review of the draft",
    date="2026-05-06T16:25:00+02:00",
    sender=("Mikael Dunstable", "m.dunstable@mfa.belastria.example"),
    subject="Belastria - figures for 2025",
    structure="plain", charset="utf-8", cte="8bit", mailer="apple",
    body="""
Dear colleagues,

As promised during our call, here are our consolidated figures for 2025:

- Stockpile destruction: completed in 2023; no cluster munitions retained.
- Clearance: 3.2 km² cleared and 5.8 km² cancelled; 1,942 submunitions destroyed in situ; 11.6 km² of confirmed hazardous area remaining.
- Victim assistance: 288 survivors registered, 34 new prosthetic fittings, one new peer-support group in Drava.
- Risk education: 21,400 people reached.
- Article 7: report covering 2025 sent on 28 April.

At the current pace we will not finish before our deadline of 1 August 2027, mainly because of the mountainous terrain around Drava. What we need to know now is by what date the request for an extension of our Article 4 deadline has to be submitted, and whether the ISU could comment on a first draft before it goes to the Minister.

Best,
Mikael Dunstable
Desk Officer, Humanitarian Disarmament
Ministry of Foreign Affairs of Belastria
""",
),
dict(
    key="C4", topic="clearance", secondary=[], language="en", hard=True,
    note="HARD(forwarded_as_attachment): two-line cover note; the attached provincial message asks for survey, marking and removal of submunitions found at a school",
    date="2026-06-11T08:15:00+04:00",
    sender=("Noor Haddad-Winter", "dm.office@interior.zerandia.example"),
    subject="Fw: message from Esk province",
    structure="plain", charset="us-ascii", cte="7bit", mailer="outlook",
    body="""
Dear ISU,

The message attached below reached our ministry by mistake; it was meant for the international community. Could you help them, or tell us who can?

Noor Haddad-Winter
Office of the Deputy Minister of Interior, Zerandia
""",
    attachments=[{"filename": "Urgent - items found near Tolve primary school.eml", "message": dict(
        key="C4-inner",
        date="2026-06-10T13:02:00+04:00",
        sender=("Governor's Office, Esk Province", "governor@esk.zerandia.example"),
        to=[("", "dm.office@interior.zerandia.example")],
        subject="Urgent - items found near Tolve primary school",
        structure="plain", charset="utf-8", cte="quoted-printable", mailer="outlook",
        body="""
To whom it may concern,

On 9 June workers preparing the foundations of a new classroom at Tolve primary school uncovered four small metal objects that the police have identified as unexploded submunitions. The site has been closed, but the school is next to pasture land where shepherds say they have seen similar objects for years.

We have no demining capacity in the province. We urgently need a team to survey the area around the school and the pastures, to mark the dangerous zones and to remove the items, and advice on what to tell families in the meantime.

Governor's Office, Esk Province
""",
    )}],
),
dict(
    key="C5", topic="clearance", secondary=[], language="en", hard=False,
    note="new quality management team asks for field training on external QC of technical survey and land release documentation",
    date="2026-07-14T10:10:00+01:00",
    sender=("Jonas Whitcombe", "j.whitcombe@mineaction.nuvania.example"),
    subject="Request: training on land release and quality management",
    structure="plain", charset="us-ascii", cte="7bit", mailer="thunderbird", linesep="\n",
    body="""
Dear Implementation Support Unit,

The Nuvania Mine Action Authority has recently adopted national standards for the survey and clearance of cluster munition remnants. Our quality management team is new (six staff, recruited in January) and has no practical experience with external quality control of technical survey, or with the land release documentation that operators submit.

We would like to ask whether a State Party or an organisation could provide a two-week training for this team, ideally in the field with one of our accredited operators. Please let us know what information you would need from us.

Kind regards,
Jonas Whitcombe
Head of Quality Management
Nuvania Mine Action Authority
""",
),
dict(
    key="C6", topic="clearance", secondary=[], language="fr", hard=False,
    note="displaced persons near contaminated areas; asks for support to deliver risk education (facilitators, materials in local languages)",
    date="2026-04-16T11:33:00+00:00",
    sender=("Fatoumata Kéita-Renaud", "f.keita@cnaa.kassoudie.example"),
    subject="Éducation aux risques dans les sites de déplacés de la région de Bamo",
    subject_charset="iso-8859-1:q",
    structure="alt", charset="utf-8", cte="quoted-printable", mailer="outlook",
    body="""
Bonjour,

Depuis janvier, près de 12 000 personnes déplacées se sont installées dans trois sites de la région de Bamo, à proximité de zones où des restes d'armes à sous-munitions ont été signalés en 2022. Deux incidents ont déjà eu lieu depuis le mois de mars, heureusement sans blessé grave.

Le Centre national d'action antimines souhaiterait organiser rapidement des séances d'éducation aux risques dans ces sites, en particulier pour les enfants et pour les femmes qui ramassent du bois, mais nous manquons d'animateurs formés et de supports adaptés aux langues locales.

Pourriez-vous relayer notre demande auprès des coordinateurs et des partenaires susceptibles de nous appuyer ?

Cordialement,

Fatoumata Kéita-Renaud
Chargée de l'éducation aux risques
Centre national d'action antimines – République de Kassoudié
""",
),
dict(
    key="C7", topic="clearance", secondary=[], language="fr", hard=True,
    note="HARD(reply_to_ack): reply to an intake acknowledgement giving location, area and type of remnants of a clearance request, asking when the coordinators will respond",
    date="2026-06-03T09:48:00+02:00",
    sender=("Hervé Lambrechts", "h.lambrechts@defense.valmorin.example"),
    subject="Re: [CCM-2026-0217] Accusé de réception : Demande d'appui au déminage – secteur de Lirac",
    in_reply_to="<ack.CCM-2026-0217.5e81c0d2@ccm-isu.example>",
    references=["<5F2A90C1.3D77.4B1E.9A0C.20260602081102@defense.valmorin.example>",
                "<ack.CCM-2026-0217.5e81c0d2@ccm-isu.example>"],
    structure="plain", charset="utf-8", cte="8bit", mailer="thunderbird",
    body="""
Bonjour,

Comme demandé dans votre accusé de réception, voici les informations complémentaires :

- localisation : commune de Lirac, lieux-dits Les Aubes et Champ-Rouge (coordonnées dans le fichier joint) ;
- superficie estimée : 38 hectares, dont 12 en zone boisée ;
- type de restes : sous-munitions de type grenade, trouvées en surface et remontées lors des labours.

Pouvez-vous nous indiquer quand les coordinateurs seront en mesure de revenir vers nous ?

Cordialement,
Hervé Lambrechts
Service du déminage, République du Valmorin

Le 02/06/2026 à 10:14, CCM Intake a écrit :
> Madame, Monsieur,
>
> Nous accusons réception de votre message, enregistré sous la référence CCM-2026-0217 et transmis aux coordinateurs compétents.
>
> Pour les aider à agir rapidement, merci de préciser si possible la localisation, la superficie estimée et le type de restes observés.
>
> Unité d'appui à l'application de la Convention sur les armes à sous-munitions
""",
    attachments=[{"filename": "Lirac_zones_suspectes.kml"}],
),
dict(
    key="C8", topic="clearance", secondary=[], language="es", hard=False,
    note="14 confirmed hazardous areas in jungle border strip; asks for additional clearance teams, detectors and vehicles",
    date="2026-08-20T10:02:00-04:00",
    sender=("Ing. Marcela Quiroga Benavente", "mquiroga@cnd.marandu.example"),
    subject="Solicitud de apoyo – remoción de restos de municiones en racimo en la franja fronteriza norte",
    structure="alt", charset="utf-8", cte="8bit", html_cte="quoted-printable", mailer="outlook",
    body="""
Estimados:

El Centro Nacional de Desminado de la República de Marandú ha identificado, mediante estudio no técnico, 14 áreas peligrosas confirmadas en la franja fronteriza norte, con una superficie total de 6,3 km². Se trata de zonas de selva de difícil acceso, con lluvias intensas entre noviembre y abril.

Contamos con dos equipos de despeje, insuficientes para terminar antes del plazo previsto en el artículo 4. Quisiéramos solicitar apoyo en forma de equipos adicionales, detectores y, si fuera posible, un vehículo todoterreno por equipo.

Quedamos a su disposición para ampliar la información.

Atentamente,
Ing. Marcela Quiroga Benavente
Directora de Operaciones
Centro Nacional de Desminado – Marandú
""",
),
dict(
    key="C9", topic="clearance", secondary=[], language="es", hard=True,
    note="HARD(attachment_only_hint): bare cover note under a generic subject; only the attachment name (draft non-technical survey report) gives the topic",
    date="2026-09-08T12:44:00-03:00",
    sender=("Andrés Villalba", "avillalba@desminado.alcaria.example"),
    subject="Documento para revisión",
    structure="plain", charset="iso-8859-1", cte="quoted-printable", mailer="outlook",
    body="""
Buenos días:

Adjunto el documento. Quedo atento a sus comentarios.

Saludos,
Andrés Villalba
""",
    attachments=[{"filename": "Informe_estudio_no_técnico_Provincia_de_Urema_BORRADOR.pdf"}],
),
dict(
    key="C10", topic="clearance", secondary=[], language="ar", hard=False,
    note="non-technical survey found 23 suspected areas; asks for support to train and equip two technical survey teams",
    date="2026-07-02T10:20:00+03:00",
    sender=("سامي الحداد", "s.haddad@nmac.zahran.example"),
    subject="طلب مساعدة في المسح التقني وإزالة مخلفات الذخائر العنقودية",
    structure="plain", charset="utf-8", cte="8bit", mailer="outlook",
    body="""
السادة في وحدة دعم التنفيذ المحترمين،

تحية طيبة وبعد،

يود المركز الوطني لمكافحة الألغام في جمهورية الزهران أن يعلمكم بأن المسح غير التقني الذي أُجري في محافظة الوادي الشرقي خلال العام الماضي حدّد 23 منطقة يُشتبه في تلوثها بمخلفات الذخائر العنقودية، بمساحة إجمالية تقارب 4.7 كيلومتر مربع، معظمها أراضٍ زراعية.

لا يمتلك المركز حالياً سوى فريق واحد مدرّب على المسح التقني، ونحتاج إلى دعم لتدريب فريقين إضافيين وتزويدهما بأجهزة الكشف اللازمة، حتى نتمكن من إعادة هذه الأراضي إلى المزارعين في أقرب وقت.

نرجو منكم إبلاغ المنسقين المعنيين بطلبنا وإفادتنا بالخطوات التالية.

وتفضلوا بقبول فائق الاحترام،

م. سامي الحداد
مدير العمليات
المركز الوطني لمكافحة الألغام – جمهورية الزهران
""",
),
dict(
    key="C11", topic="clearance", secondary=[], language="pt", hard=False,
    note="9 hazardous areas near school paths; asks for partners for marking/fencing and risk education while clearance funding is awaited",
    date="2026-10-06T15:37:00+01:00",
    sender=("Joana Mendes Carvalho", "j.carvalho@cnd.lusavia.example"),
    subject="Pedido de apoio – sinalização de áreas contaminadas e educação sobre riscos",
    structure="alt", charset="utf-8", cte="quoted-printable", mailer="outlook",
    body="""
Prezados senhores,

O Centro Nacional de Desminagem da República da Lusávia concluiu recentemente o levantamento das zonas afetadas por restos de munições de fragmentação na província de Ribamar. Foram identificadas 9 áreas perigosas, várias delas junto a caminhos utilizados diariamente por crianças para ir à escola.

Enquanto aguardamos financiamento para a limpeza, gostaríamos de sinalizar e vedar estas áreas e de realizar sessões de educação sobre o risco nas comunidades vizinhas. Não dispomos, porém, de material de sinalização nem de formadores suficientes.

Agradeceríamos que a Unidade de Apoio à Implementação nos pusesse em contacto com parceiros que possam apoiar estas atividades.

Com os melhores cumprimentos,
Joana Mendes Carvalho
Diretora Técnica
Centro Nacional de Desminagem – Lusávia
""",
),
# ---------------------------------------------------------------- victim_assistance
dict(
    key="V1", topic="victim_assistance", secondary=[], language="en", hard=False,
    note="asks for technical assistance and funding for a national needs assessment of survivors and affected families",
    date="2026-02-24T13:05:00+01:00",
    sender=("Grace Tambwe-Hollis", "g.tambwe@socialaffairs.veradia.example"),
    subject="Support for a national survivor needs assessment",
    structure="plain", charset="utf-8", cte="quoted-printable", mailer="outlook",
    body="""
Dear colleagues,

The Ministry of Social Affairs of Veradia is responsible for coordinating victim assistance. Our current information on cluster munition victims comes from hospital records and from the mine action database, and we know it is incomplete: many people injured in the 1990s were never registered, and we have almost no data on families who lost a breadwinner.

We would like to carry out a national needs assessment of survivors and affected families in 2027, so that services can be planned on the basis of actual needs. We are seeking technical assistance to design the questionnaire and the database, and funding for data collection in the four most affected provinces.

Could you please bring this request to the attention of the victim assistance coordinators?

Sincerely,
Grace Tambwe-Hollis
Director, Disability and Inclusion
Ministry of Social Affairs, Veradia
""",
),
dict(
    key="V2", topic="victim_assistance", secondary=[], language="en", hard=False,
    note="mission passes on a Ministry of Health request for guidance on covering survivors in the national disability strategy and for States to share experience",
    date="2026-08-27T10:50:00+02:00",
    sender=("Permanent Mission of Nuvania", "pm.geneva@mfa.nuvania.example"),
    subject="Request for information - Ministry of Health",
    structure="alt", charset="us-ascii", cte="7bit", mailer="outlook",
    body="""
Dear colleagues,

The Ministry of Health of Nuvania has asked the Mission to find out whether there is any guidance available on how the needs of cluster munition survivors can be included in a national disability plan. The Ministry is revising its Disability Strategy 2027-2032 this autumn and would like survivors to be covered without creating a separate system for them.

If any State Party has gone through a similar exercise and would be willing to share its experience, the Ministry would be grateful to be put in contact. We would appreciate whatever you are able to share.

With best regards,
Aleksander Penn
Second Secretary
Permanent Mission of Nuvania to the United Nations Office at Geneva
""",
),
dict(
    key="V3", topic="victim_assistance", secondary=["reporting"], language="en", hard=True,
    note="HARD(reply_topic_shift,misleading_subject): subject and quoted thread are about an Art. 7 report form; the new question asks for a seconded prosthetist or training for rehabilitation technicians",
    date="2026-06-17T09:26:00+00:00",
    sender=("Oksana Brightwater", "o.brightwater@mfa.quenmark.example"),
    subject="Re: Annual transparency report - Form H",
    in_reply_to="<20260616122104.4F1A@ccm-isu.example>",
    references=["<c0a6e7f4-9b1d-4e55-8a3c-71b2d8e0f913@mfa.quenmark.example>",
                "<20260616122104.4F1A@ccm-isu.example>"],
    structure="plain", charset="utf-8", cte="quoted-printable", mailer="thunderbird",
    body="""
Dear Mr Okafor,

Many thanks, that clarifies what goes into Form H; we will send the corrected version by Friday.

On a different matter, which our Ministry of Health raised with me yesterday: the only prosthetist at the Vell rehabilitation centre, which serves most of the survivors in the south, retires in December, and no one in the country is trained to replace her. Is there any programme through which a State Party or an organisation could second a qualified prosthetist for a year, or train two of the centre's technicians abroad? Any lead would be welcome.

Kind regards,
Oksana Brightwater
Ministry of Foreign Affairs, Quenmark

On 16/06/2026 14:21, Daniel Okafor wrote:
> Dear Ms Brightwater,
>
> Thank you for your question. As regards Form H, you can describe the measures taken during the calendar year even where they were funded or carried out by partners. Please do not leave the form blank; where a section does not apply, simply state "not applicable".
>
> The revised report can be sent to this address and we will replace the version on the website.
>
> Best regards,
> Daniel Okafor
> Implementation Support Unit
>
> On 15/06/2026 11:02, Oksana Brightwater wrote:
>> Dear colleagues, could you tell us what exactly should be reported in Form H of our annual report? Our draft leaves it empty.
""",
),
dict(
    key="V4", topic="victim_assistance", secondary=[], language="en", hard=False,
    note="wants to set up a survivor peer-support network; asks for a partner with peer-supporter training experience",
    date="2026-09-29T08:41:00+02:00",
    sender=("Dr. Lwazi Morrow", "l.morrow@health.belastria.example"),
    subject="Psychosocial support for survivors - peer support networks",
    structure="alt", charset="utf-8", cte="quoted-printable", mailer="outlook",
    body="""
Dear ISU,

Belastria has good coverage of emergency care and physical rehabilitation, but survivors and their families consistently tell us that psychological support is what they miss most. There are only four psychologists in the public health system in the affected regions.

We would like to set up a peer-support network in which trained survivors visit people who have recently been injured. We are looking for a partner with experience of training peer supporters, and for examples of referral procedures between peer supporters and health services.

Could you help us identify such a partner?

Best regards,
Dr. Lwazi Morrow
Mental Health Department
Ministry of Health, Belastria
""",
),
dict(
    key="V5", topic="victim_assistance", secondary=[], language="en", hard=True,
    note="HARD(html_only,long_preamble,indirect_ask): HTML-only letter describing the national focal point and survivor registry at length; the closing ask is for contacts on economic inclusion approaches for survivors",
    date="2026-10-13T15:12:00+02:00",
    sender=("Sofia Renwick-Amadi", "s.renwick@disability.corvenia.example"),
    subject="From the National Disability Council of Corvenia",
    structure="html", charset="utf-8", cte="quoted-printable", mailer="outlook",
    body="""
Dear colleagues,

I have recently taken up the post of coordinator at the National Disability Council of Corvenia, and I wanted first to describe our situation briefly. The Council brings together eleven ministries and nine organisations of persons with disabilities. Since 2022 it has been designated as the national focal point for assistance to victims of cluster munitions, as well as of landmines and other explosive ordnance.

Our registry counts 517 survivors, almost all of them men injured while farming or herding in the border districts of Ashvale and Morren. Medical care and physical rehabilitation are free of charge under the national health scheme, and a second orthopaedic workshop opened in Morren last year. What remains very weak is the economic side: fewer than one in five survivors of working age has a regular income, and the small grants we gave in 2024 were mostly used for immediate household needs rather than for lasting livelihoods.

We are now designing a new programme for 2027 and would like it to be better than the last one. We wonder whether other States have found approaches to economic inclusion (vocational training, micro-credit, employment quotas or others) that actually led to stable incomes for survivors, and whether the ISU could connect us with them. Any pointers would be most welcome.

With warm regards,
Sofia Renwick-Amadi
Coordinator
National Disability Council of Corvenia
""",
),
dict(
    key="V6", topic="victim_assistance", secondary=[], language="fr", hard=False,
    note="asks for a training of trainers in trauma first aid for rural health workers and first-aid kits",
    date="2026-03-30T10:18:00+00:00",
    sender=("Dr Mariam Sow-Delcourt", "m.sowdelcourt@sante.kassoudie.example"),
    subject="Formation du personnel de santé – prise en charge des blessés",
    structure="plain", charset="iso-8859-1", cte="8bit", mailer="outlook",
    body="""
Madame, Monsieur,

Le ministère de la Santé de la République de Kassoudié constate que la plupart des victimes d'accidents liés aux sous-munitions arrivent à l'hôpital de district plusieurs heures après l'explosion, souvent après un transport en charrette, et que le personnel des centres de santé ruraux n'est pas formé aux premiers secours en cas de traumatisme grave.

Nous souhaiterions organiser en 2027 une formation de formateurs pour 40 infirmiers et agents de santé communautaires des trois régions les plus touchées, ainsi que la fourniture de trousses de premiers secours.

Pourriez-vous transmettre notre demande aux coordinateurs chargés de l'assistance aux victimes et nous indiquer les partenaires qui pourraient nous appuyer ?

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Dr Mariam Sow-Delcourt
Direction de la santé communautaire
Ministère de la Santé, République de Kassoudié
""",
),
dict(
    key="V7", topic="victim_assistance", secondary=[], language="fr", hard=True,
    note="HARD(attachment_only_hint): bare cover note titled 'Transmission'; only the attachment name (socio-economic reintegration plan for victims) gives the topic",
    date="2026-11-04T14:27:00+00:00",
    sender=("Secrétariat du point focal", "pointfocal@solidarite.malena.example"),
    subject="Transmission",
    structure="plain", charset="utf-8", cte="quoted-printable", mailer="outlook",
    body="""
Bonjour,

Veuillez trouver ci-joint le document mentionné. Merci de nous indiquer la suite à donner.

Cordialement,
Le secrétariat du point focal
Ministère de la Solidarité, République du Maléna
""",
    attachments=[{"filename": "Plan_réinsertion_socioéconomique_victimes_2027.docx"}],
),
dict(
    key="V8", topic="victim_assistance", secondary=[], language="es", hard=False,
    note="single rehabilitation centre far from survivors; asks for support for a mobile orthopaedic workshop",
    date="2026-07-21T09:54:00-05:00",
    sender=("Lic. Beatriz Olmedo Sarrate", "bolmedo@salud.tarvania.example"),
    subject="Apoyo para servicios de prótesis y rehabilitación física",
    subject_charset="iso-8859-1:q",
    structure="plain", charset="iso-8859-1", cte="quoted-printable", mailer="outlook",
    body="""
Estimados señores:

El Ministerio de Salud de la República de Tarvania administra un único centro de rehabilitación física, en la capital, a más de 600 km de las provincias donde vive la mayoría de los sobrevivientes de municiones en racimo. Muchos de ellos no pueden costear el viaje y llevan años sin renovar sus prótesis.

Nos proponemos abrir un taller ortopédico móvil que visite las provincias del sur cuatro veces al año. Para ello necesitaríamos apoyo técnico para diseñar el servicio, capacitación para dos técnicos ortopédicos y, de ser posible, financiamiento para el vehículo y los componentes.

Les agradeceríamos que hicieran llegar esta solicitud a los coordinadores de asistencia a víctimas.

Cordialmente,
Lic. Beatriz Olmedo Sarrate
Dirección de Discapacidad y Rehabilitación
Ministerio de Salud de Tarvania
""",
),
dict(
    key="V9", topic="victim_assistance", secondary=[], language="es", hard=False,
    note="mission relays a disability directorate question: criteria to make scholarship/employment programmes reach young survivors",
    date="2026-10-21T11:06:00+02:00",
    sender=("Misión Permanente de la República de Alcaria", "mision.ginebra@cancilleria.alcaria.example"),
    subject="Consulta de la Dirección Nacional de Discapacidad",
    structure="alt", charset="utf-8", cte="quoted-printable", mailer="outlook",
    body="""
Estimados colegas:

La Dirección Nacional de Discapacidad de Alcaria nos ha pedido averiguar si la Unidad de Apoyo a la Implementación podría orientarla sobre un tema concreto.

Según el registro nacional, 214 personas sobrevivieron a accidentes con submuniciones desde 1998; la mitad tenía menos de 18 años en el momento del accidente. Hoy muchos de ellos son adultos jóvenes que abandonaron la escuela y no encuentran empleo. La Dirección está preparando un programa de becas y de inserción laboral y quisiera saber qué criterios han utilizado otros Estados para que este tipo de programas llegue realmente a los sobrevivientes, sin excluir a otras personas con discapacidad.

Cualquier orientación o contacto sería bienvenido.

Atentamente,
Tomás Iriarte Vaca
Primer Secretario
Misión Permanente de la República de Alcaria ante la Oficina de las Naciones Unidas en Ginebra
""",
),
dict(
    key="V10", topic="victim_assistance", secondary=[], language="ar", hard=False,
    note="Ministry of Health asks for support (materials, technicians) for the southern prosthetics and rehabilitation centre",
    date="2026-05-25T12:40:00+03:00",
    sender=("ليلى منصور", "l.mansour@health.zahran.example"),
    subject="طلب دعم لخدمات الأطراف الاصطناعية وإعادة التأهيل للناجين",
    structure="alt", charset="utf-8", cte="base64", mailer="outlook",
    body="""
السادة الأفاضل في وحدة دعم التنفيذ،

تحية طيبة،

تتشرف وزارة الصحة في جمهورية الزهران بإحاطتكم علماً بأن عدد الناجين المسجلين من حوادث الذخائر العنقودية بلغ 346 شخصاً، يحتاج أكثر من نصفهم إلى أطراف اصطناعية أو أجهزة تقويمية أو إلى استبدال أجهزتهم القديمة.

ويعاني مركز إعادة التأهيل الوحيد في الجنوب من نقص في المواد الخام وفي الفنيين المؤهلين، مما أدى إلى قوائم انتظار تتجاوز ثمانية أشهر.

نرجو التكرم بإحالة طلبنا إلى المنسقين المعنيين بمساعدة الضحايا، ومساعدتنا في التواصل مع الدول أو المنظمات القادرة على تقديم الدعم الفني والمالي لهذا المركز.

مع خالص التقدير،

د. ليلى منصور
مديرة إدارة التأهيل
وزارة الصحة – جمهورية الزهران
""",
),
dict(
    key="V11", topic="victim_assistance", secondary=[], language="pt", hard=False,
    note="asks for States/organisations experienced in psychological first aid training and long-term follow-up of survivors, and for funding",
    date="2026-09-16T16:03:00+01:00",
    sender=("Rui Tavares Lemos", "r.lemos@saude.lusavia.example"),
    subject="Apoio psicológico a sobreviventes e familiares",
    structure="plain", charset="utf-8", cte="quoted-printable", mailer="outlook",
    body="""
Exmos. Senhores,

O Ministério da Saúde da Lusávia está a preparar um programa de apoio psicológico para sobreviventes de acidentes com restos de munições de fragmentação e para as suas famílias, nas províncias de Ribamar e Alto Sarrão.

Gostaríamos de saber se a Unidade de Apoio à Implementação nos pode indicar Estados ou organizações com experiência na formação de profissionais de saúde de base em primeiros socorros psicológicos e no acompanhamento de sobreviventes a longo prazo, e se existe financiamento disponível para este tipo de projeto.

Com os melhores cumprimentos,
Rui Tavares Lemos
Direção Nacional de Saúde Mental
Ministério da Saúde da Lusávia
""",
),
# ---------------------------------------------------------------- reporting
dict(
    key="R1", topic="reporting", secondary=[], language="en", hard=False,
    note="asks for editable Article 7 report forms and confirmation of the 30 April deadline and submission channel",
    date="2026-03-02T08:22:00+00:00",
    sender=("Hannah Corlett", "h.corlett@mfa.quenmark.example"),
    subject="Article 7 report forms in Word format",
    structure="plain", charset="us-ascii", cte="7bit", mailer="thunderbird", linesep="\n",
    body="""
Hello,

I have just taken over the preparation of Quenmark's annual transparency report. Could you send me the report forms (A to J) in an editable Word or Excel format? The PDF on the website cannot be filled in electronically.

I would also like to confirm that the report covering calendar year 2025 is due on 30 April, and whether it should be sent to this address or uploaded somewhere.

Thank you,
Hannah Corlett
Arms Control and Disarmament Department
Ministry of Foreign Affairs, Quenmark
""",
),
dict(
    key="R2", topic="reporting", secondary=["stockpile_destruction", "clearance", "victim_assistance"], language="en", hard=True,
    note="HARD(multi_topic,stats_one_ask,indirect_ask,misleading_subject): 2025 figures on stocks, clearance and victims; the ask is how to present the training items and destruction figures in the annual report forms",
    date="2026-03-18T11:47:00+04:00",
    sender=("Bartholomew Idris", "b.idris@nationalauthority.zerandia.example"),
    subject="Numbers for 2025",
    structure="alt", charset="utf-8", cte="quoted-printable", mailer="outlook",
    body="""
Dear ISU colleagues,

We have now gathered the data from the different ministries for 2025:

Stockpile: 2,316 submunitions destroyed at the Halder range in May and June. 40 submunitions were kept by the Army engineering school for training.

Clearance: 7 hazardous areas released (1.9 km²), 512 items destroyed.

Victims: 3 new casualties (one fatal); 58 survivors supported with rehabilitation.

These are the figures that will go into our annual report. We are unsure in which form the 40 training items should appear, since they were already counted in the stocks we declared last year, and whether the destruction in May and June should be shown as a total or broken down by type. Your advice on how to present this in the forms would be much appreciated.

Best wishes,
Bartholomew Idris
Secretariat of the National Authority for Mine Action, Zerandia
""",
),
dict(
    key="R3", topic="reporting", secondary=[], language="en", hard=True,
    note="HARD(attachment_only_hint): 'See attached, please advise'; only the attachment name (draft annual report, Forms A-J) gives the topic",
    date="2026-04-14T18:09:00+05:30",
    sender=("Mei-Lin Achterberg", "ml.achterberg@mfa.sundrava.example"),
    subject="Draft for comment",
    structure="alt", charset="us-ascii", cte="7bit", mailer="outlook",
    body="""
Dear colleagues,

See attached, please advise.

Best,
Mei-Lin
""",
    attachments=[{"filename": "CCM_Annual_Report_CY2025_Forms_A-J_Sundrava_draft.xlsx"}],
),
dict(
    key="R4", topic="reporting", secondary=[], language="en", hard=False,
    note="submitted annual report has the wrong reporting period and contact on the cover page; asks how to correct it",
    date="2026-05-04T09:15:00+00:00",
    sender=("Felix Granger-Obi", "f.granger@mfa.tellurine.example"),
    subject="Corrected cover page for our 2025 report",
    structure="alt", charset="utf-8", cte="quoted-printable", mailer="apple",
    body="""
Dear ISU,

Last Thursday we submitted the Tellurine Islands' annual transparency report. I have just noticed that the cover page gives the reporting period as 1 January to 31 December 2024 instead of 2025, and that the national point of contact listed is my predecessor.

Can we simply send a corrected cover page, or does the whole report need to be resubmitted? And will the version published on the website be replaced?

Many thanks,
Felix Granger-Obi
Ministry of Foreign Affairs, Tellurine Islands
""",
),
dict(
    key="R5", topic="reporting", secondary=[], language="en", hard=False,
    note="new State Party preparing its initial Art. 7 report: deadline, nil forms, example report",
    date="2026-06-22T10:31:00-01:00",
    sender=("Abena Sorensen", "a.sorensen@mfa.orlavia.example"),
    subject="Initial transparency report - what is needed",
    structure="plain", charset="utf-8", cte="quoted-printable", mailer="outlook",
    body="""
Dear colleagues,

The Convention entered into force for Orlavia on 1 February 2026, and I have been asked to prepare our initial report under Article 7. As far as we know Orlavia has never possessed cluster munitions and there is no known contamination on our territory, so most forms will be nil returns.

Could you confirm the deadline for the initial report, and whether forms that do not apply still need to be submitted? If there is a completed example from a State in a similar position, that would help a great deal.

Kind regards,
Abena Sorensen
Legal Adviser, Ministry of Foreign Affairs, Orlavia
""",
),
dict(
    key="R6", topic="reporting", secondary=["legislation"], language="fr", hard=False,
    note="first annual report: asks for fillable French forms and whether Form A needs the full text of the national law",
    date="2026-02-12T14:56:00+01:00",
    sender=("Clémence Rakotobe", "c.rakotobe@affaires-etrangeres.berandie.example"),
    subject="Rapport au titre de l'article 7 – modèle et formulaire A",
    structure="alt", charset="utf-8", cte="quoted-printable", mailer="outlook",
    body="""
Bonjour,

Je prépare pour la première fois le rapport annuel de transparence du Royaume de Bérandie et j'aurais deux questions.

Existe-t-il une version en français des formulaires du rapport au titre de l'article 7 que l'on puisse remplir directement ? Et, pour le formulaire A sur les mesures d'application nationales, faut-il joindre le texte intégral de notre loi de 2019 ou suffit-il d'en donner la référence ?

Merci d'avance,
Clémence Rakotobe
Direction des Nations Unies et des organisations internationales
Ministère des Affaires étrangères, Royaume de Bérandie
""",
),
dict(
    key="R7", topic="reporting", secondary=[], language="fr", hard=True,
    note="HARD(encoded_subject): iso-8859-1 B-encoded subject split over several encoded-words carries the question (annual Art. 7 report after 30 April); body only says 'see subject'",
    date="2026-04-28T07:40:00+02:00",
    sender=("Yannick Oyono", "y.oyono@defense.valmorin.example"),
    subject="Rapport annuel de transparence (article 7) : soumission possible après le 30 avril ?",
    subject_charset="iso-8859-1:b:40",
    structure="plain", charset="iso-8859-1", cte="quoted-printable", mailer="outlook",
    body="""
Bonjour,

Question en objet. Merci de votre retour.

Y. Oyono
""",
),
dict(
    key="R8", topic="reporting", secondary=[], language="es", hard=False,
    note="State with no stocks asks whether Forms B-D must still be filled with zero/not applicable",
    date="2026-03-26T15:18:00-04:00",
    sender=("Ximena Llorente", "xllorente@cancilleria.marandu.example"),
    subject="Consulta sobre formularios del informe de transparencia",
    structure="alt", charset="utf-8", cte="quoted-printable", mailer="outlook",
    body="""
Estimados:

Marandú nunca ha poseído municiones en racimo y no conserva ninguna para fines de capacitación. Al completar el informe anual previsto en el artículo 7, ¿debemos llenar igualmente los formularios B, C y D indicando «cero» o «no aplica», o basta con una nota en la portada?

Les agradeceré su orientación.

Saludos cordiales,
Ximena Llorente
Dirección de Desarme y Seguridad Internacional
Cancillería de Marandú
""",
),
dict(
    key="R9", topic="reporting", secondary=[], language="es", hard=False,
    note="newcomer cannot tell whether last year's Art. 7 report was sent; asks whether it is on record and whether to send it with this year's",
    date="2026-05-13T17:02:00-03:00",
    sender=("Gonzalo Prieto Anaya", "gprieto@defensa.alcaria.example"),
    subject="Informe anual 2025",
    structure="plain", charset="utf-8", cte="quoted-printable", mailer="outlook",
    body="""
Buenas tardes:

Me incorporé hace dos semanas a la Dirección de Asuntos Internacionales del Ministerio de Defensa y heredé la preparación del informe anual que Alcaria presenta en virtud del artículo 7. Mi antecesor dejó un borrador casi completo, pero no hay constancia de que el informe del año pasado llegara a enviarse: en la página de la Convención no aparece.

Quisiera saber si figura en sus registros un informe de Alcaria correspondiente a 2024 y, en caso contrario, si conviene enviarlo ahora junto con el de 2025.

Muchas gracias,
Gonzalo Prieto Anaya
Dirección de Asuntos Internacionales
Ministerio de Defensa de Alcaria
""",
),
dict(
    key="R10", topic="reporting", secondary=[], language="ru", hard=True,
    note="HARD(legacy_charset): windows-1251 body and subject; first annual Art. 7 report: language, mandatory forms, paper copy",
    date="2026-04-02T11:11:00+03:00",
    sender=("Ирина Белозерова", "i.belozerova@mid.kardalia.example"),
    subject="Вопрос по докладу в соответствии со статьёй 7",
    subject_charset="windows-1251:b",
    sender_charset="windows-1251",
    structure="plain", charset="windows-1251", cte="quoted-printable", mailer="outlook",
    body="""
Уважаемые коллеги!

Республика Кардалия готовит свой первый ежегодный доклад о мерах транспарентности в соответствии со статьёй 7 Конвенции. В связи с этим просим уточнить:

1. Можно ли представить доклад на русском языке, или необходим перевод на английский?
2. Обязательно ли заполнять все формы (A–J), если по некоторым из них нам нечего сообщить?
3. Нужно ли направлять бумажный экземпляр через Постоянное представительство?

Заранее благодарим за ответ.

С уважением,
И. В. Белозерова
Департамент международной безопасности и контроля над вооружениями
Министерство иностранных дел Республики Кардалия
""",
),
dict(
    key="R11", topic="reporting", secondary=["clearance"], language="de", hard=False,
    note="donor State asks in which Art. 7 form to report funding of clearance abroad and in which currency",
    date="2026-04-09T13:44:00+02:00",
    sender=("Jens Albrecht-Nowak", "j.albrecht@aussenministerium.tessenau.example"),
    subject="Frage zum Transparenzbericht nach Artikel 7",
    structure="alt", charset="iso-8859-1", cte="quoted-printable", mailer="outlook",
    body="""
Sehr geehrte Damen und Herren,

wir bereiten derzeit den Jahresbericht der Republik Tessenau nach Artikel 7 des Übereinkommens über Streumunition vor. Im vergangenen Jahr hat unser Land zwei Räumungsprojekte in einem Partnerstaat finanziell unterstützt.

Wir sind uns nicht sicher, in welchem Formular diese Unterstützung anzugeben ist und ob die Beträge in Euro oder in Landeswährung zu melden sind. Für einen kurzen Hinweis wären wir dankbar.

Mit freundlichen Grüßen
Jens Albrecht-Nowak
Referat Abrüstung und Rüstungskontrolle
Außenministerium der Republik Tessenau
""",
),
# ---------------------------------------------------------------- legislation
dict(
    key="L1", topic="legislation", secondary=[], language="en", hard=False,
    note="Attorney General's Chambers drafting implementing legislation; asks about penal provisions in common-law States and comments on a draft",
    date="2026-07-08T10:27:00-01:00",
    sender=("Marcus Oyelaran-Pike", "m.oyelaran@agc.orlavia.example"),
    subject="Drafting of national implementing legislation - request for assistance",
    structure="plain", charset="us-ascii", cte="quoted-printable", mailer="outlook",
    body="""
Dear Sir/Madam,

The Attorney General's Chambers of Orlavia have been instructed to prepare legislation giving effect to the Convention on Cluster Munitions. We have studied the model legislation available online, but we have some specific questions on the penal provisions: in particular, how other common-law States have framed the offence of assisting or encouraging prohibited activities, and what penalties they have adopted.

We would welcome comments from the coordinators on a first draft, which we expect to finalise in October, and any examples of laws from comparable legal systems.

Yours faithfully,
Marcus Oyelaran-Pike
Senior State Counsel, Legislative Drafting Division
Attorney General's Chambers, Orlavia
""",
),
dict(
    key="L2", topic="legislation", secondary=["stockpile_destruction", "clearance", "victim_assistance"], language="en", hard=True,
    note="HARD(long_preamble,indirect_ask,multi_topic): long background on stocks, contamination and survivors; the closing question is whether an investment prohibition in a bill is required by the Convention's implementation measures (Art. 9)",
    date="2026-05-20T12:12:00+02:00",
    sender=("Eleanor Vasquez-Thorne", "e.vasquez@mfa.halvoria.example"),
    subject="Halvoria - background and a question",
    structure="alt", charset="utf-8", cte="quoted-printable", mailer="outlook",
    body="""
Dear colleagues,

Let me first give you some background on Halvoria's situation, since we have not been in touch with the ISU before.

Halvoria has never produced cluster munitions; the small quantity inherited from the former federal army was destroyed in 2012 with support from a neighbouring State. Some contamination remains along the eastern border from the conflict of the 1990s, and our mine action centre expects to complete survey of the last two municipalities next year. We have 37 registered survivors, who receive support through the general disability system.

This spring a group of members of Parliament tabled a bill that would prohibit public and private financial institutions from investing in companies that produce cluster munitions. The Government supports the idea in principle, but the Ministry of Finance argues that the Convention does not require it and that such a prohibition would go beyond our obligations.

It would be useful to know whether a prohibition of this kind is generally regarded as part of what the Convention requires States to put into their national law, or only as good practice, and whether other States Parties have included it in their legislation.

Kind regards,
Eleanor Vasquez-Thorne
Head, International Law Department
Ministry of Foreign Affairs of Halvoria
""",
),
dict(
    key="L3", topic="legislation", secondary=[], language="en", hard=False,
    note="mission relays Parliament legal services' question: are existing criminal code provisions sufficient national implementation measures or is a dedicated law expected",
    date="2026-09-02T14:09:00+02:00",
    sender=("Permanent Mission of Sundrava", "geneva.mission@mfa.sundrava.example"),
    subject="Query from the Legal Services of Parliament",
    structure="plain", charset="us-ascii", cte="7bit", mailer="outlook", linesep="\n",
    body="""
Dear ISU,

The Legal Services of the National Assembly of Sundrava have asked the Mission to find out whether the provisions of our Criminal Code on prohibited weapons, together with the Arms and Ammunition Act, could be regarded as sufficient national implementation measures under the Convention, or whether States Parties are generally expected to adopt a dedicated law.

The Legal Services would also appreciate receiving examples of both approaches, if available.

With best regards,
Rohan Delacroix-Mbeki
Counsellor
Permanent Mission of Sundrava
""",
),
dict(
    key="L4", topic="legislation", secondary=["general"], language="en", hard=True,
    note="HARD(reply_topic_shift,misleading_subject): reply in a workshop travel thread; the new ask is a review of attached draft penal provisions (transit, extraterritorial jurisdiction)",
    date="2026-10-09T16:48:00+02:00",
    sender=("Tobias Wren", "t.wren@justice.belastria.example"),
    subject="RE: Regional workshop in Drava - travel arrangements",
    in_reply_to="<VI1PR06MB4410E2D9A1C8B3F7E6D2A0C5B3@VI1PR06MB4410.ccm-isu.example>",
    references=["<VI1PR06MB4410E2D9A1C8B3F7E6D2A0C5B3@VI1PR06MB4410.ccm-isu.example>"],
    structure="alt", charset="utf-8", cte="quoted-printable", mailer="outlook",
    body="""
Dear Ms Haldane,

Thank you, the hotel booking is confirmed and I will arrive on the Sunday evening.

Since I will be presenting our draft law at the workshop, I would be grateful if someone could look at the attached penal provisions beforehand. We are not sure whether the offences as drafted cover transit through our territory and acts committed by our nationals abroad, on which the members of the drafting committee disagree.

Best regards,
Tobias Wren
Legislative Counsel, Ministry of Justice, Belastria

-----Original Message-----
From: Ruth Haldane <r.haldane@ccm-isu.example>
Sent: Thursday, 8 October 2026 09:40
To: Tobias Wren <t.wren@justice.belastria.example>
Subject: Regional workshop in Drava - travel arrangements

Dear Mr Wren,

Your participation in the regional workshop (2-4 November, Drava) is confirmed. The ISU has booked a room for you at the Hotel Meridian from 1 to 4 November. Please send us your flight details so that we can arrange your transfer from the airport.

Kind regards,
Ruth Haldane
Implementation Support Unit
""",
    attachments=[{"filename": "Belastria_draft_bill_Part_IV_offences.docx"}],
),
dict(
    key="L5", topic="legislation", secondary=[], language="en", hard=False,
    note="parliamentary committee asks for an expert to testify at a hearing on the implementing bill (scope, definition, penalties)",
    date="2026-10-27T09:35:00+01:00",
    sender=("Catalina Brusk", "c.brusk@parliament.corvenia.example"),
    subject="Expert for parliamentary hearing on the Cluster Munitions (Prohibition) Bill",
    structure="alt", charset="us-ascii", cte="7bit", mailer="outlook",
    body="""
Dear colleagues,

The Foreign Affairs and Defence Committee of the Corvenian Parliament will hold a public hearing on the Cluster Munitions (Prohibition) Bill on 19 November. Several members have questions about the scope of the prohibitions, the definition of a cluster munition and the penalties foreseen, and the Committee would like to hear from an independent expert on how other States Parties have implemented Article 9.

Would the ISU or one of the coordinators be able to provide such an expert, in person or by video link? The Committee can cover travel costs.

Sincerely,
Catalina Brusk
Clerk, Foreign Affairs and Defence Committee
Parliament of Corvenia
""",
),
dict(
    key="L6", topic="legislation", secondary=[], language="fr", hard=False,
    note="Ministry of Justice drafting the implementing law asks for expert review and a drafting workshop on offences and penalties",
    date="2026-02-09T10:01:00+00:00",
    sender=("Idrissa Fall-Lemaire", "i.fall@justice.kassoudie.example"),
    subject="Assistance juridique – projet de loi d'application de la Convention",
    structure="alt", charset="utf-8", cte="quoted-printable", mailer="outlook",
    body="""
Madame, Monsieur,

Le ministère de la Justice de la République de Kassoudié a entamé la rédaction d'un projet de loi portant application de la Convention sur les armes à sous-munitions. Le groupe de travail interministériel s'interroge notamment sur la manière d'articuler les nouvelles infractions avec le code pénal existant et sur le niveau des peines à prévoir.

Nous souhaiterions bénéficier d'une assistance juridique, sous la forme d'une relecture du projet par un expert et, si possible, d'un atelier de deux jours à Kessa avec les membres du groupe de travail.

Dans l'attente de votre réponse, je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Idrissa Fall-Lemaire
Conseiller juridique, Direction de la législation
Ministère de la Justice, République de Kassoudié
""",
),
dict(
    key="L7", topic="legislation", secondary=[], language="fr", hard=False,
    note="indirect: unsure whether a 2011 decree without penal sanctions suffices under Art. 9; asks for opinions and civil-law examples",
    date="2026-06-29T11:52:00+02:00",
    sender=("Anne-Sophie Verhaegen", "as.verhaegen@justice.valmorin.example"),
    subject="Décret de 2011 et obligations de l'article 9",
    structure="plain", charset="iso-8859-1", cte="8bit", mailer="thunderbird",
    body="""
Bonjour,

En 2011, le Valmorin a adopté un décret interdisant l'emploi, la production et le transfert des armes à sous-munitions par les forces armées. Ce texte ne prévoit cependant aucune sanction pénale et ne s'applique pas aux personnes privées.

Nous ne savons pas si ce décret peut être considéré comme une mesure suffisante au regard de l'article 9, ou s'il nous faudrait adopter une loi. Tout avis sur ce point, ainsi que des exemples de lois adoptées par des États de tradition juridique civiliste, nous seraient très utiles.

Cordialement,
Anne-Sophie Verhaegen
Service des affaires juridiques
Ministère de la Justice, République du Valmorin
""",
),
dict(
    key="L8", topic="legislation", secondary=[], language="es", hard=False,
    note="congressional commission studying a bill; asks for the model law in Spanish, Latin American examples and a review of offences/penalties",
    date="2026-08-05T10:14:00-03:00",
    sender=("Dra. Valentina Urquiza", "vurquiza@justicia.santaveluz.example"),
    subject="Ley modelo y tipificación de delitos",
    structure="plain", charset="iso-8859-1", cte="quoted-printable", mailer="outlook",
    body="""
Estimados señores:

La Comisión de Asuntos Constitucionales del Congreso de Santa Veluz estudia un proyecto de ley para aplicar la Convención sobre Municiones en Racimo, y nos ha solicitado asesoramiento sobre la tipificación de los delitos y la proporcionalidad de las penas.

Les agradeceríamos que nos remitieran la ley modelo en español, si existe, así como ejemplos de leyes nacionales de países de América Latina, y que nos indicaran si los coordinadores podrían revisar el proyecto una vez aprobado en primera lectura.

Atentamente,
Dra. Valentina Urquiza
Asesora Jurídica
Ministerio de Justicia de Santa Veluz
""",
),
dict(
    key="L9", topic="legislation", secondary=[], language="es", hard=False,
    note="mission sends the draft implementing law on behalf of the presidency's legal office and asks for comments on penal provisions and the national authority",
    date="2026-11-10T15:25:00+01:00",
    sender=("Misión Permanente de Marandú", "mpginebra@cancilleria.marandu.example"),
    subject="Proyecto de ley – solicitud de comentarios",
    structure="alt", charset="utf-8", cte="quoted-printable", mailer="outlook",
    body="""
Estimados colegas:

Por encargo de la Consejería Jurídica de la Presidencia, les remito adjunto el anteproyecto de ley de aplicación de la Convención sobre Municiones en Racimo, que será enviado al Congreso en enero.

La Consejería nos pide averiguar si sería posible recibir observaciones de la ISU o de los coordinadores antes de fin de año, en particular sobre las disposiciones penales y sobre la autoridad nacional encargada de supervisar el cumplimiento.

Saludos cordiales,
Esteban Coronel Ruiz
Ministro Consejero
Misión Permanente de Marandú
""",
    attachments=[{"filename": "Anteproyecto_Ley_Aplicacion_CMR_Marandu.pdf"}],
),
dict(
    key="L10", topic="legislation", secondary=[], language="pt", hard=False,
    note="no specific implementing law yet; asks for a model law in Portuguese, lusophone examples and an expert review",
    date="2026-07-29T11:40:00+01:00",
    sender=("Henrique Saldanha Pires", "h.pires@justica.lusavia.example"),
    subject="Legislação nacional de aplicação da Convenção",
    structure="plain", charset="iso-8859-1", cte="quoted-printable", mailer="outlook",
    body="""
Exmos. Senhores,

A Lusávia ainda não dispõe de legislação específica que dê aplicação à Convenção sobre Munições de Fragmentação. O Ministério da Justiça pretende apresentar uma proposta de lei ao Parlamento no primeiro semestre de 2027, incluindo as sanções penais previstas no artigo 9.º.

Gostaríamos de saber se existe uma lei-modelo em português, ou exemplos de legislação de outros Estados lusófonos, e se seria possível contar com o apoio de um perito para rever o texto antes da sua aprovação em Conselho de Ministros.

Com os melhores cumprimentos,
Henrique Saldanha Pires
Gabinete de Política Legislativa
Ministério da Justiça da Lusávia
""",
),
dict(
    key="L11", topic="legislation", secondary=[], language="ar", hard=True,
    note="HARD(legacy_charset): windows-1256 body and subject; Ministry of Justice asks for an Arabic model law, examples of penal provisions and review of its draft implementing law",
    date="2026-09-21T10:48:00+03:00",
    sender=("عمر الشامي", "o.alshami@moj.sahlan.example"),
    sender_charset="windows-1256",
    subject="استفسار بشأن التشريعات الوطنية لتنفيذ الاتفاقية",
    subject_charset="windows-1256:b",
    structure="plain", charset="windows-1256", cte="quoted-printable", mailer="outlook",
    body="""
السادة في وحدة دعم التنفيذ،

تحية طيبة وبعد،

تعكف وزارة العدل في مملكة السهلان على إعداد مشروع قانون لتنفيذ اتفاقية الذخائر العنقودية وفقاً للمادة التاسعة منها. ونود الاستفسار عما إذا كان بالإمكان تزويدنا بنموذج تشريعي باللغة العربية، وبأمثلة على قوانين اعتمدتها دول أطراف أخرى، ولا سيما ما يتعلق بالعقوبات الجزائية.

كما نرجو إفادتنا بإمكانية تقديم مساعدة فنية لمراجعة المشروع قبل إحالته إلى مجلس الوزراء.

وتفضلوا بقبول فائق الاحترام،

عمر الشامي
مستشار قانوني – إدارة التشريع
وزارة العدل – مملكة السهلان
""",
),
# ---------------------------------------------------------------- general
dict(
    key="G1", topic="general", secondary=[], language="en", hard=False,
    note="sponsorship application for a delegate to the Meeting of States Parties and an invitation letter for a visa",
    date="2026-06-08T09:03:00+02:00",
    sender=("Daniela Fosse", "d.fosse@mfa.halvoria.example"),
    subject="Sponsorship and visa letter - Meeting of States Parties",
    structure="plain", charset="us-ascii", cte="7bit", mailer="outlook",
    body="""
Dear ISU,

Halvoria would like to apply to the sponsorship programme for one delegate, Mr Pavel Ristic of our Mine Action Centre, to attend the Meeting of States Parties in Geneva in September.

Mr Ristic will also need a letter of invitation to support his Schengen visa application; the embassy has told us that appointments are currently booked six weeks in advance. Could you let us know the deadline for sponsorship applications, and whether the invitation letter can be issued before the sponsorship decision?

Thank you in advance,
Daniela Fosse
Third Secretary, Multilateral Affairs
Ministry of Foreign Affairs of Halvoria
""",
),
dict(
    key="G2", topic="general", secondary=["stockpile_destruction", "clearance", "victim_assistance"], language="en", hard=True,
    note="HARD(ambiguous_general,stats_one_ask): needs and costs on stocks, clearance and victims weighed equally; the ask is how to combine them into one national request for a donor conference (cooperation as a whole)",
    date="2026-08-12T13:50:00+03:00",
    sender=("Ruth Amankwah-Lisle", "r.amankwah@planning.kestrany.example"),
    subject="Kestrany - presenting our needs to partners",
    structure="alt", charset="utf-8", cte="quoted-printable", mailer="outlook",
    body="""
Dear colleagues,

Kestrany is preparing for a partnership conference with donors early next year, and the Ministry of Planning has been asked to present, in a single document, all remaining needs linked to the Convention. In summary:

- stockpile destruction: about 2,900 submunitions still to be destroyed; estimated cost USD 1.4 million;
- clearance: 8.7 km² of confirmed hazardous area; estimated cost USD 6.2 million over four years;
- victim assistance: 402 registered survivors, with rehabilitation services available in only one province; estimated cost USD 2.1 million.

Each ministry has prepared its own chapter, and the result is three separate requests that do not speak to each other. We would like to discuss with the ISU how to bring them together into one national request, whether a country coalition would be suitable for us, and how other States have organised such a conference.

Could we arrange a call in the coming weeks?

With best regards,
Ruth Amankwah-Lisle
Director, External Cooperation
Ministry of Planning, Kestrany
""",
),
dict(
    key="G3", topic="general", secondary=[], language="en", hard=False,
    note="change of focal point: asks the ISU to update its contact list for meeting invitations and circulars",
    date="2026-07-06T08:30:00+00:00",
    sender=("Pieter van Halloran", "p.vanhalloran@mfa.tellurine.example"),
    subject="Change of contact person - Tellurine Islands",
    structure="plain", charset="utf-8", cte="quoted-printable", mailer="outlook",
    body="""
Dear ISU,

Please note that as of 1 July I have replaced Ms Ingrid Salvesen as the Ministry's focal point for the Convention on Cluster Munitions; she has been posted abroad.

Could you update your contact list and make sure that invitations to meetings and ISU circulars are sent to me from now on? My details are below. The Permanent Mission in Geneva remains the official channel for notes verbales.

Regards,
Pieter van Halloran
Disarmament Section
Ministry of Foreign Affairs, Tellurine Islands
Tel. +999 58 301 774
""",
),
dict(
    key="G4", topic="general", secondary=[], language="en", hard=True,
    note="HARD(attachment_only_hint): cover note with an opaquely named scan; nothing tells what it is about, so ISU triage",
    date="2026-03-12T09:37:00+00:00",
    sender=("Viktor Amsel-Oduya", "v.amsel@mfa.quenmark.example"),
    subject="as discussed",
    structure="plain", charset="us-ascii", cte="7bit", mailer="apple",
    body="""
Dear Karin,

Please find attached, as discussed. Let me know if anything is missing.

Best regards,
Viktor

Sent from my iPad
""",
    attachments=[{"filename": "Scan_20260312_093114.pdf"}],
),
dict(
    key="G5", topic="general", secondary=["clearance", "victim_assistance"], language="en", hard=True,
    note="HARD(enquiry_looks_like_noise,forwarded_chain): forwarded newsletter (clearance, survivors) with a genuine question on top: are the intersessional dates final and will there be Arabic interpretation",
    date="2026-06-09T11:19:00-01:00",
    sender=("Lucia Brandt-Ofori", "l.brandt@mfa.orlavia.example"),
    subject="Fwd: CCM Monitor Bulletin - June 2026 | Dates for your diary",
    structure="alt", charset="utf-8", cte="quoted-printable", mailer="thunderbird",
    body="""
Hello,

We received the bulletin below from a mailing list. Can you confirm whether the intersessional meeting dates it mentions are final? And will there be interpretation into Arabic? Our delegation would need it for two participants from the Ministry of Interior.

Thanks,
Lucia Brandt-Ofori
Ministry of Foreign Affairs, Orlavia

-------- Forwarded Message --------
Subject: CCM Monitor Bulletin - June 2026 | Dates for your diary
Date: Mon, 8 Jun 2026 07:00:12 +0000
From: Humanitarian Disarmament Digest <digest@hdd-news.example>
To: l.brandt@mfa.orlavia.example

IN THIS ISSUE

* Clearance milestones: two States report completion of survey in their last districts
* Survivors' voices: a new peer-support network in the south-east
* Dates for your diary: intersessional meetings, 22-24 June (tbc), Geneva

Read the full bulletin online: https://hdd-news.example/bulletin/2026-06

You are receiving this email because you subscribed to the Humanitarian Disarmament Digest.
Unsubscribe | Manage preferences
""",
),
dict(
    key="G6", topic="general", secondary=[], language="fr", hard=False,
    note="asks for nominative invitation letters for visas for two delegates to the intersessional meetings (passports attached)",
    date="2026-05-05T10:44:00+00:00",
    sender=("Aminata Diallo-Perrin", "a.diallo@diplomatie.malena.example"),
    subject="Lettre d'invitation – réunions intersessionnelles",
    structure="plain", charset="utf-8", cte="quoted-printable", mailer="outlook",
    body="""
Bonjour,

Deux membres de notre délégation, M. Ousmane Tiendrebeogo et Mme Clarisse Ayité, participeront aux réunions intersessionnelles à Genève. Le consulat nous demande une lettre d'invitation nominative pour l'instruction de leurs demandes de visa.

Pourriez-vous nous la faire parvenir dans les meilleurs délais ? Les copies de leurs passeports sont jointes.

Avec nos remerciements,
Aminata Diallo-Perrin
Direction des organisations internationales
Ministère des Affaires étrangères, République du Maléna
""",
    attachments=[{"filename": "Passeport_Tiendrebeogo.pdf"}, {"filename": "Passeport_Ayité.pdf"}],
),
dict(
    key="G7", topic="general", secondary=[], language="fr", hard=False,
    note="mission relays the ministry's wish for ISU participation in a sub-regional seminar promoting the Convention to non-party neighbours (universalization) and funding",
    date="2026-10-19T12:00:00+02:00",
    sender=("Mission permanente du Royaume de Bérandie", "mission.geneve@diplomatie.berandie.example"),
    subject="Promotion de la Convention dans la sous-région",
    structure="alt", charset="utf-8", cte="quoted-printable", mailer="outlook",
    body="""
Madame, Monsieur,

Le ministère des Affaires étrangères du Royaume de Bérandie nous a chargés de savoir s'il serait envisageable que l'Unité d'appui à l'application participe à un séminaire sous-régional que la Bérandie souhaite accueillir au premier semestre 2027, afin de présenter la Convention aux représentants de cinq États voisins qui n'y sont pas encore parties.

Le ministère aimerait également savoir si un soutien financier à l'organisation de ce séminaire pourrait être recherché par votre intermédiaire.

Nous vous saurions gré de bien vouloir nous faire part de vos disponibilités.

Luc Thibodeaux-Nana
Conseiller
Mission permanente du Royaume de Bérandie à Genève
""",
),
dict(
    key="G8", topic="general", secondary=[], language="fr", hard=False,
    note="donor agency with an untargeted envelope asks how to identify pending assistance requests and to discuss priorities with the ISU",
    date="2026-11-17T09:20:00+01:00",
    sender=("Élodie Marchetti", "e.marchetti@cooperation.montval.example"),
    subject="Enveloppe 2027 de l'Agence de coopération",
    structure="plain", charset="utf-8", cte="8bit", mailer="thunderbird",
    body="""
Bonjour,

L'Agence de coopération de la Confédération de Montval dispose pour 2027 d'une enveloppe destinée à soutenir la mise en œuvre de la Convention dans un ou deux États affectés, sans thématique prédéfinie.

Nous aimerions savoir comment identifier les demandes d'assistance actuellement en attente de financement, et s'il est possible d'échanger avec l'ISU sur les priorités avant de lancer notre appel à propositions.

Bien à vous,
Élodie Marchetti
Chargée de programme, Désarmement humanitaire
Agence de coopération de la Confédération de Montval
""",
),
dict(
    key="G9", topic="general", secondary=[], language="es", hard=False,
    note="voluntary contribution to the ISU budget: bank details, earmarking, receipt",
    date="2026-02-03T12:30:00-05:00",
    sender=("Patricio Ledesma Ruiz", "pledesma@cancilleria.santaveluz.example"),
    subject="Contribución al presupuesto de la ISU",
    structure="plain", charset="utf-8", cte="8bit", mailer="outlook", linesep="\n",
    body="""
Estimados señores:

La Cancillería de Santa Veluz desea realizar este año una contribución voluntaria al funcionamiento de la Unidad de Apoyo a la Implementación. Les agradecería que nos indicaran los datos bancarios correspondientes, si la contribución puede destinarse a un fin específico (por ejemplo, el programa de patrocinio) y qué documentación necesitan para emitir el recibo.

Atentamente,
Patricio Ledesma Ruiz
Dirección de Organismos Internacionales
Cancillería de Santa Veluz
""",
),
dict(
    key="G10", topic="general", secondary=["clearance"], language="es", hard=False,
    note="reply in a clearance-survey thread whose new question is about sponsorship for the Meeting of States Parties",
    date="2026-07-23T08:57:00-04:00",
    sender=("Rocío Benjumea", "rbenjumea@cnd.marandu.example"),
    subject="RE: Apoyo para estudio no técnico – Provincia del Norte",
    in_reply_to="<PA4PR09MB5521B0E8D3F1A6C2E7D9B4A1C6@PA4PR09MB5521.ccm-isu.example>",
    references=["<SJ0PR11MB6230A7F5C2E9D1B3A4F8E0C2D7@SJ0PR11MB6230.cnd.marandu.example>",
                "<PA4PR09MB5521B0E8D3F1A6C2E7D9B4A1C6@PA4PR09MB5521.ccm-isu.example>"],
    structure="alt", charset="utf-8", cte="quoted-printable", mailer="outlook",
    body="""
Estimada Sra. Haldane:

Muchas gracias por ponernos en contacto con los coordinadores; ya mantuvimos con ellos una primera reunión.

Aprovecho para consultarle otra cosa: nuestro director quisiera asistir a la Reunión de los Estados Partes en septiembre, pero no tenemos presupuesto para el viaje. ¿Sigue abierto el programa de patrocinio y cómo se presenta la solicitud?

Saludos,
Rocío Benjumea
Centro Nacional de Desminado – Marandú

-----Mensaje original-----
De: Ruth Haldane <r.haldane@ccm-isu.example>
Enviado el: lunes, 13 de julio de 2026 15:10
Para: Rocío Benjumea <rbenjumea@cnd.marandu.example>
Asunto: RE: Apoyo para estudio no técnico – Provincia del Norte

Estimada Sra. Benjumea:

Hemos transmitido su solicitud de apoyo para el estudio no técnico a los coordinadores de despeje, que se pondrán en contacto con usted la próxima semana.

Saludos cordiales,
Ruth Haldane
Implementation Support Unit
""",
),
dict(
    key="G11", topic="general", secondary=[], language="de", hard=False,
    note="asks for the ISU presentation from the last Coordination Committee meeting, the next meeting date and remote participation",
    date="2026-09-24T14:21:00+02:00",
    sender=("Sabine Oberholzer", "s.oberholzer@aussenamt.almenland.example"),
    subject="Unterlagen der Sitzung des Koordinierungsausschusses",
    structure="plain", charset="utf-8", cte="base64", mailer="outlook",
    body="""
Sehr geehrte Damen und Herren,

könnten Sie mir bitte die Präsentation der ISU aus der letzten Sitzung des Koordinierungsausschusses zukommen lassen? Ich konnte wegen einer Terminüberschneidung nicht teilnehmen.

Außerdem wüsste ich gern, wann die nächste Sitzung stattfindet und ob eine Teilnahme per Videokonferenz möglich ist.

Vielen Dank und freundliche Grüße
Sabine Oberholzer
Abteilung für Abrüstung
Außenministerium der Republik Almenland
""",
),
# ---------------------------------------------------------------- not_an_enquiry
dict(
    key="N1", topic="not_an_enquiry", secondary=["clearance"], language="en", hard=False,
    note="commercial spam for EOD robots and mine detectors",
    date="2026-03-06T04:12:00-08:00",
    sender=("Global Defence Expo Deals", "offers@defence-expo-deals.example"),
    to=[("Procurement", "intake@ccm-isu.example")],
    subject="LAST CHANCE: 40% off EOD robots & demining detectors – order before Friday!",
    structure="alt", charset="windows-1252", cte="quoted-printable", mailer="bulk:SendMachine 4.2",
    headers=[("Reply-To", "orders@defence-expo-deals.example")],
    body="""
Dear Procurement Officer,

Our warehouse clearance sale is ON! For a limited time only, get up to 40% off:

• Remote-controlled EOD robots (refurbished, 12-month warranty)
• Dual-sensor mine detectors – buy 10, get 2 FREE
• Bomb suits, blast blankets and more

Prices valid until Friday 23:59 GMT. Free shipping worldwide on orders over USD 25,000.

Reply “YES” to receive our full price list, or call our 24/7 hotline +999 800 555 0199.

To stop receiving our offers, reply “STOP”.
""",
    html="""<html><body style="font-family:Arial,sans-serif;background:#f4f4f4">
<table width="600" align="center" style="background:#ffffff"><tr><td style="padding:20px">
<h1 style="color:#c00000">WAREHOUSE CLEARANCE SALE – UP TO 40% OFF</h1>
<p>Dear Procurement Officer,</p>
<p>For a limited time only:</p>
<ul>
<li>Remote-controlled EOD robots (refurbished, 12-month warranty)</li>
<li>Dual-sensor mine detectors – <b>buy 10, get 2 FREE</b></li>
<li>Bomb suits, blast blankets and more</li>
</ul>
<p>Prices valid until Friday 23:59 GMT. Free shipping worldwide on orders over USD 25,000.</p>
<p style="text-align:center"><a href="https://defence-expo-deals.example/catalogue?src=mail" style="background:#c00000;color:#fff;padding:12px 24px;text-decoration:none">SEE ALL OFFERS</a></p>
<p style="font-size:10px;color:#888">To stop receiving our offers, reply “STOP”.</p>
</td></tr></table></body></html>
""",
),
dict(
    key="N2", topic="not_an_enquiry", secondary=["victim_assistance"], language="en", hard=True,
    note="HARD(lookalike_noise,robot_quotes_enquiry): coordinator's automatic reply (Auto-Submitted) to an intake forward, quoting the full victim assistance enquiry",
    date="2026-07-20T10:03:00+02:00",
    sender=("Amira Castellanos-Roy", "a.castellanos@pm-geneva.belastria.example"),
    subject="Automatic reply: [CCM-2026-0388] [Victim assistance] Rehabilitation materials for the Ashvale workshop",
    in_reply_to="<fwd.CCM-2026-0388.91c2e7a4@ccm-isu.example>",
    references=["<fwd.CCM-2026-0388.91c2e7a4@ccm-isu.example>"],
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    structure="plain", charset="utf-8", cte="quoted-printable", mailer=None,
    body="""
Thank you for your email. I am currently travelling with limited access to email and will be back in the office on 3 August. For urgent matters please contact the Mission's main line on +999 22 908 4400.

Your message:

> From: CCM intake <intake@ccm-isu.example>
> Sent: Monday, 20 July 2026 10:02
> Subject: [CCM-2026-0388] [Victim assistance] Rehabilitation materials for the Ashvale workshop
>
> Dear colleagues,
>
> Our orthopaedic workshop in Ashvale has run out of polypropylene and prosthetic feet, and 74 survivors are now on the waiting list. We urgently request support for materials and for training two technicians. Could you help us find a partner?
>
> Regards,
> Ministry of Health, Corvenia
""",
),
dict(
    key="N3", topic="not_an_enquiry", secondary=["reporting"], language="en", hard=True,
    note="HARD(no_dsn_structure,robot_quotes_enquiry): plain-text Exim bounce without Auto-Submitted or multipart/report; the returned copy contains a real Art. 7 enquiry",
    date="2026-04-30T16:41:00+02:00",
    sender=("Mail Delivery System", "Mailer-Daemon@mail.pm-geneva.marandu.example"),
    subject="Mail delivery failed: returning message to sender",
    headers=[("Return-Path", "<>")],
    structure="plain", charset="us-ascii", cte="7bit", mailer=None, wrap=False,
    body="""
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  r.velasco@pm-geneva.marandu.example
    host mbox.pm-geneva.marandu.example [198.51.100.23]
    SMTP error from remote mail server after RCPT TO:<r.velasco@pm-geneva.marandu.example>:
    550 5.1.1 <r.velasco@pm-geneva.marandu.example>: Recipient address rejected: User unknown

------ This is a copy of the message, including all the headers. ------

Return-path: <intake@ccm-isu.example>
Received: from intake.ccm-isu.example ([192.0.2.10])
	by mail.pm-geneva.marandu.example with esmtps (TLS1.3)
	id 1wQx7Z-0004Lm-2B
	for r.velasco@pm-geneva.marandu.example; Thu, 30 Apr 2026 16:41:07 +0200
From: CCM intake <intake@ccm-isu.example>
To: r.velasco@pm-geneva.marandu.example
Reply-To: a.nkemelu@mfa.ostelland.example, intake@ccm-isu.example
Subject: [CCM-2026-0152] [Transparency reports] Our annual report will be late
Date: Thu, 30 Apr 2026 16:41:05 +0200
Message-ID: <fwd.CCM-2026-0152.3b7d01aa@ccm-isu.example>
X-Intake-Case: CCM-2026-0152
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

New enquiry CCM-2026-0152, routed to you as coordinator on transparency measures.

----- Original message -----
From: Adaeze Nkemelu <a.nkemelu@mfa.ostelland.example>
Subject: Our annual report will be late

Dear colleagues,

Our annual transparency report covering 2025 will not be ready by
30 April because the Ministry of Defence has not yet validated the
stockpile figures. We expect to submit it by mid-June. Should we notify
anyone formally of the delay, and can the report still be included in
the documents for the Meeting of States Parties?

Regards,
Adaeze Nkemelu
Ministry of Foreign Affairs, Ostelland
""",
),
dict(
    key="N4", topic="not_an_enquiry", secondary=["legislation"], language="en", hard=False,
    note="multipart/report DSN (5.2.2 mailbox full) for an intake forward; the original, attached as message/rfc822, contains a legislation enquiry",
    date="2026-08-18T11:26:00+02:00",
    sender=("Mail Delivery System", "MAILER-DAEMON@mx1.pm-geneva.tessenau.example"),
    subject="Undelivered Mail Returned to Sender",
    headers=[("Auto-Submitted", "auto-replied")],
    structure="dsn", charset="us-ascii", cte="7bit", mailer=None, wrap=False,
    body="""
This is the mail system at host mx1.pm-geneva.tessenau.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<j.marten@pm-geneva.tessenau.example>: host
    mbox.pm-geneva.tessenau.example[203.0.113.61] said: 552 5.2.2
    <j.marten@pm-geneva.tessenau.example>: Mailbox full (in reply to RCPT TO
    command)
""",
    dsn=dict(
        fields="""
Reporting-MTA: dns; mx1.pm-geneva.tessenau.example
X-Postfix-Queue-ID: 4cX2Lq0s7Fz9vBn
X-Postfix-Sender: rfc822; intake@ccm-isu.example
Arrival-Date: Tue, 18 Aug 2026 11:25:58 +0200 (CEST)

Final-Recipient: rfc822; j.marten@pm-geneva.tessenau.example
Original-Recipient: rfc822;j.marten@pm-geneva.tessenau.example
Action: failed
Status: 5.2.2
Remote-MTA: dns; mbox.pm-geneva.tessenau.example
Diagnostic-Code: smtp; 552 5.2.2 <j.marten@pm-geneva.tessenau.example>: Mailbox full
""",
        original=dict(
            key="N4-fwd",
            date="2026-08-18T11:25:55+02:00",
            sender=("CCM intake", "intake@ccm-isu.example"),
            to=[("Johanna Marten", "j.marten@pm-geneva.tessenau.example")],
            subject="[CCM-2026-0274] [National implementation measures] Penal provisions in our draft law",
            headers=[("Reply-To", "m.kovalenko@justice.nuvania.example, intake@ccm-isu.example"),
                     ("X-Intake-Case", "CCM-2026-0274"), ("X-Intake-Topic", "legislation")],
            structure="plain", charset="us-ascii", cte="7bit", mailer=None,
            body="""
New enquiry CCM-2026-0274, routed to you as coordinator on national implementation measures.

Topic: legislation (Article 9)
Evidence: "draft law" (subject), "penal provisions" (subject, body)

The original message is attached. Reply to all to answer the sender and record the answer in the case.
""",
            attachments=[{"message": dict(
                key="N4-orig",
                date="2026-08-18T10:52:00+01:00",
                sender=("Marta Kovalenko-Reyes", "m.kovalenko@justice.nuvania.example"),
                subject="Penal provisions in our draft law",
                structure="plain", charset="utf-8", cte="quoted-printable", mailer="outlook",
                body="""
Dear colleagues,

Our draft law implementing the Convention provides for prison sentences of up to five years for the use, production, transfer or stockpiling of cluster munitions, and up to two years for assisting or encouraging these acts. Some members of the drafting group find these penalties too low compared with our firearms legislation.

Could the coordinators tell us how the penalties compare with those adopted by other States Parties, and whether the wording on assistance and encouragement is considered adequate?

Kind regards,
Marta Kovalenko-Reyes
Legal Department, Ministry of Justice, Nuvania
""",
            )}],
        ),
    ),
),
dict(
    key="N5", topic="not_an_enquiry", secondary=["clearance", "victim_assistance"], language="en", hard=True,
    note="HARD(lookalike_noise,newsletter_personal): fundraising newsletter written as a personal letter about clearance and survivors, no List-* headers, only an unsubscribe footer",
    date="2026-11-24T07:30:00+00:00",
    sender=("Margaret Ellery", "margaret@cleargroundappeal.example"),
    subject="A personal note from Margaret – what you made possible this year",
    headers=[("X-Campaign-ID", "cga-2026-11-yearend"), ("X-Mailer-Recipient", "intake@ccm-isu.example")],
    structure="alt", charset="utf-8", cte="quoted-printable", mailer="bulk:Campaignly 3.8",
    body="""
Dear friend,

I wanted to write to you myself rather than send another report, because this year has meant so much to all of us at Clear Ground.

In March I stood at the edge of a field near the village of Velmar with Ana, a farmer and mother of three who had not been able to plant there for eleven years. Our teams removed 312 submunitions from her land and from the land of her neighbours. Last week she sent me a photograph of her first harvest.

We also helped 48 survivors to get new prostheses, and our risk education teams visited 120 schools.

None of this would have happened without people like you. Will you help us do it again next year? A gift of 50 dollars pays for a day of survey work in a contaminated village.

With gratitude,
Margaret Ellery
Director, Clear Ground Appeal

You are receiving this email because you signed up at one of our events or supported Clear Ground Appeal. Update your preferences or unsubscribe: https://cleargroundappeal.example/prefs?u=8812-ccm
""",
),
dict(
    key="N6", topic="not_an_enquiry", secondary=["victim_assistance"], language="en", hard=False,
    note="calendar invitation (text/calendar METHOD:REQUEST) for a coordinators' call, sent to the intake among others",
    date="2026-10-01T10:15:00+02:00",
    sender=("Kofi Brandvold", "k.brandvold@pm-geneva.tessenau.example"),
    to=[("Amira Castellanos-Roy", "a.castellanos@pm-geneva.belastria.example"),
        ("Tariq Lindahl", "t.lindahl@pm-geneva.orlavia.example"),
        ("CCM ISU", "intake@ccm-isu.example")],
    subject="Invitation: Victim assistance coordinators – monthly call @ Thu 15 Oct 2026 14:00 - 15:00 (CEST)",
    structure="calendar", charset="utf-8", cte="quoted-printable", mailer="outlook",
    ics_method="REQUEST", ics_cte="base64",
    body="""
Kofi Brandvold has invited you to a meeting.

Victim assistance coordinators – monthly call
When: Thursday 15 October 2026, 14:00-15:00 (CEST)
Where: video conference

Agenda:
1. Follow-up of pending requests for assistance
2. Preparation of the thematic session at the Meeting of States Parties
3. Any other business

Join: https://meet.tessenau.example/j/84467120931
""",
    ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN="Kofi Brandvold":mailto:k.brandvold@pm-geneva.tessenau.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Amira Castellanos-Roy":mailto:a.castellanos@pm-geneva.belastria.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tariq Lindahl":mailto:t.lindahl@pm-geneva.orlavia.example
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="CCM ISU":mailto:intake@ccm-isu.example
UID:040000008200E00074C5B7101A82E0080000000020C1F3B5A7D9DC010000000000000000100000003D8E
DTSTAMP:20261001T081500Z
DTSTART:20261015T120000Z
DTEND:20261015T130000Z
SUMMARY:Victim assistance coordinators – monthly call
LOCATION:Video conference
DESCRIPTION:Agenda: 1) follow-up of pending requests for assistance 2) prep
 aration of the thematic session 3) AOB. Join: https://meet.tessenau.examp
 le/j/84467120931
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
),
dict(
    key="N7", topic="not_an_enquiry", secondary=["stockpile_destruction"], language="fr", hard=False,
    note="read receipt (multipart/report, disposition-notification) for an intake acknowledgement",
    date="2026-01-26T09:31:00+00:00",
    sender=("Hélène Vasseur", "secretariat.dma@defense.malena.example"),
    subject="Lu : [CCM-2026-0041] Accusé de réception : Demande d'appui - destruction des stocks d'armes à sous-munitions",
    structure="mdn", charset="utf-8", cte="quoted-printable", mailer="outlook", wrap=False,
    body="""
Votre message

  À : secretariat.dma@defense.malena.example
  Objet : [CCM-2026-0041] Accusé de réception : Demande d'appui - destruction des stocks d'armes à sous-munitions
  Envoyé : lundi 26 janvier 2026 09:02:11 (UTC+00:00) Monrovia, Reykjavik

a été lu le lundi 26 janvier 2026 09:31:40 (UTC+00:00) Monrovia, Reykjavik.
""",
    mdn=dict(fields="""
Reporting-UA: mail.defense.malena.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;secretariat.dma@defense.malena.example
Original-Message-ID: <ack.CCM-2026-0041.7ad20f15@ccm-isu.example>
Disposition: manual-action/MDN-sent-manually; displayed
"""),
    in_reply_to="<ack.CCM-2026-0041.7ad20f15@ccm-isu.example>",
),
dict(
    key="N8", topic="not_an_enquiry", secondary=["clearance"], language="fr", hard=True,
    note="HARD(no_auto_headers,lookalike_noise): out-of-office notice without Auto-Submitted/X-Auto-Response-Suppress, naming contacts for demining and risk education",
    date="2026-11-09T08:02:00+00:00",
    sender=("Bertrand Kaboré-Silva", "b.kabore@cnaa.kassoudie.example"),
    subject="Absence du bureau – mission de terrain",
    structure="plain", charset="utf-8", cte="quoted-printable", mailer="outlook",
    body="""
Bonjour,

Je suis en mission de terrain dans la région de Bamo jusqu'au 21 novembre, avec un accès très limité à ma messagerie.

Pour les questions relatives aux opérations de déminage et au suivi des zones contaminées, merci de contacter Mme Awa Tall (a.tall@cnaa.kassoudie.example). Pour l'éducation aux risques, Mme Kéita-Renaud reste joignable au +999 70 44 12 09.

Je traiterai votre message à mon retour.

Bertrand Kaboré-Silva
Centre national d'action antimines – République de Kassoudié
""",
),
dict(
    key="N9", topic="not_an_enquiry", secondary=["stockpile_destruction"], language="fr", hard=True,
    note="HARD(lookalike_noise,thanks_only): 'bien recu, merci' reply in a stockpile destruction case thread; quotes the coordinators' answer and asks nothing",
    date="2026-03-17T15:12:00+00:00",
    sender=("Colonel Aurélien Ndiaye-Faure", "a.ndiaye-faure@defense.malena.example"),
    subject="RE: [CCM-2026-0041] Destruction des stocks – mise en relation avec un partenaire",
    in_reply_to="<DU2PR04MB8790C1E6A2B9F3D5E7A1C0B4F2@DU2PR04MB8790.pm-geneva.almenland.example>",
    references=["<ack.CCM-2026-0041.7ad20f15@ccm-isu.example>",
                "<DU2PR04MB8790C1E6A2B9F3D5E7A1C0B4F2@DU2PR04MB8790.pm-geneva.almenland.example>"],
    structure="alt", charset="utf-8", cte="quoted-printable", mailer="outlook",
    body="""
Bien reçu, merci beaucoup. Nous prendrons contact avec eux directement.

Cordialement,
Col. A. Ndiaye-Faure

De : Coordinateurs – destruction des stocks <stockpile.coordinators@pm-geneva.almenland.example>
Envoyé : mardi 17 mars 2026 11:20
À : Colonel Aurélien Ndiaye-Faure <a.ndiaye-faure@defense.malena.example>
Cc : intake@ccm-isu.example
Objet : [CCM-2026-0041] Destruction des stocks – mise en relation avec un partenaire

Mon Colonel,

Suite à votre demande, nous avons le plaisir de vous mettre en relation avec le centre de démilitarisation de Hallberg, qui a accepté d'étudier une formation au démantèlement des roquettes de 122 mm pour vos équipes. Vous trouverez ses coordonnées ci-dessous ; le centre attend votre appel.

Bien cordialement,
Les coordinateurs sur la destruction des stocks
""",
),
dict(
    key="N10", topic="not_an_enquiry", secondary=["victim_assistance"], language="es", hard=False,
    note="helpdesk ticket acknowledgement (Auto-Submitted) triggered by an intake acknowledgement",
    date="2026-10-21T11:09:00+02:00",
    sender=("Mesa de Ayuda TIC - Cancillería", "mesadeayuda@cancilleria.alcaria.example"),
    subject="[Ticket #2026-48213] Hemos recibido su solicitud: [CCM-2026-0355] Acuse de recibo: Consulta de la Dirección Nacional de Discapacidad",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
             ("Precedence", "auto_reply")],
    structure="alt", charset="utf-8", cte="quoted-printable", mailer="bulk:HelpDesk Suite 9",
    body="""
Estimado/a usuario/a:

Su solicitud ha sido registrada en nuestro sistema con el número 2026-48213.

Asunto: [CCM-2026-0355] Acuse de recibo: Consulta de la Dirección Nacional de Discapacidad
Estado: Abierto
Prioridad: Normal

Un técnico de la Mesa de Ayuda la atenderá en un plazo máximo de 48 horas hábiles. Puede consultar el estado de su solicitud en el portal de autoservicio.

Por favor, no responda a este mensaje: ha sido generado automáticamente.

Mesa de Ayuda TIC
Cancillería de la República de Alcaria
""",
),
dict(
    key="N11", topic="not_an_enquiry", secondary=["clearance", "victim_assistance"], language="es", hard=False,
    note="regional mine action network bulletin with List-Id, List-Unsubscribe and Precedence: bulk",
    date="2026-09-01T06:00:00-05:00",
    sender=("Red Regional de Acción contra Minas", "boletin@redacm.example"),
    to=[("", "intake@ccm-isu.example")],
    subject="Boletín n.º 42 – Avances en el despeje y la asistencia a víctimas en la región",
    headers=[("List-Id", "Boletin RedACM <boletin.redacm.example>"),
             ("List-Unsubscribe", "<mailto:baja@redacm.example?subject=baja>, <https://redacm.example/baja?u=7731>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk")],
    structure="alt", charset="utf-8", cte="quoted-printable", mailer="bulk:Listmonk 3.0", linesep="\n",
    body="""
BOLETÍN RedACM n.º 42 – septiembre de 2026

1. DESPEJE
Tarvania y Marandú informan de la liberación de 4,1 km² de tierras en el primer semestre. El Centro Nacional de Desminado de Marandú incorpora dos nuevos equipos de estudio técnico en la franja fronteriza norte.

2. ASISTENCIA A VÍCTIMAS
Se inauguró en San Ildefonso un taller ortopédico móvil que recorrerá las provincias del sur. La red de sobrevivientes de Alcaria celebró su primer encuentro nacional.

3. AGENDA
Taller regional sobre gestión de la información: 14 y 15 de octubre (en línea).

Para darse de baja de este boletín, visite https://redacm.example/baja?u=7731
""",
),
dict(
    key="N12", topic="not_an_enquiry", secondary=["reporting"], language="es", hard=False,
    note="phishing from an ISU look-alike domain: fake shared Article 7 report asking for mailbox credentials (HTML only)",
    date="2026-04-20T02:47:00+00:00",
    sender=("Soporte ISU-CCM", "soporte@ccm-isu-secure.example"),
    subject="Documento compartido: Informe artículo 7 – revisión urgente",
    headers=[("Reply-To", "verificacion@ccm-isu-secure.example")],
    structure="html", charset="utf-8", cte="base64", mailer=None,
    html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<div style="max-width:520px;margin:auto;border:1px solid #ddd;padding:24px">
<p><b>Unidad de Apoyo a la Implementación</b> ha compartido un documento con usted.</p>
<p style="font-size:16px">📄 <b>Informe_Articulo7_revision_final.pdf</b></p>
<p>Este documento requiere su revisión antes de las 18:00 de hoy. Por motivos de seguridad, debe iniciar sesión con su correo institucional y contraseña para verlo.</p>
<p><a href="http://ccm-isu-secure.example/login/verify?id=ZXhhbXBsZQ" style="background:#0b5394;color:#fff;padding:10px 20px;text-decoration:none">Abrir documento</a></p>
<p style="font-size:11px;color:#777">Si no verifica su cuenta en 24 horas, el acceso a los documentos compartidos será suspendido.<br>© 2026 ISU-CCM Document Services</p>
</div></body></html>
""",
    body="",
),
dict(
    key="N13", topic="not_an_enquiry", secondary=["stockpile_destruction"], language="es", hard=False,
    note="calendar answer (text/calendar METHOD:REPLY, accepted) for a follow-up call",
    date="2026-06-15T09:05:00-05:00",
    sender=("Martina Ocampo", "mocampo@defensa.tarvania.example"),
    subject="Aceptado: Llamada de seguimiento – destrucción de existencias (Tarvania)",
    structure="calendar", charset="utf-8", cte="quoted-printable", mailer="outlook",
    ics_method="REPLY", ics_cte="quoted-printable",
    body="""
Martina Ocampo ha aceptado esta invitación.
""",
    ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REPLY
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN="Martina Ocampo":mailto:mocampo@defensa.tarvania.example
ORGANIZER;CN="CCM ISU":mailto:intake@ccm-isu.example
UID:7f3c9a52-1d4e-4b7a-9c2f-0e6d81a4b3c5
DTSTAMP:20260615T140500Z
DTSTART:20260623T150000Z
DTEND:20260623T160000Z
SUMMARY;LANGUAGE=es:Llamada de seguimiento – destrucción de existencias (Tarvania)
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
),
dict(
    key="N14", topic="not_an_enquiry", secondary=["reporting"], language="ru", hard=False,
    note="out-of-office auto-reply (Auto-Submitted) to an intake acknowledgement",
    date="2026-04-02T11:15:00+03:00",
    sender=("Андрей Лысенко", "a.lysenko@mid.kardalia.example"),
    subject="Автоматический ответ: [CCM-2026-0119] Подтверждение получения: Вопрос по докладу в соответствии со статьёй 7",
    in_reply_to="<ack.CCM-2026-0119.e04b6c93@ccm-isu.example>",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    structure="plain", charset="utf-8", cte="base64", mailer="outlook",
    body="""
Здравствуйте!

Я нахожусь в отпуске до 14 апреля и не имею доступа к электронной почте. По срочным вопросам, пожалуйста, обращайтесь к Ирине Белозеровой (i.belozerova@mid.kardalia.example).

С уважением,
А. Лысенко
""",
),
]
