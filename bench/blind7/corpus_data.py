# -*- coding: utf-8 -*-
"""Blind corpus 7 for the CCM intake: message content as data.

Every State, person, organisation, address and phone number is invented.
Only reserved example domains are used.  Each entry is turned into an .eml
file by generate.py (in this folder); file names are assigned after a
deterministic shuffle, so the order here carries no meaning.

Fields of an entry (see generate.py for the exact handling):
  key            internal id (not written anywhere)
  topic, secondary, lang, hard, note   -> labels.json
  frm            (display name, address)
  to, cc         optional; To defaults to the intake address
  reply_to       optional
  date           "YYYY-MM-DD HH:MM:SS +ZZZZ"
  subject        unicode subject
  subject_charset  optional: encode the subject with this charset (RFC 2047)
  body           text/plain body (or the only text when html_only)
  html           None, "auto" (derived from body) or an HTML string
  html_only      the only body part is text/html (html must be given)
  charset, cte   body charset and Content-Transfer-Encoding
  attachments    list of file names (placeholder content)
  mua            outlook | gmail | thunderbird | apple | webmail | system
  headers        list of extra (name, value) pairs
  in_reply_to, references
  eol            "crlf" (default) or "lf"
  inner          a nested entry attached as message/rfc822
  dsn            dict for a multipart/report delivery status notification
  calendar       dict for a text/calendar invitation
"""

INTAKE = ("CCM Implementation Support Unit", "intake@ccm-isu.example")

MESSAGES = []


def add(**kw):
    MESSAGES.append(kw)


DISCLAIMER_EN = (
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended "
    "solely for the use of the addressee(s) and may contain privileged or "
    "confidential information. If you have received it in error, please "
    "notify the sender immediately and delete it from your system. Any "
    "unauthorised use, disclosure or copying is prohibited."
)

DISCLAIMER_FR = (
    "AVERTISSEMENT : Ce message et ses pièces jointes sont confidentiels et "
    "destinés exclusivement à leurs destinataires. Si vous avez reçu ce "
    "message par erreur, merci d'en informer immédiatement l'expéditeur et "
    "de le détruire. Toute utilisation ou diffusion non autorisée est "
    "interdite."
)

DISCLAIMER_ES = (
    "AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos se dirigen "
    "exclusivamente a su destinatario y pueden contener información "
    "reservada. Si usted no es el destinatario indicado, queda notificado "
    "de que la utilización, divulgación o copia sin autorización está "
    "prohibida. Si ha recibido este mensaje por error, le rogamos que lo "
    "comunique al remitente y proceda a su eliminación."
)

# =====================================================================
# Article 3 - stockpile destruction
# =====================================================================

add(
    key="sd-en-norvalia-bombs",
    topic="stockpile_destruction", secondary=[], lang="en", hard=False,
    note="technical help to destroy 312 aircraft-delivered cluster bombs; no industrial demilitarisation facility",
    frm=("Col. Aurelio Venn", "a.venn@mod.norvalia.example"),
    date="2026-02-10 09:14:22 +0100",
    subject="Request for technical assistance \u2013 destruction of aircraft-delivered cluster bombs",
    mua="outlook", cte="quoted-printable", html="auto",
    body="""\
Dear colleagues of the Implementation Support Unit,

The Ministry of Defence of the Republic of Norvalia still holds 312 aircraft-delivered cluster bombs, each containing 147 dual-purpose submunitions, in the central ammunition depot at Krell. These are the last stocks declared in our initial report, and our Article 3 deadline falls on 1 March 2029.

Norvalia has no industrial demilitarisation facility. Our engineers consider that open detonation of the complete bombs would not be acceptable given the proximity of two villages, and disassembly on site exceeds our current technical capacity.

We would therefore be grateful for the ISU's help in:

1. identifying States Parties or operators with experience in dismantling this type of bomb; and
2. assessing whether a destruction contract abroad (with a transfer of the stocks for the purpose of destruction) or a mobile facility in Norvalia would be the more realistic option.

A short technical description of the bombs is available on request. I remain at your disposal for a call at your convenience.

Yours sincerely,

Colonel Aurelio Venn
Head, Ammunition Management Division
Ministry of Defence, Republic of Norvalia
14 Fortress Road, Port Aldin
Tel. +999 41 220 3170
""",
)

add(
    key="sd-en-kessaria-retention",
    topic="stockpile_destruction", secondary=["reporting"], lang="en", hard=True,
    note="HARD(misleading_subject,multi_topic): subject says annual report; the actual question is whether retaining 620 submunitions for EOD training is justifiable under Art. 3(6)",
    frm=("Priya Ondaatje-Lowe", "p.ondaatje@mfa.kessaria.example"),
    date="2026-03-02 16:41:05 +0400",
    subject="Question on our annual report",
    mua="outlook", cte="quoted-printable", html="auto",
    body="""\
Dear ISU team,

We are starting to put together our annual transparency report, and a question has come up that I am afraid has to be resolved before anything is written down.

Our Army EOD school has asked to keep 620 submunitions of two types from the stocks that are scheduled for destruction this summer, in order to train its clearance teams and to test detection equipment. The Ministry of Defence is inclined to agree, but our legal office wonders whether 620 is defensible under Article 3, paragraph 6, since the Convention says the number must not exceed the minimum absolutely necessary for these purposes.

Could you tell us how other States Parties have justified the numbers they retain, whether there is any informal benchmark, and whether we should plan to consume the retained items within a set period? Once this is settled, the report itself should be straightforward.

Many thanks,

Priya Ondaatje-Lowe
Second Secretary, Disarmament and Arms Control
Ministry of Foreign Affairs of Kessaria
""",
)

add(
    key="sd-en-tavania-extension",
    topic="stockpile_destruction", secondary=[], lang="en", hard=False,
    note="extension request for the Art. 3 stockpile destruction deadline: procedure, content, review of a draft",
    frm=("Dr. Halvard Mbeki-Strand", "h.mbeki-strand@defence.tavania.example"),
    date="2026-01-27 11:03:48 +0200",
    subject="Tavania \u2013 possible request for extension of the Article 3 deadline",
    mua="outlook", cte="quoted-printable", html="auto",
    attachments=["image001.png"],
    body="""\
Dear Sir or Madam,

I write on behalf of the Inter-Ministerial Working Group on Conventional Weapons of the Republic of Tavania.

Tavania's deadline to destroy its stockpiled cluster munitions under Article 3 is 1 August 2027. Despite steady progress (some 71% of the declared submunitions have been destroyed), the loss of our main contractor last year means that we will very probably not complete destruction in time.

We would appreciate your guidance on the following:

- the procedure and timeline for submitting an extension request under Article 3, paragraphs 2 to 4, and to which meeting it should be presented;
- what information the request must contain (we understand that a detailed destruction plan, the costs and the reasons for the delay are needed);
- whether the ISU could review a draft before it is formally submitted.

With thanks in advance and best regards,

Dr. Halvard Mbeki-Strand
Senior Adviser, Directorate of Logistics
Ministry of Defence of the Republic of Tavania
Defence Headquarters, Block C, Tavan City

""" + DISCLAIMER_EN + "\n",
)

add(
    key="sd-en-ustrava-transfer",
    topic="stockpile_destruction", secondary=["victim_assistance"], lang="en", hard=True,
    note="HARD(misleading_subject,multi_topic): thread and quoted text are about a victim assistance workshop; the new question is the cross-border transfer of stocks for destruction (Art. 3)",
    frm=("Tomasz Ferreira-Quist", "t.ferreira@mod.ustrava.example"),
    date="2026-03-19 08:52:31 +0100",
    subject="RE: Victim assistance workshop in May \u2013 Ustrava",
    cc=[("Lena Hartwig", "l.hartwig@ccm-isu.example")],
    in_reply_to="<DB9PR02MB7316A2F0C41B8E1D2A77C90FD4412@DB9PR02MB7316.ccm-isu.example>",
    references="<AS8PR10MB6601F2D0B7A3C5E4D18811EAB2290@AS8PR10MB6601.mod.ustrava.example> <DB9PR02MB7316A2F0C41B8E1D2A77C90FD4412@DB9PR02MB7316.ccm-isu.example>",
    mua="outlook", cte="quoted-printable", html="auto",
    body="""\
Dear Lena,

Thanks again for the information below, which I have passed on to our colleagues at the Ministry of Health.

On a different matter, and I hope you don't mind me using this thread: our neighbour Brevonia has offered to destroy our remaining 1,140 artillery-delivered submunitions at its new demilitarisation plant, which would be far cheaper than building our own capacity. Before the Minister signs anything we need to be sure we do this properly. Is a transfer across the border for the purpose of destruction permitted under Article 3, what would we have to declare, and are there precedents we could look at (agreements between the two States, notifications, who bears responsibility during transport)?

Best regards,
Tomasz

Tomasz Ferreira-Quist
Deputy Director, Arms Control Department
Ministry of Defence of Ustrava

-----Original Message-----
From: Lena Hartwig <l.hartwig@ccm-isu.example>
Sent: Monday, 16 March 2026 15:02
To: Tomasz Ferreira-Quist <t.ferreira@mod.ustrava.example>
Subject: RE: Victim assistance workshop in May - Ustrava

Dear Tomasz,

Following up on your question about the regional workshop on victim assistance: registration is open until 20 April, and the organisers can cover travel for one participant from the Ministry of Health and one from a survivors' organisation. The workshop will focus on referral pathways, rehabilitation services and the inclusion of survivors in national disability plans.

Kind regards,
Lena
""",
)

add(
    key="sd-en-nordhavn-donor",
    topic="stockpile_destruction", secondary=[], lang="en", hard=False,
    note="donor offer earmarked for stockpile destruction; asks which States Parties still hold stocks and need funding",
    frm=("Ingeborg Salo", "ingeborg.salo@um.nordhavn.example"),
    date="2026-04-14 13:20:09 +0200",
    subject="Nordhavn funding available for stockpile destruction 2026\u20132027",
    mua="outlook", cte="quoted-printable", html="auto",
    attachments=["Nordhavn_HD_funding_guidelines_2026.pdf"],
    body="""\
Dear colleagues,

The Ministry for Foreign Affairs of Nordhavn has set aside the equivalent of EUR 1.8 million for 2026-2027 to support the destruction of stockpiled cluster munitions in States Parties that have not yet fulfilled their obligations under Article 3.

To target these funds well, we would appreciate the ISU's help in identifying which States Parties still have stocks to destroy and have indicated a need for financial or technical assistance, with, where possible, an indication of the quantities and estimated costs involved. Our funding guidelines are attached for reference.

We would be happy to discuss this by phone at your convenience.

Best regards,

Ingeborg Salo
Senior Adviser
Section for Humanitarian Disarmament
Ministry for Foreign Affairs of Nordhavn
Tel. +999 23 95 40 17
""",
)

add(
    key="sd-fr-korandi-decouverte",
    topic="stockpile_destruction", secondary=["reporting"], lang="fr", hard=False,
    note="previously undeclared stock of cargo shells found after completion was announced; how to proceed and technical assistance to destroy them",
    frm=("Lieutenant-colonel Didier Mabiala-Rousseau", "d.mabiala@defense.korandi.example"),
    date="2026-05-06 10:12:40 +0100",
    subject="Découverte d'un stock non déclaré d'armes à sous-munitions",
    mua="outlook", cte="quoted-printable",
    attachments=["Inventaire_dépôt_Tessali_avril_2026.xlsx"],
    body="""\
Madame, Monsieur,

Lors d'un inventaire des dépôts de munitions de la région de Tessali, nos équipes ont découvert 58 obus-cargos de 155 mm contenant des sous-munitions, qui ne figuraient pas dans la déclaration initiale de la République de Korandi. Notre pays avait pourtant annoncé en 2023 l'achèvement de la destruction de ses stocks.

Ces munitions ont été isolées et marquées dans un magasin sécurisé ; l'inventaire détaillé figure en pièce jointe. Nous souhaiterions savoir comment procéder : quelles démarches entreprendre à l'égard des États parties pour signaler cette découverte, et si une assistance technique (mission d'experts, appui logistique) peut être mobilisée pour détruire ces munitions dans les meilleurs délais.

Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.

Lieutenant-colonel Didier Mabiala-Rousseau
Chef du Bureau Munitions et Explosifs
Ministère de la Défense nationale
République de Korandi
BP 1120, Tessali-Ville
""",
)

add(
    key="sd-fr-lemanso-achevement",
    topic="stockpile_destruction", secondary=["reporting"], lang="fr", hard=False,
    note="how to declare formally the completion of Art. 3 stockpile destruction at the Meeting of States Parties",
    frm=("Aurore Nkembe", "aurore.nkembe@mae.lemanso.example"),
    date="2026-03-25 17:05:13 +0000",
    subject="Achèvement de la destruction des stocks \u2013 déclaration de conformité",
    mua="webmail", cte="quoted-printable", html="auto",
    body="""\
Bonjour,

J'ai le plaisir de vous informer que la destruction du dernier lot de sous-munitions détenues par la République du Lémanso s'est achevée le 12 mars dernier, en présence d'observateurs indépendants.

Nous souhaiterions déclarer formellement le respect de nos obligations au titre de l'article 3 lors de la prochaine Assemblée des États parties. Pourriez-vous nous indiquer sous quelle forme cette déclaration doit être présentée (lettre, déclaration en séance, modèle existant ?) et si d'autres États l'ont accompagnée d'un rapport final de destruction ? Nous mettrons bien entendu aussi à jour notre rapport annuel.

Avec mes remerciements,

Aurore Nkembe
Conseillère, Direction des Affaires juridiques et du Désarmement
Ministère des Affaires étrangères
République du Lémanso
""",
)

add(
    key="sd-es-costavera-separacion",
    topic="stockpile_destruction", secondary=[], lang="es", hard=False,
    note="training for depot staff on identification, inventory and separation of stocks, and help with a destruction plan",
    frm=("Cap. de Fragata Rodrigo Salcedo Ibarra", "rsalcedo@mindef.costavera.example"),
    date="2026-02-18 09:47:02 -0500",
    subject="Solicitud de capacitación para inventario y separación de existencias",
    mua="outlook", cte="8bit",
    body="""\
Estimados señores:

Por medio del presente, la Dirección General de Material de Guerra del Ministerio de Defensa de la República de Costavera solicita apoyo técnico en relación con las existencias de municiones en racimo que aún se encuentran en los arsenales de las Fuerzas Armadas.

Actualmente estas municiones están almacenadas junto con munición convencional en tres depósitos distintos. En cumplimiento del artículo 3, párrafo 1, deseamos separarlas e identificarlas claramente con vistas a su destrucción, pero no contamos con personal formado en la gestión de inventarios de este tipo de munición.

Concretamente, quisiéramos saber si es posible obtener:

a) una capacitación para unos 15 técnicos de polvorines sobre identificación, inventario y marcaje de municiones en racimo;
b) asesoramiento para elaborar un plan de destrucción con calendario y presupuesto.

Quedamos atentos a su respuesta.

Atentamente,

Capitán de Fragata Rodrigo Salcedo Ibarra
Jefe del Departamento de Municiones
Dirección General de Material de Guerra
Ministerio de Defensa - República de Costavera
Av. de los Próceres 2200, Puerto Lagos

""" + DISCLAIMER_ES + "\n",
)

