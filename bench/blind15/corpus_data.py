"""Blind set 15: content and gold labels of every message (data only).

Each entry of MESSAGES describes one e-mail.  generate.py turns the entries
into .eml files and labels.json.  Keys used:

key         internal id (not written to the output)
topic, secondary, language, hard (list of hard-case kinds, empty = not hard), note
date        "YYYY-MM-DD HH:MM:SS +ZZZZ" (Date header)
sender      (display name, address)
to          raw To header (default: CCM Implementation Support Unit <intake@ccm-isu.example>)
cc          list of (name, address)
subject     decoded subject
subject_enc optional (charset, "Q"|"B") for the RFC 2047 encoding of the subject
name_enc    optional (charset, "Q"|"B") for the display name
client      outlook | gmail | thunderbird | apple | iphone | android | roundcube | zimbra | notes | mailer | none
structure   plain | alt | html | mixed | calendar | dsn | dsn_plain | mdn
charset, cte, eol ("crlf" | "lf")
body        text body; html optional explicit HTML part
attachments list of {name, type, enc("2231"|"2047"|None)}
headers     list of extra (name, value) header pairs
inner       forwarded message attached as message/rfc822 (mixed only)
"""

INTAKE = "CCM Implementation Support Unit <intake@ccm-isu.example>"

ACK_EN = """Dear sender,

Your message has been received and registered under reference {ref}. It has
been forwarded to the coordinator responsible, who will contact you in due
course.

Please quote the reference in the subject line of any further message on
this matter.

Implementation Support Unit - Convention on Cluster Munitions"""

ACK_DE = """Sehr geehrte Damen und Herren,

Ihre Nachricht ist eingegangen und wurde unter dem Aktenzeichen {ref}
registriert. Sie wurde an die zuständige Koordination weitergeleitet, die
sich in Kürze bei Ihnen melden wird.

Bitte geben Sie das Aktenzeichen im Betreff jeder weiteren Nachricht an.

Implementation Support Unit - Übereinkommen über Streumunition"""

MESSAGES = []
M = MESSAGES.append

# ---------------------------------------------------------------------------
# stockpile_destruction (11)
# ---------------------------------------------------------------------------

M(dict(
    key="S1", topic="stockpile_destruction", secondary=[], language="en", hard=[],
    note="asks for an ammunition technical officer to identify illegible lots and set up a segregated, marked holding area for stocks awaiting destruction",
    date="2026-02-10 09:14:03 +0100",
    sender=("Lt Col Rowan Teague", "r.teague@mod.kestrelia.example"),
    subject="Request for technical support - identification and segregation of air-delivered cluster munitions",
    client="outlook", structure="alt", charset="utf-8", cte="quoted-printable",
    body="""Dear Sir or Madam,

I am writing on behalf of the Joint Logistics Command of the Kestrelian Armed
Forces.

During the physical count completed in January we confirmed that our
remaining air-delivered cluster munitions (dispensers and loose submunitions
from an older programme) are stored in the same bunkers as training and
practice ammunition at Harrow Point air station. A number of the containers
are sealed and their lot markings have faded to the point where we cannot
match them reliably to the inventory records.

Before we move anything, we would like help from an experienced ammunition
technical officer who could spend one or two weeks with our team to:

- verify and identify the unmarked lots;
- advise on setting up a separate, clearly marked holding area for the items
  awaiting destruction;
- recommend a simple marking and tracking system (labels, registers) so that
  nothing designated for destruction goes back into service stocks.

If other States Parties have produced guidance or examples of how they
marked stocks "for destruction", we would be very grateful to see them.

Kind regards,

Lt Col Rowan Teague
SO1 Ammunition Management
Joint Logistics Command | Ministry of Defence | Kestrelia
Tel: +999 410 2277 0193

OFFICIAL - This message may contain information that is sensitive. If you
have received it in error, please notify the sender and delete it.""",
))

M(dict(
    key="S2", topic="stockpile_destruction", secondary=[], language="en", hard=[],
    note="no domestic facility: how to transfer the remaining stock to another State Party for destruction (Art. 3.7), examples of agreements, cost comparison",
    date="2026-03-03 14:42:51 +0100",
    sender=("Anneli Varga-Holm", "a.vargaholm@dma.halvarn.example"),
    subject="Transfer of remaining stocks abroad for destruction - Article 3(7)",
    client="thunderbird", structure="plain", charset="us-ascii", cte="7bit", eol="lf",
    body="""Dear colleagues,

Halvarn still holds 212 dispenser pods and roughly 9,000 loose submunitions.
We have no industrial demilitarisation capacity of our own and open
detonation at our only range was ruled out by the environmental authority
last year.

A neighbouring State Party has indicated, informally, that its facility
could take our stock in 2027. Before we go further we need advice on three
points:

1. What has to be notified or declared so that the transfer is clearly a
   transfer for the purpose of destruction under Article 3(7), and at what
   stage (before shipment, after destruction, or both)?
2. Could the ISU share examples of the bilateral arrangements other States
   used for such transfers (contracts, end-use assurances, certificates of
   destruction)?
3. Do you know of other facilities that have accepted foreign stocks, so
   that we can compare costs and transport risks?

Many thanks in advance.

Best regards,
Anneli Varga-Holm
Senior Adviser, Demilitarisation Section
Defence Materiel Agency, Halvarn
""",
))

M(dict(
    key="S3", topic="stockpile_destruction", secondary=["reporting", "victim_assistance"], language="en",
    hard=["multi_topic"],
    note="HARD(multi_topic): also mentions the Article 7 report and survivors attending the final ceremony; the ask is help preparing an Article 3 extension request",
    date="2026-04-21 11:05:37 +0100",
    sender=("Col. Priya Raman-Whitby", "p.ramanwhitby@mod.marrowby.example"),
    cc=[("Desk Officer Disarmament", "disarmament@mfa.marrowby.example")],
    subject="Marrowby - stockpile destruction programme status and request for advice",
    client="outlook", structure="alt", charset="utf-8", cte="quoted-printable",
    body="""Dear ISU colleagues,

Let me first give you a short update on our programme. By the end of March
we had destroyed 68% of our declared stockpile. The remaining 4,100 artillery
projectiles containing dual-purpose submunitions are stored at the Kelso
depot, whose processing line was damaged by floods in February and will be
out of service for at least nine months.

Our Article 7 report for 2025, which we will submit before 30 April, already
flags this delay. I should also mention that the national survivors'
association has asked to attend the final destruction ceremony, which the
Ministry welcomes.

The reason for writing is the deadline. Our Article 3 deadline is 1 August
2027, and we now have to accept that we will not meet it. We would be
grateful for the ISU's help in preparing a request for an extension under
Article 3:

- what the request must contain and in what level of detail;
- by when it should be submitted to be considered at the next Meeting of
  States Parties;
- whether the ISU could look at a first draft, which we hope to have ready
  by mid-June.

With best regards,

Colonel Priya Raman-Whitby
Director, Ammunition Management
Ministry of Defence of Marrowby""",
))

M(dict(
    key="S4", topic="stockpile_destruction", secondary=[], language="en", hard=[],
    note="destruction completed on 14 September: how to make the declaration of compliance with Article 3 at the Meeting of States Parties",
    date="2026-09-22 18:31:09 +0200",
    sender=("Henrik Solvang", "henrik.solvang@mission.selmark.example"),
    subject="Declaration of compliance - Article 3",
    client="iphone", structure="plain", charset="utf-8", cte="7bit", eol="lf",
    body="""Dear ISU,

Happy to let you know that Selmark completed the destruction of its last
cluster munitions on 14 September.

We would like to make a formal declaration of compliance with Article 3 at
the Meeting of States Parties in November. Is there a standard format? Does a
written declaration need to be sent in advance, and could you share one or
two examples from other States?

Thanks and best wishes,
Henrik

Henrik Solvang
Minister Counsellor, Permanent Mission of Selmark, Geneva

Sent from my iPhone""",
))

M(dict(
    key="S5", topic="stockpile_destruction", secondary=[], language="en",
    hard=["attachment_only_hint"],
    note="HARD(attachment_only_hint): bare cover note; only the attachment name (draft stockpile destruction plan) gives the topic",
    date="2026-05-12 16:20:44 +0200",
    sender=("Imogen Falk", "imogen.falk@geneva.kestrelia.example"),
    subject="Document for your review",
    client="outlook", structure="mixed", body_alt=False, charset="utf-8", cte="7bit",
    body="""Dear colleagues,

Please find attached, as mentioned on the phone. Comments welcome.

Kind regards,
Imogen

Imogen Falk | First Secretary
Permanent Mission of Kestrelia to the United Nations Office at Geneva""",
    attachments=[dict(name="KES_CM_stockpile_destruction_plan_2027-2029_draft3.docx", type="docx")],
))

M(dict(
    key="S6", topic="stockpile_destruction", secondary=[], language="fr", hard=[],
    note="retention of submunitions for training (Art. 3.6): how to justify the minimum number, comparative data from other States",
    date="2026-01-27 10:02:18 +0000",
    sender=("Colonel Étienne Ravoisier", "e.ravoisier@etatmajor.tassilie.example"),
    subject="Conservation de sous-munitions à des fins de formation (article 3, paragraphe 6)",
    client="outlook", structure="alt", charset="utf-8", cte="quoted-printable",
    body="""Madame, Monsieur,

L'état-major des armées de Tassilie achève la planification de la
destruction de ses stocks d'armes à sous-munitions. Nos unités de neutralisation
souhaitent toutefois conserver un nombre limité de sous-munitions inertées et
actives pour former les démineurs à leur identification et à leur
destruction, comme le permet l'article 3, paragraphe 6.

Nous aurions besoin de votre appui sur les points suivants :
- comment déterminer et justifier le « nombre minimum absolument nécessaire » ;
- quels volumes les autres États parties ont-ils conservés, et pour quelle durée ;
- faut-il prévoir un calendrier de consommation ou de destruction des
  sous-munitions conservées ?

Un échange avec un État ayant une expérience comparable nous serait
également très utile.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Colonel Étienne Ravoisier
Chef du bureau munitions
État-major des armées – République de Tassilie""",
))

M(dict(
    key="S7", topic="stockpile_destruction", secondary=[], language="fr", hard=[],
    note="rockets with cluster warheads and degraded propellant cannot be transported: asks for experts on destruction in situ",
    date="2026-06-04 08:47:12 +0000",
    sender=("Amadou Keïta-Lemoine", "a.keita-lemoine@materiel.mourenne.example"),
    subject="Demande d'expertise – roquettes à sous-munitions à propergol instable",
    client="roundcube", structure="plain", charset="utf-8", cte="8bit", eol="lf",
    body="""Bonjour,

La Direction du matériel de Mourenne a inventorié 96 roquettes à tête
cargo contenant des sous-munitions, stockées depuis plus de trente ans
dans un dépôt du nord du pays. Les contrôles effectués en mai montrent une
dégradation du propergol : nos artificiers jugent le transport vers le
champ de tir trop dangereux.

Nous sollicitons l'appui d'experts internationaux pour :
1) évaluer l'état des munitions sur place ;
2) conseiller sur la méthode de destruction in situ la plus sûre
   (séparation des têtes et des moteurs, brûlage, destruction par
   détonation) ;
3) former une petite équipe nationale à ces opérations.

Nous pouvons prendre en charge la logistique locale et la sécurité du site.

Cordialement,

Chef d'escadron Amadou Keïta-Lemoine
Direction du matériel – Ministère des Armées de Mourenne
""",
))

M(dict(
    key="S8", topic="stockpile_destruction", secondary=[], language="es", hard=[],
    note="financial support to buy demilitarisation equipment (cutting machine, contained detonation chamber); inventory spreadsheet attached",
    date="2026-07-15 10:33:27 -0500",
    sender=("Cnel. Julián Arriaga Peñaloza", "jarriaga@ffaa.costaverde.example"),
    subject="Solicitud de apoyo financiero para la destrucción de existencias de municiones en racimo",
    client="outlook", structure="mixed", body_alt=True, charset="utf-8", cte="quoted-printable",
    body="""Estimados señores:

Por instrucciones del Comando Logístico de las Fuerzas Armadas de Costaverde,
me permito solicitar el apoyo de la Dependencia para identificar socios que
puedan financiar la destrucción de nuestras existencias de municiones en
racimo (ver inventario adjunto: 1.340 bombas de aviación y unas 12.000
submuniciones sueltas).

El plan nacional prevé adquirir una máquina de corte por chorro de agua y
una cámara de detonación contenida, con un costo estimado de 2,3 millones de
dólares. El Estado aportará el personal, el terreno y la operación de la
planta durante los tres años del programa.

Agradeceríamos orientación sobre cómo presentar esta necesidad a posibles
donantes y si existen experiencias de otros Estados con equipos similares.

Atentamente,

Coronel Julián Arriaga Peñaloza
Jefe de Desmilitarización – Comando Logístico
Fuerzas Armadas de Costaverde

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son para uso exclusivo
de su destinatario. Si lo ha recibido por error, le rogamos eliminarlo.""",
    attachments=[dict(name="Inventario_MR_Costaverde_2026.xlsx", type="xlsx")],
))

M(dict(
    key="S9", topic="stockpile_destruction", secondary=["reporting"], language="es",
    hard=["base64_body"],
    note="HARD(base64_body): base64 body: 45 projectiles found in a former police arsenal after completion was declared; asks for EOD support to destroy them and guidance on Art. 3 obligations",
    date="2026-08-19 13:12:05 -0400",
    sender=("Tte. Cnel. María Fernanda Ocampo", "mfocampo@mindefensa.valdemora.example"),
    subject="Hallazgo de municiones en racimo en antiguo arsenal policial",
    client="zimbra", structure="plain", charset="utf-8", cte="base64",
    body="""Estimados colegas:

Valdemora declaró en 2024 haber completado la destrucción de sus existencias
de municiones en racimo. Sin embargo, durante el cierre de un antiguo arsenal
de la Policía Nacional se encontraron la semana pasada 45 proyectiles de
artillería con submuniciones que no figuraban en ningún registro.

Los proyectiles están en mal estado y nuestro personal no tiene experiencia
con este modelo. Solicitamos:

- apoyo técnico de especialistas en eliminación de municiones explosivas para
  destruirlos con seguridad en el menor plazo posible;
- orientación sobre lo que exige el artículo 3 cuando se descubren
  existencias después de haber declarado el cumplimiento.

Desde luego también lo informaremos en nuestro próximo informe, pero la
prioridad ahora es la destrucción.

Saludos cordiales,

Tte. Cnel. María Fernanda Ocampo
Dirección de Logística – Ministerio de Defensa de Valdemora""",
))