add(
    key="sd-es-sanalbaran-metodos",
    topic="stockpile_destruction", secondary=["legislation", "clearance"], lang="es", hard=False,
    note="long preamble mentions the implementing law and clearance progress; the stated reason for writing is alternative, environmentally acceptable methods to destroy 2,300 stockpiled submunitions",
    frm=("Marta Echeverría Pons", "mecheverria@cancilleria.sanalbaran.example"),
    date="2026-06-03 12:30:55 -0400",
    subject="Consulta sobre métodos de destrucción compatibles con la normativa ambiental",
    mua="outlook", charset="iso-8859-1", cte="quoted-printable", subject_charset="iso-8859-1",
    body="""\
Distinguidos colegas de la Unidad de Apoyo a la Aplicación:

Reciban un cordial saludo de la Dirección de Desarme de la Cancillería de la República de San Albarán. Aprovecho la ocasión para agradecerles el apoyo brindado durante el último año. Como saben, en 2025 nuestro Congreso aprobó la ley nacional de aplicación de la Convención, y el Centro Nacional de Desminado continúa los trabajos de despeje en la provincia de Alto Miraflores, donde esperamos liberar otras 300 hectáreas antes de fin de año.

El motivo de este correo es otro. Las Fuerzas Armadas conservan todavía unas 2.300 submuniciones de artillería pendientes de destrucción, y la nueva normativa ambiental prohíbe la quema y la detonación a cielo abierto en todo el territorio nacional. Necesitaríamos conocer qué métodos alternativos (desmontaje, incineración en horno cerrado, etc.) han utilizado otros Estados en situaciones similares, con una estimación de costos, y si existe la posibilidad de recibir asistencia técnica para elegir el método más adecuado.

Sin otro particular, les saluda atentamente,

Marta Echeverría Pons
Directora de Desarme y No Proliferación
Ministerio de Relaciones Exteriores de la República de San Albarán
""",
)

add(
    key="sd-ru-velesia-rockets",
    topic="stockpile_destruction", secondary=[], lang="ru", hard=False,
    note="technical and financial help to destroy stocks of 220 mm rockets with cluster warheads and loose submunitions",
    frm=("Сомов Игорь Дмитриевич", "i.somov@mil.velesia.example"),
    date="2026-04-02 10:05:17 +0300",
    subject="Запрос о технической помощи в уничтожении запасов кассетных боеприпасов",
    mua="thunderbird", cte="8bit",
    body="""\
Уважаемые коллеги!

Министерство обороны Республики Велесия свидетельствует Вам своё уважение и обращается по следующему вопросу.

В соответствии со статьёй 3 Конвенции по кассетным боеприпасам Республика Велесия обязана уничтожить имеющиеся запасы до 1 февраля 2030 года. На складах Министерства обороны хранятся 96 реактивных снарядов калибра 220 мм с кассетными головными частями, а также около 4 000 суббоеприпасов в отдельной упаковке.

Собственных мощностей для безопасной разборки и утилизации такого количества боеприпасов у нас нет. Просим сообщить, какие государства-участники или организации могли бы оказать техническую и финансовую помощь в уничтожении этих запасов, и каким образом следует оформить официальный запрос.

С уважением,
И. Д. Сомов
Начальник управления ракетно-артиллерийского вооружения
Министерство обороны Республики Велесия
г. Старград, ул. Гарнизонная, 7
""",
)

add(
    key="sd-de-hallgard-fwd-marovia",
    topic="stockpile_destruction", secondary=[], lang="de", hard=True,
    note="HARD(forwarded_chain): short German cover note from a donor ministry; the request (help to destroy Marovia's stockpile) is in the forwarded English message",
    frm=("Dr. Katharina Wendt-Obuya", "katharina.wendt@aa.hallgard.example"),
    date="2026-05-11 14:26:03 +0200",
    subject="WG: Anfrage Marovia \u2013 Unterstützung bei der Vernichtung von Beständen",
    mua="thunderbird", cte="quoted-printable",
    body="""\
Liebe Kolleginnen und Kollegen,

unten finden Sie eine Anfrage, die unsere Botschaft in Marovia letzte Woche erhalten hat. Da wir selbst keine Fachkapazitäten haben, leite ich sie mit der Bitte weiter, sie zu prüfen und Marovia direkt zu unterstützen bzw. geeignete Partner zu benennen. Hallgard wäre grundsätzlich bereit, einen Teil der Kosten zu übernehmen.

Mit freundlichen Grüßen
Katharina Wendt-Obuya

--
Dr. Katharina Wendt-Obuya
Referat Humanitäre Abrüstung
Auswärtiges Amt der Republik Hallgard
Kleiststraße 12, 40112 Neuhall
Tel. +999 211 880 4412

-------- Weitergeleitete Nachricht --------
Betreff: Request for support - destruction of cluster munition stockpiles
Datum: Tue, 5 May 2026 11:42:10 +0300
Von: Brig. Gen. Samir Okonjo-Haddad <s.okonjo@defence.marovia.example>
An: Embassy of Hallgard in Marovia <embassy.marovia@aa.hallgard.example>

Excellency,

The Ministry of Defence of the Republic of Marovia presents its compliments and wishes to request the support of the Government of Hallgard.

Marovia holds about 900 cluster munitions of three types (air-dropped bombs and two types of artillery projectiles), which must be destroyed before our Article 3 deadline in 2028. Our armed forces have no experience of this work. We would be grateful for technical experts to help us prepare a destruction plan and, if possible, for equipment to set up a small demilitarisation workshop at the Dalmo depot.

Please accept, Excellency, the assurances of our highest consideration.

Brig. Gen. Samir Okonjo-Haddad
Director of Ordnance, Ministry of Defence, Republic of Marovia
""",
)

# =====================================================================
# Article 4 - clearance, survey, marking, risk education
# =====================================================================

add(
    key="cl-en-brevonia-floods",
    topic="clearance", secondary=[], lang="en", hard=False,
    note="newly contaminated land after floods; needs non-technical survey capacity and donor contacts",
    frm=("Joseph Adeyemi-Karlsson", "j.adeyemi@nmaa.brevonia.example"),
    date="2026-03-30 07:58:44 +0100",
    subject="Newly contaminated areas after floods in Ketu province \u2013 request for survey support",
    mua="gmail", cte="quoted-printable", html="auto",
    body="""\
Dear ISU,

Severe flooding in Ketu province in February moved cluster munition remnants from known hazardous areas into farmland and riverbanks downstream. Since mid-March, local authorities have reported 23 unexploded submunitions in places that were never recorded as contaminated, two of them near a primary school.

The National Mine Action Authority needs to carry out non-technical survey of roughly 40 km2 along the river, but our two survey teams are fully committed to the clearance plan in the east. We would be very grateful if the ISU could:

- put us in touch with operators who have conducted post-flood survey elsewhere; and
- let us know which donors might fund two additional survey teams for six months.

A map of the reported finds can be shared on request.

Regards,
Joseph Adeyemi-Karlsson
Operations Manager
National Mine Action Authority of Brevonia
Plot 7, Independence Avenue, Ketu City
Mobile +999 77 410 2291
""",
)

add(
    key="cl-en-dorvan-attachment",
    topic="clearance", secondary=[], lang="en", hard=True,
    note="HARD(attachment_only_hint): bare cover note asking for comments; only the attachment name shows it is a draft Art. 4 extension request",
    frm=("Samuel Otieno-Berg", "s.otieno@dmac.dorvan.example"),
    date="2026-04-21 15:33:12 +0300",
    subject="Document for your review",
    mua="outlook", cte="7bit",
    attachments=["Dorvan_Art4_Extension_Request_draft_v3.docx"],
    body="""\
Dear colleagues,

Please find attached the document for your review. We would appreciate any comments by 15 May.

Kind regards,
Samuel Otieno-Berg
Dorvan Mine Action Centre
""",
)

add(
    key="cl-en-safeground-schools",
    topic="clearance", secondary=[], lang="en", hard=False,
    note="NGO asks for tested risk education materials for primary schools and the relevant standard",
    frm=("Chloe Ramdhani", "chloe.ramdhani@safeground-alliance.example"),
    date="2026-02-24 10:18:36 +0200",
    subject="Risk education materials for primary schools",
    mua="apple", cte="quoted-printable", html="auto",
    body="""\
Hello,

I coordinate the explosive ordnance risk education work of SafeGround Alliance in the western districts of Tavania, where children still account for most cluster munition casualties. The Ministry of Education has agreed to include a risk education session in the primary school curriculum from September and has asked us to propose materials.

Do you know of existing, field-tested risk education materials for children aged 6 to 12 (posters, storybooks, teacher guides) that we could adapt rather than start from scratch? We would also welcome a pointer to the relevant international standard, and contacts in States Parties that have already integrated risk education into schools.

Thanks a lot,

Chloe Ramdhani
Programme Coordinator - Risk Education
SafeGround Alliance, Tavania country office
""",
)

add(
    key="cl-en-ilvane-technical-survey",
    topic="clearance", secondary=["victim_assistance", "reporting"], lang="en", hard=True,
    note="HARD(multi_topic): opens with a victim assistance census and the Art. 7 report; the request is technical survey to release 14 suspected hazardous areas",
    frm=("Faisal Brennan-Aziz", "f.brennan@nmac.ilvane.example"),
    date="2026-05-19 09:02:27 +0500",
    subject="Ilvane \u2013 update and request",
    mua="outlook", cte="quoted-printable", html="auto",
    body="""\
Dear colleagues,

I hope this finds you well. Let me start with a brief update since our meeting in Geneva.

On victim assistance, the Ministry of Social Welfare completed the survivor census in December: 412 cluster munition survivors are now registered, and the first group received assistive devices in January. We are grateful for the advice we received on the census methodology.

Our Article 7 report for 2025 was submitted on 28 April.

Now to our request. In the Sarnak valley, 14 suspected hazardous areas (about 6.2 km2 in total) were recorded in the 1990s on the basis of villagers' accounts. We believe most of this land is not actually contaminated, but without technical survey we cannot release it, and farmers are waiting to plant before the October rains. We need support for technical survey - ideally two teams with detectors and one mechanical asset for about four months - so that we can confirm the real boundaries of contamination and release the rest of the land.

Could the ISU help us find a partner for this?

Best wishes,

Faisal Brennan-Aziz
Director
National Mine Action Centre of Ilvane
""",
)

add(
    key="cl-fr-lemanso-marquage",
    topic="clearance", secondary=[], lang="fr", hard=False,
    note="marking and fencing of contaminated areas near schools: standards and funding for materials",
    frm=("Ousmane Keïta-Lambert", "o.keita@cnd.lemanso.example"),
    date="2026-04-08 11:47:19 +0000",
    subject="Demande d\u2019appui : marquage et clôture de zones contaminées près des écoles",
    mua="outlook", charset="windows-1252", cte="quoted-printable",
    body="""\
Madame, Monsieur,

Le Centre national de déminage (CND) de la République du Lémanso a identifié, lors de l\u2019enquête non technique menée en 2025, onze zones contaminées par des restes d\u2019armes à sous-munitions situées à moins de 500 mètres d\u2019écoles ou de points d\u2019eau dans la préfecture de Bamoro.

En attendant leur dépollution, prévue seulement pour 2028, nous souhaitons les marquer et les clôturer de façon durable afin de réduire les risques pour la population. Nous manquons cependant de panneaux, de piquets et de clôtures, et nos équipes n\u2019ont pas été formées aux normes de marquage en vigueur.

Pourriez-vous nous indiquer les normes internationales applicables au marquage et nous mettre en relation avec des partenaires susceptibles de financer le matériel (environ 4 km de clôture, soit près de 18 000 \u20ac) ?

Dans l\u2019attente de votre retour, je vous prie d\u2019agréer, Madame, Monsieur, mes salutations distinguées.

Ousmane Keïta-Lambert
Directeur des opérations
Centre national de déminage \u2013 BP 318, Lémanso-Centre
Tél. : +999 22 61 40 18
""",
)

add(
    key="cl-fr-marivelle-ent",
    topic="clearance", secondary=[], lang="fr", hard=False,
    note="two-week training for 20 staff in non-technical survey before surveying suspected areas",
    frm=("Fatoumata Diallo-Verger", "f.diallo@cnlam.marivelle.example"),
    date="2026-07-07 09:31:50 +0000",
    subject="Formation d'équipes d'enquête non technique",
    mua="thunderbird", cte="8bit",
    body="""\
Bonjour à toute l'équipe,

La Commission nationale de lutte antimines (CNLAM) de Marivelle souhaite renforcer ses capacités d'enquête non technique avant de lancer le relevé des zones suspectes dans les trois départements du Nord. Nos agents ont une bonne expérience de la dépollution, mais pas de la collecte et de l'analyse d'informations auprès des communautés.

Serait-il possible d'organiser, avec l'appui d'un opérateur ou d'un État partie, une formation d'environ deux semaines pour une vingtaine d'agents, idéalement au premier semestre 2027 ? Nous pouvons prendre en charge les salles et l'hébergement sur place.

Bien cordialement,

--
Fatoumata Diallo-Verger
Cheffe de la cellule Enquêtes et gestion de l'information
Commission nationale de lutte antimines (CNLAM)
République de Marivelle
""",
)

add(
    key="cl-es-tierralta-prorroga",
    topic="clearance", secondary=[], lang="es", hard=False,
    note="preparing an Art. 4 extension request: deadline, structure/template, draft review",
    frm=("Julián Arroyo Centeno", "jarroyo@cacm.tierralta.example"),
    date="2026-03-11 16:22:08 -0500",
    subject="Solicitud de prórroga del plazo del artículo 4",
    mua="outlook", cte="quoted-printable", html="auto",
    body="""\
Estimados colegas:

El plazo de la República de Tierralta para completar la limpieza y destrucción de los restos de municiones en racimo en las zonas bajo su jurisdicción vence el 1 de noviembre de 2027. Con los recursos actuales, calculamos que quedarán por despejar unos 9 km² en los departamentos de Sierra Baja y Cañaveral.

Por ello estamos preparando una solicitud de prórroga conforme al artículo 4, párrafo 5. Agradeceríamos que nos indicaran:

1. la fecha límite para presentarla de modo que pueda examinarse en la Reunión de los Estados Partes de 2026;
2. la estructura recomendada del documento y si existe una plantilla;
3. si la Unidad de Apoyo podría revisar un borrador en junio.

Saludos cordiales,

Julián Arroyo Centeno
Director Técnico
Centro de Acción contra Minas de Tierralta (CACM)
Calle 14 n.º 3-27, Villa del Río
""",
)

add(
    key="cl-es-quillaca-lenguas",
    topic="clearance", secondary=[], lang="es", hard=False,
    note="risk education in an indigenous language and for low-literacy communities; examples and funding",
    frm=("Lucía Mamani Torrez", "lucia.mamani@senderos-seguros.example"),
    date="2026-06-16 08:40:31 -0400",
    subject="Materiales de educación sobre el riesgo en lenguas indígenas",
    mua="gmail", cte="quoted-printable", html="auto", eol="lf",
    body="""\
Hola, buenos días:

Soy coordinadora de proyectos de la Fundación Senderos Seguros, que trabaja en las comunidades rurales del departamento de Altoyungas, en Quillaca, donde aún quedan submuniciones sin estallar de los bombardeos de los años noventa.

Queremos llevar nuestras sesiones de educación sobre el riesgo a las comunidades de habla kallawa, que casi no entienden el castellano. ¿Conocen experiencias de otros países con materiales de educación sobre el riesgo en lenguas indígenas o para poblaciones con bajo nivel de alfabetización? También nos interesaría saber si hay donantes que financien la producción de mensajes para radios comunitarias.

Muchas gracias de antemano,

Lucía Mamani Torrez
Fundación Senderos Seguros - Quillaca
""",
)

add(
    key="cl-es-costavera-residual",
    topic="clearance", secondary=["reporting"], lang="es", hard=True,
    note="HARD(misleading_subject): subject says Art. 7 report; the question is what to do about submunitions found in an area declared clear after Art. 4 completion",
    frm=("Verónica Ruiz-Alarcón", "vruiz@cancilleria.costavera.example"),
    date="2026-04-16 18:02:44 -0500",
    subject="Informe del artículo 7 \u2013 consulta",
    mua="outlook", cte="quoted-printable", html="auto",
    body="""\
Estimados:

Mientras preparábamos el informe anual de transparencia, la Autoridad Nacional de Desminado nos comunicó algo que nos preocupa más que el propio informe. En la provincia de Río Seco, que Costavera declaró libre de restos de municiones en racimo en 2024 al cumplir sus obligaciones del artículo 4, unos campesinos encontraron el mes pasado siete submuniciones sin estallar al arar un terreno.

Nuestra consulta es: ¿qué debe hacer un Estado que ya declaró el cumplimiento del artículo 4 cuando aparece contaminación nueva o residual? ¿Debe reabrir formalmente sus obligaciones, en qué plazo debe despejar la zona y existe alguna decisión de los Estados Partes al respecto? Necesitaríamos además apoyo técnico para el estudio de la zona, ya que los equipos de desminado se desmovilizaron.

Quedo atenta.

Verónica Ruiz-Alarcón
Dirección de Seguridad Internacional
Ministerio de Relaciones Exteriores de Costavera
""",
)

add(
    key="cl-ar-sahlan-farmland",
    topic="clearance", secondary=[], lang="ar", hard=False,
    note="clearance of farmland contaminated with cluster munition remnants: training of deminers and detection equipment",
    frm=("م. خالد سعيد الراشدي", "k.alrashdi@nmap.sahlan.example"),
    date="2026-05-27 10:14:05 +0300",
    subject="طلب دعم لتطهير الأراضي الزراعية من مخلفات الذخائر العنقودية",
    mua="outlook", cte="base64", html="auto",
    body="""\
السادة وحدة دعم تنفيذ اتفاقية الذخائر العنقودية المحترمين،

تحية طيبة وبعد،

يتشرف البرنامج الوطني لنزع الألغام في مملكة سهلان بأن يحيطكم علماً بأن المسح غير التقني الذي أُنجز في عام 2025 قد كشف عن نحو 18 كيلومتراً مربعاً من الأراضي الزراعية الملوثة بمخلفات الذخائر العنقودية في محافظتي الوادي الأخضر والحدباء، وهي أراضٍ يعتمد عليها آلاف المزارعين.

وعملاً بالمادة 4 من الاتفاقية، نرجو منكم مساعدتنا في التواصل مع الدول الأطراف والمنظمات القادرة على تقديم الدعم في مجالين:
1. تدريب فرق إزالة إضافية على التعامل مع الذخائر الصغيرة غير المنفجرة؛
2. توفير أجهزة الكشف ومعدات الحماية الشخصية.

وتفضلوا بقبول فائق الاحترام والتقدير،

م. خالد سعيد الراشدي
مدير العمليات
البرنامج الوطني لنزع الألغام – مملكة سهلان
""",
)

add(
    key="cl-pt-almadora-gestao",
    topic="clearance", secondary=[], lang="pt", hard=False,
    note="information management and land release methodology for 214 suspected hazardous areas",
    frm=("Rita Carvalhal Mendes", "rita.mendes@ind.almadora.example"),
    date="2026-08-04 14:55:21 +0100",
    subject="Pedido de apoio em gestão de informação e libertação de terras",
    mua="outlook", cte="quoted-printable", html="auto",
    body="""\
Exmos. Senhores,

O Instituto Nacional de Desminagem (IND) da República de Almadora concluiu em 2025 o levantamento não técnico das províncias do Sul e registou 214 áreas suspeitas de contaminação por restos de munições de fragmentação.

Temos, no entanto, dificuldades em gerir estes dados: a base de dados nacional está desatualizada e os nossos técnicos não receberam formação sobre a metodologia de libertação de terras (cancelamento, redução e limpeza). Solicitamos, por isso, o apoio da Unidade de Apoio à Implementação para identificar parceiros que possam:

- formar a equipa de gestão de informação do IND;
- apoiar a revisão das normas nacionais de libertação de terras.

Com os melhores cumprimentos,

Rita Carvalhal Mendes
Diretora do Departamento de Operações
Instituto Nacional de Desminagem - República de Almadora
Rua da Liberdade, 45, Porto Almadora
""",
)

# =====================================================================
# Article 5 - victim assistance
# =====================================================================

add(
    key="va-en-ostravel-coordination",
    topic="victim_assistance", secondary=[], lang="en", hard=False,
    note="new national focal point wants examples of a coordination mechanism and a victim assistance action plan",
    frm=("Evelyn Tshabalala-Moore", "e.tshabalala@social.ostravel.example"),
    date="2026-02-12 12:07:33 +0000",
    subject="Setting up a national victim assistance coordination mechanism",
    mua="outlook", cte="quoted-printable", html="auto",
    body="""\
Dear ISU colleagues,

Following the Cabinet decision of 3 February, the Ministry of Social Affairs of Ostravel has been designated as the national focal point for assistance to cluster munition victims. Until now, services for survivors have been provided by several ministries and NGOs without any real coordination.

We would like to set up a coordination mechanism and to draft a national victim assistance action plan linked to our disability strategy. Could you share examples of terms of reference for a national coordination body, and of action plans from States Parties with a similar number of survivors (we estimate about 600)? We would also be interested in a short advisory visit, if that is something the ISU or the coordinators can offer.

Kind regards,

Evelyn Tshabalala-Moore
Director, Disability and Social Inclusion
Ministry of Social Affairs, Kingdom of Ostravel
22 Harbour Street, Ostravel City
""",
)

add(
    key="va-en-survivorsvoice-prosthetics",
    topic="victim_assistance", secondary=[], lang="en", hard=False,
    note="survivors' association needs materials for 60 prostheses and training of a second technician",
    frm=("Daniel Ishaku-Hale", "daniel@survivors-voice-brevonia.example"),
    date="2026-01-19 19:44:10 +0100",
    subject="Prosthetic workshop in Ketu \u2013 funding request",
    mua="gmail", cte="7bit",
    attachments=["Prosthetics_workshop_budget_2026.xlsx"],
    body="""\
Dear Sir/Madam,

Survivors' Voice Brevonia is an association of 180 members, most of whom lost limbs to cluster submunitions. Since 2019 we have run a small orthopaedic workshop in Ketu City with one trained prosthetist, but we have no materials left for this year and a waiting list of 46 people who need a new or replacement prosthesis.

We are looking for support to buy polypropylene sheets and components for about 60 prostheses and to train a second technician. Our budget is attached. Can the ISU help us find a donor or a State Party programme that supports this kind of work?

With many thanks,
Daniel Ishaku-Hale
Chairperson, Survivors' Voice Brevonia
""",
)

add(
    key="va-en-dorvan-fwd-bulletin",
    topic="victim_assistance", secondary=[], lang="en", hard=True,
    note="HARD(enquiry_looks_like_noise): forwarded newsletter with unsubscribe footer; the real question on top is help to start peer support for survivors",
    frm=("Arjun Velasco-Nair", "a.velasco@health.dorvan.example"),
    date="2026-04-10 11:15:02 +0300",
    subject="Fwd: Landmine & Cluster Munition Survivors Bulletin \u2013 Issue 34",
    mua="gmail", cte="quoted-printable", html="auto",
    body="""\
Hello,

Please see item 2 in the bulletin below about the peer support network in Marivelle. Could the ISU put us in touch with the people who set it up? Our Ministry of Health would like to start peer support for survivors and their families in the eastern provinces of Dorvan, and we need advice on training peer supporters and on possible funding.

Thank you,
Arjun Velasco-Nair
Mental Health Unit, Ministry of Health of Dorvan

---------- Forwarded message ---------
From: Survivors Bulletin <bulletin@news.survivorsnet.example>
Date: Thu, 9 Apr 2026 at 07:00
Subject: Landmine & Cluster Munition Survivors Bulletin - Issue 34
To: <a.velasco@health.dorvan.example>

SURVIVORS BULLETIN - ISSUE 34 - APRIL 2026

1. Inclusive employment conference: registration now open
Survivors' organisations from 14 countries will meet in October to share experience of vocational training and job placement. Early registration closes on 31 May.

2. Marivelle: peer support network reaches 300 survivors
Three years after its launch, the network of trained peer supporters in Marivelle visits newly injured people in hospital and accompanies them and their families through rehabilitation. Its founders say the key was training survivors themselves as counsellors.

3. New guidance on maintenance of prosthetic devices
A short guide for rural health posts is now available in English, French and Spanish.

You are receiving this bulletin because you subscribed at survivorsnet.example.
Unsubscribe: https://news.survivorsnet.example/unsubscribe?u=8c1f2e&list=bulletin
Update your preferences: https://news.survivorsnet.example/preferences
""",
)

add(
    key="va-en-estoria-psychosocial-html",
    topic="victim_assistance", secondary=["clearance"], lang="en", hard=False,
    note="HTML-only body; training community health workers in psychological first aid for survivors and families",
    frm=("Dr. Mireille Osei-Lindqvist", "m.osei@health.estoria.example"),
    date="2026-06-22 13:49:57 +0100",
    subject="Psychosocial support for survivors in the Orlen Hills region",
    mua="outlook", html_only=True, cte="quoted-printable",
    body="",
    html="""\
<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
<p class="MsoNormal">Dear Implementation Support Unit,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The Ministry of Health of Estoria is developing a programme of psychological and psychosocial support for cluster munition survivors, their families and affected communities in the Orlen Hills region, where clearance is still under way and new accidents were reported last year.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Many survivors in this region were injured as children and have never received any mental health care; our specialised services exist only in the capital. We would like to train community health workers in psychological first aid and referral.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Could you let us know whether any State Party or organisation could support such training, and whether there are examples of community-based psychosocial programmes for survivors that we could learn from?</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Best regards,</p>
<p class="MsoNormal"><b>Dr. Mireille Osei-Lindqvist</b><br>
Head of Mental Health Services<br>
Ministry of Health, Republic of Estoria<br>
<span style="color:#7F7F7F">Tel. +999 31 554 0920</span></p>
</div>
</body>
</html>
""",
)

add(
    key="va-en-veltrana-needs-assessment",
    topic="victim_assistance", secondary=[], lang="en", hard=False,
    note="long polite preamble from a Permanent Mission; asks for methodology for a national needs assessment of victims",
    frm=("Nadia Kovačić-Ombati", "n.kovacic@mission-geneva.veltrana.example"),
    date="2026-09-29 10:26:14 +0200",
    subject="Needs assessment of cluster munition victims \u2013 request for guidance",
    mua="outlook", cte="quoted-printable", html="auto",
    cc=[("Ministry of Labour and Social Protection", "international@mlsp.veltrana.example")],
    body="""\
Dear colleagues,

Allow me first of all to thank the Implementation Support Unit, on behalf of the Permanent Mission of the Republic of Veltrana, for the excellent support provided to our delegation during the recent Meeting of States Parties, and to congratulate the Presidency on its successful conclusion. My capital has asked me to convey its appreciation for the ISU's continued engagement with Veltrana and to reiterate our commitment to the full implementation of the Convention and of the Lausanne Action Plan.

It is in that spirit that I am writing on behalf of the Ministry of Labour and Social Protection, which is copied. Veltrana does not yet have reliable data on the number of cluster munition victims, where they live or what they need. The Ministry intends to carry out a national needs assessment in 2027, covering survivors, affected families and communities, and to use the results to include survivors in the national disability registry.

We would be grateful for guidance on methodology: questionnaires used elsewhere, how to disaggregate data by sex, age and type of disability, and how to protect the personal data collected. Examples from other States Parties would be most welcome.

Please accept, dear colleagues, the assurances of my highest consideration.

Nadia Kovačić-Ombati
First Secretary
Permanent Mission of the Republic of Veltrana to the United Nations Office and other international organisations in Geneva
""",
)