M(dict(
    key="S10", topic="stockpile_destruction", secondary=[], language="de", hard=[],
    note="German: offers free capacity of a national demilitarisation plant to States Parties that still have stocks; asks how to make the offer known",
    date="2026-10-06 15:48:30 +0200",
    sender=("Dr. Konstantin Albrecht", "konstantin.albrecht@bwb.lindenau.example"),
    subject="Angebot: freie Kapazitäten zur Vernichtung von Streumunitionsbeständen",
    client="zimbra", structure="alt", charset="utf-8", cte="quoted-printable",
    body="""Sehr geehrte Damen und Herren,

das Bundesamt für Wehrtechnik der Republik Lindenau betreibt seit 2019 eine
Anlage zur industriellen Delaborierung von Munition, in der wir unsere eigenen
Streumunitionsbestände vollständig vernichtet haben.

Ab dem zweiten Quartal 2027 verfügt die Anlage über freie Kapazitäten. Die
Bundesregierung ist bereit, Vertragsstaaten, die ihre Bestände noch nicht
vernichtet haben, die Vernichtung zu Selbstkosten oder – im Rahmen der
Entwicklungszusammenarbeit – teilweise unentgeltlich anzubieten.

Wir bitten die ISU um Unterstützung:
- Welche Vertragsstaaten haben noch Bestände und einen entsprechenden Bedarf?
- Auf welchem Weg können wir das Angebot den betroffenen Staaten am besten
  bekannt machen?

Mit freundlichen Grüßen

Dr. Konstantin Albrecht
Referatsleiter Munitionsentsorgung
Bundesamt für Wehrtechnik, Republik Lindenau""",
))

M(dict(
    key="S11", topic="stockpile_destruction", secondary=[], language="ru",
    hard=["legacy_charset"],
    note="HARD(legacy_charset): koi8-r body and subject (Russian): request for cutting equipment and training to dismantle MLRS rockets with cluster warheads",
    date="2026-03-17 09:26:41 +0300",
    sender=("Кречетов Сергей Викторович", "s.krechetov@mo.zarechye.example"),
    name_enc=("koi8-r", "B"),
    subject="Запрос о технической помощи в уничтожении кассетных боеприпасов",
    subject_enc=("koi8-r", "B"),
    client="notes", structure="plain", charset="koi8-r", cte="8bit",
    body="""Уважаемые коллеги!

Министерство обороны Республики Заречье приступает к уничтожению
оставшихся запасов кассетных боеприпасов: 380 реактивных снарядов
калибра 220 мм с кассетными головными частями.

Для безопасного отделения головных частей и извлечения суббоеприпасов
нам необходимо специальное оборудование для резки (гидроабразивная
установка) и подготовка расчётов по его эксплуатации. Собственных
средств на приобретение оборудования у министерства нет.

Просим оказать содействие в поиске экспертов и государств-доноров,
готовых поддержать данный проект. Готовы предоставить техническое
описание боеприпасов и план работ.

С уважением,
полковник С. В. Кречетов
Начальник отдела утилизации вооружения
Министерство обороны Республики Заречье""",
))

# ---------------------------------------------------------------------------
# clearance (12)
# ---------------------------------------------------------------------------

M(dict(
    key="C1", topic="clearance", secondary=[], language="en", hard=[],
    note="risk reduction education for families returning to the eastern valleys: adapted materials for children and low literacy, community volunteers",
    date="2026-02-24 07:55:10 +0300",
    sender=("Grace Obuya-Lind", "grace.obuyalind@omaa.ondura.example"),
    subject="Support needed: risk education for returnee communities",
    client="gmail", structure="alt", charset="utf-8", cte="7bit",
    body="""Dear ISU team,

Since the ceasefire in November, about 11,000 displaced families have
started returning to the eastern valleys of Ondura. Many of the cluster
munition strike areas there are not yet marked, and in January alone we
recorded four incidents involving children who picked up submunitions while
herding animals.

The Ondura Mine Action Authority wants to scale up explosive ordnance risk
education before the planting season. What we lack is:

- materials adapted for children and for adults who cannot read (picture
  cards, short audio clips), in Nyala and Koru as well as English;
- training for around 60 community volunteers who would deliver sessions in
  the villages;
- a partner able to fund printing and volunteer allowances for 12 months.

Could you help us identify organisations or States Parties that could
support this? We can share our draft risk education plan.

With thanks,
Grace Obuya-Lind
Risk Education Coordinator
Ondura Mine Action Authority""",
))

M(dict(
    key="C2", topic="clearance", secondary=[], language="en", hard=[],
    note="newly found contamination after completion (wildfire exposed submunitions); outer note clearly asks for a rapid technical survey team; police report attached as message/rfc822",
    date="2026-08-11 12:17:36 +0100",
    sender=("Declan Forde-Mbeki", "d.fordembeki@nmac.carrowmore.example"),
    subject="Urgent: submunitions found in Tullagh forest - request for technical survey support",
    client="outlook", structure="mixed", body_alt=False, charset="utf-8", cte="quoted-printable",
    body="""Dear colleagues,

Carrowmore declared completion of its Article 4 obligations in 2023.
Last week, after the wildfires in Tullagh forest, forestry workers found
what appear to be submunitions in an area that was never recorded as
contaminated. The police report is attached.

We urgently need a rapid-response technical survey team (we estimate two
to three weeks of work) to establish the extent of the contamination, as our
own clearance capacity was disbanded after completion. We would also
appreciate guidance on how other States handled previously unknown
contaminated areas found after they had completed clearance.

Best regards,
Declan Forde-Mbeki
Head of Operations, National Mine Action Centre, Carrowmore""",
    attachments=[],
    inner=dict(
        sender=("Insp. Siobhan Kerrigan", "s.kerrigan@police.carrowmore.example"),
        to="Operations Desk <operations@nmac.carrowmore.example>",
        date="2026-08-07 17:42:09 +0100",
        subject="Suspected explosive items - Tullagh forest, grid ref TG 4471 2290",
        client="outlook", charset="utf-8", cte="7bit",
        body="""To the Operations Desk, NMAC

On 6 August forestry workers clearing burnt ground in Tullagh forest reported
several small metal objects, cylindrical with ribbons, partly exposed after
the fire. Officers attended and cordoned an area of approximately 300 m by
150 m. Photographs were taken but no items were touched.

At least eleven items were seen on the surface. Local residents state that
aircraft attacked positions in the forest during the conflict.

The cordon remains in place. Please advise as soon as possible.

Insp. Siobhan Kerrigan
Tullagh District Police""",
    ),
))

M(dict(
    key="C3", topic="clearance", secondary=[], language="en", hard=[],
    note="asks for advice and a short expert mission to set up quality management (QA/QC) for land release",
    date="2026-05-06 10:40:02 +0400",
    sender=("Farhan Idris", "f.idris@gmaa.gallowmere.example"),
    subject="Land release quality management - request for expert advice",
    client="outlook", structure="plain", charset="utf-8", cte="7bit",
    body="""Dear Sir/Madam,

Over the past two years non-technical survey in Gallowmere has cancelled
about 40% of the areas originally suspected of cluster munition
contamination. Donors and the provincial authorities are asking, quite
rightly, how confident we can be that cancelled and released land is safe.

We currently have no formal quality management system for land release.
We would like advice, and if possible a short expert mission, to help us:

- define quality assurance and quality control procedures for survey and
  clearance teams;
- design post-clearance sampling and inspection;
- prepare the documents by which land is formally handed back to
  communities.

Thank you for your consideration.

Farhan Idris
Quality Management Officer
Gallowmere Mine Action Authority
+999 27 448 1902""",
))

M(dict(
    key="C4", topic="clearance", secondary=[], language="en",
    hard=["forwarded_chain"],
    note="HARD(forwarded_chain): outer note only forwards; the inline forwarded message from the national authority asks for help drafting an Article 4 extension request",
    date="2026-06-29 09:03:55 +0200",
    sender=("Paul Nakamura-Reyes", "p.nakamura-reyes@geneva.brisane.example"),
    subject="FW: Request from capital",
    client="outlook", structure="alt", charset="utf-8", cte="quoted-printable",
    headers=[("Thread-Topic", "Request from capital")],
    body="""Dear ISU team,

Please see below from our national authority. Grateful if you could reply to
them directly, with me in copy.

Best,
Paul

Paul Nakamura-Reyes
Counsellor, Permanent Mission of Brisane, Geneva

From: Ama Serwaa Boateng <a.boateng@nmaa.brisane.example>
Sent: Friday, 26 June 2026 16:12
To: Paul Nakamura-Reyes <p.nakamura-reyes@geneva.brisane.example>
Subject: Request from capital

Dear Paul,

As you know, our clearance deadline under Article 4 is 1 March 2028, and at
the current pace we will still have about 14 km2 of confirmed hazardous
areas in the northern districts at that date. The Authority has decided to
request an extension.

Could you ask the ISU whether they can support us in drafting the request,
in particular the multi-year work plan, the costing and the description of
the remaining contamination? A short visit by someone from the ISU in
September would be ideal, and we would also welcome copies of well-regarded
requests submitted by other States.

Kind regards,
Ama

Dr. Ama Serwaa Boateng
Director, National Mine Action Authority of Brisane""",
))

M(dict(
    key="C5", topic="clearance", secondary=[], language="en",
    hard=["html_only"],
    note="HARD(html_only): HTML-only: NGO seeks funding for drone-based survey of strike footprints in marshland where submunitions sank",
    date="2026-04-02 15:26:48 +0200",
    sender=("Clearpath Aerial Survey", "programmes@clearpath-aerial.example.org"),
    subject="Drone survey of marshland strike areas - can the Convention help?",
    client="none", structure="html", charset="utf-8", cte="quoted-printable",
    html="""<html><head><meta charset="utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="border-bottom:3px solid #1d7a5f;padding:6px 0">
<span style="font-size:18px;color:#1d7a5f"><b>Clearpath Aerial Survey</b></span></td></tr></table>
<p>Dear colleagues,</p>
<p>We are a small non-profit that uses drones with multispectral and magnetometer sensors to map
<b>cluster munition strike footprints</b>. In the Sedge marshes of southern Ondura, submunitions dropped
during the conflict sank into soft ground and cannot be found by conventional non-technical survey;
fishermen and reed cutters are still being injured.</p>
<p>Together with the Ondura Mine Action Authority we have designed an eight-month survey project that would
narrow about 90&nbsp;km&sup2; of suspected marshland down to the actual strike areas, so that clearance teams can be
sent where they are needed. The budget is about 410,000&nbsp;USD.</p>
<p>Could you tell us whether a survey project of this kind can be supported through the Convention's
cooperation and assistance mechanisms, and which States Parties or coordinators we should approach?</p>
<p>With best regards,<br>
Johanna Lindqvist<br>
Programme Director, Clearpath Aerial Survey<br>
<a href="https://clearpath-aerial.example.org">clearpath-aerial.example.org</a></p>
</body></html>""",
))

M(dict(
    key="C6", topic="clearance", secondary=[], language="fr", hard=[],
    note="technical assistance to build an information management database and GIS capacity for contaminated areas",
    date="2026-03-25 11:12:19 +0100",
    sender=("Hervé Tchakounté", "h.tchakounte@cnlm.belvenie.example"),
    subject="Appui à la gestion de l'information sur les zones contaminées",
    client="outlook", structure="alt", charset="utf-8", cte="quoted-printable",
    body="""Madame, Monsieur,

Le Centre national de lutte antimines de Belvénie dispose aujourd'hui de
données dispersées sur les zones contaminées par les restes d'armes à
sous-munitions : tableurs des opérateurs, rapports papier des enquêtes non
techniques, coordonnées GPS de qualité inégale.

Afin de planifier les opérations de dépollution et de suivre la remise à
disposition des terres, nous souhaitons mettre en place une base de données
nationale de gestion de l'information, reliée à un système d'information
géographique. Nous sollicitons :

- un appui technique pour le choix et le paramétrage de l'outil ;
- la formation de quatre agents à la saisie et à l'analyse des données ;
- si possible, un financement pour le matériel informatique.

Nous restons à votre disposition pour tout complément d'information.

Hervé Tchakounté
Chef de la cellule Gestion de l'information
Centre national de lutte antimines – Belvénie""",
))

M(dict(
    key="C7", topic="clearance", secondary=[], language="fr", hard=[],
    note="marking and fencing of hazardous areas pending clearance: signs, fencing material, community-based marking",
    date="2026-07-08 14:05:33 +0000",
    sender=("Aïssatou Diallo-Ferrand", "a.diallo-ferrand@haam.kandora.example"),
    subject="Matériel de marquage des zones dangereuses",
    client="thunderbird", structure="plain", charset="iso-8859-1", cte="quoted-printable",
    body="""Bonjour,

La Haute autorité de l'action contre les mines de Kandora a confirmé 37 zones
dangereuses à proximité de villages de la région de Tessaoua. Leur dépollution
ne pourra commencer qu'en 2027, faute d'équipes disponibles.

En attendant, nous voulons marquer et clôturer ces zones pour protéger la
population : panneaux d'avertissement, piquets, fil de clôture, ainsi qu'un
marquage communautaire réalisé avec les chefs de village. Nous recherchons un
appui matériel (environ 2 500 panneaux) et une courte formation des équipes
au marquage conforme aux normes.

Pourriez-vous nous indiquer les partenaires susceptibles de nous aider ?

Bien cordialement,
Aïssatou Diallo-Ferrand
Responsable des opérations
Haute autorité de l'action contre les mines (HAAM), Kandora""",
))