add(
    key="va-fr-korandi-reeducation",
    topic="victim_assistance", secondary=[], lang="fr", hard=False,
    note="orthopaedic and rehabilitation centre needs training of physiotherapists and equipment",
    frm=("Dr Mariam Sow-Kessler", "m.sow@sante.korandi.example"),
    date="2026-02-03 15:12:45 +0100",
    subject="Appui au centre d'appareillage orthopédique de Tessali",
    mua="outlook", cte="quoted-printable", html="auto",
    body="""\
Madame, Monsieur,

Le Centre national d'appareillage orthopédique et de rééducation fonctionnelle de Tessali est le seul établissement du pays en mesure de prendre en charge les victimes amputées à la suite d'accidents causés par des sous-munitions. Depuis le départ de deux de nos trois kinésithérapeutes, les délais d'attente dépassent huit mois.

Le Ministère de la Santé publique sollicite votre appui pour :
- la formation de quatre kinésithérapeutes et de deux techniciens orthoprothésistes ;
- l'acquisition de matériel de rééducation (barres parallèles, tapis, aides à la marche).

Nous vous serions reconnaissants de toute mise en relation avec des partenaires techniques ou financiers.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Dr Mariam Sow-Kessler
Directrice de la réadaptation
Ministère de la Santé publique - République de Korandi

""" + DISCLAIMER_FR + "\n",
)

add(
    key="va-fr-marivelle-microcredit",
    topic="victim_assistance", secondary=["reporting"], lang="fr", hard=True,
    note="HARD(misleading_subject,base64_body): reply in a thread about the annual report (quoted); the new question is examples of micro-credit and vocational programmes for survivors",
    frm=("Jean-Baptiste Ravelo", "jb.ravelo@solidarite.marivelle.example"),
    date="2026-05-05 09:37:18 +0000",
    subject="RE: Rapport annuel \u2013 questions sur les formulaires",
    cc=[("Carmen Ortiz", "c.ortiz@ccm-isu.example")],
    in_reply_to="<VI1PR03MB4480C2A91E0D7F35B61C8E2A9C3D1@VI1PR03MB4480.ccm-isu.example>",
    mua="outlook", cte="base64",
    body="""\
Bonjour Madame Ortiz,

Merci pour vos explications ci-dessous : notre rapport a pu être transmis dans les délais.

Je profite de cet échange pour vous poser une autre question, qui concerne cette fois notre programme. Le Ministère de la Solidarité nationale souhaite lancer l'an prochain un dispositif de microcrédit et de formation professionnelle pour les survivants d'armes à sous-munitions et les familles des victimes, afin de favoriser leur autonomie économique. Connaissez-vous des États parties ou des organisations qui ont mis en place ce type de programme d'inclusion socio-économique ? Nous aimerions en connaître les résultats et, si possible, échanger avec les responsables.

Bien à vous,

Jean-Baptiste Ravelo
Chargé de programme, Direction de la protection sociale
Ministère de la Solidarité nationale, République de Marivelle

De : Carmen Ortiz <c.ortiz@ccm-isu.example>
Envoyé : mardi 14 avril 2026 10:21
À : Jean-Baptiste Ravelo <jb.ravelo@solidarite.marivelle.example>
Objet : RE: Rapport annuel - questions sur les formulaires

Bonjour Monsieur Ravelo,

Pour les formulaires dont le contenu n'a pas changé depuis l'an dernier, vous pouvez indiquer « pas de changement » et renvoyer au rapport précédent. La page de couverture doit simplement indiquer le point de contact ; une signature n'est pas exigée. Le rapport doit parvenir au plus tard le 30 avril.

Cordialement,
Carmen Ortiz
""",
)

add(
    key="va-es-quillaca-educacion",
    topic="victim_assistance", secondary=[], lang="es", hard=False,
    note="inclusive education and scholarships for child survivors and children of victims",
    frm=("Rosa Quispe Lanza", "presidencia@red-sobrevivientes-quillaca.example"),
    date="2026-03-04 20:11:39 -0400",
    subject="Consulta: educación inclusiva para niñas y niños sobrevivientes",
    mua="gmail", cte="8bit", eol="lf",
    body="""\
Estimada Unidad de Apoyo:

Le escribe la presidenta de la Red de Sobrevivientes de Quillaca. Nuestra red agrupa a 95 personas sobrevivientes de municiones en racimo y a sus familias, en su mayoría del área rural de Altoyungas.

Entre nuestros miembros hay 23 niñas y niños sobrevivientes y muchos hijos de víctimas fallecidas. Varios han dejado la escuela porque los locales no son accesibles para quien usa muletas o silla de ruedas, o porque las familias no pueden pagar el transporte. ¿Conocen programas de becas o de educación inclusiva para niños sobrevivientes en otros Estados Partes? ¿Podrían ayudarnos a presentar esta necesidad al Ministerio de Educación y a posibles financiadores?

Con mucho cariño y agradecimiento,

Rosa Quispe Lanza
Presidenta - Red de Sobrevivientes de Quillaca
Cel. +999 7 551 2030
""",
)

add(
    key="va-es-quillaca-attachment",
    topic="victim_assistance", secondary=[], lang="es", hard=True,
    note="HARD(attachment_only_hint): bare cover note asking for comments; only the attachment name shows it is a survivors' needs assessment",
    frm=("Andrés Villca Soria", "avillca@salud.quillaca.example"),
    date="2026-07-21 17:48:03 -0400",
    subject="Envío de documento",
    mua="outlook", cte="quoted-printable",
    attachments=["Evaluacion_necesidades_sobrevivientes_Quillaca_2026.pdf"],
    body="""\
Buenas tardes,

Adjunto el documento para su consideración y comentarios.

Atentamente,
Andrés Villca Soria
""",
)

add(
    key="va-ar-ramaliya-rehab",
    topic="victim_assistance", secondary=[], lang="ar", hard=False,
    note="mobile rehabilitation and prosthetics unit, and psychosocial support training, for over 350 survivors",
    frm=("د. ليلى النعيمي", "l.alnuaimi@moh.ramaliya.example"),
    date="2026-08-18 11:30:40 +0300",
    subject="طلب مساعدة في مجال إعادة التأهيل والدعم النفسي لضحايا الذخائر العنقودية",
    mua="gmail", cte="quoted-printable", html="auto",
    body="""\
السادة في وحدة دعم تنفيذ اتفاقية الذخائر العنقودية،

تحية طيبة وبعد،

تود وزارة الصحة في جمهورية الرمالية أن تعرض عليكم حاجتها الملحّة إلى الدعم في مجال مساعدة الضحايا وفقاً للمادة 5 من الاتفاقية. فلدينا أكثر من 350 ناجياً من الذخائر العنقودية، يعيش معظمهم في المناطق الريفية الشمالية، ولا يوجد في البلاد سوى مركز واحد لتركيب الأطراف الاصطناعية.

نأمل أن تساعدونا في إيجاد شركاء لدعم:
- إنشاء وحدة متنقلة لإعادة التأهيل وتركيب الأطراف الاصطناعية؛
- تدريب كوادر محلية على تقديم الدعم النفسي والاجتماعي للناجين وأسرهم.

مع خالص الشكر والتقدير،

د. ليلى عبد الرحمن النعيمي
مديرة إدارة التأهيل الصحي
وزارة الصحة – جمهورية الرمالية
""",
)

add(
    key="va-pt-serrafina-plano",
    topic="victim_assistance", secondary=[], lang="pt", hard=False,
    note="asks for an expert to review whether the draft national disability plan covers Art. 5 obligations to survivors",
    frm=("Helena Bettencourt Sousa", "helena.sousa@inclusao.serrafina.example"),
    date="2026-10-06 15:04:29 +0000",
    subject="Plano Nacional para a Deficiência e vítimas de munições de fragmentação",
    mua="outlook", cte="quoted-printable", html="auto",
    body="""\
Exmos. Senhores,

A Secretaria de Estado para a Inclusão da República de Serrafina está a finalizar o Plano Nacional para a Deficiência 2027-2031. Tendo em conta as obrigações do artigo 5.º da Convenção, queremos garantir que o plano responde também às necessidades dos sobreviventes de munições de fragmentação e das suas famílias, em particular no acesso à reabilitação, ao emprego e ao apoio psicológico.

Seria possível a Unidade de Apoio à Implementação, ou um perito por ela indicado, analisar o capítulo do projeto relativo às vítimas e sugerir melhorias? Também nos seriam úteis exemplos de outros Estados Partes que integraram a assistência às vítimas nos seus planos para a deficiência.

Com os melhores cumprimentos,

Helena Bettencourt Sousa
Diretora de Serviços de Políticas de Inclusão
Secretaria de Estado para a Inclusão - República de Serrafina
""",
)

# =====================================================================
# Article 7 - transparency reports
# =====================================================================

add(
    key="rp-en-estoria-deadline",
    topic="reporting", secondary=[], lang="en", hard=False,
    note="new desk officer: annual report deadline, forms in Word, simplified format",
    frm=("Kwame Halloran", "k.halloran@mfa.estoria.example"),
    date="2026-02-05 10:41:07 +0000",
    subject="Article 7 annual report \u2013 deadline and forms",
    mua="outlook", cte="7bit", html="auto",
    body="""\
Dear ISU,

I have recently taken over the CCM file at the Ministry of Foreign Affairs of Estoria from my colleague Ms. Petrova, who has retired.

Could you please confirm the deadline for our annual Article 7 transparency report covering calendar year 2025, and send me the current reporting forms in Word format? I was also told that there is a simplified or shorter format for States with no stockpiles and no contaminated areas - does this apply to us, and where can I find it?

Many thanks,

Kwame Halloran
Desk Officer, Conventional Arms
Ministry of Foreign Affairs of Estoria
""",
)

add(
    key="rp-en-pelorus-initial",
    topic="reporting", secondary=[], lang="en", hard=False,
    note="asks the ISU to check a draft initial Art. 7 report before official submission",
    frm=("Leota Fenwick-Amadi", "l.fenwick@mfat.pelorus.example"),
    date="2026-04-02 09:18:50 +1200",
    subject="Draft initial transparency report \u2013 Pelorus",
    mua="outlook", cte="quoted-printable", html="auto",
    attachments=["Pelorus_Initial_Art7_Report_DRAFT.docx"],
    body="""\
Dear colleagues,

As you know, the Convention entered into force for Pelorus on 1 November 2025, so our initial report under Article 7 is due by the end of April 2026.

Please find attached our draft. Before we submit it officially to the Secretary-General, we would be grateful if the ISU could check whether all the forms are complete, and whether we have understood correctly that, as a State with no stockpiles and no contaminated areas, we should still fill in every form, with "not applicable" where relevant.

Kind regards,

Leota Fenwick-Amadi
Legal Officer, Treaties and International Law Division
Ministry of Foreign Affairs and Trade of Pelorus
""",
)

add(
    key="rp-en-brevonia-figures",
    topic="reporting", secondary=["clearance", "victim_assistance", "stockpile_destruction"], lang="en", hard=True,
    note="HARD(multi_topic): full of clearance and victim assistance figures; every question is about how to present them in the Art. 7 report forms",
    frm=("Grace Oduya", "g.oduya@nmaa.brevonia.example"),
    date="2026-04-09 14:36:22 +0100",
    subject="Clearance and victim assistance figures 2025",
    mua="gmail", cte="quoted-printable", html="auto",
    body="""\
Dear ISU,

Over the past year Brevonia released 11.4 km2 of land: 7.9 km2 cancelled through non-technical survey, 2.1 km2 reduced through technical survey and 1.4 km2 cleared, with 3,806 submunitions destroyed. In parallel, our victim assistance programme registered 57 new survivors and provided rehabilitation services to 212 people.

We are now entering these figures into our annual Article 7 report and are unsure how to present them:

1. Should land cancelled through non-technical survey be shown separately from land cleared in the form on contaminated areas, or is only the total required?
2. Should the submunitions destroyed during clearance also appear in the form on stockpile destruction?
3. For victim assistance, is it acceptable to refer to the annex of our national disability plan instead of repeating the figures?

A short answer on each point would help us submit before 30 April.

Thank you,
Grace Oduya
Information Management Officer
National Mine Action Authority of Brevonia
""",
)

add(
    key="rp-en-kessaria-late",
    topic="reporting", secondary=[], lang="en", hard=False,
    note="short: missed the 30 April deadline, can the report still be submitted and to whom",
    frm=("Ali Rahimov-Smith", "a.rahimov@mfa.kessaria.example"),
    date="2026-05-14 08:03:11 +0400",
    subject="late report",
    mua="gmail", cte="7bit", eol="lf",
    body="""\
Hi,

We missed the 30 April deadline for our annual report this year (change of government). Can we still submit it, and should it go to UNODA or to you?

Thanks
Ali

Sent from my phone
""",
)

add(
    key="rp-en-tavania-reply-ack",
    topic="reporting", secondary=["stockpile_destruction"], lang="en", hard=True,
    note="HARD(reply_to_ack): reply to an intake acknowledgement sending a corrected Form B of the Art. 7 report (stock figures)",
    frm=("Sunniva Okafor-Dahl", "s.okafor@mfa.tavania.example"),
    date="2026-04-22 16:12:39 +0200",
    subject="Re: [CCM-2026-0099] Acknowledgement: Corrected Form B",
    in_reply_to="<177681420512.31877.1204311@ccm-isu.example>",
    references="<a3f1c0d2-7e59-4b1e-9d62-52f0e1b7c8aa@mfa.tavania.example> <177681420512.31877.1204311@ccm-isu.example>",
    mua="thunderbird", cte="quoted-printable",
    attachments=["Form_B_2026_corrected_v2.xlsx"],
    body="""\
Dear colleagues,

Further to my message of last week: please use the attached version instead. The figures for the 155 mm projectiles in the earlier file were those of 2024, not 2025. Apologies for the confusion.

Best regards,
Sunniva Okafor-Dahl
Ministry of Foreign Affairs of Tavania

On 15/04/2026 09:30, CCM Implementation Support Unit wrote:
> [CCM-2026-0099] Your message has been received.
>
> Topic as understood: Transparency reports (Article 7)
> It has been passed to the coordinator on transparency measures, with the
> Implementation Support Unit in copy.
>
> To add information, reply to this message and keep the reference in the
> subject.
""",
)

add(
    key="rp-fr-marivelle-inchanges",
    topic="reporting", secondary=[], lang="fr", hard=False,
    note="first annual report after the initial report: can unchanged forms say 'no change'; French reporting guide",
    frm=("Sylvie Ndong-Marchetti", "s.ndong@diplomatie.marivelle.example"),
    date="2026-03-17 11:22:05 +0000",
    subject="Rapport annuel au titre de l'article 7 \u2013 formulaires inchangés",
    mua="outlook", cte="quoted-printable", html="auto",
    body="""\
Bonjour,

La République de Marivelle a soumis son rapport initial en 2025. Nous préparons à présent notre premier rapport annuel, qui doit être remis avant le 30 avril.

Comme la situation n'a pratiquement pas évolué depuis le rapport initial, nous aimerions savoir s'il est possible d'indiquer simplement « pas de changement » dans les formulaires concernés, ou s'il faut reprendre l'ensemble des informations. Par ailleurs, existe-t-il une version française du guide pour l'établissement des rapports ?

Avec nos remerciements anticipés,

Sylvie Ndong-Marchetti
Direction des Nations Unies et des Organisations internationales
Ministère des Affaires étrangères et de la Coopération, Marivelle
""",
)

add(
    key="rp-fr-korandi-periode",
    topic="reporting", secondary=["stockpile_destruction"], lang="fr", hard=False,
    note="period covered by the annual report and how to submit a corrected version of last year's report",
    frm=("Pascal Ebongué", "p.ebongue@mae.korandi.example"),
    date="2026-02-26 08:55:43 +0100",
    subject="Rapport de transparence : période couverte et corrections après soumission",
    subject_charset="iso-8859-1",
    mua="outlook", charset="iso-8859-1", cte="quoted-printable",
    body="""\
Madame, Monsieur,

Deux questions concernant notre rapport de transparence au titre de l'article 7 :

1. Le rapport à soumettre avant le 30 avril 2026 doit-il couvrir l'année civile 2025 uniquement, ou toute la période écoulée depuis notre dernier rapport (soumis en juin 2025) ?

2. Nous avons constaté une erreur dans le rapport de l'année dernière (nombre de sous-munitions conservées à des fins de formation). Comment faire parvenir une version corrigée, et celle-ci remplacera-t-elle la version publiée ?

Je vous remercie par avance de votre réponse.

Pascal Ebongué
Sous-directeur du Désarmement
Ministère des Affaires étrangères - République de Korandi
""",
)

add(
    key="rp-fr-tandoulie-transmission",
    topic="reporting", secondary=[], lang="fr", hard=False,
    note="formal note from a Permanent Mission: electronic submission, signature of the cover page, language of the annual report",
    frm=("Mission permanente de la République de Tandoulie", "mission.geneve@diplo.tandoulie.example"),
    date="2026-03-09 14:10:26 +0100",
    subject="Modalités de transmission du rapport annuel (article 7)",
    mua="webmail", cte="quoted-printable", html="auto",
    body="""\
Madame, Monsieur,

La Mission permanente de la République de Tandoulie auprès de l'Office des Nations Unies à Genève présente ses compliments à l'Unité d'appui à l'application de la Convention sur les armes à sous-munitions et a l'honneur de solliciter des précisions sur les modalités de transmission du rapport annuel prévu à l'article 7.

Notre capitale souhaiterait savoir :
- si le rapport peut être transmis uniquement par voie électronique, et à quelle adresse ;
- si la page de couverture doit porter une signature manuscrite et le cachet du Ministère ;
- si le rapport peut être soumis en français seulement.

La Mission permanente saisit cette occasion pour renouveler à l'Unité d'appui l'assurance de sa haute considération.

Hélène Kouassi-Barbier
Première secrétaire
Mission permanente de la République de Tandoulie, Genève
""",
)

add(
    key="rp-es-montelindo-taller",
    topic="reporting", secondary=[], lang="es", hard=False,
    note="one-day workshop for ministry focal points on collecting information for the Art. 7 report",
    frm=("Paula Gaitán Ferrer", "pgaitan@cancilleria.montelindo.example"),
    date="2026-06-25 10:03:58 -0600",
    subject="Solicitud de taller sobre la elaboración del informe de transparencia",
    mua="outlook", cte="quoted-printable", html="auto",
    body="""\
Estimados señores:

La Dirección de Asuntos Multilaterales de la Cancillería de Montelindo tiene a su cargo la coordinación del informe anual previsto en el artículo 7. Cada año tenemos dificultades para reunir a tiempo la información de los distintos ministerios (Defensa, Salud, Desarrollo Social y Justicia) y el informe termina presentándose con retraso e incompleto.

Quisiéramos saber si la Unidad de Apoyo podría impartir, de forma presencial o en línea, un taller de un día para los puntos focales de estos ministerios sobre qué información debe incluirse en cada formulario y cómo recopilarla. El taller podría celebrarse en octubre o noviembre.

Les saluda atentamente,

Paula Gaitán Ferrer
Directora Adjunta de Asuntos Multilaterales
Ministerio de Relaciones Exteriores de Montelindo

""" + DISCLAIMER_ES + "\n",
)

add(
    key="rp-es-tierralta-fwd-attached",
    topic="reporting", secondary=["stockpile_destruction"], lang="es", hard=True,
    note="HARD(forwarded_as_attachment): bare forwarding note; the attached message asks in which Art. 7 form to declare retained and transferred submunitions",
    frm=("Héctor Lozano Prado", "hlozano@mision-ginebra.tierralta.example"),
    date="2026-03-23 12:44:17 +0100",
    subject="RV: Consulta de Cancillería",
    mua="outlook", cte="quoted-printable",
    body="""\
Estimados colegas:

Les reenvío adjunto un mensaje de nuestra Cancillería. Agradeceríamos su orientación para poder responder a la capital antes del viernes.

Saludos,

Héctor Lozano Prado
Consejero
Misión Permanente de Tierralta ante la Oficina de las Naciones Unidas en Ginebra
""",
    inner=dict(
        frm=("Dirección de Seguridad Internacional", "dsi@cancilleria.tierralta.example"),
        to=("Héctor Lozano Prado", "hlozano@mision-ginebra.tierralta.example"),
        date="2026-03-20 17:09:52 -0500",
        subject="Consulta sobre el informe del artículo 7",
        mua="outlook", cte="quoted-printable",
        body="""\
Estimado Héctor:

El Ministerio de Defensa nos informa de que en 2025 entregó 200 submuniciones a la Escuela de Desminado para entrenamiento y de que otras 1.500 se enviaron a un Estado vecino para su destrucción.

Necesitamos saber en qué formulario del informe del artículo 7 deben declararse estas cantidades (submuniciones conservadas para formación y transferidas para su destrucción) y con qué nivel de detalle (tipo, lote, destino). Por favor, consúltalo con la Unidad de Apoyo.

Saludos,

Inés Carrasco Villalba
Directora de Seguridad Internacional
Ministerio de Relaciones Exteriores de Tierralta
""",
    ),
)

add(
    key="rp-ru-zarechia-forms",
    topic="reporting", secondary=[], lang="ru", hard=False,
    note="asks for the Art. 7 report forms and guide in Russian and whether the report may be submitted in Russian",
    frm=("Лебедева Анна Сергеевна", "a.lebedeva@mid.zarechia.example"),
    date="2026-01-22 13:17:31 +0300",
    subject="Формы доклада по статье 7 на русском языке",
    mua="outlook", cte="base64",
    body="""\
Уважаемые коллеги,

Министерство иностранных дел Республики Заречия готовит свой первый ежегодный доклад о мерах транспарентности в соответствии со статьёй 7 Конвенции по кассетным боеприпасам.

Просим сообщить, существуют ли формы доклада (формы A–J) и руководство по их заполнению на русском языке, и если да, направить их нам. Кроме того, просим уточнить, допускается ли представление доклада на русском языке или его необходимо перевести на английский.

С уважением,
А. С. Лебедева
Советник Департамента по вопросам безопасности и разоружения
Министерство иностранных дел Республики Заречия
""",
)

# =====================================================================
# Article 9 - national implementation measures
# =====================================================================

add(
    key="lg-en-pelorus-model",
    topic="legislation", secondary=["reporting"], lang="en", hard=False,
    note="model implementing law for a small State without stockpiles; penal sanctions and customs powers",
    frm=("Tevita Langi-Morrow", "t.langi@agc.pelorus.example"),
    date="2026-02-16 15:50:12 +1200",
    subject="Model legislation for a small State Party without stockpiles",
    mua="outlook", cte="7bit", html="auto",
    body="""\
Dear ISU,

Pelorus became a State Party last year (our Foreign Ministry is taking care of the initial report). My office at the Attorney-General's Chambers has now been asked to prepare the national implementation legislation required under Article 9.

Pelorus has never possessed cluster munitions, has no armed forces and no contaminated land. Is there a model law or a simplified legislative template for small States in this situation? We would also appreciate examples from other small island States, particularly on penal sanctions and on the powers of customs officers to seize cluster munitions in transit through our ports.

With thanks,

Tevita Langi-Morrow
Senior Legislative Drafter
Attorney-General's Chambers, Pelorus
Government Building, Level 3, Nuku Bay
""",
)

add(
    key="lg-en-veltrana-bill",
    topic="legislation", secondary=[], lang="en", hard=False,
    note="parliamentary committee asks for written comments on the draft implementing bill (offences, exceptions, investment)",
    frm=("Greta Solheim-Abara", "g.solheim@parliament.veltrana.example"),
    date="2026-05-20 11:35:44 +0200",
    subject="Request for comments on the draft Cluster Munitions (Prohibition) Bill",
    mua="outlook", cte="quoted-printable", html="auto",
    attachments=["Veltrana_Cluster_Munitions_Prohibition_Bill_2026.pdf"],
    body="""\
Dear colleagues,

I am the clerk of the Foreign Affairs and Defence Committee of the National Assembly of Veltrana. The Committee will examine the Government's Cluster Munitions (Prohibition) Bill at second reading on 23 June.

Members have asked whether the Bill fully implements the Convention, in particular:

- section 4 (offences and penalties), which sets a maximum penalty of five years' imprisonment;
- section 7 (exceptions for retention and transfer for training and destruction);
- the absence of any provision on investment in companies producing cluster munitions.

Could the ISU, or an expert it recommends, review the attached Bill and send brief written comments before 10 June?

Yours faithfully,

Greta Solheim-Abara
Committee Clerk
National Assembly of Veltrana
Parliament Buildings, Veltrana City
""",
)

add(
    key="lg-en-ostravel-schedule",
    topic="legislation", secondary=["stockpile_destruction", "reporting"], lang="en", hard=True,
    note="HARD(multi_topic): background on completed stockpile destruction and Art. 7 reports; asks whether a ministerial schedule under an existing act is an adequate Art. 9 measure",
    frm=("Dr. Amara Lindgren-Osei", "a.lindgren@mfa.ostravel.example"),
    date="2026-06-09 09:24:51 +0000",
    subject="Ostravel \u2013 implementation status",
    mua="outlook", cte="quoted-printable", html="auto",
    body="""\
Dear colleagues,

Ostravel completed the destruction of its last stockpiled cluster munitions in 2022 and has submitted every Article 7 report on time since then. We are now reviewing what remains to be done.

Our Weapons and Explosives Act of 2011 already prohibits the possession of "prohibited weapons" listed in a ministerial schedule, and cluster munitions were added to that schedule in 2013. The Ministry of Justice considers this sufficient as a national implementation measure under Article 9, but the legal service of our Parliament disagrees, because the schedule does not cover assistance, encouragement or inducement, and the only penalty is an administrative fine.

Is a ministerial schedule of this kind generally considered adequate? Would you recommend a dedicated law with penal sanctions, and can you point us to States Parties that moved from a regulatory approach to a specific statute?

Best regards,

Dr. Amara Lindgren-Osei
Legal Adviser
Ministry of Foreign Affairs of Ostravel
""",
)

add(
    key="lg-en-dorvan-followup",
    topic="legislation", secondary=["stockpile_destruction"], lang="en", hard=True,
    note="HARD(misleading_subject): subject, opening and quoted mail are about stockpile destruction (now completed); the questions are on drafting the Art. 9 implementing law",
    frm=("Caspian Reyes-Holm", "c.reyes@defence.dorvan.example"),
    date="2026-04-07 10:58:06 +0300",
    subject="RE: Dorvan stockpile destruction \u2013 follow-up",
    cc=[("Lena Hartwig", "l.hartwig@ccm-isu.example")],
    in_reply_to="<PR3PR02MB6124E0A4B1C2D3E4F5061728394A5B@PR3PR02MB6124.ccm-isu.example>",
    mua="outlook", cte="quoted-printable", html="auto",
    body="""\
Dear Lena,

Good news first: the last batch was destroyed on 2 April, so our Article 3 work is done, and the certificate of destruction is on its way to you.

Now that the stockpile file is closed, the Ministry of Justice has started drafting the implementing law and has asked me to pass on two questions:

1. Should the law make it an offence for Dorvan nationals to assist or encourage prohibited activities abroad, i.e. should it apply extraterritorially?
2. Is it common to include a prohibition on financing or investing in producers, and if so, is that done in the same law or in financial regulation?

Any examples of laws you could share would be very welcome.

Regards,
Caspian

Caspian Reyes-Holm
Head, Arms Control Verification Unit
Ministry of Defence of Dorvan

-----Original Message-----
From: Lena Hartwig <l.hartwig@ccm-isu.example>
Sent: Thursday, 12 March 2026 17:40
To: Caspian Reyes-Holm <c.reyes@defence.dorvan.example>
Subject: RE: Dorvan stockpile destruction - follow-up

Dear Caspian,

Thank you for the updated destruction schedule. Please let us know once the last batch has been destroyed so that the Presidency can be informed ahead of the intersessional meetings.

Best,
Lena
""",
)

add(
    key="lg-en-kessaria-interoperability",
    topic="legislation", secondary=[], lang="en", hard=False,
    note="how other States worded the joint-operations (Art. 21) clause and foreign stockpiling in their implementing law",
    frm=("Lt Cdr Miriam Adebayo-Frost", "m.adebayo@legal.kdf.kessaria.example"),
    date="2026-08-26 13:13:13 +0400",
    subject="Wording of the joint-operations clause in our implementing law",
    mua="outlook", cte="quoted-printable", html="auto",
    body="""\
Dear Sir or Madam,

The Legal Services Directorate of the Kessarian Defence Force is contributing to the draft law implementing the Convention on Cluster Munitions, which the Ministry of Justice intends to table in Parliament this autumn.

Our personnel regularly take part in multinational exercises and peacekeeping operations alongside the forces of States that are not party to the Convention. The current draft reproduces Article 21 word for word, but the drafters are unsure whether the law should say more: for example, whether Kessarian officers may plan joint operations in which an ally might use cluster munitions, or whether the storage of such munitions by a foreign force on Kessarian territory must be prohibited expressly.

We would be grateful for examples of how other States Parties have dealt with these points in their national legislation.

Respectfully,

Lieutenant Commander Miriam Adebayo-Frost
Legal Services Directorate
Kessarian Defence Force

""" + DISCLAIMER_EN + "\n",
)