M(dict(
    key="C8", topic="clearance", secondary=[], language="fr", hard=[],
    note="clearance finished: how to declare completion of Article 4 obligations at the MSP; invites the ISU to a handover ceremony",
    date="2026-09-14 16:38:02 +0000",
    sender=("Jean-Baptiste Mounier", "jb.mounier@cn-asm.omberia.example"),
    subject="Achèvement des obligations au titre de l'article 4",
    client="notes", structure="plain", charset="utf-8", cte="8bit",
    body="""Madame, Monsieur,

J'ai le plaisir de vous informer que les opérateurs ont remis le 31 août les
dernières zones dépolluées de la province de Lavanne. Selon nos données, plus
aucune zone contaminée par des restes d'armes à sous-munitions ne subsiste
sur le territoire de l'Ombéria.

La Commission nationale souhaite déclarer l'achèvement de ses obligations au
titre de l'article 4 lors de la prochaine Assemblée des États parties.
Pourriez-vous nous indiquer la procédure à suivre, les documents à préparer
et s'il existe un modèle de déclaration d'achèvement ?

Nous organisons par ailleurs une cérémonie de remise des terres aux
communautés le 24 octobre et serions honorés de la présence d'un représentant
de l'ISU.

Veuillez agréer nos salutations distinguées.

Jean-Baptiste Mounier
Secrétaire permanent
Commission nationale pour l'élimination des armes à sous-munitions, Ombéria""",
))

M(dict(
    key="C9", topic="clearance", secondary=[], language="es", hard=[],
    note="manual clearance teams for steep coffee plantations and training of local deminers",
    date="2026-05-20 08:21:47 -0500",
    sender=("Óscar Villalba Cruz", "ovillalba@daicma.serraniaalta.example"),
    subject="Despeje de restos de municiones en racimo en zonas cafeteras de ladera",
    client="outlook", structure="mixed", body_alt=True, charset="utf-8", cte="quoted-printable",
    attachments=[dict(name="Mapa_areas_peligrosas_cordillera_oriental.pdf", type="pdf"), dict(name="Presupuesto_despeje_manual_2027-2028.xlsx", type="xlsx")],
    body="""Buenos días:

La Dirección de Acción Integral contra Minas de Serranía Alta tiene
identificadas 22 áreas peligrosas confirmadas en fincas cafeteras de la
cordillera oriental, con pendientes de más del 45 %. En esas condiciones no
es posible usar maquinaria y el despeje tiene que ser manual.

Solicitamos apoyo para:
1. Financiar dos equipos de despeje manual durante 18 meses.
2. Formar a 30 desminadores de las propias comunidades cafeteras, lo que
   además generaría empleo local.
3. Recibir asesoría sobre procedimientos seguros de trabajo en pendiente.

Quedamos atentos a sus comentarios.

Cordialmente,

Ing. Óscar Villalba Cruz
Jefe de Operaciones
Dirección de Acción Integral contra Minas – Serranía Alta""",
))

M(dict(
    key="C10", topic="clearance", secondary=[], language="es",
    hard=["encoded_subject"],
    note="HARD(encoded_subject): iso-8859-1 Q-encoded subject split over several encoded-words carries the ask (risk education for indigenous communities); body only refers to the subject",
    date="2026-10-13 17:09:21 -0500",
    sender=("Oficina de Acción contra Minas", "acm@gobernacion-yaruma.montenublado.example"),
    name_enc=("iso-8859-1", "Q"),
    subject="Solicitud de apoyo: educación sobre el riesgo de restos de municiones en racimo para comunidades indígenas del río Tiquí",
    subject_enc=("iso-8859-1", "Q"),
    client="outlook", structure="plain", charset="iso-8859-1", cte="quoted-printable",
    body="""Buenas tardes:

Les escribimos en relación con el asunto de la referencia. Agradeceríamos
que nos indiquen con quién podemos coordinar.

Atentamente,

Oficina de Acción contra Minas
Gobernación de Yaruma""",
))

M(dict(
    key="C11", topic="clearance", secondary=[], language="ar",
    hard=["legacy_charset"],
    note="HARD(legacy_charset): windows-1256 body and subject (Arabic): training in non-technical survey and equipment for technical survey of olive groves",
    date="2026-04-14 10:51:06 +0300",
    sender=("خالد عبد الرحيم الزعبي", "k.alzoubi@nmac.qasrain.example"),
    name_enc=("windows-1256", "B"),
    subject="طلب مساعدة في المسح غير التقني لمخلفات الذخائر العنقودية",
    subject_enc=("windows-1256", "B"),
    client="outlook", structure="plain", charset="windows-1256", cte="quoted-printable",
    body="""السادة وحدة دعم التنفيذ المحترمين،

تحية طيبة وبعد،

يواجه المركز الوطني لمكافحة الألغام في جمهورية قصرين تلوثاً واسعاً بمخلفات
الذخائر العنقودية في الأراضي الزراعية وبساتين الزيتون في محافظتي الشرق
والوادي، وذلك منذ النزاع الذي شهدته المنطقة عام 2024.

نرجو التكرم بمساعدتنا في ما يلي:
- تدريب فرق وطنية على المسح غير التقني وتحديد المناطق الخطرة المؤكدة؛
- توفير معدات للمسح التقني (أجهزة كشف وأدوات تعليم)؛
- التواصل مع دول أطراف لديها خبرة في تطهير الأراضي الزراعية.

وتفضلوا بقبول فائق الاحترام والتقدير،

م. خالد عبد الرحيم الزعبي
مدير العمليات
المركز الوطني لمكافحة الألغام - جمهورية قصرين""",
))

M(dict(
    key="C12", topic="clearance", secondary=[], language="es", hard=[],
    note="land release: documentation and certificates to hand cleared land back, community liaison and post-clearance follow-up",
    date="2026-11-03 09:44:58 -0300",
    sender=("Lucía Baptista Rengifo", "lbaptista@and.rioclaro.example"),
    subject="Liberación de tierras: entrega formal a las comunidades",
    client="gmail", structure="alt", charset="utf-8", cte="quoted-printable",
    body="""Estimado equipo de la Dependencia:

La Autoridad Nacional de Desminado de Río Claro ya terminó el despeje de 160
hectáreas en el valle del Mapiri, pero muchas familias todavía no vuelven a
cultivar: nadie les ha entregado un documento que certifique que las tierras
fueron liberadas y desconfían.

Queremos mejorar el proceso de liberación de tierras y les pedimos apoyo para:

- elaborar un modelo de acta o certificado de entrega de tierras liberadas;
- formar a nuestro equipo de enlace comunitario para las reuniones de
  entrega;
- diseñar un seguimiento posterior al despeje para verificar el uso de las
  tierras.

¿Conocen algún Estado que haya desarrollado buenas prácticas en este tema?

Un saludo cordial,
Lucía Baptista Rengifo
Coordinadora de Liberación de Tierras
Autoridad Nacional de Desminado – Río Claro""",
))

# ---------------------------------------------------------------------------
# victim_assistance (11)
# ---------------------------------------------------------------------------

M(dict(
    key="V1", topic="victim_assistance", secondary=[], language="en", hard=[],
    note="data collection: advice on setting up a national registry of cluster munition victims disaggregated by sex, age and disability, linked to health data",
    date="2026-01-19 13:22:40 +0200",
    sender=("Dr. Oksana Pereira-Lund", "o.pereiralund@msp.veldania.example"),
    subject="Technical advice on a national registry of cluster munition victims",
    client="outlook", structure="alt", charset="utf-8", cte="quoted-printable",
    body="""Dear colleagues,

The Ministry of Social Protection of Veldania is responsible for assistance
to survivors, but we do not have reliable figures. Casualty data are held by
the police, hospitals and two NGOs, each using different definitions, and
families of people killed are not recorded at all.

We would like to set up a single national registry of cluster munition
victims (survivors, affected families and communities) with data
disaggregated by sex, age and type of disability, and linked to the health
information system so that needs can be followed over time.

Could the ISU provide technical advice, examples of data collection forms and
registries used by other States Parties, and possibly put us in touch with a
State that has done this recently?

Yours sincerely,

Dr. Oksana Pereira-Lund
Head, Department of Disability and Rehabilitation
Ministry of Social Protection, Republic of Veldania""",
))

M(dict(
    key="V2", topic="victim_assistance", secondary=[], language="en", hard=[],
    note="newly appointed victim assistance focal point asks for terms of reference, training and contacts of other focal points",
    date="2026-02-03 11:48:15 +0200",
    sender=("Thabo Mwale-Jensen", "thabo.mwalejensen@social.brisane.example"),
    subject="New victim assistance focal point - Brisane",
    client="gmail", structure="plain", charset="utf-8", cte="7bit", eol="lf",
    body="""Hello,

I was appointed last week as Brisane's national focal point for victim
assistance under the Convention, in the Ministry of Gender and Social
Welfare. This is a new role for me and for the Ministry.

Could you send me any terms of reference or guidance describing what a
focal point is expected to do? I would also like to know whether there is
any training or peer network for victim assistance focal points, and to
have the contacts of focal points in other affected States in our region.

Many thanks,
Thabo

--
Thabo Mwale-Jensen
Victim Assistance Focal Point
Ministry of Gender and Social Welfare, Brisane
""",
))

M(dict(
    key="V3", topic="victim_assistance", secondary=["legislation", "reporting"], language="en",
    hard=["multi_topic"],
    note="HARD(multi_topic): mentions the implementing act and Form H of the Article 7 report; the ask is an expert review of the survivors' chapter of the draft national disability action plan",
    date="2026-06-16 10:30:12 +0200",
    sender=("Ingrid Halvorsen-Obi", "ingrid.halvorsen-obi@pmo.selmark.example"),
    subject="Selmark national disability action plan 2027-2031",
    client="outlook", structure="alt", charset="utf-8", cte="quoted-printable",
    body="""Dear ISU,

The Inter-Ministerial Committee on Disability, which I serve as secretary,
is finalising Selmark's National Disability Action Plan 2027-2031.

Some background: our Cluster Munitions Act of 2012 already refers to the
rights of victims, and each year the Ministry of Foreign Affairs reports on
victim assistance in Form H of the Article 7 report. Until now, however,
survivors have not appeared as a distinct group in national disability
policy, and the Committee has decided to correct this in the new plan.

Our request: could the ISU, or an expert you would recommend, review the
draft chapter on cluster munition survivors and other victims of explosive
ordnance before the public consultation starts on 15 July? We want to be
sure the objectives, indicators and budget lines reflect good practice under
Article 5.

I can send the draft chapter as soon as we hear from you.

Best regards,
Ingrid Halvorsen-Obi
Secretary, Inter-Ministerial Committee on Disability
Prime Minister's Office, Selmark""",
))

M(dict(
    key="V4", topic="victim_assistance", secondary=["clearance"], language="en",
    hard=["misleading_subject"],
    note="HARD(misleading_subject): subject about clearance completion, but the request is funding for psychosocial peer support groups for survivors",
    date="2026-07-02 09:18:33 +0100",
    sender=("Dr. Rafael Oyelaran", "r.oyelaran@health.tamberlo.example"),
    subject="Clearance completion - next steps",
    client="outlook", structure="plain", charset="utf-8", cte="quoted-printable",
    body="""Dear colleagues,

As you may have heard, the last contaminated area in Tamberlo was cleared in
June. The Ministry of Health is proud of this, but for the 140 people who
survived cluster munition incidents, and their families, the consequences
are still very present.

A pilot run by the Ministry in two districts showed that peer support
groups, facilitated by trained survivors and supervised by a psychologist,
reduced isolation and depression considerably. We would like to extend these
psychosocial peer support groups to all six affected districts over the next
three years, and we are seeking a partner to fund facilitator training,
supervision and transport (approximately 95,000 USD per year).

Could you advise us on how to present this request and whom to approach?

Kind regards,

Dr. Rafael Oyelaran
Director, Mental Health and Psychosocial Support
Ministry of Health, Tamberlo

This e-mail is intended only for the addressee. If you are not the intended
recipient, please delete it and inform the sender.""",
))