add(
    key="lg-fr-tandoulie-atelier",
    topic="legislation", secondary=[], lang="fr", hard=False,
    note="technical assistance (legal drafting workshop, model law in French) for the Art. 9 implementing law",
    frm=("Clarisse Ondo-Fournier", "c.ondo@justice.tandoulie.example"),
    date="2026-04-28 16:40:09 +0100",
    subject="Assistance technique pour l'élaboration de la loi nationale de mise en œuvre",
    mua="outlook", cte="quoted-printable", html="auto",
    body="""\
Madame, Monsieur,

La République de Tandoulie a adhéré à la Convention en 2024 et ne dispose pas encore de législation nationale de mise en œuvre au sens de l'article 9.

Le Ministère de la Justice a constitué un groupe de travail chargé de rédiger un avant-projet de loi, mais ses membres connaissent encore mal la Convention. Nous souhaiterions bénéficier d'une assistance technique sous la forme d'un atelier juridique de deux jours à Tandoulie-Ville, éventuellement en partenariat avec le CICR, ainsi que de tout modèle de loi disponible en français.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Clarisse Ondo-Fournier
Directrice des Affaires pénales et des Grâces
Ministère de la Justice, République de Tandoulie
""",
)

add(
    key="lg-fr-korandi-fwd-peines",
    topic="legislation", secondary=[], lang="fr", hard=True,
    note="HARD(forwarded_chain): top note only says 'for action'; the question (penalty levels in the draft implementing law) is in the forwarded message from the capital",
    frm=("Rémi Tchibinda", "r.tchibinda@mission-geneve.korandi.example"),
    date="2026-06-09 09:12:35 +0200",
    subject="TR: Projet de loi \u2013 sanctions pénales",
    mua="outlook", cte="quoted-printable", html="auto",
    body="""\
Bonjour,

Pour suite à donner, voir le message de la capitale ci-dessous. Merci de me mettre en copie de votre réponse.

Cordialement,

Rémi Tchibinda
Premier conseiller
Mission permanente de la République de Korandi à Genève

-----Message d'origine-----
De : Direction des Affaires juridiques <daj@mae.korandi.example>
Envoyé : lundi 8 juin 2026 16:47
À : Rémi Tchibinda <r.tchibinda@mission-geneve.korandi.example>
Objet : Projet de loi - sanctions pénales

Monsieur le Premier conseiller,

Le projet de loi portant mise en œuvre de la Convention sur les armes à sous-munitions est en cours d'examen au Secrétariat général du Gouvernement. Celui-ci s'interroge sur le quantum des peines : le texte prévoit actuellement une peine de deux à cinq ans d'emprisonnement pour l'emploi, la fabrication et le transfert d'armes à sous-munitions, ce que certains jugent insuffisant au regard des peines prévues pour les armes chimiques (dix à vingt ans).

Nous vous serions reconnaissants de bien vouloir consulter l'Unité d'appui à l'application afin de savoir quelles peines ont été retenues par d'autres États parties, notamment francophones, et s'il existe une recommandation en la matière.

Le Directeur des Affaires juridiques
""",
)

add(
    key="lg-es-montelindo-tipificacion",
    topic="legislation", secondary=[], lang="es", hard=False,
    note="whether to create specific criminal offences in the implementing law; examples from Spanish-speaking States",
    frm=("Ximena Ocampo Luján", "xocampo@minjusticia.montelindo.example"),
    date="2026-07-15 11:27:48 -0600",
    subject="Consulta sobre tipificación penal en la ley de aplicación",
    mua="outlook", cte="quoted-printable", html="auto",
    body="""\
Estimados colegas:

La Oficina de Asesoría Jurídica del Ministerio de Justicia de Montelindo está elaborando el anteproyecto de ley de aplicación de la Convención sobre Municiones en Racimo, conforme al artículo 9.

Tenemos dudas sobre dos puntos: si basta con remitir al Código Penal vigente, que ya sanciona la tenencia ilegal de armas de guerra, o si conviene crear tipos penales específicos para el empleo, desarrollo, producción, adquisición, almacenamiento, conservación y transferencia de municiones en racimo; y cómo tipificar la "asistencia, estímulo o inducción". ¿Podrían facilitarnos ejemplos de leyes de aplicación de otros Estados Partes de habla hispana?

Atentamente,

Ximena Ocampo Luján
Asesora Jurídica Principal
Ministerio de Justicia y Derechos Humanos de Montelindo
""",
)

add(
    key="lg-es-sierraclara-autoridad-html",
    topic="legislation", secondary=[], lang="es", hard=False,
    note="HTML-only body; parliament asks whether the implementing law must create a specific national authority",
    frm=("Ernesto Balmaceda Ríos", "ebalmaceda@asamblea.sierraclara.example"),
    date="2026-09-08 17:31:20 -0500",
    subject="Anteproyecto de ley de aplicación \u2013 autoridad nacional",
    mua="webmail", html_only=True, cte="quoted-printable",
    body="",
    html="""\
<html><head><meta charset="utf-8"></head>
<body style="font-family: Arial, Helvetica, sans-serif; font-size: 10pt;">
<div>Estimados señores:</div>
<div><br></div>
<div>La Comisión de Relaciones Exteriores de la Asamblea Nacional de Sierra Clara examina el anteproyecto de ley de aplicación de la Convención sobre Municiones en Racimo. El capítulo III prevé la creación de una <b>Autoridad Nacional</b> con facultades de inspección, pero el Ministerio de Hacienda objeta su costo.</div>
<div><br></div>
<div>Les agradeceríamos que nos indicaran si la Convención obliga a crear un órgano específico o si basta con atribuir esas funciones a un ministerio existente, y qué soluciones han adoptado otros Estados Partes en sus leyes nacionales.</div>
<div><br></div>
<div>Cordialmente,</div>
<div><br></div>
<div><span style="color: #1f3864;"><b>Lic. Ernesto Balmaceda Ríos</b></span><br>
Secretario Técnico, Comisión de Relaciones Exteriores<br>
Asamblea Nacional de Sierra Clara<br>
Plaza de la Constitución s/n, Ciudad Clara</div>
</body></html>
""",
)

add(
    key="lg-de-ebersland-beispiele",
    topic="legislation", secondary=[], lang="de", hard=False,
    note="examples of national implementing laws and model laws, esp. penal provisions and investment ban",
    frm=("Dr. Jonas Feldkirch-Amani", "jonas.feldkirch@bmj.ebersland.example"),
    date="2026-05-08 10:47:02 +0200",
    subject="Nationale Umsetzungsgesetzgebung zum Übereinkommen über Streumunition \u2013 Bitte um Beispiele",
    mua="outlook", cte="quoted-printable", html="auto",
    body="""\
Sehr geehrte Damen und Herren,

das Bundesministerium der Justiz der Republik Ebersland bereitet derzeit einen Gesetzentwurf zur Umsetzung des Übereinkommens über Streumunition (Artikel 9) vor. Bislang ist Streumunition lediglich in einer Verordnung zum Kriegswaffenkontrollgesetz erfasst.

Wir wären Ihnen dankbar, wenn Sie uns Beispiele nationaler Umsetzungsgesetze anderer Vertragsstaaten – idealerweise aus Staaten mit einem vergleichbaren Rechtssystem – sowie etwaige Mustergesetze zur Verfügung stellen könnten. Von besonderem Interesse sind die Strafvorschriften und die Ausgestaltung des Finanzierungsverbots.

Mit freundlichen Grüßen
Im Auftrag

Dr. Jonas Feldkirch-Amani
Referat IV B 3 – Völkerstrafrecht, Rüstungskontrollrecht
Bundesministerium der Justiz der Republik Ebersland
Am Schlossgraben 4, 77120 Eberstadt
""",
)

add(
    key="lg-pt-almadora-revisao",
    topic="legislation", secondary=[], lang="pt", hard=False,
    note="asks the ISU to review the draft implementing law (penal sanctions, retention provisions) for conformity",
    frm=("Tiago Nhantumbo Reis", "tiago.reis@mjac.almadora.example"),
    date="2026-10-13 09:06:37 +0100",
    subject="Pedido de revisão do anteprojeto de lei de implementação da Convenção",
    mua="outlook", cte="quoted-printable", html="auto",
    body="""\
Exmos. Senhores,

Em nome do Ministério da Justiça e dos Assuntos Constitucionais da República de Almadora, venho solicitar o apoio da Unidade de Apoio à Implementação na revisão do anteprojeto de lei que implementa a Convenção sobre Munições de Fragmentação, nos termos do artigo 9.º.

O anteprojeto foi elaborado com base na lei-modelo do CICR, mas foi adaptado ao nosso Código Penal. Gostaríamos de saber se as disposições sobre sanções penais e sobre a retenção de munições para fins de formação estão em conformidade com a Convenção. Se for possível, enviaremos o texto completo na próxima semana.

Com os melhores cumprimentos,

Tiago Nhantumbo Reis
Assessor Jurídico do Ministro
Ministério da Justiça e dos Assuntos Constitucionais
República de Almadora
""",
)

# =====================================================================
# general - meetings, sponsorship, universalization, ISU, cooperation
# =====================================================================

add(
    key="gn-en-pelorus-sponsorship",
    topic="general", secondary=[], lang="en", hard=False,
    note="sponsorship for a capital-based delegate to attend the Meeting of States Parties",
    frm=("Aroha Tupou-Blake", "a.tupou@mfat.pelorus.example"),
    date="2026-05-26 14:02:19 +1200",
    subject="Sponsorship to attend the Meeting of States Parties",
    mua="outlook", cte="7bit", html="auto",
    body="""\
Dear ISU,

Pelorus would like to be represented at the Meeting of States Parties in Geneva in September, but we have no mission in Geneva and our travel budget for this year has been exhausted.

Could you let us know whether sponsorship is available for one delegate from the capital, what the application deadline is and which form we should use? We would also like to know whether sponsorship covers accommodation as well as the flight.

Warm regards,

Aroha Tupou-Blake
Multilateral Affairs Division
Ministry of Foreign Affairs and Trade, Pelorus
""",
)

add(
    key="gn-en-nordhavn-contribution",
    topic="general", secondary=[], lang="en", hard=False,
    note="voluntary contribution to the ISU budget: invoice, bank details, earmarking",
    frm=("Henrik Aalto-Mensah", "henrik.aalto@um.nordhavn.example"),
    date="2026-01-13 09:55:30 +0100",
    subject="Voluntary contribution to the ISU 2026 \u2013 payment details",
    mua="outlook", cte="quoted-printable", html="auto",
    body="""\
Dear colleagues,

Nordhavn intends to make a voluntary contribution of EUR 60,000 to the ISU's budget for 2026. Our finance department needs an invoice or a formal request letter addressed to the Ministry, as well as the details of the bank account to which the contribution should be paid.

Could you also confirm whether the contribution can be earmarked for the ISU's work on universalization, or whether contributions are only accepted unearmarked?

Best regards,

Henrik Aalto-Mensah
Section for Humanitarian Disarmament
Ministry for Foreign Affairs of Nordhavn

""" + DISCLAIMER_EN + "\n",
)

add(
    key="gn-en-brevonia-meeting-president",
    topic="general", secondary=["clearance"], lang="en", hard=True,
    note="HARD(misleading_subject): thread and quoted comments concern the Art. 4 extension request; the new ask is a meeting with the President and the ISU Director during the intersessionals",
    frm=("Beatrix Okwu-Lindahl", "b.okwu@mission-geneva.brevonia.example"),
    date="2026-05-28 18:21:03 +0200",
    subject="RE: Article 4 extension request \u2013 Brevonia",
    cc=[("Lena Hartwig", "l.hartwig@ccm-isu.example")],
    in_reply_to="<AM9PR02MB7788B1D0E2F3A4B5C6D7E8F90A1B2C@AM9PR02MB7788.ccm-isu.example>",
    mua="outlook", cte="quoted-printable", html="auto",
    body="""\
Dear Lena,

Many thanks for your comments on the extension request, which the National Mine Action Authority is now integrating. We will send the revised version separately.

Unrelated to the request itself: our Deputy Minister for Foreign Affairs will be in Geneva for the intersessional meetings from 16 to 18 June and would like to meet the President of the Convention and the ISU Director, ideally on 17 June. Could you let us know whether this is possible and suggest a time slot? A room at the conference venue would be ideal.

Kind regards,
Beatrix

Beatrix Okwu-Lindahl
Counsellor
Permanent Mission of Brevonia, Geneva

-----Original Message-----
From: Lena Hartwig <l.hartwig@ccm-isu.example>
Sent: Tuesday, 26 May 2026 11:07
To: Beatrix Okwu-Lindahl <b.okwu@mission-geneva.brevonia.example>
Subject: RE: Article 4 extension request - Brevonia

Dear Beatrix,

Please find our comments on the draft Article 4 extension request in track changes. The main points: the annual clearance targets should be broken down by province, the plan should explain how the flood-affected areas of Ketu will be surveyed, and the budget should distinguish national from international funding.

Best regards,
Lena
""",
)

add(
    key="gn-en-ilvane-country-coalition",
    topic="general", secondary=["stockpile_destruction", "clearance", "victim_assistance"], lang="en", hard=True,
    note="HARD(multi_topic): lists stockpile, clearance and victim assistance needs; the ask is how the cross-cutting Country Coalition mechanism works and help finding a partner State",
    frm=("Rafael Oyelaran-Lund", "r.oyelaran@mfa.ilvane.example"),
    date="2026-07-02 10:44:12 +0500",
    subject="Interest in a Country Coalition for Ilvane",
    mua="outlook", cte="quoted-printable", html="auto",
    body="""\
Dear colleagues,

Ilvane still has three sets of obligations under the Convention: about 420 submunitions left to destroy under Article 3, some 18 km2 of contaminated land under Article 4, and a growing number of survivors who need long-term support under Article 5. Until now we have approached donors separately for each of these, with mixed results.

At the last intersessional meetings we heard about the Country Coalition concept, in which an affected State is paired with a partner State to coordinate support for all its needs. We are interested in exploring this for Ilvane. Could you explain how a Country Coalition is set up in practice, what is expected of the affected State, and whether the ISU could help us identify a possible partner State?

Kind regards,

Rafael Oyelaran-Lund
Director, Multilateral Affairs
Ministry of Foreign Affairs of Ilvane
""",
)

add(
    key="gn-en-calvenna-vague",
    topic="general", secondary=[], lang="en", hard=False,
    note="vague request from a minister's office for general information on the Convention, the ISU and available support",
    frm=("Office of the Minister", "minister.office@mfa.calvenna.example"),
    date="2026-08-31 08:12:44 +0000",
    subject="Information request",
    mua="webmail", cte="7bit",
    body="""\
Good morning,

The new Minister for Foreign Affairs has asked our office to prepare a briefing on the Convention on Cluster Munitions and on what support Calvenna could receive as a State Party. Could you send us general information on the Convention, the work of the ISU and the kinds of assistance available?

Thank you and regards,

Office of the Minister
Ministry of Foreign Affairs, Calvenna
""",
)

add(
    key="gn-fr-marivelle-point-contact",
    topic="general", secondary=[], lang="fr", hard=False,
    note="new national contact point: update contact lists and a briefing call on the Convention and the meeting calendar",
    frm=("Nadège Ilunga-Perrin", "n.ilunga@diplomatie.marivelle.example"),
    date="2026-09-15 10:09:27 +0000",
    subject="Changement de point de contact national \u2013 Marivelle",
    mua="outlook", cte="quoted-printable", html="auto",
    body="""\
Bonjour,

Je vous informe que j'ai été désignée comme nouvelle point de contact national de la République de Marivelle pour la Convention sur les armes à sous-munitions, en remplacement de M. Albert Sangaré, appelé à d'autres fonctions.

Pourriez-vous mettre à jour vos listes de contacts et m'inscrire aux communications de l'Unité d'appui ? Par ailleurs, étant nouvelle sur ce dossier, je vous serais très reconnaissante si un membre de l'équipe pouvait m'accorder un entretien en visioconférence afin de me présenter le fonctionnement de la Convention et le calendrier des réunions de l'année.

Bien cordialement,

Nadège Ilunga-Perrin
Chargée du désarmement
Ministère des Affaires étrangères et de la Coopération, Marivelle
""",
)

add(
    key="gn-fr-lemanso-facture",
    topic="general", secondary=[], lang="fr", hard=False,
    note="invoice for the State's share of meeting costs: calculation, instalments, effect of arrears",
    frm=("Cyrille Obiang-Durand", "c.obiang@mae.lemanso.example"),
    date="2026-02-20 12:36:51 +0000",
    subject="Facture relative aux coûts des réunions de la Convention",
    mua="outlook", cte="quoted-printable", html="auto",
    body="""\
Madame, Monsieur,

Notre Ministère a reçu de l'Office des Nations Unies à Genève une facture au titre de la participation de la République du Lémanso aux coûts des réunions des États parties pour 2026. Le montant est sensiblement plus élevé que l'an dernier.

Pourriez-vous nous expliquer comment la quote-part est calculée et nous indiquer s'il est possible d'échelonner le paiement ? Nous souhaiterions également savoir si les arriérés de 2024 peuvent avoir une incidence sur notre participation aux réunions.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Cyrille Obiang-Durand
Direction du Budget et des Contributions internationales
Ministère des Affaires étrangères, République du Lémanso

""" + DISCLAIMER_FR + "\n",
)

add(
    key="gn-fr-tandoulie-presidence",
    topic="general", secondary=[], lang="fr", hard=False,
    note="candidacy for the presidency of a Meeting of States Parties: procedure, workload, ISU support",
    frm=("Bertrand Yaméogo-Leclerc", "b.yameogo@mission-geneve.tandoulie.example"),
    date="2026-10-20 15:58:14 +0200",
    subject="Candidature de la Tandoulie à la présidence de l'Assemblée des États parties",
    mua="outlook", cte="quoted-printable", html="auto",
    body="""\
Madame, Monsieur,

Les autorités de la République de Tandoulie envisagent de présenter leur candidature à la présidence de l'Assemblée des États parties de 2028. Avant de prendre une décision, elles souhaiteraient mieux connaître :
- la procédure de désignation et le calendrier ;
- les responsabilités de la présidence et la charge de travail qu'elle représente pour une mission de taille modeste ;
- le soutien que l'Unité d'appui apporte habituellement à la présidence.

Nous vous serions reconnaissants de bien vouloir nous transmettre ces informations et, si possible, de nous proposer une réunion d'information.

Bertrand Yaméogo-Leclerc
Ministre conseiller
Mission permanente de la République de Tandoulie à Genève
""",
)

add(
    key="gn-es-sanalbaran-universalizacion",
    topic="general", secondary=[], lang="es", hard=False,
    note="regional universalization seminar for non-States Parties: ISU participation, contacts, travel funding",
    frm=("Fabián Urquiza Rentería", "furquiza@cancilleria.sanalbaran.example"),
    date="2026-09-22 09:40:05 -0400",
    subject="Propuesta de seminario regional sobre universalización",
    mua="outlook", cte="8bit", html="auto",
    body="""\
Estimados colegas:

En el marco de su compromiso con la universalización de la Convención, la República de San Albarán desea organizar en el primer trimestre de 2027 un seminario regional dirigido a los Estados de la subregión que aún no son parte de la Convención (cuatro Estados, según nuestros registros).

Quisiéramos saber si la Unidad de Apoyo a la Aplicación podría participar como ponente, si puede ayudarnos a identificar a los interlocutores adecuados en esos Estados y si existen fuentes de financiación para cubrir los viajes de los delegados invitados.

Atentamente,

Fabián Urquiza Rentería
Ministro Consejero
Dirección General de Política Multilateral
Ministerio de Relaciones Exteriores de San Albarán
""",
)

add(
    key="gn-es-valderrama-donante",
    topic="general", secondary=["stockpile_destruction", "clearance", "victim_assistance"], lang="es", hard=True,
    note="HARD(multi_topic): donor offer not tied to one pillar; names stockpile, clearance and victim assistance only as possible areas; asks which States requested cooperation and for meetings at the MSP",
    frm=("Beatriz Olmedo Sáenz", "bolmedo@aciv.valderrama.example"),
    date="2026-07-28 12:15:36 +0200",
    subject="Oferta de cooperación 2027 \u2013 acción contra minas y municiones en racimo",
    mua="outlook", cte="quoted-printable", html="auto",
    body="""\
Estimados señores:

La Agencia de Cooperación Internacional de Valderrama (ACIV) está programando su presupuesto para 2027 y prevé destinar alrededor de 3 millones de euros a la acción contra minas y municiones en racimo en América Latina y África Occidental, sin asignación previa a un ámbito concreto.

Antes de definir las prioridades, nos sería muy útil conocer qué Estados Partes han solicitado cooperación y asistencia y en qué ámbitos (destrucción de existencias, limpieza, asistencia a víctimas u otros), así como saber si la Unidad puede facilitar reuniones con esos Estados durante la próxima Reunión de los Estados Partes.

Un saludo cordial,

Beatriz Olmedo Sáenz
Jefa del Área de Desarme y Acción Humanitaria contra Minas
Agencia de Cooperación Internacional de Valderrama
""",
)

add(
    key="gn-ar-wadiqamar-observer",
    topic="general", secondary=[], lang="ar", hard=False,
    note="non-State Party considering accession asks how to attend the Meeting of States Parties as observer, sponsorship, Arabic information",
    frm=("سامي فؤاد الخطيب", "s.alkhatib@mfa.wadiqamar.example"),
    date="2026-06-30 12:48:09 +0300",
    subject="استفسار حول حضور اجتماع الدول الأطراف بصفة مراقب",
    mua="outlook", cte="quoted-printable", html="auto",
    body="""\
السادة وحدة دعم التنفيذ المحترمين،

تحية طيبة وبعد،

تدرس حكومة جمهورية وادي القمر حالياً إمكانية الانضمام إلى اتفاقية الذخائر العنقودية، وترغب في المشاركة في الاجتماع القادم للدول الأطراف في جنيف بصفة مراقب للاطلاع عن قرب على أعمال الاتفاقية.

نرجو التكرم بإفادتنا بإجراءات التسجيل للدول غير الأطراف، وما إذا كان بالإمكان الحصول على دعم من برنامج الرعاية لتغطية تكاليف سفر أحد أعضاء الوفد، إضافة إلى أي معلومات عامة عن الاتفاقية متوفرة باللغة العربية.

وتفضلوا بقبول فائق الاحترام،

سامي فؤاد الخطيب
مستشار – إدارة المنظمات الدولية
وزارة الخارجية – جمهورية وادي القمر
""",
)

add(
    key="gn-ru-zarechia-msp",
    topic="general", secondary=[], lang="ru", hard=False,
    note="windows-1251 body; Meeting of States Parties: registration, Russian interpretation, room for a bilateral meeting",
    frm=("Орлов Михаил Петрович", "m.orlov@mid.zarechia.example"),
    date="2026-07-09 15:21:47 +0300",
    subject="Совещание государств-участников: регистрация и устный перевод",
    subject_charset="windows-1251",
    mua="outlook", charset="windows-1251", cte="quoted-printable",
    body="""\
Уважаемые коллеги!

Делегация Республики Заречия планирует принять участие в Совещании государств-участников Конвенции по кассетным боеприпасам, которое состоится в сентябре 2026 года в Женеве.

Просим сообщить:
1) сроки и порядок регистрации делегации (требуется ли нота Постоянного представительства);
2) будет ли обеспечен синхронный перевод на русский язык на всех заседаниях;
3) возможно ли забронировать помещение для двусторонней встречи на полях Совещания.

Заранее благодарим за ответ.

С уважением,
М. П. Орлов
Первый секретарь
Департамент международных организаций
МИД Республики Заречия
""",
)

# =====================================================================
# not_an_enquiry - auto-replies, bounces, bulk, spam, notifications
# =====================================================================

add(
    key="na-en-ooo-headers",
    topic="not_an_enquiry", secondary=["clearance"], lang="en", hard=False,
    note="out-of-office reply to an acknowledgement (Auto-Submitted, X-Auto-Response-Suppress)",
    frm=("Grace Oduya", "g.oduya@nmaa.brevonia.example"),
    date="2026-04-09 14:37:05 +0100",
    subject="Automatic reply: [CCM-2026-0093] Acknowledgement: Clearance and victim assistance figures 2025",
    in_reply_to="<177574262301.31877.1209934@ccm-isu.example>",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    mua="outlook", cte="7bit", html="auto",
    body="""\
Thank you for your message. I am out of the office until Monday 4 May with limited access to e-mail.

For urgent matters concerning survey and clearance operations, please contact operations@nmaa.brevonia.example or call +999 77 410 2200.

Grace Oduya
National Mine Action Authority of Brevonia
""",
)

add(
    key="na-en-ooo-noheaders",
    topic="not_an_enquiry", secondary=["reporting"], lang="en", hard=True,
    note="HARD(no_auto_headers,lookalike_noise): absence notice without auto headers, subject looks like a reply to an acknowledgement and it mentions the Art. 7 report",
    frm=("Kwame Halloran", "k.halloran@mfa.estoria.example"),
    date="2026-06-15 08:00:12 +0000",
    subject="RE: [CCM-2026-0142] Acknowledgement: Article 7 annual report \u2013 questions on Form J",
    in_reply_to="<178150917744.31877.1218802@ccm-isu.example>",
    mua="outlook", cte="7bit",
    body="""\
Thank you for your e-mail.

I am currently in Geneva for the intersessional meetings and will be back in the office on Monday 29 June. During this period I will have only limited access to my e-mail.

For questions concerning Estoria's Article 7 report, please contact Ms. Judith Ambe (j.ambe@mfa.estoria.example, +999 31 200 4471). For all other matters, please contact the Conventional Arms Unit at conventional.arms@mfa.estoria.example.

Kind regards,
Kwame Halloran
Desk Officer, Conventional Arms
Ministry of Foreign Affairs of Estoria
""",
)

add(
    key="na-en-dsn-report",
    topic="not_an_enquiry", secondary=["victim_assistance"], lang="en", hard=False,
    note="multipart/report bounce (5.1.1 user unknown) of the intake's forward to a victim assistance coordinator",
    frm=("Mail Delivery System", "MAILER-DAEMON@mx2.social.ostravel.example"),
    date="2026-02-12 12:09:48 +0000",
    subject="Undelivered Mail Returned to Sender",
    return_path="<>",
    mua="system", cte="7bit",
    headers=[("Auto-Submitted", "auto-replied")],
    body="""\
This is the mail system at host mx2.social.ostravel.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<va.coordinator@social.ostravel.example>: host
    mbox.social.ostravel.example[198.51.100.41] said: 550 5.1.1
    <va.coordinator@social.ostravel.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""",
    dsn=dict(
        reporting_mta="dns; mx2.social.ostravel.example",
        queue_id="4Q7mZk1Rb9z2xVt",
        arrival_date="Thu, 12 Feb 2026 12:09:47 +0000",
        final_recipient="rfc822; va.coordinator@social.ostravel.example",
        status="5.1.1",
        remote_mta="dns; mbox.social.ostravel.example",
        diagnostic="smtp; 550 5.1.1 <va.coordinator@social.ostravel.example>: Recipient address rejected: User unknown in virtual mailbox table",
        original_headers="""\
Return-Path: <assistance@ccm-isu.example>
From: CCM assistance intake <assistance@ccm-isu.example>
To: va.coordinator@social.ostravel.example
Cc: isu@ccm-isu.example
Reply-To: e.tshabalala@social.ostravel.example, intake@ccm-isu.example
Subject: [CCM-2026-0052] [Victim assistance] Setting up a national victim
 assistance coordination mechanism
Date: Thu, 12 Feb 2026 12:09:41 +0000
Message-ID: <177089818101.31877.1198820@ccm-isu.example>
X-Intake-Case: CCM-2026-0052
X-Intake-Topic: victim_assistance
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="===============4471920381662215560=="
""",
    ),
)