M(dict(
    key="V5", topic="victim_assistance", secondary=[], language="en",
    hard=["enquiry_looks_like_noise"],
    note="HARD(enquiry_looks_like_noise): sent through a bulk-mail tool (List-Unsubscribe, campaign headers, 'view in browser' and unsubscribe footer) but is a personal request about vocational training and job placement for survivors",
    date="2026-03-10 14:00:05 +0100",
    sender=("Marta Kowalczyk-Eze | Stepping Forward", "marta@steppingforward.example.org"),
    to="intake@ccm-isu.example",
    subject="A request from Stepping Forward: jobs for survivors in Veldania",
    client="mailer", structure="alt", charset="utf-8", cte="quoted-printable",
    headers=[
        ("List-Unsubscribe", "<https://send.steppingforward.example.org/u/7f3a91?e=intake>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("X-Mailer", "MailOrbit Campaigns 4.2"),
        ("X-Campaign-ID", "sf-2026-03-personal-014"),
        ("Feedback-ID", "014:sf-2026-03:mailorbit"),
    ],
    body="""View this email in your browser: https://send.steppingforward.example.org/v/7f3a91

Dear colleagues at the Implementation Support Unit,

I am writing to you personally (our office only has this tool for sending
e-mail, apologies for the format).

Stepping Forward is a survivor-led organisation in Veldania. We run a
vocational training workshop in Dravik where 80 cluster munition survivors
and family members are learning tailoring, mobile phone repair and
beekeeping. Our problem is what happens next: few employers hire people with
disabilities and micro-grants for start-ups ran out in January.

We would like to know whether the ISU could circulate a short proposal for a
job placement and start-up grant scheme to States in a position to assist,
or advise us how to present it. The scheme would cost about 120,000 EUR over
two years.

With warm regards,
Marta Kowalczyk-Eze
Director, Stepping Forward

--
Stepping Forward, 14 Mill Lane, Dravik, Veldania
You are receiving this email because you are in our contacts.
Unsubscribe: https://send.steppingforward.example.org/u/7f3a91""",
))

M(dict(
    key="V6", topic="victim_assistance", secondary=[], language="fr", hard=[],
    note="psychological support: training psychologists and community workers for survivors and families, counselling line",
    date="2026-04-28 12:10:55 +0000",
    sender=("Dr Hélène Bamba-Vasseur", "h.bamba-vasseur@sante.sarvaux.example"),
    subject="Soutien psychologique aux survivants et à leurs familles",
    client="outlook", structure="alt", charset="utf-8", cte="quoted-printable",
    body="""Madame, Monsieur,

Le Ministère de la Santé de Sarvaux constate que les survivants d'accidents
causés par des sous-munitions, ainsi que leurs proches, souffrent fréquemment
de traumatismes psychologiques qui ne sont pas pris en charge : le pays ne
compte que onze psychologues cliniciens, tous installés dans la capitale.

Nous souhaitons :
- former une vingtaine de psychologues et d'agents de santé communautaire à
  la prise en charge du psychotraumatisme ;
- mettre en place une ligne d'écoute gratuite pour les survivants et leurs
  familles dans les zones rurales.

Nous vous serions reconnaissants de nous mettre en relation avec des
partenaires techniques et financiers intéressés par ce projet.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Dr Hélène Bamba-Vasseur
Directrice de la santé mentale
Ministère de la Santé – Sarvaux

Envoyé de mon iPad""",
))

M(dict(
    key="V7", topic="victim_assistance", secondary=[], language="fr",
    hard=["attachment_only_hint"],
    note="HARD(attachment_only_hint): bare cover note; only the RFC 2231 attachment name (draft national disability inclusion plan, cluster munition victims component) gives the topic",
    date="2026-10-20 15:27:40 +0100",
    sender=("Delphine Nkurunziza-Roche", "d.nkurunziza-roche@social.belvenie.example"),
    subject="Transmission",
    client="outlook", structure="mixed", body_alt=False, charset="utf-8", cte="quoted-printable",
    body="""Bonjour,

Ci-joint, pour suite à donner.

Cordialement,
D. Nkurunziza-Roche
Ministère de l'Action sociale – Belvénie""",
    attachments=[dict(name="Projet_Plan_national_d'inclusion_des_personnes_handicapées_volet_victimes_ASM_2027-2031.docx", type="docx", enc="2231")],
))

M(dict(
    key="V8", topic="victim_assistance", secondary=[], language="es", hard=[],
    note="economic inclusion: microcredit and vocational training for rural survivors; asks for donors",
    date="2026-05-27 16:55:09 -0500",
    sender=("Andrés Felipe Quintero", "afquintero@inclusion.rioclaro.example"),
    subject="Inclusión económica de sobrevivientes en zonas rurales",
    client="gmail", structure="alt", charset="utf-8", cte="quoted-printable",
    body="""Estimados colegas:

El Ministerio de Inclusión Social de Río Claro tiene registradas 312 personas
sobrevivientes de accidentes con submuniciones, la mayoría en zonas rurales
donde el desempleo supera el 40 %.

Estamos diseñando un programa de inclusión económica que combine formación
técnica (agricultura, carpintería, comercio), acompañamiento para crear
pequeños negocios y un fondo de microcrédito con tasas preferenciales. El
Estado cubre la formación, pero necesitamos socios para capitalizar el fondo
de microcrédito.

¿Podrían orientarnos sobre donantes o Estados Partes con experiencia en este
tipo de programas?

Muchas gracias,

Andrés Felipe Quintero
Director de Inclusión Productiva
Ministerio de Inclusión Social – Río Claro""",
))

M(dict(
    key="V9", topic="victim_assistance", secondary=[], language="es", hard=[],
    note="survivors' association asks for support for a peer network and training of survivor representatives to take part in policy meetings",
    date="2026-09-08 19:42:16 -0500",
    sender=("Rosa Elvira Chambi", "presidencia@asopedy.example.org"),
    subject="Red de sobrevivientes de Yaruma – solicitud de apoyo",
    client="android", structure="alt", charset="utf-8", cte="quoted-printable",
    body="""Buenas noches,

Soy Rosa Elvira Chambi, presidenta de la Asociación de Sobrevivientes y
Personas con Discapacidad de Yaruma (ASOPEDY), en Montenublado. Perdí una
pierna en 2009 por una submunición.

Somos 58 socios y queremos formar una red de apoyo entre pares para visitar a
los sobrevivientes que viven aislados en las veredas. También queremos que
nuestros representantes se capaciten para participar en las mesas de
discapacidad del departamento y en las reuniones nacionales, donde casi
nunca se escucha a los sobrevivientes.

¿Nos pueden decir si hay apoyo para capacitación y transporte, y a quién
debemos escribir?

Gracias de corazón,
Rosa Elvira Chambi
ASOPEDY – Yaruma, Montenublado

Enviado desde mi teléfono Android""",
))

M(dict(
    key="V10", topic="victim_assistance", secondary=[], language="pt", hard=[],
    note="Portuguese: CAD/CAM prosthetics workshop for the national rehabilitation centre and training of prosthetists",
    date="2026-08-25 10:14:27 -0300",
    sender=("Dra. Beatriz Nogueira Tavares", "beatriz.tavares@saude.serraazul.example"),
    subject="Oficina ortopédica CAD/CAM para o Centro Nacional de Reabilitação",
    client="outlook", structure="plain", charset="utf-8", cte="8bit",
    body="""Prezados senhores,

O Centro Nacional de Reabilitação de Serra Azul atende cerca de 450
sobreviventes de acidentes com submunições e outros artefatos explosivos.
A nossa oficina ortopédica ainda trabalha com moldagem em gesso, o que obriga
os pacientes do interior a permanecer várias semanas na capital para receber
uma prótese.

Gostaríamos de implantar uma oficina com tecnologia CAD/CAM (escâner 3D e
fresadora) e de capacitar seis técnicos protesistas no seu uso. Solicitamos
orientação sobre parceiros técnicos e possíveis financiadores, e, se possível,
o contato de outros Estados Partes que já tenham adotado essa tecnologia.

Atenciosamente,

Dra. Beatriz Nogueira Tavares
Coordenadora de Reabilitação Física
Ministério da Saúde – República de Serra Azul""",
))

M(dict(
    key="V11", topic="victim_assistance", secondary=[], language="ar", hard=[],
    note="Arabic: needs assessment survey of survivors in the southern governorates; technical support and funding",
    date="2026-11-17 11:33:50 +0300",
    sender=("د. ليلى حسن المنصوري", "l.almansouri@mosa.wadisahr.example"),
    subject="طلب دعم فني لإجراء مسح لاحتياجات الناجين من الذخائر العنقودية",
    client="outlook", structure="alt", charset="utf-8", cte="quoted-printable",
    body="""السادة في وحدة دعم التنفيذ،

تحية طيبة،

تعمل وزارة الشؤون الاجتماعية في جمهورية وادي صخر على إعداد خطة وطنية
لمساعدة ضحايا الذخائر العنقودية، غير أننا لا نملك بيانات دقيقة عن أعداد
الناجين واحتياجاتهم في المحافظات الجنوبية.

نود إجراء مسح ميداني شامل لتقييم احتياجات الناجين وأسرهم في مجالات الرعاية
الطبية وإعادة التأهيل والدعم النفسي والإدماج الاقتصادي، ونطلب:
- دعماً فنياً في تصميم استمارة المسح ومنهجيته؛
- المساعدة في إيجاد جهات مانحة لتمويل العمل الميداني.

مع خالص الشكر والتقدير،

د. ليلى حسن المنصوري
مديرة إدارة شؤون الأشخاص ذوي الإعاقة
وزارة الشؤون الاجتماعية - جمهورية وادي صخر""",
))

# ---------------------------------------------------------------------------
# reporting (11)
# ---------------------------------------------------------------------------

M(dict(
    key="R1", topic="reporting", secondary=[], language="en", hard=[],
    note="new staff: asks for the current templates of Forms A-J and guidance on the cover page (who signs, date)",
    date="2026-03-09 10:05:41 +0100",
    sender=("Chiara Vonderau", "c.vonderau@geneva.ivorra.example"),
    subject="Article 7 annual report - templates and cover page",
    client="outlook", structure="alt", charset="utf-8", cte="quoted-printable",
    body="""Dear colleagues,

I have just joined the Permanent Mission of Ivorra and have inherited the
preparation of our annual transparency report due on 30 April. My
predecessor left only last year's PDF.

Could you please send me the current Word templates for Forms A to J? I also
have two questions on the cover page:

- who should sign it - the Ambassador, or can it be signed in the capital by
  the Director of Disarmament?
- which date goes on it: the date of signature or the date of submission?

Thank you very much for your help.

Best regards,

Chiara Vonderau
Attaché, Disarmament Affairs
Permanent Mission of Ivorra to the United Nations Office at Geneva
Tel. +999 22 918 40 17""",
))

M(dict(
    key="R2", topic="reporting", secondary=[], language="en", hard=[],
    note="late reports for 2024 and 2025: combined or separate submission, request for an online walk-through; replies to an ISU staff reminder (quoted chain)",
    date="2026-02-16 15:31:02 +0000",
    sender=("Kwame Asante-Holt", "k.asanteholt@mfa.tamberlo.example"),
    subject="Re: Outstanding Article 7 reports",
    client="thunderbird", structure="plain", charset="utf-8", cte="8bit",
    headers=[
        ("In-Reply-To", "<5b2e0c41-88aa-4f0e-9f3b-2d7a11c0e3f4@ccm-isu.example>"),
        ("References", "<5b2e0c41-88aa-4f0e-9f3b-2d7a11c0e3f4@ccm-isu.example>"),
    ],
    body="""Dear Ms Weiss,

Thank you for your reminder, and apologies for the long silence. The desk
was vacant for most of 2025, which explains why neither the 2024 nor the
2025 report was submitted.

We now want to catch up before this year's deadline. Two questions:

1. Should we submit the two missing reports separately, or can one report
   cover both calendar years, with the figures shown year by year?
2. Could someone from the ISU walk our new officer through the forms in a
   short online session, ideally in the first week of March?

Kind regards,
Kwame Asante-Holt
Deputy Director, Arms Control and Disarmament
Ministry of Foreign Affairs, Tamberlo

On 12/02/2026 09:14, Hana Weiss wrote:
> Dear colleagues,
>
> Our records show that the Article 7 reports of Tamberlo covering 2024 and
> 2025 have not yet been received. The ISU remains available to help with
> their preparation.
>
> Kind regards,
> Hana Weiss
> Implementation Support Unit
""",
))

M(dict(
    key="R3", topic="reporting", secondary=["stockpile_destruction"], language="en",
    hard=["reply_to_ack"],
    note="HARD(reply_to_ack): reply to acknowledgement CCM-2026-0412 with the corrected Form B; asks to replace the published report and whether a new cover page is needed",
    date="2026-05-08 11:20:09 +0200",
    sender=("Lise Brekke", "lise.brekke@mfa.selmark.example"),
    subject="Re: [CCM-2026-0412] Received: Correction to our 2025 Article 7 report",
    client="outlook", structure="mixed", body_alt=True, charset="utf-8", cte="quoted-printable",
    headers=[
        ("In-Reply-To", "<ccm-2026-0412.ack@ccm-isu.example>"),
        ("References", "<ccm-2026-0412.ack@ccm-isu.example>"),
        ("Thread-Topic", "[CCM-2026-0412] Received: Correction to our 2025 Article 7 report"),
    ],
    body="""Dear colleagues,

Further to my message of Tuesday, please find attached the corrected Form B.
In the original version we counted 600 submunitions destroyed in December
twice, once under the December batch and once in the annual total.

Could you replace the version published on the website? And do we need to
resubmit the whole report with a new signed cover page, or is the corrected
form enough?

Best regards,
Lise Brekke
Senior Adviser, Section for Disarmament
Ministry of Foreign Affairs, Selmark

From: CCM Implementation Support Unit <no-reply@ccm-isu.example>
Sent: Tuesday, 5 May 2026 14:02
To: Lise Brekke <lise.brekke@mfa.selmark.example>
Subject: [CCM-2026-0412] Received: Correction to our 2025 Article 7 report

""" + ACK_EN.format(ref="CCM-2026-0412"),
    attachments=[dict(name="Selmark_Art7_2025_Form_B_corrected_2026-05-08.xlsx", type="xlsx")],
))

M(dict(
    key="R4", topic="reporting", secondary=["stockpile_destruction"], language="en",
    hard=["misleading_subject"],
    note="HARD(misleading_subject): subject says stockpile destruction, but the questions are how to fill in Form B after completion and whether an e-signed cover page is accepted",
    date="2026-04-08 08:52:37 +0100",
    sender=("Capt. Oliver Stenhouse", "o.stenhouse@mod.brennmoor.example"),
    subject="Stockpile destruction - final figures",
    client="outlook", structure="alt", charset="utf-8", cte="quoted-printable",
    body="""Good morning,

Brennmoor finished destroying its stockpile in November last year, so the
report due at the end of this month will be the first one after completion.
I am preparing it and have some practical questions:

- Form B: do we still fill it in, showing zero remaining stocks, and where do
  we put the quantities destroyed during the last reporting year?
- Can the final destruction certificate be annexed to the report, or should
  it be described in the form only?
- Our Minister will be travelling: is a cover page with a qualified
  electronic signature acceptable?

Thanks in advance,

Captain Oliver Stenhouse
Arms Control Verification Cell
Ministry of Defence, Brennmoor""",
))

M(dict(
    key="R5", topic="reporting", secondary=[], language="en", hard=[],
    note="annual report will be late because of elections: can it be submitted at the end of May, and may it be sent as a PDF by e-mail",
    date="2026-04-23 17:45:14 +0200",
    sender=("Naledi Fitzgerald-Okoro", "n.fitzgeraldokoro@dis.calderra.example"),
    subject="Calderra annual transparency report - timing",
    client="apple", structure="alt", charset="utf-8", cte="quoted-printable",
    body="""Dear ISU,

Because of the general elections on 10 May, the inter-ministerial sign-off of
our annual report cannot take place before the new Cabinet is sworn in.
Realistically the report will be ready around 25 May, almost four weeks after
the 30 April deadline.

Is it acceptable to submit at the end of May, and should we inform the
States Parties or the President of the delay in any formal way? Also, can
the signed report be sent as a single PDF to this address, or does it have
to be uploaded through the online form?

With thanks,
Naledi

Naledi Fitzgerald-Okoro
Department of International Security
Republic of Calderra""",
))

M(dict(
    key="R6", topic="reporting", secondary=[], language="fr", hard=[],
    note="recent accession: deadline (180 days) and content of the initial Article 7 report",
    date="2026-01-13 09:37:28 +0300",
    sender=("Sophie Andriamanana", "s.andriamanana@diplomatie.mourenne.example"),
    subject="Rapport initial au titre de l'article 7",
    client="outlook", structure="alt", charset="utf-8", cte="quoted-printable",
    headers=[("Reply-To", "Secretariat ONU <secretariat.onu@diplomatie.mourenne.example>")],
    body="""Madame, Monsieur,

La Convention est entrée en vigueur pour Mourenne le 1er décembre 2025.
Nous comprenons que notre rapport initial doit être présenté au plus tard
180 jours après cette date.

Pourriez-vous nous confirmer la date limite exacte et nous indiquer ce que
le rapport initial doit contenir ? En particulier, faut-il remplir tous les
formulaires même lorsque nous n'avons rien à déclarer, et existe-t-il une
version française des formulaires ?

Avec nos remerciements anticipés,

Sophie Andriamanana
Conseillère, Direction des Nations Unies et du désarmement
Ministère des Affaires étrangères de Mourenne""",
))

M(dict(
    key="R7", topic="reporting", secondary=["clearance"], language="fr",
    hard=["base64_body"],
    note="HARD(base64_body): base64 body: error in Form F (cleared area) of last year's published report; how to submit a correction",
    date="2026-06-10 13:08:44 +0000",
    sender=("Marc-Antoine Diouf", "ma.diouf@cn-asm.omberia.example"),
    subject="Correction d'une erreur dans notre rapport de transparence",
    client="outlook", structure="plain", charset="utf-8", cte="base64",
    body="""Bonjour,

En préparant le rapport de cette année, nous avons constaté une erreur dans
le formulaire F de notre rapport annuel publié l'an dernier : la superficie
dépolluée en 2024 y figure en hectares alors qu'il s'agissait de mètres
carrés, ce qui fausse largement le total.

Comment procéder pour corriger le rapport publié ? Faut-il transmettre un
rapport rectificatif complet ou seulement le formulaire F corrigé, et la
correction doit-elle être signée au même niveau que le rapport initial ?

Merci d'avance.

Marc-Antoine Diouf
Chargé des rapports
Commission nationale pour l'élimination des armes à sous-munitions, Ombéria""",
))

M(dict(
    key="R8", topic="reporting", secondary=["victim_assistance"], language="es", hard=[],
    note="how to fill in Form H (victim assistance) while the national census of survivors is unfinished",
    date="2026-04-02 12:26:33 -0500",
    sender=("Natalia Ibarra Solís", "nibarra@cancilleria.tierraroja.example"),
    subject="Consulta sobre el Formulario H del informe anual",
    client="outlook", structure="alt", charset="utf-8", cte="quoted-printable",
    body="""Estimados señores:

Estamos terminando el informe de transparencia de Tierra Roja que vence el
30 de abril. Tenemos dudas sobre el Formulario H:

- El censo nacional de sobrevivientes no estará terminado hasta septiembre.
  ¿Podemos presentar cifras provisionales indicando la fuente y la fecha, o
  es preferible dejar el formulario con una nota explicativa?
- ¿Debe incluirse a las familias de las víctimas fallecidas en las cifras, o
  solo a los sobrevivientes?

Les agradezco de antemano su orientación.

Natalia Ibarra Solís
Dirección de Desarme y No Proliferación
Cancillería de Tierra Roja""",
))

M(dict(
    key="R9", topic="reporting", secondary=[], language="ru",
    hard=["encoded_subject", "legacy_charset"],
    note="HARD(encoded_subject,legacy_charset): koi8-r B-encoded subject asks whether an abbreviated annual report is allowed when nothing changed; windows-1251 body only refers to the subject",
    date="2026-03-30 16:04:12 +0500",
    sender=("Галиев Артур Рустемович", "a.galiev@mid.stepnaya.example"),
    name_enc=("windows-1251", "B"),
    subject="Вопрос: можно ли представить ежегодный доклад по статье 7 в сокращённом виде, если изменений за год не было",
    subject_enc=("koi8-r", "B"),
    client="outlook", structure="plain", charset="windows-1251", cte="quoted-printable",
    body="""Добрый день!

Просим разъяснить вопрос, указанный в теме письма.

С уважением,
А. Р. Галиев
МИД Республики Степная""",
))

M(dict(
    key="R10", topic="reporting", secondary=[], language="es", hard=[],
    note="may the annual report be submitted in Spanish, and should in-kind assistance received be listed in Form I",
    date="2026-03-18 10:59:20 +0100",
    sender=("Diego Armando Ferreyra", "dferreyra@onuginebra.montenublado.example"),
    subject="Idioma del informe y Formulario I",
    client="thunderbird", structure="plain", charset="iso-8859-1", cte="8bit", eol="lf",
    body="""Estimados colegas de la ISU:

Dos consultas breves sobre el informe anual de Montenublado:

1. ¿Podemos presentarlo en español, o debe enviarse también una versión en
   inglés? ¿La ISU publica los informes en el idioma en que se reciben?

2. El año pasado recibimos asistencia en especie (detectores y vehículos)
   de un Estado donante. ¿Debemos registrarla en el Formulario I con un valor
   estimado, o basta con describirla?

Muchas gracias.

Diego Armando Ferreyra
Primer Secretario
Misión Permanente de Montenublado en Ginebra
""",
))

M(dict(
    key="R11", topic="reporting", secondary=["stockpile_destruction"], language="de", hard=[],
    note="German: is the reporting period the calendar year, and how to report retained submunitions used up in training (Form D)",
    date="2026-04-15 14:12:56 +0200",
    sender=("Dr. Friederike Sommerfeld", "f.sommerfeld@aussenministerium.eisental.example"),
    subject="Fragen zum Jahresbericht nach Artikel 7",
    client="outlook", structure="alt", charset="iso-8859-1", cte="quoted-printable",
    body="""Sehr geehrte Damen und Herren,

bei der Erstellung unseres Jahresberichts nach Artikel 7 sind zwei Fragen
aufgekommen:

1. Umfasst der Berichtszeitraum das Kalenderjahr 2025, auch wenn unser
   Haushaltsjahr am 30. Juni endet?
2. Die Streitkräfte haben 2025 insgesamt 36 der nach Artikel 3 Absatz 6
   zurückbehaltenen Submunitionen bei Ausbildungen verbraucht. Wie ist dies
   in Formular D anzugeben - nur der neue Bestand oder auch der Verbrauch mit
   Verwendungszweck?

Für eine kurze Rückmeldung vor dem 30. April wären wir dankbar.

Mit freundlichen Grüßen
Friederike Sommerfeld
Referat Abrüstung und Rüstungskontrolle
Außenministerium der Republik Eisental""",
))

# ---------------------------------------------------------------------------
# legislation (11)
# ---------------------------------------------------------------------------

M(dict(
    key="L1", topic="legislation", secondary=[], language="en", hard=[],
    note="penal sanctions in the implementing bill: comparative penalty ranges, criminalising assistance/inducement, liability of legal persons",
    date="2026-02-05 12:44:19 +0200",
    sender=("Thandiwe Mokoena-Hart", "t.mokoenahart@opc.calderra.example"),
    subject="Penal provisions in the Cluster Munitions (Prohibition) Bill",
    client="outlook", structure="alt", charset="utf-8", cte="quoted-printable",
    body="""Dear Sir or Madam,

The Office of the Chief Parliamentary Counsel is drafting Calderra's
Cluster Munitions (Prohibition) Bill. We are at the stage of the offence and
penalty clauses and would be grateful for comparative information:

(a) What maximum penalties have other States Parties adopted for the core
    prohibitions (imprisonment and fines), and do they distinguish between
    individuals and companies?
(b) How have other laws worded the offence of assisting, encouraging or
    inducing anyone to engage in a prohibited activity?
(c) Is there a model text or a compilation of national laws that we could
    consult?

Yours faithfully,

Thandiwe Mokoena-Hart
Senior Parliamentary Counsel
Office of the Chief Parliamentary Counsel, Calderra

CONFIDENTIALITY: This e-mail may contain privileged drafting material. Please
do not forward it without the sender's consent.""",
))

M(dict(
    key="L2", topic="legislation", secondary=[], language="en", hard=[],
    note="State preparing ratification: asks for the ratification toolkit, a model instrument of ratification and an explanatory note for parliament",
    date="2026-05-19 09:28:50 +0100",
    sender=("Duncan MacAllister", "duncan.macallister@treaties.northmere.example"),
    subject="Ratification kit",
    client="gmail", structure="plain", charset="utf-8", cte="7bit", eol="lf",
    body="""Dear ISU,

Northmere's Cabinet approved last week the proposal to ratify the Convention
on Cluster Munitions, and the bill will go to Parliament in the autumn.

Could you send us the ratification toolkit, in particular a model instrument
of ratification and any explanatory material we could adapt for members of
Parliament? We would also like to know whether there are declarations or
notifications that should be made at the time of deposit.

Kind regards,
Duncan MacAllister
Treaties and Legal Division
Foreign Ministry of Northmere
""",
))

M(dict(
    key="L3", topic="legislation", secondary=[], language="en",
    hard=["forwarded_as_attachment"],
    note="HARD(forwarded_as_attachment): generic outer note; the attached message/rfc822 from the Attorney-General's Chambers asks whether and how to prohibit investment in producers in the implementing bill",
    date="2026-07-21 10:11:35 +0200",
    sender=("Rahul D'Souza-Lindgren", "r.dsouza-lindgren@geneva.ivorra.example"),
    subject="FW: Implementing legislation query",
    client="outlook", structure="mixed", body_alt=True, charset="utf-8", cte="7bit",
    body="""Dear colleagues,

Forwarding the attached for your attention. Happy to set up a call if that is
easier.

Best,
Rahul

Rahul D'Souza-Lindgren
Counsellor (Legal), Permanent Mission of Ivorra, Geneva""",
    inner=dict(
        sender=("Aoife Brannigan", "a.brannigan@agc.ivorra.example"),
        to="Rahul D'Souza-Lindgren <r.dsouza-lindgren@geneva.ivorra.example>",
        date="2026-07-17 16:48:02 +0100",
        subject="Implementing legislation query",
        client="outlook", charset="utf-8", cte="quoted-printable",
        body="""Dear Rahul,

As you know, we are finalising the Cluster Munitions Bill. Several members of
the parliamentary committee want the Bill to prohibit investment by
Ivorran banks and pension funds in companies that produce cluster munitions
or their key components.

Could you ask the ISU whether other States Parties have included such a
prohibition in their implementing legislation, how they defined "investment"
and "producer", and whether there is model wording we could use? We need
to take a position before the committee meets on 4 September.

Many thanks,
Aoife

Aoife Brannigan
Senior State Counsel
Attorney-General's Chambers, Ivorra""",
    ),
))

M(dict(
    key="L4", topic="legislation", secondary=["stockpile_destruction", "reporting"], language="en",
    hard=["multi_topic"],
    note="HARD(multi_topic): mentions the stockpile transfer and Form A of the report; the question is whether amending the Weapons Act suffices as Article 9 implementation or a stand-alone law is needed",
    date="2026-09-01 13:57:21 +0100",
    sender=("Maj. Sven Eriksen-Adebayo", "s.eriksen-adebayo@legal.defence.halvarn.example"),
    subject="Article 9 - stand-alone law or amendment?",
    client="outlook", structure="alt", charset="utf-8", cte="quoted-printable",
    body="""Dear colleagues,

I work in the Legal Service of the Halvarn Armed Forces. Our stockpile will
be transferred abroad for destruction next year, and we have been reporting
our legal measures in Form A since 2015. Those measures consist only of a
ministerial directive and a 2014 amendment to the Weapons Act adding cluster
munitions to the list of prohibited weapons.

A parliamentary review has now questioned whether this is enough under
Article 9. My question: in the ISU's experience, does an amendment to a
general weapons law usually satisfy Article 9, or have States found it
necessary to adopt a stand-alone law, for example to cover assistance to
prohibited activities, penal sanctions for legal persons and the conduct of
nationals abroad?

Any examples of both approaches would help us brief the review committee.

Best regards,
Major Sven Eriksen-Adebayo
Legal Adviser, Armed Forces Legal Service, Halvarn""",
))

M(dict(
    key="L5", topic="legislation", secondary=[], language="fr", hard=[],
    note="asks for an expert mission to help draft the national implementing law and review the draft",
    date="2026-03-12 11:41:07 +0000",
    sender=("Fatoumata Sangaré-Duval", "f.sangare-duval@justice.tassilie.example"),
    subject="Demande d'assistance juridique – loi d'application de la Convention",
    client="outlook", structure="alt", charset="utf-8", cte="quoted-printable",
    body="""Madame, Monsieur,

Le Ministère de la Justice de Tassilie a été chargé de préparer le projet de
loi portant application de la Convention sur les armes à sous-munitions. Notre
équipe ne dispose pas d'une expérience préalable en matière de droit du
désarmement.

Nous souhaiterions bénéficier d'une mission d'expertise juridique, de
préférence en présentiel à Ketou, afin de nous aider à rédiger le projet de
texte (définitions, interdictions, sanctions pénales, mesures
administratives), puis d'examiner la version finale avant sa transmission au
Conseil des ministres.

Pourriez-vous nous indiquer si une telle assistance est possible et les
démarches à entreprendre ?

Veuillez agréer, Madame, Monsieur, l'assurance de notre haute considération.

Me Fatoumata Sangaré-Duval
Directrice des affaires criminelles et des grâces
Ministère de la Justice, République de Tassilie""",
))

M(dict(
    key="L6", topic="legislation", secondary=[], language="fr",
    hard=["legacy_charset"],
    note="HARD(legacy_charset): windows-1252 QP (typographic quotes, oe ligature, euro sign): how to word prohibitions on transit and foreign stockpiling in the national law",
    date="2026-05-05 16:22:38 +0200",
    sender=("Bénédicte Cœurdevey", "b.coeurdevey@mae.belvenie.example"),
    name_enc=("windows-1252", "Q"),
    subject="Projet de loi : transit et stockage étranger d’armes à sous-munitions",
    subject_enc=("windows-1252", "Q"),
    client="outlook", structure="plain", charset="windows-1252", cte="quoted-printable",
    body="""Madame, Monsieur,

Dans le cadre de l’élaboration de notre projet de loi d’application, la
commission des lois du Parlement de Belvénie s’interroge sur deux points :

1. Faut-il interdire expressément le « transit » d’armes à sous-munitions
   sur le territoire national, et si oui, comment d’autres États l’ont-ils
   formulé ?
2. Comment rédiger l’interdiction du stockage, par un État non partie,
   d’armes à sous-munitions sur notre territoire – par exemple sur une base
   utilisée dans le cadre d’un accord de coopération militaire ?

Par ailleurs, la commission souhaiterait savoir si des amendes d’un montant
supérieur à 500 000 € ont été prévues ailleurs pour les personnes morales.

Nous vous remercions par avance de vos éclairages et de tout exemple de
dispositions législatives – notre œuvre législative en dépend !

Bénédicte Cœurdevey
Sous-direction du droit international
Ministère des Affaires étrangères de Belvénie""",
))

M(dict(
    key="L7", topic="legislation", secondary=[], language="es", hard=[],
    note="parliamentary committee asks for a model law and a briefing for legislators before the vote on the implementing bill",
    date="2026-08-04 11:16:52 -0600",
    sender=("Dip. Laura Montalvo Iriarte", "lmontalvo@congreso.costaverde.example"),
    subject="Proyecto de ley de aplicación de la Convención – solicitud de apoyo",
    client="outlook", structure="mixed", body_alt=True, charset="utf-8", cte="quoted-printable",
    attachments=[dict(name="Proyecto_de_ley_aplicacion_CMR_version_Ejecutivo.pdf", type="pdf")],
    body="""Estimados señores:

La Comisión de Relaciones Exteriores del Congreso de Costaverde examinará en
octubre el proyecto de ley de aplicación nacional de la Convención sobre
Municiones en Racimo presentado por el Poder Ejecutivo.

Muchos diputados conocen poco la Convención. Por ello solicitamos:

- una ley modelo o ejemplos de leyes de aplicación de otros Estados de la
  región, para comparar con el proyecto;
- una breve sesión informativa (presencial o virtual) para los miembros de
  la Comisión sobre las obligaciones que debe cubrir la legislación
  nacional.

Agradeciendo de antemano su atención,

Diputada Laura Montalvo Iriarte
Presidenta de la Comisión de Relaciones Exteriores
Congreso de la República de Costaverde""",
))

M(dict(
    key="L8", topic="legislation", secondary=[], language="es", hard=[],
    note="implementing bill: extraterritorial application of penal provisions to nationals abroad and liability of legal persons",
    date="2026-10-27 09:05:13 -0400",
    sender=("Martín Echeverría Soto", "mecheverria@cancilleria.valdemora.example"),
    subject="Consulta jurídica: jurisdicción extraterritorial en el proyecto de ley",
    client="roundcube", structure="plain", charset="utf-8", cte="quoted-printable",
    body="""Estimados colegas:

La Consultoría Jurídica de la Cancillería de Valdemora revisa el proyecto de
ley que incorpora la Convención al derecho interno. Surgieron dos dudas de
redacción:

1. ¿Conviene que las sanciones penales se apliquen también a los nacionales
   que cometan los actos prohibidos en el extranjero? ¿Qué fórmula han
   usado otros Estados?
2. ¿Cómo se ha regulado la responsabilidad de las personas jurídicas,
   especialmente de las empresas que fabrican componentes?

Les agradeceríamos ejemplos de disposiciones concretas.

Atentamente,

Lic. Martín Echeverría Soto
Consultor Jurídico Adjunto
Ministerio de Relaciones Exteriores de Valdemora

--
Este correo puede contener información confidencial.""",
))

M(dict(
    key="L9", topic="legislation", secondary=[], language="pt", hard=[],
    note="Portuguese: accession: model instrument of accession and steps to deposit it with the UN Secretary-General",
    date="2026-06-23 10:47:29 +0000",
    sender=("Joaquim Matias Sequeira", "joaquim.sequeira@mre.ribeirafunda.example"),
    subject="Adesão à Convenção sobre Munições de Fragmentação – instrumento de adesão",
    client="outlook", structure="alt", charset="utf-8", cte="quoted-printable",
    body="""Exmos. Senhores,

A Assembleia Nacional da República de Ribeira Funda aprovou, no passado dia
12 de junho, a adesão do país à Convenção sobre Munições de Fragmentação.

Para darmos seguimento ao processo, agradecíamos que nos enviassem:
- um modelo de instrumento de adesão;
- informação sobre os passos para o depósito junto do Secretário-Geral das
  Nações Unidas e sobre a data de entrada em vigor para o nosso país;
- eventuais materiais de apoio sobre as medidas legislativas nacionais a
  adotar após a adesão.

Com os melhores cumprimentos,

Joaquim Matias Sequeira
Diretor dos Assuntos Jurídicos e Tratados
Ministério das Relações Exteriores – Ribeira Funda""",
))

M(dict(
    key="L10", topic="legislation", secondary=[], language="ar", hard=[],
    note="Arabic: asks for model legislation in Arabic and a review of the draft implementing law",
    date="2026-09-29 12:02:44 +0300",
    sender=("سامي يوسف الحداد", "s.alhaddad@mofa.qasrain.example"),
    subject="طلب نموذج تشريع وطني لتنفيذ اتفاقية الذخائر العنقودية",
    client="outlook", structure="alt", charset="utf-8", cte="8bit",
    body="""السادة وحدة دعم التنفيذ المحترمين،

تحية طيبة وبعد،

تعكف الإدارة القانونية في وزارة الخارجية بجمهورية قصرين على إعداد مشروع
قانون وطني لتنفيذ اتفاقية الذخائر العنقودية وفقاً للمادة 9 منها.

نرجو التكرم بتزويدنا بنموذج تشريع وطني باللغة العربية إن وجد، وبأمثلة من
قوانين دول أطراف أخرى، لا سيما ما يتعلق بالعقوبات الجزائية. كما نود معرفة
ما إذا كان بإمكان الوحدة مراجعة مسودة القانون عند الانتهاء منها.

وتفضلوا بقبول فائق الاحترام،

المستشار سامي يوسف الحداد
الإدارة القانونية - وزارة الخارجية، جمهورية قصرين""",
))

M(dict(
    key="L11", topic="legislation", secondary=[], language="de",
    hard=["reply_to_ack"],
    note="HARD(reply_to_ack): reply to acknowledgement CCM-2026-0468 (German) sending the cabinet draft of the implementing law; asks for ISU comments before it goes to parliament",
    date="2026-06-30 15:36:18 +0200",
    sender=("Dr. Jonas Weidemann", "jonas.weidemann@bmj.lindenau.example"),
    subject="AW: [CCM-2026-0468] Eingangsbestätigung: Durchführungsgesetz zum Übereinkommen über Streumunition",
    client="outlook", structure="mixed", body_alt=True, charset="utf-8", cte="quoted-printable",
    headers=[
        ("In-Reply-To", "<ccm-2026-0468.ack@ccm-isu.example>"),
        ("References", "<ccm-2026-0468.ack@ccm-isu.example>"),
        ("Thread-Topic", "[CCM-2026-0468] Eingangsbestätigung: Durchführungsgesetz zum Übereinkommen über Streumunition"),
    ],
    body="""Sehr geehrte Damen und Herren,

wie angekündigt übersende ich Ihnen anbei die vom Kabinett am 24. Juni
beschlossene Fassung des Durchführungsgesetzes.

Das Gesetz soll im September in erster Lesung im Parlament beraten werden.
Wäre es möglich, dass die ISU oder eine von Ihnen benannte Expertin den
Entwurf bis Ende August auf Vollständigkeit im Hinblick auf Artikel 9
prüft, insbesondere die Strafvorschriften und die Definitionen?

Mit freundlichen Grüßen
Dr. Jonas Weidemann
Referat Völkerstrafrecht
Bundesministerium der Justiz, Republik Lindenau

Von: CCM Implementation Support Unit <no-reply@ccm-isu.example>
Gesendet: Montag, 22. Juni 2026 10:41
An: Jonas Weidemann <jonas.weidemann@bmj.lindenau.example>
Betreff: [CCM-2026-0468] Eingangsbestätigung: Durchführungsgesetz zum Übereinkommen über Streumunition

""" + ACK_DE.format(ref="CCM-2026-0468"),
    attachments=[dict(name="Entwurf_Durchführungsgesetz_Streumunition_Kabinettsfassung.pdf", type="pdf", enc="2231")],
))

# ---------------------------------------------------------------------------
# general (13)
# ---------------------------------------------------------------------------

M(dict(
    key="G1", topic="general", secondary=[], language="en", hard=[],
    note="asks how to set up a Country Coalition with a partner State and what the ISU can do to facilitate it",
    date="2026-01-29 08:40:16 +0300",
    sender=("Peter Lokwang-Hale", "p.lokwanghale@mfa.ondura.example"),
    subject="Country Coalition for Ondura",
    client="outlook", structure="alt", charset="utf-8", cte="quoted-printable",
    body="""Dear ISU colleagues,

Ondura has several outstanding obligations under the Convention and a
growing number of partners interested in supporting us, but coordination has
been poor. We have heard about the Country Coalition concept and would like
to explore it.

Could you explain how a Country Coalition is set up in practice: how a
partner State is identified and paired with us, what commitments each side
makes, and what support the ISU provides to get it started? If it would help,
our Ambassador in Geneva would be glad to meet you.

Best regards,

Peter Lokwang-Hale
Director, Multilateral Affairs
Ministry of Foreign Affairs, Ondura""",
))

M(dict(
    key="G2", topic="general", secondary=[], language="en", hard=[],
    note="small delegation asks for sponsorship to attend the Meeting of States Parties and the application deadline",
    date="2026-06-12 06:15:49 +1200",
    sender=("Tevita Folau-Marsh", "tevita.folaumarsh@foreign.pemberton.example"),
    subject="Sponsorship for MSP",
    client="iphone", structure="plain", charset="utf-8", cte="7bit",
    body="""Dear ISU,

The Pemberton Islands would like to be represented at this year's Meeting of
States Parties, but our Ministry has no travel budget for Geneva this year.
Is sponsorship available for one delegate, and what is the deadline and
procedure to apply?

Many thanks,
Tevita Folau-Marsh
Ministry of Foreign Affairs and Trade, Pemberton Islands

Sent from my iPhone""",
))

M(dict(
    key="G3", topic="general", secondary=["stockpile_destruction", "clearance", "victim_assistance"], language="en",
    hard=["ambiguous_general"],
    note="HARD(ambiguous_general): asks for help with a resource mobilisation strategy and a donor round table covering stockpile destruction, clearance and victim assistance equally",
    date="2026-09-15 10:20:31 +0400",
    sender=("Dr. Farah Castellanos-Ude", "f.castellanos-ude@gmaa.gallowmere.example"),
    subject="Multi-year support for Gallowmere's Convention obligations",
    client="outlook", structure="alt", charset="utf-8", cte="quoted-printable",
    body="""Dear colleagues,

Gallowmere faces three interlinked challenges under the Convention: about
1,200 cluster munitions still in storage awaiting destruction, 31 km2 of
contaminated land, and some 900 survivors whose needs are only partly met.
Each of these is currently funded year by year, with large gaps.

The Government would like to move to a single multi-year resource
mobilisation strategy covering all three areas, and to present it at a donor
round table in Geneva early next year. We would be grateful for the ISU's
help in preparing the strategy, identifying potential partners and
organising the round table.

Yours sincerely,

Dr. Farah Castellanos-Ude
Director General
Gallowmere Mine Action Authority""",
))

M(dict(
    key="G4", topic="general", secondary=[], language="en",
    hard=["attachment_only_hint"],
    note="HARD(attachment_only_hint): bare cover note with an opaquely named attachment (reference number only); no topic can be determined, ISU triage",
    date="2026-10-01 17:02:11 +0200",
    sender=("Keiran Oduya", "keiran.oduya@geneva.kestrelia.example"),
    subject="As agreed",
    client="outlook", structure="mixed", body_alt=True, charset="utf-8", cte="7bit",
    body="""Hi,

As agreed yesterday, attached.

Best,
K.""",
    attachments=[dict(name="KES-GVA-2026-117_rev1.pdf", type="pdf")],
))

M(dict(
    key="G5", topic="general", secondary=[], language="en", hard=[],
    note="donor agency offers funding for Convention implementation without a specific topic; asks which States have unfunded needs",
    date="2026-02-26 14:33:07 +0100",
    sender=("Saskia van der Heyden-Boyd", "s.vanderheyden-boyd@adc.aldermoor.example"),
    subject="Funding available for CCM implementation in 2026-2027",
    client="outlook", structure="alt", charset="utf-8", cte="quoted-printable",
    body="""Dear colleagues,

The Aldermoor Agency for Development Cooperation has set aside EUR 750,000
for 2026-2027 to support States Parties in implementing the Convention on
Cluster Munitions. The allocation is not tied to a particular obligation.

Before we open a call for proposals, we would like to understand where the
needs are greatest. Could the ISU share an overview of States Parties that
have requested assistance and not yet found a partner, or advise us on the
best way to match this funding with requests?

Kind regards,

Saskia van der Heyden-Boyd
Senior Programme Officer, Peace and Security
Aldermoor Agency for Development Cooperation""",
))

M(dict(
    key="G6", topic="general", secondary=[], language="en", hard=[],
    note="Outlook meeting request (text/calendar) for a bilateral with the ISU on the mission's engagement in the intersessional meetings",
    date="2026-04-20 12:48:03 +0200",
    sender=("Chiara Vonderau", "c.vonderau@geneva.ivorra.example"),
    subject="Bilateral meeting: Ivorra / ISU - preparations for the intersessional meetings",
    client="outlook", structure="calendar", charset="utf-8", cte="quoted-printable",
    body="""Dear colleagues,

Further to our telephone conversation, I am sending an invitation for a
bilateral meeting at our Mission to discuss how Ivorra can contribute to the
intersessional meetings in June, including a possible statement and the
participation of our new Ambassador.

If the time does not suit, please propose another slot.

Best regards,
Chiara Vonderau
Permanent Mission of Ivorra, Geneva""",
    calendar=dict(
        uid="040000008200E00074C5B7101A82E00800000000A0F1C3D52A4FDC01000000000000000010000000",
        dtstart="20260428T080000Z", dtend="20260428T090000Z",
        location="Permanent Mission of Ivorra, Room 3",
        summary="Bilateral meeting: Ivorra / ISU - preparations for the intersessional meetings",
        organizer=("Chiara Vonderau", "c.vonderau@geneva.ivorra.example"),
        attendees=[("CCM Implementation Support Unit", "intake@ccm-isu.example")],
    ),
))

M(dict(
    key="G7", topic="general", secondary=[], language="fr", hard=[],
    note="asks the ISU to send a speaker to a regional workshop on universalisation for French-speaking States",
    date="2026-07-07 10:26:58 +0000",
    sender=("Awa Ndiaye-Collin", "a.ndiaye-collin@mae.tassilie.example"),
    subject="Invitation – atelier régional sur l'universalisation de la Convention",
    client="outlook", structure="mixed", body_alt=True, charset="utf-8", cte="quoted-printable",
    attachments=[dict(name="Note_conceptuelle_atelier_régional_Ketou_2026.pdf", type="pdf", enc="2047")],
    body="""Madame, Monsieur,

Le Ministère des Affaires étrangères de Tassilie organisera les 18 et 19
novembre à Ketou un atelier régional consacré à l'universalisation de la
Convention sur les armes à sous-munitions, à l'intention d'une douzaine
d'États francophones de la sous-région, dont plusieurs ne sont pas encore
parties.

Nous souhaiterions vivement qu'un représentant de l'ISU puisse intervenir
lors de la séance d'ouverture et animer une session sur les avantages de
l'adhésion. Les frais de voyage et de séjour seraient pris en charge par les
organisateurs.

Pourriez-vous nous indiquer si une telle participation est envisageable ?

Avec nos salutations les meilleures,

Awa Ndiaye-Collin
Directrice des affaires multilatérales
Ministère des Affaires étrangères – Tassilie""",
))

M(dict(
    key="G8", topic="general", secondary=[], language="fr", hard=[],
    note="wants to present its needs under the individualised approach: how to register and what to prepare",
    date="2026-02-18 09:50:22 +0000",
    sender=("Moussa Traoré-Bénard", "m.traore-benard@haam.kandora.example"),
    subject="Participation à l'approche individualisée",
    client="roundcube", structure="plain", charset="utf-8", cte="8bit", eol="lf",
    body="""Bonjour,

Le Kandora souhaiterait présenter ses besoins lors de la prochaine séance
consacrée à l'approche individualisée, en marge des réunions
intersessions.

Pourriez-vous nous indiquer comment s'inscrire, quel est le format de la
présentation (durée, support), quels documents doivent être préparés à
l'avance et quels partenaires sont habituellement présents ?

Merci d'avance pour votre retour.

Moussa Traoré-Bénard
Conseiller du Directeur général
Haute autorité de l'action contre les mines (HAAM), Kandora
""",
))

M(dict(
    key="G9", topic="general", secondary=[], language="es", hard=[],
    note="first contact: what is the general procedure to request cooperation and assistance under Article 6 (topic not yet defined)",
    date="2026-01-08 13:04:45 -0300",
    sender=("Gustavo Adolfo Pérez", "gperez@cancilleria.tierraroja.example"),
    subject="Procedimiento para solicitar cooperación y asistencia",
    client="notes", structure="plain", charset="windows-1252", cte="8bit",
    body="""Señores de la Dependencia de Apoyo a la Aplicación:

La Cancillería de Tierra Roja está evaluando, junto con los ministerios
competentes, qué tipo de asistencia internacional podría requerir el país
para cumplir con sus obligaciones en virtud de la Convención. Aún no hemos
definido las prioridades.

Antes de avanzar, quisiéramos conocer el procedimiento general: ¿existe un
formulario o formato para presentar una solicitud de cooperación y
asistencia conforme al artículo 6? ¿A quién se dirige y cómo se da a
conocer a los posibles donantes?

Atentamente,

Gustavo Adolfo Pérez
Jefe del Departamento de Organismos Internacionales
Ministerio de Relaciones Exteriores de Tierra Roja""",
))

M(dict(
    key="G10", topic="general", secondary=[], language="es", hard=[],
    note="meeting logistics: calendar of upcoming meetings, Spanish interpretation and remote participation",
    date="2026-03-02 11:18:39 +0100",
    sender=("Valeria Sandoval Ruiz", "vsandoval@mision-ginebra.costaverde.example"),
    subject="Calendario de reuniones e interpretación",
    client="gmail", structure="alt", charset="utf-8", cte="quoted-printable",
    body="""Hola,

¿Podrían enviarme el calendario de las próximas reuniones de la Convención
para este año? Además, quisiera saber si en las reuniones intersesionales
habrá interpretación al español y si es posible participar de forma virtual,
ya que nuestra delegación desde la capital no podrá viajar.

Gracias y saludos,

Valeria Sandoval Ruiz
Consejera
Misión Permanente de Costaverde en Ginebra""",
))

M(dict(
    key="G11", topic="general", secondary=[], language="ru", hard=[],
    note="Russian: how to make a voluntary contribution to the ISU budget; asks for bank details through official channels",
    date="2026-11-10 10:40:27 +0100",
    sender=("Соколова Ирина Валерьевна", "i.sokolova@geneva.stepnaya.example"),
    subject="Добровольный взнос в бюджет Группы имплементационной поддержки",
    client="outlook", structure="alt", charset="utf-8", cte="quoted-printable",
    body="""Уважаемые коллеги!

Правительство Республики Степная приняло решение внести добровольный взнос
в размере 20 000 швейцарских франков на поддержку деятельности Группы
имплементационной поддержки Конвенции по кассетным боеприпасам в 2027 году.

Просим сообщить порядок перечисления взноса, необходимые реквизиты и
документы (письмо-уведомление, счёт), а также сроки, в которые взнос может
быть учтён в бюджете следующего года.

С уважением,
И. В. Соколова
Советник
Постоянное представительство Республики Степная
при Отделении ООН в Женеве""",
))

M(dict(
    key="G12", topic="general", secondary=[], language="en", hard=[],
    note="practical: add the new Deputy Permanent Representative to ISU distribution lists and remove the departed one",
    date="2026-08-31 09:12:50 +0200",
    sender=("Office of the Permanent Representative", "office.pr@geneva.brennmoor.example"),
    subject="Update of contact details - Permanent Mission of Brennmoor",
    client="outlook", structure="plain", charset="us-ascii", cte="7bit",
    body="""Dear Sir or Madam,

The Permanent Mission of Brennmoor presents its compliments to the
Implementation Support Unit and kindly requests that its distribution lists
be updated as follows:

- add: Ms. Harriet Okonkwo-Lamb, Deputy Permanent Representative,
  h.okonkwo-lamb@geneva.brennmoor.example
- remove: Mr. Alasdair Penrose, who left the Mission on 31 July.

The Permanent Mission of Brennmoor avails itself of this opportunity to
renew to the Implementation Support Unit the assurances of its highest
consideration.

Office of the Permanent Representative
Permanent Mission of Brennmoor, Geneva""",
))

M(dict(
    key="G13", topic="general", secondary=[], language="fr", hard=[],
    note="asks whether a national officer could be seconded to the ISU for capacity building",
    date="2026-05-26 14:54:01 +0000",
    sender=("Nadia Belkacem-Roussel", "n.belkacem-roussel@mae.omberia.example"),
    subject="Possibilité de détachement d'un fonctionnaire auprès de l'ISU",
    client="outlook", structure="alt", charset="utf-8", cte="quoted-printable",
    body="""Madame, Monsieur,

Dans le cadre du renforcement de ses capacités nationales, le Ministère des
Affaires étrangères de l'Ombéria souhaiterait détacher, pour une durée de six
à douze mois, un jeune diplomate auprès de l'Unité d'appui à l'application.

Une telle possibilité existe-t-elle ? Le cas échéant, quelles seraient les
conditions (profil, durée, prise en charge des frais) et la procédure à
suivre ?

Je vous remercie de votre attention.

Nadia Belkacem-Roussel
Sous-directrice du désarmement
Ministère des Affaires étrangères de l'Ombéria""",
))

# ---------------------------------------------------------------------------
# not_an_enquiry (11)
# ---------------------------------------------------------------------------

M(dict(
    key="N1", topic="not_an_enquiry", secondary=["victim_assistance"], language="en", hard=[],
    note="Outlook out-of-office reply to an acknowledgement (Auto-Submitted, X-Auto-Response-Suppress)",
    date="2026-01-19 13:23:02 +0200",
    sender=("Dr. Oksana Pereira-Lund", "o.pereiralund@msp.veldania.example"),
    subject="Automatic reply: [CCM-2026-0398] Received: Technical advice on a national registry of cluster munition victims",
    client="outlook", structure="alt", charset="utf-8", cte="quoted-printable",
    headers=[
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "o.pereiralund@msp.veldania.example"),
    ],
    body="""Thank you for your e-mail. I am attending a conference abroad and will be
back in the office on 2 February, with limited access to e-mail until then.

For urgent matters please contact the Department of Disability and
Rehabilitation at disability.dept@msp.veldania.example.

Dr. Oksana Pereira-Lund""",
))

M(dict(
    key="N2", topic="not_an_enquiry", secondary=["stockpile_destruction"], language="es",
    hard=["no_auto_headers"],
    note="HARD(no_auto_headers): Spanish out-of-office reply to an acknowledgement without Auto-Submitted / X-Auto-Response-Suppress headers",
    date="2026-07-15 10:35:12 -0500",
    sender=("Cnel. Julián Arriaga Peñaloza", "jarriaga@ffaa.costaverde.example"),
    subject="Respuesta automática: [CCM-2026-0391] Recibido: Solicitud de apoyo financiero para la destrucción de existencias de municiones en racimo",
    client="outlook", structure="alt", charset="utf-8", cte="quoted-printable",
    body="""Me encuentro fuera de la oficina del 15 de julio al 2 de agosto, en
comisión de servicio, sin acceso regular al correo electrónico.

Para asuntos urgentes del Comando Logístico, favor comunicarse con el Mayor
Ricardo Salcedo (rsalcedo@ffaa.costaverde.example).

Cnel. Julián Arriaga Peñaloza""",
))

M(dict(
    key="N3", topic="not_an_enquiry", secondary=["reporting"], language="fr", hard=[],
    note="multipart/report bounce (5.1.1 unknown user) of the intake's acknowledgement, with the returned message as message/rfc822",
    date="2026-01-13 09:38:40 +0300",
    sender=("Système de messagerie", "MAILER-DAEMON@mx.diplomatie.mourenne.example"),
    to="intake@ccm-isu.example",
    subject="Non remis : [CCM-2026-0427] Accusé de réception : Rapport initial au titre de l'article 7",
    client="none", structure="dsn", charset="utf-8", cte="8bit",
    headers=[("Auto-Submitted", "auto-replied")],
    body="""Ceci est le système de messagerie de mx.diplomatie.mourenne.example.

Votre message n'a pas pu être remis au destinataire suivant :

<secretariat.onu@diplomatie.mourenne.example> : adresse inconnue.
Vérifiez l'orthographe de l'adresse et réessayez.""",
    dsn=dict(
        reporting_mta="mx.diplomatie.mourenne.example",
        received_from_mta="mx1.ccm-isu.example",
        arrival_date="Tue, 13 Jan 2026 09:38:35 +0300",
        recipients=[dict(
            final="secretariat.onu@diplomatie.mourenne.example", action="failed",
            status="5.1.1", remote_mta="mx.diplomatie.mourenne.example",
            diag="smtp; 550 5.1.1 <secretariat.onu@diplomatie.mourenne.example>: Recipient address rejected: User unknown in virtual mailbox table")],
        returned="message",
        original=dict(
            sender=("CCM Implementation Support Unit", "no-reply@ccm-isu.example"),
            to="secretariat.onu@diplomatie.mourenne.example",
            date="2026-01-13 09:38:31 +0300",
            subject="[CCM-2026-0427] Accusé de réception : Rapport initial au titre de l'article 7",
            message_id="<ccm-2026-0427.ack@ccm-isu.example>",
            headers=[("Auto-Submitted", "auto-replied")],
            charset="utf-8", cte="8bit",
            body="""Madame, Monsieur,

Votre message a bien été reçu et enregistré sous la référence
CCM-2026-0427. Il a été transmis au coordonnateur compétent, qui prendra
contact avec vous prochainement.

Merci de rappeler cette référence dans l'objet de toute correspondance
ultérieure.

Unité d'appui à l'application – Convention sur les armes à sous-munitions""",
        ),
    ),
))