add(
    key="na-en-ndr-plaintext",
    topic="not_an_enquiry", secondary=["stockpile_destruction"], lang="en", hard=True,
    note="HARD(no_dsn_structure): Exchange-style plain-text non-delivery report (no multipart/report, not from MAILER-DAEMON) of a forward to a stockpile coordinator; original text inline",
    frm=("System Administrator", "admin@mail.aa.hallgard.example"),
    date="2026-01-27 11:05:31 +0100",
    subject="Undeliverable: [CCM-2026-0041] [Stockpile destruction] Tavania \u2013 possible request for extension of the Article 3 deadline",
    mua="system", cte="quoted-printable",
    body="""\
Your message did not reach some or all of the intended recipients.

      Subject:  [CCM-2026-0041] [Stockpile destruction] Tavania - possible request for extension of the Article 3 deadline
      Sent:     27/01/2026 11:04

The following recipient(s) cannot be reached:

      stockpile.coordinator@aa.hallgard.example on 27/01/2026 11:05
            The e-mail account does not exist at the organization this message was sent to. Check the e-mail address, or contact the recipient directly to find out the correct address.
            <mail.aa.hallgard.example #5.1.1 smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found>

----- Original message -----

From: CCM assistance intake <assistance@ccm-isu.example>
To: stockpile.coordinator@aa.hallgard.example
Subject: [CCM-2026-0041] [Stockpile destruction] Tavania - possible request for extension of the Article 3 deadline

Topic: Stockpile destruction (Article 3)
Case: CCM-2026-0041

Dear Sir or Madam,

I write on behalf of the Inter-Ministerial Working Group on Conventional Weapons of the Republic of Tavania. Tavania's deadline to destroy its stockpiled cluster munitions under Article 3 is 1 August 2027 ...
""",
)

add(
    key="na-en-newsletter",
    topic="not_an_enquiry", secondary=["clearance", "victim_assistance"], lang="en", hard=False,
    note="mine action newsletter with List-Id, List-Unsubscribe and Precedence: bulk",
    frm=("Mine Action Digest", "newsletter@mail.mineaction-digest.example"),
    date="2026-03-06 06:00:00 +0000",
    subject="This week in mine action: record clearance year in Brevonia, new survey standard, funding trends",
    headers=[
        ("List-Id", "Mine Action Digest weekly <weekly.mineaction-digest.example>"),
        ("List-Unsubscribe", "<https://mail.mineaction-digest.example/u/9f3a1c?list=weekly>, <mailto:unsubscribe-9f3a1c@mail.mineaction-digest.example>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
        ("X-Campaign-ID", "weekly-2026-10"),
    ],
    mua="system", cte="quoted-printable", html="auto",
    body="""\
MINE ACTION DIGEST - Week 10, 2026

TOP STORY
Brevonia reports record year: 11.4 km2 released in 2025
The National Mine Action Authority says land release reached its highest level since clearance began, thanks largely to non-technical survey. Floods in Ketu province, however, have displaced remnants into new areas.

STANDARDS
Revised guidance on technical survey published for consultation
Operators have until 30 April to comment on the revised chapter on evidence-based land release.

FUNDING
Donor pledges to mine action fell for the second year running, according to a new study, while support for victim assistance remained stable.

EVENTS
- 17 March: webinar on risk education in schools
- 16-18 June: intersessional meetings, Geneva

You are receiving this newsletter because you subscribed with intake@ccm-isu.example.
Unsubscribe: https://mail.mineaction-digest.example/u/9f3a1c?list=weekly
Mine Action Digest, PO Box 4410, Example City
""",
)

add(
    key="na-en-phishing-lookalike",
    topic="not_an_enquiry", secondary=["reporting"], lang="en", hard=True,
    note="HARD(lookalike_noise): credential phishing imitating the ISU from the look-alike domain ccm-lsu.example, about an Art. 7 report awaiting signature",
    frm=("CCM ISU Document Centre", "documents@ccm-lsu.example"),
    reply_to=("ISU Support", "isu.support.desk@freemail-inbox.example"),
    date="2026-04-27 03:14:55 +0000",
    subject="Action required: your Article 7 report has been returned for e-signature",
    mua="system", cte="quoted-printable",
    body="""\
Dear State Party focal point,

The Implementation Support Unit has returned your 2025 Article 7 Transparency Report (Forms A-J) for electronic signature.

To avoid your report being recorded as late, please validate your account and sign the document before 30 April 2026, 23:59 CET:

Review and sign document: https://ccm-lsu.example/secure/sign?doc=ART7-2025&id=intake

This link expires in 24 hours. If the report is not signed in time, your State will be listed as non-compliant in the annual report of the Meeting of States Parties.

ISU Document Centre
Convention on Cluster Munitions
""",
    html="""\
<html><body style="font-family:Segoe UI,Arial,sans-serif;background:#f3f3f3">
<table width="560" align="center" style="background:#ffffff;border:1px solid #dddddd"><tr><td style="padding:24px">
<p style="color:#004b87;font-size:18px"><b>CCM | Implementation Support Unit</b></p>
<p>Dear State Party focal point,</p>
<p>The Implementation Support Unit has returned your <b>2025 Article 7 Transparency Report (Forms A-J)</b> for electronic signature.</p>
<p>To avoid your report being recorded as late, please validate your account and sign the document before <b>30 April 2026, 23:59 CET</b>.</p>
<p style="text-align:center"><a href="https://ccm-lsu.example/secure/sign?doc=ART7-2025&amp;id=intake" style="background:#004b87;color:#ffffff;padding:10px 18px;text-decoration:none">Review and sign document</a></p>
<p style="font-size:11px;color:#777777">This link expires in 24 hours. If the report is not signed in time, your State will be listed as non-compliant in the annual report of the Meeting of States Parties.</p>
<p>ISU Document Centre<br>Convention on Cluster Munitions</p>
</td></tr></table>
</body></html>
""",
)

add(
    key="na-en-calendar-invite",
    topic="not_an_enquiry", secondary=[], lang="en", hard=False,
    note="calendar system invitation (text/calendar METHOD:REQUEST) from a coordinator's calendar for a coordination call",
    frm=("Ingeborg Salo (via Calendar)", "calendar-notification@calendar.um.nordhavn.example"),
    date="2026-05-04 09:30:02 +0200",
    subject="Invitation: Coordination Committee \u2013 monthly call @ Thu 14 May 2026 14:00 - 15:30 (CEST)",
    headers=[("Sender", "calendar-notification@calendar.um.nordhavn.example")],
    mua="system", cte="quoted-printable",
    body="""\
You have been invited to the following event.

Coordination Committee - monthly call
When: Thursday 14 May 2026 14:00 - 15:30 (Central European Summer Time - Geneva)
Joining info: https://meet.um.nordhavn.example/cc-monthly
Organiser: Ingeborg Salo
Guests: coordinators list, intake@ccm-isu.example

Going (intake@ccm-isu.example)?   Yes - Maybe - No
https://calendar.um.nordhavn.example/event?action=RESPOND&eid=cc-2026-05

Invitation from the Nordhavn MFA calendar. You are receiving this e-mail at the account intake@ccm-isu.example because you are an attendee of this event.
Forwarding this invitation could allow any recipient to send a response to the organiser.
""",
    calendar=dict(method="REQUEST", ics="""\
BEGIN:VCALENDAR
PRODID:-//Nordhavn MFA Calendar//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260514T120000Z
DTEND:20260514T133000Z
DTSTAMP:20260504T073002Z
ORGANIZER;CN=Ingeborg Salo:mailto:ingeborg.salo@um.nordhavn.example
UID:cc-2026-05@calendar.um.nordhavn.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=intake@ccm-isu.example:mailto:intake@ccm-isu.example
CREATED:20260504T073002Z
DESCRIPTION:Joining info: https://meet.um.nordhavn.example/cc-monthly
LOCATION:Online
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coordination Committee - monthly call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
)

add(
    key="na-de-read-receipt",
    topic="not_an_enquiry", secondary=["legislation"], lang="de", hard=False,
    note="plain-text read receipt (no disposition-notification structure, no auto headers) for an acknowledgement",
    frm=("Feldkirch-Amani, Jonas", "jonas.feldkirch@bmj.ebersland.example"),
    date="2026-05-08 11:02:44 +0200",
    subject="Gelesen: [CCM-2026-0121] Eingangsbestätigung: Nationale Umsetzungsgesetzgebung zum Übereinkommen über Streumunition \u2013 Bitte um Beispiele",
    mua="outlook", cte="quoted-printable",
    body="""\
Ihre Nachricht

  An: Feldkirch-Amani, Jonas
  Betreff: [CCM-2026-0121] Eingangsbestätigung: Nationale Umsetzungsgesetzgebung zum Übereinkommen über Streumunition – Bitte um Beispiele
  Gesendet: Freitag, 8. Mai 2026 10:47:09 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

wurde am Freitag, 8. Mai 2026 11:02:41 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.
""",
)

add(
    key="na-fr-ooo-mission",
    topic="not_an_enquiry", secondary=["reporting"], lang="fr", hard=False,
    note="French absence notice (Auto-Submitted) replying to an acknowledgement",
    frm=("Sylvie Ndong-Marchetti", "s.ndong@diplomatie.marivelle.example"),
    date="2026-03-17 11:23:01 +0000",
    subject="Réponse automatique : [CCM-2026-0071] Accusé de réception : Rapport annuel au titre de l'article 7 \u2013 formulaires inchangés",
    in_reply_to="<177374658001.31877.1202218@ccm-isu.example>",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    mua="outlook", cte="quoted-printable",
    body="""\
Bonjour,

Je suis en mission à l'étranger du 17 au 27 mars inclus et ne consulterai mes messages que de façon irrégulière.

Pour toute question urgente, merci de contacter le secrétariat de la Direction des Nations Unies au +999 24 30 11 50.

Cordialement,
S. Ndong-Marchetti
""",
)

add(
    key="na-fr-helpdesk-ticket",
    topic="not_an_enquiry", secondary=["legislation"], lang="fr", hard=False,
    note="automatic helpdesk ticket acknowledgement (Auto-Submitted) quoting an intake reference and subject",
    frm=("Support informatique \u2013 Ministère de la Justice", "support@justice.tandoulie.example"),
    date="2026-04-28 16:41:55 +0100",
    subject="[Ticket #TJ-48213] Votre demande a été enregistrée \u2013 [CCM-2026-0108] Accusé de réception : Assistance technique pour l'élaboration de la loi nationale de mise en œuvre",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "OOF, AutoReply")],
    mua="system", cte="quoted-printable", html="auto",
    body="""\
Bonjour,

Votre demande a bien été enregistrée par le service d'assistance informatique du Ministère de la Justice sous la référence TJ-48213.

Objet de la demande : « [CCM-2026-0108] Accusé de réception : Assistance technique pour l'élaboration de la loi nationale de mise en œuvre »
Priorité : normale
Délai de traitement indicatif : 3 jours ouvrés

Un technicien prendra votre demande en charge dans les meilleurs délais. Vous pouvez suivre son état sur https://support.justice.tandoulie.example/ticket/TJ-48213

Merci de ne pas répondre à ce message généré automatiquement.

Service d'assistance informatique
Ministère de la Justice, République de Tandoulie
""",
)

add(
    key="na-es-spam-drones",
    topic="not_an_enquiry", secondary=["clearance"], lang="es", hard=False,
    note="unsolicited commercial mailing for mine detection drones (List-Unsubscribe, Precedence: bulk)",
    frm=("TecnoDetect Soluciones", "ofertas@tecnodetect-promo.example"),
    date="2026-05-12 07:30:00 +0000",
    subject="¡Oferta exclusiva! Drones de detección de minas con un 30 % de descuento",
    headers=[
        ("List-Unsubscribe", "<https://tecnodetect-promo.example/baja?e=intake%40ccm-isu.example>"),
        ("Precedence", "bulk"),
        ("X-Mailer", "MassMailer Pro 7.2"),
    ],
    mua="system", cte="quoted-printable", html="auto", eol="lf",
    body="""\
¡Estimado cliente!

Solo este mes: nuestros drones TD-400 con sensor multiespectral y magnetómetro, ideales para estudios de zonas contaminadas por minas y restos de municiones en racimo, con un 30 % de descuento.

- Cobertura de hasta 20 hectáreas por vuelo
- Software de cartografía incluido
- Envío gratuito a toda América Latina

Solicite hoy mismo su demostración gratuita: https://tecnodetect-promo.example/demo

Oferta válida hasta el 31 de mayo o hasta agotar existencias.

Si no desea recibir más comunicaciones comerciales, haga clic aquí: https://tecnodetect-promo.example/baja
""",
)

add(
    key="na-es-ooo-xars",
    topic="not_an_enquiry", secondary=["clearance"], lang="es", hard=False,
    note="Spanish out-of-office with X-Auto-Response-Suppress only (no Auto-Submitted), replying to an acknowledgement",
    frm=("Julián Arroyo Centeno", "jarroyo@cacm.tierralta.example"),
    date="2026-03-11 16:23:30 -0500",
    subject="Respuesta automática: [CCM-2026-0067] Acuse de recibo: Solicitud de prórroga del plazo del artículo 4",
    in_reply_to="<177326413801.31877.1201775@ccm-isu.example>",
    headers=[("X-Auto-Response-Suppress", "All")],
    mua="outlook", cte="quoted-printable",
    body="""\
Buenas tardes:

Me encuentro de vacaciones hasta el lunes 23 de marzo, sin acceso al correo electrónico.

Para asuntos relacionados con las operaciones de desminado, puede comunicarse con la Ing. Carolina Vela (cvela@cacm.tierralta.example).

Saludos cordiales,
Julián Arroyo Centeno
Centro de Acción contra Minas de Tierralta
""",
)

add(
    key="na-es-boletin-noheaders",
    topic="not_an_enquiry", secondary=["victim_assistance"], lang="es", hard=True,
    note="HARD(lookalike_noise): survivors' network newsletter sent person-to-person, without List-Id/Precedence headers; no question asked",
    frm=("Red de Sobrevivientes de Quillaca", "comunicacion@red-sobrevivientes-quillaca.example"),
    date="2026-05-29 18:05:41 -0400",
    subject="Boletín informativo n.º 12 \u2013 mayo de 2026",
    mua="gmail", cte="quoted-printable", html="auto",
    body="""\
BOLETÍN INFORMATIVO N.º 12 - MAYO DE 2026
Red de Sobrevivientes de Quillaca

Queridas amigas y amigos:

1. Taller de rehabilitación basada en la comunidad en Altoyungas
Del 5 al 9 de mayo, 28 promotoras y promotores de salud participaron en un taller sobre rehabilitación basada en la comunidad. Agradecemos al Ministerio de Salud y Deportes por facilitar el local.

2. Nuevas sillas de ruedas para la comunidad de Chuqui Pampa
Gracias a una donación, 12 sobrevivientes recibieron sillas de ruedas adaptadas a caminos de tierra.

3. Encuentro nacional de sobrevivientes
El encuentro anual se celebrará el 14 de agosto en la ciudad de Altoyungas. Pronto enviaremos el programa.

Gracias por acompañarnos.

Si no desea seguir recibiendo este boletín, responda a este correo con la palabra BAJA.
""",
)