M(dict(
    key="N4", topic="not_an_enquiry", secondary=["victim_assistance"], language="en",
    hard=["no_dsn_structure"],
    note="HARD(no_dsn_structure): qmail-style plain-text failure notice (no multipart/report) returning the intake's forward of a victim assistance case",
    date="2026-07-02 09:24:51 +0100",
    sender=("", "MAILER-DAEMON@mail.foreign.aldermoor.example"),
    to="intake@ccm-isu.example",
    subject="failure notice",
    client="none", structure="dsn_plain", charset="us-ascii", cte="7bit", eol="lf",
    headers=[("Return-Path", "<>")],
    body="""Hi. This is the qmail-send program at mail.foreign.aldermoor.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<va-coordination@foreign.aldermoor.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <intake@ccm-isu.example>
Received: (qmail 28841 invoked from network); 2 Jul 2026 08:24:50 -0000
Received: from mx1.ccm-isu.example (198.51.100.4)
  by mail.foreign.aldermoor.example with SMTP; 2 Jul 2026 08:24:50 -0000
From: CCM Intake <intake@ccm-isu.example>
To: va-coordination@foreign.aldermoor.example
Reply-To: "Dr. Rafael Oyelaran" <r.oyelaran@health.tamberlo.example>
Subject: [CCM-2026-0440] [Victim assistance] Clearance completion - next steps
Date: Thu, 02 Jul 2026 10:24:47 +0200
Message-ID: <ccm-2026-0440.fwd@ccm-isu.example>
X-Intake-Case: CCM-2026-0440
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Dear colleagues,

As you may have heard, the last contaminated area in Tamberlo was cleared in
June. [...] We would like to extend these psychosocial peer support groups to
all six affected districts over the next three years [...]
""",
))

M(dict(
    key="N5", topic="not_an_enquiry", secondary=["reporting"], language="es", hard=[],
    note="read receipt (multipart/report, message/disposition-notification) for an acknowledgement",
    date="2026-04-02 12:41:09 -0500",
    sender=("Natalia Ibarra Solís", "nibarra@cancilleria.tierraroja.example"),
    subject="Leído: [CCM-2026-0402] Recibido: Consulta sobre el Formulario H del informe anual",
    client="outlook", structure="mdn", charset="utf-8", cte="quoted-printable",
    body="""Su mensaje

  Para: Natalia Ibarra Solís
  Asunto: [CCM-2026-0402] Recibido: Consulta sobre el Formulario H del informe anual
  Enviado: jueves, 2 de abril de 2026 12:27:01 (UTC-05:00) Bogotá, Lima, Quito

fue leído el jueves, 2 de abril de 2026 12:41:05 (UTC-05:00) Bogotá, Lima, Quito.""",
    mdn=dict(
        reporting_ua="mail.cancilleria.tierraroja.example; Microsoft Outlook 16.0",
        final_recipient="nibarra@cancilleria.tierraroja.example",
        original_message_id="<ccm-2026-0402.ack@ccm-isu.example>",
    ),
    headers=[("In-Reply-To", "<ccm-2026-0402.ack@ccm-isu.example>"), ("References", "<ccm-2026-0402.ack@ccm-isu.example>")],
))

M(dict(
    key="N6", topic="not_an_enquiry", secondary=[], language="en", hard=[],
    note="monthly disarmament newsletter (List-Id, List-Unsubscribe, Precedence: bulk)",
    date="2026-10-05 07:00:14 +0000",
    sender=("Humanitarian Disarmament Monitor", "news@hdmonitor.example.org"),
    to="HDM subscribers <subscribers@hdmonitor.example.org>",
    subject="Humanitarian Disarmament Monitor - Issue 47, October 2026",
    client="mailer", structure="alt", charset="utf-8", cte="quoted-printable",
    headers=[
        ("List-Id", "Humanitarian Disarmament Monitor <monitor.hdmonitor.example.org>"),
        ("List-Unsubscribe", "<mailto:leave-monitor@hdmonitor.example.org>, <https://hdmonitor.example.org/unsubscribe?u=b81c02>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
        ("X-Mailer", "phpList v3.6.15"),
    ],
    body="""HUMANITARIAN DISARMAMENT MONITOR - ISSUE 47 - OCTOBER 2026

IN THIS ISSUE
* First Committee opens: what to watch on explosive weapons in populated areas
* New study: civilian harm from remnants of war in coastal fisheries
* Arms Trade Treaty working groups: summary of the September sessions
* Vacancies and calls for papers

EVENTS
* 14 Oct, online: "Ten years of survivor-centred policy" roundtable
* 22 Oct, Geneva: book launch, "Counting the Cost"

Read the full issue online: https://hdmonitor.example.org/issues/47

You are receiving this because you subscribed at hdmonitor.example.org.
Unsubscribe: https://hdmonitor.example.org/unsubscribe?u=b81c02""",
    html="""<html><body style="margin:0;background:#f3f3f3">
<table align="center" width="600" cellpadding="16" style="background:#ffffff;font-family:Georgia,serif">
<tr><td style="background:#20304a;color:#ffffff;font-size:22px">Humanitarian Disarmament Monitor<br><span style="font-size:13px">Issue 47 &middot; October 2026</span></td></tr>
<tr><td><h3>In this issue</h3><ul>
<li>First Committee opens: what to watch on explosive weapons in populated areas</li>
<li>New study: civilian harm from remnants of war in coastal fisheries</li>
<li>Arms Trade Treaty working groups: summary of the September sessions</li>
<li>Vacancies and calls for papers</li></ul>
<h3>Events</h3><ul>
<li>14 Oct, online: &ldquo;Ten years of survivor-centred policy&rdquo; roundtable</li>
<li>22 Oct, Geneva: book launch, &ldquo;Counting the Cost&rdquo;</li></ul>
<p><a href="https://hdmonitor.example.org/issues/47">Read the full issue online</a></p></td></tr>
<tr><td style="font-size:11px;color:#777">You are receiving this because you subscribed at hdmonitor.example.org.
<a href="https://hdmonitor.example.org/unsubscribe?u=b81c02">Unsubscribe</a></td></tr>
</table></body></html>""",
))

M(dict(
    key="N7", topic="not_an_enquiry", secondary=["victim_assistance"], language="fr",
    hard=["lookalike_noise"],
    note="HARD(lookalike_noise): network newsletter (List-Id, Precedence: bulk) entirely about rehabilitation and prosthetics for survivors: talks about victim assistance but is bulk mail",
    date="2026-06-01 06:30:00 +0200",
    sender=("Réseau francophone Réadaptation & Inclusion", "lettre@rfri.example.org"),
    to="intake@ccm-isu.example",
    subject="Lettre du RFRI n° 23 – Accès aux prothèses pour les survivants en zone rurale",
    client="mailer", structure="alt", charset="utf-8", cte="quoted-printable",
    headers=[
        ("List-Id", "Lettre du RFRI <lettre.rfri.example.org>"),
        ("List-Unsubscribe", "<https://rfri.example.org/lettre/desabonnement?id=55821>"),
        ("Precedence", "bulk"),
        ("X-Mailer", "CampagneMail 5.1"),
    ],
    body="""LETTRE DU RÉSEAU FRANCOPHONE RÉADAPTATION & INCLUSION – N° 23 – JUIN 2026

DOSSIER : l'accès aux prothèses pour les survivants d'accidents par
sous-munitions et autres engins explosifs en zone rurale
- Ateliers mobiles d'orthoprothèse : retour d'expérience de trois pays
- Financer l'entretien des appareils : quelles solutions ?
- Témoignage : « Depuis que l'atelier vient au village, je ne perds plus
  trois semaines de travail pour une réparation »

AGENDA
- 17 juin : webinaire « Soutien psychosocial par les pairs »
- 9 juillet : formation en ligne sur la collecte de données sur les victimes

Vous recevez cette lettre car vous êtes inscrit(e) à la liste du RFRI.
Se désabonner : https://rfri.example.org/lettre/desabonnement?id=55821""",
))

M(dict(
    key="N8", topic="not_an_enquiry", secondary=["reporting"], language="en",
    hard=["lookalike_noise", "html_only"],
    note="HARD(lookalike_noise,html_only): HTML-only phishing from a look-alike ISU reporting-portal domain threatening to suspend the Article 7 reporting account",
    date="2026-04-27 02:41:19 +0000",
    sender=("CCM Reporting Portal", "no-reply@ccm-isu-reporting.example"),
    to="intake@ccm-isu.example",
    subject="Action required: your Article 7 reporting account will be suspended",
    client="none", structure="html", charset="utf-8", cte="base64",
    headers=[
        ("Authentication-Results", "mx1.ccm-isu.example; spf=fail smtp.mailfrom=ccm-isu-reporting.example; dkim=none; dmarc=fail header.from=ccm-isu-reporting.example"),
        ("X-Priority", "1 (Highest)"),
    ],
    html="""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<div style="max-width:560px;border:1px solid #ddd;padding:20px">
<p style="font-size:17px;color:#b00020"><b>Your transparency reporting account requires verification</b></p>
<p>Dear State Party representative,</p>
<p>Our records show that your account on the CCM Article 7 Reporting Portal has not been verified ahead of the
<b>30 April</b> deadline. Unverified accounts will be suspended within <b>24 hours</b> and any draft reports
stored in them will be permanently deleted.</p>
<p style="text-align:center"><a href="https://ccm-isu-reporting.example/verify?session=8f2a9c77e1" style="background:#0057b8;color:#fff;padding:10px 22px;text-decoration:none;border-radius:3px">Verify my account</a></p>
<p>You will be asked to confirm your e-mail password to keep access to your draft report.</p>
<p style="font-size:11px;color:#888">Implementation Support Unit &ndash; Reporting Services. This is an automated message, please do not reply.</p>
</div></body></html>""",
))

M(dict(
    key="N9", topic="not_an_enquiry", secondary=[], language="es", hard=[],
    note="spam: predatory conference inviting paid publication in an 'indexed journal'",
    date="2026-09-21 04:12:33 -0300",
    sender=("Congreso Iberoamericano de Ciencias Sociales", "convocatoria@congreso-cics.example.com"),
    to="undisclosed-recipients:;",
    subject="Última convocatoria: publique su ponencia en revista indexada – 40 % de descuento",
    client="mailer", structure="alt", charset="utf-8", cte="quoted-printable",
    headers=[("X-Spam-Score", "7.8"), ("X-Spam-Flag", "YES")],
    body="""Estimado/a investigador/a:

¡Últimos días! El IX Congreso Iberoamericano de Ciencias Sociales,
Humanidades y Políticas Públicas abre su convocatoria final.

* Publicación garantizada de su ponencia en revista indexada
* Certificado de ponente internacional
* Modalidad virtual o presencial
* 40 % de descuento en la cuota de inscripción si paga antes del viernes

Inscripción inmediata: https://congreso-cics.example.com/inscripcion

Si no desea recibir más comunicaciones, responda con la palabra BAJA.""",
))

M(dict(
    key="N10", topic="not_an_enquiry", secondary=["victim_assistance"], language="pt",
    hard=["lookalike_noise"],
    note="HARD(lookalike_noise): automatic 'address changed' reply to an acknowledgement with Re: [CCM-...] subject and In-Reply-To, imitating a human reply in the thread",
    date="2026-08-25 10:15:03 -0300",
    sender=("Dra. Beatriz Nogueira Tavares", "beatriz.tavares@saude.serraazul.example"),
    subject="Re: [CCM-2026-0433] Recebido: Oficina ortopédica CAD/CAM para o Centro Nacional de Reabilitação",
    client="none", structure="plain", charset="utf-8", cte="8bit",
    headers=[
        ("In-Reply-To", "<ccm-2026-0433.ack@ccm-isu.example>"),
        ("References", "<ccm-2026-0433.ack@ccm-isu.example>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Mailer", "Zimbra Auto-Reply"),
    ],
    body="""Prezado(a) remetente,

Informamos que, a partir de 1 de setembro de 2026, a Coordenação de
Reabilitação Física passará a utilizar o endereço
reabilitacao@saude.serraazul.example.

Esta mensagem é automática. A sua mensagem foi recebida, mas pode não ser
lida antes dessa data. Por favor, não responda a este e-mail.

Ministério da Saúde – República de Serra Azul""",
))

M(dict(
    key="N11", topic="not_an_enquiry", secondary=["clearance"], language="en", hard=[],
    note="local Postfix delay notification (multipart/report, Action: delayed, text/rfc822-headers) for the intake's forward of a clearance case",
    date="2026-08-11 16:20:02 +0200",
    sender=("Mail Delivery System", "MAILER-DAEMON@mx1.ccm-isu.example"),
    to="intake@ccm-isu.example",
    subject="Delayed Mail (still being retried)",
    client="none", structure="dsn", charset="us-ascii", cte="7bit",
    headers=[("Auto-Submitted", "auto-replied"), ("Return-Path", "<>")],
    no_received=True,
    body="""This is the mail system at host mx1.ccm-isu.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 3 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<art4.coordinator@mfa.brennmoor.example>: connect to
    mx.mfa.brennmoor.example[203.0.113.61]:25: Connection timed out""",
    dsn=dict(
        reporting_mta="mx1.ccm-isu.example",
        postfix_queue_id="4Wq7Zf2KcRz3xNd",
        postfix_sender="rfc822; intake@ccm-isu.example",
        arrival_date="Tue, 11 Aug 2026 13:18:31 +0200",
        recipients=[dict(
            final="art4.coordinator@mfa.brennmoor.example", action="delayed",
            status="4.4.1", will_retry_until="Sun, 16 Aug 2026 13:18:31 +0200",
            diag=None, remote_mta=None,
            extra="connect to mx.mfa.brennmoor.example[203.0.113.61]:25: Connection timed out")],
        returned="headers",
        original=dict(
            sender=("CCM Intake", "intake@ccm-isu.example"),
            to="art4.coordinator@mfa.brennmoor.example",
            date="2026-08-11 13:18:29 +0200",
            subject="[CCM-2026-0419] [Clearance] Urgent: submunitions found in Tullagh forest - request for technical survey support",
            message_id="<ccm-2026-0419.fwd@ccm-isu.example>",
            headers=[("Reply-To", "Declan Forde-Mbeki <d.fordembeki@nmac.carrowmore.example>"), ("X-Intake-Case", "CCM-2026-0419")],
            content_type='multipart/mixed; boundary="----=_Part_20771_118829304.1786443509"',
        ),
    ),
))
